/**
 * Names of bodies (rows in lexicon/body-names.ts), applied by applyNameRules after the possessive
 * names, so they read the names every earlier rule decided:
 * - organisation.firm-head-and-split: "Carlyle Group and EnCap Investments" are two organisations.
 * - legal-form.before-as-written: "Eni SpA", "Svenska Handelsbanken AB" are companies.
 * - organisation.institution-head-person: "Emerson College" read as a person is the college.
 */
import { lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import { FIRM_HEAD_AND_SPLIT_ROW, INSTITUTION_HEAD_PERSON_ROW, LEGAL_FORM_AS_WRITTEN_ROW } from '../lexicon/body-names';
import { Flag } from '../tokenize/tokenize';
import { LEGAL_FORMS } from '../lexicon/names';
import { FUNCTION_WORDS } from '../lexicon/words';
import {
  LAST_TOKEN,
  ORG,
  PERSON,
  aliveByWord,
  exactFormMarks,
  formMarks,
  isCapWord,
  isPlainWord,
  type Names,
} from './named-spans';

const HEADS: ReadonlySet<string> = new Set(FIRM_HEAD_AND_SPLIT_ROW.value.heads);
const LINKING: ReadonlySet<string> = new Set(FIRM_HEAD_AND_SPLIT_ROW.value.linking);
const AS_WRITTEN: ReadonlySet<string> = new Set(LEGAL_FORM_AS_WRITTEN_ROW.value.forms);
const INSTITUTION_HEADS: ReadonlySet<string> = new Set(INSTITUTION_HEAD_PERSON_ROW.value.heads);
const AND: ReadonlySet<string> = new Set(['and']);

export function applyBodyNames(ctx: Ctx, out: Names): void {
  firmsJoinedByAnd(ctx, out);
  formsAsWritten(ctx, out);
  institutionsReadAsPeople(ctx, out);
}

/** organisation.institution-head-person: see the row. */
function institutionsReadAsPeople(ctx: Ctx, out: Names): void {
  const names = aliveByWord(ctx, out, INSTITUTION_HEADS, LAST_TOKEN);
  for (let k = 0; k < names.length; k++) {
    const n = names[k];
    if (n.type !== PERSON || n.rule || n.b - n.a < 2 || !isCapWord(ctx, n.b - 1)) continue;
    out.put(n.a, n.b, ORG, INSTITUTION_HEAD_PERSON_ROW.id, undefined, n);
  }
}

/** organisation.firm-head-and-split: see the row. */
function firmsJoinedByAnd(ctx: Ctx, out: Names): void {
  const ands = tokensOf(ctx, formMarks(ctx, AND));
  for (let x = 0; x < ands.length; x++) {
    const k = ands[x];
    const n = out.at(k);
    if (!n || n.type !== ORG || k - n.a < 2 || n.b <= k + 1) continue;
    if (!HEADS.has(lower(ctx, k - 1)) || !isCapWord(ctx, k - 1) || !isCapWord(ctx, k + 1)) continue;
    // The second firm ends in a corporate head too, or is an acronym: "Disaster Management and
    // Mitigation Unit" is one body of two fields.
    const tail = n.b - 1;
    if (
      !HEADS.has(lower(ctx, tail)) &&
      !(n.b === k + 2 && ctx.t.flags[tail] & Flag.AllCaps) &&
      !placeFirm(ctx, k + 1, n.b)
    )
      continue;
    // A firm's own word on each side ("Carlyle Group", "EnCap Investments"): a department of
    // common words ("Wealth Management and Private Banking Group") is one name (review, stop 51).
    let linked = false;
    for (let i = n.a; i < k - 1; i++) if (LINKING.has(lower(ctx, i))) linked = true;
    if (linked || !ownWordIn(ctx, n.a, k - 1) || !ownWordIn(ctx, k + 1, n.b === k + 2 ? n.b : n.b - 1)) continue;
    const { a, b } = n;
    out.put(a, k, ORG, FIRM_HEAD_AND_SPLIT_ROW.id, undefined, n);
    out.put(k + 1, b, ORG, FIRM_HEAD_AND_SPLIT_ROW.id);
  }
}

/** Most words of the town a firm is named after ("Las Vegas Sands", "Boston Scientific"). */
const FIRM_TOWN_WORDS = 3;

/**
 * Tokens [a, b) are a firm named after a town: the town the map knows (not as a weak reading), then
 * one or two capitalised words of the firm's own ("Las Vegas Sands"); ents42b.
 */
function placeFirm(ctx: Ctx, a: number, b: number): boolean {
  for (let e = a + 1; e <= a + FIRM_TOWN_WORDS && e < b; e++) {
    if (b - e > 2) continue;
    const town = spanText(ctx, a, e);
    if (placeLookup(ctx, town) && !ctx.gaz?.isWeak?.(town)) return true;
  }
  return false;
}

/** A word of a firm's name: capitalised with a lowercase letter ("Eni", not "AB"), no function word or legal form. */
function isFirmWord(ctx: Ctx, i: number): boolean {
  if (!isCapWord(ctx, i) || ctx.t.flags[i] & Flag.AllCaps || ctx.t.end[i] - ctx.t.start[i] < 2) return false;
  const w = lower(ctx, i);
  return !FUNCTION_WORDS.has(w) && !LEGAL_FORMS.has(w);
}

/** Tokens [a, b) hold a word that is no word of the language (a firm's own: "Carlyle", "EnCap", "KKR"). */
function ownWordIn(ctx: Ctx, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!isPlainWord(ctx, i)) return true;
  return false;
}

/** legal-form.before-as-written: see the row. */
function formsAsWritten(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const forms = tokensOf(ctx, exactFormMarks(ctx, AS_WRITTEN));
  for (let x = 0; x < forms.length; x++) {
    const j = forms[x];
    if (j < 1 || t.flags[j] & Flag.NewLine || !isFirmWord(ctx, j - 1) || isCapWord(ctx, j + 1)) continue;
    let a = j - 1;
    while (a > 0 && j - a < 3 && isFirmWord(ctx, a - 1) && !(t.flags[a] & Flag.NewLine)) a--;
    if (placeLookup(ctx, spanText(ctx, a, j))) continue;
    const n = out.at(j - 1) ?? out.at(j);
    if (n && n.type === ORG && n.a === a && n.b === j) continue;
    // A name reaching beyond these words ("Boliden Oyj and Eni SpA" read as one) is not this row's to cut.
    if (n && (n.a < a || n.b > j + 1)) continue;
    out.put(a, j, ORG, LEGAL_FORM_AS_WRITTEN_ROW.id, undefined, n);
  }
}
