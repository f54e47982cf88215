/**
 * Batch 52, written blind by claims17 and committed before the detector ran on it. Three stories:
 * a Wikinews-style flood warning network in Bhutan (a minister praised, a three-sentence quotation
 * whose later sentences open with "Nobody" and "When I", a hydrology centre assured and "It said",
 * a guesthouse owner and "she said", an appositive speaker after a possessive ("The village's
 * headman, X, said"), "He joked that", an opposition party called on and its spokesman denounced,
 * according to a research centre); a Reuters river-drought story from Paraguay (a navy service
 * said at the sentence end, a chamber's statement that warned, an inverted "said X of Y" with a
 * company after "of" and a three-sentence quotation, a minister told Reuters and "She insisted", an
 * association conceded, a lower-case "da" surname alone before "said", an unnamed meteorologist,
 * farmers said, an inverted "said soy grower X" and a quotation opening with "They"); an NYT-style
 * Alaska ballot fight (''…'' quotes, a fisherwoman told a crowd, a group argued, a guide's
 * paraphrase with a quoted fragment, "He acknowledged", "she said" after the man, a biologist in
 * an interview, a governor's office and "it", an appositive mother, "Mr. X said he had expected").
 */
import type { NewsCase } from './news.cases';

export const NEWS_CASES_52: NewsCase[] = [
  {
    name: 'wikinews bhutan flood sirens: a minister praised, a three-sentence quotation, a centre assured and It said, a guesthouse owner and she said, an appositive headman after a possessive, he joked that, a party called on and its spokesman denounced, according to a research centre',
    text: `Bhutan switches on flood warning network below glacial lakes

Tuesday, July 14, 2026

Bhutan on Monday switched on a network of 28 sirens and river sensors along the Pho Chhu valley, meant to give villages downstream at least 40 minutes' warning if a glacial lake bursts its banks. The system cost about 6.2 million US dollars, most of it paid by the Green Climate Fund.

Home Minister Tshering Penjor praised the engineers who installed the sensors, some of them at more than 4,500 metres. "They carried the equipment on their backs for three days," he told reporters in Punakha. "Nobody asked them to do that. When I saw the photographs, I could not believe it."

The National Centre for Hydrology and Meteorology assured residents that the sirens would be tested only on the first Monday of each month. It said a test would always be announced on radio the day before.

Not everyone was reassured. Sonam Choden, who runs a guesthouse in the village of Samdingkha, said the sirens could be heard from the river but not from the upper fields. "My mother works up there in summer," she said. "Forty minutes is nothing if you cannot hear the warning."

The village's headman, Karma Wangdi, said he had asked the centre for a second siren on the hill. He joked that his yaks would hear the sirens before his neighbours did.

The opposition Druk Phuensum Tshogpa called on the government to extend the network to the Mangde Chhu basin before the next monsoon. Its spokesman, Ugyen Dorji, denounced what he called "a network built for the cameras".

According to the International Centre for Integrated Mountain Development, Bhutan has 567 glacial lakes, 17 of which are considered potentially dangerous.`,
    claims: [
      { s: 'Tshering Penjor praised the engineers', speakers: ['Tshering Penjor'] },
      { s: '"They carried the equipment on their backs', speakers: ['Tshering Penjor'], direct: true },
      { s: '"Nobody asked them to do that.', speakers: ['Tshering Penjor'], direct: true },
      { s: 'When I saw the photographs, I could not believe it."', speakers: ['Tshering Penjor'], direct: true },
      {
        s: 'assured residents that the sirens would be tested',
        speakers: ['National Centre for Hydrology and Meteorology'],
      },
      {
        s: 'It said a test would always be announced',
        speakers: ['National Centre for Hydrology and Meteorology'],
      },
      { s: 'Sonam Choden, who runs a guesthouse', speakers: ['Sonam Choden'] },
      { s: '"My mother works up there in summer," she said.', speakers: ['Sonam Choden'], direct: true },
      { s: '"Forty minutes is nothing', speakers: ['Sonam Choden'], direct: true },
      { s: 'Karma Wangdi, said he had asked the centre', speakers: ['Karma Wangdi'] },
      { s: 'He joked that his yaks', speakers: ['Karma Wangdi'] },
      { s: 'called on the government to extend the network', speakers: ['Druk Phuensum Tshogpa'] },
      { s: 'Ugyen Dorji, denounced what he called', speakers: ['Ugyen Dorji'] },
      {
        s: 'According to the International Centre for Integrated Mountain Development',
        speakers: ['International Centre for Integrated Mountain Development'],
      },
    ],
  },
  {
    name: 'reuters paraguay river drought: a navy service said at the end, a chamber statement that warned, said X of a company with three quoted sentences, a minister told Reuters and she insisted, an association conceded, a lower-case da surname, an unnamed meteorologist, farmers said, said soy grower X and a quotation opening with They',
    text: `Paraguay River at record low strands soy barges

ASUNCION, Oct 8 (Reuters) - Hundreds of barges loaded with soybeans are stuck on the Paraguay River after its level at Asuncion fell to 1.2 metres below zero on Wednesday, the lowest reading since records began in 1904, the navy's hydrographic service said.

The Paraguayan Chamber of River Shipowners said in a statement that about 400 barges were waiting north of the capital, and warned that exports could fall by a third this quarter if rain did not come within a month.

"We are loading barges to half their capacity and praying," said Esteban Giménez of Naviera del Sur, one of the country's largest barge operators. "Every week costs us about a million dollars. Some of our clients have already moved cargo to trucks."

Public Works Minister Claudia Benítez told Reuters that dredging on two shallow stretches near Concepción would begin on Monday. She insisted the government had acted "as soon as the forecasts allowed", rejecting criticism from exporters that the work should have started in August.

The grain traders' association CAPECO conceded that dredging alone would not solve the problem. Its president, Hugo da Silva, said traders were renting trucks to move beans to ports in Argentina and Brazil. "It is expensive, but it is the only way," da Silva said.

A meteorologist at the national weather service, who asked not to be named because he was not authorised to speak to the media, said rain was unlikely before November.

Farmers in the department of Alto Paraná said prices at the farm gate had already fallen. "The trucks take a week to come," said soy grower Ramón Ortiz. "They know we have nowhere else to sell."

(Reporting by Lucía Ferreira; Editing by Mark Potter)`,
    claims: [
      {
        s: 'the lowest reading since records began in 1904',
        speakers: ["navy's hydrographic service", 'hydrographic service'],
      },
      {
        s: 'said in a statement that about 400 barges',
        speakers: ['Paraguayan Chamber of River Shipowners'],
      },
      { s: '"We are loading barges to half their capacity', speakers: ['Esteban Giménez'], direct: true },
      { s: '"Every week costs us about a million dollars.', speakers: ['Esteban Giménez'], direct: true },
      { s: 'Some of our clients have already moved cargo', speakers: ['Esteban Giménez'], direct: true },
      { s: 'Claudia Benítez told Reuters', speakers: ['Claudia Benítez'] },
      { s: 'She insisted the government had acted', speakers: ['Claudia Benítez'] },
      { s: 'conceded that dredging alone', speakers: ['CAPECO'] },
      { s: 'Hugo da Silva, said traders were renting', speakers: ['Hugo da Silva'] },
      { s: '"It is expensive, but it is the only way," da Silva said.', speakers: ['Hugo da Silva'], direct: true },
      {
        s: 'A meteorologist at the national weather service',
        speakers: [
          'A meteorologist at the national weather service',
          'meteorologist at the national weather service',
          'meteorologist',
        ],
      },
      {
        s: 'Farmers in the department of Alto Paraná said',
        speakers: ['Farmers in the department of Alto Paraná', 'Farmers'],
      },
      { s: '"The trucks take a week to come," said soy grower', speakers: ['Ramón Ortiz'], direct: true },
      { s: '"They know we have nowhere else to sell."', speakers: ['Ramón Ortiz'], direct: true },
    ],
  },
  {
    name: "nyt-style alaska set-net ballot measure: ''…'' quotes, a fisherwoman told a crowd, a three-sentence quotation, a group argued, a guide's paraphrase with a quoted fragment, he acknowledged, she said after the man, a biologist in an interview, a governor's office and it, an appositive mother, Mr. X said he had expected",
    text: `In Alaska, a Fight Over Salmon Nets Divides a Fishing Town

DILLINGHAM, Alaska — For three generations the Nanalook family has set its nets at the mouth of the Nushagak River, and on Saturday Ellen Nanalook stood on the beach and told a crowd of about 200 people that a ballot measure would end that.

''They are calling it conservation,'' Ms. Nanalook said. ''It is a land grab on water. My grandfather fished here before there was a state of Alaska.''

The measure, which voters will decide in November, would ban set nets within three miles of river mouths in Bristol Bay. Its sponsor, a group called Save Our Sockeye, argued that the nets catch king salmon whose numbers have collapsed.

Tom Halvorsen, a sport-fishing guide who chairs the group, said the ban was ''the least we can do for a fish that feeds this whole state.'' He acknowledged that set-net families would lose income and said the group would support a buyout fund.

Ms. Nanalook scoffed at the offer. ''Nobody asked us what our nets are worth,'' she said.

The state Department of Fish and Game has taken no position. A department biologist, Dr. Rachel Kim, said in an interview that set nets took ''a small share'' of king salmon compared with trawlers in the Bering Sea, and that warmer water was the larger threat.

The governor's office said in a statement that it would not endorse either side. The mother of one young fisherman, Agnes Wassillie, said she feared the town would empty. ''If the nets go, the kids go,'' she said. ''Then there is nobody left to fish for.''

Mr. Halvorsen said he had expected the anger. ''I grew up here too,'' he said. ''I know what I am asking.''`,
    claims: [
      { s: 'told a crowd of about 200 people that a ballot measure', speakers: ['Ellen Nanalook'] },
      { s: "''They are calling it conservation,'' Ms. Nanalook said.", speakers: ['Ellen Nanalook'], direct: true },
      { s: "''It is a land grab on water.", speakers: ['Ellen Nanalook'], direct: true },
      { s: 'My grandfather fished here before', speakers: ['Ellen Nanalook'], direct: true },
      { s: 'Save Our Sockeye, argued that the nets', speakers: ['Save Our Sockeye'] },
      { s: 'Tom Halvorsen, a sport-fishing guide', speakers: ['Tom Halvorsen'] },
      { s: 'He acknowledged that set-net families', speakers: ['Tom Halvorsen'] },
      { s: 'Ms. Nanalook scoffed at the offer.', speakers: ['Ellen Nanalook'], optional: true },
      { s: "''Nobody asked us what our nets are worth,'' she said.", speakers: ['Ellen Nanalook'], direct: true },
      { s: 'Rachel Kim, said in an interview', speakers: ['Rachel Kim'] },
      { s: "The governor's office said in a statement", speakers: ["governor's office"] },
      { s: 'Agnes Wassillie, said she feared', speakers: ['Agnes Wassillie'] },
      { s: "''If the nets go, the kids go,'' she said.", speakers: ['Agnes Wassillie'], direct: true },
      { s: "''Then there is nobody left to fish for.''", speakers: ['Agnes Wassillie'], direct: true },
      { s: 'Mr. Halvorsen said he had expected the anger.', speakers: ['Tom Halvorsen'] },
      { s: "''I grew up here too,'' he said.", speakers: ['Tom Halvorsen'], direct: true },
      { s: "''I know what I am asking.''", speakers: ['Tom Halvorsen'], direct: true },
    ],
  },
];
