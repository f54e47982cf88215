/**
 * Rules from the blind entity batches 80 and 81 (5 Dec 2026, helper ents38a, issue #9; rows in
 * lexicon/blind-news-27.ts). applyNameRules calls `applyBlindNewsRows27` after the rows of batches
 * 77 and 78, so these read the names every earlier rule decided.
 * - person.sheikh-inside-name: a given name, "Sheikh" and a father's name read as two people (the
 *   given name with "Sheikh", then the father's name) are one person.
 */
import { lower, tokensOf, type Ctx } from '../context';
import { SHEIKH_INSIDE_NAME_ROW } from '../lexicon/blind-news-27';
import { lowerSetOf } from '../lexicon/rule-row';
import { FIRST_NAME_SET } from '../lexicon/words';
import { PERSON, formMarks, isCapWord, namesWithin, onLine, putOverWithin, type Names } from './named-spans';

export function applyBlindNewsRows27(ctx: Ctx, out: Names): void {
  sheikhInsideNames(ctx, out);
}

// --- person.sheikh-inside-name ----------------------------------------------------------------------

const MIDDLES = lowerSetOf(SHEIKH_INSIDE_NAME_ROW.value.middles);

/** person.sheikh-inside-name: see the row. */
function sheikhInsideNames(ctx: Ctx, out: Names): void {
  for (const i of tokensOf(ctx, formMarks(ctx, MIDDLES))) {
    if (i < 1 || !isCapWord(ctx, i) || !onLine(ctx, i) || !onLine(ctx, i + 1)) continue;
    if (!isCapWord(ctx, i - 1)) continue;
    // The father's name after it: a person the model or a rule read, starting right there.
    const after = out.at(i + 1);
    if (!after || after.a !== i + 1 || after.type !== PERSON) continue;
    // The given name: one the lexicon knows, or a person's name the model read through "Sheikh".
    const before = out.at(i - 1);
    if (before && before.type !== PERSON) continue;
    if (!FIRST_NAME_SET.has(lower(ctx, i - 1)) && !(before && before.b === i + 1)) continue;
    const a = before ? before.a : i - 1;
    const within = namesWithin(out, a, after.b);
    if (within) putOverWithin(out, a, after.b, PERSON, SHEIKH_INSIDE_NAME_ROW.id, within);
  }
}
