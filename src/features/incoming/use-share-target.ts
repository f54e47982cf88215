/**
 * Handles "Share → Marginalia" once, when the app starts with a share in its query
 * (share-target.ts; taken off the address by share-request.ts, usually before the app loads).
 *
 * A link is fetched if its site allows; otherwise the paste dialog opens with the address filled
 * in and says why. Text goes straight through the paste path.
 */
import { useEffect } from 'react';
import { openPasted, openUrl, type OpenResult } from '../../api/open-article';
import { dismissNotice, notify } from '../../store/notices';
import { takeShareRequest } from './share-request';

export interface PastePrefill {
  title?: string;
  text?: string;
  url?: string;
  /** Why the paste dialog opened instead of the article. */
  message?: string;
}

interface ShareTargetHandlers {
  accept: (result: OpenResult) => Promise<boolean>;
  openPaste: (prefill: PastePrefill) => void;
}

function hostOf(url: string): string {
  return new URL(url).hostname;
}

export function useShareTarget({ accept, openPaste }: ShareTargetHandlers): void {
  useEffect(() => {
    // Handed over once for the page's life (share-request.ts): an effect run again gets null.
    const request = takeShareRequest();
    if (!request) return;
    // When the app took the share itself (no boot script ran), replaceState did not announce
    // itself: tell the router.
    window.dispatchEvent(new HashChangeEvent('hashchange'));

    if (request.kind === 'empty') {
      notify({ tone: 'error', message: 'Nothing was shared with Marginalia: the share had no text and no link.' });
      return;
    }
    void (async () => {
      if (request.kind === 'text') {
        const result = await openPasted(request.title, request.text);
        if (result.ok) await accept(result);
        else openPaste({ title: request.title, text: request.text, message: result.message });
        return;
      }
      const busy = notify({ tone: 'info', message: `Fetching the shared page from ${hostOf(request.url)}…` });
      const result = await openUrl(request.url);
      dismissNotice(busy);
      if (result.ok) {
        await accept(result);
        return;
      }
      openPaste({
        title: request.title,
        url: request.url,
        message: result.offerPaste
          ? `${hostOf(request.url)} does not let other sites read its pages, so Marginalia could not fetch this one. Open the page, copy the article’s text and paste it below — or use the “Save to Marginalia” bookmark on that page (see the library).`
          : result.message,
      });
    })();
  }, [accept, openPaste]);
}
