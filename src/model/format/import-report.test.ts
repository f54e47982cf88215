import { describe, expect, it } from 'vitest';
import type { Annotation } from '../annotation';
import { CLAIM, FORMULA, HIGHLIGHT, PAGE_NOTE } from './test-fixtures';
import { buildImportReport, describeImportReport, type MergeFn, type RecordResult } from './import-report';
import { parseW3C } from './w3c-import';
import { serializeW3C } from './w3c';
import { ARTICLE } from './test-fixtures';

/** A stand-in for the store's merge: by id, keeps what it already has. */
function mergeInto(existing: Annotation[]): MergeFn {
  return (incoming) => {
    const known = new Set(existing.map((a) => a.id));
    return {
      imported: incoming.filter((a) => !known.has(a.id)),
      alreadyPresent: incoming.filter((a) => known.has(a.id)),
    };
  };
}
const ok = (a: Annotation): RecordResult => ({ ok: a });

describe('import report', () => {
  it('counts imported, already present, orphans and rejections', () => {
    const results = [
      ok(HIGHLIGHT),
      ok(FORMULA),
      ok(CLAIM),
      ok(PAGE_NOTE),
      { index: 4, error: 'a reply to another annotation' },
    ];
    const report = buildImportReport(results, mergeInto([FORMULA]), (a) =>
      a.id === 'c1' || a.kind === 'page-note' ? 'orphan' : 'anchored',
    );
    expect(report).toEqual({
      imported: 3,
      alreadyPresent: 1,
      orphans: 1,
      orphanIds: ['c1'],
      rejected: [{ index: 4, reason: 'a reply to another annotation' }],
    });
    expect(describeImportReport(report)).toBe(
      '3 imported, 1 already present, 1 orphan, 1 rejected: #5 a reply to another annotation.',
    );
  });

  it.each([
    [
      { imported: 0, alreadyPresent: 0, orphans: 0, orphanIds: [], rejected: [] },
      'Nothing to import: the file holds no annotations.',
    ],
    [
      { imported: 12, alreadyPresent: 3, orphans: 2, orphanIds: ['a', 'b'], rejected: [] },
      '12 imported, 3 already present, 2 orphans.',
    ],
    // Nothing came in: said in words, not as "0 imported, 5 already present".
    [
      { imported: 0, alreadyPresent: 5, orphans: 0, orphanIds: [], rejected: [] },
      'Nothing new: all 5 annotations were already here.',
    ],
    [
      { imported: 0, alreadyPresent: 1, orphans: 0, orphanIds: [], rejected: [] },
      'Nothing new: 1 annotation was already here.',
    ],
    [
      { imported: 0, alreadyPresent: 1, orphans: 0, orphanIds: [], rejected: [{ index: 1, reason: 'a reply' }] },
      'Nothing new: 1 annotation was already here; 1 rejected: #2 a reply.',
    ],
    [
      { imported: 0, alreadyPresent: 0, orphans: 0, orphanIds: [], rejected: [{ index: 0, reason: 'a reply' }] },
      '1 annotation rejected: #1 a reply.',
    ],
    [
      {
        imported: 1,
        alreadyPresent: 0,
        orphans: 0,
        orphanIds: [],
        rejected: [0, 1, 2, 3, 4].map((index) => ({ index, reason: `r${index}` })),
      },
      '1 imported, 5 rejected: #1 r0; #2 r1; #3 r2; and 2 more.',
    ],
  ])('describes %j', (report, sentence) => {
    expect(describeImportReport(report)).toBe(sentence);
  });

  it('does not call merge when nothing parsed, and reports the same import twice as already present', () => {
    expect(
      buildImportReport([{ index: 0, error: 'x' }], () => {
        throw new Error('merge called');
      }).rejected,
    ).toHaveLength(1);
    const parsed = parseW3C(serializeW3C({ article: ARTICLE, annotations: [HIGHLIGHT, CLAIM] }));
    if ('error' in parsed) throw new Error(parsed.error);
    const store: Annotation[] = [];
    const merge: MergeFn = (incoming) => {
      const outcome = mergeInto(store)(incoming);
      store.push(...outcome.imported);
      return outcome;
    };
    expect(describeImportReport(buildImportReport(parsed.parsed, merge))).toBe('2 imported.');
    expect(describeImportReport(buildImportReport(parsed.parsed, merge))).toBe(
      'Nothing new: both annotations were already here.',
    );
  });
});
