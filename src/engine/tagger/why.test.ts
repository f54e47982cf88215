import { describe, expect, it } from 'vitest';
import { modelWhy } from './tag';

/** What modelWhy printed before its texts were cached by number: toFixed(2) of both confidences. */
function printed(probs: number[], type: number): string {
  const names = ['person', 'place', 'organization', 'none'];
  let second = -1;
  for (let k = 0; k < 4; k++) if (k !== type && (second < 0 || probs[k] > probs[second])) second = k;
  return `model: ${names[type]} ${probs[type].toFixed(2)} (next best ${names[second]} ${probs[second].toFixed(2)})`;
}

describe('modelWhy', () => {
  it('prints the confidences exactly as toFixed(2) does, halves and repeats included', () => {
    // Values whose hundredths sit on or next to a half, where rounding p·100 can disagree with toFixed.
    const tricky = [0, 1, 0.005, 0.015, 0.125, 0.145, 0.285, 0.575, 0.995, 0.994999999, 0.9950000001, 1e-9];
    let seed = 11;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
    const cases: number[][] = [];
    for (const a of tricky) for (const b of tricky) cases.push([a, b, (1 - a) / 3, 0]);
    for (let k = 0; k < 3000; k++) cases.push([rnd(), rnd(), rnd(), rnd()]);
    for (let pass = 0; pass < 2; pass++)
      for (const probs of cases)
        for (let type = 0; type < 3; type++) expect(modelWhy(probs, type)).toBe(printed(probs, type));
  });
});
