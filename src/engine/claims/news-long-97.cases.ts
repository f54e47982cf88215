/**
 * Batch 97, written blind by claims37 after its rows for batch 95, committed before the detector
 * ran on it, and kept as a second first-sight check (only its totals are ever printed; no row is
 * fixed against it). Five stories of the two unseen kinds (issue #9): three Wikinews-style
 * reports (a ferry sinking in Indonesia: "the national search and rescue agency said", a survivor
 * who "told Kompas TV", "according to the transport ministry", the agency's head in apposition who
 * "said search teams"; a museum theft in France: "the Louvre said in a statement", the culture
 * minister who "described" the theft "as", a police source "quoted by Le Parisien"; a volcano in
 * Iceland: the Met Office that "warned", a geophysicist who "told RÚV", a sources list) and two
 * Reuters U.S. election stories (early voting: "data from the U.S. Elections Project showed", a
 * county clerk who "said in an interview", a party official "who declined to be identified
 * because …", the campaign manager who "wrote in a memo to supporters"; a governor's veto: "X said
 * in a veto message", the House speaker who "vowed", "a Democratic aide said", "Republicans
 * argue").
 *
 * As in batches 72–96, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words.
 *
 * At first sight (claims F1 / speaker / direct; totals only, its errors never printed): 0.957
 * (22/22/24) / 0.909 / 1.000, meeting the ordinary floors.
 */
import type { NewsCase } from './news.cases';

const BASARNAS = ['Basarnas', 'national search and rescue agency', 'National Search and Rescue Agency'];
const SURYADI = ['Budi Suryadi', 'Suryadi'];
const LOUVRE = ['Louvre', 'Louvre Museum'];
const GIRARD = ['Claire Girard', 'Girard'];
const MET_OFFICE = ['Icelandic Met Office', 'Met Office'];
const EINARSDOTTIR = ['Sigrún Einarsdóttir', 'Einarsdóttir'];
const ELECTIONS_PROJECT = ['U.S. Elections Project', 'Elections Project', 'data from the U.S. Elections Project'];
const ORTEGA = ['Maria Ortega', 'Ortega'];
const PARTY_OFFICIAL = ['a state Republican Party official', 'state Republican Party official', 'official'];
const BRENNAN = ['Tom Brennan', 'Brennan'];
const SHAW = ['Dana Shaw', 'Shaw'];
const COLLINS = ['Rick Collins', 'Collins'];

export const NEWS_CASES_97: NewsCase[] = [
  {
    name: 'Wikinews ferry sinking: the national rescue agency said, a survivor told a TV channel, according to the transport ministry, the agency head in apposition said',
    text: `Ferry sinks off Indonesia's Sulawesi, at least 14 dead

Wednesday, July 16, 2025

A passenger ferry sank in rough seas off the Indonesian island of Sulawesi on Tuesday, killing at least 14 people, Indonesia's national search and rescue agency Basarnas said.

Thirty-one people were rescued and about 20 were still missing, the agency said on Wednesday.

"The waves were higher than the boat. People were screaming and jumping into the water," one survivor told Kompas TV from a hospital bed.

The ferry was licensed to carry 80 passengers, according to the transport ministry.

The head of Basarnas in the province, Budi Suryadi, said search teams would keep working through the night.`,
    claims: [
      { s: 'A passenger ferry sank in rough seas', speakers: BASARNAS },
      { s: 'Thirty-one people were rescued', speakers: BASARNAS },
      { s: '"The waves were higher than the boat.', speakers: ['one survivor', 'survivor'], direct: true },
      { s: 'People were screaming and jumping', speakers: ['one survivor', 'survivor'], direct: true },
      {
        s: 'The ferry was licensed to carry 80 passengers',
        speakers: ['transport ministry', 'the transport ministry'],
      },
      { s: 'said search teams would keep working', speakers: SURYADI },
    ],
  },
  {
    name: 'Wikinews museum theft: the museum said in a statement, the culture minister described the theft as, a police source quoted by a newspaper',
    text: `Jewels stolen from the Louvre in daylight raid

Sunday, October 19, 2025

Thieves stole eight pieces of 19th-century jewellery from the Louvre in Paris on Sunday morning, the museum said in a statement. It said no one had been hurt and that the museum would stay closed for the rest of the day.

Culture Minister Claire Girard described the theft as "an attack on our heritage" and said every piece would be found.

The thieves used a mechanical lift to reach a first-floor window and were inside for about seven minutes, a police source quoted by Le Parisien said.

The Louvre is the world's most visited museum.`,
    claims: [
      { s: 'Thieves stole eight pieces of 19th-century jewellery', speakers: LOUVRE },
      { s: 'It said no one had been hurt', speakers: LOUVRE },
      { s: 'described the theft as "an attack on our heritage"', speakers: GIRARD },
      {
        s: 'The thieves used a mechanical lift',
        speakers: ['a police source quoted by Le Parisien', 'police source', 'a police source', 'Le Parisien'],
      },
    ],
  },
  {
    name: 'Wikinews volcano: the Met Office warned, a geophysicist told a broadcaster, a sources list',
    text: `Volcano erupts again on Iceland's Reykjanes peninsula

Friday, April 3, 2026

A volcanic eruption began on Iceland's Reykjanes peninsula late on Thursday, the ninth near the town of Grindavík since December 2023.

The Icelandic Met Office warned that lava could reach the town's defensive walls within hours. The town had been evacuated earlier in the week.

Geophysicist Sigrún Einarsdóttir told RÚV the eruption appeared smaller than the last one. "It is a short fissure, and the flow is slowing," she said.

Flights to and from Keflavík airport were not affected.

Sources

"Eldgos hafið á Reykjanesskaga" — RÚV, April 2, 2026`,
    claims: [
      { s: 'warned that lava could reach', speakers: MET_OFFICE },
      { s: 'told RÚV the eruption appeared smaller', speakers: EINARSDOTTIR },
      { s: '"It is a short fissure, and the flow is slowing," she said.', speakers: EINARSDOTTIR, direct: true },
    ],
  },
  {
    name: 'Reuters early voting: data showed, a county clerk said in an interview, a party official who declined to be identified, a campaign manager wrote in a memo to supporters',
    text: `Early voting surges in Georgia ahead of Senate runoff

ATLANTA, Dec 2 (Reuters) - More than 1.2 million Georgians have already cast ballots in the state's U.S. Senate runoff, data from the U.S. Elections Project showed on Friday, putting turnout on pace to beat the record set in 2021.

Fulton County Clerk Maria Ortega said in an interview that lines at some polling sites had stretched for more than two hours on Thursday. "We've added staff, but people keep coming," she said.

Republicans were worried about low turnout in rural counties, a state Republican Party official said, declining to be identified because he was not authorized to speak publicly.

Democratic campaign manager Tom Brennan wrote in a memo to supporters that the early vote showed "real energy" among young voters.

Election Day is Tuesday.`,
    claims: [
      { s: 'More than 1.2 million Georgians have already cast ballots', speakers: ELECTIONS_PROJECT },
      { s: 'said in an interview that lines at some polling sites', speakers: ORTEGA },
      { s: '"We\'ve added staff, but people keep coming," she said.', speakers: ORTEGA, direct: true },
      { s: 'Republicans were worried about low turnout', speakers: PARTY_OFFICIAL },
      { s: 'wrote in a memo to supporters that the early vote', speakers: BRENNAN },
    ],
  },
  {
    name: 'Reuters governor veto: X said in a veto message, the House speaker vowed, a Democratic aide said, Republicans argue',
    text: `Kansas governor vetoes voter ID bill, setting up override fight

TOPEKA, Kan., April 10 (Reuters) - Kansas Governor Dana Shaw on Thursday vetoed a bill that would have required voters to show a photo ID issued by the state, saying it would keep thousands of eligible voters from the polls.

"This bill solves a problem Kansas does not have," Shaw said in a veto message.

House Speaker Rick Collins, a Republican, vowed to override the veto. He said the bill had "broad support" among Kansans.

Republicans hold enough seats in both chambers to override a veto if they stay united, but at least two Republican senators have said they oppose the bill, a Democratic aide said.

Republicans argue the bill is needed to make voters trust the results.`,
    claims: [
      { s: 'vetoed a bill that would have required voters', speakers: SHAW },
      { s: '"This bill solves a problem Kansas does not have,"', speakers: SHAW, direct: true },
      { s: 'vowed to override the veto', speakers: COLLINS },
      { s: 'He said the bill had "broad support"', speakers: COLLINS },
      {
        s: 'Republicans hold enough seats in both chambers',
        speakers: ['a Democratic aide', 'Democratic aide', 'aide'],
      },
      { s: 'Republicans argue the bill is needed', speakers: ['Republicans'] },
    ],
  },
];
