/**
 * Batch 54, written blind by claims17 and committed before the detector ran on it, and kept as a
 * first-sight check: no row is fixed against it. Three stories: a Reuters tea story from Sri Lanka
 * (a board said at the sentence end, a chairman told Reuters after a two-sentence quotation, a
 * broker's paraphrase with a quoted fragment, an association blamed and "It said", a minister
 * rejected and "He argued", an inverted "said X, a picker" over a quotation opening with "When"
 * and "My daughter", unions called on, companies said); an NYT-style mezcal dispute in Oaxaca
 * (''…'' quotes, "he says" in a lead, a quotation of three sentences, a ministry's statement with a
 * quoted fragment, a director with a lower-case "de la" and "he said" over a quotation naming
 * another man, a daughter with the same surname and "she said", declined to comment, a production
 * company whose name holds "It" and "it had", its director and "She joked that"); a local-news
 * library cut in Ireland (a county council confirmed, a head of service and "She said", an
 * inverted parent over two sentences, a councillor called and urged, "said X of Y" with a friends'
 * group, an appositive volunteer after a possessive and "He joked", the mother of a boy and "she
 * said" after her paraphrase, a council spokesman and "it").
 */
import type { NewsCase } from './news.cases';

export const NEWS_CASES_54: NewsCase[] = [
  {
    name: 'reuters sri lanka tea: a board said at the end, a chairman told Reuters after a quotation, a broker paraphrase with a fragment, an association blamed and It said, a minister rejected and he argued, said X a picker over a quotation opening with When, unions called on, companies said',
    text: `Sri Lanka tea output falls to 12-year low as heat hits estates

COLOMBO, Aug 20 (Reuters) - Sri Lanka's tea production fell 14% in the first seven months of the year to its lowest level since 2014, the Sri Lanka Tea Board said on Thursday, as an unusually long dry spell scorched estates in the central hills.

"Without rain in September, we will struggle to reach 230 million kilos this year," board chairman Nimal Jayasuriya told Reuters. "That would be the worst year since the 1990s."

Prices at the weekly Colombo auction have risen by about a fifth since May. Anil Cooray, a broker at Forbes & Walker Tea Brokers, said buyers from Iraq and Turkey were paying "whatever it takes" for high-grown teas.

The Planters' Association of Ceylon blamed the government's ban on chemical fertiliser in 2021 for part of the decline. It said estates had still not recovered the yields they lost that year.

Plantation Minister Kavinda Fernando rejected that view. He argued that the dry weather, not fertiliser, explained the fall, and he promised a subsidy for irrigation on smallholdings.

Tea pickers, most of them Tamil women who earn about 1,350 rupees a day, have been hit hardest. "When there are no leaves, there is no pay," said Letchumi Ramasamy, a picker on an estate near Nuwara Eliya. "My daughter left school to work in a garment factory."

Trade unions called on estate companies to pay a minimum wage on days when there is no work. The companies said they could not afford it.

(Reporting by Dilshan Perera; Editing by Anna Mathews)`,
    claims: [
      { s: 'to its lowest level since 2014', speakers: ['Sri Lanka Tea Board'] },
      { s: '"Without rain in September', speakers: ['Nimal Jayasuriya'], direct: true },
      { s: '"That would be the worst year since the 1990s."', speakers: ['Nimal Jayasuriya'], direct: true },
      { s: 'Anil Cooray, a broker', speakers: ['Anil Cooray'] },
      { s: "The Planters' Association of Ceylon blamed", speakers: ["Planters' Association of Ceylon"] },
      { s: 'It said estates had still not recovered', speakers: ["Planters' Association of Ceylon"] },
      { s: 'Kavinda Fernando rejected that view.', speakers: ['Kavinda Fernando'], optional: true },
      { s: 'He argued that the dry weather', speakers: ['Kavinda Fernando'] },
      { s: '"When there are no leaves, there is no pay," said', speakers: ['Letchumi Ramasamy'], direct: true },
      { s: '"My daughter left school', speakers: ['Letchumi Ramasamy'], direct: true },
      { s: 'Trade unions called on estate companies', speakers: ['Trade unions'] },
      { s: 'The companies said they could not afford it.', speakers: ['companies', 'estate companies'] },
    ],
  },
  {
    name: "nyt-style oaxaca mezcal standard: ''…'' quotes, he says in a lead, a three-sentence quotation, a ministry statement with a fragment, a de la surname and he said over a quotation naming another man, a daughter with the same surname, declined to comment, a production company named with It, She joked that",
    text: `In Oaxaca, Mezcal Makers Fight Over What Can Be Called Mezcal

SANTIAGO MATATLÁN, Mexico — Eusebio Cruz has distilled mezcal in clay pots for 41 years, the way his grandfather did, and he says a new government standard would let factories sell something he barely recognizes under the same name.

''They want to put our name on a product made in steel tanks with yeast from a laboratory,'' Mr. Cruz said on a recent morning, standing beside a pit of roasting agave hearts. ''That is not mezcal. That is tequila in a costume.''

The standard, proposed in June by the Ministry of Economy, would allow industrial producers to use the word mezcal without the label ''artisanal'' or ''ancestral.'' The ministry said in a statement that the change would ''bring order to a market that has grown faster than its rules.''

The regulatory council for mezcal, which certifies bottles, has backed the proposal. Its director, Alejandro de la Torre, said in an interview that small producers would keep their special labels and lose nothing. ''Nobody is taking anything from Mr. Cruz,'' he said. ''His label stays his label.''

That assurance has not calmed the villages. Mr. Cruz's daughter, Rosa Cruz, who handles the family's exports, said buyers in the United States already confused the categories. ''When a bottle costs $20 in one store and $90 in the next, the customer does not read the small print,'' she said.

A spokeswoman for one of the largest industrial producers, Casa Montealbán, declined to comment.

Some Like It Hot Productions, a Mexico City company making a documentary on the dispute, said it had filmed in 14 villages. The company's director, Marta Ibarra, said most producers she met were against the change. She joked that she had tasted ''more mezcal than any insurance policy should allow.''`,
    claims: [
      { s: 'he says a new government standard', speakers: ['Eusebio Cruz'] },
      { s: "''They want to put our name", speakers: ['Eusebio Cruz'], direct: true },
      { s: "''That is not mezcal.", speakers: ['Eusebio Cruz'], direct: true },
      { s: "That is tequila in a costume.''", speakers: ['Eusebio Cruz'], direct: true },
      { s: 'The ministry said in a statement that the change', speakers: ['Ministry of Economy', 'ministry'] },
      { s: 'Alejandro de la Torre, said in an interview', speakers: ['Alejandro de la Torre'] },
      { s: "''Nobody is taking anything from Mr. Cruz,'' he said.", speakers: ['Alejandro de la Torre'], direct: true },
      { s: "''His label stays his label.''", speakers: ['Alejandro de la Torre'], direct: true },
      { s: 'Rosa Cruz, who handles the family', speakers: ['Rosa Cruz'] },
      { s: "''When a bottle costs $20", speakers: ['Rosa Cruz'], direct: true },
      { s: 'declined to comment', speakers: [], optional: true },
      {
        s: 'Some Like It Hot Productions, a Mexico City company',
        speakers: ['Some Like It Hot Productions'],
      },
      { s: 'Marta Ibarra, said most producers', speakers: ['Marta Ibarra'] },
      { s: 'She joked that she had tasted', speakers: ['Marta Ibarra'] },
    ],
  },
  {
    name: "local ireland library hours: a county council confirmed, a head of service and she said, an inverted parent over two sentences, a councillor called and urged, said X of a friends' group, an appositive volunteer after a possessive and he joked, the mother of a boy and she said, a council spokesman and it",
    text: `Tralee library branch to open only three days a week

Kerry County Council has confirmed that the Ballyard branch library in Tralee will open only on Tuesdays, Thursdays and Saturdays from September, after the council failed to fill two staff vacancies.

The council's head of library services, Fiona O'Shea, said the reduced hours were "a temporary measure, not a closure by stealth". She said recruitment for both posts would reopen next month.

Parents at the branch's Saturday reading club were not convinced. "My two girls have been coming here every week since they were babies," said Siobhán Moriarty. "If you cut the hours, people stop coming, and then they say nobody uses it."

Local councillor Declan Fitzgerald called the decision "short-sighted" and said he would table a motion at the next council meeting. He urged residents to sign a petition started by the Friends of Ballyard Library, which has gathered more than 1,100 signatures.

"We are not asking for a new building," said Mary Kelleher of the Friends of Ballyard Library. "We are asking for the lights to be on."

The branch's longest-serving volunteer, Jim Daly, 82, said he had helped at the library since it opened in 1994. He joked that he had "read every book in the place twice, except the cookery section".

The mother of a boy in the reading club said the library had taught him to read. He is now eleven and reads to the younger children on Saturdays, she said.

A council spokesman said it was committed to keeping all of its branches open.`,
    claims: [
      { s: 'Kerry County Council has confirmed that', speakers: ['Kerry County Council'] },
      { s: "Fiona O'Shea, said the reduced hours", speakers: ["Fiona O'Shea"] },
      { s: 'She said recruitment for both posts', speakers: ["Fiona O'Shea"] },
      { s: '"My two girls have been coming here', speakers: ['Siobhán Moriarty'], direct: true },
      { s: '"If you cut the hours', speakers: ['Siobhán Moriarty'], direct: true },
      { s: 'Declan Fitzgerald called the decision', speakers: ['Declan Fitzgerald'] },
      { s: 'He urged residents to sign a petition', speakers: ['Declan Fitzgerald'] },
      { s: '"We are not asking for a new building," said Mary', speakers: ['Mary Kelleher'], direct: true },
      { s: '"We are asking for the lights to be on."', speakers: ['Mary Kelleher'], direct: true },
      { s: 'Jim Daly, 82, said he had helped', speakers: ['Jim Daly'] },
      { s: 'He joked that he had "read every book', speakers: ['Jim Daly'] },
      {
        s: 'The mother of a boy in the reading club said',
        speakers: ['mother of a boy in the reading club', 'The mother of a boy in the reading club', 'mother'],
      },
      {
        s: 'He is now eleven and reads to the younger children',
        speakers: ['mother of a boy in the reading club', 'The mother of a boy in the reading club', 'mother'],
      },
      {
        s: 'A council spokesman said it was committed',
        speakers: ['A council spokesman', 'council spokesman', 'spokesman'],
      },
    ],
  },
];
