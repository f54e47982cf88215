/**
 * Names written with a possessive (rows in lexicon/possessive-names.ts), applied by applyNameRules
 * after the leftover rows, so they read the names every earlier rule decided:
 * - organisation.possessive-institution: "King's College London" is one organisation.
 * - none.eponymous-disease: "Alzheimer's disease" names no person.
 */
import { lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import { EPONYMOUS_DISEASE_ROW, POSSESSIVE_INSTITUTION_ROW } from '../lexicon/possessive-names';
import { COMMON_WORDS } from '../lexicon/words';
import { Kind } from '../tokenize/tokenize';
import { ORG, PERSON, formMarks, isCapWord, onLine, type Names } from './named-spans';

const INSTITUTIONS: ReadonlySet<string> = new Set(POSSESSIVE_INSTITUTION_ROW.value.heads);
const DISEASES: ReadonlySet<string> = new Set(EPONYMOUS_DISEASE_ROW.value.heads);

export function applyPossessiveNames(ctx: Ctx, out: Names): void {
  possessiveInstitutions(ctx, out);
  eponymousDiseases(ctx, out);
}

/** organisation.possessive-institution: see the row. */
function possessiveInstitutions(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const heads = tokensOf(ctx, formMarks(ctx, INSTITUTIONS));
  for (let x = 0; x < heads.length; x++) {
    const n = out.at(heads[x]);
    // The name opens with the head ("College London"): "Chen's Stanford University lab" is Chen's.
    if (!n || n.a !== heads[x] || n.a < 2 || !isCapWord(ctx, heads[x])) continue;
    const p = n.a - 2;
    if (t.kind[n.a - 1] !== Kind.Poss || !isCapWord(ctx, p) || out.at(p) || !onLine(ctx, n.a - 1)) continue;
    // "St John's College", "Boston Children's Hospital": a longer name is the model's to read.
    if (p > 0 && isCapWord(ctx, p - 1) && onLine(ctx, p) && ctx.s.first[ctx.s.of[p]] !== p) continue;
    // "Today's School Board meeting": a common word opening the sentence is capitalised for that alone.
    if (ctx.s.first[ctx.s.of[p]] === p && COMMON_WORDS.has(lower(ctx, p))) continue;
    out.put(p, n.b, ORG, POSSESSIVE_INSTITUTION_ROW.id, undefined, n);
  }
}

/** none.eponymous-disease: see the row. */
function eponymousDiseases(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const heads = tokensOf(ctx, formMarks(ctx, DISEASES));
  for (let x = 0; x < heads.length; x++) {
    const h = heads[x];
    if (isCapWord(ctx, h) || h < 1) continue;
    const last = t.kind[h - 1] === Kind.Poss ? h - 2 : h - 1;
    const n = last >= 0 ? out.at(last) : undefined;
    if (!n || n.b !== last + 1 || n.b - n.a !== 1 || (n.type !== PERSON && n.type !== ORG)) continue;
    if (placeLookup(ctx, spanText(ctx, n.a, n.b))) continue;
    out.remove(n);
  }
}
