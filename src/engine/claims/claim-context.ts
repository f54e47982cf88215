/**
 * What the claim detector reads besides the shared context: the document's quotations, its
 * claim sentences, and the named mentions indexed by token and by sentence. Built once per
 * document from the public shape of mentions and entities (types.ts), so the detector does not
 * depend on how they were found or grouped.
 */
import type { Entity, Mention } from '../types';
import type { Ctx } from '../context';
import { Flag, Kind } from '../tokenize/tokenize';
import { CUE_FORMS, PHRASAL_FORMS } from '../lexicon/claim-cues';
import { claimSentences, scanQuotes, type ClaimSentences, type QuoteMap } from './quotes';

export interface CCtx extends Ctx {
  q: QuoteMap;
  cs: ClaimSentences;
  /** The mention that starts at each token. */
  byStart: Map<number, Mention>;
  entityById: Map<string, Entity>;
  /** Mentions of each claim sentence, in text order. */
  mentionsBySent: Mention[][];
  /** Per token: 2 if it may start a cue (a cue verb form, a phrasal verb), 1 for a form of "be". */
  cand: Uint8Array;
}

const BE = new Set(['is', 'are', 'was', 'were', 'been', 'being', 'be']);

/** One pass over the words, so each later look for a cue skips the rest without reading them. */
function cueCandidates(ctx: Ctx, cs: ClaimSentences): Uint8Array {
  const { t } = ctx;
  const out = new Uint8Array(t.count);
  // The answer for a word depends only on its text: looked up once per form (−1 = not yet).
  const byForm = new Int8Array(ctx.forms.length).fill(-1);
  for (let i = 0; i < t.count; i++) {
    const n = t.end[i] - t.start[i];
    if (t.kind[i] !== Kind.Word || n < 2 || n > 12) continue;
    // A capitalised cue only opens a sentence ("Said the mayor: …").
    if (t.flags[i] & Flag.Cap && cs.first[cs.of[i]] !== i) continue;
    const f = ctx.form[i];
    let c = byForm[f];
    if (c < 0) {
      const w = ctx.formLower[f];
      byForm[f] = c = CUE_FORMS.has(w) || PHRASAL_FORMS.has(w) ? 2 : BE.has(w) ? 1 : 0;
    }
    out[i] = c;
  }
  return out;
}

/** Index of the token that starts at or contains character `pos`. */
export function tokenAt(ctx: Ctx, pos: number): number {
  const { t } = ctx;
  let lo = 0,
    hi = t.count - 1,
    ans = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (t.start[mid] <= pos) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

export function claimContext(ctx: Ctx, mentions: readonly Mention[], entities: readonly Entity[]): CCtx {
  const q = scanQuotes(ctx);
  const cs = claimSentences(ctx, q);
  const byStart = new Map<number, Mention>();
  const mentionsBySent: Mention[][] = [];
  for (const m of mentions) {
    if (ctx.t.count === 0) break;
    const i = tokenAt(ctx, m.start);
    if (!byStart.has(i)) byStart.set(i, m);
    (mentionsBySent[cs.of[i]] ??= []).push(m);
  }
  for (const list of mentionsBySent) list?.sort((x, y) => x.start - y.start);
  return {
    ...ctx,
    q,
    cs,
    byStart,
    entityById: new Map(entities.map((e) => [e.id, e])),
    mentionsBySent,
    cand: cueCandidates(ctx, cs),
  };
}

/** Token index just past the mention that starts at token `i`, within `limit`. */
export function mentionEnd(cx: CCtx, i: number, limit: number): number {
  const m = cx.byStart.get(i);
  if (!m) return i;
  let e = i;
  while (e < limit && cx.t.start[e] < m.end) e++;
  return e;
}
