/**
 * Claims rows of the lead's reading in stop 60 (issue #9): patterns met in invented news that hold
 * in any news. claims/claims.ts reads them; claims-lead-60.test.ts runs the examples.
 */
import type { RuleRow } from './rule-row';

/** Row speaker.coordinated-verb.after-opening-adjunct (claims/claims.ts `pastOpeningAdjunct`). */
export const AFTER_OPENING_ADJUNCT: RuleRow<{ maxTokens: number }> = {
  id: 'speaker.coordinated-verb.after-opening-adjunct',
  value: { maxTokens: 10 },
  reason:
    'A coordinated cue shares the subject that opens the sentence. Past an opening adjunct ("In a statement,", "On Monday,") only a name, a pronoun or a time phrase ending in "later"/"ago" was looked for, so "In a statement, the company apologised and said …" and "In a statement, the trust\'s chief executive, Louise Barnett, apologised and said …" made no claim at all, though the same sentences without the adjunct did. Past the comma of an adjunct the sentence opens with (at most this many tokens), the subject is read as it would be at the sentence\'s start.',
  examples: [
    {
      text: 'In a statement, the trust\'s chief executive, Louise Barnett, apologised "unreservedly" and said maternity services had improved.',
      expect: 'Louise Barnett',
    },
    {
      text: "On Monday, the union's general secretary, Dara Quinn, met ministers and said the strike would go ahead.",
      expect: 'Dara Quinn',
    },
    { text: 'In a statement, the company apologised and said prices would fall.', expect: 'company' },
  ],
};

export const CLAIMS_LEAD_ROWS_60: readonly RuleRow<unknown>[] = [AFTER_OPENING_ADJUNCT];
