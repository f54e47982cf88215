/**
 * Output-identity check for speed work: `npx tsx scripts/perf/snapshot.ts OUTDIR` writes the full
 * analysis JSON of the default article, the shared eval texts, every training document and the
 * bench's generated 1 MB text into OUTDIR, one file each; `diff -r before after` then proves an
 * optimisation changed nothing. Not part of the test suite (it reads ../shared, and takes a
 * minute).
 */
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/engine/index';
import { loadGazetteerIfAny } from '../../src/cli/analyze';
import { makeNewsText } from '../../bench/engine';

const out = process.argv[2];
if (!out) throw new Error('usage: snapshot.ts OUTDIR');
fs.mkdirSync(out, { recursive: true });
const shared = path.resolve('..', 'shared');
const texts: [string, string][] = [
  ['default-article', fs.readFileSync(path.join(shared, 'articles', 'putin-high-tech-duel.txt'), 'utf8')],
];
for (const dir of ['eval/gum', 'train/gum']) {
  for (const f of fs.readdirSync(path.join(shared, dir)).sort()) {
    if (!f.endsWith('.json')) continue;
    const doc = JSON.parse(fs.readFileSync(path.join(shared, dir, f), 'utf8')) as { text: string };
    texts.push([`${dir.replace('/', '-')}-${f}`, doc.text]);
  }
}
if (!process.env.NO_BIG) texts.push(['bench-1mb', makeNewsText()]);
const gazetteer = await loadGazetteerIfAny();
const t0 = performance.now();
for (const [name, text] of texts) {
  fs.writeFileSync(
    path.join(out, name.replace(/\.json$/, '') + '.json'),
    JSON.stringify(analyze(text, { gazetteer }), null, 1),
  );
}
console.log(`${texts.length} texts in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
