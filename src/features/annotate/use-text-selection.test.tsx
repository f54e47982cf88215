// @vitest-environment happy-dom
import { act, useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTextMap, type TextMap } from '../../anchoring/text-map';
import { useTextSelection, type TextSelection } from './use-text-selection';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const TEXT = 'First block here.\nSecond block, with words.';

let seen: TextSelection | null = null;
const report = (selection: TextSelection | null) => {
  seen = selection;
};
function Probe({ map, article }: { map: TextMap; article: HTMLElement }) {
  const root = useRef<HTMLElement | null>(article);
  const [selection] = useTextSelection(root, map);
  useEffect(() => report(selection), [selection]);
  return null;
}

/** Sets the page's selection to [start, end) of the first text node of `el`, as a browser does. */
function select(el: Element, start: number, end: number) {
  const text = el.firstChild!;
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, end);
  const sel = window.getSelection()!;
  sel.removeAllRanges();
  sel.addRange(range);
  document.dispatchEvent(new Event('selectionchange'));
}

const pointer = (type: string, target: Element, pointerType = 'mouse') =>
  target.dispatchEvent(new PointerEvent(type, { bubbles: true, button: 0, pointerType }));

describe('useTextSelection', () => {
  let article: HTMLElement;
  let outside: HTMLElement;
  let host: HTMLElement;
  let root: ReturnType<typeof createRoot>;

  beforeEach(async () => {
    document.body.innerHTML =
      '<div class="article-body"><p data-start="0" data-end="17">First block here.</p>' +
      '<p data-start="18" data-end="43">Second block, with words.</p></div>' +
      '<aside>Panel text elsewhere</aside><div class="selection-toolbar"><button>Note</button></div><div id="host"></div>';
    article = document.querySelector('.article-body')!;
    outside = document.querySelector('aside')!;
    host = document.querySelector('#host')!;
    root = createRoot(host);
    seen = null;
    const map = buildTextMap(article);
    await act(async () => root.render(<Probe map={map} article={article} />));
  });
  afterEach(() => {
    act(() => root.unmount());
    window.getSelection()?.removeAllRanges();
  });

  it('reads a selection in the article as text offsets in the same task, without waiting a frame', () => {
    const second = article.querySelectorAll('p')[1];
    act(() => select(second, 7, 12));
    expect(seen).toMatchObject({ start: 25, end: 30 });
    expect(TEXT.slice(seen!.start, seen!.end)).toBe('block');
  });

  it('ignores a selection outside the article, and a collapsed one', () => {
    act(() => select(outside, 0, 5));
    expect(seen).toBeNull();
    act(() => select(article.querySelector('p')!, 0, 5));
    expect(seen).toMatchObject({ start: 0, end: 5 });
    act(() => select(article.querySelector('p')!, 3, 3));
    expect(seen).toBeNull();
  });

  it('hides the toolbar while the mouse drags a selection, and shows it on release', () => {
    const first = article.querySelector('p')!;
    act(() => select(first, 0, 5));
    expect(seen).not.toBeNull();
    act(() => {
      pointer('pointerdown', first);
      select(first, 6, 8);
    });
    expect(seen).toBeNull();
    act(() => select(first, 6, 11));
    expect(seen).toBeNull();
    act(() => pointer('pointerup', first));
    expect(seen).toMatchObject({ start: 6, end: 11 });
  });

  it('a click on the toolbar keeps the selection: it is no drag', () => {
    const first = article.querySelector('p')!;
    act(() => select(first, 0, 5));
    const shown = seen;
    act(() => pointer('pointerdown', document.querySelector('.selection-toolbar button')!));
    act(() => document.dispatchEvent(new Event('selectionchange')));
    expect(seen).toBe(shown);
  });

  it('follows a touch selection as its handles move (a touch has no release to wait for)', () => {
    const first = article.querySelector('p')!;
    act(() => {
      pointer('pointerdown', first, 'touch');
      select(first, 0, 5);
    });
    expect(seen).toMatchObject({ start: 0, end: 5 });
    act(() => select(first, 0, 11));
    expect(seen).toMatchObject({ start: 0, end: 11 });
  });

  it('never stays hidden when the release went unseen: a key or leaving the window ends the drag', () => {
    const first = article.querySelector('p')!;
    act(() => {
      pointer('pointerdown', first);
      select(first, 0, 5);
    });
    expect(seen).toBeNull();
    act(() => {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', shiftKey: true }));
    });
    expect(seen).toMatchObject({ start: 0, end: 5 });
    act(() => {
      pointer('pointerdown', first);
      select(first, 6, 11);
    });
    expect(seen).toBeNull();
    act(() => window.dispatchEvent(new Event('blur')));
    expect(seen).toMatchObject({ start: 6, end: 11 });
  });
});
