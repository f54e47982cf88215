import type { Annotation } from '../model/annotation';
import { byPlace, type Anchored, type Placed } from '../model/anchored';

/**
 * The article's highlights as the store lists them now, placed: those the shown list has placed
 * as they are, and the few it does not know yet (made within the last frame) placed on the spot.
 * Orphans the shown list already holds are not new: counting them made a page with many orphans
 * place none of the new ones, so a highlight just made was skipped by the key stepping through.
 */
export function highlightsNow(
  list: readonly Annotation[],
  anchored: Anchored,
  placeNow: (annotations: Annotation[]) => Placed[],
  limit: number,
): Placed[] {
  const shown = new Map(anchored.placed.map((p) => [p.annotation.id, p]));
  const orphaned = new Set(anchored.orphans.map((o) => o.id));
  const placed: Placed[] = [];
  const unplaced: Annotation[] = [];
  for (const a of list) {
    if (a.kind !== 'highlight') continue;
    const p = shown.get(a.id);
    if (p) placed.push(p.annotation === a ? p : { ...p, annotation: a });
    else if (!orphaned.has(a.id)) unplaced.push(a);
  }
  // More than a few unplaced is a reload still placing in slices: those follow with the list.
  if (unplaced.length && unplaced.length <= limit) placed.push(...placeNow(unplaced));
  return placed.sort(byPlace);
}
