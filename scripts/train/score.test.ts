/** The in-process scorer used by the folds agrees with ../shared/eval/score.mjs. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { f1, scoreEntities } from './score';
import type { GoldSpan } from './corpus';

const scorer = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'eval', 'score.mjs');

describe.skipIf(!fs.existsSync(scorer))('score.ts', () => {
  it('gives score.mjs’s entity figures', () => {
    const text = 'Ana Ruiz met Bo Lee in Paris and Lyon, said Acme.';
    const gold: GoldSpan[] = [
      { start: 0, end: 8, type: 'person' },
      { start: 13, end: 19, type: 'person' },
      { start: 23, end: 28, type: 'place', altTypes: ['organization'] },
      { start: 33, end: 37, type: 'place' },
    ];
    const ignore = [{ start: 44, end: 48 }];
    const pred = [
      { type: 'person', start: 0, end: 8 },
      { type: 'place', start: 13, end: 19 },
      { type: 'organization', start: 23, end: 28 },
      { type: 'organization', start: 44, end: 48 },
      { type: 'person', start: 33, end: 36 },
    ];
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'score-'));
    fs.writeFileSync(path.join(dir, 'g.json'), JSON.stringify({ text, entities: gold, ignore }));
    fs.writeFileSync(path.join(dir, 'p.json'), JSON.stringify({ entities: pred }));
    const r = JSON.parse(
      execFileSync(process.execPath, [scorer, path.join(dir, 'g.json'), path.join(dir, 'p.json'), '--json'], {
        encoding: 'utf8',
      }),
    );
    for (const mode of ['strict', 'lenient', 'untyped'] as const)
      expect(f1(scoreEntities(gold, ignore, pred, mode)), mode).toBeCloseTo(r[mode].all.f1, 10);
  });
});
