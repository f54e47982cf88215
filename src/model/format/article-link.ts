/**
 * Where an export points a reader back to: the article's web address when it has one (and a Text
 * Fragment link to the passage), else this app's own `#/read/<id>` link (with the annotation, so
 * it opens on it) when the exporter knows the app's address, else a `urn:` that at least
 * identifies the article. Pure: the app's address is passed in, never read from `window`.
 */
import type { Annotation } from '../annotation';
import type { ArticleMeta } from '../article';
import { findSelector } from '../selectors';
import { textFragmentUrl } from './text-fragment';
import { articleSource } from './w3c';

type LinkedArticle = Pick<ArticleMeta, 'id' | 'origin' | 'source'>;

/** The article's web address, if it has one a browser could open. */
export function webUrlOf(article: Pick<ArticleMeta, 'origin' | 'source'>): string | undefined {
  if (article.origin.kind === 'url') return article.origin.url;
  return article.source && /^https?:\/\//i.test(article.source) ? article.source : undefined;
}

/** The key the app routes an article by: a bundled article's slug, else its content hash. */
export const routeKeyOf = (article: Pick<ArticleMeta, 'id' | 'origin'>): string =>
  article.origin.kind === 'bundled' ? article.origin.path : article.id;

/** The app's reading link for an article (and one annotation in it), from the app's base address. */
export function appReadUrl(
  appBase: string,
  article: Pick<ArticleMeta, 'id' | 'origin'>,
  annotationId?: string,
): string {
  const base = appBase.replace(/#.*$/, '');
  return `${base}#/read/${routeKeyOf(article)}${annotationId ? `/a/${annotationId}` : ''}`;
}

/** The best address for the article itself. */
export function articleUrl(article: LinkedArticle, appBase?: string): string {
  return webUrlOf(article) ?? (appBase ? appReadUrl(appBase, article) : articleSource(article));
}

/** A link that opens the annotated passage, or undefined when there is no address to link to. */
export function passageUrl(article: LinkedArticle, annotation: Annotation, appBase?: string): string | undefined {
  const web = webUrlOf(article);
  const quote = findSelector(annotation.selectors, 'TextQuoteSelector');
  if (web) return (quote && textFragmentUrl(web, quote)) || web;
  // The app's own ids are [A-Za-z0-9_-]; a link to any other id would not route.
  if (!appBase) return undefined;
  return appReadUrl(appBase, article, /^[A-Za-z0-9_-]{1,100}$/.test(annotation.id) ? annotation.id : undefined);
}
