/**
 * The weak-pattern texts of issue #9, third round (lexicon-gaps-33b.cases.ts), scored strictly
 * like the news batches. First sight 0.814 (57 right of 63 predicted, 77 gold); with leftover rows
 * 10 (detect/leftover-rules-10.ts) 0.967 (74 / 76 / 77). The floor is a little under that.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../index';
import { loadGazetteerIfAny } from '../../cli/analyze';
import { WEAK_PATTERN_CASES_33B } from './lexicon-gaps-33b.cases';
import { scoreEntityCases } from './news-entities-score';

const FLOOR = 0.96;

describe('weak patterns, third round (acronyms, sponsor teams, nicknames, rivers, grounds, visitors)', () => {
  it('meet their floor', async () => {
    const gazetteer = await loadGazetteerIfAny();
    const r = scoreEntityCases(WEAK_PATTERN_CASES_33B, (text) => analyze(text, { gazetteer }));
    expect(r.f1, r.errors.join('\n')).toBeGreaterThanOrEqual(FLOOR);
  }, 60_000);

  // The rows make clubs, teams, bodies and places of words around results, roles and verbs: in the
  // "keep" sentences (people named like towns, a given name alone, a town in a weather report, a
  // festival, plural nouns opening a sentence, acronyms of no body) every name must come out as its
  // gold says.
  it('leave the sentences a fix must not touch as they are', async () => {
    const gazetteer = await loadGazetteerIfAny();
    const cases = WEAK_PATTERN_CASES_33B.filter((c) => c.name.startsWith('keep '));
    const r = scoreEntityCases(cases, (text) => analyze(text, { gazetteer }));
    expect(r.errors).toEqual([]);
  }, 60_000);
});
