/**
 * Runs `run` in a task of its own right after the next frame is painted (a frame callback runs
 * before the paint; the task it posts is the first after). Returns a cancel function.
 * Work scheduled this way never delays the frame that shows what the user just did.
 *
 * `user-blocking`: the task goes ahead of the page's loading and timer tasks, where the browser
 * has prioritized tasks (`scheduler.postTask`); else it is a timer like the rest. For what the
 * reader waits to see, on a page still loading its code.
 */
export function afterNextFrame(run: () => void, priority?: 'user-blocking'): () => void {
  let cancelTask = () => {};
  const frame = requestAnimationFrame(() => {
    if (priority && typeof scheduler !== 'undefined' && typeof TaskController !== 'undefined') {
      const task = new TaskController({ priority });
      // Cancelling rejects the task's promise: not an error. What `run` throws still surfaces.
      scheduler.postTask(run, { signal: task.signal }).catch((e: unknown) => {
        if (!task.signal.aborted) throw e;
      });
      cancelTask = () => task.abort();
    } else {
      const timer = window.setTimeout(run, 0);
      cancelTask = () => clearTimeout(timer);
    }
  });
  return () => {
    cancelAnimationFrame(frame);
    cancelTask();
  };
}
