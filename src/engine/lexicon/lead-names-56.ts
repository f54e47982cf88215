/**
 * Name rows of the lead's reading in stop 56 (issue #9): patterns met in invented news that hold
 * in any news. detect/lead-rules-56.ts applies them; lexicon/rows.test.ts runs the examples.
 */
import type { RuleRow } from './rule-row';

type ListsRow<K extends string> = RuleRow<Readonly<Record<K, readonly string[]>>>;

const words = (s: string) => s.trim().split(/\s+/);

export const TIME_ZONE_ROW: ListsRow<'zones' | 'kinds' | 'clock'> = {
  id: 'name.time-zone-not-place',
  value: {
    // North American zones named by a compass word or a landform, not by a state ("Alaska time"
    // and "Hawaii time" name the state, which stays a place).
    zones: words('Eastern Central Mountain Pacific Atlantic'),
    kinds: words('Standard Daylight'),
    // Words that end a clock time before the zone ("7 p.m. Eastern time", "noon Pacific time").
    clock: words('am pm a.m p.m a.m. p.m. noon midnight'),
  },
  reason:
    'US election and sports wires give clock times by zone: "Polls close at 8 p.m. Central time", "after 10 p.m. Mountain Time". The model read "Central" and "Mountain Time" as places; a time zone is no place, person or body. A compass word or "Mountain"/"Pacific"/"Atlantic" right after a clock time (a number, a.m./p.m., noon, midnight), followed by "time" (or "Standard"/"Daylight" and "Time"), is no name. "Central Asia", "the Pacific Ocean" and "Eastern Europe" have no clock time before them.',
  examples: [
    {
      text: 'Polls close at 8 p.m. Central time in Texas and at 10 p.m. Mountain Time in Arizona.',
      expect: 'place:Texas | place:Arizona',
    },
    // Must leave: regions, and a state's own time.
    {
      text: 'Central Asia is dry. Voting ends at 7 p.m. Alaska time in Alaska.',
      expect: 'place:Central Asia | place:Alaska | place:Alaska',
    },
  ],
};

export const FIRM_PAIR_ROW: RuleRow<readonly string[]> = {
  id: 'organisation.firm-pair-not-joined',
  // Last words of a company's name, never of a body named for two fields.
  value: words(`inc inc. ltd ltd. llc plc corp corp. corporation company co co. gmbh ag sa nv bv group holdings
    motors airlines airways systems technologies industries labs`),
  reason:
    'organisation.and-join reads "Cybersecurity and Infrastructure Security Agency" as one body: the words before "and" are a field, named in words of the language. Before a company\'s last word ("Motors", "Holdings", "Airlines") the words before "and" are more often a second firm: "Honda and Mitsubishi Motors declined to comment" was one organisation. Before such a tail, words that are none of them a word of the language (common, or written in lower case in the article) are a name of their own and are not joined; "Marks and Spencer Group" (marks is a word) still is. The words before "and", when no rule and no organisation reading holds them, are then the first firm ("Kia and Hyundai Motors" left Kia unread; ents57b).',
  examples: [
    {
      text: 'Shares rose. Subaru and Mitsubishi Motors declined to comment.',
      expect: 'organization:Subaru | organization:Mitsubishi Motors',
    },
    {
      text: 'Kia and Hyundai Motors will build a battery plant in Georgia.',
      expect: 'organization:Kia | organization:Hyundai Motors | place:Georgia',
    },
    // Must leave: fields named in words of the language.
    {
      text: 'The Cybersecurity and Infrastructure Security Agency ordered agencies to patch.',
      expect: 'organization:Cybersecurity and Infrastructure Security Agency',
    },
  ],
};

export const READ_SHORT_FORM_ROW: RuleRow<{ joiners: readonly string[]; maxWords: number; sure: number }> = {
  id: 'organisation.expansion-of-read-short-form',
  value: { joiners: words('of for and the de du des'), maxWords: 8, sure: 0.7 },
  reason:
    'News defines a body\'s short form in brackets after its full name: "the centrist New Social Contract (NSC)". The model may read the short form and leave the full name unread, and acronym.parenthesised reads a short form only after a name. When the short form in brackets is read as an organisation (by a rule, or by the model at 0.7 or more) and the capitalised words right before the bracket, none of them read, spell it exactly with their initials (small joiners like "of" and "for" between them), those words are the same organisation, when the short form is also written outside brackets ("NSC leader …": the article uses it as a body\'s name; review of the whole suite, stop 56). A term in a paper ("System Under Test (SUT)") keeps its short form unread or doubtful, so acronym.unnamed-expansion still leaves it.',
  examples: [
    {
      text: 'The liberal VVD, the centrist New Social Contract (NSC) and the Farmer-Citizen Movement (BBB) refused. NSC leader Nicolien van Vroonhoven said the plan was reckless.',
      expect:
        'organization:VVD | organization:New Social Contract | organization:NSC | organization:Farmer-Citizen Movement | organization:BBB | person:Nicolien van Vroonhoven',
    },
    // Must leave: a term of a paper whose short form nothing reads.
    {
      text: 'We measured the System Under Test (SUT) twice. The SUT failed.',
      expect: '',
    },
  ],
};

export const LEAD_NAME_ROWS_56: readonly RuleRow<unknown>[] = [TIME_ZONE_ROW, FIRM_PAIR_ROW, READ_SHORT_FORM_ROW];
