/**
 * Rows for the weak patterns issue #9 names, tenth round (helper ents41b, 5 Dec 2026), each found
 * failing on probe texts of our own (detect/lexicon-gaps-41b.cases.ts, gold committed before the
 * first run). The rules that apply them are in detect/leftover-rules-17.ts, called by
 * applyNameRules after the leftover-16 rows.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const AND_COUNTRY_ROW: RuleRow<{ heads: readonly string[] }> = {
  id: 'organisation.and-country',
  value: {
    // Heads of a body named for a country with no name the model read ("the Embassy of Trinidad and
    // Tobago"); a body the model read before "of" is extended whatever its head.
    heads: words('embassy consulate bank university college institute chamber council ministry association federation'),
  },
  reason:
    'Some countries are named by two names joined by "and" ("Trinidad and Tobago", "Antigua and Barbuda", "Bosnia and Herzegovina"), and a body named for one ends at the first name ("the Bank of Antigua" and "Barbuda"). After "of" and a body the model read (or a capitalised body head such as Embassy with no name), one to three capitalised words, "and" and one to three capitalised words that end the run, whose whole the map knows as one place holding "and", end the body. The country alone is left as the model reads it: the training folds\' gold writes such a country as two places (joining them cost 4 names on the check folds of seed 20240611).',
  examples: [
    {
      text: 'The Bank of Antigua and Barbuda raised its lending rate.',
      expect: 'organization:Bank of Antigua and Barbuda',
    },
  ],
};

export const RESULTS_LINE_ROW: RuleRow<null> = {
  id: 'organisation.results-line',
  value: null,
  reason:
    'A line of football results names each side and its goals: "Plymouth Argyle 2 Hull City 1, Preston North End 0 Luton Town 0". The model reads the towns in the clubs\' names and takes the goals into the name ("Hull City 1" a place). One to four capitalised words and a number of one or two digits, twice, opening a line (or after a colon or comma) and closing it (or before a comma, semicolon or full stop), are two clubs, without their goals. Not when a word is a month or weekday ("May 2 June 1"), or a person the model read with confidence; and only in a sports report or a sentence about sport or labelled as results ("Poll: Harris 48 Trump 47", "Medals: China 38 Japan 20" are no clubs; review, stop 51).',
  examples: [
    {
      text: 'Results: Plymouth Argyle 2 Hull City 1, Stoke City 0 Luton Town 0.',
      expect:
        'organization:Plymouth Argyle | organization:Hull City | organization:Stoke City | organization:Luton Town',
    },
  ],
};

export const UNIVERSITY_CAMPUS_ROW: RuleRow<{
  heads: readonly string[];
  links: readonly string[];
  schools: readonly string[];
}> = {
  id: 'organisation.university-campus',
  value: {
    heads: words('university'),
    // What joins a state university to its campus town ("… of California, Irvine", "… at Chapel Hill").
    links: words('at'),
    // Heads of a school of the campus the model read after the town ("Irvine School of Law").
    schools: words('school college center centre medical'),
  },
  reason:
    'A state university\'s campuses are named by the university and the town: "the University of California, Irvine", "the University of Wisconsin–Madison", "the University of North Carolina at Chapel Hill", "the University of California, Irvine School of Law". The model ends the body at the state and reads the town as a place, a person or a body of its own. A body "University of <state>" the model read, then a dash and one or two capitalised words, or a comma and a body "<town> School of …" the model read (with no "and" in it), is one body (a comma or "at" and a town alone stay apart: place.address-comma\'s convention, and the training folds cut "University of California at Berkeley" so), when the campus is not followed by "and", "or" or a comma and another capitalised word (a list: "the University of Oregon, Stanford and Yale"), the campus is no person read with confidence, and a comma\'s campus is a place the map knows or the model read.',
  examples: [
    {
      text: 'The University of Wisconsin–Madison raised tuition by 4%.',
      expect: 'organization:University of Wisconsin–Madison',
    },
  ],
};

export const TOWN_PAIR_ROW: RuleRow<{ links: readonly string[] }> = {
  id: 'place.town-pair',
  value: {
    // Prepositions before a pair of towns.
    links: words('in near around between'),
  },
  reason:
    'Two towns are often named as a pair: "samples taken in Sierra Vista and Bisbee", "police in Nogales and Douglas". The model reads the first as a place and, with less context, the second as a body or a person it is unsure of. After in/near/around/between, a place the model read with confidence (0.6) or a rule decided, "and", and one to three capitalised words that end the run, read as a body below 0.5 with a place as the next reading, or as a body or person below 0.5 and known to the map as a place, are a place ("The delegates met in Paris and Schmidt, who chairs the panel" keeps its person). Not a body the engine knows by name, an acronym, or a word of a person named in full in the text ("Michael Douglas").',
  examples: [
    {
      text: 'Police in Nogales and Douglas said the cases were linked.',
      expect: 'place:Nogales | place:Douglas',
    },
  ],
};

export const ADMINISTRATION_LEADER_ROW: RuleRow<null> = {
  id: 'person.administration-leader',
  value: null,
  reason:
    'An administration is named for its leader\'s surname: "the Biden administration", "Trump administration official Dana Cole". The model reads the surname as a body (below the sure 0.8) or reads nothing. One capitalised word, not after another on its line, right before a lowercase "administration", that is no place the map knows, demonym, acronym, word of the language or body the engine knows by name, is a person.',
  examples: [
    {
      text: 'Biden administration official Karen Lee said the talks would resume.',
      expect: 'person:Biden | person:Karen Lee',
    },
  ],
};

export const STATE_NAMED_LIKE_COUNTRY_ROW: RuleRow<readonly { name: string; lat: number; lon: number }[]> = {
  id: 'place.state-named-like-country',
  // US states the map holds only as a country of the same name, with the state's centre.
  value: [{ name: 'Georgia', lat: 32.68, lon: -83.22 }],
  reason:
    '"Athens, Georgia": a town before a comma and a state is in that state (place.town-in-region), but the map holds "Georgia" only as the country, so the town stayed in Greece and the state in the Caucasus on the card\'s map. A town the map places in another country than the country of this name, right before a comma and the name (closed as place.town-in-region closes a state), is in the US state: the state takes the state\'s centre and the town the same point. "Tbilisi, Georgia" (a town of that country) stays.',
  examples: [{ text: 'The band played in Athens, Georgia, on Friday.', expect: 'place:Athens | place:Georgia' }],
};

export const NEWS_LEFTOVER_ROWS_17: readonly RuleRow<unknown>[] = [
  AND_COUNTRY_ROW,
  RESULTS_LINE_ROW,
  UNIVERSITY_CAMPUS_ROW,
  TOWN_PAIR_ROW,
  ADMINISTRATION_LEADER_ROW,
  STATE_NAMED_LIKE_COUNTRY_ROW,
];
