import { workBudget, type WorkBudget } from './work-budget';

/**
 * A work allowance that also records how much was spent, so tests check the bound on work
 * itself rather than timing it. Used only by tests.
 */
export function meteredBudget(units: number): WorkBudget & { spent: number } {
  const inner = workBudget(units);
  const meter = {
    spent: 0,
    spend(n: number) {
      const ok = inner.spend(n);
      if (ok) meter.spent += n;
      return ok;
    },
    get exhausted() {
      return inner.exhausted;
    },
  };
  return meter;
}
