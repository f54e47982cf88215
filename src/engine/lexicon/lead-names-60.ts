/**
 * Name rows of the lead's reading in stop 60 (issue #9): patterns met in invented news that hold
 * in any news. detect/lead-rules-60.ts reads them; lexicon/rows.test.ts runs the examples.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const PREFIXED_TITLE_ROW: RuleRow<{ prefixes: readonly string[]; maxTitleWords: number; maxNameWords: number }> =
  {
    id: 'person.prefixed-title',
    value: {
      // Lowercase words joined by a hyphen before an office that date it.
      prefixes: words('then ex now'),
      maxTitleWords: 3,
      maxNameWords: 3,
    },
    reason:
      'American and wire news date an office with a hyphened prefix: "then-President Barack Obama", "ex-President Jair Bolsonaro", "then-Vice President Joe Biden". The hyphened word is one token that no title list knows, so the person was read with it ("then-President Barack Obama") or not at all ("ex-President Jair Bolsonaro" unread in a longer text). After such a word whose part after the hyphen is a title, itself hyphened or not ("then-Secretary-General Ban Ki-moon" was read whole as a person; ents61b), and further title words may follow, one to three capitalised words on the line that no organisation or place holds are the person, without the title.',
    examples: [
      {
        text: 'The law was signed by then-President Barack Obama in 2010.',
        expect: 'person:Barack Obama',
      },
      {
        text: 'The order came from ex-President Jair Bolsonaro, whose allies in Brasília denied it.',
        expect: 'person:Jair Bolsonaro | place:Brasília',
      },
      {
        text: 'The mission was set up by then-Secretary-General Ban Ki-moon.',
        expect: 'person:Ban Ki-moon',
      },
      {
        text: 'Then-Vice President Joe Biden visited Kyiv in 2014.',
        expect: 'person:Joe Biden | place:Kyiv',
      },
    ],
  };

export const LEAD_NAME_ROWS_60: readonly RuleRow<unknown>[] = [PREFIXED_TITLE_ROW];
