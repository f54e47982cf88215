/**
 * Batch 125, written by claims57 with its gold committed before the detector ran on it, to be fixed
 * against (not blind): five stories in kinds of writing earlier batches had little of (issue #9). A
 * parliamentary debate with several speakers in turn ("told MPs", "the minister replied", "MPs
 * heard", an opposition spokeswoman who "called on", a backbencher who "denounced", "conceded",
 * "insisted"); a water company's statement and spokespeople ("the company said in a statement", "a
 * spokesperson for X said", "A spokesman for the regulator, X, said"); a court hearing over a
 * will ("the court heard", a barrister "told the court", a sister who "disputes that", the judge);
 * a ferry operator's chief quoted in « » marks over two paragraphs; and a lifeboat coxswain named
 * once with a Welsh name, then "the coxswain" and "he".
 *
 * As in batches 72–124, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words. "The court heard that …" and "MPs heard that …" name no one and
 * are optional.
 */
import type { NewsCase } from './news.cases';

const ASHWORTH = ['Fiona Ashworth', 'Ashworth'];
const OKONJO = ['Adaeze Okonjo', 'Okonjo'];
const TREMLETT = ['Neil Tremlett', 'Tremlett'];
const GARSIDE = ['Sir Martin Garside', 'Martin Garside', 'Garside'];
const BRENMOUTH = ['Brenmouth Water'];
const REGULATOR = ['the Water Standards Board', 'Water Standards Board'];
const KEANE = ['Orla Keane', 'Keane'];
const FENWICK = ['Judge Alison Fenwick', 'Alison Fenwick', 'Fenwick'];
const MORCOMBE = ['Ruth Morcombe', 'Morcombe'];
const PASCOE = ['Daniel Pascoe', 'Pascoe'];
const LEROUX = ['Amélie Leroux', 'Leroux'];
const VIDAL = ['Tomás Vidal', 'Vidal'];
const EVANS = ['Iwan Evans', 'Evans'];
const RNLI = ['the Royal National Lifeboat Institution', 'Royal National Lifeboat Institution', 'RNLI'];

export const NEWS_CASES_125: NewsCase[] = [
  {
    name: 'a Commons debate on rail fares: the minister told MPs, an opposition spokeswoman called on the government to, a backbencher denounced, the minister replied that, conceded that, insisted, MPs heard (optional)',
    text: `Minister defends rail fare rise in heated Commons debate

Rail Minister Fiona Ashworth told MPs on Tuesday that the 4.2% rise in regulated fares was needed to pay for new trains on commuter lines.

"Passengers want reliable services, and reliable services cost money," she said. "I will not pretend otherwise."

Labour's transport spokeswoman, Adaeze Okonjo, called on the government to freeze fares until punctuality improved. She said commuters in the north were paying more for trains that arrived late one day in five.

Conservative backbencher Neil Tremlett denounced the rise as "a tax on getting to work" and said his constituents had written to him in their hundreds.

The minister replied that fares had risen by less than inflation for three years. She conceded that punctuality had been "not good enough" over the winter, but insisted the new timetable would help.

MPs heard that six operators had missed their targets in the last quarter.`,
    claims: [
      { s: 'told MPs on Tuesday that the 4.2% rise', speakers: ASHWORTH },
      {
        s: '"Passengers want reliable services, and reliable services cost money," she said.',
        speakers: ASHWORTH,
        direct: true,
      },
      { s: '"I will not pretend otherwise."', speakers: ASHWORTH, direct: true },
      { s: 'called on the government to freeze fares', speakers: OKONJO },
      { s: 'She said commuters in the north were paying more', speakers: OKONJO },
      { s: 'denounced the rise as', speakers: TREMLETT },
      { s: 'The minister replied that fares had risen', speakers: ASHWORTH },
      { s: 'She conceded that punctuality had been', speakers: ASHWORTH },
      { s: 'MPs heard that six operators had missed', speakers: ['MPs'], optional: true },
    ],
  },
  {
    name: 'a water company and its regulator: the company said in a statement, a quotation then the statement said, a spokesperson for a campaign group said, a spokesman for the regulator, X, said, the chairman assured customers that, a councillor praised',
    text: `Brenmouth Water fined over sewage spills into river

Brenmouth Water has been fined 3.1 million pounds for releasing untreated sewage into the River Alde on more than 200 days last year.

The company said in a statement that it accepted the fine and had already begun work on a larger storm tank at its Kelby works.

"We are sorry for the harm done to the river and to the people who use it," the statement said.

A spokesperson for the campaign group Clean Alde said the fine was "a fraction of what the company paid its shareholders" and that spills had continued this spring.

A spokesman for the regulator, the Water Standards Board, said the penalty reflected the length of time the spills had gone on.

The company's chairman, Sir Martin Garside, assured customers that bills would not rise to pay the fine. Local councillor Orla Keane praised the campaigners for keeping the river in the news.`,
    claims: [
      { s: 'The company said in a statement that it accepted the fine', speakers: BRENMOUTH },
      {
        s: '"We are sorry for the harm done to the river and to the people who use it," the statement said.',
        speakers: ['the statement', 'statement', ...BRENMOUTH],
        direct: true,
      },
      {
        s: 'A spokesperson for the campaign group Clean Alde said the fine',
        speakers: ['A spokesperson for the campaign group Clean Alde', 'spokesperson', 'Clean Alde'],
      },
      {
        s: 'said the penalty reflected the length of time',
        speakers: ['A spokesman for the regulator', 'spokesman', ...REGULATOR],
      },
      { s: 'assured customers that bills would not rise', speakers: GARSIDE },
      { s: 'praised the campaigners for keeping the river', speakers: KEANE },
    ],
  },
  {
    name: 'a hearing over a will: the court heard (optional), a barrister told the court that, the sister disputes that, her barrister argued, the judge said she would, a quotation then the judge said',
    text: `Sisters fight over farmer's will in High Court

A farmer changed his will weeks before he died to leave his farm to a neighbour, the High Court in Exeter heard on Monday.

The court heard that Hugh Dalry, who died in 2023 aged 91, had signed the new will at his kitchen table in front of two witnesses.

Ruth Morcombe, representing the neighbour, told the court that Dalry had been "sharp and clear" when he signed and had explained his reasons to his doctor.

Dalry's elder daughter disputes that her father understood what he was signing. Her barrister, Daniel Pascoe, argued that he had been confused for months and could not recognise his own grandchildren.

Judge Alison Fenwick said she would hear from the two witnesses on Wednesday. "This is a sad case, and I will not rush it," the judge said.`,
    claims: [
      {
        s: 'A farmer changed his will weeks before he died',
        speakers: ['the High Court in Exeter', 'High Court', 'The court'],
        optional: true,
      },
      { s: 'The court heard that Hugh Dalry', speakers: ['The court', 'court'], optional: true },
      { s: 'told the court that Dalry had been', speakers: MORCOMBE },
      {
        s: 'disputes that her father understood',
        speakers: ["Dalry's elder daughter", 'elder daughter', 'daughter'],
      },
      { s: 'argued that he had been confused for months', speakers: PASCOE },
      { s: 'said she would hear from the two witnesses', speakers: FENWICK },
      { s: '"This is a sad case, and I will not rush it," the judge said.', speakers: FENWICK, direct: true },
    ],
  },
  {
    name: 'a ferry chief in « » marks over two paragraphs: a quotation of two sentences then said, a paragraph quoted with no verb, carried on with she added, a union official joked, then said',
    text: `Channel ferry firm to cut winter crossings

CALAIS, France — The ferry operator Manchemer will cut its winter crossings between Calais and Dover by a quarter from January, its chief executive said on Thursday.

« Fuel has doubled in two years. We cannot sail half-empty ships through the winter, » said Amélie Leroux, who has run the company since 2021.

« The summer timetable will not change. Families who have booked will travel as planned.

« We will look again in March, » she added.

Tomás Vidal, a union official who represents the crews, joked that the company had found "the only way to make a ferry even slower". He said crews had been promised that no jobs would go.`,
    claims: [
      {
        s: 'will cut its winter crossings between Calais and Dover',
        speakers: LEROUX,
      },
      { s: '« Fuel has doubled in two years.', speakers: LEROUX, direct: true },
      { s: 'We cannot sail half-empty ships through the winter', speakers: LEROUX, direct: true },
      { s: '« The summer timetable will not change.', speakers: LEROUX, direct: true },
      { s: 'Families who have booked will travel as planned.', speakers: LEROUX, direct: true },
      { s: '« We will look again in March, » she added.', speakers: LEROUX, direct: true },
      { s: 'joked that the company had found', speakers: VIDAL },
      { s: 'He said crews had been promised', speakers: VIDAL },
    ],
  },
  {
    name: 'a lifeboat rescue: a coxswain with a Welsh name named once after his role, then the coxswain said, he said, a quotation then he added, the charity said',
    text: `Lifeboat crew rescue four from yacht off Anglesey

Four people were rescued from a yacht that lost its mast in a storm off Anglesey on Saturday night.

Lifeboat coxswain Iwan Evans said the crew had reached the yacht within 40 minutes of the call but had to wait for the sea to calm before towing it.

The coxswain said the four sailors were cold but unhurt. He said the crew had trained for exactly this kind of night.

"The waves were five metres at times. Nobody on that yacht will forget it," he added.

The Royal National Lifeboat Institution said it had launched more than 300 times in Wales this year.`,
    claims: [
      { s: 'said the crew had reached the yacht within 40 minutes', speakers: EVANS },
      { s: 'The coxswain said the four sailors were cold', speakers: EVANS },
      { s: 'He said the crew had trained for exactly', speakers: EVANS },
      { s: '"The waves were five metres at times.', speakers: EVANS, direct: true },
      { s: 'Nobody on that yacht will forget it," he added.', speakers: EVANS, direct: true },
      { s: 'said it had launched more than 300 times', speakers: RNLI },
    ],
  },
];
