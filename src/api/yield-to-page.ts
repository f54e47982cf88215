/**
 * Gives the page a turn between slices of work on a long article (hashing its text when it is
 * opened or read back): `scheduler.yield` where the browser has it, so the work continues ahead
 * of other tasks, else a new task. store/annotations.ts has the same default for its loading;
 * both can move to one shared slicing helper.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((done) => setTimeout(done, 0));
}
