/**
 * Seed averaging (TrainOptions.seedAverage): one seed is the plain averaged perceptron, bit for
 * bit (so the shipped single-seed model does not move), and K seeds are the mean of the K
 * perceptrons seeded seed … seed + K − 1, which differ because each visits the regions in
 * another order.
 */
import { describe, expect, it } from 'vitest';
import { NTAGS } from '../../src/engine/tagger/regions';
import { seedsOf, trainSeedAveraged, trainWeights, type Instance } from './perceptron';

/** Tiny one- and two-token regions over four features, every tag allowed, gold tags conflicting. */
function instances(): Instance[] {
  const all = (1 << NTAGS) - 1;
  const one = (f: number[], g: number): Instance => ({
    n: 1,
    featStart: Int32Array.from([0, f.length]),
    feats: Int32Array.from(f),
    masks: Int32Array.from([all]),
    gold: Int32Array.from([g]),
    a: 0,
  });
  return [one([0, 1], 4), one([0, 2], 8), one([1, 3], 12), one([2, 3], 4), one([0, 3], 0), one([1, 2], 8)];
}

describe('seed averaging', () => {
  it('lists the seeds from the base seed up', () => {
    expect(seedsOf({ seed: 7, seedAverage: 3 })).toEqual([7, 8, 9]);
    expect(seedsOf({ seed: 7, seedAverage: 1 })).toEqual([7]);
  });

  it('with one seed is the single perceptron exactly', () => {
    const a = trainSeedAveraged(instances(), 4, { epochs: 3, seed: 5, seedAverage: 1 });
    const b = trainWeights(instances(), 4, 3, 5);
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
    expect(Array.from(a.transitions)).toEqual(Array.from(b.transitions));
  });

  it('with three seeds is the mean of the three perceptrons, which differ', () => {
    const runs = [5, 6, 7].map((s) => trainWeights(instances(), 4, 3, s));
    expect(Array.from(runs[0].weights)).not.toEqual(Array.from(runs[1].weights));
    const avg = trainSeedAveraged(instances(), 4, { epochs: 3, seed: 5, seedAverage: 3 });
    avg.weights.forEach((w, k) => expect(w).toBeCloseTo(runs.reduce((s, r) => s + r.weights[k], 0) / 3, 12));
    avg.transitions.forEach((t, k) => expect(t).toBeCloseTo(runs.reduce((s, r) => s + r.transitions[k], 0) / 3, 12));
  });
});
