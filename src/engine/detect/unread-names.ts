/**
 * Public bodies the model misses whole (rows in lexicon/unread-names.ts), applied by
 * applyNameRules after the names in apposition:
 * - organisation.the-modified-head-unread: "before the [Constitutional Tribunal]" left unread.
 * - person.given-name-before-read-surname: "Italy's [Jannik Sinner] defeated" left unread, "Sinner" read later.
 */
import { isDemonym, lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import { GIVEN_NAME_BEFORE_READ_SURNAME_ROW, THE_MODIFIED_HEAD_ROW } from '../lexicon/unread-names';
import { COMMON_WORDS, FIRST_NAME_SET, MONTHS, TITLES, WEEKDAYS } from '../lexicon/words';
import { Flag } from '../tokenize/tokenize';
import {
  ORG,
  PERSON,
  formMarks,
  isCapWord,
  isPlainWord,
  isLowerWord,
  isWord,
  opensLine,
  type Names,
} from './named-spans';

const ROW = THE_MODIFIED_HEAD_ROW.value;
const HEADS: ReadonlySet<string> = new Set(ROW.heads);

export function applyUnreadNames(ctx: Ctx, out: Names): void {
  theModifiedHeads(ctx, out);
  givenNamesBeforeReadSurnames(ctx, out);
}

/** A capitalised word no name holds, on the line of the token before it, not in capitals. */
function freeCapital(ctx: Ctx, out: Names, i: number): boolean {
  return isCapWord(ctx, i) && !opensLine(ctx, i) && !out.at(i) && !(ctx.t.flags[i] & Flag.AllCaps);
}

/** "the" in running text, or "The" opening a sentence of prose (not a title-case headline). */
function theInProse(ctx: Ctx, i: number): boolean {
  if (isLowerWord(ctx, i)) return true;
  const s = ctx.s.of[i];
  return ctx.s.first[s] === i && ctx.headline[s] === 0;
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
    while (a > 0 && k - a < ROW.maxModifiers && freeCapital(ctx, out, a - 1) && !isWord(ctx, a - 1, 'the')) a--;
    if (a === k || !isWord(ctx, a - 1, 'the') || !theInProse(ctx, a - 1) || opensLine(ctx, a)) continue;
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

/** person.given-name-before-read-surname: see the row. */
function givenNamesBeforeReadSurnames(ctx: Ctx, out: Names): void {
  const surnames = new Set<string>();
  for (const n of out.alive())
    if (n.type === PERSON && n.b - n.a === 1 && n.probs[PERSON] >= GIVEN_NAME_BEFORE_READ_SURNAME_ROW.value.minSure)
      surnames.add(lower(ctx, n.a));
  if (surnames.size === 0) return;
  const ks = tokensOf(ctx, formMarks(ctx, surnames));
  const found: number[] = [];
  for (let x = 0; x < ks.length; x++) {
    const k = ks[x];
    if (!freeCapital(ctx, out, k) || !freeCapital(ctx, out, k - 1) || isCapWord(ctx, k + 1)) continue;
    const g = lower(ctx, k - 1);
    // "Cyclone Phailin": a word the text also writes in lower case names a kind, not a person.
    if (isPlainWord(ctx, k - 1) && !FIRST_NAME_SET.has(g)) continue;
    if (
      TITLES.has(g) ||
      WEEKDAYS.has(g) ||
      MONTHS.has(g) ||
      isDemonym(ctx, ctx.text.slice(ctx.t.start[k - 1], ctx.t.end[k - 1]))
    )
      continue;
    // The surname written exactly as the name read ("Sinner", not "SINNER" or "sinner").
    if (ctx.t.flags[k] & Flag.AllCaps) continue;
    found.push(k);
  }
  for (const k of found) out.put(k - 1, k + 1, PERSON, GIVEN_NAME_BEFORE_READ_SURNAME_ROW.id);
}
