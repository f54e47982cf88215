/**
 * Who wrote a web page's article and when it was published, read from what the page states about
 * itself (Readability's findings, meta tags, `<time>` elements), and which of the article's opening
 * lines only restate that. Pure over DOM nodes it is handed; nothing here fetches or renders.
 */

import { BYLINE_WORD, readsAsByline, readsAsTitleOverByline } from '../model/article-structure';

const MAX_BYLINE_CHARS = 100;
const MAX_METADATA_LINE_CHARS = 160;

const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.date"]',
].join(',');

/** Separators between a byline's name and what follows it ("Jane Doe | March 5", "Jane Doe · 3 min read"). */
const BYLINE_TAIL = /\s*[|·•]\s*|\s+[—–]\s+|\s+-\s+/;

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** "By  Jane Doe " → "Jane Doe"; undefined when nothing is left or it is too long to be a byline. */
export function cleanByline(raw: string | null | undefined): string | undefined {
  const name = collapse(raw ?? '')
    .replace(BYLINE_WORD, '')
    .replace(/[\s,;:|·•—–-]+$/u, '');
  return name && name.length <= MAX_BYLINE_CHARS ? name : undefined;
}

/**
 * The byline Readability found, else an opening line that starts with "By" ("Von", "Par") and a
 * name, and reads as a byline rather than a sentence (`readsAsByline`): "By Jane Doe | March 5"
 * gives "Jane Doe"; "By 李伟" gives "李伟"; "Von Montag an gelten … ." gives nothing.
 */
export function bylineOf(found: string | null | undefined, openingLines: readonly string[]): string | undefined {
  const cleaned = cleanByline(found);
  if (cleaned) return cleaned;
  // The part before any date or outlet must read as a byline: a name, no closing full stop ("Von
  // Montag an gelten …", "Par Décret, le gouvernement …" are sentences).
  // A "Von"/"Par" headline right over a "By" line is the title ("Von Trapp Heirs Feud" / "By Jane Doe").
  const line = openingLines.find(
    (l, i) =>
      l.length <= MAX_METADATA_LINE_CHARS &&
      readsAsByline(collapse(l.split(BYLINE_TAIL)[0])) &&
      !readsAsTitleOverByline(collapse(l), openingLines[i + 1] && collapse(openingLines[i + 1].split(BYLINE_TAIL)[0])),
  );
  return line ? cleanByline(line.split(BYLINE_TAIL)[0]) : undefined;
}

/** A calendar date as YYYY-MM-DD, from ISO text or anything `Date` reads; undefined otherwise. */
export function normaliseDate(raw: string | null | undefined): string | undefined {
  const text = collapse(raw ?? '');
  if (!text) return undefined;
  // An ISO stamp names its own calendar day: keep it rather than shift it to the reader's zone.
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  // Bare numbers ("2024", "12") are not dates, though `Date` would read them as such.
  if (!/\p{L}/u.test(text) || !/\d/.test(text)) return undefined;
  const time = Date.parse(text);
  if (Number.isNaN(time)) return undefined;
  const d = new Date(time);
  const year = d.getFullYear();
  if (year < 1800 || year > 2200) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * The publication date: Readability's, then the page's meta tags, then a `<time datetime>` in the
 * article, then one marked as the publication time anywhere on the page.
 */
export function publishedDate(
  doc: Document,
  found: string | null | undefined,
  article: ParentNode | null,
): string | undefined {
  const candidates = [
    found,
    ...[...doc.querySelectorAll<HTMLMetaElement>(DATE_META)].map((m) => m.content),
    ...[...(article?.querySelectorAll('time[datetime]') ?? [])].map((t) => t.getAttribute('datetime')),
    ...[...doc.querySelectorAll('time[pubdate], time[itemprop="datePublished"]')].map(
      (t) => t.getAttribute('datetime') ?? t.textContent,
    ),
  ];
  for (const c of candidates) {
    const date = normaliseDate(c);
    if (date) return date;
  }
  return undefined;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * True when `line` says nothing but the byline and/or the date ("By Jane Doe", "Jane Doe | March
 * 5, 2024", "Published 5 March 2024"), which the header already shows.
 */
export function isMetadataLine(
  line: string,
  meta: { byline?: string; date?: string; dateTexts?: readonly string[] },
): boolean {
  const text = collapse(line);
  if (!text || text.length > MAX_METADATA_LINE_CHARS) return false;
  let rest = text;
  let said = false;
  const remove = (needle: string) => {
    const n = collapse(needle);
    if (!n) return;
    const re = new RegExp(escapeRegExp(n), 'gi');
    if (re.test(rest)) {
      rest = rest.replace(re, ' ');
      said = true;
    }
  };
  if (meta.byline) remove(meta.byline);
  for (const t of meta.dateTexts ?? []) remove(t);
  rest = collapse(rest.replace(/\b(by|published|updated|posted|on|at)\b/gi, ' ').replace(/[|·•—–,:;()-]/g, ' '));
  if (!rest) return said;
  // What is left may be the date itself, written out ("March 5, 2024").
  return meta.date !== undefined && normaliseDate(rest) === meta.date;
}
