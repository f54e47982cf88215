import { describe, expect, it } from 'vitest';
import type { Page } from '@playwright/test';
import { waitForProbe } from './page-metrics';

/** A page whose DevTools session answers every evaluate with `answer`. */
function fakePage(answer: () => Promise<unknown>, closed: () => boolean): Page {
  const session = { send: answer };
  return { context: () => ({ newCDPSession: async () => session }), isClosed: closed } as unknown as Page;
}

describe('waitForProbe', () => {
  it('reports a closed page at once, not as a timeout', async () => {
    const page = fakePage(
      () => Promise.reject(new Error('Target page, context or browser has been closed')),
      () => true,
    );
    await expect(waitForProbe(page, 'textAt', 500)).rejects.toThrow(/has been closed/);
  });

  it('asks again after a navigation, then returns the probe', async () => {
    let calls = 0;
    const page = fakePage(
      () =>
        ++calls === 1
          ? Promise.reject(new Error('Execution context was destroyed'))
          : Promise.resolve({ result: { value: 123 } }),
      () => false,
    );
    await expect(waitForProbe(page, 'textAt', 2000)).resolves.toBe(123);
  });

  it('gives up at its timeout when the probe never comes', async () => {
    const page = fakePage(
      () => new Promise(() => {}),
      () => false,
    );
    await expect(waitForProbe(page, 'textAt', 50)).rejects.toThrow(/no textAt within 50 ms/);
  });
});
