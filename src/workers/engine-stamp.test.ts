import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { engineStamp } from '../../build/engine-stamp';

/** A copy of the engine's inputs the test may change. */
function copyOfEngine(): string {
  const root = mkdtempSync(join(tmpdir(), 'mg-stamp-'));
  cpSync('src/engine', join(root, 'src/engine'), { recursive: true });
  mkdirSync(join(root, 'src/workers'), { recursive: true });
  cpSync('src/workers/analysis-shared.ts', join(root, 'src/workers/analysis-shared.ts'));
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
    for (const file of ['src/engine/index.ts', 'src/engine/tagger/model.json', 'src/workers/analysis-shared.ts']) {
      const other = copyOfEngine();
      roots.push(other);
      writeFileSync(join(other, file), ' ', { flag: 'a' });
      expect(engineStamp(other), file).not.toBe(stamp);
    }
  });
});
