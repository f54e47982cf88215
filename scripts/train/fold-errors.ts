/**
 * `npx tsx scripts/train/fold-errors.ts DIR [--seed N] [--genre G] [--list KIND]`: the held-out
 * folds' name errors sorted into kinds, from the fold models `npm run eval:folds -- --quick
 * --models DIR` kept. Kinds: a gold name with the right span and another type (`type`), a span
 * that overlaps a gold one (`span`, with the types), a name no gold span touches (`spurious`), a
 * gold name nothing touches (`missed`). Each error line carries the rule or model score that decided it.
 */
import { analyze } from '../../src/engine/index';
import { loadGazetteerSync } from '../../src/engine/gazetteer/load-sync';
import { DEFAULT_OPTIONS } from './perceptron';
import { loadTrainingSet } from './corpus';
import { foldModels, foldOf, sameSpan, scoredPredictions, typeOk } from './folds-lib';

const arg = (name: string) => {
  const k = process.argv.indexOf(name);
  return k > 0 ? process.argv[k + 1] : undefined;
};
const dir = process.argv[2];
const seed = Number(arg('--seed') ?? DEFAULT_OPTIONS.seed);
const genre = arg('--genre');
const list = arg('--list');
const gaz = loadGazetteerSync();
const docs = loadTrainingSet();
const fold = foldOf(docs);
const model = foldModels(dir, seed, 'quick');
const counts = new Map<string, number>();
const lines: string[] = [];
const bump = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
for (const d of docs) {
  if (genre && d.genre !== genre) continue;
  const a = analyze(d.text, { gazetteer: gaz, model: model(fold.get(d.id)!) });
  const pred = scoredPredictions(d, a.mentions);
  const ctx = (s: number, e: number) =>
    `${d.text.slice(Math.max(0, s - 40), s)}[${d.text.slice(s, e)}]${d.text.slice(e, e + 25)}`.replace(/\s+/g, ' ');
  const used = new Set<number>();
  for (const g of d.spans) {
    const same = pred.findIndex((p, i) => !used.has(i) && sameSpan(g, p));
    if (same >= 0) {
      used.add(same);
      if (typeOk(g, pred[same].type)) continue;
      const k = `type ${g.type}→${pred[same].type}`;
      bump(k);
      lines.push(`${k}\t${d.id}\t${ctx(g.start, g.end)}\t${pred[same].why}`);
      continue;
    }
    const over = pred.findIndex((p, i) => !used.has(i) && p.start < g.end && g.start < p.end);
    if (over >= 0) {
      used.add(over);
      const p = pred[over];
      const k = `span ${p.end - p.start > g.end - g.start ? 'long' : 'short'} ${g.type}${p.type === g.type ? '' : '→' + p.type}`;
      bump(k);
      lines.push(`${k}\t${d.id}\t${ctx(g.start, g.end)} got "${d.text.slice(p.start, p.end)}"\t${p.why}`);
      continue;
    }
    bump(`missed ${g.type}`);
    lines.push(`missed ${g.type}\t${d.id}\t${ctx(g.start, g.end)}`);
  }
  pred.forEach((p, i) => {
    if (used.has(i) || d.spans.some((g) => p.start < g.end && g.start < p.end)) return;
    bump(`spurious ${p.type}`);
    lines.push(`spurious ${p.type}\t${d.id}\t${ctx(p.start, p.end)}\t${p.why}`);
  });
}
for (const [k, n] of [...counts].sort((x, y) => y[1] - x[1])) console.log(`${String(n).padStart(5)}  ${k}`);
if (list) for (const l of lines) if (list === 'all' || l.startsWith(list)) console.log(l);
