/**
 * Context cues shared by the classifier: is a word ordinary English (with inflections), is a
 * token an acronym or a dateline, is a span a known place (with the acronym guard that keeps "NIS"
 * from matching a town), does the context say "place", and which role words precede a name.
 */
import { Flag, Kind } from '../tokenize/tokenize';
import { lower, placeLookup, spanText, type Ctx, type PlaceHit } from '../context';
import { COMMON_WORDS, KNOWN_ORGS, PLACE_NEXT_NOUNS, PLACE_PREV_NOUN, ROLE_NOUNS, TITLES } from '../lexicon/words';
import { ORGS } from '../lexicon/generated';

export const ORG_SET: Set<string> = new Set([...ORGS.split('|'), ...KNOWN_ORGS]);
export const COMPASS = new Set([
  'west',
  'east',
  'north',
  'south',
  'western',
  'eastern',
  'northern',
  'southern',
  'central',
]);
export const DIRECTION_TAIL = new Set(['west', 'east', 'north', 'south', 'island', 'islands', 'central', 'city']);

export const LEGAL_FORMS = new Set([
  'gmbh',
  'ag',
  'llc',
  'inc',
  'inc.',
  'ltd',
  'ltd.',
  'plc',
  'sa',
  'nv',
  'bv',
  'l.l.c.',
  'asa',
  'ab',
  'spa',
  's.p.a.',
  's.a.',
  'n.v.',
  'b.v.',
  'se',
  'oyj',
  'pty',
  'bhd',
  'lp',
  'llp',
  'kgaa',
  'corp',
  'corp.',
  'co',
  'co.',
  'limited',
  'incorporated',
]);

/** An ordinary English word (inflections included): "Thousands", "Distributed", "Months". */
export function isCommon(ctx: Ctx, w: string): boolean {
  if (COMMON_WORDS.has(w) || ctx.lowerSeen.has(w)) return true;
  const n = w.length;
  if (n < 4) return false;
  if (w.endsWith('s') && COMMON_WORDS.has(w.slice(0, -1))) return true;
  if (w.endsWith('ies') && COMMON_WORDS.has(w.slice(0, -3) + 'y')) return true;
  if (w.endsWith('ed') && (COMMON_WORDS.has(w.slice(0, -2)) || COMMON_WORDS.has(w.slice(0, -1)))) return true;
  if (w.endsWith('ing') && (COMMON_WORDS.has(w.slice(0, -3)) || COMMON_WORDS.has(w.slice(0, -3) + 'e'))) return true;
  if (w.endsWith('ly') && COMMON_WORDS.has(w.slice(0, -2))) return true;
  if (w.endsWith('ion') && (COMMON_WORDS.has(w.slice(0, -3)) || COMMON_WORDS.has(w.slice(0, -3) + 'e'))) return true;
  return false;
}

export function isAcronym(ctx: Ctx, i: number): boolean {
  const f = ctx.t.flags[i];
  if (f & Flag.AllCaps) return ctx.t.end[i] - ctx.t.start[i] <= 6;
  return (
    (f & Flag.Dotted) !== 0 &&
    (f & Flag.Cap) !== 0 &&
    ctx.t.end[i] - ctx.t.start[i] >= 4 &&
    ctx.t.end[i] - ctx.t.start[i] <= 8
  );
}

/** Place lookup that refuses short acronyms unless they are known country short forms. */
export function placeOf(ctx: Ctx, a: number, b: number): PlaceHit | undefined {
  if (b - a === 1 && isAcronym(ctx, a) && !isDateline(ctx, a)) {
    const w = lower(ctx, a);
    if (
      !['us', 'u.s.', 'uk', 'u.k.', 'usa', 'u.s.a.', 'uae', 'la', 'l.a.', 'd.c.', 'drc', 'eu'].includes(w) ||
      w === 'eu'
    )
      return undefined;
  }
  const name = spanText(ctx, a, b);
  const hit = placeLookup(ctx, name);
  if (!hit) return undefined;
  if (ctx.gaz?.isWeak?.(name) && !hasPlaceContext(ctx, a, b)) return undefined;
  return hit;
}

/** "BERLIN —", "KYIV, Ukraine —": capitals at the start of a line before a dash or comma. */
export function isDateline(ctx: Ctx, a: number): boolean {
  const { t } = ctx;
  if (!(t.flags[a] & Flag.NewLine) && a !== 0) return false;
  if (a + 1 >= t.count || t.kind[a + 1] !== Kind.Punct) return false;
  const c = ctx.text.charCodeAt(t.start[a + 1]);
  return c === 0x2014 || c === 0x2013 || c === 45 || c === 44 || c === 40;
}

export function startsPlace(ctx: Ctx, a: number, b: number): boolean {
  for (let e = Math.min(b, a + 4); e > a + (COMMON_WORDS.has(lower(ctx, a)) ? 1 : 0); e--) {
    const p = placeOf(ctx, a, e);
    if (p && (p.kind === 'country' || e > a + 1)) return true;
  }
  return false;
}

export function isTitleTok(ctx: Ctx, i: number): boolean {
  const w = lower(ctx, i);
  return TITLES.has(w) || w.endsWith('-elect');
}

export function isNameWordLike(ctx: Ctx, i: number): boolean {
  return ctx.t.kind[i] === Kind.Word && (ctx.t.flags[i] & Flag.Cap) !== 0;
}

export function hasPlaceContext(ctx: Ctx, a: number, b: number): boolean {
  const { t } = ctx;
  // A dateline ("ALBANY, N.Y. (AP) —") names the place the story was filed from.
  if (a === b - 1 && t.flags[a] & Flag.AllCaps && isDateline(ctx, a)) return true;
  if (a > 0 && t.kind[a - 1] === Kind.Word) {
    const p = lower(ctx, a - 1);
    if (p === 'in' || p === 'near' || p === 'outside' || p === 'across' || p === 'throughout') return true;
    if (p === 'of' && a > 1 && PLACE_PREV_NOUN.has(lower(ctx, a - 2))) return true;
  }
  if (b < t.count && t.kind[b] === Kind.Word && !(t.flags[b] & Flag.Cap) && PLACE_NEXT_NOUNS.has(lower(ctx, b)))
    return true;
  return false;
}

/** Role words written before a person's name ("North Korean ruler", "team member"). */
export function roleBefore(ctx: Ctx, nameStart: number, sentFirst: number): string | undefined {
  const { t } = ctx;
  let j = nameStart - 1;
  let sawRole = false,
    lastRoleTok = -1,
    n = 0;
  while (j >= sentFirst && n < 6) {
    if (t.kind[j] !== Kind.Word) break;
    const w = lower(ctx, j);
    const isRole = TITLES.has(w) || ROLE_NOUNS.has(w) || w.endsWith('-elect') || w === 'member' || w === 'co-founder';
    if (isRole) {
      sawRole = true;
      if (lastRoleTok < 0) lastRoleTok = j;
    } else if (!(t.flags[j] & Flag.Cap) || w === 'the') break;
    if (lastRoleTok < 0) break; // the word right before the name must be a role word
    j--;
    n++;
  }
  if (!sawRole) return undefined;
  let from = j + 1;
  // Modifiers without a role word at the far left that are lowercase common words are dropped.
  while (
    from < nameStart &&
    !(t.flags[from] & Flag.Cap) &&
    !TITLES.has(lower(ctx, from)) &&
    !ROLE_NOUNS.has(lower(ctx, from)) &&
    lower(ctx, from) !== 'team'
  )
    from++;
  if (from >= nameStart) return undefined;
  return spanText(ctx, from, nameStart);
}
