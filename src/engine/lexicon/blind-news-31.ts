/**
 * Rows from the blind entity batches 92 and 93 (6 Dec 2026, helper ents42a; the batches are in
 * detect/news-entities-92.cases.ts). Batch 94 was written with them and is never fixed against (its
 * errors are never printed). Kept in their own file so they merge cleanly with rows added in
 * parallel; the rules that apply them are in detect/blind-rules-31.ts, called by applyNameRules
 * after the rows of batches 89 and 90. Example texts are written for the rows, not taken from a
 * batch: each row has sentences it must decide and sentences it must leave alone.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const KNOWN_AS_ROW: RuleRow<{ hedges: readonly string[] }> = {
  id: 'organisation.known-as',
  // Words that may stand between the comma and "known as".
  value: { hedges: words('also commonly locally widely better') },
  reason:
    'A body named in full is often given its short or native name right after: "the Japanese Trade Union Confederation, known as Rengo", "the Federal Security Service (known as the FSB)". The short name is the same body, but the model, seeing one unfamiliar word, reads it as a place or a person. One to three capitalised words right after "known as" (or "also known as"), when an organisation ends right before the comma or bracket that opens the phrase, are that organisation too, if nothing or only the model read them (a person or a place below 0.6) and the first is no given name.',
  examples: [
    {
      text: 'Talks were led by the Nordic Dockworkers Federation, known as Nordok, on Monday.',
      expect: 'organization:Nordic Dockworkers Federation | organization:Nordok',
    },
  ],
};

export const AGENCY_APPOSITION_ROW: RuleRow<{ heads: readonly string[]; after: readonly string[] }> = {
  id: 'organisation.agency-apposition',
  value: {
    heads: words('agency authority regulator watchdog'),
    // Words that may follow the head and close the apposition ("…, the rescue agency, said", "… agency that runs …").
    after: words('that which based in for of'),
  },
  reason:
    'An agency unknown to the model is explained by an apposition: "Basarnas, the national search and rescue agency, reached the village", "Ofwat, the water regulator, said". The model reads the one unfamiliar word as a place or a person. One to three capitalised words followed by a comma, "the", "a" or "its", at most six lowercase modifiers with no "of" among them, and one of these heads closing the phrase (a comma, a full stop or a relative word after it) are an organisation, if nothing or only the model read them (a person or a place below 0.6), the first is no given name, and the map knows no place of that name ("Texas, the state regulator" is not read so). Not "Harlow, the head of the agency" ("of" makes the agency another noun) nor "the agency\'s" (a possessive).',
  examples: [
    {
      text: 'Rescuers from Tarvanas, the national search and rescue agency, reached the village.',
      expect: 'organization:Tarvanas',
    },
    {
      text: 'John Harlow, the head of the agency, said it would act.',
      expect: 'person:John Harlow',
    },
  ],
};

export const MINISTRY_FIELDS_ROW: RuleRow<{ heads: readonly string[]; bodies: readonly string[] }> = {
  id: 'organisation.ministry-fields-and',
  value: {
    heads: words('ministry department directorate'),
    // Last words that make the part after "and" a body of its own ("… and the Central Bank").
    bodies: words(
      'agency bank commission authority board council fund court bureau institute university company corp group office',
    ),
  },
  reason:
    'Ministries are named for two fields joined by "and": "the Ministry of Electronics and Information Technology", "the Department of Health and Social Care". When the second field is words of the language the model often reads it as a name of its own ("Information Technology" an organisation at 0.96), and organisation.and-join leaves a part the model is sure of. Three fields or more are listed with commas before the "and" ("the Ministry of Agriculture, Animal Industry and Fisheries", "the Ministry of Health, Labour and Welfare"; ents59a): each field between the commas is one to three capitalised words, the last closing no body of its own, that are words of the language or that the model alone read as a name below 0.6 ("Animal Industry" a person at 0.38), or that the model alone read as an organisation of two words or more, however sure, ending in a field noun with only field words or adjectives in -al before it ("the Department of Housing, Local Government and Heritage": "Local Government" a body at 0.84; ents60a); after such a list the last field may be one word no reading touched ("Heritage"). A ministry, department or directorate name ending in "of" and capitalised words, followed by "and" and one to three capitalised words that are all words of the language, the last no word that makes a body of its own ("… and Central Bank"), and read by no rule, is one organisation. A firm after "and" is its own name: "the Ministry of Defence and Lockheed Martin" stays two. "Directorate General of" or "Directorate-General of" followed by capitalised words is one name too ("the Directorate General of Civil Aviation"), whatever read the words after it.',
  examples: [
    {
      text: 'The Ministry of Science and Higher Education said on Monday it would open applications.',
      expect: 'organization:Ministry of Science and Higher Education',
    },
  ],
};

export const AND_SPLIT_ROW: RuleRow<{ heads: readonly string[] }> = {
  id: 'organisation.and-split',
  // A firm's last word that closes its name before "and".
  value: {
    heads: words(
      'group holdings electronics technology technologies motors industries corp corporation inc ltd plc air airlines airways',
    ),
  },
  reason:
    'Business and local news name two bodies side by side with "and": "Duke University and Duke Health", "Tata Electronics and Micron Technology", "Tata Group, Adani Group and Vedanta". The model (or organisation.and-join) reads the run as one organisation. One organisation holding one "and" between capitalised words is two when (a) both sides open with the same word and have two words or more, one of them ending in a body\'s head ("Duke University and Duke Health": one family of bodies; not "Jóola Búluf and Jóola Fogny", two areas), (b) both sides end in a firm\'s head (Group, Electronics, Technology, Motors, Air, Airlines …: "Arik Air and United Nigeria Airlines", ents59a) and have two words or more, (b2) both sides have two words or more and end in the same word that closes a body\'s name ("Kenya High School and Alliance Girls High School", "Hartley College and Ryde College"; ents59a), or (c) it closes a list ("X, Y Group and Z", an organisation and a comma before it) and the side before "and" ends in a firm\'s head, the side after holding a word of its own (not a word of the language). A side with "of" or "for" is a body\'s field ("Institute of Electronics and Information Technology") and is left, and so are one-word sides ("Johnson and Johnson", "Procter and Gamble").',
  examples: [
    {
      text: 'Harlow University and Harlow Health said they would merge their clinics.',
      expect: 'organization:Harlow University | organization:Harlow Health',
    },
  ],
};

export const PUBLIC_SCHOOLS_ROW: RuleRow<{ kinds: readonly string[] }> = {
  id: 'organisation.public-schools',
  // Words before "Schools" that make a district's name.
  value: { kinds: words('public city county community area independent') },
  reason:
    'An American school district is named after its town with "Public Schools" or "City Schools" ("Akron Public Schools", "Durham Public Schools", "Rome City Schools"), and local news writes it before "board" or "district". The model reads the town alone as a place or leaves the run unread. One to three capitalised words right before "Public Schools" (or City, County, Community, Area, Independent), the first no given name and not after "a", read by no rule, are with them one organisation.',
  examples: [
    {
      text: 'The Marlow Public Schools board voted on Monday to close two buildings.',
      expect: 'organization:Marlow Public Schools',
    },
  ],
};

export const PARTICLE_BEFORE_GIVEN_ROW: RuleRow<readonly string[]> = {
  id: 'person.particle-before-given',
  value: words('van von de der den du da di dos das del della ter ten'),
  reason:
    'A lowercase particle belongs to the surname that follows it ("Clara van Wessel", "Ludwig von Mises"), never before a given name: in a Dutch or German headline "stilleven van Clara van Wessel" (a still life by Clara van Wessel) the first "van" is the preposition "of". A person that opens with one of these particles written lowercase, followed by a given name the engine knows, starts at the given name.',
  examples: [
    {
      text: 'Het museum koopt een schilderij van Clara van Wessel.',
      expect: 'person:Clara van Wessel',
    },
  ],
};

export const RATING_CODE_ROW: RuleRow<{ cues: readonly string[] }> = {
  id: 'none.rating-code',
  value: { cues: words('rating ratings rated rate outlook grade downgrade upgrade affirmed') },
  reason:
    'Credit ratings are written as short codes ("Baa2", "Aa3", "Caa1", "B2"), and the model, seeing a capital and digits, reads one as an organisation or a place. A name that is one such code alone, in a sentence with a word of rating ("rating", "outlook", "downgrade" …), is no name; a road or a vitamin ("the A1", "vitamin B2") has no such word beside it.',
  examples: [
    {
      text: "The agency kept the country's Baa2 rating and a stable outlook.",
      expect: '',
    },
  ],
};

export const ONE_WORD_MUSEUM_ROW: RuleRow<{ tails: readonly string[] }> = {
  id: 'place.one-word-museum',
  value: { tails: words('museum museet muzeum') },
  reason:
    'Dutch, German and Nordic museums are named in one word ending in the word for museum ("Rijksmuseum", "Kunstmuseum", "Nationalmuseet"), and GUM types museums as places (place.museum-name; the batches accept a place or an organisation). The model leaves such a word unread or reads it as a person. One capitalised word of nine letters or more ending so (three letters or more before the six of the ending, as the rule\'s pattern reads: "Kunstmuseum"), which nothing or only the model read, is a place.',
  examples: [
    {
      text: 'The Stadtmuseum in the old town will close for a year.',
      expect: 'place:Stadtmuseum',
    },
  ],
};

export const FRAME_AND_FIRM_ROW: RuleRow<{ frames: readonly string[]; sure: number }> = {
  id: 'organisation.frame-and-firm',
  value: {
    // Words right before the first firm: people who work at firms, named by their trade.
    frames: ['analysts at', 'economists at', 'strategists at', 'traders at', 'dealers at', 'bankers at'],
    // At or above this the model's person or place reading of the second name stands.
    sure: 0.85,
  },
  reason:
    'Market wires name the houses whose analysts spoke in pairs: "Analysts at HSBC and Standard Chartered said", "economists at Nomura and Daiwa". The first is read as a firm; the second, two words of the language or an unfamiliar word, the model often reads as a person ("Standard Chartered" person 0.78). After such a frame, one or two capitalised words joined by "and" to an organisation that follows the frame are an organisation too, when nothing or only the model read them (a person or a place below 0.85), the first is no given name ("analysts at HSBC and John Reyes of Citi" keeps the person), and the map knows no place of that name.',
  examples: [
    {
      text: 'Analysts at Barclays and Standard Chartered said the bank may raise rates in May.',
      expect: 'organization:Barclays | organization:Standard Chartered',
    },
  ],
};

export const BLIND_NEWS_ROWS_31: readonly RuleRow<unknown>[] = [
  KNOWN_AS_ROW,
  AGENCY_APPOSITION_ROW,
  MINISTRY_FIELDS_ROW,
  AND_SPLIT_ROW,
  PUBLIC_SCHOOLS_ROW,
  PARTICLE_BEFORE_GIVEN_ROW,
  RATING_CODE_ROW,
  ONE_WORD_MUSEUM_ROW,
  FRAME_AND_FIRM_ROW,
];
