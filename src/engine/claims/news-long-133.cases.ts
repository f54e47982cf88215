/**
 * Batch 133, written blind by claims59 before its rows, committed before the detector ran on it,
 * and kept as a first-sight check (only its totals are ever printed; no row is fixed against it).
 * An ordinary day's mix in the kinds of writing of batches 131 and 132 (issue #9): a council budget
 * with a leader, the opposition and a union in turn; a sentencing ("the prosecutor told the court",
 * "in mitigation, his barrister said", the judge); a football report with two managers and a Dutch
 * forward ("the Dutchman said"); a brewer's former and new chief executives, two people, and
 * "a sale that analysts said would raise"; and a flood with residents who, an agency's spokesman and
 * a minister's spokeswoman.
 *
 * As in batches 72–132, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words. A plea and a refusal to comment are optional.
 */
import type { NewsCase } from './news.cases';

const HALLIWELL = ['Councillor Janet Halliwell', 'Janet Halliwell', 'Halliwell'];
const BRANAGH = ['Councillor Owen Branagh', 'Owen Branagh', 'Branagh'];
const KHALSA = ['Preet Khalsa', 'Khalsa'];
const RAWLINGS = ['Darren Rawlings', 'Rawlings'];
const OSEI = ['Abena Osei', 'Osei'];
const FINCH = ['Hugo Finch', 'Finch'];
const RECORDER = ['Recorder Simon Hale', 'Simon Hale', 'Hale'];
const MCBRIDE = ['Kenny McBride', 'McBride'];
const VANDIJK = ['Jesper van Dijk', 'van Dijk', 'Van Dijk'];
const OYELOWO = ['Tunde Oyelowo', 'Oyelowo'];
const STRAND = ['Ingrid Strand', 'Strand'];
const BELLAMY = ['Martin Bellamy', 'Bellamy'];
const POWIS = ['Alwyn Powis', 'Powis'];

export const NEWS_CASES_133: NewsCase[] = [
  {
    name: 'a council budget: the leader said, a quotation then she said, the opposition leader said, he told the meeting that, a union said, residents who use the libraries said',
    text: `Council approves library closures in £18m budget

Wyreford council approved a budget on Wednesday night that will close four of its eleven libraries and raise council tax by 4.99%, the most it is allowed without a referendum.

The council's leader, Councillor Janet Halliwell, said the authority had no choice after its grant from central government was cut for a fourth year. "Every pound we spend on a building is a pound we cannot spend on a care home," she said.

The leader of the opposition group, Councillor Owen Branagh, said the closures would hit the poorest wards hardest. He told the meeting that his group had found £600,000 of savings elsewhere.

Preet Khalsa, the regional organiser for the union Unison, said 38 staff would lose their jobs. Residents who use the Moss Lane library said they had not been consulted about its closure.`,
    claims: [
      { s: 'said the authority had no choice', speakers: HALLIWELL },
      { s: '"Every pound we spend on a building is a pound', speakers: HALLIWELL, direct: true },
      { s: 'said the closures would hit the poorest wards', speakers: BRANAGH },
      { s: 'He told the meeting that his group had found', speakers: BRANAGH },
      { s: 'said 38 staff would lose their jobs', speakers: KHALSA },
      {
        s: 'Residents who use the Moss Lane library said',
        speakers: ['Residents who use the Moss Lane library', 'Residents'],
      },
    ],
  },
  {
    name: 'a sentencing: X was jailed, the prosecutor told the court, a quotation from a victim statement read (said), in mitigation his barrister said, the recorder said then a quotation',
    text: `Builder jailed for taking deposits for work he never did

A builder who took deposits from 23 households for extensions he never started was jailed for four years at Norwich Crown Court on Friday.

Darren Rawlings, 46, had admitted fraud. Prosecutor Abena Osei told the court that the victims, many of them pensioners, had lost £310,000 between them. One woman had paid her life savings for a kitchen that was never built, she said.

In mitigation, his barrister, Hugo Finch, said Rawlings had taken on too much work after his business partner died and had meant to finish every job. He said his client had since sold his house to repay part of the money.

Recorder Simon Hale said the builder had gone on taking deposits long after he knew he could not do the work. "You preyed on people who trusted you," the recorder said.`,
    claims: [
      { s: 'had admitted fraud', speakers: RAWLINGS, optional: true },
      { s: 'told the court that the victims, many of them pensioners', speakers: OSEI },
      { s: 'One woman had paid her life savings for a kitchen', speakers: OSEI },
      { s: 'said Rawlings had taken on too much work', speakers: FINCH },
      { s: 'He said his client had since sold his house', speakers: FINCH },
      { s: 'said the builder had gone on taking deposits', speakers: RECORDER },
      { s: '"You preyed on people who trusted you," the recorder said.', speakers: RECORDER, direct: true },
    ],
  },
  {
    name: 'football: a manager said, a quotation then he said, the Dutchman said after a quotation, the other manager told the BBC, he refused to comment (optional)',
    text: `Van Dijk double lifts Harriers off the bottom

Harriers climbed off the bottom of the table with a 2-1 win over Castlegate on Tuesday night, their Dutch forward Jesper van Dijk scoring both goals.

Harriers manager Kenny McBride said it was the first time all season his side had defended for the full ninety minutes. "We have been soft. Tonight we were not," he said.

Van Dijk, who has scored seven goals in his last six games, said he felt settled after a difficult first year. "My family has arrived and I am sleeping again. It makes a difference," the Dutchman said.

Castlegate manager Tunde Oyelowo told the BBC his team had given away two "schoolboy goals". He refused to comment on reports that the club's owners were looking for a new manager.`,
    claims: [
      { s: 'said it was the first time all season', speakers: MCBRIDE },
      { s: '"We have been soft.', speakers: MCBRIDE, direct: true },
      { s: 'Tonight we were not," he said.', speakers: MCBRIDE, direct: true },
      { s: 'said he felt settled after a difficult first year', speakers: VANDIJK },
      { s: '"My family has arrived and I am sleeping again.', speakers: VANDIJK, direct: true },
      { s: 'It makes a difference," the Dutchman said.', speakers: VANDIJK, direct: true },
      { s: 'told the BBC his team had given away', speakers: OYELOWO },
      { s: 'He refused to comment on reports', speakers: OYELOWO, optional: true },
    ],
  },
  {
    name: 'a brewer with two chief executives, former and new: a sale that analysts said would raise, the new chief executive said, the former chief executive, X, said, she said, an analyst said in a note',
    text: `Brewer to sell pubs as new chief sets out plan

Hartley & Strand, the family brewer, is to sell 140 of its pubs in a sale that analysts said would raise about £90 million.

The new chief executive, Ingrid Strand, said the company would put the money into its 60 largest pubs and its brewery in Keswick. She took over in October from Martin Bellamy, who ran the company for nine years.

The former chief executive said on Thursday that he had proposed a smaller sale to the board in 2024. He said the pubs being sold were "the heart of the business".

Strand said she had spoken to Bellamy before announcing the plan. "Martin built this company and I respect his view, but the numbers have changed," she said.

Alwyn Powis, an analyst at Peel Hunt, said in a note that the sale price looked fair.`,
    claims: [
      { s: 'in a sale that analysts said would raise', speakers: ['analysts'] },
      { s: 'said the company would put the money', speakers: STRAND },
      { s: 'said on Thursday that he had proposed a smaller sale', speakers: BELLAMY },
      { s: 'He said the pubs being sold were', speakers: BELLAMY },
      { s: 'Strand said she had spoken to Bellamy', speakers: STRAND },
      { s: '"Martin built this company and I respect his view', speakers: STRAND, direct: true },
      { s: 'said in a note that the sale price looked fair', speakers: POWIS },
    ],
  },
  {
    name: "a flood: the agency said, residents who were evacuated told, a spokesman for the agency said, the minister's spokeswoman said, critics of the minister said",
    text: `Hundreds leave homes as river bursts its banks in Shropshire

About 300 people were moved out of their homes in Bridgnorth on Monday after the River Severn rose above its flood defences, the Environment Agency said.

Residents who were evacuated from the low town told reporters the water had reached their doorsteps within an hour. A spokesman for the agency said the river would peak on Tuesday morning.

The environment minister's spokeswoman said the minister would visit the town on Wednesday. Critics of the minister said the defences had been promised money three years ago and had not received it.`,
    claims: [
      {
        s: 'rose above its flood defences, the Environment Agency said',
        speakers: ['Environment Agency', 'the Environment Agency'],
      },
      {
        s: 'told reporters the water had reached their doorsteps',
        speakers: ['Residents who were evacuated from the low town', 'Residents'],
      },
      {
        s: 'A spokesman for the agency said the river would peak',
        speakers: ['A spokesman for the agency', 'spokesman', 'Environment Agency'],
      },
      {
        s: "The environment minister's spokeswoman said",
        speakers: ["The environment minister's spokeswoman", "environment minister's spokeswoman", 'spokeswoman'],
      },
      { s: 'Critics of the minister said', speakers: ['Critics of the minister', 'Critics'] },
    ],
  },
];
