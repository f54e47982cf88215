/**
 * What the import dialog does with a file's text, as pure functions: tell a Marginalia backup from
 * W3C / Hypothesis annotations, parse it, and turn the store's merge counts into the report the
 * reader sees ("12 imported, 3 already present, 1 orphan, 2 rejected: …"; "Nothing new: 1 annotation
 * was already here.").
 *
 * The store (merging) and the app (restoring a backup) are injected as callbacks, so nothing here
 * knows about React or zustand. Parsing never throws, and a file that fails to parse reaches no
 * callback: nothing is imported from it. Orphans are found beforehand, away from the page and
 * within a work allowance (import-orphans.ts), and passed in.
 */
import type { LateAnswer } from '../../api/article-storage';
import type { Annotation } from '../../model/annotation';
import { BACKUP_FORMAT, parseBackup, type Backup, type BackupRejection } from '../../model/format/backup';
import {
  buildImportReport,
  describeImportReport,
  type ImportReport,
  type MergeFn,
} from '../../model/format/import-report';
import { parseW3C, type W3CRecordResult } from '../../model/format/w3c-import';
import type { OrphanCheck } from './import-orphans';

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

/**
 * What Import's file picker offers: every file it reads or explains. Offering only .json/.jsonld hid
 * our own Markdown, CSV and GeoJSON exports from a reader holding one, who then could not pick it to
 * be told what it is and which export to import instead (the picker's "All files" aside).
 */
export const IMPORT_FILE_ACCEPT = [
  '.json',
  '.jsonld',
  '.geojson',
  '.md',
  '.markdown',
  '.csv',
  'application/json',
  'application/ld+json',
  'application/geo+json',
  'text/markdown',
  'text/csv',
].join(',');

/** What to import instead of an export that is only for reading. */
const IMPORTABLE_EXPORTS = 'a “W3C Web Annotation (JSON-LD)” export or a “Full backup (JSON)”';

const readOnlyMessage = (what: string) =>
  `This is Marginalia’s ${what} export: it is made for reading elsewhere and cannot be imported. To bring annotations back, import ${IMPORTABLE_EXPORTS}. Nothing was imported.`;

/**
 * Our own exports that carry annotations for other tools to read, not to come back: a reader who
 * exported Markdown or CSV and imports it was told only "This is not JSON" before. Recognised by
 * the shape we write (markdown.ts front matter, csv.ts header, claim-review.ts, geojson.ts).
 */
function readOnlyExportOf(json: unknown): string | undefined {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return undefined;
  const o = json as { type?: unknown; '@type'?: unknown; '@graph'?: unknown };
  if (o.type === 'FeatureCollection') return 'places (GeoJSON)';
  const graph = Array.isArray(o['@graph']) ? (o['@graph'] as unknown[]) : [json];
  const claimReview = graph.some(
    (g) => !!g && typeof g === 'object' && (g as { '@type'?: unknown })['@type'] === 'ClaimReview',
  );
  return claimReview ? 'claim reviews (ClaimReview)' : undefined;
}

/** Text that is not JSON: one of our text exports, JSON that breaks off, or another kind of file. */
function notJsonMessage(text: string, err: unknown): string {
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (/^---\r?\n(?:[^\n]*\n)*?title:/.test(head)) return readOnlyMessage('Markdown');
  const firstLine = head.split(/\r?\n/, 1)[0].toLowerCase();
  if (/(^|,)quote(,|$)/.test(firstLine) && /(^|,)note(,|$)/.test(firstLine)) return readOnlyMessage('CSV');
  if (head.startsWith('{') || head.startsWith('[')) {
    // V8 says where it stopped ("… at position 1234 …"); a line and column are what a person can look up.
    const at = /position (\d+)/.exec(err instanceof Error ? err.message : '');
    const where = at ? lineAndColumn(text, Number(at[1])) : undefined;
    return `This file is not valid JSON: it may be damaged or cut short${where ? ` (it breaks off at line ${where.line}, column ${where.column})` : ''}. Nothing was imported from it.`;
  }
  return `This is not JSON, so it holds neither a Marginalia backup nor web annotations. Marginalia imports ${IMPORTABLE_EXPORTS}, or annotations from another tool such as Hypothesis.`;
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return { line, column: position - before.lastIndexOf('\n') };
}

/** Detects and parses. `text` is the file's content or the pasted JSON. */
export function planImport(text: string, options: PlanOptions = {}): ImportPlan {
  // UTF-16 length can undercount bytes by at most 3×; the file size check catches files earlier.
  if (text.length > MAX_IMPORT_BYTES) return { kind: 'error', message: TOO_LARGE_MESSAGE };
  if (!text.trim()) return { kind: 'error', message: 'Nothing to import: choose a file or paste JSON first.' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { kind: 'error', message: notJsonMessage(text, err) };
  }
  const readOnly = readOnlyExportOf(json);
  if (readOnly) return { kind: 'error', message: readOnlyMessage(readOnly) };
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

/**
 * Where records that are not the open article's went. Our own W3C export names its article
 * (`urn:marginalia:article:<hash>`), and those records stay with that text rather than the open
 * one; without this sentence "3 imported" was all the reader learnt while nothing new showed
 * anywhere. `titleOf` names the library's articles.
 */
export function elsewhereNote(
  incoming: readonly Annotation[],
  openArticleId: string | undefined,
  titleOf: (articleId: string) => string | undefined,
): string {
  const others = incoming.filter((a) => a.articleId !== openArticleId);
  if (!others.length) return '';
  const one = others.length === 1;
  const subject =
    others.length === incoming.length
      ? one
        ? 'It belongs'
        : 'They belong'
      : `${others.length} of them ${one ? 'belongs' : 'belong'}`;
  const ids = [...new Set(others.map((a) => a.articleId))];
  const title = ids.length === 1 ? titleOf(ids[0]) : undefined;
  if (title)
    return ` ${subject} to “${title}” in your library, not to the open article: open it there to see ${one ? 'it' : 'them'}.`;
  // Not in the library: a bundled article (known by its text's hash only once opened) or one this
  // browser has never had. Either way the records wait for that text.
  return ids.length === 1
    ? ` ${subject} to another article than the open one: ${one ? 'it' : 'they'} will show when that article (the same text) is opened in this browser.`
    : ` ${subject} to other articles than the open one: they will show when those articles (the same texts) are opened in this browser.`;
}

/** `orphans`: the check of the incoming records against the open article (import-orphans.ts). */
export function importW3C(
  results: readonly W3CRecordResult[],
  merge: (list: Annotation[]) => MergeCounts,
  orphans?: OrphanCheck,
  elsewhere = '',
): ImportOutcome {
  const report0 = buildImportReport(results, countsMerge(merge));
  const report = withOrphans(report0, orphans);
  const tone = incomingOf(results).length === 0 && report.rejected.length > 0 ? 'error' : 'info';
  const where = report.imported > 0 ? elsewhere : '';
  return { report, message: describeImportReport(report) + uncheckedNote(report, orphans) + where, tone };
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
  /** Titles of added articles whose text storage refused: kept in this tab only. */
  notSaved?: string[];
  /** Added articles whose write a slow storage still holds, and where each ends up. */
  stillSaving?: { title: string; landed: Promise<LateAnswer> }[];
  /** Titles of those whose slow write has landed since. */
  savedLate?: string[];
}

const titled = (titles: readonly string[]) => {
  const shown = titles.slice(0, MAX_REASONS).map((t) => `“${t.slice(0, 60)}”`);
  if (titles.length > MAX_REASONS) shown.push(`${titles.length - MAX_REASONS} more`);
  return titles.length === 1
    ? `the text of ${shown[0]}`
    : `the texts of ${titles.length} articles (${shown.join(', ')})`;
};

/**
 * Where the restored texts are, when not all simply saved: a slow storage still writing some
 * (kept in this tab only until it lands), refused ones, and slow ones that have landed since.
 */
function whereTextsAre(counts: BackupCounts): string {
  const out: string[] = [];
  const slow = counts.stillSaving?.map((s) => s.title) ?? [];
  if (slow.length) {
    const one = slow.length === 1;
    out.push(
      ` Browser storage is slow: ${titled(slow)} ${one ? 'is' : 'are'} still being saved; until ${one ? 'it is' : 'they are'}, ${one ? 'it is' : 'they are'} kept only in this tab.`,
    );
  }
  if (counts.savedLate?.length)
    out.push(` ${capitalised(titled(counts.savedLate))} ${counts.savedLate.length === 1 ? 'is' : 'are'} saved now.`);
  if (counts.notSaved?.length) {
    const one = counts.notSaved.length === 1;
    out.push(
      ` Browser storage refused ${titled(counts.notSaved)} (or is not available), so ${one ? 'it was' : 'they were'} not saved: ${one ? 'it stays' : 'they stay'} open until you close the tab. Download a backup to keep ${one ? 'it' : 'them'}.`,
    );
  }
  return out.join('');
}

const capitalised = (s: string) => s[0].toUpperCase() + s.slice(1);

const MAX_REASONS = 3;

/**
 * Calls `update` with the counts as each slow write of a restore lands: saved ones move to
 * `savedLate`, refused ones to `notSaved`; one removed meanwhile, or saved again by a newer open
 * (which then says where it is), is no longer spoken of.
 */
export function followSlowSaves(counts: BackupCounts, update: (now: BackupCounts) => void): void {
  let now = counts;
  for (const slow of counts.stillSaving ?? []) {
    void slow.landed.then((late) => {
      const stillSaving = (now.stillSaving ?? []).filter((s) => s !== slow);
      now = {
        ...now,
        stillSaving,
        savedLate: late === 'saved' ? [...(now.savedLate ?? []), slow.title] : now.savedLate,
        notSaved: late === 'memory' ? [...(now.notSaved ?? []), slow.title] : now.notSaved,
      };
      update(now);
    });
  }
}

/**
 * `orphans`: the check of the backup's annotations against its articles' texts (import-orphans.ts).
 * "Backup restored: 2 articles, corrections for 1. Annotations: … Not restored (2): …" */
export function describeBackupImport(
  backup: Backup,
  counts: BackupCounts,
  orphans?: OrphanCheck,
  parseRejected: readonly BackupRejection[] = [],
): ImportOutcome {
  const report = withOrphans(
    { imported: counts.added, alreadyPresent: counts.alreadyPresent, orphans: 0, orphanIds: [], rejected: [] },
    orphans,
  );
  const parts = [`${counts.articles} ${counts.articles === 1 ? 'article' : 'articles'}`];
  if (counts.corrections) parts.push(`corrections for ${counts.corrections}`);
  const had = report.alreadyPresent;
  const annotations = !backup.annotations.length
    ? ' It holds no annotations.'
    : !report.imported && had
      ? ` Its ${had === 1 ? 'annotation was' : `${had} annotations were`} already here.`
      : ` Annotations: ${describeImportReport(report)}${uncheckedNote(report, orphans)}`;
  const rejected = [...parseRejected, ...(counts.rejected ?? [])];
  let refused = '';
  if (rejected.length) {
    const reasons = rejected.slice(0, MAX_REASONS).map((r) => r.reason);
    if (rejected.length > MAX_REASONS) reasons.push(`and ${rejected.length - MAX_REASONS} more`);
    refused = ` Not restored (${rejected.length}): ${reasons.join('; ')}.`;
  }
  return {
    report,
    message: `Backup restored: ${parts.join(', ')}.${whereTextsAre(counts)}${annotations}${refused}`,
    tone: 'info',
  };
}
