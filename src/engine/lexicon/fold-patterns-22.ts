/**
 * Fold rows 22 (helper ents40c, issue #9): the two open families of the study folds' errors that
 * ents39c named (institutions named after places typed as places; travel-guide places read as
 * people), found in the errors of the study folds (0–2, `folds.ts --study`) of the training
 * documents; the check folds (3–4) are read by their totals only. The rules are in
 * detect/fold-rules-22.ts; applyNameRules calls `applyFoldPatternRows22` right after the fold-21
 * rows. Example texts are written for the rows, not taken from a fold or a batch.
 */
import type { RuleRow } from './rule-row';

/** Rows whose value is a few word lists. */
type ListsRow<K extends string> = RuleRow<Readonly<Record<K, readonly string[]>>>;

const words = (s: string) => s.trim().split(/\s+/);

export const TEAM_FOR_TOWN_ROW: ListsRow<'counts' | 'verbs' | 'playing' | 'after'> = {
  id: 'organisation.team-for-town',
  value: {
    // Plural nouns of a player's record before "for"/"with" and the side: "24 games for Indianapolis".
    counts: words('games matches appearances starts innings goals caps outings'),
    // Words of playing for a side right before "for"/"with": "debuted for Boston", "played for Leeds".
    verbs: words('debut debuted debuts played plays playing pitched pitches'),
    // Of these, the words that also say an orchestra or a choir played: they need a sentence about
    // sport (a sport word or a score), and a record noun needs its number ("40 games for"; review of
    // stop 50: "emission goals for California", "the orchestra played for Chicago").
    playing: words('played plays playing'),
    // Lowercase words that may follow the side ("for Boston after …"); any other makes the town a
    // modifier ("played for Paris crowds").
    after: words(`
      after before in on at for since from until during and or but against last this that when while where as
      with to the a an who which over under between`),
  },
  reason:
    'Sport writing names a side by its town alone ("hit .432 in 24 games for Indianapolis", "He debuted for Boston", "20 goals for Leeds"); a model that has seen the town more often as a place reads the town (2 such mentions in a study-fold biography of a ballplayer, on both seeds). One capitalised word read as a place (or unread and known to the map as one) right after "for" or "with" after a player\'s record ("games", "matches", "appearances", "starts", "innings", "goals", "caps") or a word of playing ("debuted", "played", "pitched") is the side, an organisation. Not a longer name ("for Boston Red Sox": the model reads it whole), not before a lowercase word other than one that opens a phrase or a clause ("played for Paris crowds"), not before a number ("matches for Paris 2024"), not a person ("played for Obama"), and not after other words ("flights for Boston", "money for Leeds").',
  examples: [
    {
      text: 'Dele Okafor hit .310 in 40 games for Indianapolis before he debuted for Boston in May.',
      expect: 'person:Dele Okafor | organization:Indianapolis | organization:Boston',
    },
    { text: 'The airline added two daily flights for Boston travellers.', expect: 'place:Boston' },
  ],
};

export const ISLANDS_LIST_ROW: ListsRow<'heads' | 'particles'> = {
  id: 'place.islands-list',
  value: {
    // Plural nouns of islands a list of island names follows with no "of": "the islands X, Y and Z".
    heads: words('islands islets atolls isles cays keys'),
    // Lowercase words an island's name may hold ("Terre de Haut", "Morne à l'Eau").
    particles: words("de du des la le les da do dos das di del della à a al el y of l'"),
  },
  reason:
    'Travel guides list the islands one can see or reach by their names after "the islands" with no "of" ("you can look up at the islands La Désirade, Petite Terre, Marie Galante and Les Saintes"); the model reads names that hold a given name or a particle as people ("Marie Galante", "Terre de Haut") and leaves others unread (5 gold islands of one such list in a study-fold travel guide, 2 read as people, on both seeds). Right after "islands", "islets", "atolls", "isles", "cays" or "keys" (or after "of" after one of them: "the islands of Vanua Levu and Taveuni", whose first name the model read as a person), two to eight names separated by commas, "and" or "or", each one to four capitalised words (lowercase particles between them: "Terre de Haut"), are places: three or more whatever follows, two when punctuation or the sentence\'s end closes the second. Not one name alone ("the islands Britain seized"), not two that run on into lowercase words ("the islands Fiji and Tonga claim"), and not a name inside a longer one.',
  examples: [
    {
      text: 'From the ferry you see the islands Velamo, Isla Tarisi, Marie Oskuna and Terre de Kembara.',
      expect: 'place:Velamo | place:Isla Tarisi | place:Marie Oskuna | place:Terre de Kembara',
    },
    { text: 'The islands Britain seized in 1982 are still disputed.', expect: 'place:Britain' },
  ],
};

export const LAND_WORD_LEAD_ROW: ListsRow<'leads'> = {
  id: 'place.land-word-lead',
  value: {
    // Words of land and water that open a place's name in French, Spanish, Portuguese and Italian.
    leads: words(`
      terre pointe baie île ile anse morne isla islas ilha ilhas cabo cap punta ponta playa praia lago lac laguna
      mont montagne bahía bahia cerro`),
  },
  reason:
    'Places of the French, Spanish, Portuguese and Italian world open with a word of land or water ("Terre de Haut", "Pointe des Châteaux", "Isla Mujeres", "Praia do Forte", "Lago di Garda"); with a particle after it the model reads a noble\'s name, and reads people (2 islands of a study-fold travel guide, "Terre de Haut" and "Terre de Bas", read as people on both seeds). A name of two or more words read as a person whose first word is one of these words (not a given name the list of given names holds) is the place. Not a person whose name holds such a word later ("Jean Cap", "Maria Ponta") and not a name read as a body ("Cap Gemini").',
  examples: [
    {
      text: 'The ferry calls at Terre de Kembara and at Praia do Velamo.',
      expect: 'place:Terre de Kembara | place:Praia do Velamo',
    },
    { text: 'Coach Jean Lac said the team would travel on Monday.', expect: 'person:Jean Lac' },
  ],
};

export const TITLE_FEATURE_ROW: ListsRow<'titles' | 'features'> = {
  id: 'place.title-feature',
  value: {
    // Words of rank a street, a creek or an island is named with ("Queen Creek", "King Street").
    titles: words('queen king prince princess duke duchess lord lady'),
    // Nouns of a street, a water or a piece of land that end such a name.
    features: words(`
      creek street road lane avenue square island islands bay river park bridge hill hills gardens market
      wharf quay pier beach point sound strait lake valley springs`),
  },
  reason:
    'Streets, squares, creeks and islands are named after a monarch\'s rank ("Queen Creek", "King Street", "Prince Albert Road"); the rank word is taken as a title before a person and the feature noun left as the person\'s name ("Queen [Creek]" read as a person in a study-fold travel guide, on both seeds). A rank word right before one capitalised feature noun ("Creek", "Street", "Square", "Island", "Bay", …), or before one capitalised word and the noun ("Prince Albert Road", where "Albert Road" was read as a person), the words read as a person or unread, are one place (a name read as a body is left: "Prince George Sound"); a name the model already reads whole as a place is left. Not a rank before a person ("Queen Elizabeth", "King Charles"), and not a feature noun followed by another capitalised word ("King Street Capital": a longer name).',
  examples: [
    {
      text: 'New homes went up in Queen Creek and along Prince Albert Road last year.',
      expect: 'place:Queen Creek | place:Prince Albert Road',
    },
    { text: 'Queen Elizabeth opened the bridge in 1962.', expect: 'person:Elizabeth' },
  ],
};

export const STREET_WORD_BARE_ROW: ListsRow<'leads' | 'abbreviations'> = {
  id: 'place.street-word-bare',
  value: {
    // Romance and Slavic words of a street, a square or a market that open its name with no particle
    // after them ("Campo Santa Margherita", "Rua Augusta"); place.street-lead takes those with one.
    leads: words(
      'campo rua calle avenida praça praca largo piazza piazzale plaça carrer rambla viale strada avinguda ulica',
    ),
    // Lowercase abbreviations of a boulevard or an avenue written before its name in French and
    // Spanish addresses ("bd Georges Mandel", "avda. Colón").
    abbreviations: words('bd bld bvd boul av. avda avda.'),
  },
  reason:
    'Travel guides give addresses with the street word first in the local language ("Campo Santa Margherita", "Rua Augusta") or its lowercase abbreviation ("L\'Americano, bd Georges Mandel, 0590…"); with a saint\'s or a person\'s name after it, the model reads a person (a study-fold travel guide\'s "bd [Georges Mandel]" read as a person on both seeds; place.street-lead takes only names with a particle after the street word). A name of two or more words read as a person or unread whose first word is one of these street words (not a given name), or one to four capitalised words right after one of these lowercase abbreviations, are the street, a place, with the abbreviation in it. Not a person named with such a word later ("Maria Campo", "Gregory Largo"), not a name read as a body ("Calle Capital"), and not a name right after a title ("Coach Calle Ruiz": "Calle" is a Swedish given name; ents42b).',
  examples: [
    {
      text: 'The café on Campo Santa Velamo opens at eight. The bar is at bd Henri Tarisi, near the port.',
      expect: 'place:Campo Santa Velamo | place:bd Henri Tarisi',
    },
    { text: 'Coach Maria Campo said the team would travel.', expect: 'person:Maria Campo' },
  ],
};

export const FOLD_PATTERN_ROWS_22: readonly RuleRow<unknown>[] = [
  TEAM_FOR_TOWN_ROW,
  ISLANDS_LIST_ROW,
  LAND_WORD_LEAD_ROW,
  TITLE_FEATURE_ROW,
  STREET_WORD_BARE_ROW,
];
