/**
 * Everything the reader keeps, as one JSON backup: the articles they opened (with text) and
 * every annotation of every article (bundled ones included), plus colour labels.
 */
import type { Article } from '../model/article';
import { serializeBackup, type Backup } from '../model/format/backup';
import { annotationsStore, importAnnotations, setLabel } from '../store/annotations';
import type { HighlightColor } from '../model/annotation';
import { rememberArticleMeta, useLibraryStore } from '../store/library';
import { loadArticle, saveArticle } from './article-storage';

export async function buildBackup(): Promise<string> {
  const metas = useLibraryStore.getState().articles;
  const articles = (await Promise.all(metas.map((m) => loadArticle(m.id)))).filter((a): a is Article => !!a);
  const state = annotationsStore.getState();
  const annotations = Object.values(state.annotations).flatMap((byId) => Object.values(byId));
  return serializeBackup({ exportedAt: new Date().toISOString(), articles, annotations, labels: state.labels });
}

export async function restoreBackup(
  backup: Backup,
): Promise<{ articles: number; added: number; alreadyPresent: number }> {
  let articles = 0;
  for (const a of backup.articles) {
    await saveArticle(a);
    const { text: _text, ...meta } = a;
    rememberArticleMeta(meta);
    articles++;
  }
  for (const [color, label] of Object.entries(backup.labels ?? {})) if (label) setLabel(color as HighlightColor, label);
  const result = importAnnotations(backup.annotations);
  return { articles, added: result.added + result.updated, alreadyPresent: result.alreadyPresent };
}
