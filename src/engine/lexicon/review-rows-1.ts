/**
 * Rows from a review of the evening's entity rows on adversarial news sentences (1 Dec 2026,
 * helper fix14c). Kept in their own file so they merge cleanly with rows added in parallel; the
 * rules that apply them are in detect/review-rules-1.ts, called last by applyNameRules, and as
 * guards by the rows they narrow (fold-rules-3.ts, blind-rules-5.ts).
 */
import type { RuleRow } from './rule-row';

export const REVIEW_ROWS_1: readonly RuleRow[] = [
  {
    id: 'none.bare-determiner',
    value: ['the', 'a', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those'],
    reason:
      'A determiner alone names nothing: it stands before the noun that says who ("Its chief executive said", "The club announced"). The tagger, reading a capitalised sentence opening before a speech verb, sometimes makes the lone "Its" or "The" an organisation, and the claims then name "Its" as the speaker. A name that is one of these words and nothing else is no name. "An" is left out: it is a given name too ("An Nguyen said").',
    examples: [
      { text: 'Its chief executive said the company would cut jobs.', expect: '' },
      { text: 'The club announced the signing on Friday.', expect: '' },
    ],
  },
  {
    id: 'organisation.known-then-speaker',
    value: [],
    reason:
      'News writes a source and then a speaker with no comma between them ("In an interview with the BBC Ortiz said", "Speaking to CNN Johnson added"), and the tagger joins the two capitalised runs into one organisation ("BBC Ortiz"). When a name opens with a well-known organisation (a known short form such as "BBC", or a name of the known-organisation lists in capitals or of two words or more), mid-sentence after a lowercase word, goes on with one or two capitalised words that are no organisation\'s, and a reporting verb follows it, the organisation ends where the known name does and the words after it are the person who speaks. A known organisation with a longer name of its own ("BBC Radio 4", "CNN International") is not followed by a speech verb in that shape, or keeps a word the list holds.',
    examples: [
      {
        text: 'In an interview with the BBC Ortiz said she would run again.',
        expect: 'organization:BBC | person:Ortiz',
      },
    ],
  },
  {
    id: 'place.after-motion-preposition',
    value: [
      'to',
      'in',
      'into',
      'from',
      'across',
      'over',
      'around',
      'throughout',
      'near',
      'within',
      'toward',
      'towards',
    ],
    reason:
      'An airline that goes by a place\'s name ("Alaska", "Delta", "the Great Lakes", "the Emirates") names the place, not the airline, right after a preposition of place or motion, even in a sentence about flying: "she flew to Alaska on a Delta flight", "flights over the Great Lakes". So organisation.airline-shared does not fire there ("flew Alaska", "on Delta", "Delta said" still name the airline).',
    examples: [
      {
        text: 'She flew to Alaska on a Delta flight from Terminal 2.',
        expect: 'place:Alaska | organization:Delta | place:Terminal 2',
      },
    ],
  },
  {
    id: 'sport.scoreline-state',
    value: [],
    reason:
      'A college sports report that names an election elsewhere ("a week before the election", a homecoming vote) is still a sports report where a state is the side in a scoreline: "Arizona beat Oregon 31-24". place.subnational-state, which counts election words across the whole article, leaves a state alone in a sports report when its own sentence has a score and no election word.',
    examples: [
      {
        text: 'On Saturday, Arizona beat Oregon 31-24 at home. The quarterback threw for 300 yards. The coach praised the defense after the game. The team plays again next week. Fans will vote for the homecoming king on Friday.',
        expect: 'organization:Arizona | organization:Oregon',
      },
    ],
  },
];
