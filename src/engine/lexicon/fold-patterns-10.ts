/**
 * Rows for patterns across the held-out fold documents and the last review's leftovers (2 Dec
 * 2026, night, helper ents16b, issue #9). Kept in their own file so they merge cleanly with rows
 * added in parallel; the rules that apply them are in detect/fold-rules-10.ts, called at the end of
 * applyNameRules, right before the review rows.
 */
import type { RuleRow } from './rule-row';

export const FOLD_PATTERN_ROWS_10: readonly RuleRow[] = [
  {
    id: 'place.kind-apposition',
    value: [
      'ballroom',
      'theatre',
      'theater',
      'cinema',
      'venue',
      'arena',
      'stadium',
      'hotel',
      'inn',
      'church',
      'cathedral',
      'chapel',
      'temple',
      'mosque',
      'synagogue',
      'shrine',
      'castle',
      'palace',
      'mansion',
      'manor',
      'tower',
      'bridge',
      'park',
      'village',
      'hamlet',
      'town',
      'suburb',
      'island',
      'river',
      'lake',
      'mountain',
      'valley',
      'museum',
    ],
    reason:
      'A name followed by a comma and an appositive that says what kind of building or place it is ("played the Empress, a ballroom in Crystal Beach", "stayed at the Ritz, a luxury hotel", "born in Lambert, a village near Lyon") is that place, whatever the name looks like: the model or a title row reads "the Empress" or "Lambert" as a person. The words are kinds of building and of settlement or landscape; businesses that are also firms (restaurants, bars, clubs, shops) are left out. Only the frame ", a|an|the [up to four lowercase words or numbers] KIND" followed by punctuation or a word that goes on about a place ("in", "on", "near", "where", "which", "built", "owned") counts: "Smith, a theatre critic", "Jones, a town councillor", "Lee, a park ranger" (the kind word is a modifier of a person noun) and "Smith, the town\'s mayor" are left, and so are names a map knows as something else only when a rule other than a title row decided them.',
    examples: [
      {
        text: 'The band played the Empress, a ballroom in Crystal Beach, every summer.',
        expect: 'place:Empress | place:Crystal Beach',
      },
    ],
  },
  {
    id: 'place.kind-apposition-no-clause',
    value:
      'in at on of from to for by with near into who whom whose that which attends attended lives lived works worked'.split(
        ' ',
      ),
    reason:
      'For place.kind-apposition, the words between the article and the kind word modify the kind ("a 1920s art deco ballroom"); a preposition or a relative clause there makes the kind word the end of a phrase about a person ("Diaz, a worker in town, said", "Patel, a regular at church", "Garcia, a teacher who attends church"), so the name is left.',
    examples: [
      {
        text: 'Maria Diaz, a worker in town, said the plant would close.',
        expect: 'person:Maria Diaz',
      },
    ],
  },
  {
    id: 'place.museum-name',
    value: ['museum'],
    reason:
      'A museum is a building people visit, and GUM types every museum of the training documents a place ("the Metropolitan Museum of Art", "Broad Art Museum", "Madame Tussauds Museum", "The Cleveland Museum of Art"); the blind news batches accept a museum as a place or an organisation. The model reads half of them as firms ("at New York\'s Metropolitan Museum of Art" organisation 0.98). A name of two words or more that ends in "Museum", or has "Museum of" inside it, read as an organisation or a person, is a place. A name where "Museum" is the first word ("Museum Holdings"), one with a firm\'s legal form after it, and one a rule decided are left.',
    examples: [{ text: 'She visited the Broad Art Museum in the US.', expect: 'place:Broad Art Museum | place:US' }],
  },
  {
    id: 'sport.result-side-club',
    value: [
      'beat',
      'beats',
      'defeated',
      'defeats',
      'thrashed',
      'edged',
      'overcame',
      'downed',
      'stunned',
      'routed',
      'drew',
      'draws',
    ],
    reason:
      'In a sports report (one sentence in four about sport, no election named), a place-like name right before or after a result verb ("Greater Western Sydney beat Carlton", "North Melbourne drew with Essendon") is a club, an organisation, even when the model reads it as a place or a person; the capitalised area words opening the sentence before it ("Greater Western" before "Sydney") are the club\'s name too. Place-like: the map knows the name (not as a weak reading), or it opens with an area word ("North", "West", "Greater", "Port"). A side facing a club across the verb is a club as well ("… beat Carlton", which the map does not know): clubs do not play people. People beat people in tennis, boxing and golf ("Djokovic beat Murray"): a name whose words the article writes inside another full person name ("Andy Murray"), a name the model reads as a person with 0.6 or more (one word, or facing a club), a known first name alone (unless a club faces it), a possessive ("beat Lampard\'s old side") and a name a rule decided are left. "Drew" counts only before "with" ("drew a crowd", "drew level"). A sentence that names a sport of players, sets or frames, or has two set scores in a row, names players, not sides, in a roundup with football too ("In boxing, Usyk beat Hrgovic on points": review ents31e, the test of sport.result-sides).',
    examples: [
      {
        text: 'North Melbourne drew with Essendon in a tight match on Saturday. The Kangaroos kicked the last goal of the game and won the next week 80-70.',
        expect: 'organization:North Melbourne | organization:Essendon | organization:Kangaroos',
      },
    ],
  },
  {
    id: 'sport.result-thing-beaten',
    value: [
      'them',
      'visitors',
      'hosts',
      'champions',
      'holders',
      'leaders',
      'favourites',
      'favorites',
      'rivals',
      'defending',
    ],
    reason:
      'Not only sides are beaten: "Greater Manchester beat the target for recycling", "Carlton beat expectations", "the firm beat forecasts". For sport.result-side-club, a subject with no name after the verb counts only when the words after it (past "the", "a", "an", "its", "their") are one of these words for a side, or not lowercase ("beat the Jets", "beat them 3-0", "beat the visitors"); a lowercase noun beaten is a target, a record or a forecast.',
    examples: [
      {
        text: 'The striker scored twice as the home side won 2-0 on Saturday. The goalkeeper made five saves in the match. Queensland beat the target for new homes last year, the government said.',
        expect: 'place:Queensland',
      },
    ],
  },
  {
    id: 'sport.club-area-word',
    value: [
      'north',
      'south',
      'east',
      'west',
      'northern',
      'southern',
      'eastern',
      'western',
      'greater',
      'central',
      'port',
      'upper',
      'lower',
    ],
    reason:
      'Clubs are named after areas as well as towns ("Greater Western Sydney", "West Coast", "North Melbourne", "Port Adelaide", "Western Bulldogs"), and the model often cuts the area word off the town or reads the pair as a person ("North Melbourne" person 0.83). For sport.result-side-club, a name opening with one of these words is place-like, and these words written with a capital right before the name, from the start of its sentence on, are read as part of the club\'s name ("Greater Western" before "Sydney"). Nothing else is joined: "On Saturday Sydney beat …", "Then Sydney beat …" keep their openings out.',
    examples: [
      {
        text: 'Greater Western Sydney beat Carlton by 22 points on Saturday night. Toby Greene kicked four goals, and the coach praised the defence after the game.',
        expect: 'organization:Greater Western Sydney | organization:Carlton | person:Toby Greene',
      },
    ],
  },
];
