/**
 * Test helper: the name rules on tagger output written by hand, so a row is tested whatever the
 * committed model happens to read. `marked` marks the model's names as [[T words]] (P person,
 * L place, O organisation, optional confidence after a colon: [[O:0.45 words]], and an optional
 * next best reading after a slash: [[L:0.45/P:0.35 words]]).
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
  const spans: { start: number; end: number; type: number; p: number; next?: [number, number] }[] = [];
  let text = '';
  let last = 0;
  for (const m of marked.matchAll(/\[\[([PLO])(?::([\d.]+))?(?:\/([PLO]):([\d.]+))? ([^\]]+)\]\]/g)) {
    text += marked.slice(last, m.index);
    const next: [number, number] | undefined = m[3] ? [TYPE[m[3] as 'P'], Number(m[4])] : undefined;
    spans.push({
      start: text.length,
      end: text.length + m[5].length,
      type: TYPE[m[1] as 'P'],
      p: Number(m[2] ?? 0.9),
      next,
    });
    text += m[5];
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  const ctx = buildContext(text, gazetteer);
  const tokenAt = (off: number) => {
    for (let i = 0; i < ctx.t.count; i++) if (ctx.t.start[i] >= off) return i;
    return ctx.t.count;
  };
  const names: TaggedName[] = spans.map((s) => {
    const probs: [number, number, number, number] = [0, 0, 0, 1 - s.p - (s.next?.[1] ?? 0)];
    probs[s.type] = s.p;
    if (s.next) probs[s.next[0]] = s.next[1];
    return { a: tokenAt(s.start), b: tokenAt(s.end), type: s.type, probs } as TaggedName;
  });
  return applyNameRules(ctx, names).map((n) => `${NAMES[n.type]}:${spanText(ctx, n.a, n.b)}`);
}
