/**
 * The share dialog's pure parts: which article reference a link carries, how each annotation is
 * labelled in the picker, and the finished link with its length and problems.
 *
 * The link is decoded again before it is offered: encoding accepts anything, but the decoder (the
 * recipient's side) enforces limits (annotation count, note and title lengths, web-only links…),
 * and a link the recipient cannot open must never be handed out.
 */
import type { Annotation } from '../../model/annotation';
import type { Article } from '../../model/article';
import { findSelector } from '../../model/selectors';
import {
  CHAT_APP_LIMIT,
  decodeShareLink,
  encodeShareLink,
  type ShareArticleRef,
  type ShareHeader,
} from '../../model/share/share-link';
import { headerLine } from '../../model/share/header-text';
import { SHARE_HEADER_FIELDS, type HeaderSource } from '../../model/share/share-header-fields';
import { LIMITS } from '../../model/share/share-wire';

export const LABEL_CHARS = 60;

/** Bundled and web articles travel as a reference; a pasted or uploaded one travels as its text. */
export function shareArticleRef(article: Pick<Article, 'title' | 'text' | 'origin'>): ShareArticleRef {
  const { origin } = article;
  if (origin.kind === 'bundled') return { kind: 'bundled', id: origin.path };
  if (origin.kind === 'url') return { kind: 'url', url: origin.url };
  // The title is cleaned and cut to the link's limit by the encoder (share-link.ts).
  return { kind: 'text', title: article.title, text: article.text };
}

/**
 * The article's header for the link, so the recipient sees the line under the title the sender
 * sees. A bundled article is the recipient's own copy, header included, so nothing travels for it.
 */
export function shareHeader(article: HeaderSource): ShareHeader | undefined {
  if (article.origin.kind === 'bundled') return undefined;
  const header: ShareHeader = {};
  for (const { field, read } of SHARE_HEADER_FIELDS) {
    const line = read(article);
    if (line) header[field] = line;
  }
  return Object.keys(header).length ? header : undefined;
}

/** `text` on one line, cut to `max` characters (an ellipsis included) without splitting a character. */
export function truncate(text: string, max = LABEL_CHARS): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length <= max
    ? chars.join('')
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/** The picker's label: the quote, or for a page note its note. */
export function annotationLabel(a: Annotation): string {
  const quote = findSelector(a.selectors, 'TextQuoteSelector')?.exact;
  if (quote) return truncate(quote);
  return truncate(`Page note: ${a.note || '(empty)'}`);
}

/** "1,234 characters" */
export function formatLength(n: number): string {
  return `${n.toLocaleString('en')} ${n === 1 ? 'character' : 'characters'}`;
}

export interface ShareLinkResult {
  url: string;
  length: number;
  /** Likely to be cut off by chat apps (see CHAT_APP_LIMIT); still a working link. */
  long: boolean;
  /** Set when a recipient could not open the link; then `url` must not be offered. */
  error?: string;
}

export interface BuildShareLinkInput {
  article: Pick<Article, 'title' | 'text' | 'origin' | 'byline' | 'source' | 'date'>;
  annotations: readonly Annotation[];
  sharer?: string;
  /** `location.origin + location.pathname`. */
  base: string;
  /** An annotation to scroll to and flash when the link is opened. */
  focus?: string;
}

export function buildShareLink({ article, annotations, sharer, base, focus }: BuildShareLinkInput): ShareLinkResult {
  // One clean line, cut between characters (a name ending in an emoji is not split in half).
  const name = sharer ? headerLine(sharer, LIMITS.sharer) : '';
  const header = shareHeader(article);
  const fragment = encodeShareLink({
    article: shareArticleRef(article),
    ...(header ? { header } : {}),
    annotations,
    ...(name ? { sharer: name } : {}),
    ...(focus ? { focus } : {}),
  });
  const url = base + fragment;
  const result: ShareLinkResult = { url, length: url.length, long: url.length > CHAT_APP_LIMIT };
  const check = decodeShareLink(fragment);
  if ('error' in check) result.error = `This selection cannot be shared as a link. ${check.error.message}`;
  return result;
}
