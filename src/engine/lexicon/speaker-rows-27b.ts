/**
 * Speaker-span rows written by claims27b from the claims folds' study set (wrong speakers whose
 * claim matched the right gold content) and news sentences of our own. Kept apart from
 * speaker-words.ts and claim-words.ts so the rows of helpers working side by side merge as a union.
 */
import type { RuleRow } from './rule-row';
import { MONTHS, WEEKDAYS } from './words';

/**
 * "this", "last" and "next" end an unnamed source's description only as a time ("A study
 * published last month found", "Prosecutors this week said"): before any other noun they are a
 * determiner or an adjective inside it ("The head of this agency said", "Any judge in this
 * country would agree", "The last person to see him said").
 */
export const RELATIVE_TIME_NEEDS_TIME: RuleRow = {
  id: 'speaker.trailing-time.relative-needs-time',
  value: [
    ...WEEKDAYS,
    ...MONTHS,
    ...'week weekend month year morning afternoon evening night spring summer autumn fall winter season quarter decade century term session past'.split(
      ' ',
    ),
  ],
  reason:
    'A source described without a name was cut at "this", "last" or "next" wherever they stood, so "The head of this agency said" gave the speaker "The head of" and "Any judge in this country would agree" gave "Any judge" (GUM spans the whole phrase). They begin a time phrase only before a time noun ("last week", "this past month", "next Monday"), and after "in", "on" or "during" likewise ("in this country" is a place in the description, "in this year" a time).',
  examples: [
    { text: 'The head of this agency said on Monday that the budget would be cut.', expect: 'The head of this agency' },
    { text: 'Any judge in this country would agree that the ruling was wrong.', expect: 'Any judge in this country' },
    {
      text: 'The words chosen for this oath recognize that senators must be impartial.',
      expect: 'The words chosen for this oath',
    },
    // Non-firing: a time noun follows, so the description still ends before the time.
    { text: 'A report released last week said that prices would rise.', expect: 'A report' },
    { text: 'Researchers in this field said that the results were robust.', expect: 'Researchers in this field' },
    { text: 'Prosecutors this week said that the accountant had forged the ledgers.', expect: 'Prosecutors' },
  ],
};

export const SPEAKER_ROWS_27B: readonly RuleRow<unknown>[] = [RELATIVE_TIME_NEEDS_TIME];
