/**
 * The shape of the annotations state as it sits in localStorage, and its validators.
 *
 * Owns the current schema version and the zod schemas that every record read back from storage,
 * another tab or an import passes through. Older shapes live in `migrations.ts`; this file only
 * knows the current one. Page notes are annotations of kind 'page-note' (no separate map), so
 * sync, merge, undo and export treat them like any other annotation.
 *
 * Stored envelope (written by zustand `persist`): `{ "state": PersistedState, "version": 2 }`.
 */
import { z } from 'zod';
import { HIGHLIGHT_COLORS, VERDICTS, type Annotation, type HighlightColor } from './annotation';

export const PERSISTED_VERSION = 2;

/** articleId → annotationId → annotation. Keyed twice so one article's set is one lookup. */
export type AnnotationsByArticle = Record<string, Record<string, Annotation>>;
export type Labels = Record<HighlightColor, string>;

export interface PersistedState {
  annotations: AnnotationsByArticle;
  labels: Labels;
}

export const DEFAULT_LABELS: Labels = {
  yellow: 'important',
  green: 'agree',
  blue: 'question',
  pink: 'disagree',
  purple: 'follow up',
};

const isoDate = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'not a date');

export const textQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});

export const textPositionSelectorSchema = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.start < s.end, 'start must be before end');

export const selectorSchema = z.discriminatedUnion('type', [textQuoteSelectorSchema, textPositionSelectorSchema]);

/**
 * Loose, so fields written by a newer version survive a round trip through this one instead of
 * being stripped on the next save.
 */
export const annotationSchema = z.looseObject({
  id: z.string().min(1),
  articleId: z.string().min(1),
  kind: z.enum(['highlight', 'claim', 'page-note']),
  created: isoDate,
  updated: isoDate,
  selectors: z.array(selectorSchema),
  color: z.enum(HIGHLIGHT_COLORS).optional(),
  note: z.string(),
  tags: z.array(z.string()),
  claimId: z.string().optional(),
  verdict: z.enum(VERDICTS).optional(),
  links: z.array(z.string()).optional(),
  author: z.string().optional(),
  deleted: z.boolean().optional(),
}) satisfies z.ZodType<Annotation>;

export const labelsSchema = z.partialRecord(z.enum(HIGHLIGHT_COLORS), z.string());

export function emptyPersistedState(): PersistedState {
  return { annotations: {}, labels: { ...DEFAULT_LABELS } };
}

/** One line for a zod failure, naming the fields at fault, for the problems list shown to users. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`)
    .join('; ');
}
