/**
 * `node --expose-gc --max-semi-space-size=1024 --import tsx scripts/perf/alloc.ts`: bytes each
 * engine phase allocates on the bench's 1 MB text (with a young generation this large, nothing is
 * collected inside a phase, so the heap growth is the allocation).
 */
import { buildContext } from '../../src/engine/context';
import { detectMentions } from '../../src/engine/detect/mentions';
import { groupMentions } from '../../src/engine/coref/entities';
import { detectClaims } from '../../src/engine/claims/claims';
import { defaultModel } from '../../src/engine/tagger/default-model';
import { loadGazetteerIfAny } from '../../src/cli/analyze';
import { makeNewsText } from '../../bench/engine';

const gc = (globalThis as { gc?: () => void }).gc!;
const gazetteer = await loadGazetteerIfAny();
const text = makeNewsText();
const model = defaultModel();
const phase = <T>(name: string, f: () => T): T => {
  gc();
  const h0 = process.memoryUsage().heapUsed;
  const r = f();
  const h1 = process.memoryUsage().heapUsed;
  gc();
  const h2 = process.memoryUsage().heapUsed;
  console.log(
    name.padEnd(16),
    ((h1 - h0) / 1e6).toFixed(1).padStart(6),
    'MB allocated',
    ((h2 - h0) / 1e6).toFixed(1).padStart(6),
    'MB kept',
  );
  return r;
};
for (let k = 0; k < 2; k++) {
  const ctx = phase('buildContext', () => buildContext(text, gazetteer));
  const raw = phase('detectMentions', () => detectMentions(ctx, model));
  const g = phase('groupMentions', () => groupMentions(ctx, raw));
  phase('detectClaims', () => detectClaims(ctx, g));
}
