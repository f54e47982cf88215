/**
 * Whether a sentence reports a match between players, not sides: it names a sport of players, sets
 * or frames, or holds two set scores in a row. Written for sport.result-sides (review ents31b: "In
 * tennis, Ostapenko beat Kvitova in three sets") and shared with the older side rows that a roundup
 * with football misled the same way (review ents31e: "In boxing, Usyk beat Hrgovic on points",
 * "Nakamura drew with Firouzja" at a chess olympiad).
 */
import { RESULT_SIDES_ROW } from '../lexicon/blind-news-20';
import { lower, type Ctx } from '../context';

const PLAYER_WORDS = new Set(RESULT_SIDES_ROW.value.playerWords.map((w) => w.toLowerCase()));
/** Two set scores in a row, one of six or seven games ("6-3 4-6", "7-5, 6-4"): a match of players. */
const SET_RUN = /\b(?:[67][-–]\d|\d[-–][67])\b,?\s+\d{1,2}[-–]\d{1,2}\b/;

/** The sentence of token `i` reports a match between players (see the file's comment). */
export function playersMatch(ctx: Ctx, i: number): boolean {
  const k = ctx.s.of[i];
  for (let j = ctx.s.first[k]; j < ctx.s.last[k]; j++) if (PLAYER_WORDS.has(lower(ctx, j))) return true;
  return SET_RUN.test(ctx.text.slice(ctx.t.start[ctx.s.first[k]], ctx.t.end[ctx.s.last[k] - 1]));
}
