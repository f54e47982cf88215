/**
 * Markdown export for note apps (Obsidian, Logseq, Notion): YAML front matter (title, source,
 * date), the page note, then each highlight and judged claim in reading order as a blockquote with
 * its label, a Text Fragment link back to the passage (web articles only), its note and #tags.
 *
 * Quotes are article text, so Markdown and HTML in them are escaped: a quoted `<img onerror>`
 * must stay text in an app that renders HTML. Notes are the user's own Markdown and pass through.
 * Optional [[wikilinks]] for given names (people, places) are added at word boundaries, never
 * inside an existing wikilink or a URL.
 */
import type { Claim } from '../../engine/types';
import type { Annotation } from '../annotation';
import type { ArticleMeta } from '../article';
import { claimDisplayText, claimOf } from '../claim-display';
import { findSelector } from '../selectors';
import type { ColorLabels } from './backup';
import { textFragmentUrl } from './text-fragment';

export interface MarkdownInput {
  article: Pick<ArticleMeta, 'title' | 'origin' | 'source' | 'date'>;
  annotations: readonly Annotation[];
  labels?: ColorLabels;
  /** Names to turn into [[wikilinks]] where they occur in quotes and notes. */
  wikilinks?: readonly string[];
  /** ISO time of the export, written to the front matter when given. */
  exportedAt?: string;
  /** The analysis' claims: a judged claim is written with its speaker and words. */
  claims?: readonly Claim[];
}

/** The article's web address, if it has one a browser could open. */
export function webUrlOf(article: Pick<ArticleMeta, 'origin' | 'source'>): string | undefined {
  if (article.origin.kind === 'url') return article.origin.url;
  return article.source && /^https?:\/\//i.test(article.source) ? article.source : undefined;
}

export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#+-])(?=\s)/gm, '$1\\$2')
    .replace(/^(\s*\d+)\.(?=\s)/gm, '$1\\.');
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Wraps each given name in [[ ]] where it stands as a whole word; longest names win. */
export function addWikilinks(text: string, names: readonly string[]): string {
  const sorted = [...new Set(names.map((n) => n.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (!sorted.length) return text;
  const pattern = new RegExp(
    `(\\[\\[[^\\]]*\\]\\]|https?:\\/\\/\\S+)|(?<![\\p{L}\\p{N}_])(${sorted.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_])`,
    'gu',
  );
  return text.replace(pattern, (match, keep: string | undefined) => (keep ? match : `[[${match}]]`));
}

/** Tags as `#tag`: spaces become hyphens, characters tag syntax cannot hold are dropped. */
export function hashtag(tag: string): string {
  const clean = tag
    .trim()
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{N}_/-]/gu, '');
  return clean ? `#${clean}` : '';
}

const yaml = (s: string) => JSON.stringify(s);
const positionOf = (a: Annotation) => findSelector(a.selectors, 'TextPositionSelector')?.start ?? Infinity;

function section(a: Annotation, input: MarkdownInput, url: string | undefined): string {
  const names = input.wikilinks ?? [];
  const quote = findSelector(a.selectors, 'TextQuoteSelector');
  const lines: string[] = [];
  if (quote) {
    const body = addWikilinks(escapeMarkdown(quote.exact), names);
    lines.push(...body.split(/\r?\n/).map((l) => `> ${l}`.trimEnd()), '');
  }
  const claim = claimOf(a, input.claims);
  if (claim) {
    // In quotation marks only when the speaker's own words (claimDisplayText).
    const who = claim.speaker ? `**${escapeMarkdown(claim.speaker.name)}**` : '*Unattributed*';
    lines.push(`Claim — ${who}: ${addWikilinks(escapeMarkdown(claimDisplayText(claim)), names)}`, '');
  }
  const meta: string[] = [];
  const label = a.color && input.labels?.[a.color];
  if (label) meta.push(`**${escapeMarkdown(label)}**`);
  if (a.color) meta.push(`(${a.color})`);
  if (a.verdict) meta.push(`Verdict: **${a.verdict}**`);
  const link = url && quote ? textFragmentUrl(url, quote) : null;
  if (link) meta.push(`[↗ passage](<${link}>)`);
  if (meta.length) lines.push(`— ${meta.join(' · ')}`, '');
  if (a.note) lines.push(addWikilinks(a.note, names), '');
  for (const source of a.links ?? []) lines.push(`- Source: <${source}>`);
  if (a.links?.length) lines.push('');
  const tags = a.tags.map(hashtag).filter(Boolean);
  if (tags.length) lines.push(tags.join(' '), '');
  return lines.join('\n');
}

export function toMarkdown(input: MarkdownInput): string {
  const { article } = input;
  const url = webUrlOf(article);
  const live = input.annotations.filter((a) => !a.deleted);
  const front = ['---', `title: ${yaml(article.title)}`];
  if (url ?? article.source) front.push(`source: ${yaml((url ?? article.source) as string)}`);
  if (article.date) front.push(`date: ${yaml(article.date)}`);
  if (input.exportedAt) front.push(`exported: ${yaml(input.exportedAt)}`);
  front.push('---', '');

  const out = [...front, `# ${escapeMarkdown(article.title)}`, ''];
  if (url) out.push(`Source: <${url}>`, '');
  else if (article.source) out.push(`Source: ${escapeMarkdown(article.source)}`, '');
  const pageNotes = live.filter((a) => a.kind === 'page-note');
  for (const note of pageNotes) out.push('## Page note', '', section(note, input, url));
  const passages = live.filter((a) => a.kind !== 'page-note').sort((x, y) => positionOf(x) - positionOf(y));
  if (passages.length) out.push('## Highlights', '');
  for (const a of passages) out.push(section(a, input, url), '---', '');
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}
