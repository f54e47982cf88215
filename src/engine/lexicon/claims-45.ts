/**
 * Rows of claims45 (issue #9): the known faults left by stop 54 and claims batches 119 and 120
 * (results calls, obituaries, two governments' statements, quotations over two paragraphs,
 * transcripts). Each row is a pattern of English that holds in any news. Kept in a file of its own
 * so a merge with the other claims helpers is a union. claims-45.test.ts runs the examples through
 * the whole engine.
 */
import type { RuleRow } from './rule-row';

/**
 * Row claim.content.adjunct-only (extends the negated-cue guard, claim-words.ts NEGATED_CUE): a
 * verb of saying followed only by adverbs and a time or place adjunct has said nothing.
 */
export const ADJUNCT_ONLY_CONTENT: RuleRow<{
  prepositions: readonly string[];
  timeWords: readonly string[];
  occasions: readonly string[];
}> = {
  id: 'claim.content.adjunct-only',
  value: {
    // What opens each adjunct of the remainder, and what one of its words must be.
    prepositions: ['on', 'in', 'at', 'during', 'before', 'after', 'until', 'by', 'from', 'near', 'outside', 'ahead'],
    timeWords: [
      'yesterday',
      'today',
      'tonight',
      'earlier',
      'later',
      'last',
      'this',
      'next',
      'midnight',
      'noon',
      'morning',
      'afternoon',
      'evening',
      'night',
      'day',
      'days',
      'week',
      'weeks',
      'weekend',
      'month',
      'months',
      'year',
      'years',
      'hour',
      'hours',
      'minutes',
      'time',
      'moment',
      'dawn',
      'lunchtime',
    ],
    occasions: [
      'statement',
      'interview',
      'speech',
      'meeting',
      'conference',
      'briefing',
      'hearing',
      'rally',
      'event',
      'session',
      'debate',
      'summit',
      'ceremony',
      'trial',
      'inquiry',
      'court',
      'chamber',
      'parliament',
      'radio',
      'television',
      'podcast',
      'broadcast',
      'post',
      'letter',
      'filing',
      'note',
      'call',
      'appearance',
      'visit',
      'forum',
      'programme',
      'program',
      'show',
      'address',
      'news',
      'press',
      'city',
      'town',
      'village',
      'capital',
      'headquarters',
      'office',
    ],
  },
  reason:
    'A verb of saying with nothing after it ("The senator conceded.") is no claim, and a negated one followed by adverbs or a time adjunct ("has not commented publicly") is none either. An affirmative one followed only by an adverb in -ly and a short time or place adjunct ("The senator conceded shortly before midnight.", "The mayor testified on Tuesday.") took the adjunct as what was said, so the act of conceding became a claim (a known fault left by stop 54). Where nothing comes before the speaker and, after the verb, only adverbs in -ly and an adjunct of the kind a closing tag carries (claim.tail.adjunct-opener: six words at most, no "that", no clause word), outside quotation marks and with no colon, and when that remainder is wholly adjuncts of time, place or occasion — each opened by a preposition (on, in, at, before …) or a time word and holding a weekday, a month, a number, a time word, an occasion\'s noun (statement, interview, meeting, inquiry …) or a place\'s name ("on Tuesday", "in a statement", "at the inquiry on Tuesday") — nothing was said. A topic is no adjunct, but commenting on one says nothing either: "The company commented on the deal on Friday." is no claim by guard.comment-on (claims58f). A clause after the time ("said on Monday she would appeal"), "that", a quotation or a colon keeps the claim; so does content before the speaker ("The fares will rise, the agency said on Thursday."). The row reads a cue of one word only: a phrasal cue\'s "at" opens its target ("The coach hit back at his critics on Sunday.", row cue.phrasal.say).',
  examples: [
    { text: 'The senator conceded shortly before midnight.', expect: '' },
    { text: 'The mayor testified on Tuesday.', expect: '' },
    { text: 'The minister testified at the inquiry on Tuesday.', expect: '' },
    // Must keep: a clause after the adjunct, "that", content before the speaker, a quotation after a colon.
    { text: 'The senator said on Monday she would appeal the ruling.', expect: 'The senator' },
    { text: 'The senator conceded shortly before midnight that the race was lost.', expect: 'The senator' },
    { text: 'The fares will rise next spring, the transit agency said on Thursday.', expect: 'the transit agency' },
    { text: 'The senator said on Tuesday: "We lost, and we lost fairly."', expect: 'The senator' },
    // A topic before the time: no claim either, by guard.comment-on (claims58f, stop 58).
    { text: 'The company commented on the deal on Friday.', expect: '' },
    // Must keep: a phrasal cue, whose "at" opens its target, not a place (row cue.phrasal.say).
    { text: 'The coach hit back at his critics on Sunday.', expect: 'The coach' },
  ],
};

/**
 * Row speaker.appositive.names-body-of-role: "A lawyer for the developer, Castlegate Homes, told …"
 * — a name in apposition after a person's role "for" or "of" a body names the body, not the
 * speaker.
 */
export const APPOSITIVE_NAMES_BODY: RuleRow<{
  links: readonly string[];
  determiners: readonly string[];
  bodyWords: readonly string[];
}> = {
  id: 'speaker.appositive.names-body-of-role',
  value: {
    links: ['for', 'of'],
    determiners: ['the', 'its', 'their'],
    // Beside ORG_TAIL (inc, ltd, group, bank, council …): the body words of names in apposition.
    bodyWords: ['homes', 'air', 'estates', 'holdings', 'properties', 'developments', 'construction', 'builders'],
  },
  reason:
    'A capitalised segment between commas before the verb is read as the speaker named in apposition ("The NLC President, Joe Ajaero, told …"). After a person\'s role "for" or "of" a body written as a common noun ("A lawyer for the developer, Castlegate Homes, told the court …", "A spokesman for the airline, Skyway Air, said …") the name in apposition is the body\'s: the speaker is the lawyer, not the developer (a known fault left by stop 54, batch 117). When the subject is an article, one or two lowercase words ending in a person\'s role (PERSON_DESCRIPTORS: lawyer, spokeswoman, director …), "for" or "of", "the"/"its"/"their" and one or two lowercase words up to the comma, and the name in apposition carries a body\'s evidence, the speaker is the description. The evidence is a body word in the name (ORG_TAIL: Inc, Ltd, Group, Bank, Council …; or Homes, Air, Estates …), a known organisation\'s name, or a place mention; failing those, two capitalised words are the person ("A spokesman for the firm, Jarrah Kowalczyk, said", where the mention layer had typed the name an organisation from the role before it), and other names count as the body\'s when the mention layer typed them another kind than a person\'s (or no mention covers them and their first word is no given name). A person in apposition ("A spokesman for the company, Tom Reyes, said") is the speaker as before, and so is a body after a role that is no person\'s ("The owner of the site, Harbour Estates, said").',
  examples: [
    {
      text: 'A lawyer for the developer, Castlegate Homes, told the court that the scheme had full planning permission.',
      expect: 'A lawyer for the developer',
    },
    {
      text: 'A spokesman for the airline, Skyway Air, said the flights would resume.',
      expect: 'A spokesman for the airline',
    },
    // Must leave: a person in apposition; a role that is no person's.
    { text: 'A spokesman for the company, Tom Reyes, said the homes would be built.', expect: 'Tom Reyes' },
    // Must leave: two capitalised words with no body's evidence are the person, even when typed an organisation.
    { text: 'A spokesman for the firm, Jarrah Kowalczyk, said the plant would stay open.', expect: 'Jarrah Kowalczyk' },
    { text: 'A spokeswoman for the council, Siosaia Tupou, said the road would reopen.', expect: 'Siosaia Tupou' },
    { text: 'The owner of the site, Harbour Estates, said it would appeal.', expect: 'Harbour Estates' },
  ],
};

/**
 * Row speaker.description.look-ahead.own-title (narrows speaker.description.look-ahead.same-description,
 * claims-43): a description nobody holds yet goes to a person named in the next sentences only
 * when it is that person's own title, not when the sentence merely mentions it.
 */
export const LOOK_AHEAD_OWN_TITLE: RuleRow<boolean> = {
  id: 'speaker.description.look-ahead.own-title',
  value: true,
  reason:
    'Row speaker.description.look-ahead.same-description gives a description nobody holds yet ("The mayor said the lanes would stay.") to the person named in the next two sentences when that sentence repeats the description. It took any place in the sentence: "Later, council member Ray Oduya, who criticised the mayor, said …" gave the mayor\'s words to Ray Oduya, who only spoke of the mayor (a known fault left by stop 54). As row speaker.description.look-ahead.other-order already asks of the other order, the description counts only as the person\'s own title: right before the name, with or without a comma ("Mayor Ann Moss said", "The leader of the council, Ann Moss, is new"), or in apposition right after it ("Ann Moss, the leader of the council, said").',
  examples: [
    {
      text: 'The mayor said the lanes would stay. Later, council member Ray Oduya, who criticised the mayor, said the lanes had cost shops dearly.',
      expect: 'mayor',
    },
    {
      text: 'The mayor said the lanes would stay. Council member Ray Oduya said the mayor had ignored the shops.',
      expect: 'mayor',
    },
    // The examples give the first claim's resolved name (claimsOf's `name`), not its speaker text.
    // Must keep: the description as the person's own title, before the name or after it.
    {
      text: 'The mayor said the lanes would stay. Mayor Ann Moss told reporters that the shops would adapt.',
      expect: 'Ann Moss',
    },
    {
      text: 'The leader of the council said the bridge would close for a year. Ann Moss, the leader of the council, told reporters that repairs would start in May.',
      expect: 'Ann Moss',
    },
  ],
};

/**
 * Row speaker.subject.coordinated-roles: "The mayor and her deputy said …", "The mayor, who was
 * elected in 2019, and her deputy said …" — two descriptions joined by "and" are one subject,
 * past a relative aside on the first.
 */
export const COORDINATED_ROLES: RuleRow<{
  determiners: readonly string[];
  relatives: readonly string[];
  asideWords: number;
}> = {
  id: 'speaker.subject.coordinated-roles',
  value: {
    determiners: ['the', 'a', 'an', 'her', 'his', 'its', 'their', 'our', 'my', 'your'],
    // Shared with row speaker.subject.after-coordinated-clause (claims/coordinated-clause.ts).
    relatives: ['who', 'which', 'whose', 'whom'],
    asideWords: 12,
  },
  reason:
    'The subject before a verb of saying was walked back over "and" only between capitalised names ("Paris and Berlin also assume") or a short plural, so "The mayor and her deputy said that the town hall would close" and "The mayor, who was elected in 2019, and her deputy said that …" gave "her deputy" alone (a known fault left by stop 54). The batches\' convention for coordinated speakers is the whole coordination, or one of its members ("Ray and Donna Kowalski", "the mayor and her deputy" in row cue.infinitive.prompted-object.clause-stop). When the phrase before the verb opens with a determiner or possessive right after "and", and before "and" (or before a relative aside set off by commas, "who was elected in 2019", of at most twelve words) stands a description that opens the sentence — a determiner or possessive and one or two words, the last a person\'s or a body\'s noun (PERSON_DESCRIPTORS, ORG_DESCRIPTORS) — the subject is the whole coordination, written as it stands; its name leaves the aside out ("mayor and her deputy" for both sentences). The relative words (who, which, whose, whom) are also those of row speaker.subject.after-coordinated-clause. A noun that is no description ("The price rose and the company said") or a clause before "and" is left as before.',
  examples: [
    {
      text: 'The mayor, who was elected in 2019, and her deputy said that the town hall would close in May.',
      expect: 'The mayor, who was elected in 2019, and her deputy',
    },
    // The name, without the aside (its `name`; the speaker text stays as written).
    {
      text: 'The mayor, who was elected in 2019, and her deputy said that the town hall would close in May.',
      expect: 'mayor and her deputy',
    },
    {
      text: 'The mayor, whom voters elected in 2019, and her deputy said that the town hall would close in May.',
      expect: 'mayor and her deputy',
    },
    {
      text: 'The mayor and her deputy said that the town hall would close in May.',
      expect: 'The mayor and her deputy',
    },
    // Must leave: a clause before "and"; a noun that is no description.
    { text: 'Prices rose and the company said that demand was weak.', expect: 'the company' },
    { text: 'The price of steel rose and the company said that demand was weak.', expect: 'the company' },
  ],
};
