import { describe, expect, it, vi } from 'vitest';
import type { Annotation } from '../../model/annotation';
import { serializeBackup } from '../../model/format/backup';
import { ANNOTATIONS, ARTICLE, HIGHLIGHT, LIVE } from '../../model/format/test-fixtures';
import { serializeW3C } from '../../model/format/w3c';
import { MAX_IMPORT_BYTES, describeBackupImport, importW3C, planImport } from './detect-import';

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

  it('reports counts from the store and orphans against the article text', () => {
    const moved: Annotation = {
      ...HIGHLIGHT,
      id: 'moved',
      selectors: [{ type: 'TextQuoteSelector', exact: 'words that are not in the article' }],
    };
    const merge = vi.fn((list: Annotation[]) => ({ added: list.length, alreadyPresent: 0, updated: 0 }));
    const out = importW3C(results(serializeW3C({ article: ARTICLE, annotations: [...LIVE, moved] })), merge, ARTICLE);
    expect(merge).toHaveBeenCalledOnce();
    expect(out.report).toMatchObject({ imported: 5, alreadyPresent: 0, orphans: 1, orphanIds: ['moved'] });
    expect(out.message).toBe('5 imported, 1 orphan.');
    expect(out.tone).toBe('info');
  });

  it('counts updated copies as imported and caps orphans at what was imported', () => {
    const moved: Annotation = {
      ...HIGHLIGHT,
      id: 'moved',
      selectors: [{ type: 'TextQuoteSelector', exact: 'gone from the text' }],
    };
    const out = importW3C(
      results(serializeW3C({ article: ARTICLE, annotations: [moved, HIGHLIGHT] })),
      () => ({ added: 0, alreadyPresent: 2 }),
      ARTICLE,
    );
    expect(out.message).toBe('0 imported, 2 already present.');
    const again = importW3C(
      results(serializeW3C({ article: ARTICLE, annotations: [moved, HIGHLIGHT] })),
      () => ({ added: 0, updated: 1, alreadyPresent: 1 }),
      ARTICLE,
    );
    expect(again.message).toBe('1 imported, 1 already present, 1 orphan.');
  });

  it('imports nothing and says why when every record is rejected', () => {
    const merge = vi.fn(() => ({ added: 0, alreadyPresent: 0 }));
    const out = importW3C(
      results(JSON.stringify([{ id: 'r', references: ['x'], target: 'https://a.example' }])),
      merge,
      ARTICLE,
    );
    expect(merge).not.toHaveBeenCalled();
    expect(out.tone).toBe('error');
    expect(out.message).toMatch(/^0 imported, 1 rejected: #1 a reply/);
  });
});

describe('describeBackupImport', () => {
  it('summarises articles and annotations', () => {
    const plan = planImport(backupText);
    if (plan.kind !== 'backup') throw new Error(plan.kind);
    const out = describeBackupImport(plan.backup, { articles: 1, added: 4, alreadyPresent: 1 });
    expect(out.message).toBe('Backup restored: 1 article. Annotations: 4 imported, 1 already present.');
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
      plan.rejected,
    );
    expect(out.message).toMatch(/^Backup restored: 0 articles, corrections for 1\. Annotations: 3 imported/);
    expect(out.message).toMatch(
      /Not restored \(2\): annotation #1: created: not an ISO 8601 date.*; article #1: your library/,
    );
  });
});
