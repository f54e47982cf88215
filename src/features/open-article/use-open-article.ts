/**
 * One path for every source: a result is either accepted (kept, then navigated to) or turned
 * into a notice. A rejected input never navigates, so the article being read stays on screen.
 * `stillWanted` says whether the reader has since asked for another article: an older open that
 * finishes late (a big file after a small one) is kept in the library but does not take the page.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { OpenResult } from '../../api/open-article';
import { rememberArticle } from '../../api/remember-article';
import { readHref } from '../../lib/hash-route';
import { notify } from '../../store/notices';

export function useAcceptArticle() {
  const client = useQueryClient();
  return useCallback(
    async (result: OpenResult, stillWanted: () => boolean = () => true): Promise<boolean> => {
      if (!result.ok) {
        notify({ tone: 'error', message: result.message, offerPaste: result.offerPaste });
        return false;
      }
      const where = await rememberArticle(client, result.article);
      if (where === 'memory') {
        notify({
          tone: 'info',
          message:
            'This browser does not let Marginalia keep article texts; this one stays open until you close the tab.',
        });
      }
      if (!stillWanted()) {
        notify({ tone: 'info', message: `“${result.article.title}” was added to your library.` });
        return true;
      }
      window.location.hash = readHref(result.article.id);
      return true;
    },
    [client],
  );
}
