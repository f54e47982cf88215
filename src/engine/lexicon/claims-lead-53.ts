/**
 * Rows of the lead's reading in stop 53 (issue #9): patterns of English met in invented news wires
 * that hold in any news. Kept in a file of its own so a merge with the claims helpers is a union.
 * claims-lead-53.test.ts runs the examples through the whole engine.
 */
import type { RuleRow } from './rule-row';

/**
 * Row speaker.description.organization.sentence-opener (openingOrg, claims/speaker.ts): "Unilever
 * has agreed to sell …, including PG Tips and Lipton, to CVC …, the consumer goods group said" —
 * a closing tag's description is the organisation its sentence opens with.
 */
export const SENTENCE_OPENER_ORG: RuleRow<boolean> = {
  id: 'speaker.description.organization.sentence-opener',
  value: true,
  reason:
    'A wire\'s first sentence names the firm, says what it did, and closes with a description of it: "Unilever has agreed to sell its tea business, including PG Tips and Lipton, to CVC Capital Partners, the consumer goods group said". The description was given to the nearest organisation before it that fits its head ("Lipton", a brand named inside what was said). When the claim\'s sentence opens with an organisation (alone or after "The") that fits the head and is its subject (no possessive after it), and the description closes the sentence after a comma, the speaker is that organisation.',
  examples: [
    {
      text: 'Unilever agrees to sell tea brands to private equity firm\n\nLONDON, Nov 18 (Reuters) - Unilever has agreed to sell its tea business, including PG Tips and Lipton, to CVC Capital Partners for 4.5 billion euros ($4.9 billion), the consumer goods group said on Thursday.',
      expect: 'Unilever',
    },
    {
      text: 'Northgate Mining will close its mine near Tarvik and sell the site to Ardent Resources, the company said.',
      expect: 'Northgate Mining',
    },
    // Must leave: a sentence that opens with no organisation.
    {
      text: 'Talks between Unilever and CVC Capital Partners ended on Monday, the private equity group said.',
      expect: 'CVC Capital Partners',
    },
  ],
};
