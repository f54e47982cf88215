/**
 * Name rows of the lead's reading in stop 57 (issue #9): patterns met in invented news that hold
 * in any news. detect/lead-rules-57.ts applies them; lexicon/rows.test.ts runs the examples.
 */
import type { RuleRow } from './rule-row';

type ListsRow<K extends string> = RuleRow<Readonly<Record<K, readonly string[]>>>;

const words = (s: string) => s.trim().split(/\s+/);

export const PRODUCT_APPOSITION_ROW: ListsRow<'kinds' | 'qualified' | 'qualifiers' | 'openers' | 'after'> = {
  id: 'none.product-apposition',
  value: {
    // Kinds of made thing a news report sets beside a product's name.
    // Not "app" or "platform": "Uber, the ride-hailing app, said …" is the firm that acts.
    kinds: words(`phone phones smartphone smartphones handset tablet laptop console browser chatbot
      smartwatch headset earbuds missile missiles drone drones vaccine drug medicine`),
    // Kinds that also name a person's job ("an executive assistant", "a fashion model"): only after a qualifier.
    qualified: words('assistant model'),
    qualifiers: words('ai voice virtual intelligence language'),
    // Words that open the apposition before its kind (a possessive mark of an owner also opens it).
    openers: words('a an the its their'),
    // Words that may follow the kind and end the apposition.
    after: words('that which made built developed designed used sold'),
  },
  reason:
    'Launch and market stories introduce a product with an apposition that says what it is: "the Galaxy Z Fold 8, a thinner folding phone that …", "Gemini, Google\'s artificial intelligence assistant, …", "Google\'s chatbot, Gemini, …". The tagger read such names as bodies (a product shares its maker\'s shape of name). A name whose apposition (opened by a/an/the/its/their or an owner\'s possessive, up to four lowercase words) ends in a kind of made thing — phone, browser, app, chatbot, missile, drone, vaccine, an AI or voice assistant, a language model — is none (not an app: "Uber, the ride-hailing app, said" is the firm acting) of person, place or body, and so are its other mentions written the same. A person\'s job ("an executive assistant", "a British model") has no qualifier and keeps the person.',
  examples: [
    {
      text: 'Samsung showed the Galaxy Z Fold 8, a thinner folding phone that folds flat.',
      expect: 'organization:Samsung',
    },
    {
      text: "The phone comes with Gemini, Google's artificial intelligence assistant, built in.",
      expect: 'organization:Google',
    },
    {
      text: "Google's chatbot, Gemini, answered in French.",
      expect: 'organization:Google',
    },
    // Must leave: people whose apposition is a job, a firm named as its app.
    {
      text: 'TikTok, the video app, said it would sue the state of Montana.',
      expect: 'organization:TikTok | place:Montana',
    },
    {
      text: "Maria Lopez, Google's executive assistant, said the meeting was over.",
      expect: 'person:Maria Lopez | organization:Google',
    },
  ],
};

export const PLACE_PEOPLE_PLURAL_ROW: RuleRow<{ endings: readonly string[]; team: readonly string[] }> = {
  id: 'none.place-people-plural',
  // What a place's name takes to name its people in the plural: London-ers, Tasmania-ns, Paris-ians.
  value: {
    endings: ['ers', 'ns', 'ians'],
    // Words after a team's name that say it is a team.
    team: words(
      'coach coaches captain manager player players forward forwards goalie goalkeeper striker defenceman defenseman',
    ),
  },
  reason:
    'Reports name the people of a city, state or country by its name and an ending: "young Queenslanders", "Londoners and New Yorkers", "Tasmanians were angry", "Aucklanders voted". The model read them as bodies or people ("New Yorkers" a person, "Queenslanders" a body 0.53). A name the model alone read, of one to three capitalised words, whose last word is a plural that with "-ers", "-ians" or (after an "a") "-ns" taken off leaves a place the map knows, is a people: no name. A team after "the" ("the Highlanders"), after its city ("Mumbai Indians"), before a player or coach word ("Islanders coach …") or anywhere in a sports report, a town of its own ("Randers"), a person with a given name, a stem under four letters and names read by a rule are left.',
  examples: [
    {
      text: 'Young Londoners and New Yorkers said rents were too high.',
      expect: '',
    },
    { text: 'Many Queenslanders backed the plan, Premier David Crisafulli said.', expect: 'person:David Crisafulli' },
    // Must leave: a team named for its city's people, a team before its coach, a person whose surname is one.
    {
      text: 'Islanders coach Patrick Roy said the team was tired.',
      expect: 'organization:Islanders | person:Patrick Roy',
    },
    { text: 'Mumbai Indians won by six wickets.', expect: 'organization:Mumbai Indians' },
    { text: 'Coach Tom Hollanders said the side was ready.', expect: 'person:Tom Hollanders' },
  ],
};

export const LANDFORM_TAIL_ROW: RuleRow<readonly string[]> = {
  id: 'place.landform-tail',
  // Landforms named by a capitalised tail that the tagger's place tails do not hold.
  value: words('Basin Delta Plateau Glacier'),
  reason:
    'Energy, mining and farming news locates its story in a basin, a delta or a plateau: "Drillers in the Permian Basin", "the Murray-Darling Basin", "the Galilee Basin", "the Mekong Delta", "the Tibetan Plateau". The model read them as bodies or left them unread ("Galilee Basin" organisation 0.45). One to three capitalised words (hyphened parts joined) ending in one of these tail words, with no capitalised word after it ("Delta Air Lines", "Niger Delta Development Commission" go on), are a place. A tail alone ("Delta said") and names a rule read are left.',
  examples: [
    {
      text: 'Drillers in the Permian Basin cut rigs, and farmers in the Murray-Darling Basin want more water.',
      expect: 'place:Permian Basin | place:Murray-Darling Basin',
    },
    // Must leave: an airline, a body named after a delta.
    {
      text: 'Delta Air Lines said the Niger Delta Development Commission had paid.',
      expect: 'organization:Delta Air Lines | organization:Niger Delta Development Commission',
    },
  ],
};

export const LEAD_NAME_ROWS_57: readonly RuleRow<unknown>[] = [
  PRODUCT_APPOSITION_ROW,
  PLACE_PEOPLE_PLURAL_ROW,
  LANDFORM_TAIL_ROW,
];
