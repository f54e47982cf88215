import { describe, expect, it } from 'vitest';
import type { Annotation } from './annotation';
import { describeRange } from './anchor';
import { anchorAll, anchoredFrom, anchoredInSteps, createAnchorCache, patchOf, placedAt } from './anchored';
import { workBudget } from './work-budget';

const text = 'The council met on Monday. The mayor spoke first. The council met again on Friday.';
const make = (id: string, start: number, end: number, kind: Annotation['kind'] = 'highlight'): Annotation => ({
  id,
  articleId: 'a',
  kind,
  created: '2026-01-01T00:00:00Z',
  updated: '2026-01-01T00:00:00Z',
  selectors: kind === 'page-note' ? [] : describeRange(text, start, end),
  note: '',
  tags: [],
  color: 'yellow',
});

describe('anchorAll', () => {
  it('places highlights in reading order and keeps page notes apart', () => {
    const s2 = text.indexOf('The mayor');
    const a = anchorAll(text, [make('b', s2, s2 + 9), make('a', 0, 11), make('p', 0, 0, 'page-note')]);
    expect(a.placed.map((p) => p.annotation.id)).toEqual(['a', 'b']);
    expect(a.pageNotes.map((p) => p.id)).toEqual(['p']);
    expect(placedAt(a, 5).map((p) => p.annotation.id)).toEqual(['a']);
  });

  it('reports an annotation whose passage is gone as an orphan, not dropped', () => {
    const s2 = text.indexOf('The mayor spoke first.');
    const ann = make('gone', s2, s2 + 'The mayor spoke first.'.length);
    const edited = text.replace('The mayor spoke first. ', '');
    const a = anchorAll(edited, [ann]);
    expect(a.placed).toEqual([]);
    expect(a.orphans.map((o) => o.id)).toEqual(['gone']);
  });
});

describe('anchoredInSteps', () => {
  it('gives the summary anchoredFrom gives, out of order and with orphans and page notes, in steps', () => {
    const spans = [40, 4, 20, 0, 60, 4, 30].map((start, i) => make(`h${i}`, start, start + 6));
    const gone: Annotation = { ...make('gone', 0, 5), selectors: [{ type: 'TextQuoteSelector', exact: 'absent' }] };
    const list = [...spans, make('p', 0, 0, 'page-note'), gone];
    const whole = anchorAll(text, list);
    const resultOf = (a: Annotation) => {
      const p = whole.placed.find((x) => x.annotation === a);
      return p ? { status: 'anchored' as const, start: p.start, end: p.end, exact: true } : undefined;
    };
    const outcomeOf = (a: Annotation) => whole.placed.find((x) => x.annotation === a);
    const steps = anchoredInSteps(list, outcomeOf, 2);
    let yielded = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yielded++;
    expect(yielded).toBeGreaterThan(3);
    const summary = (s: ReturnType<typeof anchoredFrom>) => ({
      placed: s.placed.map((p) => [p.annotation.id, p.start, p.end]),
      orphans: s.orphans.map((o) => o.id),
      pageNotes: s.pageNotes.map((n) => n.id),
    });
    expect(summary(step.value)).toEqual(summary(anchoredFrom(list, resultOf)));
    expect(summary(step.value)).toEqual(summary(whole));
    expect(step.value.placed.map((p) => p.annotation.id)).toEqual(['h3', 'h1', 'h5', 'h2', 'h6', 'h0', 'h4']);
  });
});

describe('createAnchorCache', () => {
  const s2 = text.indexOf('The mayor');
  const s3 = text.indexOf('Friday');
  const base = [make('a', 0, 11), make('b', s2, s2 + 9), make('c', s3, s3 + 6)];

  it('patches the last summary for a list that changed by a few, as a summary from scratch would be', () => {
    const cache = createAnchorCache(text);
    const first = cache.anchorAll(base);
    const added = make('n', 4, 11);
    const next = [base[0], added, base[1], base[2]];
    // Painted at once in the click's task: the summary kept for patching stays the last one.
    expect(cache.placeNow([added]).map((p) => p.start)).toEqual([4]);
    const patched = cache.anchorAll(next, { change: { from: base, removed: [], added: [added] } });
    expect(patchOf(patched)).toMatchObject({ from: first, removed: [], added: [patched.placed[1]] });
    const fresh = createAnchorCache(text).anchorAll(next);
    expect(patched.placed.map((p) => [p.annotation.id, p.start, p.end])).toEqual(
      fresh.placed.map((p) => [p.annotation.id, p.start, p.end]),
    );
    // Unchanged placements keep their identity (what memoised views compare).
    expect(patched.placed[0]).toBe(first.placed[0]);
    const removed = [base[0], base[2]];
    const after = cache.anchorAll(removed, { change: { from: next, removed: [added, base[1]], added: [] } });
    expect(after.placed.map((p) => p.annotation.id)).toEqual(['a', 'c']);
  });

  it('keeps two highlights on the same words in the order a summary from scratch gives them', () => {
    const cache = createAnchorCache(text);
    const x = make('x', 4, 11);
    const y = make('y', 4, 11);
    const list = [base[0], x, y, base[1]];
    cache.anchorAll(list);
    const recoloured: Annotation = { ...x, color: 'green', updated: '2026-01-02T00:00:00Z' };
    const next = [base[0], recoloured, y, base[1]];
    const patched = cache.anchorAll(next, { change: { from: list, removed: [x], added: [recoloured] } });
    const fresh = createAnchorCache(text).anchorAll(next);
    expect(patched.placed.map((p) => p.annotation.id)).toEqual(['a', 'x', 'y', 'b']);
    expect(patched.placed.map((p) => p.annotation.id)).toEqual(fresh.placed.map((p) => p.annotation.id));
    // A patch, not a walk of the whole list: the edited record (the same id) took the old one's place.
    expect(patchOf(patched)?.removed.map((p) => p.annotation)).toEqual([x]);
    expect(patchOf(patched)?.added.map((p) => p.annotation)).toEqual([recoloured]);
    // Undone: the old record is placed again where it was.
    const undone = cache.anchorAll(list, { change: { from: next, removed: [recoloured], added: [x] } });
    expect(undone.placed.map((p) => [p.annotation, p.start])).toEqual(
      createAnchorCache(text)
        .anchorAll(list)
        .placed.map((p) => [p.annotation, p.start]),
    );
    expect(patchOf(undone)?.added.map((p) => p.annotation)).toEqual([x]);
  });

  it('works it out afresh when the change is not from the last list or brings an orphan', () => {
    const cache = createAnchorCache(text);
    cache.anchorAll(base);
    const gone: Annotation = { ...make('g', 0, 5), selectors: [{ type: 'TextQuoteSelector', exact: 'not in it' }] };
    const next = [...base, gone];
    const withOrphan = cache.anchorAll(next, { change: { from: base, removed: [], added: [gone] } });
    expect(withOrphan.orphans.map((o) => o.id)).toEqual(['g']);
    const stale = cache.anchorAll(base, { change: { from: [], removed: [], added: [] } });
    expect(stale.placed.map((p) => p.annotation.id)).toEqual(['a', 'b', 'c']);
    expect(stale.orphans).toEqual([]);
  });

  it('fill places and summarises in steps; the render after it reuses that summary', async () => {
    const cache = createAnchorCache(text);
    const list = [base[0], base[1], base[2], make('p', 0, 0, 'page-note')];
    const first = cache.anchorAll(list, { syncLimit: 1 });
    expect(first.pending).toBe(3);
    expect(first.placed).toEqual([]);
    expect(first.pageNotes.map((n) => n.id)).toEqual(['p']);
    let turns = 0;
    await cache.fill(list, async () => void turns++, { chunk: 1 });
    expect(turns).toBeGreaterThanOrEqual(3);
    const after = cache.anchorAll(list, { syncLimit: 1 });
    expect(after.pending).toBe(0);
    expect(cache.anchorAll(list)).toBe(after);
    const fresh = createAnchorCache(text).anchorAll(list);
    expect(after.placed.map((p) => [p.annotation.id, p.start, p.end])).toEqual(
      fresh.placed.map((p) => [p.annotation.id, p.start, p.end]),
    );
    expect(after.pageNotes.map((n) => n.id)).toEqual(['p']);
    // The next edit patches the summary fill made.
    const added = make('n', 4, 11);
    const next = [list[0], added, ...list.slice(1)];
    const patched = cache.anchorAll(next, { change: { from: list, removed: [], added: [added] } });
    expect(patchOf(patched)?.from).toBe(after);
    expect(patched.placed.map((p) => p.annotation.id)).toEqual(['a', 'n', 'b', 'c']);
  });

  // Enough annotations that summarising takes steps of its own (a thousand each).
  const many = Array.from({ length: 2500 }, (_, i) => make(`m${i}`, i % 40, (i % 40) + 6));

  it('fill summarises a long list in steps between turns of the page', async () => {
    const cache = createAnchorCache(text);
    cache.anchorAll(many, { syncLimit: 0 });
    let turns = 0;
    await cache.fill(many, async () => void turns++, { chunk: many.length });
    // One turn after placing everything in one chunk; the others are inside the summary.
    expect(turns).toBeGreaterThan(1);
    const after = cache.anchorAll(many, { syncLimit: 0 });
    expect(after.pending).toBe(0);
    expect(after.placed).toHaveLength(many.length);
  });

  it('a fill overtaken by a newer list leaves the newer summary to patch from', async () => {
    const cache = createAnchorCache(text);
    cache.anchorAll(many, { syncLimit: 0 });
    const added = make('new', 4, 11);
    const newer = [...many, added];
    let newerSummary: ReturnType<typeof cache.anchorAll> | undefined;
    let turns = 0;
    await cache.fill(
      many,
      async () => {
        // The reader makes a highlight while the reload is still summarising.
        if (++turns === 2) newerSummary = cache.anchorAll(newer);
      },
      { chunk: many.length },
    );
    expect(turns).toBe(2);
    const last = make('last', 20, 26);
    const patched = cache.anchorAll([...newer, last], { change: { from: newer, removed: [], added: [last] } });
    expect(patchOf(patched)?.from).toBe(newerSummary);
  });
});

describe('createAnchorCache: annotations cut short by the work allowance', () => {
  // Moved by three characters: the stored positions miss, so placing them means searching.
  const moved = `Yes ${text}`;
  const none = () => workBudget(0);
  const a = make('a', 4, 11);
  const b = make('b', text.indexOf('The mayor'), text.indexOf('The mayor') + 9);

  it('counts them, and keeps them for the worker on this text through patches and removals', () => {
    const cache = createAnchorCache(moved);
    const first = cache.anchorAll([a, b], { budget: none() });
    expect([first.placed.length, first.orphans.map((o) => o.id), first.overBudget]).toEqual([0, ['a', 'b'], 2]);
    // Not tried again here (the worker places the whole list): a later summary still says so.
    const again = cache.anchorAll([a, b]);
    expect([again.orphans.length, again.overBudget]).toEqual([2, 2]);
    // Taking one out by a patch takes its count with it.
    const fewer = cache.anchorAll([b], { change: { from: [a, b], removed: [a], added: [] } });
    expect([fewer.orphans.map((o) => o.id), fewer.overBudget]).toEqual([['b'], 1]);
  });

  it('places them when they change (a new object) or the text does (a new cache)', () => {
    const cache = createAnchorCache(moved);
    cache.anchorAll([a, b], { budget: none() });
    const edited: Annotation = { ...a, note: 'edited', updated: '2026-01-02T00:00:00Z' };
    const after = cache.anchorAll([edited, b]);
    expect(after.placed.map((p) => [p.annotation.id, p.start])).toEqual([['a', 8]]);
    expect([after.orphans.map((o) => o.id), after.overBudget]).toEqual([['b'], 1]);
    const fresh = createAnchorCache(moved).anchorAll([a, b]);
    expect([fresh.placed.map((p) => p.annotation.id), fresh.overBudget]).toEqual([['a', 'b'], 0]);
  });

  it('gives a placement the same object from summary to summary, and a moved one a new one', () => {
    const cache = createAnchorCache(text);
    const one = cache.anchorAll([a, b]);
    const two = cache.anchorAll([b, a]);
    expect(two.placed[0]).toBe(one.placed[0]);
    expect(cache.placeNow([b])[0]).toBe(one.placed[1]);
    const other = createAnchorCache(moved).anchorAll([a, b]);
    expect(other.placed[0]).not.toBe(one.placed[0]);
    expect(other.placed[0].start).toBe(one.placed[0].start + 4);
  });
});
