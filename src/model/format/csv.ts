/**
 * CSV export for spreadsheets: one row per annotation, RFC 4180 (CRLF line ends, every field that
 * holds a comma, quote or line break quoted, quotes doubled), UTF-8 with a BOM so Excel does not
 * read it as Windows-1252.
 *
 * Formula injection: a spreadsheet runs any cell that starts with = + - @ (and some also strip a
 * leading tab or CR first), so a note like `=HYPERLINK(...)` would become live. Such cells get a
 * leading apostrophe, which spreadsheets display as text. This is lossy for a note that genuinely
 * starts with "-", which is the accepted trade-off (OWASP CSV injection guidance).
 */
import type { Claim } from '../../engine/types';
import type { Annotation } from '../annotation';
import { claimDisplayText, claimOf } from '../claim-display';
import { findSelector } from '../selectors';
import type { ColorLabels } from './backup';

export const CSV_COLUMNS = [
  'created',
  'updated',
  'colour',
  'label',
  'quote',
  'note',
  'tags',
  'verdict',
  'start',
  'end',
  'claim',
  'speaker',
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

function row(a: Annotation, labels: ColorLabels, claims: readonly Claim[]): string[] {
  const quote = findSelector(a.selectors, 'TextQuoteSelector');
  const position = findSelector(a.selectors, 'TextPositionSelector');
  const claim = claimOf(a, claims);
  return [
    a.created,
    a.updated,
    a.color ?? '',
    (a.color && labels[a.color]) || '',
    quote?.exact ?? '',
    a.note,
    a.tags.join(', '),
    a.verdict ?? '',
    position ? String(position.start) : '',
    position ? String(position.end) : '',
    claim ? claimDisplayText(claim) : '',
    claim?.speaker?.name ?? '',
  ];
}

/**
 * Reading order (by position; page notes first), deleted annotations left out. A claim
 * annotation's `claim` and `speaker` come from the analysis' claims when given.
 */
export function toCsv(
  annotations: readonly Annotation[],
  labels: ColorLabels = {},
  { bom = true, claims = [] }: { bom?: boolean; claims?: readonly Claim[] } = {},
): string {
  const start = (a: Annotation) => findSelector(a.selectors, 'TextPositionSelector')?.start ?? -1;
  const rows = annotations
    .filter((a) => !a.deleted)
    .sort((x, y) => start(x) - start(y))
    .map((a) => row(a, labels, claims));
  const lines = [[...CSV_COLUMNS], ...rows].map((cells) => cells.map(csvField).join(','));
  return (bom ? BOM : '') + lines.join('\r\n') + '\r\n';
}
