/**
 * Rules for error classes of the held-out fold documents (4 Dec 2026, helper ents24b, issue #9;
 * rows in lexicon/fold-patterns-15.ts). applyNameRules calls `applyFoldPatternRows15` right after
 * the fold-14 rows.
 * - person.player-before-set-scores: "beating [Taylor Fritz] 6-3, 6-4, 7-5".
 * - place.water-before-kind: "the [Brenta] river".
 */
import { Kind } from '../tokenize/tokenize';
import { lower, tokensOf, type Ctx } from '../context';
import { PLAYER_BEFORE_SET_SCORES_ROW, WATER_BEFORE_KIND_ROW } from '../lexicon/fold-patterns-15';
import { COMMON_WORDS, FIRST_NAME_SET, FUNCTION_WORDS, MONTHS, WEEKDAYS } from '../lexicon/words';
import {
  ORG,
  PERSON,
  PLACE,
  capitalisedOnLine,
  formMarks,
  isCapWord,
  isLowerWord,
  isWord,
  namesWithin,
  onLine,
  putOverWithin,
  type NamedSpan,
  type Names,
} from './named-spans';

const SETS = PLAYER_BEFORE_SET_SCORES_ROW.value.sets;
const WATER_KINDS = new Set(WATER_BEFORE_KIND_ROW.value.kinds);
/** A reading this sure keeps its type. */
const SURE = 0.8;
/** The fewest games that win a tennis set: what tells "6-4, 6-3" from two legs' "2-1, 3-0". */
export const SET_WON_GAMES = 6;
/** Games won by a side in a set ("6", "7"). */
const SET_GAMES = /^\d{1,2}$/;

export function applyFoldPatternRows15(ctx: Ctx, out: Names): void {
  playersBeforeSetScores(ctx, out);
  watersBeforeKinds(ctx, out);
}

/** The token after a set's score ("6", "-", "3") at `i` on the line, or -1. */
function setScoreEnd(ctx: Ctx, i: number): number {
  const t = ctx.t;
  if (i + 2 >= t.count || !onLine(ctx, i + 2) || t.kind[i] !== Kind.Num || t.kind[i + 2] !== Kind.Num) return -1;
  if (!SET_GAMES.test(ctx.forms[ctx.form[i]]) || !SET_GAMES.test(ctx.forms[ctx.form[i + 2]])) return -1;
  return punct(ctx, i + 1, '-') || punct(ctx, i + 1, '–') ? i + 3 : -1;
}

/** Token `i` is the punctuation mark `p`. */
function punct(ctx: Ctx, i: number, p: string): boolean {
  return i < ctx.t.count && ctx.t.kind[i] === Kind.Punct && ctx.forms[ctx.form[i]] === p;
}

/**
 * Token `i` starts a match's set scores ("6-3, 6-4"): at least the row's number of sets, each won
 * with at least `minGames` games ("2-1, 3-0" is two legs of a football tie, never a set).
 */
export function setScoresAt(ctx: Ctx, i: number, minGames = 0): boolean {
  let sets = 0;
  let s = i;
  for (;;) {
    const e = setScoreEnd(ctx, s);
    if (e < 0) break;
    if (Math.max(Number(ctx.forms[ctx.form[s]]), Number(ctx.forms[ctx.form[s + 2]])) < minGames) return false;
    sets++;
    if (!punct(ctx, e, ',')) break;
    s = e + 1;
  }
  return sets >= SETS;
}

/** person.player-before-set-scores: see the row. */
function playersBeforeSetScores(ctx: Ctx, out: Names): void {
  const found: NamedSpan[] = [];
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    if (n.type !== ORG || n.rule || n.probs[ORG] >= SURE || n.b - n.a > 2) continue;
    if (setScoresAt(ctx, n.b)) found.push(n);
  }
  for (const n of found) out.put(n.a, n.b, PERSON, PLAYER_BEFORE_SET_SCORES_ROW.id, undefined, n);
}

/** place.water-before-kind: see the row. */
function watersBeforeKinds(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, WATER_KINDS));
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k];
    if (!isLowerWord(ctx, h) || !onLine(ctx, h) || !isCapWord(ctx, h - 1)) continue;
    const a = isCapWord(ctx, h - 2) && onLine(ctx, h - 1) ? h - 2 : h - 1;
    if (!isWord(ctx, a - 1, 'the') || !onLine(ctx, a)) continue;
    const w = lower(ctx, a);
    if (COMMON_WORDS.has(w) || FUNCTION_WORDS.has(w) || FIRST_NAME_SET.has(w) || MONTHS.has(w) || WEEKDAYS.has(w))
      continue;
    if (ctx.lowerSeen.has(w) || capitalisedOnLine(ctx, h + 1)) continue;
    const within = namesWithin(out, a, h);
    if (!within || within.some((n) => n.type !== PLACE && (n.rule || n.probs[n.type] >= SURE))) continue;
    if (!within.length) continue;
    putOverWithin(out, a, h, PLACE, WATER_BEFORE_KIND_ROW.id, within);
  }
}
