/**
 * Batch 96, written blind by claims37 before any of its rows, committed before the detector ran on
 * it, and kept as a first-sight check (only its totals are ever printed; no row is fixed against
 * it). Five stories of the two unseen kinds (issue #9): three Wikinews-style reports (a
 * bus strike in Auckland: a union organiser in apposition who "said", "the council said in a
 * statement", a commuter who "told Radio New Zealand", "according to Auckland Transport"; a
 * marathon record: a runner who "told reporters after the race", "said her coach, X", the
 * athletics body that "said it would ratify"; a cabinet reshuffle in Chile: "the president said in
 * a televised speech", an outgoing minister who "thanked", an opposition senator who "wrote on X",
 * "according to a Cadem poll published on Sunday", a sources list) and two Reuters U.S. election
 * stories (a special election: "the Associated Press projected", a winner who "told supporters at
 * a victory party" and a quotation, a loser who "conceded in a statement", a party chair who "said
 * in a statement", "according to unofficial results"; a county's certification dispute: the county
 * board that "voted", "a lawyer for the state Republican Party, X, argued in a filing", the
 * secretary of state who "warned in a letter", a board member who "told Reuters", "election
 * experts say").
 *
 * As in batches 72–95, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words.
 *
 * At first sight (claims F1 / speaker / direct; totals only, its errors never printed): 1.000
 * (25/25/25) / 1.000 / 1.000.
 */
import type { NewsCase } from './news.cases';

const TANE = ['Hemi Tane', 'Tane'];
const COUNCIL = ['Auckland Council', 'council'];
const AT = ['Auckland Transport'];
const KIPLAGAT = ['Faith Kiplagat', 'Kiplagat'];
const OTIENO = ['Daniel Otieno', 'Otieno'];
const WORLD_ATHLETICS = ['World Athletics'];
const ROJAS = ['Camila Rojas', 'Rojas'];
const MUNOZ = ['Andrés Muñoz', 'Muñoz'];
const CADEM = ['Cadem', 'a Cadem poll published on Sunday', 'Cadem poll'];
const AP = ['Associated Press', 'AP'];
const PRICE = ['Nadia Price', 'Price'];
const HOLT = ['Gary Holt', 'Holt'];
const WEISS = ['Lena Weiss', 'Weiss'];
const BOARD = ['Cochise County Board of Supervisors', 'board', 'Board of Supervisors'];
const DUNN = ['Robert Dunn', 'Dunn'];
const FONTES = ['Adrian Fontes', 'Fontes'];
const MARSH = ['Ellen Marsh', 'Marsh'];

export const NEWS_CASES_96: NewsCase[] = [
  {
    name: 'Wikinews bus strike: a union organiser in apposition said, the council said in a statement, a commuter told Radio New Zealand, according to Auckland Transport',
    text: `Auckland bus drivers strike over pay

Monday, August 4, 2025

Bus drivers in Auckland, New Zealand walked off the job on Monday morning in a dispute over pay and rest breaks, leaving tens of thousands of commuters to find other ways to work.

The drivers' union organiser, Hemi Tane, said drivers had been offered a 2 percent rise while prices had gone up by far more. "Our members are exhausted and they are underpaid," Tane said.

Auckland Council said in a statement that it was "disappointed" by the strike and urged both sides to return to talks.

"I waited an hour and then gave up and walked," one commuter told Radio New Zealand.

About 300 of the city's 1,100 daily bus services were cancelled, according to Auckland Transport.`,
    claims: [
      { s: 'said drivers had been offered a 2 percent rise', speakers: TANE },
      { s: '"Our members are exhausted and they are underpaid," Tane said.', speakers: TANE, direct: true },
      { s: 'Auckland Council said in a statement', speakers: COUNCIL },
      {
        s: '"I waited an hour and then gave up and walked,"',
        speakers: ['one commuter', 'commuter'],
        direct: true,
      },
      { s: "About 300 of the city's 1,100 daily bus services", speakers: AT },
    ],
  },
  {
    name: 'Wikinews marathon record: a runner told reporters after the race, said her coach X inverted, the athletics body said it would ratify',
    text: `Kenyan runner breaks women's marathon world record in Berlin

Sunday, September 28, 2025

Kenya's Faith Kiplagat broke the women's marathon world record in Berlin on Sunday, finishing in 2 hours, 9 minutes and 41 seconds.

Kiplagat told reporters after the race that she had not expected to run so fast in the second half. "The crowd pushed me the whole way," she said.

"She has trained for this for three years, and today everything came together," said her coach, Daniel Otieno.

World Athletics said it would ratify the record once the usual doping tests had been completed.

The previous record of 2:11:53 was set in 2023.`,
    claims: [
      { s: 'told reporters after the race that she had not expected', speakers: KIPLAGAT },
      { s: '"The crowd pushed me the whole way," she said.', speakers: KIPLAGAT, direct: true },
      { s: '"She has trained for this for three years', speakers: OTIENO, direct: true },
      { s: 'World Athletics said it would ratify the record', speakers: WORLD_ATHLETICS },
    ],
  },
  {
    name: 'Wikinews cabinet reshuffle: the president said in a televised speech, an outgoing minister thanked, an opposition senator wrote on X, according to a poll published on Sunday, a sources list',
    text: `Chilean president replaces five ministers after poor poll ratings

Tuesday, April 14, 2026

Chile's President Camila Rojas replaced five of her ministers on Monday, including the ministers of the interior and of finance, as her government's approval ratings fell.

In a televised speech from the La Moneda palace, Rojas said the new team would "put security and jobs first". She said the changes were "not a sign of weakness but of listening".

The outgoing finance minister, Tomás Herrera, thanked the president for her trust and said he would return to teaching.

Opposition Senator Andrés Muñoz wrote on X that the reshuffle was "too little, too late".

Only 31 percent of Chileans approve of the government, according to a Cadem poll published on Sunday.

Sources

"Boric-era ministers out as Rojas reshuffles cabinet" — La Tercera, April 13, 2026`,
    claims: [
      { s: 'Rojas said the new team would', speakers: ROJAS },
      { s: 'She said the changes were', speakers: ROJAS },
      {
        s: 'thanked the president for her trust and said he would return to teaching',
        speakers: ['Tomás Herrera', 'Herrera'],
      },
      { s: 'wrote on X that the reshuffle was', speakers: MUNOZ },
      { s: 'Only 31 percent of Chileans approve', speakers: CADEM },
    ],
  },
  {
    name: 'Reuters special election: the Associated Press projected, a winner told supporters at a victory party and a quotation, a loser conceded in a statement, a party chair said in a statement, according to unofficial results',
    text: `Democrat Price wins Pennsylvania state Senate seat in special election

PHILADELPHIA, Feb 25 (Reuters) - Democrat Nadia Price won a special election for a Pennsylvania state Senate seat on Tuesday, the Associated Press projected, flipping a district that Republicans had held for more than a decade.

Price had 53.8% of the vote to 46.2% for Republican Gary Holt with nearly all ballots counted, according to unofficial results.

Price told supporters at a victory party in Lancaster that voters had sent "a message about the cost of living". "People are tired of being told to wait," she said.

Holt conceded in a statement and said he had called Price to congratulate her.

State Democratic Party Chair Lena Weiss said in a statement that the result showed the party could win in suburban districts ahead of November's midterm elections.

The win gives Democrats 25 of the chamber's 50 seats.`,
    claims: [
      { s: 'Democrat Nadia Price won a special election', speakers: AP },
      { s: 'Price had 53.8% of the vote', speakers: ['unofficial results'] },
      { s: 'Price told supporters at a victory party', speakers: PRICE },
      { s: '"People are tired of being told to wait," she said.', speakers: PRICE, direct: true },
      { s: 'Holt conceded in a statement and said he had called', speakers: HOLT },
      { s: 'said in a statement that the result showed', speakers: WEISS },
    ],
  },
  {
    name: 'Reuters certification dispute: a county board voted, a lawyer for a party in apposition argued in a filing, the secretary of state warned in a letter, a board member told Reuters, election experts say',
    text: `Arizona county delays certifying election results, drawing legal threat

PHOENIX, Nov 19 (Reuters) - A rural Arizona county on Friday delayed certifying the results of this month's election, setting up a clash with state officials over a deadline that is set by law.

The Republican-led Cochise County Board of Supervisors voted 2-1 to postpone the vote until next week, saying it wanted more time to review complaints about voting machines.

A lawyer for the state Republican Party, Robert Dunn, argued in a filing that the county was entitled to "take the time it needs" to check the results.

Arizona Secretary of State Adrian Fontes warned in a letter to the board that he would sue if the results were not certified by Monday.

Supervisor Ellen Marsh, the board's only Democrat, told Reuters that the delay was "a stunt" and that the machines had passed every test.

Election experts say county boards have no power to refuse to certify results that have been properly counted.`,
    claims: [
      { s: 'voted 2-1 to postpone the vote until next week, saying it wanted more time', speakers: BOARD },
      { s: 'argued in a filing that the county was entitled', speakers: DUNN },
      { s: 'warned in a letter to the board that he would sue', speakers: FONTES },
      { s: 'told Reuters that the delay was', speakers: MARSH },
      { s: 'Election experts say county boards have no power', speakers: ['Election experts', 'experts'] },
    ],
  },
];
