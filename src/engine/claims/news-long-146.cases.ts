/**
 * Batch 146, written by claims64 with its gold committed before the detector ran on it, to be fixed
 * against (not blind): three stories in kinds of writing earlier batches used little (issue #9). An
 * inquest (a coroner's conclusion told in the lead, "the inquest heard that", a lorry driver "giving
 * evidence", a collision investigator and "according to his report", the assistant coroner who
 * "found that" and "said she would write to", the parents' statement read by a solicitor after a
 * colon, the council); an earnings call (the company's new forecast, the chief executive who "told
 * investors on a call that" and is quoted over two sentences, "Asked by an analyst whether …, Ms
 * Raman replied that", the finance director's "He added that", analysts at a bank, one analyst "who
 * asked not to be named", "according to data from"); and a weather warning (forecasters, the Met
 * Office's warning "saying", its chief meteorologist quoted before and after "said", a question
 * answered with "according to", an agency that "urged people not to …, saying", a roads body, a
 * train company that "told passengers not to travel", a lifeboat charity's spokeswoman).
 *
 * As in batches 72–145, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words. "The inquest heard", a warning issued and a refusal to say are
 * optional.
 */
import type { NewsCase } from './news.cases';

const MERRITT = ['Fiona Merritt', 'Merritt', 'assistant coroner Fiona Merritt'];
const STROUD = ['Kevin Stroud', 'Stroud', 'Mr Stroud'];
const LOWE = ['PC Gareth Lowe', 'Gareth Lowe', 'Lowe'];
const PARENTS = ["Dr Ashdown's parents", "Ashdown's parents", 'parents'];
const RAMAN = ['Priya Raman', 'Raman', 'Ms Raman'];
const ACHEBE = ['Tom Achebe', 'Achebe'];
const PRITCHARD = ['Alun Pritchard', 'Pritchard'];
const EA = ['Environment Agency', 'The Environment Agency'];

export const NEWS_CASES_146: NewsCase[] = [
  {
    name: 'an inquest: …, a coroner has ruled, the inquest heard that (optional), giving evidence he said, he told the court, an investigator said, according to his report, recording a conclusion the coroner found that, she said she would write, the parents said: and a two-sentence quotation, the council said',
    text: `Junction design contributed to doctor's death, coroner finds

A junior doctor killed by a turning lorry in Bristol died as a result of a road traffic collision to which the layout of the junction contributed, a coroner has ruled.

Dr Imogen Ashdown, 34, who worked at Southmead Hospital, was struck at the junction of Temple Way and Old Market Street on 14 March.

The inquest at Avon Coroner's Court heard that the lorry's driver, Kevin Stroud, had checked his mirrors but did not see her in his blind spot.

Giving evidence, Mr Stroud said he had "never stopped thinking about her". He told the court he had driven lorries for 22 years without an accident.

PC Gareth Lowe, a collision investigator, said the lorry had been travelling at under 10mph. According to his report, the cycle lane ended eleven metres before the junction.

Recording a conclusion of accidental death, assistant coroner Fiona Merritt found that the design of the junction had "more than minimally" contributed to Dr Ashdown's death. She said she would write to Bristol City Council to ask what it planned to do.

In a statement read outside court by the family's solicitor, Dr Ashdown's parents said: "Imogen spent her life caring for others. We want nobody else to go through this."

The council said a review of the junction was already under way.`,
    claims: [
      { s: 'died as a result of a road traffic collision', speakers: [...MERRITT, 'a coroner', 'coroner'] },
      { s: "The inquest at Avon Coroner's Court heard that", speakers: [], optional: true },
      { s: 'Mr Stroud said he had "never stopped', speakers: STROUD },
      { s: 'He told the court he had driven lorries', speakers: STROUD },
      { s: 'PC Gareth Lowe, a collision investigator, said', speakers: LOWE },
      { s: 'According to his report, the cycle lane', speakers: LOWE },
      { s: 'assistant coroner Fiona Merritt found that', speakers: MERRITT },
      { s: 'She said she would write to Bristol City Council', speakers: MERRITT },
      { s: 'parents said: "Imogen spent her life', speakers: PARENTS, direct: true },
      { s: 'We want nobody else to go through this."', speakers: PARENTS, direct: true },
      { s: 'The council said a review of the junction', speakers: ['Bristol City Council'] },
    ],
  },
  {
    name: 'an earnings call: the company said it now expected, the chief executive told investors on a call that, a two-sentence quotation then she said, asked by an analyst whether … she replied that, the finance director said … he added that, analysts at a bank said, one analyst who asked not to be named said, according to data from',
    text: `Halvern shares slide as chief executive warns of "tough" year

Shares in Halvern Group, the Sheffield-based maker of industrial pumps, fell 11% on Wednesday after the company cut its profit forecast for the second time in four months.

Halvern said it now expected underlying operating profit of between £88 million and £92 million for the year, down from the £105 million it had guided in July.

The chief executive, Priya Raman, told investors on a call that orders from water utilities had "fallen off a cliff" since the summer. "We are not going to pretend this is a blip. It is going to be a tough twelve months," she said.

Asked by an analyst whether the dividend was safe, Ms Raman replied that the board "remains committed" to it.

The finance director, Tom Achebe, said the company would cut 300 jobs, mostly at its German plants. He added that savings of £20 million a year should show from 2028.

Analysts at Berenberg said the warning was "worse than feared" and cut their price target to 410p. One analyst, who asked not to be named, said investors had lost patience with the management.

According to data from LSEG, the shares have fallen by a third since January.`,
    claims: [
      { s: 'Halvern said it now expected underlying', speakers: ['Halvern Group', 'Halvern'] },
      { s: 'Priya Raman, told investors on a call that orders', speakers: RAMAN },
      { s: '"We are not going to pretend this is a blip.', speakers: RAMAN, direct: true },
      { s: 'It is going to be a tough twelve months," she said.', speakers: RAMAN, direct: true },
      { s: 'Ms Raman replied that the board', speakers: RAMAN },
      { s: 'Tom Achebe, said the company would cut', speakers: ACHEBE },
      { s: 'He added that savings of £20 million', speakers: ACHEBE },
      { s: 'Analysts at Berenberg said the warning', speakers: ['Analysts at Berenberg', 'Analysts', 'Berenberg'] },
      { s: 'One analyst, who asked not to be named, said', speakers: ['One analyst', 'analyst'] },
      { s: 'According to data from LSEG, the shares', speakers: ['LSEG', 'data from LSEG'] },
    ],
  },
  {
    name: 'a weather warning: forecasters have warned, the Met Office has issued … saying, a quotation then said X and a second quotation standing alone, a question then according to X which said, an agency has issued (optional), it urged people not to … saying, a roads body said, a train company told passengers not to, a charity advised, a quotation then a spokeswoman said',
    text: `Amber warning as Storm Hollis brings 80mph gusts

Forecasters have warned of a "danger to life" from flying debris as Storm Hollis sweeps across Wales and south-west England on Sunday.

The Met Office has issued an amber wind warning from 6am to 9pm, saying gusts of 70 to 80mph are likely on exposed coasts.

"This is a storm to take seriously," said the Met Office's chief meteorologist, Alun Pritchard. "Trees that are still in leaf will catch the wind, and some of them will come down."

Will there be power cuts? Almost certainly, according to the Energy Networks Association, which said engineers were on standby.

The Environment Agency has issued 14 flood warnings, mostly in Devon and Cornwall. It urged people not to drive through flood water, saying just 30cm was enough to float a car.

National Highways said the Severn Bridge was likely to close to high-sided vehicles. Great Western Railway told passengers not to travel west of Exeter.

The RNLI advised people to keep away from the sea front. "No photo is worth your life," a spokeswoman said.`,
    claims: [
      { s: 'Forecasters have warned of a "danger to life"', speakers: ['Forecasters', 'Met Office'] },
      { s: 'The Met Office has issued an amber wind warning', speakers: ['Met Office', 'The Met Office'] },
      { s: '"This is a storm to take seriously," said', speakers: PRITCHARD, direct: true },
      { s: '"Trees that are still in leaf', speakers: PRITCHARD, direct: true },
      {
        s: 'Almost certainly, according to the Energy Networks Association',
        speakers: ['Energy Networks Association', 'the Energy Networks Association'],
      },
      { s: 'The Environment Agency has issued 14 flood warnings', speakers: EA, optional: true },
      { s: 'It urged people not to drive through flood water', speakers: EA },
      { s: 'National Highways said the Severn Bridge', speakers: ['National Highways'] },
      { s: 'Great Western Railway told passengers not to travel', speakers: ['Great Western Railway'] },
      { s: 'The RNLI advised people to keep away', speakers: ['RNLI', 'The RNLI'] },
      {
        s: '"No photo is worth your life," a spokeswoman said.',
        speakers: ['RNLI', 'a spokeswoman', 'spokeswoman'],
        direct: true,
      },
    ],
  },
];
