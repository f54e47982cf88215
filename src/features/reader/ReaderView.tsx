/**
 * The reading view for one article: loads it through TanStack Query and lays it out.
 * Loading and error states are explicit; an error never replaces the library or another article
 * the user had open, it only explains what went wrong here.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, type ReactNode } from 'react';
import { markOpened } from '../../store/library';
import { articleQueryOptions, bundledIndexQueryOptions } from '../../api/articles';
import { useQueryClient } from '@tanstack/react-query';
import { LIBRARY_HREF } from '../../lib/hash-route';
import type { Article } from '../../model/article';
import { articleMetaLine, BYLINE_ID } from './article-meta';
import { bylineLines, separateLicence, rememberedStructure } from '../../model/article-structure';
import { ArticleBody } from './ArticleBody';
import { keepEndAtEnd } from './end-reaches-end';

interface ReaderViewProps {
  articleKey: string;
  /** Panels and layers composed around the article by the app. */
  renderAround?: (article: Article, body: ReactNode) => ReactNode;
}

export function useArticle(articleKey: string) {
  const client = useQueryClient();
  const index = () => client.ensureQueryData(bundledIndexQueryOptions());
  return useQuery(articleQueryOptions(articleKey, index));
}

export function ReaderView({ articleKey, renderAround }: ReaderViewProps) {
  const { data: article, error, isPending } = useArticle(articleKey);
  const structure = useMemo(
    () => (article ? rememberedStructure(article.text, { knownTitle: article.title }) : null),
    [article],
  );
  // Under the key the library lists it by (a bundled article's slug, else its content hash).
  const opened = !!article;
  useEffect(() => {
    if (opened) markOpened(articleKey);
  }, [opened, articleKey]);
  // End reaches the end with one press, however the page grows meanwhile.
  useEffect(() => keepEndAtEnd(), []);

  if (isPending) {
    return (
      <main id="main-content" tabIndex={-1} className="reader" aria-busy="true">
        <p className="loading" role="status">
          Loading article…
        </p>
      </main>
    );
  }
  if (error || !article || !structure) {
    return (
      <main id="main-content" tabIndex={-1} className="reader">
        <div className="load-error" role="alert">
          <h1>This article could not be opened</h1>
          <p>{error?.message ?? 'Unknown error.'}</p>
          <p>
            <a href={LIBRARY_HREF}>Go to the library</a>
          </p>
        </div>
      </main>
    );
  }

  const meta = articleMetaLine(article);
  const licence = separateLicence(structure, article.licence);
  const titleInText = structure.title !== undefined;
  const byline = structure.byline;
  const body = (
    <article
      className="article"
      lang="en"
      aria-labelledby="article-title"
      aria-describedby={byline ? BYLINE_ID : undefined}
      data-article-id={article.id}
    >
      <header className="article-header">
        <h1
          id="article-title"
          dir="auto"
          data-start={titleInText ? structure.blocks[0].start : undefined}
          data-end={titleInText ? structure.blocks[0].end : undefined}
        >
          {titleInText ? article.text.slice(structure.blocks[0].start, structure.blocks[0].end) : article.title}
        </h1>
        {byline && (
          <p id={BYLINE_ID} className="article-byline" dir="auto">
            {bylineLines(article.text, byline).map((line) => (
              <span key={line.start} className="article-byline-line" data-start={line.start} data-end={line.end}>
                {article.text.slice(line.start, line.end)}
              </span>
            ))}
          </p>
        )}
        {meta && <p className="article-meta">{meta}</p>}
      </header>
      <ArticleBody text={article.text} structure={structure} />
      {licence && <p className="article-licence">{licence}</p>}
    </article>
  );
  return (
    <main id="main-content" tabIndex={-1} className="reader">
      {renderAround ? renderAround(article, body) : body}
    </main>
  );
}
