/**
 * Claims rows of the lead's reading in stop 59 (issue #9): patterns met in invented news that hold
 * in any news. claims/speaker.ts reads them; claims-lead-59.test.ts runs the examples.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

/** Row speaker.subject.men-plural-people (claims/speaker.ts `pluralOfPeople`). */
export const MEN_PLURAL_PEOPLE: RuleRow<{ ending: string; notPeople: readonly string[] }> = {
  id: 'speaker.subject.men-plural-people',
  value: {
    ending: 'men',
    // Nouns in -men that are one thing, not people.
    notPeople: words('specimen regimen abdomen acumen stamen omen amen hymen cyclamen albumen bitumen'),
  },
  reason:
    'The plural of a noun in -man takes -men: "firemen", "fishermen", "gunmen", "women", "spokesmen". The test for a plural of people only read plurals in -s, so "Firemen in Leeds said the blaze was out" gave the claim to Leeds and "Fishermen from Hull said" to Hull. A word of five letters or more ending in -men, other than these few nouns of one thing, names people.',
  examples: [
    { text: 'Firemen in Leeds said the blaze was out by midnight.', expect: 'Firemen in Leeds' },
    { text: 'Fishermen from Hull said the quotas were unfair.', expect: 'Fishermen from Hull' },
  ],
};

export const CLAIMS_LEAD_ROWS_59: readonly RuleRow<unknown>[] = [MEN_PLURAL_PEOPLE];
