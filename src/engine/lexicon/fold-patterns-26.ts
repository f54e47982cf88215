/**
 * Fold rows 26 (helper ents44c, issue #9): the largest family of the study folds' errors left by
 * fold rows 25, found in the errors of the study folds (0–2, `folds.ts --study`, counted by cause
 * with scripts/train/fold-causes.ts) of the training documents; the check folds (3–4) are read by
 * their totals only. The rules are in detect/fold-rules-26.ts; applyNameRules calls
 * `applyFoldPatternRows26` right after the fold-25 rows. Example texts are written for the rows,
 * not taken from a fold or a batch.
 */
import type { RuleRow } from './rule-row';

/** Rows whose value is a few word lists. */
type ListsRow<K extends string> = RuleRow<Readonly<Record<K, readonly string[]>>>;

const words = (s: string) => s.trim().split(/\s+/);

export const NAMED_EVENT_ROW: ListsRow<'heads' | 'periods' | 'hyphenHeads' | 'ofHeads' | 'publishing' | 'told'> = {
  id: 'none.named-event',
  value: {
    // Capitalised last words of a fair, a gathering or a contest's name. Not "Festival", "Games",
    // "Cup", "Open", "Show", "Series", "Convention": a festival, a games or a convention is also the
    // body that runs it ("the Edinburgh Festival said", "the National Convention"), a cup or an
    // open a sponsor's or a town's ("the Carabao Cup"), and a series or a show a work.
    heads: words('Jubilee Jubilees Cavalcade Carnival Fair Fest Draft Expo Game Gala Pageant Regatta'),
    // Periods: "the Spanish Golden Age", "the Bronze Age"; only after another word ("The Age" is a paper).
    periods: words('Age Era'),
    // The part after a hyphen that ends an event's one-word name ("Magi-Fest", "Comic-Con").
    hyphenHeads: words('Fest Con Expo'),
    // A head whose "of" names what the gathering is about, not where or who ("the Festival of Angels").
    ofHeads: words('Festival Carnival Cavalcade Jubilee Fair Feast'),
    // A paper's name ends in a head too ("Vanity Fair", "The Asian Age"): before a verb of
    // publishing or after "told" (or "according to") the name is left.
    publishing: words('reported reports wrote writes published publishes said says'),
    told: words('told'),
  },
  reason:
    'A fair, a gathering, a contest or a period is named like a place or a body, from capitalised words ending in a word of its kind ("the Midwest Magic Jubilee", "the Eastern League All-Star Game", "the 2009 Major League Baseball Draft", "Magi-Fest", "San Diego Comic-Con 2015", "the Spanish Golden Age"); it is none of the three types, and GUM marks no name inside it ("Eureka Springs Cavalcade of Magic", "Christmas St Nicholas\' Fair"). Study folds: about 9 false names on seed 20240611 and 14 on seed 7, in an interview, two biographies, a travel guide and an essay. A name the model reads (no rule, no known body) that ends in one of the heads (Jubilee, Cavalcade, Carnival, Fair, Fest, Draft, Expo, Game, Gala, Pageant, Regatta), in a hyphenated word ending "-Fest", "-Con" or "-Expo", or of two words or more in "Age" or "Era", with only a number after it (a year), is no name; so is a name the model reads right before such a capitalised head or its possessive ("Eureka Springs Cavalcade", "St Nicholas\' Fair") when it is not a place the map knows, and a name read below 0.6 right after "Festival of", "Carnival of", "Fair of" ("the Festival of Angels") that the map does not know. Not "Festival", "Games", "Cup", "Open", "Show" or "Series" as heads (bodies, sponsors, works), not a known body ("the NFL Draft": NFL is left), not a place the map knows before the head ("the Notting Hill Carnival", "the Festival of Britain"), not "The Age" (one word). A paper is named the same way ("Vanity Fair", "The Asian Age"): a name ending in a head that the model reads as an organisation at 0.6 or more with no "the" or number right before it, or that stands before a verb of publishing (reported, wrote, published, said; not after "of": "Poets of the Spanish Golden Age wrote") or after "told" or "according to", is left.',
  examples: [
    {
      text: 'Thousands came to the Harwick Pumpkin Jubilee on Saturday.',
      expect: '',
    },
    {
      // A known body before the head and a place the map knows after "Festival of" are left.
      text: 'The NFL Draft opened in Detroit, and the Festival of Britain drew crowds in London.',
      expect: 'organization:NFL | place:Detroit | place:Britain | place:London',
    },
    {
      // A paper before a verb of publishing is left.
      text: 'The Asian Age reported the arrests on Monday.',
      expect: 'organization:Asian Age',
    },
  ],
};

export const FOLD_PATTERN_ROWS_26: readonly RuleRow<unknown>[] = [NAMED_EVENT_ROW];
