/**
 * Public bodies the model misses whole (rows in lexicon/unread-bodies.ts), applied by
 * applyNameRules after the names in apposition:
 * - organisation.the-modified-head-unread: "before the [Constitutional Tribunal]" left unread.
 */
import { lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import { THE_MODIFIED_HEAD_ROW } from '../lexicon/unread-bodies';
import { COMMON_WORDS, FIRST_NAME_SET } from '../lexicon/words';
import { Flag } from '../tokenize/tokenize';
import { ORG, formMarks, isCapWord, isLowerWord, isWord, opensLine, type Names } from './named-spans';

const ROW = THE_MODIFIED_HEAD_ROW.value;
const HEADS: ReadonlySet<string> = new Set(ROW.heads);

export function applyUnreadBodies(ctx: Ctx, out: Names): void {
  theModifiedHeads(ctx, out);
}

/** A capitalised word no name holds, on the line of the token before it, not in capitals. */
function freeCapital(ctx: Ctx, out: Names, i: number): boolean {
  return isCapWord(ctx, i) && !opensLine(ctx, i) && !out.at(i) && !(ctx.t.flags[i] & Flag.AllCaps);
}

/** organisation.the-modified-head-unread: see the row. */
function theModifiedHeads(ctx: Ctx, out: Names): void {
  const ks = tokensOf(ctx, formMarks(ctx, HEADS));
  const found: [number, number][] = [];
  for (let x = 0; x < ks.length; x++) {
    const k = ks[x];
    // "the Electoral Commission of Kenya": a longer name, left to the model.
    if (!freeCapital(ctx, out, k) || isCapWord(ctx, k + 1) || (isWord(ctx, k + 1, 'of') && isCapWord(ctx, k + 2)))
      continue;
    let a = k;
    while (a > 0 && k - a < ROW.maxModifiers && freeCapital(ctx, out, a - 1)) a--;
    if (a === k || !isWord(ctx, a - 1, 'the') || !isLowerWord(ctx, a - 1) || opensLine(ctx, a)) continue;
    let plain = true;
    for (let i = a; i < k; i++) {
      const w = lower(ctx, i);
      if (FIRST_NAME_SET.has(w) || (COMMON_WORDS.has(w) && HEADS.has(w))) plain = false;
    }
    if (!plain || placeLookup(ctx, spanText(ctx, a, k))) continue;
    found.push([a, k + 1]);
  }
  for (const [a, b] of found) out.put(a, b, ORG, THE_MODIFIED_HEAD_ROW.id);
}
