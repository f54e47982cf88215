/**
 * The shared analysis context: the text, its tokens and sentences, the injected gazetteer, and
 * small per-document facts computed once (which words the article writes in lowercase, which
 * sentences are headlines). Detectors read it; nothing here allocates per token.
 */
import type { GazetteerEntry } from './types';
import { Flag, Kind, tokenize, type Tokens } from './tokenize/tokenize';
import { segment, type Sentences } from './tokenize/sentences';
import { builtinPlace, isBuiltinDemonym, type PlaceKind } from './lexicon/places';

/** What the engine needs from a gazetteer (matches src/engine/gazetteer's `Gazetteer`). */
export interface GazetteerLike {
  lookup(name: string): GazetteerEntry | undefined;
  isDemonym(word: string): boolean;
  /** Names that need context to count as a place ("Reading"). */
  isWeak?(name: string): boolean;
}

export interface Ctx {
  text: string;
  t: Tokens;
  s: Sentences;
  gaz?: GazetteerLike;
  /** Lowercase words the article also writes in lowercase somewhere. */
  lowerSeen: Set<string>;
  /** Per sentence: 1 if it is a headline-like line (no final punctuation), 2 if also title case. */
  headline: Uint8Array;
  /** Memoised place and demonym lookups (names repeat; gazetteer normalisation is not free). */
  placeCache: Map<string, PlaceHit | null>;
  demonymCache: Map<string, boolean>;
}

export function buildContext(text: string, gaz?: GazetteerLike): Ctx {
  const t = tokenize(text);
  const s = segment(t);
  const lowerSeen = new Set<string>();
  for (let i = 0; i < t.count; i++) {
    if (t.kind[i] === Kind.Word && !(t.flags[i] & Flag.Cap)) {
      const w = text.slice(t.start[i], t.end[i]);
      // "al-Assad" is a name even though it starts in lowercase.
      if (w.indexOf('-') < 0 || w === w.toLowerCase()) lowerSeen.add(w);
    }
  }
  const headline = new Uint8Array(s.count);
  for (let k = 0; k < s.count; k++) {
    const a = s.first[k],
      b = s.last[k];
    const nextIsLine = k + 1 >= s.count || s.lineStart[k + 1] === 1;
    if (!s.lineStart[k] || !nextIsLine) continue;
    let lastTok = b - 1;
    while (lastTok > a && (t.kind[lastTok] === Kind.QClose || text.charCodeAt(t.start[lastTok]) === 41)) lastTok--;
    const lc = text.charCodeAt(t.start[lastTok]);
    if (t.kind[lastTok] === Kind.Punct && (lc === 46 || lc === 33 || lc === 63 || lc === 58 || lc === 44)) continue;
    let words = 0,
      caps = 0;
    for (let i = a; i < b; i++)
      if (t.kind[i] === Kind.Word) {
        words++;
        if (t.flags[i] & Flag.Cap) caps++;
      }
    if (words === 0) continue;
    // Bylines ("By Jane Doe and Rahul Mehta") are names, not headline words.
    if (t.kind[a] === Kind.Word && text.slice(t.start[a], t.end[a]) === 'By') continue;
    headline[k] = words >= 3 && caps / words > 0.6 ? 2 : 1;
  }
  return { text, t, s, gaz, lowerSeen, headline, placeCache: new Map(), demonymCache: new Map() };
}

export function word(ctx: Ctx, i: number): string {
  return ctx.text.slice(ctx.t.start[i], ctx.t.end[i]);
}

export function lower(ctx: Ctx, i: number): string {
  const w = ctx.text.slice(ctx.t.start[i], ctx.t.end[i]);
  // Most tokens are already lowercase; skip the case mapping for them.
  return ctx.t.flags[i] & (Flag.Cap | Flag.AllCaps) || ctx.t.kind[i] !== Kind.Word ? w.toLowerCase() : w;
}

export function spanText(ctx: Ctx, a: number, b: number): string {
  return ctx.text.slice(ctx.t.start[a], ctx.t.end[b - 1]);
}

/** Common short forms that a gazetteer may not hold. */
const PLACE_ALIASES: Record<string, string> = {
  us: 'United States',
  'u.s.': 'United States',
  usa: 'United States',
  'u.s.a.': 'United States',
  america: 'United States',
  'united states of america': 'United States',
  uk: 'United Kingdom',
  'u.k.': 'United Kingdom',
  britain: 'United Kingdom',
  'great britain': 'United Kingdom',
  kyiv: 'Kyiv',
  'washington d.c.': 'Washington',
  'd.c.': 'Washington',
  'l.a.': 'Los Angeles',
  la: 'Los Angeles',
};

export interface PlaceHit {
  kind: PlaceKind;
  canonical: string;
  entry?: GazetteerEntry;
}

/** Looks a name up as a place: gazetteer first, then built-in lists. */
export function placeLookup(ctx: Ctx, name: string): PlaceHit | undefined {
  const cached = ctx.placeCache.get(name);
  if (cached !== undefined) return cached ?? undefined;
  const hit = placeLookupUncached(ctx, name);
  ctx.placeCache.set(name, hit ?? null);
  return hit;
}

function placeLookupUncached(ctx: Ctx, name: string): PlaceHit | undefined {
  const alias = PLACE_ALIASES[name.toLowerCase()];
  const key = alias ?? name;
  if (ctx.gaz) {
    let e = ctx.gaz.lookup(key);
    if (!e && key !== name) e = ctx.gaz.lookup(name);
    if (e) return { kind: e.kind, canonical: e.name, entry: e };
  }
  const k = builtinPlace(key) ?? builtinPlace(name);
  if (k) return { kind: k, canonical: alias ?? name };
  return undefined;
}

export function isDemonym(ctx: Ctx, w: string): boolean {
  let v = ctx.demonymCache.get(w);
  if (v === undefined) {
    v = isBuiltinDemonym(w) || (ctx.gaz ? ctx.gaz.isDemonym(w) : false);
    ctx.demonymCache.set(w, v);
  }
  return v;
}
