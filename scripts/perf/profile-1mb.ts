/** `node --cpu-prof --import tsx scripts/perf/profile-1mb.ts`: analyses the bench's 1 MB text a few times, warm. */
import { analyze } from '../../src/engine/index';
import { loadGazetteerIfAny } from '../../src/cli/analyze';
import { makeNewsText } from '../../bench/engine';

const gazetteer = await loadGazetteerIfAny();
const text = makeNewsText();
const runs = Number(process.env.RUNS ?? 4);
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  analyze(text, { gazetteer });
  const ms = performance.now() - t0;
  console.log(`run ${i}: ${ms.toFixed(0)} ms, ${(text.length / 1e6 / (ms / 1000)).toFixed(2)} MB/s`);
}
