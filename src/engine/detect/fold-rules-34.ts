/**
 * Rules for news-shaped misses fold rows 33 and stop 62's reading left, eighteenth round (helper
 * ents63c, issue #9; rows in lexicon/fold-patterns-34.ts). applyNameRules calls
 * `applyFoldPatternRows34` right after the fold-33 rows.
 * - place.region-not-person: "[Nuevo Leon] said it would appeal" is a place.
 * - place.office-of-place-before-name: "Mayor of [Greater Manchester] Paul Kershaw".
 */
import { lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import { OFFICE_OF_PLACE_ROW, REGION_NOT_PERSON_ROW } from '../lexicon/fold-patterns-34';
import { FIRST_NAME_SET, ORG_TAIL } from '../lexicon/words';
import { HONORIFIC_ROWS } from '../lexicon/names';
import { TITLE_ROWS } from '../lexicon/titles';
import { ORG, PERSON, PLACE, capitalisedOnLine, exactFormMarks, isOneChar, onLine, type Names } from './named-spans';

export function applyFoldPatternRows34(ctx: Ctx, out: Names): void {
  regionsNotPeople(ctx, out);
  officesOfPlaces(ctx, out);
}

// --- place.region-not-person ----------------------------------------------------------------------

/** Title and honorific words (lowercase) before a name that say it is a person's. */
const PERSON_WORDS_BEFORE: ReadonlySet<string> = new Set(
  [...TITLE_ROWS, ...HONORIFIC_ROWS].flatMap((r) => r.value).map((w) => w.toLowerCase()),
);

/** place.region-not-person: see the row. */
function regionsNotPeople(ctx: Ctx, out: Names): void {
  if (!ctx.gaz) return;
  const alive = out.alive();
  for (let x = 0; x < alive.length; x++) {
    const n = alive[x];
    if (n.type !== PERSON || n.rule || n.b - n.a < 2) continue;
    // A person's name opens with the given name ("Sierra Leone" is left to the map's other rows).
    if (FIRST_NAME_SET.has(lower(ctx, n.a))) continue;
    const hit = placeLookup(ctx, spanText(ctx, n.a, n.b));
    if (!hit || (hit.kind !== 'country' && hit.kind !== 'region')) continue;
    if (n.a > 0 && PERSON_WORDS_BEFORE.has(lower(ctx, n.a - 1))) continue;
    // Another person named in full with one of these words ("Leon Brittan") keeps the reading.
    let named = false;
    for (const other of alive)
      if (other !== n && other.type === PERSON && other.b - other.a > 1)
        for (let i = n.a; i < n.b && !named; i++)
          for (let j = other.a; j < other.b && !named; j++) named = lower(ctx, i) === lower(ctx, j);
    if (named) continue;
    out.put(n.a, n.b, PLACE, REGION_NOT_PERSON_ROW.id, undefined, n);
  }
}

// --- place.office-of-place-before-name ------------------------------------------------------------

const OF: ReadonlySet<string> = new Set(['of']);
const OFFICES: ReadonlySet<string> = new Set(OFFICE_OF_PLACE_ROW.value.map((w) => w.toLowerCase()));
/** Longest place between "of" and the holder's name, in tokens. */
const PLACE_WORDS = 3;
/** Longest holder's name, in tokens. */
const NAME_WORDS = 3;

/** place.office-of-place-before-name: see the row. */
function officesOfPlaces(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, OF));
  for (let x = 0; x < hits.length; x++) {
    const of = hits[x];
    if (of < 1 || !OFFICES.has(lower(ctx, of - 1)) || !onLine(ctx, of + 1)) continue;
    const p = of + 1;
    let e = p;
    while (e - p < PLACE_WORDS + NAME_WORDS && capitalisedOnLine(ctx, e)) e++;
    if (e === p) continue;
    // "The Mayor of Greater Manchester, Paul Kershaw,": the run ends at a comma before a person.
    if (e - p <= PLACE_WORDS && isOneChar(ctx, e, 44)) {
      const holder = out.at(e + 1);
      if (!holder || holder.type !== PERSON || holder.a !== e + 1) continue;
      if (unreadBetween(out, p, e)) out.put(p, e, PLACE, OFFICE_OF_PLACE_ROW.id);
      continue;
    }
    // "Mayor of Greater Manchester Paul Kershaw": the first given name after one word or more.
    let k = p + 1;
    while (k < e - 1 && !FIRST_NAME_SET.has(lower(ctx, k))) k++;
    // "Mayor of London Sadiq Khan": a given name the lexicon lacks; the map's place ends the run
    // before two or more words of a name (news-leftovers-30).
    if (k >= e - 1) k = mapPlaceEnd(ctx, p, e);
    if (k >= e - 1 || k - p > PLACE_WORDS || e - k > NAME_WORDS) continue;
    const first = out.at(p);
    if (first && first.rule) continue;
    // The place unread and the holder read from the given name on; or one model name over both.
    const holder = out.at(k);
    const oneName = first && first.a === p && first.b === e && holder === first;
    const apart = unreadBetween(out, p, k) && (!holder || (holder.a === k && !holder.rule));
    if (!oneName && !apart) continue;
    // "Prefect of Police Laurent Nunez": a body's word ends the run before the name, a body; "Provost
    // of Trinity College Dublin Linda Doyle": one model name over a body and the holder, left whole
    // when a body's word stands in the run (review of stop 63).
    const type = ORG_TAIL.has(lower(ctx, k - 1)) ? ORG : PLACE;
    if (oneName && type === PLACE && bodyWordIn(ctx, p, k)) continue;
    const was = oneName ? first : undefined;
    out.put(p, k, type, OFFICE_OF_PLACE_ROW.id, undefined, was);
    if (!holder || oneName || holder.type !== PERSON || holder.b !== e)
      out.put(k, e, PERSON, OFFICE_OF_PLACE_ROW.id, undefined, oneName ? undefined : holder);
  }
}

/**
 * The end of the longest place the map knows from `p` that leaves two or more capitalised words
 * before `e`, none a body's word nor itself the start of a place; `e` when none.
 */
function mapPlaceEnd(ctx: Ctx, p: number, e: number): number {
  if (!ctx.gaz || bodyWordIn(ctx, p, e)) return e;
  for (let k = Math.min(p + PLACE_WORDS, e - 2); k > p; k--)
    if (placeLookup(ctx, spanText(ctx, p, k)))
      return placeLookup(ctx, spanText(ctx, k, k + 1)) || placeLookup(ctx, spanText(ctx, k, e)) ? e : k;
  return e;
}

/** A body's word ("College", "Police") among the tokens [a, b). */
function bodyWordIn(ctx: Ctx, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (ORG_TAIL.has(lower(ctx, i))) return true;
  return false;
}

function unreadBetween(out: Names, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (out.at(i)) return false;
  return true;
}
