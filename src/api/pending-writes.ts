/**
 * Article text writes this page has begun and storage has not answered yet. Closing or reloading
 * the tab meanwhile drops them (an IndexedDB transaction that has not completed is aborted with
 * the page), and the text is in no library after that: app/unload-guard.ts asks first, only
 * while one is pending. A write whose article the reader removed meanwhile is no longer pending:
 * losing it loses nothing wanted (if it lands, what it wrote is deleted again).
 */
type Listener = (pending: number) => void;

/** Each pending write, with the article it writes (if any). */
const pending = new Map<object, string | undefined>();
const listeners = new Set<Listener>();

const tell = () => listeners.forEach((listen) => listen(pending.size));

/** Counts `write` (of article `key`) as pending until it settles, either way; returns it unchanged. */
export function trackWrite<T>(write: Promise<T>, key?: string): Promise<T> {
  const ticket = {};
  pending.set(ticket, key);
  tell();
  const done = () => {
    if (pending.delete(ticket)) tell();
  };
  write.then(done, done);
  return write;
}

/** The writes of article `key` no longer count: it was removed, so leaving loses nothing of it. */
export function forgetWrites(key: string): void {
  let dropped = false;
  for (const [ticket, of] of pending)
    if (of === key) {
      pending.delete(ticket);
      dropped = true;
    }
  if (dropped) tell();
}

export const writesPending = (): number => pending.size;

/** Calls `listen` with the count each time it changes; returns the unsubscribe. */
export function watchPendingWrites(listen: Listener): () => void {
  listeners.add(listen);
  return () => listeners.delete(listen);
}
