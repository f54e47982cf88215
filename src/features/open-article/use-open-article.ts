/**
 * One path for every source: a result is either accepted (kept, then navigated to) or turned
 * into a notice. A rejected input never navigates, so the article being read stays on screen.
 * `stillWanted` (from `askToOpen`) says whether the reader has since asked for another article
 * by file, paste or web address: an older open that finishes late (a big file, then a pasted text)
 * is kept in the library but does not take the page.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { OpenResult } from '../../api/open-article';
import { rememberArticle } from '../../api/remember-article';
import { readHref } from '../../lib/hash-route';
import { notify } from '../../store/notices';

let opensAsked = 0;

/** Called when the reader asks for an article; the answer tells, later, whether it is still the last asked for. */
export function askToOpen(): () => boolean {
  const ticket = ++opensAsked;
  return () => ticket === opensAsked;
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
      if (!stillWanted()) {
        notify({
          tone: 'info',
          message:
            where === 'memory'
              ? `“${result.article.title}” was read but not opened, as you asked for another article since; browser storage refused or did not answer, so its text is kept only until this tab closes.`
              : `“${result.article.title}” was added to your library.`,
        });
        return true;
      }
      if (where === 'memory') {
        notify({
          tone: 'info',
          message:
            'Browser storage refused or did not answer, so this article’s text was not saved: it stays open until you close the tab. Download a backup to keep it.',
        });
      }
      window.location.hash = readHref(result.article.id);
      return true;
    },
    [client],
  );
}
