/**
 * Batch 121, written blind by claims45 before its rows, committed before the detector ran on it,
 * and kept as a first-sight check (only its totals are ever printed; no row is fixed against it).
 * Five stories in the kinds of writing of batches 119 and 120 (issue #9): a brewer's results call
 * (a chief executive and a finance chief "told analysts", an analyst's question, a paraphrased
 * answer); an obituary of a footballer with quoted tributes (a club statement, a former team-mate,
 * a manager who "said in a post"); two governments' statements on a border crossing (a ministry
 * "said in a statement", a spokeswoman "told a regular briefing", a ministry "said on its website");
 * a mayor's speech quoted over two paragraphs; and a transcript of a school head's interview.
 *
 * As in batches 72–120, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words. Questions put to a speaker are no claims; a one-word answer is
 * optional.
 *
 * At first sight (claims F1 / speaker / direct; totals only, its errors never printed): 0.909
 * (25/26/29) / 0.960 / 0.960.
 */
import type { NewsCase } from './news.cases';

const HARTE = ['Colm Harte', 'Harte'];
const SEFTON = ['Julia Sefton', 'Sefton'];
const OKONJO = ['Tunde Okonjo', 'Okonjo'];
const CLUB = ['Ashby Rovers', 'the club', 'club', 'Rovers'];
const DALEY = ['Mick Daley', 'Daley'];
const RENNIE = ['Sandra Rennie', 'Rennie'];
const KAVALIAN = [
  'The Kavalian interior ministry',
  'Kavalian interior ministry',
  'interior ministry',
  'ministry',
  'The ministry',
];
const SOREN = ['Maja Soren', 'Soren'];
const ESTRAVIAN = [
  "Estravia's foreign ministry",
  'Estravian foreign ministry',
  'foreign ministry',
  'ministry',
  'The ministry',
];
const PAVONE = ['Mayor Lucia Pavone', 'Lucia Pavone', 'Pavone'];
const ODHIAMBO = ['Ruth Odhiambo', 'Odhiambo', 'ODHIAMBO'];

export const NEWS_CASES_121: NewsCase[] = [
  {
    name: "brewer's results call: the group said on Wednesday, a chief executive told analysts that, a quotation then he said, a finance chief said, an analyst asked (no claim), she said in reply that, a broker said",
    text: `Glenmoor Brewing blames wet summer for sales slump

Glenmoor Brewing said on Wednesday that beer volumes fell 9 percent in the three months to June, as one of the wettest summers on record kept drinkers away from pub gardens.

Chief executive Colm Harte told analysts on a conference call that July had been "a washout from start to finish". "You cannot sell a cold lager to someone standing under an umbrella," he said.

The finance chief, Julia Sefton, said the group would still meet its target of cutting debt below 400 million pounds by March.

One analyst asked whether the brewer would sell its chain of 120 pubs in the north-east. Sefton said in reply that the pubs were "not for sale at any price we have been offered".

Tunde Okonjo, a beverages analyst at the broker Marlow Pike, said the results were weaker than expected but that the shares had already fallen far enough.`,
    claims: [
      {
        s: 'Glenmoor Brewing said on Wednesday that beer volumes fell',
        speakers: ['Glenmoor Brewing', 'group', 'the group'],
      },
      { s: 'told analysts on a conference call that July had been', speakers: HARTE },
      {
        s: '"You cannot sell a cold lager to someone standing under an umbrella," he said.',
        speakers: HARTE,
        direct: true,
      },
      { s: 'said the group would still meet its target', speakers: SEFTON },
      { s: 'Sefton said in reply that the pubs were', speakers: SEFTON },
      { s: 'said the results were weaker than expected', speakers: OKONJO },
    ],
  },
  {
    name: "footballer's obituary: the club said in a statement, a quotation then the statement said, a former team-mate told the local paper that, a quotation then he said, a manager said in a post on social media that",
    text: `Billy Carrick, Ashby Rovers captain of the 1970s, dies at 81

Billy Carrick, who captained Ashby Rovers to two promotions in the 1970s, has died at the age of 81, the club said in a statement on Monday.

"Billy was Rovers through and through. He never asked to leave, and we never wanted him to," the statement said.

Mick Daley, who played alongside him in midfield for seven seasons, told the Ashby Herald that Carrick had been the hardest tackler he ever saw. "On the pitch he would kick his own mother. Off it he would give you his last fiver," Daley said.

The current Rovers manager, Sandra Rennie, said in a post on social media that the players would wear black armbands on Saturday.

Carrick leaves his wife, June, two daughters and five grandchildren.`,
    claims: [
      { s: 'has died at the age of 81, the club said in a statement', speakers: CLUB },
      { s: '"Billy was Rovers through and through.', speakers: ['the statement', 'statement', ...CLUB], direct: true },
      {
        s: 'He never asked to leave, and we never wanted him to," the statement said.',
        speakers: ['the statement', 'statement', ...CLUB],
        direct: true,
      },
      { s: 'told the Ashby Herald that Carrick had been', speakers: DALEY },
      { s: '"On the pitch he would kick his own mother.', speakers: DALEY, direct: true },
      { s: 'Off it he would give you his last fiver," Daley said.', speakers: DALEY, direct: true },
      { s: 'said in a post on social media that the players would wear', speakers: RENNIE },
    ],
  },
  {
    name: 'two governments on a border crossing: an interior ministry said in a statement that, a quotation then the ministry said, a spokeswoman told a regular briefing that, the other ministry said on its website, neither said when (no claim)',
    text: `Kavalia shuts Lorn crossing as row with Estravia grows

The Kavalian interior ministry said in a statement on Thursday that the Lorn border crossing would close to lorries from midnight, citing "repeated failures" by Estravian customs to inspect cargo.

"We cannot keep a door open that the other side refuses to watch," the ministry said.

A spokeswoman for Estravia's foreign ministry, Maja Soren, told a regular briefing that the closure broke a transit agreement signed by both countries in 2017. She said Estravia would raise the matter with the regional trade council.

Estravia's foreign ministry said later on its website that it had called in Kavalia's ambassador.

Neither government said when the crossing might reopen. About 1,500 lorries use it each day.`,
    claims: [
      { s: 'said in a statement on Thursday that the Lorn border crossing', speakers: KAVALIAN },
      {
        s: '"We cannot keep a door open that the other side refuses to watch," the ministry',
        speakers: KAVALIAN,
        direct: true,
      },
      { s: 'told a regular briefing that the closure broke', speakers: SOREN },
      { s: 'She said Estravia would raise the matter', speakers: SOREN },
      { s: 'said later on its website that it had called in', speakers: ESTRAVIAN },
    ],
  },
  {
    name: "a mayor's speech over two paragraphs: a quotation opened with she said and carried into the next paragraph, she told the audience that, an opposition leader said … and accused",
    text: `Mayor promises free buses for under-18s in Corlan

Mayor Lucia Pavone used her annual address to the city council on Tuesday to promise free bus travel for everyone under 18 from next September.

"Our young people should not have to choose between a bus fare and a school trip," she said. "This city spends more on parking for its own staff than it would cost to let every teenager ride for nothing.

"I am not asking the council for new money. I am asking it to spend the money it has on the people who will still be here in fifty years."

Pavone told the audience that the scheme would cost about 3 million euros a year.

The leader of the opposition group, Anton Varga, said the promise was "a wish list, not a budget" and accused the mayor of hiding the cost in the transport department's reserves.`,
    claims: [
      { s: '"Our young people should not have to choose', speakers: PAVONE, direct: true },
      { s: '"This city spends more on parking for its own staff', speakers: PAVONE, direct: true },
      { s: '"I am not asking the council for new money.', speakers: PAVONE, direct: true },
      { s: 'I am asking it to spend the money it has', speakers: PAVONE, direct: true },
      { s: 'Pavone told the audience that the scheme would cost', speakers: PAVONE },
      { s: 'said the promise was "a wish list, not a budget"', speakers: ['Anton Varga', 'Varga'] },
    ],
  },
  {
    name: "transcript of a head teacher's interview: the speaker's surname in capitals before each answer, questions that are no claims, a one-word answer",
    text: `Head teacher on why her school dropped homework

Ruth Odhiambo is head of Bellfield Primary School in Dunmere, which stopped setting homework for pupils under nine last year. She spoke to us on Friday. This is an edited transcript.

Q: Why drop homework?

ODHIAMBO: Because it was not working. The children who needed the practice least did it, and the ones who needed it most did not.

Q: Have results fallen?

ODHIAMBO: No. Reading scores went up slightly this year, and so did attendance.

Q: What do parents think?

ODHIAMBO: Most are relieved. A few still ask for worksheets, and we give them.`,
    claims: [
      { s: 'ODHIAMBO: Because it was not working.', speakers: ODHIAMBO, direct: true },
      { s: 'The children who needed the practice least did it', speakers: ODHIAMBO, direct: true },
      { s: 'ODHIAMBO: No.', speakers: ODHIAMBO, direct: true, optional: true },
      { s: 'Reading scores went up slightly this year', speakers: ODHIAMBO, direct: true },
      { s: 'ODHIAMBO: Most are relieved.', speakers: ODHIAMBO, direct: true },
      { s: 'A few still ask for worksheets, and we give them.', speakers: ODHIAMBO, direct: true },
    ],
  },
];
