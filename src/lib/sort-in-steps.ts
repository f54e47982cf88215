/**
 * A stable sort as a generator of small steps (bottom-up merge sort), for sorting thousands of
 * items with a comparator in slices of main-thread time (`runInSlices`) instead of one long task.
 * The input is not changed; the sorted copy is the generator's return value.
 */

/** Runs this short are sorted by insertion, in one step each. */
const RUN = 32;

export function* sortInSteps<T>(
  items: readonly T[],
  compare: (a: T, b: T) => number,
  /** About how many comparisons one step makes. */
  stepSize = 2048,
): Generator<void, T[]> {
  const n = items.length;
  let src = items.slice();
  let done = 0;
  for (let lo = 0; lo < n; lo += RUN) {
    const hi = Math.min(lo + RUN, n);
    for (let i = lo + 1; i < hi; i++) {
      const x = src[i];
      let j = i - 1;
      while (j >= lo && (done++, compare(src[j], x) > 0)) {
        src[j + 1] = src[j];
        j--;
      }
      src[j + 1] = x;
    }
    // Between runs only: one run is at most RUN²/2 comparisons.
    if (done >= stepSize) {
      done = 0;
      yield;
    }
  }
  let dst = new Array<T>(n);
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      for (let k = lo; k < hi; k++) {
        // `<= 0` takes the left run first on ties: the sort is stable.
        if (i < mid && (j >= hi || compare(src[i], src[j]) <= 0)) dst[k] = src[i++];
        else dst[k] = src[j++];
        if (++done >= stepSize) {
          done = 0;
          yield;
        }
      }
    }
    [src, dst] = [dst, src];
  }
  return src;
}
