/**
 * The bundled articles and the first reads of an article's text, without TanStack Query, so the
 * boot script (app/boot.ts) can start them before the app's code has loaded and the app picks up
 * the same promise instead of reading again.
 */
import bundled from 'virtual:bundled-articles';
import type { Article } from '../model/article';
import { bundledArticle, type BundledEntry } from './bundled-entry';

export type { BundledEntry };

export class ArticleLoadError extends Error {}

export const BUNDLED: readonly BundledEntry[] = bundled;

/** User articles are keyed by their content hash; anything else is a bundled article's slug. */
export const isContentHash = (key: string) => /^[0-9a-f]{16}$/.test(key);

const base = import.meta.env.BASE_URL;
const inFlight = new Map<string, Promise<Article>>();

async function download(entry: BundledEntry): Promise<Article> {
  const res = await fetch(`${base}articles/${entry.file}`);
  if (!res.ok) throw new ArticleLoadError(`“${entry.title}” could not be loaded (${res.status}).`);
  return bundledArticle(entry, await res.text());
}

/** A bundled article; one download per page load however many ask (a failed one is retried). */
export function fetchBundled(entry: BundledEntry): Promise<Article> {
  let p = inFlight.get(entry.id);
  if (!p) {
    p = download(entry);
    inFlight.set(entry.id, p);
    p.catch(() => inFlight.delete(entry.id));
  }
  return p;
}
