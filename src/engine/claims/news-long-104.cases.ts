/**
 * Batch 104, written by claims40 with its gold committed before the detector ran on it, to be fixed
 * against (not blind): five stories in kinds of writing batches 1–103 have least of (issue #9). A
 * health-study report (findings "according to a study published …", "It was found that", "The
 * study concluded that", an outside expert "who was not involved in the research", "Early data
 * from a trial … suggest …, she noted", preliminary figures with no named origin, a charity's
 * director who "called them"); a criminal trial's testimony ("testified on Tuesday that", "told
 * jurors that", "Under cross-examination … She conceded that", "has argued that", "his lawyers
 * said in a filing", a judge's ruling "writing that"); a long feature with scene-setting and
 * reported thought ("He thinks it is", "What he wonders … is", "She was sure, she said, that",
 * "Others fear"); an election poll and a super PAC ("a … poll showed", "The poll found that", "…,
 * it found", a campaign spokesman "dismissed the poll …, saying", a super PAC's president "said in
 * a statement that", "Hale's campaign called the ads", a spokeswoman after a candidate's name);
 * and a campaign group's pollution report ("according to a report released … by", "Their analysis
 * found that", "A spokesperson added that", "disputed the findings. It said", "It is estimated
 * that").
 *
 * As in batches 72–103, a description of a named body counts only resolved ("the agency"); a body
 * without a name of its own ("his lawyers") keeps its own words. Data or figures without a named
 * origin are a borderline source, optional as in batches 77, 83 and 101; an impersonal "It was
 * found that" reporting the study just described is a claim with no speaker to check, and "It is
 * estimated that" with no study in sight is optional.
 *
 * At first sight (claims F1 / speaker / direct): 0.975 (39/39/41) / 0.923 / 1.000. Errors: "It was
 * found that …" missed; ", it found." missed; "according to a study published on Wednesday in the
 * Annals of Ageing Research" cut inside the name; "Vance campaign spokesman Eli Brandt …, saying"
 * gave the candidate; "It said" after "Severnside Water, which runs …" unresolved (the water company
 * is no mention: an entity gap, left). After claims40's rows (lexicon/claims-40.ts) 1.000 (41/41/41)
 * / 0.975 / 1.000, the last error left.
 */
import type { NewsCase } from './news.cases';

const STUDY = [
  'a study published on Wednesday in the Annals of Ageing Research',
  'study',
  'Annals of Ageing Research',
  'The study',
];
const VARGA = ['Tomas Varga', 'Varga'];
const AMADI = ['Rachel Amadi', 'Amadi', 'Dr. Rachel Amadi'];
const FIGURES = ['Preliminary figures', 'figures'];
const LINDQVIST = ['Pieter Lindqvist', 'Lindqvist', 'Age Concern Europe'];
const PRUITT = [
  'Janet Pruitt',
  'Pruitt',
  'A former bookkeeper at Calloway Marine',
  'former bookkeeper at Calloway Marine',
  'bookkeeper',
];
const SZABO = ['Martin Szabo', 'Szabo'];
const CALLOWAY = ['Roger Calloway', 'Calloway'];
const CALLOWAY_LAWYERS = ['his lawyers', 'lawyers'];
const WHITCOMBE = ['Eleanor Whitcombe', 'Whitcombe'];
const COUNCIL = ['county council', 'council', 'The county council'];
const FOLEY = ['Brendan Foley', 'Foley'];
const NORA = ['Nora', 'Nora Foley'];
const KEANE = ['Siobhan Keane', 'Keane'];
const OTHERS = ['Others'];
const MOORE = ['Declan Moore', 'Moore'];
const POLL = [
  'a Desert Sun/Marlow College poll',
  'Desert Sun/Marlow College poll',
  'poll',
  'Desert Sun',
  'Marlow College',
];
const BRANDT = ['Eli Brandt', 'Brandt'];
const SENTINEL = ['Sentinel Action', 'super PAC'];
const WHITLOW = ['Dawn Whitlow', 'Whitlow'];
const HALE_CAMPAIGN = ["Hale's campaign", 'campaign', 'Hale campaign'];
const FERREIRA = ['Lucia Ferreira', 'Ferreira'];
const TRUST = [
  'Clear Rivers Trust',
  'report',
  'trust',
  'a report released on Monday by the campaign group Clear Rivers Trust',
];
const ANALYSIS = ['Their analysis', 'analysis', 'volunteers', "The trust's volunteers", ...TRUST];
const AGENCY = ['Environment Agency', 'agency'];
const SPOKESPERSON = ['A spokesperson', 'spokesperson', ...AGENCY];
const SEVERNSIDE = ['Severnside Water', 'Severnside'];
const GREAVES = ['Alan Greaves', 'Greaves', 'Professor Alan Greaves'];

export const NEWS_CASES_104: NewsCase[] = [
  {
    name: 'health study: according to a study published in a journal, it was found that, the study concluded that, an expert not involved in the research said, early data from a trial suggest …, she noted, preliminary figures suggest, a charity director called them',
    text: `Daily walk linked to lower dementia risk in older adults, study finds

By Hannah Okafor, Health Correspondent

Older adults who walked at least 4,000 steps a day were about a quarter less likely to develop dementia over nine years than those who walked less, according to a study published on Wednesday in the Annals of Ageing Research.

The team, led by epidemiologist Tomas Varga of Northmoor University, followed 11,200 people aged 65 and over in Hungary and Austria.

It was found that the benefit levelled off above about 7,000 steps, and that walking pace mattered less than the total.

The study concluded that even modest daily activity "may buy years of independent life" for people at risk.

"We were surprised by how early the curves separated," Varga said in an interview. "Within three years you could already see the difference."

Independent experts urged caution.

Dr. Rachel Amadi, a neurologist at St. Columba's Hospital in Dublin who was not involved in the research, said observational studies could not rule out that people in the early stages of dementia simply walked less.

Early data from a randomised trial in Finland suggest the effect is real but smaller, she noted.

Preliminary figures suggest the number of people living with dementia in Europe will double by 2050.

The findings were welcomed by Age Concern Europe, whose director, Pieter Lindqvist, called them "a cheap prescription with no side effects".`,
    claims: [
      { s: 'were about a quarter less likely to develop dementia', speakers: STUDY },
      { s: 'It was found that the benefit levelled off', speakers: [] },
      { s: 'The study concluded that even modest daily activity', speakers: STUDY },
      { s: '"We were surprised by how early the curves separated," Varga', speakers: VARGA, direct: true },
      { s: '"Within three years you could already see the difference."', speakers: VARGA, direct: true },
      { s: 'Independent experts urged caution.', speakers: ['Independent experts', 'experts'], optional: true },
      { s: 'said observational studies could not rule out', speakers: AMADI },
      { s: 'Early data from a randomised trial in Finland suggest', speakers: AMADI },
      { s: 'Preliminary figures suggest the number of people', speakers: FIGURES, optional: true },
      { s: 'called them "a cheap prescription', speakers: LINDQVIST },
    ],
  },
  {
    name: 'criminal trial testimony: testified on Tuesday that, told jurors that, a quotation ending in "X said, her voice breaking", under cross-examination she conceded that, a defense lawyer has argued that, his lawyers said in a filing, a judge denied a motion writing that',
    text: `Former bookkeeper tells jury she was ordered to hide losses

HARTFORD, Conn., March 4 (Reuters) - A former bookkeeper at Calloway Marine testified on Tuesday that the boatbuilder's chief executive told her to move $2.3 million in losses into a subsidiary's accounts before a bank audit in 2021.

Janet Pruitt, 58, told jurors that Chief Executive Roger Calloway had said the losses would be "cleaned up by summer" and that nobody would be hurt.

"I knew it was wrong. I did it anyway because I needed the job," Pruitt said, her voice breaking.

Under cross-examination, defense lawyer Martin Szabo asked Pruitt whether she had ever put the instruction in writing. She conceded that she had not.

Szabo has argued that Pruitt made the entries on her own to cover her own mistakes, and that Calloway learned of them only when the bank's auditors found them.

Calloway, 64, has pleaded not guilty to bank fraud and conspiracy charges. He is expected to testify next week, his lawyers said in a filing on Monday.

District Judge Eleanor Whitcombe on Tuesday denied a defense motion to exclude emails from 2020, writing that they were "plainly relevant" to what Calloway knew and when.

The trial is expected to last three weeks.`,
    claims: [
      { s: 'testified on Tuesday that the boatbuilder', speakers: PRUITT },
      { s: 'told jurors that Chief Executive Roger Calloway', speakers: PRUITT },
      { s: '"I knew it was wrong.', speakers: PRUITT, direct: true },
      { s: 'I did it anyway because I needed the job," Pruitt said', speakers: PRUITT, direct: true },
      { s: 'She conceded that she had not.', speakers: PRUITT },
      { s: 'Szabo has argued that Pruitt made the entries', speakers: SZABO },
      { s: 'has pleaded not guilty to bank fraud', speakers: CALLOWAY, optional: true },
      { s: 'He is expected to testify next week, his lawyers said', speakers: CALLOWAY_LAWYERS },
      { s: 'writing that they were "plainly relevant"', speakers: WHITCOMBE },
    ],
  },
  {
    name: 'feature with scene-setting and reported thought: the council says, he thinks it is, what he wonders … is (optional), a quotation and a second sentence, she was sure, she said, that, X, who runs the shop, said, others fear (optional), a council engineer said',
    text: `The last ferryman of Inishcorr

INISHCORR, Ireland — The wind comes off the Atlantic at a slant here, and by six in the morning Brendan Foley has already checked the ropes twice.

He is 71, and for 43 years he has run the only boat between this island of 90 people and the mainland. The county council says the service will end in April, when a new causeway opens.

Foley does not argue with the causeway. He thinks it is probably a good thing, for the children who sail to school in the dark and for the old people who need the doctor. What he wonders, standing at the wheel with a mug of tea, is who will watch the weather now.

"You learn the sea the way you learn a person," he said. "It tells you things if you listen."

His wife, Nora, remembers the winter of 1991, when a storm cut the island off for eleven days. She was sure, she said, that the boat would not come back one night, and she sat by the window until it did.

The islanders are divided. Siobhan Keane, who runs the island's only shop, said the causeway would bring tourists and might keep young families from leaving. Others fear it will take the island's quiet with it.

Council engineer Declan Moore said the causeway had been designed to withstand a once-in-a-century storm. Foley, told of this, laughed. "The sea doesn't read the reports," he said.`,
    claims: [
      { s: 'The county council says the service will end in April', speakers: COUNCIL },
      { s: 'He thinks it is probably a good thing', speakers: FOLEY },
      { s: 'What he wonders, standing at the wheel', speakers: FOLEY, optional: true },
      { s: '"You learn the sea the way you learn a person," he said.', speakers: FOLEY, direct: true },
      { s: '"It tells you things if you listen."', speakers: FOLEY, direct: true },
      { s: 'She was sure, she said, that the boat', speakers: NORA },
      { s: 'said the causeway would bring tourists', speakers: KEANE },
      { s: 'Others fear it will take', speakers: OTHERS, optional: true },
      { s: 'said the causeway had been designed to withstand', speakers: MOORE },
      { s: '"The sea doesn\'t read the reports," he said.', speakers: FOLEY, direct: true },
    ],
  },
  {
    name: 'election poll and a super PAC: a … poll showed, the poll found that, "…, it found", a campaign spokesman dismissed the poll saying, a super PAC said it would spend, its president said in a statement that, "X\'s campaign called the ads", a candidate\'s spokeswoman after a quotation',
    text: `Poll shows Hale ahead in Arizona Senate race as outside money pours in

PHOENIX, Oct 2 (Reuters) - Democrat Marisa Hale leads Republican Curtis Vance by five percentage points among likely voters in Arizona's Senate race, a Desert Sun/Marlow College poll showed on Wednesday, a lead just outside the survey's margin of error.

The poll found that 48% of likely voters backed Hale and 43% backed Vance, with the rest undecided. Voters named the cost of housing as their top concern, it found.

Vance campaign spokesman Eli Brandt dismissed the poll in an emailed statement, saying its sample "leaned heavily on Maricopa County liberals".

Sentinel Action, a super PAC aligned with Vance, said on Tuesday it would spend $14 million on television advertising in the state before Election Day. The group's president, Dawn Whitlow, said in a statement that Hale had "voted with Washington 98% of the time".

Hale's campaign called the ads "recycled lies". "Arizonans know Marisa's record," Hale spokeswoman Lucia Ferreira said. "They have seen her fight for them."

Early voting begins on Oct. 9.`,
    claims: [
      { s: 'a Desert Sun/Marlow College poll showed on Wednesday', speakers: POLL },
      { s: 'The poll found that 48% of likely voters', speakers: POLL },
      { s: 'Voters named the cost of housing as their top concern, it found.', speakers: POLL },
      { s: 'dismissed the poll in an emailed statement, saying', speakers: BRANDT },
      { s: 'said on Tuesday it would spend $14 million', speakers: SENTINEL },
      { s: 'said in a statement that Hale had "voted with Washington', speakers: WHITLOW },
      { s: 'Hale\'s campaign called the ads "recycled lies".', speakers: HALE_CAMPAIGN },
      { s: '"Arizonans know Marisa\'s record," Hale spokeswoman', speakers: FERREIRA, direct: true },
      { s: '"They have seen her fight for them."', speakers: FERREIRA, direct: true },
    ],
  },
  {
    name: "pollution report: according to a report released by a campaign group, their analysis found that, an agency said it had not seen the report but that, a spokesperson added that, a water company disputed the findings and 'It said', a professor and a quotation, 'It is estimated that' (optional)",
    text: `Report finds river pollution worse than official figures showed

More than half of the sampling sites on the River Wenlow broke legal limits for phosphate last year, almost twice the share in official figures, according to a report released on Monday by the campaign group Clear Rivers Trust.

The trust's volunteers took 1,840 samples at 62 sites between March and October. Their analysis found that sewage overflows were the largest single source, ahead of farm runoff.

The Environment Agency said it had not yet seen the report but that its own monitoring "meets the highest scientific standards". A spokesperson added that the agency had opened 14 investigations into water companies in the region since 2022.

Severnside Water, which runs the treatment works on the river, disputed the findings. It said volunteer samples were often taken after heavy rain, when overflows are legally permitted.

Professor Alan Greaves, a freshwater ecologist at the University of Hexham, said the report's methods were sound. "Citizen science has come of age. These are not amateurs with jam jars," he said.

It is estimated that the river's salmon population has fallen by 70% since 1990.`,
    claims: [
      { s: 'More than half of the sampling sites on the River Wenlow', speakers: TRUST },
      { s: 'Their analysis found that sewage overflows', speakers: ANALYSIS },
      { s: 'The Environment Agency said it had not yet seen the report', speakers: AGENCY },
      { s: 'A spokesperson added that the agency had opened', speakers: SPOKESPERSON },
      { s: 'disputed the findings.', speakers: SEVERNSIDE, optional: true },
      { s: 'It said volunteer samples were often taken', speakers: SEVERNSIDE },
      { s: "said the report's methods were sound", speakers: GREAVES },
      { s: '"Citizen science has come of age.', speakers: GREAVES, direct: true },
      { s: 'These are not amateurs with jam jars," he said.', speakers: GREAVES, direct: true },
      { s: "It is estimated that the river's salmon population", speakers: [], optional: true },
    ],
  },
];
