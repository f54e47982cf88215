/**
 * What the import dialog does with a file's text, as pure functions: tell a Marginalia backup from
 * W3C / Hypothesis annotations, parse it, and turn the store's merge counts into the report the
 * reader sees ("12 imported, 3 already present, 1 orphan, 2 rejected: …").
 *
 * The store (merging) and the app (restoring a backup) are injected as callbacks, so nothing here
 * knows about React or zustand. Parsing never throws, and a file that fails to parse reaches no
 * callback: nothing is imported from it.
 */
import { anchorAnnotation } from '../../model/anchor';
import type { Annotation } from '../../model/annotation';
import { BACKUP_FORMAT, parseBackup, type Backup, type BackupRejection } from '../../model/format/backup';
import {
  buildImportReport,
  describeImportReport,
  type ImportReport,
  type MergeFn,
} from '../../model/format/import-report';
import { parseW3C, type W3CRecordResult } from '../../model/format/w3c-import';

/** Largest file or paste accepted: a backup of a big library is a few MB; this leaves ample room. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export const TOO_LARGE_MESSAGE = `This file is too large to import (over ${MAX_IMPORT_BYTES / 1024 / 1024} MB).`;

export type ImportPlan =
  | { kind: 'backup'; backup: Backup; rejected: BackupRejection[] }
  | { kind: 'w3c'; results: W3CRecordResult[] }
  | { kind: 'error'; message: string };

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
    return 'error' in backup
      ? { kind: 'error', message: backup.error }
      : { kind: 'backup', backup: backup.parsed, rejected: backup.rejected };
  }
  const { currentArticleId, importedAt } = options;
  const w3c = parseW3C(json, {
    ...(currentArticleId ? { articleIdForSource: () => currentArticleId } : {}),
    ...(importedAt ? { importedAt } : {}),
  });
  return 'error' in w3c ? { kind: 'error', message: w3c.error } : { kind: 'w3c', results: w3c.parsed };
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
 * Orphans among `candidates`, anchoring each against the text of its own article. Page notes and
 * annotations of articles whose text is not at hand are not judged.
 */
export function findOrphans(
  candidates: readonly Annotation[],
  textOf: (articleId: string) => string | undefined,
): string[] {
  return candidates
    .filter((a) => a.kind !== 'page-note' && !a.deleted)
    .filter((a) => {
      const text = textOf(a.articleId);
      return text !== undefined && anchorAnnotation(text, a.selectors).status === 'orphan';
    })
    .map((a) => a.id);
}

/**
 * Counts come from the store, which says how many records were new but not which. Orphans are
 * therefore judged over every incoming record of the open article and capped at the number
 * imported: exact for an import into a fresh library, an upper bound when some were already present.
 */
function withOrphans(report: ImportReport, orphanIds: string[]): ImportReport {
  const orphans = Math.min(orphanIds.length, report.imported);
  return { ...report, orphans, orphanIds: orphanIds.slice(0, orphans) };
}

function countsMerge(merge: (list: Annotation[]) => MergeCounts): MergeFn {
  return (incoming) => {
    const { added, alreadyPresent, updated = 0 } = merge(incoming);
    // Lengths carry the counts; identities are not known (see withOrphans).
    const imported = incoming.slice(0, Math.min(incoming.length, added + updated));
    return { imported, alreadyPresent: incoming.slice(imported.length, imported.length + alreadyPresent) };
  };
}

export function importW3C(
  results: readonly W3CRecordResult[],
  merge: (list: Annotation[]) => MergeCounts,
  article?: { id: string; text: string },
): ImportOutcome {
  const report0 = buildImportReport(results, countsMerge(merge));
  const incoming = results.flatMap((r) => ('ok' in r ? [r.ok] : []));
  const orphanIds = article ? findOrphans(incoming, (id) => (id === article.id ? article.text : undefined)) : [];
  const report = withOrphans(report0, orphanIds);
  const tone = incoming.length === 0 && report.rejected.length > 0 ? 'error' : 'info';
  return { report, message: describeImportReport(report), tone };
}

/** What restoring a backup did, as the app reports it (see api/backup.ts `restoreBackup`). */
export interface BackupCounts {
  articles: number;
  added: number;
  alreadyPresent: number;
  /** Articles whose corrections gained something. */
  corrections?: number;
  /** Parts refused while restoring (an article whose id holds another text here). */
  rejected?: BackupRejection[];
}

const MAX_REASONS = 3;

/** "Backup restored: 2 articles, corrections for 1. Annotations: … Not restored (2): …" */
export function describeBackupImport(
  backup: Backup,
  counts: BackupCounts,
  parseRejected: readonly BackupRejection[] = [],
): ImportOutcome {
  const texts = new Map(backup.articles.map((a) => [a.id, a.text]));
  const report = withOrphans(
    { imported: counts.added, alreadyPresent: counts.alreadyPresent, orphans: 0, orphanIds: [], rejected: [] },
    findOrphans(backup.annotations, (id) => texts.get(id)),
  );
  const parts = [`${counts.articles} ${counts.articles === 1 ? 'article' : 'articles'}`];
  if (counts.corrections) parts.push(`corrections for ${counts.corrections}`);
  const annotations = backup.annotations.length
    ? ` Annotations: ${describeImportReport(report)}`
    : ' It holds no annotations.';
  const rejected = [...parseRejected, ...(counts.rejected ?? [])];
  let refused = '';
  if (rejected.length) {
    const reasons = rejected.slice(0, MAX_REASONS).map((r) => r.reason);
    if (rejected.length > MAX_REASONS) reasons.push(`and ${rejected.length - MAX_REASONS} more`);
    refused = ` Not restored (${rejected.length}): ${reasons.join('; ')}.`;
  }
  return { report, message: `Backup restored: ${parts.join(', ')}.${annotations}${refused}`, tone: 'info' };
}
