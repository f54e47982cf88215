/**
 * Rows of claims46f (issue #9: claims in writing we did not invent). Found on the claims folds'
 * study folds (GUM's interviews, biographies, court hearings) and by probing the same shapes on
 * news sentences of our own; each row is a pattern of English that holds in any news. Kept in a
 * file of its own so a merge with the other claims helpers (claims46 writes claims-46.ts) is a
 * union. claims-46f.test.ts runs the examples through the whole engine.
 */
import type { RuleRow } from './rule-row';

/**
 * Row speaker.subject.opening-adjunct-no-comma (extends speaker.determiner-start, which reads the
 * adjuncts that row speaker.not-subject strips): "After the match the coach said …", "Before the
 * vote Senator Ann Reyes said …", "At the meeting residents said …", "When the plant closed many
 * workers believed that …" — an opening adjunct or clause written without its comma is no part
 * of the subject.
 */
export const OPENING_ADJUNCT_NO_COMMA: RuleRow<{
  /** Opening words at which the leftward subject search stops (speaker.subject.left-stop). */
  openers: readonly string[];
  /** Sentence-opening words an opener may follow ("But after the vote …"); a comma may too. */
  beforeOpener: readonly string[];
  /**
   * Words after which a determiner or a name continues the phrase before ("the death of the king",
   * "Ford and General Motors"); a determiner before a name does too ("the Fed meeting").
   */
  prepositions: readonly string[];
  /** Quantifiers kept before a bare plural of people ("many workers", "most analysts"). */
  quantifiers: readonly string[];
  /**
   * Lowercase modifiers kept before a bare plural of people ("local party officials", "union
   * leaders"), besides the title modifiers ("senior", "state", "federal") and the heads of bodies
   * ("party", "union", "police") of lexicon/words.ts (claims57f).
   */
  modifiers: readonly string[];
  /**
   * Words that close an absolute phrase after "With" ("With the season over the manager said"):
   * there a determiner after them opens the subject, though they are prepositions elsewhere (claims57f).
   */
  withParticles: readonly string[];
}> = {
  id: 'speaker.subject.opening-adjunct-no-comma',
  value: {
    openers: ['after', 'before', 'since', 'when', 'while', 'as', 'because', 'although', 'though', 'once'],
    beforeOpener: ['but', 'and', 'yet', 'so', 'then'],
    prepositions: [
      'of',
      'for',
      'with',
      'to',
      'in',
      'on',
      'at',
      'from',
      'by',
      'between',
      'among',
      'against',
      'over',
      // claims57f: "When asked about the deal the spokesman said".
      'about',
      'into',
      'under',
      'through',
      'across',
      'near',
      'without',
      'within',
      'around',
      'behind',
      'toward',
      'towards',
      'upon',
      'amid',
      'like',
      'outside',
      'inside',
      'beyond',
      'beside',
      'and',
      'or',
      'nor',
      '&',
    ],
    quantifiers: ['many', 'most', 'some', 'several', 'few', 'all', 'both', 'other'],
    modifiers: [
      'local',
      'regional',
      'provincial',
      'municipal',
      'top',
      'western',
      'eastern',
      'northern',
      'southern',
      'city',
      'county',
      'town',
      'village',
      'school',
    ],
    withParticles: ['over', 'in', 'on', 'out', 'behind', 'down', 'up'],
  },
  reason:
    'Wire copy often leaves out the comma after a short opening phrase or clause ("After the match the coach said his players were tired", "Before the vote the senator said she would oppose the bill", "At the meeting residents said the road was dangerous"; a study-fold letter: "when these bills were introduced most Congressmen felt that …"). The subject search walks left from the cue and stops at "after", "before", "since", "when" (speaker.subject.left-stop), so the adjunct\'s own noun phrase was read as part of the subject: the speaker was "match the coach", "the vote the senator", "the meeting residents", "the plant". Row speaker.determiner-start already starts the subject at its last determiner after "During …" or "At …", which breaks when the subject has none ("residents") or holds a preposition ("the head of the union"). Now, after such an opener at the start of the sentence, the subject starts at the first determiner or name that follows the adjunct\'s noun (not one right after a preposition: "the death of the king the council said" gives "the council"), else at a plural of people that ends the phrase ("residents", "many workers", with a quantifier before it). A subject with one determiner and nothing after it ("When the minister said …") is unchanged. Mends of claims57f (left by stop 56\'s review): a plural keeps its own modifiers, lowercase ones of a body or a rank ("During the strike union leaders", "After the election local party officials", "On Monday senior Chinese officials"; the adjunct keeps the word it ends in, so "After the local residents said" is whole) and a capital after a name the text reads ("In Brussels EU officials" gave "officials"); "about", "outside" and the other prepositions govern their object ("When asked about the deal the spokesman" gave "the deal the spokesman"); and an absolute phrase after "With" closes at its particle, so the last phrase-opening determiner or name is the subject\'s ("With the season over the manager" gave "the season over the manager").',
  examples: [
    { text: 'After the match the coach said his players were tired.', expect: 'the coach' },
    { text: 'Before the vote the senator said she would oppose the bill.', expect: 'the senator' },
    { text: 'After the vote most analysts said that the result was a surprise.', expect: 'most analysts' },
    { text: 'At the meeting residents said the road was dangerous.', expect: 'residents' },
    {
      text: 'When the plant closed many workers believed that the jobs would never return.',
      expect: 'many workers',
    },
    { text: 'After the death of the king the council said the funeral would be on Friday.', expect: 'the council' },
    { text: 'After the meeting the head of the union said talks would resume.', expect: 'the head of the union' },
    { text: 'On Tuesday the head of the union said talks would resume.', expect: 'the head of the union' },
    { text: 'After months of talks negotiators said a deal was close.', expect: 'negotiators' },
    { text: 'But after the vote the senator said she was disappointed.', expect: 'the senator' },
    {
      text: 'On the other hand, when the bills were introduced most lawmakers felt that no new law could pass.',
      expect: 'most lawmakers',
    },
    {
      text: 'Before the Fed meeting Goldman Sachs analysts said rates would stay on hold.',
      expect: 'Goldman Sachs analysts',
    },
    { text: 'When the results came in most Democrats said the party had done well.', expect: 'most Democrats' },
    // claims57f (left by stop 56's review): a plural keeps its modifiers, "about" governs its
    // object, an absolute "With …" phrase closes at its particle.
    { text: 'In Brussels EU officials said the talks would continue.', expect: 'EU officials' },
    { text: 'In Washington Republican senators said the bill would fail.', expect: 'Republican senators' },
    { text: 'During the strike union leaders said pay was the only issue.', expect: 'union leaders' },
    { text: 'After the election local party officials said turnout was low.', expect: 'local party officials' },
    { text: 'On Monday senior Chinese officials said growth would slow.', expect: 'senior Chinese officials' },
    { text: 'When asked about the deal the spokesman said it was fair.', expect: 'the spokesman' },
    { text: 'With the season over the manager said he would rest his players.', expect: 'the manager' },
    { text: 'With talks on the budget stalled the union said it would strike.', expect: 'the union' },
    // Must leave: one noun phrase after the opener is the subject itself.
    {
      text: "As the National Association of Black County Officials writes, 'The law changed little.'",
      expect: 'the National Association of Black County Officials',
    },
    {
      text: 'When Ford and General Motors said they would cut jobs, the union called a strike.',
      expect: 'Ford and General Motors',
    },
    { text: 'When the minister said the plan had failed, the markets fell.', expect: 'the minister' },
    {
      text: "Because the company's lawyers said the deal was legal, the board approved it.",
      expect: "the company's lawyers",
    },
    { text: 'During the long meeting the minister said the border would reopen.', expect: 'the minister' },
    { text: 'In a statement the company said it would appeal.', expect: 'the company' },
    { text: 'When the local residents said the road was unsafe, the council listened.', expect: 'the local residents' },
    { text: 'After the vote Senator Ann Reyes said she was disappointed.', expect: 'Senator Ann Reyes' },
    { text: 'When the local residents said the road was unsafe, the mayor agreed.', expect: 'the local residents' },
    { text: 'After a long trial federal prosecutors said they would appeal.', expect: 'federal prosecutors' },
    { text: 'At the council meeting residents said the road was dangerous.', expect: 'residents' },
    {
      text: 'After the win over Chelsea the Arsenal captain said the title race was open.',
      expect: 'the Arsenal captain',
    },
  ],
};
