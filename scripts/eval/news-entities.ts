/**
 * Strict entity F1 of the news entity batches (src/engine/detect/news-entities.cases.ts), batch by
 * batch, with every miss and false name (totals only for a batch kept blind), then pooled over the held-out batches and over the
 * batches the tagger trains on (scripts/train/corpus.ts TRAINING_BATCHES, when
 * BATCHES_TRAIN_SHIPPED_MODEL is on):
 *   npx tsx scripts/eval/news-entities.ts [--quiet] [BATCH…]
 * Only the held-out batches measure unseen news; a training batch's score is not a blind figure.
 *   npx tsx scripts/eval/news-entities.ts --review [--quiet] [31b|32c|33c|34c]
 * scores the review texts instead (detect/review-31b.cases.ts, helper ents31b, and
 * detect/review-32c.cases.ts, helper ents32c, detect/review-33c.cases.ts, helper ents33c, and detect/review-34c.cases.ts, helper ents34c, each written to review rule rows for wrong firings),
 * each set on its own line, or only the sets named: how many texts are wholly right, the strict F1,
 * and each text's misses and false names with what decided them. A name the gold marks "[[X …]]"
 * is neither right nor wrong, so a rule that types one is printed apart ("X typed"), uncounted.
 */
import { analyze } from '../../src/engine/index';
import { loadGazetteerIfAny } from '../../src/cli/analyze';
import { ENTITY_BATCHES, type EntityCase } from '../../src/engine/detect/news-entities.cases';
import { parseEntityMarkup, scoreEntityCases } from '../../src/engine/detect/news-entities-score';
import { REVIEW_31B } from '../../src/engine/detect/review-31b.cases';
import { REVIEW_32C } from '../../src/engine/detect/review-32c.cases';
import { REVIEW_33C } from '../../src/engine/detect/review-33c.cases';
import { REVIEW_34C } from '../../src/engine/detect/review-34c.cases';
import { scoreFixture } from '../../src/engine/fixtures/fixture-gold';
import { BATCHES_TRAIN_SHIPPED_MODEL, TRAINING_BATCHES } from '../train/corpus';

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const only = args.filter((a) => !a.startsWith('--'));
const gazetteer = await loadGazetteerIfAny();
const REVIEW_SETS: Record<string, EntityCase[]> = {
  '31b': REVIEW_31B,
  '32c': REVIEW_32C,
  '33c': REVIEW_33C,
  '34c': REVIEW_34C,
};
if (args.includes('--review')) {
  for (const [name, cases] of Object.entries(REVIEW_SETS))
    if (!only.length || only.includes(name)) reviewTexts(name, cases);
  process.exit(0);
}
const pooled = { held: { tp: 0, np: 0, ng: 0 }, trained: { tp: 0, np: 0, ng: 0 } };
for (const [name, batch] of Object.entries(ENTITY_BATCHES)) {
  if (only.length && !only.includes(name)) continue;
  const trained = BATCHES_TRAIN_SHIPPED_MODEL && TRAINING_BATCHES.includes(name);
  const r = scoreEntityCases(batch.cases, (text) => analyze(text, { gazetteer }));
  const sum = pooled[trained ? 'trained' : 'held'];
  sum.tp += r.tp;
  sum.np += r.np;
  sum.ng += r.ng;
  console.log(
    `${name}${trained ? ' (training data)' : batch.keptBlind ? ' (held out, kept blind)' : ' (held out)'}: strict F1 ${r.f1.toFixed(3)} (${r.tp} right of ${r.np} predicted, ${r.ng} gold)`,
  );
  if (!quiet && !batch.keptBlind) for (const e of r.errors) console.log('  ' + e);
}
for (const [what, s] of [
  ['held-out batches (unseen news)', pooled.held],
  ['training batches (not blind)', pooled.trained],
] as const)
  if (s.np + s.ng)
    console.log(`pooled ${what}: strict F1 ${((2 * s.tp) / (s.np + s.ng)).toFixed(3)} (${s.tp} / ${s.np} / ${s.ng})`);

/** One set of review texts: texts wholly right, strict F1, and per text what went wrong and why. */
function reviewTexts(name: string, cases: readonly EntityCase[]): void {
  let right = 0;
  const sum = { tp: 0, np: 0, ng: 0 };
  for (const c of cases) {
    const { text, gold } = parseEntityMarkup(c.text, c.name);
    const a = analyze(text, { gazetteer });
    const r = scoreFixture(text, gold, a);
    sum.tp += r.tp;
    sum.np += r.np;
    sum.ng += r.ng;
    const errors = r.errors.filter((e) => /^F[NP] /.test(e));
    if (!errors.length) right++;
    const xTyped = a.mentions.filter(
      (m) =>
        m.why.startsWith('rule ') &&
        gold.ignore.some((x) => x.start < m.end && m.start < x.end) &&
        !gold.entities.some((g) => g.start < m.end && m.start < g.end),
    );
    if (quiet || (!errors.length && !xTyped.length)) continue;
    console.log(`${c.name}:`);
    for (const e of errors) {
      const at = /@(\d+)$/.exec(e);
      const m = e.startsWith('FP') && at ? a.mentions.find((x) => x.start === Number(at[1])) : undefined;
      console.log(`  ${e}${m ? `  (${m.why})` : ''}`);
    }
    for (const m of xTyped) console.log(`  X typed ${m.type}:${m.text}@${m.start}  (${m.why}; uncounted)`);
  }
  const f1 = sum.np + sum.ng ? (2 * sum.tp) / (sum.np + sum.ng) : 1;
  console.log(
    `review texts ${name}: ${right} of ${cases.length} right, strict F1 ${f1.toFixed(3)} (${sum.tp} / ${sum.np} / ${sum.ng})`,
  );
}
