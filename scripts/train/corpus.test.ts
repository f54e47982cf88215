/** The entity batches as training documents (corpus.ts): gold kept, held-out batches kept out. */
import { describe, expect, it } from 'vitest';
import { ENTITY_BATCHES } from '../../src/engine/detect/news-entities.cases';
import {
  BATCH_GENRE,
  BATCHES_TRAIN_SHIPPED_MODEL,
  batchDoc,
  loadBatchNews,
  loadTrainingSet,
  TRAINING_BATCHES,
} from './corpus';
import { foldOf } from './folds-lib';

describe('entity batches as training documents', () => {
  it('reads the inline gold: types, accepted other types, X spans ignored', () => {
    const d = batchDoc('batch 9', {
      name: 'case',
      text: '[[P Ana Ruiz]] left [[O/L Moscow]] for the [[X Firefox]] launch in [[L Lyon]].',
    });
    expect(d.text).toBe('Ana Ruiz left Moscow for the Firefox launch in Lyon.');
    expect(d.id).toBe('batch 9/case');
    expect(d.genre).toBe(BATCH_GENRE);
    expect(d.spans.map((s) => [d.text.slice(s.start, s.end), s.type, s.altTypes])).toEqual([
      ['Ana Ruiz', 'person', undefined],
      ['Moscow', 'organization', ['place']],
      ['Lyon', 'place', undefined],
    ]);
    expect(d.ignore.map((s) => d.text.slice(s.start, s.end))).toEqual(['Firefox']);
  });

  it('rejects unbalanced markup and unknown batches', () => {
    expect(() => batchDoc('batch 1', { name: 'bad', text: '[[P Ana Ruiz] left' })).toThrow(/unbalanced/);
    expect(() => loadBatchNews(['batch 9999'])).toThrow(/no entity batch/);
  });

  it('trains on batches 1–16 only: 17–22 stay held out', () => {
    expect(TRAINING_BATCHES).toEqual(Array.from({ length: 16 }, (_, k) => `batch ${k + 1}`));
    for (const held of ['batch 17', 'batch 18', 'batch 19', 'batch 20', 'batch 21', 'batch 22']) {
      expect(ENTITY_BATCHES[held], held).toBeDefined();
      expect(TRAINING_BATCHES).not.toContain(held);
    }
    const docs = loadTrainingSet(true);
    const heldTexts = new Set(
      ['batch 17', 'batch 18', 'batch 19', 'batch 20', 'batch 21', 'batch 22'].flatMap((b) =>
        ENTITY_BATCHES[b].cases.map((c) => c.text.replace(/\[\[[PLOX](?:\/[PLO])? ([^\]]+?)\]\]/g, '$1')),
      ),
    );
    expect(docs.filter((d) => heldTexts.has(d.text))).toEqual([]);
    const trained = TRAINING_BATCHES.reduce((n, b) => n + ENTITY_BATCHES[b].cases.length, 0);
    expect(docs.filter((d) => d.genre === BATCH_GENRE)).toHaveLength(trained);
  });

  it('reach the shipped model only when BATCHES_TRAIN_SHIPPED_MODEL says so', () => {
    expect(loadTrainingSet().some((d) => d.genre === BATCH_GENRE)).toBe(BATCHES_TRAIN_SHIPPED_MODEL);
  });

  it('every gold span covers its text exactly', () => {
    for (const d of loadBatchNews())
      for (const s of d.spans) expect(d.text.slice(s.start, s.end), d.id).toMatch(/^\S(.*\S)?$/);
  });

  it('leaves every older document in the fold it had before the batches joined', () => {
    const docs = loadTrainingSet(true);
    const older = docs.filter((d) => d.genre !== BATCH_GENRE);
    const before = foldOf(older);
    const after = foldOf(docs);
    for (const d of older) expect(after.get(d.id), d.id).toBe(before.get(d.id));
  });
});
