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
  return out;
}
