/**
 * Entity scoring exactly as ../shared/eval/score.mjs does it (strict: exact span and type or an
 * accepted alternative; lenient: overlapping span, same type; untyped: exact span, any type;
 * ignore spans neither right nor wrong), in-process so folds over 200 documents stay fast.
 * score.test.ts checks it against score.mjs.
 */
import type { GoldSpan } from './corpus';

export interface Pred {
  type: string;
  start: number;
  end: number;
}
export interface Counts {
  tp: number;
  np: number;
  ng: number;
}
export type Mode = 'strict' | 'lenient' | 'untyped';
export const MODES: Mode[] = ['strict', 'lenient', 'untyped'];
const TYPES = ['person', 'place', 'organization'];

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

export function scoreEntities(
  gold: GoldSpan[],
  ignore: { start: number; end: number }[],
  pred: Pred[],
  mode: Mode,
): Counts {
  const used = new Set<number>();
  const typeOk = (g: GoldSpan, t: string) =>
    mode === 'untyped' || g.type === t || (g.altTypes ?? []).includes(t as never);
  const spanOk = (g: GoldSpan, p: Pred) =>
    mode === 'lenient'
      ? overlap(g, p) > 0
      : (g.start === p.start && g.end === p.end) || (g.alt ?? []).some((a) => a.start === p.start && a.end === p.end);
  let tp = 0,
    np = 0;
  for (const p of pred) {
    if (!TYPES.includes(p.type)) continue;
    const gi = gold.findIndex((g, i) => !used.has(i) && typeOk(g, p.type) && spanOk(g, p));
    if (gi >= 0) {
      used.add(gi);
      tp++;
      np++;
      continue;
    }
    const anyGold = gold.some((g) => overlap(g, p) > 0);
    const ignored = ignore.some((x) => overlap(x, p) > 0);
    if (ignored && !anyGold) continue;
    np++;
  }
  return { tp, np, ng: gold.length };
}

export function f1(c: Counts): number {
  return c.np + c.ng ? (2 * c.tp) / (c.np + c.ng) : 1;
}

export function add(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, np: a.np + b.np, ng: a.ng + b.ng };
}
