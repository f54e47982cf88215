/**
 * Keeps an article's text and lists it in the library, as opening one and restoring a backup both
 * do: session-only while the text is not saved, "still being saved" while a slow storage holds its
 * write, and kept in the library once that write lands.
 */
import { metaOf, type Article } from '../model/article';
import { markSlowSaveLanded, rememberArticleMeta } from '../store/library';
import { saveArticle, type SaveResult, type SlowSave } from './article-storage';

export async function saveAndList(article: Article): Promise<SaveResult | SlowSave> {
  const where = await saveArticle(article);
  rememberArticleMeta(metaOf(article), { sessionOnly: where !== 'saved', savingSlowly: typeof where === 'object' });
  if (typeof where === 'object') void where.landed.then((late) => markSlowSaveLanded(article.id, late));
  return where;
}
