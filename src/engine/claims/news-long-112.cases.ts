/**
 * Batch 112, written blind by claims42 before its rows, committed before the detector ran on it,
 * and kept as a first-sight check (only its totals are ever printed; no row is fixed against it).
 * Five stories in the kinds of writing of batches 110 and 111 (issue #9): a murder trial's
 * testimony ("jurors heard", "told the court that", "under cross-examination … conceded", the judge
 * "told jurors"); a science report ("the researchers wrote", "the paper concludes", "according to
 * the study", an outside scientist); a US House race with an ad and a spokesman ("the ad says",
 * "said in a statement", "a spokesman for … said"); a post-match press conference (a manager, a
 * goalkeeper, "Asked about …, he said"); and a Q: / A: interview with paraphrase ("In her view, …",
 * "According to …").
 *
 * As in batches 72–111, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words. One-word or verbless answers and evaluations with no clause are
 * optional.
 *
 * At first sight (claims F1 / speaker / direct; totals only, its errors never printed): 0.985
 * (33/33/34) / 1.000 / 0.970. After claims42's rows (scored after them, totals only): 1.000
 * (34/34/34) / 1.000 / 0.971.
 */
import type { NewsCase } from './news.cases';

const BARKER = ['Leon Barker', 'Barker'];
const ALVES = ['Sofia Alves', 'Alves'];
const PRATT = ['Graham Pratt', 'Pratt'];
const ROWE = ['Justice Evelyn Rowe', 'Evelyn Rowe', 'Rowe'];
const STUDY = ['the study', 'study', 'The study'];
const RESEARCHERS = ['The researchers', 'researchers', 'Dr. Kenji Mori', 'Kenji Mori', 'Mori'];
const MORI = ['Dr. Kenji Mori', 'Kenji Mori', 'Mori'];
const OYELARAN = ['Dr. Bisi Oyelaran', 'Bisi Oyelaran', 'Oyelaran'];
const ADSPOT = ['The ad', 'ad', 'the ad'];
const TREMBLAY = ['Nina Tremblay', 'Tremblay'];
const FOWLER = ['Curtis Fowler', 'Fowler'];
const GIBBS = ['Owen Gibbs', 'Gibbs'];
const MAHON = ['Declan Mahon', 'Mahon'];
const KOVAC = ['Petra Kovac', 'Kovac'];

export const NEWS_CASES_112: NewsCase[] = [
  {
    name: 'murder trial testimony: jurors heard that, a witness told the court that, under cross-examination conceded that, a defence lawyer suggested, the judge told jurors',
    text: `Witness says she saw accused leave pub minutes before stabbing

A woman told a murder trial on Tuesday that she saw the accused leave a pub in Hartley "in a hurry" minutes before a man was stabbed in the car park outside.

Leon Barker, 29, denies murdering Daniel Shaw, 35, in August last year.

Jurors heard that Shaw died in hospital two days after the attack. Sofia Alves, a barmaid at the Crown, told the court that Barker had argued with Shaw at the bar earlier in the evening.

Under cross-examination by Barker's barrister, Graham Pratt, she conceded that the car park was poorly lit and that she had not seen the attack itself. Pratt suggested that she had confused Barker with another customer. "I know what I saw," Alves replied.

Justice Evelyn Rowe told jurors that they must decide the case only on the evidence they heard in court. The trial continues.`,
    claims: [
      { s: 'A woman told a murder trial on Tuesday that she saw', speakers: ['A woman', 'woman', ...ALVES] },
      { s: 'Leon Barker, 29, denies murdering', speakers: BARKER },
      { s: 'Jurors heard that Shaw died in hospital', speakers: ['Jurors', 'jurors'], optional: true },
      { s: 'told the court that Barker had argued with Shaw', speakers: ALVES },
      { s: 'she conceded that the car park was poorly lit', speakers: ALVES },
      { s: 'Pratt suggested that she had confused Barker', speakers: PRATT },
      { s: '"I know what I saw," Alves replied.', speakers: ALVES, direct: true },
      { s: 'told jurors that they must decide the case', speakers: ROWE },
    ],
  },
  {
    name: 'science report: according to the study, the researchers wrote, a quotation from the lead author, the paper concludes, an outside scientist said, a limitation the authors acknowledged',
    text: `Urban foxes have learned to open bins, researchers report

Foxes in three British cities have learned to lift the lids of household food bins, and the trick is spreading from one animal to another, according to the study, which appears this week in the journal Animal Minds.

The researchers wrote that they filmed 41 foxes opening bins in Bristol, Leeds and Norwich between 2022 and 2025, most of them in streets where another fox had been filmed doing so a few months earlier.

"We think the young ones are watching their neighbours and copying them," said Dr. Kenji Mori, an ecologist at the University of Wexham who led the work.

The paper concludes that councils should switch to bins with locking lids. The authors acknowledged that they could not follow individual foxes over time.

Dr. Bisi Oyelaran, who studies animal behaviour at Kellmore University and was not part of the team, said the evidence of copying was "suggestive but not yet convincing".`,
    claims: [
      { s: 'Foxes in three British cities have learned to lift the lids', speakers: STUDY },
      { s: 'The researchers wrote that they filmed 41 foxes', speakers: RESEARCHERS },
      { s: '"We think the young ones are watching their neighbours', speakers: MORI, direct: true },
      { s: 'The paper concludes that councils should switch', speakers: ['The paper', 'paper', ...STUDY] },
      {
        s: 'The authors acknowledged that they could not follow',
        speakers: ['The authors', 'authors', ...RESEARCHERS],
      },
      { s: 'said the evidence of copying was', speakers: OYELARAN },
    ],
  },
  {
    name: 'US House race: the ad says, a candidate said in a statement, a spokesman for the rival said, a debate exchange, according to campaign finance filings',
    text: `Tremblay ad targets Fowler over plant closure

GREEN BAY, Wis. — A new ad from Democrat Nina Tremblay says her Republican opponent, Curtis Fowler, "sold out" 600 workers when the paper mill he chaired closed in 2020.

Fowler said in a statement that the mill had been losing money for a decade and that he had fought to keep it open longer than anyone expected.

"Nina Tremblay is lying about a tragedy to win a seat in Congress," said Owen Gibbs, a spokesman for the Fowler campaign.

Tremblay has raised $2.1 million since January, nearly twice as much as Fowler, according to campaign finance filings.

At a forum in De Pere on Monday, the two candidates were asked about the closure. Fowler said he regretted "every job we lost". Tremblay said regret was "not a jobs plan".`,
    claims: [
      {
        s: 'says her Republican opponent, Curtis Fowler',
        speakers: ['A new ad from Democrat Nina Tremblay', 'A new ad', ...ADSPOT, ...TREMBLAY],
      },
      { s: 'Fowler said in a statement that the mill', speakers: FOWLER },
      { s: '"Nina Tremblay is lying about a tragedy', speakers: GIBBS, direct: true },
      {
        s: 'Tremblay has raised $2.1 million since January',
        speakers: ['campaign finance filings', 'filings'],
      },
      { s: 'Fowler said he regretted', speakers: FOWLER },
      { s: 'Tremblay said regret was', speakers: TREMBLAY },
    ],
  },
  {
    name: 'post-match press conference: a manager said, asked about a penalty he said, two quoted sentences, a goalkeeper told reporters, the rival manager insisted that',
    text: `Ashford hold on for point at Millbrook

Ashford Town manager Declan Mahon said his players had "run themselves into the ground" after a 1-1 draw at Millbrook on Tuesday night.

Asked about the late penalty that Millbrook missed, Mahon said: "I couldn't look. I was already on my knees."

"We're not pretty, but we don't lose," he added. "That's five games now without a defeat."

Ashford goalkeeper Petra Kovac, who saved the penalty, told reporters she had watched videos of the taker all week.

Millbrook manager Hugo Lind insisted that his team had done enough to win. "We had 20 shots. One day the ball will go in," he said.`,
    claims: [
      { s: 'Declan Mahon said his players had', speakers: MAHON },
      { s: 'Asked about the late penalty that Millbrook missed', speakers: MAHON, direct: true },
      { s: 'I was already on my knees."', speakers: MAHON, direct: true },
      { s: '"We\'re not pretty, but we don\'t lose," he added.', speakers: MAHON, direct: true },
      { s: '"That\'s five games now without a defeat."', speakers: MAHON, direct: true },
      { s: 'told reporters she had watched videos', speakers: KOVAC },
      { s: 'Hugo Lind insisted that his team', speakers: ['Hugo Lind', 'Lind'] },
      { s: '"We had 20 shots.', speakers: ['Hugo Lind', 'Lind'], direct: true },
      { s: 'One day the ball will go in," he said.', speakers: ['Hugo Lind', 'Lind'], direct: true },
    ],
  },
  {
    name: 'Q: / A: interview with a school principal, with paraphrase: in her view, according to the district, answers direct and hers, verbless answers optional',
    text: `A principal on phones, homework and four-day weeks

Marta Ibarra has run Westfield High School in Lubbock for six years. In her view, the school's ban on phones in class has done more for grades than any new programme. According to the district, test scores at Westfield rose 8 points last year.

Q: Why ban phones?

A: Because the students asked us to. They said they could not stop looking at them.

Q: Some parents want a four-day week. Would you try it?

A: No. Our students need more time in school, not less.

Q: What would you change first with more money?

A: More counsellors. Every year the waiting list gets longer.`,
    claims: [
      { s: "In her view, the school's ban on phones", speakers: ['Marta Ibarra', 'Ibarra'] },
      { s: 'According to the district, test scores', speakers: ['the district', 'district'] },
      { s: 'Because the students asked us to.', speakers: ['Marta Ibarra', 'Ibarra'], direct: true },
      {
        s: 'They said they could not stop looking',
        speakers: ['Marta Ibarra', 'Ibarra', 'They', 'students', 'the students'],
        direct: true,
      },
      { s: 'A: No.', speakers: ['Marta Ibarra', 'Ibarra'], direct: true, optional: true },
      { s: 'Our students need more time in school', speakers: ['Marta Ibarra', 'Ibarra'], direct: true },
      { s: 'A: More counsellors.', speakers: ['Marta Ibarra', 'Ibarra'], direct: true, optional: true },
      { s: 'Every year the waiting list gets longer.', speakers: ['Marta Ibarra', 'Ibarra'], direct: true },
    ],
  },
];
