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

/** Row claim.content.past-addressee (claims/claims.ts `pastAddressee`). */
export const PAST_ADDRESSEE: RuleRow<{ clauseOpeners: readonly string[] }> = {
  id: 'claim.content.past-addressee',
  value: {
    // Words that open the clause told, right after the one told.
    clauseOpeners: words('the a an his her its their our he she it they we i there this these those'),
  },
  reason:
    'A verb of telling names the one told, then what was said, often without "that": "The minister told reporters the government was open to dialogue", "She told Reuters it would close". The claim\'s words began at the cue\'s object ("reporters the government was open …"), which the claims panel and the cards show. After told/tells/telling, a name (a mention) or a plural of people, followed by a word that opens a clause, is the one told: the content starts after it.',
  examples: [
    {
      text: 'The minister told reporters the government was open to dialogue.',
      expect: 'the government was open to dialogue',
    },
    { text: 'Anna Berg told Reuters she would stay in the post.', expect: 'she would stay in the post' },
    // Must leave: no one told before the clause.
    { text: 'The minister said the government was open to dialogue.', expect: 'the government was open to dialogue' },
  ],
};

export const CLAIMS_LEAD_ROWS_59: readonly RuleRow<unknown>[] = [MEN_PLURAL_PEOPLE, PAST_ADDRESSEE];
