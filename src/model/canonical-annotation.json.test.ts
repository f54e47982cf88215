/**
 * The shortcut past the schema (canonical-annotation.ts) seen from where it runs: saved text,
 * parsed by `JSON.parse`, read by `restore`. Each record below is written as JSON text, the way a
 * damaged, hand-edited or hostile save would hold it, and what `restore` keeps must be exactly
 * what the schema alone gives for it: the same records, the same fields in the same order, and a
 * problem for each record the schema refuses (none dropped in silence).
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { annotationSchema } from './annotation';
import { isCanonicalAnnotation } from './canonical-annotation';
import { restore } from './migrations';
import { PERSISTED_VERSION, validateState } from './persisted-state';
import { sameShape } from './same-shape-check';

const T = '2026-11-02T10:00:00.000Z';
const QUOTE = '{"type":"TextQuoteSelector","exact":"the quote","prefix":"a ","suffix":" b"}';
const POSITION = '{"type":"TextPositionSelector","start":3,"end":12}';
/** A highlight as the app saves it, with `FIELDS` spliced in where named. */
const record = ({ before = '', selectors = `[${QUOTE},${POSITION}]`, after = '' } = {}) =>
  `{${before}"id":"r1","articleId":"art","kind":"highlight","created":"${T}","updated":"${T}","selectors":${selectors},"color":"yellow","note":"n","tags":["t"]${after}}`;

/** Record text → [name, text, does the shortcut take it as it is]. */
const cases: Array<[string, string, boolean]> = [
  ['the app’s own record', record(), true],
  ['an own "__proto__" key', record({ after: ',"__proto__":{"deleted":true}' }), false],
  ['an own "__proto__" key first', record({ before: '"__proto__":{"kind":"page-note"},' }), false],
  ['an own "constructor" key', record({ after: ',"constructor":"x"' }), false],
  ['an own "toString" key', record({ after: ',"toString":1' }), false],
  ['an integer-like key (listed first by for…in)', record({ after: ',"0":"x"' }), false],
  ['a field of a newer version', record({ after: ',"mood":"cheerful"' }), false],
  ['a key given twice (the last wins, in the first place)', record({ before: '"id":"x",' }), true],
  [
    'an offset too big for a double (Infinity)',
    record({ selectors: `[{"type":"TextPositionSelector","start":3,"end":1e400}]` }),
    false,
  ],
  [
    'an offset past the safe integers',
    record({ selectors: `[{"type":"TextPositionSelector","start":3,"end":9007199254740993}]` }),
    false,
  ],
  ['a negative zero offset', record({ selectors: `[{"type":"TextPositionSelector","start":-0,"end":4}]` }), true],
  [
    'an offset written as a decimal',
    record({ selectors: `[{"type":"TextPositionSelector","start":3.0,"end":4e0}]` }),
    true,
  ],
  ['selectors nested in an array', record({ selectors: `[[${QUOTE}]]` }), false],
  ['selectors as an object', record({ selectors: `{"0":${QUOTE}}` }), false],
  [
    'a selector with a "__proto__" key',
    record({ selectors: `[{"type":"TextQuoteSelector","exact":"q","__proto__":{}}]` }),
    false,
  ],
  [
    'empty prefix and suffix',
    record({ selectors: `[{"type":"TextQuoteSelector","exact":"q","prefix":"","suffix":""}]` }),
    true,
  ],
  ['an empty quote', record({ selectors: `[{"type":"TextQuoteSelector","exact":""}]` }), false],
  ['a null selector', record({ selectors: '[null]' }), false],
  ['no selectors', record({ selectors: '[]' }), true],
  ['a null verdict', record({ after: ',"verdict":null' }), false],
];

describe('saved records read through the shortcut, as JSON text', () => {
  it.each(cases)('%s: kept as the schema alone keeps it', (_, text, shortcut) => {
    expect(isCanonicalAnnotation(JSON.parse(text))).toBe(shortcut);
    const viaSchema = v.safeParse(annotationSchema, JSON.parse(text));
    const saved = `{"state":{"annotations":{"art":{"r1":${text}}}},"version":${PERSISTED_VERSION}}`;
    const { state, problems } = restore(saved);
    const kept =
      state.annotations.art?.r1 ??
      state.annotations[String((JSON.parse(text) as { articleId: unknown }).articleId)]?.r1;
    if (!viaSchema.success) {
      expect(kept).toBeUndefined();
      expect(problems.join('\n')).toMatch(/annotation r1 \(article art\) is invalid/);
      return;
    }
    expect(problems).toEqual([]);
    expect(sameShape(kept, viaSchema.output)).toBe(true);
    // Nothing inherited: a "__proto__" in the text is never the record's prototype.
    expect(Object.getPrototypeOf(kept)).toBe(Object.prototype);
  });

  it('a record filed under the key "__proto__" is read, not lost', () => {
    const saved = `{"state":{"annotations":{"art":{"__proto__":${record()}}}},"version":${PERSISTED_VERSION}}`;
    const { state, problems } = restore(saved);
    expect(problems).toEqual([]);
    expect(state.annotations.art?.r1?.note).toBe('n');
  });

  it('an article filed under the key "__proto__" is read, not lost', () => {
    const saved = `{"state":{"annotations":{"__proto__":{"r1":${record()}}}},"version":${PERSISTED_VERSION}}`;
    const { state, problems } = restore(saved);
    expect(problems).toEqual([]);
    expect(state.annotations.art?.r1?.note).toBe('n');
  });

  it('holes in a list (a structured clone keeps them) go through the schema', () => {
    const raw = JSON.parse(record()) as { tags: unknown[]; selectors: unknown[] };
    const holed = structuredClone({ ...raw, tags: [, 't'] }); // eslint-disable-line no-sparse-arrays
    expect(isCanonicalAnnotation(holed)).toBe(false);
    const noSelector = structuredClone({ ...raw, selectors: [raw.selectors[0], , raw.selectors[1]] }); // eslint-disable-line no-sparse-arrays
    expect(isCanonicalAnnotation(noSelector)).toBe(false);
  });

  it('of two copies of one record filed under two keys, the newer is kept whatever their order', () => {
    const copy = (updated: string, note: string) =>
      JSON.parse(
        record().replace(`"updated":"${T}"`, `"updated":"${updated}"`).replace('"note":"n"', `"note":"${note}"`),
      ) as unknown;
    const newer = copy('2026-11-03T10:00:00.000Z', 'newer');
    const older = copy('2026-11-01T10:00:00.000Z', 'older');
    for (const [first, second] of [
      [newer, older],
      [older, newer],
    ]) {
      // A mis-filed copy under another article's key is re-filed under its own.
      const problems: string[] = [];
      const state = validateState({ annotations: { other: { r1: first }, art: { r1: second } } }, problems);
      expect(problems).toEqual([]);
      expect(state.annotations.art?.r1?.note).toBe('newer');
    }
  });
});
