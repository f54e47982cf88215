/**
 * Rows for the weak patterns issue #9 names, ninth round (helper ents40b, 5 Dec 2026), each found
 * failing on probe texts of our own (detect/lexicon-gaps-40b.cases.ts, gold committed before the
 * first run). The rules that apply them are in detect/leftover-rules-16.ts, called by
 * applyNameRules after the leftover-15 rows.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const COMMON_OPENING_BODY_ROW: RuleRow<{ openers: readonly string[]; links: readonly string[] }> = {
  id: 'organisation.common-opening-body',
  value: {
    // Plural or campaigning words that open the names of campaign groups and charities.
    // ("Citizens"/"Mothers for …" are organisation.people-for-aim's; "Citizens of Antigua" are people.)
    openers: words('friends save club'),
    // What joins the opener to the named cause ("Friends of the Earth", "Club for Growth", "Save the Rhino").
    links: words('of for the against'),
  },
  reason:
    'Campaign groups and charities are named with a common word first and their cause after it ("Friends of the Earth", "Club for Growth", "Save the Rhino"). Opening a sentence the common word\'s capital says nothing, and the model leaves the run unread. One of these openers at a sentence\'s start, then of/for/against (with "the" or not) or "the", then one to three capitalised words that end the run, followed by a lowercase word, is one organisation. Not when the cause is lowercase ("Friends of the couple said", "Save the planet"), a place the map knows, a place or a person the model read ("Friends of Anna Berg said", "Friends of Antigua and Barbuda"), or a word of the cause is a given name.',
  examples: [{ text: 'Friends of the Earth called the plan a disaster.', expect: 'organization:Friends of the Earth' }],
};

export const SLASH_CLUB_ROW: RuleRow<{ pollWords: readonly string[] }> = {
  id: 'organisation.slash-club',
  // Nouns after two pollsters joined so ("a Reuters/Ipsos poll").
  value: { pollWords: words('poll polls survey surveys') },
  reason:
    'Some clubs are named by two words joined by a slash with no space ("Bodø/Glimt", "Sokol/Brana"); the model reads the first, a town, alone. Two capitalised words joined so, in a sentence about sport (a sport word or a score), are one club, whatever part the model read. Not when the second word is a name read on its own ("Everton/Spurs fans": two clubs), when either word is a body the engine knows by name or a poll follows ("a Reuters/Ipsos poll put her ahead 51-40": two pollsters, whose figures read as a score).',
  examples: [{ text: 'Bodø/Glimt won the league for the third time.', expect: 'organization:Bodø/Glimt' }],
};

export const POSSESSIVE_TRADE_NAME_ROW: RuleRow<{ heads: readonly string[] }> = {
  id: 'organisation.possessive-trade-name',
  value: {
    // Last words of a shop's or maker's name after its founder's possessive.
    heads: words('stores goods foods restaurants supermarkets markets pharmacy pharmacies bakery bakeries kitchens'),
  },
  reason:
    'Chains are named for their founder with a possessive ("Casey\'s General Stores", "Dick\'s Sporting Goods"); the model ends the name at the possessive and reads the founder as a person, or reads nothing. A capitalised word, its possessive, and one to three capitalised words ending in one of these trade plurals, that end the run, the words before the plural words of the language or adjectives in -ing, -al, -ic ("General", "Sporting"), are one organisation. Not when the possessor is a place the map knows, a demonym, or a body or a place the model read ("Walmart\'s Sporting Goods arm", "Britain\'s Co-op Foods"), or a name stands before the plural (a second firm the owner holds: "Kroger\'s Ralphs Stores").',
  examples: [{ text: "Casey's General Stores raised its dividend.", expect: "organization:Casey's General Stores" }],
};

export const FRATERNAL_LODGE_ROW: RuleRow<{ lodges: readonly string[]; heads: readonly string[] }> = {
  id: 'organisation.fraternal-lodge',
  value: {
    // A town's lodge named by the order alone ("the Pine Ridge Elks").
    lodges: words('elks'),
    // Orders whose lodge or club is named "<town> <order> Lodge|Club".
    heads: words('moose elks masonic kiwanis lions rotary'),
  },
  reason:
    'Local lodges and service clubs are named by their town and order ("the Pine Ridge Elks", "the Cedar Falls Moose Lodge", "the Harlow Kiwanis Club"). Capitalised words of a town (at most three) before "Elks" ending the run, or before one of these orders and "Lodge" or "Club", are one organisation, whatever part the model read.',
  examples: [{ text: 'The Pine Ridge Elks will host a dinner.', expect: 'organization:Pine Ridge Elks' }],
};

export const LAWYERS_AT_ROW: RuleRow<{ staff: readonly string[] }> = {
  id: 'organisation.lawyers-at',
  value: {
    // People of a firm of advisers, not in the tagger's staff nouns (words.ts' STAFF_NOUNS is a feature list).
    staff: words(
      'lawyers lawyer attorneys attorney partners partner bankers banker accountants auditors advisers advisors',
    ),
  },
  reason:
    'apposition.staff-at reads "analysts at Morgan Stanley" as the firm, but its staff nouns are the tagger\'s and name no adviser: "Lawyers at Kromann Reumert declined to comment" was a place. After one of these nouns and "at", one to four capitalised words the model read as a place with doubt (below 0.5) or as no name, none a place the map knows, a given name or a word of the language, are a firm; a spaced "&" and one to four more capitalised words after them are of it ("Lawyers at Sullivan & Cromwell advised the board", ents45b).',
  examples: [{ text: 'Lawyers at Kromann Reumert declined to comment.', expect: 'organization:Kromann Reumert' }],
};

export const TOWN_IN_REGION_ROW: RuleRow<null> = {
  id: 'place.town-in-region',
  value: null,
  reason:
    'American and Canadian towns share the names of foreign cities, and news writes them with their state or province after a comma ("Lima, Ohio", "Berlin, New Hampshire", "London, Ontario"). The map holds one place per name, so "Lima" resolved to Peru and the card put the town there. A town the map places in one country, right before a comma and a state or province the map places in another, with a comma, a full stop or a word other than "and"/"or" after the state (not a list: "offices in London, Texas and Tokyo"), is in that state: the town keeps its name and takes the state\'s country, and, since the map knows no town of that name there, the state\'s centre as its point.',
  examples: [{ text: 'A storm knocked out power in Lima, Ohio, on Monday.', expect: 'place:Lima | place:Ohio' }],
};

export const NEWS_LEFTOVER_ROWS_16: readonly RuleRow<unknown>[] = [
  COMMON_OPENING_BODY_ROW,
  SLASH_CLUB_ROW,
  POSSESSIVE_TRADE_NAME_ROW,
  FRATERNAL_LODGE_ROW,
  LAWYERS_AT_ROW,
  TOWN_IN_REGION_ROW,
];
