/**
 * `node --expose-gc --import tsx scripts/perf/heap.ts`: what bench/engine.ts's heap figure is made
 * of on the 1 MB text — the analysis kept (retained output) and garbage not yet collected.
 */
import { analyze } from '../../src/engine/index';
import { loadGazetteerIfAny } from '../../src/cli/analyze';
import { makeNewsText } from '../../bench/engine';

const gc = (globalThis as { gc?: () => void }).gc!;
const gazetteer = await loadGazetteerIfAny();
const text = makeNewsText();
for (let i = 0; i < 2; i++) analyze(text, { gazetteer });
for (let k = 0; k < 3; k++) {
  gc();
  const h0 = process.memoryUsage().heapUsed;
  const a = analyze(text, { gazetteer });
  const h1 = process.memoryUsage().heapUsed;
  gc();
  const h2 = process.memoryUsage().heapUsed;
  const r = (x: number) => ((x / text.length).toFixed(1) + '×').padStart(6);
  console.log(`heap growth ${r(h1 - h0)}  kept ${r(h2 - h0)}  garbage ${r(h1 - h2)}  (${a.mentions.length} mentions)`);
}
