/**
 * Batch 80, written by claims31b with its gold committed before the detector ran on it, to be
 * fixed against (not blind): five stories in the styles the batches have least of (issue #9). A
 * New York Times-style state politics story in ''…'' quotations (a majority leader "said … in an
 * interview" inverted after a three-sentence quotation, a governor who "accused … of" and "said",
 * her quotation over three sentences with "she said" in the middle, a budget office's analysis
 * that "projected" and "It also warned", "Mr. Voorhees said", a spokeswoman in apposition who
 * "disputed that account, saying", a minority leader, "Mr. Carrasco said"); a court report with
 * testimony (a witness who "testified" in the lead and is named in the next sentence, "Under
 * questioning by …, Ms. Vasquez said", a quotation with a nested quotation, "She testified that",
 * a defence lawyer's question and the witness's one-word answer, "Mr. Freeland suggested that",
 * "denied it", a judge, "told reporters outside the courtroom that"); a science story with hedged
 * claims ("according to a study published …", "Researchers at … found that", "The study suggests
 * that", a lead author over three sentences, "The authors caution that", an outside expert "who
 * was not involved in the study", "according to" a trust, "she said" after a sentence); an
 * interview in Q: / A: form whose answers are the interviewee's words and whose one question
 * reports what "Some politicians say"; and a football press conference (a coach who "said on
 * Saturday that", quotations in two paragraphs with "he said" at the end, "Asked whether …", a
 * captain in apposition with a relative clause, a rival coach who "praised … and said" and a
 * quotation with a nested one, a general manager who "declined to speak", "The club said in a
 * statement").
 *
 * As in batches 72–79, a description of a named body counts only resolved ("the club" → its
 * name); a body without a name of its own ("Republican leaders", "Some politicians") keeps its own
 * words. Short answers and a lawyer's question are optional, as in batch 43's transcript.
 *
 * At first sight (claims F1 / speaker / direct): 0.871 (54/55/69) / 0.981 / 1.000. Misses: every
 * answer of the Q: / A: interview (14 required claims) and "The budget office's analysis, released
 * last month, projected that …"; so "It also warned that …" kept the speaker "It"; and a false
 * claim, the question "What do you say to them?". After claims31b's rows (speaker.interview.q-and-a,
 * cue.verb.forecast-that, claim.question.asks-for-speech): 1.000 (69/69/69) / 1.000 / 1.000.
 */
import type { NewsCase } from './news.cases';

const VOORHEES = ['Dale Voorhees', 'Voorhees'];
const ELLISON = ['Marguerite Ellison', 'Ellison'];
const CARRASCO = ['Luis Carrasco', 'Carrasco'];
const BUDGET_ANALYSIS = [
  "The budget office's analysis",
  "budget office's analysis",
  'analysis',
  'budget office',
  "state's own budget office",
];
const VASQUEZ = ['Renata Vasquez', 'Vasquez'];
const FREELAND = ['Douglas Freeland', 'Freeland'];
const STUDY = [
  'a study published on Wednesday in the journal Environmental Pollution Letters',
  'study',
  'Environmental Pollution Letters',
  'Researchers at the University of Southampton',
  'Researchers',
  'University of Southampton',
];
const FARRANT = ['Imogen Farrant', 'Farrant'];
const ASANTE = ['Kwame Asante', 'Asante'];
const SOLHEIM = ['Marit Solheim', 'Solheim'];
const RUIZ = ['Tomás Ruiz', 'Ruiz'];
const MBEKI = ['Joel Mbeki', 'Mbeki'];
const BERG = ['Annika Berg', 'Berg'];

export const NEWS_CASES_80: NewsCase[] = [
  {
    name: "nyt-style state politics in ''…'': a majority leader in an interview after three sentences, a governor who accused and said, a quotation over three sentences, an analysis that projected and It also warned, Mr. X said, a spokeswoman disputed that account saying, a minority leader",
    text: `Ohio Senate Stalls Ellison's School Funding Plan, Citing Cost

COLUMBUS, Ohio — Gov. Marguerite Ellison's plan to overhaul how Ohio pays for its public schools stalled in the State Senate on Wednesday, after Republican leaders said the $1.4 billion proposal would force a tax increase within three years.

''The governor is asking us to write a check that the next legislature will have to cash,'' said Senator Dale Voorhees, the chamber's majority leader, in an interview in his office. ''I'm not going to do that. Not this session, and not with a revenue forecast this soft.''

Ms. Ellison, a Democrat who won a second term in November, has made the plan the centerpiece of her agenda. At a news conference in Cleveland, she accused Senate leaders of ''hiding behind a spreadsheet'' and said the state's own budget office had found the plan affordable.

''They have the numbers. They have had the numbers since February,'' she said. ''What they do not have is the will.''

The budget office's analysis, released last month, projected that the plan could be paid for without new taxes if the state's economy grew at least 2 percent a year. It also warned that a recession would open a gap of as much as $600 million.

Mr. Voorhees said that warning was the whole point. He said he would support a smaller version of the plan, phased in over six years, but that he had not heard from the governor's office since March.

A spokeswoman for the governor, Tamsin Okafor, disputed that account, saying Ms. Ellison's chief of staff had met with Senate leaders twice in April.

Democrats, who hold 12 of the Senate's 33 seats, cannot pass the plan on their own. Senator Luis Carrasco of Toledo, the minority leader, said several Republicans had told him privately that they supported it.

''They know it's good policy,'' Mr. Carrasco said. ''They're waiting to see who blinks first.''

The House passed its version of the plan in May by a vote of 61 to 37.`,
    claims: [
      { s: 'after Republican leaders said the $1.4 billion proposal', speakers: ['Republican leaders'] },
      { s: "''The governor is asking us to write a check", speakers: VOORHEES, direct: true },
      { s: "''I'm not going to do that.", speakers: VOORHEES, direct: true },
      { s: "Not this session, and not with a revenue forecast this soft.''", speakers: VOORHEES, direct: true },
      { s: "she accused Senate leaders of ''hiding behind a spreadsheet''", speakers: ELLISON },
      { s: "''They have the numbers.", speakers: ELLISON, direct: true },
      { s: "They have had the numbers since February,'' she said.", speakers: ELLISON, direct: true },
      { s: "''What they do not have is the will.''", speakers: ELLISON, direct: true },
      { s: 'projected that the plan could be paid for without new taxes', speakers: BUDGET_ANALYSIS },
      { s: 'It also warned that a recession would open a gap', speakers: BUDGET_ANALYSIS },
      { s: 'Mr. Voorhees said that warning was the whole point.', speakers: VOORHEES },
      { s: 'He said he would support a smaller version', speakers: VOORHEES },
      { s: 'Tamsin Okafor, disputed that account, saying', speakers: ['Tamsin Okafor', 'Okafor'] },
      { s: 'the minority leader, said several Republicans had told him', speakers: CARRASCO },
      { s: "''They know it's good policy,'' Mr. Carrasco said.", speakers: CARRASCO, direct: true },
      { s: "''They're waiting to see who blinks first.''", speakers: CARRASCO, direct: true },
    ],
  },
  {
    name: 'court report with testimony: a witness who testified in the lead and is named next, Under questioning by X Ms. Y said, a quotation with a nested one, She testified that, a lawyer question and one-word answers, suggested that, denied it, a judge, told reporters outside the courtroom',
    text: `Former bookkeeper testifies she warned car wash owner about missing money

DENVER — A former bookkeeper for a chain of Colorado car washes testified on Tuesday that she warned the company's owner at least four times that money was disappearing from its accounts, and that he told her to stop looking.

Renata Vasquez, 52, was the prosecution's first witness in the fraud trial of Gregory Pahlke, 61, who is accused of diverting $2.3 million from the business to pay for a ranch in Wyoming and a collection of vintage motorcycles. Mr. Pahlke has pleaded not guilty.

Under questioning by Deputy District Attorney Sonia Achebe, Ms. Vasquez said she first noticed the gaps in 2019, when deposits from two of the car washes stopped matching their register tapes.

"I went to him with the printouts," she told the jury. "He looked at them for maybe ten seconds. Then he said, 'Stop looking. That's not your job.'"

She testified that she kept copies of the printouts in a shoebox at home because she was afraid she would be blamed.

Mr. Pahlke's lawyer, Douglas Freeland, spent most of the afternoon questioning her about her own access to the accounts.

"You had the passwords to every account, didn't you?" Mr. Freeland asked.

"Yes," Ms. Vasquez said. "So did he."

Mr. Freeland suggested that she had taken the money herself and invented the conversations to protect herself. Ms. Vasquez denied it.

"I never took a dollar from that company," she said, her voice rising. "Not one."

Judge Harriet Lindqvist twice told the jurors to disregard remarks by Mr. Freeland that she said were argument, not questions.

The prosecution is expected to call an accountant from the state's Department of Revenue on Wednesday. Mr. Freeland told reporters outside the courtroom that the defense would show that Ms. Vasquez had "every reason in the world" to point the finger at his client.`,
    claims: [
      {
        s: 'testified on Tuesday that she warned the company',
        speakers: [
          ...VASQUEZ,
          'A former bookkeeper for a chain of Colorado car washes',
          'former bookkeeper',
          'bookkeeper',
        ],
      },
      { s: 'Ms. Vasquez said she first noticed the gaps in 2019', speakers: VASQUEZ },
      { s: '"I went to him with the printouts," she told the jury.', speakers: VASQUEZ, direct: true },
      { s: '"He looked at them for maybe ten seconds.', speakers: VASQUEZ, direct: true },
      { s: "Then he said, 'Stop looking.", speakers: VASQUEZ, direct: true },
      { s: "That's not your job.'\"", speakers: VASQUEZ, direct: true, optional: true },
      { s: 'She testified that she kept copies', speakers: VASQUEZ },
      { s: '"You had the passwords to every account', speakers: FREELAND, optional: true },
      { s: '"Yes," Ms. Vasquez said.', speakers: VASQUEZ, direct: true, optional: true },
      { s: '"So did he."', speakers: VASQUEZ, direct: true },
      { s: 'Mr. Freeland suggested that she had taken the money', speakers: FREELAND },
      { s: 'Ms. Vasquez denied it.', speakers: VASQUEZ, optional: true },
      { s: '"I never took a dollar from that company,"', speakers: VASQUEZ, direct: true },
      { s: '"Not one."', speakers: VASQUEZ, direct: true, optional: true },
      {
        s: 'Judge Harriet Lindqvist twice told the jurors',
        speakers: ['Harriet Lindqvist', 'Lindqvist'],
        optional: true,
      },
      { s: 'Mr. Freeland told reporters outside the courtroom', speakers: FREELAND },
    ],
  },
  {
    name: 'science story with hedged claims: according to a study published in a journal, Researchers at X found that, The study suggests that, a lead author over three sentences, The authors caution that, an outside expert not involved in the study, according to a trust, she said after a sentence',
    text: `Diesel fumes may be scrambling the scent trails bees follow, study suggests

Exhaust from diesel engines may be making it harder for wild bees to find flowers, according to a study published on Wednesday in the journal Environmental Pollution Letters.

Researchers at the University of Southampton found that bumblebees exposed to air with diesel exhaust at levels typical of a busy road took about a third longer to locate a scented flower than bees breathing clean air.

The study suggests that nitrogen oxides in the exhaust break down some of the chemicals that make up a flower's scent, so that the bees are, in effect, following a blurred trail.

"We were surprised by how big the effect was at quite ordinary pollution levels," said Dr. Imogen Farrant, an ecologist who led the work. "But this is one species, in a flight tent, over a few weeks. We need to see whether it holds up in a real meadow."

The authors caution that the experiment did not measure whether the delays reduced the number of flowers the bees pollinated, or how many of their offspring survived.

Dr. Kwame Asante, a pollination biologist at the University of Ghana who was not involved in the study, said the findings were plausible but should be treated as a first step.

"It's a neat experiment, and the chemistry makes sense," he said. "Whether it explains any of the decline we see in the field is another question entirely."

Bumblebee numbers in Britain have fallen by roughly a third since the 1980s, according to the Bumblebee Conservation Trust, which blames the loss of wildflower meadows above all.

Dr. Farrant said her team now planned to repeat the tests with honeybees and solitary bees along roads in Hampshire. The work could take three years, she said.`,
    claims: [
      { s: 'Exhaust from diesel engines may be making it harder', speakers: STUDY },
      { s: 'Researchers at the University of Southampton found that bumblebees', speakers: STUDY },
      { s: 'The study suggests that nitrogen oxides', speakers: STUDY },
      { s: '"We were surprised by how big the effect was', speakers: FARRANT, direct: true },
      { s: '"But this is one species, in a flight tent', speakers: FARRANT, direct: true },
      { s: 'We need to see whether it holds up in a real meadow."', speakers: FARRANT, direct: true },
      { s: 'The authors caution that the experiment', speakers: ['authors', ...STUDY, ...FARRANT] },
      { s: 'said the findings were plausible', speakers: ASANTE },
      { s: '"It\'s a neat experiment, and the chemistry makes sense,"', speakers: ASANTE, direct: true },
      { s: '"Whether it explains any of the decline', speakers: ASANTE, direct: true },
      {
        s: 'Bumblebee numbers in Britain have fallen by roughly a third',
        speakers: ['Bumblebee Conservation Trust', 'Conservation Trust'],
      },
      { s: 'Dr. Farrant said her team now planned', speakers: FARRANT },
      { s: 'The work could take three years, she said.', speakers: FARRANT },
    ],
  },
  {
    name: 'interview in Q: / A: form: the answers are the interviewee named in the introduction, one question reports what some politicians say, short answers optional',
    text: `'The ice is telling us something': a glaciologist on a summer in Greenland

Marit Solheim, a glaciologist at the Norwegian Polar Institute, spent four months this year on the Greenland ice sheet measuring how fast meltwater drains through it. She spoke to us after returning to Tromsø. The interview has been edited for length and clarity.

Q: What were you hoping to find?

A: We wanted to know how quickly water from the surface reaches the bed of the glacier. When it gets there, it acts like a lubricant, and the ice slides faster toward the sea. Nobody has measured it well across a whole summer.

Q: And what did you find?

A: That it is faster than the models assume. In July, water poured into a hole on the surface reached the bed in under two hours. The models we use in our forecasts assume something closer to a day.

Q: Does that mean sea levels will rise faster than expected?

A: Not necessarily, and I want to be careful here. It means one part of the models is wrong. Whether that adds up to more sea-level rise depends on many other things, and we haven't done that work yet.

Q: What was daily life like on the ice?

A: Cold, even in summer, and very loud. People imagine silence, but the ice cracks and groans all night. You get used to it after a week or so.

Q: Some politicians say scientists exaggerate these risks. What do you say to them?

A: I would invite them to come and stand on the ice with us. The measurements are not an opinion. Anyone can check them, and we publish all of our data.

Q: What comes next?

A: We go back in April. This time we will have sensors in twelve holes instead of four, so we should be able to say much more.`,
    claims: [
      { s: "'The ice is telling us something'", speakers: [...SOLHEIM, 'glaciologist'], direct: true, optional: true },
      { s: 'We wanted to know how quickly water', speakers: SOLHEIM, direct: true },
      { s: 'When it gets there, it acts like a lubricant', speakers: SOLHEIM, direct: true },
      { s: 'Nobody has measured it well across a whole summer.', speakers: SOLHEIM, direct: true },
      { s: 'That it is faster than the models assume.', speakers: SOLHEIM, direct: true },
      { s: 'In July, water poured into a hole', speakers: SOLHEIM, direct: true },
      { s: 'The models we use in our forecasts assume', speakers: SOLHEIM, direct: true },
      { s: 'Not necessarily, and I want to be careful here.', speakers: SOLHEIM, direct: true, optional: true },
      { s: 'It means one part of the models is wrong.', speakers: SOLHEIM, direct: true },
      { s: 'Whether that adds up to more sea-level rise', speakers: SOLHEIM, direct: true },
      { s: 'Cold, even in summer, and very loud.', speakers: SOLHEIM, direct: true, optional: true },
      { s: 'People imagine silence, but the ice cracks', speakers: SOLHEIM, direct: true },
      { s: 'You get used to it after a week or so.', speakers: SOLHEIM, direct: true },
      { s: 'Some politicians say scientists exaggerate', speakers: ['Some politicians', 'politicians'] },
      { s: 'I would invite them to come and stand', speakers: SOLHEIM, direct: true },
      { s: 'The measurements are not an opinion.', speakers: SOLHEIM, direct: true },
      { s: 'Anyone can check them, and we publish', speakers: SOLHEIM, direct: true },
      { s: 'We go back in April.', speakers: SOLHEIM, direct: true, optional: true },
      { s: 'This time we will have sensors in twelve holes', speakers: SOLHEIM, direct: true },
    ],
  },
  {
    name: 'football press conference: a coach said on Saturday that, quotations with he said at the end, Asked whether, a captain in apposition with a relative clause, a rival coach praised and said with a nested quotation, a general manager declined to speak, the club said in a statement',
    text: `Ruiz takes the blame as Harbor City's losing run reaches five

HARBOR CITY — Harbor City FC coach Tomás Ruiz said on Saturday that he alone was responsible for his team's fifth straight defeat, a 3-0 loss at home to Lakeshore United that left the club 11th in the Western Conference.

"Put it on me," Ruiz said at his post-match news conference. "I picked the team, I picked the shape, and it didn't work. The players gave everything they had."

Asked whether he feared for his job, Ruiz paused before answering.

"That's not a question for me. I'll be at training on Monday unless somebody tells me otherwise," he said.

Captain Joel Mbeki, who was substituted at halftime with a hamstring strain, said the dressing room was still behind the coach.

"We believe in what he's doing. We just have to start doing it on the field," Mbeki said. "Nobody is hiding."

Lakeshore coach Annika Berg praised her side's pressing and said the win was the best performance of her two seasons in charge.

"From the first minute, we were on them," she said. "I told the players at halftime, 'Don't sit back.' They listened."

Harbor City's general manager, Curtis Whitlow, declined to speak to reporters after the game. The club said in a statement late on Saturday that it had "full confidence" in Ruiz.

Harbor City visits Portland next Saturday.`,
    claims: [
      { s: 'coach Tomás Ruiz said on Saturday that he alone', speakers: RUIZ },
      { s: '"Put it on me," Ruiz said', speakers: RUIZ, direct: true },
      { s: '"I picked the team, I picked the shape', speakers: RUIZ, direct: true },
      { s: 'The players gave everything they had."', speakers: RUIZ, direct: true },
      { s: '"That\'s not a question for me.', speakers: RUIZ, direct: true },
      { s: "I'll be at training on Monday unless", speakers: RUIZ, direct: true },
      { s: 'said the dressing room was still behind the coach', speakers: MBEKI },
      { s: '"We believe in what he\'s doing.', speakers: MBEKI, direct: true },
      { s: 'We just have to start doing it on the field," Mbeki said.', speakers: MBEKI, direct: true },
      { s: '"Nobody is hiding."', speakers: MBEKI, direct: true },
      { s: "Annika Berg praised her side's pressing and said", speakers: BERG },
      { s: '"From the first minute, we were on them,"', speakers: BERG, direct: true },
      { s: '"I told the players at halftime', speakers: BERG, direct: true },
      { s: 'They listened."', speakers: BERG, direct: true },
      { s: 'Curtis Whitlow, declined to speak to reporters', speakers: [], optional: true },
      { s: 'The club said in a statement late on Saturday', speakers: ['Harbor City FC', 'Harbor City'] },
    ],
  },
];
