/**
 * Finding a quoted passage in a text that may have changed since the quote was taken.
 *
 * Pure string matching (after hypothesis `anchoring/match-quote.ts`): it owns the scoring of
 * candidate places and the decision to give up. It knows nothing of the DOM, of selectors as a
 * chain, or of the store. Giving up (null) is a first-class answer: the caller shows an orphan,
 * which is better than a highlight silently sitting on a lookalike sentence.
 *
 * The decision, in words: the recorded context is checked at every quote length. A place whose
 * quote is the only one of its kind needs one recognisable side of context (an edit may well have
 * rewritten the other). When the quote occurs more than once, one place is chosen only on strong
 * evidence: both sides of its context, while no other copy has either side; copies that share all
 * of it are told apart by position alone, and only when one sits at the expected offset and every
 * other is far away. Anything less is an orphan.
 */
import search from 'approx-string-match';
import type { TextQuoteSelector } from './selectors';
import { type WorkBudget, unlimited } from './work-budget';

export interface QuoteMatch {
  start: number;
  end: number;
  /** 0..1, quote similarity weighted with context similarity and nearness to the hint. */
  score: number;
  /** The matched text is exactly the quote. */
  exact: boolean;
}

/** Why no place was chosen: nothing close enough, several places equally likely, or out of time. */
export type NoMatch = 'not-found' | 'ambiguous' | 'budget';

export interface MatchQuoteOptions {
  /** Below this overall score the match is refused. */
  minScore?: number;
  /** Errors allowed in the fuzzy search, as a fraction of the quote length. */
  maxErrorRate?: number;
  /** Shared work allowance; when it runs out the answer is 'budget' (an orphan), never a guess. */
  budget?: WorkBudget;
}

// Weights from hypothesis: the quote dominates, context disambiguates, position only nudges.
const QUOTE_WEIGHT = 50;
const CONTEXT_WEIGHT = 20;
const POSITION_WEIGHT = 2;

const DEFAULTS = {
  // The decision above owns refusing weak places; a caller may ask for a stricter score.
  minScore: 0,
  maxErrorRate: 0.25,
};

/**
 * One side of context counts as recognised at this similarity. Random prose scores ≈ 0.3–0.5
 * against a 32-character context; an edit a few words away from the quote keeps ≈ 0.7 or more.
 */
const SIDE_MATCH = 0.7;
/** How far (in recorded lengths) a displaced side of context is looked for. */
const NEARBY_REACH = 3;
/** A side shorter than this (the quote was next to the end of the text) is no evidence at all. */
const MIN_SIDE_LENGTH = 12;
/** …and when this many characters next to the quote agree (an edit touching the quote breaks a side). */
const ADJACENT_AGREEMENT = 3;
/**
 * A unique quote with neither side recognised is trusted only from this length: a sentence-sized
 * quote has rarely a second copy that an edit could have left behind in its place.
 */
const CONTEXT_FREE_LENGTH = 64;
/** Position settles identical copies only if one is this close to the hint and the rest 3× as far. */
const POSITION_TIEBREAK_WINDOW = 32;
/** Slices of the quote the fuzzy search is seeded by are at least this long, so they are rare in prose. */
const MIN_SEED_LENGTH = 8;
/** More seed hits than this means a repetitive text: the fuzzy search would report too many places. */
const MAX_FUZZY_SEEDS = 2000;
/** Past this many exact hits (a very short quote) the copies cannot all be weighed: orphan. */
const MAX_EXACT_CANDIDATES = 2000;

interface Found {
  start: number;
  end: number;
  errors: number;
}

interface Candidate extends Found {
  score: number;
  /** Sides of recorded context recognised here (0–2). */
  sides: number;
  /** Sides recognised here or displaced a little by an edit at the quote's edge (0–2). */
  present: number;
}

/**
 * How well a recorded side of context matches the text beside a place, 0..1: one minus the edit
 * distance between the two, aligned at the quote boundary (the far end may run on or stop short),
 * over the recorded length. Anchoring the alignment at the boundary matters: a copy a few
 * characters away sees the same text shifted, which a free substring search would score high.
 * `beside` runs away from the quote (reversed for a prefix) and may be longer than `recorded`.
 */
export function boundarySimilarity(recorded: string, beside: string): number {
  const m = recorded.length;
  if (m === 0) return 0;
  let prev = Array.from({ length: beside.length + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const row = [i];
    for (let j = 1; j <= beside.length; j++) {
      const cost = recorded.charCodeAt(i - 1) === beside.charCodeAt(j - 1) ? 0 : 1;
      row.push(Math.min(prev[j - 1] + cost, prev[j] + 1, row[j - 1] + 1));
    }
    prev = row;
  }
  return Math.max(0, 1 - Math.min(...prev) / m);
}

/** Characters that agree right at the quote boundary, counted away from it. */
function adjacentRun(recorded: string, beside: string): number {
  let n = 0;
  while (n < recorded.length && n < beside.length && recorded[n] === beside[n]) n++;
  return n;
}

const reverse = (s: string) => [...s].reverse().join('');

/**
 * Whether one recorded side of context is recognisable beside a place; null when nothing was
 * recorded. An empty recorded side (the quote touched the end of the text) is no evidence: any
 * passage can come to start a text when what was before it is deleted.
 */
function sideMatches(text: string, m: Found, recorded: string | undefined, side: 'prefix' | 'suffix'): boolean | null {
  if (!recorded || recorded.length < MIN_SIDE_LENGTH) return null;
  const slack = Math.ceil(recorded.length / 4);
  const [rec, beside] =
    side === 'prefix'
      ? [reverse(recorded), reverse(text.slice(Math.max(0, m.start - recorded.length - slack), m.start))]
      : [recorded, text.slice(m.end, m.end + recorded.length + slack)];
  return (
    adjacentRun(rec, beside) >= Math.min(ADJACENT_AGREEMENT, rec.length) &&
    boundarySimilarity(rec, beside) >= SIDE_MATCH
  );
}

/**
 * Whether most of a recorded side is still near a place, though not right at its boundary: an
 * edit touched the quote's edge (a word inserted or replaced next to it) but the surroundings
 * are the same. A copy elsewhere in the article has other surroundings.
 */
function sideNearby(text: string, m: Found, recorded: string | undefined, side: 'prefix' | 'suffix'): boolean {
  if (!recorded || recorded.length < MIN_SIDE_LENGTH) return false;
  const reach = NEARBY_REACH * recorded.length;
  const window =
    side === 'prefix' ? text.slice(Math.max(0, m.start - reach), m.start) : text.slice(m.end, m.end + reach);
  return search(window, recorded, Math.floor(recorded.length * (1 - SIDE_MATCH))).length > 0;
}

function exactCandidates(text: string, quote: string, budget: WorkBudget): Found[] | 'too-many' | 'budget' {
  if (!budget.spend(text.length)) return 'budget';
  const found: Found[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) {
    if (found.length === MAX_EXACT_CANDIDATES) return 'too-many';
    found.push({ start: i, end: i + quote.length, errors: 0 });
  }
  return found;
}

function maskRanges(text: string, ranges: { start: number; end: number }[]): string {
  if (ranges.length === 0) return text;
  let out = '';
  let at = 0;
  for (const r of ranges) {
    // Exact hits of a self-overlapping quote ("aa" in "aaa") overlap each other.
    const from = Math.max(at, r.start);
    out += text.slice(at, from) + '\u0000'.repeat(Math.max(0, r.end - from));
    at = Math.max(at, r.end);
  }
  return out + text.slice(at);
}

/** Approximate matches come back as runs of overlapping ends; keep the fewest-error one per place. */
function dedupeOverlapping(list: Found[]): Found[] {
  const sorted = [...list].sort((a, b) => a.start - b.start || a.errors - b.errors);
  const kept: Found[] = [];
  for (const m of sorted) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) {
      if (m.errors < last.errors) kept[kept.length - 1] = m;
    } else {
      kept.push(m);
    }
  }
  return kept;
}

/**
 * Whether the fuzzy search may run, and what it costs to find out. With k errors allowed, a match
 * holds at least one of k + 1 slices of the quote exactly (pigeonhole), so counting where the
 * slices occur bounds how many places the search could report. A crafted, repetitive text makes
 * that count explode — and the search with it (it reports every equally good end, and traces
 * each back): past MAX_FUZZY_SEEDS the quote is treated as too ambiguous to search for.
 */
function fuzzySeedsWithinLimit(text: string, quote: string, maxErrors: number): boolean {
  const size = Math.floor(quote.length / (maxErrors + 1));
  let seeds = 0;
  for (let p = 0; p <= maxErrors; p++) {
    const piece = quote.slice(p * size, (p + 1) * size);
    for (let i = text.indexOf(piece); i !== -1; i = text.indexOf(piece, i + 1)) {
      if (++seeds > MAX_FUZZY_SEEDS) return false;
    }
  }
  return true;
}

/** Myers' search costs about one step per text character per 32 pattern characters. */
const fuzzyCost = (textLength: number, quoteLength: number) => textLength * Math.ceil(quoteLength / 32) * 2;
/** Weighing one place: two boundary alignments (≈ 32 × 40 cells each) and two nearby searches. */
const PLACE_COST = 4096;

function score(
  text: string,
  selector: Pick<TextQuoteSelector, 'exact' | 'prefix' | 'suffix'>,
  m: Found,
  hint: number | undefined,
): Candidate {
  const bySide = [sideMatches(text, m, selector.prefix, 'prefix'), sideMatches(text, m, selector.suffix, 'suffix')];
  const sides = bySide.filter((s): s is boolean => s !== null);
  let total = QUOTE_WEIGHT * (1 - m.errors / selector.exact.length);
  let max = QUOTE_WEIGHT;
  for (const s of sides) {
    total += CONTEXT_WEIGHT * (s ? 1 : 0);
    max += CONTEXT_WEIGHT;
  }
  if (hint !== undefined && text.length > 0) {
    total += POSITION_WEIGHT * (1 - Math.abs(m.start - hint) / text.length);
    max += POSITION_WEIGHT;
  }
  const present = (['prefix', 'suffix'] as const).filter(
    (side, i) => bySide[i] === true || sideNearby(text, m, selector[side], side),
  ).length;
  return { ...m, score: total / max, sides: sides.filter(Boolean).length, present };
}

/** Two finds of the same place: fuzzy boundaries differ a little, a copy next door overlaps less. */
const samePlace = (a: Found, b: Found) =>
  Math.min(a.end, b.end) - Math.max(a.start, b.start) > Math.max(a.end - a.start, b.end - b.start) / 2;

/** Among copies that share all their context, the one at the expected offset, if it is clearly so. */
function byPosition(copies: Candidate[], hint: number | undefined): Candidate | null {
  if (hint === undefined) return null;
  const [nearest, next] = copies.map((c) => ({ c, d: Math.abs(c.start - hint) })).sort((a, b) => a.d - b.d);
  return nearest.d <= POSITION_TIEBREAK_WINDOW && next.d > 3 * POSITION_TIEBREAK_WINDOW ? nearest.c : null;
}

/** The decision described in the header, over every place the quote (or a near copy) occurs. */
function decide(
  candidates: Candidate[],
  recordedSides: number,
  /** Sides recorded but too short to weigh: the quote touched an end of the text. */
  edgeSides: number,
  quoteLength: number,
  hint: number | undefined,
): Candidate | null {
  // All the context there is, recognised. With none recorded at all (some imports), the quote is all there is.
  const full = (c: Candidate) => c.sides === 2 || (c.sides === recordedSides && edgeSides === 0);
  // An identical copy is always a credible place; an approximate one only with some context.
  const credible = candidates.filter((c) => c.errors === 0 || c.sides > 0 || recordedSides === 0);
  if (credible.length === 0) return null;
  const best = [...credible].sort((a, b) => b.sides - a.sides || b.score - a.score)[0];
  const rivals = credible.filter((c) => c !== best && !samePlace(c, best));
  if (rivals.length === 0) {
    if (full(best)) return best;
    // An edited quote with half its context is trusted only when long; a short one is as likely
    // a rewritten sentence that happens to share a phrase with the old one.
    if (quoteLength < CONTEXT_FREE_LENGTH) return best.sides > 0 && best.errors === 0 ? best : null;
    return best.sides > 0 || best.errors === 0 ? best : null;
  }
  // Copies elsewhere: both sides of context single one out: recognised at its edges, or one
  // there and the other displaced by an edit, while no other copy has any of it around it.
  if (recordedSides > 0 && full(best) && rivals.every((c) => c.sides === 0)) return best;
  const silent = rivals.every((c) => c.present === 0);
  if (best.sides === 1 && best.present === 2 && best.errors === 0 && silent) return best;
  // Otherwise the expected position must agree: with all the recorded context when the copies
  // share some of it, or with one recognised side when no other copy has any.
  const near = byPosition([best, ...rivals], hint);
  if (!near) return null;
  if (full(near)) return near;
  return near === best && silent && best.sides > 0 && best.errors === 0 ? near : null;
}

/**
 * Find the best place for `selector.exact` in `text`, or say why there is none.
 *
 * Exact occurrences are tried first; if none of them has all its recorded context around it, the
 * fuzzy search runs too, so that a lightly edited original is preferred over an untouched
 * lookalike elsewhere.
 *
 * @param hint Where the quote used to start (from a TextPositionSelector), if known.
 */
export function findQuote(
  text: string,
  selector: Pick<TextQuoteSelector, 'exact' | 'prefix' | 'suffix'>,
  hint?: number,
  options: MatchQuoteOptions = {},
): QuoteMatch | NoMatch {
  const { minScore, maxErrorRate } = { ...DEFAULTS, ...options };
  const budget = options.budget ?? unlimited();
  const quote = selector.exact;
  if (quote.length === 0 || text.length === 0) return 'not-found';
  const recordedSides = [selector.prefix, selector.suffix].filter((s) => s && s.length >= MIN_SIDE_LENGTH).length;

  const exact = exactCandidates(text, quote, budget);
  if (exact === 'budget') return 'budget';
  if (exact === 'too-many') return 'ambiguous';
  if (!budget.spend(exact.length * PLACE_COST)) return 'budget';
  let candidates = exact.map((m) => score(text, selector, m, hint));
  const edgeSides = [selector.prefix, selector.suffix].filter((s) => s !== undefined).length - recordedSides;
  const decided = (list: Candidate[]): QuoteMatch | NoMatch => {
    const best = decide(list, recordedSides, edgeSides, quote.length, hint);
    if (!best) return 'ambiguous';
    if (best.score < minScore) return 'not-found';
    return { start: best.start, end: best.end, score: best.score, exact: best.errors === 0 };
  };
  const confirmed = candidates.some((c) => c.sides === recordedSides && recordedSides > 0);
  const maxErrors = Math.min(Math.floor(quote.length * maxErrorRate), Math.floor(quote.length / MIN_SEED_LENGTH) - 1);
  if (!confirmed && maxErrors > 0) {
    if (!budget.spend((maxErrors + 1) * text.length)) return 'budget';
    if (!fuzzySeedsWithinLimit(text, quote, maxErrors)) return candidates.length ? decided(candidates) : 'ambiguous';
    if (!budget.spend(fuzzyCost(text.length, quote.length))) return 'budget';
    // `search` reports only the lowest-error matches, so exact hits would hide every edited
    // copy: blank them out (same length, offsets kept) before looking for approximate ones.
    // A near match that runs into an exact copy is that copy seen askew (a repeated sentence), not a place of its own.
    const fuzzy = dedupeOverlapping(search(maskRanges(text, exact), quote, maxErrors)).filter(
      (f) => !exact.some((e) => f.start < e.end && e.start < f.end),
    );
    if (!budget.spend(fuzzy.length * PLACE_COST)) return 'budget';
    candidates = candidates.concat(fuzzy.map((m) => score(text, selector, m, hint)));
  }
  return candidates.length === 0 ? 'not-found' : decided(candidates);
}

/** `findQuote` for callers that only need the place: null for every kind of "no place". */
export function matchQuote(
  text: string,
  selector: Pick<TextQuoteSelector, 'exact' | 'prefix' | 'suffix'>,
  hint?: number,
  options: MatchQuoteOptions = {},
): QuoteMatch | null {
  const found = findQuote(text, selector, hint, options);
  return typeof found === 'string' ? null : found;
}
