/**
 * Name rows of the lead's reading in stop 61 (issue #9; rows in lexicon/lead-names-61.ts).
 * applyNameRules calls `applyLeadNameRows61` after the stop-60 rows, so these read the names every
 * other rule decided.
 * - none.headline-head-noun: "[School] trust rebuked over exam results" names no school.
 */
import { type Ctx } from '../context';
import { HEADLINE_HEAD_NOUN_ROW } from '../lexicon/lead-names-61';
import { exactFormMarks, isLowerWord, opensLine, opensSentence, type NamedSpan, type Names } from './named-spans';

export function applyLeadNameRows61(ctx: Ctx, out: Names): void {
  headlineHeadNouns(ctx, out);
}

// --- none.headline-head-noun --------------------------------------------------------------------

const HEAD_NOUNS: ReadonlySet<string> = new Set(HEADLINE_HEAD_NOUN_ROW.value);

/** none.headline-head-noun: see the row. Only the names opening with a word of the row are read. */
function headlineHeadNouns(ctx: Ctx, out: Names): void {
  const marks = exactFormMarks(ctx, HEAD_NOUNS);
  const alive = out.alive();
  const drops: NamedSpan[] = [];
  for (let x = 0; x < alive.length; x++) {
    const n = alive[x];
    if (n.b - n.a !== 1 || n.rule || !marks[ctx.form[n.a]]) continue;
    if (!opensSentence(ctx, n.a) || !ctx.headline[ctx.s.of[n.a]] || !isLowerWord(ctx, n.b) || opensLine(ctx, n.b))
      continue;
    // The document names the word alone inside a sentence: a name of its own ("Airport said …").
    let elsewhere = false;
    for (let y = 0; y < alive.length && !elsewhere; y++) {
      const m = alive[y];
      elsewhere = m !== n && m.b - m.a === 1 && ctx.form[m.a] === ctx.form[n.a] && !opensSentence(ctx, m.a);
    }
    if (!elsewhere) drops.push(n);
  }
  for (const n of drops) out.remove(n);
}
