/**
 * Rows for the misreads the reviews of the last stops left on news never seen (helper ents18b,
 * issue #9). Each is a class of news writing, not a phrase. The rules that apply them are in
 * detect/leftover-rules-2.ts, called by applyNameRules after the leftover-1 rows and before the
 * review rows, so they read (and may narrow) every earlier rule's names.
 */
import type { RuleRow } from './rule-row';

export const TITLE_FULL_NAME_ROW: RuleRow<{ titles: readonly string[]; heads: readonly string[] }> = {
  id: 'person.title-full-name',
  value: {
    titles: [
      'maharaja',
      'maharani',
      'raja',
      'rajah',
      'rani',
      'nawab',
      'nizam',
      'sultan',
      'sultana',
      'emir',
      'amir',
      'sheikh',
      'shaikh',
      'shah',
      'king',
      'queen',
      'prince',
      'princess',
      'emperor',
      'empress',
      'tsar',
      'czar',
      'kaiser',
      'pharaoh',
    ],
    heads: [
      'university',
      'hospital',
      'college',
      'school',
      'academy',
      'institute',
      'airport',
      'park',
      'stadium',
      'bridge',
      'road',
      'street',
      'avenue',
      'highway',
      'mosque',
      'palace',
      'museum',
      'foundation',
      'fund',
      'trust',
      'prize',
      'award',
      'cup',
      'trophy',
      'centre',
      'center',
      'hall',
      'club',
      'square',
      'canal',
      'dam',
      'port',
      'station',
      'memorial',
      'library',
      'fort',
      'island',
      'city',
      'district',
      'county',
      'parish',
      'province',
      'region',
      'sound',
      'bay',
      'river',
      'lake',
      'international',
      'medical',
      'group',
    ],
  },
  reason:
    'A sovereign\'s or a ruler\'s title before a full personal name is the person, title and all, as GUM writes "Emperor Joshua Norton": "the Maharaja Ranjit Singh", "Sultan Qaboos bin Said", "Sheikh Mohammed bin Rashid". The tagger reads the unknown name with a title in front as a body, and organisation.the-no-given-name (news-leftovers-1.ts) makes any "the" + unknown name a body. A name typed otherwise whose first word is one of these titles, followed by two or three capitalised words (particles between them allowed), is a person; not when its last word is the head of an institution or a site named after the ruler ("King Abdullah University", "Sultan Qaboos Mosque", "Queen Elizabeth Olympic Park", "Prince William County": the heads of the row), when a capitalised word follows it on the line (a longer name the tagger cut), or when the words after the title are a place the map knows ("Prince Edward Island"). A title with one name ("King Charles", "the Tsar") is left to the title rows.',
  examples: [
    {
      text: 'Pilgrims gathered in Lahore on Sunday to mark the death of the Maharaja Ranjit Singh, the founder of the Sikh Empire.',
      expect: 'place:Lahore | person:Maharaja Ranjit Singh | place:Sikh Empire',
    },
  ],
};

export const GIVEN_NAME_SPEAKING_ROW: RuleRow = {
  id: 'person.given-name-speaking',
  value: ['said', 'says', 'told', 'added', 'asked', 'explained', 'recalled', 'wrote', 'argued', 'insisted'],
  reason:
    'Surnames can be the words that end roads and creeks ("Highway", "Creek", "Freeway"): "Paul Highway said at the meeting". place.feature-tail (blind-rules-9.ts) reads a name of two words ending in such a word as a place, though the model read a person. A place does not speak: a two-word name that row typed a place, whose first word is a known given name, and that a verb of speech (the row\'s value) follows directly or precedes after a quotation ("…," said Paul Highway), is the person again.',
  examples: [
    {
      text: 'The county will widen the road next year. "We have waited a long time for this," Paul Highway said at the meeting in Fresno on Monday.',
      expect: 'person:Paul Highway | place:Fresno',
    },
  ],
};

export const NICKNAME_MODIFIER_ROW: RuleRow = {
  id: 'sport.nickname-as-modifier',
  value: [
    'warning',
    'warnings',
    'damage',
    'alert',
    'alerts',
    'surge',
    'cloud',
    'clouds',
    'front',
    'cell',
    'cells',
    'debris',
    'drain',
    'drains',
    'water',
    'waters',
    'shelter',
    'shelters',
    'watch',
    'advisory',
    'risk',
    'wave',
    'waves',
    'index',
    'stroke',
    'danger',
    'threat',
    'victims',
    'cleanup',
    'clean-up',
    'chasers',
    'conditions',
    'forecast',
    'season',
    'strike',
    'strikes',
  ],
  reason:
    'A club\'s nickname is often an ordinary word of weather or danger ("Storm", "Heat", "Lightning", "Fire"), and a sports report about the club may also speak of the thing itself at the head of a sentence: "The Storm warning came late", "the Storm damage to the roof". sport.the-nickname (news-leftovers-1.ts) reads "the" + the nickname as the club; when the word right after it is a lowercase noun that the ordinary word modifies (the row\'s value: "warning", "damage", "wave", "season"), it is the thing, not the club, and not a name.',
  examples: [
    {
      text: 'The Penrith Panthers beat the Melbourne Storm 18-12 in the grand final on Sunday. The Storm warning came late in the match. The halfback kicked three goals.',
      expect: 'organization:Penrith Panthers | organization:Melbourne Storm',
    },
  ],
};

export const NUMBER_OPENER_ROW: RuleRow = {
  id: 'none.number-opener',
  value: [
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
    'fifteen',
    'twenty',
    'dozens',
    'hundreds',
    'thousands',
    'several',
  ],
  reason:
    'A sentence that opens with a count of party members or of a people is capitalised only by its position: "Nine Republicans joined all Democrats", "Two Conservatives abstained". The tagger reads the two capitalised words as a body; members of a party in the plural are no name in the gold convention. A name at the start of a sentence that is a number word (the row\'s value) and one plural word ending like members or peoples ("-ans", "-ats", "-ists", "-ives", "-ites") is dropped. A firm named with a number stays ("Four Seasons said", "Two Sigma", "Three Mile Island" have no such ending or more words).',
  examples: [
    {
      text: 'The bill passed the Montana Senate 35-15. Nine Republicans joined all Democrats in voting for it.',
      expect: 'organization:Montana Senate',
    },
  ],
};

export const COMMON_WORD_FIRM_ROW: RuleRow<{ evidence: readonly string[]; speech: readonly string[] }> = {
  id: 'organisation.common-word-firm',
  value: {
    evidence: [
      'stores',
      'store',
      'shares',
      'shoppers',
      'customers',
      'employees',
      'executives',
      'spokesperson',
      'spokeswoman',
      'spokesman',
      'shareholders',
      'outlets',
    ],
    speech: ['said', 'says', 'reported', 'posted', 'announced', 'reports', 'posts', 'announces'],
  },
  reason:
    'Firms are named with ordinary words ("Target", "Gap", "Next", "Shell"), which the tagger reads as the words. The article shows the firm by writing the word with a capital in mid-sentence right before a noun of a company ("shoppers at Target stores", "Target shares fell", "a Target spokeswoman"). When an ordinary word (one the lexicon knows lowercase, not a month or a weekday) is written so, on its own (no capitalised word beside it, no determiner or possessive before it), it is a firm, and so are its other capitalised mentions on their own in the article: in mid-sentence, or opening a sentence before a verb of reporting ("Target said on Tuesday"). An article that never writes the word so before such a noun is left alone: "the target for inflation", "Target dates were set".',
  examples: [
    {
      text: 'Shoppers at Target stores spent less on clothing this year. Target said on Tuesday that its quarterly sales fell 3 percent. The target for inflation is 2 percent.',
      expect: 'organization:Target | organization:Target',
    },
  ],
};

export const WORD_CLUB_BEAT_ROW: RuleRow = {
  id: 'sport.word-club-beat',
  value: ['beat', 'beats', 'defeated', 'edged', 'thrashed', 'routed', 'stunned', 'drew', 'hammered', 'downed'],
  reason:
    'Clubs named by one word that is no place nor a known name ("Racing", "Everton", "Peñarol", "Nacional") open sports reports: "Racing beat Peñarol 2-1 in Avellaneda". The tagger reads the first word of the sentence as capitalised by its position. A capitalised word the rules left unnamed, right before a verb of a result (the row\'s value) whose object is a name read as an organisation, in a sentence with a score, is the other club; so is an unnamed capitalised word after "against" in a sentence with a score, when the article is a sports report ("the side scored twice against Racing in a 3-1 win").',
  examples: [
    {
      text: 'Racing beat Peñarol 2-1 in Avellaneda on Wednesday. The striker scored twice before half-time, and the coach praised the defence after the match.',
      expect: 'organization:Racing | organization:Peñarol | place:Avellaneda',
    },
  ],
};

/** Every row of this file, for the tests that run their examples. */
export const NEWS_LEFTOVER_ROWS_2: readonly RuleRow<unknown>[] = [
  TITLE_FULL_NAME_ROW,
  GIVEN_NAME_SPEAKING_ROW,
  NICKNAME_MODIFIER_ROW,
  NUMBER_OPENER_ROW,
  COMMON_WORD_FIRM_ROW,
  WORD_CLUB_BEAT_ROW,
];
