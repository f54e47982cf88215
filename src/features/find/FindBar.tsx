/**
 * Find in the article (Ctrl/⌘+F in the reader): a field, "3 of 12", previous and next. It
 * searches the article's text (model/find-text.ts), not the page, and leaves painting the
 * matches and scrolling to them to the caller, which speaks text offsets to the anchoring layer.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useDebounced } from '../../lib/use-debounced';
import { findInFolded, foldText, MAX_MATCHES, matchFrom, type TextSpan } from '../../model/find-text';
import { matchShortcut, type ShortcutId } from '../../model/shortcuts';
import './find.css';

interface FindBarProps {
  text: string;
  /** Where to start: the first match at or after this offset (the top of the screen). */
  startOffset: () => number;
  /** Paint the matches and the current one (-1: none). */
  onMatches: (matches: readonly TextSpan[], current: number) => void;
  /** Bring a match on screen. */
  onReveal: (match: TextSpan) => void;
  onClose: () => void;
  /** Bumped each time find is asked for again while open: focus and select the field. */
  focusSeq: number;
}

const nf = new Intl.NumberFormat('en');

/** "3 of 12", "No matches", "1 of 1,000+". */
export function matchCount(current: number, total: number, capped: boolean): string {
  if (total === 0) return 'No matches';
  return `${nf.format(current + 1)} of ${nf.format(total)}${capped ? '+' : ''}`;
}

/** The find field's keys, by shortcut id. Exported for the shortcut tests. */
export function findBarHandlers(act: { step: (dir: 1 | -1) => void; close: () => void }) {
  return {
    'find-next': () => act.step(1),
    'find-previous': () => act.step(-1),
    close: act.close,
  } satisfies Partial<Record<ShortcutId, () => void>>;
}

export function FindBar({ text, startOffset, onMatches, onReveal, onClose, focusSeq }: FindBarProps) {
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  // A long article is folded once; each query then costs one scan.
  const folded = useMemo(() => foldText(text), [text]);
  const settled = useDebounced(query, text.length > 200_000 ? 200 : 60);
  const matches = useMemo(() => findInFolded(folded, settled), [folded, settled]);
  const [current, setCurrent] = useState(-1);
  const [forQuery, setForQuery] = useState('');

  // A new query starts from the first match on screen, as browsers do.
  if (forQuery !== settled) {
    setForQuery(settled);
    setCurrent(matchFrom(matches, startOffset()));
  }
  const shown = current >= 0 && current < matches.length ? current : -1;

  useEffect(() => {
    onMatches(matches, shown);
  }, [matches, shown, onMatches]);
  useEffect(() => {
    if (shown >= 0) onReveal(matches[shown]);
  }, [matches, shown, onReveal]);
  useEffect(() => () => onMatches([], -1), [onMatches]);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusSeq]);

  const step = (dir: 1 | -1) => {
    if (!matches.length) return;
    setCurrent((c) => (c < 0 ? 0 : (c + dir + matches.length) % matches.length));
  };
  const handlers = findBarHandlers({ step, close: onClose });
  const capped = matches.length >= MAX_MATCHES;
  const status = settled.trim() ? matchCount(shown, matches.length, capped) : '';

  return (
    <div className="find-bar" role="search" aria-label="Find in article">
      <input
        ref={input}
        type="search"
        aria-label="Find in article"
        placeholder="Find in article"
        value={query}
        enterKeyHint="search"
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          const row = matchShortcut(e.nativeEvent, 'find');
          const handler = row ? handlers[row.id as keyof typeof handlers] : undefined;
          if (!handler) return;
          e.preventDefault();
          e.stopPropagation();
          handler();
        }}
      />
      <span className="find-count" role="status" aria-live="polite">
        {status}
      </span>
      <button
        type="button"
        className="find-previous"
        aria-label="Previous match"
        title="Previous match (Shift+Enter)"
        onClick={() => step(-1)}
        disabled={!matches.length}
      >
        <span aria-hidden="true">↑</span>
      </button>
      <button
        type="button"
        className="find-next"
        aria-label="Next match"
        title="Next match (Enter)"
        onClick={() => step(1)}
        disabled={!matches.length}
      >
        <span aria-hidden="true">↓</span>
      </button>
      <button type="button" className="quiet find-close" aria-label="Close find" title="Close (Esc)" onClick={onClose}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
