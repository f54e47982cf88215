/**
 * Rows for the weak patterns issue #9 names, fourth round (helper ents34b, 5 Dec 2026), each found
 * failing on probe texts of our own (detect/lexicon-gaps-34b.cases.ts, gold committed before the
 * first run): hyphenated all-caps party acronyms (a hospital named before its town, place.hospital-before-town,
 * now lives beside place.hospital-at in blind-news-23.ts), mountains named
 * alone in a climbing frame, law firms in a frame only a firm fills, a one-word side opening a result
 * at a ground, a town that is a word of the language beaten before a score (a hyphened sponsor pair
 * before a rider, sport.hyphened-team-before-role, now lives beside sport.unread-team-before-role in
 * news-leftovers-10.ts), and a given name, a French particle and a surname. The rules that apply them are
 * in detect/leftover-rules-11.ts, called by applyNameRules after the leftover-10 rows.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const HYPHENED_PARTY_ACRONYM_ROW: RuleRow<readonly string[]> = {
  id: 'organisation.hyphened-acronym',
  // The words a party or a movement follows: "the", "of", "for", "by", "with", "and".
  value: words('the of for by with and'),
  reason:
    'Parties of central and eastern Europe are written as two acronyms joined by a hyphen ("VMRO-DPMNE", "KDU-ČSL"): one token the model has never seen, so it is left out. A token of two or more capitalised acronyms (each two capitals or more, no digits), after one of these words or opening a sentence, unread, with no part a place the map knows, a demonym or a word of the language ("HIV-AIDS"), is an organisation. Not letters and digits ("COVID-19") or a one-letter part ("USB-C").',
  examples: [
    {
      text: 'The VMRO-DPMNE won 58 of the 120 seats.',
      expect: 'organization:VMRO-DPMNE',
    },
    {
      text: 'Tests showed the LED lamps and the USB-C ports were faulty.',
      expect: '',
    },
  ],
};

export const MOUNTAIN_FRAME_ROW: RuleRow<{ parts: readonly string[]; climbers: readonly string[] }> = {
  id: 'place.mountain-frame',
  value: {
    // "the slopes of X": parts of a mountain, followed by "of".
    parts: words('summit summits slopes flanks foothills crater peak ascent'),
    // "climbers on X", "two climbers died on X": people on a mountain, before "on" within three words.
    climbers: words('climbers climber mountaineers mountaineer alpinists alpinist sherpas'),
  },
  reason:
    'A mountain is named alone ("Denali", "Illimani", "Chimborazo") and the map has no mountains: the frame says what it is. One or two capitalised words after a part of a mountain and "of" ("the slopes of Chimborazo"), or after "on" with a climber three words before it at most ("Climbers on Denali", "Two climbers died on Illimani"), unread or half-read as a person, none a word of the language, given name, title, demonym ("the summit of European leaders"), weekday or month, and no capitalised word after them ("Mount Pleasant Road"), are a place.',
  examples: [
    {
      text: 'Snow fell on the slopes of Chimborazo for the first time in months.',
      expect: 'place:Chimborazo',
    },
    {
      text: 'Two climbers died on Illimani on Saturday.',
      expect: 'place:Illimani',
    },
    {
      text: 'The summit of European leaders ended on Friday.',
      expect: '',
    },
  ],
};

export const LAW_FIRM_FRAME_ROW: RuleRow<{
  firmOnly: readonly string[];
  firmOrPerson: readonly string[];
  barristers: readonly string[];
  overPerson: readonly string[];
  deals: readonly string[];
  active: readonly string[];
  parties: readonly string[];
  joins: readonly string[];
}> = {
  id: 'organisation.law-firm-frame',
  value: {
    // Words only a firm follows: "the law firm X", "lawyers from X".
    firmOnly: ['law firm', 'lawyers from', 'lawyers at', 'solicitors from', 'solicitors at'],
    // Words a firm or a person follows: "advised by X".
    firmOrPerson: ['advised by', 'instructed by', 'represented by'],
    // Letters after a barrister's name ("represented by Ann Hart KC"): a person, not a firm.
    barristers: words('KC QC SC'),
    // Frames where a firm is far likelier than a person once the sentence names a deal or a case.
    overPerson: words('advised instructed'),
    // Words of a deal or a court case.
    deals: words(`sale deal takeover merger acquisition refinancing listing bid buyout flotation court tribunal
      claim case appeal lawsuit hearing dispute`),
    // The active voice (ents38b): "X advised the buyer", "X represented the seller", "X acted for
    // the lenders".
    active: words('advised represented acted'),
    // The side of a deal a firm advises: the noun within a few words of the verb.
    parties: words(`buyer buyers seller sellers lender lenders creditor creditors underwriter underwriters
      bondholders target acquirer bidder bidders consortium founders fund funds firm bank banks company
      board issuer sponsors shareholders investors`),
    // Words before a second firm's name in the sentence ("…, while X acted for the sellers").
    joins: words('and while but whereas'),
  },
  reason:
    'Law firms are named after their founders ("Burness Paull", "Herbert Smith Freehills", "Clifford Chance"), so the model reads two or three surnames as a person. After "law firm" or "lawyers/solicitors from/at" only a firm fits: two or three capitalised words there are an organisation. After "advised/instructed/represented by" a person fits too ("represented by John Hart"), so there the first word must be no given name and the run two or three words; the letters of a barrister after the run ("KC", "QC"), a title in it, a name the model reads surely (but after "advised by" or "instructed by" in a sentence naming a deal or a case: "advised by Burness Paull on the sale", where the model reads two surnames surely as a person), or a body already read ("advised by Deutsche Bank AG": the legal form stays outside) stays. In the active voice (ents38b), one to three capitalised words opening a sentence or after a comma or "and/while/but", right before advised/represented/"acted for" and a side of a deal (the buyer, the lenders, the board) or in a sentence naming a deal, are a firm ("Freshfields acted for the lenders", "Latham & Watkins acted for the underwriters"): a name with "&" whole; "X and Y" one firm when either word is a word of the language ("Slaughter and May"), else two ("Rothschild and Evercore"); not a given name first, a title, a word of the language alone, a person named in full elsewhere, a model\'s sure person or place, or a rule\'s name ("Sarah Jones acted for the claimants", "Smith advised the minister").',
  examples: [
    {
      text: 'The council was represented by Harper Macleod at the tribunal.',
      expect: 'organization:Harper Macleod',
    },
    {
      text: 'The company was advised by John Hart on the sale.',
      expect: 'person:John Hart',
    },
    {
      text: 'Slaughter and May advised the buyer, and Macfarlanes acted for the founders.',
      expect: 'organization:Slaughter and May | organization:Macfarlanes',
    },
  ],
};

export const OPENING_SIDE_AT_GROUND_ROW: RuleRow<readonly string[]> = {
  id: 'sport.opening-side-at-ground',
  // Results of a side, the score right after them.
  value: words('lost won drew'),
  reason:
    'A club named by one word the model never read opens a report ("Fulham lost 3-1 at Villa Park", "Everton lost 2-0 at Anfield"): ents31c dropped a row taking any first word before a result and a score, because a driver\'s or a player\'s surname reads the same ("Norris won 2-1"). A ground after the score decides it: one unread capitalised word opening a sentence, before one of these verbs, a score, "at" and a name read as a place, is the visiting club; not a given name, title, demonym, weekday or month, word of the language, a word of a person the article names in full, or in a sentence about a fight or players.',
  examples: [
    {
      text: 'Fulham lost 3-1 at Villa Park on Saturday.',
      expect: 'organization:Fulham | place:Villa Park',
    },
    {
      text: 'Lando Norris finished second. Norris won 2-1 at Silverstone in the sprint duel.',
      expect: 'person:Lando Norris | person:Norris | place:Silverstone',
    },
  ],
};

export const BEATEN_TOWN_BEFORE_SCORE_ROW: RuleRow<readonly string[]> = {
  id: 'sport.beaten-town-before-score',
  // Verbs of beating a side, the beaten side and the score right after them.
  value: words('beat beats edged thrashed'),
  reason:
    'A town that is also a word of the language ("Bath", "Reading") is left unread even between a club and a score ("Gloucester beat Bath 21-18"), where sport.place-team leaves words of the language out. After a club the rules or the model read, one of these verbs, then one or two unread capitalised words the map knows as a town and a score: the beaten club.',
  examples: [
    {
      text: 'Gloucester beat Bath 21-18 at Kingsholm on Friday night.',
      expect: 'organization:Gloucester | organization:Bath | place:Kingsholm',
    },
  ],
};

export const GIVEN_NAME_PARTICLE_ROW: RuleRow<readonly string[]> = {
  id: 'person.given-name-particle',
  // French particles between a given name and a surname; "de la", "de l'" are read as "de" and a word.
  value: words('du de des à la le'),
  reason:
    'French names keep a lowercase particle between the given name and the surname ("Jean du Plessis", "Pierre de la Rue", "Marie-Claire à Beckett"). The model reads "du" and "de la" often enough, but "à" it has hardly seen, and it cuts the name at the particle, reading the given name alone as a body. A given name (a hyphened one of two given names too: "Marie-Claire"), one or two of these particles ("de la"), then one capitalised word, on one line and not read as a place ("Marie à Paris"), title, weekday or month, are one person, unless a rule already decided a name there; no capital before the given name but a title or a role opening the sentence ("Chef Pierre de la Rue").',
  examples: [
    {
      text: 'The designer Marie-Claire à Beckett showed her new collection.',
      expect: 'person:Marie-Claire à Beckett',
    },
    {
      text: 'Chef Pierre de la Rue opened a second restaurant in Lyon.',
      expect: 'person:Pierre de la Rue | place:Lyon',
    },
  ],
};

export const NEWS_LEFTOVER_ROWS_11: readonly RuleRow<unknown>[] = [
  HYPHENED_PARTY_ACRONYM_ROW,
  MOUNTAIN_FRAME_ROW,
  LAW_FIRM_FRAME_ROW,
  OPENING_SIDE_AT_GROUND_ROW,
  BEATEN_TOWN_BEFORE_SCORE_ROW,
  GIVEN_NAME_PARTICLE_ROW,
];
