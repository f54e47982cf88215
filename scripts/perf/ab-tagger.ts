/**
 * `npx tsx scripts/perf/ab-tagger.ts BASE_SRC [ROUNDS] [STAGE]`: one stage of the old and new
 * engine alternated in one process on the bench's 1 MB text, CPU time per call, median of each and
 * of the paired ratios new / old. STAGE is `tagger` (the default: `tagNames`), `rules`
 * (`applyNameRules` on fresh tagger output), `grouping` (`groupMentions`) or `claims`
 * (`detectClaims`). Each side analyses its own context, built once, and only the stage is timed
 * (what it reads is made again, untimed, each round, as a stage may change what it is given): a
 * finer reading of one stage than `ab-inprocess.ts` gives on a loaded machine, where the other
 * stages' collector pauses land on whichever stage is running. Calibrate with BASE_SRC a copy of
 * the same code: at load 17–19, 30 rounds of `rules` read 1.033 (lower in 12/30) with no change.
 * BASE_SRC as for ab-inprocess.ts (a copy under the repository, e.g. `bench/out/ab-base/src`).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadGazetteerIfAny } from '../../src/cli/analyze';
import { makeNewsText } from '../../bench/engine';

interface Engine {
  buildContext: typeof import('../../src/engine/context').buildContext;
  tagNames: typeof import('../../src/engine/tagger/tag').tagNames;
  defaultModel: typeof import('../../src/engine/tagger/default-model').defaultModel;
  applyNameRules: typeof import('../../src/engine/detect/rules').applyNameRules;
  detectMentions: typeof import('../../src/engine/detect/mentions').detectMentions;
  groupMentions: typeof import('../../src/engine/coref/entities').groupMentions;
  detectClaims: typeof import('../../src/engine/claims/claims').detectClaims;
}
async function load(src: string): Promise<Engine> {
  const m = async (p: string) => import(pathToFileURL(path.resolve(src, 'engine', p)).href);
  return {
    ...(await m('context.ts')),
    ...(await m('tagger/tag.ts')),
    ...(await m('tagger/default-model.ts')),
    ...(await m('detect/rules.ts')),
    ...(await m('detect/mentions.ts')),
    ...(await m('coref/entities.ts')),
    ...(await m('claims/claims.ts')),
  } as Engine;
}
const engines = [await load(process.argv[2] ?? 'bench/out/ab-base/src'), await load('src')];
const rounds = Number(process.argv[3] ?? 30);
const stage = process.argv[4] ?? 'tagger';
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
/** The CPU time of `stage` alone on side `e`, its input made first. */
function timeStage(E: Engine, e: number): number {
  const ctx = contexts[e];
  const model = E.defaultModel();
  if (stage === 'tagger') return cpu(() => E.tagNames(ctx, model, false));
  if (stage === 'rules') {
    const tagged = E.tagNames(ctx, model, false);
    return cpu(() => E.applyNameRules(ctx, tagged));
  }
  const raw = E.detectMentions(ctx, model);
  if (stage === 'grouping') return cpu(() => E.groupMentions(ctx, raw));
  if (stage !== 'claims') throw new Error(`no stage ${stage}: tagger, rules, grouping or claims`);
  const grouped = E.groupMentions(ctx, raw);
  return cpu(() => E.detectClaims(ctx, grouped));
}
const times: number[][] = [[], []];
for (let r = 0; r < rounds + warm; r++)
  for (const e of r % 2 ? [1, 0] : [0, 1]) {
    const ms = timeStage(engines[e], e);
    if (r >= warm) times[e].push(ms);
  }
const med = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1];
const ratios = times[1].map((v, k) => v / times[0][k]);
console.log(
  `${stage} old`,
  med(times[0]).toFixed(1),
  ' new',
  med(times[1]).toFixed(1),
  ' paired ratio',
  med(ratios).toFixed(3),
  ` (new lower in ${ratios.filter((x) => x < 1).length}/${rounds})`,
);
