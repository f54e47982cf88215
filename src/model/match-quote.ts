/**
 * Finding a quoted passage in a text that may have changed since the quote was taken.
 *
 * Pure string matching (after hypothesis `anchoring/match-quote.ts`): it owns the scoring of
 * candidate places and the decision to give up. It knows nothing of the DOM, of selectors as a
 * chain, or of the store. Giving up (null) is a first-class answer: the caller shows an orphan,
 * which is better than a highlight silently sitting on a lookalike sentence.
 */
import search from 'approx-string-match';
import type { TextQuoteSelector } from './selectors';

export interface QuoteMatch {
  start: number;
  end: number;
  /** 0..1, quote similarity weighted with context similarity and nearness to the hint. */
  score: number;
  /** The matched text is exactly the quote. */
  exact: boolean;
}

export interface MatchQuoteOptions {
  /** Below this overall score the match is refused. */
  minScore?: number;
  /** Two candidates whose content scores differ by less than this are indistinguishable. */
  ambiguityMargin?: number;
  /** Errors allowed in the fuzzy search, as a fraction of the quote length. */
  maxErrorRate?: number;
}

// Weights from hypothesis: the quote dominates, context disambiguates, position only nudges.
const QUOTE_WEIGHT = 50;
const CONTEXT_WEIGHT = 20;
const POSITION_WEIGHT = 2;

const DEFAULTS: Required<MatchQuoteOptions> = {
  // An exact unique quote whose surroundings were rewritten still scores ≈ 0.65; a fuzzy quote
  // with rewritten surroundings falls below, which is the case we do not trust.
  minScore: 0.6,
  // ≈ one or two context characters out of 64: less than that is noise from edits, not evidence.
  ambiguityMargin: 0.01,
  maxErrorRate: 0.25,
};

/**
 * When the text and context cannot tell candidates apart, the position hint may still pick one,
 * but only if one candidate sits this close to it and every other is three windows away. A small
 * local edit keeps a quote near its old offset; after a larger shift a twin may sit closer to the
 * old offset than the original does (anchor.cases: "truly ambiguous"), so we cannot tell.
 */
const POSITION_TIEBREAK_WINDOW = 32;
/** Random prose scores ≈ 0.3–0.5 against a 32-character context; a kept neighbour scores ≈ 1. */
const MIN_CONTEXT_SUPPORT = 0.7;
/** Quotes this long are distinctive enough to be trusted without their context. */
const SELF_IDENTIFYING_LENGTH = 120;
/** Past this many exact hits (a very short quote) scoring them all costs more than it tells. */
const MAX_EXACT_CANDIDATES = 2000;

interface Candidate {
  start: number;
  end: number;
  errors: number;
  content: number;
  score: number;
  /** Similarity of the better-preserved side of the context (1 when none was recorded). */
  support: number;
}

/** 1 when `str` occurs in `text` exactly, falling towards 0 with each edit needed. */
function similarity(text: string, str: string): number {
  if (str.length === 0 || text.length === 0) return 0;
  const matches = search(text, str, str.length);
  if (matches.length === 0) return 0;
  return 1 - matches[0].errors / str.length;
}

function exactCandidates(text: string, quote: string): { start: number; end: number; errors: number }[] {
  const found = [];
  for (let i = text.indexOf(quote); i !== -1 && found.length < MAX_EXACT_CANDIDATES; i = text.indexOf(quote, i + 1)) {
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
function dedupeOverlapping<T extends { start: number; end: number; errors: number }>(list: T[]): T[] {
  const sorted = [...list].sort((a, b) => a.start - b.start || a.errors - b.errors);
  const kept: T[] = [];
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

function scoreCandidates(
  text: string,
  selector: Pick<TextQuoteSelector, 'exact' | 'prefix' | 'suffix'>,
  found: { start: number; end: number; errors: number }[],
  hint: number | undefined,
): Candidate[] {
  const { exact: quote, prefix, suffix } = selector;
  return found.map((m) => {
    let content = QUOTE_WEIGHT * (1 - m.errors / quote.length);
    let contentMax = QUOTE_WEIGHT;
    const sides: number[] = [];
    if (prefix) {
      sides.push(similarity(text.slice(Math.max(0, m.start - prefix.length), m.start), prefix));
      contentMax += CONTEXT_WEIGHT;
    }
    if (suffix) {
      sides.push(similarity(text.slice(m.end, m.end + suffix.length), suffix));
      contentMax += CONTEXT_WEIGHT;
    }
    for (const side of sides) content += CONTEXT_WEIGHT * side;
    let total = content;
    let totalMax = contentMax;
    if (hint !== undefined && text.length > 0) {
      total += POSITION_WEIGHT * (1 - Math.abs(m.start - hint) / text.length);
      totalMax += POSITION_WEIGHT;
    }
    const support = sides.length ? Math.max(...sides) : 1;
    return { ...m, content: content / contentMax, score: total / totalMax, support };
  });
}

/** The best candidate, or null when the two best cannot be told apart. */
function pickUnambiguous(candidates: Candidate[], hint: number | undefined, margin: number): Candidate | null {
  const ranked = [...candidates].sort((a, b) => b.content - a.content || b.score - a.score);
  const [best, second] = ranked;
  if (!best) return null;
  if (!second || best.content - second.content >= margin) return best;
  if (hint === undefined) return null;
  const tied = ranked.filter((c) => best.content - c.content < margin);
  const byDistance = tied.map((c) => ({ c, d: Math.abs(c.start - hint) })).sort((a, b) => a.d - b.d);
  const [nearest, next] = byDistance;
  const clear = nearest.d <= POSITION_TIEBREAK_WINDOW && next.d > 3 * POSITION_TIEBREAK_WINDOW;
  return clear ? nearest.c : null;
}

/**
 * Find the best place for `selector.exact` in `text`.
 *
 * Exact occurrences are tried first; if none of them has its recorded context around it, the
 * fuzzy search runs too, so that a lightly edited original is preferred over an untouched
 * lookalike elsewhere. Returns null when nothing scores `minScore` or when the best place is not
 * clearly better than the next one.
 *
 * @param hint Where the quote used to start (from a TextPositionSelector), if known.
 */
export function matchQuote(
  text: string,
  selector: Pick<TextQuoteSelector, 'exact' | 'prefix' | 'suffix'>,
  hint?: number,
  options: MatchQuoteOptions = {},
): QuoteMatch | null {
  const opts = { ...DEFAULTS, ...options };
  const quote = selector.exact;
  if (quote.length === 0 || text.length === 0) return null;

  let candidates = scoreCandidates(text, selector, exactCandidates(text, quote), hint);
  const contextConfirmed = candidates.some((c) => c.content === 1);
  const maxErrors = Math.floor(quote.length * opts.maxErrorRate);
  if (!contextConfirmed && maxErrors > 0) {
    // `search` reports only the lowest-error matches, so exact hits would hide every edited
    // copy: blank them out (same length, offsets kept) before looking for approximate ones.
    const fuzzy = dedupeOverlapping(search(maskRanges(text, candidates), quote, maxErrors));
    candidates = candidates.concat(scoreCandidates(text, selector, fuzzy, hint));
  }

  const best = pickUnambiguous(candidates, hint, opts.ambiguityMargin);
  if (!best || best.score < opts.minScore) return null;
  // A sentence-sized quote found with both neighbours unrecognisable is as likely a lookalike
  // (a repeated line whose original was rewritten) as the original: refuse it.
  if (best.support < MIN_CONTEXT_SUPPORT && quote.length < SELF_IDENTIFYING_LENGTH) return null;
  return { start: best.start, end: best.end, score: best.score, exact: best.errors === 0 };
}
