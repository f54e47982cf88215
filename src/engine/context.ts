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
/** ctx.headline's mark for a headline-like line written in title case ("Strike Halts Greek Ferries"). */
export const TITLE_CASE_HEADLINE = 2;

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
  /** Per sentence: 1 if it is a headline-like line (no final punctuation), TITLE_CASE_HEADLINE (2) if also title case. */
  headline: Uint8Array;
  /**
   * Each token's form: the id of its distinct text (and kind) in this document, so work that
   * depends only on a word is done once per word, not once per occurrence.
   */
  form: Int32Array;
  /** Per form: its text as written, and lowercased as `lower` gives it. */
  forms: string[];
  formLower: string[];
  /**
   * Tokens by form, in text order: those of form f are formTokens[formStart[f] … formStart[f + 1]).
   * A rule that looks for a few words visits their tokens (`tokensOf`) instead of every token.
   */
  formStart: Int32Array;
  formTokens: Int32Array;
  /** Memoised place and demonym lookups (names repeat; gazetteer normalisation is not free). */
  placeCache: Map<string, PlaceHit | null>;
  demonymCache: Map<string, boolean>;
}

/**
 * Interns token texts: an open-addressing table keyed by a hash of the characters, compared in
 * place, so a word the document repeats is never sliced out again.
 */
function internForms(t: Tokens): { form: Int32Array; forms: string[]; formLower: string[]; formTok: number[] } {
  const { text, start, end, kind, flags } = t;
  const form = new Int32Array(t.count);
  const forms: string[] = [],
    formLower: string[] = [],
    formTok: number[] = [];
  let hashes = new Int32Array(1024);
  let cap = 4096;
  let table = new Int32Array(cap).fill(-1);
  const place = (h: number, f: number) => {
    let slot = h & (cap - 1);
    while (table[slot] >= 0) slot = (slot + 1) & (cap - 1);
    table[slot] = f;
  };
  // Made before the loop (see afterHotLoop in fresh-arrays.ts): the loop's optimised code, compiled
  // mid-loop in the first document, then has nothing after it that never ran.
  const out = { form, forms, formLower, formTok };
  for (let i = 0; i < t.count; i++) {
    const a = start[i],
      b = end[i],
      k = kind[i];
    let h = (0x811c9dc5 ^ k) | 0;
    for (let c = a; c < b; c++) h = Math.imul(h ^ text.charCodeAt(c), 0x01000193);
    let slot = h & (cap - 1);
    let found = -1;
    for (;;) {
      const f = table[slot];
      if (f < 0) break;
      if (hashes[f] === h && kind[formTok[f]] === k) {
        const w = forms[f];
        if (w.length === b - a) {
          let same = true;
          for (let c = 0; c < w.length; c++)
            if (w.charCodeAt(c) !== text.charCodeAt(a + c)) {
              same = false;
              break;
            }
          if (same) {
            found = f;
            break;
          }
        }
      }
      slot = (slot + 1) & (cap - 1);
    }
    if (found < 0) {
      found = forms.length;
      const w = text.slice(a, b);
      forms.push(w);
      // Most tokens are already lowercase; skip the case mapping for them.
      formLower.push(flags[i] & (Flag.Cap | Flag.AllCaps) || k !== Kind.Word ? w.toLowerCase() : w);
      formTok.push(i);
      if (found >= hashes.length) {
        const grown = new Int32Array(hashes.length * 2);
        grown.set(hashes);
        hashes = grown;
      }
      hashes[found] = h;
      if (forms.length * 2 > cap) {
        cap *= 2;
        table = new Int32Array(cap).fill(-1);
        for (let f = 0; f < forms.length; f++) place(hashes[f], f);
      } else table[slot] = found;
    }
    form[i] = found;
  }
  return out;
}

export function buildContext(text: string, gaz?: GazetteerLike): Ctx {
  const t = tokenize(text);
  const s = segment(t);
  const { form, forms, formLower, formTok } = internForms(t);
  const lowerSeen = new Set<string>();
  for (let f = 0; f < forms.length; f++) {
    const i = formTok[f];
    if (t.kind[i] === Kind.Word && !(t.flags[i] & Flag.Cap)) {
      const w = forms[f];
      // "al-Assad" is a name even though it starts in lowercase.
      if (w.indexOf('-') < 0 || w === w.toLowerCase()) lowerSeen.add(w);
    }
  }
  // Counting sort of the tokens by form: a stable pass keeps each form's tokens in text order.
  const formStart = new Int32Array(forms.length + 1);
  for (let i = 0; i < t.count; i++) formStart[form[i] + 1]++;
  for (let f = 0; f < forms.length; f++) formStart[f + 1] += formStart[f];
  const formTokens = new Int32Array(t.count);
  const fill = formStart.slice(0, forms.length);
  for (let i = 0; i < t.count; i++) formTokens[fill[form[i]]++] = i;
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
    headline[k] = words >= 3 && caps / words > 0.6 ? TITLE_CASE_HEADLINE : 1;
  }
  return new Context(text, t, s, gaz, lowerSeen, headline, form, forms, formLower, formStart, formTokens);
}

/**
 * A document's context, made by a constructor rather than an object literal: the second time a
 * literal runs, V8 marks its fields mutable and throws away every optimised function that read
 * them (129 at the start of the second analysis; tokenize.ts's TokenColumns says more).
 */
class Context implements Ctx {
  placeCache = new Map<string, PlaceHit | null>();
  demonymCache = new Map<string, boolean>();
  constructor(
    public text: string,
    public t: Tokens,
    public s: Sentences,
    public gaz: GazetteerLike | undefined,
    public lowerSeen: Set<string>,
    public headline: Uint8Array,
    public form: Int32Array,
    public forms: string[],
    public formLower: string[],
    public formStart: Int32Array,
    public formTokens: Int32Array,
  ) {}
}

/**
 * Scratch bits, one per token, for merging several forms' tokens into text order; all zero
 * between calls (the reading clears each word it reads).
 */
let tokenBits = new Int32Array(1024);

/** The tokens whose form is marked (`marks[form]` nonzero), in text order. */
export function tokensOf(ctx: Ctx, marks: Uint8Array): Int32Array {
  const { formStart, formTokens } = ctx;
  let total = 0,
    runs = 0,
    last = -1;
  for (let f = 0; f < marks.length; f++)
    if (marks[f] && formStart[f + 1] > formStart[f]) {
      total += formStart[f + 1] - formStart[f];
      runs++;
      last = f;
    }
  const out = new Int32Array(total);
  let n = 0;
  if (runs === 1) {
    for (let k = formStart[last]; k < formStart[last + 1]; k++) out[n++] = formTokens[k];
    return out;
  }
  if (runs === 0) return out;
  // Several forms: each of their tokens sets its bit, and the bits are read back in text order.
  // Linear in the tokens listed plus a thirty-second of the text's tokens; it replaced a numeric
  // sort of the merged lists (sparse forms) and a pass over every token (frequent ones, "the").
  const words = (ctx.t.count >> 5) + 1;
  if (tokenBits.length < words) tokenBits = new Int32Array(words * 2);
  const bits = tokenBits;
  let lo = words,
    hi = -1;
  for (let f = 0; f <= last; f++) {
    if (!marks[f]) continue;
    const from = formStart[f],
      to = formStart[f + 1];
    if (to === from) continue;
    for (let k = from; k < to; k++) {
      const i = formTokens[k];
      bits[i >> 5] |= 1 << (i & 31);
    }
    // A form's tokens are in text order: its first and last bound the words to read.
    if (formTokens[from] >> 5 < lo) lo = formTokens[from] >> 5;
    if (formTokens[to - 1] >> 5 > hi) hi = formTokens[to - 1] >> 5;
  }
  for (let w = lo; w <= hi; w++) {
    let v = bits[w];
    if (v === 0) continue;
    bits[w] = 0;
    const base = w << 5;
    while (v !== 0) {
      const low = v & -v;
      out[n++] = base + 31 - Math.clz32(low);
      v ^= low;
    }
  }
  return out;
}

/** Each document's capitalised words, made once when a rule first asks. */
const CAPITALISED = new WeakMap<Ctx, Int32Array>();

/**
 * The tokens that are capitalised words, in text order. Many rules start from a capital; about
 * one token in five is one, so a rule that visits these instead of every token skips the rest
 * (and the list is shared rather than each rule testing every token's kind and flags again).
 */
export function capitalisedWords(ctx: Ctx): Int32Array {
  let out = CAPITALISED.get(ctx);
  if (out) return out;
  const { kind, flags, count } = ctx.t;
  let n = 0;
  for (let i = 0; i < count; i++) if (kind[i] === Kind.Word && flags[i] & Flag.Cap) n++;
  out = new Int32Array(n);
  n = 0;
  for (let i = 0; i < count; i++) if (kind[i] === Kind.Word && flags[i] & Flag.Cap) out[n++] = i;
  CAPITALISED.set(ctx, out);
  return out;
}

/** Each document's line openings, made once when a rule first asks. */
const LINE_OPENINGS = new WeakMap<Ctx, Int32Array>();

/**
 * The tokens that open a line (the text's first token and every token after a line break), in
 * text order: a row that reads only lines' first words (signatures, headings) visits these
 * instead of testing every token's flags (the bench text has 208,131 tokens on a few thousand lines).
 */
export function lineOpenings(ctx: Ctx): Int32Array {
  let out = LINE_OPENINGS.get(ctx);
  if (!out) LINE_OPENINGS.set(ctx, (out = collectLineOpenings(ctx.t)));
  return out;
}
// Each loop ends its function (fresh-arrays.ts says why: a statement after a loop compiled
// mid-loop in the first document would deoptimise in every later analysis).
function countLineOpenings(t: Tokens): number {
  let n = 0;
  for (let i = 0; i < t.count; i++) if (i === 0 || t.flags[i] & Flag.NewLine) n++;
  return n;
}
function collectLineOpenings(t: Tokens): Int32Array {
  const out = new Int32Array(countLineOpenings(t));
  let n = 0;
  for (let i = 0; i < t.count; i++) if (i === 0 || t.flags[i] & Flag.NewLine) out[n++] = i;
  return out;
}

/** The first token starting at or after char `c` (t.count when none): a binary search over token starts. */
export function tokenFrom(ctx: Ctx, c: number): number {
  const t = ctx.t;
  let lo = 0,
    hi = t.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t.start[mid] < c) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function word(ctx: Ctx, i: number): string {
  return ctx.forms[ctx.form[i]];
}

export function lower(ctx: Ctx, i: number): string {
  return ctx.formLower[ctx.form[i]];
}

/**
 * The text of tokens [a, b). A one-token span is its interned form, the same string: no slice
 * to allocate, and its hash is already made for the map and set lookups most callers do next.
 */
export function spanText(ctx: Ctx, a: number, b: number): string {
  if (b === a + 1 && a >= 0 && a < ctx.t.count) return ctx.forms[ctx.form[a]];
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
