/**
 * The home view: bundled articles and the ones the user opened, as a list of links
 * (so Tab, Enter and the browser's own link handling all work without extra code).
 */
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { bundledIndexQueryOptions } from '../../api/articles';
import { forgetArticle } from '../../api/article-storage';
import { readHref } from '../../lib/hash-route';
import { forgetArticleMeta, useLibraryStore } from '../../store/library';
import { KeptCopies } from './KeptCopies';

interface LibraryViewProps {
  onOpenFile: () => void;
  onPaste: () => void;
  onOpenUrl: () => void;
  /** Sections other features add below the lists (composed in app/). */
  children?: ReactNode;
}

const ORIGIN_LABEL = { bundled: 'Bundled', url: 'Web page', file: 'File', paste: 'Pasted' } as const;

export function LibraryView({ onOpenFile, onPaste, onOpenUrl, children }: LibraryViewProps) {
  const index = useQuery(bundledIndexQueryOptions());
  const mine = useLibraryStore((s) => s.articles);
  const sessionOnly = useLibraryStore((s) => s.sessionOnly);
  return (
    <main id="main-content" tabIndex={-1} className="library" aria-labelledby="library-title">
      <h1 id="library-title">Library</h1>
      <p className="library-intro">
        Open an article to see who is named, where it happens, and who claims what. Drop a .txt, .md or .html file
        anywhere on the page, or:
      </p>
      <div className="library-actions">
        <button type="button" onClick={onOpenFile}>
          Open file…
        </button>
        <button type="button" onClick={onPaste}>
          Paste article…
        </button>
        <button type="button" onClick={onOpenUrl}>
          Open web address…
        </button>
      </div>

      <section aria-labelledby="bundled-title">
        <h2 id="bundled-title">Bundled articles</h2>
        {index.isPending && <p role="status">Loading…</p>}
        {index.error && <p role="alert">{index.error.message}</p>}
        <ul className="article-list">
          {index.data?.map((a) => (
            <li key={a.id}>
              <a href={readHref(a.id)} className="article-link">
                <span className="article-link-title">{a.title}</span>
                <span className="article-link-meta">
                  {a.source} · {a.date}
                </span>
                <span className="article-link-meta">{a.licence}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="mine-title">
        <h2 id="mine-title">Opened by you</h2>
        <p className="library-note">Kept in this browser only (text in IndexedDB, list in localStorage).</p>
        {mine.length === 0 ? (
          <p>None yet.</p>
        ) : (
          <ul className="article-list">
            {mine.map((a) => (
              <li key={a.id} className="article-row">
                <a href={readHref(a.id)} className="article-link">
                  <span className="article-link-title">{a.title}</span>
                  <span className="article-link-meta">
                    {ORIGIN_LABEL[a.origin.kind]} · opened {new Date(a.addedAt).toLocaleDateString()}
                    {sessionOnly.includes(a.id) && ' · kept until this tab closes (could not be saved)'}
                  </span>
                </a>
                <button
                  type="button"
                  className="quiet"
                  aria-label={`Remove “${a.title}” from the library`}
                  onClick={() => {
                    forgetArticleMeta(a.id);
                    void forgetArticle(a.id);
                  }}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <KeptCopies />
      {children}
    </main>
  );
}
