/**
 * Batch 100, written blind by claims38 after its rows, committed before the detector ran on it, and
 * kept as a first-sight check (only its totals are ever printed; no row is fixed against it). Five
 * stories of the two unseen kinds (issue #9): three Wikinews-style reports (a train
 * derailment in India: the railway ministry that "said", a railway spokesman in apposition, a
 * passenger who "told the Press Trust of India", "according to local police"; a new species of
 * frog: "according to a paper published in the journal Zootaxa", a lead author who "said in a news
 * release", a curator quoted; a referendum in Switzerland: "according to official results", a
 * minister who "told a news conference in Bern", a campaign group that "said it would respect")
 * and two Reuters U.S. election stories (a recount: a county election director who "told Reuters",
 * the candidate who "said in a statement that", "a spokesman for the secretary of state said";
 * a fundraising race: "according to filings with the Federal Election Commission", a campaign
 * manager who "wrote in a memo to donors that", a rival's spokeswoman quoted, an analyst after a
 * quotation).
 *
 * As in batches 72–99, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words.
 *
 * At first sight (claims F1 / speaker / direct; totals only, its errors never printed): 1.000
 * (21/21/21) / 1.000 / 1.000.
 */
import type { NewsCase } from './news.cases';

const RAILWAYS = ['railway ministry', 'the railway ministry', "India's railway ministry", 'ministry'];
const SHARMA = ['Anil Sharma', 'Sharma'];
const DEVI = ['Sunita Devi', 'Devi'];
const POLICE = ['local police', 'police'];
const PAPER = ['a paper published on Tuesday in the journal Zootaxa', 'paper', 'a paper', 'Zootaxa', 'journal Zootaxa'];
const MENDOZA = ['Carlos Mendoza', 'Mendoza'];
const FINCH = ['Helen Finch', 'Finch'];
const RESULTS = ['official results', 'results'];
const KELLER = ['Beat Keller', 'Keller'];
const ALLIANCE = ['Alliance for Open Roads', 'alliance', 'campaign group'];
const OLSEN = ['Mary Olsen', 'Olsen'];
const DUARTE = ['Victor Duarte', 'Duarte'];
const SOS_SPOKESMAN = [
  'A spokesman for the secretary of state',
  'spokesman for the secretary of state',
  'spokesman',
  'secretary of state',
];
const FEC = ['filings with the Federal Election Commission', 'Federal Election Commission', 'FEC', 'filings'];
const BRIGGS = ['Tara Briggs', 'Briggs'];
const NOLAN_SPOKESWOMAN = ['Jess Park', 'Park'];
const LOWE = ['Martin Lowe', 'Lowe'];

export const NEWS_CASES_100: NewsCase[] = [
  {
    name: 'Wikinews derailment: the railway ministry said, a spokesman in apposition, a passenger told the Press Trust of India, according to local police',
    text: `Train derailment kills 12 in eastern India

Monday, November 3, 2025

At least 12 people were killed and about 50 injured when an express train derailed in the eastern Indian state of Odisha on Sunday evening, according to local police.

India's railway ministry said eight coaches had left the tracks near the town of Balasore and that rescue work had finished by early Monday. A ministry spokesman, Anil Sharma, said the cause was not yet known and that an inquiry had been ordered.

"There was a loud bang and then the coach turned over. People were screaming," passenger Sunita Devi told the Press Trust of India.

The ministry announced compensation of one million rupees for the family of each person killed.

Sources

"Express train derails in Odisha" — Press Trust of India, November 2, 2025`,
    claims: [
      { s: 'At least 12 people were killed and about 50 injured', speakers: POLICE },
      { s: 'said eight coaches had left the tracks', speakers: RAILWAYS },
      { s: 'said the cause was not yet known', speakers: SHARMA },
      { s: '"There was a loud bang', speakers: DEVI, direct: true },
      { s: 'People were screaming," passenger', speakers: DEVI, direct: true },
      { s: 'The ministry announced compensation', speakers: RAILWAYS, optional: true },
    ],
  },
  {
    name: 'Wikinews new frog: according to a paper published in a journal, a lead author said in a news release, a curator quoted',
    text: `Scientists describe new species of tiny frog in Peru

Thursday, June 12, 2025

A frog no bigger than a fingernail found in the cloud forests of northern Peru is a species new to science, according to a paper published on Tuesday in the journal Zootaxa.

The frog, named Pristimantis nubicola, lives among moss on the forest floor at altitudes of more than 2,500 metres.

Lead author Carlos Mendoza, a biologist at the National University of San Marcos, said in a news release that the species was known from only two sites and was probably endangered.

"Every year we lose forest that has never been surveyed. We are describing species just before they disappear," said Helen Finch, curator of amphibians at the Natural History Museum in London, who was not involved in the study.`,
    claims: [
      { s: 'A frog no bigger than a fingernail', speakers: PAPER },
      { s: 'said in a news release that the species was known', speakers: MENDOZA },
      { s: '"Every year we lose forest', speakers: FINCH, direct: true },
      { s: 'We are describing species just before', speakers: FINCH, direct: true },
    ],
  },
  {
    name: 'Wikinews referendum: according to official results, a minister told a news conference, a campaign group said it would respect',
    text: `Swiss voters reject motorway expansion

Monday, September 29, 2025

Swiss voters on Sunday rejected a government plan to widen six stretches of motorway, with 53.2 percent voting against it, according to official results.

Transport Minister Beat Keller told a news conference in Bern that the government "accepts the verdict of the people" and would put the money into rail instead.

The Alliance for Open Roads, which campaigned for the plan, said it would respect the result but warned that traffic jams would get worse.

Turnout was 45 percent.`,
    claims: [
      { s: 'Swiss voters on Sunday rejected a government plan', speakers: RESULTS },
      { s: 'told a news conference in Bern that the government', speakers: KELLER },
      { s: 'said it would respect the result', speakers: ALLIANCE },
    ],
  },
  {
    name: 'Reuters recount: a county election director told Reuters, a candidate said in a statement that, a spokesman for the secretary of state said',
    text: `Recount begins in tight Wisconsin state Senate race

MADISON, Wisconsin, Nov 18 (Reuters) - Election officials in three Wisconsin counties began a recount on Tuesday in a state Senate race decided by 212 votes, a contest that will settle which party controls the chamber.

Mary Olsen, the election director in Dane County, told Reuters the recount would take about a week. "We are counting every ballot by hand, and we will take the time we need," she said.

Republican Victor Duarte, who trails by 212 votes, said in a statement that he had asked for the recount because of "serious questions" about ballots counted late on election night.

A spokesman for the secretary of state said there was no evidence of any problem with the count.

Recounts in Wisconsin have rarely changed more than a few hundred votes.`,
    claims: [
      { s: 'told Reuters the recount would take about a week', speakers: OLSEN },
      { s: '"We are counting every ballot by hand', speakers: OLSEN, direct: true },
      { s: 'said in a statement that he had asked for the recount', speakers: DUARTE },
      { s: 'said there was no evidence of any problem', speakers: SOS_SPOKESMAN },
      {
        s: 'Recounts in Wisconsin have rarely changed',
        speakers: [],
        optional: true,
      },
    ],
  },
  {
    name: 'Reuters fundraising: according to filings with the FEC, a campaign manager wrote in a memo to donors that, a rival spokeswoman quoted, an analyst after a quotation',
    text: `Briggs outraises Nolan in Pennsylvania House race

WASHINGTON, Oct 16 (Reuters) - Democrat Tara Briggs raised $4.1 million in the third quarter for her bid to unseat Republican Representative Dan Nolan in Pennsylvania, nearly twice as much as Nolan, according to filings with the Federal Election Commission.

Briggs's campaign manager wrote in a memo to donors that the haul showed voters were "ready for a change" and that the campaign would spend most of it on television ads.

"Money doesn't vote. Dan Nolan has won this district three times and he will win it again," said Jess Park, a spokeswoman for Nolan.

"A gap this size usually shows up in the polls a few weeks later," said Martin Lowe, a political scientist at Franklin & Marshall College.`,
    claims: [
      { s: 'Democrat Tara Briggs raised $4.1 million', speakers: FEC },
      {
        s: 'wrote in a memo to donors that the haul showed',
        speakers: [...BRIGGS, "Briggs's campaign manager", 'campaign manager'],
      },
      { s: '"Money doesn\'t vote.', speakers: NOLAN_SPOKESWOMAN, direct: true },
      { s: 'Dan Nolan has won this district three times', speakers: NOLAN_SPOKESWOMAN, direct: true },
      { s: '"A gap this size usually shows up', speakers: LOWE, direct: true },
    ],
  },
];
