// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { BLOCKS_ADDED, buildTextMap, PENDING_FROM_ATTR } from '../../anchoring/text-map';
import type { Annotation } from '../../model/annotation';
import type { Anchored, Placed } from '../../model/anchored';
import { grownTarget, markedBlocks } from './use-own-mark-margins';

const placedAt = (start: number): Placed => ({
  start,
  end: start + 2,
  annotation: { id: `a${start}`, kind: 'highlight' } as unknown as Annotation,
});

describe('own marks on a body arriving in slices, with credits in the page from the start', () => {
  it('marks the paragraphs of a later slice (and the credits once all is in) as a fresh count does', () => {
    document.body.innerHTML =
      '<article><h1 data-start="0" data-end="5">Title</h1>' +
      '<div class="article-body" data-pending-from="24"><p data-start="6" data-end="23">First block here.</p></div>' +
      '<section><p data-start="58" data-end="65">Credits</p></section></article>';
    const root = document.body.firstElementChild as HTMLElement;
    const body = root.querySelector<HTMLElement>('.article-body')!;
    const anchored: Anchored = { placed: [2, 10, 30, 60].map(placedAt), orphans: [], pageNotes: [], overBudget: 0 };
    const map = buildTextMap(root);
    let target = markedBlocks(map, anchored);
    expect(target.marked.size).toBe(2);
    map.onGrow((previousEnd) => (target = grownTarget(map, target, previousEnd)));

    const p = document.createElement('p');
    p.dataset.start = '24';
    p.dataset.end = '57';
    p.textContent = 'Second block, with a link inside.';
    body.append(p);
    body.removeAttribute(PENDING_FROM_ATTR);
    body.dispatchEvent(new CustomEvent(BLOCKS_ADDED, { bubbles: true, detail: [p] }));

    expect(target.marked.has(p)).toBe(true);
    expect(target.marked).toEqual(markedBlocks(map, anchored).marked);
    expect(target.counts).toEqual(markedBlocks(map, anchored).counts);
    expect(target.marked.size).toBe(4);
    map.dispose();
  });
});
