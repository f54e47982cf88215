/**
 * A work allowance for untrusted input (share links, imports): anchoring and quote restoration
 * spend units before each costly step and stop when the allowance is gone, so a crafted link
 * cannot keep the page busy for long. What is left undone becomes an orphan with a message.
 *
 * Units, not milliseconds, so the same input always gives the same answer (and tests can set a
 * small allowance); one unit is roughly one character compared. `WORK_UNITS_PER_SECOND` ties the
 * units to time on a slow laptop core (measured by bench/hostile-links.ts).
 */

export interface WorkBudget {
  /** Takes `units` from the allowance; false (and nothing taken) when there is not enough left. */
  spend(units: number): boolean;
  readonly exhausted: boolean;
}

/**
 * Units of anchoring work per second of one core: Myers' search over 1 MB of text with a
 * 32-character pattern takes ≈ 10 ms here, i.e. ≈ 2 × 10^8 units/s; the constant is set below
 * that so that a full allowance stays under a second on a slower machine.
 */
export const WORK_UNITS_PER_SECOND = 100_000_000;

/** The allowance for opening one share link or import: about half a second of work. */
export const HOSTILE_INPUT_UNITS = WORK_UNITS_PER_SECOND / 2;

/** The largest single step the main-thread fallback takes: well inside a 50 ms task. */
export const MAIN_THREAD_STEP_UNITS = WORK_UNITS_PER_SECOND / 50;

/**
 * `maxStep` refuses any single step larger than that (counted as running out): on the main thread
 * one step cannot be interrupted, so a step must fit in a frame's worth of work.
 */
export function workBudget(units: number, { maxStep = Infinity }: { maxStep?: number } = {}): WorkBudget {
  let left = units;
  let exhausted = false;
  return {
    spend(n) {
      if (n > left || n > maxStep) {
        exhausted = true;
        return false;
      }
      left -= n;
      return true;
    },
    get exhausted() {
      return exhausted;
    },
  };
}

/** For the reader's own annotations on its own text: no limit. */
export const unlimited = (): WorkBudget => ({ spend: () => true, exhausted: false });
