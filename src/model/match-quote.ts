/**
 * Finding a quoted passage in a text that may have changed since the quote was taken.
 *
 * Pure string matching (after hypothesis `anchoring/match-quote.ts`): it finds every place the
 * quote occurs — exactly, or within a few edits — within a work allowance, weighs each on graded
 * evidence (how much of each recorded side of context survives beside it, whether verified
 * neighbours put the quote exactly there, whether it sits at the stored offset) and leaves the
 * choice to quote-decision.ts. It knows nothing of the DOM, of selectors as a chain, or of the
 * store. Giving up is a first-class answer: the caller shows an orphan, which is better than a
 * highlight silently sitting on a lookalike sentence.
 */
import search from 'approx-string-match';
import { decide, type Candidate, type Found, type Query } from './quote-decision';
import {
  consecutiveRepeats,
  MAX_REPEAT_PERIOD,
  MIN_SIDE_LENGTH,
  ownSentence,
  sideEvidence,
  type SideEvidence,
} from './quote-evidence';
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

/** Offsets verified neighbours point at (see MatchQuoteOptions.expected). */
export interface Expected {
  before?: number;
  after?: number;
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
  /**
   * Where the quote would start now if the text between it and the nearest verified neighbour
   * before / after it kept its length (neighbours whose quote and both contexts are there, and
   * nowhere else). A copy exactly there has position on its side; a rival there contradicts.
   */
  expected?: Expected;
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

/** Slices of the quote the fuzzy search is seeded by are at least this long, so they are rare in prose. */
const MIN_SEED_LENGTH = 8;
/** More seed hits than this means a repetitive text: the fuzzy search would report too many places. */
const MAX_FUZZY_SEEDS = 2000;
/** The end of a quote whose repeats in the text are counted before searching for the whole quote. */
const TAIL_LENGTH = 32;
/** Past this many exact hits (a very short quote) the copies cannot all be weighed: orphan. */
const MAX_EXACT_CANDIDATES = 2000;

/**
 * Every exact occurrence. A scan costs about the text's length, except where the text keeps
 * repeating the quote's end: each such place can be compared back over the whole quote (a crafted
 * repetitive text makes one search take a tenth of a second). Those places are counted first,
 * and paid for.
 */
function exactCandidates(text: string, quote: string, budget: WorkBudget): Found[] | 'too-many' | 'budget' {
  if (!budget.spend(2 * text.length)) return 'budget';
  const tail = quote.slice(-TAIL_LENGTH);
  let tails = 0;
  for (let i = text.indexOf(tail); i !== -1 && quote.length > TAIL_LENGTH; i = text.indexOf(tail, i + 1)) {
    if (++tails > MAX_EXACT_CANDIDATES) return 'too-many';
  }
  if (!budget.spend(tails * quote.length)) return 'budget';
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

/**
 * Myers' search costs a step per character per 32 pattern characters, over the text and again
 * over a pattern's length to trace each match back to its start; approx-string-match takes about
 * 4 units a step (measured with 200- to 5,000-character quotes, bench/hostile-imports.ts), counted
 * twice over for a cold start.
 */
const fuzzyCost = (textLength: number, quoteLength: number) =>
  (textLength + quoteLength) * Math.ceil(quoteLength / 32) * 8;
/** Weighing one place: two boundary alignments (≈ 32 × 40 cells each) and two nearby searches. */
const PLACE_COST = 4096;

function supportAt(start: number, { before, after }: Expected): Candidate['support'] {
  if (before === start && after === start) return 'both';
  if (before === start || after === start) return 'one';
  return 'none';
}

function weigh(
  text: string,
  selector: Pick<TextQuoteSelector, 'exact' | 'prefix' | 'suffix'>,
  m: Found,
  hint: number | undefined,
  expected: Expected,
): Candidate {
  const prefix = sideEvidence(text, m.start, m.end, selector.prefix, 'prefix');
  const suffix = sideEvidence(text, m.start, m.end, selector.suffix, 'suffix');
  const sides = [prefix, suffix].filter((s): s is SideEvidence => s !== null);
  const evidence = sides.reduce((sum, s) => sum + s.weight, 0);
  let total = QUOTE_WEIGHT * (1 - m.errors / selector.exact.length) + CONTEXT_WEIGHT * evidence;
  let max = QUOTE_WEIGHT + CONTEXT_WEIGHT * sides.length;
  if (hint !== undefined && text.length > 0) {
    total += POSITION_WEIGHT * (1 - Math.abs(m.start - hint) / text.length);
    max += POSITION_WEIGHT;
  }
  return {
    ...m,
    prefix,
    suffix,
    evidence,
    aligned: sides.filter((s) => s.aligned).length,
    present: sides.filter((s) => s.aligned || s.displaced).length,
    support: supportAt(m.start, expected),
    atHint: m.start === hint,
    score: total / max,
  };
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

  const expected = options.expected ?? {};
  const weighAll = (found: Found[]) => found.map((m) => weigh(text, selector, m, hint, expected));
  const exact = exactCandidates(text, quote, budget);
  if (exact === 'budget') return 'budget';
  if (exact === 'too-many') return 'ambiguous';
  if (!budget.spend(exact.length * PLACE_COST)) return 'budget';
  let candidates = weighAll(exact);
  const query: Query = {
    quoteLength: quote.length,
    recordedSides,
    edgeSides: [selector.prefix, selector.suffix].filter((s) => s !== undefined).length - recordedSides,
    hint,
    ownSentence: ownSentence(selector),
    // Looking along two copies costs up to twice their distance; out of allowance, assume the worst.
    repeats: (a, b) =>
      a.errors === 0 &&
      b.errors === 0 &&
      (!budget.spend(2 * Math.min(Math.abs(a.start - b.start), MAX_REPEAT_PERIOD)) ||
        consecutiveRepeats(text, a.start, b.start, quote.length)),
  };
  const decided = (list: Candidate[]): QuoteMatch | NoMatch => {
    const best = decide(list, query);
    if (!best) return budget.exhausted ? 'budget' : 'ambiguous';
    if (best.score < minScore) return 'not-found';
    return { start: best.start, end: best.end, score: best.score, exact: best.errors === 0 };
  };
  const confirmed = candidates.some((c) => c.aligned >= recordedSides && recordedSides > 0);
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
    candidates = candidates.concat(weighAll(fuzzy));
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
