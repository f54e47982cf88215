/**
 * Batch 86, written by claims33 with its gold committed before the detector ran on it, to be fixed
 * against (not blind): five stories in the styles batches 60–85 have least of (issue #9). A
 * company results story where the firms speak ("The group said", "X said in a filing", "The
 * company said", a broker whose name reads like a person's, "Analysts at X said", a rival grocer
 * and "The firm said", a union); a story built on written statements ("the statement read", a
 * letter signed by a vice-chancellor and "The letter reads:", "The report found that", a
 * regulator, a students' union president); a live blog with timestamps and many one-line
 * quotations ("says X of …", "Train operator X says", a reader who "writes:", "according to", a
 * spokesperson, "tells the BBC:", "it said" after an agency); a court report (a jury "heard",
 * "Prosecuting, X KC told the court that", "she said", a witness who "told the court" and
 * "accepted that" under cross-examination, "the witness said", counsel who "suggested that" and
 * "he told the jury", "In her ruling, the judge said"); and an interview with Q: / A: labels mixed
 * with narrative paragraphs (a quoted fragment with "she says", a question that reports what
 * patrons threatened, a board chairman "said in a statement").
 *
 * As in batches 72–85, a description of a named body counts only resolved ("the group" → its
 * name); a body or document without a name of its own ("The report") keeps its own words. A
 * short answer is optional, as in batch 80.
 *
 * At first sight (claims F1 / speaker / direct): 0.989 (45/45/46) / 0.800 / 0.978. Errors: "The
 * group said", "The company said" and "The firm said" went to "Finch" (the retailer "Harrow and
 * Finch" split, and the grocer "Bellamy Pratt" passed over), "The letter reads: …" was missed,
 * counsel named with "KC" kept it in the speaker's name ("Helen Ashdown KC", "Michael Frere KC"),
 * "the witness said" stayed "witness", and a quoted fragment after "she says," was marked direct.
 * After claims33's rows (lexicon/claims-33.ts): 1.000 (46/46/46) / 1.000 / 0.978, the fragment
 * still marked direct.
 */
import type { NewsCase } from './news.cases';

const HARROW = ['Harrow and Finch', 'Harrow & Finch'];
const KETTERING = ['Sarah Kettering', 'Kettering'];
const OSEI = ['Daniel Osei', 'Osei'];
const BELLAMY = ['Bellamy Pratt'];
const ALDERGATE = ['Aldergate University', 'Aldergate'];
const AMADI = ['Ruth Amadi', 'Amadi', 'letter', 'The letter'];
const REPORT = ['report', 'The report', 'internal report', 'An internal report'];
const POWERGRID = ['Northern Powergrid'];
const ASHDOWN = ['Helen Ashdown', 'Ashdown'];
const TEMBO = ['Carol Tembo', 'Tembo'];
const FRERE = ['Michael Frere', 'Frere'];
const VALCARCEL = ['Ines Valcárcel', 'Valcárcel'];

export const NEWS_CASES_86: NewsCase[] = [
  {
    name: 'retailer results where the firms speak: the group said, said in a filing, the company said, analysts at a broker named like a person and its analyst wrote in a note, a rival grocer and the firm said, a union',
    text: `Harrow and Finch profit falls as clothing sales slip

LONDON, March 3 - British retailer Harrow and Finch posted a 12% fall in annual profit on Wednesday, hit by weak clothing sales and higher wage costs.

The group said underlying pre-tax profit fell to 412 million pounds in the year to January, below the 430 million pounds analysts had expected.

"It has been a difficult year for clothing, and we have not been good enough," chief executive Sarah Kettering said on a call with reporters. "Food, on the other hand, has never been stronger."

Harrow and Finch said in a filing that it would close 30 stores over the next two years and move more of its clothing stock online. The company said food sales rose 6% on a like-for-like basis.

Analysts at Morgan Whitley said the closures were overdue. "This is the right plan, about three years late," Morgan Whitley analyst Daniel Osei wrote in a note to clients.

Shares in the group fell 4% in early trading.

Rival grocer Bellamy Pratt said last week that its own clothing sales had fallen 9% over Christmas. The firm said it expected trading to improve in the second half of the year.

Unite, the union that represents many of the retailer's warehouse staff, said it would seek urgent talks about the closures.`,
    claims: [
      { s: 'The group said underlying pre-tax profit fell', speakers: HARROW },
      { s: '"It has been a difficult year for clothing', speakers: KETTERING, direct: true },
      { s: '"Food, on the other hand, has never been stronger."', speakers: KETTERING, direct: true },
      { s: 'Harrow and Finch said in a filing', speakers: HARROW },
      { s: 'The company said food sales rose 6%', speakers: HARROW },
      {
        s: 'Analysts at Morgan Whitley said the closures were overdue.',
        speakers: ['Analysts at Morgan Whitley', 'Analysts', 'Morgan Whitley'],
      },
      { s: '"This is the right plan, about three years late,"', speakers: OSEI, direct: true },
      { s: 'Rival grocer Bellamy Pratt said last week', speakers: BELLAMY },
      { s: 'The firm said it expected trading to improve', speakers: BELLAMY },
      { s: 'said it would seek urgent talks', speakers: ['Unite'] },
    ],
  },
  {
    name: 'story built on written statements: said in a statement and the statement read, a letter signed by a vice-chancellor said and The letter reads, an internal report found and The report found that, a regulator, a union president',
    text: `University apologises after students' details sent to wrong mailing list

A university in Leeds has apologised after the names and home addresses of more than 2,000 students were emailed to an external mailing list.

In a statement on its website, Aldergate University said the email had been sent in error late on Friday. "We deeply regret this mistake and the worry it has caused," the statement read. "No bank details or passwords were included."

A letter sent to the affected students on Monday, signed by the vice-chancellor, Professor Ruth Amadi, said the university had reported the breach to the Information Commissioner's Office within 24 hours. The letter reads: "We are taking every step to make sure this cannot happen again."

An internal report, seen by the student newspaper, found that the mailing list had not been checked since 2019. The report found that staff had been given no training on the new email system.

The Information Commissioner's Office said it was making enquiries.

Tom Reyes, president of the students' union, said many students were "angry and frightened". "People want to know who has their address now," he said.`,
    claims: [
      { s: 'Aldergate University said the email had been sent in error', speakers: ALDERGATE },
      { s: '"We deeply regret this mistake and the worry it has caused,"', speakers: ALDERGATE, direct: true },
      { s: '"No bank details or passwords were included."', speakers: ALDERGATE, direct: true },
      { s: 'A letter sent to the affected students on Monday', speakers: AMADI },
      { s: 'The letter reads: "We are taking every step', speakers: AMADI, direct: true },
      { s: 'An internal report, seen by the student newspaper, found', speakers: REPORT },
      { s: 'The report found that staff had been given no training', speakers: REPORT },
      {
        s: "The Information Commissioner's Office said it was making enquiries.",
        speakers: ["Information Commissioner's Office"],
      },
      { s: "Tom Reyes, president of the students' union, said", speakers: ['Tom Reyes', 'Reyes'] },
      {
        s: '"People want to know who has their address now," he said.',
        speakers: ['Tom Reyes', 'Reyes'],
        direct: true,
      },
    ],
  },
  {
    name: 'live blog with timestamps and one-line quotations: says X of the police, a train operator says, a reader writes:, according to a grid operator, its spokesperson, a minister tells the BBC:, it said after an agency, says a skipper',
    text: `Storm Aurelio: live updates

14:05 Welcome to our live coverage as Storm Aurelio moves across the north of England.

14:12 The Met Office has issued an amber wind warning for the whole of the north-east until midnight.

14:20 "Stay at home unless your journey is essential," says Chief Superintendent Grace Lomu of Northumbria Police.

14:31 Train operator Northern Rail says all services between Newcastle and Carlisle are cancelled for the rest of the day.

14:45 Reader Jim Hollis in Alnwick writes: "Three trees down on our street already. Never seen wind like it."

14:58 More than 40,000 homes are without power, according to Northern Powergrid.

15:10 "Our engineers are out, but we will not send them up poles in this wind," a Northern Powergrid spokesperson said.

15:22 Transport Secretary Anna Beck tells the BBC: "The priority tonight is keeping people safe."

15:40 The Environment Agency has issued 12 flood warnings. "Rivers are rising fast in Cumbria," it said.

15:55 "It's the worst I've seen in 20 years," says ferry skipper Ian Muir.`,
    claims: [
      { s: '"Stay at home unless your journey is essential,"', speakers: ['Grace Lomu', 'Lomu'], direct: true },
      { s: 'Train operator Northern Rail says all services', speakers: ['Northern Rail'] },
      { s: 'writes: "Three trees down on our street already.', speakers: ['Jim Hollis', 'Hollis'], direct: true },
      { s: 'Never seen wind like it."', speakers: ['Jim Hollis', 'Hollis'], direct: true },
      { s: 'More than 40,000 homes are without power', speakers: POWERGRID },
      {
        s: '"Our engineers are out, but we will not send them up poles',
        speakers: [
          ...POWERGRID,
          'a Northern Powergrid spokesperson',
          'Northern Powergrid spokesperson',
          'spokesperson',
        ],
        direct: true,
      },
      { s: 'tells the BBC: "The priority tonight', speakers: ['Anna Beck', 'Beck'], direct: true },
      { s: '"Rivers are rising fast in Cumbria," it said.', speakers: ['Environment Agency'], direct: true },
      { s: '"It\'s the worst I\'ve seen in 20 years,"', speakers: ['Ian Muir', 'Muir'], direct: true },
    ],
  },
  {
    name: 'court report: a jury heard, Prosecuting, X KC told the court that, she said, a defendant denies, a witness told the court and accepted that under cross-examination, the witness said, counsel suggested that and he told the jury, In her ruling, the judge said',
    text: `Care home manager on trial over medication records

A former care home manager falsified medication records to hide missed doses given to a resident, a jury at Bristol Crown Court heard on Tuesday.

Prosecuting, Helen Ashdown KC told the court that Peter Rawle, 52, had altered entries on at least 14 occasions in 2023.

"These were not slips of the pen. They were deliberate," she said.

Rawle, of Keynsham, denies six counts of falsifying records.

A former nurse at the home, Carol Tembo, told the court she had seen Rawle changing the charts late at night.

Under cross-examination by Rawle's counsel, Michael Frere KC, Ms Tembo accepted that she had not reported what she saw for several months.

"I was frightened of losing my job," the witness said.

Mr Frere suggested that the charts had been corrected, not falsified. "Correcting a record is what a careful manager does," he told the jury.

Earlier, Judge Alison Crane rejected an application to halt the trial. In her ruling, the judge said the evidence was "plainly sufficient" for the jury to consider.

The trial continues.`,
    claims: [
      {
        s: 'A former care home manager falsified medication records',
        speakers: [...ASHDOWN, 'jury', 'Bristol Crown Court'],
        optional: true,
      },
      { s: 'Prosecuting, Helen Ashdown KC told the court', speakers: ASHDOWN },
      { s: '"These were not slips of the pen.', speakers: ASHDOWN, direct: true },
      { s: 'They were deliberate," she said.', speakers: ASHDOWN, direct: true },
      { s: 'Rawle, of Keynsham, denies six counts', speakers: ['Peter Rawle', 'Rawle'], optional: true },
      { s: 'Carol Tembo, told the court she had seen Rawle', speakers: TEMBO },
      { s: 'Ms Tembo accepted that she had not reported', speakers: TEMBO },
      { s: '"I was frightened of losing my job," the witness said.', speakers: TEMBO, direct: true },
      { s: 'Mr Frere suggested that the charts had been corrected', speakers: FRERE },
      { s: '"Correcting a record is what a careful manager does,"', speakers: FRERE, direct: true },
      { s: 'In her ruling, the judge said the evidence', speakers: ['Alison Crane', 'Crane'] },
    ],
  },
  {
    name: 'interview with Q: / A: labels mixed with narrative paragraphs: a quoted fragment with she says, answers are the interviewee named in the introduction, a question reports what patrons threatened, a board chairman said in a statement, short answers optional',
    text: `'We are not a museum': the new director of the Caldera Festival

Ines Valcárcel took over the Caldera Festival in January, the first woman to run it in its 60-year history. She has cut the opening gala, moved half the concerts outdoors and, she says, "annoyed exactly the right people". We met in her office above the festival box office.

Q: Why cut the gala?

A: Because it cost a third of our budget and nobody under 60 came. I would rather spend that money on forty concerts in the villages.

Valcárcel, 41, grew up in Santa Cruz and played viola in the festival orchestra as a student. She speaks fast and laughs often.

Q: Some of the old patrons have threatened to stop giving money. Does that worry you?

A: Of course it worries me. But a festival that only pleases its donors is a private party. We are not a museum.

The board's chairman, Ramón Eguía, said in a statement last month that he "fully supports" her programme.

Q: What will success look like in five years?

A: Full houses, younger audiences, and the same orchestra. That last part matters most to me.`,
    claims: [
      { s: "'We are not a museum'", speakers: VALCARCEL, direct: true, optional: true },
      { s: 'She has cut the opening gala', speakers: VALCARCEL },
      { s: 'Because it cost a third of our budget', speakers: VALCARCEL, direct: true },
      { s: 'I would rather spend that money on forty concerts', speakers: VALCARCEL, direct: true },
      {
        s: 'Some of the old patrons have threatened',
        speakers: ['Some of the old patrons', 'patrons', 'old patrons'],
        optional: true,
      },
      { s: 'Of course it worries me.', speakers: VALCARCEL, direct: true },
      { s: 'But a festival that only pleases its donors', speakers: VALCARCEL, direct: true },
      { s: 'We are not a museum.', speakers: VALCARCEL, direct: true },
      { s: 'Ramón Eguía, said in a statement last month', speakers: ['Ramón Eguía', 'Eguía'] },
      { s: 'Full houses, younger audiences', speakers: VALCARCEL, direct: true, optional: true },
      { s: 'That last part matters most to me.', speakers: VALCARCEL, direct: true },
    ],
  },
];
