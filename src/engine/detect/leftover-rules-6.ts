/**
 * Rules for leftovers other helpers met on news sentences of their own (helper ents30d, issue #9;
 * rows in lexicon/news-leftovers-6.ts). applyNameRules calls `applyLeftoverRows6` right after the
 * blind-20 rows, so these read the names every earlier rule decided.
 * - organisation.place-tech-state: "[Virginia Tech] beat [Georgia Tech]".
 * - sport.club-town-first-town: "[Sparta Prague] beat [Werder Bremen] 2-1".
 */
import { placeLookup, spanText, type Ctx } from '../context';
import { CLUB_TOWN_FIRST_TOWN_ROW, PLACE_TECH_STATE_ROW } from '../lexicon/news-leftovers-6';
import { clubTownShape, peopleFirstWords, sideAfter, sideBefore } from './blind-rules-14';
import { ORG, PERSON, PLACE, capitalisedOnLine, type Names } from './named-spans';
import { SportsReading } from './sport-sentences';

const TAILS = new Set(PLACE_TECH_STATE_ROW.value.tails);
const PLACE_TAILS = new Set(PLACE_TECH_STATE_ROW.value.placeTails);
/** Most words of the place before "Tech"/"State" ("San Diego State"). */
const PLACE_WORDS = 2;
const CLUB_WORDS = CLUB_TOWN_FIRST_TOWN_ROW.value;

export function applyLeftoverRows6(ctx: Ctx, out: Names): void {
  placeTechStates(ctx, out);
  townFirstClubs(ctx, out);
}

// --- organisation.place-tech-state ------------------------------------------------------------

/** organisation.place-tech-state: see the row. */
function placeTechStates(ctx: Ctx, out: Names): void {
  const alive = out.alive();
  const found: { a: number; b: number; n: (typeof alive)[number] }[] = [];
  for (let x = 0; x < alive.length; x++) {
    const n = alive[x];
    const { a, b } = n;
    if (n.type === ORG || b - a < 2 || b - a > PLACE_WORDS + 1) continue;
    const tail = ctx.forms[ctx.form[b - 1]];
    if (!TAILS.has(tail) || !(n.type === PERSON || (n.type === PLACE && PLACE_TAILS.has(tail)))) continue;
    if (capitalisedOnLine(ctx, b) || !placeLookup(ctx, spanText(ctx, a, b - 1))) continue;
    if (placeLookup(ctx, spanText(ctx, a, b))) continue;
    found.push({ a, b, n });
  }
  for (const { a, b, n } of found) out.put(a, b, ORG, PLACE_TECH_STATE_ROW.id, undefined, n);
}

// --- sport.club-town-first-town ---------------------------------------------------------------

/** sport.club-town-first-town: see the row. */
function townFirstClubs(ctx: Ctx, out: Names): void {
  const sports = new SportsReading(ctx);
  if (sports.ruledOut) return;
  const alive = out.alive();
  const candidates: (typeof alive)[number][] = [];
  for (let x = 0; x < alive.length; x++) {
    const n = alive[x];
    if (n.type === ORG || n.rule || n.b - n.a !== CLUB_WORDS) continue;
    if (placeLookup(ctx, ctx.forms[ctx.form[n.a]])?.kind !== 'city') continue;
    candidates.push(n);
  }
  if (!candidates.length || !sports.yes) return;
  const people = peopleFirstWords(ctx, out);
  for (const n of candidates) {
    if (!clubTownShape(ctx, n.a, n.b, people, true)) continue;
    if (!sideBefore(ctx, n.a) || !sideAfter(ctx, n.b)) continue;
    out.put(n.a, n.b, ORG, CLUB_TOWN_FIRST_TOWN_ROW.id, undefined, n);
  }
}
