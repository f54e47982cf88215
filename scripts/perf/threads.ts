/**
 * `npx tsx scripts/perf/threads.ts [SRC_DIR]` (or `node --trace-deopt --import tsx …`): the bench's
 * seven analyses of its 1 MB text in this fresh process, with each analysis's CPU split into the
 * main thread and V8's other threads (optimising compiler, parallel GC), read from
 * /proc/self/task. A line `=== analysis N` is printed before each analysis, so a --trace-deopt or
 * --trace-opt log can be cut by analysis.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadGazetteerIfAny } from '../../src/cli/analyze';
import { makeNewsText } from '../../bench/engine';
import type { analyze as Analyze } from '../../src/engine/index';

const srcDir = path.resolve(process.argv[2] ?? 'src');
const { analyze } = (await import(pathToFileURL(path.join(srcDir, 'engine', 'index.ts')).href)) as {
  analyze: typeof Analyze;
};
const ticks = 1000 / 100; // ms per clock tick (USER_HZ is 100 on Linux)
/** CPU ms (user + system) of the main thread and of all other threads. */
function threadCpu(): [number, number] {
  let main = 0,
    other = 0;
  for (const tid of fs.readdirSync('/proc/self/task')) {
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    } catch {
      continue; // the thread ended meanwhile
    }
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ms = (Number(f[11]) + Number(f[12])) * ticks;
    if (Number(tid) === process.pid) main += ms;
    else other += ms;
  }
  return [main, other];
}
const gazetteer = await loadGazetteerIfAny();
const text = makeNewsText();
const rows: string[] = [];
for (let i = 1; i <= 7; i++) {
  console.log(`=== analysis ${i}`);
  const [m0, o0] = threadCpu();
  const c0 = process.cpuUsage();
  analyze(text, { gazetteer });
  const c = process.cpuUsage(c0);
  const [m1, o1] = threadCpu();
  rows.push(`${i}: all ${Math.round((c.user + c.system) / 1000)} main ${m1 - m0} other ${o1 - o0}`);
}
console.log(`=== end\n${rows.join('\n')}`);
