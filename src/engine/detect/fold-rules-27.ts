/**
 * Rules for type confusions fold rows 26 left on the study folds, ninth round (helper ents45c,
 * issue #9; rows in lexicon/fold-patterns-27.ts). applyNameRules calls `applyFoldPatternRows27`
 * right after the fold-26 rows.
 * - person.office-title-before-name: "Rep. [Chip Roy]", "Judge [Dana Woods]" read as places are
 *   people.
 */
import { placeLookup, lower, spanText, tokensOf, type Ctx } from '../context';
import { OFFICE_TITLE_BEFORE_NAME_ROW } from '../lexicon/fold-patterns-27';
import { COMMON_WORDS, FACILITY_TAIL, KNOWN_ORGS, ORG_TAIL, PLACE_TAIL, TITLES } from '../lexicon/words';
import { PERSON, exactFormMarks, isCapWord, onLine, type LiveSpan, type Names } from './named-spans';

export function applyFoldPatternRows27(ctx: Ctx, out: Names): void {
  officeTitlesBeforeNames(ctx, out);
}

// --- person.office-title-before-name ---------------------------------------------------------

const OFFICE_TITLES: ReadonlySet<string> = new Set(OFFICE_TITLE_BEFORE_NAME_ROW.value.titles);
/** Longest name after the title, in tokens. */
const NAME_MAX = 3;

/** The words of [a, b) are capitalised on one line, no title among them, and no tail word ends them. */
function personWords(ctx: Ctx, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    if (!isCapWord(ctx, i) || !onLine(ctx, i)) return false;
    const w = lower(ctx, i);
    if (TITLES.has(w) || TITLES.has(w.replace(/\.$/, ''))) return false;
  }
  const last = lower(ctx, b - 1);
  return !FACILITY_TAIL.has(last) && !ORG_TAIL.has(last) && !PLACE_TAIL.has(last);
}

/** person.office-title-before-name: see the row. Only the titles' tokens (as written) are read. */
function officeTitlesBeforeNames(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, OFFICE_TITLES));
  for (let x = 0; x < hits.length; x++) {
    const h = hits[x];
    const a = h + 1;
    const n = out.at(a) as LiveSpan | undefined;
    // A name the model read alone as a place or a body, starting at the title or right after it.
    if (!n || n.dead || n.rule || n.type === PERSON || (n.a !== h && n.a !== a)) continue;
    const b = n.b;
    if (b - a < 1 || b - a > NAME_MAX || !personWords(ctx, a, b)) continue;
    // "the Senator Hotel": a title taken in before one word of the language names a building.
    if (b - a === 1 && (n.a === h || COMMON_WORDS.has(lower(ctx, a)))) continue;
    const text = spanText(ctx, a, b);
    if (KNOWN_ORGS.has(text.toLowerCase()) || placeLookup(ctx, text)) continue;
    out.put(a, b, PERSON, OFFICE_TITLE_BEFORE_NAME_ROW.id, undefined, n);
  }
}
