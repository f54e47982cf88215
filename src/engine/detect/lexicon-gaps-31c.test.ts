/**
 * The weak-pattern sentences of issue #9 (lexicon-gaps-31c.cases.ts), scored strictly like the
 * news batches. First sight: see src/engine/README.md, "Weak patterns on unseen news (ents31c)".
 * The floor is a little under the figure after the rows.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../index';
import { loadGazetteerIfAny } from '../../cli/analyze';
import { WEAK_PATTERN_CASES } from './lexicon-gaps-31c.cases';
import { scoreEntityCases } from './news-entities-score';

const FLOOR = 0;

describe('weak patterns (teams, seats, cut names, grounds)', () => {
  it('meet their floor', async () => {
    const gazetteer = await loadGazetteerIfAny();
    const r = scoreEntityCases(WEAK_PATTERN_CASES, (text) => analyze(text, { gazetteer }));
    expect(r.f1, r.errors.join('\n')).toBeGreaterThanOrEqual(FLOOR);
  }, 60_000);

  // The "keep" sentences must stay exactly as their gold says.
  it('keep the people and places a fix must not touch', async () => {
    const gazetteer = await loadGazetteerIfAny();
    const cases = WEAK_PATTERN_CASES.filter((c) => c.name.startsWith('keep '));
    const r = scoreEntityCases(cases, (text) => analyze(text, { gazetteer }));
    expect(r.errors).toEqual([]);
  }, 60_000);
});
