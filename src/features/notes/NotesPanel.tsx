/**
 * All of the reader's annotations on this article in reading order, with the page note on top
 * and orphans (passages that could no longer be found) listed with their quotes — shown, never
 * dropped. Filter by colour, tag, verdict and text.
 */
import { useDeferredValue, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { HIGHLIGHT_COLORS, VERDICTS, type Annotation, type HighlightColor, type Verdict } from '../../model/annotation';
import type { Anchored, Placed } from '../../model/anchored';
import { MatchText } from '../../components/MatchText';
import { NoteMarkdown } from '../../components/NoteMarkdown';
import { findInFolded, foldText } from '../../model/find-text';
import { LIST_PAGE, ShowMore } from '../../components/ShowMore';
import { useFilledCount } from '../../lib/use-filled-count';
import { useNoteText, type NoteText } from '../../components/use-note-text';

interface NotesPanelProps {
  anchored: Anchored;
  labels: Record<HighlightColor, string>;
  quoteOf: (a: Annotation) => string;
  /** The passage as shown: a claim in quotation marks only when it is a direct quotation. */
  displayOf: (a: Annotation, max?: number) => string;
  verdictText: Record<Verdict, string>;
  pageNote: string;
  onSavePageNote: (note: string) => void;
  onJump: (p: Placed) => void;
  /** Annotations from a share link, not the reader's own (yet): shown above the reader's list. */
  shared?: ReactNode;
}

/**
 * Each annotation's passage, note and tags folded as find folds the article (case, accents, curly
 * or straight quotes, dashes), so "don't" finds a note on "don’t" and the words marked in the list
 * are the ones that matched. The note as it is shown (`noteText`: "**bold**" is "bold", a link's
 * address is not there), so every note a search finds has the words marked; its source only until
 * the renderer has loaded. Kept per record (records are replaced, never changed): a search over
 * 10,000 notes folds each once.
 */
const foldedShown = new WeakMap<Annotation, string>();
const foldedSource = new WeakMap<Annotation, string>();
function searchable(a: Annotation, quote: string, noteText: NoteText | null): string {
  const cache = noteText ? foldedShown : foldedSource;
  let s = cache.get(a);
  if (s === undefined) {
    const note = a.note && noteText ? noteText(a.note) : a.note;
    // A NUL between the fields: a search never runs from a passage's end into its note. Tags as
    // the list shows them ("#transport"), so a search typed as seen finds them.
    s = foldText([quote, note, a.tags.map((t) => `#${t}`).join(' ')].join('\0'));
    cache.set(a, s);
  }
  return s;
}

function matches(
  a: Annotation,
  quote: string,
  f: { color: string; tag: string; verdict: string; text: string },
  noteText: NoteText | null,
): boolean {
  if (f.color && a.color !== f.color) return false;
  if (f.tag && !a.tags.includes(f.tag)) return false;
  if (f.verdict && a.verdict !== f.verdict) return false;
  if (f.text.trim() && !findInFolded(searchable(a, quote, noteText), f.text, 1).length) return false;
  return true;
}

/** How the list is ordered: where each passage stands in the article, or the newest made first. */
export type NotesOrder = 'article' | 'newest';

/** Newest made first (ISO stamps compare as text); the last edit breaks a tie. */
const newestFirst = (x: Annotation, y: Annotation) =>
  x.created === y.created ? (y.updated < x.updated ? -1 : 1) : y.created < x.created ? -1 : 1;

/** Long quotes are cut in the list (the card shows the whole): a crafted import may bring thousands of 5,000-character ones. */

export function NotesPanel({
  anchored,
  labels,
  quoteOf,
  displayOf,
  verdictText,
  pageNote,
  onSavePageNote,
  onJump,
  shared,
}: NotesPanelProps) {
  // A draft belongs to the saved text it started from: an undo or another tab's edit replaces it.
  const [edit, setEdit] = useState<{ base: string; text: string } | null>(null);
  const draft = edit && edit.base === pageNote ? edit.text : pageNote;
  const setDraft = (text: string) => setEdit({ base: pageNote, text });
  // Leaving the panel (another tab, the analysis arriving) keeps what was typed.
  const unsaved = useRef<() => void>(() => undefined);
  useEffect(() => {
    unsaved.current = () => {
      if (draft !== pageNote) onSavePageNote(draft);
    };
  });
  useEffect(() => () => unsaved.current(), []);
  const [filter, setFilterState] = useState({ color: '', tag: '', verdict: '', text: '' });
  const [order, setOrderState] = useState<NotesOrder>('article');
  const [limit, setLimit] = useState(LIST_PAGE);
  const setFilter = (f: typeof filter) => {
    setFilterState(f);
    setLimit(LIST_PAGE);
  };
  const setOrder = (o: NotesOrder) => {
    setOrderState(o);
    setLimit(LIST_PAGE);
  };
  // The box shows each key at once; the list follows a moment later, so typing over 10,000 notes
  // never waits for the filter.
  const text = useDeferredValue(filter.text);
  // One set filled in place: flatMap built an array per annotation (10,000 in the render that brings them).
  const tags = useMemo(() => {
    const all = new Set<string>();
    for (const p of anchored.placed) for (const t of p.annotation.tags) all.add(t);
    for (const o of anchored.orphans) for (const t of o.tags) all.add(t);
    return [...all].sort();
  }, [anchored]);
  // With no filter set (the usual case) the lists are shown as they are: 10,000 quotes are not
  // looked up for nothing in the render that brings them.
  const { color, tag, verdict } = filter;
  const filtering = Boolean(color || tag || verdict || text.trim());
  // The renderer is asked for as soon as there are notes to search (the list shows them with it).
  const hasNotes = useMemo(
    () => anchored.placed.some((p) => p.annotation.note) || anchored.orphans.some((o) => o.note),
    [anchored],
  );
  const { noteText, failed: rendererFailed } = useNoteText(hasNotes || Boolean(filter.text.trim()));
  // Filtered and sorted once per change of the notes, the filter or the order, not on every render
  // (a page of the list filling in, a draft page note typed).
  const shown = useMemo(() => {
    const f = { color, tag, verdict, text };
    const kept = filtering
      ? anchored.placed.filter((p) => matches(p.annotation, quoteOf(p.annotation), f, noteText))
      : anchored.placed;
    return order === 'newest' ? [...kept].sort((x, y) => newestFirst(x.annotation, y.annotation)) : kept;
  }, [anchored.placed, quoteOf, filtering, color, tag, verdict, text, order, noteText]);
  const orphans = useMemo(() => {
    const f = { color, tag, verdict, text };
    const kept = filtering ? anchored.orphans.filter((o) => matches(o, quoteOf(o), f, noteText)) : anchored.orphans;
    return order === 'newest' ? [...kept].sort(newestFirst) : kept;
  }, [anchored.orphans, quoteOf, filtering, color, tag, verdict, text, order, noteText]);
  const total = anchored.placed.length + anchored.orphans.length;
  const found = shown.length + orphans.length;
  // The page of notes goes in over a few frames: 10,000 arriving at once rendered 100 in one.
  const filled = useFilledCount(Math.min(limit, shown.length));
  return (
    <div className="notes-panel">
      <form
        className="page-note"
        onSubmit={(e) => {
          e.preventDefault();
          onSavePageNote(draft);
        }}
      >
        <label className="field">
          Page note
          <textarea
            rows={3}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            onBlur={() => draft !== pageNote && onSavePageNote(draft)}
            placeholder="Your notes on the whole article (Markdown)"
          />
        </label>
        <button type="submit" disabled={draft === pageNote}>
          Save page note
        </button>
      </form>
      <div className="notes-search">
        <label className="field">
          Search notes
          <input
            type="search"
            value={filter.text}
            placeholder="Words in a passage, note or tag"
            onChange={(e) => setFilter({ ...filter, text: e.target.value })}
            onKeyDown={(e) => {
              // Escape empties the box (the browser's own clearing is not in every browser), and goes
              // no further: the phone sheet stays open. On an empty box it goes on, and on a phone
              // the sheet closes (ReaderWorkspace), so a second Escape closes it.
              if (e.key !== 'Escape' || !filter.text) return;
              e.preventDefault();
              e.stopPropagation();
              setFilter({ ...filter, text: '' });
            }}
          />
        </label>
        <label>
          Sort{' '}
          <select value={order} onChange={(e) => setOrder(e.target.value as NotesOrder)}>
            <option value="article">Article order</option>
            <option value="newest">Newest first</option>
          </select>
        </label>
      </div>
      <div className="panel-filters" role="group" aria-label="Filter annotations">
        <label>
          Colour{' '}
          <select value={filter.color} onChange={(e) => setFilter({ ...filter, color: e.target.value })}>
            <option value="">All</option>
            {HIGHLIGHT_COLORS.map((c) => (
              <option key={c} value={c}>
                {labels[c]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Tag{' '}
          <select value={filter.tag} onChange={(e) => setFilter({ ...filter, tag: e.target.value })}>
            <option value="">All</option>
            {tags.map((t) => (
              <option key={t} value={t}>
                #{t}
              </option>
            ))}
          </select>
        </label>
        <label>
          Verdict{' '}
          <select value={filter.verdict} onChange={(e) => setFilter({ ...filter, verdict: e.target.value })}>
            <option value="">All</option>
            {VERDICTS.map((v) => (
              <option key={v} value={v}>
                {verdictText[v]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {rendererFailed && hasNotes && (
        // Said, not hidden: the notes show (and are searched) as typed, Markdown and all.
        <p className="panel-note notes-renderer-failed" role="alert">
          Notes are shown and searched as typed: the Markdown renderer did not load. Reload the page to try again.
        </p>
      )}
      {/* Always in the page, so a screen reader hears each new count as the list follows the typing. */}
      <p className="panel-note notes-count" role="status">
        {total > 0 && filtering
          ? found === 0
            ? 'No notes match.'
            : `${found} of ${total} ${total === 1 ? 'note' : 'notes'}`
          : ''}
      </p>
      {anchored.pageNotes
        .filter((n) => n.note && n.note !== pageNote)
        .map((n) => (
          <section
            key={n.id}
            className="note-item other-page-note"
            aria-label={`Page note${n.author ? ` by ${n.author}` : ''}`}
          >
            <span className="note-head">Page note{n.author ? ` by ${n.author}` : ' (imported)'}</span>
            <NoteMarkdown markdown={n.note} className="note-markdown note-body" />
          </section>
        ))}
      {shared}
      {total === 0 && (
        <p className="panel-note">
          No annotations yet. Select text in the article to highlight it, or press s to select by sentence.
        </p>
      )}
      <ul className="note-list" aria-label="Annotations">
        {shown.slice(0, filled).map((p) => {
          const a = p.annotation;
          return (
            <li key={a.id}>
              <button type="button" className={`note-item note-${a.kind}`} onClick={() => onJump(p)}>
                <span className="note-head">
                  {a.kind === 'claim' ? (
                    <span className="verdict-badge">{a.verdict ? verdictText[a.verdict] : 'Claim note'}</span>
                  ) : (
                    <>
                      <span className={`user-swatch user-swatch-${a.color ?? 'yellow'}`} aria-hidden="true" />{' '}
                      {labels[a.color ?? 'yellow']}
                    </>
                  )}
                </span>
                <span className="note-quote">
                  <MatchText text={displayOf(a, 120)} query={text} />
                </span>
                {a.tags.length > 0 && (
                  <span className="note-tags">
                    <MatchText text={a.tags.map((t) => `#${t}`).join(' ')} query={text} />
                  </span>
                )}
              </button>
              {a.note && <NoteMarkdown markdown={a.note} className="note-markdown note-body" highlight={text} />}
            </li>
          );
        })}
        {shown.length > limit && (
          <ShowMore
            left={shown.length - limit}
            filling={filled < limit}
            onMore={() => setLimit((l) => l + LIST_PAGE)}
          />
        )}
      </ul>
      {orphans.length > 0 && (
        <section aria-labelledby="orphans-title" className="orphans">
          <h3 id="orphans-title">Could not be placed in this text ({orphans.length})</h3>
          <p className="panel-note">
            The passage these were made on has changed or is missing. They are kept, with their quotes.
            {anchored.overBudget > 0 &&
              ` ${anchored.overBudget} of them could not be looked for: too many to place at once.`}
          </p>
          <ul className="note-list">
            {orphans.map((o) => (
              <li key={o.id} className="note-item orphan">
                <span className="note-quote">
                  <MatchText text={displayOf(o, 120)} query={text} />
                </span>
                {o.note && <NoteMarkdown markdown={o.note} className="note-markdown note-body" highlight={text} />}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
