/**
 * What "Print / Save as PDF" adds to the article: the page note at the top, a numbered marker in
 * the text after each noted passage, and the notes as numbered footnotes rendered from Markdown.
 * Hidden on screen (print.css).
 *
 * The markers are put into the article only while printing (beforeprint, or the print media query
 * turning on) and taken out after: the text map and the painted ranges stay as they were, because
 * the split text nodes are merged back (Node.normalize keeps the first node and updates live
 * ranges), and no marker digit ever becomes part of the text a selection or an anchor sees.
 */
import { useEffect, useMemo } from 'react';
import type { TextMap } from '../../anchoring/text-map';
import { NoteMarkdown } from '../../components/NoteMarkdown';
import { patchOf, type Anchored, type Placed } from '../../model/anchored';

export interface PrintNotesProps {
  map: TextMap | null;
  /** The reader's placed annotations; those with a note get a number, in reading order. */
  anchored: Anchored;
  displayOf: (a: Placed['annotation'], max?: number) => string;
}

/** Without trimming a copy of every note: most are empty, and 10,000 come in one render. */
const hasNote = (p: Placed) => /\S/.test(p.annotation.note);
const notedCache = new WeakMap<Anchored, readonly Placed[]>();

/**
 * The placements with a note, in reading order. A step that brings or takes no note (a highlight
 * made among 10,000) keeps the list as it was, so nothing here re-renders or walks them all.
 */
function noted(anchored: Anchored): readonly Placed[] {
  let list = notedCache.get(anchored);
  if (list) return list;
  const patch = patchOf(anchored);
  const before = patch && notedCache.get(patch.from);
  list =
    before && !patch.removed.some(hasNote) && !patch.added.some(hasNote) ? before : anchored.placed.filter(hasNote);
  notedCache.set(anchored, list);
  return list;
}

function useMarkersWhilePrinting(map: TextMap | null, placed: readonly Placed[]) {
  useEffect(() => {
    if (!map || !placed.length) return;
    let inserted: HTMLElement[] = [];
    const add = () => {
      if (inserted.length) return;
      // From the end backwards, so inserting one marker never shifts where the next one goes.
      const order = placed.map((p, i) => ({ p, n: i + 1 })).sort((a, b) => b.p.end - a.p.end);
      for (const { p, n } of order) {
        // The passage's own end (not a collapsed range at that offset, which could fall at the
        // start of the next block).
        const at = map.range(p.start, p.end);
        if (!at) continue;
        at.collapse(false);
        const sup = document.createElement('sup');
        sup.className = 'print-ref';
        sup.textContent = String(n);
        at.insertNode(sup);
        inserted.push(sup);
      }
    };
    const remove = () => {
      const parents = new Set<Node>();
      for (const sup of inserted) {
        if (sup.parentNode) parents.add(sup.parentNode);
        sup.remove();
      }
      for (const parent of parents) parent.normalize();
      inserted = [];
    };
    const media = window.matchMedia('print');
    const onMedia = () => (media.matches ? add() : remove());
    window.addEventListener('beforeprint', add);
    window.addEventListener('afterprint', remove);
    media.addEventListener('change', onMedia);
    if (media.matches) add();
    return () => {
      window.removeEventListener('beforeprint', add);
      window.removeEventListener('afterprint', remove);
      media.removeEventListener('change', onMedia);
      remove();
    };
  }, [map, placed]);
}

/** The numbered footnotes, after the article. */
export function PrintNotes({ map, anchored, displayOf }: PrintNotesProps) {
  const withNotes = useMemo(() => noted(anchored), [anchored]);
  useMarkersWhilePrinting(map, withNotes);
  if (!withNotes.length) return null;
  return (
    <section className="print-notes" aria-hidden="true">
      <h2 className="print-notes-title">Notes</h2>
      {withNotes.map((p, i) => (
        <aside key={p.annotation.id} className="print-note" data-n={i + 1}>
          <p className="print-note-quote">{displayOf(p.annotation, 160)}</p>
          <NoteMarkdown markdown={p.annotation.note} className="note-markdown print-note-body" />
        </aside>
      ))}
    </section>
  );
}

/** The reader's note on the whole article, printed above it. */
export function PrintPageNote({ note }: { note?: string }) {
  if (!note?.trim()) return null;
  return (
    <section className="print-page-note" aria-hidden="true">
      <h2>Note on this article</h2>
      <NoteMarkdown markdown={note} />
    </section>
  );
}
