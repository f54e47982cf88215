/**
 * Rules for missed places fold rows 29 left on the study folds, thirteenth round (helper ents58c,
 * issue #9; rows in lexicon/fold-patterns-30.ts). applyNameRules calls `applyFoldPatternRows30`
 * right after the fold-29 rows.
 * - place.residents-of: "residents of [Grammatiko]", "the edge of [Marathon]": the name after the
 *   people who live in a place, or its edge, is a place.
 */
import { isDemonym, lower, spanText, tokensOf, type Ctx } from '../context';
import { Kind } from '../tokenize/tokenize';
import { RESIDENTS_OF_ROW } from '../lexicon/fold-patterns-30';
import { KNOWN_ORGS, TITLES, TITLE_MODIFIERS } from '../lexicon/words';
import {
  PERSON,
  PLACE,
  capitalisedOnLine,
  capitalisedRun,
  formMarks,
  isCapWord,
  isWord,
  onLine,
  opensSentence,
  type NamedSpan,
  type Names,
} from './named-spans';

export function applyFoldPatternRows30(ctx: Ctx, out: Names): void {
  residentsOf(ctx, out);
}

/** Below this the model's own reading gives way. */
const WEAK = 0.6;
/** Longest place after the noun, in words. */
const RUN_MAX = 3;

// --- place.residents-of ---------------------------------------------------------------------------

const OF_NOUNS: ReadonlySet<string> = new Set(RESIDENTS_OF_ROW.value.of);
const IN_NOUNS: ReadonlySet<string> = new Set(RESIDENTS_OF_ROW.value.in);
const NOUNS: ReadonlySet<string> = new Set([...OF_NOUNS, ...IN_NOUNS]);

/** The article reads `text` as a person (or a person's last word) elsewhere than at [a, b). */
function readAsPerson(ctx: Ctx, out: Names, text: string, a: number, b: number): boolean {
  return out.alive().some((n) => {
    if (n.type !== PERSON || (n.a >= a && n.b <= b)) return false;
    const s = spanText(ctx, n.a, n.b);
    return s === text || s.endsWith(' ' + text);
  });
}

/**
 * The names over [a, b) when each is the model's alone, weak and not of `type`; `undefined` when a
 * name reaches past the span, a rule decided one, or the model is sure.
 */
function weakWithin(out: Names, a: number, b: number, type: number): NamedSpan[] | undefined {
  const over: NamedSpan[] = [];
  for (let i = a; i < b; i++) {
    const n = out.at(i);
    if (!n || over.includes(n)) continue;
    if (n.a < a || n.b > b || n.rule || n.type === type || n.probs[n.type] >= WEAK) return undefined;
    over.push(n);
  }
  return over;
}

/** The run [a, b) ends in one capital letter ("Block C") or a number follows it on the line ("Flat 4"). */
function unitOfBuilding(ctx: Ctx, a: number, b: number): boolean {
  if (b - a >= 2 && ctx.t.end[b - 1] - ctx.t.start[b - 1] === 1) return true;
  return b < ctx.t.count && onLine(ctx, b) && ctx.t.kind[b] === Kind.Num;
}

/** place.residents-of: see the row. Only the nouns' tokens are read. */
function residentsOf(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, NOUNS));
  for (let x = 0; x < hits.length; x++) {
    const h = hits[x];
    const w = lower(ctx, h);
    const of = isWord(ctx, h + 1, 'of') && OF_NOUNS.has(w);
    const inn = isWord(ctx, h + 1, 'in') && IN_NOUNS.has(w);
    // The noun itself in lowercase ("Residents" opening a sentence counts; "People" as a magazine's
    // name inside a longer capitalised run does not).
    if ((!of && !inn) || (isCapWord(ctx, h) && !opensSentence(ctx, h))) continue;
    const a = h + 2;
    if (!onLine(ctx, a) || !isCapWord(ctx, a)) continue;
    const b = capitalisedRun(ctx, a, RUN_MAX);
    if (capitalisedOnLine(ctx, b)) continue;
    // "Citizens of Antigua and Barbuda": a name joined by "and" is read whole by the and-joined rows,
    // or not at all (merge, stop 58).
    if (isWord(ctx, b, 'and') && capitalisedOnLine(ctx, b + 1)) continue;
    // "Residents of Flat 4", "residents of Block C": a flat, a block or a unit of a building, named by
    // a number or one letter, is no place (ents59b).
    if (unitOfBuilding(ctx, a, b)) continue;
    let ok = true;
    for (let i = a; i < b && ok; i++) {
      const lw = lower(ctx, i);
      if (TITLES.has(lw) || TITLE_MODIFIERS.has(lw)) ok = false;
    }
    if (!ok) continue;
    const over = weakWithin(out, a, b, PLACE);
    if (!over) continue;
    const text = spanText(ctx, a, b);
    if (isDemonym(ctx, text) || KNOWN_ORGS.has(text.toLowerCase()) || readAsPerson(ctx, out, text, a, b)) continue;
    out.put(a, b, PLACE, RESIDENTS_OF_ROW.id, undefined, over.length === 1 ? over[0] : undefined);
  }
}
