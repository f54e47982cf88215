/**
 * Asks before the tab is closed or reloaded while an article's text is still being written (a
 * slow disk can take many seconds): leaving then would lose it. The listener is there only while
 * a write is pending: a page with a `beforeunload` listener is kept out of the back/forward cache,
 * and asking with nothing to lose would teach the reader to click the question away.
 */
import { watchPendingWrites, writesPending } from '../api/pending-writes';

type UnloadTarget = Pick<Window, 'addEventListener' | 'removeEventListener'>;

const askFirst = (e: BeforeUnloadEvent) => {
  e.preventDefault();
  // Older browsers ask only when a return value is set.
  e.returnValue = '';
};

export function guardUnloadWhileWriting(win: UnloadTarget = window): () => void {
  let guarding = false;
  const follow = (pending: number) => {
    if (pending > 0 && !guarding) win.addEventListener('beforeunload', askFirst);
    if (pending === 0 && guarding) win.removeEventListener('beforeunload', askFirst);
    guarding = pending > 0;
  };
  follow(writesPending());
  const stop = watchPendingWrites(follow);
  return () => {
    stop();
    follow(0);
  };
}
