/**
 * One path for every source: a result is either accepted (kept, then navigated to) or turned
 * into a notice. A rejected input never navigates, so the article being read stays on screen.
 * `stillWanted` (from `askToOpen`) says whether the reader has since asked for another article
 * by file, paste or web address: an older open that finishes late (a big file, then a pasted text)
 * is kept in the library but does not take the page.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { SlowSave } from '../../api/article-storage';
import type { OpenResult } from '../../api/open-article';
import { rememberArticle } from '../../api/remember-article';
import { readHref } from '../../lib/hash-route';
import { dismissNotice, notify } from '../../store/notices';

let opensAsked = 0;

/** Called when the reader asks for an article; the answer tells, later, whether it is still the last asked for. */
export function askToOpen(): () => boolean {
  const ticket = ++opensAsked;
  return () => ticket === opensAsked;
}

const SESSION_ONLY =
  'Browser storage refused this article’s text (or is not available), so it was not saved: it stays open until you close the tab. Download a backup to keep it.';

/** Shown while a slow storage has the text's write pending; replaced when the write lands. */
const slowNotice = () =>
  notify({
    tone: 'info',
    message:
      'Browser storage is slow: this article’s text is still being saved. Until it is, it is kept only in this tab.',
  });

/** A slow save told once it lands: saved after all, or (only if the write truly failed) session-only. */
function tellWhereItLanded(title: string, save: SlowSave, pending?: number) {
  void save.landed.then((late) => {
    if (pending !== undefined) dismissNotice(pending);
    // Removed meanwhile (saying "saved now" would be untrue), or a newer save of it tells instead.
    if (late === 'removed' || late === 'superseded') return;
    notify({ tone: 'info', message: late === 'saved' ? `“${title}” is saved now.` : SESSION_ONLY });
  });
}

export function useAcceptArticle() {
  const client = useQueryClient();
  return useCallback(
    async (result: OpenResult, stillWanted: () => boolean = () => true): Promise<boolean> => {
      if (!result.ok) {
        notify({ tone: 'error', message: result.message, offerPaste: result.offerPaste });
        return false;
      }
      const where = await rememberArticle(client, result.article);
      const title = result.article.title;
      if (!stillWanted()) {
        notify({
          tone: 'info',
          message:
            where === 'saved'
              ? `“${title}” was added to your library.`
              : where === 'memory'
                ? `“${title}” was read but not opened, as you asked for another article since; browser storage refused it (or is not available), so its text is kept only until this tab closes.`
                : `“${title}” was read but not opened, as you asked for another article since; browser storage is slow, so its text is still being saved.`,
        });
        if (typeof where === 'object') tellWhereItLanded(title, where);
        return true;
      }
      if (where === 'memory') notify({ tone: 'info', message: SESSION_ONLY });
      else if (where !== 'saved') tellWhereItLanded(title, where, slowNotice());
      window.location.hash = readHref(result.article.id);
      return true;
    },
    [client],
  );
}
