/**
 * Rules from the blind entity batches 59 and 60 (4 Dec 2026, helper ents30a, issue #9; rows in
 * lexicon/blind-news-20.ts). applyNameRules calls `applyBlindNewsRows20` after the last rows, so
 * these read the names every earlier rule decided. Each rule starts from the tokens of its own
 * words.
 * - sport.nordic-club-prefix: "[IFK Norrköping]" read as a person, then "[Norrköping]" alone.
 * - sport.result-sides: "[Djurgården] beat [Mjällby] 1-0", "went top of [Allsvenskan]".
 * - place.state-outside-sport: "a [West Virginia] law" in a court story the sports reading counts.
 * - place.pair-before-plural-kind: "the Hoima and [Kikuube] districts".
 * - place.constituency-after-member: "Its MP for [Buhaguzi], …".
 * - place.kind-of-modified: "the fishing town of [Grindavík]".
 * - organisation.romance-trade-last: "[Mentu Consultores]", "[Itaipu Binacional]".
 * - organisation.airline-tail: "A [Cambodia Angkor Air] flight".
 * - organisation.known-in-language-as: "The office, known in Icelandic as [Veðurstofa Íslands]".
 * - organisation.heritage-designation: "a [UNESCO] World Heritage Site".
 * - organisation.party-after-stance: "The opposition [National Unity Platform] ([NUP])".
 * - place.known-with-particle: "in [Foz do Iguaçu]" cut to "Iguaçu".
 * - organisation.bracket-acronym-late: "the Museo … de Oaxaca ([MACO])" after a late row.
 * - person.role-of-place-apposition: "The mayor of Hajnówka, [Jarosław Dziedzic], said".
 */
import { Kind } from '../tokenize/tokenize';
import { SET_WON_GAMES, setScoresAt } from './fold-rules-15';
import { givenName } from './blind-rules-14';
import { playersMatch } from './players-match';
import { isDemonym, lower, placeLookup, spanText, tokensOf, word, type Ctx } from '../context';
import {
  AIRLINE_TAIL_ROW,
  CLUB_PREFIX_ROW,
  CONSTITUENCY_ROW,
  HERITAGE_DESIGNATION_ROW,
  KIND_OF_MODIFIED_ROW,
  KNOWN_IN_LANGUAGE_ROW,
  KNOWN_PARTICLE_PLACE_ROW,
  LATE_ACRONYM_ROW,
  PAIR_BEFORE_KINDS_ROW,
  PARTY_AFTER_STANCE_ROW,
  RESULT_SIDES_ROW,
  ROLE_OF_PLACE_ROW,
  STATE_OUTSIDE_SPORT_ROW,
  TRADE_LAST_ROW,
} from '../lexicon/blind-news-20';
import { BLIND_NEWS_ROWS_5 } from '../lexicon/blind-news-5';
import { APPOSITION_ROWS, KNOWN_ORG_NAMES, SPORT_WORDS } from '../lexicon/names';
import { lowerSetOf, rowNamed } from '../lexicon/rule-row';
import { ARTICLES, PERSON_DESCRIPTORS } from '../lexicon/words';
import {
  ACRONYM,
  CLOSE_PAREN,
  COMMA,
  OPEN_PAREN,
  ORG,
  abbreviates,
  capitalisedOnLineAfterStart,
  isOneChar,
  opensLine,
  initials,
  PERSON,
  PLACE,
  SpanTexts,
  exactFormMarks,
  formMarks,
  isCapWord,
  isLowerWord,
  type NamedSpan,
  type Names,
  isPlainWord,
  modelReadExactly,
} from './named-spans';
import { SCORE, SportsReading, isSportsReport } from './sport-sentences';

/** A reading the model is this sure of is left alone. */
const SURE = 0.8;
/** A side half-read as a person or a place: below this, the result slot decides. */
const HALF = 0.5;

export function applyBlindNewsRows20(ctx: Ctx, out: Names): void {
  const sports = new SportsReading(ctx);
  clubPrefixes(ctx, out, sports);
  resultSides(ctx, out, sports);
  statesOutsideSport(ctx, out);
  pairsBeforeKinds(ctx, out);
  constituencies(ctx, out);
  kindsOfModified(ctx, out);
  tradesLast(ctx, out);
  airlineTails(ctx, out);
  namesKnownInLanguage(ctx, out, BODIES, ORG, KNOWN_IN_LANGUAGE_ROW.id);
  heritageDesignations(ctx, out);
  partiesAfterStance(ctx, out);
  knownParticlePlaces(ctx, out);
  lateAcronyms(ctx, out);
  rolesOfPlace(ctx, out);
}

/** Punctuation, or past the last token (unlike isPunctChar, any mark, and the text's end counts). */
const punctOrEnd = (ctx: Ctx, i: number) => i >= ctx.t.count || ctx.t.kind[i] === Kind.Punct;
/** A word the language writes in lowercase too ("Health", "Acre"). */
/** Nothing read over [a, b). */
function unread(out: Names, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (out.at(i)) return false;
  return true;
}
const LOCATIVES = lowerSetOf(['in', 'at', 'from', 'near', 'into', 'outside', 'around', 'across']);

// --- sport.nordic-club-prefix ------------------------------------------------------------------------

const PREFIXES = new Set(CLUB_PREFIX_ROW.value.prefixes);
const TRAVELS = lowerSetOf(CLUB_PREFIX_ROW.value.travels);
const CIVIC = lowerSetOf(CLUB_PREFIX_ROW.value.civic);
const HOMEWARD = lowerSetOf(['back', 'home']);

/** The town itself, not its club: where a team travels to, or the owner of the town's own people or bodies. */
function townItself(ctx: Ctx, a: number, b: number): boolean {
  if (isLowerWord(ctx, a - 1) && LOCATIVES.has(lower(ctx, a - 1))) return true;
  if (isLowerWord(ctx, a - 1) && (lower(ctx, a - 1) === 'to' || lower(ctx, a - 1) === 'into')) {
    const v = HOMEWARD.has(lower(ctx, a - 2)) ? a - 3 : a - 2;
    if (isLowerWord(ctx, v) && TRAVELS.has(lower(ctx, v))) return true;
  }
  return b < ctx.t.count && ctx.t.kind[b] === Kind.Poss && isLowerWord(ctx, b + 1) && CIVIC.has(lower(ctx, b + 1));
}

/** sport.nordic-club-prefix: see the row. */
function clubPrefixes(ctx: Ctx, out: Names, sports: SportsReading): void {
  if (sports.ruledOut) return;
  const hits = tokensOf(ctx, exactFormMarks(ctx, PREFIXES));
  if (!hits.length || !sports.yes) return;
  const tails = new Set<string>();
  for (let k = 0; k < hits.length; k++) {
    const p = hits[k];
    if (!capitalisedOnLineAfterStart(ctx, p + 1) || (capitalisedOnLineAfterStart(ctx, p) && isCapWord(ctx, p - 1)))
      continue;
    const b = capitalisedOnLineAfterStart(ctx, p + 2) ? p + 3 : p + 2;
    if (capitalisedOnLineAfterStart(ctx, b)) continue;
    let free = true;
    for (let i = p; i < b && free; i++) {
      const n = out.at(i);
      free = !n || (n.a >= p && n.b <= b && !(n.rule && n.type !== ORG));
    }
    if (!free) continue;
    const same = out.at(p);
    if (!(same && same.a === p && same.b === b && same.type === ORG))
      out.put(p, b, ORG, CLUB_PREFIX_ROW.id, undefined, same ?? out.at(p + 1));
    tails.add(spanText(ctx, p + 1, b));
  }
  if (!tails.size) return;
  const alive = out.alive();
  const puts: NamedSpan[] = [];
  for (let x = 0; x < alive.length; x++) {
    const n = alive[x];
    if ((n.type !== PERSON && n.type !== PLACE) || n.rule || !tails.has(spanText(ctx, n.a, n.b))) continue;
    if (townItself(ctx, n.a, n.b)) continue;
    puts.push(n);
  }
  for (const n of puts) out.put(n.a, n.b, ORG, CLUB_PREFIX_ROW.id, undefined, n);
}

// --- sport.result-sides -----------------------------------------------------------------------

const WINS = lowerSetOf(RESULT_SIDES_ROW.value.wins);
const RESULTS = lowerSetOf(RESULT_SIDES_ROW.value.results);
const STANDINGS = lowerSetOf(RESULT_SIDES_ROW.value.standings);
const TEAM_WORDS = lowerSetOf(RESULT_SIDES_ROW.value.teamWords);
const SLOT_VERBS = new Set([...WINS, ...RESULTS]);

/** sport.result-sides: see the row. */
function resultSides(ctx: Ctx, out: Names, sports: SportsReading): void {
  if (sports.ruledOut) return;
  const verbs = tokensOf(ctx, formMarks(ctx, SLOT_VERBS));
  const standings = tokensOf(ctx, formMarks(ctx, STANDINGS));
  if ((!verbs.length && !standings.length) || !sports.yes) return;
  if (!tokensOf(ctx, formMarks(ctx, TEAM_WORDS)).length) return;
  // Words the document names as part of a person with a given name ("Jannik Sinner").
  const personWords = new Set<string>();
  const alive = out.alive();
  for (let x = 0; x < alive.length; x++) {
    const n = alive[x];
    if (n.type === PERSON && n.b - n.a > 1 && givenName(ctx, n.a))
      for (let i = n.a + 1; i < n.b; i++) personWords.add(word(ctx, i));
  }
  const side = (i: number): boolean => {
    // A side may open its paragraph ("Djurgården beat Mjällby 1-0"), but not sit in a longer run.
    if (
      i < 0 ||
      !isCapWord(ctx, i) ||
      capitalisedOnLineAfterStart(ctx, i + 1) ||
      (!opensLine(ctx, i) && isCapWord(ctx, i - 1))
    )
      return false;
    if (givenName(ctx, i) || isPlainWord(ctx, i) || personWords.has(word(ctx, i))) return false;
    // A place the map knows is left to the town rows (sport.place-team and the others).
    if (placeLookup(ctx, word(ctx, i))) return false;
    const n = out.at(i);
    return !n || !!modelReadExactly(out, i, i + 1, HALF, [PERSON, PLACE]);
  };
  const withScore = (i: number): boolean => {
    const k = ctx.s.of[i];
    return SCORE.test(ctx.text.slice(ctx.t.start[ctx.s.first[k]], ctx.t.end[ctx.s.last[k] - 1]));
  };
  const takes: number[] = [];
  // "Federer beat Nadal 6-4, 6-3": set scores after the (one- or two-word) object make a match of players.
  const setsAfter = (v: number): boolean =>
    setScoresAt(ctx, v + 2, SET_WON_GAMES) || setScoresAt(ctx, v + 3, SET_WON_GAMES);
  for (let k = 0; k < verbs.length; k++) {
    const v = verbs[k];
    if (!isLowerWord(ctx, v) || !withScore(v) || setsAfter(v) || playersMatch(ctx, v)) continue;
    if (side(v - 1)) takes.push(v - 1);
    if (WINS.has(lower(ctx, v)) && side(v + 1)) takes.push(v + 1);
  }
  for (let k = 0; k < standings.length; k++) {
    const v = standings[k];
    if (isLowerWord(ctx, v) && lower(ctx, v + 1) === 'of' && side(v + 2)) takes.push(v + 2);
  }
  for (const i of takes) out.put(i, i + 1, ORG, RESULT_SIDES_ROW.id, undefined, out.at(i));
}

// --- place.state-outside-sport ----------------------------------------------------------------

const STATES = new SpanTexts(rowNamed(BLIND_NEWS_ROWS_5, 'place.subnational-state').value as readonly string[]);
const SPORT_WORD_SET = new Set(SPORT_WORDS);

/** place.state-outside-sport: see the row. */
function statesOutsideSport(ctx: Ctx, out: Names): void {
  const alive = out.alive();
  const states: NamedSpan[] = [];
  for (let x = 0; x < alive.length; x++) {
    const n = alive[x];
    if (n.type === ORG && !n.rule && n.b - n.a <= 3 && n.probs[ORG] < SURE && STATES.has(ctx, n.a, n.b)) states.push(n);
  }
  // Only where place.subnational-state stood back: a sports report.
  if (!states.length || !isSportsReport(ctx)) return;
  const sportSentence = (k: number): boolean => {
    for (let i = ctx.s.first[k]; i < ctx.s.last[k]; i++) if (SPORT_WORD_SET.has(lower(ctx, i))) return true;
    return SCORE.test(ctx.text.slice(ctx.t.start[ctx.s.first[k]], ctx.t.end[ctx.s.last[k] - 1]));
  };
  const texts = new Set(states.map((n) => spanText(ctx, n.a, n.b)));
  for (const text of texts) {
    const same = alive.filter((m) => spanText(ctx, m.a, m.b) === text);
    if (same.some((m) => sportSentence(ctx.s.of[m.a]))) continue;
    for (const n of states)
      if (spanText(ctx, n.a, n.b) === text) out.put(n.a, n.b, PLACE, STATE_OUTSIDE_SPORT_ROW.id, undefined, n);
  }
}

// --- place.pair-before-plural-kind ------------------------------------------------------------

const PLURAL_KINDS = lowerSetOf(PAIR_BEFORE_KINDS_ROW.value.kinds);

/** place.pair-before-plural-kind: see the row. */
function pairsBeforeKinds(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, PLURAL_KINDS));
  const puts: [number, NamedSpan | undefined][] = [];
  for (let k = 0; k < hits.length; k++) {
    const v = hits[k];
    const a = v - 3;
    if (!isLowerWord(ctx, v) || a < 1 || lower(ctx, a + 1) !== 'and' || !isLowerWord(ctx, a + 1)) continue;
    if (
      !capitalisedOnLineAfterStart(ctx, a) ||
      !capitalisedOnLineAfterStart(ctx, a + 2) ||
      capitalisedOnLineAfterStart(ctx, a - 1) ||
      !isLowerWord(ctx, a - 1)
    )
      continue;
    const pair = [a, a + 2];
    const isPlaceAt = (i: number) => {
      const n = out.at(i);
      return !!n && n.type === PLACE && n.a === i && n.b === i + 1;
    };
    const ok = pair.every((i) => {
      // "the Nordic and Baltic states", "the Catholic and Protestant parishes": adjectives of a
      // people or a faith (review ents31b).
      if (isDemonym(ctx, word(ctx, i))) return false;
      const n = out.at(i);
      if (isPlaceAt(i)) return true;
      if (KNOWN_ORG_NAMES.has(lower(ctx, i))) return false;
      // "the Atlanta and Savannah markets": a given name the map knows beside a place is the place (the lead, stop 51).
      if (givenName(ctx, i) && !(placeLookup(ctx, word(ctx, i)) && isPlaceAt(i === a ? a + 2 : a))) return false;
      return n ? !!modelReadExactly(out, i, i + 1, SURE, [PERSON, ORG]) : !isPlainWord(ctx, i);
    });
    if (!ok) continue;
    // Both, even a place the model read already: a rule's place keeps its type against the
    // document's other readings ("families in Kikuube" half-read as a person).
    for (const i of pair) {
      const n = out.at(i);
      if (!n || !n.rule) puts.push([i, n]);
    }
  }
  for (const [i, n] of puts) out.put(i, i + 1, PLACE, PAIR_BEFORE_KINDS_ROW.id, undefined, n);
}

// --- place.constituency-after-member ----------------------------------------------------------

const MEMBERS = lowerSetOf(CONSTITUENCY_ROW.value.members);

/** place.constituency-after-member: see the row. */
function constituencies(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, MEMBERS));
  const puts: [number, number, NamedSpan | undefined][] = [];
  for (let k = 0; k < hits.length; k++) {
    const m = hits[k];
    // "MP", "MLA" in capitals: the lowercase word "ms" is no member.
    if (!/^[A-Z]{2,}s?$/.test(word(ctx, m)) || lower(ctx, m + 1) !== 'for' || !isLowerWord(ctx, m + 1)) continue;
    const a = m + 2;
    if (!capitalisedOnLineAfterStart(ctx, a)) continue;
    const b = capitalisedOnLineAfterStart(ctx, a + 1) ? a + 2 : a + 1;
    // Up to a comma or the sentence's end: "the MP for Health questions" is no seat.
    if (capitalisedOnLineAfterStart(ctx, b) || !punctOrEnd(ctx, b)) continue;
    if (givenName(ctx, a) || isPlainWord(ctx, a)) continue;
    const n = out.at(a);
    if (n) {
      if (modelReadExactly(out, a, b, SURE, [PERSON])) puts.push([a, b, n]);
    } else if (unread(out, a, b)) puts.push([a, b, undefined]);
  }
  for (const [a, b, n] of puts) out.put(a, b, PLACE, CONSTITUENCY_ROW.id, undefined, n);
}

// --- place.kind-of-modified -------------------------------------------------------------------

const MODIFIERS = lowerSetOf(KIND_OF_MODIFIED_ROW.value.modifiers);
const PLACE_KINDS = lowerSetOf(rowNamed(APPOSITION_ROWS, 'apposition.place-of').value as readonly string[]);

/** Kinds of place that follow only a people's word: "the Indian state of Kerala" (ents38a). */
const PEOPLE_KINDS = lowerSetOf(KIND_OF_MODIFIED_ROW.value.peopleKinds);

/** A capitalised people's word ("Chinese", "Indian") at `i`, after "the". */
const theDemonym = (ctx: Ctx, i: number) =>
  isCapWord(ctx, i) && isDemonym(ctx, word(ctx, i)) && lower(ctx, i - 1) === 'the' && isLowerWord(ctx, i - 1);

/**
 * The token where the name starts when a kind of place at `k` is modified (see the row), or -1:
 * "the fishing town of", "the Chinese border town of", "the Indian state of".
 */
function modifiedKindName(ctx: Ctx, k: number): number {
  if (!isLowerWord(ctx, k) || lower(ctx, k + 1) !== 'of') return -1;
  const kind = lower(ctx, k);
  const m = k - 1;
  if (PLACE_KINDS.has(kind) && isLowerWord(ctx, m) && MODIFIERS.has(lower(ctx, m))) {
    if (lower(ctx, m - 1) === 'the' && isLowerWord(ctx, m - 1)) return k + 2;
    if (theDemonym(ctx, m - 1)) return k + 2;
    return -1;
  }
  // "the Danish island of Funen" with no modifier: the training set's convention marks the whole
  // phrase, so only the kinds that need a people's word are taken without a modifier.
  return PEOPLE_KINDS.has(kind) && theDemonym(ctx, m) ? k + 2 : -1;
}

const ALL_KINDS = new Set([...PLACE_KINDS, ...PEOPLE_KINDS]);

/** place.kind-of-modified: see the row. */
function kindsOfModified(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, ALL_KINDS));
  const puts: [number, NamedSpan | undefined][] = [];
  for (let x = 0; x < hits.length; x++) {
    const a = modifiedKindName(ctx, hits[x]);
    if (a < 0) continue;
    if (!capitalisedOnLineAfterStart(ctx, a) || capitalisedOnLineAfterStart(ctx, a + 1) || givenName(ctx, a)) continue;
    const n = out.at(a);
    if (n) {
      if (modelReadExactly(out, a, a + 1, SURE, [PERSON, ORG])) puts.push([a, n]);
    } else if (!isPlainWord(ctx, a)) puts.push([a, undefined]);
  }
  for (const [a, n] of puts) out.put(a, a + 1, PLACE, KIND_OF_MODIFIED_ROW.id, undefined, n);
}

// --- organisation.romance-trade-last ----------------------------------------------------------

const TRADE_TAILS = new Set(TRADE_LAST_ROW.value.tails);
/** The trade word says more than the model: only a person it is this sure of is left. */
const TRADE_SURE = 0.9;

/** organisation.romance-trade-last: see the row. */
function tradesLast(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, TRADE_TAILS));
  const puts: NamedSpan[] = [];
  for (let k = 0; k < hits.length; k++) {
    const n = out.at(hits[k]);
    if (!n || n.b !== hits[k] + 1 || n.b - n.a < 2) continue;
    if (modelReadExactly(out, n.a, n.b, TRADE_SURE, [PERSON, PLACE])) puts.push(n);
  }
  for (const n of puts) out.put(n.a, n.b, ORG, TRADE_LAST_ROW.id, undefined, n);
}

// --- organisation.airline-tail ----------------------------------------------------------------

const AIRLINE_TAILS = new Set(AIRLINE_TAIL_ROW.value.tails);
const AIR_WORDS = lowerSetOf(AIRLINE_TAIL_ROW.value.airWords);
/** A product's camel-case name ("MacBook", "PowerBook"): a lowercase letter, then a capital. */
const CAMEL_CASE = /[a-z][A-Z]/;

/** "Fresh Air", "Open Air", "MacBook Air": "Air" that names no airline (review ents31b). */
function airOfNoAirline(ctx: Ctx, h: number): boolean {
  if (word(ctx, h) !== 'Air') return false;
  return AIR_WORDS.has(lower(ctx, h - 1)) || CAMEL_CASE.test(word(ctx, h - 1));
}

/** organisation.airline-tail: see the row. */
function airlineTails(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, AIRLINE_TAILS));
  const puts: [number, number][] = [];
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k];
    if (
      !capitalisedOnLineAfterStart(ctx, h) ||
      capitalisedOnLineAfterStart(ctx, h + 1) ||
      !(isLowerWord(ctx, h + 1) || punctOrEnd(ctx, h + 1))
    )
      continue;
    if (airOfNoAirline(ctx, h)) continue;
    let a = h;
    while (
      a - 1 >= 0 &&
      capitalisedOnLineAfterStart(ctx, a) &&
      isCapWord(ctx, a - 1) &&
      h - a < 3 &&
      ctx.s.first[ctx.s.of[a]] !== a
    )
      a--;
    if (a === h || (capitalisedOnLineAfterStart(ctx, a) && isCapWord(ctx, a - 1))) continue;
    // An article opening the sentence is no part of the name.
    if (ARTICLES.has(lower(ctx, a))) a++;
    if (h - a < 1) continue;
    let free = true;
    for (let i = a; i <= h && free; i++) {
      const n = out.at(i);
      free = !n || (n.a >= a && n.b <= h + 1 && !n.rule && n.type !== ORG);
    }
    if (free) puts.push([a, h + 1]);
  }
  for (const [a, b] of puts) out.put(a, b, ORG, AIRLINE_TAIL_ROW.id, undefined, out.at(a));
}

// --- organisation.known-in-language-as --------------------------------------------------------

const BODIES = lowerSetOf(KNOWN_IN_LANGUAGE_ROW.value.bodies);
const NAME_INSIDE = lowerSetOf(KNOWN_IN_LANGUAGE_ROW.value.inside);
/** Most words of the body's own-language name, its particles besides. */
const NAME_WORDS = 6;

/**
 * The own-language name after "the <head>, known in <Language> as" at the token `kn` ("known"), with
 * `heads` the nouns the subject may be, or undefined.
 */
function ownLanguageName(ctx: Ctx, kn: number, heads: ReadonlySet<string>): [number, number] | undefined {
  // ", known in Icelandic as X": the words around are fixed.
  if (!isOneChar(ctx, kn - 1, COMMA) || lower(ctx, kn + 1) !== 'in' || !capitalisedOnLineAfterStart(ctx, kn + 2))
    return undefined;
  if (lower(ctx, kn + 3) !== 'as' || !capitalisedOnLineAfterStart(ctx, kn + 4)) return undefined;
  // "the office" or "the met office", "the state broadcaster": one lowercase word may stand
  // between the article and the noun (review ents31b).
  const the = isLowerWord(ctx, kn - 3) && lower(ctx, kn - 3) !== 'the' ? kn - 4 : kn - 3;
  if (!heads.has(lower(ctx, kn - 2)) || lower(ctx, the) !== 'the') return undefined;
  const a = kn + 4;
  let b = a;
  // Lowercase particles inside the name ("Comhairle nan Eilean Siar", "Tribunal Supremo de
  // Justicia"), each with a capital after it (review ents31b).
  for (;;) {
    if (b < ctx.t.count && capitalisedOnLineAfterStart(ctx, b) && b - a < NAME_WORDS) b++;
    else if (b > a && isLowerWord(ctx, b) && NAME_INSIDE.has(lower(ctx, b)) && capitalisedOnLineAfterStart(ctx, b + 1))
      b++;
    else break;
  }
  return [a, b];
}

/**
 * A name after "known in <language> as" whose antecedent is one of `heads` ("the council, known in
 * Gaelic as …"): organisation.known-in-language-as for bodies, place.known-in-language-as
 * (leftover-rules-7) for places. The language word itself is no name.
 */
export function namesKnownInLanguage(
  ctx: Ctx,
  out: Names,
  heads: ReadonlySet<string>,
  type: typeof ORG | typeof PLACE,
  rowId: string,
): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, new Set(['known'])));
  const puts: [number, number, NamedSpan | undefined][] = [];
  const drops: NamedSpan[] = [];
  for (let k = 0; k < hits.length; k++) {
    const kn = hits[k];
    const run = ownLanguageName(ctx, kn, heads);
    if (!run) continue;
    const [a, b] = run;
    let free = true;
    for (let i = a; i < b && free; i++) {
      const n = out.at(i);
      free = !n || (n.a >= a && n.b <= b && !n.rule);
    }
    if (free) puts.push([a, b, out.at(a)]);
    const lang = out.at(kn + 2);
    if (lang && lang.a === kn + 2 && lang.b === kn + 3 && !lang.rule) drops.push(lang);
  }
  for (const n of drops) out.remove(n);
  for (const [a, b, n] of puts) out.put(a, b, type, rowId, undefined, n);
}

// --- organisation.heritage-designation --------------------------------------------------------

const DESIGNATIONS = new Set(HERITAGE_DESIGNATION_ROW.value.tails);

/** organisation.heritage-designation: see the row. */
function heritageDesignations(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, new Set(['Heritage'])));
  const puts: [NamedSpan, number][] = [];
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k];
    if (h < 2 || !DESIGNATIONS.has(spanText(ctx, h - 1, h + 2))) continue;
    const n = out.at(h);
    if (!n || n.a !== h - 2 || n.b !== h + 2 || n.rule) continue;
    if (!ACRONYM.test(word(ctx, h - 2))) continue;
    puts.push([n, h - 2]);
  }
  for (const [n, a] of puts) out.put(a, a + 1, ORG, HERITAGE_DESIGNATION_ROW.id, undefined, n);
}

// --- organisation.party-after-stance ----------------------------------------------------------

const STANCES = lowerSetOf(PARTY_AFTER_STANCE_ROW.value.stances);
const INSIDE = lowerSetOf(PARTY_AFTER_STANCE_ROW.value.inside);
const PARTY_WORDS = 5;
const MEMBER_NOUNS = lowerSetOf(
  'leader leaders lawmaker lawmakers member members candidate candidates deputy deputies senator senators politician politicians supporters voters spokesman spokeswoman chairman chairwoman mp mps'.split(
    ' ',
  ),
);

/** organisation.party-after-stance: see the row. */
function partiesAfterStance(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, STANCES));
  const puts: [number, number][] = [];
  for (let k = 0; k < hits.length; k++) {
    const s = hits[k];
    if (!isLowerWord(ctx, s) || lower(ctx, s - 1) !== 'the' || !capitalisedOnLineAfterStart(ctx, s + 1)) continue;
    const a = s + 1;
    let b = a;
    while (b < ctx.t.count && b - a < PARTY_WORDS) {
      if (capitalisedOnLineAfterStart(ctx, b)) b++;
      else if (isLowerWord(ctx, b) && INSIDE.has(lower(ctx, b)) && capitalisedOnLineAfterStart(ctx, b + 1)) b += 2;
      else break;
    }
    if (b - a < 2 || capitalisedOnLineAfterStart(ctx, b)) continue;
    // A people noun after the run makes it a modifier ("the opposition Labour leader").
    if (isLowerWord(ctx, b) && MEMBER_NOUNS.has(lower(ctx, b))) continue;
    if (!unread(out, a, b)) continue;
    puts.push([a, b]);
    // "(NUP)": the acronym of the run's initials, in brackets right after it.
    const c = b + 1;
    if (
      isOneChar(ctx, b, OPEN_PAREN) &&
      isOneChar(ctx, c + 1, CLOSE_PAREN) &&
      ACRONYM.test(word(ctx, c)) &&
      unread(out, c, c + 1)
    )
      if (abbreviates(word(ctx, c).toLowerCase(), initials(ctx, a, b))) puts.push([c, c + 1]);
  }
  for (const [a, b] of puts) out.put(a, b, ORG, PARTY_AFTER_STANCE_ROW.id);
}

// --- place.known-with-particle ----------------------------------------------------------------

const PARTICLES = lowerSetOf(KNOWN_PARTICLE_PLACE_ROW.value.particles);

/** place.known-with-particle: see the row. */
function knownParticlePlaces(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, PARTICLES));
  const puts: [number, number][] = [];
  for (let k = 0; k < hits.length; k++) {
    const p = hits[k];
    if (!isLowerWord(ctx, p) || !capitalisedOnLineAfterStart(ctx, p + 1) || opensLine(ctx, p)) continue;
    // Two particles ("Santa Cruz de la Sierra"): the name before the first.
    const left = PARTICLES.has(lower(ctx, p - 1)) && isLowerWord(ctx, p - 1) ? p - 2 : p - 1;
    if (!isCapWord(ctx, left)) continue;
    let best: [number, number] | undefined;
    for (let a = left; a >= Math.max(0, left - 1) && !best; a--) {
      if (!isCapWord(ctx, a) || (a < left && opensLine(ctx, a + 1))) break;
      for (let b = Math.min(ctx.t.count, p + 3); b >= p + 2 && !best; b--) {
        if (b - a < 3 || opensLine(ctx, b - 1) || !isCapWord(ctx, b - 1)) continue;
        if (placeLookup(ctx, spanText(ctx, a, b))) best = [a, b];
      }
    }
    if (!best) continue;
    const [a, b] = best;
    const same = out.at(a);
    if (same && same.a === a && same.b === b && same.type === PLACE) continue;
    let free = true;
    for (let i = a; i < b && free; i++) {
      const n = out.at(i);
      free = !n || (n.a >= a && n.b <= b && !n.rule && n.probs[n.type] < SURE);
    }
    if (free) puts.push(best);
  }
  for (const [a, b] of puts) out.put(a, b, PLACE, KNOWN_PARTICLE_PLACE_ROW.id, undefined, out.at(b - 1));
}

// --- organisation.bracket-acronym-late --------------------------------------------------------

/** organisation.bracket-acronym-late: see the row. */
function lateAcronyms(ctx: Ctx, out: Names): void {
  const puts: number[] = [];
  const alive = out.alive();
  for (let x = 0; x < alive.length; x++) {
    const n = alive[x];
    const c = n.b + 1;
    if (n.type !== ORG || n.b - n.a < 2 || !isOneChar(ctx, n.b, OPEN_PAREN) || !isOneChar(ctx, c + 1, CLOSE_PAREN))
      continue;
    const w = word(ctx, c);
    if (w.length > LATE_ACRONYM_ROW.value || !ACRONYM.test(w) || out.at(c)) continue;
    if (abbreviates(w.toLowerCase(), initials(ctx, n.a, n.b))) puts.push(c);
  }
  for (const c of puts) out.put(c, c + 1, ORG, LATE_ACRONYM_ROW.id);
}

// --- person.role-of-place-apposition ----------------------------------------------------------

/** person.role-of-place-apposition: see the row. */
function rolesOfPlace(ctx: Ctx, out: Names): void {
  const puts: NamedSpan[] = [];
  const alive = out.alive();
  for (let x = 0; x < alive.length; x++) {
    const n = alive[x];
    if (n.b - n.a < 2 || n.b - n.a > 3 || !modelReadExactly(out, n.a, n.b, ROLE_OF_PLACE_ROW.value, [ORG, PLACE]))
      continue;
    if (!isOneChar(ctx, n.a - 1, COMMA) || !isOneChar(ctx, n.b, COMMA) || placeLookup(ctx, spanText(ctx, n.a, n.b)))
      continue;
    // "<person noun> of <name>," right before: the name of the place may be one to three words.
    let o = n.a - 2;
    while (o > 0 && capitalisedOnLineAfterStart(ctx, o) && n.a - 2 - o < 3) o--;
    if (o === n.a - 2 || lower(ctx, o) !== 'of' || !isLowerWord(ctx, o) || !PERSON_DESCRIPTORS.has(lower(ctx, o - 1)))
      continue;
    if (!isLowerWord(ctx, o - 1)) continue;
    puts.push(n);
  }
  for (const n of puts) out.put(n.a, n.b, PERSON, ROLE_OF_PLACE_ROW.id, undefined, n);
}
