/**
 * The reader's annotations placed on the current text: which are anchored where, and which are
 * orphans. Derived state (never stored): recomputed when the text or the annotations change.
 */
import type { Annotation } from './annotation';
import { anchorAnnotations, type AnchorResult } from './anchor';

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
  const located = annotations.filter((a) => a.kind !== 'page-note');
  const results = anchorAnnotations(
    text,
    located.map((a) => a.selectors),
  );
  const byAnnotation = new Map(located.map((a, i) => [a, results[i]]));
  return anchoredFrom(annotations, (a) => byAnnotation.get(a));
}

/**
 * The same summary from results computed elsewhere (the anchoring worker); an annotation without
 * a result is an orphan. Page notes are never anchored.
 */
export function anchoredFrom(
  annotations: readonly Annotation[],
  resultOf: (a: Annotation) => AnchorResult | undefined,
): Anchored {
  const placed: Placed[] = [];
  const orphans: Annotation[] = [];
  const pageNotes: Annotation[] = [];
  for (const annotation of annotations) {
    if (annotation.kind === 'page-note') {
      pageNotes.push(annotation);
      continue;
    }
    const r = resultOf(annotation);
    if (r?.status === 'anchored') placed.push({ annotation, start: r.start, end: r.end });
    else orphans.push(annotation);
  }
  placed.sort((a, b) => a.start - b.start || a.end - b.end);
  return { placed, orphans, pageNotes };
}

/** Annotations covering an offset, shortest first, so the innermost is the one clicked. */
export function placedAt(anchored: Anchored, offset: number): Placed[] {
  return anchored.placed
    .filter((p) => p.start <= offset && offset < p.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start));
}
