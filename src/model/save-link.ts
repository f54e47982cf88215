/**
 * "Save to Marginalia" links: what the bookmarklet sends from a web page to the reader, carried in
 * the URL fragment (`#/save/1.<base64url(deflateRaw(JSON))>`) so the page's text never passes
 * through a server and a site that refuses cross-site reading can still be saved.
 *
 * The payload is untrusted (any page, or anyone who crafts a link, can make one), so decoding is a
 * boundary, its first steps shared with share links (share/versioned-fragment.ts): a length cap
 * before anything else, a version outside the compressed data, strict base64url, inflating with a
 * hard output ceiling, fatal UTF-8, JSON, then a schema with a maximum on every field. Every failure is a message;
 * nothing throws, and the strings that come out are plain text for the reader to show as text.
 */
import * as v from 'valibot';
import { check } from './schema-kit';
import { SAVE_LIMITS, SAVE_VERSION, type SavedPage } from './save-payload';
import { decodeVersionedFragment, type VersionedFragmentFormat } from './share/versioned-fragment';

const webUrl = v.pipe(
  v.string(),
  v.maxLength(SAVE_LIMITS.url),
  v.regex(/^https?:\/\/[^\s]+$/i, 'must be an http(s) web address'),
);

const savePayload = v.object({
  v: v.literal(SAVE_VERSION),
  /** The page's address. */
  u: webUrl,
  t: v.pipe(v.string(), v.maxLength(SAVE_LIMITS.title)),
  /** The text: the reader's selection on the page, or the page's article. */
  x: v.pipe(v.string(), v.minLength(1, 'it carries no text'), v.maxLength(SAVE_LIMITS.text)),
  k: v.picklist(['article', 'selection']),
  /** Set when the page's text was longer than SAVE_LIMITS.text and only its start was sent. */
  c: v.optional(v.literal(true)),
  s: v.optional(v.pipe(v.string(), v.maxLength(SAVE_LIMITS.site))),
  d: v.optional(v.pipe(v.string(), v.maxLength(SAVE_LIMITS.date))),
});

export type SaveErrorCode =
  | 'too-long'
  | 'not-a-save-link'
  | 'unsupported-version'
  | 'bad-encoding'
  | 'too-large'
  | 'bad-compression'
  | 'not-json'
  | 'invalid-payload';

export type SaveDecodeResult = { parsed: SavedPage } | { error: { code: SaveErrorCode; message: string } };

const fail = (code: SaveErrorCode, message: string): SaveDecodeResult => ({ error: { code, message } });

const SAVE_FRAGMENT: VersionedFragmentFormat<'not-a-save-link'> = {
  route: 'save',
  version: SAVE_VERSION,
  maxChars: SAVE_LIMITS.fragment,
  maxInflatedBytes: SAVE_LIMITS.inflated,
  notALinkCode: 'not-a-save-link',
  messages: {
    notText: 'This is not a page sent to Marginalia.',
    notALink: 'This is not a page sent to Marginalia.',
    tooLong: `This page is too long to save through a link (over ${SAVE_LIMITS.fragment.toLocaleString('en')} characters).`,
    unsupportedVersion:
      'This page was sent by a different version of the Marginalia bookmarklet. Add the bookmarklet again from the library.',
    badEncoding: 'The sent page is damaged: the link has characters it cannot have, or was cut short.',
    tooLarge: 'The sent page unpacks to more text than Marginalia accepts this way, so it was not opened.',
    badCompression: 'The sent page is damaged: its contents could not be unpacked.',
    notJson: 'The sent page is damaged: its contents are not readable data.',
  },
};

/** Decodes a fragment (with or without the leading `#`). Never throws. */
export function decodeSaveLink(fragment: unknown): SaveDecodeResult {
  const decoded = decodeVersionedFragment(fragment, SAVE_FRAGMENT);
  if ('error' in decoded) return decoded;
  const { json } = decoded;
  const checked = check(savePayload, json);
  if ('error' in checked) return fail('invalid-payload', `The sent page is not valid: ${checked.error}.`);
  const p = checked.ok;
  const parsed: SavedPage = { url: p.u, title: p.t, text: p.x, kind: p.k, cut: p.c === true };
  if (p.s) parsed.site = p.s;
  if (p.d) parsed.date = p.d;
  return { parsed };
}
