/** Profiling aid: tagNames alone on the bench text, many times. */
import { buildContext } from '../../src/engine/context';
import { defaultModel } from '../../src/engine/tagger/default-model';
import { tagNames } from '../../src/engine/tagger/tag';
import { DocFacts } from '../../src/engine/tagger/features';
import { slotsOf } from '../../src/engine/tagger/regions';
import { loadGazetteerIfAny } from '../../src/cli/analyze';
import { makeNewsText } from '../../bench/engine';

const gazetteer = await loadGazetteerIfAny();
const text = makeNewsText();
const model = defaultModel();
const ctx = buildContext(text, gazetteer);
const ts: number[] = [],
  fs: number[] = [];
for (let k = 0; k < 12; k++) {
  let t0 = performance.now();
  new DocFacts(ctx, slotsOf(ctx));
  fs.push(performance.now() - t0);
  t0 = performance.now();
  tagNames(ctx, model);
  ts.push(performance.now() - t0);
}
console.log('tagNames ms', ts.map((x) => x.toFixed(0)).join(' '));
console.log('DocFacts ms', fs.map((x) => x.toFixed(0)).join(' '));
