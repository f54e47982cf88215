/**
 * What the import dialog does with a file's text, as pure functions: tell a Marginalia backup from
 * W3C / Hypothesis annotations, parse it, and turn the store's merge counts into the report the
 * reader sees ("12 imported, 3 already present, 1 orphan, 2 rejected: …").
 *
 * The store (merging) and the app (restoring a backup) are injected as callbacks, so nothing here
 * knows about React or zustand. Parsing never throws, and a file that fails to parse reaches no
 * callback: nothing is imported from it. Orphans are found beforehand, away from the page and
 * within a work allowance (import-orphans.ts), and passed in.
 */
import type { Annotation } from '../../model/annotation';
import { BACKUP_FORMAT, parseBackup, type Backup } from '../../model/format/backup';
import {
  buildImportReport,
  describeImportReport,
  type ImportReport,
  type MergeFn,
} from '../../model/format/import-report';
import { parseW3C, type W3CRecordResult } from '../../model/format/w3c-import';
import { annotationSchema, describeIssues } from '../../model/persisted-state';
import type { OrphanCheck } from './import-orphans';

/** Largest file or paste accepted: a backup of a big library is a few MB; this leaves ample room. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export const TOO_LARGE_MESSAGE = `This file is too large to import (over ${MAX_IMPORT_BYTES / 1024 / 1024} MB).`;

export type ImportPlan =
  { kind: 'backup'; backup: Backup } | { kind: 'w3c'; results: W3CRecordResult[] } | { kind: 'error'; message: string };

export interface PlanOptions {
  /** The open article: any annotation source is mapped to it (other tools know it by other IRIs). */
  currentArticleId?: string;
  importedAt?: string;
}

/** Detects and parses. `text` is the file's content or the pasted JSON. */
export function planImport(text: string, options: PlanOptions = {}): ImportPlan {
  // UTF-16 length can undercount bytes by at most 3×; the file size check catches files earlier.
  if (text.length > MAX_IMPORT_BYTES) return { kind: 'error', message: TOO_LARGE_MESSAGE };
  if (!text.trim()) return { kind: 'error', message: 'Nothing to import: choose a file or paste JSON first.' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { kind: 'error', message: 'This is not JSON, so it holds neither a Marginalia backup nor web annotations.' };
  }
  const format =
    json && typeof json === 'object' && !Array.isArray(json) ? (json as { format?: unknown }).format : undefined;
  if (format === BACKUP_FORMAT) {
    const backup = parseBackup(json);
    if ('error' in backup) return { kind: 'error', message: backup.error };
    const damaged = backup.parsed.annotations.findIndex((a) => unstorable(a) !== null);
    if (damaged !== -1) {
      const why = unstorable(backup.parsed.annotations[damaged]);
      return { kind: 'error', message: `This backup is damaged (annotation #${damaged + 1}, ${why}).` };
    }
    return { kind: 'backup', backup: backup.parsed };
  }
  const { currentArticleId, importedAt } = options;
  const w3c = parseW3C(json, {
    ...(currentArticleId ? { articleIdForSource: () => currentArticleId } : {}),
    ...(importedAt ? { importedAt } : {}),
  });
  if ('error' in w3c) return { kind: 'error', message: w3c.error };
  const results = w3c.parsed.map((r, index): W3CRecordResult => {
    const why = 'ok' in r ? unstorable(r.ok) : null;
    return why === null ? r : { index, error: `not one the reader could keep (${why})` };
  });
  return { kind: 'w3c', results };
}

/**
 * Why the store could not keep a record the import parsers accepted, or null. Import and load
 * still have schemas of their own (issue 14, item 7); until they share one, every imported
 * record passes the load schema here, so none is imported only to vanish on the next reload.
 */
function unstorable(annotation: Annotation): string | null {
  const checked = annotationSchema.safeParse(annotation);
  return checked.success ? null : describeIssues(checked.error);
}

export interface MergeCounts {
  added: number;
  alreadyPresent: number;
  /** Newer copies of annotations the reader had (the store reports these separately). */
  updated?: number;
}

export interface ImportOutcome {
  report: ImportReport;
  message: string;
  /** 'error' when records were offered and none could be kept. */
  tone: 'info' | 'error';
}

/**
 * Counts come from the store, which says how many records were new but not which. Orphans are
 * therefore judged over every incoming record of the open article and capped at the number
 * imported: exact for an import into a fresh library, an upper bound when some were already present.
 */
function withOrphans(report: ImportReport, check: OrphanCheck | undefined): ImportReport {
  const orphanIds = check?.orphanIds ?? [];
  const orphans = Math.min(orphanIds.length, report.imported);
  return { ...report, orphans, orphanIds: orphanIds.slice(0, orphans) };
}

/** Said when the work allowance ran out before every annotation was checked against its text. */
function uncheckedNote(report: ImportReport, check: OrphanCheck | undefined): string {
  const unchecked = Math.min(check?.overBudget ?? 0, report.orphans);
  if (!unchecked) return '';
  const them = unchecked === 1 ? '1 of the orphans was' : `${unchecked} of the orphans were`;
  return ` ${them} not checked against the text: too many to place at once. They are kept with their quotes.`;
}

function countsMerge(merge: (list: Annotation[]) => MergeCounts): MergeFn {
  return (incoming) => {
    const { added, alreadyPresent, updated = 0 } = merge(incoming);
    // Lengths carry the counts; identities are not known (see withOrphans).
    const imported = incoming.slice(0, Math.min(incoming.length, added + updated));
    return { imported, alreadyPresent: incoming.slice(imported.length, imported.length + alreadyPresent) };
  };
}

/** The records a W3C import would bring in (for the orphan check, which runs before the merge). */
export const incomingOf = (results: readonly W3CRecordResult[]) => results.flatMap((r) => ('ok' in r ? [r.ok] : []));

/** `orphans`: the check of the incoming records against the open article (import-orphans.ts). */
export function importW3C(
  results: readonly W3CRecordResult[],
  merge: (list: Annotation[]) => MergeCounts,
  orphans?: OrphanCheck,
): ImportOutcome {
  const report0 = buildImportReport(results, countsMerge(merge));
  const report = withOrphans(report0, orphans);
  const tone = incomingOf(results).length === 0 && report.rejected.length > 0 ? 'error' : 'info';
  return { report, message: describeImportReport(report) + uncheckedNote(report, orphans), tone };
}

/** `orphans`: the check of the backup's annotations against its articles' texts (import-orphans.ts). */
export function describeBackupImport(
  backup: Backup,
  counts: { articles: number; added: number; alreadyPresent: number },
  orphans?: OrphanCheck,
): ImportOutcome {
  const report = withOrphans(
    { imported: counts.added, alreadyPresent: counts.alreadyPresent, orphans: 0, orphanIds: [], rejected: [] },
    orphans,
  );
  const articles = `${counts.articles} ${counts.articles === 1 ? 'article' : 'articles'}`;
  const annotations = backup.annotations.length
    ? ` Annotations: ${describeImportReport(report)}${uncheckedNote(report, orphans)}`
    : ' It holds no annotations.';
  return { report, message: `Backup restored: ${articles}.${annotations}`, tone: 'info' };
}
