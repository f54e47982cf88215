/**
 * Choosing among the places a quote occurs, on the evidence weighed for each (match-quote.ts
 * finds the places and weighs them; quote-evidence.ts grades the context). Pure.
 *
 * The rules, in words. A quote found once is taken with one side of its context recognised, or
 * both neighbours pointing at it, or — long enough — on its own; a short quote whose own sentence
 * around it is gone is a new sentence using the same words. Among several copies, one is chosen
 * when its context outweighs every other's by a clear margin and nothing explains it as a pasted
 * copy: not a consecutive repeat of another copy (the text reads the same whichever came first),
 * and not just past a copy whose context broke off there (pasting there carries that context
 * over). Else position decides: the one copy verified neighbours put exactly where the quote
 * should be, or — copies sharing all their context — the one at the stored offset with every
 * other far away. Anything less is an orphan: a highlight on a lookalike is worse than none.
 */
import type { SideEvidence } from './quote-evidence';
import { MAX_REPEAT_PERIOD } from './quote-evidence';

/**
 * The winner's context must outweigh every other place's by this much (half a recognised side):
 * a place that is only a little better is as likely the copy an edit made.
 */
const MARGIN = 0.5;
/** The winner over other copies has at least one side intact, or two sides largely so. */
const STRONG_CONTEXT = 0.85;
/** Evidence that differs by less than this is the same evidence (rounding of similar sides). */
const SAME_EVIDENCE = 0.05;
/** A side this similar is intact but for a character or two: what position alone needs beside it. */
const INTACT_SIDE = 0.85;
/** Two places recognise the same side equally when their similarities differ by less than this. */
const SAME_SIDE = 0.1;
/**
 * How far past a copy's broken side another copy may lie and still be what broke it: a pasted
 * sentence or two. Beyond, a pasted copy would have had to bring much more text along.
 */
const FACING_REACH = 150;
/**
 * A unique quote with neither side recognised is trusted only from this length: a sentence-sized
 * quote has rarely a second copy that an edit could have left behind in its place.
 */
const CONTEXT_FREE_LENGTH = 64;
/** A unique quote with only a displaced side of context is trusted from this length. */
const DISPLACED_QUOTE_LENGTH = 32;
/** Quotes shorter than this (a word or two) recur by chance when a sentence is rewritten. */
const SHORT_QUOTE = 16;
/** A side with this much of the quote's own sentence in it shows whether that sentence survived. */
const OWN_SENTENCE = 12;
/** Position settles identical copies only if one is this close to the hint and the rest 3× as far. */
const POSITION_TIEBREAK_WINDOW = 32;
export interface Found {
  start: number;
  end: number;
  errors: number;
}

export interface Candidate extends Found {
  prefix: SideEvidence | null;
  suffix: SideEvidence | null;
  /** Graded context evidence: both sides' weights added, 0..2. */
  evidence: number;
  /** Sides recognised right at the quote's edges (0–2). */
  aligned: number;
  /** Sides recognised at the edge or displaced a little by an edit there (0–2). */
  present: number;
  /**
   * Sits exactly where verified neighbours say the quote now starts: both (the text between
   * them kept its length), one of them, or none.
   */
  support: 'both' | 'one' | 'none';
  /** Sits exactly at the hint (the stored offset, or where neighbours say). */
  atHint: boolean;
  score: number;
}

/** What the decision knows besides the places: the selector's shape, the hints, and repeats. */
export interface Query {
  quoteLength: number;
  /** Sides of context recorded long enough to weigh (0–2). */
  recordedSides: number;
  /** Sides recorded but too short to weigh: the quote touched an end of the text. */
  edgeSides: number;
  hint: number | undefined;
  /** How much of each recorded side lies in the quote's own sentence. */
  ownSentence: { prefix: number; suffix: number };
  /** Whether two exact copies are consecutive repeats of one passage (see quote-evidence). */
  repeats: (a: Candidate, b: Candidate) => boolean;
}

/** Two finds of the same place: fuzzy boundaries differ a little, a copy next door overlaps less. */
const samePlace = (a: Found, b: Found) =>
  Math.min(a.end, b.end) - Math.max(a.start, b.start) > Math.max(a.end - a.start, b.end - b.start) / 2;

/** All the context there is, recognised. With none recorded at all (some imports), the quote is all there is. */
const full = (c: Candidate, q: Query) => c.aligned === 2 || (c.aligned === q.recordedSides && q.edgeSides === 0);

/** The only place the quote (or a near copy) occurs: how much must speak for it. */
function alone(c: Candidate, q: Query): boolean {
  if (full(c, q)) return true;
  if (c.errors > 0) {
    // An edited quote with half its context is trusted only when long; a short one is as likely
    // a rewritten sentence that happens to share a phrase with the old one.
    return q.quoteLength >= CONTEXT_FREE_LENGTH && c.aligned > 0;
  }
  // An untouched quote: a side of context, both neighbours pointing here, or a length no
  // lookalike reaches; one neighbour's word or a displaced side only for a longer quote.
  if (c.aligned > 0 || c.support === 'both' || q.quoteLength >= CONTEXT_FREE_LENGTH) return true;
  if (c.support === 'one') return c.present > 0 || q.quoteLength >= SHORT_QUOTE;
  return c.present > 0 && q.quoteLength >= DISPLACED_QUOTE_LENGTH;
}

/**
 * A short quote whose own sentence around it is gone (that side of context lost entirely) is
 * most likely a new sentence that happens to use the same words ("…, she said."), not the
 * marked one with its neighbours edited.
 */
function rewrittenAround(c: Candidate, q: Query): boolean {
  if (q.quoteLength >= SHORT_QUOTE) return false;
  return (['prefix', 'suffix'] as const).some(
    (side) => q.ownSentence[side] >= OWN_SENTENCE && c[side] !== null && c[side].weight === 0,
  );
}

/**
 * Whether `r` may be the marked place and `w` a copy pasted where `r`'s context broke off: `r`
 * recognises one side as well as `w` does, has lost the other, and `w` lies just past that
 * broken side. Pasting a copy right there carries that side's context over to the copy, so the
 * copy then looks better than the original.
 */
function faces(r: Candidate, w: Candidate): boolean {
  const sides = [
    ['prefix', 'suffix'],
    ['suffix', 'prefix'],
  ] as const;
  return sides.some(([kept, lost]) => {
    const shared = r[kept];
    if (!shared?.aligned || r[lost]?.aligned) return false;
    if ((w[kept]?.similarity ?? 0) > shared.similarity + SAME_SIDE) return false;
    const gap = lost === 'suffix' ? w.start - r.end : r.start - w.end;
    if (gap < 0) return false;
    // Close by, a pasted copy explains it with nothing else; further off, only when the copy
    // left behind still sits where the quote was expected and the better-looking one does not.
    return gap <= FACING_REACH || (gap <= MAX_REPEAT_PERIOD && positioned(r) && !positioned(w));
  });
}

const positioned = (c: Candidate) => c.atHint || c.support !== 'none';

/** A place whose context clearly outweighs every other copy's, with nothing to say the copy is the original. */
function byContext(w: Candidate, rivals: Candidate[], q: Query): Candidate | null {
  if (w.aligned === 0 || w.evidence < STRONG_CONTEXT || (w.errors > 0 && w.aligned < 2)) return null;
  if (rivals.some((r) => w.evidence - r.evidence < MARGIN)) return null;
  // Both neighbours agreeing on this very offset outweigh any story of a pasted copy.
  if (w.support === 'both') return w;
  if (rivals.some((r) => q.repeats(w, r) || (faces(r, w) && !(w.support !== 'none' && r.support === 'none')))) {
    return null;
  }
  return rivals.some((r) => r.support !== 'none' && w.support === 'none') ? null : w;
}

/**
 * Consecutive repeats: one of them may have been pasted next to the other, and the text cannot
 * say which. Only when both carry all the recorded context were they repeats already when the
 * quote was recorded (its context shows the repeat), and position may tell those apart.
 */
const pastedPair = (a: Candidate, b: Candidate, q: Query) =>
  !(full(a, q) && full(b, q) && sameSide(a.prefix, b.prefix) && sameSide(a.suffix, b.suffix)) && q.repeats(a, b);

const sameSide = (a: SideEvidence | null, b: SideEvidence | null) =>
  Math.abs((a?.similarity ?? 0) - (b?.similarity ?? 0)) <= SAME_EVIDENCE;

const intactSide = (c: Candidate) => [c.prefix, c.suffix].some((s) => s?.aligned && s.similarity >= INTACT_SIDE);

/**
 * Copies that context does not tell apart: the one a verified neighbour points at, when it has
 * context of its own and is not one of a pasted pair; else, among copies sharing all their
 * context, the one at the stored offset when every other is far away.
 */
function byPosition(all: Candidate[], q: Query): Candidate | null {
  for (const level of ['both', 'one'] as const) {
    const at = all.filter((c) => c.support === level);
    if (at.length === 0) continue;
    const [c] = at;
    const others = all.filter((r) => r !== c);
    // One neighbour's word is no better than a side of context: a pasted copy can sit there too.
    const unopposed = others.every(
      (r) => r.evidence - c.evidence < MARGIN && !pastedPair(c, r, q) && (level === 'both' || !faces(r, c)),
    );
    return at.length === 1 && c.errors === 0 && (c.aligned > 0 || q.recordedSides === 0) && unopposed ? c : null;
  }
  if (q.hint === undefined) return null;
  const hint = q.hint;
  const [nearest, next] = all.map((c) => ({ c, d: Math.abs(c.start - hint) })).sort((a, b) => a.d - b.d);
  if (nearest.d > POSITION_TIEBREAK_WINDOW || next.d <= 3 * POSITION_TIEBREAK_WINDOW) return null;
  const near = nearest.c;
  const others = all.filter((r) => r !== near);
  if (others.some((r) => pastedPair(near, r, q))) return null;
  if (full(near, q)) return near;
  const silent = others.every((r) => r.present === 0);
  return silent && intactSide(near) && near.errors === 0 && others.every((r) => r.evidence < near.evidence)
    ? near
    : null;
}

/** The decision described in the header, over every place the quote (or a near copy) occurs. */
export function decide(candidates: Candidate[], q: Query): Candidate | null {
  // An identical copy is always a credible place; an approximate one only with some context.
  const credible = candidates.filter((c) => c.errors === 0 || c.aligned > 0 || q.recordedSides === 0);
  if (credible.length === 0) return null;
  const best = [...credible].sort((a, b) => b.evidence - a.evidence || a.errors - b.errors)[0];
  const rivals = credible.filter((c) => c !== best && !samePlace(c, best));
  const chosen =
    rivals.length === 0
      ? alone(best, q)
        ? best
        : null
      : (byContext(best, rivals, q) ?? byPosition([best, ...rivals], q));
  return chosen && !rewrittenAround(chosen, q) ? chosen : null;
}
