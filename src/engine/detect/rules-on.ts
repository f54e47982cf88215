/**
 * Test helper: the name rules on tagger output written by hand, so a row is tested whatever the
 * committed model happens to read. `marked` marks the model's names as [[T words]] (P person,
 * L place, O organisation, optional confidence after a colon: [[O:0.45 words]]).
 */
import { buildContext, spanText } from '../context';
import { loadGazetteerSync } from '../gazetteer/load-sync';
import type { TaggedName } from '../tagger/tag';
import { applyNameRules } from './rules';

const gazetteer = loadGazetteerSync();
const TYPE = { P: 0, L: 1, O: 2 } as const;
const NAMES = ['person', 'place', 'organization'];

/** Runs the rules over `marked` with the marked names as the model's output; returns "type:text" per name. */
export function rulesOn(marked: string): string[] {
  const spans: { start: number; end: number; type: number; p: number }[] = [];
  let text = '';
  let last = 0;
  for (const m of marked.matchAll(/\[\[([PLO])(?::([\d.]+))? ([^\]]+)\]\]/g)) {
    text += marked.slice(last, m.index);
    spans.push({ start: text.length, end: text.length + m[3].length, type: TYPE[m[1] as 'P'], p: Number(m[2] ?? 0.9) });
    text += m[3];
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  const ctx = buildContext(text, gazetteer);
  const tokenAt = (off: number) => {
    for (let i = 0; i < ctx.t.count; i++) if (ctx.t.start[i] >= off) return i;
    return ctx.t.count;
  };
  const names: TaggedName[] = spans.map((s) => {
    const probs: [number, number, number, number] = [0, 0, 0, 1 - s.p];
    probs[s.type] = s.p;
    return { a: tokenAt(s.start), b: tokenAt(s.end), type: s.type, probs } as TaggedName;
  });
  return applyNameRules(ctx, names).map((n) => `${NAMES[n.type]}:${spanText(ctx, n.a, n.b)}`);
}
