/**
 * The shortcut past the schema may only say yes when the schema would accept the record and give
 * back the same record, key for key and in the same order (the store keeps the parsed object, and
 * saves write it as it is). Checked on the app's own records, on each of them damaged one field at
 * a time, and on random records (seeded).
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { annotationSchema } from './annotation';
import { isCanonicalAnnotation } from './canonical-annotation';
import { ANNOTATIONS } from './format/test-fixtures';
import { sameShape } from './same-shape-check';

/** What the shortcut promises when it says yes. */
function schemaKeepsAsIs(raw: unknown): boolean {
  const parsed = v.safeParse(annotationSchema, raw);
  return parsed.success && JSON.stringify(parsed.output) === JSON.stringify(raw) && sameShape(parsed.output, raw);
}

/** The records as the app saves and reads them back. */
const stored = ANNOTATIONS.map((a) => JSON.parse(JSON.stringify(v.parse(annotationSchema, a))) as unknown);

describe('isCanonicalAnnotation', () => {
  it('takes the records the app saves, as read back', () => {
    expect(stored.length).toBeGreaterThan(2);
    for (const raw of stored) {
      expect(isCanonicalAnnotation(raw)).toBe(true);
      expect(schemaKeepsAsIs(raw)).toBe(true);
    }
  });

  /** A highlight as saved, with both selectors: each damage below changes one thing of it. */
  const highlight = stored.find(
    (r) => (r as { kind: string }).kind === 'highlight' && (r as { selectors: unknown[] }).selectors.length === 2,
  ) as Record<string, unknown>;
  type Saved = Record<string, unknown> & { selectors: Array<Record<string, unknown>> };
  const damages: Array<[string, (r: Saved) => unknown]> = [
    ['a time the schema rewrites', (r) => ({ ...r, created: '2026-11-02T12:00:00+02:00' })],
    ['a time out of range', (r) => ({ ...r, updated: '3001-01-01T00:00:00.000Z' })],
    ['an impossible date', (r) => ({ ...r, updated: '2026-13-02T10:00:00.000Z' })],
    ['a field of a newer version', (r) => ({ ...r, mood: 'cheerful' })],
    ['a reserved id', (r) => ({ ...r, id: 'constructor' })],
    ['an empty id', (r) => ({ ...r, articleId: '' })],
    ['an unknown kind', (r) => ({ ...r, kind: 'bookmark' })],
    ['an unknown colour', (r) => ({ ...r, color: 'red' })],
    ['a tag that is a number', (r) => ({ ...r, tags: ['a', 1] })],
    ['a note that is not text', (r) => ({ ...r, note: 7 })],
    ['a field left undefined', (r) => ({ ...r, note: undefined })],
    ['keys out of order', ({ id, ...rest }) => ({ ...rest, id })],
    ['a selector with an extra key', (r) => ({ ...r, selectors: [{ ...r.selectors[0], lang: 'en' }, r.selectors[1]] })],
    ['an empty quote', (r) => ({ ...r, selectors: [{ ...r.selectors[0], exact: '' }, r.selectors[1]] })],
    ['selector keys out of order', (r) => ({ ...r, selectors: [r.selectors[0], { end: 9, ...r.selectors[1] }] })],
    ['a position backwards', (r) => ({ ...r, selectors: [{ type: 'TextPositionSelector', start: 9, end: 3 }] })],
    ['a fractional offset', (r) => ({ ...r, selectors: [{ type: 'TextPositionSelector', start: 1.5, end: 3 }] })],
    ['an unknown selector', (r) => ({ ...r, selectors: [{ type: 'CssSelector', value: 'p' }] })],
    ['a page note with a quote', (r) => ({ ...r, kind: 'page-note', selectors: [r.selectors[0]], color: undefined })],
    ['a deleted flag that is text', (r) => ({ ...r, deleted: 'yes' })],
  ];

  it.each(damages)('sends %s through the schema', (_, damage) => {
    expect(isCanonicalAnnotation(highlight)).toBe(true);
    const damaged = damage(JSON.parse(JSON.stringify(highlight)) as Saved);
    expect(isCanonicalAnnotation(damaged)).toBe(false);
  });

  it('takes no object that is not plain', () => {
    const raw = stored[0] as Record<string, unknown>;
    expect(isCanonicalAnnotation(Object.assign(Object.create(null) as object, raw))).toBe(false);
    expect(isCanonicalAnnotation({ ...raw, tags: Object.assign(Object.create(null) as object, { length: 0 }) })).toBe(
      false,
    );
    expect(isCanonicalAnnotation(null)).toBe(false);
    expect(isCanonicalAnnotation([raw])).toBe(false);
  });

  it('never says yes where the schema would refuse or change the record (random records)', () => {
    // Mostly valid values with a few bad ones in each field, so both answers come up often.
    const mostly = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) =>
      fc.oneof({ arbitrary: good, weight: 12 }, { arbitrary: bad, weight: 1 });
    const some = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });
    const time = mostly(
      fc.date({ min: new Date(0), max: new Date(4e12), noInvalidDate: true }).map((d) => d.toISOString()),
      fc.constantFrom('2026-01-01', '2026-01-01T00:00:00Z', '2026-02-30T00:00:00.000Z', '3001-01-01T00:00:00.000Z'),
    );
    const id = mostly(fc.string({ minLength: 1, maxLength: 4 }), fc.constantFrom('', 'toString', '__proto__'));
    const selector = fc.oneof(
      fc.record(
        {
          type: fc.constant('TextQuoteSelector'),
          exact: mostly(fc.string({ minLength: 1 }), fc.constant('')),
          prefix: fc.string(),
          suffix: mostly(fc.string(), fc.constant(undefined)),
        },
        { requiredKeys: ['type', 'exact'] },
      ),
      fc.record({
        type: mostly(fc.constant('TextPositionSelector'), fc.constant('RangeSelector')),
        start: mostly(fc.nat(20), fc.constantFrom(-1, 1.5, Number.NaN)),
        end: fc.integer({ min: 0, max: 40 }),
      }),
    );
    const record = fc.record(
      {
        id,
        articleId: id,
        kind: mostly(fc.constantFrom('highlight', 'claim', 'page-note'), fc.constant('other')),
        created: time,
        updated: time,
        selectors: fc.array(selector, { maxLength: 2 }),
        color: some(mostly(fc.constantFrom('yellow', 'pink'), fc.constant('red'))),
        note: mostly(fc.string(), fc.integer()),
        tags: fc.array(mostly(fc.string(), fc.constant(null)), { maxLength: 2 }),
        claimId: some(fc.string()),
        verdict: some(mostly(fc.constantFrom('supported', 'false'), fc.constant('maybe'))),
        links: some(fc.array(fc.string(), { maxLength: 2 })),
        author: some(fc.string()),
        deleted: some(mostly(fc.boolean(), fc.constant(1))),
        extra: fc.option(fc.string(), { nil: undefined, freq: 10 }),
      },
      { requiredKeys: ['id', 'articleId', 'kind', 'created', 'updated', 'selectors', 'note', 'tags'] },
    );
    let said = 0;
    fc.assert(
      fc.property(record, fc.boolean(), (r, viaJson) => {
        const raw: unknown = viaJson ? JSON.parse(JSON.stringify(r)) : r;
        if (!isCanonicalAnnotation(raw)) return true;
        said++;
        return schemaKeepsAsIs(raw);
      }),
      { seed: 20261201, numRuns: 3000 },
    );
    // The property must have been put to work, not passed by never saying yes.
    expect(said).toBeGreaterThan(50);
  });
});
