/**
 * Import of W3C Web Annotations: our own export (see w3c.ts for the mapping) and other tools'
 * files that follow the model, notably Hypothesis exports (`{annotations: [...]}` or a bare array of
 * rows with `target: [{source, selector}]`, `text`, `tags`, `created`, `updated`, `id`).
 *
 * Each record is judged on its own: the result is one `{ok}` or `{error, index}` per record, so an
 * import report can say what was kept and why the rest was not. Unknown selector types (Range,
 * Fragment, EPUB CFI…) are ignored; a record left with no quote or position selector is rejected
 * unless it is a page-level note. Nothing throws.
 */
import { z } from 'zod';
import { contentHash } from '../../lib/content-hash';
import { HIGHLIGHT_COLORS, VERDICTS, type Annotation, type HighlightColor, type Verdict } from '../annotation';
import type { Selector } from '../selectors';
import { describeIssue, selectorSchema } from './schemas';
import { ANNOTATION_URN, ARTICLE_URN, CLAIM_URN, STYLE_CLASS_PREFIX } from './w3c';

export type W3CRecordResult = { ok: Annotation } | { error: string; index: number };

export interface W3CImportOptions {
  /**
   * Maps a target source IRI to an article id. Our `urn:marginalia:article:<hash>` sources resolve
   * without it. Return undefined to reject the record as belonging to an article the reader lacks;
   * without a resolver the source itself becomes the article id.
   */
  articleIdForSource?: (source: string) => string | undefined;
  /** Stands in for missing timestamps (Hypothesis rows always have them; hand-written files may not). */
  importedAt?: string;
}

const oneOrMany = <T extends z.ZodType>(item: T) =>
  z.union([item, z.array(item)]).transform((v) => (Array.isArray(v) ? v : [v]));

const bodySchema = z.union([
  z.string(),
  z.looseObject({
    type: z.string().optional(),
    purpose: z.string().optional(),
    value: z.string().optional(),
    source: z.string().optional(),
    id: z.string().optional(),
  }),
]);

const targetSchema = z.union([
  z.string(),
  z.looseObject({
    source: z.string().optional(),
    id: z.string().optional(),
    selector: oneOrMany(z.looseObject({ type: z.string() })).optional(),
    styleClass: z.string().optional(),
  }),
]);

const recordSchema = z.looseObject({
  id: z.string().optional(),
  type: z.union([z.string(), z.array(z.string())]).optional(),
  created: z.string().optional(),
  modified: z.string().optional(),
  updated: z.string().optional(),
  body: oneOrMany(bodySchema).optional(),
  bodyValue: z.string().optional(),
  target: oneOrMany(targetSchema).optional(),
  creator: z
    .union([z.string(), z.looseObject({ name: z.string().optional(), nickname: z.string().optional() })])
    .optional(),
  // Hypothesis fields.
  text: z.string().optional(),
  tags: z.array(z.string()).optional(),
  uri: z.string().optional(),
  references: z.array(z.string()).optional(),
  user_info: z.looseObject({ display_name: z.string().nullable().optional() }).nullable().optional(),
});
type W3CRecord = z.infer<typeof recordSchema>;

/** Finds the list of records in any of the container shapes tools produce. */
function recordsOf(json: unknown): unknown[] | null {
  if (Array.isArray(json)) return json;
  if (!json || typeof json !== 'object') return null;
  const o = json as Record<string, unknown>;
  for (const key of ['annotations', 'rows', 'items'] as const) if (Array.isArray(o[key])) return o[key] as unknown[];
  const first = o.first;
  if (Array.isArray(first)) return first;
  if (first && typeof first === 'object' && Array.isArray((first as Record<string, unknown>).items)) {
    return (first as { items: unknown[] }).items;
  }
  if (o.type === 'Annotation' || 'target' in o) return [o];
  return null;
}

function usableSelectors(raw: { type: string }[]): Selector[] {
  const out: Selector[] = [];
  for (const s of raw) {
    const checked = selectorSchema.safeParse(s);
    if (!checked.success) continue;
    const sel = checked.data;
    if (sel.type === 'TextQuoteSelector' && !sel.exact) continue;
    if (sel.type === 'TextPositionSelector' && sel.end <= sel.start) continue;
    out.push(sel);
  }
  return out;
}

function recordToAnnotation(r: W3CRecord, raw: unknown, options: W3CImportOptions): Annotation | string {
  if (r.references?.length) return 'a reply to another annotation; replies are not imported';
  const target = r.target?.[0];
  const source = typeof target === 'string' ? target : (target?.source ?? target?.id ?? r.uri);
  if (!source) return 'no target: it does not say which page it belongs to';

  let articleId: string | undefined = source;
  if (source.startsWith(ARTICLE_URN)) articleId = source.slice(ARTICLE_URN.length);
  else if (options.articleIdForSource) articleId = options.articleIdForSource(source);
  if (!articleId) return `it belongs to a page that is not in your library (${source.slice(0, 200)})`;

  const notes: string[] = [];
  const tags = new Set(r.tags ?? []);
  const links: string[] = [];
  let verdict: Verdict | undefined;
  let claimId: string | undefined;
  if (r.text) notes.push(r.text);
  if (r.bodyValue) notes.push(r.bodyValue);
  for (const b of r.body ?? []) {
    if (typeof b === 'string') notes.push(b);
    else if (b.type === 'SpecificResource' || (b.source && b.value === undefined)) {
      const ref = b.source ?? b.id;
      if (!ref) continue;
      if (b.purpose === 'identifying' && ref.startsWith(CLAIM_URN))
        claimId = decodeURIComponent(ref.slice(CLAIM_URN.length));
      else links.push(ref);
    } else if (b.value !== undefined) {
      if (b.purpose === 'tagging') tags.add(b.value);
      else if (b.purpose === 'assessing' && (VERDICTS as readonly string[]).includes(b.value))
        verdict = b.value as Verdict;
      else if (b.purpose === 'classifying')
        continue; // a colour label: the reader keeps its own
      else notes.push(b.value);
    }
  }

  const rawSelectors = typeof target === 'object' ? (target.selector ?? []) : [];
  const selectors = usableSelectors(rawSelectors);
  const note = notes.join('\n\n');
  if (selectors.length === 0 && rawSelectors.length > 0) {
    const found = [...new Set(rawSelectors.map((s) => s.type))].join(', ');
    return `no text quote or position selector to place it (found ${found.slice(0, 200)})`;
  }
  if (selectors.length === 0 && !note) return 'neither a passage nor a note: nothing to import';

  const colorClass = typeof target === 'object' ? target.styleClass?.slice(STYLE_CLASS_PREFIX.length) : undefined;
  const color = (HIGHLIGHT_COLORS as readonly string[]).includes(colorClass ?? '')
    ? (colorClass as HighlightColor)
    : undefined;
  const created = r.created ?? r.modified ?? r.updated ?? options.importedAt ?? new Date(0).toISOString();
  const id = r.id?.startsWith(ANNOTATION_URN)
    ? decodeURIComponent(r.id.slice(ANNOTATION_URN.length))
    : (r.id ?? `import-${contentHash(JSON.stringify(raw))}`);
  const author =
    typeof r.creator === 'string'
      ? undefined
      : (r.creator?.name ?? r.creator?.nickname ?? r.user_info?.display_name ?? undefined);

  const a: Annotation = {
    id,
    articleId,
    kind: verdict || claimId ? 'claim' : selectors.length ? 'highlight' : 'page-note',
    created,
    updated: r.modified ?? r.updated ?? created,
    selectors,
    note,
    tags: [...tags],
  };
  if (color) a.color = color;
  if (verdict) a.verdict = verdict;
  if (claimId) a.claimId = claimId;
  if (links.length) a.links = links;
  if (author) a.author = author;
  return a;
}

export type W3CParseResult = { parsed: W3CRecordResult[] } | { error: string };

/** Parses a file's text or JSON. A file-level `error` means nothing in it looked like annotations. */
export function parseW3C(input: string | unknown, options: W3CImportOptions = {}): W3CParseResult {
  let json: unknown = input;
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input);
    } catch {
      return { error: 'This file is not JSON, so it cannot hold web annotations.' };
    }
  }
  const records = recordsOf(json);
  if (!records)
    return {
      error: 'No annotations found: expected an AnnotationCollection, a list of annotations or a Hypothesis export.',
    };
  return {
    parsed: records.map((raw, index): W3CRecordResult => {
      const checked = recordSchema.safeParse(raw);
      if (!checked.success) return { index, error: `not a web annotation (${describeIssue(checked.error)})` };
      const result = recordToAnnotation(checked.data, raw, options);
      return typeof result === 'string' ? { index, error: result } : { ok: result };
    }),
  };
}
