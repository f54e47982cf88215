/**
 * A stable content hash for article identity, synchronous and pure so it runs the same in the
 * browser (also outside secure contexts, where crypto.subtle is missing), a worker and Node.
 * Two independent 32-bit FNV-1a-style lanes give 64 bits: collisions between one reader's
 * articles are not a practical concern, and this is an identity, not a security boundary.
 *
 * The value is every stored article's id (annotations, library, share links and exports name
 * it), so it must never change: `contentHasher` computes exactly the same hash over a text fed
 * in pieces, so a long text can be hashed a slice at a time (`contentHashInSlices`).
 */
import { sliceClock, type SliceOptions } from './time-slices';

export interface ContentHasher {
  /** Feeds `text[from, to)`; pieces must be fed in order and cover the whole text. */
  update(text: string, from: number, to: number): void;
  /** The hash of everything fed, as 16 hex digits. */
  digest(): string;
}

/** A hasher for a text of `length` UTF-16 units (the length seeds the second lane). */
export function contentHasher(length: number): ContentHasher {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ length;
  return {
    update(text, from, to) {
      let a = h1;
      let b = h2;
      for (let i = from; i < to; i++) {
        const c = text.charCodeAt(i);
        a = Math.imul(a ^ c, 0x01000193);
        b = Math.imul(b ^ c, 0x5bd1e995);
        b ^= b >>> 15;
      }
      h1 = a;
      h2 = b;
    },
    digest() {
      const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
      return hex(h1) + hex(h2);
    },
  };
}

/**
 * Texts from this length on have their hash remembered (the last one only): the article's text is
 * hashed for its id when it is opened or read back, and the analysis cache hashed the same 1 MB
 * text again for its key, twice (on reading, in the reader's first render; on writing, in the idle
 * task that stores the analysis): 5–15 ms of main-thread CPU each (perf44). Shorter texts cost
 * little to hash and would only push the long one out. The one text remembered stays alive until
 * the next long text is hashed: in practice the article being read, which the page holds anyway.
 */
export const REMEMBER_FROM_CHARS = 65_536;

let remembered: { text: string; hash: string } | null = null;

/**
 * The hash of `text` if it is the long text hashed last, else undefined. Comparing strings costs
 * far less than hashing: the same string is one pointer test, and another of the same length is
 * compared only as far as its first difference (all of it, once, when equal).
 */
export function rememberedHash(text: string): string | undefined {
  return remembered && remembered.text.length === text.length && remembered.text === text ? remembered.hash : undefined;
}

function remember(text: string, hash: string): string {
  if (text.length >= REMEMBER_FROM_CHARS) remembered = { text, hash };
  return hash;
}

export function contentHash(text: string): string {
  const known = rememberedHash(text);
  if (known !== undefined) return known;
  const hasher = contentHasher(text.length);
  hasher.update(text, 0, text.length);
  return remember(text, hasher.digest());
}

/** Characters hashed between checks of the clock in `contentHashInSlices`. */
const CHECK_CHARS = 32_768;

/**
 * `contentHash(text)`, computed in time slices with the page given a turn between them
 * (`sliceClock`): a 1 MB text took one task of 20–70 ms (run once, the loop starts unoptimised).
 */
export async function contentHashInSlices(text: string, options: SliceOptions = {}): Promise<string> {
  const known = rememberedHash(text);
  if (known !== undefined) return known;
  const hasher = contentHasher(text.length);
  const clock = sliceClock(options);
  for (let from = 0; from < text.length; from += CHECK_CHARS) {
    hasher.update(text, from, Math.min(text.length, from + CHECK_CHARS));
    if (from + CHECK_CHARS < text.length) await clock.pause();
  }
  return remember(text, hasher.digest());
}
