/**
 * Batch 140, written by claims62 with its gold committed before the detector ran on it, to be fixed
 * against (not blind): three stories in kinds of writing the issue asks for (issue #9). A public
 * inquiry's hearing with counsel to the inquiry putting questions, a witness answering ("she told
 * the inquiry", "he accepted that", "she replied"), a lawyer for the bereaved families and the
 * chair's ruling ("ruled that", "said in his ruling"); an earnings call with the chief executive and
 * the finance chief ("told analysts on a call", "said on the call"), an analyst's question, a
 * broker's note ("analysts at X wrote in a note", "said X, an analyst at Y"); and a weather disaster
 * with the forecasters ("the Met Office said", "warned that"), the fire service, residents ("said X,
 * who has lived in the village for 40 years"), a council leader and an insurers' body.
 *
 * As in batches 72–139, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words. A question, a denial without content and a declaration are
 * optional.
 */
import type { NewsCase } from './news.cases';

const HALDANE = ['Sir Peter Haldane', 'Peter Haldane', 'Haldane', 'the chair'];
const QUAYLE = ['Miriam Quayle KC', 'Miriam Quayle', 'Ms Quayle', 'Quayle'];
const ORMEROD = ['Diane Ormerod', 'Ms Ormerod', 'Ormerod'];
const FAIRLIE = ['Colin Fairlie', 'Mr Fairlie', 'Fairlie'];
const BASSI = ['Rajan Bassi KC', 'Rajan Bassi', 'Mr Bassi', 'Bassi'];
const WELLAND = ['Marcus Welland', 'Welland'];
const OKONJO = ['Funmi Okonjo', 'Okonjo'];
const TRAIN = ['Hannah Train', 'Train'];
const PERCIVAL = ['Jeremy Percival', 'Percival'];
const METOFFICE = ['The Met Office', 'Met Office'];
const ASHCROFT = ['Lydia Ashcroft', 'Ashcroft'];
const GWYNNE = ['Station Manager Tom Gwynne', 'Tom Gwynne', 'Gwynne'];
const PRITCHARD = ['Eileen Pritchard', 'Pritchard'];
const LLOYD = ['Councillor Aled Lloyd', 'Aled Lloyd', 'Lloyd'];
const ABI = ['The Association of British Insurers', 'Association of British Insurers', 'ABI'];

export const NEWS_CASES_140: NewsCase[] = [
  {
    name: "a public inquiry's hearing: counsel to the inquiry asked (optional), the witness told the inquiry that, she accepted that, a two-sentence quotation then she replied, a lawyer for the families put it to him that (optional), he denied (optional), he said, the chair ruled that, he said in his ruling, a quotation then he said",
    text: `Housing officer "did not read" tower block fire warnings, inquiry hears

A senior housing officer did not read three fire safety reports about a tower block in the months before a fire that killed six people, a public inquiry has heard.

Diane Ormerod, who was head of building safety at Eastbrook Council, was questioned on Tuesday by Miriam Quayle KC, counsel to the inquiry. Ms Quayle asked whether anyone at the council had been responsible for reading the reports.

Ms Ormerod told the inquiry that the reports had been "filed, not read" because her team had lost four of its seven officers. She accepted that the council should have acted on the first report in 2021.

"Looking back, do you think the residents were safe?" Ms Quayle asked. "No. I do not think they were safe, and I have to live with that," Ms Ormerod replied.

Colin Fairlie, the council's former chief executive, told the inquiry he had been assured that the cladding met the regulations. Rajan Bassi KC, for the bereaved families, put it to him that he had never asked to see the reports. Mr Fairlie said he had trusted his officers.

The chair of the inquiry, Sir Peter Haldane, ruled that the council's emails from 2021 must be disclosed in full. He said in his ruling that the public interest outweighed any claim of privilege. "The families are entitled to know what was known, and when," he said.`,
    claims: [
      // Added after the first score, as batch 127 has it ("…, an inquest has heard" is optional):
      // left out when the gold was written.
      {
        s: 'A senior housing officer did not read three fire safety reports',
        speakers: ['a public inquiry', 'public inquiry', 'inquiry'],
        optional: true,
      },
      { s: 'Ms Quayle asked whether anyone at the council', speakers: QUAYLE, optional: true },
      { s: 'Ms Ormerod told the inquiry that the reports', speakers: ORMEROD },
      { s: 'She accepted that the council should have acted', speakers: ORMEROD },
      { s: '"Looking back, do you think the residents were safe?"', speakers: QUAYLE, direct: true, optional: true },
      { s: '"No. I do not think they were safe', speakers: ORMEROD, direct: true },
      { s: "Colin Fairlie, the council's former chief executive, told the inquiry", speakers: FAIRLIE },
      { s: 'put it to him that he had never asked', speakers: BASSI, optional: true },
      { s: 'Mr Fairlie said he had trusted his officers', speakers: FAIRLIE },
      { s: 'Sir Peter Haldane, ruled that the council', speakers: HALDANE },
      { s: 'He said in his ruling that the public interest', speakers: HALDANE },
      { s: '"The families are entitled to know what was known', speakers: HALDANE, direct: true },
    ],
  },
  {
    name: 'an earnings call: the company said in a statement, the chief executive told analysts on a call that, a two-sentence quotation then he said, the finance chief said on the call, asked by an analyst whether (optional), she said, analysts at a broker wrote in a note that, said X, an analyst at Y',
    text: `Harrowgate Retail profit falls as shoppers cut back

Harrowgate Retail reported a 14% fall in half-year profit on Thursday, and the company said in a statement that sales of furniture and electricals had been "particularly weak".

Chief executive Marcus Welland told analysts on a call that the group would close 22 of its 310 stores next year. "We have too many shops in the wrong places. We are fixing that now," he said.

Finance chief Funmi Okonjo said on the call that the dividend would be held at 8 pence. Asked by an analyst at Barclays whether the company would need to raise money, she said the balance sheet was "strong enough to get through a difficult year".

Analysts at Peel Hunt wrote in a note that the store closures were "overdue but sensible". "The question is whether the rest of the estate can grow," said Hannah Train, an analyst at Shore Capital.

Jeremy Percival, who runs the retail consultancy Percival Associates, said the results showed how far shoppers had moved online.

Harrowgate's shares fell 6% by mid-afternoon.`,
    claims: [
      {
        s: 'the company said in a statement that sales of furniture',
        speakers: ['Harrowgate Retail', 'Harrowgate', 'the company'],
      },
      { s: 'Marcus Welland told analysts on a call', speakers: WELLAND },
      { s: '"We have too many shops in the wrong places.', speakers: WELLAND, direct: true },
      { s: 'We are fixing that now," he said.', speakers: WELLAND, direct: true },
      { s: 'Funmi Okonjo said on the call that the dividend', speakers: OKONJO },
      { s: 'she said the balance sheet was "strong enough', speakers: OKONJO },
      { s: 'Analysts at Peel Hunt wrote in a note', speakers: ['Analysts at Peel Hunt', 'Peel Hunt'] },
      { s: '"The question is whether the rest of the estate can grow,"', speakers: TRAIN, direct: true },
      { s: 'said the results showed how far shoppers', speakers: PERCIVAL },
    ],
  },
  {
    name: "a weather disaster: the Met Office said, a forecaster warned that, a fire officer said, a quotation then said X, who has lived …, a resident said, the council leader said … and urged, an insurers' body said in a statement, it estimated (optional)",
    text: `Hundreds evacuated as Storm Elin floods Welsh valleys

Hundreds of people were moved from their homes overnight as Storm Elin brought more than a month's rain to parts of south Wales in 24 hours.

The Met Office said a red warning for rain would stay in place until noon on Sunday. Its chief forecaster, Lydia Ashcroft, warned that rivers would keep rising for several hours after the rain stopped.

Station Manager Tom Gwynne of South Wales Fire and Rescue Service said crews had rescued 43 people by boat. "Some of them were in their bedrooms with the water coming up the stairs," he said.

"I have never seen the river like this, not once," said Eileen Pritchard, who has lived in Pontwen for 40 years. Her neighbour said the water had reached the second step of the church within an hour.

Councillor Aled Lloyd, the leader of Rhondda Cynon Taf Council, said rest centres had been opened in three schools and urged people not to drive through floodwater.

The Association of British Insurers said in a statement that people should photograph any damage before they cleared it. It said insurers had sent extra loss adjusters to the area.`,
    claims: [
      { s: 'The Met Office said a red warning for rain', speakers: METOFFICE },
      { s: 'Lydia Ashcroft, warned that rivers would keep rising', speakers: ASHCROFT },
      { s: 'Tom Gwynne of South Wales Fire and Rescue Service said', speakers: GWYNNE },
      { s: '"Some of them were in their bedrooms', speakers: GWYNNE, direct: true },
      { s: '"I have never seen the river like this, not once,"', speakers: PRITCHARD, direct: true },
      { s: 'Her neighbour said the water had reached', speakers: ['Her neighbour', 'neighbour'] },
      { s: 'Aled Lloyd, the leader of Rhondda Cynon Taf Council, said', speakers: LLOYD },
      { s: 'said in a statement that people should photograph', speakers: ABI },
      { s: 'It said insurers had sent extra loss adjusters', speakers: ABI },
    ],
  },
];
