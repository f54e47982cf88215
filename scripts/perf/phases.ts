/** `npx tsx scripts/perf/phases.ts`: CPU time of each engine phase on the bench's 1 MB text (median of 5, warm). */
import { buildContext } from '../../src/engine/context';
import { detectMentions } from '../../src/engine/detect/mentions';
import { groupMentions } from '../../src/engine/coref/entities';
import { detectClaims } from '../../src/engine/claims/claims';
import { defaultModel } from '../../src/engine/tagger/default-model';
import { tagNames } from '../../src/engine/tagger/tag';
import { loadGazetteerIfAny } from '../../src/cli/analyze';
import { makeNewsText } from '../../bench/engine';

const gazetteer = await loadGazetteerIfAny();
const text = makeNewsText();
const model = defaultModel();
const times: Record<string, number[]> = {};
const time = <T>(name: string, f: () => T): T => {
  // CPU time, not wall time: the machine is shared, and user time varies far less with its load.
  const t0 = process.cpuUsage();
  const r = f();
  const d = process.cpuUsage(t0);
  (times[name] ??= []).push((d.user + d.system) / 1000);
  return r;
};
for (let k = 0; k < Number(process.env.RUNS ?? 6); k++) {
  const ctx = time('buildContext', () => buildContext(text, gazetteer));
  time('tagNames', () => tagNames(ctx, model));
  const raw = time('detectMentions(incl tag)', () => detectMentions(ctx, model));
  const g = time('groupMentions', () => groupMentions(ctx, raw));
  time('detectClaims', () => detectClaims(ctx, g));
}
times.total = times.buildContext.map((_, k) =>
  ['buildContext', 'detectMentions(incl tag)', 'groupMentions', 'detectClaims'].reduce((a, n) => a + times[n][k], 0),
);
for (const [k, v] of Object.entries(times)) {
  const s = v.slice(1).sort((a, b) => a - b);
  console.log(k.padEnd(26), s[Math.floor(s.length / 2)].toFixed(0).padStart(6), 'ms  (min', s[0].toFixed(0) + ')');
}
