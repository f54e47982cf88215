/**
 * `npx tsx scripts/perf/ab-inprocess.ts BASE_SRC [ROUNDS]`: old and new engine code alternated in
 * one process on the bench's 1 MB text, per stage (tagger, rules, grouping, claims) and whole
 * analyses: CPU time of each, medians over the rounds after warm-up, and the median of the paired
 * ratios new / old. Steadier than fresh processes on a loaded machine (each round runs both codes
 * in the same seconds), but it reads the steady state only, not the compiler's late work that the
 * bench's first timed analyses also pay. BASE_SRC is a copy under the repository, e.g.
 * `bench/out/ab-base/src` (`git archive BASE src | tar -x -C bench/out/ab-base`). A third argument
 * `news` analyses every news entity and claim batch text joined instead (about 1.3 MB of varied
 * invented news: tens of thousands of distinct words, where the bench text, made from a few
 * templates, has under four hundred).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadGazetteerIfAny } from '../../src/cli/analyze';
import { makeNewsText } from '../../bench/engine';
import { ENTITY_BATCHES } from '../../src/engine/detect/news-entities.cases';
import { parseEntityMarkup } from '../../src/engine/detect/news-entities-score';
import { NEWS_BATCHES } from '../../src/engine/claims/news-score';

interface Engine {
  buildContext: typeof import('../../src/engine/context').buildContext;
  tagNames: typeof import('../../src/engine/tagger/tag').tagNames;
  applyNameRules: typeof import('../../src/engine/detect/rules').applyNameRules;
  detectMentions: typeof import('../../src/engine/detect/mentions').detectMentions;
  groupMentions: typeof import('../../src/engine/coref/entities').groupMentions;
  detectClaims: typeof import('../../src/engine/claims/claims').detectClaims;
  defaultModel: typeof import('../../src/engine/tagger/default-model').defaultModel;
}
async function load(src: string): Promise<Engine> {
  const m = async (p: string) => import(pathToFileURL(path.resolve(src, 'engine', p)).href);
  return {
    ...(await m('context.ts')),
    ...(await m('tagger/tag.ts')),
    ...(await m('detect/rules.ts')),
    ...(await m('detect/mentions.ts')),
    ...(await m('coref/entities.ts')),
    ...(await m('claims/claims.ts')),
    ...(await m('tagger/default-model.ts')),
  } as Engine;
}
const engines = [await load(process.argv[2] ?? 'bench/out/ab-base/src'), await load('src')];
const rounds = Number(process.argv[3] ?? 12);
const gazetteer = await loadGazetteerIfAny();
/** Every news batch text, entity batches with their markup stripped, one paragraph gap apart. */
const newsText = () =>
  [
    ...Object.values(ENTITY_BATCHES).flatMap(({ cases }) => cases.map((c) => parseEntityMarkup(c.text, c.name).text)),
    ...Object.values(NEWS_BATCHES).flatMap((cases) => cases.map((c) => c.text)),
  ].join('\n\n');
const text = process.argv[4] === 'news' ? newsText() : makeNewsText();
console.log(`${text.length} characters`);
const cpu = <T>(f: () => T): [T, number] => {
  const t0 = process.cpuUsage();
  const r = f();
  const d = process.cpuUsage(t0);
  return [r, (d.user + d.system) / 1000];
};
const stages = ['context', 'tagger', 'rules', 'mentions', 'grouping', 'claims', 'all'] as const;
const times = engines.map(() => Object.fromEntries(stages.map((s) => [s, [] as number[]])));
const warm = 4;
for (let r = 0; r < rounds + warm; r++)
  for (const e of r % 2 ? [1, 0] : [0, 1]) {
    const E = engines[e];
    const model = E.defaultModel();
    const [ctx, tc] = cpu(() => E.buildContext(text, gazetteer));
    const [, tt] = cpu(() => E.tagNames(ctx, model, false));
    const tagged = E.tagNames(ctx, model, false);
    const [, tr] = cpu(() => E.applyNameRules(ctx, tagged));
    const [raw, tm] = cpu(() => E.detectMentions(ctx, model));
    const [g, tg] = cpu(() => E.groupMentions(ctx, raw));
    const [, tcl] = cpu(() => E.detectClaims(ctx, g));
    if (r < warm) continue;
    const row = {
      context: tc,
      tagger: tt,
      rules: tr,
      mentions: tm,
      grouping: tg,
      claims: tcl,
      all: tc + tm + tg + tcl,
    };
    for (const s of stages) times[e][s].push(row[s]);
  }
const med = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1];
for (const s of stages) {
  const ratios = times[1][s].map((v, k) => v / times[0][s][k]);
  console.log(
    s.padEnd(9),
    'old',
    med(times[0][s]).toFixed(1).padStart(7),
    ' new',
    med(times[1][s]).toFixed(1).padStart(7),
    ' paired ratio',
    med(ratios).toFixed(3),
    ` (new lower in ${ratios.filter((x) => x < 1).length}/${ratios.length})`,
  );
}
