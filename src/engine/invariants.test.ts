/**
 * Property tests: whatever the input, offsets are exact and in range, mentions do not overlap,
 * and every mention and claim speaker points at an existing entity.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from './index';

const pieces = [
  'Ana Ruiz',
  ' said ',
  '“',
  '”',
  '"',
  "'",
  'the ',
  'Ministry of Water',
  ' in ',
  'Peru',
  '. ',
  '\n',
  ', ',
  'According to ',
  'he ',
  'U.S.',
  'al-Amin',
  '’s ',
  'Mr. ',
  'NASA',
  '(',
  ')',
  '—',
  'é',
  '👋',
  'claimed ',
  'is said to ',
];

function check(text: string) {
  const a = analyze(text);
  const ids = new Set(a.entities.map((e) => e.id));
  let lastEnd = -1;
  for (const m of a.mentions) {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.start).toBeGreaterThanOrEqual(lastEnd);
    lastEnd = m.end;
    expect(ids.has(m.entityId)).toBe(true);
  }
  for (const c of a.claims) {
    expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(text.slice(c.content.start, c.content.end)).toBe(c.content.text);
    expect(text.slice(c.cue.start, c.cue.end)).toBe(c.cue.text);
    if (c.speaker) {
      expect(text.slice(c.speaker.start, c.speaker.end)).toBe(c.speaker.text);
      if (c.speaker.entityId) expect(ids.has(c.speaker.entityId)).toBe(true);
    }
  }
}

// 600 analyses of random text: 1–3 s alone, over 5 s when the machine is shared, so not the default limit.
describe('invariants', { timeout: 30_000 }, () => {
  it('hold on random news-like text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => check(parts.join(''))),
      { numRuns: 300 },
    );
  });
  it('hold on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => check(s)),
      { numRuns: 300 },
    );
  });
  it('handles empty and whitespace input', () => {
    expect(analyze('').mentions).toEqual([]);
    expect(analyze('   \n ').claims).toEqual([]);
  });
});
