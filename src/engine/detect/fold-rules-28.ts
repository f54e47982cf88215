/**
 * Rules for false names in capitals fold rows 27 left on the study folds, tenth round (helper
 * ents46c, issue #9; rows in lexicon/fold-patterns-28.ts). applyNameRules calls
 * `applyFoldPatternRows28` right after the fold-27 rows.
 * - none.defined-term-acronym: "the [Household Energy Consumption Survey] ([HECS])" and the bare
 *   "[HECS]" after it are a term and its short form, no body.
 */
import { lower, spanText, tokensOf, type Ctx } from '../context';
import { DEFINED_TERM_ACRONYM_ROW } from '../lexicon/fold-patterns-28';
import { lowerSetOf, setOf } from '../lexicon/rule-row';
import { KNOWN_ACRONYM_ROWS } from '../lexicon/names';
import { COMMON_WORDS, FACILITY_TAIL, KNOWN_ORGS, PLACE_TAIL } from '../lexicon/words';
import {
  ACRONYM,
  COMMA,
  ORG,
  abbreviates,
  exactFormMarks,
  initials,
  isCapWord,
  isLowerWord,
  isPunctChar,
  onLine,
  type NamedSpan,
  type Names,
} from './named-spans';

export function applyFoldPatternRows28(ctx: Ctx, out: Names): void {
  definedTermAcronyms(ctx, out);
}

// --- none.defined-term-acronym ------------------------------------------------------------------

const TERM_HEADS = lowerSetOf(DEFINED_TERM_ACRONYM_ROW.value.heads);
const BODY_WORDS = lowerSetOf(DEFINED_TERM_ACRONYM_ROW.value.bodies);
const KNOWN_ACRONYMS = setOf(KNOWN_ACRONYM_ROWS[0].value);
const BRACKETS: ReadonlySet<string> = new Set(['(', '[']);
/** Char codes of the opening brackets and their closing partners. */
const CLOSE_OF: Record<number, number> = { 40: 41, 91: 93 };
/** Shortest and longest term, in words. */
const TERM_MIN = 2;
const TERM_MAX = 6;

/**
 * Words of [a, b) are a term: capitalised words (lowercase "and" between), no kind word of a body,
 * a building or a place, the last a term's head; two words only when the first is a word of the
 * language ("Teck Resources" is a firm).
 */
function isTerm(ctx: Ctx, a: number, b: number): boolean {
  let n = 0;
  for (let i = a; i < b; i++) {
    const w = lower(ctx, i);
    if (isLowerWord(ctx, i) && w === 'and' && i > a && i < b - 1) continue;
    if (!isCapWord(ctx, i) || !onLine(ctx, i)) return false;
    if (BODY_WORDS.has(w) || FACILITY_TAIL.has(w) || PLACE_TAIL.has(w)) return false;
    n++;
  }
  if (n < TERM_MIN || !TERM_HEADS.has(lower(ctx, b - 1))) return false;
  return n > TERM_MIN || COMMON_WORDS.has(lower(ctx, a));
}

/** The capitalised run ending at b (exclusive), "and" inside allowed, at most TERM_MAX words: its first token. */
function runBefore(ctx: Ctx, b: number): number {
  let a = b;
  let n = 0;
  while (a > 0 && n < TERM_MAX) {
    const i = a - 1;
    if (isCapWord(ctx, i) && onLine(ctx, i)) {
      a = i;
      n++;
    } else if (lower(ctx, i) === 'and' && isLowerWord(ctx, i) && a < b && i > 0 && isCapWord(ctx, i - 1)) a = i;
    else break;
  }
  return a;
}

/** Heads that also end firms' names ("Pioneer Natural Resources", "Applied Signal Technology"). */
const FIRM_HEADS: ReadonlySet<string> = new Set(['technology', 'resources']);
/** At or above this the model's firm over the whole run stands (review, stop 56). */
const SURE_FIRM = 0.9;
/** The model alone read [a, b), ending in a firm's head, as an organisation it is sure of. */
function readAsFirm(ctx: Ctx, out: Names, a: number, b: number): boolean {
  const n = out.at(a);
  return (
    !!n &&
    n.a === a &&
    n.b === b &&
    !n.rule &&
    n.type === ORG &&
    n.probs[ORG] >= SURE_FIRM &&
    FIRM_HEADS.has(lower(ctx, b - 1))
  );
}

/** The term's short form is known as a body's: no term. */
const knownBody = (acr: string) => KNOWN_ORGS.has(acr.toLowerCase()) || KNOWN_ACRONYMS.has(acr);

/** none.defined-term-acronym: see the row. Read from the opening brackets' tokens only. */
function definedTermAcronyms(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const opens = tokensOf(ctx, exactFormMarks(ctx, BRACKETS));
  const terms: [number, number][] = [];
  const shorts = new Set<string>();
  for (let k = 0; k < opens.length; k++) {
    const o = opens[k];
    const open = ctx.text.charCodeAt(t.start[o]);
    const close = CLOSE_OF[open];
    if (close === undefined) continue;
    // "the Household Energy Consumption Survey (HECS)": the term before, its short form inside.
    if (o >= 1 && isPunctChar(ctx, o + 2, close) && ACRONYM.test(spanText(ctx, o + 1, o + 2))) {
      const acr = spanText(ctx, o + 1, o + 2);
      // The run may open with a word of the sentence ("The Household …"): the term starts at the
      // first word whose initials the short form follows.
      let a = knownBody(acr) ? o : runBefore(ctx, o);
      while (a < o && !(lower(ctx, a) !== 'and' && abbreviates(acr.toLowerCase(), initials(ctx, a, o)))) a++;
      if (a < o && isTerm(ctx, a, o) && !readAsFirm(ctx, out, a, o)) {
        terms.push([a, o]);
        shorts.add(acr);
        continue;
      }
    }
    // "ROS [Reactive Oxygen Species]": the short form before, the term inside.
    if (o >= 1 && ACRONYM.test(spanText(ctx, o - 1, o)) && !knownBody(spanText(ctx, o - 1, o))) {
      const acr = spanText(ctx, o - 1, o);
      let e = o + 1;
      // The term ends at the closing bracket or at a comma that goes on to explain it ("ROS
      // [Reactive Oxygen Species, the chemicals that …]").
      const ends = (i: number) => isPunctChar(ctx, i, close) || isPunctChar(ctx, i, COMMA);
      while (e < t.count && e - o <= TERM_MAX * 2 && !ends(e) && onLine(ctx, e)) e++;
      if (ends(e) && isTerm(ctx, o + 1, e) && abbreviates(acr.toLowerCase(), initials(ctx, o + 1, e))) {
        terms.push([o + 1, e]);
        shorts.add(acr);
      }
    }
  }
  if (!terms.length) return;
  const gone: NamedSpan[] = [];
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    const inTerm = terms.some(([a, b]) => n.a >= a && n.b <= b);
    const short = n.b - n.a === 1 && shorts.has(spanText(ctx, n.a, n.b));
    if (inTerm || short) gone.push(n);
  }
  for (const n of gone) out.remove(n);
}
