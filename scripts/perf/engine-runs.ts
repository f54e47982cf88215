/**
 * `npx tsx scripts/perf/engine-runs.ts [SRC_DIR]`: the engine rows of `bench/engine.ts` alone, in
 * this fresh process — two warm-up analyses of the bench's 1 MB text, then five timed ones — and
 * prints each run's CPU time (all threads, as the bench counts it) and the median of the five.
 * SRC_DIR (default `src`) lets an A/B script run a copy of older code; keep that copy under the
 * repository (e.g. `bench/out/ab-base/src`) so tsx transforms it with the same tsconfig.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadGazetteerIfAny } from '../../src/cli/analyze';
import { makeNewsText } from '../../bench/engine';
import type { analyze as Analyze } from '../../src/engine/index';

const srcDir = path.resolve(process.argv[2] ?? 'src');
const { analyze } = (await import(pathToFileURL(path.join(srcDir, 'engine', 'index.ts')).href)) as {
  analyze: typeof Analyze;
};
const gazetteer = await loadGazetteerIfAny();
const text = makeNewsText();
const cpu: number[] = [];
for (let i = 0; i < 7; i++) {
  const c0 = process.cpuUsage();
  analyze(text, { gazetteer });
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
}
const timed = cpu.slice(2).sort((a, b) => a - b);
console.log(
  JSON.stringify({
    src: path.relative(process.cwd(), srcDir),
    runs: cpu.map(Math.round),
    median: Math.round(timed[2]),
  }),
);
