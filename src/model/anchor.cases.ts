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
};
