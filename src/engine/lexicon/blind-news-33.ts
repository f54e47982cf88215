/**
 * Rows from the blind entity batches 98 and 99 (6 Dec 2026, helper ents44a; the batches are in
 * detect/news-entities-98.cases.ts). Batch 100 was written with them and is never fixed against (its
 * errors are never printed). Kept in their own file so they merge cleanly with rows added in
 * parallel; the rules that apply them are in detect/blind-rules-33.ts, called by applyNameRules
 * after the rows of batches 95 and 96. Example texts are written for the rows, not taken from a
 * batch: each row has sentences it must decide and sentences it must leave alone.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const CAMEL_CASE_FIRM_ROW: RuleRow<{
  before: readonly string[];
  after: readonly string[];
  particles: readonly string[];
}> = {
  id: 'organisation.camel-case-firm',
  value: {
    // Trade nouns right before the name ("broadband provider fibreLink", "chip designer quarkLoop").
    before: words(
      'firm company start-up startup provider designer maker chipmaker operator developer lender platform retailer carrier',
    ),
    after: words('said says told announced raised founded which whose'),
    // Surname particles: a word that opens with one and a capital is a person's name ("deGrom").
    particles: words('de da di del della van von le la du mc mac'),
  },
  reason:
    'Technology firms are often written with a small first letter and a capital inside ("eBay", "fibreLink", "quarkLoop", "zipPay"). The model, which reads capitals, reads such a word as nothing or folds it into a person with the word before ("Austin-based payWise"). A word of that shape (one to five small letters, a capital, more letters) right after one of these trade nouns or a hyphenated place modifier ("Leeds-based"), or right before "said" or a comma and "which"/"founded", is a firm (a possessive is no cue: GUM leaves a website so named unmarked, "eHow\'s model"); so is every other use of the same word in the text. A surname is written the same way, so a word that opens with a surname particle and a capital ("deGrom", "daSilva", "vanDyke"), a word that ends a person\'s name elsewhere in the text ("Jacob deGrom … deGrom said"), and a word read alone as a person (by a rule, or by the model at 0.6) is never a firm. A name read by a rule, a name the model read as a firm with more words ("eBay Inc"), and a person or place the model is sure of (0.9) are left; a product written the same way ("the iPhone", "an iPad") gets no cue and is left.',
  examples: [
    {
      text: 'Chip designer quarkLoop said it would hire 40 engineers. Shares in quarkLoop rose.',
      expect: 'organization:quarkLoop | organization:quarkLoop',
    },
    { text: 'She bought an iPhone and an iPad in London.', expect: 'place:London' },
    {
      text: 'Mets pitcher Jacob deGrom said his elbow felt fine. deGrom said he would start on Sunday.',
      expect: 'organization:Mets | person:Jacob deGrom | person:deGrom',
    },
  ],
};

export const PEOPLE_AFTER_OPENING_WORD_ROW: RuleRow<{
  people: readonly string[];
  bodyPeople: readonly string[];
  fields: readonly string[];
}> = {
  id: 'none.opening-word-before-people',
  value: {
    // Plural nouns of people an adjective opens a sentence with ("Legal experts said …").
    people: words(
      'experts analysts observers officials sources critics lawyers scholars economists diplomats residents activists campaigners researchers scientists',
    ),
    // The people of a body ("Unite officials", "Oracle analysts"): before them a firm the model reads is left.
    bodyPeople: words('officials analysts executives workers staff members employees managers spokespeople'),
    // Fields of public life the common-word list lacks (it leaves out words bodies' names often hold).
    fields: words(
      'health security agriculture environment welfare customs immigration defence defense fisheries tourism culture transportation commerce intelligence aviation',
    ),
  },
  reason:
    'A sentence often opens with an adjective and a plural noun of people: "Senior researchers doubt the claim", "Military analysts expect a long war". The model reads the capitalised adjective alone as a name (an organisation 0.61 for "Senior"). A one-word name the model alone read (below 0.9) that opens a sentence, is a common word of the language, is right before one of these plural nouns, and is read nowhere else in the text as a name, is no name. A firm or a country so placed that the text names elsewhere ("Apple engineers", "Western diplomats" after "the West") or that the map knows is left; so is a name the model reads as an organisation (0.4) before the people of a body ("Unite officials", "Oracle analysts", "Target officials"), while generic people ("Legal experts", "Military sources") still take it away. That body reading is not trusted when the text capitalises the word only inside longer names, never first ("Health officials in Bamako said …" after "the World Health Organization": the model weighs the word by those names; lead, stop 58). Words for a field of public life (health, security, defence, …) count as common words here (the generated list leaves them out because bodies\' names hold them), and alone before such a plural they are never a body, whatever the model reads or the text repeats ("Cases rose again. Health officials said …"; review, stop 58).',
  examples: [
    {
      text: 'Senior researchers doubted the figures in the new report. The agency will publish more in June.',
      expect: '',
    },
    {
      text: 'Apple said it would appeal. Apple engineers said the app was unsafe.',
      expect: 'organization:Apple | organization:Apple',
    },
    {
      text: 'Workers walked out on Monday. Unite officials said the strike would go ahead.',
      expect: 'organization:Unite',
    },
    {
      text: 'The trial team will now seek approval from the World Health Organization, he said.\n\nHealth officials in Bamako said the ministry hoped to begin vaccinating by June.',
      expect: 'organization:World Health Organization | place:Bamako',
    },
    {
      text: 'Cases rose again on Friday. Health officials said the outbreak was contained. Health officials will meet again on Monday.',
      expect: '',
    },
  ],
};

export const BLIND_NEWS_ROWS_33: readonly RuleRow<unknown>[] = [CAMEL_CASE_FIRM_ROW, PEOPLE_AFTER_OPENING_WORD_ROW];
