/**
 * Batch 143, written by claims63 with its gold committed before the detector ran on it, to be fixed
 * against (not blind): three stories in kinds of writing earlier batches used little (issue #9). A
 * fraud trial's closing speeches (the prosecutor who "told jurors that", the defence barrister who
 * "argued that" and "told the jury", the judge who "directed the jurors that" and "warned them
 * not to"); a protest march (organisers' count, the police's count, placards "reading" their
 * slogans, leaflets that "claimed", an organiser quoted with "said X, a midwife who …", a
 * counter-protesters' spokesman, a police chief, the hospital trust); and a strike ballot (the
 * union's result told after the lead, its general secretary, the employer that "urged the union
 * to", "a spokesperson for the company", the conciliation service).
 *
 * As in batches 72–142, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words. A "jury heard" lead, a plea, a count, a placard's slogan and a
 * "called the result …" are optional.
 */
import type { NewsCase } from './news.cases';

const OKAFOR = ['Helen Okafor KC', 'Helen Okafor', 'Okafor', 'Ms Okafor'];
const PRYCE = ['Jonathan Pryce KC', 'Jonathan Pryce', 'Pryce', 'Mr Pryce'];
const WEBB = ['Judge Caroline Webb', 'Caroline Webb', 'Webb', 'Judge Webb'];
const LYONS = ['Maria Lyons', 'Lyons'];
const PYLE = ['Derek Pyle', 'Pyle'];
const ROWE = ['Chief Superintendent Ann Rowe', 'Ann Rowe', 'Rowe'];
const MARSH = ['Eddie Marsh', 'Marsh'];
const RMT = ['RMT', 'the RMT union', 'RMT union'];

export const NEWS_CASES_143: NewsCase[] = [
  {
    name: "a trial's closing speeches: a jury heard (optional), in her closing speech the prosecutor told jurors that, she said, he denies (optional), the defence argued that, a two-sentence quotation then he told the jury, he said, summing up the judge directed the jurors that, she warned them not to, she also told them",
    text: `Jury told to put sympathy aside as charity fraud trial nears end

A former finance director accused of stealing £4.2 million from a housing charity lied to his employers for six years, a jury at Southwark Crown Court heard on Thursday.

In her closing speech, prosecutor Helen Okafor KC told jurors that Simon Askew had treated the charity's accounts "like a personal piggy bank". She said the paper trail was "as clear as any this court will see".

Askew, 52, of Guildford, denies 14 counts of fraud by abuse of position.

His barrister, Jonathan Pryce KC, argued that the prosecution had failed to show his client knew the payments were unauthorised. "Mr Askew was careless. Careless is not criminal," he told the jury. He said the charity's chief executive had signed off every transfer.

Summing up, Judge Caroline Webb directed the jurors that they must reach their verdicts on the evidence alone. She warned them not to research the case online. She also told them they could convict only if they were sure of guilt.

The jury is expected to retire on Friday.`,
    claims: [
      { s: 'a jury at Southwark Crown Court heard on Thursday', speakers: [], optional: true },
      { s: 'Helen Okafor KC told jurors that Simon Askew', speakers: OKAFOR },
      { s: 'She said the paper trail was', speakers: OKAFOR },
      { s: 'denies 14 counts of fraud', speakers: ['Simon Askew', 'Askew'], optional: true },
      { s: 'Jonathan Pryce KC, argued that the prosecution', speakers: PRYCE },
      { s: '"Mr Askew was careless.', speakers: PRYCE, direct: true },
      { s: 'Careless is not criminal," he told the jury.', speakers: PRYCE, direct: true },
      { s: "He said the charity's chief executive", speakers: PRYCE },
      { s: 'Judge Caroline Webb directed the jurors that', speakers: WEBB },
      { s: 'She warned them not to research the case', speakers: WEBB },
      { s: 'She also told them they could convict', speakers: WEBB },
    ],
  },
  {
    name: "a protest: organisers from a campaign said, the police put the figure at (optional), placards reading (optional), leaflets claimed, a two-sentence quotation then said X, a midwife who …, counter-protesters' spokesman said, a police chief said … and that, the trust said",
    text: `Thousands march in Leeds against maternity unit closure

LEEDS — Several thousand people marched through Leeds city centre on Saturday to protest against plans to close the maternity unit at St Wilfrid's Hospital.

Organisers from the Save St Wilfrid's campaign said about 12,000 people had taken part. West Yorkshire Police put the figure at nearer 5,000.

Marchers carried placards reading "Babies not budgets" and "Hands off our hospital". Leaflets handed out along the route claimed the closure would add 40 minutes to the journey for women in labour.

"We are not going away. If they close this unit, someone will die on the A64," said Maria Lyons, a midwife who helped to organise the march.

A small group of counter-protesters gathered outside the Corn Exchange. Their spokesman, Derek Pyle, said the trust was right to "put its staff where the babies are".

Chief Superintendent Ann Rowe said the day had passed off peacefully and that two people had been arrested for public order offences.

The hospital trust said no decision had been made and that a public consultation would run until March.`,
    claims: [
      {
        s: "Organisers from the Save St Wilfrid's campaign said",
        speakers: [
          'Organisers',
          "Organisers from the Save St Wilfrid's campaign",
          "Save St Wilfrid's campaign",
          "Save St Wilfrid's",
        ],
      },
      { s: 'West Yorkshire Police put the figure', speakers: ['West Yorkshire Police'], optional: true },
      { s: 'Marchers carried placards reading', speakers: ['Marchers'], optional: true },
      {
        s: 'Leaflets handed out along the route claimed',
        speakers: ['Leaflets', 'Leaflets handed out along the route'],
      },
      { s: '"We are not going away.', speakers: LYONS, direct: true },
      { s: 'If they close this unit, someone will die', speakers: LYONS, direct: true },
      { s: 'Derek Pyle, said the trust was right', speakers: PYLE },
      { s: 'Ann Rowe said the day had passed off', speakers: ROWE },
      {
        s: 'The hospital trust said no decision had been made',
        speakers: ['The hospital trust', 'hospital trust', 'trust'],
      },
    ],
  },
  {
    name: 'a strike ballot: …, the union said (trailing), the union said (resolved), its general secretary called the result (optional), a two-sentence quotation then he said, the employer said … and urged the union to, a spokesperson for the company said, the conciliation service said',
    text: `Rail maintenance workers vote to strike over pay

Track maintenance workers at Network Rail have voted to strike in a dispute over pay and working hours, the RMT union said on Monday.

The union said 81% of members who voted had backed walkouts, on a turnout of 64%. Its general secretary, Eddie Marsh, called the result "a clear message" to the company. "Our members keep the railway safe at three in the morning. They are not asking for the moon," he said.

Network Rail said it was "disappointed" by the ballot and urged the union to put its latest offer, a 4.5% rise over two years, to members. A spokesperson for the company said contingency plans would keep most services running.

The conciliation service Acas said it had invited both sides to talks later this week. No dates for strikes have been announced.`,
    claims: [
      { s: 'Track maintenance workers at Network Rail have voted', speakers: RMT },
      { s: 'The union said 81% of members', speakers: RMT },
      { s: 'Eddie Marsh, called the result', speakers: MARSH, optional: true },
      { s: '"Our members keep the railway safe', speakers: MARSH, direct: true },
      { s: 'They are not asking for the moon," he said.', speakers: MARSH, direct: true },
      { s: 'Network Rail said it was "disappointed"', speakers: ['Network Rail'] },
      {
        s: 'A spokesperson for the company said contingency plans',
        speakers: ['Network Rail', 'A spokesperson for the company', 'spokesperson'],
      },
      {
        s: 'The conciliation service Acas said',
        speakers: ['Acas', 'The conciliation service Acas', 'conciliation service Acas'],
      },
    ],
  },
];
