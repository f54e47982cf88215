import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { engineFiles, engineStamp } from '../../build/engine-stamp';

/** A copy of the engine's inputs the test may change. */
function copyOfEngine(): string {
  const root = mkdtempSync(join(tmpdir(), 'mg-stamp-'));
  cpSync('src/engine', join(root, 'src/engine'), { recursive: true });
  mkdirSync(join(root, 'src/workers'), { recursive: true });
  for (const f of ['analysis.worker.ts', 'analysis-shared.ts', 'analysis-protocol.ts', 'analysis-compact.ts'])
    cpSync(`src/workers/${f}`, join(root, `src/workers/${f}`));
  return root;
}

describe('engine stamp (the analysis cache key)', () => {
  const roots: string[] = [];
  afterEach(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

  it('is the same for the same engine and changes with its code, lexicon or model, not with its tests', () => {
    const root = copyOfEngine();
    roots.push(root);
    const stamp = engineStamp(root);
    expect(engineStamp(root)).toBe(stamp);
    expect(engineStamp('.')).toBe(stamp);
    writeFileSync(join(root, 'src/engine/extra.test.ts'), 'export {};\n');
    expect(engineStamp(root)).toBe(stamp);
    for (const file of [
      'src/engine/index.ts',
      'src/engine/tagger/model.json',
      'src/workers/analysis-shared.ts',
      'src/workers/analysis-protocol.ts',
      'src/workers/analysis-compact.ts',
    ]) {
      const other = copyOfEngine();
      roots.push(other);
      writeFileSync(join(other, file), ' ', { flag: 'a' });
      expect(engineStamp(other), file).not.toBe(stamp);
    }
  });

  it('covers every file the analysis worker runs (its whole import graph, data included)', () => {
    const covered = new Set(engineFiles('.'));
    const seen = new Set<string>();
    const resolveImport = (from: string, spec: string) =>
      ['', '.ts', '.tsx', '/index.ts']
        .map((ext) => resolve(dirname(from), spec) + ext)
        .find((f) => existsSync(f) && statSync(f).isFile());
    const visit = (file: string) => {
      const rel = relative('.', file).split('\\').join('/');
      if (seen.has(rel)) return;
      seen.add(rel);
      if (!/\.tsx?$/.test(file)) return;
      for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"](\.[^'"]+)['"]/g)) {
        const target = resolveImport(file, m[1]);
        if (target) visit(target);
      }
    };
    visit(resolve('src/workers/analysis.worker.ts'));
    expect(seen.size).toBeGreaterThan(20);
    expect([...seen].filter((f) => !covered.has(f))).toEqual([]);
  });
});
