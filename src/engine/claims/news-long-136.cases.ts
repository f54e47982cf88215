/**
 * Batch 136, written blind by claims60 before its rows, committed before the detector ran on it,
 * and kept as a first-sight check (only its totals are ever printed; no row is fixed against it).
 * An ordinary day's mix in the kinds of writing of batches 134 and 135 (issue #9): an inquest with a
 * coroner, a pathologist and a family's statement; a retailer's trading update with the chief
 * executive and an analyst; storm damage with a fire service, a resident and a council's
 * spokeswoman; a local election count with candidates and a returning officer; and a minister's
 * spokesman named before the minister, with a charity's letter.
 *
 * As in batches 72–135, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words. A question and a declaration are optional.
 */
import type { NewsCase } from './news.cases';

const HEWITT = ['Joanne Hewitt', 'Hewitt'];
const MARR = ['Dr Alan Marr', 'Alan Marr', 'Marr'];
const FAMILY = ["Lily Pascoe's family", 'family', 'Her family', 'her family'];
const CORDELL = ['Neil Cordell', 'Cordell'];
const OSTROWSKA = ['Kasia Ostrowska', 'Ostrowska'];
const BRENNAN = ['Watch Manager Paul Brennan', 'Paul Brennan', 'Brennan'];
const LACEY = ['Dot Lacey', 'Lacey'];
const YATES = ['Megan Yates', 'Yates'];
const THORNE = ['Peter Thorne', 'Thorne'];
const BAJWA = ['Harjit Bajwa', 'Bajwa'];
const KEMP = ['Sarah Kemp', 'Kemp'];
const LOWE = ['Anthony Lowe', 'Lowe'];
const FAIRBAIRN = ['Claire Fairbairn', 'Fairbairn'];

export const NEWS_CASES_136: NewsCase[] = [
  {
    name: "an inquest: the coroner said, a pathologist told the inquest that, he agreed that, a family's statement read by a solicitor, the coroner recorded (optional), a quotation then she said",
    text: `Coroner warns over unfenced quarry after girl's death

A 12-year-old girl who drowned in a flooded quarry near Bodmin could not have known how cold the water was, a coroner has said.

Lily Pascoe died in June after jumping into the water with two friends. The senior coroner for Cornwall, Joanne Hewitt, said the quarry's owners had known for years that children swam there.

The pathologist, Dr Alan Marr, told the inquest that Lily had suffered cold water shock within seconds of entering the water. He agreed that even a strong swimmer could have drowned.

In a statement read by their solicitor, Lily's family said she had been "bright, funny and fearless". They said they wanted every quarry in the county to be fenced.

Hewitt recorded a conclusion of accidental death. "There were no signs, no fence and no rescue equipment. That must change," she said.`,
    claims: [
      { s: 'could not have known how cold the water was', speakers: [...HEWITT, 'a coroner', 'coroner'] },
      { s: "said the quarry's owners had known for years", speakers: HEWITT },
      { s: 'told the inquest that Lily had suffered cold water shock', speakers: MARR },
      { s: 'He agreed that even a strong swimmer', speakers: MARR },
      { s: 'Lily\'s family said she had been "bright', speakers: FAMILY },
      { s: 'They said they wanted every quarry in the county', speakers: FAMILY },
      { s: 'Hewitt recorded a conclusion of accidental death', speakers: HEWITT, optional: true },
      { s: '"There were no signs, no fence and no rescue equipment.', speakers: HEWITT, direct: true },
      { s: 'That must change," she said.', speakers: HEWITT, direct: true },
    ],
  },
  {
    name: 'a trading update: the retailer said, the chief executive said, a quotation then he said, he told reporters that, an analyst said, she wrote in a note that',
    text: `Cordell's Home warns of weak Christmas as shoppers cut back

Cordell's Home, the furniture retailer, said sales in the ten weeks to January 4 had fallen by 6% from a year earlier.

Its chief executive, Neil Cordell, said shoppers were putting off large purchases until interest rates fell. "People still come into our stores. They just leave without buying a sofa," he said. He told reporters that the company would open no new stores this year.

Kasia Ostrowska, an analyst at Shore Capital, said the figures were worse than the market had expected. She wrote in a note that the shares were likely to stay under pressure until the spring.`,
    claims: [
      { s: 'said sales in the ten weeks to January 4', speakers: ["Cordell's Home"] },
      { s: 'said shoppers were putting off large purchases', speakers: CORDELL },
      { s: '"People still come into our stores.', speakers: CORDELL, direct: true },
      { s: 'They just leave without buying a sofa," he said.', speakers: CORDELL, direct: true },
      { s: 'He told reporters that the company would open', speakers: CORDELL },
      { s: 'said the figures were worse than the market', speakers: OSTROWSKA },
      { s: 'She wrote in a note that the shares', speakers: OSTROWSKA },
    ],
  },
  {
    name: "storm damage: according to the fire service, a watch manager said, a resident said, a quotation then she said, the council's spokeswoman said, the Met Office said",
    text: `Roofs torn off as storm hits Cumbrian coast

More than 30 homes in Workington were damaged overnight when winds of up to 85mph hit the Cumbrian coast, according to Cumbria Fire and Rescue Service.

Watch Manager Paul Brennan said crews had been called to 64 incidents, most of them fallen trees and loose roof tiles. No one had been seriously hurt, he said.

Dot Lacey, 79, said she had woken at 4am to the sound of her roof "lifting like a lid". "I have lived here since 1968 and I have never heard wind like it," she said.

Megan Yates, a spokeswoman for Allerdale council, said a rest centre had been opened at the leisure centre. The Met Office said winds would ease by Tuesday afternoon.`,
    claims: [
      {
        s: 'More than 30 homes in Workington were damaged overnight',
        speakers: ['Cumbria Fire and Rescue Service'],
      },
      { s: 'said crews had been called to 64 incidents', speakers: BRENNAN },
      { s: 'No one had been seriously hurt, he said', speakers: BRENNAN },
      { s: 'said she had woken at 4am', speakers: LACEY },
      { s: '"I have lived here since 1968', speakers: LACEY, direct: true },
      { s: 'said a rest centre had been opened', speakers: YATES },
      { s: 'The Met Office said winds would ease', speakers: ['Met Office', 'The Met Office'] },
    ],
  },
  {
    name: 'an election count: the returning officer declared (optional), the winner said, a quotation then she said, the defeated candidate said, his agent told, a party said in a statement',
    text: `Independent wins Thornbury seat from Conservatives

An independent candidate won the Thornbury division of Gloucestershire County Council on Thursday night, ending 40 years of Conservative control of the seat.

The returning officer, Peter Thorne, declared Sarah Kemp elected with 1,904 votes. Kemp said voters had been "tired of being taken for granted". "This is a win for the town, not for me," she said.

The Conservative candidate, Harjit Bajwa, said he had been let down by low turnout in the villages. His agent, Anthony Lowe, told the BBC that the party would review its campaign.

The Liberal Democrats said in a statement that their vote had held up well.`,
    claims: [
      { s: 'declared Sarah Kemp elected with 1,904 votes', speakers: THORNE, optional: true },
      { s: 'Kemp said voters had been "tired', speakers: KEMP },
      { s: '"This is a win for the town, not for me," she said.', speakers: KEMP, direct: true },
      { s: 'said he had been let down by low turnout', speakers: BAJWA },
      { s: 'told the BBC that the party would review', speakers: LOWE },
      {
        s: 'said in a statement that their vote had held up',
        speakers: ['Liberal Democrats', 'The Liberal Democrats'],
      },
    ],
  },
  {
    name: "a minister's spokesman named before the minister and a charity's letter: X, the minister's spokesman, said, the minister said, a charity wrote in a letter that, a quotation then the letter said",
    text: `Minister rejects call for free school meals for all primary pupils

The education minister, Claire Fairbairn, has rejected a call to give free school meals to every primary school pupil in Wales.

Rhys Morgan, the minister's spokesman, said the cost of £90 million a year could not be met this year. The minister said on Tuesday that she would look again at the policy after the next budget.

The charity Child Poverty Action wrote to the minister in November to ask for the change. "Hunger does not wait for a budget," the letter said.`,
    claims: [
      { s: 'said the cost of £90 million a year', speakers: ['Rhys Morgan', 'Morgan'] },
      { s: 'The minister said on Tuesday that she would look again', speakers: FAIRBAIRN },
      { s: 'wrote to the minister in November to ask', speakers: ['Child Poverty Action'], optional: true },
      {
        s: '"Hunger does not wait for a budget," the letter said.',
        speakers: ['Child Poverty Action', 'the letter', 'letter'],
        direct: true,
      },
    ],
  },
];
