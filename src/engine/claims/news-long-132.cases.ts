/**
 * Batch 132, written by claims59 with its gold committed before the detector ran on it, to be fixed
 * against (not blind): five stories in kinds of writing earlier batches had little of (issue #9). A
 * news conference after a mountain rescue with a police inspector, a rescue team leader and a
 * helicopter commander in turn ("rescue leaders told a news conference", "Asked whether …, X said:",
 * "Walkers who know the area said"); a manslaughter trial's closing speeches ("his barrister told a
 * jury", "the prosecution says", "the prosecutor had argued", a witness "who was waiting for a taxi
 * said", "she agreed that", the judge); a tennis semi-final ("the Spaniard said", "the Croatian
 * said", a coach, "the director's spokesman said"); a harbour lease with groups as speakers
 * ("Fishermen who still moor …", "Lawyers who act for …", supporters and critics of the mayor, "a
 * deal that he said was fair", "Ashdown's spokeswoman"); and a museum's former director against its
 * new one, two people, with "the chair's spokesman".
 *
 * As in batches 72–131, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words. A plea and "called it" are optional.
 */
import type { NewsCase } from './news.cases';

const LAMONT = ['Inspector Gordon Lamont', 'Gordon Lamont', 'Lamont'];
const RENNIE = ['Fiona Rennie', 'Rennie'];
const FAIRLIE = ['Lieutenant Commander Ian Fairlie', 'Ian Fairlie', 'Fairlie'];
const WHITCOMBE = ['Joanna Whitcombe KC', 'Joanna Whitcombe', 'Whitcombe'];
const SIDDIQUI = ['Kamran Siddiqui', 'Siddiqui'];
const MALLORY = ['Andrew Mallory KC', 'Andrew Mallory', 'Mallory'];
const WITNESS = ['A witness who was waiting for a taxi', 'A witness', 'witness'];
const PENHALIGON = ['Mrs Justice Carole Penhaligon', 'Carole Penhaligon', 'Penhaligon'];
const RUIZ = ['Pablo Ruiz', 'Ruiz'];
const KOVAC = ['Marin Kovač', 'Kovač'];
const PETRIC = ['Ana Petrić', 'Petrić'];
const FERRARO = ['Luca Ferraro', 'Ferraro'];
const BAKKER = ['Ruud Bakker', 'Bakker'];
const ASHDOWN = ['Mayor Colin Ashdown', 'Colin Ashdown', 'Ashdown'];
const OKONEDO = ['Ruth Okonedo', 'Okonedo'];
const LEVENTE = ['Tomás Levente', 'Levente'];
const PRYCE = ['Sir Alan Pryce', 'Alan Pryce', 'Pryce'];

export const NEWS_CASES_132: NewsCase[] = [
  {
    name: 'a news conference after a mountain rescue with officials in turn: rescue leaders told a news conference, the inspector said then a quotation, the team leader said, she said, asked whether, X said: and a quotation, a commander told reporters, X added that, walkers who know the area said',
    text: `Rescuers find two of three missing hillwalkers alive in Cairngorms

AVIEMORE, Scotland — Two of three hillwalkers missing for two nights in the Cairngorms were found alive on Sunday, rescue leaders told a news conference in Aviemore, but the search for the third was continuing.

Inspector Gordon Lamont of Police Scotland said the two men, both in their twenties, had sheltered in a snow hole near the summit plateau. "They did exactly the right thing. That snow hole saved their lives," he said.

The leader of Cairngorm Mountain Rescue Team, Fiona Rennie, said her volunteers had been out since Friday evening. She said winds of 90 mph had kept the team off the plateau on Saturday.

Asked whether the third walker could still be alive, Rennie said: "We are not giving up. People have survived longer than this up there."

A coastguard helicopter commander, Lieutenant Commander Ian Fairlie, told reporters the crew would fly again at first light if the cloud lifted. Lamont added that the families had been told.

Walkers who know the area said the plateau was among the most dangerous places in Britain in winter.`,
    claims: [
      { s: 'were found alive on Sunday, rescue leaders told a news conference', speakers: ['rescue leaders'] },
      { s: 'said the two men, both in their twenties', speakers: LAMONT },
      { s: '"They did exactly the right thing.', speakers: LAMONT, direct: true },
      { s: 'That snow hole saved their lives," he said.', speakers: LAMONT, direct: true },
      { s: 'said her volunteers had been out since Friday', speakers: RENNIE },
      { s: 'She said winds of 90 mph', speakers: RENNIE },
      { s: 'Rennie said: "We are not giving up.', speakers: RENNIE, direct: true },
      { s: 'People have survived longer than this up there."', speakers: RENNIE, direct: true },
      { s: 'told reporters the crew would fly again', speakers: FAIRLIE },
      { s: 'Lamont added that the families had been told.', speakers: LAMONT },
      { s: 'Walkers who know the area said', speakers: ['Walkers who know the area', 'Walkers'] },
    ],
  },
  {
    name: "a manslaughter trial's closing speeches: his barrister told a jury, he denies (optional), the prosecution says, defence counsel told jurors then a quotation of three sentences, the prosecutor had argued, X told the jury with a partial quotation, a witness who was waiting said, she agreed that, the judge told jurors",
    text: `Defence says CCTV shows delivery driver acted in self-defence

A delivery driver accused of killing a man outside a takeaway in Leicester was trying to get away from him, his barrister told a jury at Leicester Crown Court on Thursday.

Kamran Siddiqui, 31, denies murder. The prosecution says he punched Lee Hanley, 44, who fell and struck his head on the kerb.

Closing the defence case, Joanna Whitcombe KC told jurors that the CCTV footage showed Hanley chasing her client across the car park. "He ran. He was followed. He turned round only when he had nowhere left to go," she said.

The prosecutor, Andrew Mallory KC, had argued on Wednesday that Siddiqui could have driven away at any time. Mallory told the jury the blow had been "thrown in anger, not in fear".

A witness who was waiting for a taxi said she had heard Hanley shout at the driver before the fight. Under questioning by the prosecutor, she agreed that she had not seen who struck first.

The judge, Mrs Justice Carole Penhaligon, told jurors they would begin their deliberations on Monday.`,
    claims: [
      {
        s: 'was trying to get away from him, his barrister told a jury',
        speakers: [...WHITCOMBE, 'his barrister', 'barrister'],
      },
      { s: 'Kamran Siddiqui, 31, denies murder.', speakers: SIDDIQUI, optional: true },
      { s: 'The prosecution says he punched Lee Hanley', speakers: ['The prosecution', 'prosecution'] },
      { s: 'told jurors that the CCTV footage showed', speakers: WHITCOMBE },
      { s: '"He ran.', speakers: WHITCOMBE, direct: true },
      { s: 'He was followed.', speakers: WHITCOMBE, direct: true },
      { s: 'He turned round only when he had nowhere left to go," she said.', speakers: WHITCOMBE, direct: true },
      { s: 'had argued on Wednesday that Siddiqui could have driven', speakers: MALLORY },
      { s: 'Mallory told the jury the blow had been', speakers: MALLORY },
      { s: 'A witness who was waiting for a taxi said', speakers: WITNESS },
      { s: 'she agreed that she had not seen who struck first', speakers: WITNESS },
      { s: 'told jurors they would begin their deliberations', speakers: PENHALIGON },
    ],
  },
  {
    name: "tennis: X said, a quotation then the Spaniard said, X told reporters that, a quotation then the Croatian said, his coach, X, said, a player said with a partial quotation, called it (optional), the director's spokesman said",
    text: `Ruiz reaches final after Kovač retires hurt

The Spaniard Pablo Ruiz reached the final of the Rotterdam Open on Saturday when his opponent, the Croatian Marin Kovač, retired with a shoulder injury early in the second set.

Ruiz said he had seen Kovač struggling to serve from the second game. "You never want to win like this. I hope he is back soon," the Spaniard said.

Kovač told reporters that he had felt the shoulder during practice on Friday but had taken painkillers and hoped it would hold. "It was a risk and it did not work," the Croatian said.

His coach, Ana Petrić, said the injury was not thought to be serious. Ruiz will play the Italian Luca Ferraro, who beat the top seed in three sets. Ferraro said the final would be "a battle of legs".

The tournament director, Ruud Bakker, called it a sad way to reach a final. The director's spokesman said later that ticket holders for Sunday would be offered a free exhibition match as well.`,
    claims: [
      { s: 'Ruiz said he had seen Kovač struggling', speakers: RUIZ },
      { s: '"You never want to win like this.', speakers: RUIZ, direct: true },
      { s: 'I hope he is back soon," the Spaniard said.', speakers: RUIZ, direct: true },
      { s: 'told reporters that he had felt the shoulder', speakers: KOVAC },
      { s: '"It was a risk and it did not work," the Croatian said.', speakers: KOVAC, direct: true },
      { s: 'said the injury was not thought to be serious', speakers: PETRIC },
      { s: 'Ferraro said the final would be', speakers: FERRARO },
      { s: 'called it a sad way to reach a final', speakers: BAKKER, optional: true },
      {
        s: "The director's spokesman said later that ticket holders",
        speakers: ["The director's spokesman", "director's spokesman", 'spokesman'],
      },
    ],
  },
  {
    name: "a harbour lease with groups as speakers: a deal that he said was fair, fishermen who still moor said, lawyers who act for said, supporters of the mayor said, critics of X said, the developer said, X's spokeswoman said, voters who accept that argument (no claim)",
    text: `Harbour lease splits town as mayor signs deal

Mayor Colin Ashdown on Tuesday signed a 99-year lease of the old harbour to a marina developer, in a deal that he said was fair to both the town and the firm.

Fishermen who still moor at the harbour said they had been offered berths a mile along the coast. Lawyers who act for the fishermen's association said they would challenge the lease in the High Court.

Supporters of the mayor said the marina would bring 200 jobs. Critics of Ashdown said the town had been offered far less than the land was worth. The developer, Solent Quays, said the lease would be published in full.

Ashdown's spokeswoman said he would answer questions at a public meeting on Friday. Voters who accept that argument were in the minority at the last election.`,
    claims: [
      { s: 'in a deal that he said was fair', speakers: ASHDOWN },
      {
        s: 'Fishermen who still moor at the harbour said',
        speakers: ['Fishermen who still moor at the harbour', 'Fishermen'],
      },
      {
        s: "Lawyers who act for the fishermen's association said",
        speakers: ["Lawyers who act for the fishermen's association", 'Lawyers'],
      },
      { s: 'Supporters of the mayor said the marina', speakers: ['Supporters of the mayor', 'Supporters'] },
      { s: 'Critics of Ashdown said the town', speakers: ['Critics of Ashdown', 'Critics'] },
      { s: 'said the lease would be published in full', speakers: ['Solent Quays'] },
      { s: "Ashdown's spokeswoman said he would answer", speakers: ["Ashdown's spokeswoman", 'spokeswoman'] },
    ],
  },
  {
    name: "a museum's former director and its new one, two people: the former director, X, said, a quotation then the former director said, the new director told staff, he said, the chair of the trustees, X, said, X's spokesman said",
    text: `Former museum director says cuts forced her out

The former director of the National Maritime Gallery, Ruth Okonedo, said on Wednesday that she had resigned because the trustees planned to close two of its five galleries.

Okonedo ran the gallery for eleven years before leaving in March. Her successor, Tomás Levente, took over in June.

"I could not put my name to a plan that shuts the doors on half of our collection," the former director said in an interview with a trade magazine.

The new director told staff in a letter that no gallery would close this year. He said the trustees had asked him to find savings of £1.5 million by 2028.

The chair of the trustees, Sir Alan Pryce, said the board had not yet taken a decision. Pryce's spokesman said the trustees would meet again in January.`,
    claims: [
      { s: 'said on Wednesday that she had resigned', speakers: OKONEDO },
      { s: '"I could not put my name to a plan', speakers: OKONEDO, direct: true },
      { s: 'The new director told staff in a letter', speakers: LEVENTE },
      { s: 'He said the trustees had asked him', speakers: LEVENTE },
      { s: 'said the board had not yet taken a decision', speakers: PRYCE },
      { s: "Pryce's spokesman said the trustees", speakers: ["Pryce's spokesman", 'spokesman'] },
    ],
  },
];
