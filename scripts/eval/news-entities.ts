/**
 * Strict entity F1 of the news entity batches (src/engine/detect/news-entities.cases.ts), batch by
 * batch, with every miss and false name (totals only for a batch kept blind), then pooled over the held-out batches and over the
 * batches the tagger trains on (scripts/train/corpus.ts TRAINING_BATCHES, when
 * BATCHES_TRAIN_SHIPPED_MODEL is on):
 *   npx tsx scripts/eval/news-entities.ts [--quiet] [BATCH…]
 * Only the held-out batches measure unseen news; a training batch's score is not a blind figure.
 *   npx tsx scripts/eval/news-entities.ts --review [--quiet]
 * scores the review texts of detect/review-31b.cases.ts instead (helper ents31b, written to review
 * rule rows for wrong firings): how many texts are wholly right, the strict F1, and each text's
 * misses and false names with what decided them.
 */
import { analyze } from '../../src/engine/index';
import { loadGazetteerIfAny } from '../../src/cli/analyze';
import { ENTITY_BATCHES } from '../../src/engine/detect/news-entities.cases';
import { parseEntityMarkup, scoreEntityCases } from '../../src/engine/detect/news-entities-score';
import { REVIEW_31B } from '../../src/engine/detect/review-31b.cases';
import { scoreFixture } from '../../src/engine/fixtures/fixture-gold';
import { BATCHES_TRAIN_SHIPPED_MODEL, TRAINING_BATCHES } from '../train/corpus';

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const only = args.filter((a) => !a.startsWith('--'));
const gazetteer = await loadGazetteerIfAny();
if (args.includes('--review')) {
  reviewTexts();
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

/** The review texts: texts wholly right, strict F1, and per text what went wrong and why. */
function reviewTexts(): void {
  let right = 0;
  const sum = { tp: 0, np: 0, ng: 0 };
  for (const c of REVIEW_31B) {
    const { text, gold } = parseEntityMarkup(c.text, c.name);
    const a = analyze(text, { gazetteer });
    const r = scoreFixture(text, gold, a);
    sum.tp += r.tp;
    sum.np += r.np;
    sum.ng += r.ng;
    const errors = r.errors.filter((e) => /^F[NP] /.test(e));
    if (!errors.length) right++;
    if (quiet || !errors.length) continue;
    console.log(`${c.name}:`);
    for (const e of errors) {
      const at = /@(\d+)$/.exec(e);
      const m = e.startsWith('FP') && at ? a.mentions.find((x) => x.start === Number(at[1])) : undefined;
      console.log(`  ${e}${m ? `  (${m.why})` : ''}`);
    }
  }
  const f1 = sum.np + sum.ng ? (2 * sum.tp) / (sum.np + sum.ng) : 1;
  console.log(
    `review texts: ${right} of ${REVIEW_31B.length} right, strict F1 ${f1.toFixed(3)} (${sum.tp} / ${sum.np} / ${sum.ng})`,
  );
}
