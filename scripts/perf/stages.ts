/**
 * `npx tsx scripts/perf/stages.ts`: CPU time of each engine stage on the bench's 1 MB text, in
 * finer steps than phases.ts (tokenizing, the tagger's document facts, the rules, quotes, claims),
 * median and minimum over RUNS analyses after two warm-ups. Each stage is timed by running it on
 * the same input again, so the figures add up to more than one analysis costs only by noise.
 */
import { buildContext } from '../../src/engine/context';
import { tokenize } from '../../src/engine/tokenize/tokenize';
import { segment } from '../../src/engine/tokenize/sentences';
import { detectMentions } from '../../src/engine/detect/mentions';
import { applyNameRules } from '../../src/engine/detect/rules';
import { groupMentions } from '../../src/engine/coref/entities';
import { detectClaims } from '../../src/engine/claims/claims';
import { claimContext } from '../../src/engine/claims/claim-context';
import { scanQuotes } from '../../src/engine/claims/quotes';
import { defaultModel } from '../../src/engine/tagger/default-model';
import { tagNames } from '../../src/engine/tagger/tag';
import { DocFacts } from '../../src/engine/tagger/features';
import { regionsOf, slotsOf } from '../../src/engine/tagger/regions';
import { loadGazetteerIfAny } from '../../src/cli/analyze';
import { makeNewsText } from '../../bench/engine';

const gazetteer = await loadGazetteerIfAny();
const text = makeNewsText();
const model = defaultModel();
const times = new Map<string, number[]>();
function time<T>(name: string, f: () => T): T {
  const t0 = process.cpuUsage();
  const r = f();
  const d = process.cpuUsage(t0);
  if (!times.has(name)) times.set(name, []);
  times.get(name)!.push((d.user + d.system) / 1000);
  return r;
}
const runs = Number(process.env.RUNS ?? 8) + 2;
for (let k = 0; k < runs; k++) {
  const tk = time('tokenize', () => tokenize(text));
  time('segment', () => segment(tk));
  const ctx = time('buildContext (all)', () => buildContext(text, gazetteer));
  const slots = time('tagger: slots + regions', () => {
    const sl = slotsOf(ctx);
    regionsOf(ctx, sl);
    return sl;
  });
  time('tagger: DocFacts', () => new DocFacts(ctx, slots));
  time('tagger (all)', () => tagNames(ctx, model, false));
  const tagged = tagNames(ctx, model, false);
  time('name rules', () => applyNameRules(ctx, tagged));
  const raw = time('detectMentions (all)', () => detectMentions(ctx, model));
  const g = time('groupMentions', () => groupMentions(ctx, raw));
  time('claims: scanQuotes', () => scanQuotes(ctx));
  time('claims: claimContext', () => claimContext(ctx, g.mentions, g.entities));
  time('detectClaims (all)', () => detectClaims(ctx, g));
}
for (const [k, v] of times) {
  const s = v.slice(2).sort((a, b) => a - b);
  console.log(k.padEnd(26), s[Math.floor(s.length / 2)].toFixed(0).padStart(6), 'ms  (min', s[0].toFixed(0) + ')');
}
