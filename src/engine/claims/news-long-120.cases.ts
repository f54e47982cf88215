/**
 * Batch 120, written by claims45 with its gold committed before the detector ran on it, to be fixed
 * against (not blind): five stories in the kinds of writing of batch 119 (issue #9). An airline's
 * results ("the company said in its results statement", a chief executive on the call, the chief
 * financial officer "told analysts", an analyst who asked); an obituary of a scientist (a
 * university's statement, a former student who "wrote on social media", a family statement); two
 * governments' spokespeople over a detained ship ("the ministry said in a statement", "a spokesman
 * for the Oresian foreign ministry, X, told reporters", "the embassy said"); a hospital chief
 * quoted and paraphrased in turn ("she added", "she said", "according to her"); and a family's
 * statement read outside court that runs over two paragraphs.
 *
 * As in batches 72–119, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words. Questions put to a speaker are no claims.
 *
 * At first sight (claims F1 / speaker / direct): 0.985 (33/34/33) / 1.000 / 0.970: "Neither government
 * would say how long …" was a claim; a quoted sentence closed by "the university's vice-chancellor,
 * X, said" was not direct.
 */
import type { NewsCase } from './news.cases';

const PELLHAM = ['Pellham Air', 'the company', 'company', 'The airline', 'airline'];
const VOSS = ['Dagny Voss', 'Voss'];
const ABARA = ['Felix Abara', 'Abara'];
const UNIVERSITY = ['University of Haverford', 'the university', 'university', 'Haverford'];
const CHEN = ['Wen Chen', 'Chen'];
const FAMILY = ['His family', 'family', "Okafor's family", "Samuel Okafor's family"];
const MARESIA = [
  'The Maresian foreign ministry',
  'Maresian foreign ministry',
  'foreign ministry',
  'ministry',
  'The ministry',
];
const DRAGAN = ['Ilir Dragan', 'Dragan'];
const EMBASSY = ['The Oresian embassy in Maresia', 'Oresian embassy', 'embassy', 'The embassy'];
const MWANGI = ['Grace Mwangi', 'Mwangi'];
const HOLT = ['Councillor Peter Holt', 'Peter Holt', 'Holt'];
const PARKES_FAMILY = [
  'the family',
  'family',
  'family of Leah Parkes',
  "Leah Parkes's family",
  'The family of Leah Parkes',
];

export const NEWS_CASES_120: NewsCase[] = [
  {
    name: 'airline results: the company said in its results statement, a chief executive said on the call, the chief financial officer told analysts, an analyst asked (no claim), X replied that, according to the company',
    text: `Pellham Air returns to profit but warns on fuel

Pellham Air made a pre-tax profit of 212 million euros in the six months to September, against a loss a year earlier, the company said in its results statement on Tuesday.

Chief executive Dagny Voss said on a call with analysts that bookings for the winter were "the strongest we have ever seen". She said the airline would add 14 routes from its base in Haverford next spring.

The chief financial officer, Felix Abara, told analysts that fuel would cost about 90 million euros more in the second half than a year earlier. "We have hedged most of it, but not all of it," he said.

Rupert Lowe, an analyst at Kestrel Bank, asked whether fares would rise. Abara replied that the airline expected average fares to stay "broadly flat".

According to the company, 93 percent of its flights left on time in the period.`,
    claims: [
      {
        s: 'against a loss a year earlier, the company said in its results statement',
        speakers: [...PELLHAM, 'results statement', 'its results statement'],
      },
      { s: 'said on a call with analysts that bookings for the winter', speakers: VOSS },
      { s: 'She said the airline would add 14 routes', speakers: VOSS },
      { s: 'told analysts that fuel would cost about 90 million euros', speakers: ABARA },
      { s: '"We have hedged most of it, but not all of it," he said.', speakers: ABARA, direct: true },
      { s: 'Abara replied that the airline expected average fares', speakers: ABARA },
      { s: 'According to the company, 93 percent of its flights', speakers: PELLHAM },
    ],
  },
  {
    name: 'obituary of a scientist: the university said in a statement, a quotation with the vice-chancellor said, a former student wrote on social media that, a quotation then she wrote, his family said',
    text: `Samuel Okafor, chemist who made cheaper malaria tests, dies at 79

Samuel Okafor, a chemist whose paper-strip test for malaria was used in clinics across Africa and Asia, has died aged 79, the University of Haverford said in a statement on Friday.

"Sam never cared whose name went on a paper. He cared whether the test worked in a village with no electricity," the university's vice-chancellor, Margaret Ellery, said.

Okafor joined Haverford in 1975 and ran its tropical chemistry laboratory for three decades. The strip he designed in 1989 cost a few cents to make and gave a result in twenty minutes.

Wen Chen, a former student who now leads a research group in Singapore, wrote on social media that Okafor had read every draft of her thesis twice. "He taught me that patience is a method," she wrote.

His family said he would be buried in his home town of Onitsha.`,
    claims: [
      { s: 'has died aged 79, the University of Haverford said in a statement', speakers: UNIVERSITY },
      { s: '"Sam never cared whose name went on a paper.', speakers: ['Margaret Ellery', 'Ellery'], direct: true },
      {
        s: 'He cared whether the test worked in a village with no electricity," the',
        speakers: ['Margaret Ellery', 'Ellery'],
        direct: true,
      },
      { s: 'wrote on social media that Okafor had read every draft', speakers: CHEN },
      { s: '"He taught me that patience is a method," she wrote.', speakers: CHEN, direct: true },
      { s: 'His family said he would be buried', speakers: FAMILY },
    ],
  },
  {
    name: "two governments over a detained ship: a ministry said in a statement that, a quotation with the statement said, a spokesman for the other government's foreign ministry told reporters that, a quotation then he said, the embassy said it had asked, neither side would say (no claim)",
    text: `Maresia detains Oresian cargo ship over fishing dispute

The Maresian foreign ministry said in a statement on Saturday that its coast guard had detained an Oresian cargo ship carrying fish caught illegally in Maresian waters.

"Maresia will not allow its waters to be emptied by others," the statement said.

A spokesman for the Oresian foreign ministry, Ilir Dragan, told reporters in Valdor that the ship had been in international waters and that its crew of 22 had done nothing wrong. "This is piracy dressed up as law enforcement," he said.

The Oresian embassy in Maresia said it had asked to visit the crew and had not yet been given access.

Neither government would say how long the ship might be held.`,
    claims: [
      { s: 'said in a statement on Saturday that its coast guard', speakers: MARESIA },
      {
        s: '"Maresia will not allow its waters to be emptied by others," the statement said.',
        speakers: ['the statement', 'statement', ...MARESIA],
        direct: true,
      },
      { s: 'told reporters in Valdor that the ship had been', speakers: DRAGAN },
      { s: '"This is piracy dressed up as law enforcement," he said.', speakers: DRAGAN, direct: true },
      { s: 'said it had asked to visit the crew', speakers: EMBASSY },
    ],
  },
  {
    name: 'a hospital chief quoted and paraphrased in turn: X said that, a quotation then she added, she said, a two-sentence quotation, according to X, a councillor who said … but warned',
    text: `Hospital trust to open night clinic to ease A&E queues

The chief executive of Northfield Hospitals, Grace Mwangi, said on Wednesday that the trust would open a walk-in clinic at night from January to take pressure off its emergency department.

About a third of people who come to A&E after ten at night could be seen by a nurse or a pharmacist, she said. "They are not wrong to come to us. They just have nowhere else to go at that hour," she added.

Mwangi said the clinic would cost 1.2 million pounds a year and would be paid for by closing 18 beds on a ward that was rarely full.

"We looked hard at those beds. Most nights half of them are empty," she said. According to Mwangi, the trust had spent four months consulting patient groups before deciding.

Councillor Peter Holt, who chairs the county's health scrutiny committee, said he welcomed the clinic but warned that closing beds before winter was a risk.`,
    claims: [
      { s: 'said on Wednesday that the trust would open a walk-in clinic', speakers: MWANGI },
      { s: 'About a third of people who come to A&E', speakers: MWANGI },
      { s: '"They are not wrong to come to us.', speakers: MWANGI, direct: true },
      { s: 'They just have nowhere else to go at that hour," she added.', speakers: MWANGI, direct: true },
      { s: 'Mwangi said the clinic would cost 1.2 million pounds', speakers: MWANGI },
      { s: '"We looked hard at those beds.', speakers: MWANGI, direct: true },
      { s: 'Most nights half of them are empty," she said.', speakers: MWANGI, direct: true },
      { s: 'According to Mwangi, the trust had spent four months', speakers: MWANGI },
      { s: 'said he welcomed the clinic but warned that', speakers: HOLT },
    ],
  },
  {
    name: "a family's statement read outside court over two paragraphs: in a statement read by a solicitor the family said, a quotation carried into the next paragraph, the judge said when sentencing",
    text: `Driver jailed for killing cyclist while on his phone

A van driver who was reading messages on his phone when he hit and killed a cyclist on the A614 was jailed for six years at Lincoln Crown Court on Thursday.

Outside court, a solicitor read a statement on behalf of the family of Leah Parkes, 34, a primary school teacher from Gainsthorpe.

"Leah was the first person anyone called when something went wrong. Her pupils adored her, and so did we," the family said in the statement. "She was cycling home from school, as she did every day.

"No sentence will bring her back. We ask every driver who reads this to put the phone in the glovebox."

Sentencing, Judge Alan Whitcombe said the driver had looked at his phone 11 times in the four minutes before the crash.`,
    claims: [
      { s: '"Leah was the first person anyone called', speakers: PARKES_FAMILY, direct: true },
      { s: 'Her pupils adored her, and so did we," the family said', speakers: PARKES_FAMILY, direct: true },
      { s: '"She was cycling home from school, as she did every day.', speakers: PARKES_FAMILY, direct: true },
      { s: '"No sentence will bring her back.', speakers: PARKES_FAMILY, direct: true },
      { s: 'We ask every driver who reads this to put the phone', speakers: PARKES_FAMILY, direct: true },
      {
        s: 'said the driver had looked at his phone 11 times',
        speakers: ['Judge Alan Whitcombe', 'Alan Whitcombe', 'Whitcombe'],
      },
    ],
  },
];
