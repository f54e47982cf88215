/**
 * Rows of the lead's reading in stop 57 (issue #9): patterns of English met in invented news wires
 * that hold in any news. Kept in a file of its own so a merge with the claims helpers is a union.
 * claims-lead-57.test.ts runs the examples through the whole engine.
 */
import type { RuleRow } from './rule-row';

/** Row speaker.people-of-place.owner-possessive (claims/speaker.ts, peopleOfPlace). */
export const PEOPLE_OF_OWNED_PLACE: RuleRow<boolean> = {
  id: 'speaker.people-of-place.owner-possessive',
  value: true,
  reason:
    'News places a place inside a larger one with a possessive: "Travellers at Germany\'s Frankfurt Airport", "Residents of Japan\'s Osaka Prefecture", "Shoppers on London\'s Oxford Street". The people-of-place rows looked for the preposition right before the last place, found the owner\'s possessive mark instead, and gave the claim to the place ("Frankfurt Airport said …"). A place name that ends right at the possessive before the last place is part of where the people are; the preposition before it is the one that counts.',
  examples: [
    {
      text: "Travellers at Germany's Frankfurt Airport said they had waited for hours.",
      expect: "Travellers at Germany's Frankfurt Airport",
    },
    {
      text: "Residents of Japan's Osaka Prefecture said the water tasted odd.",
      expect: "Residents of Japan's Osaka Prefecture",
    },
    // Must leave: a person named after a place's possessive is the person.
    { text: "Britain's Prime Minister Keir Starmer said the talks would go on.", expect: 'Keir Starmer' },
  ],
};
