import { describe, expect, it } from 'vitest';
import { checkAnnotation } from './annotation';
import { isPageNote, isPageNoteShaped, migrateV1PageNote, pageNoteId } from './page-note';
import { isoFromMillis } from './annotation';

describe('page notes', () => {
  const note = migrateV1PageNote('art1', { text: 'On the whole…', updatedAt: Date.UTC(2025, 0, 4) }, isoFromMillis);

  it('migrate from v1 into a valid record with the fixed id', () => {
    expect(note).toEqual({
      id: pageNoteId('art1'),
      articleId: 'art1',
      kind: 'page-note',
      created: '2025-01-04T00:00:00.000Z',
      updated: '2025-01-04T00:00:00.000Z',
      selectors: [],
      note: 'On the whole…',
      tags: [],
    });
    const checked = checkAnnotation(note);
    expect('ok' in checked && isPageNote(checked.ok)).toBe(true);
  });

  it('have no passage and no colour; other kinds may', () => {
    expect(isPageNoteShaped({ kind: 'page-note', selectors: [] })).toBe(true);
    expect(isPageNoteShaped({ kind: 'page-note', selectors: [], color: 'blue' })).toBe(false);
    expect(isPageNoteShaped({ kind: 'page-note', selectors: [{ type: 'TextQuoteSelector', exact: 'x' }] })).toBe(false);
    expect(isPageNoteShaped({ kind: 'highlight', selectors: [], color: 'blue' })).toBe(true);
  });
});
