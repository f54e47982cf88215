/**
 * `node --expose-gc --max-semi-space-size=1024 --import tsx scripts/perf/alloc-phases.ts [SRC]`:
 * heap growth per phase of the bench's 1 MB text (context, mentions, grouping, claims), six
 * analyses, the lower median of the last four printed with every run's figure, for the engine under SRC
 * (default `src`; a copy of older code as for ab-inprocess.ts). Unlike CPU time it does not move
 * with the machine's load, so an allocation change shows on a shared machine. Typed arrays' bytes
 * are outside the heap and not counted; compare copies with copies (a copy under bench/out read
 * about 20 MB more in the mentions phase than `src` itself, run to run 45–53 MB there).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadGazetteerIfAny } from '../../src/cli/analyze';
import { makeNewsText } from '../../bench/engine';
const src = process.argv[2] ?? 'src';
const m = async (p: string) => import(pathToFileURL(path.resolve(src, 'engine', p)).href);
const { buildContext } = await m('context.ts');
const { detectMentions } = await m('detect/mentions.ts');
const { groupMentions } = await m('coref/entities.ts');
const { detectClaims } = await m('claims/claims.ts');
const { defaultModel } = await m('tagger/default-model.ts');
const gc = (globalThis as { gc?: () => void }).gc!;
const gazetteer = await loadGazetteerIfAny();
const text = makeNewsText();
const model = defaultModel();
const rows: Record<string, number[]> = {};
const phase = <T>(name: string, f: () => T): T => {
  gc();
  const h0 = process.memoryUsage().heapUsed;
  const r = f();
  (rows[name] ??= []).push((process.memoryUsage().heapUsed - h0) / 1e6);
  return r;
};
for (let k = 0; k < 6; k++) {
  const ctx = phase('context', () => buildContext(text, gazetteer));
  const raw = phase('mentions', () => detectMentions(ctx, model));
  const g = phase('grouping', () => groupMentions(ctx, raw));
  phase('claims', () => detectClaims(ctx, g));
}
let total = 0;
for (const [k, v] of Object.entries(rows)) {
  const last = v.slice(2).sort((a, b) => a - b)[1];
  total += last;
  console.log(k.padEnd(10), last.toFixed(2), 'MB', v.map((x) => x.toFixed(1)).join(' '));
}
console.log('total'.padEnd(10), total.toFixed(2), 'MB');
