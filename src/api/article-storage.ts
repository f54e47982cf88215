/**
 * Where the texts of articles a user opened are kept: IndexedDB (via idb-keyval).
 * Why not localStorage: an article may be up to 5 MB, and localStorage's ~5 MB per origin is
 * shared with the annotations, whose safety matters more; IndexedDB has a far larger quota and
 * reads asynchronously, so a long text never blocks the page. If IndexedDB is unavailable
 * (some private modes), texts live in memory for the session and the library says so.
 *
 * Every record read back passes the article schema (its text must hash to its id), so a damaged
 * or foreign record is reported as such instead of being shown under the wrong id. A long text is
 * kept as a Blob and read back in slices (stored-text.ts), so a reload never spends one long task
 * on it.
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { checkArticleInSlices, type Article } from '../model/article';
import { analysisCache } from '../workers/analysis-cache';
import { retryAfterFreeing } from '../lib/retry-after-freeing';
import { forgetWrites, trackWrite } from './pending-writes';
import { storedForm, withTextRead } from './stored-text';

/** IndexedDB database and object store of the article texts (listed in src/store/README.md). */
export const ARTICLES_DB = 'marginalia';
export const ARTICLES_STORE = 'articles';

let store: UseStore | null | undefined;

const memory = new Map<string, Article>();

function idb(): UseStore | null {
  if (store === undefined) {
    try {
      store = typeof indexedDB === 'undefined' ? null : createStore(ARTICLES_DB, ARTICLES_STORE);
    } catch {
      store = null;
    }
  }
  return store;
}

/**
 * How long a read or save of a saved text may take before the reader is told: a blocked or stalled
 * IndexedDB never answers, and the page must not say "Loading article…" (or never open a paste)
 * for ever.
 */
const STORAGE_ANSWER_MS = 6000;
const NO_ANSWER = Symbol('no answer');

/** `promise`, or NO_ANSWER once STORAGE_ANSWER_MS have passed without it. */
async function inTime<T>(promise: Promise<T>): Promise<T | typeof NO_ANSWER> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    promise,
    new Promise<typeof NO_ANSWER>((resolve) => (timer = setTimeout(() => resolve(NO_ANSWER), STORAGE_ANSWER_MS))),
  ]).finally(() => clearTimeout(timer));
}

/** Where a text ended up: in IndexedDB, or for this session only ('memory'). */
export type SaveResult = 'saved' | 'memory';
/**
 * A save still waiting for storage after STORAGE_ANSWER_MS (a slow or stalled disk): the text is
 * held for the session meanwhile, and `landed` settles with where the write ended up (never, if
 * storage never answers). Saying "kept for this session only" here was wrong when it landed later.
 */
export interface SlowSave {
  slow: true;
  landed: Promise<LateAnswer>;
}
/**
 * How a slow save ended: 'saved' or 'memory' as for any save; 'removed' when the reader removed the
 * article while the write was pending (the text it wrote is deleted again); 'superseded' when it
 * was refused but a newer save of the same text is under way or done (that one says where it is).
 */
export type LateAnswer = SaveResult | 'removed' | 'superseded';

/**
 * Per article id, the newest save begun in this page; a removal drops it. A write that lands
 * after a removal must not keep the text (a refused write is tried again after freeing space, in
 * a transaction queued after the removal's), nor may an older save's refusal speak for a newer one.
 */
const newestSave = new Map<string, { result?: Promise<SaveResult | SlowSave> }>();

/**
 * Keeps the text in IndexedDB, or for this session only ('memory'). A storage that does not answer
 * in time (see STORAGE_ANSWER_MS) gives a `SlowSave`, so opening the article never waits for ever;
 * the save goes on, and its `landed` tells where it ended up.
 */
export function saveArticle(article: Article): Promise<SaveResult | SlowSave> {
  const ticket: { result?: Promise<SaveResult | SlowSave> } = {};
  newestSave.set(article.id, ticket);
  ticket.result = saveAs(article, ticket);
  return ticket.result;
}

async function saveAs(article: Article, ticket: object): Promise<SaveResult | SlowSave> {
  memory.set(article.id, article);
  // Opened again after a removal: its analysis may be cached again (the removal had barred it).
  // Not awaited: its transaction is queued before the idle-time write of this article's analysis.
  void analysisCache.allow(article.id);
  const s = idb();
  if (!s) return 'memory';
  // Pending until storage answers: leaving the page meanwhile is asked about (app/unload-guard.ts).
  const saving = trackWrite(storeText(s, article), article.id);
  const answer = await inTime(saving);
  if (answer !== NO_ANSWER) return answer;
  // Opened again while this write waited: the newer save says where the text is (else this older
  // one, answering later, would list it as still being saved after the newer one saved it).
  const newer = newestSave.get(article.id);
  if (newer && newer !== ticket && newer.result) return newer.result;
  return { slow: true, landed: saving.then((where) => lateAnswer(s, article.id, ticket, where)) };
}

async function lateAnswer(s: UseStore, id: string, ticket: object, where: SaveResult): Promise<LateAnswer> {
  const newest = newestSave.get(id);
  if (!newest) {
    // Removed while the write was pending: what it wrote goes too (the reader asked for it gone).
    if (where === 'saved') await del(id, s).catch(() => undefined);
    return 'removed';
  }
  // Refused while a newer save of the text is under way or done: that one says where it is.
  return where === 'memory' && newest !== ticket ? 'superseded' : where;
}

async function storeText(s: UseStore, article: Article): Promise<SaveResult> {
  // Refused, most likely for lack of space: the analysis cache only saves time, so the space it
  // holds goes to the reader's article, and the save is tried once more.
  // A long text goes in as a Blob (stored-text.ts); a store that refuses Blobs (some private
  // modes) is given the plain record, as before.
  const stored = storedForm(article);
  const write = () =>
    stored === article
      ? set(article.id, article, s)
      : set(article.id, stored, s).catch(() => set(article.id, article, s));
  return retryAfterFreeing(write, () => analysisCache.clear()).then(
    () => 'saved' as const,
    () => 'memory' as const,
  );
}

/**
 * The stored article, a reason it cannot be used, or undefined when there is none. `unanswered`
 * marks a storage that never answered: the text may well be there, unlike a damaged one.
 */
export async function readArticle(
  id: string,
): Promise<{ ok: Article } | { error: string; unanswered?: true } | undefined> {
  const s = idb();
  if (s) {
    try {
      const found = await inTime(get<unknown>(id, s));
      if (found === NO_ANSWER) {
        const session = memory.get(id);
        return session
          ? { ok: session }
          : {
              error:
                'Browser storage did not answer, so the saved text could not be read. Reload the page; if it happens again, close other Marginalia tabs first.',
              unanswered: true,
            };
      }
      if (found !== undefined) {
        let record: unknown;
        try {
          record = await withTextRead(found);
        } catch {
          return { error: 'The saved copy of this article is damaged (its text could not be read).' };
        }
        const checked = await checkArticleInSlices(record);
        return 'ok' in checked && checked.ok.id === id
          ? checked
          : {
              error: `The saved copy of this article is damaged (${'error' in checked ? checked.error : 'filed under another id'}).`,
            };
      }
    } catch {
      // fall through to the session copy
    }
  }
  const session = memory.get(id);
  return session ? { ok: session } : undefined;
}

/** The stored article, or undefined when there is none or it is damaged (see `readArticle`). */
export async function loadArticle(id: string): Promise<Article | undefined> {
  const found = await readArticle(id);
  return found && 'ok' in found ? found.ok : undefined;
}

/** Removes the article's text and the stored analyses of it, which quote its names and words. */
export async function forgetArticle(id: string): Promise<void> {
  memory.delete(id);
  newestSave.delete(id);
  // A write still pending for it no longer holds the tab open (app/unload-guard.ts).
  forgetWrites(id);
  const s = idb();
  await Promise.all([s && del(id, s).catch(() => undefined), analysisCache.forget(id)]);
}
