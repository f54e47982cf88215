/**
 * Rules for a family fold rows 24 left on the study folds, seventh round (helper ents43c, issue
 * #9; rows in lexicon/fold-patterns-25.ts). applyNameRules calls `applyFoldPatternRows25` right
 * after the fold-24 rows.
 * - organisation.maker-before-poll: "the latest [Newsmax] / [Zogby] poll", "some [Frontiers] journals".
 */
import { isDemonym, lower, placeLookup, spanText, tokensOf, word, type Ctx } from '../context';
import { MAKER_BEFORE_POLL_ROW } from '../lexicon/fold-patterns-25';
import { lowerSetOf } from '../lexicon/rule-row';
import { KNOWN_ORGS, TITLES } from '../lexicon/words';
import {
  ORG,
  PERSON,
  PLACE,
  formMarks,
  isCapWord,
  isLowerWord,
  isOneChar,
  isPlainWord,
  isWeekdayOrMonth,
  onLine,
  opensSentence,
  type Names,
} from './named-spans';

export function applyFoldPatternRows25(ctx: Ctx, out: Names): void {
  makersBeforePolls(ctx, out);
}

/** The model's reading at or above which a name is left to it. */
const UNSURE = 0.6;
const SLASH = 0x2f;

// --- organisation.maker-before-poll -----------------------------------------------------------

const PRODUCTS = lowerSetOf(MAKER_BEFORE_POLL_ROW.value.products);
const STANDINGS = lowerSetOf(MAKER_BEFORE_POLL_ROW.value.standings);

/**
 * Token `i` may be a maker's one-word name: capitalised, alone on its line, no word the text
 * writes in lowercase, weekday, month, title or demonym, not a sentence's first word; no rule read
 * it and the model leaves it unread or reads it below UNSURE as a place; no known body, no place
 * the map knows.
 */
function mayBeMaker(ctx: Ctx, out: Names, i: number): boolean {
  // A word the text writes in lowercase elsewhere is a word of the language ("the exit poll … an
  // Exit poll"); a dictionary word is not enough to leave it ("some Frontiers journals").
  if (i < 0 || !isCapWord(ctx, i) || ctx.lowerSeen.has(lower(ctx, i)) || isWeekdayOrMonth(ctx, i)) return false;
  const w = word(ctx, i);
  if (TITLES.has(lower(ctx, i)) || isDemonym(ctx, w)) return false;
  // A sentence's first word is as often a word of the language ("Opinion polls show") as a maker.
  if (opensSentence(ctx, i)) return false;
  // "A Quorvex / Dalmore poll": an opening article is no part of the name.
  if (onLine(ctx, i) && isCapWord(ctx, i - 1) && !(opensSentence(ctx, i - 1) && isPlainWord(ctx, i - 1))) return false;
  if (onLine(ctx, i + 1) && isCapWord(ctx, i + 1)) return false;
  const n = out.at(i);
  // A person the model reads, even unsure, is left to it ("a Marist poll" read as a person at 0.45).
  if (n && (n.a !== i || n.b !== i + 1 || n.rule || n.type !== PLACE || n.probs[PLACE] >= UNSURE)) return false;
  const text = spanText(ctx, i, i + 1);
  return !KNOWN_ORGS.has(text.toLowerCase()) && !placeLookup(ctx, text);
}

/** The words of the names the document reads as people, lowercased. */
function personWords(ctx: Ctx, out: Names): Set<string> {
  const words = new Set<string>();
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    if (n.type === PERSON) for (let i = n.a; i < n.b; i++) words.add(lower(ctx, i));
  }
  return words;
}

/** organisation.maker-before-poll: see the row. */
function makersBeforePolls(ctx: Ctx, out: Names): void {
  const products = tokensOf(ctx, formMarks(ctx, PRODUCTS));
  if (!products.length) return;
  const makers: number[] = [];
  for (let x = 0; x < products.length; x++) {
    const j = products[x];
    if (!isLowerWord(ctx, j) || !onLine(ctx, j) || !mayBeMaker(ctx, out, j - 1)) continue;
    // "a Trump poll lead": a candidate's standing.
    if (isLowerWord(ctx, j + 1) && STANDINGS.has(lower(ctx, j + 1))) continue;
    makers.push(j - 1);
    // "Newsmax / Zogby poll", "Newsmax/Zogby poll": the other maker of a joint poll.
    const k = j - 3;
    if (isOneChar(ctx, j - 2, SLASH) && onLine(ctx, j - 2) && mayBeMaker(ctx, out, k)) makers.push(k);
  }
  if (!makers.length) return;
  const people = personWords(ctx, out);
  for (const i of makers) if (!people.has(lower(ctx, i))) out.put(i, i + 1, ORG, MAKER_BEFORE_POLL_ROW.id);
}
