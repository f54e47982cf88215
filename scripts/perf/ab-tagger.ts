/**
 * `npx tsx scripts/perf/ab-tagger.ts BASE_SRC [ROUNDS]`: old and new tagger (`tagNames`)
 * alternated in one process on the bench's 1 MB text, CPU time per call, median of each and of
 * the paired ratios new / old. Each side analyses its own context, built once, so only the
 * tagger runs in the timed rounds: a finer reading of one stage than `ab-inprocess.ts` gives on
 * a loaded machine, where the other stages' collector pauses land on whichever stage is running.
 * BASE_SRC as for ab-inprocess.ts (a copy under the repository, e.g. `bench/out/ab-base/src`).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadGazetteerIfAny } from '../../src/cli/analyze';
import { makeNewsText } from '../../bench/engine';

interface Tagger {
  buildContext: typeof import('../../src/engine/context').buildContext;
  tagNames: typeof import('../../src/engine/tagger/tag').tagNames;
  defaultModel: typeof import('../../src/engine/tagger/default-model').defaultModel;
}
async function load(src: string): Promise<Tagger> {
  const m = async (p: string) => import(pathToFileURL(path.resolve(src, 'engine', p)).href);
  return {
    ...(await m('context.ts')),
    ...(await m('tagger/tag.ts')),
    ...(await m('tagger/default-model.ts')),
  } as Tagger;
}
const engines = [await load(process.argv[2] ?? 'bench/out/ab-base/src'), await load('src')];
const rounds = Number(process.argv[3] ?? 30);
const warm = 5;
const gazetteer = await loadGazetteerIfAny();
const text = makeNewsText();
const contexts = engines.map((E) => E.buildContext(text, gazetteer));
const cpu = (f: () => unknown): number => {
  const t0 = process.cpuUsage();
  f();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
};
const times: number[][] = [[], []];
for (let r = 0; r < rounds + warm; r++)
  for (const e of r % 2 ? [1, 0] : [0, 1]) {
    const E = engines[e];
    const ms = cpu(() => E.tagNames(contexts[e], E.defaultModel(), false));
    if (r >= warm) times[e].push(ms);
  }
const med = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1];
const ratios = times[1].map((v, k) => v / times[0][k]);
console.log(
  'tagger old',
  med(times[0]).toFixed(1),
  ' new',
  med(times[1]).toFixed(1),
  ' paired ratio',
  med(ratios).toFixed(3),
  ` (new lower in ${ratios.filter((x) => x < 1).length}/${rounds})`,
);
