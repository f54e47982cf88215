/**
 * Rules for the weak patterns of issue #9, twenty-first round (helper ents62b; rows in
 * lexicon/news-leftovers-28.ts). applyNameRules calls `applyLeftoverRows28` after the leftover-27
 * rows, so these read the names every earlier rule decided. Each row starts from its trigger
 * words' tokens, never from every token.
 * - person.list-of-surnames: "At Wimbledon, Alcaraz, Sinner and [Djokovic] all advanced".
 * - organisation.inter-club: "[Inter Miami] won 3-1".
 */
import { isDemonym, lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import { INTER_CLUB_ROW, SURNAME_LIST_ROW } from '../lexicon/news-leftovers-28';
import { lowerSetOf } from '../lexicon/rule-row';
import { ARTICLES, FUNCTION_WORDS, KNOWN_ORGS } from '../lexicon/words';
import { Flag } from '../tokenize/tokenize';
import { opensClauseAt } from './blind-rules-26';
import {
  COMMA,
  PERSON,
  PLACE,
  exactFormMarks,
  formMarks,
  isCapWord,
  isLowerWord,
  isPlainWord,
  isPunctChar,
  isWeekdayOrMonth,
  namesWithin,
  onLine,
  putOverWithin,
  ORG,
  type Names,
  surnamesNamedInFull,
} from './named-spans';

export function applyLeftoverRows28(ctx: Ctx, out: Names): void {
  surnameLists(ctx, out);
  interClubs(ctx, out);
}

// --- person.list-of-surnames ----------------------------------------------------------------------

const SURNAME_JOINS = lowerSetOf(SURNAME_LIST_ROW.value.joins);
/** Words after the list that make it no subject before its verb. */
const NOT_VERBS = new Set(['of', 'and', 'or']);
const MOST_SURNAMES = 6;

/** One capitalised word alone on its line at `i`, no longer name over or across it. */
function surnameMember(ctx: Ctx, out: Names, i: number): boolean {
  if (!isCapWord(ctx, i) || !onLine(ctx, i) || isCapWord(ctx, i + 1) || isCapWord(ctx, i - 1)) return false;
  const n = out.at(i);
  return !n || (n.a === i && n.b === i + 1);
}

/**
 * A member that may be a surname: no body everyone knows, no month, no demonym, and no word of the
 * language nor place the map knows unless the model read it as a person ("Sinner", "Murray").
 */
function mayBeSurname(ctx: Ctx, i: number, person: boolean): boolean {
  const w = lower(ctx, i);
  if (ctx.t.flags[i] & Flag.AllCaps || KNOWN_ORGS.has(w) || isWeekdayOrMonth(ctx, i)) return false;
  const text = spanText(ctx, i, i + 1);
  if (isDemonym(ctx, text)) return false;
  return person || (!isPlainWord(ctx, i) && !placeLookup(ctx, text));
}

/** Lowercase words inside an opening adjunct ("At the Masters", "In Glasgow on Friday"). */
const LINK_WORDS: ReadonlySet<string> = new Set([...FUNCTION_WORDS, ...ARTICLES]);
/** Most tokens of an opening adjunct before its comma ("In Glasgow on Friday"). */
const ADJUNCT_TOKENS = 6;

/**
 * The tokens back from `end` are an adjunct opening the clause: capitalised words and function
 * words back to a function word that opens it ("At the Masters", "In Glasgow on Friday").
 */
function openingAdjunct(ctx: Ctx, end: number): boolean {
  let p = end;
  for (let steps = 0; steps < ADJUNCT_TOKENS && p >= 0 && !opensClauseAt(ctx, p); steps++) {
    if (!isCapWord(ctx, p) && !(isLowerWord(ctx, p) && LINK_WORDS.has(lower(ctx, p)))) return false;
    p--;
  }
  return p >= 0 && opensClauseAt(ctx, p) && FUNCTION_WORDS.has(lower(ctx, p));
}

/** person.list-of-surnames: see the row. Only "and" is read. */
function surnameLists(ctx: Ctx, out: Names): void {
  const { below } = SURNAME_LIST_ROW.value;
  const hits = tokensOf(ctx, formMarks(ctx, SURNAME_JOINS));
  for (let x = 0; x < hits.length; x++) {
    const k = hits[x];
    if (!isLowerWord(ctx, k) || !surnameMember(ctx, out, k + 1)) continue;
    const after = k + 2;
    if (!isLowerWord(ctx, after) || NOT_VERBS.has(lower(ctx, after))) continue;
    // Members back from the join: "A, B and C" or "A and B".
    // Each opens its clause or follows a comma: "At the Masters, Scheffler, …" leaves "Masters" out.
    const members = [k + 1];
    let m = k - 1;
    while (m >= 0 && members.length < MOST_SURNAMES && surnameMember(ctx, out, m)) {
      const comma = isPunctChar(ctx, m - 1, COMMA);
      if (!comma && !opensClauseAt(ctx, m)) break;
      members.unshift(m);
      if (!comma) break;
      m -= 2;
    }
    if (members.length < 2) continue;
    // A name before the list's comma must be an opening adjunct's ("At Wimbledon, …"): "residents in
    // Ikeja, Surulere and Oshodi complained" lists towns.
    if (
      isPunctChar(ctx, members[0] - 1, COMMA) &&
      isCapWord(ctx, members[0] - 2) &&
      !openingAdjunct(ctx, members[0] - 2)
    )
      continue;
    // A list opened by a place is place.list-of-towns's ("Lochgoil, Rhu and Garelochhead have …").
    const head = out.at(members[0]);
    if (head && head.type === PLACE) continue;
    let people = 0;
    let open = true;
    for (const i of members) {
      const n = out.at(i);
      if (!mayBeSurname(ctx, i, !!n && n.type === PERSON)) open = false;
      else if (n && n.type === PERSON) people++;
      else if (n && (n.rule || n.probs[n.type] >= below)) open = false;
      if (!open) break;
    }
    if (!open || people === 0 || people === members.length) continue;
    // One of them named in full as a person: "In London, Lambeth, Southwark and Lewisham have …"
    // lists boroughs (stop 62's review).
    const surnames = surnamesNamedInFull(ctx, out.alive());
    if (!members.some((i) => surnames.has(lower(ctx, i)))) continue;
    for (const i of members) {
      const n = out.at(i);
      if (n && n.type === PERSON) continue;
      out.put(i, i + 1, PERSON, SURNAME_LIST_ROW.id, undefined, n);
    }
  }
}

// --- organisation.inter-club ----------------------------------------------------------------------

const INTER_PREFIXES: ReadonlySet<string> = new Set(INTER_CLUB_ROW.value.prefixes);

/** organisation.inter-club: see the row. */
function interClubs(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, INTER_PREFIXES));
  for (let x = 0; x < hits.length; x++) {
    const a = hits[x];
    const c = a + 1;
    if (!isCapWord(ctx, c) || !onLine(ctx, c) || isCapWord(ctx, c + 1) || isCapWord(ctx, a - 1)) continue;
    if (isPlainWord(ctx, c)) continue;
    const within = namesWithin(out, a, c + 1);
    if (!within || within.some((n) => n.rule || n.type === ORG)) continue;
    const known = !!placeLookup(ctx, spanText(ctx, c, c + 1));
    if (!known && !within.some((n) => n.type === PERSON || n.type === PLACE)) continue;
    putOverWithin(out, a, c + 1, ORG, INTER_CLUB_ROW.id, within);
  }
}
