// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../model/annotation';
import type { Anchored } from '../../model/anchored';
import { LIST_PAGE } from '../../components/ShowMore';
import { NotesPanel } from './NotesPanel';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const afterFrame = () =>
  act(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(() => setTimeout(done)))));

const note = (i: number): Annotation => ({
  id: `n${i}`,
  articleId: 'a',
  kind: 'highlight',
  created: '2026-01-01T00:00:00.000Z',
  updated: '2026-01-01T00:00:00.000Z',
  selectors: [],
  color: 'yellow',
  note: '',
  tags: [],
});

const anchored = (n: number): Anchored => ({
  placed: Array.from({ length: n }, (_, i) => ({ annotation: note(i), start: i * 10, end: i * 10 + 5 })),
  orphans: [],
  pageNotes: [],
  overBudget: 0,
});

const labels = { yellow: 'Yellow', green: 'Green', blue: 'Blue', pink: 'Pink' } as never;

let host: HTMLDivElement;
let root: Root;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

const render = (n: number) =>
  act(async () =>
    root.render(
      <NotesPanel
        anchored={anchored(n)}
        labels={labels}
        quoteOf={(a) => `quote ${a.id}`}
        displayOf={(a) => `quote ${a.id}`}
        verdictText={{} as never}
        pageNote=""
        onSavePageNote={() => undefined}
        onJump={() => undefined}
      />,
    ),
  );

const notes = () => host.querySelectorAll('.note-list .note-item').length;
const showMore = () => [...host.querySelectorAll('button')].find((b) => /^Show \d+ more/.test(b.textContent ?? ''));

async function fill() {
  for (let i = 0; i < 20 && showMore() === undefined; i++) await afterFrame();
  for (let i = 0; i < 20; i++) {
    const before = notes();
    await afterFrame();
    if (notes() === before) return;
  }
}

describe('NotesPanel’s long list', () => {
  it('keeps keyboard focus on “Show more” while the next page fills in, and ends with that page shown', async () => {
    await render(LIST_PAGE * 3);
    await fill();
    expect(notes()).toBe(LIST_PAGE);
    const button = showMore()!;
    button.focus();
    await act(async () => button.click());
    // The page goes in over frames; the button the reader pressed stays where the focus is.
    expect(document.activeElement).toBe(button);
    expect(button.isConnected).toBe(true);
    await fill();
    expect(notes()).toBe(LIST_PAGE * 2);
    expect(document.activeElement).toBe(button);
    expect(showMore()?.textContent).toMatch(/\(100 not shown\)/);
  });
});
