/**
 * `#/save/…`: a page the bookmarklet sent. Decoded as untrusted data (model/save-link.ts), opened
 * as a plain-text article, kept in the library, then the reader goes to it. The `#/save/…` entry
 * is replaced in the history first, so Back does not send the page again.
 */
import { useEffect, useRef, useState } from 'react';
import { openSavedPage, type OpenResult } from '../../api/open-article';
import { LIBRARY_HREF } from '../../lib/hash-route';
import { decodeSaveLink } from '../../model/save-link';
import { SAVE_LIMITS } from '../../model/save-payload';
import { notify } from '../../store/notices';

interface SaveRouteProps {
  fragment: string;
  /** Keeps the article and goes to it (false, with a notice shown, when it is refused). */
  accept: (result: OpenResult) => Promise<boolean>;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

export function SaveRoute({ fragment, accept }: SaveRouteProps) {
  const [error, setError] = useState<string | null>(null);
  const handled = useRef<string | null>(null);
  useEffect(() => {
    // React's development double-run must not save twice.
    if (handled.current === fragment) return;
    handled.current = fragment;
    const decoded = decodeSaveLink(fragment);
    if ('error' in decoded) {
      // A decoding failure is reported as data; setting it here is the effect's one outcome.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setError(decoded.error.message);
      return;
    }
    const page = decoded.parsed;
    const result = openSavedPage(page);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    history.replaceState(null, '', LIBRARY_HREF);
    void accept(result).then((kept) => {
      if (!kept) return;
      const from = hostOf(page.url);
      if (page.cut) {
        notify({
          tone: 'info',
          message: `Saved from ${from}. The page was longer than ${SAVE_LIMITS.text.toLocaleString('en')} characters: only its beginning was sent.`,
        });
      } else if (page.kind === 'selection') {
        notify({ tone: 'info', message: `Saved the text you selected on ${from}.` });
      }
    });
  }, [fragment, accept]);
  return (
    <main id="main-content" tabIndex={-1} className="reader">
      {error ? (
        <div className="load-error" role="alert">
          <h1>This page cannot be opened</h1>
          <p>{error}</p>
          <p>
            Nothing from it was run or saved. <a href={LIBRARY_HREF}>Go to the library</a>
          </p>
        </div>
      ) : (
        <p className="loading" role="status">
          Opening the saved page…
        </p>
      )}
    </main>
  );
}
