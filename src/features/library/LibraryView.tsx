/**
 * The home view: bundled articles and the ones the user opened, as a list of links
 * (so Tab, Enter and the browser's own link handling all work without extra code), with one
 * search and one sort over both lists.
 */
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { bundledIndexQueryOptions } from '../../api/articles';
import { forgetArticle } from '../../api/article-storage';
import { readHref } from '../../lib/hash-route';
import { hostOf, type ArticleMeta } from '../../model/article';
import { selectAnnotationCounts, useAnnotationsStore } from '../../store/annotations';
import { forgetArticleMeta, useLibraryStore } from '../../store/library';
import { setLibrarySort, usePrefsStore } from '../../store/prefs';
import { warmReaderFonts } from '../reader/font-warmup';
import { KeptCopies } from './KeptCopies';
import { arrangeLibrary, notesLabel, resultSummary, type LibraryItem } from './library-list';
import { LibraryToolbar } from './LibraryToolbar';

interface LibraryViewProps {
  onOpenFile: () => void;
  onPaste: () => void;
  onOpenUrl: () => void;
  /** Sections other features add below the lists (composed in app/). */
  children?: ReactNode;
}

const ORIGIN_LABEL = { bundled: 'Bundled', url: 'Web page', file: 'File', paste: 'Pasted' } as const;

/** Where an opened article came from, as searchable words: its publisher, host or file name. */
function sourceOf(a: ArticleMeta): string {
  const where =
    a.origin.kind === 'url' ? hostOf(a.origin.url) : a.origin.kind === 'file' ? a.origin.fileName : undefined;
  return [a.source, ORIGIN_LABEL[a.origin.kind], where].filter(Boolean).join(' ');
}

export function LibraryView({ onOpenFile, onPaste, onOpenUrl, children }: LibraryViewProps) {
  const index = useQuery(bundledIndexQueryOptions());
  const mine = useLibraryStore((s) => s.articles);
  const sessionOnly = useLibraryStore((s) => s.sessionOnly);
  const savingSlowly = useLibraryStore((s) => s.savingSlowly);
  const counts = useAnnotationsStore(selectAnnotationCounts);
  const [query, setQuery] = useState('');
  const searchRef = useRef<HTMLInputElement>(null);
  const sort = usePrefsStore((s) => s.librarySort);
  const lastOpened = useLibraryStore((s) => s.lastOpened);
  // Typing stays responsive on a long library: the list catches up a frame later.
  const shownQuery = useDeferredValue(query);
  // Articles are opened from here: the reader's fonts are looked up while the list sits idle.
  useEffect(() => warmReaderFonts(), []);

  const bundledItems = useMemo(
    () =>
      (index.data ?? []).map(
        (a) =>
          ({
            ...a,
            source: a.source ?? '',
            openedAt: lastOpened[a.id],
            notes: counts[a.id] ?? 0,
          }) satisfies LibraryItem,
      ),
    [index.data, counts, lastOpened],
  );
  const mineItems = useMemo(
    () =>
      mine.map((a) => ({
        meta: a,
        id: a.id,
        title: a.title,
        source: sourceOf(a),
        openedAt: lastOpened[a.id] ?? a.addedAt,
        notes: counts[a.id] ?? 0,
      })),
    [mine, counts, lastOpened],
  );
  const bundledShown = arrangeLibrary(bundledItems, shownQuery, sort);
  const mineShown = arrangeLibrary(mineItems, shownQuery, sort);
  const total = bundledItems.length + mineItems.length;
  const shown = bundledShown.length + mineShown.length;
  const searching = shownQuery.trim() !== '';

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

      <LibraryToolbar
        query={query}
        onQuery={setQuery}
        sort={sort}
        onSort={setLibrarySort}
        inputRef={searchRef}
        summary={index.isPending ? '' : resultSummary(shown, total, shownQuery)}
      />
      {searching && shown === 0 && !index.isPending && (
        <div className="library-empty">
          <p>No article’s title or source matches “{shownQuery.trim()}”.</p>
          <button
            type="button"
            onClick={() => {
              setQuery('');
              searchRef.current?.focus();
            }}
          >
            Clear search
          </button>
        </div>
      )}

      <section aria-labelledby="bundled-title">
        <h2 id="bundled-title">Bundled articles</h2>
        {index.isPending && <p role="status">Loading…</p>}
        {index.error && <p role="alert">{index.error.message}</p>}
        <ul className="article-list">
          {bundledShown.map((a) => (
            <li key={a.id}>
              <a href={readHref(a.id)} className="article-link">
                <span className="article-link-title">{a.title}</span>
                <span className="article-link-meta">
                  {a.source} · {a.date}
                </span>
                <span className="article-link-meta">{a.licence}</span>
                <NotesCount n={a.notes} />
              </a>
            </li>
          ))}
        </ul>
        {searching && index.data && bundledShown.length === 0 && shown > 0 && (
          <p className="library-note">No bundled article matches.</p>
        )}
      </section>

      <section aria-labelledby="mine-title">
        <h2 id="mine-title">Opened by you</h2>
        <p className="library-note">Kept in this browser only (text in IndexedDB, list in localStorage).</p>
        {mine.length === 0 ? (
          <p>None yet.</p>
        ) : mineShown.length === 0 ? (
          shown > 0 && <p className="library-note">None of yours matches.</p>
        ) : (
          <ul className="article-list">
            {mineShown.map(({ meta: a, notes }) => (
              <li key={a.id} className="article-row">
                <a href={readHref(a.id)} className="article-link">
                  <span className="article-link-title">{a.title}</span>
                  <span className="article-link-meta">
                    {ORIGIN_LABEL[a.origin.kind]} · opened {new Date(a.addedAt).toLocaleDateString()}
                    {savingSlowly.includes(a.id)
                      ? ' · still being saved (browser storage is slow)'
                      : sessionOnly.includes(a.id) && ' · kept until this tab closes (could not be saved)'}
                  </span>
                  <NotesCount n={notes} />
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

function NotesCount({ n }: { n: number }) {
  return <span className={n === 0 ? 'article-notes article-notes-none' : 'article-notes'}>{notesLabel(n)}</span>;
}
