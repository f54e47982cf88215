/**
 * Batch 99, written blind by claims38 before any of its rows, committed before the detector ran on
 * it, and kept as a first-sight check (only its totals are ever printed; no row is fixed against
 * it). Five stories of the two unseen kinds (issue #9): three Wikinews-style reports (a
 * wildfire in Greece: the fire service that "said", a deputy minister who "told state broadcaster
 * ERT", a villager quoted, "according to the civil protection ministry"; a rare bird hatched at a
 * zoo: a curator in apposition, "the zoo said in a statement", a conservation group's director; a
 * mayor's arrest in Kenya: the anti-corruption commission that "said in a statement", his lawyer
 * who "told reporters outside the court", "according to the charge sheet") and two Reuters U.S.
 * election stories (a primary with a candidate who "told supporters", "according to Edison
 * Research", a rival who "said in a statement" and conceded, a strategist quoted; a voting-rights
 * lawsuit: "the lawsuit says", a civil rights group's lawyer, a secretary of state's spokesperson
 * who "said in an email", "legal experts said").
 *
 * As in batches 72–98, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words.
 *
 * At first sight (claims F1 / speaker / direct; totals only, its errors never printed): 1.000
 * (24/24/24) / 1.000 / 1.000.
 */
import type { NewsCase } from './news.cases';

const FIRE_SERVICE = ['fire service', 'the fire service', 'Greek fire service'];
const KOSTAS = ['Nikos Kostas', 'Kostas'];
const ELENI = ['Eleni Papadaki', 'Papadaki'];
const CIVIL_PROTECTION = ['civil protection ministry', 'the civil protection ministry', 'ministry'];
const ZOO = ['Chester Zoo', 'zoo', 'the zoo'];
const HARDING = ['Claire Harding', 'Harding'];
const BIRDLIFE = ['Samuel Reyes', 'Reyes'];
const EACC = ['Ethics and Anti-Corruption Commission', 'EACC', 'commission'];
const MWANGI_LAWYER = ['Peter Njoroge', 'Njoroge'];
const CHARGE_SHEET = ['charge sheet', 'the charge sheet'];
const MWANGI = ['James Mwangi', 'Mwangi'];
const HOLLOWAY = ['Rebecca Holloway', 'Holloway'];
const EDISON = ['Edison Research', 'Edison'];
const GRANT = ['Mike Grant', 'Grant'];
const FERRIS = ['Dana Ferris', 'Ferris'];
const LAWSUIT = ['lawsuit', 'the lawsuit', 'League of Women Voters of Georgia', 'League of Women Voters'];
const OYELOWO = ['Kemi Oyelowo', 'Oyelowo'];
const SOS_SPOKESPERSON = ['Mark Tillman', 'Tillman', 'A spokesperson for the secretary of state', 'spokesperson'];

export const NEWS_CASES_99: NewsCase[] = [
  {
    name: 'Wikinews wildfire: the fire service said, a deputy minister told state broadcaster ERT, a villager quoted, according to the civil protection ministry',
    text: `Wildfire forces evacuation of villages near Athens

Sunday, July 27, 2025

A wildfire fanned by strong winds forced the evacuation of at least six villages north-east of Athens on Saturday, Greek authorities said.

The fire service said more than 200 firefighters, 60 engines and eight water-dropping aircraft were battling the blaze, which broke out in a pine forest near Marathon.

Deputy Civil Protection Minister Nikos Kostas told state broadcaster ERT that the next 24 hours would be "critical" because the winds were expected to strengthen.

"We left with the clothes we were wearing. I could see the flames behind the church," said Eleni Papadaki, 68, who was evacuated from the village of Grammatiko.

Nobody had been seriously hurt by Saturday evening, according to the civil protection ministry.

Greece has suffered a string of deadly fires in recent summers.

Sources

"Greek firefighters battle blaze near Athens" — Reuters, July 26, 2025`,
    claims: [
      { s: 'forced the evacuation of at least six villages', speakers: ['Greek authorities', 'authorities'] },
      { s: 'said more than 200 firefighters', speakers: FIRE_SERVICE },
      { s: 'told state broadcaster ERT that the next 24 hours', speakers: KOSTAS },
      { s: '"We left with the clothes we were wearing.', speakers: ELENI, direct: true },
      { s: 'I could see the flames behind the church," said', speakers: ELENI, direct: true },
      { s: 'Nobody had been seriously hurt by Saturday evening', speakers: CIVIL_PROTECTION },
    ],
  },
  {
    name: 'Wikinews zoo hatching: a curator in apposition said, the zoo said in a statement, a conservation group director quoted',
    text: `Critically endangered bird hatches at British zoo

Thursday, May 15, 2025

A chick of the critically endangered Bali myna has hatched at Chester Zoo in England, the first of its kind to be bred there in more than a decade.

The zoo said in a statement that the chick was "healthy and feeding well" and was being cared for by both of its parents.

The zoo's curator of birds, Claire Harding, said keepers had waited nervously for weeks. "Every hatching matters when there are fewer than 100 of these birds left in the wild," she said.

Samuel Reyes, director of the conservation group Birds Without Borders, said breeding programmes in zoos were "a lifeline" for the species but could not replace protection of its forest habitat.

The Bali myna is found in the wild only on the Indonesian island of Bali.`,
    claims: [
      { s: 'said in a statement that the chick was', speakers: ZOO },
      { s: 'said keepers had waited nervously for weeks', speakers: HARDING },
      { s: '"Every hatching matters', speakers: HARDING, direct: true },
      { s: 'said breeding programmes in zoos were', speakers: BIRDLIFE },
    ],
  },
  {
    name: 'Wikinews mayor arrested: the anti-corruption commission said in a statement, his lawyer told reporters outside the court, according to the charge sheet, the mayor denied',
    text: `Kenyan mayor arrested over road contracts

Tuesday, February 18, 2025

Kenya's Ethics and Anti-Corruption Commission on Monday arrested James Mwangi, the mayor of the town of Nyeri, over contracts worth 340 million shillings for roads that were never built.

The commission said in a statement that its officers had searched Mwangi's home and offices and seized documents and cash.

According to the charge sheet, Mwangi approved payments to three companies owned by relatives of his aides.

Mwangi's lawyer, Peter Njoroge, told reporters outside the court in Nyeri that his client was innocent and would fight the charges. Mwangi has denied any wrongdoing.

The mayor was released on bail of one million shillings and is due back in court next month.`,
    claims: [
      { s: 'said in a statement that its officers had searched', speakers: EACC },
      { s: 'Mwangi approved payments to three companies', speakers: CHARGE_SHEET },
      { s: 'told reporters outside the court in Nyeri', speakers: MWANGI_LAWYER },
      { s: 'Mwangi has denied any wrongdoing.', speakers: MWANGI },
    ],
  },
  {
    name: 'Reuters primary: a winner told supporters, according to Edison Research, a rival said in a statement and conceded, a strategist quoted after the quotation',
    text: `Holloway wins Republican primary for Michigan governor

LANSING, Michigan, Aug 5 (Reuters) - Former state Attorney General Rebecca Holloway won the Republican primary for Michigan governor on Tuesday, beating businessman Mike Grant in a race that tested the pull of Donald Trump's endorsement.

Holloway had 52% of the vote to Grant's 39% with about 80% of ballots counted, according to Edison Research.

"Michigan is ready for a governor who will fight for it," Holloway told supporters in Grand Rapids. She said she would cut the state income tax in her first year in office.

Grant, who had Trump's endorsement, said in a statement that he had called Holloway to congratulate her and would support her in November.

"Trump's endorsement is still powerful, but it is not magic in a state like Michigan," said Dana Ferris, a Republican strategist in Detroit.

Holloway will face Democrat Lieutenant Governor Andre Hill in the Nov. 4 election.`,
    claims: [
      { s: 'Holloway had 52% of the vote', speakers: EDISON },
      { s: '"Michigan is ready for a governor', speakers: HOLLOWAY, direct: true },
      { s: 'She said she would cut the state income tax', speakers: HOLLOWAY },
      { s: 'said in a statement that he had called Holloway', speakers: GRANT },
      { s: '"Trump\'s endorsement is still powerful', speakers: FERRIS, direct: true },
    ],
  },
  {
    name: 'Reuters voting-rights lawsuit: the lawsuit says, a group lawyer said, a secretary of state spokesperson said in an email, legal experts said',
    text: `Voting rights groups sue Georgia over new ballot deadline

ATLANTA, Sept 3 (Reuters) - A coalition of voting rights groups sued Georgia on Wednesday over a new state law that moves up the deadline for returning mail ballots, saying it would disenfranchise thousands of voters.

The law, passed in April, requires mail ballots to arrive by the Friday before Election Day instead of on the day itself. It violates the U.S. Constitution by placing an "undue burden" on the right to vote, the lawsuit says.

"Voters who follow the rules should not lose their vote because of a slow mail truck," said Kemi Oyelowo, a lawyer for the League of Women Voters of Georgia, one of the plaintiffs.

A spokesperson for the secretary of state, Mark Tillman, said in an email that the law would make results "faster and more secure" and that the office would defend it in court.

Legal experts said the case was likely to reach the U.S. Supreme Court before the 2026 midterm elections.`,
    claims: [
      {
        s: 'saying it would disenfranchise thousands of voters',
        speakers: ['A coalition of voting rights groups', 'coalition', 'voting rights groups'],
      },
      { s: 'It violates the U.S. Constitution', speakers: LAWSUIT },
      { s: '"Voters who follow the rules', speakers: OYELOWO, direct: true },
      { s: 'said in an email that the law would make results', speakers: SOS_SPOKESPERSON },
      { s: 'Legal experts said the case was likely', speakers: ['Legal experts', 'experts'] },
    ],
  },
];
