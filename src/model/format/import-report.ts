/**
 * Turns per-record parse results into what the user is told after an import:
 * "12 imported, 3 already present, 1 orphan, 2 rejected: #4 a reply…; #7 …", or when nothing
 * came in, why: "Nothing new: 1 annotation was already here."
 *
 * Merging and anchoring are injected: the store owns merge rules (by id, newest `updated` wins,
 * tombstones respected) and anchoring needs the article text; this module only counts, so it can be
 * tested with plain functions and stays free of both. Orphans are counted among the newly imported
 * only: they are kept, shown with their quote, and never dropped.
 * Wiring (callers): `anchor = (a) => anchorAnnotation(text, a.selectors).status` from ../anchor;
 * with ../merge's `mergeAnnotations`, `imported` = the incoming records that won (kept by identity).
 */
import type { AnchorStatus, Annotation } from '../annotation';

export type RecordResult = { ok: Annotation } | { error: string; index: number };

export interface MergeOutcome {
  /** Annotations that were new (or newer than the copy already held). */
  imported: readonly Annotation[];
  /** Annotations the reader already had, identical or newer. */
  alreadyPresent: readonly Annotation[];
}
export type MergeFn = (incoming: Annotation[]) => MergeOutcome;
export type AnchorFn = (annotation: Annotation) => AnchorStatus;

export interface ImportReport {
  imported: number;
  alreadyPresent: number;
  orphans: number;
  orphanIds: string[];
  /** `index` is the record's 0-based position in the file. */
  rejected: { index: number; reason: string }[];
}

export function buildImportReport(results: readonly RecordResult[], merge: MergeFn, anchor?: AnchorFn): ImportReport {
  const incoming: Annotation[] = [];
  const rejected: ImportReport['rejected'] = [];
  for (const r of results) {
    if ('ok' in r) incoming.push(r.ok);
    else rejected.push({ index: r.index, reason: r.error });
  }
  const outcome = incoming.length ? merge(incoming) : { imported: [], alreadyPresent: [] };
  const orphanIds = anchor
    ? outcome.imported.filter((a) => a.kind !== 'page-note' && !a.deleted && anchor(a) === 'orphan').map((a) => a.id)
    : [];
  return {
    imported: outcome.imported.length,
    alreadyPresent: outcome.alreadyPresent.length,
    orphans: orphanIds.length,
    orphanIds,
    rejected,
  };
}

const MAX_REASONS = 3;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * "Nothing new: 1 annotation was already here." Said when an import brought nothing in because the
 * reader had it all: "0 imported, 1 already present" read as a failure, and a count of nothing
 * first is not how a person says it.
 */
export function nothingNewSentence(alreadyPresent: number): string {
  const which =
    alreadyPresent === 1
      ? '1 annotation was'
      : alreadyPresent === 2
        ? 'both annotations were'
        : `all ${alreadyPresent} annotations were`;
  return `Nothing new: ${which} already here`;
}

/** "#4 a reply to another annotation; #7 …; and 2 more" */
function rejectedReasons(rejected: ImportReport['rejected']): string {
  const reasons = rejected.slice(0, MAX_REASONS).map((r) => `#${r.index + 1} ${r.reason}`);
  if (rejected.length > MAX_REASONS) reasons.push(`and ${rejected.length - MAX_REASONS} more`);
  return reasons.join('; ');
}

export function describeImportReport(report: ImportReport): string {
  const { imported, alreadyPresent, orphans, rejected } = report;
  if (!imported && !alreadyPresent && !rejected.length) return 'Nothing to import: the file holds no annotations.';
  const refused = rejected.length ? `${rejected.length} rejected: ${rejectedReasons(rejected)}` : '';
  if (!imported) {
    // Nothing came in: say why in words, not as "0 imported".
    if (!alreadyPresent) return `${plural(rejected.length, 'annotation')} rejected: ${rejectedReasons(rejected)}.`;
    return `${nothingNewSentence(alreadyPresent)}${refused ? `; ${refused}` : ''}.`;
  }
  const parts = [`${imported} imported`];
  if (alreadyPresent) parts.push(`${alreadyPresent} already present`);
  if (orphans) parts.push(plural(orphans, 'orphan'));
  if (refused) parts.push(refused);
  return `${parts.join(', ')}.`;
}
