/**
 * Anchoring cases as data (after apache annotator `match-cases.ts`): the selectors recorded when
 * a passage of an original text was marked, the text as it is now, and where the annotation must
 * land, or that it must become an orphan. `anchor.test.ts` loops over them; add a row for every
 * bug found.
 */
import { describeRange } from './anchor';
import type { Selector } from './selectors';

/** The selectors for the `occurrence`-th (0-based) copy of `quote` in `original`. */
function marked(original: string, quote: string, occurrence = 0): Selector[] {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) {
    start = original.indexOf(quote, start + 1);
    if (start === -1) throw new Error(`case setup: occurrence ${occurrence} of "${quote}" not found`);
  }
  return describeRange(original, start, start + quote.length);
}

export interface AnchorCase {
  /** What the annotation stored when the reader marked a passage of the original text. */
  selectors: Selector[];
  /** The text the annotation is anchored against now. */
  text: string;
  /**
   * The passage it must land on in `text` (its first occurrence, or the `at`-th), or 'orphan'.
   * `landsOn` differs from the marked quote when the quote itself was edited.
   */
  expected: { landsOn: string; at?: number; exact?: boolean } | 'orphan';
}

const P1 =
  'The city council met on Tuesday evening to discuss the new budget. ' +
  'Members argued for three hours about the cost of repairing the old bridge over the river. ';
const P2 =
  'In the end the mayor proposed a compromise that would delay the work until next spring. ' +
  'Residents who attended the meeting said they were disappointed by the outcome. ';
const P3 = 'A final vote is expected at the next session, scheduled for the first week of March.';
const BASE = P1 + P2 + P3;

const REPEAT = 'The committee will meet again next week.';
const REPEATED =
  'Monday: budget talks stalled over road repairs. ' +
  REPEAT +
  ' ' +
  'Thursday: housing plans were approved unanimously. ' +
  REPEAT +
  ' ' +
  'Friday: nothing else happened.';

// Filler longer than the recorded context, so both copies have identical quote and context.
const TWINS =
  'Intro text. ' +
  (
    'This paragraph is boilerplate repeated by the CMS. ' +
    REPEAT +
    ' It is followed by the same boilerplate again. '
  ).repeat(2) +
  'End.';

// Sentences long enough that a quote at one's end has all its prefix inside its own sentence.
const HARBOUR = {
  a: 'The council met on Tuesday to debate the harbour budget. ',
  s: 'Officials said the sea wall would cost far more than planned. ',
  b: 'Residents packed the hall and many of them spoke against the plan for over an hour. ',
  c: 'A second meeting was set for the first week of March, when a vote is expected. ',
  d: 'The mayor declined to comment on the figures before that vote.',
};
export const HARBOUR_TEXT = Object.values(HARBOUR).join('');
const COST = 'would cost far more than planned.';
const HEADLINE = 'Harbour town votes to rebuild its sea wall';

export const anchorCases: Record<string, AnchorCase> = {
  'unchanged text': {
    selectors: marked(BASE, 'the mayor proposed a compromise'),
    text: BASE,
    expected: { landsOn: 'the mayor proposed a compromise', exact: true },
  },
  'edit before the quote (offsets shift)': {
    selectors: marked(BASE, 'the mayor proposed a compromise'),
    text: 'UPDATED 10:42 — ' + BASE.replace('Tuesday evening', 'Tuesday night'),
    expected: { landsOn: 'the mayor proposed a compromise', exact: true },
  },
  'edit after the quote': {
    selectors: marked(BASE, 'the mayor proposed a compromise'),
    text: BASE.replace('first week of March', 'second week of April'),
    expected: { landsOn: 'the mayor proposed a compromise', exact: true },
  },
  'edit inside the quote (one word changed)': {
    selectors: marked(BASE, 'Members argued for three hours about the cost of repairing the old bridge'),
    text: BASE.replace('three hours', 'four hours'),
    expected: { landsOn: 'Members argued for four hours about the cost of repairing the old bridge', exact: false },
  },
  'edit inside the quote (typo fixed)': {
    selectors: marked(
      BASE.replace('disappointed', 'dissapointed'),
      'Residents who attended the meeting said they were dissapointed by the outcome.',
    ),
    text: BASE,
    expected: {
      landsOn: 'Residents who attended the meeting said they were disappointed by the outcome.',
      exact: false,
    },
  },
  'edit inside the context right next to the quote': {
    selectors: marked(BASE, 'a compromise that would delay the work'),
    text: BASE.replace('mayor proposed', 'mayor, under pressure, offered'),
    expected: { landsOn: 'a compromise that would delay the work', exact: true },
  },
  'repeated sentence, first copy, told apart by context': {
    selectors: marked(REPEATED, REPEAT, 0),
    text: 'Weekly summary. ' + REPEATED,
    expected: { landsOn: REPEAT, at: 0 },
  },
  'repeated sentence, second copy, told apart by context': {
    selectors: marked(REPEATED, REPEAT, 1),
    text: 'Weekly summary. ' + REPEATED,
    expected: { landsOn: REPEAT, at: 1 },
  },
  'repeated sentence, copy the reader marked was rewritten → not moved to its twin': {
    selectors: marked(REPEATED, REPEAT, 1),
    text: REPEATED.replace(
      'approved unanimously. ' + REPEAT,
      'approved unanimously. The panel adjourns until further notice.',
    ),
    expected: 'orphan',
  },
  'truly ambiguous: identical sentence and context, offsets shifted far → orphan': {
    selectors: marked(TWINS, REPEAT, 1),
    text: 'A much longer introduction was added above everything else in the article. ' + TWINS,
    expected: 'orphan',
  },
  'identical copies, small shift: position hint settles it': {
    selectors: marked(TWINS, REPEAT, 1),
    text: TWINS.replace('Intro text.', 'Intro text!!'),
    expected: { landsOn: REPEAT, at: 1 },
  },
  'short quote, unique context': {
    selectors: marked(BASE, 'old'),
    text: 'Breaking: ' + BASE,
    expected: { landsOn: 'old', at: 0 },
  },
  'short quote repeated, told apart by context': {
    selectors: marked(BASE, 'the', 3),
    text: 'Breaking: ' + BASE,
    expected: { landsOn: 'the', at: 3 },
  },
  'short quote whose sentence was deleted → orphan': {
    selectors: marked(BASE, 'old'),
    text: BASE.replace('of repairing the old bridge over the river', 'involved'),
    expected: 'orphan',
  },
  'deleted passage → orphan': {
    selectors: marked(BASE, 'In the end the mayor proposed a compromise that would delay the work until next spring.'),
    text: P1 + P3,
    expected: 'orphan',
  },
  'whitespace changes (double spaces, newlines)': {
    selectors: marked(BASE, 'the mayor proposed a compromise that would delay the work'),
    text: BASE.replace('the mayor proposed', 'the  mayor\nproposed').replace('. Residents', '.\n\nResidents'),
    expected: { landsOn: 'the  mayor\nproposed a compromise that would delay the work', exact: false },
  },
  'quote at the very start of the text': {
    selectors: marked(BASE, 'The city council'),
    text: BASE.replace('Tuesday', 'Wednesday'),
    expected: { landsOn: 'The city council', exact: true },
  },
  'repeated sentence pasted far away: the copy keeps its own sentence, not the outer context → the original': {
    selectors: marked(HARBOUR_TEXT, COST),
    text: HARBOUR_TEXT.replace(HARBOUR.d, HARBOUR.s + HARBOUR.d),
    expected: { landsOn: COST, at: 0 },
  },
  'sentence pasted twice in a row → orphan (the text reads the same whichever copy came first)': {
    selectors: marked(HARBOUR_TEXT, COST),
    text: HARBOUR_TEXT.replace(HARBOUR.s, HARBOUR.s + HARBOUR.s),
    expected: 'orphan',
  },
  'copy pasted just past where the original lost its context → orphan (the copy took that context along)': {
    selectors: marked(HARBOUR_TEXT, COST),
    text: HARBOUR_TEXT.replace(HARBOUR.s, HARBOUR.s + 'Nobody disputed that. ' + HARBOUR.s),
    expected: 'orphan',
  },
  'short quote whose own sentence was rewritten around it → orphan': {
    selectors: marked(HARBOUR.a + 'The plan is sound, Ruiz said.\n\n' + HARBOUR.b, 'said.'),
    text: HARBOUR.a + 'We cannot keep asking families to wait, she said.\n\n' + HARBOUR.b,
    expected: 'orphan',
  },
  'headline still at the top, the text right after it edited': {
    selectors: marked(`${HEADLINE}\n\n${HARBOUR_TEXT}`, HEADLINE),
    text: `${HEADLINE}\n\nUPDATED: ${HARBOUR_TEXT.replace('The council', 'The town council')}`,
    expected: { landsOn: HEADLINE, exact: true },
  },
};
