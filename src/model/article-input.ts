/**
 * Checks what a user hands the reader — file bytes, pasted text — before it becomes an article.
 * Pure (TextDecoder exists in browsers and Node), so every bad-input rule is unit-tested here and
 * the UI only shows the message. Nothing here throws: each outcome is data.
 */

/**
 * One article may hold at most 5 MB of text. That is ~50 times a long feature story, and keeps
 * analysis under a few seconds in a worker and the text well inside IndexedDB's quota.
 */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export type ArticleFormat = 'text' | 'markdown' | 'html';

export type InputResult = { ok: true; text: string; format: ArticleFormat } | { ok: false; message: string };

const MAGIC: Array<[string, number[]]> = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a ZIP archive (or a Word/OpenDocument file)', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a WebP or WAV file', [0x52, 0x49, 0x46, 0x46]],
];

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

export function tooLargeMessage(size: number): string {
  return `This article is ${formatBytes(size)}; Marginalia opens articles up to ${formatBytes(MAX_ARTICLE_BYTES)}. Open a shorter text, or split it.`;
}

export function formatFromName(fileName: string, bytesLookLikeHtml = false): ArticleFormat {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  return bytesLookLikeHtml ? 'html' : 'text';
}

function decoderFor(bytes: Uint8Array): TextDecoder {
  // A byte-order mark tells UTF-16 files apart; everything else must be valid UTF-8.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be');
  return new TextDecoder('utf-8', { fatal: true });
}

function decode(bytes: Uint8Array): string | null {
  try {
    return decoderFor(bytes).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Bytes decoded in one go by `checkFileBytesInSlices`; longer files are decoded this many bytes at
 * a time. A 1 MB file's decoding was one task of 19–22 ms CPU (traced, perf46), 60–410 ms of wall
 * on the shared machine, right after the file is chosen; a 128 KB slice takes a few ms.
 */
export const DECODE_SLICE_BYTES = 128 * 1024;

/**
 * `decode` a slice at a time, with `pause` between slices: the decoder streams, so a character
 * cut by a slice's end is joined to the rest of it, and invalid UTF-8 anywhere (or cut off at the
 * end) gives null exactly as the decoding in one go does.
 */
export async function decodeInSlices(
  bytes: Uint8Array,
  pause: () => Promise<void>,
  sliceBytes = DECODE_SLICE_BYTES,
): Promise<string | null> {
  if (bytes.length <= sliceBytes) return decode(bytes);
  const decoder = decoderFor(bytes);
  const parts: string[] = [];
  try {
    for (let at = 0; at < bytes.length; at += sliceBytes) {
      if (at > 0) await pause();
      const end = Math.min(bytes.length, at + sliceBytes);
      parts.push(decoder.decode(bytes.subarray(at, end), { stream: end < bytes.length }));
    }
  } catch {
    return null;
  }
  return parts.join('');
}

/**
 * True when `bytes`, accepted by `checkFileBytes`, are exactly the UTF-8 of the text it gives: no
 * byte-order mark was dropped and nothing was decoded from UTF-16. Storage can then keep the file
 * as it is instead of encoding the text again (api/stored-text.ts).
 */
export function bytesAreTheText(bytes: Uint8Array): boolean {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const utf8Mark = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return !utf16 && !utf8Mark;
}

/** Control characters other than tab, newline and carriage return betray a binary file. */
function controlRatio(text: string): number {
  let control = 0;
  const n = Math.min(text.length, 8192);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) control++;
  }
  return n ? control / n : 0;
}

export function checkText(text: string, what = 'The text'): InputResult {
  const normalised = text.replace(/^\uFEFF/, '');
  if (!normalised.trim()) return { ok: false, message: `${what} is empty: there is nothing to read.` };
  // A UTF-16 unit encodes to at most 3 UTF-8 bytes, so short texts skip the encoding.
  if (normalised.length * 3 > MAX_ARTICLE_BYTES) {
    const size = new TextEncoder().encode(normalised).length;
    if (size > MAX_ARTICLE_BYTES) return { ok: false, message: tooLargeMessage(size) };
  }
  if (controlRatio(normalised) > 0.01) {
    return { ok: false, message: `${what} contains binary data, not readable text.` };
  }
  return { ok: true, text: normalised, format: 'text' };
}

/** What rules a file out before its bytes are decoded: empty, too large, a known binary kind. */
function refuseBytes(bytes: Uint8Array, label: string): InputResult | null {
  if (bytes.length === 0) return { ok: false, message: `${label} is empty: there is nothing to read.` };
  if (bytes.length > MAX_ARTICLE_BYTES) return { ok: false, message: tooLargeMessage(bytes.length) };
  for (const [kind, magic] of MAGIC) {
    if (magic.every((b, i) => bytes[i] === b)) {
      return { ok: false, message: `${label} is ${kind}, not a text article. Open a .txt, .md or .html file.` };
    }
  }
  return null;
}

/** Decode and check a file's bytes. `size` is checked first so a huge file is never read whole. */
export function checkFileBytes(bytes: Uint8Array, fileName: string): InputResult {
  const label = `“${fileName}”`;
  return refuseBytes(bytes, label) ?? checkDecoded(decode(bytes), label, fileName);
}

/**
 * `checkFileBytes` with the decoding cut into slices (`decodeInSlices`), `pause` between them:
 * the same answer for the same bytes, without one long task for a long file.
 */
export async function checkFileBytesInSlices(
  bytes: Uint8Array,
  fileName: string,
  pause: () => Promise<void>,
  sliceBytes = DECODE_SLICE_BYTES,
): Promise<InputResult> {
  const label = `“${fileName}”`;
  return refuseBytes(bytes, label) ?? checkDecoded(await decodeInSlices(bytes, pause, sliceBytes), label, fileName);
}

function checkDecoded(text: string | null, label: string, fileName: string): InputResult {
  if (text === null || text.includes('\u0000')) {
    return { ok: false, message: `${label} is a binary file, not text. Open a .txt, .md or .html file.` };
  }
  const checked = checkText(text, label);
  if (!checked.ok) return checked;
  const looksHtml = /^\s*(<!doctype html|<html[\s>])/i.test(checked.text);
  return { ok: true, text: checked.text, format: formatFromName(fileName, looksHtml) };
}
