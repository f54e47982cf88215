/**
 * Where the tagger looks. Names in English are written with capitals, so only runs of
 * capitalised words (with the small words that can sit inside a name: "of", "and", "van", "’s",
 * numbers) are decoded; every other token is outside any name. This keeps the model's work to a
 * fraction of the text and lets training and inference see exactly the same candidates.
 */
import { Flag, Kind } from '../tokenize/tokenize';
import type { Ctx } from '../context';
import { NAME_PARTICLE_WORDS } from '../lexicon/names';
import { FRESH_COLUMNS, type Columns } from './columns';

/** What a token may be inside a name. */
export const enum Slot {
  /** Never inside a name. */
  Out = 0,
  /** A capitalised word (or "al-Assad", "eBay"): may open, continue or close a name. */
  Name = 1,
  /** A lowercase particle ("van", "de", "bin") or an ordinal ("5th"): may open or continue a name, never close it. */
  Particle = 2,
  /** "of", "and", "the", "for", "’s", "&": only inside a name. */
  Inner = 3,
  /** A number: inside or closing a name ("Apollo 11", "Building 31"), never opening it. */
  Tail = 4,
}

const INNER = new Set(['of', 'and', 'the', 'for', 'on', 'upon', 'y', 'at', 'in', 'du', 'des']);

function hasUpper(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 65 && c <= 90) return true;
    if (c >= 0xc0 && c < 0x2000 && s[k] !== s[k].toLowerCase()) return true;
  }
  return false;
}

export function slotsOf(ctx: Ctx, cols: Columns = FRESH_COLUMNS): Uint8Array {
  const t = ctx.t;
  const out = cols.uint8(t.count);
  // A lowercase word's slot depends only on its text: decided once per form (−1 = not yet).
  const byForm = new Int8Array(ctx.forms.length).fill(-1);
  for (let i = 0; i < t.count; i++) {
    const k = t.kind[i];
    if (k === Kind.Word) {
      if (t.flags[i] & Flag.Cap) out[i] = Slot.Name;
      else {
        const f = ctx.form[i];
        let slot = byForm[f];
        if (slot < 0) {
          const w = ctx.formLower[f];
          if (NAME_PARTICLE_WORDS.has(w)) slot = Slot.Particle;
          else if (INNER.has(w)) slot = Slot.Inner;
          else if (hasUpper(ctx.forms[f])) slot = Slot.Name;
          else slot = Slot.Out;
          byForm[f] = slot;
        }
        out[i] = slot;
      }
    } else if (k === Kind.Num) {
      // "5th U.S. Circuit Court", "82nd Airborne Division": an ordinal may open a name.
      const n = t.end[i] - t.start[i];
      const suffix = n > 2 ? ctx.text.slice(t.end[i] - 2, t.end[i]) : '';
      out[i] = suffix === 'st' || suffix === 'nd' || suffix === 'rd' || suffix === 'th' ? Slot.Particle : Slot.Tail;
    } else if (k === Kind.Poss) out[i] = Slot.Inner;
    else if (k === Kind.Punct) {
      const c = ctx.text.charCodeAt(t.start[i]);
      // "AT&T", "Procter & Gamble"; GUM's spaced hyphens ("Jean - Luc").
      if (c === 38 || (c === 45 && t.end[i] - t.start[i] === 1)) out[i] = Slot.Inner;
    }
  }
  return out;
}

/**
 * The regions [a, b) as pairs in one array (a₀, b₀, a₁, b₁, …): each a run of slotted tokens
 * inside one sentence that holds a capitalised word, trimmed so it opens on a name word or a
 * particle and closes on a name word or a number. Found once per document: both tagger passes
 * decode the same regions.
 */
export function regionsOf(ctx: Ctx, slots: Uint8Array): Int32Array {
  const { s } = ctx;
  let out = new Int32Array(256);
  let n = 0;
  for (let k = 0; k < s.count; k++) {
    const end = s.last[k];
    let i = s.first[k];
    while (i < end) {
      if (slots[i] === Slot.Out) {
        i++;
        continue;
      }
      let j = i;
      while (j < end && slots[j] !== Slot.Out) j++;
      // Trim [i, j).
      let a = i;
      while (a < j && slots[a] !== Slot.Name && slots[a] !== Slot.Particle) a++;
      // A particle run opens a region only when a name word follows it.
      let p = a;
      while (p < j && slots[p] === Slot.Particle) p++;
      if (p > a && (p >= j || slots[p] !== Slot.Name)) a = p;
      while (a < j && slots[a] !== Slot.Name && slots[a] !== Slot.Particle) a++;
      let b = j;
      while (b > a && slots[b - 1] !== Slot.Name && slots[b - 1] !== Slot.Tail) b--;
      if (b > a) {
        let named = false;
        for (let x = a; x < b; x++) if (slots[x] === Slot.Name) named = true;
        if (named) {
          if (n + 2 > out.length) {
            const grown = new Int32Array(out.length * 2);
            grown.set(out);
            out = grown;
          }
          out[n++] = a;
          out[n++] = b;
        }
      }
      i = j;
    }
  }
  return out.subarray(0, n);
}

/** Calls `emit(a, b)` for each region (`regionsOf`), in text order. */
export function forEachRegion(ctx: Ctx, slots: Uint8Array, emit: (a: number, b: number) => void): void {
  const regions = regionsOf(ctx, slots);
  for (let k = 0; k < regions.length; k += 2) emit(regions[k], regions[k + 1]);
}

/** Tags: 0 = outside; then for each type (person, place, organization) B, I, L, U. */
export const TYPES = ['person', 'place', 'organization'] as const;
export const NTAGS = 13;
export const tagOf = (type: number, part: 0 | 1 | 2 | 3) => 1 + type * 4 + part;
export const TAG_NAMES = ['O', ...TYPES.flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => p + '-' + t))];

/** Which tags a slot allows (bit y set when tag y is allowed). */
export function allowedMask(slot: number): number {
  let m = 1; // O
  for (let ty = 0; ty < 3; ty++) {
    const B = tagOf(ty, 0),
      I = tagOf(ty, 1),
      L = tagOf(ty, 2),
      U = tagOf(ty, 3);
    if (slot === Slot.Name) m |= (1 << B) | (1 << I) | (1 << L) | (1 << U);
    else if (slot === Slot.Particle) m |= (1 << B) | (1 << I);
    else if (slot === Slot.Inner) m |= 1 << I;
    else if (slot === Slot.Tail) m |= (1 << I) | (1 << L);
  }
  return m;
}

/** BILOU transition validity: after O/L/U comes O, B or U; after B/I of a type comes I or L of it. */
export function validTransition(prev: number, cur: number): boolean {
  const pp = prev === 0 ? -1 : (prev - 1) % 4,
    pt = prev === 0 ? -1 : Math.floor((prev - 1) / 4);
  const cp = cur === 0 ? -1 : (cur - 1) % 4,
    ct = cur === 0 ? -1 : Math.floor((cur - 1) / 4);
  const open = pp === 0 || pp === 1; // B or I
  if (open) return ct === pt && (cp === 1 || cp === 2);
  return cur === 0 || cp === 0 || cp === 3;
}
