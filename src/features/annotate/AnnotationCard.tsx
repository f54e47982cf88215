/**
 * Edit one of the reader's annotations: colour (with its label), a Markdown note, tags, delete,
 * copy a link. When highlights overlap, the card lists each one so all stay reachable.
 * Every change goes through the store, so it is undoable.
 * Like the finding card, it keeps Tab among its own controls as a dialog does (tab-cycle.ts), and
 * closing it gives the focus back to what opened it, or to the article (focus-return.ts).
 */
import { useEffect, useRef, useState } from 'react';
import { HIGHLIGHT_COLORS, type Annotation, type HighlightColor } from '../../model/annotation';
import { deleteAnnotation, restoreDeleted, setLabel, updateAnnotation } from '../../store/annotations';
import { clearToast, showToast } from '../../store/reading';
import { NoteMarkdown } from '../../components/NoteMarkdown';
import { TagInput } from './TagInput';
import { keepTabIn } from '../../lib/tab-cycle';
import { openerOutside } from '../../lib/focus-return';
import { useCardPlacement } from '../layers/use-card-placement';
import type { CardPosition } from '../layers/place-card';

interface AnnotationCardProps {
  annotations: Annotation[];
  quoteOf: (a: Annotation) => string;
  labels: Record<HighlightColor, string>;
  tagSuggestions: string[];
  position: CardPosition;
  focusNote?: boolean;
  /**
   * `opener`: what had the focus when the card opened, to give it back to (null: none, or deleted);
   * `deleted`: the annotation Delete removed, whose place the next step goes on from.
   */
  onClose: (opener: HTMLElement | null, deleted?: Annotation) => void;
  onCopyLink: (a: Annotation) => void;
  /** Copies the highlight as a citation: plain text, or Markdown. */
  onCopyCitation?: (a: Annotation, as: 'text' | 'markdown') => void;
}

export function AnnotationCard({
  annotations,
  quoteOf,
  labels,
  tagSuggestions,
  position,
  focusNote,
  onClose: close,
  onCopyLink,
  onCopyCitation,
}: AnnotationCardProps) {
  const [which, setWhich] = useState(0);
  const a = annotations[Math.min(which, annotations.length - 1)];
  // A draft belongs to one annotation and one saved text: an undo or another tab's edit replaces it.
  const [draft, setDraft] = useState<{ id: string; base: string; text: string } | null>(null);
  const note = draft && draft.id === a.id && draft.base === a.note ? draft.text : a.note;
  const setNote = (text: string) => setDraft({ id: a.id, base: a.note, text });
  const [editingLabel, setEditingLabel] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const box = useRef<HTMLElement>(null);
  // What had the focus when the card opened: kept while the reader moves between overlapping highlights.
  const opener = useRef<HTMLElement | null>(null);
  const onClose = () => close(opener.current);
  // Opened near the window's bottom it flips above its line, so it opens whole on screen; near the
  // page's top, with too little room above, it opens whole below its line instead.
  useCardPlacement(box, position, { opened: true, flip: true });
  useEffect(() => {
    const active = openerOutside(box.current);
    if (active) opener.current = active;
    // Focus after placing, and without scrolling: the card is on screen, the reader's place stays.
    if (focusNote) noteRef.current?.focus({ preventScroll: true });
    else heading.current?.focus({ preventScroll: true });
    // `position` is new each time the card is opened, also for the one already open (its Notes
    // entry chosen again): the focus goes into the card again rather than staying on the entry.
  }, [a.id, focusNote, position]);
  const color = a.color ?? 'yellow';
  const saveNote = () => {
    if (note !== a.note) updateAnnotation(a.articleId, a.id, { note });
  };
  const quote = quoteOf(a);
  return (
    <section
      ref={box}
      className="finding-card annotation-card"
      style={{ top: position.top, left: Math.max(12, Math.min(position.left, window.innerWidth - 380)) }}
      aria-label={`Your highlight: ${labels[color]}`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          saveNote();
          onClose();
        } else if (box.current) keepTabIn(box.current, e);
      }}
    >
      <div className="dialog-head">
        <h3 ref={heading} tabIndex={-1}>
          <span className={`user-swatch user-swatch-${color}`} aria-hidden="true" /> {labels[color]}
        </h3>
        <button
          type="button"
          className="icon-button"
          aria-label="Close card"
          onClick={() => {
            saveNote();
            onClose();
          }}
        >
          ×
        </button>
      </div>
      {annotations.length > 1 && (
        <div className="row" role="group" aria-label="Overlapping highlights">
          {annotations.map((x, i) => (
            <button
              key={x.id}
              type="button"
              aria-pressed={i === which}
              onClick={() => {
                saveNote();
                setWhich(i);
              }}
            >
              {i + 1}: {labels[x.color ?? 'yellow']}
            </button>
          ))}
        </div>
      )}
      <blockquote>{quote.length > 200 ? `${quote.slice(0, 200)}…` : quote}</blockquote>
      <fieldset className="color-choice">
        <legend>Colour</legend>
        {HIGHLIGHT_COLORS.map((c) => (
          <label key={c} className="color-radio">
            <input
              type="radio"
              name={`color-${a.id}`}
              checked={c === color}
              onChange={() => updateAnnotation(a.articleId, a.id, { color: c })}
            />
            <span className={`user-swatch user-swatch-${c}`} aria-hidden="true" /> {labels[c]}
          </label>
        ))}
        {editingLabel ? (
          <input
            aria-label={`Label for ${color}`}
            defaultValue={labels[color]}
            maxLength={40}
            autoFocus
            onBlur={(e) => {
              if (e.target.value.trim()) setLabel(color, e.target.value.trim());
              setEditingLabel(false);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') e.currentTarget.blur();
            }}
          />
        ) : (
          <button type="button" className="link-button" onClick={() => setEditingLabel(true)}>
            Rename “{labels[color]}”
          </button>
        )}
      </fieldset>
      <label className="field">
        Note (Markdown)
        <textarea ref={noteRef} rows={3} value={note} onChange={(e) => setNote(e.target.value)} onBlur={saveNote} />
      </label>
      {note.trim() && (
        <div className="note-preview" aria-label="Note preview">
          <NoteMarkdown markdown={note} />
        </div>
      )}
      <label className="field" htmlFor={`tags-${a.id}`}>
        Tags
      </label>
      <TagInput
        id={`tags-${a.id}`}
        tags={a.tags}
        suggestions={tagSuggestions}
        onChange={(tags) => updateAnnotation(a.articleId, a.id, { tags })}
      />
      <div className="row">
        {/* Never disabled: a button that disables itself on click drops the keyboard focus. */}
        <button type="button" onClick={saveNote}>
          Save note
        </button>
        <button type="button" onClick={() => onCopyLink(a)}>
          Copy link
        </button>
        {onCopyCitation && (
          <>
            <button type="button" onClick={() => onCopyCitation(a, 'text')}>
              Copy as citation
            </button>
            <button type="button" onClick={() => onCopyCitation(a, 'markdown')}>
              Copy citation as Markdown
            </button>
          </>
        )}
        <button
          type="button"
          className="danger"
          onClick={() => {
            const removed = a;
            if (deleteAnnotation(a.articleId, a.id)) {
              // The way back, where the eye is: its note and tags come back too. One Tab from the
              // article (Toast), and it names the shortcut that does the same (where there are keys).
              showToast(`${a.kind === 'claim' ? 'Verdict' : 'Highlight'} deleted`, {
                label: 'Undo',
                keys: 'Ctrl/⌘+Z',
                run: () => {
                  if (!restoreDeleted(removed)) return clearToast();
                  showToast(`${removed.kind === 'claim' ? 'Verdict' : 'Highlight'} restored.`);
                  // The button goes with the message: the focus goes to the article, not <body>.
                  document.querySelector<HTMLElement>('.article-root')?.focus({ preventScroll: true });
                },
              });
            }
            // No opener to go back to: a Notes entry it was opened from goes with the highlight (and
            // would leave the focus on <body> a frame later); the article, where it was, takes it,
            // and the next 'a' goes on from the deleted highlight's place.
            close(null, removed);
          }}
        >
          Delete
        </button>
      </div>
    </section>
  );
}
