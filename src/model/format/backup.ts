/**
 * The full JSON backup: everything the reader keeps (see src/store/README.md for the table) —
 * articles with their text, every annotation (tombstones included, so restoring a backup can never
 * resurrect something deleted elsewhere), colour labels, corrections to the analysis,
 * preferences and when each article was last opened. This is the lossless format; W3C, Markdown and CSV are for other tools and each
 * drop something.
 *
 * Every record goes through its own schema (the one load and import use), one by one: a bad record
 * is reported and the rest restored, so a backup damaged in one place still gives back all else.
 * Versioned: v1 (before corrections and preferences) is read through `migrateV1Backup`. Fields
 * added since within v2 are optional, so an older Marginalia still restores everything else.
 */
import * as v from 'valibot';
import { annotationSchema, type Annotation } from '../annotation';
import { articleSchema, type Article } from '../article';
import { validateCorrectionsByArticle, type Corrections } from '../corrections';
import { validateLastOpened } from '../library-entry';
import { labelsSchema, validatePreferences, type Labels, type Preferences } from '../preferences';
import { describeIssues, isPlainRecord } from '../schema-kit';

export const BACKUP_FORMAT = 'marginalia-backup';
export const BACKUP_VERSION = 2;

export type ColorLabels = Partial<Labels>;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  articles: Article[];
  annotations: Annotation[];
  labels: ColorLabels;
  /** articleId → the reader's corrections to the analysis of that article. */
  corrections: Record<string, Corrections>;
  /** Theme and layers; absent in backups written before v2. */
  preferences?: Preferences;
  /**
   * Article id → when the reader last opened it (bundled articles included), for the library's
   * "Recently opened"; absent in backups written before the library kept it.
   */
  lastOpened?: Record<string, string>;
}

export type BackupContent = Omit<Backup, 'format' | 'version'>;

/** A part of the backup that could not be read, for the import report. */
export interface BackupRejection {
  what: 'article' | 'annotation' | 'labels' | 'corrections' | 'preferences' | 'last opened';
  /** 0-based position in its list, for articles and annotations. */
  index?: number;
  reason: string;
}

export type BackupParseResult = { parsed: Backup; rejected: BackupRejection[] } | { error: string };

export function serializeBackup(data: BackupContent): string {
  const backup: Backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, ...data };
  return JSON.stringify(backup, null, 2);
}

/** v1 → v2: corrections and preferences were not kept yet. */
export function migrateV1Backup(json: Record<string, unknown>): Record<string, unknown> {
  return { ...json, version: 2, corrections: {} };
}

/** Accepts the file's text or already-parsed JSON. Never throws. */
export function parseBackup(input: string | unknown): BackupParseResult {
  let json: unknown = input;
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input);
    } catch {
      return { error: 'This file is not JSON, so it cannot be a Marginalia backup.' };
    }
  }
  if (!isPlainRecord(json) || json.format !== BACKUP_FORMAT) return { error: 'This file is not a Marginalia backup.' };
  const version = json.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { error: 'This backup is damaged (it carries no valid format version).' };
  }
  if (version > BACKUP_VERSION) {
    return {
      error: `This backup was made by a newer version of Marginalia (format ${version}); update the app to import it.`,
    };
  }
  if (version === 1) json = migrateV1Backup(json);
  const body = json as Record<string, unknown>;
  for (const list of ['articles', 'annotations'] as const) {
    if (!Array.isArray(body[list])) return { error: `This backup is damaged (${list}: not a list).` };
  }

  const rejected: BackupRejection[] = [];
  const articles = keepValid(body.articles as unknown[], articleSchema, 'article', rejected);
  const annotations = keepValid(body.annotations as unknown[], annotationSchema, 'annotation', rejected);

  let labels: ColorLabels = {};
  const parsedLabels = v.safeParse(labelsSchema, body.labels ?? {});
  if (parsedLabels.success) labels = parsedLabels.output;
  else rejected.push({ what: 'labels', reason: `colour labels: ${describeIssues(parsedLabels.issues)}` });

  const correctionProblems: string[] = [];
  const corrections = validateCorrectionsByArticle(body.corrections ?? {}, correctionProblems);
  for (const reason of correctionProblems) rejected.push({ what: 'corrections', reason });

  let preferences: Preferences | undefined;
  if (body.preferences !== undefined) {
    const problems: string[] = [];
    preferences = validatePreferences(body.preferences, problems);
    for (const reason of problems) rejected.push({ what: 'preferences', reason });
  }

  let lastOpened: Record<string, string> | undefined;
  if (body.lastOpened !== undefined) {
    const problems: string[] = [];
    lastOpened = validateLastOpened(body.lastOpened, problems);
    for (const reason of problems) rejected.push({ what: 'last opened', reason });
  }

  const parsed: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: typeof body.exportedAt === 'string' ? body.exportedAt : '',
    articles,
    annotations,
    labels,
    corrections,
    ...(preferences ? { preferences } : {}),
    ...(lastOpened ? { lastOpened } : {}),
  };
  return { parsed, rejected };
}

function keepValid<T>(
  list: unknown[],
  schema: v.GenericSchema<unknown, T>,
  what: 'article' | 'annotation',
  rejected: BackupRejection[],
): T[] {
  const kept: T[] = [];
  list.forEach((raw, index) => {
    const result = v.safeParse(schema, raw);
    if (result.success) kept.push(result.output);
    else
      rejected.push({ what, index, reason: `${what} #${index + 1}${titleOf(raw)}: ${describeIssues(result.issues)}` });
  });
  return kept;
}

const titleOf = (raw: unknown) =>
  isPlainRecord(raw) && typeof raw.title === 'string' ? ` “${raw.title.slice(0, 60)}”` : '';
