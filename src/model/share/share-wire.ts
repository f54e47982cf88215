/**
 * The share-link wire format, version 1: the zod schema that guards it and the mapping between
 * annotations and the compact tuples that travel in the URL.
 *
 * Why tuples and code tables: a link has to survive chat apps (see CHAT_APP_LIMIT), so every byte
 * counts; JSON keys repeated twenty times cost more than DEFLATE wins back. The code tables below are
 * frozen copies, not HIGHLIGHT_COLORS/VERDICTS themselves, so reordering those constants can never
 * change what an old link means. New values may only be appended.
 *
 * Every string and list has a maximum: the payload is untrusted, and limits keep one link from
 * filling the store or the screen. Strings stay data; nothing here interprets HTML or Markdown.
 */
import { z } from 'zod';
import type { AnnotationKind, HighlightColor, Verdict } from '../annotation';

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

export const LIMITS = {
  annotations: 500,
  quote: 5_000,
  context: 64,
  note: 10_000,
  tags: 20,
  tag: 64,
  claimId: 128,
  links: 10,
  url: 2_048,
  sharer: 80,
  bundledId: 200,
  title: 500,
  text: 1_000_000,
  position: 10_000_000,
} as const;

// Only web links: a `javascript:` or `data:` URL in a shared link must never become clickable.
const webUrl = z
  .string()
  .max(LIMITS.url)
  .regex(/^https?:\/\/[^\s]+$/i, 'must be an http(s) web address');

const wireArticle = z.union([
  z.tuple([z.literal('b'), z.string().min(1).max(LIMITS.bundledId)]),
  z.tuple([z.literal('u'), webUrl]),
  z.tuple([z.literal('t'), z.string().max(LIMITS.title), z.string().max(LIMITS.text)]),
]);

/**
 * [quote, start, prefix, suffix, note, color, tags, kind, verdict, claimId, links]; trailing defaults
 * dropped. `quote` is the exact text, or [head, tail, length] when elided (see quote-elision.ts).
 */
const wireAnnotation = z.tuple([
  z.union([
    z.string().max(LIMITS.quote),
    z.tuple([
      z.string().min(1).max(LIMITS.context),
      z.string().min(1).max(LIMITS.context),
      z.number().int().min(1).max(LIMITS.quote),
    ]),
  ]),
  z.number().int().min(-1).max(LIMITS.position),
  z.string().max(LIMITS.context).optional(),
  z.string().max(LIMITS.context).optional(),
  z.string().max(LIMITS.note).optional(),
  z
    .number()
    .int()
    .min(0)
    .max(WIRE_COLORS.length - 1)
    .optional(),
  z.array(z.string().min(1).max(LIMITS.tag)).max(LIMITS.tags).optional(),
  z
    .number()
    .int()
    .min(0)
    .max(WIRE_KINDS.length - 1)
    .optional(),
  z
    .number()
    .int()
    .min(0)
    .max(WIRE_VERDICTS.length - 1)
    .optional(),
  z.string().max(LIMITS.claimId).optional(),
  z.array(webUrl).max(LIMITS.links).optional(),
]);
export type WireAnnotation = z.infer<typeof wireAnnotation>;

export const wirePayload = z.object({
  v: z.literal(1),
  a: wireArticle,
  n: z.array(wireAnnotation).max(LIMITS.annotations),
  /** Seconds since the epoch: when the newest shared annotation was last edited. */
  t: z.number().int().min(0).max(1e11),
  s: z.string().max(LIMITS.sharer).optional(),
  /** Index into `n` of the annotation the link points at. */
  f: z
    .number()
    .int()
    .min(0)
    .max(LIMITS.annotations - 1)
    .optional(),
});
export type WirePayload = z.infer<typeof wirePayload>;

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
