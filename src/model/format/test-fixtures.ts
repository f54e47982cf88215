/**
 * A small annotated article used by the format tests: one of each annotation kind, with the
 * characters that break naive serializers (quotes, commas, newlines, formula starters, Markdown,
 * HTML). Used only by tests.
 */
import { contentHash } from '../../lib/content-hash';
import type { Annotation } from '../annotation';
import type { Article } from '../article';

export const TEXT =
  'MOSCOW — Putin said the missile "cannot be stopped", experts doubt it.\n' +
  'Residents of Kyiv, however, said = +1 - that is the mood; @night the sirens ran.\n' +
  'The council, meeting in Odesa, rejected the plan.';

const at = (quote: string) => {
  const start = TEXT.indexOf(quote);
  return [
    {
      type: 'TextQuoteSelector' as const,
      exact: quote,
      prefix: TEXT.slice(Math.max(0, start - 16), start),
      suffix: TEXT.slice(start + quote.length, start + quote.length + 16),
    },
    { type: 'TextPositionSelector' as const, start, end: start + quote.length },
  ];
};

export const ARTICLE: Article = {
  id: contentHash(TEXT),
  title: 'Putin: "no chance" — a test, with commas',
  origin: { kind: 'url', url: 'https://news.example.com/world/putin-duel?ref=rss' },
  source: 'Example News',
  date: '2024-12-19',
  addedAt: '2026-11-01T09:00:00.000Z',
  text: TEXT,
};

const base = {
  articleId: ARTICLE.id,
  created: '2026-11-02T10:00:00.000Z',
  updated: '2026-11-03T11:30:00.000Z',
  tags: [] as string[],
  note: '',
};

export const HIGHLIGHT: Annotation = {
  ...base,
  id: 'h1',
  kind: 'highlight',
  selectors: at('the missile "cannot be stopped", experts'),
  color: 'yellow',
  note: 'Is this **true**?\nSecond line, with "quotes".',
  tags: ['missiles', 'follow up'],
};
export const FORMULA: Annotation = {
  ...base,
  id: 'h2',
  kind: 'highlight',
  selectors: at('= +1 - that is the mood'),
  color: 'pink',
  note: '=HYPERLINK("http://evil")',
  tags: ['@odd'],
};
export const CLAIM: Annotation = {
  ...base,
  id: 'c1',
  kind: 'claim',
  selectors: at('Putin said the missile "cannot be stopped"'),
  note: 'No evidence offered.',
  claimId: 'claim-0',
  verdict: 'disputed',
  links: ['https://factcheck.example/oreshnik'],
  author: 'Ana <b>',
};
export const PAGE_NOTE: Annotation = {
  ...base,
  id: 'p1',
  kind: 'page-note',
  selectors: [],
  note: 'Overall: one-sided. <script>alert(1)</script>',
};
export const DELETED: Annotation = { ...HIGHLIGHT, id: 'gone', deleted: true };

export const ANNOTATIONS = [HIGHLIGHT, FORMULA, CLAIM, PAGE_NOTE, DELETED];
export const LIVE = ANNOTATIONS.filter((a) => !a.deleted);
