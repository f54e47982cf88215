/**
 * Raw-DEFLATE decompression with a hard ceiling on output, for untrusted input (share links).
 * A few hundred bytes of DEFLATE can expand a thousandfold, so inflating first and measuring after
 * would let a link allocate hundreds of megabytes. Instead the input is pushed through fflate's
 * streaming `Inflate` in small chunks and output is counted as it appears: one chunk can produce at
 * most ~1032× its size, so the transient overshoot is bounded by CHUNK_BYTES × 1032 (≈ 264 KB), and
 * nothing past `maxBytes` is ever kept.
 */
import { Inflate } from 'fflate';

const CHUNK_BYTES = 256;

export type InflateResult = { bytes: Uint8Array } | { error: 'too-large' | 'corrupt' };

export function inflateBounded(data: Uint8Array, maxBytes: number): InflateResult {
  const parts: Uint8Array[] = [];
  let total = 0;
  let overLimit = false;
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > maxBytes) {
      overLimit = true;
      return;
    }
    parts.push(chunk);
    if (final) finished = true;
  });
  try {
    for (let i = 0; i < data.length && !overLimit; i += CHUNK_BYTES) {
      const end = Math.min(i + CHUNK_BYTES, data.length);
      inflater.push(data.subarray(i, end), end === data.length);
    }
  } catch {
    return { error: overLimit ? 'too-large' : 'corrupt' };
  }
  if (overLimit) return { error: 'too-large' };
  // Without a final block the stream was truncated, even if what arrived decoded cleanly.
  if (!finished) return { error: 'corrupt' };
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return { bytes };
}
