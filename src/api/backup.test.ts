/**
 * Backup → wipe → restore, through the app's own stores (in Node: in-memory storage and the
 * session copy of article texts). Everything in the table of src/store/README.md marked "in the
 * backup" must come back equal; a restore must never overwrite a different text under an id.
 */
import { describe, expect, it } from 'vitest';
import { contentHash } from '../lib/content-hash';
import type { Article } from '../model/article';
import { metaOf } from '../model/article';
import { parseBackup } from '../model/format/backup';
import { defaultPreferences } from '../model/preferences';
import { addAnnotation, annotationsStore, deleteAnnotation, setLabel } from '../store/annotations';
import { addMissedName, fixSpeaker, rejectEntity, useCorrectionsStore } from '../store/corrections';
import { markOpened, rememberArticleMeta, useLibraryStore } from '../store/library';
import { setLibrarySort, setMapShowAll, setTheme, toggleLayer, usePrefsStore } from '../store/prefs';
import { forgetArticle, loadArticle, saveArticle } from './article-storage';
import { buildBackup, restoreBackup } from './backup';

const text = 'Lighthouse keepers returned to Fair Isle on Monday, the trust said.';
const article: Article = {
  id: contentHash(text),
  title: 'Fair Isle',
  origin: { kind: 'url', url: 'https://isles.example/fair' },
  addedAt: '2026-02-01T10:00:00.000Z',
  text,
};

async function wipe() {
  annotationsStore.setState({ annotations: {}, labels: annotationsStore.getInitialState().labels });
  useLibraryStore.setState({ articles: [], lastOpened: {}, sessionOnly: [] });
  useCorrectionsStore.setState({ byArticle: {} });
  usePrefsStore.setState(defaultPreferences());
  await forgetArticle(article.id);
}

function snapshot() {
  return {
    annotations: annotationsStore.getState().annotations,
    labels: annotationsStore.getState().labels,
    library: useLibraryStore.getState().articles,
    lastOpened: useLibraryStore.getState().lastOpened,
    corrections: useCorrectionsStore.getState().byArticle,
    prefs: usePrefsStore.getState(),
  };
}

describe('backup → wipe → restore', () => {
  it('gives back everything: texts, annotations with tombstones, labels, corrections, preferences, last opened', async () => {
    await wipe();
    await saveArticle(article);
    rememberArticleMeta(metaOf(article));
    const at = (q: string) => ({ start: text.indexOf(q), end: text.indexOf(q) + q.length });
    addAnnotation({
      articleId: article.id,
      kind: 'highlight',
      color: 'green',
      note: 'Since *1998*',
      tags: ['isles'],
      selectors: [
        { type: 'TextQuoteSelector', exact: 'Fair Isle' },
        { type: 'TextPositionSelector', ...at('Fair Isle') },
      ],
    });
    const gone = addAnnotation({
      articleId: article.id,
      kind: 'highlight',
      note: '',
      tags: [],
      selectors: [{ type: 'TextQuoteSelector', exact: 'Monday' }],
    });
    deleteAnnotation(article.id, gone.id);
    addAnnotation({
      id: `page-note:${article.id}`,
      articleId: article.id,
      kind: 'page-note',
      selectors: [],
      note: 'Overall',
      tags: [],
    });
    setLabel('green', 'confirmed');
    rejectEntity(article.id, 'person:monday');
    fixSpeaker(article.id, '50-67', 'The trust');
    addMissedName(article.id, { ...at('Fair Isle'), type: 'place' });
    setTheme('dark');
    toggleLayer('claim');
    setLibrarySort('title');
    setMapShowAll(true);
    markOpened(article.id, new Date('2026-11-28T09:30:00.000Z'));
    markOpened('putin-high-tech-duel', new Date('2026-11-29T18:00:00.000Z')); // a bundled article
    const before = snapshot();

    const json = await buildBackup();
    await wipe();
    expect(snapshot().annotations).toEqual({});
    const parsed = parseBackup(json);
    if (!('parsed' in parsed)) throw new Error(parsed.error);
    expect(parsed.rejected).toEqual([]);
    const outcome = await restoreBackup(parsed.parsed);

    expect(outcome).toMatchObject({ articles: 1, added: 3, alreadyPresent: 0, corrections: 1, rejected: [] });
    expect(snapshot()).toEqual(before);
    expect(await loadArticle(article.id)).toEqual(article);
    // Restoring again changes nothing and reports it all as present.
    expect(await restoreBackup(parsed.parsed)).toMatchObject({ articles: 0, added: 0, alreadyPresent: 3 });
    expect(snapshot()).toEqual(before);
  });

  it('keeps the later last-opened time of the two, and a backup without any changes none', async () => {
    await wipe();
    markOpened('putin-high-tech-duel', new Date('2026-11-20T08:00:00.000Z'));
    markOpened(article.id, new Date('2026-11-29T08:00:00.000Z'));
    const json = JSON.parse(await buildBackup());
    json.lastOpened = {
      'putin-high-tech-duel': '2026-11-25T08:00:00.000Z',
      [article.id]: '2026-11-01T08:00:00.000Z',
      [contentHash('another text')]: '2026-11-02T08:00:00.000Z',
    };
    const parsed = parseBackup(json);
    if (!('parsed' in parsed)) throw new Error(parsed.error);
    await restoreBackup(parsed.parsed);
    expect(useLibraryStore.getState().lastOpened).toEqual({
      'putin-high-tech-duel': '2026-11-25T08:00:00.000Z',
      [article.id]: '2026-11-29T08:00:00.000Z',
      [contentHash('another text')]: '2026-11-02T08:00:00.000Z',
    });
    const before = useLibraryStore.getState().lastOpened;
    delete json.lastOpened;
    const old = parseBackup(json);
    if (!('parsed' in old)) throw new Error(old.error);
    await restoreBackup(old.parsed);
    expect(useLibraryStore.getState().lastOpened).toEqual(before);
  });

  it('never overwrites a different text kept under the same id, and says so', async () => {
    await wipe();
    const json = JSON.parse(await buildBackup());
    json.articles = [article];
    const parsed = parseBackup(json);
    if (!('parsed' in parsed)) throw new Error(parsed.error);
    // The reader's own copy under that id differs (a damaged session copy stands in for any).
    await saveArticle({ ...article, text: `${text} (the reader's edit)` });
    const outcome = await restoreBackup(parsed.parsed);
    expect(outcome.articles).toBe(0);
    expect(outcome.rejected[0].reason).toMatch(/already holds a different text under its id; yours was kept/);
    expect((await loadArticle(article.id))?.text).toBe(`${text} (the reader's edit)`);
  });

  it('refuses, at parsing, an article whose text is not the one its id names', async () => {
    const json = JSON.parse(await buildBackup());
    json.articles = [{ ...article, text: 'A foreign text.' }];
    const parsed = parseBackup(json);
    expect('parsed' in parsed && parsed.rejected[0].reason).toMatch(/does not match its id/);
  });
});
