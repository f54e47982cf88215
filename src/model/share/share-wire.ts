/**
 * The share-link wire format, versions 1 and 2: the schema that guards it and the mapping between
 * annotations and the compact tuples that travel in the URL. Version 2 adds the article's header
 * (`h`: byline, source, date, original file name), so the recipient's reader shows the line under
 * the title the sender saw; everything else is as in version 1, and version 1 links still open.
 *
 * Why tuples and code tables: a link has to survive chat apps (see CHAT_APP_LIMIT), so every byte
 * counts; JSON keys repeated twenty times cost more than DEFLATE wins back. The code tables below are
 * frozen copies, not HIGHLIGHT_COLORS/VERDICTS themselves, so reordering those constants can never
 * change what an old link means. New values may only be appended.
 *
 * Every string and list has a maximum: the payload is untrusted, and limits keep one link from
 * filling the store or the screen. Strings stay data; nothing here interprets HTML or Markdown.
 */
import * as v from 'valibot';
import type { AnnotationKind, HighlightColor, Verdict } from '../annotation';
import { LATEST_TIME } from '../schema-kit';
import { headerLine } from './header-text';
import { SHARE_HEADER_FIELDS, type HeaderWireKey } from './share-header-fields';
import { LIMITS } from './share-limits';

export const WIRE_COLORS: readonly (HighlightColor | undefined)[] = [
  undefined,
  'yellow',
  'green',
  'blue',
  'pink',
  'purple',
];
export const WIRE_VERDICTS: readonly (Verdict | undefined)[] = [
  undefined,
  'supported',
  'disputed',
  'false',
  'misleading',
  'unverifiable',
  'needs-context',
];
export const WIRE_KINDS: readonly AnnotationKind[] = ['highlight', 'claim', 'page-note'];

export { LIMITS };

// Only web links: a `javascript:` or `data:` URL in a shared link must never become clickable.
const webUrl = v.pipe(
  v.string(),
  v.maxLength(LIMITS.url),
  v.regex(/^https?:\/\/[^\s]+$/i, 'must be an http(s) web address'),
);

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const nonEmptyText = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));
const int = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

/**
 * A line of text the recipient is shown (a header line, the pasted article's title, the sender's
 * name): any string, cleaned and cut to its limit (header-text.ts) rather than refused — these
 * only label what the link carries, and a link must not be lost over a long byline or a name with
 * an odd character in it. What is not a string is refused like any other bad field.
 */
const shownLine = (max: number) =>
  v.pipe(
    v.string(),
    v.transform((s) => headerLine(s, max)),
  );

/** An optional shown line: one left empty by the cleaning is dropped. */
const optionalLine = (max: number) =>
  v.optional(
    v.pipe(
      shownLine(max),
      v.transform((s) => s || undefined),
    ),
  );

const wireArticle = v.union([
  v.tuple([v.literal('b'), nonEmptyText(LIMITS.bundledId)]),
  v.tuple([v.literal('u'), webUrl]),
  v.tuple([v.literal('t'), shownLine(LIMITS.title), text(LIMITS.text)]),
]);

/**
 * [quote, start, prefix, suffix, note, color, tags, kind, verdict, claimId, links]; trailing defaults
 * dropped. `quote` is the exact text, or [head, tail, length] when elided (see quote-elision.ts).
 */
const wireAnnotation = v.tuple([
  v.union([
    text(LIMITS.quote),
    v.tuple([nonEmptyText(LIMITS.context), nonEmptyText(LIMITS.context), int(1, LIMITS.quote)]),
  ]),
  int(-1, LIMITS.position),
  v.optional(text(LIMITS.context)),
  v.optional(text(LIMITS.context)),
  v.optional(text(LIMITS.note)),
  v.optional(int(0, WIRE_COLORS.length - 1)),
  v.optional(v.pipe(v.array(nonEmptyText(LIMITS.tag)), v.maxLength(LIMITS.tags))),
  v.optional(int(0, WIRE_KINDS.length - 1)),
  v.optional(int(0, WIRE_VERDICTS.length - 1)),
  v.optional(text(LIMITS.claimId)),
  v.optional(v.pipe(v.array(webUrl), v.maxLength(LIMITS.links))),
]);
export type WireAnnotation = v.InferOutput<typeof wireAnnotation>;

/** Latest payload time, in seconds: the annotation schema's latest instant (shared records are records). */
export const MAX_WIRE_TIME = Math.floor(LATEST_TIME / 1000);

/**
 * Version 2: the sender's article header, one optional line per row of SHARE_HEADER_FIELDS.
 * Unknown keys are dropped (valibot `object`).
 */
const wireHeader = v.object(
  Object.fromEntries(SHARE_HEADER_FIELDS.map(({ key, max }) => [key, optionalLine(max)])) as Record<
    HeaderWireKey,
    ReturnType<typeof optionalLine>
  >,
);
export type WireHeader = v.InferOutput<typeof wireHeader>;

const payloadEntries = {
  a: wireArticle,
  n: v.pipe(v.array(wireAnnotation), v.maxLength(LIMITS.annotations)),
  /** Seconds since the epoch: when the newest shared annotation was last edited. */
  t: int(0, MAX_WIRE_TIME),
  /** The sender's name, shown on the banner and on each shared verdict. */
  s: optionalLine(LIMITS.sharer),
  /** Index into `n` of the annotation the link points at. */
  f: v.optional(int(0, LIMITS.annotations - 1)),
};

export const wirePayload = v.variant('v', [
  v.object({ v: v.literal(1), ...payloadEntries }),
  v.object({ v: v.literal(2), ...payloadEntries, h: v.optional(wireHeader) }),
]);
export type WirePayload = v.InferOutput<typeof wirePayload>;

/** Drops trailing elements equal to their default so common highlights stay short. */
export function trimTuple(values: unknown[]): unknown[] {
  let end = values.length;
  while (end > 2) {
    const v = values[end - 1];
    const isDefault = v === undefined || v === 0 || v === '' || (Array.isArray(v) && v.length === 0);
    if (!isDefault) break;
    end--;
  }
  return values.slice(0, end);
}
