/**
 * A reader's own annotation: the record the annotations store persists, exports and shares — its
 * type, its schema and its migrations, in one place (after tldraw's one file per record type).
 *
 * An annotation belongs to one article (by content hash) and locates itself with W3C selectors.
 * Deletion is a tombstone (`deleted: true`) so that merges between tabs and imports never bring a
 * deleted annotation back. Page notes are annotations of kind 'page-note' (see page-note.ts for
 * their own rules), so sync, merge, undo and export treat them like any other.
 *
 * `annotationSchema` is the only gate: saved state (load, other tabs), backups, W3C imports and
 * share links all pass each record through it, so whatever one of them accepts, the store can
 * edit and reload. It is loose: fields written by a newer version survive a round trip through
 * this one instead of being stripped on the next save.
 */
import * as v from 'valibot';
import { isPageNoteShaped, PAGE_NOTE_RULE } from './page-note';
import { check, idSchema, timestampSchema, type Checked } from './schema-kit';
import { isPlainRecord } from '../lib/plain-record';
import type { Selector } from './selectors';

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

export const VERDICTS = ['supported', 'disputed', 'false', 'misleading', 'unverifiable', 'needs-context'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** How each verdict reads to a person, in the app and in exports. */
export const VERDICT_LABEL: Record<Verdict, string> = {
  supported: 'Supported',
  disputed: 'Disputed',
  false: 'False',
  misleading: 'Misleading',
  unverifiable: 'Unverifiable',
  'needs-context': 'Needs context',
};

/**
 * Each verdict's glyph, shown beside its word (never alone, never the colour alone), so a verdict
 * reads the same to a colour-blind reader and in print: on the reader's own badges and on the
 * badges of a verdict that came in a share link.
 */
export const VERDICT_GLYPH: Record<Verdict, string> = {
  supported: '✓',
  disputed: '⇄',
  false: '✗',
  misleading: '⚠',
  unverifiable: '?',
  'needs-context': '…',
};

export const ANNOTATION_KINDS = ['highlight', 'claim', 'page-note'] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];

export interface Annotation {
  id: string;
  articleId: string;
  kind: AnnotationKind;
  /** ISO 8601 timestamps (`toISOString` form). `updated` orders concurrent edits of the same annotation. */
  created: string;
  updated: string;
  /** Empty for a page note. */
  selectors: Selector[];
  color?: HighlightColor;
  /** Markdown, rendered sanitized. */
  note: string;
  tags: string[];
  /** For `kind: 'claim'`: the engine claim it judges and the verdict. */
  claimId?: string;
  verdict?: Verdict;
  /** Links to sources backing the verdict. */
  links?: string[];
  /** Display name of whoever wrote it, when it came from someone else. */
  author?: string;
  deleted?: boolean;
}

/** Where an annotation ended up in the current text. */
export type AnchorStatus = 'anchored' | 'orphan';

// ---- Schema ----

const offset = v.pipe(v.number(), v.safeInteger(), v.minValue(0));

/** https://www.w3.org/TR/annotation-model/#text-quote-selector */
export const textQuoteSelectorSchema = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(v.string(), v.minLength(1, 'the quote is empty')),
  prefix: v.optional(v.string()),
  suffix: v.optional(v.string()),
});

/** https://www.w3.org/TR/annotation-model/#text-position-selector */
export const textPositionSelectorSchema = v.pipe(
  v.object({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
  v.check((s) => s.start < s.end, 'start must be before end'),
);

export const selectorSchema = v.variant('type', [textQuoteSelectorSchema, textPositionSelectorSchema]);

export const annotationSchema = v.pipe(
  v.looseObject({
    id: idSchema,
    articleId: idSchema,
    kind: v.picklist(ANNOTATION_KINDS),
    created: timestampSchema,
    updated: timestampSchema,
    selectors: v.array(selectorSchema),
    color: v.optional(v.picklist(HIGHLIGHT_COLORS)),
    note: v.string(),
    tags: v.array(v.string()),
    claimId: v.optional(v.string()),
    verdict: v.optional(v.picklist(VERDICTS)),
    links: v.optional(v.array(v.string())),
    author: v.optional(v.string()),
    deleted: v.optional(v.boolean()),
  }),
  v.check((a) => isPageNoteShaped(a), PAGE_NOTE_RULE),
) satisfies v.GenericSchema<unknown, Annotation>;

/** Checks (and normalises: timestamps) one annotation from anywhere. Never throws. */
export const checkAnnotation = (raw: unknown): Checked<Annotation> => check(annotationSchema, raw);

// ---- Migrations ----
// The record changed shape once, with the whole persisted state (v1 → v2, see migrations.ts).

/**
 * v1 (the first release): British `colour` with 'red' where v2 has 'pink'; epoch-millisecond
 * times; the quote and offsets as loose fields instead of W3C selectors; `text` for the note.
 */
export interface V1Annotation {
  id: string;
  article: string;
  type: 'highlight' | 'claim';
  colour?: 'yellow' | 'green' | 'blue' | 'red' | 'purple';
  text?: string;
  tags?: string[];
  quote?: { exact: string; prefix?: string; suffix?: string };
  start?: number;
  end?: number;
  claim?: { id: string; verdict?: string; links?: string[] };
  createdAt: number;
  updatedAt: number;
  removed?: boolean;
}

export const V1_COLOURS: Record<string, HighlightColor> = {
  yellow: 'yellow',
  green: 'green',
  blue: 'blue',
  red: 'pink',
  purple: 'purple',
};

/** Epoch milliseconds (v1) → ISO; anything unreadable becomes the epoch, which the schema accepts. */
export function isoFromMillis(ms: unknown): string {
  return new Date(typeof ms === 'number' && Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? ms : 0).toISOString();
}

/** v1 record → current shape. Not validated here: every record is validated once, after migrating. */
export function migrateV1Annotation(a: Record<string, unknown>, problems: string[]): unknown {
  const selectors: Selector[] = [];
  if (isPlainRecord(a.quote)) selectors.push({ type: 'TextQuoteSelector', ...(a.quote as V1Annotation['quote'])! });
  if (typeof a.start === 'number' && typeof a.end === 'number') {
    selectors.push({ type: 'TextPositionSelector', start: a.start, end: a.end });
  }
  let color: HighlightColor | undefined;
  if (a.colour !== undefined) {
    color = V1_COLOURS[String(a.colour)];
    if (!color)
      problems.push(`annotation ${String(a.id)}: unknown v1 colour "${String(a.colour)}", shown without colour`);
  }
  const claim = isPlainRecord(a.claim) ? (a.claim as NonNullable<V1Annotation['claim']>) : undefined;
  const out: Record<string, unknown> = {
    id: a.id,
    articleId: a.article,
    kind: a.type === 'claim' ? 'claim' : 'highlight',
    created: isoFromMillis(a.createdAt),
    updated: isoFromMillis(a.updatedAt ?? a.createdAt),
    selectors,
    note: typeof a.text === 'string' ? a.text : '',
    tags: Array.isArray(a.tags) ? a.tags : [],
    color,
    claimId: claim?.id,
    verdict: claim?.verdict,
    links: claim?.links,
    deleted: a.removed === true ? true : undefined,
  };
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return out;
}
