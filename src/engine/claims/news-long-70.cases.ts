/**
 * Batch 70, written blind by claims26b and committed before the detector ran on it, and kept as a
 * first-sight check of speakers: no row is fixed against it (only its totals are ever printed).
 * Three stories dense in speakers, in the manner of Reuters politics wires and U.S. election
 * coverage: a Nevada Senate race (an accusation answered by "her campaign", a candidate by
 * surname then "he" over two quoted sentences, a campaign's statement and its spokeswoman after
 * her quotation, a spokesman named in apposition and "He said" after him, two unnamed strategists
 * and "One of them", the rival who "told reporters" and a quotation of hers running over two
 * paragraphs, figures "according to" an office); a Reuters Kenyan tax story (a ministry defending
 * "saying", a treasury secretary over a "told", "He said" and two quoted sentences, an opposition
 * leader in apposition who said and "She accused", a spokesman who "told Reuters" and an answer
 * after a colon, two ministry officials and "One of them", a witness at the end of a sentence, an
 * inverted motorcycle taxi driver, "The ministry said" and "It said"); an AP Georgia House race (a
 * campaign that said, an inverted campaign manager, "Her Democratic opponent" named in apposition
 * and "He told", "Webb said" before a quotation over two paragraphs, a station and its news
 * director, "The campaign disputed that", "A spokesman said", the candidate by surname after an
 * "asked about" aside and "She said", "According to a Pruitt aide", a campaign that said it had
 * received no proposal, analysts, an inverted political scientist).
 */
import type { NewsCase } from './news.cases';

export const NEWS_CASES_70: NewsCase[] = [
  {
    name: 'reuters nevada senate race: accused and her campaign called, he said over two quotations, a campaign statement and an inverted spokeswoman, a spokesman in apposition and He said, two strategists and One of them, told reporters and a quotation over two paragraphs, according to figures',
    text: `Nevada Senate race tightens as candidates trade charges over water

ELKO, Nev., Oct 14 (Reuters) - Republican Senate candidate Derek Halvorsen on Tuesday accused his Democratic rival of planning to divert water from rural Nevada to Las Vegas, a charge her campaign called "a fabrication."

Speaking to about 300 supporters at a rodeo ground in Elko, Halvorsen said Senator Maria Quintero had voted three times to fund a study of a pipeline from the northern valleys. "She wants to take your water and send it down the highway," he said. "I will not let that happen."

Quintero's campaign said in a statement that she had never backed the pipeline and that the votes Halvorsen cited were on broader spending bills. "Derek Halvorsen knows this is false," said Tessa Lund, a campaign spokeswoman. "He is running on fear because he has no plan for this state."

A spokesman for Halvorsen, Ray Dunmore, said the campaign stood by its advertisement. He said the senator's votes "speak for themselves."

The race is one of a handful that could decide control of the Senate. A poll by the University of Nevada released on Monday showed Quintero ahead by one percentage point, within the margin of error.

Two Republican strategists working on Senate races said national party groups planned to spend another $20 million in the state before Election Day. One of them said the water issue was testing well in rural counties. They spoke on condition of anonymity to discuss internal research.

Quintero, campaigning in Reno later on Tuesday, did not address the charge directly. She told reporters that voters cared more about housing costs than about "ads paid for in Washington."

"People here are paying half of what they earn in rent," she said. "They want to know who is going to build houses.

"That is the question in this race, not a pipeline that nobody is building."

Early voting turnout was running 8% ahead of the 2022 midterms, according to figures published by the Nevada secretary of state's office.`,
    claims: [
      { s: 'Republican Senate candidate Derek Halvorsen on Tuesday accused', speakers: ['Derek Halvorsen'] },
      { s: 'Halvorsen said Senator Maria Quintero had voted', speakers: ['Derek Halvorsen'] },
      { s: '"She wants to take your water', speakers: ['Derek Halvorsen'], direct: true },
      { s: '"I will not let that happen."', speakers: ['Derek Halvorsen'], direct: true },
      {
        s: "Quintero's campaign said in a statement",
        speakers: ["Quintero's campaign", "Maria Quintero's campaign", 'campaign'],
      },
      { s: '"Derek Halvorsen knows this is false,"', speakers: ['Tessa Lund'], direct: true },
      { s: '"He is running on fear', speakers: ['Tessa Lund'], direct: true },
      { s: 'A spokesman for Halvorsen, Ray Dunmore, said', speakers: ['Ray Dunmore'] },
      { s: "He said the senator's votes", speakers: ['Ray Dunmore'] },
      { s: 'A poll by the University of Nevada', speakers: [], optional: true },
      {
        s: 'Two Republican strategists working on Senate races said',
        speakers: ['Two Republican strategists', 'Republican strategists', 'strategists'],
      },
      {
        s: 'One of them said the water issue',
        speakers: ['One of them', 'Two Republican strategists', 'Republican strategists', 'strategists'],
      },
      { s: 'She told reporters that voters cared', speakers: ['Maria Quintero'] },
      { s: '"People here are paying half', speakers: ['Maria Quintero'], direct: true },
      { s: '"They want to know who is going to build houses.', speakers: ['Maria Quintero'], direct: true },
      { s: '"That is the question in this race', speakers: ['Maria Quintero'], direct: true },
      {
        s: "according to figures published by the Nevada secretary of state's office",
        speakers: [
          "figures published by the Nevada secretary of state's office",
          "Nevada secretary of state's office",
          "secretary of state's office",
          'figures',
        ],
      },
    ],
  },
  {
    name: 'reuters kenya mobile money levy: a ministry defending saying, told a committee and He said, an opposition leader in apposition and She accused, a spokesman told Reuters and said after a colon, two officials and One of them, a witness said, an inverted taxi driver, The ministry said and It said',
    text: `Kenya's finance ministry defends mobile money levy as protests spread

NAIROBI, June 3 (Reuters) - Kenya's finance ministry on Tuesday defended a proposed levy on mobile money transfers, saying it was needed to close a budget gap, as protests against the plan spread to three more towns.

Treasury Secretary Joseph Kiprono told a parliamentary committee that the levy would raise about 40 billion shillings ($310 million) a year. He said the government had already cut spending on foreign travel and new vehicles.

"We have looked everywhere else first," Kiprono said. "There is no painless option left."

Opposition lawmakers walked out of the session. Their leader on the committee, Esther Wambui, said the levy would hit market traders who could least afford it. She accused the ministry of "taxing the poorest Kenyans to pay for the government's mistakes."

A government spokesman, Isaac Mwangi, told Reuters the levy was not final and could be amended before the budget vote on June 20. Asked whether the president supported it, he said: "The president supports a balanced budget."

Two officials at the ministry said the cabinet was split over the plan. One of them said at least four ministers had asked for the levy to be dropped. The officials asked not to be named because they were not authorised to speak to the media.

Police in Kisumu fired tear gas at several hundred protesters who had blocked a road into the city centre, a witness said.

"They came with tear gas and we came with our phones," said Brian Otieno, 24, a motorcycle taxi driver who joined the protest. "We just want them to hear us."

The ministry said in a statement late on Tuesday that it would meet traders' groups this week. It said it was "open to every proposal that keeps the budget on track."

Safaricom, the country's largest mobile money provider, declined to comment.`,
    claims: [
      {
        s: "Kenya's finance ministry on Tuesday defended a proposed levy",
        speakers: ["Kenya's finance ministry", 'finance ministry', 'ministry'],
      },
      { s: 'Treasury Secretary Joseph Kiprono told a parliamentary committee', speakers: ['Joseph Kiprono'] },
      { s: 'He said the government had already cut spending', speakers: ['Joseph Kiprono'] },
      { s: '"We have looked everywhere else first,"', speakers: ['Joseph Kiprono'], direct: true },
      { s: '"There is no painless option left."', speakers: ['Joseph Kiprono'], direct: true },
      { s: 'Their leader on the committee, Esther Wambui, said', speakers: ['Esther Wambui'] },
      { s: 'She accused the ministry of', speakers: ['Esther Wambui'] },
      { s: 'A government spokesman, Isaac Mwangi, told Reuters', speakers: ['Isaac Mwangi'] },
      { s: 'Asked whether the president supported it, he said:', speakers: ['Isaac Mwangi'], direct: true },
      {
        s: 'Two officials at the ministry said the cabinet',
        speakers: ['Two officials at the ministry', 'officials at the ministry', 'Two officials', 'officials'],
      },
      {
        s: 'One of them said at least four ministers',
        speakers: ['One of them', 'Two officials at the ministry', 'officials at the ministry', 'officials'],
      },
      { s: 'Police in Kisumu fired tear gas', speakers: ['a witness', 'witness'] },
      { s: '"They came with tear gas', speakers: ['Brian Otieno'], direct: true },
      { s: '"We just want them to hear us."', speakers: ['Brian Otieno'], direct: true },
      {
        s: 'The ministry said in a statement late on Tuesday',
        speakers: ["Kenya's finance ministry", 'finance ministry', 'ministry'],
      },
      {
        s: 'It said it was "open to every proposal',
        speakers: ["Kenya's finance ministry", 'finance ministry', 'ministry'],
      },
    ],
  },
  {
    name: 'ap georgia house race: a campaign said and an inverted campaign manager, her opponent in apposition was not persuaded and He told, Webb said over two paragraphs, a station said and its news director, The campaign disputed that and A spokesman said, asked about and She said, according to an aide, analysts and an inverted political scientist',
    text: `Georgia House rivals fight over a debate that never happened

ATLANTA (AP) — The Republican candidate in Georgia's 6th Congressional District pulled out of a televised debate on Sunday, and her opponent spent the evening talking to an empty lectern.

Lauren Pruitt's campaign said she had a scheduling conflict with a church event in Marietta. "Lauren made a commitment to that congregation months ago, and she keeps her commitments," said Cole Brandt, her campaign manager.

Her Democratic opponent, state Sen. Marcus Webb, was not persuaded. He told the audience at the Atlanta studio that Pruitt was "hiding from voters" because of her votes on the state budget.

"She has had six weeks to pick a date," Webb said. "She picked none of them.

"I will debate her anywhere, any day, on any channel."

The station, WXGA, said it had offered the candidates four dates. Its news director, Paula Hines, said Pruitt's campaign had agreed to Sunday in writing last month.

The Pruitt campaign disputed that. A spokesman said the agreement had been "tentative" and that the station knew it.

Pruitt, asked about the debate at a diner in Roswell on Monday, said she would "happily" face Webb in October. She said her opponent was "more interested in stunts than in solutions."

According to a Pruitt aide, the campaign has proposed two dates in October. The aide spoke on condition of anonymity because the talks were private.

Webb's campaign said it had received no such proposal.

Political analysts said the empty lectern could hurt Pruitt in a district she won by 11 points two years ago. "Voters notice when someone doesn't show up," said Dana Kirkland, a political scientist at Emory University. "It becomes the story."`,
    claims: [
      {
        s: "Lauren Pruitt's campaign said she had a scheduling conflict",
        speakers: ["Lauren Pruitt's campaign", "Pruitt's campaign", 'campaign'],
      },
      { s: '"Lauren made a commitment', speakers: ['Cole Brandt'], direct: true },
      { s: 'He told the audience at the Atlanta studio', speakers: ['Marcus Webb'] },
      { s: '"She has had six weeks to pick a date,"', speakers: ['Marcus Webb'], direct: true },
      { s: '"She picked none of them.', speakers: ['Marcus Webb'], direct: true },
      { s: '"I will debate her anywhere', speakers: ['Marcus Webb'], direct: true },
      { s: 'The station, WXGA, said it had offered', speakers: ['WXGA', 'station'] },
      { s: 'Its news director, Paula Hines, said', speakers: ['Paula Hines'] },
      {
        s: 'The Pruitt campaign disputed that.',
        speakers: ['Pruitt campaign', "Pruitt's campaign", "Lauren Pruitt's campaign", 'campaign'],
        optional: true,
      },
      {
        s: 'A spokesman said the agreement had been',
        speakers: ['A spokesman', 'spokesman', 'Pruitt campaign', "Pruitt's campaign", "Lauren Pruitt's campaign"],
      },
      { s: 'said she would "happily" face Webb', speakers: ['Lauren Pruitt'] },
      { s: 'She said her opponent was', speakers: ['Lauren Pruitt'] },
      { s: 'According to a Pruitt aide', speakers: ['a Pruitt aide', 'Pruitt aide', 'aide'] },
      {
        s: "Webb's campaign said it had received",
        speakers: ["Webb's campaign", "Marcus Webb's campaign", 'campaign'],
      },
      {
        s: 'Political analysts said the empty lectern',
        speakers: ['Political analysts', 'analysts'],
      },
      { s: '"Voters notice when someone', speakers: ['Dana Kirkland'], direct: true },
      { s: '"It becomes the story."', speakers: ['Dana Kirkland'], direct: true },
    ],
  },
];
