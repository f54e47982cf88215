/**
 * Rules for general causes of the study folds' errors (helper ents36c, issue #9; rows in
 * lexicon/fold-patterns-19.ts). applyNameRules calls `applyFoldPatternRows19` right after the
 * fold-18 rows.
 * - name.opening-conjunction: "[While Poisson]'s report was late" is "Poisson".
 * - name.numbered-division: "the harm [Article III] demands" is no name.
 * - person.saint-named-alone: "known as [Saint Jerome]" is the person "Jerome" when the text names him alone.
 * - name.observance-month: "October is [National Magic Month]" is no name.
 * - place.currency-prefix: "damages of [US]$10 billion" name no place.
 */
import { Kind } from '../tokenize/tokenize';
import { lower, tokensOf, word, type Ctx } from '../context';
import {
  CURRENCY_PREFIX_ROW,
  NUMBERED_DIVISION_ROW,
  OBSERVANCE_MONTH_ROW,
  OPENING_CONJUNCTION_ROW,
  SAINT_OF_PERSON_ROW,
} from '../lexicon/fold-patterns-19';
import { setOf } from '../lexicon/rule-row';
import { FULL_STOP, ORG, PERSON, TOKEN_AFTER, exactFormMarks, isCapWord, isOneChar, type Names } from './named-spans';

const OPENING_CONJUNCTIONS = setOf(OPENING_CONJUNCTION_ROW.value);
const DIVISIONS = setOf(NUMBERED_DIVISION_ROW.value);
const ROMAN = /^[IVXLC]+$/;
const ARABIC = /^\d+[A-Z]?$/;

export function applyFoldPatternRows19(ctx: Ctx, out: Names): void {
  saintsNamedAlone(ctx, out);
  openingConjunctions(ctx, out);
  numberedDivisions(ctx, out);
  currencyPrefixes(ctx, out);
  observanceMonths(ctx, out);
}

// --- name.opening-conjunction -----------------------------------------------------------------

/** Token `i` is the first word of its sentence: only quotes, brackets or a note mark ("[16]") before it. */
function firstWordOfSentence(ctx: Ctx, i: number): boolean {
  for (let j = ctx.s.first[ctx.s.of[i]]; j < i; j++) if (ctx.t.kind[j] === Kind.Word) return false;
  return true;
}

/** name.opening-conjunction: see the row. */
function openingConjunctions(ctx: Ctx, out: Names): void {
  const changes: (() => void)[] = [];
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    if (n.b - n.a < 2 || !firstWordOfSentence(ctx, n.a) || !OPENING_CONJUNCTIONS.has(lower(ctx, n.a))) continue;
    if (!isCapWord(ctx, n.a + 1)) continue;
    changes.push(() => out.put(n.a + 1, n.b, n.type, OPENING_CONJUNCTION_ROW.id, undefined, n));
  }
  for (const change of changes) change();
}

// --- name.numbered-division -------------------------------------------------------------------

/** name.numbered-division: see the row. */
function numberedDivisions(ctx: Ctx, out: Names): void {
  const gone = out.alive().filter((n) => {
    if (n.b - n.a !== 2 || !DIVISIONS.has(word(ctx, n.a))) return false;
    const numeral = word(ctx, n.a + 1);
    if (ROMAN.test(numeral)) return true;
    return ARABIC.test(numeral) && n.type !== ORG;
  });
  for (const n of gone) out.remove(n);
}

// --- place.currency-prefix --------------------------------------------------------------------

const DOLLAR = 36;
const DOLLAR_SIGN: ReadonlySet<string> = new Set([String.fromCharCode(DOLLAR)]);

/** place.currency-prefix: see the row. */
function currencyPrefixes(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  // Only the names a "$" follows are read.
  const glued = out
    .aliveOn(tokensOf(ctx, exactFormMarks(ctx, DOLLAR_SIGN)), TOKEN_AFTER)
    .filter(
      (n) =>
        isOneChar(ctx, n.b, DOLLAR) &&
        t.start[n.b] === t.end[n.b - 1] &&
        CURRENCY_PREFIX_ROW.value.test(word(ctx, n.b - 1)) &&
        (n.b - n.a === 1 || t.start[n.b - 1] > t.end[n.b - 2]),
    );
  for (const n of glued) {
    // "fined Mount Isa Mines A$2.4 million": the letters leave the name before them.
    if (n.b - n.a > 1) out.put(n.a, n.b - 1, n.type, CURRENCY_PREFIX_ROW.id, undefined, n);
    else out.remove(n);
  }
}

// --- person.saint-named-alone -----------------------------------------------------------------

const SAINT_TITLES = setOf(SAINT_OF_PERSON_ROW.value);

/** person.saint-named-alone: see the row. */
function saintsNamedAlone(ctx: Ctx, out: Names): void {
  const alive = out.alive();
  let alone: Set<string> | undefined;
  const changes: (() => void)[] = [];
  for (const n of alive) {
    if (n.type === PERSON || !SAINT_TITLES.has(word(ctx, n.a))) continue;
    // "St. Jerome" may be read as "St" "." "Jerome": the stop belongs to the title.
    const w = n.b - n.a === 3 && isOneChar(ctx, n.a + 1, FULL_STOP) ? n.a + 2 : n.a + 1;
    if (w !== n.b - 1 || !isCapWord(ctx, w)) continue;
    alone ??= new Set(alive.filter((m) => m.type === PERSON && m.b - m.a === 1).map((m) => word(ctx, m.a)));
    if (alone.has(word(ctx, w))) changes.push(() => out.put(w, n.b, PERSON, SAINT_OF_PERSON_ROW.id, undefined, n));
  }
  for (const change of changes) change();
}

// --- name.observance-month --------------------------------------------------------------------

const OBSERVANCE_TAILS = setOf(OBSERVANCE_MONTH_ROW.value);

/** name.observance-month: see the row. */
function observanceMonths(ctx: Ctx, out: Names): void {
  const gone = out.alive().filter((n) => n.b - n.a >= 2 && OBSERVANCE_TAILS.has(word(ctx, n.b - 1)));
  for (const n of gone) out.remove(n);
}
