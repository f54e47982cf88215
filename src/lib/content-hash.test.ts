import { describe, expect, it } from 'vitest';
import { contentHash, contentHashInSlices, contentHasher, REMEMBER_FROM_CHARS, rememberedHash } from './content-hash';

describe('contentHash', () => {
  it('is stable and 16 hex digits', () => {
    expect(contentHash('hello')).toBe(contentHash('hello'));
    expect(contentHash('hello')).toMatch(/^[0-9a-f]{16}$/);
  });
  it.each([
    ['hello', 'hellp'],
    ['ab', 'ba'],
    ['', ' '],
    ['Привет', 'Привет '],
  ])('tells %j from %j', (a, b) => {
    expect(contentHash(a)).not.toBe(contentHash(b));
  });
});

describe('contentHash of a text fed in pieces', () => {
  // Ids of stored articles: the value must never change.
  it('keeps the values articles are stored under', () => {
    expect(contentHash('')).toBe('811c9dc501000193');
    expect(contentHash('hello')).toBe('4f9f2cabe3935bcd');
  });

  it.each([0, 1, 5, 32_767, 32_768, 32_769, 100_000])('gives the same hash in pieces for %i characters', (n) => {
    const text = Array.from({ length: n }, (_, i) => String.fromCharCode(32 + ((i * 7919) % 5000))).join('');
    const hasher = contentHasher(text.length);
    for (let from = 0; from < n; from += 1000) hasher.update(text, from, Math.min(n, from + 1000));
    expect(hasher.digest()).toBe(contentHash(text));
  });

  it('gives the same hash in slices, pausing between them when the slice time runs out', async () => {
    const text = 'Ports, budgets and promises. '.repeat(10_000);
    let clock = 0;
    let pauses = 0;
    const hash = await contentHashInSlices(text, {
      yieldTo: async () => {
        pauses++;
      },
      sliceMs: 8,
      now: () => (clock += 5),
    });
    expect(hash).toBe(contentHash(text));
    expect(pauses).toBeGreaterThan(3);
  });
});

describe('the long text hashed last is not hashed again', () => {
  const long = (seed: string) => `${seed} `.repeat(Math.ceil(REMEMBER_FROM_CHARS / (seed.length + 1)) + 1);

  it('remembers the hash of a long text hashed in slices, for the same text from anywhere', async () => {
    const text = long('The opened article.');
    const hash = await contentHashInSlices(text, { yieldTo: async () => {} });
    expect(rememberedHash(text)).toBe(hash);
    // An equal string that is another object (read back from storage) finds it too.
    const copy = [...text].join('');
    expect(rememberedHash(copy)).toBe(hash);
    expect(contentHash(copy)).toBe(hash);
  });

  it('remembers a long text hashed in one go too (the analysis cache then finds its key)', () => {
    const text = long('Another article.');
    const hash = contentHash(text);
    expect(rememberedHash(text)).toBe(hash);
    const hasher = contentHasher(text.length);
    hasher.update(text, 0, text.length);
    expect(hasher.digest()).toBe(hash);
  });

  it('forgets it for the next long text, and never mixes up texts of the same length', () => {
    const a = long('Alpha text.');
    const b = `${a.slice(0, -1)}!`;
    const ha = contentHash(a);
    expect(rememberedHash(b)).toBeUndefined();
    const hb = contentHash(b);
    expect(hb).not.toBe(ha);
    expect(rememberedHash(a)).toBeUndefined();
    expect(rememberedHash(b)).toBe(hb);
  });

  it('does not remember short texts (they would push the long one out)', () => {
    const a = long('Kept.');
    const ha = contentHash(a);
    contentHash('a short text');
    expect(rememberedHash('a short text')).toBeUndefined();
    expect(rememberedHash(a)).toBe(ha);
  });
});
