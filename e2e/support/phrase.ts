/**
 * Where a phrase of the article is on screen. The one page-side search every spec uses to find
 * words in the text: a phrase is looked for inside one text node of the article body, as the
 * reader renders it (a block's text, or its dateline).
 */
import type { Page } from '@playwright/test';

/** A client rectangle, in CSS pixels from the window's top left. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

export interface PhraseOptions {
  /** Which occurrence of the phrase, from 0. */
  nth?: number;
  /** Only these characters of the phrase, [from, to) counted from its start. */
  part?: [number, number];
  /**
   * Bring it on screen first, its element centred in the window: always (`center`), or only when
   * its first line is under the sticky header or below the window (`if-hidden`). Either waits two
   * frames, so what is measured is laid out.
   */
  scroll?: 'center' | 'if-hidden';
  /** Also make it the page's selection, as a touch reader's long-press and handles do. */
  select?: boolean;
}

/** The client rectangles of the phrase's line boxes (one per line it spans); throws if it is absent. */
export async function phraseRects(page: Page, phrase: string, options: PhraseOptions = {}): Promise<Rect[]> {
  return page.evaluate(
    async ({ phrase, nth, part, scroll, select }) => {
      const walker = document.createTreeWalker(document.querySelector('.article-body')!, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const i = n.data.indexOf(phrase);
        if (i < 0 || seen++ < nth) continue;
        const range = document.createRange();
        range.setStart(n, i + (part?.[0] ?? 0));
        range.setEnd(n, i + (part?.[1] ?? phrase.length));
        const hidden = () => {
          const first = range.getClientRects()[0];
          return first.top < 70 || first.bottom > window.innerHeight;
        };
        if (scroll === 'center' || (scroll === 'if-hidden' && hidden())) {
          n.parentElement!.scrollIntoView({ block: 'center' });
          await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        }
        if (select) {
          window.getSelection()!.removeAllRanges();
          window.getSelection()!.addRange(range);
        }
        return [...range.getClientRects()].map((r) => ({
          left: r.left,
          top: r.top,
          right: r.right,
          bottom: r.bottom,
          width: r.width,
          height: r.height,
        }));
      }
      throw new Error(`phrase not found: ${phrase}`);
    },
    { phrase, nth: options.nth ?? 0, part: options.part, scroll: options.scroll, select: options.select ?? false },
  );
}
