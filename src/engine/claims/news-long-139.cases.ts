/**
 * Batch 139, written blind by claims61 before its rows, committed before the detector ran on it,
 * and kept as a first-sight check (only its totals are ever printed; no row is fixed against it).
 * An ordinary day's mix in the kinds of writing of batches 137 and 138 (issue #9): a fraud
 * sentencing with the judge, a charity's statement read to the court and the defence barrister; a
 * football club's manager at a press conference, a signing quoted by a newspaper abroad and the
 * captain; a nurses' strike with the union, the health minister, the premier and a patient; and a
 * study of beaches with its lead author, an outside expert, a department and a group's post.
 *
 * As in batches 72–138, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words. A question and a declaration are optional.
 */
import type { NewsCase } from './news.cases';

const ASKE = ['Judge Simon Aske', 'Simon Aske', 'Aske'];
const MOSS = ['Linda Moss', 'Moss'];
const DOYLE = ['Catherine Doyle', 'Doyle'];
const FRAY = ['Detective Constable Ian Fray', 'Ian Fray', 'Fray'];
const ASHWORTH = ['Nick Ashworth', 'Ashworth'];
const MENDES = ['Caio Mendes', 'Mendes'];
const PILLING = ['Sam Pilling', 'Pilling'];
const CORRIGAN = ['Tess Corrigan', 'Corrigan'];
const DEVLIN = ['Health Minister Claire Devlin', 'Claire Devlin', 'Devlin'];
const HANLEY = ['Premier Robert Hanley', 'Robert Hanley', 'Hanley'];
const PIKE = ['Joan Pike', 'Pike'];
const BRENNAN = ['Dr Aoife Brennan', 'Aoife Brennan', 'Brennan'];
const HAYES = ['Professor Colm Hayes', 'Colm Hayes', 'Hayes'];
const ANMF = ['Australian Nursing and Midwifery Federation', 'The union', 'union'];

export const NEWS_CASES_139: NewsCase[] = [
  {
    name: "a fraud sentencing: the judge said, the charity's chief executive said in a statement read to the court, a quotation then she said, the barrister said, she told the court, a detective said afterwards",
    text: `Accountant jailed for stealing £1.2m from children's hospice

An accountant who stole £1.2 million from a children's hospice to pay for holidays and a racehorse has been jailed for six years.

Graham Pettifer, 58, of Harrogate, was found guilty of fraud by abuse of position after a trial at Leeds Crown Court. Judge Simon Aske said Pettifer had betrayed "the trust of every family who ever gave a penny to the hospice".

The hospice's chief executive, Linda Moss, said in a statement read to the court that staff had been forced to cut night nursing while the money was missing. "We will never know how many families we could have helped," she said.

Pettifer's barrister, Catherine Doyle, said he had a gambling addiction and had repaid £200,000. She told the court he was "a broken man".

Detective Constable Ian Fray said afterwards that the hospice had been "let down in the worst possible way".`,
    claims: [
      { s: 'Judge Simon Aske said Pettifer had betrayed', speakers: ASKE },
      { s: 'Linda Moss, said in a statement read to the court', speakers: MOSS },
      { s: '"We will never know how many families', speakers: MOSS, direct: true },
      { s: 'Catherine Doyle, said he had a gambling addiction', speakers: DOYLE },
      { s: 'She told the court he was "a broken man".', speakers: DOYLE },
      { s: 'Ian Fray said afterwards that the hospice', speakers: FRAY },
    ],
  },
  {
    name: "a signing: the club's manager confirmed, asked at his press conference X said, a two-sentence quotation then X said, the player told a newspaper that, the captain said, the other club's president said",
    text: `Rovers close in on Brazilian striker

Bristol Rovers are in talks to sign the Brazilian striker Caio Mendes from Vasco da Gama, the club's manager confirmed on Friday.

Asked about the deal at his pre-match press conference, Nick Ashworth said the two clubs were "close but not there yet". "He scores goals and he works hard. That is what we need," Ashworth said.

Mendes told the Brazilian newspaper O Globo that he had always dreamed of playing in England. The Rovers captain, Sam Pilling, said the squad would make him welcome.

Vasco's president said on Thursday that no offer had been accepted.`,
    claims: [
      { s: "the club's manager confirmed on Friday", speakers: [...ASHWORTH, "the club's manager"] },
      { s: 'Nick Ashworth said the two clubs were', speakers: ASHWORTH },
      { s: '"He scores goals and he works hard.', speakers: ASHWORTH, direct: true },
      { s: 'That is what we need," Ashworth said.', speakers: ASHWORTH, direct: true },
      { s: 'Mendes told the Brazilian newspaper O Globo', speakers: MENDES },
      { s: 'Sam Pilling, said the squad would make him welcome', speakers: PILLING },
      { s: "Vasco's president said on Thursday", speakers: ["Vasco's president", 'president'] },
    ],
  },
  {
    name: "a nurses' strike: the union's state secretary said, the union says, the health minister said … and accused the union of, the premier said he wanted, a patient said, a quotation then she said",
    text: `Victorian nurses stage first strike in a decade

MELBOURNE — Thousands of nurses walked off the job across Victoria on Wednesday, forcing hospitals to postpone hundreds of operations.

The state secretary of the Australian Nursing and Midwifery Federation, Tess Corrigan, said nurses were "exhausted and leaving in droves". The union says wards are routinely left short of staff.

Health Minister Claire Devlin said the government had made a "generous and fair" offer and accused the union of putting patients at risk. Premier Robert Hanley said he wanted the dispute settled before Christmas.

Joan Pike, 71, said her hip operation at the Royal Melbourne Hospital had been cancelled twice. "I don't blame the nurses. I blame whoever let it get this far," she said.`,
    claims: [
      { s: 'Tess Corrigan, said nurses were "exhausted', speakers: CORRIGAN },
      { s: 'The union says wards are routinely left short', speakers: ANMF },
      { s: 'Claire Devlin said the government had made', speakers: DEVLIN },
      { s: 'Robert Hanley said he wanted the dispute settled', speakers: HANLEY },
      { s: 'Joan Pike, 71, said her hip operation', speakers: PIKE },
      { s: '"I don\'t blame the nurses.', speakers: PIKE, direct: true },
      { s: 'I blame whoever let it get this far," she said.', speakers: PIKE, direct: true },
    ],
  },
  {
    name: 'a study of beaches: researchers reported in a journal, X, who led the study, said, a two-sentence quotation then she said, an outside expert said, a department said it would, a group posted on Facebook that',
    text: `Microplastics found on every beach sampled around Ireland

Microplastics were found on every one of 40 beaches sampled around Ireland, researchers at University College Cork reported in the journal Marine Pollution Bulletin on Monday.

Dr Aoife Brennan, who led the study, said the highest levels were found near river mouths. "This is not a problem of litter left on the sand. It is coming down our rivers," she said.

Professor Colm Hayes of the University of Galway, who was not involved in the work, said the findings matched earlier surveys. The Department of the Environment said it would study the report.

The environmental group Clean Coasts posted on Facebook that it would run extra beach cleans this winter.`,
    claims: [
      {
        s: 'researchers at University College Cork reported',
        speakers: ['researchers at University College Cork', 'researchers', 'University College Cork'],
      },
      { s: 'Dr Aoife Brennan, who led the study, said', speakers: BRENNAN },
      { s: '"This is not a problem of litter left on the sand.', speakers: BRENNAN, direct: true },
      { s: 'It is coming down our rivers," she said.', speakers: BRENNAN, direct: true },
      { s: 'Colm Hayes of the University of Galway', speakers: HAYES },
      {
        s: 'The Department of the Environment said it would',
        speakers: ['The Department of the Environment', 'Department of the Environment'],
      },
      { s: 'Clean Coasts posted on Facebook that', speakers: ['Clean Coasts'] },
    ],
  },
];
