/**
 * Batch 82, written blind by claims31b after its rows for batch 80, committed before the detector
 * ran on it, and kept as a second first-sight check (only its totals are ever printed; no row is
 * fixed against it). Five stories of mixed styles (issue #9): an AP-style storm report ("officials
 * said" closing the lead, a governor at a briefing and a two-sentence quotation, "according to the
 * National Hurricane Center", a forecaster inverted, a utility "said on its website", a resident
 * by her full name then "she said", a sheriff's office "said in a Facebook post"); a British
 * housing story in ‘…’ quotations (a council leader who "told the Guardian", a tenant with her age
 * and "she said" after two sentences, "A spokesperson for the housing ministry said", "the
 * ombudsman found that", a charity's chief executive, "Labour councillors have called for"); a
 * technology story (a company that "said in a blog post", "according to two people familiar with
 * the plans", a chief executive who "wrote on X", an analyst with her firm, a regulator that
 * "declined to comment", "Employees … said" with "one engineer said"); an obituary (his daughter
 * "said", "he once told an interviewer", a colleague inverted, "She said" after a sentence, "he
 * wrote in his memoir", a museum's statement); and a poll story ("according to a survey", "found
 * that", a pollster over two quotations, respondents who "said", a minister's spokesman who
 * "dismissed the poll", "the opposition leader said" after a quotation).
 *
 * As in batches 72–81, a description of a named body counts only resolved; a body without a name
 * of its own ("officials", "two people familiar with the plans", "Employees") keeps its own words.
 *
 * At first sight (claims F1 / speaker / direct; totals only, its errors never printed): 1.000
 * (49/49/49) / 0.898 / 1.000 — every claim found, five speakers of 49 wrong; under the ordinary
 * speaker floor and so held to its first sight in news.test.ts.
 */
import type { NewsCase } from './news.cases';

const HOLLOWAY = ['Brenda Holloway', 'Holloway'];
const NHC = ['National Hurricane Center', 'Hurricane Center'];
const GULF_POWER = ['Gulf Coast Power', 'Gulf Coast Power Co.'];
const PRITCHETT = ['Dana Pritchett', 'Pritchett'];
const MOSS = ['Keith Moss', 'Moss'];
const OKONJO = ['Ifeoma Okonjo', 'Okonjo'];
const HARGREAVES = ['Linda Hargreaves', 'Hargreaves'];
const BRANDT = ['Mathis Brandt', 'Brandt'];
const SERAPHINE = ['Seraphine Labs', 'Seraphine'];
const VANTERPOOL = ['Odile Vanterpool', 'Vanterpool'];
const KOVAC = ['Tomas Kovac', 'Kovac'];
const LINNEA = ['Linnea Kovac'];
const IRELAND_POLL = [
  'a survey by the Economic and Social Research Institute',
  'survey',
  'Economic and Social Research Institute',
  'ESRI',
];
const DUFFY = ['Aoife Duffy', 'Duffy'];

export const NEWS_CASES_82: NewsCase[] = [
  {
    name: 'ap-style storm report: officials said closing the lead, a governor at a briefing and two sentences, according to the hurricane center, a forecaster inverted, a utility said on its website, a resident and she said, a sheriff office said in a Facebook post',
    text: `Storm Delia cuts power to 300,000 as it crawls along Gulf Coast

MOBILE, Ala. (AP) — Tropical Storm Delia knocked out power to more than 300,000 homes and businesses along the Alabama and Florida coasts on Tuesday and could dump another foot of rain before it moves inland, officials said.

Alabama Gov. Brenda Holloway told reporters at a briefing in Mobile that 14 shelters were open and that National Guard troops had been sent to three coastal counties.

"This storm is not moving, and that's the problem," Holloway said. "If you are in a low-lying area, get out now while the roads are still open."

Delia's top winds had dropped to 60 mph by Tuesday afternoon, but the storm was moving at only 3 mph, according to the National Hurricane Center in Miami.

"A slow storm is a flood storm," said Javier Orozco, a forecaster at the center. "The wind is not the story anymore. The rain is."

Gulf Coast Power said on its website that crews from six states were standing by but could not start repairs until the winds dropped below 40 mph.

In Bayou La Batre, Dana Pritchett watched water creep up her driveway for the second time in three years. She said she had moved her late husband's boat to higher ground on Monday.

"We don't leave. We never leave," she said. "But I've got the car packed this time."

The Mobile County Sheriff's Office said in a Facebook post that deputies had rescued 23 people from flooded homes overnight and that no deaths had been reported.`,
    claims: [
      { s: 'knocked out power to more than 300,000 homes', speakers: ['officials'] },
      { s: 'Brenda Holloway told reporters at a briefing', speakers: HOLLOWAY },
      { s: '"This storm is not moving', speakers: HOLLOWAY, direct: true },
      { s: '"If you are in a low-lying area', speakers: HOLLOWAY, direct: true },
      { s: "Delia's top winds had dropped to 60 mph", speakers: NHC },
      { s: '"A slow storm is a flood storm,"', speakers: ['Javier Orozco', 'Orozco'], direct: true },
      { s: '"The wind is not the story anymore.', speakers: ['Javier Orozco', 'Orozco'], direct: true },
      { s: 'The rain is."', speakers: ['Javier Orozco', 'Orozco'], direct: true },
      { s: 'Gulf Coast Power said on its website', speakers: GULF_POWER },
      { s: "She said she had moved her late husband's boat", speakers: PRITCHETT },
      { s: '"We don\'t leave.', speakers: PRITCHETT, direct: true },
      { s: 'We never leave," she said.', speakers: PRITCHETT, direct: true },
      { s: '"But I\'ve got the car packed this time."', speakers: PRITCHETT, direct: true },
      {
        s: "The Mobile County Sheriff's Office said in a Facebook post",
        speakers: ["Mobile County Sheriff's Office", "Sheriff's Office"],
      },
    ],
  },
  {
    name: 'british housing story in ‘…’: a council leader told the Guardian, a tenant with her age and she said after two sentences, a ministry spokesperson, the ombudsman found that, a charity chief executive, councillors have called for',
    text: `Tenants in Salford tower still waiting for repairs a year after damp ruling

Tenants in a Salford tower block say the council has failed to carry out repairs ordered by the housing ombudsman more than a year ago, leaving families in flats with black mould on the walls.

Keith Moss, the leader of Salford city council, told the Guardian that contractors would start work on the block in March and that the delay had been caused by a dispute over the cost.

‘I'm not going to pretend this has been good enough. It hasn't,’ he said. ‘But the money is now in place.’

Ifeoma Okonjo, 41, who lives on the ninth floor with her two sons, said the younger boy had been admitted to hospital twice with asthma since the winter.

‘The doctor asked me if there was damp in the flat. I laughed,’ she said. ‘There is damp in every room.’

In a report published last February, the ombudsman found that the council had ignored 37 complaints from the block over four years.

A spokesperson for the housing ministry said councils had a legal duty to keep homes safe and that the government had given them new powers to deal with damp and mould.

Linda Hargreaves, chief executive of the charity Shelter North West, said the case showed that ombudsman rulings needed to be enforceable. ‘Without teeth, a ruling is just a letter,’ she said.

Labour councillors in the opposition group have called for an independent inquiry.`,
    claims: [
      {
        s: 'Tenants in a Salford tower block say the council',
        speakers: ['Tenants in a Salford tower block', 'Tenants'],
      },
      { s: 'Keith Moss, the leader of Salford city council, told the Guardian', speakers: MOSS },
      { s: "‘I'm not going to pretend this has been good enough.", speakers: MOSS, direct: true },
      { s: "It hasn't,’ he said.", speakers: MOSS, direct: true },
      { s: '‘But the money is now in place.’', speakers: MOSS, direct: true },
      { s: 'said the younger boy had been admitted to hospital', speakers: OKONJO },
      { s: '‘The doctor asked me if there was damp in the flat.', speakers: OKONJO, direct: true },
      { s: 'I laughed,’ she said.', speakers: OKONJO, direct: true, optional: true },
      { s: '‘There is damp in every room.’', speakers: OKONJO, direct: true },
      {
        s: 'the ombudsman found that the council had ignored',
        speakers: ['ombudsman', 'housing ombudsman', 'a report published last February', 'report'],
      },
      {
        s: 'A spokesperson for the housing ministry said councils',
        speakers: ['A spokesperson for the housing ministry', 'spokesperson', 'housing ministry'],
      },
      { s: 'said the case showed that ombudsman rulings', speakers: HARGREAVES },
      { s: '‘Without teeth, a ruling is just a letter,’', speakers: HARGREAVES, direct: true },
      {
        s: 'have called for an independent inquiry',
        speakers: ['Labour councillors in the opposition group', 'Labour councillors'],
        optional: true,
      },
    ],
  },
  {
    name: 'technology story: a company said in a blog post, according to two people familiar with the plans, a chief executive wrote on X, an analyst with her firm, a regulator declined to comment, employees said and one engineer said',
    text: `Seraphine Labs to cut 1,200 jobs as it bets on AI chips

SAN FRANCISCO, Oct 7 - Chipmaker Seraphine Labs will cut about 1,200 jobs, or 9% of its workforce, as it shifts spending toward chips for artificial intelligence, the company said in a blog post on Monday.

Most of the cuts will fall on its consumer graphics unit, which will be merged into the data center business, according to two people familiar with the plans.

Chief Executive Mathis Brandt wrote on X that the decision was "the hardest I have made" and that departing staff would receive six months' pay.

"Seraphine is late to this market and it knows it," said Odile Vanterpool, an analyst at Bernstein. "Cutting graphics frees up cash, but it doesn't buy them customers."

The European Commission, which is reviewing Seraphine's planned purchase of a Dutch chip designer, declined to comment.

Employees in the graphics unit said they learned of the cuts from news reports before an internal meeting on Monday afternoon. "Nobody told us anything until it was on the wire," one engineer said.

Seraphine's shares rose 4% in early trading.`,
    claims: [
      { s: 'will cut about 1,200 jobs, or 9% of its workforce', speakers: SERAPHINE },
      {
        s: 'Most of the cuts will fall on its consumer graphics unit',
        speakers: ['two people familiar with the plans', 'people familiar with the plans'],
      },
      { s: 'Mathis Brandt wrote on X that the decision', speakers: BRANDT },
      { s: '"Seraphine is late to this market', speakers: VANTERPOOL, direct: true },
      { s: '"Cutting graphics frees up cash', speakers: VANTERPOOL, direct: true },
      { s: 'The European Commission, which is reviewing', speakers: [], optional: true },
      {
        s: 'Employees in the graphics unit said they learned',
        speakers: ['Employees in the graphics unit', 'Employees'],
      },
      {
        s: '"Nobody told us anything until it was on the wire," one engineer said.',
        speakers: ['one engineer', 'engineer'],
        direct: true,
      },
    ],
  },
  {
    name: 'obituary: his daughter said, he once told an interviewer, a colleague inverted, She said after a sentence, he wrote in his memoir, a museum said in a statement',
    text: `Tomas Kovac, who photographed the Danube's last working boatmen, dies at 88

Tomas Kovac, a Slovak-born photographer whose pictures of the boatmen and ferrymen of the Danube became one of the best-known records of a vanished way of life, died on Saturday at his home in Bratislava. He was 88.

The cause was heart failure, his daughter, Linnea Kovac, said.

Mr. Kovac spent more than 20 years travelling the river by bicycle and cargo barge, from Bavaria to the Black Sea, with a single camera and two lenses.

"I did not want to make them beautiful. I wanted to make them visible," he once told an interviewer.

"He had a way of standing so still that people forgot he was there," said Margit Halász, a photographer who worked with him in the 1980s. She said he would often wait a whole day for a single picture.

In his memoir, published in 2009, he wrote that he had been "a bad boatman and a patient one."

The Slovak National Gallery, which holds more than 4,000 of his prints, said in a statement that it would mount a retrospective next year.

Besides his daughter, he is survived by two grandsons.`,
    claims: [
      { s: 'The cause was heart failure, his daughter', speakers: LINNEA },
      { s: '"I did not want to make them beautiful.', speakers: KOVAC, direct: true },
      { s: 'I wanted to make them visible," he once told an interviewer.', speakers: KOVAC, direct: true },
      { s: '"He had a way of standing so still', speakers: ['Margit Halász', 'Halász'], direct: true },
      { s: 'She said he would often wait a whole day', speakers: ['Margit Halász', 'Halász'] },
      { s: 'he wrote that he had been "a bad boatman', speakers: KOVAC },
      { s: 'said in a statement that it would mount a retrospective', speakers: ['Slovak National Gallery'] },
    ],
  },
  {
    name: 'poll story: according to a survey, found that, a pollster over two quotations, respondents said, a minister spokesman dismissed the poll, the opposition leader said after a quotation',
    text: `Most Irish renters expect never to own a home, survey finds

DUBLIN, May 21 - Almost two thirds of people renting in Ireland expect that they will never own their own home, according to a survey by the Economic and Social Research Institute published on Wednesday.

The survey of 2,400 adults found that renters aged 25 to 34 spent on average 41% of their take-home pay on rent, up from 33% five years ago.

"These are not students or people passing through. These are people in their thirties with children," said Aoife Duffy, who led the research. "They have simply stopped believing that ownership is for them."

More than half of the renters surveyed said they had considered emigrating in the past year.

A spokesman for the housing minister dismissed the findings as "a snapshot," saying that a record number of first-time buyers had received mortgages last year.

"The government has had ten years to fix this and it has made it worse," said Niamh Gallagher, the leader of the main opposition party. She said her party would bring a motion on rent controls to the Dáil next week.`,
    claims: [
      {
        s: 'Almost two thirds of people renting in Ireland expect',
        speakers: [...IRELAND_POLL, 'Almost two thirds of people renting in Ireland', 'people renting in Ireland'],
      },
      { s: 'The survey of 2,400 adults found that renters', speakers: IRELAND_POLL },
      { s: '"These are not students or people passing through.', speakers: DUFFY, direct: true },
      { s: 'These are people in their thirties with children,"', speakers: DUFFY, direct: true },
      { s: '"They have simply stopped believing', speakers: DUFFY, direct: true },
      {
        s: 'More than half of the renters surveyed said',
        speakers: ['More than half of the renters surveyed', 'renters surveyed', 'renters'],
      },
      {
        s: 'dismissed the findings as "a snapshot,"',
        speakers: ['A spokesman for the housing minister', 'spokesman', 'housing minister'],
      },
      { s: '"The government has had ten years to fix this', speakers: ['Niamh Gallagher', 'Gallagher'], direct: true },
      { s: 'She said her party would bring a motion', speakers: ['Niamh Gallagher', 'Gallagher'] },
    ],
  },
];
