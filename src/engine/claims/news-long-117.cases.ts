/**
 * Batch 117, written by claims44 with its gold committed before the detector ran on it, to be fixed
 * against (not blind): five stories in kinds of writing batches 1–115 have little of (issue #9). An
 * election night with several candidates quoted (a winner "told supporters", a conceding rival, a
 * third candidate who "said in a statement", officials); a sentencing ("the judge told", "the
 * prosecutor said", a victim's statement "read to the court"); a cricket captain's press conference
 * ("told a news conference", a bowler quoted); a climate study ("the study found", "researchers
 * wrote", "according to the paper"); and a planning board (a developer's lawyer, a board member who
 * "disputes that", an objector who "has long maintained that").
 *
 * As in batches 72–116, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words.
 *
 * At first sight (claims F1 / speaker / direct): 0.962 (25/27/25) / 0.960 / 1.000. Left: "X conceded
 * shortly before midnight" (no complement) is a claim; "asking the developer for a new traffic
 * study" is one by cue.verb.urge's convention (the gold left it out); "A lawyer for the developer,
 * Castlegate Homes, told" gives the developer.
 */
import type { NewsCase } from './news.cases';

const TORVIK = ['Ingrid Torvik', 'Torvik'];
const BALLANTYNE = ['Hugh Ballantyne', 'Ballantyne'];
const OKONJO = ['Grace Okonjo', 'Okonjo'];
const RENFREW = ['Judge Alan Renfrew', 'Alan Renfrew', 'Renfrew'];
const KESTEVEN = ['Marta Kesteven', 'Kesteven'];
const COULTER = ['Nathan Coulter', 'Coulter'];
const PAPER = ['the paper', 'paper', 'a paper published on Thursday in the journal Polar Climate Letters'];
const VOSS = ['Elin Voss', 'Voss'];
const HARDCASTLE = ['Bryony Hardcastle', 'Hardcastle'];
const LINDGREN = ['Peter Lindgren', 'Lindgren'];
const ASHWORTH = ['Dorothy Ashworth', 'Ashworth'];

export const NEWS_CASES_117: NewsCase[] = [
  {
    name: 'election night: a winner told supporters, a rival conceded and said, a third candidate said in a statement, turnout according to officials',
    text: `Torvik wins Aldersea mayoral race in landslide

ALDERSEA — Independent Ingrid Torvik was elected mayor of Aldersea on Thursday night, taking 54% of the vote in a three-way race, according to the city's election office.

"Tonight this city voted for buses that turn up and streets that are swept," Torvik told supporters at the Corn Exchange. "Tomorrow we start."

Hugh Ballantyne, the Labour candidate, who finished second with 31%, conceded shortly before midnight. He said his party had run a clean campaign but had failed to reach younger voters.

Grace Okonjo of the Greens said in a statement that her 15% was the party's best result in the city and that she would "hold the new mayor to her promises". Turnout was 41%, up from 33% four years ago, officials said.`,
    claims: [
      {
        s: 'Independent Ingrid Torvik was elected mayor of Aldersea',
        speakers: ["the city's election office", 'election office'],
      },
      { s: '"Tonight this city voted for buses that turn up', speakers: TORVIK, direct: true },
      { s: '"Tomorrow we start."', speakers: TORVIK, direct: true },
      { s: 'He said his party had run a clean campaign', speakers: BALLANTYNE },
      { s: 'said in a statement that her 15% was', speakers: OKONJO },
      { s: 'Turnout was 41%, up from 33%', speakers: ['officials', 'Officials'] },
    ],
  },
  {
    name: 'sentencing: a judge told the defendant, a prosecutor said, a victim statement read to the court, a defence lawyer said outside court',
    text: `Drink-driver who killed cyclist jailed for eight years

A driver who killed a cyclist while more than twice over the drink-drive limit was jailed for eight years at Wexford Crown Court on Friday.

Judge Alan Renfrew told Ravi Shridhar, 29, that he had made "a choice, not a mistake" when he got behind the wheel. Prosecutor Marta Kesteven said Shridhar had been driving at 58 mph in a 30 mph zone.

In a statement read to the court, the cyclist's widow said her family had been "broken in a single second".

Outside court, Shridhar's lawyer, Nathan Coulter, said his client accepted the sentence and was "consumed by remorse".`,
    claims: [
      { s: 'told Ravi Shridhar, 29, that he had made', speakers: RENFREW },
      { s: 'Prosecutor Marta Kesteven said Shridhar had been driving', speakers: KESTEVEN },
      { s: "the cyclist's widow said her family had been", speakers: ["the cyclist's widow", 'widow'] },
      { s: 'said his client accepted the sentence', speakers: COULTER },
    ],
  },
  {
    name: 'cricket press conference: a captain told a news conference, a quotation, a bowler said, the board said',
    text: `Hardcastle backs young spinner after series defeat

England women's captain Bryony Hardcastle told a news conference on Wednesday that leg-spinner Amy Treadwell would keep her place for the tour of South Africa despite going wicketless in the last two matches.

"She is 19 and she has bowled to the best batters in the world. She will be better for it," Hardcastle said.

Treadwell said she had learned more in three weeks than in two seasons of county cricket. The England and Wales Cricket Board said the squad would be named on Monday.`,
    claims: [
      { s: 'told a news conference on Wednesday that leg-spinner Amy Treadwell', speakers: HARDCASTLE },
      { s: '"She is 19 and she has bowled to the best batters', speakers: HARDCASTLE, direct: true },
      { s: 'She will be better for it," Hardcastle said.', speakers: HARDCASTLE, direct: true },
      { s: 'Treadwell said she had learned more in three weeks', speakers: ['Amy Treadwell', 'Treadwell'] },
      {
        s: 'The England and Wales Cricket Board said the squad',
        speakers: ['The England and Wales Cricket Board', 'England and Wales Cricket Board'],
      },
    ],
  },
  {
    name: 'climate study: according to the paper, the study found, researchers wrote, a co-author said, an outside scientist cautioned',
    text: `Arctic sea ice thinning faster than models predicted

Sea ice in the central Arctic has thinned by a third since 2005, twice as fast as climate models had predicted, according to a paper published on Thursday in the journal Polar Climate Letters.

The study found that the loss was greatest in late summer. The researchers wrote that warmer water flowing in from the Atlantic was melting the ice from below.

"We used to think of the ice as melting from the top. Now the ocean is doing much of the work," said co-author Elin Voss, an oceanographer at the Tromsvik Polar Institute.

Peter Lindgren, a climate modeller who was not involved in the study, cautioned that the measurements covered only part of the Arctic basin.`,
    claims: [
      { s: 'Sea ice in the central Arctic has thinned by a third', speakers: PAPER },
      { s: 'The study found that the loss was greatest', speakers: ['The study', 'study', ...PAPER] },
      { s: 'The researchers wrote that warmer water', speakers: ['The researchers', 'researchers', ...VOSS] },
      { s: '"We used to think of the ice as melting from the top.', speakers: VOSS, direct: true },
      { s: 'Now the ocean is doing much of the work," said co-author', speakers: VOSS, direct: true },
      { s: 'cautioned that the measurements covered only part', speakers: LINDGREN },
    ],
  },
  {
    name: 'planning board: a developer lawyer told the board, an objector has long maintained that, a board member disputes that, the board chair said',
    text: `Board delays vote on Millbrook housing

MILLBROOK — The town planning board on Wednesday put off a vote on 220 homes at the old Millbrook brickworks, asking the developer for a new traffic study.

A lawyer for the developer, Castlegate Homes, told the board that the scheme met every rule in the town plan. Dorothy Ashworth, who lives on the lane beside the site, has long maintained that the road cannot take another 400 cars a day.

Board member Tom Ellery disputes that the old study was flawed, but he voted for the delay. The board's chair said a vote would come in May.`,
    claims: [
      {
        s: 'told the board that the scheme met every rule',
        speakers: ['A lawyer for the developer', 'A lawyer', 'lawyer'],
      },
      { s: 'has long maintained that the road cannot take', speakers: ASHWORTH },
      { s: 'disputes that the old study was flawed', speakers: ['Tom Ellery', 'Ellery'] },
      { s: "The board's chair said a vote would come in May.", speakers: ["The board's chair", 'chair'] },
    ],
  },
];
