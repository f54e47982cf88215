/**
 * An article as the reader holds it: its text, where it came from and its identity — the record
 * kept in IndexedDB (`marginalia` / `articles`) and carried by the backup, with its schema.
 *
 * The id is a content hash of the text, so the same text opened twice is the same article, and a
 * record whose text does not hash to its id is refused: a backup can never put foreign text under
 * an id the reader's annotations point at. Its metadata alone is a library entry
 * (library-entry.ts).
 */
import * as v from 'valibot';
import { contentHash, contentHashInSlices } from '../lib/content-hash';
import type { SliceOptions } from '../lib/time-slices';
import { check, timestampSchema, type Checked } from './schema-kit';

export type ArticleOrigin =
  | { kind: 'bundled'; path: string }
  | { kind: 'url'; url: string }
  | { kind: 'file'; fileName: string }
  | { kind: 'paste' };

export interface ArticleMeta {
  id: string;
  title: string;
  origin: ArticleOrigin;
  source?: string;
  /** Who wrote it, as the page credits them ("Jane Doe", without "By"). */
  byline?: string;
  date?: string;
  licence?: string;
  /** ISO time the reader first opened it. */
  addedAt: string;
}

export interface Article extends ArticleMeta {
  text: string;
}

/** Version of the stored article record; bumped (with a migration here) when its shape changes. */
export const ARTICLE_VERSION = 1;

/** The host name of a web address, or undefined when it is not one (never throws). */
export function hostOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) ? parsed.hostname : undefined;
  } catch {
    return undefined;
  }
}

/** A web address the reader can show and follow: http(s) only, so never `javascript:`. */
export const webUrlSchema = v.pipe(
  v.string(),
  v.check((s) => hostOf(s) !== undefined, 'not an http(s) web address'),
);

export const articleOriginSchema = v.variant('kind', [
  v.object({ kind: v.literal('bundled'), path: v.string() }),
  v.object({ kind: v.literal('url'), url: webUrlSchema }),
  v.object({ kind: v.literal('file'), fileName: v.string() }),
  v.object({ kind: v.literal('paste') }),
]);

export const CONTENT_HASH = /^[0-9a-f]{16}$/;

export const articleMetaEntries = {
  id: v.pipe(v.string(), v.regex(CONTENT_HASH, 'not a content hash')),
  title: v.string(),
  origin: articleOriginSchema,
  source: v.optional(v.string()),
  byline: v.optional(v.string()),
  date: v.optional(v.string()),
  licence: v.optional(v.string()),
  addedAt: timestampSchema,
};

/** The record's shape, without the check of its text against its id. */
const articleShapeSchema = v.object({ ...articleMetaEntries, text: v.string() });

export const TEXT_NOT_ID = 'its text does not match its id (a different text under that id)';

export const articleSchema = v.pipe(
  articleShapeSchema,
  v.check((a) => contentHash(a.text) === a.id, TEXT_NOT_ID),
) satisfies v.GenericSchema<unknown, Article>;

/** Checks one stored or imported article, text against id included. Never throws. */
export const checkArticle = (raw: unknown): Checked<Article> => check(articleSchema, raw);

/**
 * `checkArticle` with the text hashed in time slices (`contentHashInSlices`): reading back a 1 MB
 * article no longer spends one long task on its hash. Same outcome.
 */
export async function checkArticleInSlices(raw: unknown, slices: SliceOptions = {}): Promise<Checked<Article>> {
  const shaped = check(articleShapeSchema, raw);
  if ('error' in shaped) return shaped;
  return (await contentHashInSlices(shaped.ok.text, slices)) === shaped.ok.id ? shaped : { error: TEXT_NOT_ID };
}

/** The metadata part, as the library lists it. */
export function metaOf(article: Article): ArticleMeta {
  const { text: _text, ...meta } = article;
  return meta;
}
