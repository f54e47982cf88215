/**
 * `node --trace-deopt --import tsx scripts/perf/marked-runs.ts > log` (or --trace-opt): analyses
 * the bench's 1 MB text N times (env N, default 7) in a fresh process, printing `=== RUN k`
 * before and `=== END k` after each analysis, so the compiler's log can be split by analysis
 * (which functions still deoptimise or compile in the bench's timed runs 2–6). On stderr, each
 * analysis' CPU ms as all threads / the main thread only (Linux /proc, 10 ms ticks): the
 * difference is the compiler's and the collector's threads.
 */
import fs from 'node:fs';
import { analyze } from '../../src/engine/index';
import { loadGazetteerIfAny } from '../../src/cli/analyze';
import { makeNewsText } from '../../bench/engine';

const gazetteer = await loadGazetteerIfAny();
const text = makeNewsText();
/** CPU ms of the main thread so far (fields utime and stime of /proc/self/task/PID/stat). */
const mainThreadMs = () => {
  const f = fs.readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
};
const out: string[] = [];
for (let i = 0; i < Number(process.env.N ?? 7); i++) {
  console.log(`=== RUN ${i}`);
  const c0 = process.cpuUsage(),
    m0 = mainThreadMs();
  analyze(text, { gazetteer });
  const c = process.cpuUsage(c0);
  console.log(`=== END ${i}`);
  out.push(`${((c.user + c.system) / 1000).toFixed(0)}/${mainThreadMs() - m0}`);
}
console.error('CPU ms per analysis, all threads/main thread:', out.join(' '));
