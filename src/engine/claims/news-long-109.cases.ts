/**
 * Batch 109, written blind by claims41 before its rows, committed before the detector ran on it,
 * and kept as a first-sight check (only its totals are ever printed; no row is fixed against it).
 * Five stories in the kinds of writing of batches 107 and 108 (issue #9): a world brief quoting
 * outlets ("told Al-Sharq television", "the official news agency said", "a report in … said",
 * "state television showed"); a Reuters wire on a probe with anonymous sources ("according to two
 * people briefed on the inquiry", "one official said", "a third source said", "a spokesman said
 * the company was cooperating", "declined to comment"); a long interview quotation in ''…'' marks
 * and « » marks; an organisation's statements ("the federation said in a statement posted on its
 * website", "the club said in a filing", "did not reply to emails"); and a referendum with a crowd
 * and polls ("voters interviewed outside polling stations said", "a survey … showed", "the crowd
 * chanted").
 *
 * As in batches 72–108, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words. A refusal to comment is optional with no speaker to check.
 *
 * At first sight (claims F1 / speaker / direct; totals only, its errors never printed): 0.979
 * (23/23/24) / 0.957 / 1.000. After claims41's rows (scored after them, totals only): 1.000
 * (24/24/24) / 0.958 / 0.958 — the row cue.verb.chant finds one claim more (with the chant row
 * switched off the totals are the first sight's), and one direct flag is then wrong.
 */
import type { NewsCase } from './news.cases';

const HASSAN = ['Karim Hassan', 'Hassan'];
const AGENCY = ['the official news agency', 'official news agency', 'agency', 'news agency'];
const REPORT = ['A report in the Gulf Herald', 'report', 'Gulf Herald', 'the Gulf Herald'];
const BRIEFED = ['two people briefed on the inquiry', 'people briefed on the inquiry', 'two people'];
const OFFICIAL = ['One official', 'official', 'one official'];
const THIRD = ['A third source', 'source', 'third source'];
const PIKE = ['Jonah Pike', 'Pike'];
const BERGER = ['Anna Berger', 'Berger'];
const ROUSSEAU = ['Claire Rousseau', 'Rousseau'];
const FEDERATION = ['Northland Football Federation', 'federation', 'The federation'];
const ROVERS = ['Dunmore Rovers', 'Rovers', 'club'];
const VOTERS = ['Voters interviewed outside polling stations', 'voters', 'Voters'];
const SURVEY = ['A survey by the Institute for Civic Research', 'survey', 'Institute for Civic Research'];
const CROWD = ['the crowd', 'crowd', 'The crowd'];
const LINDGREN = ['Sofia Lindgren', 'Lindgren'];

export const NEWS_CASES_109: NewsCase[] = [
  {
    name: 'world brief quoting outlets: a minister told a television channel, the official news agency said, a report in a named paper said, state television showed, a spokesman said',
    text: `Qaradan frees detained aid workers

Saturday, June 6, 2026

Authorities in Qaradan have released four foreign aid workers who had been held for three weeks on charges of entering a closed border zone.

Foreign Minister Karim Hassan told Al-Sharq television on Friday that the workers had been freed "as a gesture of goodwill" after talks with their governments.

The four were flown to the capital overnight and would leave the country on Sunday, the official news agency said. A report in the Gulf Herald said one of the workers had needed hospital treatment during detention.

A spokesman for the aid group said it was "overjoyed" and would resume its work in the region once it was safe.`,
    claims: [
      { s: 'told Al-Sharq television on Friday that the workers', speakers: HASSAN },
      { s: 'The four were flown to the capital overnight', speakers: AGENCY },
      { s: 'A report in the Gulf Herald said one of the workers', speakers: REPORT },
      {
        s: 'A spokesman for the aid group said it was "overjoyed"',
        speakers: ['A spokesman for the aid group', 'spokesman', 'aid group'],
      },
    ],
  },
  {
    name: 'Reuters probe wire: according to two people briefed on the inquiry, one official said, a third source said, a spokesman said the company was cooperating and declined to comment further, the regulator did not respond',
    text: `Regulators probe Trellis Energy over gas price reports - sources

HOUSTON, Aug 3 (Reuters) - U.S. regulators are investigating whether Trellis Energy misreported prices to index publishers during a cold snap in 2025, according to two people briefed on the inquiry.

The inquiry began after a trader at another firm complained about unusual price reports, one official said. A third source said investigators had asked Trellis for emails from four traders.

A Trellis spokesman, Jonah Pike, said the company was cooperating fully with regulators, and declined to comment further. The Federal Energy Regulatory Commission did not respond to a request for comment.

Trellis shares fell 3% on Monday.`,
    claims: [
      { s: 'U.S. regulators are investigating whether Trellis Energy', speakers: BRIEFED },
      { s: 'The inquiry began after a trader at another firm', speakers: OFFICIAL },
      { s: 'A third source said investigators had asked', speakers: THIRD },
      { s: 'said the company was cooperating fully with regulators', speakers: PIKE },
      { s: 'did not respond to a request for comment', speakers: [], optional: true },
    ],
  },
  {
    name: "long interview quotations: ''…'' over two paragraphs with said between, then « … » a quotation of two sentences with a tag after the first",
    text: `At 90, a conductor still counts the beats

VIENNA — Anna Berger gave her first concert at 19 and her last, she insists, has not yet been scheduled.

''People ask me when I will stop,'' Ms. Berger said in her apartment, a score open on the piano. ''I tell them I will stop when the orchestra stops listening. So far they listen.

''The hands are slower now. The ears are not,'' she said.

Her longtime assistant, Claire Rousseau, who has worked with her since 1998, laughed at the question. « Elle a plus d'énergie que moi », she said. « Le matin, c'est elle qui m'appelle. »`,
    claims: [
      { s: 'her last, she insists, has not yet been scheduled', speakers: BERGER, optional: true },
      { s: "''People ask me when I will stop,'' Ms. Berger said", speakers: BERGER, direct: true },
      { s: "''I tell them I will stop when the orchestra stops listening.", speakers: BERGER, direct: true },
      { s: 'So far they listen.', speakers: BERGER, direct: true },
      { s: "''The hands are slower now.", speakers: BERGER, direct: true },
      { s: "The ears are not,'' she said.", speakers: BERGER, direct: true },
      { s: "« Elle a plus d'énergie que moi », she said.", speakers: ROUSSEAU, direct: true },
      { s: "« Le matin, c'est elle qui m'appelle. »", speakers: ROUSSEAU, direct: true },
    ],
  },
  {
    name: 'a federation statement and a club filing: the federation said in a statement posted on its website that, the club said in a filing to the stock exchange, its chairman did not reply to emails, a fans group said',
    text: `Dunmore Rovers docked 10 points over unpaid wages

The Northland Football Federation said in a statement posted on its website on Wednesday that Dunmore Rovers would lose 10 points after failing to pay players for two months.

Rovers said in a filing to the stock exchange that it would appeal and that a new investor had agreed to pay the wages by the end of the month. The club's chairman did not reply to emails on Wednesday.

The Rovers Supporters' Trust said the punishment was fair but that players should not suffer for the owners' mistakes.`,
    claims: [
      { s: 'said in a statement posted on its website on Wednesday that Dunmore', speakers: FEDERATION },
      { s: 'Rovers said in a filing to the stock exchange', speakers: ROVERS },
      { s: "The club's chairman did not reply to emails", speakers: [], optional: true },
      {
        s: "The Rovers Supporters' Trust said the punishment was fair",
        speakers: ["The Rovers Supporters' Trust", "Rovers Supporters' Trust", 'Trust'],
      },
    ],
  },
  {
    name: 'referendum with a crowd and a survey: voters interviewed outside polling stations said, a survey showed, the crowd chanted, a campaign leader told the crowd that, a quotation of two sentences',
    text: `Nordmark votes on joining the currency union

KARLSTAD, Sept 20 — Nordmark voted on Sunday in a referendum on adopting the common currency, with turnout heading for a record.

Voters interviewed outside polling stations in the capital said prices were their main concern. A survey by the Institute for Civic Research published last week showed the two sides within two points of each other.

At a rally of the "No" campaign on Saturday night, the crowd chanted "Our krona, our choice". Campaign leader Sofia Lindgren told the crowd that a vote to join would be a vote to give away control of interest rates. "They say it is only money. It is never only money," she said.`,
    claims: [
      { s: 'said prices were their main concern', speakers: VOTERS },
      { s: 'published last week showed the two sides within two points', speakers: SURVEY },
      { s: 'the crowd chanted "Our krona, our choice"', speakers: CROWD },
      { s: 'told the crowd that a vote to join would be', speakers: LINDGREN },
      { s: '"They say it is only money.', speakers: LINDGREN, direct: true },
      { s: 'It is never only money," she said.', speakers: LINDGREN, direct: true },
    ],
  },
];
