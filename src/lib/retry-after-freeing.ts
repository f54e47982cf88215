/**
 * A write refused by a full browser storage, tried once more after something that only saves time
 * (the analysis cache) gave up its space: the reader's own data outranks any cache. Both the article
 * texts (api/article-storage.ts) and the damaged copies kept aside (idb-vault.ts) are written so.
 */

/**
 * `attempt()`; when it is refused, `freeSpace()` (resolving whether anything went; a failure counts
 * as nothing) and, if something went, `attempt()` once more. Otherwise the first refusal stands.
 */
export async function retryAfterFreeing<T>(attempt: () => Promise<T>, freeSpace: () => Promise<boolean>): Promise<T> {
  try {
    return await attempt();
  } catch (refused: unknown) {
    if (!(await freeSpace().catch(() => false))) throw refused;
    return attempt();
  }
}
