/**
 * Rules for the weak patterns of issue #9, eighteenth round (helper ents59b; rows in
 * lexicon/news-leftovers-25.ts). applyNameRules calls `applyLeftoverRows25` after the leftover-24
 * rows, so these read the names every earlier rule decided. Each row starts from its trigger
 * words' tokens, never from every token.
 * - organisation.foreign-body: "the Institut de Recherche en Sciences de la Santé".
 * - organisation.publisher-pair: "published by Faber and Faber".
 * - organisation.same-head-pair: "Leeds University and Durham University" are two.
 * - place.celtic-area: "Rhondda Cynon Taf had the highest rate".
 */
import { lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import {
  CELTIC_AREA_ROW,
  FOREIGN_BODY_ROW,
  PUBLISHER_PAIR_ROW,
  SAME_HEAD_PAIR_ROW,
} from '../lexicon/news-leftovers-25';
import { DETERMINERS, FIRST_NAME_SET, FUNCTION_WORDS, ORG_TAIL, TITLES } from '../lexicon/words';
import {
  ORG,
  PERSON,
  PLACE,
  capitalisedOnLine,
  exactFormMarks,
  formMarks,
  isLowerWord,
  isWord,
  namesWithin,
  onLine,
  putOverWithin,
  type Names,
} from './named-spans';

export function applyLeftoverRows25(ctx: Ctx, out: Names): void {
  foreignBodies(ctx, out);
  publisherPairs(ctx, out);
  sameHeadPairs(ctx, out);
  celticAreas(ctx, out);
}

// --- organisation.foreign-body -------------------------------------------------------------------

const FOREIGN_HEADS: ReadonlySet<string> = new Set(FOREIGN_BODY_ROW.value.heads);
const JOINS: ReadonlySet<string> = new Set(FOREIGN_BODY_ROW.value.joins);
/** Most tokens after the head. */
const FOREIGN_WORDS = 10;
/** Fewest capitalised words after the head of a run nothing was read in. */
const UNREAD_LEAST_CAPS = 2;

/** organisation.foreign-body: see the row. */
function foreignBodies(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, FOREIGN_HEADS));
  for (let x = 0; x < hits.length; x++) {
    const h = hits[x];
    if (!capitalisedOnLine(ctx, h)) continue;
    let last = h;
    let joined = false;
    let joinedBeforeLast = false;
    for (let b = h + 1; b < ctx.t.count && b - h <= FOREIGN_WORDS && onLine(ctx, b); b++) {
      if (capitalisedOnLine(ctx, b)) {
        last = b;
        joinedBeforeLast = joined;
      } else if (isLowerWord(ctx, b) && JOINS.has(lower(ctx, b))) joined = true;
      else break;
    }
    if (!joinedBeforeLast) continue;
    // "the Deutsche Gesellschaft": one capitalised word right before the head, no function word.
    let a = h;
    const before = lower(ctx, h - 1);
    if (
      h > 0 &&
      onLine(ctx, h) &&
      capitalisedOnLine(ctx, h - 1) &&
      !FUNCTION_WORDS.has(before) &&
      !DETERMINERS.has(before)
    )
      a = h - 1;
    let within = namesWithin(out, a, last + 1);
    if (!within && a < h) {
      a = h;
      within = namesWithin(out, a, last + 1);
    }
    if (!within) continue;
    // A run nothing was read in is taken only with two capitalised words or more after its head:
    // "the Centro de Salud", "the Escuela de Música" are descriptions written in capitals.
    if (within.length === 0 && !unreadBodyShape(ctx, h, last)) continue;
    let titled = false;
    for (let k = a; k <= last && !titled; k++) titled = TITLES.has(lower(ctx, k));
    if (titled) continue;
    putOverWithin(out, a, last + 1, ORG, FOREIGN_BODY_ROW.id, within);
  }
}

/** An unread run from the head `h` to `last` with two capitalised words or more after the head. */
function unreadBodyShape(ctx: Ctx, h: number, last: number): boolean {
  let caps = 0;
  for (let k = h + 1; k <= last; k++) if (capitalisedOnLine(ctx, k)) caps++;
  return caps >= UNREAD_LEAST_CAPS;
}

// --- organisation.publisher-pair ------------------------------------------------------------------

const PUBLISHER_AFTER: ReadonlySet<string> = new Set(PUBLISHER_PAIR_ROW.value.after);

/** A capitalised word on the line at `i`, no given name and no country or region the map knows (a town may share a surname: "Stoughton"). */
function founderWord(ctx: Ctx, i: number): boolean {
  if (!capitalisedOnLine(ctx, i) || FIRST_NAME_SET.has(lower(ctx, i))) return false;
  const hit = placeLookup(ctx, spanText(ctx, i, i + 1));
  return !hit || hit.kind === 'city';
}

/** organisation.publisher-pair: see the row. */
function publisherPairs(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, PUBLISHER_AFTER));
  for (let x = 0; x < hits.length; x++) {
    const h = hits[x];
    if (!isLowerWord(ctx, h)) continue;
    let a = h + 1;
    if (lower(ctx, h) === 'published') {
      if (!isWord(ctx, a, 'by')) continue;
      a++;
    }
    if (isWord(ctx, a, 'the') && isLowerWord(ctx, a)) a++;
    if (!founderWord(ctx, a) || !isWord(ctx, a + 1, 'and') || !founderWord(ctx, a + 2)) continue;
    if (capitalisedOnLine(ctx, a + 3)) continue;
    const within = namesWithin(out, a, a + 3);
    if (!within || within.some((n) => n.rule && n.type !== ORG)) continue;
    // "published by Oxfam and Greenpeace": each half already a body of its own is two publishers.
    if (within.filter((n) => n.type === ORG && n.b - n.a === 1).length === 2) continue;
    putOverWithin(out, a, a + 3, ORG, PUBLISHER_PAIR_ROW.id, within);
  }
}

// --- organisation.same-head-pair ------------------------------------------------------------------

const HALF_LEAST = SAME_HEAD_PAIR_ROW.value.least;
const AND: ReadonlySet<string> = new Set(['and']);

/** organisation.same-head-pair: see the row. */
function sameHeadPairs(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, AND));
  for (let x = 0; x < hits.length; x++) {
    const k = hits[x];
    const n = out.at(k);
    if (!n || n.rule || n.type === PERSON || n.a === k) continue;
    if (k - n.a < HALF_LEAST || n.b - (k + 1) < HALF_LEAST) continue;
    if (!capitalisedOnLine(ctx, k - 1) || !capitalisedOnLine(ctx, k + 1)) continue;
    // The head ends both halves ("Leeds University and Durham University"), leads both ("Bank of
    // Montreal and Bank of Nova Scotia"), or leads the first and ends the second ("University of the
    // West of Scotland and Glasgow Caledonian University").
    const head = lower(ctx, n.a);
    const tail = lower(ctx, n.b - 1);
    // Leading, the shared word must be a body's head: "Jola Bulof and Jola Fonye" are two areas of
    // one name (organisation.and-split).
    const headed = ORG_TAIL.has(head) && (lower(ctx, k + 1) === head || head === tail);
    if (lower(ctx, k - 1) !== tail && !headed) continue;
    const { a, b, type } = n;
    out.put(a, k, type, SAME_HEAD_PAIR_ROW.id, undefined, n);
    out.put(k + 1, b, type, SAME_HEAD_PAIR_ROW.id);
  }
}

// --- place.celtic-area ----------------------------------------------------------------------------

const AREAS = new Map<string, string[][]>();
for (const r of CELTIC_AREA_ROW.value.areas) {
  const parts = r.split(' ');
  const l = AREAS.get(parts[0]) ?? [];
  l.push(parts);
  l.sort((p, q) => q.length - p.length);
  AREAS.set(parts[0], l);
}

/** place.celtic-area: see the row. */
function celticAreas(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, AREAS));
  for (let x = 0; x < hits.length; x++) {
    const h = hits[x];
    for (const parts of AREAS.get(ctx.forms[ctx.form[h]]) ?? []) {
      const b = h + parts.length;
      if (b > ctx.t.count || spanText(ctx, h, b) !== parts.join(' ')) continue;
      if (capitalisedOnLine(ctx, b) || (h > 0 && capitalisedOnLine(ctx, h - 1) && onLine(ctx, h))) break;
      const within = namesWithin(out, h, b);
      if (!within || within.some((n) => n.rule && n.type !== PLACE)) break;
      putOverWithin(out, h, b, PLACE, CELTIC_AREA_ROW.id, within);
      break;
    }
  }
}
