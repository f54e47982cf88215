/**
 * Where the texts of articles a user opened are kept: IndexedDB (via idb-keyval).
 * Why not localStorage: an article may be up to 5 MB, and localStorage's ~5 MB per origin is
 * shared with the annotations, whose safety matters more; IndexedDB has a far larger quota and
 * reads asynchronously, so a long text never blocks the page. If IndexedDB is unavailable
 * (some private modes), texts live in memory for the session and the library says so.
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { Article } from '../model/article';

let store: UseStore | null | undefined;
const memory = new Map<string, Article>();

function idb(): UseStore | null {
  if (store === undefined) {
    try {
      store = typeof indexedDB === 'undefined' ? null : createStore('marginalia', 'articles');
    } catch {
      store = null;
    }
  }
  return store;
}

export async function saveArticle(article: Article): Promise<'saved' | 'memory'> {
  memory.set(article.id, article);
  const s = idb();
  if (!s) return 'memory';
  try {
    await set(article.id, article, s);
    return 'saved';
  } catch {
    return 'memory';
  }
}

export async function loadArticle(id: string): Promise<Article | undefined> {
  const s = idb();
  if (s) {
    try {
      const found = await get<Article>(id, s);
      if (found) return found;
    } catch {
      // fall through to the session copy
    }
  }
  return memory.get(id);
}

export async function forgetArticle(id: string): Promise<void> {
  memory.delete(id);
  const s = idb();
  if (s) await del(id, s).catch(() => undefined);
}
