import { describe, expect, it } from 'vitest';
import type { Annotation } from './annotation';
import { describeChange, shortQuote, type ChangeLike } from './change-message';

const base: Annotation = {
  id: 'a1',
  articleId: 'art',
  kind: 'highlight',
  created: '2026-01-01T00:00:00.000Z',
  updated: '2026-01-01T00:00:00.000Z',
  selectors: [{ type: 'TextQuoteSelector', exact: 'marathon session' }],
  color: 'yellow',
  note: '',
  tags: [],
};
const highlight = (over: Partial<Annotation> = {}): Annotation => ({ ...base, ...over });
const claim = (over: Partial<Annotation> = {}): Annotation =>
  highlight({ kind: 'claim', claimId: 'c1', verdict: 'supported', color: undefined, ...over });

describe('what an undo or redo says', () => {
  it.each<[string, ChangeLike[], 'undo' | 'redo', string]>([
    [
      'undo of an added highlight',
      [{ before: null, after: highlight() }],
      'undo',
      'Removed highlight “marathon session”.',
    ],
    ['redo of it', [{ before: null, after: highlight() }], 'redo', 'Added highlight “marathon session” again.'],
    [
      'undo of a deletion',
      [{ before: highlight(), after: highlight({ deleted: true }) }],
      'undo',
      'Restored highlight “marathon session”.',
    ],
    [
      'undo of a note edit',
      [{ before: highlight(), after: highlight({ note: 'why' }) }],
      'undo',
      'Restored the note of the highlight “marathon session” as it was.',
    ],
    [
      'redo of a colour change',
      [{ before: highlight(), after: highlight({ color: 'green' }) }],
      'redo',
      'Changed the colour of the highlight “marathon session” again.',
    ],
    [
      'undo of a verdict',
      [{ before: claim(), after: claim({ verdict: 'false' }) }],
      'undo',
      'Restored the verdict on the claim (marathon session) as it was.',
    ],
    [
      'undo of a page note',
      [{ before: null, after: highlight({ kind: 'page-note', selectors: [] }) }],
      'undo',
      'Removed the page note.',
    ],
    [
      'undo of an import of three',
      [1, 2, 3].map((i) => ({ before: null, after: highlight({ id: `a${i}` }) })),
      'undo',
      'Removed 3 annotations.',
    ],
    [
      'undo of mixed changes',
      [
        { before: null, after: highlight() },
        { before: highlight({ id: 'b' }), after: highlight({ id: 'b', deleted: true }) },
      ],
      'undo',
      'Undid the changes to 2 annotations.',
    ],
    ['nothing to undo', [], 'undo', 'Nothing to undo.'],
    ['nothing to redo', [], 'redo', 'Nothing to redo.'],
  ])('%s', (_name, entry, direction, expected) => {
    expect(describeChange(entry, direction)).toBe(expected);
  });

  it('quotes a long passage by its first words, cut at a word', () => {
    expect(shortQuote('There is no chance that the talks will  succeed this year')).toBe(
      'There is no chance that the…',
    );
    expect(shortQuote('short')).toBe('short');
  });
});
