/**
 * Article text writes this page has begun and storage has not answered yet. Closing or reloading
 * the tab meanwhile drops them (an IndexedDB transaction that has not completed is aborted with
 * the page), and the text is in no library after that: app/unload-guard.ts asks first, only
 * while one is pending.
 */
type Listener = (pending: number) => void;

let pending = 0;
const listeners = new Set<Listener>();

const tell = () => listeners.forEach((listen) => listen(pending));

/** Counts `write` as pending until it settles (either way); returns it unchanged. */
export function trackWrite<T>(write: Promise<T>): Promise<T> {
  pending++;
  tell();
  const done = () => {
    pending--;
    tell();
  };
  write.then(done, done);
  return write;
}

export const writesPending = (): number => pending;

/** Calls `listen` with the count each time it changes; returns the unsubscribe. */
export function watchPendingWrites(listen: Listener): () => void {
  listeners.add(listen);
  return () => listeners.delete(listen);
}
