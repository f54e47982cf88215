/**
 * The full JSON backup: every article and annotation (tombstones included, so restoring a backup
 * can never resurrect something deleted elsewhere) plus the user's colour labels. This is the
 * lossless format; W3C, Markdown and CSV are for other tools and each drop something.
 * Versioned: a future shape bumps `version` and adds a migration here.
 */
import { z } from 'zod';
import { HIGHLIGHT_COLORS, type Annotation, type HighlightColor } from '../annotation';
import type { Article } from '../article';
import { annotationSchema, articleSchema, describeIssue } from './schemas';

export const BACKUP_FORMAT = 'marginalia-backup';
export const BACKUP_VERSION = 1;

export type ColorLabels = Partial<Record<HighlightColor, string>>;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  articles: Article[];
  annotations: Annotation[];
  labels: ColorLabels;
}

const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.string(),
  articles: z.array(articleSchema),
  annotations: z.array(annotationSchema),
  labels: z.partialRecord(z.enum(HIGHLIGHT_COLORS), z.string().max(200)),
});

export function serializeBackup(data: Omit<Backup, 'format' | 'version'>): string {
  const backup: Backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, ...data };
  return JSON.stringify(backup, null, 2);
}

export type BackupParseResult = { parsed: Backup } | { error: string };

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
  const head = z.object({ format: z.string(), version: z.number() }).safeParse(json);
  if (!head.success || head.data.format !== BACKUP_FORMAT) return { error: 'This file is not a Marginalia backup.' };
  if (head.data.version > BACKUP_VERSION) {
    return {
      error: `This backup was made by a newer version of Marginalia (format ${head.data.version}); update the app to import it.`,
    };
  }
  const checked = backupSchema.safeParse(json);
  if (!checked.success) return { error: `This backup is damaged (${describeIssue(checked.error)}).` };
  return { parsed: checked.data as Backup };
}
