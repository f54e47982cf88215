import { describe, expect, it } from 'vitest';
import { contentHash } from '../lib/content-hash';
import { openFile } from './open-article';

/** Counts the tasks `run` takes: a macrotask between two of its steps shows as a tick seen before it ends. */
async function ticksDuring(run: () => Promise<unknown>): Promise<number> {
  let ticks = 0;
  let on = true;
  const tick = () => {
    if (!on) return;
    ticks++;
    setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  await run();
  on = false;
  return ticks;
}

describe('openFile', () => {
  const text = `A headline for the test\n\n${'One sentence of the body, again and again. '.repeat(2000)}`;
  const file = new File([text], 'long-article.txt', { type: 'text/plain' });

  it('gives the article its content hash as id and its first line as title, as before the open was split', async () => {
    const result = await openFile(file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.id).toBe(contentHash(text));
    expect(result.article.title).toBe('A headline for the test');
    expect(result.article.text).toBe(text);
  });

  it('gives the page turns between decoding the file and hashing it', async () => {
    // Without scheduler.yield (Node), a turn is a macrotask: the decoding, the checks and the hash's
    // first slice were one microtask chain, which no timer could interrupt.
    expect(await ticksDuring(() => openFile(file))).toBeGreaterThanOrEqual(2);
  });

  it('still refuses a binary file before hashing anything', async () => {
    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])], 'x.png');
    const result = await openFile(png);
    expect(result).toMatchObject({ ok: false });
  });
});
