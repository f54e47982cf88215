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
import { PERSON, PLACE, capitalisedOnLine, formMarks, isWord, type Names } from './named-spans';

const AWARD_ROW = rowNamed(FOLD_PATTERN_ROWS_9, 'none.award-name');
const AWARD_WORDS = new Set(AWARD_ROW.value);
const PAIR_ROW = rowNamed(FOLD_PATTERN_ROWS_9, 'person.paired-with-person');
const PAIR_WORDS = new Set(PAIR_ROW.value);
const ROW_WORDS = new Set([...AWARD_WORDS, ...PAIR_WORDS]);

export function applyFoldPatternRows9(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, ROW_WORDS));
  if (!hits.length) return;
  awardNames(ctx, out, hits);
  personPairs(ctx, out, hits);
}

/** none.award-name: "at [Teen Choice Awards]", "the [Nobel] Prize": see the row. */
function awardNames(ctx: Ctx, out: Names, hits: Int32Array): void {
  for (let k = 0; k < hits.length; k++) {
    const i = hits[k];
    if (!AWARD_WORDS.has(lower(ctx, i)) || !capitalisedOnLine(ctx, i)) continue;
    const n = out.at(i);
    if (n) {
      // "Teen Choice Awards": the row word closes a name of two words or more.
      if (n.b === i + 1 && n.a < i && !n.rule) out.remove(n);
      continue;
    }
    // "the Nobel Prize": the name right before the row word, after "the", is the award's.
    const m = out.at(i - 1);
    if (m && m.b === i && !m.rule && isWord(ctx, m.a - 1, 'the')) out.remove(m);
  }
}

/** Words before the person that make the pair a list of places or a route ("met in Paris and Schmidt"). */
const PLACE_LEADS = new Set(['in', 'at', 'to', 'from', 'between', 'near']);
/** Longest name read as the second of the pair, in tokens. */
const PAIR_WORDS_MAX = 2;

/** person.paired-with-person: "analyzed by Coase and [North]": see the row. */
function personPairs(ctx: Ctx, out: Names, hits: Int32Array): void {
  const t = ctx.t;
  for (let k = 0; k < hits.length; k++) {
    const i = hits[k];
    if (!PAIR_WORDS.has(lower(ctx, i)) || t.flags[i] & Flag.NewLine) continue;
    const x = out.at(i + 1);
    if (!x || x.a !== i + 1 || x.type !== PLACE || x.rule || x.b - x.a > PAIR_WORDS_MAX) continue;
    const p = out.at(i - 1);
    if (!p || p.b !== i || p.type !== PERSON) continue;
    if (p.a > 0 && t.kind[p.a - 1] === Kind.Word && PLACE_LEADS.has(lower(ctx, p.a - 1))) continue;
    // "Coase and North Carolina": a longer name runs on after it; left to the model.
    if (x.b < t.count && t.kind[x.b] === Kind.Word && capitalisedOnLine(ctx, x.b)) continue;
    if (placeLookup(ctx, spanText(ctx, x.a, x.b))) continue;
    out.put(x.a, x.b, PERSON, PAIR_ROW.id, undefined, x);
  }
}
