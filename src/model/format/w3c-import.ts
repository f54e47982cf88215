/**
 * Import of W3C Web Annotations: our own export (see w3c.ts for the mapping) and other tools'
 * files that follow the model, notably Hypothesis exports (`{annotations: [...]}` or a bare array of
 * rows with `target: [{source, selector}]`, `text`, `tags`, `created`, `updated`, `id`).
 *
 * Each record is judged on its own: the result is one `{ok}` or `{error, index}` per record, so an
 * import report can say what was kept and why the rest was not. Unknown selector types (Range,
 * Fragment, EPUB CFI…) are ignored; a record left with no quote or position selector is rejected
 * unless it is a page-level note. Every record built is then checked by the annotation schema, the
 * one the store loads with: what this accepts, the store can edit and reload (a `created` of "last
 * Tuesday" is rejected here with its reason, not accepted and lost). Nothing throws.
 */
import * as v from 'valibot';
import { contentHash } from '../../lib/content-hash';
import {
  checkAnnotation,
  HIGHLIGHT_COLORS,
  selectorSchema,
  VERDICTS,
  type Annotation,
  type HighlightColor,
  type Verdict,
} from '../annotation';
import type { Selector } from '../selectors';
import { describeIssues } from '../schema-kit';
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

// The list goes first: valibot's object schemas accept arrays (they are objects), so the other
// order would read a list of targets as one target with no fields.
const oneOrMany = <T extends v.GenericSchema>(item: T) =>
  v.pipe(
    v.union([v.array(item), item]),
    v.transform((x) => (Array.isArray(x) ? x : [x]) as v.InferOutput<T>[]),
  );

const optionalString = v.optional(v.string());

const bodySchema = v.union([
  v.string(),
  v.looseObject({
    type: optionalString,
    purpose: optionalString,
    value: optionalString,
    source: optionalString,
    id: optionalString,
  }),
]);

const targetSchema = v.union([
  v.string(),
  v.looseObject({
    source: optionalString,
    id: optionalString,
    selector: v.optional(oneOrMany(v.looseObject({ type: v.string() }))),
    styleClass: optionalString,
  }),
]);

const recordSchema = v.looseObject({
  id: optionalString,
  type: v.optional(v.union([v.string(), v.array(v.string())])),
  created: optionalString,
  modified: optionalString,
  updated: optionalString,
  body: v.optional(oneOrMany(bodySchema)),
  bodyValue: optionalString,
  target: v.optional(oneOrMany(targetSchema)),
  creator: v.optional(v.union([v.string(), v.looseObject({ name: optionalString, nickname: optionalString })])),
  // Hypothesis fields.
  text: optionalString,
  tags: v.optional(v.array(v.string())),
  uri: optionalString,
  references: v.optional(v.array(v.string())),
  user_info: v.nullish(v.looseObject({ display_name: v.nullish(v.string()) })),
});
type W3CRecord = v.InferOutput<typeof recordSchema>;

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
    const checked = v.safeParse(selectorSchema, s);
    if (checked.success) out.push(checked.output);
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
  if (color && a.kind !== 'page-note') a.color = color;
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
      const checked = v.safeParse(recordSchema, raw);
      if (!checked.success) return { index, error: `not a web annotation (${describeIssues(checked.issues)})` };
      const result = recordToAnnotation(checked.output, raw, options);
      if (typeof result === 'string') return { index, error: result };
      const valid = checkAnnotation(result);
      return 'ok' in valid ? { ok: valid.ok } : { index, error: `cannot be kept as it is (${valid.error})` };
    }),
  };
}
