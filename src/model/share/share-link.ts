/**
 * Share links: an article reference plus chosen annotations, carried entirely in the URL fragment
 * (`#/share/2.<base64url(deflateRaw(JSON))>`), so nothing is ever sent to a server. Version 2 carries
 * the article's header (byline, source, date, file name) as well; version 1 links still open.
 *
 * The version sits outside the compressed data so a future format can change the compression too,
 * and an old reader can say "made by a newer version" without inflating anything.
 *
 * Decoding is a security boundary: every step (length, version, base64url, bounded inflate, UTF-8,
 * JSON, schema) has its own error code and a message a person can act on, and nothing throws.
 * Decoded strings are plain data; rendering them as text is the UI's job. The lines that only
 * label what a link carries (the pasted article's title, the sender's name, the header) are also
 * made one clean line each (header-text.ts): no control characters, no direction overrides.
 *
 * Not carried, by design: annotation ids (derived on decode so "Keep these" twice is idempotent),
 * per-annotation timestamps (one payload time instead), tombstones, and `author` (replaced by the
 * sharer's name).
 */
import { deflateSync } from 'fflate';
import * as v from 'valibot';
import { contentHash } from '../../lib/content-hash';
import { checkAnnotation, type Annotation } from '../annotation';
import { findSelector } from '../selectors';
import { encodeBase64Url } from './base64url';
import { elideQuote, placeholderOf, restoreQuote, type ElidedQuote } from './quote-elision';
import {
  WIRE_COLORS,
  WIRE_KINDS,
  WIRE_VERDICTS,
  LIMITS,
  trimTuple,
  wirePayload,
  type WireAnnotation,
  type WireHeader,
  type WirePayload,
} from './share-wire';
import { headerLine } from './header-text';
import { SHARE_HEADER_FIELDS, type ShareHeader } from './share-header-fields';
import { decodeVersionedFragment, type VersionedFragmentFormat } from './versioned-fragment';

export const SHARE_VERSION = 2;
/** Versions before SHARE_VERSION that links in the wild still carry, and that still open. */
const OLDER_SHARE_VERSIONS = [1] as const;
const PREFIX = '#/share/';
/** Longest fragment we try to decode; a 1 MB pasted article compresses to well under this. */
export const MAX_FRAGMENT_CHARS = 200_000;
/** Most bytes we allow DEFLATE to produce; checked while inflating, not after. */
export const MAX_INFLATED_BYTES = 2 * 1024 * 1024;
/**
 * Above this many characters a link is likely to be cut or refused: SMS and several chat apps
 * truncate or stop auto-linking around 2,000 characters, and 2,083 is the old Internet Explorer URL
 * limit that many link scanners still assume. The UI warns past this; the link itself still works.
 */
export const CHAT_APP_LIMIT = 2_000;
/** Prefix/suffix context kept per quote: enough to re-anchor a repeated phrase, cheap in bytes. */
export const SHARE_CONTEXT_CHARS = 10;

export type ShareArticleRef =
  { kind: 'bundled'; id: string } | { kind: 'url'; url: string } | { kind: 'text'; title: string; text: string };

export type { ShareHeader };
/**
 * An annotation as it arrives from a link: everything but the recipient-side article id. When the
 * quote was elided, `elided` is set and the quote selector holds a `head…tail` placeholder until
 * `attachArticle` restores it from the text.
 */
export type SharedAnnotation = Omit<Annotation, 'articleId'> & { elided?: ElidedQuote };

export interface ShareInput {
  article: ShareArticleRef;
  header?: ShareHeader;
  annotations: readonly Annotation[];
  sharer?: string;
  /** Id of one of `annotations` to scroll to and flash on open. */
  focus?: string;
}

export interface SharedLink {
  article: ShareArticleRef;
  /** Absent for version 1 links and for articles whose header had nothing in it. */
  header?: ShareHeader;
  annotations: SharedAnnotation[];
  sharer?: string;
  /** Derived id of the focused annotation, matching one in `annotations`. */
  focus?: string;
}

/** Stands in for the recipient's article id while a decoded record is checked (set by attachArticle). */
const SHARED_ARTICLE_ID = 'shared-article';

export type ShareErrorCode =
  | 'too-long'
  | 'not-a-share-link'
  | 'unsupported-version'
  | 'bad-encoding'
  | 'too-large'
  | 'bad-compression'
  | 'not-json'
  | 'invalid-payload';

export type ShareDecodeResult = { parsed: SharedLink } | { error: { code: ShareErrorCode; message: string } };

function fail(code: ShareErrorCode, message: string): ShareDecodeResult {
  return { error: { code, message } };
}

function toWire(a: Annotation, elide: boolean): WireAnnotation {
  const quote = findSelector(a.selectors, 'TextQuoteSelector');
  const position = findSelector(a.selectors, 'TextPositionSelector');
  const exact = quote?.exact ?? '';
  // Eliding needs the position to find the span again; without one the full quote is the only clue.
  const short = elide && position ? elideQuote(exact) : null;
  const values = [
    short ? [short.head, short.tail, short.length] : exact,
    position?.start ?? -1,
    (quote?.prefix ?? '').slice(-SHARE_CONTEXT_CHARS),
    (quote?.suffix ?? '').slice(0, SHARE_CONTEXT_CHARS),
    a.note,
    Math.max(0, WIRE_COLORS.indexOf(a.color)),
    a.tags,
    Math.max(0, WIRE_KINDS.indexOf(a.kind)),
    Math.max(0, WIRE_VERDICTS.indexOf(a.verdict)),
    a.claimId ?? '',
    a.links ?? [],
  ];
  return trimTuple(values) as WireAnnotation;
}

/** The header's non-empty lines under their wire keys, cleaned and cut as the decoder would; undefined when none is left. */
function headerToWire(header: ShareHeader | undefined): WireHeader | undefined {
  if (!header) return undefined;
  const wire: WireHeader = {};
  for (const { field, key, max } of SHARE_HEADER_FIELDS) {
    const line = headerLine(header[field] ?? '', max);
    if (line) wire[key] = line;
  }
  return Object.keys(wire).length ? wire : undefined;
}

/** The decoded header's lines under their field names (the schema has cleaned them); undefined when none is there. */
function headerFromWire(wire: WireHeader | undefined): ShareHeader | undefined {
  if (!wire) return undefined;
  const header: ShareHeader = {};
  for (const { field, key } of SHARE_HEADER_FIELDS) {
    const line = wire[key];
    if (line) header[field] = line;
  }
  return Object.keys(header).length ? header : undefined;
}

function wireArticle(ref: ShareArticleRef): WirePayload['a'] {
  if (ref.kind === 'bundled') return ['b', ref.id];
  if (ref.kind === 'url') return ['u', ref.url];
  return ['t', headerLine(ref.title, LIMITS.title), ref.text];
}

/**
 * Builds the fragment (starting with `#`). Deleted annotations are never shared. Long quotes are
 * elided for bundled and pasted articles, whose exact text the recipient is sure to have; a web page
 * may have changed since, so its quotes travel whole.
 */
export function encodeShareLink(input: ShareInput): string {
  const live = input.annotations.filter((a) => !a.deleted);
  const newest = live.reduce((max, a) => Math.max(max, Date.parse(a.updated) || 0), 0);
  const focusIndex = input.focus === undefined ? -1 : live.findIndex((a) => a.id === input.focus);
  const header = headerToWire(input.header);
  // The title and the sender's name are cleaned and cut as the decoder will (header-text.ts), so a
  // link never carries a line its recipient would not be shown as sent.
  const sharer = input.sharer ? headerLine(input.sharer, LIMITS.sharer) : '';
  const payload: WirePayload = {
    v: 2,
    a: wireArticle(input.article),
    n: live.map((a) => toWire(a, input.article.kind !== 'url')),
    t: Math.floor(newest / 1000),
    ...(sharer ? { s: sharer } : {}),
    ...(focusIndex >= 0 ? { f: focusIndex } : {}),
    ...(header ? { h: header } : {}),
  };
  const bytes = deflateSync(new TextEncoder().encode(JSON.stringify(payload)), { level: 9, mem: 12 });
  return `${PREFIX}${SHARE_VERSION}.${encodeBase64Url(bytes)}`;
}

/** Full URL length for a base such as `https://host/app/`; compare with CHAT_APP_LIMIT. */
export function shareLinkLength(baseUrl: string, fragment: string): number {
  return baseUrl.length + fragment.length;
}

function fromWire(w: WireAnnotation, refKey: string, time: string, sharer?: string): SharedAnnotation {
  const [
    quote,
    start,
    prefix = '',
    suffix = '',
    note = '',
    color = 0,
    tags = [],
    kind = 0,
    verdict = 0,
    claimId = '',
    links = [],
  ] = w;
  const elided: ElidedQuote | undefined =
    typeof quote === 'string' ? undefined : { head: quote[0], tail: quote[1], length: quote[2] };
  const exact = elided ? placeholderOf(elided) : (quote as string);
  const selectors: Annotation['selectors'] = [];
  if (exact && WIRE_KINDS[kind] !== 'page-note') {
    selectors.push({ type: 'TextQuoteSelector', exact, ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) });
    if (start >= 0)
      selectors.push({ type: 'TextPositionSelector', start, end: start + (elided ? elided.length : exact.length) });
  }
  const shared: SharedAnnotation = {
    id: `shared-${contentHash(refKey + JSON.stringify(w))}`,
    kind: WIRE_KINDS[kind],
    created: time,
    updated: time,
    selectors,
    note,
    tags: [...new Set(tags)],
  };
  // A page note has no passage, so no colour either (see page-note.ts): a colour on one is dropped.
  if (WIRE_COLORS[color] && shared.kind !== 'page-note') shared.color = WIRE_COLORS[color];
  if (WIRE_VERDICTS[verdict]) shared.verdict = WIRE_VERDICTS[verdict];
  if (claimId) shared.claimId = claimId;
  if (links.length) shared.links = links;
  if (sharer) shared.author = sharer;
  if (elided && start >= 0 && selectors.length) shared.elided = elided;
  return shared;
}

const SHARE_FRAGMENT: VersionedFragmentFormat<'not-a-share-link'> = {
  route: 'share',
  version: SHARE_VERSION,
  olderVersions: OLDER_SHARE_VERSIONS,
  maxChars: MAX_FRAGMENT_CHARS,
  maxInflatedBytes: MAX_INFLATED_BYTES,
  notALinkCode: 'not-a-share-link',
  messages: {
    notText: 'This is not a share link.',
    notALink: 'This is not a Marginalia share link.',
    tooLong: `This link is too long to open (over ${MAX_FRAGMENT_CHARS.toLocaleString('en')} characters).`,
    unsupportedVersion: 'This link was made by a different version of Marginalia and cannot be opened here.',
    badEncoding: 'This link is damaged: it contains characters a share link cannot have, or was cut short.',
    tooLarge: 'This link unpacks to more data than a share link may carry, so it was not opened.',
    badCompression: 'This link is damaged: its contents could not be unpacked (it may have been cut short).',
    notJson: 'This link is damaged: its contents are not readable data.',
  },
};

/** Decodes a fragment (with or without the leading `#`). Never throws. */
export function decodeShareLink(fragment: unknown, maxInflatedBytes = MAX_INFLATED_BYTES): ShareDecodeResult {
  const decoded = decodeVersionedFragment(fragment, { ...SHARE_FRAGMENT, maxInflatedBytes });
  if ('error' in decoded) return decoded;
  const { json, version } = decoded;
  const checked = v.safeParse(wirePayload, json, { abortEarly: true });
  if (!checked.success) {
    const issue = checked.issues[0];
    const path = v.getDotPath(issue);
    const where = path ? ` (at ${path})` : '';
    return fail('invalid-payload', `This link's contents are not valid annotations${where}: ${issue.message}.`);
  }
  const p = checked.output;
  // The version outside the compressed data and the one inside must agree: a mix is no link we make.
  if (p.v !== version) return fail('invalid-payload', "This link's contents do not match its version.");
  if (p.f !== undefined && p.f >= p.n.length) {
    return fail('invalid-payload', 'This link points at an annotation it does not contain.');
  }
  const unplaced = p.n.findIndex(
    (w) => WIRE_KINDS[w[7] ?? 0] !== 'page-note' && (!w[0] || (typeof w[0] !== 'string' && w[1] < 0)),
  );
  if (unplaced >= 0) {
    return fail('invalid-payload', `This link's annotation ${unplaced + 1} has no quoted text to attach to.`);
  }
  const article: ShareArticleRef =
    p.a[0] === 'b'
      ? { kind: 'bundled', id: p.a[1] }
      : p.a[0] === 'u'
        ? { kind: 'url', url: p.a[1] }
        : { kind: 'text', title: p.a[1], text: p.a[2] };
  const refKey = p.a[0] === 't' ? `t:${contentHash(p.a[2])}` : `${p.a[0]}:${p.a[1]}`;
  const time = new Date(p.t * 1000).toISOString();
  const seen = new Set<string>();
  const annotations = p.n.map((w) => {
    const a = fromWire(w, refKey, time, p.s);
    // Identical tuples would share an id; number the repeats so none is merged away.
    for (let n = 2; seen.has(a.id); n++) a.id = `${a.id.replace(/~\d+$/, '')}~${n}`;
    seen.add(a.id);
    return a;
  });
  // The same gate as load and import: a shared record the reader keeps must be one the store can keep.
  for (const [i, a] of annotations.entries()) {
    const valid = checkAnnotation({ ...a, articleId: SHARED_ARTICLE_ID });
    if ('error' in valid)
      return fail('invalid-payload', `This link's annotation ${i + 1} is not valid: ${valid.error}.`);
  }
  const parsed: SharedLink = { article, annotations };
  const header = p.v === 2 ? headerFromWire(p.h) : undefined;
  if (header) parsed.header = header;
  if (p.s) parsed.sharer = p.s;
  if (p.f !== undefined) parsed.focus = annotations[p.f].id;
  return { parsed };
}

/**
 * Ties shared annotations to the recipient's copy of the article and restores elided quotes from its
 * text. An elided quote that matches nowhere keeps its `head…tail` placeholder, so anchoring shows it
 * as an orphan instead of attaching it to the wrong passage.
 */
export function attachArticle(
  shared: readonly SharedAnnotation[],
  article: { id: string; text: string },
): Annotation[] {
  return shared.map(({ elided, ...rest }) => {
    const a: Annotation = { ...rest, articleId: article.id };
    const position = findSelector(a.selectors, 'TextPositionSelector');
    if (!elided || !position) return a;
    const restored = restoreQuote(article.text, elided, position.start);
    if (restored === null) return a;
    if ('exact' in restored) {
      a.selectors = a.selectors.map((s) => (s.type === 'TextQuoteSelector' ? { ...s, exact: restored.exact } : s));
      return a;
    }
    const { start } = restored;
    const end = start + elided.length;
    a.selectors = a.selectors.map((s) =>
      s.type === 'TextQuoteSelector'
        ? { ...s, exact: article.text.slice(start, end) }
        : { type: 'TextPositionSelector', start, end },
    );
    return a;
  });
}
