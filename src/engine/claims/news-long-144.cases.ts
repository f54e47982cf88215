/**
 * Batch 144, written by claims63 with its gold committed before the detector ran on it, to be fixed
 * against (not blind): three stories in kinds of writing earlier batches used little (issue #9). A
 * scientific paper's release (the finding "according to a study published in the journal …", the
 * researchers who "found that", a lead author quoted over two sentences with the second quotation
 * standing alone, "the paper warns that", an independent expert "who was not involved in the
 * study" who "cautioned that", the journal's editorial); a diplomatic summit (a joint statement
 * named by "according to" and then quoted in part with "the statement said", a presidency's
 * spokesman, a foreign ministry "said in a statement", two officials "speaking on condition of
 * anonymity" and "one of them", a spokeswoman "asked whether …" who answers with a colon and a
 * two-sentence quotation); and a sports press conference after a defeat (the manager who
 * "insisted", a quotation "X told his post-match press conference", "he admitted", the captain, and
 * the opposing coach "asked about" the first manager's future, whose "he said" must not go to the
 * man named inside the question).
 *
 * As in batches 72–143, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words. A refusal to comment is optional.
 */
import type { NewsCase } from './news.cases';

const STUDY = [
  'a study published on Wednesday in the journal Ocean Climate Letters',
  'a study',
  'study',
  'Ocean Climate Letters',
];
const MARCHETTI = ['Dr Sofia Marchetti', 'Sofia Marchetti', 'Marchetti', 'Dr Marchetti'];
const IREDALE = ['Professor Tom Iredale', 'Tom Iredale', 'Iredale'];
const STATEMENT = [
  'a joint statement issued after a day of talks',
  'a joint statement',
  'joint statement',
  'statement',
];
const ARSLAN = ['Kemal Arslan', 'Arslan'];
const OFFICIALS = ['Two European officials', 'European officials', 'officials'];
const VASILAKOU = ['Eleni Vasilakou', 'Vasilakou'];
const DALTON = ['Steve Dalton', 'Dalton'];
const FARRANT = ['Luke Farrant', 'Farrant'];
const RINALDI = ['Marco Rinaldi', 'Rinaldi'];

export const NEWS_CASES_144: NewsCase[] = [
  {
    name: "a scientific paper's release: according to a study published in the journal, they found that, a quotation then X said and a second quotation alone, the paper warns that, an independent expert who was not involved said, but he cautioned that, in an editorial the journal said",
    text: `Ocean heatwaves three times as common as in the 1980s, study finds

Marine heatwaves are now three times as common as they were in the 1980s, according to a study published on Wednesday in the journal Ocean Climate Letters.

The researchers, led by Dr Sofia Marchetti of the University of Exeter, analysed satellite records of sea surface temperatures from 1982 to 2025. They found that the average heatwave now lasted 19 days, up from eight.

"What used to be a once-a-decade event is now something we see most summers," Dr Marchetti said. "For coral and kelp, there is very little time to recover between them."

The paper warns that fisheries in the North Atlantic could lose a fifth of their catch by 2050 if warming continues at its current pace.

Professor Tom Iredale, an oceanographer at the University of Bergen who was not involved in the study, said the findings were "robust and worrying". But he cautioned that the satellite record was short and that some early data were less reliable.

In an editorial, the journal said governments had been "slow to treat the ocean as part of the climate problem".`,
    claims: [
      { s: 'Marine heatwaves are now three times as common', speakers: STUDY },
      {
        s: 'They found that the average heatwave',
        speakers: ['The researchers', 'researchers', ...MARCHETTI],
      },
      { s: '"What used to be a once-a-decade event', speakers: MARCHETTI, direct: true },
      { s: '"For coral and kelp, there is very little time', speakers: MARCHETTI, direct: true },
      { s: 'The paper warns that fisheries', speakers: ['The paper', 'paper', ...STUDY] },
      { s: 'Tom Iredale, an oceanographer at the University of Bergen', speakers: IREDALE },
      { s: 'But he cautioned that the satellite record', speakers: IREDALE },
      {
        s: 'In an editorial, the journal said governments',
        speakers: ['Ocean Climate Letters', 'the journal', 'journal'],
      },
    ],
  },
  {
    name: "a diplomatic summit: according to a joint statement, a part-quotation then the statement said, a presidency's spokesman told reporters, a foreign ministry said in a statement that, two officials speaking on condition of anonymity said, one of them said, asked whether … the spokeswoman said: and a two-sentence quotation",
    text: `Three leaders agree task force on Mediterranean shipping after Valletta talks

VALLETTA, Malta — The leaders of Turkey, Egypt and Greece agreed on Friday to set up a joint task force to keep shipping lanes open in the eastern Mediterranean, according to a joint statement issued after a day of talks.

The three countries "reaffirmed their commitment to freedom of navigation" and would meet again within 90 days, the statement said.

A spokesman for the Turkish presidency, Kemal Arslan, told reporters the talks had been "frank but constructive". Egypt's foreign ministry said in a statement that Cairo would host the task force's first meeting.

Two European officials, speaking on condition of anonymity because they were not authorised to discuss the talks, said the Greek delegation had pushed for a firmer timetable. One of them said the final text had been agreed only "at two in the morning".

Asked whether the deal would lower insurance costs for shipping, the Greek prime minister's spokeswoman, Eleni Vasilakou, said: "That is the aim. It will not happen overnight."`,
    claims: [
      {
        s: 'The leaders of Turkey, Egypt and Greece agreed on Friday',
        speakers: [...STATEMENT, 'The leaders of Turkey, Egypt and Greece', 'leaders'],
      },
      { s: 'The three countries "reaffirmed their commitment', speakers: STATEMENT },
      { s: 'Kemal Arslan, told reporters the talks', speakers: ARSLAN },
      {
        s: "Egypt's foreign ministry said in a statement",
        speakers: ["Egypt's foreign ministry", 'foreign ministry'],
      },
      { s: 'Two European officials, speaking on condition', speakers: OFFICIALS },
      { s: 'One of them said the final text', speakers: ['One of them', ...OFFICIALS] },
      { s: 'Eleni Vasilakou, said: "That is the aim.', speakers: VASILAKOU, direct: true },
      { s: 'It will not happen overnight."', speakers: VASILAKOU, direct: true },
    ],
  },
  {
    name: "a sports press conference: the manager insisted, a two-sentence quotation then X told his post-match press conference, he admitted, he said, the captain said, a two-sentence quotation then he said, the opposing coach said, asked about the manager's future he said: and a two-sentence quotation, the chairman has not commented (optional)",
    text: `Dalton insists Rovers can still stay up after derby defeat

Bramley Rovers manager Steve Dalton insisted his side could still avoid relegation after Saturday's 3-0 defeat by Kingsmoor Town left them eight points from safety.

"I've looked at the fixtures. If we win four of the last seven, we're safe, and I believe this group can do that," Dalton told his post-match press conference.

He admitted his players had "frozen" in the first half. He said he would not criticise any of them in public.

Captain Luke Farrant said the dressing room was "hurting" but united. "Nobody is throwing the towel in. We owe the fans a lot better than that," he said.

Kingsmoor head coach Marco Rinaldi said his team had played "the perfect away game". Asked about Dalton's future, he said: "It's not for me to comment on another man's job. Steve is a good coach."

The Rovers chairman, Graham Tully, has not commented on the manager's position.`,
    claims: [
      { s: 'Steve Dalton insisted his side could still avoid', speakers: DALTON },
      { s: `"I've looked at the fixtures.`, speakers: DALTON, direct: true },
      { s: 'If we win four of the last seven', speakers: DALTON, direct: true },
      { s: 'He admitted his players had "frozen"', speakers: DALTON },
      { s: 'He said he would not criticise any of them', speakers: DALTON },
      { s: 'Luke Farrant said the dressing room', speakers: FARRANT },
      { s: '"Nobody is throwing the towel in.', speakers: FARRANT, direct: true },
      { s: 'We owe the fans a lot better than that," he said.', speakers: FARRANT, direct: true },
      { s: 'Marco Rinaldi said his team had played', speakers: RINALDI },
      { s: `he said: "It's not for me to comment`, speakers: RINALDI, direct: true },
      { s: 'Steve is a good coach."', speakers: RINALDI, direct: true },
      { s: 'has not commented on the manager', speakers: ['Graham Tully', 'Tully'], optional: true },
    ],
  },
];
