/**
 * Strict entity F1 of the blind news batches (src/engine/detect/news-entities.cases.ts), batch by
 * batch, with every miss and false name:
 *   npx tsx scripts/eval/news-entities.ts [--quiet] [BATCH…]
 */
import { analyze } from '../../src/engine/index';
import { loadGazetteerIfAny } from '../../src/cli/analyze';
import { ENTITY_BATCHES } from '../../src/engine/detect/news-entities.cases';
import { scoreEntityCases } from '../../src/engine/detect/news-entities-score';

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const only = args.filter((a) => !a.startsWith('--'));
const gazetteer = await loadGazetteerIfAny();
for (const [name, batch] of Object.entries(ENTITY_BATCHES)) {
  if (only.length && !only.includes(name)) continue;
  const r = scoreEntityCases(batch.cases, (text) => analyze(text, { gazetteer }));
  console.log(`${name}: strict F1 ${r.f1.toFixed(3)} (${r.tp} right of ${r.np} predicted, ${r.ng} gold)`);
  if (!quiet) for (const e of r.errors) console.log('  ' + e);
}
