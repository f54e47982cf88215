/**
 * Batch 108, written by claims41 with its gold committed before the detector ran on it, to be fixed
 * against (not blind): five stories in kinds of writing batches 1–106 have least of (issue #9). A
 * world brief with « » quotations and an outlet quoted by name ("in an interview with …", "the
 * agency reported, citing …", "the broadcaster said"); a Reuters wire on a merger with sources of
 * several kinds ("according to three sources", "a banker involved in the talks said", "sources
 * said", "the company said in a statement to the exchange", "a spokeswoman declined to comment");
 * a speech quoted at length in several paragraphs with one opening mark each; a regulator's and an
 * airline's statements ("the authority said in a report", "The airline said in an emailed
 * statement", "refused to say"); and an election night with a crowd and an exit poll ("supporters
 * chanted", "an exit poll … suggested", "the crowd cheered as X told them that").
 *
 * As in batches 72–107, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words. A refusal to comment is optional with no speaker to check.
 *
 * At first sight (claims F1 / speaker / direct): 0.984 (31/31/32) / 1.000 / 1.000; the one error a
 * chant missed ("where they chanted "Change is here""). After claims41's rows 1.000 (32/32/32) /
 * 0.969 / 1.000: the chant is found, and its "they" is resolved to the exit poll of the sentence
 * before rather than to "Hundreds of supporters" in its own sentence (left).
 */
import type { NewsCase } from './news.cases';

const MERCIER = ['Hélène Mercier', 'Mercier'];
const DUVAL = ['Arnaud Duval', 'Duval'];
const AFP_LIKE = ['the Agence Nationale de Presse', 'Agence Nationale de Presse', 'agency', 'ANP'];
const RTL = ['the broadcaster', 'broadcaster', 'Radio Lumière'];
const THREE_SOURCES = ['three sources', 'sources', 'three sources with knowledge of the talks'];
const BANKER = ['A banker involved in the talks', 'banker', 'a banker involved in the talks'];
const SOURCES = ['sources', 'Sources', 'two of the sources'];
const KESTREL = ['Kestrel Foods', 'Kestrel', 'company'];
const NAKAMURA = ['Yuki Nakamura', 'Nakamura'];
const ADEYEMI = ['Tunde Adeyemi', 'Adeyemi'];
const AUTHORITY = ['Civil Aviation Authority', 'authority', 'the Civil Aviation Authority'];
const SKYLINK = ['Skylink Air', 'Skylink', 'airline', 'The airline'];
const HAAS = ['Monika Haas', 'Haas'];
const SUPPORTERS = ['supporters', 'Supporters', 'Hundreds of supporters'];
const EXIT_POLL = ['An exit poll for the public broadcaster', 'exit poll', 'An exit poll'];
const VARGA = ['Istvan Varga', 'Varga'];
const TOTH = ['Zsofia Toth', 'Toth'];

export const NEWS_CASES_108: NewsCase[] = [
  {
    name: 'world brief with guillemets: a minister in an interview with a named paper, « … » a quotation of two sentences, the agency reported citing a police source, the broadcaster said, a union said it would',
    text: `Strike shuts ports across Francia

Thursday, October 8, 2026

Dockers in Francia began a 72-hour strike on Thursday, closing the country's five largest ports over a plan to automate cargo handling.

Transport Minister Hélène Mercier said in an interview with Le Courrier de l'Ouest that the plan would not cost "a single job". « Nous avons promis des reconversions. Personne ne sera laissé de côté », she told the paper.

At least 40 ships were waiting outside the port of Saint-Malon on Thursday evening, the Agence Nationale de Presse reported, citing a port official.

Dockers' union leader Arnaud Duval told Radio Lumière that the strike could be extended to a week. The broadcaster said talks between the union and the ministry were set for Monday.

The dockers' union said it would hold a vote on Sunday on further action.`,
    claims: [
      { s: 'said in an interview with Le Courrier', speakers: MERCIER },
      { s: '« Nous avons promis des reconversions.', speakers: MERCIER, direct: true },
      { s: 'Personne ne sera laissé de côté », she told the paper.', speakers: MERCIER, direct: true },
      { s: 'At least 40 ships were waiting outside the port', speakers: AFP_LIKE },
      { s: 'told Radio Lumière that the strike could be extended', speakers: DUVAL },
      { s: 'The broadcaster said talks between the union', speakers: RTL },
      {
        s: "The dockers' union said it would hold a vote",
        speakers: ["The dockers' union", "dockers' union", 'union'],
      },
    ],
  },
  {
    name: 'Reuters merger wire: according to three sources, a banker involved in the talks said, sources said, a person close to a bidder, the company said in a statement to the exchange, a spokeswoman declined to comment, an analyst wrote in a note',
    text: `Kestrel Foods in talks to buy Arbor Brands for $6 billion - sources

NEW YORK, Feb 17 (Reuters) - Kestrel Foods is in advanced talks to buy snack maker Arbor Brands for about $6 billion including debt, according to three sources with knowledge of the talks.

A deal could be announced as early as next week, a banker involved in the talks said, speaking on condition of anonymity. Arbor's board has already rejected an earlier, lower offer, sources said.

Kestrel said in a statement to the New York Stock Exchange that it "regularly evaluates opportunities" but that no agreement had been reached. An Arbor spokeswoman declined to comment.

Arbor's shares jumped 14% in after-hours trading.

Yuki Nakamura, an analyst at Bellwood Securities, wrote in a note to clients that the price looked "full but defensible" given Arbor's growth in Asia.`,
    claims: [
      { s: 'Kestrel Foods is in advanced talks to buy snack maker', speakers: THREE_SOURCES },
      { s: 'A deal could be announced as early as next week', speakers: BANKER },
      { s: "Arbor's board has already rejected an earlier", speakers: SOURCES },
      { s: 'said in a statement to the New York Stock Exchange', speakers: KESTREL },
      { s: 'An Arbor spokeswoman declined to comment.', speakers: [], optional: true },
      { s: 'wrote in a note to clients that the price', speakers: NAKAMURA },
    ],
  },
  {
    name: 'speech quoted at length: a president told parliament, a quotation over three paragraphs each opened with a mark and only the last closed, then a second speaker said the speech was and added, a quotation',
    text: `Adeyemi promises to rebuild after floods

ABUJANA — President Tunde Adeyemi told parliament on Tuesday that the government would spend 2% of national income on flood defences every year for a decade.

"We have seen water take our homes, our farms and our children. We will not wait for the next flood to act.

"Every state will have a plan by the end of this year. Every plan will be paid for. I will sign no budget that does not pay for it.

"This is not a promise for an election. It is a promise for a generation."

Opposition leader Ngozi Balogun said the speech was "fine words with no numbers" and added that previous flood funds had gone missing. "Show us the money first," she said.`,
    claims: [
      { s: 'told parliament on Tuesday that the government would spend', speakers: ADEYEMI },
      { s: '"We have seen water take our homes', speakers: ADEYEMI, direct: true },
      { s: 'We will not wait for the next flood to act.', speakers: ADEYEMI, direct: true },
      { s: '"Every state will have a plan by the end of this year.', speakers: ADEYEMI, direct: true },
      { s: 'Every plan will be paid for.', speakers: ADEYEMI, direct: true },
      { s: 'I will sign no budget that does not pay for it.', speakers: ADEYEMI, direct: true },
      { s: '"This is not a promise for an election.', speakers: ADEYEMI, direct: true },
      { s: 'It is a promise for a generation."', speakers: ADEYEMI, direct: true },
      { s: 'said the speech was "fine words with no numbers"', speakers: ['Ngozi Balogun', 'Balogun'] },
      { s: '"Show us the money first," she said.', speakers: ['Ngozi Balogun', 'Balogun'], direct: true },
    ],
  },
  {
    name: 'regulator report and airline statement: the authority said in a report published on Thursday that, the report found, the airline said in an emailed statement that, its chief executive refused to say, a pilots union representative told a newspaper',
    text: `Regulator faults airline over near-miss at Hallam airport

The Civil Aviation Authority said in a report published on Thursday that a Skylink Air jet had come within 200 metres of a cargo plane while landing at Hallam airport in June because its crew misheard an instruction.

The report found that the crew had been on duty for nearly 13 hours and that the airline's rostering rules allowed it.

Skylink said in an emailed statement that it had changed its rosters and that "safety has always been our first priority". Its chief executive, Monika Haas, refused to say at a news conference whether any pilots had been disciplined.

A representative of the pilots' union told the Hallam Post that crews had complained about long shifts for two years.`,
    claims: [
      { s: 'The Civil Aviation Authority said in a report published on Thursday', speakers: AUTHORITY },
      {
        s: 'The report found that the crew had been on duty',
        speakers: ['The report', 'report', ...AUTHORITY],
      },
      { s: 'Skylink said in an emailed statement that it had changed', speakers: SKYLINK },
      { s: 'refused to say at a news conference whether', speakers: HAAS, optional: true },
      {
        s: 'told the Hallam Post that crews had complained',
        speakers: ["A representative of the pilots' union", 'representative', "pilots' union"],
      },
    ],
  },
  {
    name: 'election night with a crowd and an exit poll: an exit poll suggested, supporters chanted, the crowd cheered as X told them that, a quotation, a rival conceded in a statement, saying',
    text: `Varga claims victory as exit poll shows clear lead

BUDAVAR, April 12 — An exit poll for the public broadcaster suggested that Istvan Varga's Civic Union had won about 44% of the vote in Sunday's parliamentary election, well ahead of the ruling party on 31%.

Hundreds of supporters gathered outside the party's headquarters, where they chanted "Change is here" and waved flags.

The crowd cheered as Varga told them that the country had "chosen to turn a page". "Tonight we celebrate. Tomorrow we start work," he said.

Prime Minister Zsofia Toth conceded defeat in a short statement shortly before midnight, saying her party would be a "strong and honest opposition".`,
    claims: [
      { s: "suggested that Istvan Varga's Civic Union had won", speakers: EXIT_POLL },
      { s: 'where they chanted "Change is here"', speakers: SUPPORTERS },
      { s: 'The crowd cheered as Varga told them that the country', speakers: VARGA },
      { s: '"Tonight we celebrate.', speakers: VARGA, direct: true },
      { s: 'Tomorrow we start work," he said.', speakers: VARGA, direct: true },
      { s: 'saying her party would be a "strong and honest opposition"', speakers: TOTH },
    ],
  },
];
