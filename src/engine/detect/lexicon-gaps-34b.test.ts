/**
 * The weak-pattern texts of issue #9, fourth round (lexicon-gaps-34b.cases.ts), scored strictly
 * like the news batches. First sight 0.761 (62 right of 73 predicted, 90 gold); with leftover rows
 * 11 (detect/leftover-rules-11.ts) and the acronym guard of the two "and" joins 0.920 (80 / 84 / 90).
 * The floor is a little under that.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../index';
import { loadGazetteerIfAny } from '../../cli/analyze';
import { WEAK_PATTERN_CASES_34B } from './lexicon-gaps-34b.cases';
import { scoreEntityCases } from './news-entities-score';

const FLOOR = 0.91;
/**
 * Keep texts the engine read wrong at first sight, before any row of this round, and still does:
 * "Dean Jones" after "Alan Smith and" and the bare "Jones" after it are left unread, and "Jannik
 * Sinner" (a word of the language) is left unread. The test below holds every other keep text.
 */
const KNOWN_KEEP_MISSES = new Set(['keep two people joined by and', 'keep players in a result']);

describe('weak patterns, fourth round (law firms, parties, hospitals, mountains, sides, French names)', () => {
  it('meet their floor', async () => {
    const gazetteer = await loadGazetteerIfAny();
    const r = scoreEntityCases(WEAK_PATTERN_CASES_34B, (text) => analyze(text, { gazetteer }));
    expect(r.f1, r.errors.join('\n')).toBeGreaterThanOrEqual(FLOOR);
  }, 60_000);

  // The rows make bodies, places and hospitals of words in frames: in the "keep" sentences (people
  // named like towns or firms, a given name alone, a road named after a mount, a body after a
  // ministry and "and") every name must come out as its gold says, and the two that failed before
  // this round must make no false name.
  it('leave the sentences a fix must not touch as they are', async () => {
    const gazetteer = await loadGazetteerIfAny();
    const cases = WEAK_PATTERN_CASES_34B.filter((c) => c.name.startsWith('keep '));
    const held = scoreEntityCases(
      cases.filter((c) => !KNOWN_KEEP_MISSES.has(c.name)),
      (text) => analyze(text, { gazetteer }),
    );
    expect(held.errors).toEqual([]);
    const known = scoreEntityCases(
      cases.filter((c) => KNOWN_KEEP_MISSES.has(c.name)),
      (text) => analyze(text, { gazetteer }),
    );
    expect(known.errors.filter((e) => e.includes(': FP '))).toEqual([]);
  }, 60_000);
});
