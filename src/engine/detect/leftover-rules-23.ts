/**
 * Rules for the weak patterns of issue #9, sixteenth round (helper ents57b; rows in
 * lexicon/news-leftovers-23.ts, and organisation.firm-pair-not-joined of lexicon/lead-names-56.ts
 * widened). applyNameRules calls `applyLeftoverRows23` after the leftover-22 rows, so these read
 * the names every earlier rule decided. Each row starts from its trigger words' tokens, never from
 * every token.
 * - place.european-region: "Aisne was hit hardest", "Castilla-La Mancha declared".
 * - sport.next-game-line: "Pacers: Host Milwaukee on Monday."
 * - sport.score-line-sides: "Boston 4, Toronto 2".
 * - organisation.firm-pair-not-joined: "[Kia] and Hyundai Motors".
 * - name.cabinet-title-not-body: "Treasury Cabinet Secretary" holds no body.
 */
import { lower, tokensOf, word, type Ctx } from '../context';
import { FIRM_PAIR_ROW } from '../lexicon/lead-names-56';
import {
  CABINET_TITLE_ROW,
  NEXT_GAME_LINE_ROW,
  SCORE_LINE_ROW,
  SUBNATIONAL_REGION_ROW,
} from '../lexicon/news-leftovers-23';
import { COMMON_WORDS, DETERMINERS, FUNCTION_WORDS } from '../lexicon/words';
import { Kind } from '../tokenize/tokenize';
import {
  ORG,
  PERSON,
  PLACE,
  capitalisedOnLine,
  capitalisedRun,
  capitalsBefore,
  exactFormMarks,
  formMarks,
  isCapWord,
  isPlainWord,
  isWord,
  namesWithin,
  onLine,
  opensLine,
  type NamedSpan,
  type Names,
} from './named-spans';
import { SportsReading, sentenceAboutSport } from './sport-sentences';

export function applyLeftoverRows23(ctx: Ctx, out: Names): void {
  const sports = new SportsReading(ctx);
  europeanRegions(ctx, out, sports);
  nextGameLines(ctx, out);
  scoreLineSides(ctx, out, sports);
  firmPairFirsts(ctx, out);
  cabinetTitles(ctx, out);
}

/** The names over [a, b) when no rule decided any of them (namesWithin's answer), else undefined. */
function modelNamesWithin(out: Names, a: number, b: number): NamedSpan[] | undefined {
  const within = namesWithin(out, a, b);
  return within && !within.some((n) => n.rule) ? within : undefined;
}

// --- place.european-region ---------------------------------------------------------------------

/** Each region's words, by its first word. */
const REGIONS_BY_FIRST = new Map<string, string[][]>();
for (const r of SUBNATIONAL_REGION_ROW.value.regions) {
  const parts = r.split(' ');
  const list = REGIONS_BY_FIRST.get(parts[0]) ?? [];
  list.push(parts);
  // Longest first: "Castilla-La Mancha" before a shorter name with the same first word.
  list.sort((x, y) => y.length - x.length);
  REGIONS_BY_FIRST.set(parts[0], list);
}
/** A body reading the model is this sure of is left alone. */
const SURE_BODY = 0.8;
/** A person reading the model is this sure of is a surname, not the region. */
const SURE_PERSON = 0.7;

/** A person of two words or more the article reads ends in `w`. */
function personEndsWith(ctx: Ctx, out: Names, w: string): boolean {
  return out.alive().some((n) => n.type === PERSON && n.b - n.a > 1 && word(ctx, n.b - 1) === w);
}

/** The end of the region whose words start at `a`, or −1. */
function regionEnd(ctx: Ctx, a: number): number {
  for (const parts of REGIONS_BY_FIRST.get(word(ctx, a)) ?? []) {
    let ok = true;
    for (let k = 1; k < parts.length && ok; k++) ok = onLine(ctx, a + k) && word(ctx, a + k) === parts[k];
    if (ok) return a + parts.length;
  }
  return -1;
}

/** place.european-region: see the row. */
function europeanRegions(ctx: Ctx, out: Names, sports: SportsReading): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, REGIONS_BY_FIRST));
  for (let x = 0; x < hits.length; x++) {
    const a = hits[x];
    const b = regionEnd(ctx, a);
    if (b < 0 || capitalisedOnLine(ctx, b)) continue;
    // Inside a longer name: a capitalised word before it on the line that is no function word or article.
    const before = a > 0 ? lower(ctx, a - 1) : '';
    if (a > 0 && onLine(ctx, a) && isCapWord(ctx, a - 1) && !FUNCTION_WORDS.has(before) && !DETERMINERS.has(before))
      continue;
    const within = modelNamesWithin(out, a, b);
    if (!within || within.some((n) => n.type === PLACE)) continue;
    if (within.some((n) => n.type === ORG && n.probs[ORG] >= SURE_BODY)) continue;
    // A surname: the model is sure of a person ("Landes said so"), or the article names a person
    // ending in the same word ("Economist David Landes …").
    if (b - a === 1 && within.some((n) => n.type === PERSON && n.probs[PERSON] >= SURE_PERSON)) continue;
    if (b - a === 1 && personEndsWith(ctx, out, word(ctx, a))) continue;
    // A region may name a side: a body reading in a sports report or a sentence about sport stays.
    if (within.some((n) => n.type === ORG) && (sports.yes || sentenceAboutSport(ctx, ctx.s.of[a]))) continue;
    out.put(a, b, PLACE, SUBNATIONAL_REGION_ROW.id, undefined, within.length === 1 ? within[0] : undefined);
  }
}

// --- sport.next-game-line ----------------------------------------------------------------------

const MOVES: ReadonlySet<string> = new Set(NEXT_GAME_LINE_ROW.value.moves);
const DAYS: ReadonlySet<string> = new Set(NEXT_GAME_LINE_ROW.value.days);
const COLON: ReadonlySet<string> = new Set([':']);
/** Most capitalised words of a side's name on such a line. */
const SIDE_WORDS = 3;

/** Puts a side over [a, b) unless a rule decided a name there or the model reads a person over more than one word. */
function putSide(out: Names, a: number, b: number, id: string): void {
  const within = modelNamesWithin(out, a, b);
  if (!within || within.some((n) => n.type === PERSON && n.b - n.a > 1)) return;
  const same = within.length === 1 && within[0].a === a && within[0].b === b ? within[0] : undefined;
  if (same && same.type === ORG) return;
  out.put(a, b, ORG, id, undefined, same);
}

/** sport.next-game-line: see the row. */
function nextGameLines(ctx: Ctx, out: Names): void {
  const colons = tokensOf(ctx, formMarks(ctx, COLON));
  for (let x = 0; x < colons.length; x++) {
    const k = colons[x];
    const a = capitalsBefore(ctx, k, SIDE_WORDS);
    if (a < 0 || (a > 0 && !opensLine(ctx, a)) || !onLine(ctx, k + 1)) continue;
    // "Host", "At", "vs." (its point a token of its own).
    let m = k + 1;
    if (!MOVES.has(lower(ctx, m))) continue;
    if (ctx.text[ctx.t.start[m + 1]] === '.' && onLine(ctx, m + 1) && ctx.t.kind[m + 1] === Kind.Punct) m++;
    let c = m + 1;
    if (isWord(ctx, c, 'the')) c++;
    const d = capitalisedRun(ctx, c, SIDE_WORDS + 1);
    if (d === c || d - c > SIDE_WORDS || !onLine(ctx, d) || !DAYS.has(lower(ctx, d))) continue;
    putSide(out, a, k, NEXT_GAME_LINE_ROW.id);
    putSide(out, c, d, NEXT_GAME_LINE_ROW.id);
  }
}

// --- sport.score-line-sides --------------------------------------------------------------------

const SCORE = /^\d{1,3}$/;
const COMMA: ReadonlySet<string> = new Set([',']);

/** Token `i` is a whole number up to the row's highest score, on its line. */
function scoreAt(ctx: Ctx, i: number): boolean {
  if (i >= ctx.t.count || ctx.t.kind[i] !== Kind.Num || !onLine(ctx, i)) return false;
  const w = word(ctx, i);
  return SCORE.test(w) && Number(w) <= SCORE_LINE_ROW.value.maxScore;
}

/** The score is not followed by a word ("4 times") or by a dash, a point or a colon joining another number. */
function scoreEndsSide(ctx: Ctx, i: number): boolean {
  const j = i + 1;
  if (j >= ctx.t.count || !onLine(ctx, j)) return true;
  if (ctx.t.kind[j] === Kind.Word) return false;
  return !'-–.:/'.includes(ctx.text[ctx.t.start[j]]) || (ctx.text[ctx.t.start[j]] === '.' && !onLine(ctx, j + 1));
}

/** Every word in [a, b) is a common word of the language. */
function commonRun(ctx: Ctx, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!COMMON_WORDS.has(lower(ctx, i))) return false;
  return true;
}

/** sport.score-line-sides: see the row. */
function scoreLineSides(ctx: Ctx, out: Names, sports: SportsReading): void {
  const commas = tokensOf(ctx, formMarks(ctx, COMMA));
  for (let x = 0; x < commas.length; x++) {
    const k = commas[x];
    if (k < 2 || !scoreAt(ctx, k - 1) || !onLine(ctx, k + 1)) continue;
    const a = capitalsBefore(ctx, k - 1, SIDE_WORDS);
    const c = k + 1;
    const d = capitalisedRun(ctx, c, SIDE_WORDS + 1);
    if (a < 0 || d === c || d - c > SIDE_WORDS || !scoreAt(ctx, d) || !scoreEndsSide(ctx, d)) continue;
    // "Final tally: Smith 52, Jones 48." is a vote count: a score line is read as sides in sport or
    // standing alone on its line (a results list).
    const alone = (a === 0 || opensLine(ctx, a)) && (d + 1 >= ctx.t.count || !onLine(ctx, d + 1));
    if (!alone && !sports.yes && !sentenceAboutSport(ctx, ctx.s.of[k])) continue;
    const first = modelNamesWithin(out, a, k);
    const second = modelNamesWithin(out, c, d + 1);
    if (!first || !second) continue;
    // "(Volume 1, Chapter 1)": parts of a book, in brackets or of words of the language nothing reads.
    if (a > 0 && onLine(ctx, a) && ctx.text[ctx.t.start[a - 1]] === '(') continue;
    if ((!first.length && commonRun(ctx, a, k - 1)) || (!second.length && commonRun(ctx, c, d))) continue;
    out.put(a, k - 1, ORG, SCORE_LINE_ROW.id, undefined, first.length === 1 ? first[0] : undefined);
    out.put(c, d, ORG, SCORE_LINE_ROW.id, undefined, second.length === 1 ? second[0] : undefined);
  }
}

// --- organisation.firm-pair-not-joined (widened) -----------------------------------------------

const FIRM_TAILS: ReadonlySet<string> = new Set(FIRM_PAIR_ROW.value);
const ANDS: ReadonlySet<string> = new Set(['and']);
/** Most capitalised words of the first firm's name. */
const FIRM_WORDS = 2;

/** organisation.firm-pair-not-joined, widened: the unread words before "and" are the first firm. */
function firmPairFirsts(ctx: Ctx, out: Names): void {
  const ands = tokensOf(ctx, exactFormMarks(ctx, ANDS));
  for (let x = 0; x < ands.length; x++) {
    const k = ands[x];
    const n = out.at(k + 1);
    if (!n || n.a !== k + 1 || n.type !== ORG || n.b - n.a < 2 || !FIRM_TAILS.has(lower(ctx, n.b - 1))) continue;
    const a = capitalsBefore(ctx, k, FIRM_WORDS);
    if (a < 0) continue;
    let free = true;
    for (let i = a; i < k && free; i++) free = !out.at(i) && !isPlainWord(ctx, i);
    if (free) out.put(a, k, ORG, FIRM_PAIR_ROW.id);
  }
}

// --- name.cabinet-title-not-body ---------------------------------------------------------------

const CABINET: ReadonlySet<string> = new Set(['Cabinet']);
const CABINET_TITLES: ReadonlySet<string> = new Set(CABINET_TITLE_ROW.value.titles);

/** name.cabinet-title-not-body: see the row. */
function cabinetTitles(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, CABINET));
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    const n = out.at(i);
    if (!n || n.rule || n.b !== i + 1 || !onLine(ctx, i + 1) || !CABINET_TITLES.has(word(ctx, i + 1))) continue;
    out.remove(n);
  }
}
