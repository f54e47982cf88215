/**
 * Name rows of the lead's reading in stop 60 (issue #9; rows in lexicon/lead-names-60.ts).
 * applyNameRules calls `applyLeadNameRows60` after the stop-59 rows, so these read the names every
 * other rule decided.
 * - person.prefixed-title: "then-President [Barack Obama]", "then-Secretary-General [Ban Ki-moon]".
 */
import { lower, tokensOf, type Ctx } from '../context';
import { PREFIXED_TITLE_ROW } from '../lexicon/lead-names-60';
import { TITLE_MODIFIERS, TITLES } from '../lexicon/words';
import { Kind } from '../tokenize/tokenize';
import { PERSON, isCapWord, namesWithin, onLine, patternFormMarks, putOverWithin, type Names } from './named-spans';

export function applyLeadNameRows60(ctx: Ctx, out: Names): void {
  prefixedTitles(ctx, out);
}

// --- person.prefixed-title ------------------------------------------------------------------------

const { prefixes, maxTitleWords, maxNameWords } = PREFIXED_TITLE_ROW.value;
// The title after the prefix may itself be hyphened ("then-Secretary-General"; ents61b).
const PREFIXED = new RegExp(`^(?:${prefixes.join('|')})[-‐‑](\\p{Lu}[\\p{L}.]*(?:-\\p{Lu}[\\p{L}.]*)?)$`, 'iu');

/** A title, abbreviated or not ("Gov.", "President"). */
const isTitleWord = (w: string) => TITLES.has(w) || TITLES.has(w.replace(/\.$/, ''));

/** A title word, or a title's modifier right before one ("Vice President"). */
function titleAt(ctx: Ctx, i: number): boolean {
  if (!isCapWord(ctx, i)) return false;
  const w = lower(ctx, i);
  return isTitleWord(w) || (TITLE_MODIFIERS.has(w) && isCapWord(ctx, i + 1));
}

/** person.prefixed-title: see the row. Only hyphened tokens of the prefixes are read. */
function prefixedTitles(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const hits = tokensOf(ctx, patternFormMarks(ctx, PREFIXED));
  for (let x = 0; x < hits.length; x++) {
    const k = hits[x];
    const m = PREFIXED.exec(ctx.text.slice(t.start[k], t.end[k]));
    if (!m) continue;
    const head = m[1].toLowerCase();
    if (!isTitleWord(head) && !TITLE_MODIFIERS.has(head)) continue;
    // "then-Vice President", "then-Secretary of State": more of the title.
    let a = k + 1;
    while (
      a < t.count &&
      a - k <= maxTitleWords &&
      onLine(ctx, a) &&
      (titleAt(ctx, a) || (lower(ctx, a) === 'of' && isCapWord(ctx, a + 1)))
    )
      a++;
    if (a < t.count && t.kind[a] === Kind.Punct && ctx.text[t.start[a]] === '.') a++;
    let b = a;
    while (b < t.count && b - a < maxNameWords && onLine(ctx, b) && isCapWord(ctx, b)) b++;
    if (b === a) continue;
    const within = namesWithin(out, k, b);
    if (!within || within.some((n) => n.type !== PERSON && n.a >= a)) continue;
    putOverWithin(out, a, b, PERSON, PREFIXED_TITLE_ROW.id, within);
  }
}
