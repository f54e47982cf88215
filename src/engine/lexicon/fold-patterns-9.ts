/**
 * Rows for patterns across the held-out fold documents (2 Dec 2026, night, helper ents15, issue
 * #9). Kept in their own file so they merge cleanly with rows added in parallel; the rules that
 * apply them are in detect/fold-rules-9.ts, called at the end of applyNameRules, right before the
 * review rows.
 */
import type { RuleRow } from './rule-row';

export const FOLD_PATTERN_ROWS_9: readonly RuleRow[] = [
  {
    id: 'none.award-name',
    value: ['award', 'awards', 'prize', 'prizes', 'medal', 'medals', 'trophy', 'cup'],
    reason:
      'An award, a prize, a medal or a cup is a thing given or played for, not a person, a place or an organisation, and both the GUM gold (every "Nobel Prize", "Teen Choice Awards", "Royal Gold Medal", "World Cup" of the training documents is no name) and the blind news batches ("the Norm Smith Medal", "the Stanley Cup", "the International Booker Prize" are marked none) leave it out; the model, meeting it after "at" or "the", reads it as a place or an organisation ("a nomination at Teen Choice Awards", "awarded the Royal Gold Medal"). A name of two words or more that ends in a capitalised word of the row is no name, and neither is a name right before such a word after "the" ("the Nobel Prize": "Nobel" is the prize\'s). Lowercase ("the Wimbledon trophy"), a row word opening a name ("Medal of Honor recipients"), one word alone ("the Championship", "Cup holders") and names a rule decided are left.',
    examples: [
      { text: 'He received a nomination at the Teen Choice Awards for his role.', expect: '' },
      { text: 'She was awarded the Royal Gold Medal in 2016.', expect: '' },
    ],
  },
  {
    id: 'person.paired-with-person',
    value: ['and', '&'],
    reason:
      'Two names joined by "and" right after each other are most often of one kind, and a lone word after a person\'s name and "and" that no map knows as a place is a second person, not a place: "analyzed by Coase and North, respectively", "Both Chao and Yang were known for", "by Janis Cole and Holly Dale". The model reads a surname that is also a common word or a landscape word ("North", "Dale", "Brook") as a place. Only a name the model typed a place of one or two words, right after "and" or "&" that follows a name typed a person, is changed; one the gazetteer or the built-in lists know as a place ("Smith and Jordan", "Macron and Berlin"), one after "in", "at", "to", "from", "between" or "near" before the person ("met in Paris and Schmidt …" reads the other way round), the end of a longer list after a comma (person.listed-with-people decides those) and one a rule decided are left.',
    examples: [
      {
        text: 'Institutions were analyzed by Ronald Coase and Douglass North, respectively.',
        expect: 'person:Ronald Coase | person:Douglass North',
      },
    ],
  },
];
