/**
 * Mention detection entry: chunks → classification → raw mentions, plus datelines
 * ("MOSCOW —" at the start of a line is a place even though it is all capitals).
 */
import { findChunks } from './chunks';
import { classifyChunk, type RawMention } from './classify';
import type { Ctx } from '../context';

export function detectMentions(ctx: Ctx): RawMention[] {
  const out: RawMention[] = [];
  findChunks(ctx, (ch) => classifyChunk(ctx, ch, out));
  // A name that one mention already covers ("University of California, Irvine") is not a second one.
  let keep = 0,
    reach = -1;
  for (let i = 0; i < out.length; i++) {
    const m = out[i];
    if (m.b <= reach && i > 0) continue;
    if (m.b > reach) reach = m.b;
    out[keep++] = m;
  }
  out.length = keep;
  return out;
}
