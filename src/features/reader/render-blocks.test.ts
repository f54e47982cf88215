// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildTextMap, RENDER_THROUGH } from '../../anchoring/text-map';
import { structureArticle } from '../../model/article-structure';
import { bodyBlocks, FIRST_SLICE_CHARS, READER_FIRST_SLICE_CHARS, renderBlocks } from './render-blocks';

const paragraph = (i: number) => `Paragraph ${i} says something long enough to count. `.repeat(20).trim();
const TEXT = Array.from({ length: 200 }, (_, i) => paragraph(i)).join('\n\n');

function setup() {
  document.body.innerHTML = '<div class="root"><div class="article-body"></div></div>';
  const root = document.querySelector<HTMLElement>('.root')!;
  const body = root.querySelector<HTMLElement>('.article-body')!;
  const blocks = bodyBlocks(structureArticle(TEXT));
  const queue: Array<() => void> = [];
  const schedule = (run: () => void) => {
    queue.push(run);
    return () => queue.splice(queue.indexOf(run), 1);
  };
  return { root, body, blocks, queue, schedule };
}

/** The blocks in the page, in document order. */
const rendered = (body: HTMLElement) => [...body.querySelectorAll<HTMLElement>('[data-start]')];

describe('blocks', () => {
  it('set their own direction from their text (an Arabic paragraph runs right to left)', () => {
    const { body, blocks, schedule } = setup();
    renderBlocks(body, TEXT, blocks, { schedule });
    expect(rendered(body).length).toBeGreaterThan(0);
    expect(rendered(body).every((el) => el.dir === 'auto')).toBe(true);
  });
});

describe('renderBlocks', () => {
  it('puts the first screens in at once and the rest in later slices, text as text', async () => {
    const { body, blocks, queue, schedule } = setup();
    const r = renderBlocks(body, TEXT, blocks, { schedule });
    const first = body.children.length;
    expect(first).toBeGreaterThan(2); // ~3,000 characters of 1,000-character paragraphs
    expect(first).toBeLessThan(blocks.length);
    expect(rendered(body)).toHaveLength(first);
    while (queue.length) queue.shift()!();
    await r.done;
    // Every block, in order; the later ones a slice to a wrapper, so the body stays short.
    expect(rendered(body).map((el) => Number(el.dataset.start))).toEqual(blocks.map((b) => b.start));
    expect(body.children.length).toBeLessThan(first + 20);
    expect(body.querySelectorAll('.body-slice > .body-slice')).toHaveLength(0);
    const last = rendered(body).pop()!;
    expect(last.textContent).toBe(TEXT.slice(Number(last.dataset.start), Number(last.dataset.end)));
    expect(body.textContent).toBe(blocks.map((b) => TEXT.slice(b.start, b.end)).join(''));
  });

  it("puts in about READER_FIRST_SLICE_CHARS at first, a quarter of the boot script's first slice at most", () => {
    const { body, blocks, schedule } = setup();
    renderBlocks(body, TEXT, blocks, { schedule });
    const chars = rendered(body).reduce((n, el) => n + Number(el.dataset.end) - Number(el.dataset.start), 0);
    const longest = Math.max(...blocks.map((b) => b.end - b.start));
    // The slice ends after the block that reaches the budget: at most one block past it.
    expect(chars).toBeGreaterThanOrEqual(READER_FIRST_SLICE_CHARS);
    expect(chars).toBeLessThan(READER_FIRST_SLICE_CHARS + longest);
    // About one tall screen: the reader's first frame styles and lays out the whole reader around
    // it, the 1 MB open's longest task (README, perf64); the boot script's few screens go in
    // before the app's code and its chrome.
    expect(READER_FIRST_SLICE_CHARS).toBeLessThanOrEqual(FIRST_SLICE_CHARS / 4);
  });

  it('renders through an offset at once when the text map asks (a jump near the end)', () => {
    const { root, body, blocks, schedule } = setup();
    renderBlocks(body, TEXT, blocks, { schedule });
    const map = buildTextMap(root);
    const far = blocks[150];
    expect(map.blockAt(far.start + 3)?.dataset.start).toBe(String(far.start));
    expect(map.range(far.start, far.start + 9)?.toString()).toBe('Paragraph');
    body.dispatchEvent(new CustomEvent(RENDER_THROUGH, { detail: Infinity }));
    expect(rendered(body)).toHaveLength(blocks.length);
  });

  it('continues after blocks already painted by the boot script', () => {
    const { body, blocks, queue, schedule } = setup();
    const r1 = renderBlocks(body, TEXT, blocks, { schedule });
    r1.cancel();
    const painted = rendered(body).length;
    queue.length = 0;
    renderBlocks(body, TEXT, blocks, { already: painted, schedule });
    while (queue.length) queue.shift()!();
    const starts = rendered(body).map((el) => Number(el.dataset.start));
    expect(starts).toEqual(blocks.map((b) => b.start));
  });
});
