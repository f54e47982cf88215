/**
 * Rows for the weak patterns issue #9 names (helper ents31c, 4 Dec 2026), each found failing on
 * probe sentences of our own (detect/lexicon-gaps-31c.cases.ts, gold committed before the first
 * run): a palace or seat named by one unknown word that opens a sentence and speaks, a ground or
 * the home side after a score and "at", a body named "… for …" cut at "for", and two leaders'
 * surnames joined by a dash before "talks". The rules that apply them are in
 * detect/leftover-rules-8.ts, called by applyNameRules after the leftover-6 rows.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const SEAT_OPENING_SPEAKER_ROW: RuleRow<readonly string[]> = {
  id: 'organisation.seat-opening-speaker',
  // Verbs of stating a body does as often as a person ("The Élysée announced").
  value: words('said says announced confirmed denied declined stated insisted warned added'),
  reason:
    'A palace or seat of government speaks for its government by its one-word name ("The Quirinale said", "The Élysée announced", "Malacañang said"). Known seats are in the organisation list ("the Kremlin"), but an unknown one that opens a sentence gives the model nothing: a capital there is no sign of a name, so the word is left out. A person is never written with "The" before a bare surname, and a coined name with a capital inside ("WaterAid", "ClientEarth") is no surname once Mc/Mac/De/Di/Le/La/O\' are set aside. So the word after a sentence\'s opening "The", or a first word with a capital inside after a lowercase letter, before a verb of stating, that no name holds, that is no word of the language (or its plural), given name, title, demonym (nor ends like one: "The Slovenian said") or place the map knows, and that the article writes nowhere else, is a body speaking. A bare first word ("Malacañang said") is left alone: it is as often a surname the writer never introduced ("Piazza said the team played well", "Arosa said it was terrible"). Not a word in capitals alone or ending in -man, -woman or -person, which name an office ("The AG said", "The Ombudsman said"); review ents32c.',
  examples: [
    {
      text: 'The Quirinale said the president would speak on Monday. WaterAid said 400 wells had dried up.',
      expect: 'organization:Quirinale | organization:WaterAid',
    },
    {
      text: 'Chidi Okafor has coached the team since 2019. Okafor said the players had trained well. Officials said the match would go ahead. The Taoiseach said he was pleased. Piazza said the team played well.',
      expect: 'person:Chidi Okafor | person:Okafor',
    },
  ],
};

export const GROUND_AFTER_BEATEN_SIDE_ROW: RuleRow<{ maxWords: number; sure: number }> = {
  id: 'place.ground-after-beaten-side',
  // One or two words ("Headingley", "Stamford Bridge"); a model organisation this sure is left alone.
  value: { maxWords: 2, sure: 0.6 },
  reason:
    'A match report names both sides and then where they played: "Warrington beat Salford 28-6 at Headingley". When a side\'s name and a score come right before "at", both sides are named already, so what follows "at" is the ground, a place; the model, seeing a one-word name in a sports sentence, half-reads it as a club. place.sport-ground takes a ground only before "in" and a town. In a sports report, one or two capitalised words after "at" that follows a score that follows a name, read by the model as an organisation less than surely or as nothing, that are not followed by another capitalised word and are no place the map knows (a town there may be the home club), are the ground.',
  examples: [
    {
      text: 'Warrington Wolves beat Salford Red Devils 28-6 at Headingley in the semi-final. The visitors scored twice in the second half, and the coach said his side deserved the win.',
      expect: 'organization:Warrington Wolves | organization:Salford Red Devils | place:Headingley',
    },
  ],
};

export const HOST_AFTER_RESULT_ROW: RuleRow<{
  results: readonly string[];
  maxWords: number;
  grounds: readonly string[];
  opponents: readonly string[];
}> = {
  id: 'sport.host-after-result',
  value: {
    // A result with no object: the other side is named after "at".
    results: words('won lost drew'),
    maxWords: 2,
    // The last word of a ground's name ("Carrow Road", "Villa Park"): review ents32c.
    grounds: words('Road Park Lane Ground Field Stadium Arena Oval Dome Meadow Bowl Stadion'),
    // Words that name the other side after the ground ("at Kingsholm with Saracens"): review ents32c.
    opponents: words('with against over versus v vs'),
  },
  reason:
    'A side that "won 2-0 at Häcken" or "lost 3-1 at Häcken" played away, and the name after "at" is the home side, a club, not its ground: the result verb has no object, so the sentence names only one side before "at" (a ground follows a score only after the beaten side is named: "beat Salford 28-6 at Headingley"). place.sport-ground reads a single word between "at" and "in" and a town as the ground, and the model reads a one-word club there as a place. In a sports report, one or two capitalised words after "won", "lost" or "drew", a score and "at", not followed by another capitalised word, not a place the map knows, with no word of the language or given name first, are the home club. Not a ground: a name ending in a ground\'s word ("lost 2-1 at Villa Park"), or followed by "with" or "against" and the other side ("drew 20-20 at Kingsholm with Saracens"); review ents32c.',
  examples: [
    {
      text: 'Elfsborg won 2-0 at Häcken in Gothenburg on Saturday. The visitors scored twice in the second half, and the coach said his side deserved the win in the league.',
      expect: 'organization:Häcken | place:Gothenburg',
    },
  ],
};

export const TEAM_BEFORE_ROLE_ROW: RuleRow<{ roles: readonly string[]; fights: readonly string[] }> = {
  id: 'sport.team-before-role',
  value: {
    // Words of a fight between two people (review ents32c: "Kwame Asante manager Terry Holloway said the fight would go ahead").
    fights: words('fight bout boxer boxers fighter fighters'),
    // Parts a player or a coach plays in a team, written between the team and the person.
    roles: words(
      'coach manager captain quarterback guard forward striker midfielder defender goalkeeper goaltender defenseman pitcher catcher shortstop outfielder winger linebacker receiver fly-half scrum-half',
    ),
  },
  reason:
    'Sports copy names a person by the team and the part they play, with no possessive: "Carolina Hurricanes coach Rod Brind\'Amour", "Penn State quarterback Caleb Romer". A team named by a place that is also a given name ("Carolina", "Austin") and a nickname reads to the model as a person. A person is never written right before a role noun and another person\'s name without a possessive or a comma, so two or three capitalised words read as a person by the model alone, followed by one of these nouns (or "head coach") and a name read as a person, are the team. Not in a sentence of a fight or of a sport of players, where a boxer or a player is named before the manager or coach ("Kwame Asante manager Terry Holloway said the fight would go ahead"; review ents32c).',
  examples: [
    {
      text: "Carolina Hurricanes coach Rod Brind'Amour said his players looked tired.",
      expect: "organization:Carolina Hurricanes | person:Rod Brind'Amour",
    },
    {
      text: "Ana Ruiz, coach Pat Lee and Carolina Herrera's manager met in Boston.",
      expect: 'person:Ana Ruiz | person:Pat Lee | person:Carolina Herrera | place:Boston',
    },
  ],
};

export const HEAD_FOR_FIELD_ROW: RuleRow<{ heads: readonly string[]; maxField: number }> = {
  id: 'organisation.head-for-field',
  value: {
    // Heads of bodies named for what they serve ("Office for National Statistics").
    heads: words(
      'Secretariat Administration Agency Office Commission Committee Council Ministry Department Bureau Service Authority Institute Centre Center Foundation Fund Trust Board Coalition Alliance Campaign Society Association Directorate Inspectorate',
    ),
    maxField: 4,
  },
  reason:
    'Public bodies are often named by their kind and what they are for: "the State Secretariat for Migration", "the State Administration for Market Regulation", "the Office for National Statistics". The model, reading "for" as the end of a name, keeps the head ("State Administration") or the field ("Economic Affairs") or neither. Capitalised words ending in a head of a body (at most three before it), "for", then one to four capitalised words (with "and" or "of" between them), on one line, are one organisation, unless the words after "for" are a person the model reads surely, a weekday or a month. Nor when the field owns what follows ("blamed the European Commission for Ireland\'s fodder shortage"); review ents32c.',
  examples: [
    {
      text: 'Figures from the State Secretariat for Economic Affairs showed exports fell, while the State Administration for Market Regulation fined the firm.',
      expect:
        'organization:State Secretariat for Economic Affairs | organization:State Administration for Market Regulation',
    },
    {
      text: "Ana Ruiz thanked the Foundation for Monday's gift in Leeds.",
      expect: 'person:Ana Ruiz | place:Leeds',
    },
  ],
};

export const PAIR_BEFORE_MEETING_ROW: RuleRow<{ nouns: readonly string[] }> = {
  id: 'person.pair-before-meeting',
  value: { nouns: words('talks summit meeting call deal pact accord handshake rivalry') },
  reason:
    'Two leaders\' surnames joined by a dash name their meeting: "the Trump–Xi talks", "the Modi–Sharif summit". The model reads the pair as one name or none. Two single capitalised words joined by an en dash or a spaced hyphen before a word for a meeting, where one of them is a word of a person the article names in full and the other is no place the map knows, no word of the language and no organisation read there, are two people. (A hyphen with no spaces makes one token, "Biden-Putin", which no span can split.)',
  examples: [
    {
      text: 'President Donald Trump and Xi met for three hours. Markets rose after the Trump–Xi talks ended.',
      expect: 'person:Donald Trump | person:Xi | person:Trump | person:Xi',
    },
    {
      text: 'Ministers from Spain met Ana Ruiz. The US–China talks and the Ruiz–Madrid deal were delayed.',
      expect: 'place:Spain | person:Ana Ruiz | place:US | place:China | person:Ruiz | place:Madrid',
    },
  ],
};

export const NEWS_LEFTOVER_ROWS_8: readonly RuleRow<unknown>[] = [
  SEAT_OPENING_SPEAKER_ROW,
  GROUND_AFTER_BEATEN_SIDE_ROW,
  HOST_AFTER_RESULT_ROW,
  TEAM_BEFORE_ROLE_ROW,
  HEAD_FOR_FIELD_ROW,
  PAIR_BEFORE_MEETING_ROW,
];
