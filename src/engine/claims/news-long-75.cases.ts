/**
 * Batch 75, written blind by claims29b and committed before the detector ran on it, and kept as a
 * first-sight check of set B's kind (only its totals are ever printed; no row is fixed against
 * it). Five U.S. election and court stories: an AP Michigan canvass board that certifies after a
 * standoff (a board chair who "said" and "she said" after a quotation, a member who voted no and
 * "He said", a county clerk who "told the board" and "she said" after a reported clause, a state
 * bureau "said in a statement" and "according to the bureau", a winner who "called", an opponent's
 * campaign); a Reuters federal judge blocking a voter-roll purge (a judge who "wrote" and "Mbarushimana
 * wrote", a state office that "said it would appeal", a spokeswoman "said in an email" after a
 * paraphrase, a voter inverted after a quotation, "Lawyers for the state had argued", "he wrote"
 * in a split paraphrase, a party that "praised" and its chair "In a statement"); an AP Montana
 * recount (an election administrator inverted after a quotation and "She said", a campaign "said
 * in a statement" and "the statement said", a winner who "thanked … and said", a party, a party's
 * spokesman in apposition, "according to the county"); a Reuters state supreme court ruling
 * (majority and dissent: "Writing for the majority, Justice X said", "X wrote", "In a dissent,
 * Justice Y said" and "She wrote", a group that "said" and its director who "told Reuters" and
 * "he said", a party that "welcomed the ruling, saying"); and an AP Iowa ballot lawsuit ("The
 * lawsuit … argues" and "It says", "according to unofficial results", a campaign spokesman "said in
 * a statement", a campaign that "called the suit", a campaign manager in apposition, an auditor who
 * "said" and "told reporters", "according to a court filing", a party's statement, a party that did
 * not respond).
 *
 * As in batches 72–74, a description of a named body counts only resolved ("the bureau" → the
 * Michigan Bureau of Elections); a campaign or a document without a name of its own keeps its own
 * words or its candidate's name.
 *
 * At first sight (claims F1 / speaker / direct; totals only, its errors never printed): 0.960
 * (48/50/50) / 0.958 / 0.979, meeting the ordinary floors. Unchanged after claims29b's rows
 * (fixed against batch 74 only).
 */
import type { NewsCase } from './news.cases';

const BUREAU = ['Michigan Bureau of Elections', 'Bureau of Elections'];
const NE_SOS = ["Nebraska Secretary of State's office", "Secretary of State's office"];
const AASLAND_CAMPAIGN = [
  "Aasland's campaign",
  "Ingrid Aasland's campaign",
  'Aasland campaign',
  'campaign',
  'Ingrid Aasland',
  'statement',
];
const LAWSUIT = [
  'lawsuit',
  'The lawsuit',
  'Colin Mattingly',
  "Mattingly's campaign",
  'Mattingly campaign',
  'campaign of Republican Colin Mattingly',
  'campaign',
];

export const NEWS_CASES_75: NewsCase[] = [
  {
    name: 'ap michigan canvass board: a chair said and she said after a quotation, a member voted no and He said, a clerk told the board and she said, a bureau in a statement and according to the bureau, a winner called, an opponent campaign said',
    text: `Lenawee County board certifies results after daylong standoff

ADRIAN, Mich. (AP) — A southern Michigan county's board of canvassers voted 3-1 on Tuesday to certify the results of last week's election, hours after its two Republican members had said they would not sign off until a dispute over a handful of unbalanced precincts was resolved.

Board chair Phyllis Van Dorn, a Republican, said she had been satisfied by explanations from the county clerk's office that the discrepancies, which involved 19 ballots in four precincts, were the result of clerical errors. "Our job is not to audit the election. Our job is to certify it," she said.

The other Republican on the board, Glenn Hoekstra, voted no. He said the board had been given "an answer, not an explanation."

County Clerk Marisol Treviño told the board that every precinct's poll book had been checked twice. The four precincts were out of balance by no more than seven ballots each, she said, a common result of voters leaving with a ballot or of a spoiled ballot placed in the wrong envelope.

The Michigan Bureau of Elections said in a statement that it had been in contact with the county throughout the day. State law gives county boards 14 days after an election to certify its results, and a board that refuses can be ordered to do so by a court, according to the bureau.

Democrat Keisha Brandvold, who won the county's state House seat by 212 votes, called the delay "a stunt that insulted every poll worker in this county." The campaign of her Republican opponent, Doug Dykstra, said it would not seek a recount.`,
    claims: [
      {
        s: 'hours after its two Republican members had said they would not sign off',
        speakers: ['two Republican members', 'Republican members', 'members'],
        optional: true,
      },
      { s: 'Board chair Phyllis Van Dorn, a Republican, said', speakers: ['Phyllis Van Dorn'] },
      { s: '"Our job is not to audit the election.', speakers: ['Phyllis Van Dorn'], direct: true },
      { s: 'Our job is to certify it," she said.', speakers: ['Phyllis Van Dorn'], direct: true },
      { s: 'He said the board had been given', speakers: ['Glenn Hoekstra'] },
      { s: 'County Clerk Marisol Treviño told the board', speakers: ['Marisol Treviño'] },
      { s: 'The four precincts were out of balance', speakers: ['Marisol Treviño'] },
      { s: 'The Michigan Bureau of Elections said in a statement', speakers: BUREAU },
      { s: 'State law gives county boards 14 days', speakers: BUREAU },
      { s: 'called the delay "a stunt', speakers: ['Keisha Brandvold'] },
      {
        s: 'The campaign of her Republican opponent, Doug Dykstra, said',
        speakers: [
          'The campaign of her Republican opponent, Doug Dykstra',
          'campaign of her Republican opponent',
          "Doug Dykstra's campaign",
          'Dykstra campaign',
          'campaign',
          'Doug Dykstra',
        ],
      },
    ],
  },
  {
    name: 'reuters nebraska voter rolls: a judge wrote and the judge wrote after a quotation, a state office said it would appeal, a spokeswoman in an email after a paraphrase, a voter inverted, lawyers had argued, he wrote in a split paraphrase, a party praised and its chair in a statement',
    text: `U.S. judge blocks Nebraska from removing 38,000 voters from rolls before election

LINCOLN, Neb., Oct 3 (Reuters) - A federal judge on Thursday blocked Nebraska from removing about 38,000 people from its voter rolls, ruling that the state had started the process too close to the Nov. 5 election to comply with federal law.

U.S. District Judge Raymond Mbarushimana in Lincoln wrote that the National Voter Registration Act bars states from "systematically" removing voters within 90 days of a federal election. "The statute draws a bright line, and the State crossed it," Mbarushimana wrote in a 24-page opinion.

The Nebraska Secretary of State's office said it would appeal the ruling. The office had only removed voters who had died or moved out of the state, a spokeswoman, Tara Tennant, said in an email.

The lawsuit was brought by the League of Women Voters of Nebraska and two voters who had received notices that they would be removed even though they had not moved.

"I have lived in the same house for 31 years," said one of them, Harold Nkemelu, a retired postal worker from Omaha. "I got a letter telling me I didn't live there."

Lawyers for the state had argued that the removals were routine maintenance of the voter list. Routine or not, the judge wrote, the timing "is precisely what Congress forbade."

The Nebraska Democratic Party praised the ruling. In a statement, party chair Lorena Castañeda said it would "protect thousands of eligible voters from being turned away at the polls."`,
    claims: [
      {
        s: 'ruling that the state had started the process too close',
        speakers: ['Raymond Mbarushimana', 'federal judge'],
        optional: true,
      },
      { s: 'U.S. District Judge Raymond Mbarushimana in Lincoln wrote', speakers: ['Raymond Mbarushimana'] },
      { s: '"The statute draws a bright line', speakers: ['Raymond Mbarushimana'], direct: true },
      { s: "The Nebraska Secretary of State's office said it would appeal", speakers: NE_SOS },
      { s: 'The office had only removed voters who had died', speakers: ['Tara Tennant'] },
      { s: '"I have lived in the same house for 31 years,"', speakers: ['Harold Nkemelu'], direct: true },
      { s: '"I got a letter telling me', speakers: ['Harold Nkemelu'], direct: true },
      {
        s: 'Lawyers for the state had argued',
        speakers: ['Lawyers for the state', 'Lawyers', 'Nebraska'],
      },
      { s: 'Routine or not, the judge wrote', speakers: ['Raymond Mbarushimana'] },
      { s: 'The Nebraska Democratic Party praised the ruling.', speakers: ['Nebraska Democratic Party'] },
      { s: 'In a statement, party chair Lorena Castañeda said', speakers: ['Lorena Castañeda'] },
    ],
  },
  {
    name: 'ap montana recount: an administrator inverted after a quotation and She said, a campaign in a statement and the statement said, a winner thanked and said, a party said, a party spokesman in apposition, according to the county',
    text: `Recount confirms 9-vote win in Montana legislative race

HELENA, Mont. (AP) — A recount on Friday confirmed that Republican Dale Ostrander won a seat in the Montana Senate by nine votes over Democrat Ingrid Aasland, two weeks after election night ended with the pair separated by 11.

The recount board in Lewis and Clark County found two more ballots for Aasland that machines had not read because voters had circled her name rather than filling in the oval.

"Two votes moved. Nine remain. That is what a recount is for," said Lewis and Clark County Election Administrator Nadine Bouchard. She said the hand count had taken 14 hours.

Aasland's campaign said in a statement that she had called Ostrander to concede. "Ingrid ran to give this district a voice in Helena, and she will keep doing that outside the Capitol," the statement said.

Ostrander thanked poll workers and said he would "work for every person in this district, including the 4,112 who voted for my opponent."

The Montana Republican Party said the result showed that "every vote really does count." A spokesman for the state Democratic Party, Eli Whitford, said the party would look at why so many ballots had been marked in ways machines could not read.

Aasland's request for a recount was paid for by her campaign because the margin was larger than the quarter of a percentage point that triggers a free one, according to the county.`,
    claims: [
      { s: 'A recount on Friday confirmed that', speakers: ['recount', 'A recount'], optional: true },
      { s: '"Two votes moved.', speakers: ['Nadine Bouchard'], direct: true },
      { s: 'Nine remain.', speakers: ['Nadine Bouchard'], direct: true },
      { s: 'That is what a recount is for," said', speakers: ['Nadine Bouchard'], direct: true },
      { s: 'She said the hand count had taken 14 hours.', speakers: ['Nadine Bouchard'] },
      { s: "Aasland's campaign said in a statement", speakers: AASLAND_CAMPAIGN },
      { s: '"Ingrid ran to give this district a voice', speakers: AASLAND_CAMPAIGN, direct: true },
      { s: 'Ostrander thanked poll workers and said', speakers: ['Dale Ostrander'] },
      { s: 'The Montana Republican Party said the result', speakers: ['Montana Republican Party'] },
      { s: 'A spokesman for the state Democratic Party, Eli Whitford, said', speakers: ['Eli Whitford'] },
      {
        s: "Aasland's request for a recount was paid for",
        speakers: ['Lewis and Clark County'],
      },
    ],
  },
  {
    name: 'reuters oklahoma supreme court: ruling 6-3 (optional), writing for the majority a justice said and wrote, in a dissent a justice said and She wrote, a group said and its director told Reuters and he said, a party welcomed the ruling saying',
    text: `Oklahoma top court strikes redistricting measure from November ballot

OKLAHOMA CITY, Sept 12 (Reuters) - Oklahoma's Supreme Court on Thursday ordered a proposed constitutional amendment creating an independent redistricting commission removed from the November ballot, ruling 6-3 that its petition summary had misled the voters who signed it.

Writing for the majority, Justice Cordell Ames said the summary "told signers what the measure would create but not what it would abolish," namely the Legislature's power to draw district lines. "A voter cannot consent to what he was never told," Ames wrote.

In a dissent, Justice Miriam Thackeray said the court had set a standard "no petition in this state's history could meet." She wrote that the summary had used all of the 200 words allowed by law and could not have described every effect of the measure.

Fair Maps Oklahoma, the group behind the petition, said it was "devastated" by the decision and would try again in 2026. Its director, Nathaniel Quaid, told Reuters the group had gathered more than 240,000 signatures. "Those people knew exactly what they were signing," he said.

The Oklahoma Republican Party welcomed the ruling, saying in a statement that the Legislature "answers to the voters every two years."`,
    claims: [
      {
        s: 'ruling 6-3 that its petition summary had misled',
        speakers: ["Oklahoma's Supreme Court", 'Supreme Court', 'Oklahoma Supreme Court'],
        optional: true,
      },
      { s: 'Writing for the majority, Justice Cordell Ames said', speakers: ['Cordell Ames'] },
      { s: '"A voter cannot consent to what he was never told,"', speakers: ['Cordell Ames'], direct: true },
      { s: 'In a dissent, Justice Miriam Thackeray said', speakers: ['Miriam Thackeray'] },
      { s: 'She wrote that the summary had used all of the 200 words', speakers: ['Miriam Thackeray'] },
      { s: 'Fair Maps Oklahoma, the group behind the petition, said', speakers: ['Fair Maps Oklahoma'] },
      { s: 'Its director, Nathaniel Quaid, told Reuters', speakers: ['Nathaniel Quaid'] },
      { s: '"Those people knew exactly what they were signing,"', speakers: ['Nathaniel Quaid'], direct: true },
      {
        s: 'The Oklahoma Republican Party welcomed the ruling, saying',
        speakers: ['Oklahoma Republican Party'],
      },
    ],
  },
  {
    name: 'ap iowa absentee ballot lawsuit: the lawsuit argues and It says, according to unofficial results, a campaign spokesman in a statement, a campaign called the suit, a campaign manager in apposition, an auditor said and told reporters, according to a court filing, a party in a statement, no response',
    text: `Iowa congressional race heads to court over late absentee ballots

DES MOINES, Iowa (AP) — The Republican candidate in Iowa's 3rd Congressional District sued Polk County's auditor on Monday, asking a judge to bar the county from counting about 300 absentee ballots that arrived after Election Day in envelopes without a legible postmark.

The lawsuit, filed in state district court by the campaign of Republican Colin Mattingly, argues that Iowa law requires absentee ballots to be received by the time polls close. It says the county has no way of knowing when the ballots were mailed.

Mattingly trails Democratic Rep. Yolanda Prince by 187 votes with all precincts reporting, according to unofficial results.

"We are not asking for a single legal vote to be thrown out. We are asking the county to follow the law as it is written," Mattingly campaign spokesman Trent Kimsey said in a statement.

Prince's campaign called the suit "a desperate attempt to overturn the will of voters." Her campaign manager, Dana Rivas-Holt, said every one of the ballots had been "mailed on time by Iowans who did everything right."

Polk County Auditor Gerald Whitmire said his office had followed guidance from the Iowa Secretary of State, which allows ballots without a legible postmark to be counted if they arrive by noon on the Monday after the election. "We did not invent this rule," Whitmire told reporters. "We followed it."

A hearing is set for Thursday before District Judge Colleen Danforth. The judge ordered the county to keep the disputed ballots separate until then, according to a court filing.

The Iowa Democratic Party said in a statement that Republicans were "trying to win in court what they lost at the ballot box." The state Republican Party did not respond to a request for comment.`,
    claims: [
      { s: 'argues that Iowa law requires absentee ballots', speakers: LAWSUIT },
      { s: 'It says the county has no way of knowing', speakers: LAWSUIT },
      { s: 'Mattingly trails Democratic Rep. Yolanda Prince', speakers: ['unofficial results', 'results'] },
      { s: '"We are not asking for a single legal vote', speakers: ['Trent Kimsey'], direct: true },
      { s: 'We are asking the county to follow the law', speakers: ['Trent Kimsey'], direct: true },
      {
        s: "Prince's campaign called the suit",
        speakers: ["Prince's campaign", "Yolanda Prince's campaign", 'Prince campaign', 'campaign'],
      },
      { s: 'Her campaign manager, Dana Rivas-Holt, said', speakers: ['Dana Rivas-Holt'] },
      { s: 'Polk County Auditor Gerald Whitmire said his office', speakers: ['Gerald Whitmire'] },
      { s: '"We did not invent this rule,"', speakers: ['Gerald Whitmire'], direct: true },
      { s: '"We followed it."', speakers: ['Gerald Whitmire'], direct: true },
      {
        s: 'The judge ordered the county to keep the disputed ballots separate',
        speakers: ['a court filing', 'court filing'],
      },
      { s: 'The Iowa Democratic Party said in a statement', speakers: ['Iowa Democratic Party'] },
      { s: 'did not respond to a request for comment', speakers: [], optional: true },
    ],
  },
];
