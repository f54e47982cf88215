/**
 * Import and share fuzz: whatever a file or a link carries, the import path never throws, never
 * takes a second, and every record it accepts is one the store can edit and reload — 0 records
 * accepted that a reload drops (issue 14). Inputs: random JSON, valid backups, W3C and Hypothesis
 * exports and share payloads with hostile values planted at random places ("last Tuesday", year
 * +275760, reserved ids, wrong types…), and truncated files. Seeded, so a failure reproduces.
 */
import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { planImport } from '../features/export-import/detect-import';
import { createMemoryStorage, createSafeStorage } from '../lib/safe-storage';
import type { Annotation } from '../model/annotation';
import { defaultPreferences } from '../model/preferences';
import { checkArticle, metaOf, type Article } from '../model/article';
import { restoreEnvelope } from '../model/envelope';
import type { AnnotationsByArticle } from '../model/persisted-state';
import { serializeBackup } from '../model/format/backup';
import { ANNOTATIONS, ARTICLE } from '../model/format/test-fixtures';
import { serializeW3C } from '../model/format/w3c';
import { encodeBase64Url } from '../model/share/base64url';
import { attachArticle, decodeShareLink } from '../model/share/share-link';
import { createAnnotationsStore } from './annotations';
import { CORRECTIONS_ENVELOPE } from './corrections';
import { LIBRARY_ENVELOPE } from './library';
import { PREFS_ENVELOPE } from './prefs';

/**
 * Each property runs a few thousand inputs: seconds on a quiet machine, more on a busy one. A hang
 * (say, a catastrophic regular expression) fails on this timeout; no per-input clock is asserted,
 * because a busy 2-core machine stretches single inputs past any fixed limit.
 */
const FUZZ_TIMEOUT_MS = 120_000;

const stats = { inputs: 0, accepted: 0, refusedRecords: 0, refusedFiles: 0, maxMs: 0, droppedOnReload: 0 };

// ---- Inputs ----

const HOSTILE: unknown[] = [
  'last Tuesday',
  '+275760-09-13T00:00:00.000Z',
  '-271821-04-20T00:00:00.000Z',
  '1',
  '2024-02-30T00:00:00Z',
  '2024-01-01T10:00',
  '9999-12-31T23:59:59.999Z',
  '1969-12-31T23:59:59.999Z',
  '',
  ' ',
  '__proto__',
  'constructor',
  'toString',
  'prototype',
  'hasOwnProperty',
  'javascript:alert(1)',
  'not a url',
  '<img src=x onerror=alert(1)>',
  '\u0000',
  '\ud800',
  'x'.repeat(5_000),
  -1,
  0,
  0.5,
  2 ** 53,
  1e308,
  -0,
  null,
  true,
  [],
  {},
  [null],
  { __proto__: { polluted: true } },
  { type: 'TextQuoteSelector', exact: '' },
  { type: 'TextPositionSelector', start: 5, end: 5 },
  { type: 'TextPositionSelector', start: 3, end: 9 },
  { kind: 'url', url: 'not a url' },
  { kind: 'paste' },
];

const hostile = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.integer() },
);

type Edit = [at: number, value: unknown, remove: boolean];
const edits = fc.array(fc.tuple(fc.nat(), hostile, fc.boolean()), { minLength: 1, maxLength: 4 });

/** Every path into a JSON value (objects and arrays), the root excluded. */
function pathsOf(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const path = [...prefix, Array.isArray(value) ? Number(k) : k];
      out.push(path);
      pathsOf(v, path, out);
    }
  }
  return out;
}

/** Plants each edit at a path picked among all paths (set, or delete/splice when `remove`). */
function mutate(json: unknown, list: Edit[]): unknown {
  const copy = JSON.parse(JSON.stringify(json));
  for (const [at, value, remove] of list) {
    const paths = pathsOf(copy);
    if (!paths.length) break;
    const path = paths[at % paths.length];
    let parent = copy;
    for (const key of path.slice(0, -1)) parent = parent[key];
    const last = path[path.length - 1];
    if (remove && Array.isArray(parent)) parent.splice(Number(last), 1);
    else if (remove) delete parent[last];
    else parent[last] = JSON.parse(JSON.stringify(value ?? null));
  }
  return copy;
}

const backupJson = JSON.parse(
  serializeBackup({
    exportedAt: '2026-11-27T08:00:00.000Z',
    articles: [ARTICLE],
    annotations: ANNOTATIONS,
    labels: { yellow: 'important', pink: 'question' },
    corrections: {
      [ARTICLE.id]: {
        rejectedEntities: ['person:moscow'],
        rejectedClaims: ['3-9'],
        retyped: { 'organization:kyiv': 'place' },
        speakers: { '10-40': 'Putin' },
        added: [{ start: 0, end: 6, type: 'place' }],
      },
    },
    preferences: {
      ...defaultPreferences(),
      theme: 'dark',
      layers: { person: true, place: false, organization: true, claim: true },
    },
  }),
);
const w3cJson = JSON.parse(serializeW3C({ article: ARTICLE, annotations: ANNOTATIONS }));
const hypothesisJson = {
  total: 1,
  rows: [
    {
      id: 'Zx9yAbCdEe-fGh',
      created: '2024-12-20T08:00:00.000000+00:00',
      updated: '2024-12-21T08:00:00.000000+00:00',
      text: 'From elsewhere',
      tags: ['h'],
      uri: 'https://news.example.com/world/putin-duel',
      user_info: { display_name: 'Ana K' },
      target: [
        {
          source: 'https://news.example.com/world/putin-duel',
          selector: [
            { type: 'TextPositionSelector', start: 9, end: 40 },
            { type: 'TextQuoteSelector', exact: 'Putin said the missile', prefix: 'MOSCOW — ', suffix: ' "cannot' },
            { type: 'RangeSelector', startContainer: '/p[1]' },
          ],
        },
      ],
    },
  ],
};

// ---- The property: accepted means kept ----

/** The state as JSON with articles and records in id order (a reload reads them back one bucket at a time). */
const canonical = (state: AnnotationsByArticle) =>
  JSON.stringify(
    Object.keys(state)
      .sort()
      .map((articleId) => [
        articleId,
        Object.keys(state[articleId])
          .sort()
          .map((id) => state[articleId][id]),
      ]),
  );

/** What a reload drops or changes among `records` once a store has imported, edited and saved them. */
function droppedByReload(records: Annotation[]): string[] {
  if (!records.length) return [];
  const backing = createMemoryStorage();
  const storage = () => createSafeStorage({ storage: () => backing, setTimer: () => undefined });
  let clock = Date.UTC(2026, 0, 1);
  const options = { scheduleWrite: () => {}, now: () => (clock += 1000) };
  const first = createAnnotationsStore({ storage: storage(), ...options });
  first.importAnnotations(records);
  first.flushPersist();
  const imported = first.store.getState().annotations;
  const reloaded = createAnnotationsStore({ storage: storage(), ...options });
  const problems = [...reloaded.store.getState().loadProblems];
  if (canonical(reloaded.store.getState().annotations) !== canonical(imported))
    problems.push('reloaded state differs from imported state');
  // Every live record can be edited and deleted, and that reloads too.
  for (const byId of Object.values(imported)) {
    for (const a of Object.values(byId)) {
      if (a.deleted) continue;
      reloaded.updateAnnotation(a.articleId, a.id, { note: `${a.note} (edited)`, tags: [...a.tags, 'edited'] });
      reloaded.deleteAnnotation(a.articleId, a.id);
      reloaded.undo();
    }
  }
  reloaded.flushPersist();
  const again = createAnnotationsStore({ storage: storage(), ...options });
  problems.push(...again.store.getState().loadProblems);
  if (canonical(again.store.getState().annotations) !== canonical(reloaded.store.getState().annotations))
    problems.push('edited state differs after reload');
  return problems;
}

function roundTrips<S>(state: S, envelope: Parameters<typeof restoreEnvelope<S>>[1]): string[] {
  const r = restoreEnvelope(JSON.stringify({ state, version: envelope.version }), envelope);
  if (r.problems.length) return r.problems;
  return JSON.stringify(r.state) === JSON.stringify(state) ? [] : [`${envelope.what} changed on reload`];
}

function checkArticles(articles: Article[]): string[] {
  const problems: string[] = [];
  for (const a of articles) {
    const again = checkArticle(structuredClone(a));
    if (!('ok' in again) || JSON.stringify(again.ok) !== JSON.stringify(a)) problems.push(`article ${a.id} not kept`);
  }
  return [...problems, ...roundTrips({ articles: articles.map(metaOf), lastOpened: {} }, LIBRARY_ENVELOPE)];
}

function importAndCheck(text: string): void {
  stats.inputs++;
  const t0 = performance.now();
  const plan = planImport(text, { currentArticleId: ARTICLE.id, importedAt: '2026-11-28T09:00:00.000Z' });
  const problems: string[] = [];
  let accepted = 0;
  if (plan.kind === 'error') {
    stats.refusedFiles++;
    expect(plan.message.length).toBeGreaterThan(10);
  } else if (plan.kind === 'backup') {
    const { backup, rejected } = plan;
    stats.refusedRecords += rejected.length;
    accepted = backup.annotations.length + backup.articles.length;
    problems.push(...droppedByReload(backup.annotations), ...checkArticles(backup.articles));
    problems.push(...roundTrips({ byArticle: backup.corrections }, CORRECTIONS_ENVELOPE));
    if (backup.preferences) problems.push(...roundTrips(backup.preferences, PREFS_ENVELOPE));
  } else {
    const ok = plan.results.flatMap((r) => ('ok' in r ? [r.ok] : []));
    stats.refusedRecords += plan.results.length - ok.length;
    accepted = ok.length;
    problems.push(...droppedByReload(ok));
  }
  const ms = performance.now() - t0;
  stats.maxMs = Math.max(stats.maxMs, ms);
  stats.accepted += accepted;
  if (problems.length) stats.droppedOnReload++;
  expect(problems, `accepted, then lost on reload; input: ${text.slice(0, 400)}`).toEqual([]);
}

describe('import fuzz: accepted records survive a reload', () => {
  it(
    'random JSON',
    () => {
      fc.assert(
        fc.property(fc.jsonValue(), (value) => importAndCheck(JSON.stringify(value) ?? 'null')),
        { numRuns: 2_000, seed: 11 },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'a full backup with hostile values planted at random',
    () => {
      fc.assert(
        fc.property(edits, (list) => importAndCheck(JSON.stringify(mutate(backupJson, list)))),
        { numRuns: 2_500, seed: 12 },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'W3C and Hypothesis exports with hostile values planted at random',
    () => {
      fc.assert(
        fc.property(fc.boolean(), edits, (w3c, list) =>
          importAndCheck(JSON.stringify(mutate(w3c ? w3cJson : hypothesisJson, list))),
        ),
        { numRuns: 2_500, seed: 13 },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'files cut short or with bytes flipped',
    () => {
      const files = [JSON.stringify(backupJson), JSON.stringify(w3cJson), JSON.stringify(hypothesisJson)];
      fc.assert(
        fc.property(
          fc.nat(files.length - 1),
          fc.nat(),
          fc.nat(),
          fc.string({ minLength: 1, maxLength: 1 }),
          (which, cut, at, ch) => {
            const file = files[which];
            const chars = [...file.slice(0, 1 + (cut % file.length))];
            chars[at % chars.length] = ch;
            importAndCheck(chars.join(''));
          },
        ),
        { numRuns: 1_500, seed: 14 },
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});

describe('share fuzz: decoded records survive a reload', () => {
  // A share payload as JSON (share-wire.ts tuples), to plant values in before compressing.
  const live = ANNOTATIONS.filter((a) => !a.deleted);
  const json = {
    v: 1,
    a: ['t', 'Title', ARTICLE.text],
    n: live.map((a) => [
      a.selectors.find((s) => s.type === 'TextQuoteSelector')?.exact ?? '',
      a.selectors.find((s) => s.type === 'TextPositionSelector')?.start ?? -1,
      'prefix',
      'suffix',
      a.note,
      1,
      a.tags,
      a.kind === 'page-note' ? 2 : a.kind === 'claim' ? 1 : 0,
      a.verdict ? 2 : 0,
      a.claimId ?? '',
      a.links ?? [],
    ]),
    t: 1_790_000_000,
    s: 'Ana',
    f: 1,
  };

  it('the unmutated payload decodes (so the mutations start from something valid)', () => {
    const decoded = decodeShareLink(
      `#/share/1.${encodeBase64Url(deflateSync(new TextEncoder().encode(JSON.stringify(json))))}`,
    );
    expect('parsed' in decoded && decoded.parsed.annotations).toHaveLength(live.length);
  });

  it(
    'share payloads with hostile values planted at random',
    () => {
      fc.assert(
        fc.property(edits, (list) => {
          stats.inputs++;
          const t0 = performance.now();
          const bytes = deflateSync(new TextEncoder().encode(JSON.stringify(mutate(json, list))));
          const decoded = decodeShareLink(`#/share/1.${encodeBase64Url(bytes)}`);
          let problems: string[] = [];
          if ('parsed' in decoded) {
            const records = attachArticle(decoded.parsed.annotations, ARTICLE);
            stats.accepted += records.length;
            problems = droppedByReload(records);
          } else {
            stats.refusedFiles++;
          }
          const ms = performance.now() - t0;
          stats.maxMs = Math.max(stats.maxMs, ms);
          if (problems.length) stats.droppedOnReload++;
          expect(problems).toEqual([]);
        }),
        { numRuns: 1_500, seed: 15 },
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});

afterAll(() => {
  console.info(
    `import+share fuzz: ${stats.inputs} inputs, ${stats.accepted} records accepted, ` +
      `${stats.refusedRecords} records and ${stats.refusedFiles} files refused, ` +
      `${stats.droppedOnReload} accepted-then-dropped, slowest ${stats.maxMs.toFixed(0)} ms`,
  );
  expect(stats.inputs).toBeGreaterThanOrEqual(10_000);
});
