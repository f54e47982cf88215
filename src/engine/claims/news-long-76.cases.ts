/**
 * Batch 76, written blind by claims29b after its rows for batch 74, committed before the detector
 * ran on it, and kept as a second first-sight check (only its totals are ever printed; no row is
 * fixed against it). Five stories of both sets' kinds: a Wikinews Kyrgyz avalanche (a ministry
 * "said" closing the lead, "said in a statement" and "it said", a rescue leader and a quotation
 * over two tags, a deputy minister who "denounced" and whose ministry is the nearest name before
 * "he said", an unnamed survivor who "told reporters" and "He thanked … and said", a resort
 * director who "assured"); a Reuters Canadian court ruling (a judge who "wrote", a company's
 * statement, a chief who "praised … as" and a quotation ended by "she said", a minister's
 * spokesman, analysts' note and "They said"); an AP North Carolina tie (a board chair, a campaign's
 * statement, a lawyer who "told reporters", a candidate who "joked" and "insisted", an elections
 * director and "he said" after a reported sentence); a Wikinews study of Baltic seals ("according
 * to a study", "They found", a lead author and two quotations, a co-author who "cautioned" and "He
 * said", fishermen's organisations that "have long complained", a chairman who "called on"); and a
 * Reuters Czech coalition split (a party that "said it would leave", its leader who "told a news
 * conference" and "She said", a prime minister who "conceded" and a quotation split by "he told
 * reporters", a ministry's statement and "it said" after a fronted phrase, an opposition leader who
 * "praised … and called for", a poll that "showed", analysts and an inverted political scientist).
 *
 * As in batches 72–75, a description of a named body counts only resolved; a body without a name of
 * its own ("the finance ministry", "the researchers") keeps its own words.
 *
 * At first sight (claims F1 / speaker / direct; totals only, its errors never printed): 0.991
 * (55/56/55) / 0.964 / 1.000, meeting the ordinary floors.
 */
import type { NewsCase } from './news.cases';

const MES = [
  'Ministry of Emergency Situations',
  "Kyrgyzstan's Ministry of Emergency Situations",
  'Emergency Situations ministry',
];
const SURVIVOR = [
  'One of the survivors',
  'One of the survivors, a 34-year-old Kazakh engineer',
  'a 34-year-old Kazakh engineer',
  '34-year-old Kazakh engineer',
  'survivor',
  'survivors',
];
const CREST = ['Northern Crest Energy', 'Northern Crest'];
const RBC = ['Analysts at RBC Capital Markets', 'analysts', 'RBC Capital Markets', 'RBC'];
const DILLARD_CAMPAIGN = ["Dillard's campaign", "Frank Dillard's campaign", 'Dillard campaign', 'campaign'];
const RESEARCHERS = [
  'The researchers',
  'researchers',
  'The researchers, from universities in Finland and Sweden',
  'researchers, from universities in Finland and Sweden',
];
const FIN_MIN = ['The finance ministry', 'finance ministry', 'ministry'];

export const NEWS_CASES_76: NewsCase[] = [
  {
    name: 'wikinews kyrgyz avalanche: a ministry said closing the lead, in a statement and it said, a rescue leader and a quotation over two tags, a deputy minister denounced and a ministry before he said, an unnamed survivor told reporters and He thanked and said, a director assured',
    text: `Avalanche kills three skiers near Kyrgyz resort

Monday, February 2, 2026

An avalanche buried five skiers on a slope above the Karakol ski resort in eastern Kyrgyzstan on Sunday afternoon, killing three of them, Kyrgyzstan's Ministry of Emergency Situations said.

The ministry said in a statement that the group had left the marked runs despite warnings of high avalanche danger posted at the resort since Friday. Two survivors were flown to a hospital in Bishkek, it said.

Rescue team leader Aigerim Toktosunova said her team had reached the site within 40 minutes. "We dug with our hands and with shovels. The snow was like concrete," she told the AKIpress news agency. "We found the first two alive. The others had been under too long."

Deputy Emergency Minister Bakyt Osmonaliev, who flew to Karakol on Sunday night, denounced what he called "a culture of ignoring signs" among visiting skiers. The ministry would ask parliament to fine people who ski off-piste during warnings, he said.

One of the survivors, a 34-year-old Kazakh engineer, told reporters from his hospital bed that the group had "trusted the wrong forecast." He thanked the rescuers and said he would not ski again this winter.

The resort's director, Nurlan Abdykadyrov, assured visitors that the marked runs were safe and would stay open.`,
    claims: [
      { s: 'killing three of them, Kyrgyzstan', speakers: MES },
      { s: 'The ministry said in a statement that the group', speakers: MES },
      { s: 'Two survivors were flown to a hospital in Bishkek, it said.', speakers: MES },
      { s: 'Rescue team leader Aigerim Toktosunova said', speakers: ['Aigerim Toktosunova'] },
      { s: '"We dug with our hands and with shovels.', speakers: ['Aigerim Toktosunova'], direct: true },
      { s: 'The snow was like concrete," she told', speakers: ['Aigerim Toktosunova'], direct: true },
      { s: '"We found the first two alive.', speakers: ['Aigerim Toktosunova'], direct: true },
      { s: 'The others had been under too long."', speakers: ['Aigerim Toktosunova'], direct: true },
      { s: 'denounced what he called "a culture of ignoring signs"', speakers: ['Bakyt Osmonaliev'] },
      { s: 'The ministry would ask parliament to fine people', speakers: ['Bakyt Osmonaliev'] },
      { s: 'told reporters from his hospital bed', speakers: SURVIVOR },
      { s: 'He thanked the rescuers and said', speakers: SURVIVOR },
      { s: 'Nurlan Abdykadyrov, assured visitors', speakers: ['Nurlan Abdykadyrov'] },
    ],
  },
  {
    name: 'reuters canada pipeline ruling: ruling that (optional), a judge wrote, she ordered (optional), a company said and the Calgary-based company said in a statement, a chief praised as and a quotation ended by she said, a minister spokesman, analysts in a note and They said',
    text: `Canadian court quashes pipeline expansion permit over consultation

VANCOUVER, June 10 (Reuters) - A Canadian federal court on Tuesday quashed a permit for the expansion of a natural gas pipeline in northern British Columbia, ruling that the government had not properly consulted two First Nations whose land it crosses.

"Consultation is not a box to be ticked on the way to a decision already made," Justice Eleanor Fairweather wrote in her 61-page ruling. She ordered the government to restart talks with the two nations within 90 days.

The pipeline's operator, Northern Crest Energy, said it was "disappointed" and was reviewing the decision. The Calgary-based company said in a statement that it had spent six years and C$40 million on consultation.

Chief Marlene Sandover of one of the two nations praised the ruling as "a line drawn in the mud." "Our people were told, not asked. The judge saw that," she said.

A spokesman for Natural Resources Minister Luc Gravelle said Ottawa would "study the ruling carefully" before deciding whether to appeal.

Analysts at RBC Capital Markets said in a note that the delay could push the project's start date into 2029. They said investors had not expected the ruling.`,
    claims: [
      {
        s: 'ruling that the government had not properly consulted',
        speakers: ['Canadian federal court', 'federal court', 'court'],
        optional: true,
      },
      { s: '"Consultation is not a box to be ticked', speakers: ['Eleanor Fairweather'], direct: true },
      { s: 'She ordered the government to restart talks', speakers: ['Eleanor Fairweather'], optional: true },
      { s: "The pipeline's operator, Northern Crest Energy, said", speakers: CREST },
      { s: 'The Calgary-based company said in a statement', speakers: CREST },
      { s: 'Chief Marlene Sandover of one of the two nations praised', speakers: ['Marlene Sandover'] },
      { s: '"Our people were told, not asked.', speakers: ['Marlene Sandover'], direct: true },
      { s: 'The judge saw that," she said.', speakers: ['Marlene Sandover'], direct: true },
      {
        s: 'A spokesman for Natural Resources Minister Luc Gravelle said',
        speakers: [
          'A spokesman for Natural Resources Minister Luc Gravelle',
          'spokesman for Natural Resources Minister Luc Gravelle',
          'spokesman',
          'Luc Gravelle',
        ],
      },
      { s: 'Analysts at RBC Capital Markets said in a note', speakers: RBC },
      { s: 'They said investors had not expected the ruling.', speakers: RBC },
    ],
  },
  {
    name: 'ap north carolina tie: a board chair said and she said, a campaign in a statement, a lawyer told reporters, a candidate joked and insisted and she said after a quotation, an elections director in apposition and he said, no response',
    text: `North Carolina board orders hand count in tied county race

RALEIGH, N.C. (AP) — The North Carolina State Board of Elections on Wednesday ordered a hand recount in a county commission race in Ashe County that ended in an exact tie, the first such order in the state in more than a decade.

Board chair Lorraine Stallings said the board had "no other lawful choice" after a machine recount last week left Republican Frank Dillard and Democrat Ruth Ellerbe with 4,207 votes each. "If the hand count is also tied, the law says we draw lots, and we will," she said.

Dillard's campaign said in a statement that it welcomed the recount. His lawyer, Mitchell Yarbrough, told reporters that the campaign would challenge six provisional ballots cast by voters who had moved out of the county.

Ellerbe joked at a news conference on Thursday that she had "never been so interested in arithmetic." She insisted that every provisional ballot had been checked by county staff. "Those are our neighbours. They voted where they live," she said.

The county's elections director, Harold Pennington, said the hand count would begin on Monday and could take two days. Observers from both parties would be allowed in the room, he said.

The North Carolina Republican Party did not respond to a request for comment.`,
    claims: [
      { s: 'Board chair Lorraine Stallings said', speakers: ['Lorraine Stallings'] },
      { s: '"If the hand count is also tied', speakers: ['Lorraine Stallings'], direct: true },
      { s: "Dillard's campaign said in a statement", speakers: DILLARD_CAMPAIGN },
      { s: 'His lawyer, Mitchell Yarbrough, told reporters', speakers: ['Mitchell Yarbrough'] },
      { s: 'Ellerbe joked at a news conference', speakers: ['Ruth Ellerbe'] },
      { s: 'She insisted that every provisional ballot', speakers: ['Ruth Ellerbe'] },
      { s: '"Those are our neighbours.', speakers: ['Ruth Ellerbe'], direct: true },
      { s: 'They voted where they live," she said.', speakers: ['Ruth Ellerbe'], direct: true },
      { s: "The county's elections director, Harold Pennington, said", speakers: ['Harold Pennington'] },
      { s: 'Observers from both parties would be allowed', speakers: ['Harold Pennington'] },
      { s: 'did not respond to a request for comment', speakers: [], optional: true },
    ],
  },
  {
    name: 'wikinews baltic seals study: according to a study, They found, a lead author and two quotations, a co-author cautioned and He said, organisations have long complained, a chairman said and called on',
    text: `Study finds Baltic seals recovering but still carrying old pollutants

Thursday, September 18, 2025

Grey seals in the Baltic Sea have recovered to about 45,000 animals from fewer than 4,000 in the 1970s, but many still carry high levels of banned chemicals, according to a study published on Wednesday in the journal Marine Pollution Letters.

The researchers, from universities in Finland and Sweden, examined tissue from 312 seals found dead between 2015 and 2023. They found that levels of PCBs had fallen by two thirds since the 1990s but remained above the threshold linked to weakened immune systems in about a fifth of the animals.

Lead author Johanna Kettunen of the University of Turku said the recovery was "one of the great conservation stories of Europe." "But a seal that survives is not the same as a seal that is healthy," she said. "We still see the chemicals our grandparents used."

Co-author Anders Wikström, of Stockholm University, cautioned that the study had looked only at dead seals, which might be sicker than the population as a whole. He said a study of living animals was planned for next year.

Fishermen's organisations in Finland have long complained that the growing seal population damages their nets and catch. Pekka Rantanen, who chairs a fishermen's association on the Åland Islands, said the study "changes nothing for us." He called on the government to raise the annual hunting quota.`,
    claims: [
      {
        s: 'but many still carry high levels of banned chemicals, according to',
        speakers: [
          'a study published on Wednesday in the journal Marine Pollution Letters',
          'study published on Wednesday in the journal Marine Pollution Letters',
          'a study',
          'study',
          'Marine Pollution Letters',
        ],
      },
      { s: 'They found that levels of PCBs had fallen', speakers: RESEARCHERS },
      { s: 'Lead author Johanna Kettunen of the University of Turku said', speakers: ['Johanna Kettunen'] },
      { s: '"But a seal that survives', speakers: ['Johanna Kettunen'], direct: true },
      { s: '"We still see the chemicals', speakers: ['Johanna Kettunen'], direct: true },
      { s: 'Co-author Anders Wikström, of Stockholm University, cautioned', speakers: ['Anders Wikström'] },
      { s: 'He said a study of living animals', speakers: ['Anders Wikström'] },
      {
        s: "Fishermen's organisations in Finland have long complained",
        speakers: ["Fishermen's organisations in Finland", "Fishermen's organisations", 'organisations'],
      },
      { s: 'said the study "changes nothing for us."', speakers: ['Pekka Rantanen'] },
      { s: 'He called on the government to raise', speakers: ['Pekka Rantanen'] },
    ],
  },
  {
    name: 'reuters czech coalition split: a party said it would leave, its leader told a news conference and She said, a prime minister conceded and a quotation split by he told reporters, a ministry statement and it said after a fronted phrase, an opposition leader praised and called for, a poll showed (optional), analysts said and an inverted political scientist',
    text: `Czech coalition partner quits government over pension reform

PRAGUE, Nov 14 (Reuters) - The smaller partner in the Czech governing coalition, the Liberal Alliance, said on Friday it would leave the government in protest at a pension reform that raises the retirement age to 67, leaving Prime Minister Tomáš Hrubeš with a minority in parliament.

Liberal Alliance leader Petra Malinová told a news conference that the reform placed "the whole burden on people who work with their hands." She said her party's three ministers would hand in their resignations on Monday.

Hrubeš conceded that the government would struggle to pass its budget without the party's votes. "We will talk to everyone in parliament. Everyone," he told reporters at the government office. "The reform stays."

The finance ministry said in a statement that the reform would save 0.4% of GDP a year by 2030. Without it, it said, the pension system's deficit would double within a decade.

Opposition leader Radek Vondrášek praised Malinová for "finally listening to voters" and called for an early election. A poll by the STEM agency published on Thursday showed his party leading with 31%.

Analysts said the government could survive with the tacit support of smaller parties. "A minority government in Prague is not unusual. It is uncomfortable," said Jiří Pešek, a political scientist at Charles University.`,
    claims: [
      { s: 'said on Friday it would leave the government', speakers: ['Liberal Alliance'] },
      { s: 'Liberal Alliance leader Petra Malinová told a news conference', speakers: ['Petra Malinová'] },
      { s: "She said her party's three ministers", speakers: ['Petra Malinová'] },
      { s: 'Hrubeš conceded that the government would struggle', speakers: ['Tomáš Hrubeš'] },
      { s: '"We will talk to everyone in parliament.', speakers: ['Tomáš Hrubeš'], direct: true },
      { s: 'Everyone," he told reporters at the government office.', speakers: ['Tomáš Hrubeš'], direct: true },
      { s: '"The reform stays."', speakers: ['Tomáš Hrubeš'], direct: true },
      { s: 'The finance ministry said in a statement', speakers: FIN_MIN },
      { s: "Without it, it said, the pension system's deficit", speakers: FIN_MIN },
      { s: 'Opposition leader Radek Vondrášek praised', speakers: ['Radek Vondrášek'] },
      {
        s: 'A poll by the STEM agency published on Thursday showed',
        speakers: ['A poll by the STEM agency published on Thursday', 'A poll by the STEM agency', 'poll', 'STEM'],
        optional: true,
      },
      { s: 'Analysts said the government could survive', speakers: ['Analysts', 'analysts'] },
      { s: '"A minority government in Prague is not unusual.', speakers: ['Jiří Pešek'], direct: true },
      { s: 'It is uncomfortable," said Jiří Pešek', speakers: ['Jiří Pešek'], direct: true },
    ],
  },
];
