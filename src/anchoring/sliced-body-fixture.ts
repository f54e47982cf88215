/**
 * Test fixture (happy-dom): an article page whose body arrives in slices, with its credits in the
 * page from the start, as the reader renders a long article. Shared by the text-map and own-mark
 * tests of slices arriving after the credits.
 */
import { BLOCKS_ADDED, PENDING_FROM_ATTR } from './text-map';

/** Title 0–5, the body's first block 6–23 (the rest from 24 still to come), credits 58–65. */
export function renderSlicedPageWithCredits(): { root: HTMLElement; body: HTMLElement } {
  document.body.innerHTML =
    '<article><h1 data-start="0" data-end="5">Title</h1>' +
    '<div class="article-body" data-pending-from="24"><p data-start="6" data-end="23">First block here.</p></div>' +
    '<section><p data-start="58" data-end="65">Credits</p></section></article>';
  const root = document.body.firstElementChild as HTMLElement;
  return { root, body: root.querySelector<HTMLElement>('.article-body')! };
}

/** The body's last slice (24–57) goes in and is announced, as the reader's slice renderer does. */
export function appendLastSlice(body: HTMLElement): HTMLParagraphElement {
  const p = document.createElement('p');
  p.dataset.start = '24';
  p.dataset.end = '57';
  p.textContent = 'Second block, with a link inside.';
  body.append(p);
  body.removeAttribute(PENDING_FROM_ATTR);
  body.dispatchEvent(new CustomEvent(BLOCKS_ADDED, { bubbles: true, detail: [p] }));
  return p;
}
