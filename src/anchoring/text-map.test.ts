// @vitest-environment happy-dom
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { BLOCKS_ADDED, buildTextMap, PENDING_FROM_ATTR, RENDER_THROUGH, staticRangesInBlocks } from './text-map';
import { appendLastSlice, renderSlicedPageWithCredits } from './sliced-body-fixture';

/** Renders blocks the way ArticleBody does: `data-start`/`data-end`, text split over inline nodes. */
function render(html: string): HTMLElement {
  document.body.innerHTML = `<div class="article-body">${html}</div>`;
  return document.body.firstElementChild as HTMLElement;
}

const TEXT = 'First block here.\nSecond block, with a link inside.';

describe('buildTextMap', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = render(
      '<p data-start="0" data-end="17">First block here.</p>' +
        '<p data-start="18" data-end="51">Second block, <a href="#x">with a link</a> inside.</p>',
    );
  });

  it.each([
    [0, 5, 'First'],
    [6, 11, 'block'],
    [18, 31, 'Second block,'],
    [32, 43, 'with a link'],
    [25, 51, 'block, with a link inside.'],
  ])('maps [%i, %i) to a range reading %j, across inline elements', (start, end, text) => {
    expect(TEXT.slice(start, end)).toBe(text);
    expect(buildTextMap(root).range(start, end)?.toString()).toBe(text);
  });

  it('keeps a range ending at a block boundary inside that block', () => {
    const r = buildTextMap(root).range(6, 17)!;
    expect(r.toString()).toBe('block here.');
    expect(r.endContainer.parentElement?.dataset.start).toBe('0');
  });

  it('maps DOM points back to offsets, and elements to their block start', () => {
    const map = buildTextMap(root);
    const link = root.querySelector('a')!.firstChild!;
    expect(map.offsetOf(link, 2)).toBe(34);
    expect(map.offsetOf(root.querySelectorAll('p')[1], 0)).toBe(18);
    expect(map.offsetOf(document.body, 0)).toBeNull();
  });

  it('finds the block holding an offset', () => {
    const map = buildTextMap(root);
    expect(map.blockAt(3)?.dataset.start).toBe('0');
    expect(map.blockAt(40)?.dataset.start).toBe('18');
    expect(map.blockAt(-1)).toBeNull();
  });

  it('returns null for spans before anything rendered', () => {
    const empty = buildTextMap(render(''));
    expect(empty.range(0, 3)).toBeNull();
    expect(empty.offsetsInView(0)).toEqual({ start: 0, end: 0 });
  });
});

describe('staticRangesInBlocks', () => {
  // happy-dom has no StaticRange: one that keeps its boundary points, as the browser's does.
  beforeAll(() => {
    if (typeof StaticRange === 'undefined')
      vi.stubGlobal(
        'StaticRange',
        class {
          constructor(init: StaticRangeInit) {
            Object.assign(this, init);
          }
        },
      );
  });
  afterAll(() => vi.unstubAllGlobals());
  const points = (r: AbstractRange) => [r.startContainer, r.startOffset, r.endContainer, r.endOffset];

  it('maps each span inside a block as the text map does, across inline elements and at block ends', () => {
    const root = render(
      '<p data-start="0" data-end="17">First block here.</p>' +
        '<p data-start="18" data-end="51">Second block, <a href="#x">with a link</a> inside.</p>',
    );
    const spans = [0, 5, 6, 17, 18, 31, 32, 43, 25, 51, 43, 44];
    const ranges = staticRangesInBlocks(root)(spans);
    const map = buildTextMap(root);
    expect(ranges.map(points)).toEqual(spans.flatMap((s, i) => (i % 2 ? [] : [points(map.range(s, spans[i + 1])!)])));
  });

  it('agrees with the text map over a dateline span, an empty block and characters outside the BMP', () => {
    // "😀" is two UTF-16 units, as the engine's offsets count it.
    const root = render(
      '<p data-start="0" data-end="21"><span class="dateline">OSLO —</span> Ana said 😀 no.</p>' +
        '<p data-start="22" data-end="22"></p>' +
        '<p data-start="23" data-end="33">Later 𝔸 ok</p>',
    );
    const spans = [0, 21, 0, 4, 6, 11, 16, 18, 15, 21, 23, 28, 29, 31, 31, 33];
    const ranges = staticRangesInBlocks(root)(spans);
    const map = buildTextMap(root);
    expect(ranges.map(points)).toEqual(spans.flatMap((s, i) => (i % 2 ? [] : [points(map.range(s, spans[i + 1])!)])));
    expect(staticRangesInBlocks(root)([22, 22, 21, 23])).toEqual([]);
  });

  it('leaves out spans across two blocks or past the blocks on the page', () => {
    const root = render(
      '<p data-start="0" data-end="17">First block here.</p><p data-start="18" data-end="24">Second</p>',
    );
    const rangesOf = staticRangesInBlocks(root);
    expect(rangesOf([12, 24, 30, 36])).toEqual([]);
    expect(rangesOf([18, 24]).map(points)).toEqual([
      [root.querySelectorAll('p')[1].firstChild, 0, root.querySelectorAll('p')[1].firstChild, 6],
    ]);
  });
});

describe('a text map over a body that arrives in slices', () => {
  it('grows with each announced slice and asks the body for blocks it lacks', () => {
    const root = render('<p data-start="0" data-end="17">First block here.</p>');
    root.setAttribute(PENDING_FROM_ATTR, '18');
    const map = buildTextMap(root);
    const grown: number[] = [];
    map.onGrow((previousEnd) => grown.push(previousEnd));
    expect(map.range(18, 24)).toBeNull();

    const asked: number[] = [];
    root.addEventListener(RENDER_THROUGH, (e) => {
      asked.push((e as CustomEvent<number>).detail);
      const p = document.createElement('p');
      p.dataset.start = '18';
      p.dataset.end = '51';
      p.textContent = 'Second block, with a link inside.';
      root.append(p);
      root.removeAttribute(PENDING_FROM_ATTR);
      root.dispatchEvent(new CustomEvent(BLOCKS_ADDED, { detail: [p] }));
    });
    expect(map.blockAt(40)?.dataset.start).toBe('18');
    expect(asked).toEqual([40]);
    // Told once, with where the text ended before the new block.
    expect(grown).toEqual([17]);
    expect(map.range(18, 24)?.toString()).toBe('Second');
    map.dispose();
  });

  it('tells where the text before a new slice ended, not where the credits already in the page end', () => {
    const { root, body } = renderSlicedPageWithCredits();
    const map = buildTextMap(root);
    const grown: number[] = [];
    map.onGrow((previousEnd) => grown.push(previousEnd));
    const p = appendLastSlice(body);
    expect(grown).toEqual([23]);
    expect(map.renderedBlockAt(30)).toBe(p);
    expect(map.range(24, 30)?.toString()).toBe('Second');
    map.dispose();
  });

  it('looks up a block without rendering it: a block still to come is null, and nothing is asked for', () => {
    const root = render('<p data-start="0" data-end="17">First block here.</p>');
    root.setAttribute(PENDING_FROM_ATTR, '18');
    const map = buildTextMap(root);
    const asked: number[] = [];
    root.addEventListener(RENDER_THROUGH, (e) => asked.push((e as CustomEvent<number>).detail));
    expect(map.renderedBlockAt(5)?.dataset.start).toBe('0');
    expect(map.renderedBlockAt(40)).toBeNull();
    expect(asked).toEqual([]);
    map.dispose();
  });
});
