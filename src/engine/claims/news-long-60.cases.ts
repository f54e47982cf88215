/**
 * Batch 60, written blind by claims21 and committed before the detector ran on it, and kept as a
 * first-sight check: no row is fixed against it. Three stories: a Reuters cyanide-spill story from
 * Kyrgyzstan (straight quotes, a ministry said at the end and "It said", the operator of the mine
 * disputed the findings, "a spokesman for the company, X, told reporters" and a quotation of two
 * sentences, villagers say, a teacher who recalled and "she said" over two sentences, a deputy
 * prime minister who fumed and accused with a quoted fragment, analysts who expect … to); a
 * Wikinews-style dune law in Uruguay («…» and “…” quotes, the bill's sponsor told the chamber and
 * a quotation split around "she said", an association that warned in a statement, a surfboard
 * renter paraphrased then quoted, a ministry that welcomed and said, a deputy who argued with a
 * quoted fragment, according to a university); a CBC-style polar bear story from Manitoba
 * (straight quotes, according to an agency, tour operators say, "loves to point out that" and a
 * quotation of two sentences, scientists have warned, a biologist who told a public lecture and
 * "she told the audience", a mayor paraphrased, a spokesperson for a department with a quoted
 * nickname that is no quotation of anyone).
 */
import type { NewsCase } from './news.cases';

export const NEWS_CASES_60: NewsCase[] = [
  {
    name: 'reuters kyrgyzstan cyanide spill: a ministry said at the end and It said, the operator of the mine disputed the findings, a spokesman for the company, X, told reporters and a two-sentence quotation, villagers say, a teacher recalled and she said over two sentences, a deputy prime minister fumed and accused with a quoted fragment, analysts expect … to',
    text: `Kyrgyzstan fines gold miner $4 million over cyanide spill

BISHKEK, Sept 9 (Reuters) - Kyrgyzstan fined the Canadian operator of the Tash-Bulak gold mine $4 million on Tuesday over a cyanide spill into a river that supplies drinking water to three villages, the country's environment ministry said.

It said tests had found cyanide at up to 40 times the legal limit for two days after the spill on Aug. 28.

The operator of the mine, Toronto-listed Altyn Ridge Resources, disputed the findings. A spokesman for the company, Daniel Fraser, told reporters in Bishkek that the spill had been contained within hours.

"Our own samples downstream showed nothing above the limit," Fraser said. "We will appeal the fine, and we will publish every result."

Villagers in Ak-Bulun say their cattle fell sick after drinking from the river. Aidai Toktogulova, a 38-year-old teacher in the village, recalled that children had been told not to swim for a week.

"Nobody came from the company to explain anything," she said. "We learned about the cyanide from Facebook."

Deputy Prime Minister Bakyt Saliev fumed at the mine's management in parliament on Wednesday, accusing it of treating the country "like a colony."

Gold accounts for about a third of Kyrgyzstan's exports, and the government has been pressing foreign miners to give the state a larger share of their profits.

Analysts at Almaty brokerage Tengri Capital expect the fine to have little effect on the company's earnings, since the mine produced about 180,000 ounces of gold last year.

Shares of Altyn Ridge fell 3.1% in Toronto.

(Reporting by Olga Dzyubenko; Editing by Jan Harvey)`,
    claims: [
      {
        s: "the country's environment ministry said",
        speakers: ['environment ministry', "country's environment ministry", 'ministry'],
      },
      {
        s: 'It said tests had found cyanide',
        speakers: ['environment ministry', "country's environment ministry", 'ministry'],
      },
      {
        s: 'Toronto-listed Altyn Ridge Resources, disputed the findings',
        speakers: ['Altyn Ridge Resources', 'operator of the mine'],
      },
      { s: 'A spokesman for the company, Daniel Fraser, told reporters', speakers: ['Daniel Fraser'] },
      { s: '"Our own samples downstream', speakers: ['Daniel Fraser'], direct: true },
      { s: '"We will appeal the fine', speakers: ['Daniel Fraser'], direct: true },
      { s: 'Villagers in Ak-Bulun say', speakers: ['Villagers in Ak-Bulun', 'Villagers'] },
      { s: 'Aidai Toktogulova, a 38-year-old teacher', speakers: ['Aidai Toktogulova'] },
      { s: '"Nobody came from the company', speakers: ['Aidai Toktogulova'], direct: true },
      { s: '"We learned about the cyanide from Facebook."', speakers: ['Aidai Toktogulova'], direct: true },
      { s: 'Bakyt Saliev fumed at', speakers: ['Bakyt Saliev'] },
      {
        s: 'Analysts at Almaty brokerage Tengri Capital expect',
        speakers: ['Analysts at Almaty brokerage Tengri Capital', 'Tengri Capital', 'Analysts'],
      },
    ],
  },
  {
    name: "wikinews uruguay dune law: «…» and “…” quotes, the bill's sponsor told the chamber and a quotation split around she said, an association warned in a statement, a surfboard renter paraphrased then quoted, a ministry welcomed and said, a deputy argued with a quoted fragment, according to a university",
    text: `Uruguay's lower house approves ban on building near Atlantic dunes

Thursday, October 8, 2026

Uruguay's Chamber of Representatives on Wednesday approved a bill that bans new buildings within 250 metres of the high-water line along most of the country's Atlantic coast. Rocha's coast is known for its wild beaches and for a colony of sea lions at Cabo Polonio; the law would not apply to houses that have already been built.

The bill's sponsor, deputy Carolina Pereyra, told the chamber that the dunes of Rocha department had retreated by up to three metres a year since 2000.

«The sea is taking back what we took from it,» she said. «This law tells builders that the beach is not for sale.»

The Chamber of Construction of Uruguay opposed the bill. In a statement, it warned that the law would freeze investment worth US$300 million in the departments of Rocha and Maldonado.

Residents of La Pedrera, a village of about 400 people, celebrated the vote on the beach. Martín Sosa, who rents surfboards there, said he had seen two houses fall into the sea since 2019. «Everyone here has a photo of a house that is not there any more,» he said.

The Ministry of Environment welcomed the vote and said it would map the protected strip by the end of the year.

Opposition deputy Gustavo Silveira voted against the bill. He argued that families who had owned plots for generations would lose their savings “without a cent of compensation”.

According to the University of the Republic, about a quarter of the country's sandy beaches are eroding.

The Senate is due to vote on the bill next month.`,
    claims: [
      { s: 'deputy Carolina Pereyra, told the chamber', speakers: ['Carolina Pereyra'] },
      { s: '«The sea is taking back what we took from it,»', speakers: ['Carolina Pereyra'], direct: true },
      { s: '«This law tells builders', speakers: ['Carolina Pereyra'], direct: true },
      {
        s: 'In a statement, it warned that the law',
        speakers: ['Chamber of Construction of Uruguay', 'Chamber of Construction'],
      },
      { s: 'said he had seen two houses fall', speakers: ['Martín Sosa'] },
      { s: '«Everyone here has a photo', speakers: ['Martín Sosa'], direct: true },
      { s: 'The Ministry of Environment welcomed the vote', speakers: ['Ministry of Environment'] },
      { s: 'He argued that families', speakers: ['Gustavo Silveira'] },
      { s: 'According to the University of the Republic', speakers: ['University of the Republic'] },
    ],
  },
  {
    name: 'cbc manitoba polar bears: according to an agency, tour operators say, loves to point out that and a two-sentence quotation, scientists have warned, a biologist told a public lecture and she told the audience, a mayor paraphrased, a spokesperson for a department with a quoted nickname',
    text: `Churchill's polar bear season opens with fewer bears and more tourists

CHURCHILL, Man. — The first polar bears of the season were seen along the Hudson Bay coast near Churchill this week, about ten days later than usual, according to Parks Canada.

Tour operators say bookings are up 20 per cent from last year, even as the bears spend less time on land each autumn.

Dylan Kowalchuk, who drives a tundra buggy for one of the town's three tour companies, loves to point out that the bears are not the only thing visitors come for. "People come for the bears, and then they see the northern lights and they cry," he said. "I've seen grown men cry out there."

Scientists have warned for years that the western Hudson Bay population is shrinking as the sea ice forms later and melts earlier.

Ruth Anawak, a biologist with the conservation group Polar Bears International, told a public lecture at the town centre on Tuesday that the population had fallen by about a third since the 1980s.

"The bears that come ashore now are thinner," she told the audience. "Some of the mothers are not bringing cubs at all."

The Town of Churchill is hiring four more bear patrol officers for the season. Mayor Lorraine Ducharme said the town had never had a bear attack during tourist season and meant to keep it that way.

A spokesperson for Manitoba's Department of Natural Resources said officers had already moved two bears to the holding facility known locally as the "polar bear jail."

The season runs until the bay freezes, usually in mid-November.`,
    claims: [
      { s: 'according to Parks Canada', speakers: ['Parks Canada'] },
      { s: 'Tour operators say bookings', speakers: ['Tour operators'] },
      { s: 'loves to point out that the bears', speakers: ['Dylan Kowalchuk'] },
      { s: '"People come for the bears', speakers: ['Dylan Kowalchuk'], direct: true },
      { s: '"I\'ve seen grown men cry out there."', speakers: ['Dylan Kowalchuk'], direct: true },
      { s: 'Scientists have warned for years', speakers: ['Scientists'] },
      { s: 'Ruth Anawak, a biologist with the conservation group', speakers: ['Ruth Anawak'] },
      { s: '"The bears that come ashore now are thinner,"', speakers: ['Ruth Anawak'], direct: true },
      { s: '"Some of the mothers are not bringing cubs', speakers: ['Ruth Anawak'], direct: true },
      { s: 'Mayor Lorraine Ducharme said the town', speakers: ['Lorraine Ducharme'] },
      {
        s: "A spokesperson for Manitoba's Department of Natural Resources said",
        speakers: [
          "A spokesperson for Manitoba's Department of Natural Resources",
          'spokesperson',
          'Department of Natural Resources',
        ],
      },
    ],
  },
];
