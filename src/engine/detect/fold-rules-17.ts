/**
 * Rules for error classes of the held-out folds and the last stop's leftovers (helper ents27b,
 * issue #9; rows in lexicon/fold-patterns-17.ts). applyNameRules calls `applyFoldPatternRows17`
 * right after the fold-16 rows.
 * - organisation.trade-noun-first: "the bank's auditor, [Auditores Ibéricos]" read as a person.
 * - none.civic-body-title: "City Council member Marisol Ruiz": the body is part of the title.
 */
import { Kind } from '../tokenize/tokenize';
import { lower, placeLookup, spanText, type Ctx } from '../context';
import { CIVIC_BODY_TITLE_ROW, ROMANCE_TRADE_FIRST_ROW } from '../lexicon/fold-patterns-17';
import { FACILITY_TAIL, PLACE_TAIL } from '../lexicon/words';
import { ORG, capitalisedOnLine, isWord, type NamedSpan, type Names } from './named-spans';

const set = (xs: readonly string[]) => new Set(xs);
const TRADE_FIRST = set(ROMANCE_TRADE_FIRST_ROW.value);
const JURISDICTIONS = set(CIVIC_BODY_TITLE_ROW.value.jurisdictions);
const CIVIC_BODIES = set(CIVIC_BODY_TITLE_ROW.value.bodies);
const CIVIC_ROLES = set(CIVIC_BODY_TITLE_ROW.value.roles);
/** Most words of a firm named by its trade first. */
const TRADE_WORDS = 5;

export function applyFoldPatternRows17(ctx: Ctx, out: Names): void {
  tradeNounsFirst(ctx, out);
  civicBodyTitles(ctx, out);
}

// --- organisation.trade-noun-first --------------------------------------------------------------

/** organisation.trade-noun-first: see the row. */
function tradeNounsFirst(ctx: Ctx, out: Names): void {
  const found: NamedSpan[] = [];
  for (const n of out.alive()) {
    if (n.type === ORG || n.b - n.a < 2 || n.b - n.a > TRADE_WORDS || !TRADE_FIRST.has(lower(ctx, n.a))) continue;
    const last = lower(ctx, n.b - 1);
    if (PLACE_TAIL.has(last) || FACILITY_TAIL.has(last)) continue;
    if (placeLookup(ctx, spanText(ctx, n.a, n.b))) continue;
    found.push(n);
  }
  for (const n of found) out.put(n.a, n.b, ORG, ROMANCE_TRADE_FIRST_ROW.id, undefined, n);
}

// --- none.civic-body-title ----------------------------------------------------------------------

/** none.civic-body-title: see the row. */
function civicBodyTitles(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const found: NamedSpan[] = [];
  for (const n of out.alive()) {
    // "City Council" before its role word, or "School Board President" read as one name.
    const titled = n.b - n.a === 3 && CIVIC_ROLES.has(lower(ctx, n.b - 1));
    if ((n.b - n.a !== 2 && !titled) || !JURISDICTIONS.has(lower(ctx, n.a)) || !CIVIC_BODIES.has(lower(ctx, n.a + 1)))
      continue;
    // "Reno City Council member", "the City Council members": a town or an article names the body.
    if (capitalisedOnLine(ctx, n.a - 1) || isWord(ctx, n.a - 1, 'the')) continue;
    const r = n.b;
    if (!titled && (r >= t.count || t.kind[r] !== Kind.Word || !CIVIC_ROLES.has(lower(ctx, r)))) continue;
    found.push(n);
  }
  for (const n of found) out.remove(n);
}
