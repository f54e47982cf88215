/**
 * Merging two sets of annotations record by record: the rule that lets two tabs, or a tab and an
 * import, edit concurrently without either losing work.
 *
 * Per annotation id the newer `updated` wins; a deletion is a tombstone record and wins the same
 * way, so a deleted annotation is never brought back by a stale copy. Nothing present on only one
 * side is ever dropped. The rule is symmetric and deterministic (ties are broken by content), so
 * two tabs that merge each other's state end up with equal states. Unchanged parts keep their
 * object identity, which lets callers (and React selectors) detect "nothing changed" by reference.
 */
import type { Annotation } from './annotation';
import type { AnnotationsByArticle } from './persisted-state';

export interface MergeStats {
  /** Present only on the incoming side. */
  added: number;
  /** Present on both sides, incoming copy won. */
  updated: number;
  /** Present on both sides, local copy kept (same or newer). */
  alreadyPresent: number;
}

export interface MergeResult {
  annotations: AnnotationsByArticle;
  /** False when the result is `local` itself (same reference). */
  changed: boolean;
  stats: MergeStats;
}

/** JSON with object keys sorted at every level, so equal content gives equal strings. */
function stableKey(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v,
  );
}

/** The copy that wins between two versions of the same annotation; `local` on equality. */
export function pickWinner(local: Annotation, incoming: Annotation): Annotation {
  if (local === incoming) return local;
  const lt = Date.parse(local.updated);
  const it = Date.parse(incoming.updated);
  if (it !== lt) return it > lt ? incoming : local;
  // Same instant: prefer the tombstone, then any fixed order, so both sides choose alike.
  if (Boolean(local.deleted) !== Boolean(incoming.deleted)) return incoming.deleted ? incoming : local;
  const lk = stableKey(local);
  const ik = stableKey(incoming);
  return ik > lk ? incoming : local;
}

/**
 * Merge `incoming` into `local`, record by record. Neither input is modified; the result shares
 * what it did not change with them (an article only `incoming` has is its very object).
 */
export function mergeAnnotations(local: AnnotationsByArticle, incoming: AnnotationsByArticle): MergeResult {
  const stats: MergeStats = { added: 0, updated: 0, alreadyPresent: 0 };
  let result = local;
  for (const [articleId, theirs] of Object.entries(incoming)) {
    const ours = local[articleId];
    if (!ours) {
      // An article only the incoming side has (loading it from storage: 10,000 records at once)
      // is taken whole, as the incoming side's unchanged part, instead of copied key by key.
      const added = Object.keys(theirs).length;
      if (!added) continue;
      stats.added += added;
      if (result === local) result = { ...local };
      result[articleId] = theirs;
      continue;
    }
    let merged = ours;
    for (const [id, incomingRecord] of Object.entries(theirs)) {
      const localRecord = ours[id];
      let winner: Annotation;
      if (!localRecord) {
        stats.added++;
        winner = incomingRecord;
      } else {
        winner = pickWinner(localRecord, incomingRecord);
        if (winner === localRecord) stats.alreadyPresent++;
        else stats.updated++;
      }
      if (winner !== localRecord) {
        if (merged === ours) merged = { ...ours };
        merged[id] = winner;
      }
    }
    if (merged !== ours) {
      if (result === local) result = { ...local };
      result[articleId] = merged;
    }
  }
  return { annotations: result, changed: result !== local, stats };
}
