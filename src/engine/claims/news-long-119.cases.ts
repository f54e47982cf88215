/**
 * Batch 119, written by claims45 with its gold committed before the detector ran on it, to be fixed
 * against (not blind): five stories in kinds of writing batches 1–118 have little of (issue #9). A
 * results call ("the chief financial officer told analysts", an analyst's question answered in
 * paraphrase, an outside analyst); an obituary with quoted tributes (a family, an actor, a tribute
 * "posted on the theatre's website", "X wrote"); a dispute between two governments ("the foreign
 * ministry said in a statement", "the statement said", a spokeswoman at a news briefing, a
 * minister, a spokesman for a third body); a union leader's quotation that runs over two
 * paragraphs; and an edited transcript of a fire chief's briefing ("ACHEBE: …").
 *
 * As in batches 72–118, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words. Questions put to a speaker are no claims; a one-word answer
 * ("No.") is optional.
 *
 * At first sight (claims F1 / speaker / direct): 0.889 (28/29/34) / 1.000 / 1.000: the transcript's
 * answers after "ACHEBE:" were six claims missed and a question was read as one.
 */
import type { NewsCase } from './news.cases';

const LINDGREN = ['Mara Lindgren', 'Lindgren'];
const PRITCHARD = ['Owen Pritchard', 'Pritchard'];
const OYELARAN = ['Hannah Oyelaran', 'Oyelaran'];
const HALLORAN = ['Tom Halloran', 'Halloran'];
const SANDHU = ['Priya Sandhu', 'Sandhu'];
const NORLAND_MINISTRY = [
  'The foreign ministry of Norland',
  'foreign ministry of Norland',
  'foreign ministry',
  'ministry',
  'The ministry',
];
const MORAVEC = ['Elena Moravec', 'Moravec'];
const BRENNING = ['Aksel Brenning', 'Brenning'];
const UNION = ['the union', 'union', 'Harbour and Dock Workers Union'];
const NWOSU = ['Bernadette Nwosu', 'Nwosu'];
const CALDER = ['Calder Maritime', "The port's owner, Calder Maritime", "port's owner", 'the company', 'company'];
const ACHEBE = ['Rosalind Achebe', 'Achebe', 'Fire Chief Rosalind Achebe', 'ACHEBE'];

export const NEWS_CASES_119: NewsCase[] = [
  {
    name: 'results call: a chief executive told analysts on a call that, the chief financial officer told analysts that, a quotation then he said, asked by an analyst whether, X said, an outside analyst said … and that',
    text: `Brightwell Tools cuts forecast as DIY demand cools

Brightwell Tools, the maker of garden and power tools, cut its full-year profit forecast on Thursday after sales in Europe fell for a third quarter running.

Chief executive Mara Lindgren told analysts on a conference call that shoppers were "trading down to cheaper drills and waiting for discounts". She said the company would close two warehouses in Germany by the end of the year.

The chief financial officer, Owen Pritchard, told analysts that margins would recover in the second half as the price of steel eased. "We are not assuming any help from the consumer," he said. "The savings are in our own hands."

Asked by an analyst at Rosemont Securities whether the dividend was safe, Pritchard said the board had no plans to cut it.

Shares in Brightwell fell 7 percent in early trading. Hannah Oyelaran, an analyst at Kettering Capital, said the new forecast was "still too hopeful" and that a further cut was likely before Christmas.`,
    claims: [
      { s: 'told analysts on a conference call that shoppers were', speakers: LINDGREN },
      { s: 'She said the company would close two warehouses', speakers: LINDGREN },
      { s: 'told analysts that margins would recover in the second half', speakers: PRITCHARD },
      { s: '"We are not assuming any help from the consumer," he said.', speakers: PRITCHARD, direct: true },
      { s: 'The savings are in our own hands."', speakers: PRITCHARD, direct: true },
      { s: 'Pritchard said the board had no plans to cut it.', speakers: PRITCHARD },
      { s: 'said the new forecast was "still too hopeful"', speakers: OYELARAN },
    ],
  },
  {
    name: 'obituary: her family said, an actor said … then a quotation with he said, in a tribute posted on a website a director called, a quotation then X wrote',
    text: `Ida Marchbank, who built a theatre in a chapel, dies at 88

Ida Marchbank, who turned a disused chapel in Leeside into one of the busiest small theatres in the north of England, has died at the age of 88. Her family said she died peacefully at home on Sunday after a short illness.

Born in Sunderland in 1938, Marchbank trained as a teacher before staging her first play in the chapel in 1971 with a borrowed lighting rig and a cast of pupils.

The actor Tom Halloran, who made his debut at the Chapel Theatre at 14, said he owed her his career. "She never once told me I was good. She told me I could be better, and she was right every time," he said.

In a tribute posted on the theatre's website, its artistic director, Priya Sandhu, called Marchbank "the conscience of this building".

"Ida believed that a play in a village hall deserved the same care as one in the West End. We will keep the doors open in that spirit," Sandhu wrote.

Marchbank was appointed MBE in 1996. She is survived by her son, Daniel, and three grandchildren.`,
    claims: [
      {
        s: 'Her family said she died peacefully',
        speakers: ['Her family', 'family', "Marchbank's family", "Ida Marchbank's family"],
      },
      { s: 'said he owed her his career', speakers: HALLORAN },
      { s: '"She never once told me I was good.', speakers: HALLORAN, direct: true },
      { s: 'She told me I could be better, and she was right every time," he said.', speakers: HALLORAN, direct: true },
      { s: 'called Marchbank "the conscience of this building"', speakers: SANDHU },
      { s: '"Ida believed that a play in a village hall', speakers: SANDHU, direct: true },
      { s: 'We will keep the doors open in that spirit," Sandhu wrote.', speakers: SANDHU, direct: true },
    ],
  },
  {
    name: 'two governments: a foreign ministry said in a statement that, the statement said, the ministry said, a government spokeswoman rejected and told a news briefing that, a foreign minister said later, a spokesman for a third body said … and urged',
    text: `Norland and Vastria trade accusations over river dam

The foreign ministry of Norland said in a statement on Monday that a dam being built by neighbouring Vastria on the Selva river would cut the flow of water to Norland's farms by a third.

"The construction violates the 1994 river treaty and endangers the livelihoods of two million people," the statement said. The ministry said it had summoned Vastria's ambassador.

A spokeswoman for the Vastrian government, Elena Moravec, rejected the accusation. She told a news briefing in the capital, Tarsk, that the dam would "not take a single litre" that the treaty gave to Norland, and that Vastria had shared its plans with Norland's engineers in 2021.

Norland's foreign minister, Aksel Brenning, said later that his government would take the dispute to the International Court of Justice if work did not stop.

A spokesman for the European Commission said the Commission was following the dispute closely and urged both governments to return to talks.`,
    claims: [
      { s: 'said in a statement on Monday that a dam being built', speakers: NORLAND_MINISTRY },
      {
        s: '"The construction violates the 1994 river treaty',
        speakers: ['the statement', 'statement', ...NORLAND_MINISTRY],
        direct: true,
      },
      { s: "The ministry said it had summoned Vastria's ambassador.", speakers: NORLAND_MINISTRY },
      { s: 'rejected the accusation.', speakers: MORAVEC, optional: true },
      { s: 'She told a news briefing in the capital, Tarsk, that the dam', speakers: MORAVEC },
      { s: 'said later that his government would take the dispute', speakers: BRENNING },
      {
        s: 'A spokesman for the European Commission said the Commission was following',
        speakers: [
          'A spokesman for the European Commission',
          'spokesman for the European Commission',
          'European Commission',
          'spokesman',
          'A spokesman',
        ],
      },
    ],
  },
  {
    name: 'union leader over two paragraphs: the union said on Friday, a quotation opened with she said and carried into the next paragraph, the owner said its offer was, in a statement the company said, X later told a newspaper that',
    text: `Dock workers back strike at Calderwick after pay talks fail

Members of the Harbour and Dock Workers Union voted by 82 percent to strike at the port of Calderwick, the union said on Friday.

Its general secretary, Bernadette Nwosu, spoke to members outside the port gates after the result was read out.

"For three years we have been told to wait," she said. "We waited through the pandemic, we waited through the new cranes, and we waited while the owners paid themselves a record dividend.

"We are not waiting any more. If the company wants the ships unloaded at Christmas, it knows where to find us."

The port's owner, Calder Maritime, said its offer of 6 percent over two years was "fair and final". In a statement, the company said it had plans in place to keep the port open.

Nwosu later told the Calderwick Echo that she expected talks to resume next week.`,
    claims: [
      { s: 'voted by 82 percent to strike at the port of Calderwick, the union said', speakers: UNION },
      { s: '"For three years we have been told to wait," she said.', speakers: NWOSU, direct: true },
      { s: '"We waited through the pandemic', speakers: NWOSU, direct: true },
      { s: '"We are not waiting any more.', speakers: NWOSU, direct: true },
      { s: 'If the company wants the ships unloaded at Christmas', speakers: NWOSU, direct: true },
      { s: 'said its offer of 6 percent over two years', speakers: CALDER },
      { s: 'In a statement, the company said it had plans in place', speakers: CALDER },
      { s: 'Nwosu later told the Calderwick Echo that', speakers: NWOSU },
    ],
  },
  {
    name: 'edited transcript of a briefing: a speaker named in capitals before each answer, questions that are no claims, one-word answers',
    text: `Fire chief takes questions on Canal Road warehouse blaze

Fire Chief Rosalind Achebe of the Merriton Fire Department held a briefing on Wednesday morning about the fire that destroyed a furniture warehouse on Canal Road overnight. What follows is an edited transcript.

Q: Was anyone inside the building?

ACHEBE: No. The night watchman got out at about one in the morning and called us. He was treated for smoke and released.

Q: Do you know what caused it?

ACHEBE: Not yet. Our investigators will be in there as soon as the structure is safe. I would not rule anything out.

Q: Should people nearby be worried about the smoke?

ACHEBE: The air readings we took at six this morning were within safe limits. People with asthma should keep their windows closed today.`,
    claims: [
      { s: 'ACHEBE: No.', speakers: ACHEBE, direct: true, optional: true },
      { s: 'The night watchman got out at about one in the morning', speakers: ACHEBE, direct: true },
      { s: 'He was treated for smoke and released.', speakers: ACHEBE, direct: true },
      { s: 'ACHEBE: Not yet.', speakers: ACHEBE, direct: true, optional: true },
      { s: 'Our investigators will be in there', speakers: ACHEBE, direct: true },
      { s: 'I would not rule anything out.', speakers: ACHEBE, direct: true },
      { s: 'The air readings we took at six this morning', speakers: ACHEBE, direct: true },
      { s: 'People with asthma should keep their windows closed', speakers: ACHEBE, direct: true },
    ],
  },
];
