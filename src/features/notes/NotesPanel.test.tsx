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
    // Two pages of 100 go in a frame at a time: 4.3 s alone on a loaded machine, past vitest's 5 s
    // beside other files (and a test cut off there left its renders running into the next ones).
  }, 30_000);
});

describe('NotesPanel’s search and order', () => {
  // Three notes, made in the order 1, 0, 2 (so newest first is 2, 0, 1), each with its own words.
  const three = (): Anchored => ({
    placed: [
      { ...note(0), created: '2026-01-02T00:00:00.000Z', note: 'ferry timetable', tags: ['transport'] },
      { ...note(1), created: '2026-01-01T00:00:00.000Z', note: 'council budget', tags: [] },
      { ...note(2), created: '2026-01-03T00:00:00.000Z', note: 'harbour wall', tags: ['transport'] },
    ].map((annotation, i) => ({ annotation, start: i * 10, end: i * 10 + 5 })),
    orphans: [],
    pageNotes: [],
    overBudget: 0,
  });
  const renderThree = () =>
    act(async () =>
      root.render(
        <NotesPanel
          anchored={three()}
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
  const box = () =>
    [...host.querySelectorAll('label')].find((l) => /^Search notes/.test(l.textContent ?? ''))!.querySelector('input')!;
  const sort = () =>
    [...host.querySelectorAll('label')].find((l) => /^Sort/.test(l.textContent ?? ''))!.querySelector('select')!;
  const quotes = () => [...host.querySelectorAll('.note-list .note-quote')].map((q) => q.textContent);
  const status = () => host.querySelector('.notes-count')!.textContent;
  /** As typing does: React reads the value through the native setter, then an input event. */
  const type = (el: HTMLInputElement, value: string) =>
    act(async () => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(el, value);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });

  it('filters by the words of a note or tag, says “N of M” and “No notes match”, and Escape clears the box', async () => {
    await renderThree();
    await fill();
    expect(quotes()).toEqual(['quote n0', 'quote n1', 'quote n2']);
    expect(status()).toBe('');
    await type(box(), 'transport');
    await fill();
    expect(quotes()).toEqual(['quote n0', 'quote n2']);
    expect(status()).toBe('2 of 3 notes');
    // A tag typed as the list shows it, with its "#".
    await type(box(), '#transport');
    await fill();
    expect(quotes()).toEqual(['quote n0', 'quote n2']);
    await type(box(), 'Harbour');
    await fill();
    expect(quotes()).toEqual(['quote n2']);
    expect(status()).toBe('1 of 3 notes');
    await type(box(), 'lighthouse');
    await fill();
    expect(quotes()).toEqual([]);
    expect(status()).toBe('No notes match.');
    // Escape empties the box and the whole list is back; the key goes no further (a sheet stays open).
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    let reachedDocument = false;
    // Listened for where the app's key handlers listen (the document), past React's root.
    const listener = () => (reachedDocument = true);
    document.addEventListener('keydown', listener);
    await act(async () => box().dispatchEvent(escape));
    await fill();
    expect(box().value).toBe('');
    document.removeEventListener('keydown', listener);
    expect(reachedDocument).toBe(false);
    expect(quotes()).toEqual(['quote n0', 'quote n1', 'quote n2']);
    expect(status()).toBe('');
  });

  it('sorts newest first and back to article order, with a search kept', async () => {
    await renderThree();
    await fill();
    await act(async () => {
      sort().value = 'newest';
      sort().dispatchEvent(new Event('change', { bubbles: true }));
    });
    await fill();
    expect(quotes()).toEqual(['quote n2', 'quote n0', 'quote n1']);
    await type(box(), 'transport');
    await fill();
    expect(quotes()).toEqual(['quote n2', 'quote n0']);
    await act(async () => {
      sort().value = 'article';
      sort().dispatchEvent(new Event('change', { bubbles: true }));
    });
    await fill();
    expect(quotes()).toEqual(['quote n0', 'quote n2']);
  });
});
