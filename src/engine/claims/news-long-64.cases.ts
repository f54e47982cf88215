/**
 * Batch 64, written blind by claims23 and committed before the detector ran on it (to be fixed
 * against afterwards). Three stories: a Reuters wine-name ruling in Georgia (straight quotes, "the
 * ruling said" after a whole quotation, a company that said it would appeal and "It said in a
 * statement", a chair with a rare given name and "she told parliament" after her deputy, a man, is
 * named, growers who "are understood to have complained", a denial ("denied that") and a quotation
 * split around "he said", according to the agency, people familiar, a byline); a Mauritius dock
 * strike (straight quotes, a union and "It said in a statement", "Police said in a release", an
 * authority that "rejected claims that", a secretary with a rare given name and a quotation with a
 * nested ‘…’ order inside, a minister asked whether, an MP who asked whether (a reported question, no
 * claim), a chamber that estimated, an unnamed shipping agent); a Sarawak longhouse suing a dam
 * builder (straight quotes, "that it says will flood", an application that argues, an inverted
 * headman with a patronymic ("anak"), a company and its spokeswoman, "The company's filing
 * argues", a daughter named by her given name alone and a nested quotation, a minister "understood
 * to have offered", according to people familiar, a question answered with a gesture (no claim)).
 */
import type { NewsCase } from './news.cases';

export const NEWS_CASES_64: NewsCase[] = [
  {
    name: 'reuters georgia wine name ruling: the ruling said, It said in a statement, she told parliament after her deputy is named, are understood to have, denied that and a split quotation, according to the agency, people familiar, a byline',
    text: `Georgian court strips Kindzmarauli name from bulk wine exporter

TBILISI, Sept 18 (Reuters) - A Tbilisi court has barred one of Georgia's largest bulk wine exporters from selling wine under the Kindzmarauli name, ruling that grapes in its blends came from outside the protected zone in the Kakheti region.

"The wine sold by Alazani Valley Wines cannot be called Kindzmarauli by any reading of the law," the ruling said. It ordered the company to withdraw about 1.2 million bottles from shops in Georgia and China within 60 days.

Alazani Valley Wines said it would appeal. It said in a statement that its grapes had been bought from registered growers and that the court had relied on "a single flawed laboratory test."

The case was brought by the National Wine Agency, whose chair, Ketevan Lomidze, has pushed for stricter checks since taking office last year. Her deputy, Giorgi Abashidze, led the inspections that found the blended grapes.

"Kindzmarauli is not a brand that anyone can borrow," she told parliament on Tuesday. "It belongs to the village and to the people who tend its vines."

Growers in Kvareli are understood to have complained to the agency for two years before the inspections began.

Alazani's chief executive, Levan Tsiklauri, denied that the company had mislabelled any wine. "We have sold Kindzmarauli for 15 years," he said, "and nobody complained until a competitor did."

China is the second-largest buyer of Georgian wine after Russia, taking about 10 million bottles last year, according to the agency.

Two people familiar with the company's finances said the recall could cost it more than its profit for the year.

(Reporting by Nino Gelashvili; Editing by Mark Potter)`,
    claims: [
      {
        s: '"The wine sold by Alazani Valley Wines cannot be called',
        speakers: ['ruling', 'the ruling', 'Tbilisi court', 'court'],
        direct: true,
      },
      { s: 'It ordered the company to withdraw', speakers: ['Tbilisi court', 'court', 'ruling'], optional: true },
      { s: 'Alazani Valley Wines said it would appeal.', speakers: ['Alazani Valley Wines'] },
      { s: 'It said in a statement that its grapes', speakers: ['Alazani Valley Wines'] },
      { s: '"Kindzmarauli is not a brand', speakers: ['Ketevan Lomidze'], direct: true },
      { s: '"It belongs to the village', speakers: ['Ketevan Lomidze'], direct: true },
      { s: 'Growers in Kvareli are understood to have complained', speakers: [] },
      { s: 'Levan Tsiklauri, denied that the company', speakers: ['Levan Tsiklauri'] },
      { s: '"We have sold Kindzmarauli for 15 years,"', speakers: ['Levan Tsiklauri'], direct: true },
      { s: 'according to the agency.', speakers: ['National Wine Agency', 'agency'] },
      {
        s: "Two people familiar with the company's finances said",
        speakers: [
          "Two people familiar with the company's finances",
          "people familiar with the company's finances",
          'Two people familiar',
          'people familiar',
        ],
      },
    ],
  },
  {
    name: 'mauritius dock strike: a union and It said in a statement, police said in a release, an authority rejected claims that, a secretary with a rare given name and a nested order, a minister asked whether, an MP asked whether (no claim), a chamber estimated, an unnamed shipping agent',
    text: `Mauritius dockers strike over night shifts as sugar ships wait

PORT LOUIS, Mauritius — Dock workers at Port Louis walked off the job on Monday, leaving four ships loaded with raw sugar at anchor outside the harbour, in a dispute over how many night shifts they must work.

The Port Workers' Union said about 600 of its members had joined the strike. It said in a statement that crane operators had worked "three nights out of four" since January.

Police said in a release that two union members had been arrested after a scuffle at the main gate and freed without charge later in the day.

The Mauritius Ports Authority rejected claims that it had broken the shift agreement signed in 2023. "We have followed every line of that agreement," its director general, Yashvin Boolell, told reporters. "The ships do not stop coming because it is dark."

The union's secretary, Oumila Ramkhalawon, said the authority had promised to hire 80 more crane operators and had hired "not one."

"My members are told, 'Work tonight or lose your bonus,'" she said. "That is not a shift system. That is a threat."

Labour Minister Deeksha Ramjattun met both sides on Tuesday evening. Asked whether the government would order the dockers back to work, she said it would "not rule anything out."

In parliament, the opposition's Patrice Lamusse asked the minister whether any of the ships had been sent on to Réunion.

The Mauritius Chamber of Commerce estimated that each day of the strike cost exporters about 40 million rupees. Sugar makes up about a tenth of the island's exports.

A shipping agent in Port Louis, who asked not to be named because his firm handles the sugar cargoes, said two of the four vessels were due in Rotterdam by the end of the month.`,
    claims: [
      { s: "The Port Workers' Union said about 600", speakers: ["Port Workers' Union"] },
      { s: 'It said in a statement that crane operators', speakers: ["Port Workers' Union"] },
      { s: 'Police said in a release that two union members', speakers: ['Police', 'police'] },
      { s: 'The Mauritius Ports Authority rejected claims', speakers: ['Mauritius Ports Authority'] },
      { s: '"We have followed every line', speakers: ['Yashvin Boolell'], direct: true },
      { s: '"The ships do not stop coming', speakers: ['Yashvin Boolell'], direct: true },
      { s: 'Oumila Ramkhalawon, said the authority', speakers: ['Oumila Ramkhalawon'] },
      { s: '"My members are told', speakers: ['Oumila Ramkhalawon'], direct: true },
      { s: '"That is not a shift system.', speakers: ['Oumila Ramkhalawon'], direct: true },
      { s: 'That is a threat."', speakers: ['Oumila Ramkhalawon'], direct: true },
      { s: 'Asked whether the government would order', speakers: ['Deeksha Ramjattun'] },
      { s: 'The Mauritius Chamber of Commerce estimated', speakers: ['Mauritius Chamber of Commerce'] },
      {
        s: 'A shipping agent in Port Louis, who asked not to be named',
        speakers: ['A shipping agent in Port Louis', 'shipping agent in Port Louis', 'shipping agent'],
      },
    ],
  },
  {
    name: "sarawak longhouse dam suit: that it says will flood, an application argues, an inverted headman with a patronymic, a company and its spokeswoman, the company's filing argues, a daughter named by her given name and a nested quotation, understood to have offered, according to people familiar, a question answered with a gesture",
    text: `Sarawak longhouse takes dam builder to court over ancestral graves

KUCHING, Malaysia — An Iban longhouse community in Sarawak has asked the High Court in Kuching to halt work on a hydroelectric dam that it says will flood the graves of seven generations of its people.

The application, filed on Friday, argues that the state never held the consultations the law requires before native customary land can be taken. It names the dam's builder, Batang Rajang Power, and the state land office as defendants.

"Our grandparents are buried on that hill," said Jelani anak Ugak, the longhouse headman, who is 71. "If the water comes, we cannot even visit them."

Batang Rajang Power said the reservoir would stop well short of the burial ground. "We have surveyed the hill three times," a spokeswoman for the company, Dayang Nurul Huda, said. "The water line stops 40 metres below the nearest grave."

The company's filing argues that the community was consulted at four meetings in 2022 and that most residents signed a compensation agreement.

Jelani's daughter, Rinda, a teacher in Sibu, said the signatures had been collected by men who told the old people the papers were forms for rice subsidies.

"They said, 'Sign here for your rice,' and my father signed," she said.

The state's natural resources minister is understood to have offered last month to lower the dam wall by two metres.

According to people familiar with the project, the builder has already spent about 300 million ringgit clearing forest around the site.

Asked whether the longhouse would accept more compensation, the headman shook his head. "You cannot pay a grave to move," he said.

The court will hear the application on November 4.`,
    claims: [
      {
        s: 'a hydroelectric dam that it says will flood',
        speakers: ['Iban longhouse community', 'longhouse community'],
        optional: true,
      },
      { s: 'The application, filed on Friday, argues', speakers: ['application', 'The application'] },
      { s: '"Our grandparents are buried on that hill,"', speakers: ['Jelani anak Ugak'], direct: true },
      { s: '"If the water comes', speakers: ['Jelani anak Ugak'], direct: true },
      { s: 'Batang Rajang Power said the reservoir', speakers: ['Batang Rajang Power'] },
      { s: '"We have surveyed the hill three times,"', speakers: ['Dayang Nurul Huda'], direct: true },
      { s: '"The water line stops', speakers: ['Dayang Nurul Huda'], direct: true },
      {
        s: "The company's filing argues",
        speakers: ["company's filing", 'filing', 'Batang Rajang Power'],
      },
      { s: "Jelani's daughter, Rinda, a teacher", speakers: ['Rinda'] },
      { s: `"They said, 'Sign here for your rice,'`, speakers: ['Rinda'], direct: true },
      { s: "The state's natural resources minister is understood to have offered", speakers: [] },
      {
        s: 'According to people familiar with the project',
        speakers: ['people familiar with the project', 'people familiar'],
      },
      { s: '"You cannot pay a grave to move," he said.', speakers: ['Jelani anak Ugak'], direct: true },
    ],
  },
];
