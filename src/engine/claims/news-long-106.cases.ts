/**
 * Batch 106, written blind by claims40 before its rows, committed before the detector ran on it,
 * and kept as a first-sight check (only its totals are ever printed; no row is fixed against it).
 * Five stories in the kinds of writing of batches 104 and 105 (issue #9): a drug-trial report (a
 * company that "said on Monday, citing full results", "The trial … found that", "Writing in …, the
 * investigators concluded that", an outside nephrologist, "…, the trial found"); a bus-crash trial
 * (a mechanic who "told a jury on Thursday that", "Prosecutors say", a defence lawyer who "told
 * jurors in her opening statement that", "Asked by X whether …, Y said he could not", a judge who
 * "ruled that" and "The judge wrote that"); a hurricane live blog with timestamps on lines of their
 * own ("The National Weather Service says", "Forecasters warned that", a governor who "told a news
 * conference", a utility that "says", a reader who "wrote"); a feature with reported thought ("She
 * remembers thinking that", "was certain the mine would reopen", "…, she said", "believes", a state
 * official, "is not so sure" optional); and a Senate race with a poll and a super PAC ("a … poll
 * released on Tuesday showed", "The survey … found", "X, a super PAC backing Y, announced on Monday
 * that", "…," the group's executive director, X, said in a statement", a campaign spokeswoman, "A
 * Jensen spokesman, X, accused Y of").
 *
 * As in batches 72–105, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words.
 *
 * At first sight (claims F1 / speaker / direct; totals only, its errors never printed): 0.987
 * (37/37/38) / 0.973 / 1.000; unchanged by claims40's rows (scored after them, totals only).
 */
import type { NewsCase } from './news.cases';

const CORVANE = ['Corvane Therapeutics', 'Corvane', 'company'];
const TRIAL = ['trial', 'The trial of 3,900 patients', 'The trial', ...CORVANE];
const INVESTIGATORS = ['investigators', 'the investigators'];
const MARSH = ['Helena Marsh', 'Marsh', 'Dr. Helena Marsh'];
const CARDENAS = [
  'Luis Cardenas',
  'Cardenas',
  'A mechanic who inspected a tour bus after a crash that killed six passengers',
  'A mechanic',
  'mechanic',
];
const PROSECUTORS = ['Prosecutors'];
const NOVAK = ['Patricia Novak', 'Novak'];
const ORTIZ = ['Samuel Ortiz', 'Ortiz', 'judge'];
const NWS = ['National Weather Service', 'Weather Service', 'NWS'];
const FORECASTERS = ['Forecasters'];
const REDDING = ['Tom Redding', 'Redding'];
const AEP = ['AEP Texas'];
const DELACROIX = ['Kim Delacroix', 'Delacroix'];
const SIMMONS = ['Dale Simmons', 'Simmons'];
const ELLISON = ['Ruth Ellison', 'Ellison'];
const WADE = ['Wade', 'Wade Ellison'];
const DUNN = ['Rachel Dunn', 'Dunn'];
const POLL = ['a Badger State University poll', 'Badger State University poll', 'poll', 'Badger State University'];
const SURVEY = ['survey', 'The survey of 810 likely voters', ...POLL];
const LAKEFRONT = ['Lakefront PAC', 'super PAC'];
const TOLLIVER = ['Mark Tolliver', 'Tolliver'];
const RUIZ = ['Jenna Ruiz', 'Ruiz'];
const KAPLAN = ['Drew Kaplan', 'Kaplan', 'A Jensen spokesman'];

export const NEWS_CASES_106: NewsCase[] = [
  {
    name: 'drug trial: its maker said on Monday, citing results, the trial found that, writing in a journal the investigators concluded that, an outside doctor said, "…, the trial found", a quotation of two sentences, the company said it would ask regulators',
    text: `Experimental drug slows kidney decline in diabetes patients, trial finds

An experimental pill slowed the loss of kidney function in people with type 2 diabetes by about 30% over two years, its maker Corvane Therapeutics said on Monday, citing full results of a late-stage trial.

The trial of 3,900 patients found that those taking the drug, known as CVT-118, were also less likely to need dialysis, though the difference was not statistically significant.

Writing in the New England Review of Medicine, the investigators concluded that the drug "could become a new pillar of kidney care" if longer studies confirm the results.

Dr. Helena Marsh, a nephrologist at Kingsbridge Hospital who was not involved in the trial, said the results were encouraging but the side effects needed watching. About one in ten patients stopped treatment because of nausea, the trial found.

"Kidney disease creeps up on people. Anything that buys them years off dialysis matters enormously," Marsh said.

Corvane said it would ask regulators in the United States and Europe to approve the drug by the end of the year. Its shares rose 18% in early trading.`,
    claims: [
      { s: 'An experimental pill slowed the loss of kidney function', speakers: CORVANE },
      { s: 'The trial of 3,900 patients found that', speakers: TRIAL },
      { s: 'the investigators concluded that the drug', speakers: INVESTIGATORS },
      { s: 'said the results were encouraging', speakers: MARSH },
      { s: 'About one in ten patients stopped treatment', speakers: TRIAL },
      { s: '"Kidney disease creeps up on people.', speakers: MARSH, direct: true },
      { s: 'Anything that buys them years off dialysis', speakers: MARSH, direct: true },
      { s: 'Corvane said it would ask regulators', speakers: CORVANE },
    ],
  },
  {
    name: 'bus-crash trial: a mechanic told a jury that, X said he found no evidence that, prosecutors say, a defence lawyer told jurors in her opening statement that, asked by X whether, Y said he could not, a judge ruled that, the judge wrote that',
    text: `Mechanic says brakes were 'worn to the metal' in bus crash trial

DENVER — A mechanic who inspected a tour bus after a crash that killed six passengers told a jury on Thursday that its rear brakes were "worn to the metal" and could not have stopped the vehicle on a mountain grade.

Luis Cardenas, who works for the Colorado State Patrol, said he found no evidence that the driver had tried to use the emergency brake. Prosecutors say the bus company, Summit Peak Tours, skipped required inspections for more than a year to save money.

The company's former operations manager, Glenn Hadley, is charged with six counts of criminally negligent homicide. His lawyer, Patricia Novak, told jurors in her opening statement that Hadley had repeatedly warned the owners that the fleet needed repairs and had been ignored.

Asked by Novak whether he could tell when the brakes had last been serviced, Cardenas said he could not.

On Wednesday, District Judge Samuel Ortiz ruled that jurors could hear a recording of a 2022 phone call in which Hadley is heard telling a driver to "just get through the season". The judge wrote that the recording was more probative than prejudicial.`,
    claims: [
      { s: 'told a jury on Thursday that its rear brakes', speakers: CARDENAS },
      { s: 'said he found no evidence that the driver', speakers: CARDENAS },
      { s: 'Prosecutors say the bus company', speakers: PROSECUTORS },
      { s: 'told jurors in her opening statement that Hadley', speakers: NOVAK },
      { s: 'Cardenas said he could not.', speakers: CARDENAS },
      { s: 'ruled that jurors could hear a recording', speakers: ORTIZ },
      { s: 'The judge wrote that the recording', speakers: ORTIZ },
    ],
  },
  {
    name: 'hurricane live blog: the Weather Service says, forecasters warned that, a governor told a news conference that, a quotation of two sentences, a utility says, a mayor posted a video and she said that, a reader wrote',
    text: `Live updates: Hurricane Lena makes landfall near Port Aransas

Updated 4:10 p.m. CT

4:10 p.m.
The National Weather Service says Lena's eyewall is now moving inland with sustained winds of 115 mph. Forecasters warned that storm surge of up to 12 feet remained possible in Corpus Christi Bay.

3:35 p.m.
Governor Tom Redding told a news conference in Austin that 2,400 National Guard troops were in position. "If you were told to leave and you stayed, stay inside now. Do not go out to look," Redding said.

2:50 p.m.
AEP Texas says about 180,000 customers are without power, most of them in Nueces and San Patricio counties.

2:05 p.m.
Port Aransas Mayor Kim Delacroix posted a video from the city's emergency operations centre. She said the water had already reached the seawall and that the city's only bridge was closed.

1:30 p.m.
A reader in Rockport, Dale Simmons, sent us this photo of the marina. "Boats are piled on top of each other," he wrote.`,
    claims: [
      { s: "The National Weather Service says Lena's eyewall", speakers: NWS },
      { s: 'Forecasters warned that storm surge', speakers: FORECASTERS },
      { s: 'told a news conference in Austin that 2,400', speakers: REDDING },
      { s: '"If you were told to leave and you stayed, stay inside now.', speakers: REDDING, direct: true },
      { s: 'Do not go out to look," Redding said.', speakers: REDDING, direct: true },
      { s: 'AEP Texas says about 180,000 customers', speakers: AEP },
      { s: 'She said the water had already reached the seawall', speakers: DELACROIX },
      { s: '"Boats are piled on top of each other," he wrote.', speakers: SIMMONS, direct: true },
    ],
  },
  {
    name: 'feature with reported thought: she remembers thinking that, her husband was certain the mine would reopen, …, she said, X believes, a quotation said laughing and a second sentence, a state official said … and that, X is not so sure (optional)',
    text: `After the mine closed, a town learned to bake

GALLOWAY CREEK, W.Va. — At four in the morning the only lights on Main Street are in the windows of the Creekside Bakery, where Ruth Ellison is already shaping the day's first loaves.

When the Harmon No. 3 mine closed in 2016, taking 340 jobs with it, Ellison was 52 and had never worked outside her home. She remembers thinking that the town would empty within a year. It did not, quite.

Her husband, Wade, a roof bolter for 28 years, was certain the mine would reopen. He kept his boots by the door for two winters, she said.

The bakery now employs nine people, most of them the wives and children of former miners. Ellison believes it has done more for the town than any of the retraining grants announced by the state.

"They sent a man from Charleston to teach us coding," she said, laughing. "We taught him to make biscuits."

State economic development official Rachel Dunn said the retraining program had placed more than 600 former miners in new jobs since 2017, and that many of them had stayed in the county.

Ellison is not so sure. Of the 40 families on her street when the mine closed, she counts 19 that remain.`,
    claims: [
      { s: 'She remembers thinking that the town would empty', speakers: ELLISON },
      { s: 'was certain the mine would reopen', speakers: WADE },
      { s: 'He kept his boots by the door for two winters, she said.', speakers: ELLISON },
      { s: 'Ellison believes it has done more for the town', speakers: ELLISON },
      { s: '"They sent a man from Charleston to teach us coding," she said', speakers: ELLISON, direct: true },
      { s: '"We taught him to make biscuits."', speakers: ELLISON, direct: true },
      { s: 'said the retraining program had placed', speakers: DUNN },
      { s: 'Ellison is not so sure.', speakers: ELLISON, optional: true },
    ],
  },
  {
    name: 'Senate race, poll and super PAC: a university poll released on Tuesday showed, the survey found, a super PAC backing X announced on Monday that, "…," the group\'s executive director, X, said in a statement, a campaign spokeswoman said, a quotation of two sentences, a spokesman, X, accused Y of … and said',
    text: `Wisconsin Senate race tightens as outside groups pour in money

MILWAUKEE, Sept 24 (Reuters) - Republican businessman Carl Jensen has cut Democratic Senator Amy Lindqvist's lead to two points, a Badger State University poll released on Tuesday showed, as super PACs on both sides booked more than $40 million in autumn advertising.

The survey of 810 likely voters found Lindqvist at 48% and Jensen at 46%, compared with a six-point lead in August.

Lakefront PAC, a super PAC backing Jensen, announced on Monday that it had reserved $18 million in airtime. "Wisconsin is a jump ball now," the group's executive director, Mark Tolliver, said in a statement.

Lindqvist campaign spokeswoman Jenna Ruiz said the senator had expected the race to tighten. "We always said this would be close," Ruiz said. "Amy has won close races before."

A Jensen spokesman, Drew Kaplan, accused Lindqvist of "hiding behind Washington PACs" and said the Republican would debate her "anytime, anywhere".

Neither campaign has agreed to dates for debates.`,
    claims: [
      { s: 'has cut Democratic Senator Amy Lindqvist', speakers: POLL },
      { s: 'The survey of 810 likely voters found', speakers: SURVEY },
      { s: 'announced on Monday that it had reserved', speakers: LAKEFRONT },
      { s: '"Wisconsin is a jump ball now," the group', speakers: TOLLIVER, direct: true },
      { s: 'said the senator had expected the race to tighten', speakers: RUIZ },
      { s: '"We always said this would be close," Ruiz said.', speakers: RUIZ, direct: true },
      { s: '"Amy has won close races before."', speakers: RUIZ, direct: true },
      { s: 'accused Lindqvist of "hiding behind Washington PACs"', speakers: KAPLAN },
    ],
  },
];
