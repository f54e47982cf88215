/**
 * Rules of 2 Dec 2026, night (helper ents15, issue #9: patterns shared by several held-out fold
 * documents on both fold seeds; rows FOLD_PATTERN_ROWS_9 in lexicon/fold-patterns-9.ts).
 * applyNameRules calls `applyFoldPatternRows9` right before the review rows, so these read every
 * other rule's names. One pass over the forms finds the tokens of the rows' words; each rule
 * visits only its own.
 * - none.award-name: "a nomination at [Teen Choice Awards]", "the [Nobel] Prize" are no names.
 * - person.paired-with-person: "analyzed by Coase and [North]" read as a place is a person.
 */
import { Flag, Kind } from '../tokenize/tokenize';
import { lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import { FOLD_PATTERN_ROWS_9 } from '../lexicon/fold-patterns-9';
import { rowNamed } from '../lexicon/rule-row';
import { PERSON, PLACE, capitalisedOnLine, isPunctChar, isWord, type Names } from './named-spans';

const AWARD_ROW = rowNamed(FOLD_PATTERN_ROWS_9, 'none.award-name');
const AWARD_WORDS = new Set(AWARD_ROW.value);
const PAIR_ROW = rowNamed(FOLD_PATTERN_ROWS_9, 'person.paired-with-person');
const PAIR_WORDS = new Set(PAIR_ROW.value);

/** Per word form: AWARD or PAIR for the rows' words, 0 for the rest (one typed-array read per token after). */
const AWARD = 1,
  PAIR = 2;
function rowMarks(ctx: Ctx): Uint8Array {
  const marks = new Uint8Array(ctx.forms.length);
  for (let f = 0; f < marks.length; f++) {
    const w = ctx.formLower[f];
    if (AWARD_WORDS.has(w)) marks[f] = AWARD;
    else if (PAIR_WORDS.has(w)) marks[f] = PAIR;
  }
  return marks;
}

export function applyFoldPatternRows9(ctx: Ctx, out: Names): void {
  const marks = rowMarks(ctx);
  const hits = tokensOf(ctx, marks);
  for (let k = 0; k < hits.length; k++) {
    const i = hits[k];
    if (marks[ctx.form[i]] === AWARD) awardName(ctx, out, i);
    else personPair(ctx, out, i);
  }
}

/** none.award-name: "at [Teen Choice Awards]", "the [Nobel] Prize": see the row. */
function awardName(ctx: Ctx, out: Names, i: number): void {
  if (!capitalisedOnLine(ctx, i)) return;
  const n = out.at(i);
  if (n) {
    // "Teen Choice Awards": the row word closes a name of two words or more.
    if (n.b === i + 1 && n.a < i && !n.rule) out.remove(n);
    return;
  }
  // "the Nobel Prize": the name right before the row word, after "the", is the award's.
  const m = out.at(i - 1);
  if (m && m.b === i && !m.rule && isWord(ctx, m.a - 1, 'the')) out.remove(m);
}

/** Words before the person that make the pair a list of places or a route ("met in Paris and Schmidt"). */
const PLACE_LEADS = new Set(['in', 'at', 'to', 'from', 'between', 'near']);
/** Longest name read as the second of the pair, in tokens. */
const PAIR_NAME_MAX = 2;

/** person.paired-with-person: "analyzed by Coase and [North]": see the row. */
function personPair(ctx: Ctx, out: Names, i: number): void {
  const t = ctx.t;
  if (t.flags[i] & Flag.NewLine) return;
  const x = out.at(i + 1);
  if (!x || x.a !== i + 1 || x.type !== PLACE || x.rule || x.b - x.a > PAIR_NAME_MAX) return;
  const p = out.at(i - 1);
  if (!p || p.b !== i || p.type !== PERSON) return;
  if (p.a > 0 && t.kind[p.a - 1] === Kind.Word && PLACE_LEADS.has(lower(ctx, p.a - 1))) return;
  // "Obama, Biden and Maya Heights": the end of a longer list is person.listed-with-people's to
  // decide (fold-rules-7), which asks more of it than one person before "and".
  if (isPunctChar(ctx, p.a - 1, 44)) return;
  // "Coase and North Carolina": a longer name runs on after it; left to the model.
  if (capitalisedOnLine(ctx, x.b)) return;
  if (placeLookup(ctx, spanText(ctx, x.a, x.b))) return;
  out.put(x.a, x.b, PERSON, PAIR_ROW.id, undefined, x);
}
