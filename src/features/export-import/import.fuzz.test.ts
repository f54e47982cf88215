/**
 * Fuzzing imports (issue 14: "import fuzz ≥ 10,000 inputs, 0 crashes, 0 hangs, 0 records accepted
 * that a reload drops"): random text, and our own W3C exports and backups damaged at the byte
 * level (flips, cuts) and at the value level (any field replaced by any JSON value). Whatever the
 * file, planning the import returns (never throws); every record it accepts passes the schema the
 * store loads with; and the orphan check of what it accepts stays within the import allowance —
 * checked by metering the work, not by timing it. Seeded, so a failure reproduces.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorGroupsJob, runToEnd } from '../../model/anchor-job';
import { checkAnnotation } from '../../model/annotation';
import { serializeBackup } from '../../model/format/backup';
import { ANNOTATIONS, ARTICLE } from '../../model/format/test-fixtures';
import { serializeW3C } from '../../model/format/w3c';
import { HOSTILE_INPUT_UNITS, workBudget } from '../../model/work-budget';
import { incomingOf, planImport } from './detect-import';
import { orphanGroups } from './import-orphans';

const counts: Record<string, number> = {};
let accepted = 0;
let mostWork = 0;

function check(file: string, tag: string): void {
  counts[tag] = (counts[tag] ?? 0) + 1;
  const plan = planImport(file, { currentArticleId: ARTICLE.id, importedAt: '2026-11-30T00:00:00.000Z' });
  if (plan.kind === 'error') {
    expect(plan.message.length).toBeGreaterThan(10);
    return;
  }
  const articles = plan.kind === 'backup' ? plan.backup.articles : [ARTICLE];
  const candidates = plan.kind === 'backup' ? plan.backup.annotations : incomingOf(plan.results);
  for (const record of candidates) {
    const reloaded = checkAnnotation(record);
    expect('ok' in reloaded, `accepted but a reload drops it: ${JSON.stringify(record).slice(0, 300)}`).toBe(true);
  }
  accepted += candidates.length;
  const texts = new Map(articles.map((a) => [a.id, a.text]));
  const { groups } = orphanGroups(candidates, (id) => texts.get(id));
  const inner = workBudget(HOSTILE_INPUT_UNITS);
  let spent = 0;
  const metered = {
    spend: (n: number) => inner.spend(n) && (spent += n) >= 0,
    get exhausted() {
      return inner.exhausted;
    },
  };
  const results = runToEnd(anchorGroupsJob(groups, metered));
  expect(results.flat()).toHaveLength(groups.reduce((n, g) => n + g.items.length, 0));
  expect(spent).toBeLessThanOrEqual(HOSTILE_INPUT_UNITS);
  mostWork = Math.max(mostWork, spent);
}

const w3c = serializeW3C({ article: ARTICLE, annotations: ANNOTATIONS });
const backup = serializeBackup({
  exportedAt: '2026-11-27T10:00:00Z',
  articles: [ARTICLE],
  annotations: ANNOTATIONS,
  labels: {},
  corrections: {},
});
const VALID = [w3c, backup];

/** Every path to a value inside `value`, so a mutation can reach any field of any record. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [at];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [at, ...keys.flatMap((k) => paths((value as Record<string | number, unknown>)[k], [...at, k]))];
}

function replaced(json: string, pick: number, replacement: unknown): string {
  const root = JSON.parse(json) as unknown;
  const all = paths(root).filter((p) => p.length > 0);
  const path = all[pick % all.length];
  let parent = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[path.at(-1)!] = replacement;
  return JSON.stringify(root);
}

/** Values that look almost right to a validator: dates out of range or in words, odd numbers. */
const nearlyValid = fc.constantFrom(
  'last Tuesday',
  '+275760-09-13T00:00:00.000Z',
  '-271821-04-20T00:00:00.000Z',
  '2026-02-30T10:00:00Z',
  '',
  ' ',
  -1,
  1e21,
  Number.MAX_SAFE_INTEGER,
  0.5,
  '<img src=x onerror=alert(1)>',
  'TextPositionSelector',
  'page-note',
  [],
  {},
  null,
);

describe('import fuzz', { timeout: 300_000 }, () => {
  it('survives random text and look-alike JSON', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (s) => check(s, 'random'),
      ),
      { numRuns: 3_000, seed: 1 },
    );
  });

  it('survives our own files damaged byte by byte', () => {
    fc.assert(
      fc.property(fc.nat(VALID.length - 1), fc.nat(), fc.nat(), fc.boolean(), (which, at, cut, flip) => {
        const file = VALID[which];
        const i = at % file.length;
        const damaged = flip
          ? file.slice(0, i) + String.fromCharCode(file.charCodeAt(i) ^ 0x04) + file.slice(i + 1)
          : file.slice(0, Math.max(1, cut % file.length));
        check(damaged, 'bytes');
      }),
      { numRuns: 3_000, seed: 2 },
    );
  });

  it('survives any field of our own files replaced by any value', () => {
    fc.assert(
      fc.property(fc.nat(VALID.length - 1), fc.nat(), fc.oneof(fc.jsonValue(), nearlyValid), (which, pick, value) =>
        check(replaced(VALID[which], pick, value), 'values'),
      ),
      { numRuns: 4_500, seed: 3 },
    );
  });

  it('ran at least 10,000 files in total, and accepted records from many of them', () => {
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    console.info(`import fuzz: ${total} files, ${accepted} records accepted, most work ${mostWork} units`, counts);
    expect(total).toBeGreaterThanOrEqual(10_000);
    expect(accepted).toBeGreaterThan(1_000);
  });
});
