/**
 * CSV export for spreadsheets: one row per annotation, RFC 4180 (CRLF line ends, every field that
 * holds a comma, quote or line break quoted, quotes doubled), UTF-8 with a BOM so Excel does not
 * read it as Windows-1252.
 *
 * Formula injection: a spreadsheet runs any cell that starts with = + - @ (and some also strip a
 * leading tab or CR first), so a note like `=HYPERLINK(...)` would become live. Such cells get a
 * leading apostrophe, which spreadsheets display as text. This is lossy for a note that genuinely
 * starts with "-", which is the accepted trade-off (OWASP CSV injection guidance).
 *
 * Columns are what a person filters and sorts by (article, link, quote, note as plain text, tags,
 * label, speaker, verdict, sources, times); character offsets come last, for tools that re-anchor.
 */
import type { Claim, Entity } from '../../engine/types';
import { VERDICT_LABEL, type Annotation } from '../annotation';
import type { ArticleMeta } from '../article';
import { claimDisplayText, claimOf } from '../claim-display';
import { findSelector } from '../selectors';
import { articleUrl, passageUrl } from './article-link';
import type { ColorLabels } from './backup';
import { speakerName } from './markdown';
import { noteText } from './note-text';

export const CSV_COLUMNS = [
  'article',
  'url',
  'quote',
  'note',
  'tags',
  'label',
  'speaker',
  'claim',
  'verdict',
  'sources',
  'created',
  'updated',
  'start',
  'end',
] as const;
export const BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function csvField(value: string): string {
  const safe = neutraliseFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export interface CsvOptions {
  bom?: boolean;
  /** The article the annotations are on: its title and address fill the first columns. */
  article?: Pick<ArticleMeta, 'id' | 'title' | 'origin' | 'source'>;
  /** The analysis' claims and entities: a judged claim's speaker, by canonical name. */
  claims?: readonly Claim[];
  entities?: readonly Entity[];
  /** The app's address, for links to a local article's passages. */
  appBase?: string;
}

function row(a: Annotation, labels: ColorLabels, o: CsvOptions): string[] {
  const quote = findSelector(a.selectors, 'TextQuoteSelector');
  const position = findSelector(a.selectors, 'TextPositionSelector');
  const claim = claimOf(a, o.claims);
  const url = o.article ? (passageUrl(o.article, a, o.appBase) ?? articleUrl(o.article, o.appBase)) : '';
  return [
    o.article?.title ?? '',
    url,
    quote?.exact ?? '',
    a.note ? noteText(a.note) : '',
    a.tags.join(', '),
    (a.color && (labels[a.color] || a.color)) ||
      (a.kind === 'page-note' ? 'page note' : a.kind === 'claim' ? 'claim' : ''),
    speakerName(claim, o.entities) ?? '',
    claim ? claimDisplayText(claim) : '',
    a.verdict ? (VERDICT_LABEL[a.verdict] ?? a.verdict) : '',
    (a.links ?? []).join(' '),
    a.created,
    a.updated,
    position ? String(position.start) : '',
    position ? String(position.end) : '',
  ];
}

/** Reading order (by position; page notes first), deleted annotations left out. */
export function toCsv(annotations: readonly Annotation[], labels: ColorLabels = {}, options: CsvOptions = {}): string {
  const { bom = true } = options;
  const start = (a: Annotation) => findSelector(a.selectors, 'TextPositionSelector')?.start ?? -1;
  const rows = annotations
    .filter((a) => !a.deleted)
    .sort((x, y) => start(x) - start(y))
    .map((a) => row(a, labels, options));
  const lines = [[...CSV_COLUMNS], ...rows].map((cells) => cells.map(csvField).join(','));
  return (bom ? BOM : '') + lines.join('\r\n') + '\r\n';
}
