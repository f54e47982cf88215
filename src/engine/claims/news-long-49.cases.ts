/**
 * Batch 49, written blind by claims16 and committed before the detector ran on it. Three stories:
 * a Wikinews-style disaster report from Mongolia (a government declared, called on, a quotation of
 * three sentences under a given name only, a Red Cross society said and warned, its secretary
 * general praised and assured, according to an agency, a herder who joked and added, a party that
 * denounced and insisted); a Reuters fishing dispute in the Faroe Islands (companies said in a joint
 * statement, a chief executive told Reuters by phone over three sentences, a minister and her
 * statement, a Commission spokesperson, two officials on condition of anonymity, he after a
 * paragraph about others, according to a statistics office); an NYT-style Montana Senate race
 * (''…'' quotes, a surgeon and a rancher quoted in turn, "she said" inside a clause, a campaign's
 * statement, a spokesman who wrote on X, a reply on social media and "she wrote", an unnamed
 * strategist, a rating and a poll).
 */
import type { NewsCase } from './news.cases';

export const NEWS_CASES_49: NewsCase[] = [
  {
    name: 'wikinews mongolia dzud: a government declared, called on, a three-sentence quotation under a given name, a Red Cross society warned, praised and assured, according to an agency, a herder joked and added, a party denounced and insisted',
    text: `Mongolia declares emergency as harsh winter kills livestock

Thursday, February 19, 2026

Mongolia's government on Wednesday declared a state of emergency in eleven of the country's 21 provinces after a severe winter, known locally as a dzud, killed more than 1.4 million head of livestock. Mongolia has about 65 million head of livestock, and nearly a third of its people depend on herding.

Deputy Prime Minister Batbayar Tsogt announced the decision after a cabinet meeting in Ulaanbaatar. He called on international donors to help deliver hay and fodder to herders cut off by snow.

"Families who had two hundred animals in December have forty today," Batbayar said. "They have no income and no way to move. We cannot reach some of them even by helicopter."

The Red Cross Society of Mongolia said it had distributed food parcels to 6,000 households but warned that its stocks would run out within a month. Its secretary general, Oyunaa Dorj, praised the herders' resilience and assured donors that every parcel was tracked.

According to the National Agency for Meteorology, temperatures in the western province of Uvs fell to minus 48 degrees Celsius this month.

"We have lost everything except the dogs," joked Ganbold Erdene, a herder in Zavkhan province, speaking by telephone. He added that his neighbours had burned their furniture for heat.

The opposition Democratic Party denounced the government's response as "too late and too small" and insisted that fodder reserves should have been released in January.

In Bayankhongor province, the local governor, Tsetseg Ganzorig, said schools had closed for two weeks so that children could help their families. She warned that many herders would move to the capital in the spring if they lost their herds. "Every dzud sends thousands of families to the ger districts of Ulaanbaatar," she said.

The United Nations Food and Agriculture Organization has appealed for $12 million to help herders restock.`,
    claims: [
      {
        s: "Mongolia's government on Wednesday declared a state of emergency",
        speakers: ["Mongolia's government", 'government', 'Mongolia'],
      },
      { s: 'Batbayar Tsogt announced the decision', speakers: ['Batbayar Tsogt', 'Batbayar'], optional: true },
      { s: 'He called on international donors', speakers: ['Batbayar Tsogt', 'Batbayar'] },
      { s: '"Families who had two hundred animals', speakers: ['Batbayar Tsogt', 'Batbayar'], direct: true },
      { s: '"They have no income and no way to move.', speakers: ['Batbayar Tsogt', 'Batbayar'], direct: true },
      {
        s: 'We cannot reach some of them even by helicopter."',
        speakers: ['Batbayar Tsogt', 'Batbayar'],
        direct: true,
      },
      {
        s: 'The Red Cross Society of Mongolia said it had distributed',
        speakers: ['Red Cross Society of Mongolia', 'Red Cross Society', 'Red Cross'],
      },
      { s: "Oyunaa Dorj, praised the herders' resilience", speakers: ['Oyunaa Dorj'] },
      {
        s: 'According to the National Agency for Meteorology',
        speakers: ['National Agency for Meteorology'],
      },
      { s: '"We have lost everything except the dogs," joked', speakers: ['Ganbold Erdene'], direct: true },
      { s: 'He added that his neighbours had burned', speakers: ['Ganbold Erdene'] },
      {
        s: 'Democratic Party denounced the government',
        speakers: ['Democratic Party', 'opposition Democratic Party'],
      },
      { s: 'Tsetseg Ganzorig, said schools had closed', speakers: ['Tsetseg Ganzorig'] },
      { s: 'She warned that many herders would move', speakers: ['Tsetseg Ganzorig'] },
      { s: '"Every dzud sends thousands of families', speakers: ['Tsetseg Ganzorig'], direct: true },
      {
        s: 'Food and Agriculture Organization has appealed',
        speakers: ['United Nations Food and Agriculture Organization', 'Food and Agriculture Organization'],
        optional: true,
      },
    ],
  },
  {
    name: 'reuters faroe mackerel lawsuit: companies said in a joint statement, a chief executive told Reuters by phone over three sentences, a minister and her statement, a Commission spokesperson, two officials on condition of anonymity, he after others, according to a statistics office',
    text: `Faroese fishing firms sue government over mackerel quota cut

TORSHAVN, Oct 14 (Reuters) - Three of the Faroe Islands' largest fishing companies have filed a lawsuit against the islands' government over a 30% cut in mackerel quotas, the companies said on Tuesday.

Vardin, Framherji and Skala Fisk said in a joint statement that the cut, announced last month, would cost the industry about 900 million Danish crowns ($130 million) a year and put 400 jobs at risk.

"The government has decided to punish the fleet for a problem the fleet did not create," Framherji's chief executive, Jógvan Hansen, told Reuters by phone. "Our vessels fish within the rules. The stock is moving north because the sea is getting warmer."

Fisheries Minister Dorthea Joensen said the cut followed scientific advice and was needed to protect the stock. "We will defend this decision in court," she said in a statement.

The Faroes, a self-governing part of the Kingdom of Denmark, have clashed with the European Union, Norway and Britain over mackerel for more than a decade. A spokesperson for the European Commission, Anna Kovacs, said the Commission "welcomes any step towards sustainable fishing" in the North-East Atlantic.

Two officials at the fisheries ministry, speaking on condition of anonymity because they were not authorised to speak to the media, said the government had considered a smaller cut but rejected it after pressure from Norway.

Hansen said that was "exactly what we suspected". He added that the companies would ask the court to suspend the cut until it ruled. The case will be heard by the court in Torshavn in December.

Mackerel is the Faroes' most valuable catch after farmed salmon, and the fleet landed about 120,000 tonnes of it last year.

Fish account for more than 90% of the Faroes' goods exports, according to Statistics Faroe Islands.

(Reporting by Sofie Lund; Editing by Tom Hollis)`,
    claims: [
      {
        s: "Three of the Faroe Islands' largest fishing companies have filed a lawsuit",
        speakers: ['Vardin', 'Framherji', 'Skala Fisk', 'companies', 'fishing companies'],
      },
      {
        s: 'Vardin, Framherji and Skala Fisk said in a joint statement',
        speakers: ['Vardin', 'Framherji', 'Skala Fisk', 'companies'],
      },
      { s: '"The government has decided to punish the fleet', speakers: ['Jógvan Hansen'], direct: true },
      { s: '"Our vessels fish within the rules.', speakers: ['Jógvan Hansen'], direct: true },
      { s: 'The stock is moving north because the sea', speakers: ['Jógvan Hansen'], direct: true },
      { s: 'Dorthea Joensen said the cut followed scientific advice', speakers: ['Dorthea Joensen'] },
      { s: '"We will defend this decision in court,"', speakers: ['Dorthea Joensen'], direct: true },
      { s: 'Anna Kovacs, said the Commission', speakers: ['Anna Kovacs'] },
      {
        s: 'Two officials at the fisheries ministry, speaking on condition',
        speakers: [
          'Two officials at the fisheries ministry',
          'officials at the fisheries ministry',
          'Two officials',
          'officials',
        ],
      },
      { s: 'Hansen said that was', speakers: ['Jógvan Hansen'] },
      { s: 'He added that the companies would ask the court', speakers: ['Jógvan Hansen'] },
      {
        s: "Fish account for more than 90% of the Faroes' goods exports",
        speakers: ['Statistics Faroe Islands'],
      },
    ],
  },
  {
    name: "nyt-style montana senate race: ''…'' quotes, a surgeon and a rancher quoted in turn, she said inside a clause, a campaign statement, a spokesman wrote on X, a reply on social media and she wrote, an unnamed strategist, a rating and a poll",
    text: `In Montana Senate Race, a Surgeon and a Rancher Fight Over Public Land

BOZEMAN, Mont. — The two candidates for Montana's open Senate seat agree on almost nothing, but on Saturday they agreed on one thing: the race will be decided by which of them voters trust to keep public land public.

Dr. Ellen Haverly, a Democrat and a trauma surgeon from Billings, told about 300 supporters at the county fairground here that her opponent had ''taken money from every company that wants to fence off the mountains.''

Her Republican opponent, Cody Raines, a third-generation rancher and former state senator, called the charge ''a lie dressed up as a campaign ad.'' Speaking to reporters in Great Falls, he said he had voted against every bill to sell federal land in his eight years in the Legislature.

''I have hunted on that land since I was six,'' Mr. Raines said. ''Nobody is going to sell it while I am in the Senate.''

Dr. Haverly said his record told a different story. She pointed to a 2021 vote in which, she said, Mr. Raines had supported a transfer of state trust land to a mining company.

Mr. Raines's campaign said in a statement that the vote had concerned a land exchange that added 2,000 acres to a wildlife area. A spokesman for the campaign, Tyler Beck, wrote on X that Dr. Haverly ''should read the bills before she posts about them.''

Dr. Haverly replied on social media within the hour. ''I read it. Twice,'' she wrote.

A senior Republican strategist in Helena, who spoke on condition of anonymity to discuss internal polling, said the race was ''closer than anyone in Washington thinks.''

The Cook Political Report rates the race as leaning Republican. A poll released last week by Montana State University found Mr. Raines ahead by four points, within the margin of error.`,
    claims: [
      { s: 'Ellen Haverly, a Democrat and a trauma surgeon from Billings, told', speakers: ['Ellen Haverly'] },
      { s: 'Cody Raines, a third-generation rancher', speakers: ['Cody Raines'] },
      { s: 'he said he had voted against every bill', speakers: ['Cody Raines'] },
      { s: "''I have hunted on that land since I was six,''", speakers: ['Cody Raines'], direct: true },
      { s: "''Nobody is going to sell it while I am in the Senate.''", speakers: ['Cody Raines'], direct: true },
      { s: 'Dr. Haverly said his record told a different story.', speakers: ['Ellen Haverly'] },
      { s: 'She pointed to a 2021 vote', speakers: ['Ellen Haverly'] },
      {
        s: "Mr. Raines's campaign said in a statement",
        speakers: ["Mr. Raines's campaign", "Raines's campaign", 'campaign', 'Cody Raines'],
      },
      { s: 'Tyler Beck, wrote on X', speakers: ['Tyler Beck'] },
      { s: 'Dr. Haverly replied on social media', speakers: ['Ellen Haverly'], optional: true },
      { s: "''I read it.", speakers: ['Ellen Haverly'], direct: true },
      { s: "Twice,'' she wrote.", speakers: ['Ellen Haverly'], direct: true },
      {
        s: 'A senior Republican strategist in Helena',
        speakers: [
          'A senior Republican strategist in Helena',
          'senior Republican strategist in Helena',
          'senior Republican strategist',
          'Republican strategist',
          'strategist',
        ],
      },
      { s: 'The Cook Political Report rates the race', speakers: ['Cook Political Report'], optional: true },
      {
        s: 'A poll released last week by Montana State University',
        speakers: ['Montana State University', 'poll'],
        optional: true,
      },
    ],
  },
];
