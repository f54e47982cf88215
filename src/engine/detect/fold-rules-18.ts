/**
 * Rules for error classes of the held-out folds and leftovers of the read batches (helper ents28b,
 * issue #9; rows in lexicon/fold-patterns-18.ts). applyNameRules calls `applyFoldPatternRows18`
 * right after the fold-17 rows.
 * - place.sea-without-kind: "seen on the [Baltic] on Tuesday" left unread.
 */
import { Kind } from '../tokenize/tokenize';
import { lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import { SEA_ALONE_ROW } from '../lexicon/fold-patterns-18';
import { COMMON_WORDS, FUNCTION_WORDS } from '../lexicon/words';
import { PLACE, capitalisedOnLine, formMarks, isLowerWord, type Names } from './named-spans';

const SEA_KINDS = SEA_ALONE_ROW.value.kinds;
const SEA_DETERMINERS = new Set(SEA_ALONE_ROW.value.determiners);
const DIRECTIONS = new Set(SEA_ALONE_ROW.value.directions);

export function applyFoldPatternRows18(ctx: Ctx, out: Names): void {
  seasWithoutKind(ctx, out);
}

// --- place.sea-without-kind -------------------------------------------------------------------

/** The phrase ends after `i`: punctuation, a function word, or the end of the text. */
function phraseEnds(ctx: Ctx, i: number): boolean {
  if (i >= ctx.t.count) return true;
  if (ctx.t.kind[i] === Kind.Punct) return true;
  return isLowerWord(ctx, i) && FUNCTION_WORDS.has(lower(ctx, i));
}

/** place.sea-without-kind: see the row. */
function seasWithoutKind(ctx: Ctx, out: Names): void {
  // The loop in a function of its own that returns right after it (fresh-arrays.ts, "a hot loop's function").
  const found = lonelySeas(ctx, out);
  for (const i of found) out.put(i, i + 1, PLACE, SEA_ALONE_ROW.id);
}

/** The tokens place.sea-without-kind reads as seas. */
function lonelySeas(ctx: Ctx, out: Names): number[] {
  const t = ctx.t;
  const found: number[] = [];
  const seas = new Map<string, boolean>();
  // Only the word after a determiner the row takes is read: their tokens are visited.
  const determiners = tokensOf(ctx, formMarks(ctx, SEA_DETERMINERS));
  for (let x = 0; x < determiners.length; x++) {
    const i = determiners[x] + 1;
    if (i >= t.count || !capitalisedOnLine(ctx, i) || t.kind[i] !== Kind.Word || out.at(i)) continue;
    if (!isLowerWord(ctx, i - 1) || !SEA_DETERMINERS.has(lower(ctx, i - 1)) || !phraseEnds(ctx, i + 1)) continue;
    const w = lower(ctx, i);
    if (COMMON_WORDS.has(w) || ctx.lowerSeen.has(w) || DIRECTIONS.has(w)) continue;
    const name = spanText(ctx, i, i + 1);
    // Each word's answer once: "the Ministry" comes back hundreds of times in a long text.
    let sea = seas.get(name);
    if (sea === undefined) seas.set(name, (sea = SEA_KINDS.some((k) => placeLookup(ctx, `${name} ${k}`))));
    if (sea) found.push(i);
  }
  return found;
}
