/** Profiling aid: the default article's warm analysis time (wall and CPU), as bench/engine.ts measures it, optionally after the 1 MB text (BIG=1). */
import fs from 'node:fs';
import { analyze } from '../../src/engine/index';
import { loadGazetteerIfAny } from '../../src/cli/analyze';
import { makeNewsText } from '../../bench/engine';

const gazetteer = await loadGazetteerIfAny();
if (process.env.BIG) for (let i = 0; i < 2; i++) analyze(makeNewsText(), { gazetteer });
const article = fs.readFileSync('../shared/articles/putin-high-tech-duel.txt', 'utf8');
for (let i = 0; i < 10; i++) analyze(article, { gazetteer });
const wall: number[] = [],
  cpu: number[] = [];
for (let i = 0; i < 20; i++) {
  const t0 = performance.now(),
    c0 = process.cpuUsage();
  analyze(article, { gazetteer });
  const c = process.cpuUsage(c0);
  wall.push(performance.now() - t0);
  cpu.push((c.user + c.system) / 1000);
}
const med = (a: number[]) => a.sort((x, y) => x - y)[a.length >> 1].toFixed(1);
console.log('default article: wall median', med(wall), 'ms, cpu median', med(cpu), 'ms');
