/**
 * Rules from the blind entity batches 116 and 117 (7 Dec 2026, helper ents60a, issue #9; rows in
 * lexicon/blind-news-39.ts). applyNameRules calls `applyBlindNewsRows39` after the rows of batches
 * 113 and 114, so these read the names every earlier rule decided. Each starts from its trigger
 * words' tokens (tokensOf), not from every token or name.
 * - organisation.shire-of: "the [Shire of Ashburton] voted".
 * - organisation.adviser-of-firm: "The family's solicitor, Owain Trevelyan of [Hugh James], said".
 * (apposition.trade-firm widens apposition.org-noun-after in detect/rules.ts.)
 */
import { lower, tokensOf, type Ctx } from '../context';
import { Kind } from '../tokenize/tokenize';
import { ADVISER_OF_FIRM_ROW, SHIRE_OF_ROW } from '../lexicon/blind-news-39';
import { lowerSetOf } from '../lexicon/rule-row';
import {
  ORG,
  PERSON,
  capitalisedOnLine,
  capitalsFrom,
  formMarks,
  isCapWord,
  isWord,
  namesWithin,
  onLine,
  putOverWithin,
  retype,
  type Names,
} from './named-spans';

export function applyBlindNewsRows39(ctx: Ctx, out: Names): void {
  shiresOf(ctx, out);
  advisersOfFirms(ctx, out);
}

// --- organisation.shire-of ------------------------------------------------------------------------

const SHIRE_HEADS = lowerSetOf(SHIRE_OF_ROW.value.heads);

/** organisation.shire-of: see the row. Only the capitalised heads are read. */
function shiresOf(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, SHIRE_HEADS));
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    if (!isCapWord(ctx, i) || !SHIRE_HEADS.has(lower(ctx, i))) continue;
    if (!isWord(ctx, i + 1, 'of') || isCapWord(ctx, i + 1) || !onLine(ctx, i + 2)) continue;
    const e = capitalsFrom(ctx, i + 2, SHIRE_OF_ROW.value.most);
    if (e < 0) continue;
    const within = namesWithin(out, i, e);
    if (!within) continue;
    putOverWithin(out, i, e, ORG, SHIRE_OF_ROW.id, within);
  }
}

// --- organisation.adviser-of-firm -----------------------------------------------------------------

const ROLES = lowerSetOf(ADVISER_OF_FIRM_ROW.value.roles);

/** organisation.adviser-of-firm: see the row. Only "of" is read. */
function advisersOfFirms(ctx: Ctx, out: Names): void {
  const { most } = ADVISER_OF_FIRM_ROW.value;
  const roles = formMarks(ctx, ROLES);
  const hits = tokensOf(ctx, formMarks(ctx, new Set(['of'])));
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    if (!isWord(ctx, i, 'of') || isCapWord(ctx, i)) continue;
    const p = out.at(i - 1),
      f = out.at(i + 1);
    if (!p || !f || p.b !== i || f.a !== i + 1 || p.type !== PERSON || f.type !== PERSON) continue;
    if (p.b - p.a < 2 || f.rule || f.b - f.a < 2 || f.b - f.a > most || capitalisedOnLine(ctx, f.b)) continue;
    // "Lucy Hale of Jamie Oliver's restaurant group": the second name owns the firm (review, stop 60).
    if (ctx.t.kind[f.b] === Kind.Poss) continue;
    // A word of the trade earlier in the sentence: "The family's solicitor, Owain Trevelyan of …".
    let trade = false;
    for (let j = ctx.s.first[ctx.s.of[i]]; j < p.a && !trade; j++) trade = roles[ctx.form[j]] === 1;
    if (trade) retype(out, f, ORG, ADVISER_OF_FIRM_ROW.id);
  }
}
