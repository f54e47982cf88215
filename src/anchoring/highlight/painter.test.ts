// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildTextMap } from '../text-map';
import { HIGHLIGHT_LAYERS, layerStyleSheet } from './layers';
import { HighlightPainter, WINDOW_THRESHOLD } from './painter';

/** The CSS Custom Highlight API, which happy-dom lacks: a registry and a set-like Highlight. */
class FakeHighlight extends Set<Range> {
  priority = 0;
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}
const registry = new Map<string, FakeHighlight>();

beforeEach(() => {
  registry.clear();
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('CSS', { highlights: registry });
  document.head.innerHTML = '';
  document.body.innerHTML =
    '<div><p data-start="0" data-end="23">The mayor spoke first.</p><p data-start="24" data-end="40">Then the council</p></div>';
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const painted = (name: string) => [...(registry.get(name) ?? [])].map((r) => r.toString());

describe('HighlightPainter', () => {
  const painter = () => new HighlightPainter(buildTextMap(document.body.firstElementChild as HTMLElement));

  it('registers a layer under its table name and priority, with one range per span', () => {
    painter().paint(HIGHLIGHT_LAYERS.person, [
      { start: 29, end: 40 },
      { start: 4, end: 9 },
    ]);
    expect(painted('mg-person')).toEqual(['mayor', 'the council']);
    expect(registry.get('mg-person')?.priority).toBe(HIGHLIGHT_LAYERS.person.priority);
  });

  it('writes the layer rules from the table once', () => {
    painter();
    painter();
    const sheets = document.head.querySelectorAll('style#mg-highlight-layers');
    expect(sheets).toHaveLength(1);
    expect(sheets[0].textContent).toBe(layerStyleSheet());
    expect(sheets[0].textContent).toContain('::highlight(mg-user-yellow) { background-color: var(--user-yellow);');
  });

  it('clears a layer painted with no spans, and everything on destroy', () => {
    const p = painter();
    p.paint(HIGHLIGHT_LAYERS.flash, [{ start: 0, end: 3 }]);
    p.paint(HIGHLIGHT_LAYERS.cursor, [{ start: 4, end: 9 }]);
    p.paint(HIGHLIGHT_LAYERS.flash, []);
    expect([...registry.keys()]).toEqual(['mg-cursor']);
    p.destroy();
    expect(registry.size).toBe(0);
  });

  it(`past ${WINDOW_THRESHOLD} spans registers only those near the viewport`, () => {
    const spans = Array.from({ length: WINDOW_THRESHOLD + 1 }, (_, i) => ({ start: i % 20, end: (i % 20) + 1 }));
    const p = painter();
    p.paint(HIGHLIGHT_LAYERS.claim, spans);
    // happy-dom lays nothing out: every block sits at the top of the viewport, so all are near it.
    expect(registry.get('mg-claim')?.size).toBe(spans.length);
    p.destroy();
  });

  it('paints several layers at once, each registered once, and clears those given no spans', () => {
    const half = Math.ceil(WINDOW_THRESHOLD / 2) + 1;
    const spans = (n: number) => Array.from({ length: n }, (_, i) => ({ start: i % 20, end: (i % 20) + 1 }));
    const p = painter();
    p.paint(HIGHLIGHT_LAYERS.organization, [{ start: 0, end: 3 }]);
    const set = vi.spyOn(registry, 'set');
    // Together past the threshold, apart under it: the first must not be registered whole first.
    p.paintAll([
      [HIGHLIGHT_LAYERS.person, spans(half)],
      [HIGHLIGHT_LAYERS.place, spans(half)],
      [HIGHLIGHT_LAYERS.organization, []],
    ]);
    expect(set.mock.calls.map(([name]) => name).sort()).toEqual(['mg-person', 'mg-place']);
    expect(registry.get('mg-person')?.size).toBe(half);
    expect(registry.has('mg-organization')).toBe(false);
    p.destroy();
  });

  it('registers nothing again for a layer painted with the same spans (new objects, same offsets)', () => {
    const p = painter();
    p.paint(HIGHLIGHT_LAYERS.userYellow, [{ start: 4, end: 9 }]);
    const first = registry.get('mg-user-yellow');
    const set = vi.spyOn(registry, 'set');
    set.mockClear();
    p.paint(HIGHLIGHT_LAYERS.userYellow, [{ start: 4, end: 9 }]);
    expect(set).not.toHaveBeenCalled();
    expect(registry.get('mg-user-yellow')).toBe(first);
    // A changed list is registered anew.
    p.paint(HIGHLIGHT_LAYERS.userYellow, [{ start: 4, end: 8 }]);
    expect(set).toHaveBeenCalledTimes(1);
    expect(painted('mg-user-yellow')).toEqual(['mayo']);
    p.destroy();
  });

  it('a span added at once is part of the layer: the full list painted after it registers nothing', () => {
    const p = painter();
    p.paint(HIGHLIGHT_LAYERS.userYellow, [{ start: 29, end: 40 }]);
    p.add(HIGHLIGHT_LAYERS.userYellow, { start: 4, end: 9 });
    expect(painted('mg-user-yellow')).toEqual(['the council', 'mayor']);
    const set = vi.spyOn(registry, 'set');
    set.mockClear();
    p.paint(HIGHLIGHT_LAYERS.userYellow, [
      { start: 4, end: 9 },
      { start: 29, end: 40 },
    ]);
    expect(set).not.toHaveBeenCalled();
    // A list without it (the highlight undone at once) takes it away.
    p.paint(HIGHLIGHT_LAYERS.userYellow, [{ start: 29, end: 40 }]);
    expect(painted('mg-user-yellow')).toEqual(['the council']);
    p.destroy();
  });

  it('registers the same spans again when its Highlight is no longer the one shown', () => {
    const p = painter();
    p.paint(HIGHLIGHT_LAYERS.person, [{ start: 4, end: 9 }]);
    // Taken down by someone else (the early layers' clearing shares these names).
    registry.delete('mg-person');
    p.paint(HIGHLIGHT_LAYERS.person, [{ start: 4, end: 9 }]);
    expect(painted('mg-person')).toEqual(['mayor']);
    // Replaced by someone else.
    registry.set('mg-person', new FakeHighlight());
    p.paint(HIGHLIGHT_LAYERS.person, [{ start: 4, end: 9 }]);
    expect(painted('mg-person')).toEqual(['mayor']);
    p.destroy();
  });

  it('registers the same spans again while some of them were not rendered yet', () => {
    document.body.innerHTML =
      '<div><div class="article-body" data-pending-from="24"><p data-start="0" data-end="23">The mayor spoke first.</p></div></div>';
    const p = painter();
    p.paint(HIGHLIGHT_LAYERS.person, [
      { start: 4, end: 9 },
      { start: 29, end: 40 },
    ]);
    expect(painted('mg-person')).toEqual(['mayor']);
    const set = vi.spyOn(registry, 'set');
    set.mockClear();
    p.paint(HIGHLIGHT_LAYERS.person, [
      { start: 4, end: 9 },
      { start: 29, end: 40 },
    ]);
    expect(set).toHaveBeenCalledTimes(1);
    p.destroy();
  });
});

describe('the layer table', () => {
  it('has unique names, all prefixed, so CSS rules and the registry cannot collide', () => {
    const names = Object.values(HIGHLIGHT_LAYERS).map((l) => l.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^mg-[a-z-]+$/);
  });

  it("paints the reader's own highlights over shared ones, and both over analysis layers", () => {
    const L = HIGHLIGHT_LAYERS;
    expect(L.userYellow.priority).toBeGreaterThan(L.shared.priority);
    expect(L.shared.priority).toBeGreaterThan(L.person.priority);
    expect(L.person.priority).toBeGreaterThan(L.claim.priority);
  });
});
