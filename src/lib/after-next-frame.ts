/**
 * Runs `run` in a task of its own right after the next frame is painted (a frame callback runs
 * before the paint; the timer it sets is the first task after). Returns a cancel function.
 * Work scheduled this way never delays the frame that shows what the user just did.
 */
export function afterNextFrame(run: () => void): () => void {
  let timer = 0;
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(run, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
