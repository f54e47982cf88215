/**
 * src/store/README.md's table is the one place that says where each piece of state lives. This test
 * keeps it true: every store key, every IndexedDB database and every `marginalia:` key written
 * anywhere in the code must have a row, with the schema version the code uses.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLES_DB, ARTICLES_STORE } from '../api/article-storage';
import { VAULT_DB, VAULT_STORE } from '../lib/idb-vault';
import { BACKUP_PREFIX, PROBE_KEY } from '../lib/safe-storage';
import { ARTICLE_VERSION } from '../model/article';
import { CORRECTIONS_VERSION } from '../model/corrections';
import { LIBRARY_VERSION } from '../model/library-entry';
import { PERSISTED_VERSION } from '../model/persisted-state';
import { PREFERENCES_VERSION } from '../model/preferences';
import { STORE_KEYS } from './app-storage';

const here = import.meta.dirname;
const readme = readFileSync(join(here, 'README.md'), 'utf8');
const rows = readme.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| state'));
/** Cells of the "lives in" column. */
const places = rows.map((row) => row.split('|')[2] ?? '');
const rowWith = (literal: string) => rows.find((row) => (row.split('|')[2] ?? '').includes(literal));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('src/store/README.md table', () => {
  it('has a row for every store key, with the version the store writes', () => {
    const versions: Record<keyof typeof STORE_KEYS, number> = {
      annotations: PERSISTED_VERSION,
      library: LIBRARY_VERSION,
      prefs: PREFERENCES_VERSION,
      corrections: CORRECTIONS_VERSION,
    };
    for (const [store, key] of Object.entries(STORE_KEYS)) {
      const row = rowWith(`\`${key}\``);
      expect(row, `no row for ${key}`).toBeDefined();
      expect(row, `${key}: the table does not give version ${versions[store as keyof typeof versions]}`).toMatch(
        new RegExp(`\\bv${versions[store as keyof typeof versions]}\\b`),
      );
    }
  });

  it('has a row for each IndexedDB database, and for the keys the safe storage writes', () => {
    expect(rowWith(`IndexedDB \`${ARTICLES_DB}\` / \`${ARTICLES_STORE}\``)).toMatch(new RegExp(`v${ARTICLE_VERSION}`));
    expect(rowWith(`\`${VAULT_DB}\` / \`${VAULT_STORE}\``)).toBeDefined();
    expect(rowWith(`\`${BACKUP_PREFIX}<store>:<time>\``)).toBeDefined();
    expect(rowWith(`\`${PROBE_KEY}\``)).toBeDefined();
    // Every IndexedDB database the code opens (`createStore(NAME_DB, …)`), by its name.
    const dbs = new Set<string>();
    for (const file of sourceFiles(join(here, '..'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/export const [A-Z_]+_DB = '([^']+)'/g)) dbs.add(m[1]);
    }
    expect(dbs.size).toBeGreaterThanOrEqual(3);
    const missing = [...dbs].filter((db) => !places.some((cell) => cell.includes(`IndexedDB \`${db}\``)));
    expect(missing, 'IndexedDB databases missing from the README table').toEqual([]);
  });

  it('names every marginalia: key written in the code', () => {
    const src = join(here, '..');
    const found = new Set<string>();
    for (const file of sourceFiles(src)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/['"`](marginalia:[a-z][a-z-]*:?)/g)) found.add(m[1]);
    }
    expect(found.size).toBeGreaterThan(3);
    const missing = [...found].filter((key) => !places.some((cell) => cell.includes(`\`${key}`)));
    expect(missing, 'keys used in the code but missing from the README table').toEqual([]);
  });
});
