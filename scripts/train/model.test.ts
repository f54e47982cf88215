/**
 * The committed model is exactly what `npm run train` builds from the committed inputs
 * (scripts/train/data, src/engine/fixtures): a hand-edited model, a change to the features or
 * the training code without retraining, or a changed training text fails here. Training is
 * seeded and takes well under a minute of CPU, so the check simply retrains.
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MODEL_PATH, serialise, trainShippedModel } from './train-tagger';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

describe('the committed tagger model', () => {
  it('is what training produces from the committed inputs', () => {
    const committed = readFileSync(MODEL_PATH, 'utf8');
    const fresh = serialise(trainShippedModel());
    expect(sha(fresh), 'src/engine/tagger/model.json is stale: run npm run train and commit it').toBe(sha(committed));
  }, 600_000);
});
