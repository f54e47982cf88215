// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import type { TextMap } from '../../anchoring/text-map';
import type { Annotation } from '../../model/annotation';
import { createAnchorCache, type Anchored } from '../../model/anchored';
import { useOwnMarkMargins } from './use-own-mark-margins';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** 1,600 paragraphs of the same length, each its own block in the page. */
const LINE = 'Paragraph of words.';
const N = 1600;
const text = Array.from({ length: N }, () => LINE).join('\n');
const blocks = Array.from({ length: N }, (_, i) => {
  const p = document.createElement('p');
  p.dataset.start = String(i * (LINE.length + 1));
  return p;
});
const map = {
  renderedBlockAt: (offset: number) => blocks[Math.floor(offset / (LINE.length + 1))] ?? null,
  onGrow: () => () => {},
} as unknown as TextMap;

const highlightIn = (block: number): Annotation => {
  const start = block * (LINE.length + 1);
  return {
    id: `h${block}`,
    articleId: 'a',
    kind: 'highlight',
    color: 'yellow',
    note: '',
    tags: [],
    created: '2026-01-01T00:00:00.000Z',
    updated: '2026-01-01T00:00:00.000Z',
    selectors: [
      { type: 'TextQuoteSelector', exact: 'words' },
      { type: 'TextPositionSelector', start: start + 13, end: start + 18 },
    ],
  };
};

function Margins({ anchored }: { anchored: Anchored }) {
  useOwnMarkMargins(map, anchored);
  return null;
}

const nextFrame = () => act(() => new Promise<void>((done) => setTimeout(() => requestAnimationFrame(() => done()))));

describe('the reader’s bars in the margin', () => {
  it('shows a new highlight’s bar at once while the bars of 1,500 arriving are still being put in', async () => {
    const cache = createAnchorCache(text);
    const before = Array.from({ length: 1500 }, (_, i) => highlightIn(i));
    const loaded = cache.anchorAll(before);
    expect(loaded.placed).toHaveLength(1500);
    const root = createRoot(document.createElement('div'));
    await act(() => root.render(<Margins anchored={loaded} />));
    await nextFrame();
    // Part way: the bars go in 150 paragraphs a frame.
    expect(blocks[0].hasAttribute('data-own-mark')).toBe(true);
    expect(blocks[1499].hasAttribute('data-own-mark')).toBe(false);

    const made = highlightIn(1550);
    const after = [...before, made];
    const patched = cache.anchorAll(after, { change: { from: before, removed: [], added: [made] } });
    expect(patched.placed).toHaveLength(1501);
    await act(() => root.render(<Margins anchored={patched} />));
    expect(blocks[1550].hasAttribute('data-own-mark')).toBe(true);

    // The rest still comes, and nothing else is marked.
    for (let i = 0; i < 30 && !blocks[1499].hasAttribute('data-own-mark'); i++) await nextFrame();
    expect(blocks.filter((b) => b.hasAttribute('data-own-mark'))).toHaveLength(1501);
    expect(blocks[1551].hasAttribute('data-own-mark')).toBe(false);
    await act(() => root.unmount());
  });
});
