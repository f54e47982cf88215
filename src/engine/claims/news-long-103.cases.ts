/**
 * Batch 103, written blind by claims39 after its rows, committed before the detector ran on it, and
 * kept as a first-sight check (only its totals are ever printed; no row is fixed against it). Five
 * stories of the issue's two unseen kinds (issue #9): three Wikinews-style reports (a prime
 * minister's resignation in Romania: "In a televised address, X said", a president who "said in a
 * statement that", a party that "accused X of", its leader who "told the news agency Agerpres
 * that", an analyst; an asteroid capsule: "the Japan Aerospace Exploration Agency said" closing
 * the lead, "The agency said", a mission manager who "told reporters" with a second quoted sentence
 * after the tag, "According to the agency", "Scientists hope" (optional); a nurses' strike in New
 * Zealand: a union closing the lead, its chief executive in apposition with quoted phrases, a health
 * agency's statement, a minister who "told Radio New Zealand" and "urged", a nurse quoted) and two
 * Reuters U.S. election stories (a super PAC's spending: "A super PAC supporting … said", the PAC
 * named in the next sentence "said in a statement that", a senator who "said the spending showed
 * that", "X told reporters after a campaign stop", a poll that "showed"; a county certification: a
 * supervisor "who voted against", a secretary of state's "post on X", a judge who "wrote in her
 * order", an election director who "told Reuters that").
 *
 * As in batches 72–102, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words.
 *
 * At first sight (claims F1 / speaker / direct; totals only, its errors never printed): 1.000
 * (24/24/24) / 1.000 / 1.000.
 */
import type { NewsCase } from './news.cases';

const DOBRE = ['Mihai Dobre', 'Dobre'];
const MARIN = ['Elena Marin', 'Marin'];
const LIBERAL_UNION = ['Liberal Union', 'union'];
const TOMA = ['Andrei Toma', 'Toma'];
const RADU = ['Ioana Radu', 'Radu'];
const JAXA = ['Japan Aerospace Exploration Agency', 'JAXA', 'agency'];
const SATO = ['Kenji Sato', 'Sato'];
const SCIENTISTS = ['Scientists'];
const NZNO = ['New Zealand Nurses Organisation', 'Nurses Organisation', 'union'];
const WHITLOCK = ['Paul Whitlock', 'Whitlock'];
const HNZ = ['Health New Zealand'];
const ELLISON = ['Grant Ellison', 'Ellison'];
const NGATA = ['Aroha Ngata', 'Ngata'];
const PAC = [
  'A super PAC supporting Republican Senate candidate Greg Lawson',
  'super PAC supporting Republican Senate candidate Greg Lawson',
  'super PAC',
  'Buckeye Forward',
];
const BUCKEYE_FORWARD = ['Buckeye Forward', 'super PAC'];
const KIM = ['Rachel Kim', 'Kim'];
const POLL = [
  'A Reuters/Ipsos poll released on Tuesday',
  'Reuters/Ipsos poll',
  'poll',
  'Reuters/Ipsos',
  'Reuters',
  'Ipsos',
];
const HARLAN = ['Tom Harlan', 'Harlan'];
const SOLANO = ['Maria Solano', 'Solano'];
const RUIZ = ['Carla Ruiz', 'Ruiz'];
const MARSH = ['Lisa Marsh', 'Marsh'];

export const NEWS_CASES_103: NewsCase[] = [
  {
    name: 'Wikinews resignation: in a televised address X said, a president said in a statement that, a party accused X of, its leader told the news agency Agerpres that, an analyst said',
    text: `Romanian prime minister resigns after coalition collapses

Wednesday, May 14, 2025

Romanian Prime Minister Mihai Dobre resigned on Tuesday, two days after the smaller party in his coalition withdrew its ministers in a dispute over pension reform.

In a televised address, Dobre said he was stepping down "so that the country is not held hostage" and that his party would take part in talks on a new government.

President Elena Marin said in a statement that she would begin consultations with party leaders on Thursday.

The Liberal Union, which left the coalition on Sunday, accused Dobre of ignoring a deal to protect pensions. Its leader, Andrei Toma, told the news agency Agerpres that the party was "ready to govern".

Political analyst Ioana Radu said early elections were unlikely before the autumn.`,
    claims: [
      { s: 'In a televised address, Dobre said he was stepping down', speakers: DOBRE },
      { s: 'said in a statement that she would begin consultations', speakers: MARIN },
      { s: 'accused Dobre of ignoring a deal', speakers: LIBERAL_UNION },
      { s: 'told the news agency Agerpres that the party', speakers: TOMA },
      { s: 'said early elections were unlikely', speakers: RADU },
    ],
  },
  {
    name: 'Wikinews asteroid capsule: an agency said closing the lead, the agency said, a mission manager told reporters with a second quoted sentence, according to the agency, scientists hope (optional)',
    text: `Japanese probe returns asteroid samples to Earth

Monday, December 8, 2025

A capsule carrying material collected from a near-Earth asteroid landed in the Australian outback on Sunday, the Japan Aerospace Exploration Agency said.

The agency said the capsule had been recovered intact and would be flown to its laboratory in Sagamihara within a week.

"This is the moment the whole team has waited six years for," mission manager Kenji Sato told reporters at the agency's headquarters. "We believe there are at least a few grams inside."

According to the agency, the probe itself will continue to a second asteroid, which it is due to reach in 2031.

Scientists hope the samples will show whether asteroids brought water to the early Earth.`,
    claims: [
      { s: 'A capsule carrying material collected', speakers: JAXA },
      { s: 'The agency said the capsule had been recovered intact', speakers: JAXA },
      { s: '"This is the moment the whole team', speakers: SATO, direct: true },
      { s: '"We believe there are at least a few grams inside."', speakers: SATO, direct: true },
      { s: 'the probe itself will continue to a second asteroid', speakers: JAXA },
      { s: 'Scientists hope the samples will show', speakers: SCIENTISTS, optional: true },
    ],
  },
  {
    name: "Wikinews nurses' strike: a union closing the lead, its chief executive in apposition with quoted phrases, a health agency said in a statement that, a minister told Radio New Zealand and urged, a nurse quoted with said X, who joined",
    text: `Nurses in New Zealand strike over pay

Thursday, July 31, 2025

About 36,000 nurses walked off the job across New Zealand on Wednesday in a 24-hour strike over pay and staffing, the New Zealand Nurses Organisation said.

The union's chief executive, Paul Whitlock, said nurses had been "pushed to breaking point" by staff shortages and that the government's offer of a 1 percent rise was "an insult".

Health New Zealand said in a statement that emergency departments remained open and that about 4,000 planned operations had been postponed.

Health Minister Grant Ellison told Radio New Zealand the offer was "fair and affordable" and urged the union to return to talks.

"I love my job, but I can't pay my rent on it," said Aroha Ngata, a nurse at Auckland City Hospital, who joined a picket outside the hospital.`,
    claims: [
      { s: 'About 36,000 nurses walked off the job', speakers: NZNO },
      { s: 'said nurses had been "pushed to breaking point"', speakers: WHITLOCK },
      { s: 'said in a statement that emergency departments remained open', speakers: HNZ },
      { s: 'told Radio New Zealand the offer was "fair and affordable"', speakers: ELLISON },
      { s: '"I love my job, but I can\'t pay my rent on it," said Aroha Ngata', speakers: NGATA, direct: true },
    ],
  },
  {
    name: 'Reuters super PAC spending: a super PAC supporting a candidate said, the PAC named next said in a statement that, a senator said the spending showed that, X told reporters after a campaign stop, a poll showed',
    text: `Super PAC backing Ohio Senate hopeful to spend $20 million on ads

COLUMBUS, Ohio, Sept 12 (Reuters) - A super PAC supporting Republican Senate candidate Greg Lawson said on Thursday it would spend $20 million on television ads in Ohio over the next eight weeks, one of the largest outside spending efforts of the election.

Buckeye Forward, which is funded largely by two technology investors, said in a statement that the ads would focus on inflation and border security.

Lawson's Democratic opponent, Senator Rachel Kim, said the spending showed that her rival was "bought and paid for".

"Voters can see through this," Kim told reporters after a campaign stop in Dayton.

A Reuters/Ipsos poll released on Tuesday showed the race tied, with each candidate at 44% among likely voters.

Lawson's campaign, which by law cannot coordinate with the super PAC, declined to comment.`,
    claims: [
      { s: 'said on Thursday it would spend $20 million on television ads', speakers: PAC },
      { s: 'said in a statement that the ads would focus', speakers: BUCKEYE_FORWARD },
      { s: 'said the spending showed that her rival', speakers: KIM },
      { s: '"Voters can see through this," Kim told reporters', speakers: KIM, direct: true },
      { s: 'showed the race tied, with each candidate at 44%', speakers: POLL },
    ],
  },
  {
    name: 'Reuters county certification: a supervisor who voted against said, a secretary of state said in a post on X that, a judge wrote in her order that, an election director told Reuters that',
    text: `Arizona county certifies election results after court order

PHOENIX, Nov 28 (Reuters) - Officials in Arizona's Cochise County voted 2-1 on Thursday to certify the results of this month's election, a day after a judge ordered them to do so.

Supervisor Tom Harlan, a Republican who voted against certification, said he still had "serious questions" about the county's vote-counting machines but would not defy the court.

Arizona Secretary of State Maria Solano said in a post on X that the county had "finally followed the law".

Judge Carla Ruiz wrote in her order on Wednesday that the supervisors had no legal power to delay certification and that voters "are entitled to have their votes counted".

County election director Lisa Marsh told Reuters that her staff had received threats since the vote and that two workers had quit.

Under state law, counties must certify results within 20 days of an election.`,
    claims: [
      { s: 'said he still had "serious questions"', speakers: HARLAN },
      { s: 'said in a post on X that the county had', speakers: SOLANO },
      { s: 'wrote in her order on Wednesday that the supervisors', speakers: RUIZ },
      { s: 'told Reuters that her staff had received threats', speakers: MARSH },
    ],
  },
];
