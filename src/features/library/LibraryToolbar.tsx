/**
 * The library's search field and sort select, and the live region that reads out how many
 * articles are listed (polite, so it never interrupts typing).
 */
import type { Ref } from 'react';
import { isLibrarySort, LIBRARY_SORTS, SORT_LABEL, type LibrarySort } from './library-list';

interface LibraryToolbarProps {
  query: string;
  onQuery: (query: string) => void;
  sort: LibrarySort;
  onSort: (sort: LibrarySort) => void;
  /** "2 articles of 5 match …"; empty while the list is loading. */
  summary: string;
  inputRef?: Ref<HTMLInputElement>;
}

export function LibraryToolbar({ query, onQuery, sort, onSort, summary, inputRef }: LibraryToolbarProps) {
  return (
    <div className="library-toolbar" role="search" aria-label="Library search">
      <div className="library-field library-search">
        <label htmlFor="library-search">Search the library</label>
        <input
          id="library-search"
          ref={inputRef}
          type="search"
          value={query}
          placeholder="Title or source"
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => onQuery(e.target.value)}
          onKeyDown={(e) => {
            // Escape clears in every browser, not only where search fields do it natively.
            if (e.key === 'Escape' && query) {
              e.preventDefault();
              onQuery('');
            }
          }}
        />
      </div>
      <div className="library-field">
        <label htmlFor="library-sort">Sort by</label>
        <select
          id="library-sort"
          value={sort}
          onChange={(e) => {
            if (isLibrarySort(e.target.value)) onSort(e.target.value);
          }}
        >
          {LIBRARY_SORTS.map((s) => (
            <option key={s} value={s}>
              {SORT_LABEL[s]}
            </option>
          ))}
        </select>
      </div>
      <p className="library-count" role="status" aria-live="polite">
        {summary}
      </p>
    </div>
  );
}
