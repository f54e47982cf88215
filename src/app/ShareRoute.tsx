/**
 * Opening a share link: decode the fragment (the security boundary: every failure is a message,
 * nothing runs), find or rebuild the article it refers to, put the annotations up as a separate
 * layer, and go to the reader. The recipient's own annotations are not touched.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { bundledIndexQueryOptions } from '../api/articles';
import { openPasted, openUrl } from '../api/open-article';
import { LIBRARY_HREF, readHref } from '../lib/hash-route';
import type { Article } from '../model/article';
import type { SharedLink } from '../model/share/share-link';
import { withSharedHeader } from '../model/share/shared-header';
import { HOSTILE_INPUT_UNITS } from '../model/work-budget';
import { anchorOffThread, decodeShareLinkOffThread } from '../workers/anchoring-client';
import { useLibraryStore } from '../store/library';
import { showShared } from '../store/shared';
import { preloadSharedBanner } from '../features/share/LazySharedBanner';
import { articleQueryOptions } from '../api/articles';

type Resolved = { key: string; article: Article; unsaved?: boolean } | { error: string };

async function resolveArticle(
  link: SharedLink,
  client: ReturnType<typeof useQueryClient>,
  fetchAllowed: boolean,
): Promise<Resolved | { needsFetch: string }> {
  const index = () => client.ensureQueryData(bundledIndexQueryOptions());
  const ref = link.article;
  if (ref.kind === 'bundled') {
    if (!(await index()).some((e) => e.id === ref.id))
      return { error: 'The shared article is not one this reader has.' };
    return { key: ref.id, article: await client.ensureQueryData(articleQueryOptions(ref.id, index)) };
  }
  if (ref.kind === 'text') {
    const result = await openPasted(ref.title, ref.text);
    if (!result.ok) return { error: result.message };
    // With the sender's header (byline, source, date, file name): the title's line reads as theirs.
    const article = withSharedHeader(result.article, link.header);
    // Held in this session only: the article joins the library if the reader keeps the annotations.
    client.setQueryData(['articles', 'detail', article.id], article);
    return { key: article.id, article, unsaved: true };
  }
  const known = useLibraryStore.getState().articles.find((a) => a.origin.kind === 'url' && a.origin.url === ref.url);
  if (known) return { key: known.id, article: await client.ensureQueryData(articleQueryOptions(known.id, index)) };
  // Fetching a page the sender chose tells that server who opened the link: ask first.
  if (!fetchAllowed) return { needsFetch: ref.url };
  const fetched = await openUrl(ref.url);
  if (!fetched.ok)
    return { error: `The shared article is a web page (${ref.url}) that could not be loaded here: ${fetched.message}` };
  const article = withSharedHeader(fetched.article, link.header);
  client.setQueryData(['articles', 'detail', article.id], article);
  return { key: article.id, article, unsaved: true };
}

export function ShareRoute({ payload }: { payload: string }) {
  const client = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [askFetch, setAskFetch] = useState<string | null>(null);
  const [fetchAllowed, setFetchAllowed] = useState(false);
  useEffect(() => {
    let cancelled = false;
    // Decoding (up to 2 MB inflated and validated) and anchoring run in a worker with a work
    // allowance: a crafted link costs a bounded moment, never a frozen tab.
    void (async () => {
      // The banner (its styles, its note renderer) loads while the link is decoded, so the reader
      // opens with the shared layer styled and its notes rendered from the first paint.
      const banner = preloadSharedBanner();
      const decoded = await decodeShareLinkOffThread(`#/share/${payload}`);
      if (cancelled) return;
      if ('error' in decoded) {
        setError(decoded.error.message);
        return;
      }
      const r = await resolveArticle(decoded.parsed, client, fetchAllowed);
      if (cancelled) return;
      if ('needsFetch' in r) {
        setAskFetch(r.needsFetch);
        return;
      }
      if ('error' in r) {
        setError(r.error);
        return;
      }
      const shared = decoded.parsed.annotations;
      const placed = await anchorOffThread(
        r.article.text,
        shared.map((a) => ({ selectors: a.selectors, elided: a.elided })),
        HOSTILE_INPUT_UNITS,
      );
      await banner.catch(() => undefined);
      if (cancelled) return;
      const annotations = shared.map(({ elided: _elided, ...a }, i) => ({
        ...a,
        selectors: placed[i].selectors,
        articleId: r.article.id,
        author: decoded.parsed.sharer,
      }));
      showShared({
        articleId: r.article.id,
        sharer: decoded.parsed.sharer,
        annotations,
        results: placed.map((p) => p.result),
        focus: decoded.parsed.focus,
        unsavedArticle: r.unsaved ? r.article : undefined,
      });
      window.location.replace(readHref(r.key));
    })();
    return () => {
      cancelled = true;
    };
  }, [payload, client, fetchAllowed]);
  return (
    <main id="main-content" tabIndex={-1} className="reader">
      {error ? (
        <div className="load-error" role="alert">
          <h1>This share link cannot be opened</h1>
          <p>{error}</p>
          <p>
            Nothing from the link was run or saved. <a href={LIBRARY_HREF}>Go to the library</a>
          </p>
        </div>
      ) : askFetch && !fetchAllowed ? (
        <div className="load-error">
          <h1>Open the shared web page?</h1>
          <p>
            These annotations are on a web page: <span className="url">{askFetch}</span>. Your browser will fetch it
            from that site, which can see that you opened it.
          </p>
          <p>
            <button type="button" className="primary" onClick={() => setFetchAllowed(true)}>
              Fetch the page
            </button>{' '}
            <a href={LIBRARY_HREF}>Go to the library</a>
          </p>
        </div>
      ) : (
        <p className="loading" role="status">
          Opening the shared article…
        </p>
      )}
    </main>
  );
}
