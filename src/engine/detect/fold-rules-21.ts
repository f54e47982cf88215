/**
 * Rules for general causes of the study folds' errors, third round (helper ents38c, issue #9; rows
 * in lexicon/fold-patterns-21.ts). applyNameRules calls `applyFoldPatternRows21` right after the
 * fold-20 rows.
 * - person.estate-owner: "[Moreau]'s estate" and every bare "Moreau" read as a firm are the person.
 */
import { Kind } from '../tokenize/tokenize';
import { lower, type Ctx } from '../context';
import { ESTATE_OWNER_ROW } from '../lexicon/fold-patterns-21';
import { lowerSetOf } from '../lexicon/rule-row';
import { KNOWN_ORGS, ORG_TAIL } from '../lexicon/words';
import { ORG, PERSON, isLowerWord, retype, type NamedSpan, type Names } from './named-spans';

export function applyFoldPatternRows21(ctx: Ctx, out: Names): void {
  estateOwners(ctx, out);
}

// --- person.estate-owner ----------------------------------------------------------------------

const ESTATES = lowerSetOf(ESTATE_OWNER_ROW.value.estates);
const TRADE = lowerSetOf(ESTATE_OWNER_ROW.value.trade);
const FIRM_NOUNS = lowerSetOf(ESTATE_OWNER_ROW.value.firmNouns);
/** The model's organisation reading above which the firm is trusted ("a property firm's estate"). */
const SURE_FIRM = 0.9;

/** `n` is one word right before a possessive and "estate" (not "estate agents"). */
function ownsEstate(ctx: Ctx, n: NamedSpan): boolean {
  const p = n.b;
  if (n.b - n.a !== 1 || p + 1 >= ctx.t.count || ctx.t.kind[p] !== Kind.Poss) return false;
  if (!isLowerWord(ctx, p + 1) || !ESTATES.has(lower(ctx, p + 1))) return false;
  return !(p + 2 < ctx.t.count && isLowerWord(ctx, p + 2) && TRADE.has(lower(ctx, p + 2)));
}

/** person.estate-owner: see the row. */
function estateOwners(ctx: Ctx, out: Names): void {
  const alive = out.alive();
  const owners = new Set<number>();
  for (const n of alive) {
    if (n.type !== ORG || n.probs[ORG] >= SURE_FIRM || !ownsEstate(ctx, n)) continue;
    const w = lower(ctx, n.a);
    if (KNOWN_ORGS.has(w) || ORG_TAIL.has(w)) continue;
    owners.add(ctx.form[n.a]);
  }
  if (owners.size === 0) return;
  // "Halden shares", "Halden stores" anywhere in the text: the word names a firm.
  for (const f of owners) {
    for (let k = ctx.formStart[f]; k < ctx.formStart[f + 1]; k++) {
      const i = ctx.formTokens[k];
      if (isLowerWord(ctx, i + 1) && FIRM_NOUNS.has(lower(ctx, i + 1))) owners.delete(f);
    }
  }
  if (owners.size === 0) return;
  for (const n of alive)
    if (n.type === ORG && n.b - n.a === 1 && owners.has(ctx.form[n.a])) retype(out, n, PERSON, ESTATE_OWNER_ROW.id);
}
