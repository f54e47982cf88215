/**
 * Rules for the weak patterns of issue #9, tenth round (helper ents41b; rows in
 * lexicon/news-leftovers-17.ts). applyNameRules calls `applyLeftoverRows17` after the leftover-16
 * rows, so these read the names every earlier rule decided.
 * - organisation.and-country: "the Bank of Antigua and Barbuda".
 * - organisation.results-line: "Plymouth Argyle 2 Hull City 1".
 * - organisation.university-campus: "the University of California, Irvine", "… Wisconsin–Madison".
 * - place.town-pair: "samples taken in Sierra Vista and Bisbee".
 * - person.administration-leader: "Biden administration official Karen Lee".
 */
import { isDemonym, lineOpenings, lower, placeLookup, spanText, tokensOf, word, type Ctx } from '../context';
import {
  ADMINISTRATION_LEADER_ROW,
  AND_COUNTRY_ROW,
  RESULTS_LINE_ROW,
  TOWN_PAIR_ROW,
  UNIVERSITY_CAMPUS_ROW,
} from '../lexicon/news-leftovers-17';
import { KNOWN_ORG_NAMES, SPORT_WORDS } from '../lexicon/names';
import { lowerSetOf } from '../lexicon/rule-row';
import { DETERMINERS } from '../lexicon/words';
import { Kind } from '../tokenize/tokenize';
import { isSportsReport, sentenceAboutSport } from './sport-sentences';
import {
  COMMA,
  ORG,
  PERSON,
  PLACE,
  capitalisedOnLine,
  exactFormMarks,
  formMarks,
  isCapWord,
  isLowerWord,
  isPlainWord,
  isPunctChar,
  isWord,
  namesWithin,
  opensLine,
  opensSentence,
  personWordsOf,
  touchesNext,
  type NamedSpan,
  type Names,
} from './named-spans';

export function applyLeftoverRows17(ctx: Ctx, out: Names): void {
  andCountries(ctx, out);
  resultsLines(ctx, out);
  universityCampuses(ctx, out);
  townPairs(ctx, out);
  administrationLeaders(ctx, out);
}

/** Most capitalised words on either side of a country's "and" ("Saint Kitts", "Heard Island"). */
const COUNTRY_SIDE = 3;
/** A person the model was this sure of is left alone. */
const SURE_PERSON = 0.8;

const sure = (n: NamedSpan | undefined, type: number) => !!n && n.type === type && n.probs[type] >= SURE_PERSON;

// --- organisation.and-country ---------------------------------------------------------------------------

const COUNTRY_BODY_HEADS = lowerSetOf(AND_COUNTRY_ROW.value.heads);
const AND_IN_NAME = / and /i;
const AND: ReadonlySet<string> = new Set(['and']);

/** The first token of the longest place the map knows holding "and" that ends at `e`, its "and" at `k` (-1 when none). */
function countryStart(ctx: Ctx, k: number, e: number): number {
  let best = -1;
  for (let a = k - 1, n = 0; a >= 0 && n < COUNTRY_SIDE && isCapWord(ctx, a); a--, n++) {
    if (DETERMINERS.has(lower(ctx, a))) break;
    const hit = placeLookup(ctx, spanText(ctx, a, e));
    if (hit && AND_IN_NAME.test(hit.canonical)) best = a;
    if (opensLine(ctx, a)) break;
  }
  return best;
}

/** The body before "of" at `a - 1` that may take the country in: the model's, or an unread head's. */
function bodyBefore(ctx: Ctx, out: Names, a: number): number {
  if (!isWord(ctx, a - 1, 'of') || !isLowerWord(ctx, a - 1)) return -1;
  const inside = out.at(a);
  if (inside && inside.type === ORG && inside.a < a) return inside.a;
  const before = out.at(a - 2);
  if (before) return before.type === ORG && before.b === a - 1 ? before.a : -1;
  if (!isCapWord(ctx, a - 2) || !COUNTRY_BODY_HEADS.has(lower(ctx, a - 2))) return -1;
  // "the Central Bank of …", "The Embassy of …": the head's capitalised words, past no determiner.
  let h = a - 2;
  while (h > 0 && !opensLine(ctx, h) && isCapWord(ctx, h - 1) && !DETERMINERS.has(lower(ctx, h - 1)) && !out.at(h - 1))
    h--;
  return h;
}

/** organisation.and-country: see the row. */
function andCountries(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  // From the tokens of "and", not every token.
  const ands = tokensOf(ctx, formMarks(ctx, AND));
  for (let x = 0; x < ands.length; x++) {
    const k = ands[x];
    if (k < 1 || k + 1 >= t.count || !isLowerWord(ctx, k) || !isWord(ctx, k, 'and') || !capitalisedOnLine(ctx, k + 1))
      continue;
    let e = k + 1;
    while (e - k - 1 < COUNTRY_SIDE && capitalisedOnLine(ctx, e)) e++;
    if (capitalisedOnLine(ctx, e)) continue;
    const a = countryStart(ctx, k, e);
    if (a < 0) continue;
    const body = bodyBefore(ctx, out, a);
    // The country alone is left as the model read it: the training folds' gold writes "Bosnia and
    // Herzegovina" as two places (joining them cost 4 names on the check folds).
    if (body < 0) continue;
    const within = namesWithin(out, body, e);
    if (within && !within.some((n) => n.type === PERSON))
      out.put(body, e, ORG, AND_COUNTRY_ROW.id, undefined, out.at(body));
  }
}

// --- organisation.results-line -------------------------------------------------------------------

/** Most capitalised words of a side's name ("Preston North End", "Brighton and Hove Albion" is not read). */
const SIDE_WORDS = 4;
const GOALS = /^\d{1,2}$/;
const OPENING_MARKS: ReadonlySet<string> = new Set([':', ',', ';']);
const CLOSING_MARKS: ReadonlySet<string> = new Set([',', ';', '.']);

/** The end of a side's capitalised words from `a` on one line, at most SIDE_WORDS (`a` when none). */
function sideEnd(ctx: Ctx, a: number): number {
  let b = a;
  while (b - a < SIDE_WORDS && isCapWord(ctx, b) && (b === a || !opensLine(ctx, b))) b++;
  return b;
}

const isGoals = (ctx: Ctx, i: number) =>
  i < ctx.t.count && ctx.t.kind[i] === Kind.Num && !opensLine(ctx, i) && GOALS.test(word(ctx, i));

/** A side may open at `i`: a line's start, or after a colon, comma or semicolon. */
function opensSide(ctx: Ctx, i: number): boolean {
  if (i === 0 || opensLine(ctx, i)) return true;
  return ctx.t.kind[i - 1] === Kind.Punct && OPENING_MARKS.has(word(ctx, i - 1));
}

/** The line closes at `i`, or a comma, semicolon or full stop stands there. */
function closesSide(ctx: Ctx, i: number): boolean {
  if (i >= ctx.t.count || opensLine(ctx, i)) return true;
  return ctx.t.kind[i] === Kind.Punct && CLOSING_MARKS.has(word(ctx, i));
}

/** The names over a side's words [a, b) and its goals lie within them; no person the model was sure of. */
function sideFree(out: Names, a: number, b: number): boolean {
  const within = namesWithin(out, a, b + 1);
  if (!within) return false;
  for (let i = a; i < b; i++) if (sure(out.at(i), PERSON)) return false;
  return true;
}

const RESULT_LABELS: ReadonlySet<string> = new Set(['results', 'result', 'scores', 'fixtures', 'full-time']);
/** Sentence `k` is about sport or labelled as results ("Results: …"), not a poll or a medal table (review, stop 51). */
function resultsSentence(ctx: Ctx, k: number): boolean {
  if (sentenceAboutSport(ctx, k)) return true;
  for (let i = ctx.s.first[k]; i < ctx.s.last[k]; i++) if (RESULT_LABELS.has(lower(ctx, i))) return true;
  return false;
}

/** organisation.results-line: see the row. */
function resultsLines(ctx: Ctx, out: Names): void {
  const sportsReport = isSportsReport(ctx);
  // A side opens a line or follows a mark (opensSide): the lines' openings and the tokens after
  // the marks, merged in text order, instead of every token; `last` skips a token met twice (a
  // line opening after a mark) and the tokens of a line already read.
  const lines = lineOpenings(ctx);
  const marks = tokensOf(ctx, exactFormMarks(ctx, OPENING_MARKS));
  for (let x = 0, y = 0, last = -1; x < lines.length || y < marks.length;) {
    const a = y >= marks.length || (x < lines.length && lines[x] <= marks[y] + 1) ? lines[x++] : marks[y++] + 1;
    if (a <= last) continue;
    last = a;
    if (!isCapWord(ctx, a) || !opensSide(ctx, a)) continue;
    const b = sideEnd(ctx, a);
    if (b === a || !isGoals(ctx, b) || !isCapWord(ctx, b + 1)) continue;
    const c = b + 1;
    const d = sideEnd(ctx, c);
    if (d === c || opensLine(ctx, c) || !isGoals(ctx, d) || !closesSide(ctx, d + 1)) continue;
    // The sentence's words are read last: the line's shape rules out most openings first.
    if (!sportsReport && !resultsSentence(ctx, ctx.s.of[a])) continue;
    // "Section 2 Article 3": a name that is no word of the language on one side at least.
    let named = false;
    for (let i = a; i < b && !named; i++) named = !isPlainWord(ctx, i);
    for (let i = c; i < d && !named; i++) named = !isPlainWord(ctx, i);
    if (!named || !sideFree(out, a, b) || !sideFree(out, c, d)) continue;
    out.put(a, b, ORG, RESULTS_LINE_ROW.id, undefined, out.at(a));
    out.put(c, d, ORG, RESULTS_LINE_ROW.id, undefined, out.at(c));
    last = d;
  }
}

// --- organisation.university-campus --------------------------------------------------------------

const CAMPUS_HEADS = lowerSetOf(UNIVERSITY_CAMPUS_ROW.value.heads);
const CAMPUS_LINKS = lowerSetOf(UNIVERSITY_CAMPUS_ROW.value.links);
/** Most capitalised words of a campus town ("Chapel Hill", "Ann Arbor"). */
const CAMPUS_WORDS = 2;
/** Most words of a school of the campus the model read ("Irvine School of Public Health"). */
const SCHOOL_WORDS = 6;
const DASHES: ReadonlySet<string> = new Set(['-', '–', '—']);
const LIST_WORDS: ReadonlySet<string> = new Set(['and', 'or']);
const SCHOOL_HEADS = lowerSetOf(UNIVERSITY_CAMPUS_ROW.value.schools);

/** "University of <state>" ends the name `n`: its head and "of", then one or two capitalised words. */
function stateUniversity(ctx: Ctx, n: NamedSpan): boolean {
  const of = n.b - 2 >= n.a && isWord(ctx, n.b - 2, 'of') ? n.b - 2 : n.b - 3;
  if (of <= n.a || !isWord(ctx, of, 'of') || !isLowerWord(ctx, of)) return false;
  return CAMPUS_HEADS.has(lower(ctx, of - 1));
}

/** The link after the name at `i` (a dash touching both words, a comma, or "at"), or null. */
function campusLink(ctx: Ctx, i: number): 'dash' | 'comma' | 'at' | null {
  if (i >= ctx.t.count || opensLine(ctx, i)) return null;
  const w = word(ctx, i);
  if (ctx.t.kind[i] === Kind.Punct && DASHES.has(w))
    return touchesNext(ctx, i - 1) && touchesNext(ctx, i) ? 'dash' : null;
  if (isPunctChar(ctx, i, COMMA)) return 'comma';
  return isLowerWord(ctx, i) && CAMPUS_LINKS.has(w.toLowerCase()) ? 'at' : null;
}

/** "Irvine School of Law": the town's word, then a school's head, and no "and" (a list of bodies). */
function schoolOfCampus(ctx: Ctx, c: number, b: number): boolean {
  if (b - c <= CAMPUS_WORDS || !SCHOOL_HEADS.has(lower(ctx, c + 1))) return false;
  for (let i = c + 2; i < b; i++) if (isWord(ctx, i, 'and')) return false;
  return true;
}

/** After the campus at `e`: "and"/"or", or a comma and a capitalised word, go on with a list. */
function listGoesOn(ctx: Ctx, e: number): boolean {
  if (isLowerWord(ctx, e) && LIST_WORDS.has(lower(ctx, e))) return true;
  return isPunctChar(ctx, e, COMMA) && capitalisedOnLine(ctx, e + 1);
}

/** organisation.university-campus: see the row. */
function universityCampuses(ctx: Ctx, out: Names): void {
  const found: [number, number, NamedSpan][] = [];
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    if (n.type !== ORG || n.b - n.a < 3 || !stateUniversity(ctx, n)) continue;
    const link = campusLink(ctx, n.b);
    const c = n.b + 1;
    if (!link || !capitalisedOnLine(ctx, c)) continue;
    const m = out.at(c);
    let e: number;
    if (m && m.type === ORG && m.a === c && m.b - c <= SCHOOL_WORDS && schoolOfCampus(ctx, c, m.b)) e = m.b;
    else {
      e = c;
      while (e - c < CAMPUS_WORDS && capitalisedOnLine(ctx, e)) e++;
      if (capitalisedOnLine(ctx, e)) continue;
    }
    if (listGoesOn(ctx, e) || sure(m, PERSON)) continue;
    // "the University of Michigan–Ohio State game": a dash between two sides of a match; a dash's
    // campus of two words must be a town the map knows (review, stop 51).
    if (link === 'dash' && isLowerWord(ctx, e) && SPORT_WORDS.has(lower(ctx, e))) continue;
    if (link === 'dash' && e - c > 1 && !placeLookup(ctx, spanText(ctx, c, e))) continue;
    // "the University of California, Berkeley" and "… at Berkeley" keep their town a place of its own
    // (place.address-comma's convention, and the training folds': "University of California at
    // Berkeley" was cut so); only a school of the campus the model read joins after a comma.
    if (link !== 'dash' && !(m && e === m.b && m.type === ORG)) continue;
    // A comma's or "at"'s campus is a town: the map's or the model's place.
    const town =
      placeLookup(ctx, spanText(ctx, c, e)) || placeLookup(ctx, spanText(ctx, c, c + 1)) || m?.type === PLACE;
    if (link !== 'dash' && !town) continue;
    if (!namesWithin(out, n.a, e)) continue;
    found.push([n.a, e, n]);
  }
  for (const [a, e, n] of found) out.put(a, e, ORG, UNIVERSITY_CAMPUS_ROW.id, undefined, n);
}

// --- place.town-pair -----------------------------------------------------------------------------

const PAIR_LINKS = lowerSetOf(TOWN_PAIR_ROW.value.links);
/** The model's place reading of the first town, from which it counts as a place. */
const SURE_TOWN = 0.6;
/** The second town's reading below which it may be a place. */
const DOUBTFUL = 0.5;
/** The place reading the second town needs as the model's next best, when the map does not know it. */
const NEXT_PLACE = 0.15;
/** Most capitalised words of the second town. */
const TOWN_WORDS = 3;

/** place.town-pair: see the row. */
function townPairs(ctx: Ctx, out: Names): void {
  const people = personWordsOf(ctx, out.alive());
  const found: [number, number, NamedSpan][] = [];
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const p = aliveNow[ax];
    if (p.type !== PLACE || !(p.rule || p.probs[PLACE] >= SURE_TOWN)) continue;
    if (!isLowerWord(ctx, p.a - 1) || !PAIR_LINKS.has(lower(ctx, p.a - 1))) continue;
    const c = p.b + 1;
    if (!isWord(ctx, p.b, 'and') || !isLowerWord(ctx, p.b) || !capitalisedOnLine(ctx, c)) continue;
    let e = c;
    while (e - c < TOWN_WORDS && capitalisedOnLine(ctx, e)) e++;
    if (capitalisedOnLine(ctx, e)) continue;
    const m = out.at(c);
    if (!m || m.a !== c || m.b !== e || m.rule || m.type === PLACE || m.probs[m.type] >= DOUBTFUL) continue;
    const text = spanText(ctx, c, e);
    if (KNOWN_ORG_NAMES.has(text.toLowerCase()) || /^[A-Z]{2,}$/.test(text)) continue;
    let held = false;
    for (let i = c; i < e && !held; i++) held = people.has(lower(ctx, i));
    // A person's reading yields only to the map ("in Paris and Schmidt, who chairs the panel").
    const mapped = !!placeLookup(ctx, text);
    if (held || (m.type === PERSON && !mapped) || (m.probs[PLACE] < NEXT_PLACE && !mapped)) continue;
    found.push([c, e, m]);
  }
  for (const [c, e, m] of found) out.put(c, e, PLACE, TOWN_PAIR_ROW.id, undefined, m);
}

// --- person.administration-leader ----------------------------------------------------------------

/** The model's body reading from which the word stays a body. */
const SURE_BODY = 0.8;

/** person.administration-leader: see the row. */
function administrationLeaders(ctx: Ctx, out: Names): void {
  for (let i = 0; i + 1 < ctx.t.count; i++) {
    if (!isWord(ctx, i + 1, 'administration') || !isLowerWord(ctx, i + 1) || !isCapWord(ctx, i)) continue;
    if (i > 0 && !opensLine(ctx, i) && capitalisedOnLine(ctx, i - 1) && !opensSentence(ctx, i - 1)) continue;
    const w = spanText(ctx, i, i + 1);
    if (/^[A-Z]{2,}/.test(w) || isPlainWord(ctx, i) || isDemonym(ctx, w) || KNOWN_ORG_NAMES.has(w.toLowerCase()))
      continue;
    const n = out.at(i);
    // A place the map holds only as a weak name ("Obama", a town in Japan; but also "Federal") may
    // be a surname when the model read it as a name.
    if (placeLookup(ctx, w) && !(n && ctx.gaz?.isWeak?.(w))) continue;
    if (n && (n.a !== i || n.b !== i + 1 || n.type === PERSON || n.rule || n.probs[n.type] >= SURE_BODY)) continue;
    out.put(i, i + 1, PERSON, ADMINISTRATION_LEADER_ROW.id, undefined, n);
  }
}
