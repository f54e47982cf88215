/**
 * How an article's text is kept in IndexedDB: a long text as a Blob of its UTF-8, read back a
 * slice at a time; a short one as the plain string it always was (records stored before this
 * read as they did).
 *
 * Why: Chromium hands a large IndexedDB value back in one go, in the task that reads it. For the
 * 1 MB article that read was one task of 25–45 ms CPU (traced under load) on every reload, the
 * boot paint's included, whether the value was a string or bytes. A Blob in the record is only a
 * reference: the record comes back at once, and its bytes are read in pieces of READ_BYTES, each
 * in a task of its own (2–3 ms CPU each in the same trace).
 */
import type { Article } from '../model/article';
import { yieldToPage, type Yield } from '../lib/time-slices';

/** Texts of at least this many UTF-16 units are kept as a Blob (below it one read is cheap). */
export const BLOB_TEXT_FROM = 65_536;

/** Bytes of a kept text read per step. */
export const READ_BYTES = 65_536;

/**
 * The UTF-8 of an article's text when the page has it already: the file it was opened from.
 * Making a Blob of the string encodes and copies it on the main thread, the longest task of the
 * 1 MB article's open after its decoding (traced: 41 ms CPU); a Blob made of the file is only a
 * reference to it, its bytes copied by the browser when IndexedDB writes them. A file changed on
 * disk since it was read fails that write rather than giving other bytes, and the save then keeps
 * the plain record, as for any store that refuses Blobs.
 */
const utf8AtHand = new WeakMap<Article, Blob>();

/**
 * Says that `file` holds exactly the UTF-8 of `article.text` (see `bytesAreTheText`), for the
 * article's first save; that save takes it and lets it go.
 */
export function keepUtf8ForSave(article: Article, file: Blob): void {
  utf8AtHand.set(article, file);
}

/** The record as kept: the article, its long text as a Blob when Blobs exist here. */
export function storedForm(article: Article): Article | (Omit<Article, 'text'> & { text: Blob }) {
  const file = utf8AtHand.get(article);
  utf8AtHand.delete(article);
  if (article.text.length < BLOB_TEXT_FROM || typeof Blob === 'undefined') return article;
  return { ...article, text: new Blob([file ?? article.text], { type: 'text/plain;charset=utf-8' }) };
}

const isBlob = (x: unknown): x is Blob => typeof Blob !== 'undefined' && x instanceof Blob;

/** True when the record read back holds its text as a Blob (to be read with `withTextRead`). */
export const hasBlobText = (raw: unknown): raw is { text: Blob } =>
  typeof raw === 'object' && raw !== null && isBlob((raw as { text?: unknown }).text);

/**
 * The record read back with its text as a string again (anything else is returned as it is, for
 * the article's schema to judge). Rejects when the Blob's bytes cannot be read.
 */
export async function withTextRead(raw: unknown, yieldTo: Yield = yieldToPage): Promise<unknown> {
  if (!hasBlobText(raw)) return raw;
  return { ...raw, text: await readBlobText(raw.text, yieldTo) };
}

/**
 * The Blob's UTF-8 as a string, READ_BYTES (or `step`) at a time with the page given a turn
 * between pieces; a character split between two pieces is joined by the streaming decoder.
 * Bytes that are not UTF-8 become U+FFFD, and the text then no longer hashes to its id.
 */
export async function readBlobText(blob: Blob, yieldTo: Yield = yieldToPage, step = READ_BYTES): Promise<string> {
  const decoder = new TextDecoder();
  const parts: string[] = [];
  for (let at = 0; at < blob.size; at += step) {
    const bytes = await blob.slice(at, at + step).arrayBuffer();
    parts.push(decoder.decode(bytes, { stream: true }));
    if (at + step < blob.size) await yieldTo();
  }
  parts.push(decoder.decode());
  return parts.join('');
}
