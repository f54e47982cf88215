/**
 * The weak-pattern texts of issue #9, fifth round (lexicon-gaps-36b.cases.ts), scored strictly
 * like the news batches. First sight 0.756 (73 right of 95 predicted, 98 gold); with leftover rows
 * 12 (detect/leftover-rules-12.ts), the two-word nicknames of sport.nickname-result-sides and the
 * continent tail of organisation.and-complement 0.902 (87 / 95 / 98); with heads of a body in
 * person.name-then-person-apposition 0.912 (88 / 95 / 98). The floor is a little under that.
 */
import { WEAK_PATTERN_CASES_36B } from './lexicon-gaps-36b.cases';
import { describeWeakPatternRound } from './weak-pattern-round.fixture';

describeWeakPatternRound({
  title:
    'weak patterns, fifth round (national sides, Nordic names, short firms, bodies with and/for/in, given names, firms)',
  cases: WEAK_PATTERN_CASES_36B,
  floor: 0.9,
  // The rows make sides and bodies of names in frames: in the "keep" sentences (a country meaning
  // its government or the place in a sports story, places with Þ and ð, a firm ending in -son,
  // initials before a surname, two bodies or two people joined by "and", a town with a particle,
  // people named like firms) every name must come out as its gold says, and the two that failed
  // before this round must make no false name but the one they made then.
  heldTitle: 'leave the sentences a fix must not touch as they are',
  // Keep texts the engine read wrong at first sight, before any row of this round, and still does:
  // "Grindavík" after "the edge of" is left unread, and "PM Giorgia Meloni" is read as one body
  // (ents37b's "pm" title was taken back at the merge: title words are features of the model).
  knownKeepMisses: new Set(['keep places with thorn and eth', 'keep title before a name']),
  knownFalse: ['keep title before a name: FP organization:PM Giorgia Meloni@0'],
});
