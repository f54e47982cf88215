/**
 * Batch 91, written blind by claims34 after its rows for batch 89, committed before the detector
 * ran on it, and kept as a second first-sight check (only its totals are ever printed; no row is
 * fixed against it). Five stories of mixed styles (issue #9): a Wikinews-style science report (a
 * researcher who "told New Scientist", "according to NASA", a press release, a sceptic inverted);
 * a Reuters French runoff (a polling institute that "estimated", a winner who "told supporters", a
 * loser who "told BFM TV" and conceded over two quoted sentences, a party spokeswoman); a
 * commuter strike (a union that "said" and "the union said", a general secretary, a rail firm
 * named alone and "the operator said", an inverted commuter); a football press conference (a
 * manager who "told reporters", "he added", a captain quoted over two sentences, "the club said
 * in a statement"); and an engineering results wire (a firm named alone, "the engine maker said",
 * a chief executive on a call, analysts at a broker "wrote in a note", a spokesperson who
 * "declined to comment", a union).
 *
 * As in batches 72–90, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words.
 *
 * At first sight (claims F1 / speaker / direct; totals only, its errors never printed): 1.000
 * (34/34/34) / 0.912 / 1.000, meeting the ordinary floors.
 */
import type { NewsCase } from './news.cases';

const LINDQVIST = ['Karin Lindqvist', 'Lindqvist'];
const MOREL = ['Claire Morel', 'Morel'];
const DUVAL = ['Henri Duval', 'Duval'];
const OKAFOR = ['Bisi Okafor', 'Okafor'];
const WESTMARK = ['Westmark Rail'];
const HALE = ['Gareth Hale', 'Hale'];
const ROLLS = ['Rolls-Royce'];
const ERDEM = ['Tufan Erdem', 'Erdem'];

export const NEWS_CASES_91: NewsCase[] = [
  {
    name: 'Wikinews science report: a researcher told a magazine and she said, according to NASA, a press release, a sceptic inverted',
    text: `Astronomers find water vapour around distant planet

Thursday, May 22, 2025

Astronomers say they have found water vapour in the atmosphere of a planet about 120 light-years from Earth.

Karin Lindqvist of Lund University, who led the study, told New Scientist that the signal was "unmistakable". "We looked at this planet for eighty hours, and the water was there every time," she said.

The planet orbits a small red star and is about twice the size of Earth, according to NASA, whose space telescope made the observations.

In a press release, Lund University said the team would now look for signs of carbon dioxide.

"It is an exciting result, but we should be careful about what it means for life," said Tomas Berg, an astrophysicist who was not involved in the work.`,
    claims: [
      {
        s: 'Astronomers say they have found water vapour',
        speakers: ['Astronomers'],
      },
      { s: 'told New Scientist that the signal was "unmistakable"', speakers: LINDQVIST },
      { s: '"We looked at this planet for eighty hours', speakers: LINDQVIST, direct: true },
      { s: 'The planet orbits a small red star', speakers: ['NASA'] },
      { s: 'In a press release, Lund University said', speakers: ['Lund University'] },
      { s: '"It is an exciting result', speakers: ['Tomas Berg', 'Berg'], direct: true },
    ],
  },
  {
    name: 'Reuters French runoff: a polling institute estimated, a winner told supporters, a loser told a broadcaster and conceded over two sentences, a party spokeswoman',
    text: `Centrist Morel wins Lyon mayoral runoff

LYON, France, June 29 (Reuters) - Centrist Claire Morel won the runoff for mayor of Lyon on Sunday with about 53% of the vote, the Ipsos polling institute estimated.

Morel told supporters at the city hall that Lyon had voted "for calm and for competence". "Tomorrow the work begins," she said.

Her opponent, Henri Duval of the conservative Republicans, told BFM TV he accepted the result. "The voters have spoken. I wish Madame Morel every success," he said.

A spokeswoman for the Republicans, Sophie Garnier, said the party would study the result "with humility".

Turnout was 46%, the Interior Ministry said.`,
    claims: [
      { s: 'Centrist Claire Morel won the runoff for mayor of Lyon', speakers: ['Ipsos', 'Ipsos polling institute'] },
      { s: 'Morel told supporters at the city hall', speakers: MOREL },
      { s: '"Tomorrow the work begins," she said.', speakers: MOREL, direct: true },
      { s: 'told BFM TV he accepted the result', speakers: DUVAL },
      { s: '"The voters have spoken.', speakers: DUVAL, direct: true },
      { s: 'I wish Madame Morel every success," he said.', speakers: DUVAL, direct: true },
      { s: 'Sophie Garnier, said the party would study', speakers: ['Sophie Garnier', 'Garnier'] },
      { s: 'Turnout was 46%, the Interior Ministry said.', speakers: ['Interior Ministry'] },
    ],
  },
  {
    name: 'commuter strike: a union said and the union said, its general secretary, a rail firm named alone and the operator said, an inverted commuter',
    text: `Rail strike halts commuter trains into Leeds

Commuter services into Leeds were cancelled on Monday as train drivers began a 48-hour strike over pay.

The drivers' union Aslef said 95% of its members at the company had voted for the strike. The union said talks had broken down last week.

"Our members have had a real-terms pay cut three years running," Aslef general secretary Bisi Okafor told reporters outside Leeds station. "They have had enough."

Westmark Rail said it had offered a 4% rise and described the strike as "deeply disappointing". The operator said a reduced bus service would run between Leeds and Harrogate.

"I've lost two days' pay just getting to work this week," said Aisha Malik, a nurse who commutes from Harrogate.`,
    claims: [
      { s: "The drivers' union Aslef said 95% of its members", speakers: ['Aslef'] },
      { s: 'The union said talks had broken down', speakers: ['Aslef'] },
      { s: '"Our members have had a real-terms pay cut', speakers: OKAFOR, direct: true },
      { s: '"They have had enough."', speakers: OKAFOR, direct: true },
      { s: 'Westmark Rail said it had offered a 4% rise', speakers: WESTMARK },
      { s: 'The operator said a reduced bus service', speakers: WESTMARK },
      { s: "\"I've lost two days' pay", speakers: ['Aisha Malik', 'Malik'], direct: true },
    ],
  },
  {
    name: 'football press conference: a manager told reporters and he added, a captain over two sentences, the club said in a statement',
    text: `Hale backs young keeper after cup exit

Ashbourne Town manager Gareth Hale said on Friday he would keep faith with 19-year-old goalkeeper Leo Mensah after his error cost the club a place in the FA Cup fourth round.

"Leo will learn more from Tuesday than from ten clean sheets," Hale told reporters at the club's training ground. "He is our number one."

He added that defender Sam Roper would miss at least a month with a hamstring injury.

Club captain Dan Whitlock said the players had rallied around Mensah. "We win together and we lose together. Nobody in that dressing room blames him," Whitlock said.

In a statement, the club said it had reported abusive messages sent to Mensah online to the police.`,
    claims: [
      { s: 'Gareth Hale said on Friday he would keep faith', speakers: HALE },
      { s: '"Leo will learn more from Tuesday', speakers: HALE, direct: true },
      { s: '"He is our number one."', speakers: HALE, direct: true },
      { s: 'He added that defender Sam Roper would miss', speakers: HALE },
      { s: 'Dan Whitlock said the players had rallied', speakers: ['Dan Whitlock', 'Whitlock'] },
      { s: '"We win together and we lose together.', speakers: ['Dan Whitlock', 'Whitlock'], direct: true },
      {
        s: 'Nobody in that dressing room blames him," Whitlock said.',
        speakers: ['Dan Whitlock', 'Whitlock'],
        direct: true,
      },
      {
        s: 'In a statement, the club said it had reported',
        speakers: ['Ashbourne Town'],
      },
    ],
  },
  {
    name: 'engineering results wire: a firm named alone, the engine maker said, a chief executive on a call, analysts at a broker wrote in a note, a spokesperson declined to comment, a union',
    text: `Rolls-Royce lifts profit outlook as airlines fly more

LONDON, Feb 27 - Rolls-Royce raised its profit forecast for the year on Thursday, as airlines flew its engines for more hours than expected.

The engine maker said underlying operating profit would be between 2.7 billion and 2.9 billion pounds, up from a previous range of 2.5 billion to 2.8 billion.

"We are a stronger, more resilient business than we were two years ago," chief executive Tufan Erdem told analysts on a call. He said the company would restart dividend payments in the summer.

Analysts at Peel Hunt wrote in a note that the upgrade was "bigger than anyone expected".

A Rolls-Royce spokesperson declined to comment on reports that the company was in talks to sell its Spanish unit.

Unite, which represents workers at the company's Derby plant, said it would press for a pay rise to match the results.`,
    claims: [
      { s: 'Rolls-Royce raised its profit forecast for the year on Thursday', speakers: ROLLS, optional: true },
      { s: 'The engine maker said underlying operating profit', speakers: ROLLS },
      { s: '"We are a stronger, more resilient business', speakers: ERDEM, direct: true },
      { s: 'He said the company would restart dividend payments', speakers: ERDEM },
      {
        s: 'Analysts at Peel Hunt wrote in a note',
        speakers: ['Analysts at Peel Hunt', 'Peel Hunt', 'Analysts'],
      },
      {
        s: 'A Rolls-Royce spokesperson declined to comment',
        speakers: [...ROLLS, 'A Rolls-Royce spokesperson', 'Rolls-Royce spokesperson', 'spokesperson'],
        optional: true,
      },
      { s: 'said it would press for a pay rise', speakers: ['Unite'] },
    ],
  },
];
