/**
 * Regression: the default article against its gold, scored exactly as ../shared/eval/score.mjs
 * does (it is run as a child process), with the gazetteer when it is available.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { toJson, loadGazetteerIfAny } from '../cli/analyze';

const here = path.dirname(fileURLToPath(import.meta.url));
const evalDir = process.env.MARGINALIA_EVAL_DIR ?? path.resolve(here, '..', '..', '..', 'shared', 'eval');
const gold = path.join(evalDir, 'putin-high-tech-duel.gold.json');

describe.skipIf(!fs.existsSync(gold))('default article regression', () => {
  it('meets the quality thresholds', async () => {
    const text = JSON.parse(fs.readFileSync(gold, 'utf8')).text as string;
    const pred = path.join(fs.mkdtempSync(path.join((await import('node:os')).tmpdir(), 'marg-')), 'pred.json');
    fs.writeFileSync(pred, JSON.stringify(toJson(text, await loadGazetteerIfAny())));
    const r = JSON.parse(
      execFileSync(process.execPath, [path.join(evalDir, 'score.mjs'), gold, pred, '--json'], { encoding: 'utf8' }),
    );
    expect(r.strict.all.f1).toBeGreaterThanOrEqual(0.95);
    expect(r.claims.f1).toBeGreaterThanOrEqual(0.95);
    expect(r.claims.speakerAccuracy).toBeGreaterThanOrEqual(0.95);
    // Loading the gazetteer and scoring in a child process take seconds on a loaded machine.
  }, 60_000);
});
