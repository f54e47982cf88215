/**
 * The export menu's formats as data: label, file extension, MIME type, whether it applies to this
 * article (and why not), and how to build its text. Pure: the serializers live in model/format and
 * this module only chooses inputs for them, so the menu component holds no format logic and this
 * table is tested in Node.
 */
import type { Analysis } from '../../engine/types';
import type { Annotation } from '../../model/annotation';
import type { Article } from '../../model/article';
import type { ColorLabels } from '../../model/format/backup';
import { serializeClaimReviews } from '../../model/format/claim-review';
import { toCsv } from '../../model/format/csv';
import { toGeoJson } from '../../model/format/geojson';
import { toMarkdown, wikilinkTargets } from '../../model/format/markdown';

export { wikilinkTargets };
import { serializeW3C } from '../../model/format/w3c';
import { writtenByline } from '../../model/article-structure';
import { isoDay, safeFileName } from '../../lib/file-name';

export type ExportFormatId = 'w3c' | 'markdown' | 'csv' | 'claims' | 'places' | 'backup';

export interface ExportFormat {
  id: ExportFormatId;
  /** Visible name; the buttons' accessible names are "Download <label>" and "Copy <label>". */
  label: string;
  fileName: string;
  mime: string;
  /** Why the format is unavailable for this article; undefined when it is available. */
  unavailable?: string;
  build: () => string | Promise<string>;
}

export interface ExportContext {
  article: Article;
  annotations: readonly Annotation[];
  analysis?: Analysis;
  labels: ColorLabels;
  /** Add [[wikilinks]] for the people and places the analysis found (Markdown only). */
  wikilinks: boolean;
  /** The app's address (origin and path), for links back to a local article. */
  appBase?: string;
  getBackup: () => Promise<string>;
  now: Date;
}

/**
 * The article with the byline its own text carries under the title ("By Jane Doe" / "Coastline
 * Courier"), as the reader's header and print show it, where its record names none: a file or a
 * pasted text has its byline only in its text.
 */
export function withWrittenByline(article: Article): Article {
  if (article.byline && article.source) return article;
  const written = writtenByline(article.text, { knownTitle: article.title });
  if (!written) return article;
  return {
    ...article,
    byline: article.byline ?? written.byline,
    ...(article.source || !written.source ? {} : { source: written.source }),
  };
}

export function exportFormats(ctx: ExportContext): ExportFormat[] {
  const { article, annotations, analysis, labels, now, appBase } = ctx;
  const live = annotations.filter((a) => !a.deleted);
  const at = now.toISOString();
  const name = (ext: string, suffix = '') => safeFileName(`${article.title}${suffix}`, ext, now);
  const places = analysis ? toGeoJson(analysis) : undefined;
  const hasVerdicts = live.some((a) => a.verdict);

  return [
    {
      id: 'w3c',
      label: 'W3C Web Annotation (JSON-LD)',
      fileName: name('jsonld'),
      mime: 'application/ld+json',
      build: () => serializeW3C({ article, annotations: live, labels, generatedAt: at }),
    },
    {
      id: 'markdown',
      label: 'Markdown',
      fileName: name('md'),
      mime: 'text/markdown',
      build: () =>
        toMarkdown({
          article: withWrittenByline(article),
          annotations: live,
          labels,
          exportedAt: at,
          claims: analysis?.claims,
          entities: analysis?.entities,
          appBase,
          ...(ctx.wikilinks ? { wikilinks: wikilinkTargets(analysis) } : {}),
        }),
    },
    {
      id: 'csv',
      label: 'CSV',
      fileName: name('csv'),
      mime: 'text/csv',
      build: () => toCsv(live, labels, { article, claims: analysis?.claims, entities: analysis?.entities, appBase }),
    },
    {
      id: 'claims',
      label: 'Claim reviews (schema.org ClaimReview JSON-LD)',
      fileName: name('jsonld', ' claims'),
      mime: 'application/ld+json',
      unavailable: hasVerdicts ? undefined : 'Give a claim a verdict to export claim reviews.',
      build: () => serializeClaimReviews({ article, annotations: live, analysis, appBase }),
    },
    {
      id: 'places',
      label: 'Places (GeoJSON)',
      fileName: name('geojson', ' places'),
      mime: 'application/geo+json',
      unavailable: !places
        ? 'Available once the analysis has finished.'
        : places.features.length === 0
          ? 'No places with coordinates were found in this article.'
          : undefined,
      build: () => JSON.stringify(places ?? { type: 'FeatureCollection', features: [] }, null, 2),
    },
    {
      id: 'backup',
      label: 'Full backup (JSON)',
      fileName: `marginalia-backup-${isoDay(now)}.json`,
      mime: 'application/json',
      build: () => ctx.getBackup(),
    },
  ];
}
