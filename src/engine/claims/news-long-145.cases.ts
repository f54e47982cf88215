/**
 * Batch 145, written blind by claims63 before its rows, committed before the detector ran on it,
 * and kept as a first-sight check (only its totals are ever printed; no row is fixed against it).
 * An ordinary day's mix in the kinds of writing of batches 143 and 144 (issue #9): a sentencing for
 * a death at the wheel with the judge, the widow's statement, the defence and a police officer; a
 * school's inspection report with the inspectorate, the head teacher, a parent and the council; a
 * landslip on a railway with the track owner, its route director, the train company and the
 * forecasters; and a brewery's closure with the company, its chief executive, a union and the MP.
 *
 * As in batches 72–144, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words. A plea, "the court heard", an advice without a source and
 * "blamed" are optional.
 */
import type { NewsCase } from './news.cases';

const ELLERY = ['Judge Martin Ellery', 'Martin Ellery', 'Ellery'];
const PRICE = ['Joanne Price', 'Price', 'Mrs Price'];
const ADEYEMI = ['Ruth Adeyemi', 'Adeyemi'];
const CAREW = ['Sergeant Phil Carew', 'Phil Carew', 'Carew'];
const DOBSON = ['Claire Dobson', 'Dobson', 'Ms Dobson'];
const TILLYARD = ['Mark Tillyard', 'Tillyard'];
const NANDA = ['Priya Nandakumar', 'Nandakumar'];
const OSGOOD = ['Rachel Osgood', 'Osgood'];

export const NEWS_CASES_145: NewsCase[] = [
  {
    name: 'a sentencing: he admitted (optional), the court heard that (optional), sentencing him the judge said, in a statement read to the court the wife said, a quotation then she said, the defence said, an officer said after the hearing that',
    text: `Van driver who killed cyclist while watching video jailed

A van driver who was watching a video on his phone when he hit and killed a cyclist has been jailed for six years.

Kieran Wallis, 31, admitted causing death by dangerous driving at Chester Crown Court. The court heard that he had looked at his phone 23 times in the four minutes before the crash on the A55 in March.

Sentencing him, Judge Martin Ellery said Wallis had made "a selfish and deliberate choice" to put a video ahead of other people's lives.

In a statement read to the court, the cyclist's wife, Joanne Price, said her husband had been "the kindest man I ever knew". "Our daughters will grow up without their dad because someone could not wait to watch a clip," she said.

Wallis's barrister, Ruth Adeyemi, said her client was "consumed by remorse" and had not driven since.

Sergeant Phil Carew of North Wales Police said after the hearing that the case showed "how a single glance can end a life".`,
    claims: [
      { s: 'admitted causing death by dangerous driving', speakers: ['Kieran Wallis', 'Wallis'], optional: true },
      { s: 'The court heard that he had looked', speakers: [], optional: true },
      { s: 'Judge Martin Ellery said Wallis had made', speakers: ELLERY },
      { s: 'Joanne Price, said her husband had been', speakers: PRICE },
      { s: '"Our daughters will grow up without their dad', speakers: PRICE, direct: true },
      { s: 'Ruth Adeyemi, said her client', speakers: ADEYEMI },
      { s: 'Phil Carew of North Wales Police said after the hearing', speakers: CAREW },
    ],
  },
  {
    name: 'a school inspection: after inspectors found that, the inspectorate said in its report that, inspectors wrote that, the head teacher said, a quotation then she said, a parent who asked not to be named said, the council said',
    text: `Hull primary school rated inadequate over bullying

A primary school in Hull has been rated inadequate after inspectors found that staff had failed to deal with repeated bullying.

Ofsted said in its report, published on Tuesday, that leaders at Marfleet Lane Primary did not have "an accurate picture" of pupils' behaviour. Inspectors wrote that some children had told them they were afraid to go into the playground.

The head teacher, Claire Dobson, said the school accepted the findings and had already brought in a new behaviour policy. "We have let some children down, and I am determined to put that right," she said.

A parent, who asked not to be named, said her son had been bullied for a year before anyone acted.

Hull City Council said it would send an improvement adviser to the school from next week.`,
    claims: [
      { s: 'after inspectors found that staff had failed', speakers: ['inspectors', 'Ofsted'] },
      { s: 'Ofsted said in its report', speakers: ['Ofsted'] },
      { s: 'Inspectors wrote that some children', speakers: ['Inspectors', 'Ofsted'] },
      { s: 'Claire Dobson, said the school accepted', speakers: DOBSON },
      { s: '"We have let some children down', speakers: DOBSON, direct: true },
      { s: 'A parent, who asked not to be named, said', speakers: ['A parent', 'parent'] },
      { s: 'Hull City Council said it would send', speakers: ['Hull City Council'] },
    ],
  },
  {
    name: 'a landslip: …, the track owner said (trailing), engineers found that, the route director said, a quotation then he said, the train company said, passengers were advised (optional), the forecasters said',
    text: `Landslip closes main line between Exeter and Plymouth

Trains between Exeter and Plymouth will not run until at least Thursday after a landslip near Dawlish, Network Rail said.

Engineers found that about 300 tonnes of earth and rock had slid onto the tracks after two days of heavy rain. The company's route director, Mark Tillyard, said teams would work through the night to clear the line. "This is a big slip on a steep cliff, and safety has to come first," he said.

Great Western Railway said buses would replace trains between the two cities, adding up to an hour to journeys. Passengers were advised not to travel unless necessary.

The Met Office said more rain was expected on Wednesday, with up to 40mm on high ground.`,
    claims: [
      { s: 'Trains between Exeter and Plymouth will not run', speakers: ['Network Rail'] },
      { s: 'Engineers found that about 300 tonnes', speakers: ['Engineers'] },
      { s: 'Mark Tillyard, said teams would work', speakers: TILLYARD },
      { s: '"This is a big slip on a steep cliff', speakers: TILLYARD, direct: true },
      { s: 'Great Western Railway said buses', speakers: ['Great Western Railway'] },
      { s: 'Passengers were advised not to travel', speakers: [], optional: true },
      { s: 'The Met Office said more rain', speakers: ['The Met Office', 'Met Office'] },
    ],
  },
  {
    name: "a brewery's closure: the company said on Thursday it would, the company blamed (optional), its chief executive said, a union said … and accused, the local MP said",
    text: `Brewer to shut Burton plant with loss of 250 jobs

The brewer Calder & Hume said on Thursday it would close its plant in Burton upon Trent next year, with the loss of 250 jobs.

The company blamed falling beer sales and higher energy costs. Its chief executive, Priya Nandakumar, said the decision had been "the hardest of my career".

Unite said the closure was "a hammer blow" for the town and accused the company of putting shareholders first. The local MP, Rachel Osgood, said she would ask ministers to help find a buyer for the site.`,
    claims: [
      { s: 'The brewer Calder & Hume said on Thursday', speakers: ['Calder & Hume'] },
      { s: 'The company blamed falling beer sales', speakers: ['Calder & Hume'], optional: true },
      { s: 'Priya Nandakumar, said the decision had been', speakers: NANDA },
      { s: 'Unite said the closure was', speakers: ['Unite'] },
      { s: 'Rachel Osgood, said she would ask ministers', speakers: OSGOOD },
    ],
  },
];
