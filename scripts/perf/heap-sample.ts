/**
 * `npx tsx scripts/perf/heap-sample.ts [N] [SRC_DIR]`: where the engine allocates on the bench's
 * 1 MB text. The sampling heap profiler, counting objects that were collected too, over RUNS
 * analyses after two warm-ups; prints the N functions that allocate most (self, MB per analysis;
 * a builtin such as push or slice is charged to itself and named with its caller). Run it through
 * `node --import ./scripts/perf/unminified.mjs` for line numbers. SRC_DIR (default `src`) runs a
 * copy of older code, as in engine-runs.ts.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Session } from 'node:inspector/promises';
import type { analyze as Analyze } from '../../src/engine/index';
import { loadGazetteerIfAny } from '../../src/cli/analyze';
import { makeNewsText } from '../../bench/engine';

interface Node {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: Node[];
}
const srcDir = path.resolve(process.argv[3] ?? 'src');
const { analyze } = (await import(pathToFileURL(path.join(srcDir, 'engine', 'index.ts')).href)) as {
  analyze: typeof Analyze;
};
const gazetteer = await loadGazetteerIfAny();
const text = makeNewsText();
const runs = Number(process.env.RUNS ?? 4);
for (let i = 0; i < 2; i++) analyze(text, { gazetteer });
const session = new Session();
session.connect();
await session.post('HeapProfiler.startSampling', {
  samplingInterval: 1024,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: true,
});
for (let i = 0; i < runs; i++) analyze(text, { gazetteer });
const { profile } = (await session.post('HeapProfiler.stopSampling')) as { profile: { head: Node } };
const self = new Map<string, number>();
let total = 0;
const where = (f: Node['callFrame']) =>
  `${f.functionName || '(anon)'} ${f.url.replace(/^.*\/src\//, '')}:${f.lineNumber + 1}`;
// A builtin (no url: push, next, slice…) is charged to it and named with its caller.
const walk = (n: Node, parent: string) => {
  const f = n.callFrame;
  const key = f.url ? where(f) : `${f.functionName || '(anon)'} in ${parent}`;
  self.set(key, (self.get(key) ?? 0) + n.selfSize);
  total += n.selfSize;
  for (const c of n.children) walk(c, f.url ? where(f) : parent);
};
walk(profile.head, '(root)');
console.log(`total ${(total / runs / 1e6).toFixed(1)} MB per analysis`);
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.argv[2] ?? 40)))
  console.log((v / runs / 1e6).toFixed(2).padStart(7), k);
