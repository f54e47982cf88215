/**
 * Lets the page hold back work that runs beside it on the machine's other core while it does
 * something that must stay smooth. On a 2-core machine the analysis worker is not alone there: the
 * engine's hot code sets V8's optimizing compilers going on background threads (on a 1 MB article
 * about as much CPU as the analysis itself), and with the compositor and raster threads they
 * outnumber the cores, so the page's own frame tasks get descheduled mid-task and a 10 ms slice
 * shows as a 60 ms long task. A hold ends when its promise settles, when released, or after
 * `maxMs` at the latest, so a slow page delays the held work by a bounded time only.
 */

const holds = new Set<Promise<void>>();
/** Releases of the holds that end as soon as another hold starts (`holdUntilHandedOver`). */
const handOvers = new Set<() => void>();

/** Holds background work until `until` settles (or `maxMs` passes); returns a release. */
export function holdBackgroundWork(until: Promise<unknown>, maxMs: number): () => void {
  let release = () => {};
  const hold = new Promise<void>((done) => {
    const timer = setTimeout(done, maxMs);
    release = () => {
      clearTimeout(timer);
      done();
    };
    until.then(release, release);
  });
  holds.add(hold);
  void hold.then(() => holds.delete(hold));
  // The new hold takes over from any waiting to hand over: held work never slips in between.
  for (const handOver of [...handOvers]) handOver();
  return release;
}

/**
 * Holds background work until the next hold starts (then that one holds it), until released, or
 * after `maxMs`: for a step whose end is somewhere else, as opening a file is, between the click on
 * "Open file" and the reader's hold while the article's body goes in (ArticleBody).
 */
export function holdUntilHandedOver(maxMs: number): () => void {
  const release = holdBackgroundWork(new Promise(() => {}), maxMs);
  const handOver = () => {
    handOvers.delete(handOver);
    release();
  };
  handOvers.add(handOver);
  return handOver;
}

/** True while some hold is on (then `backgroundWorkMayStart` waits). */
export const backgroundWorkHeld = (): boolean => holds.size > 0;

/** Resolves once no hold is on (at once when none is). */
export async function backgroundWorkMayStart(): Promise<void> {
  while (holds.size) await Promise.all(holds);
}
