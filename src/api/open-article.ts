/**
 * Turns what a user brings — a file, pasted text, a web address — into an Article, or into a
 * plain message saying why not. Nothing here navigates or touches the store: `remember-article.ts`
 * does that once an article is accepted, so a rejected input never replaces the one being read.
 */
import { contentHash, contentHashInSlices } from '../lib/content-hash';
import { yieldToPage } from '../lib/time-slices';
import type { Article, ArticleOrigin } from '../model/article';
import {
  bytesAreTheText,
  checkFileBytesInSlices,
  checkText,
  MAX_ARTICLE_BYTES,
  tooLargeMessage,
} from '../model/article-input';
import { readsAsByline, readsAsHeading } from '../model/article-structure';
import { markdownToText } from '../model/markdown-to-text';
import { keepUtf8ForSave } from './stored-text';

export type OpenResult = { ok: true; article: Article } | { ok: false; message: string; offerPaste?: boolean };

function titleFor(text: string, fallback: string): string {
  const first = text.split('\n', 1)[0].trim();
  return first && readsAsHeading(first) && !readsAsByline(first) ? first : fallback;
}

function accepted(text: string, id: string, title: string, origin: ArticleOrigin, extra: Partial<Article>): OpenResult {
  return {
    ok: true,
    article: { id, title: title.slice(0, 300), origin, addedAt: new Date().toISOString(), ...extra, text },
  };
}

function build(text: string, title: string, origin: ArticleOrigin, extra: Partial<Article> = {}): OpenResult {
  const checked = checkText(text);
  if (!checked.ok) return checked;
  return accepted(checked.text, contentHash(checked.text), title, origin, extra);
}

/**
 * `build`, with the id hashed in slices between turns of the page: on a 1 MB text the hash was
 * the longest part of the task that opened it. The text is checked first (a rejected input is
 * never hashed), and the id is the same `contentHash` either way; the hash starts in a task of its own.
 */
async function buildInSlices(
  text: string,
  title: string,
  origin: ArticleOrigin,
  extra: Partial<Article> = {},
): Promise<OpenResult> {
  const checked = checkText(text);
  if (!checked.ok) return checked;
  // The hash's first slice in a task of its own, not after the checks (and a file's decoding).
  await yieldToPage();
  return accepted(checked.text, await contentHashInSlices(checked.text), title, origin, extra);
}

async function fromFormatted(
  raw: string,
  format: 'text' | 'markdown' | 'html',
  name: string,
  origin: ArticleOrigin,
  url?: string,
): Promise<OpenResult> {
  if (format === 'html') {
    // Readability and DOMPurify are loaded only when a page needs them, keeping them out of the
    // bundle every reader downloads first.
    const { htmlToArticle } = await import('./html-to-article');
    const page = htmlToArticle(raw, url);
    if (!page.text.trim()) return { ok: false, message: `No article text was found in ${name}.`, offerPaste: true };
    return buildInSlices(page.text, page.title || titleFor(page.text, name), origin, {
      ...(page.source ? { source: page.source } : {}),
      ...(page.byline ? { byline: page.byline } : {}),
      ...(page.date ? { date: page.date } : {}),
    });
  }
  const text = format === 'markdown' ? markdownToText(raw) : raw;
  return buildInSlices(text, titleFor(text, name), origin);
}

export async function openFile(file: File): Promise<OpenResult> {
  // Check the size before reading so a 50 MB file is never loaded into memory.
  if (file.size > MAX_ARTICLE_BYTES) return { ok: false, message: tooLargeMessage(file.size) };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, message: `“${file.name}” could not be read.` };
  }
  // A 1 MB file's decoding and checks, then its title and hash, were one task of 27–31 ms CPU
  // (perf33b); on two shared cores such a task showed as 70–105 ms. The page gets a turn between,
  // and within the decoding (19–22 ms CPU of it, perf46), between 128 KB slices.
  const checked = await checkFileBytesInSlices(bytes, file.name, yieldToPage);
  if (!checked.ok) return checked;
  await yieldToPage();
  const name = file.name.replace(/\.[^.]+$/, '') || file.name;
  const result = await fromFormatted(checked.text, checked.format, name, { kind: 'file', fileName: file.name });
  // A plain UTF-8 file is its text's UTF-8 already: the save keeps the file, not a new encoding.
  if (result.ok && result.article.text === checked.text && checked.format === 'text' && bytesAreTheText(bytes))
    keepUtf8ForSave(result.article, file);
  return result;
}

/** `url`: the page the text was copied from, when the reader says so (it becomes the origin). */
export async function openPasted(title: string, text: string, url?: string): Promise<OpenResult> {
  const looksHtml = /^\s*<(!doctype html|html|body|article|p|div)[\s>]/i.test(text);
  const typed = title.trim();
  const origin: ArticleOrigin = url ? { kind: 'url', url } : { kind: 'paste' };
  const result = await fromFormatted(text, looksHtml ? 'html' : 'text', typed || 'Pasted article', origin);
  if (result.ok && typed) result.article.title = typed.slice(0, 300);
  return result;
}

const REFUSED =
  'The site refused to let the browser read this page (it does not allow cross-site reading, or it could not be reached). Open the page yourself, copy the article text, and use “Paste article” instead.';

export async function openUrl(input: string, fetchImpl: typeof fetch = fetch): Promise<OpenResult> {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, message: 'That is not a web address. It should start with https://' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, message: 'Only http and https addresses can be opened.' };
  }
  let res: Response;
  try {
    res = await fetchImpl(url.href, { credentials: 'omit', redirect: 'follow' });
  } catch {
    return { ok: false, message: REFUSED, offerPaste: true };
  }
  if (!res.ok) {
    const status = `${res.status}${res.statusText ? ` ${res.statusText}` : ''}`;
    return {
      ok: false,
      message: `The site answered ${status}: the page was not found or is not available.`,
      offerPaste: true,
    };
  }
  const length = Number(res.headers.get('content-length') ?? 0);
  if (length > MAX_ARTICLE_BYTES) return { ok: false, message: tooLargeMessage(length) };
  const bytes = new Uint8Array(await res.arrayBuffer());
  const name = url.hostname;
  const checked = await checkFileBytesInSlices(bytes, name, yieldToPage);
  if (!checked.ok) return checked;
  const type = res.headers.get('content-type') ?? '';
  const format = /html|xml/i.test(type) ? 'html' : /markdown/i.test(type) ? 'markdown' : checked.format;
  return fromFormatted(checked.text, format, name, { kind: 'url', url: url.href }, url.href);
}

/**
 * A page that the bookmarklet already reduced to plain text in the user's tab (model/save-link.ts).
 * The text is taken as text: nothing in it is parsed as HTML.
 */
export function openSavedPage(page: {
  url: string;
  title: string;
  text: string;
  site?: string;
  date?: string;
}): OpenResult {
  const fallback = (() => {
    try {
      return new URL(page.url).hostname;
    } catch {
      return 'Saved page';
    }
  })();
  return build(
    page.text,
    page.title.trim() || titleFor(page.text, fallback),
    { kind: 'url', url: page.url },
    {
      ...(page.site ? { source: page.site } : {}),
      ...(page.date ? { date: page.date } : {}),
    },
  );
}
