/**
 * "Copy as citation": a highlight as a reader would cite it in an email or a document — the
 * quote, who said it when it is a claim, and the article's title, source, date and link — as
 * plain text and as Markdown. Pure: the app's address for a local article is passed in.
 */
import type { Claim, Entity } from '../../engine/types';
import type { Annotation } from '../annotation';
import type { ArticleMeta } from '../article';
import { annotationDisplayText, claimOf } from '../claim-display';
import { articleUrl, passageUrl } from './article-link';
import { oneLine } from '../one-line';
import { escapeMarkdown, speakerName } from './markdown';

export interface CitationInput {
  article: Pick<ArticleMeta, 'id' | 'title' | 'origin' | 'source' | 'date'>;
  annotation: Annotation;
  claims?: readonly Claim[];
  entities?: readonly Entity[];
  appBase?: string;
}

export interface Citation {
  text: string;
  markdown: string;
}

export function citationOf({ article, annotation, claims, entities, appBase }: CitationInput): Citation {
  const quote = annotationDisplayText(annotation, claims);
  const speaker = speakerName(claimOf(annotation, claims), entities);
  const url = passageUrl(article, annotation, appBase) ?? articleUrl(article, appBase);
  // The attribution is one line: a title or source from a backup may hold a line break.
  const title = oneLine(article.title);
  const facts = [article.source, article.date].map((s) => oneLine(s ?? '')).filter(Boolean);
  const by = speaker ? `${speaker}, in ` : '';
  const text = `${quote} — ${by}“${title}”${facts.map((f) => `, ${f}`).join('')}. ${url}`;
  const markdown =
    `> ${escapeMarkdown(quote).replace(/\n/g, '\n> ')}\n>\n` +
    `> — ${speaker ? `${escapeMarkdown(speaker)}, in ` : ''}[*${escapeMarkdown(title)}*](<${url}>)` +
    facts.map((f) => `, ${escapeMarkdown(f)}`).join('');
  return { text, markdown };
}
