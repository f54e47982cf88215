/**
 * Output-identity check for speed work, small enough to run after every commit:
 *   npx tsx scripts/eval/output-fingerprint.ts OUT.txt            write one hash per document
 *   npx tsx scripts/eval/output-fingerprint.ts --check BEFORE.txt  compare, exit 1 on any change
 * A document's hash is SHA-256 of `analyze`'s whole JSON output (the Analysis has no timing
 * field, so nothing is left out). Documents: the default article, every news entity batch text
 * (markup stripped, as the scorer does), every news claim batch text, every seventh training
 * document of ../shared/train/gum (31 of 213, all genres) and the bench's 1 MB text. Unlike
 * scripts/perf/snapshot.ts (the full JSON of 223 texts, minutes) it keeps no output, only hashes.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/engine/index';
import { loadGazetteerIfAny } from '../../src/cli/analyze';
import { ENTITY_BATCHES } from '../../src/engine/detect/news-entities.cases';
import { parseEntityMarkup } from '../../src/engine/detect/news-entities-score';
import { NEWS_BATCHES } from '../../src/engine/claims/news-score';
import { makeNewsText } from '../../bench/engine';

const args = process.argv.slice(2);
const check = args[0] === '--check';
const file = check ? args[1] : args[0];
if (!file) throw new Error('usage: output-fingerprint.ts OUT.txt | --check BEFORE.txt');

const shared = path.resolve('..', 'shared');
const docs: [string, string][] = [
  ['default-article', fs.readFileSync(path.join(shared, 'articles', 'putin-high-tech-duel.txt'), 'utf8')],
];
for (const [batch, { cases }] of Object.entries(ENTITY_BATCHES))
  cases.forEach((c, i) => docs.push([`entities ${batch} #${i}`, parseEntityMarkup(c.text, c.name).text]));
for (const [batch, cases] of Object.entries(NEWS_BATCHES))
  cases.forEach((c, i) => docs.push([`claims ${batch} #${i}`, c.text]));
const train = path.join(shared, 'train', 'gum');
fs.readdirSync(train)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .forEach((f, i) => {
    if (i % 7 === 0)
      docs.push([`train ${f}`, (JSON.parse(fs.readFileSync(path.join(train, f), 'utf8')) as { text: string }).text]);
  });
docs.push(['bench-1mb', makeNewsText()]);

const gazetteer = await loadGazetteerIfAny();
const lines = docs.map(([name, text]) => {
  const hash = crypto
    .createHash('sha256')
    .update(JSON.stringify(analyze(text, { gazetteer })))
    .digest('hex');
  return `${hash.slice(0, 16)} ${name}`;
});

if (!check) {
  fs.writeFileSync(file, lines.join('\n') + '\n');
  console.log(`${lines.length} documents hashed into ${file}`);
} else {
  const before = fs.readFileSync(file, 'utf8').trim().split('\n');
  const changed = lines.filter((l, i) => l !== before[i]);
  if (before.length !== lines.length) console.log(`document count ${before.length} → ${lines.length}`);
  for (const l of changed) console.log(`changed: ${l.slice(17)}`);
  console.log(changed.length || before.length !== lines.length ? 'DIFFERENT' : `identical: ${lines.length} documents`);
  if (changed.length || before.length !== lines.length) process.exit(1);
}
