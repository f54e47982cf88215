/**
 * A bundled article's entry in public/articles/index.json and the Article it makes, with no
 * browser API: the app builds it from the downloaded text, and the build (build/static-shell.ts)
 * from the file on disk, so the page pre-rendered into index.html is the app's own first render.
 */
import { contentHash } from '../lib/content-hash';
import type { Article } from '../model/article';

export interface BundledEntry {
  id: string;
  file: string;
  title: string;
  source: string;
  date: string;
  licence: string;
}

export function bundledArticle(entry: BundledEntry, text: string): Article {
  return {
    id: contentHash(text),
    title: entry.title,
    origin: { kind: 'bundled', path: entry.id },
    source: entry.source,
    date: entry.date,
    licence: entry.licence,
    addedAt: entry.date,
    text,
  };
}
