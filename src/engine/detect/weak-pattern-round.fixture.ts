/**
 * The test harness every weak-pattern probe round of issue #9 shares (lexicon-gaps-*.test.ts):
 * a round's texts are scored strictly like the news batches against a floor, and the texts a fix
 * must not touch (by default those named "keep …") are held as their gold says, except the few
 * the engine read wrong before the round began, which may make no false name but the ones they
 * made then. Each round file gives only its own data; this module owns the assertions.
 * Test code only: it imports vitest and is never part of the engine.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../index';
import { loadGazetteerIfAny } from '../../cli/analyze';
import type { EntityCase } from './news-entities.cases';
import { scoreEntityCases, type EntityScore } from './news-entities-score';

/** One probe round's data: everything that differs between the round files. */
export interface WeakPatternRound {
  /** The describe block's title. */
  title: string;
  cases: readonly EntityCase[];
  /** The score the round's texts must reach: a little under the last measured one. */
  floor: number;
  /** The second test's title: what the held texts guard against. */
  heldTitle: string;
  /** Which texts the second test holds; by default those named "keep …". */
  isHeld?: (c: EntityCase) => boolean;
  /** Which errors of a held text count; by default every one. */
  countsAsError?: (error: string) => boolean;
  /** Held texts the engine read wrong before the round's first change, and still does. */
  knownKeepMisses?: ReadonlySet<string>;
  /** The false names (`: FP ` errors) those known misses still make, exactly. */
  knownFalse?: readonly string[];
}

/** Test timeout of one scoring pass over a round's texts. */
const ROUND_TIMEOUT_MS = 60_000;

const isKeepText = (c: EntityCase): boolean => c.name.startsWith('keep ');

async function scoreRound(cases: readonly EntityCase[]): Promise<EntityScore> {
  const gazetteer = await loadGazetteerIfAny();
  return scoreEntityCases(cases, (text) => analyze(text, { gazetteer }));
}

/** Declares the round's two tests: its floor, and its held texts. */
export function describeWeakPatternRound(round: WeakPatternRound): void {
  const isHeld = round.isHeld ?? isKeepText;
  const counts = round.countsAsError ?? (() => true);
  const known = round.knownKeepMisses ?? new Set<string>();
  describe(round.title, () => {
    it(
      'meet their floor',
      async () => {
        const r = await scoreRound(round.cases);
        expect(r.f1, r.errors.join('\n')).toBeGreaterThanOrEqual(round.floor);
      },
      ROUND_TIMEOUT_MS,
    );

    it(
      round.heldTitle,
      async () => {
        const held = round.cases.filter(isHeld);
        const r = await scoreRound(held.filter((c) => !known.has(c.name)));
        expect(r.errors.filter(counts)).toEqual([]);
        if (known.size === 0) return;
        const k = await scoreRound(held.filter((c) => known.has(c.name)));
        expect(k.errors.filter((e) => e.includes(': FP '))).toEqual(round.knownFalse ?? []);
      },
      ROUND_TIMEOUT_MS,
    );
  });
}
