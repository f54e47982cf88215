/**
 * Rows for the weak patterns issue #9 names, third round (helper ents33b, 4 Dec 2026), each found
 * failing on probe texts of our own (detect/lexicon-gaps-33b.cases.ts, gold committed before the
 * first run): an acronym opening a text or following a dateline before a verb of stating; teams
 * named after their sponsors ("Team Visma", "Red Bull Racing", "Scuderia Ferrari", "Ineos Grenadiers rider …"; one row with ents33a's racing teams since ents34c); clubs
 * named by a plural nickname on either side of a result; rivers and ranges the map lacks, read from
 * the words around them; the visiting side before "lost 2-0 at" a club. The rules that apply them
 * are in detect/leftover-rules-10.ts, called by applyNameRules after the leftover-9 rows.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const ACRONYM_OPENING_SPEAKER_ROW: RuleRow<{
  verbs: readonly string[];
  actions: readonly string[];
  participlePrepositions: readonly string[];
  nounForms: readonly string[];
  people: readonly string[];
}> = {
  id: 'organisation.acronym-opening-speaker',
  value: {
    // What a body does in the opening words of a report: states, counts, calls for.
    verbs: words(`said says reported reports recorded records called calls announced announces warned warns urged
      urges confirmed confirms estimated estimates found finds published issued accused accuses demanded
      condemned welcomed criticised criticized appealed`),
    // Lead (stop 54): what only a body does ("SNCF cancelled most trains", "UEFA fined the club");
    // no rise or fall, which things do too ("CPI rose"). As a participle before a preposition they
    // describe a thing ("PFAS banned in food packaging", review stop 54).
    actions: words(`cancelled canceled suspended halted approved rejected banned fined sued appointed signed launched
      ordered deployed arrested charged hired`),
    // Prepositions after such a participle ("banned in", "suspended from", "approved for").
    participlePrepositions: words('in from for by at on under across since until after during'),
    // Verbs that are plural nouns too: before another word of the language they are the subject's
    // noun ("ICU records show", "GPS estimates put", review ents34c); a verb only before "that", a
    // number, a name or a function word.
    nounForms: words('reports records estimates calls finds'),
    // Pronouns of a person right after the verb: the acronym is someone's initials ("AOC said she").
    people: words('he she him his her'),
  },
  reason:
    'An acronym of capitals is the short name of a body ("KNCHR", "NCDC", "ACLED", "NIMASA"); in the middle of a sentence the model reads one, but as the very first word of a text, or right after a dateline\'s dash ("NAIROBI — KNCHR called …"), it has no word before it to lean on and leaves it out. An acronym of three to eight capitals opening a sentence (or after a dateline and a dash), unread, followed by one of these verbs (of stating, or of what only a body does: "SNCF cancelled most trains", not as a participle before a preposition: "PFAS banned in food packaging"), and no place the map knows, title or word of the language written in capitals ("IT") is an organisation. Not before a noun ("HIV infections fell", "GDP grew": no verb of stating), not an acronym that is never a name on its own ("DNA found on the glove"), not a verb that is a plural noun too before another word ("ICU records show"), and not before "she" or "he" ("AOC said she": a person\'s initials; review ents34c).',
  examples: [
    {
      text: 'KNCHR said 14 people had been held without charge in Nairobi.',
      expect: 'organization:KNCHR | place:Nairobi',
    },
    {
      text: 'GDP grew 2% in the quarter, and HIV infections fell by a third.',
      expect: '',
    },
    {
      text: 'SNCF cancelled most trains west of Rennes. UEFA fined the club.',
      expect: 'organization:SNCF | place:Rennes | organization:UEFA',
    },
  ],
};

export const SPONSOR_TEAM_ROW: RuleRow<{
  heads: readonly string[];
  tails: readonly string[];
  prefixes: readonly string[];
  roles: readonly string[];
}> = {
  id: 'sport.sponsor-team',
  value: {
    // "Team" opens a team's name in cycling, sailing and national squads ("Team Visma", "Team GB").
    heads: words('Team'),
    // Last words of a motor-racing team's name ("Red Bull Racing", "Hendrick Motorsports").
    tails: words('racing motorsport motorsports'),
    // The Italian "Scuderia" opens one ("Scuderia Ferrari").
    prefixes: words('scuderia'),
    // The parts a person plays in such a team, between the team and the name.
    roles: words('driver drivers rider riders team-mate teammate principal boss'),
  },
  reason:
    'Teams in motor racing and cycling take their sponsors\' names and a word that says they are a team: "Team" before ("Team Visma", "Team Jayco AlUla"), "Racing" or "Motorsport" after ("Oracle Red Bull Racing", "Williams Racing", "Trackhouse Racing Team"), "F1 Team" after ("MoneyGram Haas F1 Team"), or the Italian "Scuderia" before ("Scuderia Ferrari"). The model reads the sponsor alone ("Red Bull"), a surname and a word as a person ("Williams Racing"), or nothing. "Team" and one to three capitalised words, none a title, weekday or month and the first no given name ("Team Anna Berg" is a person\'s supporters); two to six capitalised words on the line ending in such a tail and followed by no capitalised word; "Scuderia" and one or two capitalised words: the team, an organisation, unless a rule read one of its words as a person or place or a longer name holds it. One guard for a single word before the tail: it must be no word of the language ("Horse Racing", "Motor Racing" name the sport), and the model must have read it or the tail, or a role must follow ("Trackhouse Racing driver …"); a word left unread may be a sport the lists lack ("Greyhound Racing is popular"). A driver named right after the team and a role ("Oracle Red Bull Racing driver Max Verstappen") is a person of two or three capitalised words. (One row from two written in parallel, ents33b\'s sport.sponsor-team and ents33a\'s organisation.racing-team, merged by ents34c.)',
  examples: [
    {
      text: 'Red Bull Racing said both cars would get a new floor, and Team Visma won the time trial.',
      expect: 'organization:Red Bull Racing | organization:Team Visma',
    },
    {
      text: 'Oracle Red Bull Racing driver Max Verstappen was second, and Leclerc was third for Scuderia Ferrari.',
      expect:
        'organization:Oracle Red Bull Racing | person:Max Verstappen | person:Leclerc | organization:Scuderia Ferrari',
    },
    {
      text: 'Racing resumed at Cheltenham on Tuesday after two days lost to frost.',
      expect: 'place:Cheltenham',
    },
    {
      text: 'The Kentucky Horse Racing Commission met, and racing resumed.',
      expect: 'organization:Kentucky Horse Racing Commission',
    },
  ],
};

export const UNREAD_TEAM_BEFORE_ROLE_ROW: RuleRow<{ roles: readonly string[]; offices: readonly string[] }> = {
  id: 'sport.unread-team-before-role',
  value: {
    // The parts of riders and drivers (the team roles of sport.team-before-role are read too).
    roles: words('rider riders driver drivers team-mate teammate'),
    // Roles a department or a ship has too: a plural of the language before them is the
    // department ("Events manager Tamsin Field", leftover-rules-4's test), not a nickname.
    offices: words('manager captain'),
  },
  reason:
    'Sports copy names a person by the team and the part they play, with no possessive: "Ineos Grenadiers rider Tomás Ibarra", "Warriors coach Mike Danton". sport.team-before-role retypes a team the model read as a person; a sponsor\'s name or a plural nickname opening a sentence is often not read at all. One to three capitalised words no name holds, right before a role noun (those of sport.team-before-role, and rider, driver, team-mate) and a name the model read as a person, are the team when none is a given name, title, demonym, weekday or month, and a word of the language among them is a plural ("Warriors", "Giants") before a role no department has ("Events manager Tamsin Field" is a department\'s): "Veteran striker", "Former coach", "Brazilian striker" describe the person. Not in a sentence of a fight or a sport of players.',
  examples: [
    {
      text: 'Ineos Grenadiers rider Tomás Ibarra crashed on the descent.',
      expect: 'organization:Ineos Grenadiers | person:Tomás Ibarra',
    },
    {
      text: 'Veteran striker Marco Rossi scored twice.',
      expect: 'person:Marco Rossi',
    },
  ],
};

// Moved here from news-leftovers-11.ts (ents34b's row; ents36b): the unread team before a rider's role, hyphened.
export const HYPHENED_TEAM_BEFORE_ROLE_ROW: RuleRow<readonly string[]> = {
  id: 'sport.hyphened-team-before-role',
  // The roles of riders and drivers.
  value: words('rider riders driver drivers team-mate teammate'),
  reason:
    'Cycling teams are named after two sponsors joined by a hyphen ("Lidl-Trek", "Alpecin-Deceuninck"); one token the model never saw, opening a sentence before "rider" and a person, it leaves out, and sport.unread-team-before-role (leftover-rules-10) takes one word opening a sentence only in a plural\'s shape. A token of two capitalised parts joined by a hyphen, unread, right before one of these roles and a name read as a person, is the team; not a given name first ("Anna-Lena"), a place the map knows or a word of a person the article names in full.',
  examples: [
    {
      text: 'Lidl-Trek rider Mads Kjeldgaard won the bunch sprint in Ghent.',
      expect: 'organization:Lidl-Trek | person:Mads Kjeldgaard | place:Ghent',
    },
  ],
};

export const NICKNAME_RESULT_SIDES_ROW: RuleRow<readonly string[]> = {
  id: 'sport.nickname-result-sides',
  // Verbs of a result with the other side as their object or after "to" / "with".
  value: words(`beat beats defeated edged routed thrashed crushed downed stunned outlasted topped lost drew`),
  // (Not in a sentence about a court or a vote: sport.score-result-sides' words, review ents34c.)
  reason:
    'American and Australian clubs are named by a plural nickname alone after "the" ("The Cowboys beat the Eagles 24-17"). The model reads a word of the language opening a sentence as a word, and a capitalised plural it has not met as nothing. In a sentence with a score, a capitalised plural (ending in s, not in capitals) after "the" right before a verb of a result, or after the verb (and "to" or "with") and "the", no name holding it, is a club, an organisation; so is an unread capitalised word and such a plural after "the" ("The All Blacks beat", "beat the Red Wings"; ents36b), the word no place, demonym, given name or title. Not without a score ("The Cowboys rode into town"), not a plural after no "the" ("Cowboys and ranchers gathered"), not in a sentence about a court or a vote ("The Greens lost 52-48 to the Independents in the council vote", review ents34c).',
  examples: [
    {
      text: 'The Cowboys beat the Eagles 24-17 on Sunday night.',
      expect: 'organization:Cowboys | organization:Eagles',
    },
    {
      text: 'Cowboys and ranchers gathered in Fort Worth for the rodeo on Saturday.',
      expect: 'place:Fort Worth',
    },
  ],
};

export const WATER_AND_RANGE_CONTEXT_ROW: RuleRow<{
  after: readonly string[];
  verbs: readonly string[];
}> = {
  id: 'place.water-and-range-context',
  value: {
    // Lowercase nouns after "the X" that name what X is: a range's or a river's parts. Not the
    // kinds of place.water-before-kind (river, lake, estuary …), which leaves an unread word
    // before them on purpose ("The Zorvath river rose", fold-rules-15's test).
    after: words('delta basin valley foothills mountains range gorge'),
    // What only water does to its banks, said of "the X".
    verbs: words('burst broke overflowed flooded'),
  },
  reason:
    'The map has cities and regions, not rivers, and few ranges ("the Mekong", "the Brahmaputra", "the Drakensberg"); a word list of rivers would never end. The words around say what the name is: "the X foothills", "the X delta" (lowercase: the name is X; "the X river" is place.water-before-kind\'s, which leaves an unread word), "the banks of the X", "The X burst its banks", "The X flooded farms". One or two capitalised words after "the" in these frames (one before the verbs: "The Li River flooded" is the model\'s to read), unread or read by the model alone as no sure person or organisation, none a word of the language, title, weekday or month, are a place. Not with the kind capitalised ("the Mekong River Commission": the name runs on), nor "the banks of" a word of the language, nor "flooded" with "with" in the next words ("The Riksbank flooded the market with kronor": a river floods land, a bank floods a market with money; review ents34c).',
  examples: [
    {
      text: 'The Mekong burst its banks in Laos, and hikers were lost in the Drakensberg foothills.',
      expect: 'place:Mekong | place:Laos | place:Drakensberg',
    },
    {
      text: 'The Mekong River Commission said levels were low.',
      expect: 'organization:Mekong River Commission',
    },
  ],
};

export const VISITOR_BEFORE_AWAY_RESULT_ROW: RuleRow<readonly string[]> = {
  id: 'sport.visitor-before-away-result',
  // Results of a visiting side, the score right after them.
  value: words('lost won drew fell'),
  reason:
    '"Swansea lost 2-0 at Cardiff": the name after "at" is the home club (sport.host-after-result and sport.away-result read it) and the name before the result is the visiting club, but the model reads a town it knows as the place. A town the map knows (one or two words, read as a place by the model or not read, no given name alone) right before lost/won/drew/fell, a score and "at" a name the rules read as an organisation, is a club. Not a person ("Ruiz lost 6-4 at Wimbledon"), not in a match of players.',
  examples: [
    {
      text: 'Swansea lost 2-0 at Cardiff on Saturday, and Rhys Morgan scored both goals.',
      expect: 'organization:Swansea | organization:Cardiff | person:Rhys Morgan',
    },
    {
      text: 'Heavy rain fell on Cardiff and Swansea on Monday.',
      expect: 'place:Cardiff | place:Swansea',
    },
  ],
};

export const NEWS_LEFTOVER_ROWS_10: readonly RuleRow<unknown>[] = [
  ACRONYM_OPENING_SPEAKER_ROW,
  SPONSOR_TEAM_ROW,
  UNREAD_TEAM_BEFORE_ROLE_ROW,
  HYPHENED_TEAM_BEFORE_ROLE_ROW,
  NICKNAME_RESULT_SIDES_ROW,
  WATER_AND_RANGE_CONTEXT_ROW,
  VISITOR_BEFORE_AWAY_RESULT_ROW,
];
