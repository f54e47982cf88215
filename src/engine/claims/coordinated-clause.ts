/**
 * Row speaker.subject.after-coordinated-clause (lexicon/claims-lead-54.ts): the clause a cue's
 * subject is sought in when a sentence joins a fact and a statement with ", and".
 */
import { lower } from '../context';
import { COORDINATED_ROLES } from '../lexicon/claims-45';
import { AFTER_COORDINATED_CLAUSE } from '../lexicon/claims-lead-54';
import { Flag, Kind } from '../tokenize/tokenize';
import { isComma, type CCtx } from './claim-context';
import { finiteForm } from './verb-forms';

const COORDINATORS: ReadonlySet<string> = new Set(AFTER_COORDINATED_CLAUSE.value.coordinators);
const OPENERS: ReadonlySet<string> = new Set(AFTER_COORDINATED_CLAUSE.value.openers);

/** Words that open a relative aside after a comma ("The mayor, who was elected, and her deputy said"): row speaker.subject.coordinated-roles's. */
const RELATIVES: ReadonlySet<string> = new Set(COORDINATED_ROLES.value.relatives);

/** A lowercase word in [a, b), outside a relative aside, reads as a finite verb: an auxiliary or a past. */
export function hasFinite(ctx: CCtx, a: number, b: number): boolean {
  let aside = false;
  for (let i = a; i < b; i++) {
    if (isComma(ctx, i)) aside = i + 1 < b && RELATIVES.has(lower(ctx, i + 1));
    if (aside || ctx.t.kind[i] !== Kind.Word || ctx.t.flags[i] & Flag.Cap) continue;
    // Anywhere in a clause a short word in -ed is as often a noun or adjective ("bed", "red").
    if (finiteForm(lower(ctx, i), 5)) return true;
  }
  return false;
}

/**
 * Where the subject ending at `end` may start: after the last ", and"/", but" before it that opens
 * a clause with its own subject, when the clause before has a finite verb; else `sentFirst`.
 */
export function afterCoordinatedClause(ctx: CCtx, end: number, sentFirst: number): number {
  for (let k = end - 1; k > sentFirst; k--) {
    if (!isComma(ctx, k)) continue;
    const c = k + 1;
    if (ctx.t.kind[c] !== Kind.Word || !COORDINATORS.has(lower(ctx, c))) continue;
    const o = c + 1;
    if (o > end || ctx.t.kind[o] !== Kind.Word) return sentFirst;
    if (!(OPENERS.has(lower(ctx, o)) || ctx.t.flags[o] & Flag.Cap)) return sentFirst;
    return hasFinite(ctx, sentFirst, k) ? o : sentFirst;
  }
  return sentFirst;
}
