/**
 * The analysis of an article, cached by TanStack Query under the article's content hash: the
 * same text is analysed once per session however often it is opened.
 */
import { queryOptions } from '@tanstack/react-query';
import type { Article } from '../model/article';
import { analyzeText } from '../workers/analysis-client';
import type { AnalysisStage } from '../workers/analysis-shared';

export const analysisQueryOptions = (article: Pick<Article, 'id' | 'text'>, onStage?: (s: AnalysisStage) => void) =>
  queryOptions({
    queryKey: ['analysis', article.id],
    // The signal drops a request still waiting when the reader leaves the article (analysis-client).
    queryFn: ({ signal }) => analyzeText(article.text, onStage, signal),
    staleTime: Infinity,
    gcTime: 30 * 60_000,
    retry: false,
  });
