/**
 * Rules for general causes of the study folds' errors (helper ents37c, issue #9; rows in
 * lexicon/fold-patterns-20.ts). applyNameRules calls `applyFoldPatternRows20` right after the
 * fold-19 rows.
 * - work.title-after-kind: "the romantic comedy Counting [Marigold]", "film roles include [Rosalind] (2013)"
 *   name a work, not a person, place or organisation.
 * - person.deity: "give her life to [God]", "trust in [Jesus]" are persons.
 */
import { Kind } from '../tokenize/tokenize';
import { lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import { DEITY_ROW, WORK_AFTER_KIND_ROW } from '../lexicon/fold-patterns-20';
import { lowerSetOf, setOf } from '../lexicon/rule-row';
import { givenName } from './blind-rules-14';
import {
  OPEN_PAREN,
  PERSON,
  capitalisedOnLine,
  exactFormMarks,
  formMarks,
  isCapWord,
  isLowerWord,
  isOneChar,
  onLine,
  COLON,
  type NamedSpan,
  type Names,
  COMMA,
  CLOSE_PAREN,
} from './named-spans';

export function applyFoldPatternRows20(ctx: Ctx, out: Names): void {
  worksAfterKind(ctx, out);
  deities(ctx, out);
}

// --- work.title-after-kind --------------------------------------------------------------------

const WORK = WORK_AFTER_KIND_ROW.value;
const KINDS = lowerSetOf(WORK.kinds);
const BOOKS = lowerSetOf(['book', 'books']);
const BOOKED = lowerSetOf(WORK.booked);
const INSIDE = lowerSetOf(WORK.inside);
const CREATORS = lowerSetOf(WORK.creators);
const KIND_OR_BOOK = new Set([...KINDS, ...BOOKS]);
/** Words before a listed title that make the list one ("roles include X (2007)", "X (2007), Y (2009)"). */
const LIST_OPENERS = lowerSetOf(['and', 'include', 'includes', 'including', 'like']);
/** Words that join two titles of a list ("Harbor Lights Tonight and Palace of Glass"). */
const JOINS = lowerSetOf(['and', 'or']);
const YEAR = /^(?:1[5-9]|20)\d\d$/;
/** The longest title read, in tokens. */
const TITLE_TOKENS = 10;

/** Token `i` is a kind noun written in lowercase ("book" only after "his", "the", "new" …). */
function kindAt(ctx: Ctx, i: number): boolean {
  if (!isLowerWord(ctx, i)) return false;
  const w = lower(ctx, i);
  // "arrived to film Obama", "spent the summer painting Venice": the verb, not the kind of work.
  if (i > 0 && (lower(ctx, i - 1) === 'to' || (w.endsWith('ing') && !BOOKED.has(lower(ctx, i - 1))))) return false;
  if (KINDS.has(w)) return true;
  return BOOKS.has(w) && i > 0 && BOOKED.has(lower(ctx, i - 1));
}

const insideAt = (ctx: Ctx, i: number) =>
  isLowerWord(ctx, i) &&
  onLine(ctx, i) &&
  (INSIDE.has(lower(ctx, i)) || (lower(ctx, i) === 'by' && lower(ctx, i + 1) === 'the'));

/** End of the title run from `a`: capitalised words (and numbers), small words between them; `a` when none. */
function titleEnd(ctx: Ctx, a: number): number {
  if (!isCapWord(ctx, a)) return a;
  let b = a + 1;
  while (b - a < TITLE_TOKENS && onLine(ctx, b)) {
    if (capitalisedOnLine(ctx, b) || ctx.t.kind[b] === Kind.Num) b++;
    else if (insideAt(ctx, b) && capitalisedOnLine(ctx, b + 1)) b += 2;
    // "Night of the Heron": two small words.
    else if (insideAt(ctx, b) && insideAt(ctx, b + 1) && capitalisedOnLine(ctx, b + 2)) b += 3;
    else break;
  }
  return b;
}

/** The names inside [a, b), or undefined when one is a person named with a given name first (not a title). */
function namesInside(ctx: Ctx, out: Names, a: number, b: number): NamedSpan[] | undefined {
  const found: NamedSpan[] = [];
  for (let i = a; i < b; i++) {
    const n = out.at(i);
    if (!n || n.a < a || n.b > b || found.includes(n)) continue;
    if (n.type === PERSON && n.b - n.a >= 2 && givenName(ctx, n.a)) return undefined;
    found.push(n);
  }
  return found;
}

/** The title right after the kind noun at `i` ("the films Harbor Lights Tonight", "films like X", "films, including X"). */
function titleAfterKind(ctx: Ctx, i: number): [number, number] | undefined {
  let j = i + 1;
  // A comma alone may close an opening phrase ("In the other series, Oklahoma City beat Minnesota"):
  // only one before "including", "like" or "such as" leads to the title.
  const comma = isOneChar(ctx, j, COMMA);
  if (comma) j++;
  const w = lower(ctx, j);
  if (w === 'like' || w === 'including') j++;
  else if (w === 'such' && lower(ctx, j + 1) === 'as') j += 2;
  else if (comma) return undefined;
  if (!onLine(ctx, j)) return undefined;
  const e = titleEnd(ctx, j);
  if (e === j) return undefined;
  // "films like Mara Quint's Second Serve": the name before the possessive is the maker; the title follows.
  if (ctx.t.kind[e] === Kind.Poss) {
    const e2 = titleEnd(ctx, e + 1);
    return e2 > e + 1 ? [e + 1, e2] : undefined;
  }
  return [j, e];
}

/** The title closed by the bracketed year at `p` ("Rosalind (2013)") in a list of a sentence naming a kind. */
function titleBeforeYear(ctx: Ctx, p: number, kinds: Uint8Array): [number, number] | undefined {
  const t = ctx.t;
  if (p + 2 >= t.count || t.kind[p + 1] !== Kind.Num || !YEAR.test(ctx.text.slice(t.start[p + 1], t.end[p + 1])))
    return undefined;
  if (!isOneChar(ctx, p + 2, CLOSE_PAREN) || !isCapWord(ctx, p - 1)) return undefined;
  const first = ctx.s.first[ctx.s.of[p]];
  let a = p - 1;
  while (a - 1 >= first && onLine(ctx, a) && a > p - TITLE_TOKENS) {
    if (isCapWord(ctx, a - 1)) a--;
    else if (isLowerWord(ctx, a - 1) && INSIDE.has(lower(ctx, a - 1)) && isCapWord(ctx, a - 2) && a - 2 >= first)
      a -= 2;
    else break;
  }
  const before = a - 1;
  if (before < first) return undefined;
  const w = lower(ctx, before);
  if (CREATORS.has(w)) return undefined;
  const listed =
    isOneChar(ctx, before, COMMA) ||
    isOneChar(ctx, before, COLON) ||
    LIST_OPENERS.has(w) ||
    kindAt(ctx, before) ||
    (w === 'as' && lower(ctx, before - 1) === 'such');
  if (!listed) return undefined;
  for (let k = first; k < a; k++) if (kinds[ctx.form[k]] === 1 && kindAt(ctx, k)) return [a, p];
  return undefined;
}

/** work.title-after-kind: see the row. */
function worksAfterKind(ctx: Ctx, out: Names): void {
  const kinds = formMarks(ctx, KIND_OR_BOOK);
  const titles: [number, number][] = [];
  let anyKind = false;
  for (const i of tokensOf(ctx, kinds)) {
    if (!kindAt(ctx, i)) continue;
    anyKind = true;
    const title = titleAfterKind(ctx, i);
    if (title) titles.push(title);
  }
  if (!anyKind) return;
  for (const p of tokensOf(ctx, exactFormMarks(ctx, new Set(['('])))) {
    if (ctx.text.charCodeAt(ctx.t.start[p]) !== OPEN_PAREN) continue;
    const title = titleBeforeYear(ctx, p, kinds);
    if (title) titles.push(title);
  }
  const gone = new Set<NamedSpan>();
  const repeated: [number, number][] = [];
  for (const [a, b] of titles) {
    const inside = namesInside(ctx, out, a, b);
    if (!inside) continue;
    for (const n of inside) gone.add(n);
    // "the films Harbor Lights Tonight and Palace of Glass": each title of the pair may come back alone.
    let s = a;
    for (let k = a; k <= b; k++) {
      if (k < b && !(isLowerWord(ctx, k) && JOINS.has(lower(ctx, k)))) continue;
      if (k - s >= 2) repeated.push([s, k]);
      s = k + 1;
    }
  }
  // A title of two words or more named again later ("Nora Vance starred in Palace of Glass").
  for (const [a, b] of repeated) {
    // "the album New York", then "born in New York": a title that is also a place names the place again.
    if (placeLookup(ctx, spanText(ctx, a, b))) continue;
    const f = ctx.form[a];
    for (let k = ctx.formStart[f]; k < ctx.formStart[f + 1]; k++) {
      const s = ctx.formTokens[k];
      if (s === a || s + (b - a) > ctx.t.count) continue;
      let same = true;
      for (let x = 1; x < b - a && same; x++) same = ctx.form[s + x] === ctx.form[a + x];
      if (!same || isCapWord(ctx, s + (b - a)) || (s > 0 && isCapWord(ctx, s - 1))) continue;
      for (const n of namesInside(ctx, out, s, s + (b - a)) ?? []) gone.add(n);
    }
  }
  for (const n of gone) out.remove(n);
}

// --- person.deity -----------------------------------------------------------------------------

const DEITIES = setOf(DEITY_ROW.value.deities);
const EXCLAIMING = lowerSetOf(DEITY_ROW.value.exclaiming);
const EXCLAMATION_ENDS = [COMMA, 33];

/** person.deity: see the row. */
function deities(ctx: Ctx, out: Names): void {
  for (const i of tokensOf(ctx, exactFormMarks(ctx, DEITIES))) {
    if (i > 0 && DEITIES.has(ctx.forms[ctx.form[i - 1]]) && onLine(ctx, i)) continue;
    const b = onLine(ctx, i + 1) && DEITIES.has(ctx.forms[ctx.form[i + 1]]) ? i + 2 : i + 1;
    // Not inside a longer name or run of capitals ("Church of God", "Jesus Navas", "Ansar Allah").
    if ((i > 0 && isCapWord(ctx, i - 1) && onLine(ctx, i)) || capitalisedOnLine(ctx, b)) continue;
    if (i > 0 && lower(ctx, i - 1) === 'of' && i > 1 && isCapWord(ctx, i - 2)) continue;
    // An exclamation: "God, I don't know!", "Oh God", "thank God".
    if (i > 0 && EXCLAIMING.has(lower(ctx, i - 1))) continue;
    if (ctx.s.first[ctx.s.of[i]] === i && EXCLAMATION_ENDS.some((c) => isOneChar(ctx, b, c))) continue;
    const n = out.at(i);
    if (n && (n.a !== i || n.b !== b)) continue;
    if (n?.type === PERSON) continue;
    out.put(i, b, PERSON, DEITY_ROW.id, undefined, n);
  }
}
