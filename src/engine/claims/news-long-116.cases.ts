/**
 * Batch 116, written by claims44 with its gold committed before the detector ran on it, to be fixed
 * against (not blind): five stories in kinds of writing batches 1–115 have little of (issue #9). A
 * Crown Court trial ("the court heard", a prosecutor "told jurors", a defence barrister "suggested
 * that", a judge "ruled that"); a football press conference ("the coach told reporters", a player
 * quoted after the match, "insisted that"); health news ("according to the study", "the authors
 * wrote", an outside expert); a town council meeting (a councillor "argued that", residents who
 * "told the meeting", the mayor "said the vote showed that"); and opinion by paraphrase ("has long
 * argued that", "disputes that").
 *
 * As in batches 72–115, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words. "The court heard that …" names no one and is optional.
 *
 * At first sight (claims F1 / speaker / direct): 0.982 (28/29/28) / 1.000 / 1.000 ("Owen Huxtable,
 * 44, denies theft." a claim: batch 112's gold counts a denial, this gold left it out). Unchanged
 * after claims44's rows.
 */
import type { NewsCase } from './news.cases';

const DALLOWAY = ['Priya Dalloway', 'Dalloway'];
const MORLAND = ['Judge Celia Morland', 'Celia Morland', 'Morland'];
const GARROD = ['Ted Garrod', 'Garrod'];
const BRANSBY = ['Kit Bransby', 'Bransby'];
const OYELARAN = ['Femi Oyelaran', 'Oyelaran'];
const STUDY = ['the study', 'study', 'a study published on Tuesday in the journal Sleep Medicine Review'];
const AUTHORS = ['The authors', 'authors', 'Hana Ekdahl', 'Ekdahl'];
const EKDAHL = ['Hana Ekdahl', 'Ekdahl'];
const MCBRIDE = ['Liam McBride', 'McBride'];
const PELHAM = ['Rosa Pelham', 'Pelham'];
const STRAKER = ['Colin Straker', 'Straker'];
const ANWAR = ['Mayor Sadia Anwar', 'Sadia Anwar', 'Anwar'];
const TRUST = ['the Ferrybridge Heritage Trust', 'Ferrybridge Heritage Trust', 'trust'];
const QUILL = ['Bernard Quill', 'Quill'];

export const NEWS_CASES_116: NewsCase[] = [
  {
    name: 'Crown Court trial: the court heard, a prosecutor told jurors, a witness said in evidence, a defence barrister suggested that, the judge ruled that',
    text: `Warehouse manager denies stealing £90,000 of phones

A warehouse manager stole more than 600 mobile phones from the depot he ran and sold them online, a jury at Leyburn Crown Court was told on Monday.

Owen Huxtable, 44, denies theft. The court heard that the phones went missing over 18 months from a distribution centre near Catterick.

Prosecutor Priya Dalloway told jurors that Huxtable had changed the stock records to hide the losses. "This was not a moment of weakness. It was a careful, patient scheme," she said.

Ted Garrod, a forklift driver at the depot, said in evidence that he had twice seen his manager loading boxes into his own van. Under cross-examination, Huxtable's barrister suggested that Garrod had a grudge after being refused a pay rise.

Judge Celia Morland ruled that the jury could see messages Huxtable sent to a buyer in 2023. The trial continues.`,
    claims: [
      {
        s: 'A warehouse manager stole more than 600 mobile phones',
        speakers: ['a jury at Leyburn Crown Court', 'jury'],
        optional: true,
      },
      { s: 'The court heard that the phones went missing', speakers: ['The court', 'court'], optional: true },
      { s: 'told jurors that Huxtable had changed the stock records', speakers: DALLOWAY },
      { s: '"This was not a moment of weakness.', speakers: DALLOWAY, direct: true },
      { s: 'It was a careful, patient scheme," she said.', speakers: DALLOWAY, direct: true },
      { s: 'said in evidence that he had twice seen his manager', speakers: GARROD },
      { s: 'barrister suggested that Garrod had a grudge', speakers: ["Huxtable's barrister", 'barrister'] },
      { s: 'ruled that the jury could see messages', speakers: MORLAND },
    ],
  },
  {
    name: 'football press conference: the coach told reporters, a quotation then he said, a player said after the match, the coach insisted that, a club statement',
    text: `Bransby defends keeper after Athletic slip to third defeat

Kingsmere Athletic coach Kit Bransby told reporters on Sunday that he would not drop goalkeeper Femi Oyelaran after a 3-1 defeat at Holt Vale, the side's third in a row.

"Femi has saved us a dozen points this season. One bad afternoon does not change that," Bransby said. He insisted that the team's problems were "further up the pitch".

Oyelaran said after the match that he had lost the ball in the low sun for the second goal. "I have to take that one on the chin," he said.

The club said in a statement that midfielder Jake Purcell would miss six weeks with a hamstring injury.`,
    claims: [
      { s: 'told reporters on Sunday that he would not drop goalkeeper', speakers: BRANSBY },
      { s: '"Femi has saved us a dozen points this season.', speakers: BRANSBY, direct: true },
      { s: 'One bad afternoon does not change that," Bransby said.', speakers: BRANSBY, direct: true },
      { s: "He insisted that the team's problems were", speakers: BRANSBY },
      { s: 'Oyelaran said after the match that he had lost the ball', speakers: OYELARAN },
      { s: '"I have to take that one on the chin," he said.', speakers: OYELARAN, direct: true },
      {
        s: 'The club said in a statement that midfielder Jake Purcell',
        speakers: ['Kingsmere Athletic', 'The club', 'club'],
      },
    ],
  },
  {
    name: 'health news: according to the study, the authors wrote, a lead author said in an interview, an outside expert said, a quotation ended by he added',
    text: `Teenagers who keep phones out of the bedroom sleep longer, study finds

Teenagers who left their phones outside the bedroom at night slept on average 40 minutes longer than those who did not, according to a study published on Tuesday in the journal Sleep Medicine Review.

The researchers, from the University of Malmstad, followed 1,800 pupils aged 13 to 17 for a school year. The authors wrote that the gain was largest among pupils who had slept least at the start.

"Parents often ask us what one change they could make. This is it," lead author Hana Ekdahl said in an interview.

Liam McBride, a sleep scientist at Dunmore University who was not involved in the work, said the study was well designed but could not rule out that families who agreed to the rule differed in other ways. "It is a good nudge, not a cure," he added.`,
    claims: [
      { s: 'Teenagers who left their phones outside the bedroom', speakers: STUDY },
      { s: 'The authors wrote that the gain was largest', speakers: AUTHORS },
      { s: '"Parents often ask us what one change they could make.', speakers: EKDAHL, direct: true },
      { s: 'This is it," lead author Hana Ekdahl said', speakers: EKDAHL, direct: true },
      { s: 'said the study was well designed', speakers: MCBRIDE },
      { s: '"It is a good nudge, not a cure," he added.', speakers: MCBRIDE, direct: true },
    ],
  },
  {
    name: 'town council meeting: a councillor argued that, residents told the meeting, a quotation with she told councillors, the mayor said the vote showed that, the council voted',
    text: `Harnley council votes to keep library open on Saturdays

HARNLEY — Harnley Town Council voted 7-4 on Tuesday night to keep the central library open on Saturdays, reversing a plan to close it at weekends to save £40,000 a year.

Councillor Colin Straker, who proposed the cuts, argued that the town could not afford to run the building for a handful of visitors. More than 30 residents packed the meeting, and several told councillors that Saturday was the only day they could bring their children.

"You are not saving money, you are moving the cost onto families," Rosa Pelham, a mother of three, told the meeting.

Mayor Sadia Anwar said the vote showed that the council had listened. Straker said he would bring the proposal back next year.`,
    claims: [
      { s: 'argued that the town could not afford to run the building', speakers: STRAKER },
      {
        s: 'several told councillors that Saturday was the only day',
        speakers: ['several', 'More than 30 residents', 'residents'],
      },
      { s: '"You are not saving money, you are moving the cost onto families,"', speakers: PELHAM, direct: true },
      { s: 'Mayor Sadia Anwar said the vote showed', speakers: ANWAR },
      { s: 'Straker said he would bring the proposal back', speakers: STRAKER },
    ],
  },
  {
    name: 'opinion by paraphrase: X has long argued that, a trust disputes that, X believes that, according to X',
    text: `Ferrybridge pier plan divides seafront

FERRYBRIDGE — A plan to replace the town's Victorian pier with a concrete jetty has split the seafront.

Bernard Quill, who runs an amusement arcade on the promenade, has long argued that the old pier cannot be saved and that every winter of delay costs jobs. The Ferrybridge Heritage Trust disputes that the structure is beyond repair. According to the trust, a survey it paid for found that 80% of the iron frame was sound.

Quill believes the survey was too narrow. The council will decide in March.`,
    claims: [
      { s: 'has long argued that the old pier cannot be saved', speakers: QUILL },
      { s: 'disputes that the structure is beyond repair', speakers: TRUST },
      { s: 'According to the trust, a survey it paid for found', speakers: TRUST },
      { s: 'Quill believes the survey was too narrow.', speakers: QUILL },
    ],
  },
];
