import { describe, expect, it } from 'vitest';
import { contentHash } from '../lib/content-hash';
import { metaOf, type Article } from './article';
import { restoreEnvelope } from './envelope';
import { LIBRARY_MIGRATIONS, LIBRARY_VERSION, validateLibrary } from './library-entry';

const text = 'Some article text.';
const article: Article = {
  id: contentHash(text),
  title: 'An article',
  origin: { kind: 'paste' },
  addedAt: '2026-11-20T10:00:00.000Z',
  text,
};
const meta = metaOf(article);
const spec = {
  what: 'saved library entries',
  version: LIBRARY_VERSION,
  migrations: LIBRARY_MIGRATIONS,
  validate: validateLibrary,
  empty: () => ({ articles: [], lastOpened: {} }),
};

describe('library state', () => {
  it('version 1 → 2 keeps every entry and takes each last-opened time from when it was added', () => {
    const saved = JSON.stringify({ state: { articles: [meta] }, version: 1 });
    const r = restoreEnvelope(saved, spec);
    expect(r.problems).toEqual([]);
    expect(r.state).toEqual({ articles: [meta], lastOpened: { [meta.id]: meta.addedAt } });
  });

  it('keeps last-opened times of articles not in the list (bundled ones)', () => {
    const state = validateLibrary({ articles: [], lastOpened: { bundled: '2026-11-29T08:00:00.000Z' } }, []);
    expect(state.lastOpened).toEqual({ bundled: '2026-11-29T08:00:00.000Z' });
  });

  it('drops a damaged time with a problem, and a damaged map costs only the times', () => {
    const problems: string[] = [];
    const state = validateLibrary(
      { articles: [meta], lastOpened: { [meta.id]: 'yesterday', other: '2026-11-29T08:00:00.000Z' } },
      problems,
    );
    expect(state).toEqual({ articles: [meta], lastOpened: { other: '2026-11-29T08:00:00.000Z' } });
    expect(problems).toEqual([expect.stringMatching(/last opened .* is invalid; it was dropped/)]);
    const broken: string[] = [];
    expect(validateLibrary({ articles: [meta], lastOpened: [1] }, broken)).toEqual({
      articles: [meta],
      lastOpened: {},
    });
    expect(broken).toHaveLength(1);
  });
});
