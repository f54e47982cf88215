/**
 * `node --import ./scripts/perf/unminified.mjs scripts/perf/profile-steady.ts [OUT] [WARM] [RUNS]`:
 * a CPU profile of the bench text's analyses once warm only (WARM analyses first, default 7, not
 * profiled; then RUNS, default 5, profiled through the inspector), written to OUT (default
 * /tmp/steady.cpuprofile) for hot-lines.mjs or a per-function summary.
 */
import fs from 'node:fs';
import { Session } from 'node:inspector';
import { analyze } from '../../src/engine/index';
import { loadGazetteerIfAny } from '../../src/cli/analyze';
import { makeNewsText } from '../../bench/engine';

const [out = '/tmp/steady.cpuprofile', warm = '7', runs = '5'] = process.argv.slice(2);
const gazetteer = await loadGazetteerIfAny();
const text = makeNewsText();
for (let i = 0; i < Number(warm); i++) analyze(text, { gazetteer });
const session = new Session();
session.connect();
const post = (method: string, params?: object) =>
  new Promise<unknown>((resolve, reject) =>
    session.post(method, params, (err, res) => (err ? reject(err) : resolve(res))),
  );
await post('Profiler.enable');
await post('Profiler.setSamplingInterval', { interval: 200 });
await post('Profiler.start');
for (let i = 0; i < Number(runs); i++) analyze(text, { gazetteer });
const { profile } = (await post('Profiler.stop')) as { profile: unknown };
fs.writeFileSync(out, JSON.stringify(profile));
console.log(`wrote ${out}`);
