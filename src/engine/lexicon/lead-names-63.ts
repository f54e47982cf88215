/**
 * Name rows of the lead's reading in stop 63 (issue #9): patterns met in invented news that hold
 * in any news. detect/lead-rules-63.ts reads them; lexicon/rows.test.ts runs the examples.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const SAINT_CLUB_ROW: RuleRow<{
  saints: readonly string[];
  unsurePlace: number;
  places: readonly string[];
  feasts: readonly string[];
}> = {
  id: 'sport.saint-club',
  value: {
    // The written forms of "Saint" that open a club's name.
    saints: words('St St. Saint'),
    // A place the model reads below this after the saint's word is a club's name cut short.
    unsurePlace: 0.5,
    // Words before the name that make it the ground or the town ("at St Andrews").
    places: words('at in from near'),
    // Words after the saint's name and "'s" that make it a feast ("St Stephen's Day").
    feasts: words('day eve night feast'),
  },
  reason:
    'Clubs are named after saints and their parishes: "St Mirren", "St Johnstone", "St Pauli", "St Etienne". In a sports report the model read "St Mirren climbed to fifth" and "lost to St Johnstone" as people (0.75–0.89), and in a longer report cut the saint\'s word off ("Mirren", a place at 0.42). In a sports report that names no election, a saint\'s word and the one or two capitalised words after it are a club when the model read them (or the words after the saint\'s word) as a person, or read the words after the saint\'s word alone as a place below 0.5; not after "at", "in", "from", "near" where the name is a town or a ground ("at St Andrews"), nor where a rule decided the reading. A feast is no club ("Celtic beat Hearts 3-0 on St Stephen\'s Day", review of stop 63): the name before "\'s Day" is left.',
  examples: [
    {
      text: 'St Mirren climbed to fifth with a 1-0 win at Kilmarnock. Hearts drew 2-2 with Aberdeen, and Dundee lost 3-0 to St Johnstone.',
      expect:
        'organization:St Mirren | organization:Kilmarnock | organization:Hearts | organization:Aberdeen | organization:Dundee | organization:St Johnstone',
    },
    // Must not fire: outside sport a saint is a person.
    { text: 'The abbey was founded by St Columba in 563, the guide said.', expect: 'person:St Columba' },
  ],
};

export const LEAD_NAME_ROWS_63: readonly RuleRow<unknown>[] = [SAINT_CLUB_ROW];
