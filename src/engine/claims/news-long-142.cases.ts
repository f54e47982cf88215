/**
 * Batch 142, written blind by claims62 before its rows, committed before the detector ran on it,
 * and kept as a first-sight check (only its totals are ever printed; no row is fixed against it).
 * An ordinary day's mix in the kinds of writing of batches 140 and 141 (issue #9): a hospital
 * inquest with the coroner, a consultant and the family; a bank's results with its chief executive,
 * an analyst and a union; a wildfire abroad with the fire chief, an evacuated couple and the
 * governor; and a council's vote on a bus lane with the cabinet member, traders and a cycling group.
 *
 * As in batches 72–141, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words. A question and a declaration are optional.
 */
import type { NewsCase } from './news.cases';

const RAINE = ['Rebecca Raine', 'Ms Raine', 'Raine', 'the coroner'];
const VOSS = ['Dr Anil Voss', 'Anil Voss', 'Dr Voss', 'Voss'];
const DUNMORE = ['Alison Dunmore', 'Dunmore'];
const FROST = ['Gareth Frost', 'Frost'];
const OYELARAN = ['Tayo Oyelaran', 'Oyelaran'];
const SALAZAR = ['Chief Ramon Salazar', 'Ramon Salazar', 'Salazar'];
const NEWSOM = ['Governor Dale Whitcombe', 'Dale Whitcombe', 'Whitcombe'];
const HARTE = ['Bill Harte', 'Harte'];
const KAUR = ['Councillor Jaspreet Kaur', 'Jaspreet Kaur', 'Kaur'];
const BELL = ['Trevor Bell', 'Bell'];

export const NEWS_CASES_142: NewsCase[] = [
  {
    name: 'an inquest: the coroner said, she concluded that, a consultant told the inquest that, he accepted that, a quotation then he said, the family said in a statement, the trust said it had',
    text: `Coroner criticises hospital over death of man left on trolley

A man who waited 19 hours on a trolley in an A&E corridor died of a treatable infection, an inquest has found.

Martin Kemp, 67, was taken to Wexley General Hospital in January with a high temperature. The senior coroner, Rebecca Raine, said on Wednesday that there had been "a missed opportunity" to give him antibiotics. She concluded that he died of sepsis contributed to by neglect.

Dr Anil Voss, a consultant in emergency medicine, told the inquest that the department had been "beyond full" that night. He accepted that Mr Kemp should have been seen within an hour. "We failed him, and I am sorry," he said.

Mr Kemp's family said in a statement that they hoped no other family would go through the same thing. The hospital trust said it had hired 30 more nurses for its emergency department.`,
    claims: [
      { s: 'Rebecca Raine, said on Wednesday that there had been', speakers: RAINE },
      { s: 'She concluded that he died of sepsis', speakers: RAINE },
      { s: 'Dr Anil Voss, a consultant in emergency medicine, told the inquest', speakers: VOSS },
      { s: 'He accepted that Mr Kemp should have been seen', speakers: VOSS },
      { s: '"We failed him, and I am sorry," he said.', speakers: VOSS, direct: true },
      { s: "Mr Kemp's family said in a statement", speakers: ["Mr Kemp's family", 'family', "Kemp's family"] },
      {
        s: 'The hospital trust said it had hired 30 more nurses',
        speakers: ['The hospital trust', 'hospital trust', 'trust'],
      },
    ],
  },
  {
    name: "a bank's results: the bank said, the chief executive told reporters, a two-sentence quotation then she said, the finance director said, said X, an analyst at Y, a union said … and called on",
    text: `Northgate Bank profit jumps but 900 branch jobs to go

Northgate Bank said on Tuesday that its annual profit had risen by a third to £2.1 billion, helped by higher interest rates.

Chief executive Alison Dunmore told reporters the bank would close 60 branches next year because most customers now banked on their phones. "Footfall in some branches has fallen by 80%. We cannot keep them open for the sake of it," she said.

Finance director Gareth Frost said the bank expected rates to start falling in the spring.

"The profit is strong, but the cost cuts are doing a lot of the work," said Tayo Oyelaran, an analyst at Investec.

The Accord union said the closures would cost about 900 jobs and called on the bank to find other roles for the staff.`,
    claims: [
      { s: 'Northgate Bank said on Tuesday that its annual profit', speakers: ['Northgate Bank', 'Northgate'] },
      { s: 'Alison Dunmore told reporters the bank would close', speakers: DUNMORE },
      { s: '"Footfall in some branches has fallen by 80%.', speakers: DUNMORE, direct: true },
      { s: 'We cannot keep them open for the sake of it," she said.', speakers: DUNMORE, direct: true },
      { s: 'Gareth Frost said the bank expected rates', speakers: FROST },
      { s: '"The profit is strong, but the cost cuts', speakers: OYELARAN, direct: true },
      { s: 'The Accord union said the closures would cost', speakers: ['The Accord union', 'Accord union', 'Accord'] },
    ],
  },
  {
    name: 'a wildfire: the fire chief said, a quotation then he said, an evacuated couple, one said, the governor said, the forecasters warned that',
    text: `Wildfire forces thousands from homes near Santa Rosa

SANTA ROSA, California — A fast-moving wildfire forced more than 8,000 people to leave their homes north of Santa Rosa on Saturday.

Cal Fire's battalion chief, Chief Ramon Salazar, said the fire had burned 12,000 acres and was 5% contained. "The wind is doing whatever it wants, and we are chasing it," he said.

Bill Harte and his wife left their home in Mark West Springs with two dogs and a box of photographs. "We had ten minutes. You don't think, you just go," Harte said.

Governor Dale Whitcombe said he had asked for federal help and declared a state of emergency in Sonoma County. The National Weather Service warned that gusts of up to 50 mph would return on Sunday night.`,
    claims: [
      { s: 'Chief Ramon Salazar, said the fire had burned', speakers: SALAZAR },
      { s: '"The wind is doing whatever it wants', speakers: SALAZAR, direct: true },
      { s: '"We had ten minutes.', speakers: HARTE, direct: true },
      { s: 'You don\'t think, you just go," Harte said.', speakers: HARTE, direct: true },
      { s: 'Dale Whitcombe said he had asked for federal help', speakers: NEWSOM },
      {
        s: 'The National Weather Service warned that gusts',
        speakers: ['The National Weather Service', 'National Weather Service'],
      },
    ],
  },
  {
    name: 'a council vote: the cabinet member said, she told the meeting that, traders said, a quotation then said X, who runs …, a cycling group welcomed (optional), its chair said',
    text: `Council approves bus lane on Castle Street despite traders' anger

Councillors in Hartford voted on Monday night to approve a bus lane on Castle Street, the town's main shopping road.

Councillor Jaspreet Kaur, the cabinet member for transport, said buses on the street were running at "walking pace" at busy times. She told the meeting that journey times would fall by up to eight minutes.

Traders said the loss of 40 parking spaces would drive shoppers to out-of-town stores. "You are killing the high street to save eight minutes," said Trevor Bell, who runs a hardware shop on Castle Street.

The cycling group Hartford on Bikes welcomed the vote. Its chair said the group hoped the council would add a cycle lane next.`,
    claims: [
      { s: 'Jaspreet Kaur, the cabinet member for transport, said', speakers: KAUR },
      { s: 'She told the meeting that journey times would fall', speakers: KAUR },
      { s: 'Traders said the loss of 40 parking spaces', speakers: ['Traders'] },
      { s: '"You are killing the high street', speakers: BELL, direct: true },
      { s: 'Hartford on Bikes welcomed the vote', speakers: ['Hartford on Bikes'], optional: true },
      { s: 'Its chair said the group hoped', speakers: ['Its chair', 'chair', 'Hartford on Bikes'] },
    ],
  },
];
