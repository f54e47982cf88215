/**
 * The reader's annotations placed on the current text: which are anchored where, and which are
 * orphans. Derived state (never stored): recomputed when the text or the annotations change.
 */
import type { Annotation } from './annotation';
import { anchorAnnotations } from './anchor';

export interface Placed {
  annotation: Annotation;
  start: number;
  end: number;
}

export interface Anchored {
  placed: Placed[];
  orphans: Annotation[];
  pageNotes: Annotation[];
}

export function anchorAll(text: string, annotations: readonly Annotation[]): Anchored {
  const placed: Placed[] = [];
  const orphans: Annotation[] = [];
  const pageNotes: Annotation[] = [];
  const located = annotations.filter((a) => a.kind !== 'page-note');
  const results = anchorAnnotations(
    text,
    located.map((a) => a.selectors),
  );
  located.forEach((annotation, i) => {
    const r = results[i];
    if (r.status === 'anchored') placed.push({ annotation, start: r.start, end: r.end });
    else orphans.push(annotation);
  });
  for (const a of annotations) if (a.kind === 'page-note') pageNotes.push(a);
  placed.sort((a, b) => a.start - b.start || a.end - b.end);
  return { placed, orphans, pageNotes };
}

/** Annotations covering an offset, shortest first, so the innermost is the one clicked. */
export function placedAt(anchored: Anchored, offset: number): Placed[] {
  return anchored.placed
    .filter((p) => p.start <= offset && offset < p.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start));
}
