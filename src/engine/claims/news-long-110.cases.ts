/**
 * Batch 110, written by claims42 with its gold committed before the detector ran on it, to be fixed
 * against (not blind): four stories in kinds of writing batches 1–109 have little of (issue #9). A
 * fraud trial's verdict (a witness "testified that", "prosecutors said", a prosecutor "told jurors in
 * her closing argument", the defence lawyer "argued that", a judge "writing that" in an earlier
 * ruling); science news ("according to a study published in the journal …", "the paper concludes
 * that", "the researchers wrote that", an outside expert who "cautioned that"); a US Senate race's
 * attack ad ("a new television ad … claims that", "according to the nonpartisan …", a campaign
 * spokesman "called the ad … and said", a debate, a poll "showed"); and post-match interviews
 * ("manager X said his side had …", "told reporters after the match", "Asked whether …, he said:",
 * "admitted his team had been").
 *
 * As in batches 72–109, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words. Evaluations with no clause ("called the study …") are optional.
 *
 * At first sight (claims F1 / speaker / direct): 0.945 (26/28/27) / 0.923 / 1.000. After claims42's
 * rows 0.963 (26/27/27) / 1.000 / 1.000. Left: "The 30-second spot … cites a 2023 House vote" is a
 * claim (the gold reads a citation of a vote as no claim), and "A poll … showed the race tied" (an
 * object and its predicate, no clause) is missed.
 */
import type { NewsCase } from './news.cases';

const MINTON = ['Carla Minton', 'Minton'];
const OKAFOR = ['Ruth Okafor', 'Okafor'];
const SAYLES = ['Martin Sayles', 'Sayles'];
const VASQUEZ = ['Helen Vasquez', 'Vasquez'];
const STUDY = ['a study published on Wednesday in the journal Cardiac Health', 'a study', 'study', 'Cardiac Health'];
const LINDQVIST = ['Amara Lindqvist', 'Lindqvist'];
const HENLEY = ['Paul Henley', 'Henley'];
const AD = [
  'A new television ad from Republican Senate candidate Dale Harlan',
  'A new television ad',
  'ad',
  'Dale Harlan',
  'Harlan',
];
const HARLAN = ['Dale Harlan', 'Harlan'];
const PELLEY = ['Jordan Pelley', 'Pelley'];
const WHITCOMBE = ['Maya Whitcombe', 'Whitcombe'];
const KEARNEY = ['Steve Kearney', 'Kearney'];
const NOLAN = ['Gary Nolan', 'Nolan'];

export const NEWS_CASES_110: NewsCase[] = [
  {
    name: 'fraud trial verdict: a witness testified that, prosecutors said, a prosecutor told jurors in her closing argument, the defence lawyer argued that, said after the verdict, a judge writing that in an earlier ruling',
    text: `Former treasurer convicted of stealing from food bank

DENVER — A jury on Thursday convicted the former treasurer of a Denver food bank of stealing more than $400,000 from the charity over six years.

Jurors heard from 14 witnesses over two weeks, including the food bank's director, Carla Minton, who testified that she first noticed money missing in 2023.

Prosecutors said Douglas Ferrell, 58, had used the money to pay for a lake house and two cars. "He treated a charity for hungry families as his personal bank," Assistant District Attorney Ruth Okafor told jurors in her closing argument.

Ferrell's lawyer, Martin Sayles, argued that his client had been allowed to take the payments as a salary the board never wrote down. He said after the verdict that Ferrell would appeal.

In a written ruling last month, Judge Helen Vasquez had refused to dismiss the case, writing that the board's minutes showed no such agreement.

Ferrell, who did not testify, faces up to 12 years in prison. Sentencing is set for March 3.`,
    claims: [
      { s: 'who testified that she first noticed money missing', speakers: MINTON },
      { s: 'Prosecutors said Douglas Ferrell, 58, had used', speakers: ['Prosecutors', 'prosecutors'] },
      { s: '"He treated a charity for hungry families', speakers: OKAFOR, direct: true },
      { s: 'argued that his client had been allowed', speakers: SAYLES },
      { s: 'He said after the verdict that Ferrell would appeal.', speakers: SAYLES },
      { s: "writing that the board's minutes showed", speakers: VASQUEZ },
    ],
  },
  {
    name: 'science news: according to a study published in a journal, a lead researcher said in an interview, the paper concludes that, the researchers wrote that, an outside cardiologist called the study and cautioned that, a review found',
    text: `Night shifts tied to older-looking hearts in long-serving nurses

Nurses who worked night shifts for more than ten years had hearts that looked on average four years older on scans than those of nurses who worked days, according to a study published on Wednesday in the journal Cardiac Health.

The researchers, led by Dr. Amara Lindqvist of the University of Nordhavn, followed 2,300 nurses in Norway and Denmark for 15 years.

"The effect was larger than we expected, and it did not go away when we accounted for smoking, weight and exercise," Lindqvist said in an interview.

The paper concludes that hospitals should limit the number of years staff spend on permanent night rotas. The researchers wrote that their findings could not prove that night work itself caused the changes.

Dr. Paul Henley, a cardiologist at Leeds General Infirmary who was not involved in the research, called the study "careful and important". But he cautioned that nurses who choose night work may differ in other ways from those who do not.

A review of earlier studies, published in 2024, found a similar but smaller effect.`,
    claims: [
      { s: 'Nurses who worked night shifts for more than ten years', speakers: STUDY },
      { s: '"The effect was larger than we expected', speakers: LINDQVIST, direct: true },
      {
        s: 'The paper concludes that hospitals should limit',
        speakers: ['The paper', 'paper', ...STUDY],
      },
      {
        s: 'The researchers wrote that their findings could not prove',
        speakers: ['The researchers', 'researchers', ...LINDQVIST],
      },
      { s: 'called the study "careful and important"', speakers: HENLEY, optional: true },
      { s: 'But he cautioned that nurses who choose night work', speakers: HENLEY },
      {
        s: 'A review of earlier studies, published in 2024, found',
        speakers: ['A review of earlier studies', 'review', 'A review'],
        optional: true,
      },
    ],
  },
  {
    name: 'US Senate race attack ad: an ad claims that, according to a nonpartisan group, a campaign spokesman called the ad and said, a quotation, a candidate told supporters, said in a debate, a poll showed',
    text: `Harlan ad on taxes draws fire from Whitcombe campaign

COLUMBUS, Ohio (AP) — A new television ad from Republican Senate candidate Dale Harlan claims that his Democratic opponent, Rep. Maya Whitcombe, voted to raise taxes on families earning less than $50,000.

The 30-second spot, which began airing on Monday in Cleveland and Cincinnati, cites a 2023 House vote on a budget bill. The bill did not raise income taxes, according to the nonpartisan Tax Policy Desk.

Whitcombe's campaign spokesman, Jordan Pelley, called the ad "a flat lie" and said the campaign had asked stations to pull it. "Dale Harlan knows exactly what that bill did," Pelley said.

Harlan stood by the ad at a rally in Dayton. "My opponent can spin all she wants. The vote is on the record," he told supporters.

In the first debate last week, Whitcombe said she would not support any tax increase for households earning under $400,000, and Harlan accused her of "hiding her record".

A poll released on Tuesday by Marlow University showed the race tied, with 46% for each candidate.`,
    claims: [
      { s: 'claims that his Democratic opponent', speakers: AD },
      {
        s: 'The bill did not raise income taxes, according to',
        speakers: ['the nonpartisan Tax Policy Desk', 'Tax Policy Desk'],
      },
      { s: 'called the ad "a flat lie" and said the campaign', speakers: PELLEY },
      { s: '"Dale Harlan knows exactly what that bill did," Pelley said.', speakers: PELLEY, direct: true },
      { s: '"My opponent can spin all she wants.', speakers: HARLAN, direct: true },
      { s: 'The vote is on the record," he told supporters.', speakers: HARLAN, direct: true },
      { s: 'Whitcombe said she would not support any tax increase', speakers: WHITCOMBE },
      {
        s: 'showed the race tied',
        speakers: ['A poll released on Tuesday by Marlow University', 'A poll', 'poll', 'Marlow University'],
      },
    ],
  },
  {
    name: 'post-match interviews: a manager said his side had produced, told reporters after the match, asked whether …, he said: a quotation, the other manager admitted his team had been, a striker who scored twice said',
    text: `Rovers go top with win at Castlebridge

Dunmore Rovers manager Steve Kearney said his side had produced "the perfect away performance" after a 3-0 win at Castlebridge on Saturday took them top of the league.

"We were brave from the first minute and we never let them settle," Kearney told reporters after the match. "The lads deserve every bit of this."

Asked whether Rovers could win the title, he said: "It's November. Ask me in May."

Castlebridge manager Gary Nolan admitted his team had been second best. "We didn't win a tackle in the first half. That's on me," he said.

Rovers striker Tomás Duffy, who scored twice, said he had been playing through an ankle injury for a month.`,
    claims: [
      { s: 'Steve Kearney said his side had produced', speakers: KEARNEY },
      { s: '"We were brave from the first minute', speakers: KEARNEY, direct: true },
      { s: '"The lads deserve every bit of this."', speakers: KEARNEY, direct: true },
      { s: 'Asked whether Rovers could win the title, he said', speakers: KEARNEY, direct: true },
      { s: 'Ask me in May."', speakers: KEARNEY, direct: true, optional: true },
      { s: 'Gary Nolan admitted his team had been second best.', speakers: NOLAN },
      { s: '"We didn\'t win a tackle in the first half.', speakers: NOLAN, direct: true },
      { s: 'That\'s on me," he said.', speakers: NOLAN, direct: true },
      { s: 'who scored twice, said he had been playing', speakers: ['Tomás Duffy', 'Duffy'] },
    ],
  },
];
