/**
 * Export to the W3C Web Annotation Data Model (JSON-LD), the format other annotation tools read.
 * https://www.w3.org/TR/annotation-model/ — one `AnnotationCollection` per article, one page.
 *
 * Mapping (mirrored by w3c-import.ts, so our export re-imports losslessly except labels):
 * - kind → motivation: highlight `highlighting`, page note `commenting`, claim `assessing`;
 * - note → TextualBody `commenting` in text/markdown; tags → `tagging` bodies;
 * - verdict → TextualBody `assessing`; claim id → SpecificResource `identifying` with a urn;
 *   source links → SpecificResource `linking`; colour label → TextualBody `classifying`;
 * - colour → `styleClass` on the target plus a one-rule `stylesheet` on the annotation;
 * - selectors → TextQuoteSelector and TextPositionSelector on a SpecificResource target, whose
 *   `source` is the article URL or `urn:marginalia:article:<contentHash>`; a page note targets
 *   the source IRI itself.
 * Deleted annotations (tombstones) are internal bookkeeping and are not exported.
 */
import type { Annotation, HighlightColor } from '../annotation';
import type { ArticleMeta } from '../article';
import type { ColorLabels } from './backup';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const ARTICLE_URN = 'urn:marginalia:article:';
export const ANNOTATION_URN = 'urn:marginalia:annotation:';
export const CLAIM_URN = 'urn:marginalia:claim:';
export const STYLE_CLASS_PREFIX = 'marginalia-';

/** Screen colours of the five highlights, for tools that apply our stylesheet. */
export const HIGHLIGHT_CSS: Record<HighlightColor, string> = {
  yellow: '#fff3a3',
  green: '#c9f2c2',
  blue: '#c7e2ff',
  pink: '#ffd0e5',
  purple: '#e3d4ff',
};

export type W3CBody =
  | { type: 'TextualBody'; purpose: 'commenting'; value: string; format: 'text/markdown' }
  | { type: 'TextualBody'; purpose: 'tagging' | 'assessing' | 'classifying'; value: string }
  | { type: 'SpecificResource'; purpose: 'linking' | 'identifying'; source: string };

export interface W3CAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting' | 'assessing';
  created: string;
  modified: string;
  creator?: { type: 'Person'; name: string };
  body?: W3CBody[];
  target: string | { source: string; selector: Annotation['selectors']; styleClass?: string };
  stylesheet?: { type: 'CssStylesheet'; value: string };
}

export interface W3CAnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generated?: string;
  first: { type: 'AnnotationPage'; startIndex: 0; items: W3CAnnotation[] };
}

type SourceArticle = Pick<ArticleMeta, 'id' | 'title' | 'origin'>;

/** The IRI other tools know the article by: its web address when it has one. */
export function articleSource(article: Pick<ArticleMeta, 'id' | 'origin'>): string {
  return article.origin.kind === 'url' ? article.origin.url : `${ARTICLE_URN}${article.id}`;
}

const MOTIVATION = { highlight: 'highlighting', 'page-note': 'commenting', claim: 'assessing' } as const;

export function toW3CAnnotation(a: Annotation, source: string, labels: ColorLabels = {}): W3CAnnotation {
  const body: W3CBody[] = [];
  if (a.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: a.note, format: 'text/markdown' });
  for (const tag of a.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  if (a.verdict) body.push({ type: 'TextualBody', purpose: 'assessing', value: a.verdict });
  if (a.claimId)
    body.push({
      type: 'SpecificResource',
      purpose: 'identifying',
      source: `${CLAIM_URN}${encodeURIComponent(a.claimId)}`,
    });
  for (const link of a.links ?? []) body.push({ type: 'SpecificResource', purpose: 'linking', source: link });
  const label = a.color && labels[a.color];
  if (label) body.push({ type: 'TextualBody', purpose: 'classifying', value: label });

  const out: W3CAnnotation = {
    id: `${ANNOTATION_URN}${encodeURIComponent(a.id)}`,
    type: 'Annotation',
    motivation: MOTIVATION[a.kind],
    created: a.created,
    modified: a.updated,
    target: a.kind === 'page-note' || a.selectors.length === 0 ? source : { source, selector: a.selectors },
  };
  if (a.author) out.creator = { type: 'Person', name: a.author };
  if (body.length) out.body = body;
  if (a.color && typeof out.target !== 'string') {
    const styleClass = `${STYLE_CLASS_PREFIX}${a.color}`;
    out.target.styleClass = styleClass;
    out.stylesheet = {
      type: 'CssStylesheet',
      value: `.${styleClass} { background-color: ${HIGHLIGHT_CSS[a.color]}; }`,
    };
  }
  return out;
}

export interface W3CExportInput {
  article: SourceArticle;
  annotations: readonly Annotation[];
  labels?: ColorLabels;
  /** ISO time of the export; left out when not given so output stays deterministic. */
  generatedAt?: string;
}

export function toW3CCollection({
  article,
  annotations,
  labels,
  generatedAt,
}: W3CExportInput): W3CAnnotationCollection {
  const source = articleSource(article);
  const items = annotations.filter((a) => !a.deleted).map((a) => toW3CAnnotation(a, source, labels));
  return {
    '@context': ANNO_CONTEXT,
    type: 'AnnotationCollection',
    label: article.title,
    total: items.length,
    ...(generatedAt ? { generated: generatedAt } : {}),
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

export function serializeW3C(input: W3CExportInput): string {
  return JSON.stringify(toW3CCollection(input), null, 2);
}
