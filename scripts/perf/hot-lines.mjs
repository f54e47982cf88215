/**
 * `node scripts/perf/hot-lines.mjs PROFILE.cpuprofile [N] [FILTER]`: the N hottest lines (self
 * time) of a CPU profile taken with unminified.mjs, with the code of each line as it ran.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const [file, n = '50', filter = ''] = process.argv.slice(2);
const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
const ticks = new Map();
let total = 0;
for (const node of profile.nodes)
  for (const { line, ticks: k } of node.positionTicks ?? []) {
    const key = `${node.callFrame.url}\t${line}\t${node.callFrame.functionName}`;
    ticks.set(key, (ticks.get(key) ?? 0) + k);
    total += k;
  }
const sources = new Map();
const codeAt = (url, line) => {
  if (!url.startsWith('file:')) return '';
  if (!sources.has(url)) {
    const js = `/tmp/marginalia-js/${encodeURIComponent(fileURLToPath(url))}.js`;
    sources.set(url, fs.existsSync(js) ? fs.readFileSync(js, 'utf8').split('\n') : []);
  }
  return (sources.get(url)[line - 1] ?? '').trim().slice(0, 100);
};
const rows = [...ticks].filter(([k]) => k.includes(filter)).sort((a, b) => b[1] - a[1]);
for (const [key, k] of rows.slice(0, Number(n))) {
  const [url, line, fn] = key.split('\t');
  const where = `${url.replace(/^.*\/src\/engine\//, '')}:${line} ${fn}`;
  console.log(`${((100 * k) / total).toFixed(1).padStart(5)}%  ${where.padEnd(44)} ${codeAt(url, +line)}`);
}
