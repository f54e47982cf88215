/**
 * Word knowledge that waits for the next retrain of the tagger (ents30b, issue #9): given names,
 * regions and demonyms a training text holds. Adding a word no training text holds leaves the
 * committed model exactly what training gives (model.test.ts); adding one of these changes it, and
 * a retrained model moves hundreds of names either way (src/engine/README.md, "Lexicon gaps that
 * need a retrain"). When one no longer occurs in a training text it can join its list at once.
 */
import { describe, expect, it } from 'vitest';
import { GIVEN_NAMES_AWAITING_RETRAIN, WORLD_GIVEN_NAMES } from '../../src/engine/lexicon/world-given-names';
import { DEMONYMS_AWAITING_RETRAIN, REGIONS_AWAITING_RETRAIN } from '../generate/gazetteer';
import { loadTrainingSet } from './corpus';

describe('words that wait for a retrain', () => {
  const text = loadTrainingSet()
    .map((d) => d.text)
    .join('\n')
    .toLowerCase();
  const words = new Set(text.match(/[\p{L}\p{M}'’-]+/gu));
  const waiting = [
    ...GIVEN_NAMES_AWAITING_RETRAIN.trim().split(/\s+/),
    ...REGIONS_AWAITING_RETRAIN.map((r) => r[0].toLowerCase()),
    ...DEMONYMS_AWAITING_RETRAIN.map((d) => d[1][0].toLowerCase()),
  ];
  it.each(waiting)('%s occurs in a training text', (w) =>
    expect(w.includes(' ') ? text.includes(w) : words.has(w)).toBe(true),
  );
  it('and the words added do not', () => {
    const added = WORLD_GIVEN_NAMES.trim()
      .split(/\s+/)
      .filter((w) => words.has(w));
    expect(added).toEqual([]);
  });
});
