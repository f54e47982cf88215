/**
 * Batch 107, written by claims41 with its gold committed before the detector ran on it, to be fixed
 * against (not blind): five stories in kinds of writing batches 1–106 have least of (issue #9). A
 * Wikinews world brief that quotes other outlets ("told the BBC", "according to a report in …",
 * "state media reported", "the newspaper said"); a Reuters wire with several anonymous sources
 * ("two people familiar with the matter said", "a source told Reuters", "said the person, who asked
 * not to be named", "declined to comment"); a long quotation in ''…'' marks that runs over several
 * sentences and paragraphs; an organisation's statements and refusals ("the ministry said in a
 * statement", "the company said in a filing", "did not respond to a request for comment"); and a
 * protest with a crowd and a poll ("protesters chanted", "many in the crowd said", "a poll …
 * found").
 *
 * As in batches 72–106, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words. A refusal to comment is optional with no speaker to check.
 *
 * At first sight (claims F1 / speaker / direct): 0.943 (33/34/36) / 0.970 / 1.000. Errors: "said one
 * of the people, who asked not to be named" after a plain comma missed; "Protesters chanted "…""
 * missed; "Labour Minister Felipe Ramos dismissed …, saying" missed (a portfolio before the title);
 * "Tesland's state media" not among the accepted names, and the opening sentence's "accusing them of
 * spying" taken as a claim that the gold had left out: both gold slips, mended after first sight
 * (the name added; the accusation made a claim, as "accused X of" is in batch 106). After claims41's
 * rows (lexicon/claims-41.ts) 1.000 (37/37/37) / 1.000 / 1.000.
 */
import type { NewsCase } from './news.cases';

const INTERIOR = ['Interior Ministry', 'ministry', 'the Interior Ministry'];
const KAVAL = ['Dragan Kaval', 'Kaval'];
const VESTNIK = ['the Morava Vestnik', 'Morava Vestnik', 'a report in the Morava Vestnik', 'newspaper'];
const STATE_MEDIA = ['state media', 'State media', "Tesland's state media"];
const NOVOTNA = ['Irena Novotna', 'Novotna'];
const TWO_PEOPLE = ['Two people familiar with the matter', 'people familiar with the matter', 'two people familiar'];
const SOURCE = ['a source', 'source', 'A source', 'a source close to the board', 'the source'];
const PERSON = ['the person', 'person', 'The person', 'one of the people', 'One of the people'];
const HALDEN = ['Halden Steel', 'Halden', 'company'];
const BREWER = ['Anne Brewer', 'Brewer'];
const FORTIN = ['Paul Fortin', 'Fortin'];
const OKAFOR = ['Grace Okafor', 'Okafor'];
const HEALTH = ['Health Ministry', 'ministry', 'the Health Ministry'];
const NORVEL = ['Norvel Pharma', 'Norvel', 'company'];
const LUND = ['Erik Lund', 'Lund'];
const PROTESTERS = ['protesters', 'Protesters', 'Thousands of protesters'];
const CROWD = ['many in the crowd', 'Many in the crowd', 'crowd'];
const MORENO = ['Lucia Moreno', 'Moreno'];
const POLL = ['A poll by the Centro de Opinión Pública', 'poll', 'Centro de Opinión Pública', 'A poll'];
const RAMOS = ['Felipe Ramos', 'Ramos'];

export const NEWS_CASES_107: NewsCase[] = [
  {
    name: 'world brief quoting other outlets: a minister told the BBC, according to a report in a named paper, state media reported, the newspaper said, a ministry said in a statement, an opposition leader wrote on social media',
    text: `Moravia expels two diplomats over alleged spying

Wednesday, March 11, 2026

Moravia has ordered two diplomats from neighbouring Tesland to leave the country within 48 hours, accusing them of spying on military sites near the border.

The Interior Ministry said in a statement that the two men had been "caught photographing restricted areas" on three occasions since January. Foreign Minister Dragan Kaval told the BBC that the expulsions were "a message, not a rupture", and that talks with Tesland on a new trade agreement would continue.

According to a report in the Morava Vestnik, a third diplomat left the country voluntarily last week. The newspaper said he had been questioned by police before his departure.

Tesland's state media reported that the accusations were "absurd" and that Tesland would respond in kind.

Opposition leader Irena Novotna wrote on social media that the government had known about the spying for months and had done nothing.`,
    claims: [
      { s: 'accusing them of spying on military sites', speakers: ['Moravia'] },
      { s: 'The Interior Ministry said in a statement that the two men', speakers: INTERIOR },
      { s: 'told the BBC that the expulsions were', speakers: KAVAL },
      { s: 'a third diplomat left the country voluntarily', speakers: VESTNIK },
      { s: 'The newspaper said he had been questioned', speakers: VESTNIK },
      { s: 'state media reported that the accusations', speakers: STATE_MEDIA },
      { s: 'wrote on social media that the government had known', speakers: NOVOTNA },
    ],
  },
  {
    name: 'Reuters wire with anonymous sources: two people familiar with the matter said, a source told Reuters, said the person who asked not to be named, the company declined to comment, a union leader said in an interview, a quotation of two sentences',
    text: `Halden Steel weighs sale of Belgian plant, sources say

LONDON, April 2 (Reuters) - Halden Steel is exploring a sale of its loss-making plant in Liège and has approached at least two buyers, two people familiar with the matter said, as the company tries to cut debt before a bond repayment next year.

The talks are at an early stage and may not lead to a deal, the people said. A source close to the board told Reuters that directors had set a deadline of June for offers.

One of the buyers approached is Indian steelmaker Raval Metals, said one of the people, who asked not to be named because the discussions are private.

Halden declined to comment. Raval did not respond to a request for comment.

Anne Brewer, who leads the plant's main union, said in an interview that workers had heard nothing from management. "We read about our future in the newspapers. That is not how you treat 1,100 people," she said.

Halden said in a filing on Monday that it expected to book a charge of 240 million euros on the Liège site this year.`,
    claims: [
      { s: 'Halden Steel is exploring a sale of its loss-making plant', speakers: TWO_PEOPLE },
      { s: 'The talks are at an early stage and may not lead to a deal', speakers: TWO_PEOPLE },
      { s: 'told Reuters that directors had set a deadline', speakers: SOURCE },
      { s: 'One of the buyers approached is Indian steelmaker', speakers: PERSON },
      { s: 'Halden declined to comment.', speakers: [], optional: true },
      { s: 'Raval did not respond to a request for comment.', speakers: [], optional: true },
      { s: 'said in an interview that workers had heard nothing', speakers: BREWER },
      { s: '"We read about our future in the newspapers.', speakers: BREWER, direct: true },
      { s: 'That is not how you treat 1,100 people," she said.', speakers: BREWER, direct: true },
      { s: 'Halden said in a filing on Monday that it expected', speakers: HALDEN },
    ],
  },
  {
    name: "long quotation in doubled apostrophes over three paragraphs: ''…'' said X, a quotation of several sentences, a new paragraph that opens with '' and no closing mark before it, a quotation that closes with a tag, another speaker's reply",
    text: `A ferry captain's last crossing

ST. ANDRE, Quebec — For 31 years Paul Fortin has taken the ferry across the river at seven in the morning. On Friday he will do it for the last time.

''When I started, there were no cars on this boat, only trucks and cows,'' said Mr. Fortin, 64. ''The river was dirtier then. In winter we broke the ice with the bow and prayed.

''My father did this job, and his father before him. I thought my son would do it too. But the bridge is coming, and nobody needs a ferry when there is a bridge.

''I am not angry. I am only a little sad,'' he said.

Grace Okafor, who has ridden the ferry to her job at the hospital every weekday since 2009, said she would miss the crossing more than she expected. ''It is the only twenty minutes of my day when nobody can reach me,'' she said.`,
    claims: [
      { s: "''When I started, there were no cars on this boat", speakers: FORTIN, direct: true },
      { s: "''The river was dirtier then.", speakers: FORTIN, direct: true },
      { s: 'In winter we broke the ice with the bow and prayed.', speakers: FORTIN, direct: true },
      { s: "''My father did this job, and his father before him.", speakers: FORTIN, direct: true },
      { s: 'I thought my son would do it too.', speakers: FORTIN, direct: true },
      { s: 'But the bridge is coming, and nobody needs a ferry', speakers: FORTIN, direct: true },
      { s: "''I am not angry.", speakers: FORTIN, direct: true },
      { s: "I am only a little sad,'' he said.", speakers: FORTIN, direct: true },
      { s: 'said she would miss the crossing more than she expected', speakers: OKAFOR },
      { s: "''It is the only twenty minutes of my day", speakers: OKAFOR, direct: true },
    ],
  },
  {
    name: "drug recall, statements and refusals: the ministry said in a statement, the company said in a filing with regulators, a spokesman for the company said … but declined to say, a pharmacists' group did not respond, a doctor told a local paper",
    text: `Blood pressure pills recalled after contamination found

OSLO — The Health Ministry ordered the recall of three batches of a widely used blood pressure drug on Tuesday after tests found traces of a possible carcinogen.

The ministry said in a statement that patients should not stop taking their medicine without speaking to a doctor, and that the risk from the batches was "very low".

The drug's maker, Norvel Pharma, said in a filing with the stock exchange that the recall would cost it about 50 million crowns. A spokesman for the company, Erik Lund, said the fault had been traced to a supplier in Asia but declined to name it.

The Norwegian Pharmacists' Association did not respond to a request for comment on Tuesday.

Dr. Mette Aas, a family doctor in Bergen, told the Bergen Dagblad that her phone had not stopped ringing since the morning.`,
    claims: [
      { s: 'The ministry said in a statement that patients should not stop', speakers: HEALTH },
      { s: 'said in a filing with the stock exchange that the recall', speakers: NORVEL },
      { s: 'said the fault had been traced to a supplier', speakers: LUND },
      { s: 'did not respond to a request for comment on Tuesday', speakers: [], optional: true },
      { s: 'told the Bergen Dagblad that her phone had not stopped', speakers: ['Mette Aas', 'Dr. Mette Aas', 'Aas'] },
    ],
  },
  {
    name: 'protest with a crowd and a poll: protesters chanted, many in the crowd said, an organiser told reporters, a quotation of two sentences, a poll found that, the government said, a minister dismissed the protest, saying',
    text: `Tens of thousands march in Valdoria against pension reform

SAN MIGUEL, May 1 — Thousands of protesters filled the capital's main avenue on Saturday, the largest march since the government proposed raising the retirement age to 67.

Protesters chanted "Sixty-five and not a day more" as they passed the Finance Ministry. Many in the crowd said they had never marched before.

Lucia Moreno, one of the organisers, told reporters that more than 80,000 people had taken part. "The government thought we would be tired. We are not tired," she said.

A poll by the Centro de Opinión Pública published on Friday found that 64% of voters oppose the reform.

The government said the march was peaceful. Labour Minister Felipe Ramos dismissed the protest in a radio interview, saying the reform was the only way to keep pensions paid.`,
    claims: [
      { s: 'Protesters chanted "Sixty-five and not a day more"', speakers: PROTESTERS },
      { s: 'Many in the crowd said they had never marched before', speakers: CROWD },
      { s: 'told reporters that more than 80,000 people', speakers: MORENO },
      { s: '"The government thought we would be tired.', speakers: MORENO, direct: true },
      { s: 'We are not tired," she said.', speakers: MORENO, direct: true },
      { s: 'published on Friday found that 64% of voters', speakers: POLL },
      { s: 'The government said the march was peaceful.', speakers: ['government', 'The government'] },
      { s: 'saying the reform was the only way to keep pensions paid', speakers: RAMOS },
    ],
  },
];
