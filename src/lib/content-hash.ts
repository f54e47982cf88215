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

export function contentHash(text: string): string {
  const hasher = contentHasher(text.length);
  hasher.update(text, 0, text.length);
  return hasher.digest();
}

/** Characters hashed between checks of the clock in `contentHashInSlices`. */
const CHECK_CHARS = 32_768;

/**
 * `contentHash(text)`, computed in time slices with the page given a turn between them
 * (`sliceClock`): a 1 MB text took one task of 20–70 ms (run once, the loop starts unoptimised).
 */
export async function contentHashInSlices(text: string, options: SliceOptions = {}): Promise<string> {
  const hasher = contentHasher(text.length);
  const clock = sliceClock(options);
  for (let from = 0; from < text.length; from += CHECK_CHARS) {
    hasher.update(text, from, Math.min(text.length, from + CHECK_CHARS));
    if (from + CHECK_CHARS < text.length) await clock.pause();
  }
  return hasher.digest();
}
