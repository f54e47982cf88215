import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Annotation } from '../../model/annotation';
import { serializeBackup } from '../../model/format/backup';
import { ANNOTATIONS, ARTICLE, HIGHLIGHT, LIVE } from '../../model/format/test-fixtures';
import { serializeW3C } from '../../model/format/w3c';
import { exportFormats } from './export-formats';
import {
  IMPORT_FILE_ACCEPT,
  MAX_IMPORT_BYTES,
  describeBackupImport,
  elsewhereNote,
  followSlowSaves,
  importW3C,
  incomingOf,
  planImport,
  type BackupCounts,
} from './detect-import';
import type { LateAnswer } from '../../api/article-storage';
import { checkOrphans } from './import-orphans';

const backupText = serializeBackup({
  exportedAt: '2026-11-27T10:00:00Z',
  articles: [ARTICLE],
  annotations: ANNOTATIONS,
  labels: { yellow: 'Check' },
  corrections: {},
});
const w3cText = serializeW3C({ article: ARTICLE, annotations: ANNOTATIONS });
const hypothesis = JSON.stringify([
  {
    id: 'hyp-1',
    created: '2026-01-01T00:00:00Z',
    updated: '2026-01-02T00:00:00Z',
    text: 'from hypothesis',
    tags: ['h'],
    target: [
      {
        source: 'https://elsewhere.example/copy',
        selector: [{ type: 'TextQuoteSelector', exact: 'rejected the plan' }],
      },
    ],
  },
  { id: 'hyp-2', references: ['hyp-1'], text: 'a reply', target: [{ source: 'https://elsewhere.example/copy' }] },
]);

describe('planImport', () => {
  it('rejects a web annotation the store could not keep, and imports the others', () => {
    const w3c = JSON.parse(w3cText) as { first: { items: { id: string }[] } };
    const count = w3c.first.items.length;
    w3c.first.items[0].id = '';
    const plan = planImport(JSON.stringify(w3c), { currentArticleId: ARTICLE.id });
    if (plan.kind !== 'w3c') throw new Error(plan.kind);
    expect(plan.results.filter((r) => 'ok' in r)).toHaveLength(count - 1);
    expect(plan.results[0]).toEqual({
      index: 0,
      error: expect.stringMatching(/^cannot be kept as it is \(id: /),
    });
  });

  it('detects a Marginalia backup', () => {
    const plan = planImport(backupText);
    expect(plan.kind).toBe('backup');
    if (plan.kind === 'backup') expect(plan.backup.annotations).toHaveLength(ANNOTATIONS.length);
  });

  it('parses our W3C export', () => {
    const plan = planImport(w3cText);
    expect(plan.kind).toBe('w3c');
    if (plan.kind === 'w3c')
      expect(plan.results.map((r) => ('ok' in r ? r.ok.id : r.error))).toEqual(LIVE.map((a) => a.id));
  });

  it('maps any source to the open article', () => {
    const plan = planImport(hypothesis, { currentArticleId: ARTICLE.id });
    if (plan.kind !== 'w3c') throw new Error(plan.kind);
    expect(plan.results[0]).toMatchObject({ ok: { id: 'hyp-1', articleId: ARTICLE.id, note: 'from hypothesis' } });
    expect(plan.results[1]).toMatchObject({ index: 1, error: expect.stringMatching(/reply/) });
  });

  it.each([
    ['', /Nothing to import/],
    ['   \n', /Nothing to import/],
    ['not json {', /not JSON/],
    ['{"hello": 1}', /No annotations found/],
    ['42', /No annotations found/],
    ['{"format":"marginalia-backup","version":1,"annotations":"x"}', /damaged/],
    ['{"format":"marginalia-backup","version":99}', /newer version/],
  ])('rejects %j', (text, message) => {
    const plan = planImport(text);
    expect(plan.kind).toBe('error');
    if (plan.kind === 'error') expect(plan.message).toMatch(message);
  });

  it('rejects an oversized text before parsing it', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const plan = planImport(' '.repeat(MAX_IMPORT_BYTES + 1));
    expect(plan).toEqual({ kind: 'error', message: expect.stringMatching(/too large/) });
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
  });
});

describe('importW3C', () => {
  const results = (text: string) => {
    const plan = planImport(text, { currentArticleId: ARTICLE.id });
    if (plan.kind !== 'w3c') throw new Error(plan.kind);
    return plan.results;
  };
  const checked = (list: ReturnType<typeof results>, units?: number) =>
    checkOrphans(incomingOf(list), (id) => (id === ARTICLE.id ? ARTICLE.text : undefined), units);

  it('reports counts from the store and orphans against the article text', async () => {
    const moved: Annotation = {
      ...HIGHLIGHT,
      id: 'moved',
      selectors: [{ type: 'TextQuoteSelector', exact: 'words that are not in the article' }],
    };
    const merge = vi.fn((list: Annotation[]) => ({ added: list.length, alreadyPresent: 0, updated: 0 }));
    const list = results(serializeW3C({ article: ARTICLE, annotations: [...LIVE, moved] }));
    const out = importW3C(list, merge, await checked(list));
    expect(merge).toHaveBeenCalledOnce();
    expect(out.report).toMatchObject({ imported: 5, alreadyPresent: 0, orphans: 1, orphanIds: ['moved'] });
    expect(out.message).toBe('5 imported, 1 orphan.');
    expect(out.tone).toBe('info');
  });

  it('counts updated copies as imported and caps orphans at what was imported', async () => {
    const moved: Annotation = {
      ...HIGHLIGHT,
      id: 'moved',
      selectors: [{ type: 'TextQuoteSelector', exact: 'gone from the text' }],
    };
    const list = results(serializeW3C({ article: ARTICLE, annotations: [moved, HIGHLIGHT] }));
    const orphans = await checked(list);
    const out = importW3C(list, () => ({ added: 0, alreadyPresent: 2 }), orphans);
    expect(out.message).toBe('Nothing new: both annotations were already here.');
    const again = importW3C(list, () => ({ added: 0, updated: 1, alreadyPresent: 1 }), orphans);
    expect(again.message).toBe('1 imported, 1 already present, 1 orphan.');
  });

  it('imports nothing and says why when every record is rejected', () => {
    const merge = vi.fn(() => ({ added: 0, alreadyPresent: 0 }));
    const out = importW3C(
      results(JSON.stringify([{ id: 'r', references: ['x'], target: 'https://a.example' }])),
      merge,
    );
    expect(merge).not.toHaveBeenCalled();
    expect(out.tone).toBe('error');
    expect(out.message).toMatch(/^1 annotation rejected: #1 a reply/);
  });

  it('says when the work allowance ran out before every annotation was checked, and keeps them all', async () => {
    // Placing by the stored offsets costs nothing; a quote that must be searched for needs allowance.
    const searched: Annotation = {
      ...HIGHLIGHT,
      id: 'searched',
      selectors: [{ type: 'TextQuoteSelector', exact: 'a quote that has to be looked for' }],
    };
    const list = results(serializeW3C({ article: ARTICLE, annotations: [...LIVE, searched] }));
    const merge = (l: Annotation[]) => ({ added: l.length, alreadyPresent: 0 });
    const out = importW3C(list, merge, await checked(list, 1));
    expect(out.report).toMatchObject({ imported: LIVE.length + 1, orphans: 1, orphanIds: ['searched'] });
    expect(out.message).toBe(
      `${LIVE.length + 1} imported, 1 orphan. 1 of the orphans was not checked against the text: too many to place at once. They are kept with their quotes.`,
    );
  });
});

describe("elsewhereNote: where records that are not the open article's went", () => {
  const on = (articleId: string, id: string): Annotation => ({ ...HIGHLIGHT, id, articleId });
  const none = () => undefined;

  it("says nothing when every record is the open article's", () => {
    expect(elsewhereNote([on('open', 'a'), on('open', 'b')], 'open', none)).toBe('');
  });

  it('names a library article by its title', () => {
    const titles = (id: string) => (id === 'other' ? 'Rail strike ends' : undefined);
    expect(elsewhereNote([on('other', 'a'), on('other', 'b')], 'open', titles)).toBe(
      ' They belong to “Rail strike ends” in your library, not to the open article: open it there to see them.',
    );
  });

  it('says when the article is not in the library, and counts part of a file', () => {
    expect(elsewhereNote([on('other', 'a')], 'open', none)).toBe(
      ' It belongs to another article than the open one: it will show when that article (the same text) is opened in this browser.',
    );
    expect(elsewhereNote([on('open', 'a'), on('x', 'b'), on('y', 'c')], 'open', none)).toBe(
      ' 2 of them belong to other articles than the open one: they will show when those articles (the same texts) are opened in this browser.',
    );
  });
});

describe('describeBackupImport', () => {
  it('summarises articles and annotations', () => {
    const plan = planImport(backupText);
    if (plan.kind !== 'backup') throw new Error(plan.kind);
    const out = describeBackupImport(plan.backup, { articles: 1, added: 4, alreadyPresent: 1 });
    expect(out.message).toBe('Backup restored: 1 article. Annotations: 4 imported, 1 already present.');
  });

  it('says in words when the backup brought no annotation the reader did not have', () => {
    const plan = planImport(backupText);
    if (plan.kind !== 'backup') throw new Error(plan.kind);
    expect(describeBackupImport(plan.backup, { articles: 0, added: 0, alreadyPresent: 5 }).message).toBe(
      'Backup restored: 0 articles. Its 5 annotations were already here.',
    );
    expect(describeBackupImport(plan.backup, { articles: 0, added: 0, alreadyPresent: 1 }).message).toBe(
      'Backup restored: 0 articles. Its annotation was already here.',
    );
  });

  it('names what was not restored, from the file and from the restore', () => {
    const json = JSON.parse(backupText);
    json.annotations[0].created = 'last Tuesday';
    const plan = planImport(JSON.stringify(json));
    if (plan.kind !== 'backup') throw new Error(plan.kind);
    const out = describeBackupImport(
      plan.backup,
      {
        articles: 0,
        added: 3,
        alreadyPresent: 0,
        corrections: 1,
        rejected: [{ what: 'article', index: 0, reason: 'article #1: your library already holds a different text' }],
      },
      undefined,
      plan.rejected,
    );
    expect(out.message).toMatch(/^Backup restored: 0 articles, corrections for 1\. Annotations: 3 imported/);
    expect(out.message).toMatch(
      /Not restored \(2\): annotation #1: created: not an ISO 8601 date.*; article #1: your library/,
    );
  });
});

describe('a backup restored on a slow or full storage', () => {
  const backup = () => {
    const plan = planImport(backupText);
    if (plan.kind !== 'backup') throw new Error(plan.kind);
    return plan.backup;
  };

  it('says which texts are still being saved, then that they are saved or were refused', async () => {
    let land!: (late: LateAnswer) => void;
    let refuse!: (late: LateAnswer) => void;
    const counts: BackupCounts = {
      articles: 2,
      added: 4,
      alreadyPresent: 1,
      stillSaving: [
        { title: 'Ferry crossing', landed: new Promise((r) => (land = r)) },
        { title: 'Tram strike', landed: new Promise((r) => (refuse = r)) },
      ],
    };
    expect(describeBackupImport(backup(), counts).message).toBe(
      'Backup restored: 2 articles. Browser storage is slow: the texts of 2 articles (“Ferry crossing”, “Tram strike”) are still being saved; until they are, they are kept only in this tab. Annotations: 4 imported, 1 already present.',
    );
    const seen: string[] = [];
    followSlowSaves(counts, (now) => seen.push(describeBackupImport(backup(), now).message));
    land('saved');
    await Promise.resolve();
    await Promise.resolve();
    expect(seen.at(-1)).toBe(
      'Backup restored: 2 articles. Browser storage is slow: the text of “Tram strike” is still being saved; until it is, it is kept only in this tab. The text of “Ferry crossing” is saved now. Annotations: 4 imported, 1 already present.',
    );
    refuse('memory');
    await Promise.resolve();
    await Promise.resolve();
    expect(seen.at(-1)).toBe(
      'Backup restored: 2 articles. The text of “Ferry crossing” is saved now. Browser storage refused the text of “Tram strike” (or is not available), so it was not saved: it stays open until you close the tab. Download a backup to keep it. Annotations: 4 imported, 1 already present.',
    );
  });

  it('a text removed meanwhile is no longer spoken of', async () => {
    let gone!: (late: LateAnswer) => void;
    const counts: BackupCounts = {
      articles: 1,
      added: 0,
      alreadyPresent: 0,
      stillSaving: [{ title: 'Ferry crossing', landed: new Promise((r) => (gone = r)) }],
    };
    const seen: string[] = [];
    followSlowSaves(counts, (now) => seen.push(describeBackupImport(backup(), now).message));
    gone('removed');
    await Promise.resolve();
    await Promise.resolve();
    expect(seen.at(-1)).not.toMatch(/Ferry crossing/);
  });
});

describe('planImport: files a reader may pick that hold nothing to import', () => {
  const sample = (name: string) => readFileSync(new URL(`../../../docs/samples/${name}`, import.meta.url), 'utf8');
  const messageOf = (text: string) => {
    const plan = planImport(text);
    return plan.kind === 'error' ? plan.message : `(${plan.kind})`;
  };

  it.each([
    ['putin-high-tech-duel.md', 'Markdown'],
    ['putin-high-tech-duel.csv', 'CSV'],
    ['putin-high-tech-duel.claims.jsonld', 'claim reviews (ClaimReview)'],
  ])('our own %s export is named, and the exports that do import are named too', (file, what) => {
    const message = messageOf(sample(file));
    expect(message).toContain(`This is Marginalia’s ${what} export`);
    expect(message).toContain('“W3C Web Annotation (JSON-LD)”');
    expect(message).toContain('Nothing was imported');
  });

  it('names a places (GeoJSON) export', () => {
    expect(messageOf('{"type":"FeatureCollection","features":[]}')).toContain('Marginalia’s places (GeoJSON) export');
  });

  it('says a JSON file that breaks off is damaged or cut short, with where when the parser says', () => {
    const w3c = sample('putin-high-tech-duel.w3c.jsonld');
    expect(messageOf(w3c.slice(0, w3c.length / 2))).toMatch(
      /^This file is not valid JSON: it may be damaged or cut short/,
    );
    expect(messageOf('{\n  "a": 1\n  "b": 2\n}')).toMatch(/breaks off at line 3, column \d+\)/);
  });

  it('still imports the W3C sample, and says plainly what other text is', () => {
    expect(messageOf(sample('putin-high-tech-duel.w3c.jsonld'))).toBe('(w3c)');
    expect(messageOf('Just some notes I wrote.')).toMatch(/^This is not JSON/);
  });
});

describe('the file picker', () => {
  it('offers every file our exports are saved as, so a reader can pick the one they have and be told', () => {
    const formats = exportFormats({
      article: ARTICLE,
      annotations: ANNOTATIONS,
      labels: {},
      wikilinks: false,
      getBackup: async () => '{}',
      now: new Date('2026-12-03T10:00:00Z'),
    });
    const offered = IMPORT_FILE_ACCEPT.split(',');
    for (const f of formats) {
      expect(offered).toContain(/\.[a-z]+$/.exec(f.fileName)![0]);
      expect(offered).toContain(f.mime);
    }
  });
});
