/**
 * Records loaded from storage are kept as parsed and share what they repeat (model/shared-strings.ts:
 * every record without tags holds the one frozen empty list). So nothing may change a loaded
 * record in place: here every loaded record is frozen through and through (tests run in strict
 * mode, where a write to a frozen object throws), and each path that edits, merges, undoes,
 * imports or exports records is run over them. What a reload reads back is what was saved.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryStorage, createSafeStorage, type StorageLike } from '../lib/safe-storage';
import type { Annotation } from '../model/annotation';
import { toCsv } from '../model/format/csv';
import { encodeShareLink, decodeShareLink } from '../model/share/share-link';
import {
  ANNOTATIONS_STORAGE_KEY as KEY,
  createAnnotationsStore,
  selectAllTags,
  selectAnnotations,
  selectTagsOutside,
  type NewAnnotation,
} from './annotations';

function tab(backing: StorageLike, start = Date.UTC(2026, 0, 1)) {
  let time = start;
  let n = 0;
  const api = createAnnotationsStore({
    storage: createSafeStorage({ storage: () => backing, now: () => time, setTimer: () => undefined }),
    now: () => time,
    newId: () => `id${++n}-${start}`,
    scheduleWrite: () => {},
  });
  return { ...api, tick: (ms = 1000) => (time += ms), state: () => api.store.getState() };
}

const hl = (start: number, extra: Partial<NewAnnotation> = {}): NewAnnotation => ({
  articleId: 'art',
  kind: 'highlight',
  color: 'yellow',
  note: '',
  tags: [],
  selectors: [
    { type: 'TextQuoteSelector', exact: 'quoted', prefix: 'a ', suffix: ' b' },
    { type: 'TextPositionSelector', start, end: start + 6 },
  ],
  ...extra,
});

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const v of Object.values(value)) deepFreeze(v);
}

const storeValues = (backing: StorageLike) =>
  Object.fromEntries(
    [...(backing as ReturnType<typeof createMemoryStorage>).data.entries()].filter(
      ([k]) => k === KEY || k.startsWith(`${KEY}:`),
    ),
  );

describe('records loaded from storage are never changed in place', () => {
  it('edits, tag edits, deletes, undo/redo, imports, other tabs and exports all copy', () => {
    const backing = createMemoryStorage();
    const writer = tab(backing);
    const plain = writer.addAnnotation(hl(1));
    const tagged = writer.addAnnotation(hl(20, { tags: ['ferry'] }));
    const claim = writer.addAnnotation(hl(40, { kind: 'claim', verdict: 'disputed', color: undefined }));
    const other = writer.addAnnotation(hl(5, { articleId: 'other' }));
    writer.addAnnotation({ articleId: 'art', kind: 'page-note', selectors: [], note: 'overall', tags: [] });
    writer.flushPersist();
    const saved = storeValues(backing);

    const reader = tab(backing, Date.UTC(2026, 0, 2));
    const loaded = reader.state().annotations;
    // The shared empty list is what the records hold (else this test would guard nothing).
    expect(Object.isFrozen(loaded.art[plain.id].tags)).toBe(true);
    expect(loaded.art[plain.id].tags).toBe(loaded.art[claim.id].tags);
    for (const records of Object.values(loaded)) for (const a of Object.values(records)) deepFreeze(a);

    // Loading wrote nothing, and a reload of it reads the same records.
    reader.flushPersist();
    expect(storeValues(backing)).toEqual(saved);
    expect(JSON.stringify(tab(backing).state().annotations)).toBe(JSON.stringify(loaded));

    // The tag editor (AnnotationCard/TagInput): a new list, then one without the tag.
    const win = new EventTarget() as unknown as Window;
    reader.startCrossTabSync(win);
    reader.tick();
    reader.updateAnnotation('art', plain.id, { tags: [...loaded.art[plain.id].tags, 'follow-up'] });
    reader.updateAnnotation('art', tagged.id, { tags: loaded.art[tagged.id].tags.filter((t) => t !== 'ferry') });
    reader.updateAnnotation('art', claim.id, { note: 'checked', verdict: 'false', color: 'pink' });
    reader.deleteAnnotation('other', other.id);
    expect(selectAllTags(reader.state())).toEqual(['follow-up']);
    expect(selectTagsOutside(reader.state(), 'other')).toEqual(['follow-up']);
    for (let i = 0; i < 4; i++) reader.undo();
    expect(reader.state().annotations.art[plain.id].tags).toEqual([]); // undone (a new stamp: an edit too)
    for (let i = 0; i < 4; i++) reader.redo();
    for (let i = 0; i < 4; i++) reader.undo();

    // An import (backup, W3C file or a share link's recipient keeping them) of newer copies.
    const newer = (a: Annotation, over: Partial<Annotation>): Annotation => ({
      ...a,
      ...over,
      updated: '2026-03-01T00:00:00.000Z',
    });
    expect(
      reader.importAnnotations([
        newer(loaded.art[plain.id], { tags: ['imported'] }),
        newer(loaded.art[claim.id], { note: 'from a file' }),
      ]),
    ).toMatchObject({ updated: 2, rejected: 0 });

    // Another tab's edits of the same records arrive as storage events and are merged in.
    const elsewhere = tab(backing, Date.UTC(2026, 5, 1));
    elsewhere.updateAnnotation('art', tagged.id, { tags: ['ferry', 'strike'], note: 'elsewhere' });
    elsewhere.flushPersist();
    for (const [key, newValue] of Object.entries(storeValues(backing)))
      win.dispatchEvent(Object.assign(new Event('storage'), { key, newValue }));
    expect(reader.state().annotations.art[tagged.id].tags).toEqual(['ferry', 'strike']);
    reader.flushPersist();

    // Exports and share links read the loaded records as they are.
    const list = selectAnnotations({ annotations: loaded }, 'art');
    expect(toCsv(list)).toContain('ferry');
    const link = decodeShareLink(encodeShareLink({ article: { kind: 'bundled', id: 'art' }, annotations: list }));
    expect(link).not.toHaveProperty('error');

    // Nothing above changed what was loaded.
    expect(JSON.stringify(loaded)).toBe(JSON.stringify(tab(createMemoryStorageFrom(saved)).state().annotations));
  });
});

function createMemoryStorageFrom(values: Record<string, string>): StorageLike {
  const s = createMemoryStorage();
  for (const [k, v] of Object.entries(values)) s.setItem(k, v);
  return s;
}
