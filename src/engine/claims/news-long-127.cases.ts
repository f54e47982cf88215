/**
 * Batch 127, written blind by claims57 before its rows, committed before the detector ran on it,
 * and kept as a first-sight check (only its totals are ever printed; no row is fixed against it).
 * An ordinary day's mix in the kinds of writing of batches 125 and 126 (issue #9): a town council
 * vote on a bus lane (a councillor who "called on", "the leader replied", a council statement); a
 * supermarket's results ("the group said in a statement", a chief executive quoted over two
 * sentences, "a spokeswoman for X said", an analyst); an inquest ("the coroner said", a pathologist
 * "told the inquest", a family statement in ‘ ’ marks); a rugby coach and his captain after a loss
 * ("conceded", "insisted", a quotation in « » marks); and a weather warning from a named forecaster
 * then "the forecaster" and "she".
 *
 * As in batches 72–126, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words. A quoted imperative and a refusal to comment are optional.
 */
import type { NewsCase } from './news.cases';

const FARROW = ['Councillor Gwen Farrow', 'Gwen Farrow', 'Farrow'];
const DUNMORE = ['Colin Dunmore', 'Dunmore'];
const COUNCIL = ['Ashcombe Borough Council'];
const HALE = ['Rebecca Hale', 'Hale'];
const GREENLEAF = ['Greenleaf'];
const SOKOLOV = ['Dmitri Sokolov', 'Sokolov'];
const KITSON = ['Mark Kitson', 'Kitson'];
const RAINE = ['Emma Raine', 'Raine'];
const NAISH = ['Dr Philip Naish', 'Philip Naish', 'Naish'];
const FAMILY = ['the family', 'family', "Connor Byrne's family", "Byrne's family"];
const LLOYD = ['Gareth Lloyd', 'Lloyd'];
const TAUFA = ['Sione Taufa', 'Taufa'];
const PRYCE = ['Carys Pryce', 'Pryce'];

export const NEWS_CASES_127: NewsCase[] = [
  {
    name: 'a council vote on a bus lane: X called on the council to, the leader replied that, a trader said, the council said in a statement',
    text: `Council approves bus lane on Station Road

Ashcombe's councillors voted 21 to 14 on Wednesday night to approve a bus lane along Station Road, despite objections from shop owners.

Opposition councillor Gwen Farrow called on the council to delay the scheme until a survey of parking had been done. She said traders had not been asked what they thought.

The council leader, Colin Dunmore, replied that the survey had been done in 2024 and showed most shoppers arrived on foot or by bus.

Rebecca Hale, who runs a bakery on the road, said she expected to lose a fifth of her customers. "People will just drive to the retail park instead," she said.

Ashcombe Borough Council said in a statement that work would start in May and take ten weeks.`,
    claims: [
      { s: 'called on the council to delay the scheme', speakers: FARROW },
      { s: 'She said traders had not been asked', speakers: FARROW },
      { s: 'replied that the survey had been done in 2024', speakers: DUNMORE },
      { s: 'said she expected to lose a fifth of her customers', speakers: HALE },
      { s: '"People will just drive to the retail park instead," she said.', speakers: HALE, direct: true },
      { s: 'said in a statement that work would start in May', speakers: COUNCIL },
    ],
  },
  {
    name: "a supermarket's results: the group said in a statement, a chief executive's quotation of two sentences then he said, a spokeswoman for a union said, an analyst said, according to the group",
    text: `Greenleaf profits rise as shoppers return to stores

The supermarket group Greenleaf reported a 9% rise in half-year profit on Thursday, helped by more customers shopping in its stores rather than online.

The group said in a statement that like-for-like sales rose 4.1% in the 26 weeks to August.

"Customers are coming back through the doors. They want to see and touch the food they buy," chief executive Dmitri Sokolov said.

A spokeswoman for the shopworkers' union Usdaw said staff deserved a share of the profits after two years of below-inflation pay rises.

Mark Kitson, an analyst at Brightwater Securities, said the results were better than expected but warned that price cuts by rivals would squeeze margins.

According to the group, it will open 30 new stores by the end of next year.`,
    claims: [
      {
        s: 'reported a 9% rise in half-year profit',
        speakers: GREENLEAF,
        optional: true,
      },
      { s: 'said in a statement that like-for-like sales rose', speakers: GREENLEAF },
      { s: '"Customers are coming back through the doors.', speakers: SOKOLOV, direct: true },
      { s: 'They want to see and touch the food they buy', speakers: SOKOLOV, direct: true },
      {
        s: 'said staff deserved a share of the profits',
        speakers: ["A spokeswoman for the shopworkers' union Usdaw", 'spokeswoman', 'Usdaw'],
      },
      { s: 'said the results were better than expected but warned', speakers: KITSON },
      { s: 'According to the group, it will open 30 new stores', speakers: GREENLEAF },
    ],
  },
  {
    name: 'an inquest: the coroner said, a pathologist told the inquest that, a quotation in ‘ ’ marks from a family statement, the coroner recorded (no claim)',
    text: `Inquest hears cyclist died after lorry turned left

A cyclist died after a lorry turned left across his path at a junction in Bristol, an inquest has heard.

Connor Byrne, 27, was riding to work on the morning of 3 March when he was struck at the junction of Temple Way and Old Market Street.

Pathologist Dr Philip Naish told the inquest that Byrne had died of chest injuries and would not have survived even with immediate treatment.

Senior coroner Emma Raine said the lorry driver had checked his mirrors but that a blind spot on the cab had hidden the cyclist. She said she would write to the manufacturer about the cab's design.

In a statement read to the inquest, Byrne's family said: ‘Connor loved his bike and he loved this city. We want the junction made safe so that no other family goes through this.’

The coroner recorded a conclusion of accidental death.`,
    claims: [
      { s: 'A cyclist died after a lorry turned left', speakers: ['an inquest', 'inquest'], optional: true },
      { s: 'told the inquest that Byrne had died of chest injuries', speakers: NAISH },
      { s: 'said the lorry driver had checked his mirrors', speakers: RAINE },
      { s: 'She said she would write to the manufacturer', speakers: RAINE },
      { s: '‘Connor loved his bike and he loved this city.', speakers: FAMILY, direct: true },
      { s: 'We want the junction made safe', speakers: FAMILY, direct: true },
    ],
  },
  {
    name: 'a rugby defeat: the coach conceded that, he insisted, a quotation in « » marks then said the captain, he said',
    text: `Penrose coach admits his side were second best

Penrose coach Gareth Lloyd conceded that his side had been "second best in every area" after a 31-10 home defeat by Cardiff Harlequins on Saturday.

Lloyd insisted the team would still reach the play-offs. He said three of his first-choice forwards would be back from injury next month.

« We let the fans down today. We will put it right next week, » said captain Sione Taufa.

Taufa said the players had spoken in the dressing room about their discipline after conceding 14 penalties.`,
    claims: [
      { s: 'conceded that his side had been', speakers: LLOYD },
      { s: 'Lloyd insisted the team would still reach', speakers: LLOYD },
      { s: 'He said three of his first-choice forwards', speakers: LLOYD },
      { s: '« We let the fans down today.', speakers: TAUFA, direct: true },
      { s: 'We will put it right next week', speakers: TAUFA, direct: true },
      { s: 'Taufa said the players had spoken', speakers: TAUFA },
    ],
  },
  {
    name: 'a weather warning: a forecaster named once, then the forecaster said, she said, a quotation then she added; the agency said',
    text: `Snow and ice warning for much of Wales

Up to 15 centimetres of snow could fall on high ground in mid Wales on Tuesday night, forecasters have warned.

Met Office meteorologist Carys Pryce said a band of rain would turn to snow as it met cold air over the hills. The forecaster said roads above 300 metres were most at risk.

She said temperatures would fall to minus six in some valleys. "Ice will be the bigger problem on Wednesday morning, even where no snow falls," she added.

The Met Office said a yellow warning would be in place from 6 p.m. on Tuesday until noon on Wednesday.`,
    claims: [
      { s: 'Up to 15 centimetres of snow could fall', speakers: ['forecasters'] },
      { s: 'said a band of rain would turn to snow', speakers: PRYCE },
      { s: 'The forecaster said roads above 300 metres', speakers: PRYCE },
      { s: 'She said temperatures would fall to minus six', speakers: PRYCE },
      { s: '"Ice will be the bigger problem on Wednesday morning', speakers: PRYCE, direct: true },
      { s: 'said a yellow warning would be in place', speakers: ['The Met Office', 'Met Office'] },
    ],
  },
];
