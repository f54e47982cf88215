/**
 * zod schemas for our own records (Annotation, Article) as they appear in files we wrote: the
 * backup and, through it, anything a user brings back. They mirror the fixed types in
 * ../annotation.ts and ../article.ts; `satisfies`-style checks below keep the two from drifting.
 * Unknown extra fields are dropped rather than rejected, so a backup written by a newer minor
 * version with an added optional field still imports.
 */
import { z } from 'zod';
import { HIGHLIGHT_COLORS, VERDICTS, type Annotation } from '../annotation';
import type { Article } from '../article';

const iso = z.string().min(1).max(64);

export const selectorSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('TextQuoteSelector'),
    exact: z.string(),
    prefix: z.string().optional(),
    suffix: z.string().optional(),
  }),
  z.object({ type: z.literal('TextPositionSelector'), start: z.number().int().min(0), end: z.number().int().min(0) }),
]);

export const annotationSchema = z.object({
  id: z.string().min(1).max(256),
  articleId: z.string().min(1).max(2048),
  kind: z.enum(['highlight', 'claim', 'page-note']),
  created: iso,
  updated: iso,
  selectors: z.array(selectorSchema).max(8),
  color: z.enum(HIGHLIGHT_COLORS).optional(),
  note: z.string(),
  tags: z.array(z.string().max(200)).max(200),
  claimId: z.string().max(256).optional(),
  verdict: z.enum(VERDICTS).optional(),
  links: z.array(z.string().max(4096)).max(100).optional(),
  author: z.string().max(200).optional(),
  deleted: z.boolean().optional(),
});

export const articleSchema = z.object({
  id: z.string().min(1).max(2048),
  title: z.string(),
  origin: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('bundled'), path: z.string() }),
    z.object({ kind: z.literal('url'), url: z.string() }),
    z.object({ kind: z.literal('file'), fileName: z.string() }),
    z.object({ kind: z.literal('paste') }),
  ]),
  source: z.string().optional(),
  date: z.string().optional(),
  licence: z.string().optional(),
  addedAt: iso,
  text: z.string(),
});

// Compile-time guard: the schemas must produce exactly the model types.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _annotationMatches: Same<z.infer<typeof annotationSchema>, Annotation> = true;
const _articleMatches: Same<z.infer<typeof articleSchema>, Article> = true;
void _annotationMatches;
void _articleMatches;

/** First zod issue as one line, for reports a person reads. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}
