/**
 * The weak-pattern texts of issue #9, sixth round (lexicon-gaps-37b.cases.ts), scored strictly
 * like the news batches. First sight 0.688 (66 right of 87 predicted, 105 gold); with the
 * no-score frames of sport.national-side-frame 0.760 (73 / 87 / 105); with the two- and
 * three-word countries of organisation.sport-body, five club prefixes and the titles "Adm." and
 * "PM" 0.823 (79 / 87 / 105). The titles were taken back at the merge (title words are features
 * of the committed model); with the other rows merged the same day, main reads 0.841 (82 / 90 /
 * 105). The floor is a little under 0.823.
 */
import { WEAK_PATTERN_CASES_37B } from './lexicon-gaps-37b.cases';
import { describeWeakPatternRound } from './weak-pattern-round.fixture';

describeWeakPatternRound({
  title:
    'weak patterns, sixth round (island lists, sides with no score, clubs and sport bodies, abbreviated titles, firms, datelines)',
  cases: WEAK_PATTERN_CASES_37B,
  floor: 0.81,
  // The changes make sides of countries and bodies of sport words: in the "keep" sentences (people
  // named like places in a list, towns in a list, a country as the place or the state in a sports
  // story, a sport word before a country, plural titles, two people joined by "and", a person named
  // like a firm, capitals opening a line) every name must come out as its gold says, and the one
  // that failed at first sight must make no false name but the one it made then.
  heldTitle: 'leave the sentences a fix must not touch as they are',
  // Keep texts the engine read wrong at first sight, before any change of this round, and still
  // does: "Sens." after "Reps. and" is the map's French town.
  knownKeepMisses: new Set(['keep plural titles with no name']),
  knownFalse: ['keep plural titles with no name: FP place:Sens@18'],
});
