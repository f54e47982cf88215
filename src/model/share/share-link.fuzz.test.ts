/**
 * Fuzzing the share-link decoder, the one place untrusted input enters without the user choosing a
 * file: whatever the fragment, decoding must return (never throw), quickly, and never hold more than
 * the inflate limit. Runs are seeded so a failure reproduces; the total stays well over 10,000.
 */
import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeBase64Url, encodeBase64Url } from './base64url';
import { inflateBounded } from './bounded-inflate';
import { articleText, highlightsOn, seeded } from './share-fixtures';
import { runAnchorJob } from '../anchor-job';
import { HOSTILE_INPUT_UNITS, workBudget } from '../work-budget';
import { decodeShareLink, encodeShareLink } from './share-link';

const SMALL_LIMIT = 64 * 1024;
// A hang, as issue #14 defines it: over a second for one input. Speed itself is measured in
// bench/hostile-links.ts; this bound only catches runaway work.
const MAX_MS_PER_DECODE = 1000;
const counts: Record<string, number> = {};

function check(fragment: string, limit = SMALL_LIMIT, tag = 'other'): void {
  counts[tag] = (counts[tag] ?? 0) + 1;
  const t0 = performance.now();
  const result = decodeShareLink(fragment, limit);
  const ms = performance.now() - t0;
  expect(ms).toBeLessThan(MAX_MS_PER_DECODE);
  if ('error' in result) {
    expect(result.error.message.length).toBeGreaterThan(10);
  } else {
    expect(Array.isArray(result.parsed.annotations)).toBe(true);
    // What a link decodes to is then restored and anchored, within the same allowance the app gives it.
    const { article, annotations } = result.parsed;
    const results = runAnchorJob(
      article.kind === 'text' ? article.text : text,
      annotations.map((a) => ({ selectors: a.selectors, elided: a.elided })),
      workBudget(HOSTILE_INPUT_UNITS),
    );
    expect(results).toHaveLength(annotations.length);
    expect(performance.now() - t0).toBeLessThan(MAX_MS_PER_DECODE);
  }
}

const link = (bytes: Uint8Array) => `#/share/1.${encodeBase64Url(bytes)}`;
const rand = seeded(99);
const text = articleText(rand, 4_000);
const validLinks = [1, 5, 20].flatMap((n) => [
  encodeShareLink({
    article: { kind: 'bundled', id: 'a' },
    annotations: highlightsOn(text, n, rand),
    sharer: 'S',
    focus: 'ann-0-0f8e6c2a-9d1b-4c3e-8a7f-000000000000',
  }),
  encodeShareLink({ article: { kind: 'url', url: 'https://e.example/x' }, annotations: highlightsOn(text, n, rand) }),
]);
const validBytes = validLinks.map((l) => decodeBase64Url(l.slice('#/share/1.'.length))!);

// Thousands of runs each: whole-test time is not what is judged (each fragment is, below).
describe('share-link decoder fuzz', { timeout: 60_000 }, () => {
  it('survives random strings and look-alike prefixes', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 })),
        fc.constantFrom('', '#', '#/share/1.', '/share/1.', '#/share/99.'),
        (body, prefix) => {
          check(prefix + body, SMALL_LIMIT, 'random');
        },
      ),
      { numRuns: 3_000, seed: 1 },
    );
  });

  it('survives truncated and bit-flipped valid links', () => {
    fc.assert(
      fc.property(
        fc.nat(validLinks.length - 1),
        fc.array(fc.tuple(fc.nat(), fc.nat(7)), { minLength: 1, maxLength: 4 }),
        fc.nat(),
        fc.boolean(),
        (which, flips, cut, flipBytes) => {
          if (flipBytes) {
            const bytes = validBytes[which].slice();
            for (const [at, bit] of flips) bytes[at % bytes.length] ^= 1 << bit;
            check(link(bytes.subarray(0, 1 + (cut % bytes.length))), SMALL_LIMIT, 'mutated');
          } else {
            const s = validLinks[which];
            const chars = [...s.slice(0, 1 + (cut % s.length))];
            for (const [at] of flips) chars[at % chars.length] = String.fromCharCode(32 + (at % 95));
            check(chars.join(''), SMALL_LIMIT, 'mutated');
          }
        },
      ),
      { numRuns: 3_000, seed: 2 },
    );
  });

  it('survives well-compressed random JSON and payload-shaped junk', () => {
    const payloadish = fc.record({
      v: fc.oneof(fc.constant(1), fc.jsonValue()),
      a: fc.oneof(fc.tuple(fc.constantFrom('b', 'u', 't', 'x'), fc.string(), fc.string()), fc.jsonValue()),
      n: fc.array(
        fc.array(fc.oneof(fc.string(), fc.integer(), fc.array(fc.string()), fc.jsonValue()), { maxLength: 12 }),
        { maxLength: 5 },
      ),
      t: fc.oneof(fc.nat(), fc.double()),
      s: fc.option(fc.string()),
      f: fc.option(fc.integer()),
    });
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), payloadish), (value) => {
        check(link(deflateSync(new TextEncoder().encode(JSON.stringify(value) ?? 'null'))), SMALL_LIMIT, 'json');
      }),
      { numRuns: 3_000, seed: 3 },
    );
  });

  // Precompressed once: DEFLATE of a few MB of repetition is ~1,000× smaller than its output.
  const bombs = [
    deflateSync(new Uint8Array(4 * 1024 * 1024)),
    deflateSync(new TextEncoder().encode(`{"v":1,"a":["b","x"],"n":[],"s":"${'<script>'.repeat(400_000)}"}`)),
    deflateSync(new TextEncoder().encode('['.repeat(3 * 1024 * 1024))),
  ];

  it('refuses zip bombs before inflating past the limit, including mutated ones', () => {
    fc.assert(
      fc.property(
        fc.nat(bombs.length - 1),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 1024, max: 256 * 1024 }),
        (which, at, cut, limit) => {
          const bytes = bombs[which].slice(0, Math.max(8, cut % bombs[which].length));
          bytes[at % bytes.length] ^= at & 1 ? 0 : 0x10;
          const inflated = inflateBounded(bytes, limit);
          if ('bytes' in inflated) expect(inflated.bytes.length).toBeLessThanOrEqual(limit);
          check(link(bytes), limit, 'bomb');
        },
      ),
      { numRuns: 1_500, seed: 4 },
    );
    for (const bomb of bombs) {
      expect(inflateBounded(bomb, 2 * 1024 * 1024)).toEqual({ error: 'too-large' });
      const result = decodeShareLink(link(bomb));
      expect('error' in result && result.error.code).toBe('too-large');
    }
  });

  it('ran at least 10,000 fragments in total', () => {
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    console.info(`share-link fuzz: ${total} fragments`, counts);
    expect(total).toBeGreaterThanOrEqual(10_000);
  });
});
