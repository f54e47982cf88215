/** Profiling aid: PHASE=tag|group|claims|context repeats one engine phase on the bench text. */
import { buildContext } from '../../src/engine/context';
import { detectMentions } from '../../src/engine/detect/mentions';
import { groupMentions } from '../../src/engine/coref/entities';
import { detectClaims } from '../../src/engine/claims/claims';
import { defaultModel } from '../../src/engine/tagger/default-model';
import { loadGazetteerIfAny } from '../../src/cli/analyze';
import { makeNewsText } from '../../bench/engine';

const gazetteer = await loadGazetteerIfAny();
const text = makeNewsText();
const model = defaultModel();
const ctx = buildContext(text, gazetteer);
const raw = detectMentions(ctx, model);
const g = groupMentions(
  ctx,
  raw.map((m) => ({ ...m })),
);
const phase = process.env.PHASE ?? 'claims';
const ms: string[] = [];
for (let k = 0; k < Number(process.env.RUNS ?? 10); k++) {
  const t0 = process.cpuUsage();
  if (phase === 'context') buildContext(text, gazetteer);
  else if (phase === 'tag') detectMentions(ctx, model);
  else if (phase === 'group')
    groupMentions(
      ctx,
      raw.map((m) => ({ ...m })),
    );
  else detectClaims(ctx, g);
  const d = process.cpuUsage(t0);
  ms.push(((d.user + d.system) / 1000).toFixed(0));
}
console.log(phase, 'cpu ms', ms.join(' '));
