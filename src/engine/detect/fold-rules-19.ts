/**
 * Rules for general causes of the study folds' errors (helper ents36c, issue #9; rows in
 * lexicon/fold-patterns-19.ts). applyNameRules calls `applyFoldPatternRows19` right after the
 * fold-18 rows.
 * - name.opening-conjunction: "[While Poisson]'s report was late" is "Poisson".
 */
import { Kind } from '../tokenize/tokenize';
import { lower, type Ctx } from '../context';
import { OPENING_CONJUNCTION_ROW } from '../lexicon/fold-patterns-19';
import { setOf } from '../lexicon/rule-row';
import { isCapWord, type Names } from './named-spans';

const OPENING_CONJUNCTIONS = setOf(OPENING_CONJUNCTION_ROW.value);

export function applyFoldPatternRows19(ctx: Ctx, out: Names): void {
  openingConjunctions(ctx, out);
}

// --- name.opening-conjunction -----------------------------------------------------------------

/** Token `i` is the first word of its sentence: only quotes, brackets or a note mark ("[16]") before it. */
function firstWordOfSentence(ctx: Ctx, i: number): boolean {
  for (let j = ctx.s.first[ctx.s.of[i]]; j < i; j++) if (ctx.t.kind[j] === Kind.Word) return false;
  return true;
}

/** name.opening-conjunction: see the row. */
function openingConjunctions(ctx: Ctx, out: Names): void {
  const changes: (() => void)[] = [];
  for (const n of out.alive()) {
    if (n.b - n.a < 2 || !firstWordOfSentence(ctx, n.a) || !OPENING_CONJUNCTIONS.has(lower(ctx, n.a))) continue;
    if (!isCapWord(ctx, n.a + 1)) continue;
    changes.push(() => out.put(n.a + 1, n.b, n.type, OPENING_CONJUNCTION_ROW.id, undefined, n));
  }
  for (const change of changes) change();
}
