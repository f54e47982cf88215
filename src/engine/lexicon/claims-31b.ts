/**
 * Rows of claims31b (issue #9, blind claim batch 80: the styles the batches had least of). Kept in
 * a file of its own so a merge with the other claims helpers is a union. claims-31b.test.ts runs
 * the examples through the whole engine.
 */
import type { CueClass } from './claim-cues';
import type { RuleRow } from './rule-row';

/**
 * Row cue.verb.forecast-that: "The budget office's analysis projected that the plan could be paid
 * for", "The bank forecast that inflation would fall" — a forecast made in words and attributed.
 */
export const CUE_FORECAST_THAT: RuleRow<CueClass> = {
  id: 'cue.verb.forecast-that',
  value: { lemmas: ['project', 'forecast'], complement: 'that' },
  reason:
    'Budget offices, banks and agencies "project" or "forecast that" something will happen: a statement of what they expect, attributed like "predicted that" (already a cue). Batch 80\'s "The budget office\'s analysis, released last month, projected that the plan could be paid for …" made no claim, so "It also warned that …" after it kept the speaker "It". Both verbs far more often take a plain object ("projected growth of 2 percent", "forecast rain", "projected an image") or are nouns ("the project that the council approved", "the forecast that rain would fall"), so only a "that" opening a clause counts: an article, pronoun, name or number after it, or a lowercase noun and then a finite verb or modal ("projected that growth would slow", "forecast that inflation will fall"), not "that" as a determiner ("projected that figure at 4 percent"). "The weather forecast that night was grim" reads both ways and is taken as a forecast.',
  examples: [
    {
      text: "The budget office's analysis, released last month, projected that the plan could be paid for without new taxes.",
      expect: 'projected',
    },
    { text: 'The central bank forecast that inflation would fall below 3 percent by June.', expect: 'forecast' },
    { text: 'Analysts at the bank project that the company will cut its dividend.', expect: 'project' },
    // Must not fire: plain objects and nouns.
    { text: 'The bank projected growth of 2 percent next year.', expect: '' },
    { text: 'The council approved the project that the mayor had proposed.', expect: '' },
    { text: 'Forecasters forecast rain for the weekend.', expect: '' },
    { text: 'The ministry projected that figure at 4 percent of output.', expect: '' },
    { text: 'Economists projected that growth would slow in the second half.', expect: 'projected' },
  ],
};

/**
 * Row speaker.interview.q-and-a: an interview printed as "Q: …" and "A: …" paragraphs after an
 * introduction that names the person interviewed — each answer is that person's own words.
 */
export const QA_INTERVIEW_TURNS: RuleRow<{
  /** Labels that open a question paragraph and an answer paragraph, before ":" or ".". */
  question: readonly string[];
  answer: readonly string[];
  /** Question and answer paragraphs each needed before the layout counts as an interview. */
  minTurns: number;
}> = {
  id: 'speaker.interview.q-and-a',
  value: { question: ['Q'], answer: ['A'], minTurns: 2 },
  reason:
    'Magazine and wire interviews are printed as "Q: …" / "A: …" paragraphs after an introduction that names the one person interviewed ("Marit Solheim, a glaciologist at …, spent four months … The interview has been edited"). The answers carry no name and no cue, so none of batch 80\'s fourteen answer sentences was a claim; transcripts with name labels ("DAVID ASHWORTH: …") were already read (row speaker.transcript.turn). When at least two question and two answer paragraphs open with these labels and the introduction names a person, each answer is a turn of the person it names most (the first on a tie), read as a transcript guest\'s turn: its statements are that person\'s direct claims, and a claim whose speaker is "I" or "we" is theirs. The questions are the interviewer\'s and keep only their own cues ("Some politicians say …"). A list of questions and answers whose introduction names no one (a help page, an explainer) gets no speaker.',
  examples: [
    {
      text: 'Marit Solheim, a glaciologist, spent four months on the ice sheet. She spoke to us after returning.\n\nQ: What were you hoping to find?\n\nA: We wanted to know how quickly meltwater reaches the bed of the glacier.\n\nQ: And what did you find?\n\nA: The water is faster than the models assume.',
      expect: 'Marit Solheim',
    },
    {
      text: "The harbour master, Ron Tibbets, answered readers' questions this week.\n\nQ: When will the ferry run again?\n\nA: The ferry should be back in service by the middle of May.\n\nQ: Will fares go up?\n\nA: I expect fares to stay the same this year.",
      expect: 'Ron Tibbets',
    },
    // Must leave: questions and answers whose introduction names no one, and a single exchange.
    {
      text: 'Here are answers to common questions about the new bins.\n\nQ: When are bins collected?\n\nA: Bins are collected every second Tuesday from April.\n\nQ: What goes in the green bin?\n\nA: Garden waste and food scraps go in the green bin.',
      expect: '',
    },
    {
      text: 'Marit Solheim spent four months on the ice sheet.\n\nQ: What did you find?\n\nA: The water is faster than the models assume.',
      expect: '',
    },
  ],
};

/**
 * Row claim.question.asks-for-speech: "What do you say to them?", "How do you explain the delay?"
 * — a question asking the person addressed what they say reports nothing said.
 */
export const QUESTION_ASKS_FOR_SPEECH: RuleRow<{
  /** Question words that stand for what is said, opening the sentence. */
  whWords: readonly string[];
  /** The subject right before the cue. */
  subjects: readonly string[];
  /** Subject pronouns that, after the cue, open a clause (with the finite auxiliaries). */
  clauseSubjects: readonly string[];
}> = {
  id: 'claim.question.asks-for-speech',
  value: {
    whWords: ['what', 'how', 'who', 'whom', 'which'],
    subjects: ['you'],
    clauseSubjects: ['i', 'you', 'he', 'she', 'we', 'they', 'it'],
  },
  reason:
    'An interviewer\'s "What do you say to them?" was a claim of "you" with the content "to them" in batch 80\'s interview: a question that asks the person addressed what they say, tell, think or how they explain something asks for a statement and makes none. When the sentence ends in a question mark, opens with a question word that stands for what is said (what, how, who, whom, which) and the cue\'s subject is "you", there is no claim — unless a clause follows the cue (a finite auxiliary, a contraction or a subject pronoun after it): GUM marks "What do you think the impact will be …?" and "How many times do you suppose you\'ve served it?" as claims of "you", and a first version without this exception lost both in the study folds. "Why do you say the plan failed?" asks the reason for a statement the person made and keeps its claim, as does a statement by "you" ("You said the plan was dead.") and a question about what others say ("What do they say about the plan?", left to the ordinary cues).',
  examples: [
    { text: 'What do you say to critics who call it a waste?', expect: '' },
    { text: 'What do you tell your students?', expect: '' },
    { text: 'How do you explain the delay?', expect: '' },
    // Must leave: a statement by "you", and a question about a statement already made.
    { text: 'You said the plan was dead.', expect: 'said' },
    { text: 'Why do you say the plan failed?', expect: 'say' },
    { text: 'What do you think the impact will be for the team?', expect: 'think' },
  ],
};
