/**
 * The blind entity batches (news-entities.cases.ts), each scored strictly like
 * ../shared/eval/score.mjs and held to a floor a little under its score after the fixes it
 * prompted. `npx tsx scripts/eval/news-entities.ts` prints each batch's figures and every error
 * (totals only for a batch kept blind).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../index';
import { loadGazetteerIfAny } from '../../cli/analyze';
import { ENTITY_BATCHES } from './news-entities.cases';
import { parseEntityMarkup, scoreEntityCases } from './news-entities-score';

describe('blind news batches: entities', () => {
  it.each(Object.keys(ENTITY_BATCHES))(
    '%s meets its floor',
    async (name) => {
      const gazetteer = await loadGazetteerIfAny();
      const batch = ENTITY_BATCHES[name];
      const r = scoreEntityCases(batch.cases, (text) => analyze(text, { gazetteer }));
      // A batch kept blind fails with its totals only: its misses must never be read.
      const why = batch.keptBlind ? `${r.tp} right of ${r.np} predicted, ${r.ng} gold` : r.errors.join('\n');
      expect(r.f1, why).toBeGreaterThanOrEqual(batch.floor);
    },
    60_000,
  );
});

describe('batches kept blind', () => {
  it('are the ones whose description calls them the honest check', () => {
    const described = Object.keys(ENTITY_BATCHES).filter((n) => /honest check/.test(ENTITY_BATCHES[n].about));
    const marked = Object.keys(ENTITY_BATCHES).filter((n) => ENTITY_BATCHES[n].keptBlind);
    expect(marked).toEqual(described);
    expect(marked).toContain('batch 58');
    expect(marked).toContain('batch 61');
    expect(marked).toContain('batch 64');
    expect(marked).toContain('batch 67');
    expect(marked).toContain('batch 70');
    expect(marked).toContain('batch 73');
    expect(marked).toContain('batch 76');
    expect(marked).toContain('batch 79');
    expect(marked).toContain('batch 82');
    expect(marked).toContain('batch 85');
  });
});

describe('entity markup', () => {
  it('reads types, accepted other types and ignored spans', () => {
    const { text, gold } = parseEntityMarkup('[[P Ana Ruiz]] left [[O/L Moscow]] for the [[X Firefox]] launch.');
    expect(text).toBe('Ana Ruiz left Moscow for the Firefox launch.');
    expect(gold.entities.map((e) => [e.type, e.text, e.altTypes])).toEqual([
      ['person', 'Ana Ruiz', []],
      ['organization', 'Moscow', ['place']],
    ]);
    expect(gold.ignore).toEqual([{ start: 29, end: 36 }]);
  });
  it('rejects unbalanced markup', () => {
    expect(() => parseEntityMarkup('[[P Ana Ruiz] left')).toThrow(/unbalanced/);
  });
});
