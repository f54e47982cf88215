/**
 * Scores the invented news stories of src/engine/claims/news.cases.ts batch by batch and lists
 * every miss, false claim, wrong speaker and wrong `direct`:
 *   npx tsx scripts/claims/score-news.ts [--quiet]
 */
import { analyze } from '../../src/engine/index';
import { loadGazetteerIfAny } from '../../src/cli/analyze';
import { NEWS_BATCHES, scoreNewsCases } from '../../src/engine/claims/news-score';

const quiet = process.argv.includes('--quiet');
const gazetteer = await loadGazetteerIfAny();
for (const [name, cases] of Object.entries(NEWS_BATCHES)) {
  const r = scoreNewsCases(cases, (text) => analyze(text, { gazetteer }));
  console.log(
    `${name}: claims F1 ${r.f1.toFixed(3)} (${r.tp}/${r.np}/${r.ng}) speaker ${r.speaker.toFixed(3)} of ${r.spkN} direct ${r.direct.toFixed(3)} of ${r.directN}`,
  );
  if (!quiet) for (const e of r.errors) console.log('  ' + e);
}
