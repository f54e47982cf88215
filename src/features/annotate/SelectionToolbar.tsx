/**
 * The small toolbar under a selection: highlight in one of five colours, add a note or tags,
 * copy the quote or a link to it, or tell the engine it missed a name. A WAI-ARIA toolbar:
 * Tab reaches it, arrow keys move inside it.
 */
import { useEffect, useRef } from 'react';
import type { EntityType } from '../../engine/types';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../model/annotation';

interface SelectionToolbarProps {
  top: number;
  left: number;
  labels: Record<HighlightColor, string>;
  focusOnOpen: boolean;
  onHighlight: (color: HighlightColor) => void;
  onNote: () => void;
  onCopyQuote: () => void;
  onCopyLink: () => void;
  onMarkName: (type: EntityType) => void;
  onClose: () => void;
}

/** Room the page keeps under the article while the toolbar is docked at a phone's foot. */
const ROOM = '--selection-toolbar-room';
/** A line of the article kept in sight between the selection and the docked toolbar. */
const CONTEXT = 36;

export function SelectionToolbar(props: SelectionToolbarProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (props.focusOnOpen) ref.current?.querySelector<HTMLElement>('button')?.focus();
  }, [props.focusOnOpen]);
  // On a phone the toolbar docks at the window's foot (phone-layout.css), and a passage selected
  // low on the screen was hidden under it: the reader chose a colour for words they could not
  // see. When the selection's last line (props.top is 8 px below it, in page coordinates) comes
  // under the toolbar, the page scrolls it up once, with a line to spare; the page keeps room
  // under the article for that at its end. Only when that line changes: a reader's own scrolling
  // with the toolbar open is not fought.
  useEffect(() => {
    const el = ref.current;
    if (!el || getComputedStyle(el).position !== 'fixed') return;
    document.documentElement.style.setProperty(ROOM, `${el.offsetHeight}px`);
    const lineBottom = props.top - 8 - window.scrollY;
    const clear = el.getBoundingClientRect().top - CONTEXT;
    if (lineBottom > clear) window.scrollBy({ top: lineBottom - clear, behavior: 'instant' });
  }, [props.top]);
  useEffect(
    () => () => {
      document.documentElement.style.removeProperty(ROOM);
    },
    [],
  );
  const move = (delta: number) => {
    const items = [...(ref.current?.querySelectorAll<HTMLElement>('button, select') ?? [])];
    const i = items.indexOf(document.activeElement as HTMLElement);
    items[(i + delta + items.length) % items.length]?.focus();
  };
  return (
    <div
      ref={ref}
      role="toolbar"
      aria-label="Annotate selection"
      className="selection-toolbar"
      style={{ top: props.top, left: Math.max(8, Math.min(props.left, window.innerWidth - 420)) }}
      onMouseDown={(e) => {
        // Keep the page's selection while clicking the toolbar.
        if (!(e.target instanceof HTMLSelectElement)) e.preventDefault();
      }}
      onKeyDown={(e) => {
        if (e.key === 'ArrowRight') move(1);
        else if (e.key === 'ArrowLeft') move(-1);
        else if (e.key === 'Escape') props.onClose();
        else return;
        e.preventDefault();
        e.stopPropagation();
      }}
    >
      {HIGHLIGHT_COLORS.map((c) => (
        <button
          key={c}
          type="button"
          className={`color-button color-${c}`}
          aria-label={`Highlight: ${props.labels[c]} (${c})`}
          title={`${props.labels[c]} (${c})`}
          onClick={() => props.onHighlight(c)}
        >
          <span className={`user-swatch user-swatch-${c}`} aria-hidden="true" />
        </button>
      ))}
      <button type="button" onClick={props.onNote}>
        Note
      </button>
      <button type="button" onClick={props.onCopyQuote}>
        Copy quote
      </button>
      <button type="button" onClick={props.onCopyLink}>
        Copy link
      </button>
      <select
        aria-label="Mark as a name the analysis missed"
        value=""
        onChange={(e) => e.target.value && props.onMarkName(e.target.value as EntityType)}
      >
        <option value="">Mark as…</option>
        <option value="person">Person</option>
        <option value="place">Place</option>
        <option value="organization">Organization</option>
      </select>
    </div>
  );
}
