/**
 * Fold rows 20 (helper ents37c, issue #9): general causes found in the errors of the study folds
 * (0–2, `folds.ts --study`) of the GUM documents; the check folds (3–4) are read by their totals
 * only. The rules are in detect/fold-rules-20.ts; applyNameRules calls `applyFoldPatternRows20`
 * right after the fold-19 rows. Example texts are written for the rows, not taken from a fold or a
 * batch.
 */
import type { RuleRow } from './rule-row';

/** Rows whose value is a few word lists. */
type ListsRow<K extends string> = RuleRow<Readonly<Record<K, readonly string[]>>>;

const words = (s: string) => s.trim().split(/\s+/);

export const WORK_AFTER_KIND_ROW: ListsRow<'kinds' | 'booked' | 'bridges' | 'inside' | 'creators'> = {
  id: 'work.title-after-kind',
  value: {
    // Nouns that only name a kind of work (never a verb that takes a name: "play", "show", "single" are out).
    kinds: words(`
      film films movie movies comedy comedies drama dramas thriller thrillers sitcom sitcoms
      miniseries series documentary documentaries biopic novel novels novella memoir memoirs
      album albums song songs opera operas musical musicals poem poems painting paintings
      symphony symphonies sonata sonatas`),
    // "book" is a verb too ("to book Ryanair"): only after one of these.
    booked: words('the a an his her their its my our your new first latest last second third debut'),
    // Words that may stand between the kind and the title: "films like X", "films, including X".
    bridges: words('like including such as'),
    // Lowercase words a title may hold between its capitalised words ("Palace of Glass", "Tell Me and Go",
    // "Louder by the Minute"). Not "in", "at", "from", "with": they more often lead out of the title
    // ("the thriller Night of the Heron in Toronto"); "by" only before "the" ("the film Undertow by Okafor").
    inside: words('of the and a an to or'),
    // Words before a title's year that make the name its maker's ("by Giovanni Bellini (1505)").
    creators: words('by'),
  },
  reason:
    'Biographies and reviews name films, series, books, songs and paintings right after the noun of their kind ("the romantic comedy Counting Marigold", "the films Harbor Lights Tonight and Palace of Glass", "the thriller Night of the Heron", "period drama Ashcombe Manor"), or list them with their year ("film roles include The Keeper (2007), Rosalind (2013), Tamsin (2015)"). Quotes and italics are lost in plain text, so the title is a run of capitalised words, and the model reads a person, place or organisation in it; GUM marks the work as none of the three (13 such names in the study folds of seed 20240611 and 11 of seed 7 are dropped by this row, no right name lost). The capitalised run (small words like "of", "and" inside) right after one of these nouns (also after "like", "including" or "such as", with or without a comma; a comma alone may close an opening phrase: "In the novel, Dickens describes") is a title, and so is a run right before a bracketed year in a sentence that names one of these kinds; names inside it are dropped, and so are names inside a later repeat of a title of two words or more. Not a person of two words or more whose first word is a given name ("the film Steven Spielberg directed"), not a run after "by" (its maker), and not in a text that cites like a paper ("Spang (1983)" is an author).',
  examples: [
    {
      text: 'She starred in the romantic comedy Counting Marigold and in the thriller Night of the Heron in Toronto.',
      expect: 'place:Toronto',
    },
    {
      text: 'His film roles include The Keeper (2007), Rosalind (2013) and Tamsin (2015), all shot in London.',
      expect: 'place:London',
    },
    {
      text: 'The film Steven Spielberg directed opened in Paris.',
      expect: 'person:Steven Spielberg | place:Paris',
    },
  ],
};

export const DEITY_ROW: ListsRow<'deities' | 'exclaiming'> = {
  id: 'person.deity',
  value: {
    deities: words('God Jesus Christ Allah Yahweh Jehovah'),
    // Words before the name that make it an exclamation, not a mention ("Oh God", "thank God").
    exclaiming: words('oh my thank'),
  },
  reason:
    'Biographies of clergy and saints name God and Jesus as they name people ("she gave her life to God", "told the poor to trust in Jesus", "turned to Christ as a girl"), and GUM marks them as persons; the model, seeing one capitalised word without a given name, reads a place or nothing (3 misses and a place in the study folds on both seeds). One of these words standing alone (or "Jesus Christ") is a person. Not inside a longer name ("Church of God", "Ansar Allah", "Jesus Navas"), not an exclamation ("God, I don\'t know!", "Oh God", "thank God").',
  examples: [
    {
      text: 'She left the bank to give her life to God, and her sermons told the poor to trust in Jesus.',
      expect: 'person:God | person:Jesus',
    },
    {
      text: 'The Redeemed Christian Church of God opened a camp in Lagos.',
      expect: 'organization:Redeemed Christian Church of God | place:Lagos',
    },
  ],
};

export const FOLD_PATTERN_ROWS_20: readonly RuleRow<unknown>[] = [WORK_AFTER_KIND_ROW, DEITY_ROW];
