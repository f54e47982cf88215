/**
 * Batch 131, written by claims59 with its gold committed before the detector ran on it, to be fixed
 * against (not blind): five stories in kinds of writing earlier batches had little of (issue #9). A
 * press conference after a chemical fire with a fire chief, a police superintendent and a council
 * leader answering in turn, then "Residents who live near the plant said" and "Lawyers that
 * represent … said"; a fraud trial ("the prosecutor told jurors", "defence counsel argued", a
 * witness who "accepted that", "the judge told jurors"); a football match with two managers and two
 * players ("the Spaniard said", "the Brazilian striker", "the Argentine said"); a governor's
 * spokesman, supporters and critics of a senator and "a plan that officials said would cost"; and a
 * rail operator's new chief executive against the former one, two people.
 *
 * As in batches 72–130, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words. A jury that "heard", a plea and "called X a Y" are optional.
 */
import type { NewsCase } from './news.cases';

const EDDOWES = ['Chief Fire Officer Mark Eddowes', 'Mark Eddowes', 'Eddowes'];
const BAPTISTE = ['Superintendent Joanne Baptiste', 'Joanne Baptiste', 'Baptiste'];
const OKAFOR = ['Peter Okafor', 'Okafor'];
const FRASER_HUNT = ['Amelia Fraser-Hunt', 'Fraser-Hunt'];
const TOLLEY = ['Graham Tolley', 'Tolley'];
const OYELARAN = ['Richard Oyelaran', 'Oyelaran'];
const ELLISON = ['Margaret Ellison', 'Ellison'];
const CRANE = ['Judge Nicholas Crane', 'Nicholas Crane', 'Crane'];
const WHITLOCK = ['Dean Whitlock', 'Whitlock'];
const CASTELL = ['Iker Castell', 'Castell'];
const DELGADO = ['Luis Delgado', 'Delgado'];
const MOURA = ['Thiago Moura', 'Moura'];
const ORTIZ = ['Daniel Ortiz', 'Ortiz'];
const CHO = ['State Senator Raymond Cho', 'Raymond Cho', 'Cho'];
const GRANT = ['Melissa Grant', 'Grant'];
const MARQUEZ = ['Governor Elena Marquez', 'Elena Marquez', 'Marquez'];
const ACHTERBERG = ['Sophie Achterberg', 'Achterberg'];
const DANVERS = ['Keith Danvers', 'Danvers'];

export const NEWS_CASES_131: NewsCase[] = [
  {
    name: 'a press conference after a fire with officials in turn: officials told a press conference, the fire chief said then a quotation, asked when, the superintendent said, the council leader told reporters, X added that, residents who live near said, lawyers that represent said, the company said in a statement',
    text: `Officials say chemical fire under control after night of evacuations

GRANTHAM, Lincolnshire — A fire at a solvent recycling plant on the edge of the town was under control by Tuesday morning, officials told a press conference, after more than 600 homes were evacuated overnight.

Chief Fire Officer Mark Eddowes said crews had stopped the fire from reaching two tanks of acetone at the back of the site. "We were within minutes of losing those tanks. My crews held the line all night," he said.

Asked when families could return, Superintendent Joanne Baptiste of Lincolnshire Police said the cordon would stay in place until at least Wednesday. She said officers had found no sign that the fire was started deliberately.

The council's leader, Peter Okafor, said the town hall and two schools would stay open as rest centres. ‘Nobody will be left without a bed tonight,’ he told reporters.

Eddowes added that air samples taken overnight showed no harmful levels of smoke beyond the cordon.

Residents who live near the plant said they had complained about the smell for years. Lawyers that represent a group of families on the estate said they would ask the Environment Agency to publish its inspection reports.

The company that runs the plant, Fenland Solvents, said in a statement that it was cooperating fully with the investigation.`,
    claims: [
      { s: 'was under control by Tuesday morning, officials told a press conference', speakers: ['officials'] },
      { s: 'Chief Fire Officer Mark Eddowes said crews had stopped', speakers: EDDOWES },
      { s: '"We were within minutes of losing those tanks.', speakers: EDDOWES, direct: true },
      { s: 'My crews held the line all night," he said.', speakers: EDDOWES, direct: true },
      { s: 'said the cordon would stay in place', speakers: BAPTISTE },
      { s: 'She said officers had found no sign', speakers: BAPTISTE },
      { s: 'said the town hall and two schools would stay open', speakers: OKAFOR },
      { s: '‘Nobody will be left without a bed tonight,’ he told reporters.', speakers: OKAFOR, direct: true },
      { s: 'Eddowes added that air samples', speakers: EDDOWES },
      { s: 'Residents who live near the plant said', speakers: ['Residents who live near the plant', 'Residents'] },
      {
        s: 'Lawyers that represent a group of families on the estate said',
        speakers: ['Lawyers that represent a group of families on the estate', 'Lawyers'],
      },
      { s: 'said in a statement that it was cooperating fully', speakers: ['Fenland Solvents'] },
    ],
  },
  {
    name: 'a fraud trial: a jury heard (optional), the prosecutor told jurors then a quotation over two sentences, he denies (optional), defence counsel argued, the trustees, he said, a witness told the court, she accepted that, the judge told jurors',
    text: `Jury told accountant siphoned £2m from hospice charity

A former finance director of a children's hospice charity moved £2.1 million of its money into accounts he controlled over six years, a jury at Bristol Crown Court heard on Monday.

Opening the case, prosecutor Amelia Fraser-Hunt told jurors that Graham Tolley, 58, had forged the signatures of two trustees on more than 40 transfers. "He treated the charity's reserves as his own savings account," she said. "When the auditors asked questions, he gave them false bank statements."

Tolley denies fraud by abuse of position and forgery.

Defence counsel Richard Oyelaran argued that his client had been allowed to move money between accounts to earn better interest, and that the trustees had known about the transfers. The trustees, he said, had signed off every annual report.

The charity's former chair, Margaret Ellison, told the court she had never seen the transfers before the police showed them to her. Under cross-examination, she accepted that she had not read the bank statements herself.

Judge Nicholas Crane told jurors the trial was expected to last three weeks.`,
    claims: [
      {
        s: 'moved £2.1 million of its money into accounts he controlled',
        speakers: ['a jury at Bristol Crown Court', 'jury'],
        optional: true,
      },
      { s: 'told jurors that Graham Tolley, 58, had forged', speakers: FRASER_HUNT },
      {
        s: `"He treated the charity's reserves as his own savings account," she said.`,
        speakers: FRASER_HUNT,
        direct: true,
      },
      {
        s: '"When the auditors asked questions, he gave them false bank statements."',
        speakers: FRASER_HUNT,
        direct: true,
      },
      { s: 'Tolley denies fraud by abuse of position', speakers: TOLLEY, optional: true },
      { s: 'argued that his client had been allowed to move money', speakers: OYELARAN },
      { s: 'The trustees, he said, had signed off every annual report.', speakers: OYELARAN },
      { s: 'told the court she had never seen the transfers', speakers: ELLISON },
      { s: 'she accepted that she had not read the bank statements', speakers: ELLISON },
      { s: 'told jurors the trial was expected to last three weeks', speakers: CRANE },
    ],
  },
  {
    name: 'football: a manager said with a partial quotation, a quotation then X said, a player said, the Spaniard said after a quotation naming "the manager", the other manager said, the Brazilian striker told the club website, the Argentine said',
    text: `Castell rescues point for Rovers as Delgado fumes at referee

Rovers came from two goals down to draw 2-2 with Ashby Town on Saturday, with the Spanish midfielder Iker Castell scoring twice in the last ten minutes.

Rovers manager Dean Whitlock said his side had been "second to every ball" in the first half. "I told them at half-time that they were playing for their places. To their credit, they answered," Whitlock said.

Castell, who joined from Real Oviedo in the summer, said he had not expected to start. "The manager told me on Friday I would be on the bench, so this is a nice surprise," the Spaniard said.

Ashby manager Luis Delgado was angry that the second goal was allowed to stand. He said Castell had been offside when the ball was played and that the assistant referee had been "looking the wrong way".

The Brazilian striker Thiago Moura, who scored Ashby's first goal, told the club's website the team should have been out of sight by half-time.

Delgado said he would not be writing to the league. "There is no point. Nothing ever changes," the Argentine said.`,
    claims: [
      { s: 'said his side had been "second to every ball"', speakers: WHITLOCK },
      { s: '"I told them at half-time that they were playing', speakers: WHITLOCK, direct: true },
      { s: 'To their credit, they answered," Whitlock said.', speakers: WHITLOCK, direct: true },
      { s: 'said he had not expected to start', speakers: CASTELL },
      { s: '"The manager told me on Friday I would be on the bench', speakers: CASTELL, direct: true },
      { s: 'was angry that the second goal was allowed to stand', speakers: DELGADO, optional: true },
      { s: 'He said Castell had been offside', speakers: DELGADO },
      { s: "told the club's website the team should have been", speakers: MOURA },
      { s: 'Delgado said he would not be writing to the league.', speakers: DELGADO },
      { s: '"There is no point.', speakers: DELGADO, direct: true },
      { s: 'Nothing ever changes," the Argentine said.', speakers: DELGADO, direct: true },
    ],
  },
  {
    name: "a governor's spokesman and a senator's allies: a plan that officials said would cost, a quotation then the governor's spokesman, X, said, he said, called X a Y (optional), supporters of the senator said, critics of X said, the senator's chief of staff said, she said, the governor told reporters with a relative clause which critics said",
    text: `Governor's office defends bridge toll as senator's allies push back

SACRAMENTO, Calif. — Governor Elena Marquez's office on Thursday defended a plan that officials said would cost drivers $4 a crossing, as supporters of State Senator Raymond Cho stepped up their campaign against it.

"The governor has been clear that the bridge cannot be repaired without a toll," the governor's spokesman, Daniel Ortiz, said in an email. He said the money would go only to the bridge.

Cho has called the toll a tax on commuters. Supporters of the senator said at a rally in Oakland that the state should use its surplus instead. Critics of Cho said he had voted for a similar toll on another bridge in 2019.

The senator's chief of staff, Melissa Grant, said Cho had opposed that toll in committee before the final vote. She said the senator would hold a town hall meeting next week.

Marquez told reporters in Fresno that she was willing to meet Cho but would not drop the toll, which critics said was the highest in the state.`,
    claims: [
      { s: 'defended a plan that officials said would cost drivers', speakers: ['officials'] },
      { s: '"The governor has been clear that the bridge cannot be repaired', speakers: ORTIZ, direct: true },
      { s: 'He said the money would go only to the bridge.', speakers: ORTIZ },
      { s: 'Cho has called the toll a tax on commuters.', speakers: CHO, optional: true },
      { s: 'Supporters of the senator said at a rally', speakers: ['Supporters of the senator', 'Supporters'] },
      { s: 'Critics of Cho said he had voted', speakers: ['Critics of Cho', 'Critics'] },
      { s: 'said Cho had opposed that toll in committee', speakers: GRANT },
      { s: 'She said the senator would hold a town hall', speakers: GRANT },
      { s: 'told reporters in Fresno that she was willing', speakers: MARQUEZ },
    ],
  },
  {
    name: 'a new chief executive and the former one, two people: the new chief executive, X, said, X has said, a quotation then the new chief executive said, the former chief executive said, he said, a spokeswoman for a union said, passengers who use the line said',
    text: `Rail operator's new chief promises timetable overhaul

The new chief executive of Northline Trains, Sophie Achterberg, said on Monday that the company would rewrite its timetable by May after a year of cancellations.

Achterberg replaces Keith Danvers, who left in September after the regulator fined the operator £3 million. Danvers, who now chairs a ports group, has said the cancellations were caused by a shortage of drivers that began before he took over.

"I am not going to blame my predecessor or the unions. The passengers don't care whose fault it is," the new chief executive said.

In an interview published on Sunday, the former chief executive said he had warned the board about the driver shortage in 2023. He said the board had refused to fund extra training.

A spokeswoman for the drivers' union Aslef said drivers would welcome the new timetable if it ended rest-day working. Passengers who use the line every day said they would believe the promise when the trains ran on time.`,
    claims: [
      { s: 'said on Monday that the company would rewrite its timetable', speakers: ACHTERBERG },
      { s: 'has said the cancellations were caused by a shortage', speakers: DANVERS },
      { s: '"I am not going to blame my predecessor or the unions.', speakers: ACHTERBERG, direct: true },
      {
        s: `The passengers don't care whose fault it is," the new chief executive said.`,
        speakers: ACHTERBERG,
        direct: true,
      },
      { s: 'the former chief executive said he had warned the board', speakers: DANVERS },
      { s: 'He said the board had refused to fund extra training.', speakers: DANVERS },
      {
        s: "A spokeswoman for the drivers' union Aslef said",
        speakers: ["A spokeswoman for the drivers' union Aslef", 'spokeswoman', 'Aslef'],
      },
      {
        s: 'Passengers who use the line every day said',
        speakers: ['Passengers who use the line every day', 'Passengers'],
      },
    ],
  },
];
