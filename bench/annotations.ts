/**
 * Annotation figures for `npm run bench` (issue 5): anchoring 1,000 annotations on a ~1 MB text,
 * creating one annotation, and the cost of one save. Runs in Node against a fake storage, so it
 * measures our code, not the browser's localStorage. Run alone: `npx tsx bench/annotations.ts`.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createMemoryStorage, createSafeStorage } from '../src/lib/safe-storage';
import { anchorAnnotations, describeRange } from '../src/model/anchor';
import type { Selector } from '../src/model/selectors';
import { restore } from '../src/model/migrations';
import { PERSISTED_VERSION } from '../src/model/persisted-state';
import { bucketKey, bucketOf } from '../src/store/annotation-keys';
import { createAnnotationsStore } from '../src/store/annotations';
import { median } from './stats';

const WORDS = (
  'the council mayor budget river bridge vote week residents said would could after before minister ' +
  'report market shares rose fell percent government plan housing school police court judge election ' +
  'campaign health hospital energy prices inflation bank rates workers union strike company profits'
).split(' ');

/** Deterministic pseudo-random numbers, so every run measures the same text. */
function rng(seed: number) {
  return () => {
    seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) | 0;
    return ((seed ^ (seed >>> 13)) >>> 0) / 2 ** 32;
  };
}

function generateText(chars: number, rand: () => number): string {
  const parts: string[] = [];
  let length = 0;
  while (length < chars) {
    const n = 6 + Math.floor(rand() * 18);
    const words = Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]);
    const sentence = words.join(' ').replace(/^./, (c) => c.toUpperCase()) + (rand() < 0.1 ? '.\n\n' : '. ');
    parts.push(sentence);
    length += sentence.length;
  }
  return parts.join('');
}

const ms = (x: number) => `${x.toFixed(2)} ms`;

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

export async function benchAnnotations(): Promise<Record<string, string | number>> {
  const rand = rng(42);
  const text = generateText(1_000_000, rand);
  const selectors: Selector[][] = [];
  for (let i = 0; i < 1000; i++) {
    const start = Math.floor(rand() * (text.length - 200));
    selectors.push(describeRange(text, start, start + 20 + Math.floor(rand() * 100)));
  }

  // Unchanged article: the position selector confirms each quote in place.
  let anchored = 0;
  const anchorSame = time(() => {
    for (const r of anchorAnnotations(text, selectors)) if (r.status === 'anchored') anchored++;
  });

  // Updated article: a paragraph added at the top shifts every offset (the shift is learned).
  const edited = 'Update: this story was revised with new figures from the council. '.repeat(3) + text;
  let reanchored = 0;
  const anchorEdited = time(() => {
    for (const r of anchorAnnotations(edited, selectors)) if (r.status === 'anchored') reanchored++;
  });

  // Worst case: each quote searched over the whole text (offsets useless, no shift to learn).
  const noHints = selectors.map((s) => s.filter((x) => x.type === 'TextQuoteSelector'));
  let searched = 0;
  const anchorSearched = time(() => {
    for (const r of anchorAnnotations(edited, noHints)) if (r.status === 'anchored') searched++;
  });

  // Store with 1,000 annotations; writes are held back so creation and saving are timed apart.
  const backing = createMemoryStorage();
  const api = createAnnotationsStore({
    storage: createSafeStorage({ storage: () => backing }),
    scheduleWrite: () => {},
  });
  const note = 'A short note about this passage, with a [link](https://example.org).';
  api.importAnnotations(
    selectors.map((s, i) => ({
      id: `bench-${i}`,
      articleId: 'bench',
      kind: 'highlight',
      color: 'yellow',
      note,
      tags: ['bench'],
      selectors: s,
      created: new Date(0).toISOString(),
      updated: new Date(0).toISOString(),
    })),
  );
  api.flushPersist();

  const creates: number[] = [];
  for (let i = 0; i < 101; i++) {
    const start = Math.floor(rand() * (text.length - 200));
    creates.push(
      time(() => {
        api.addAnnotation({
          articleId: 'bench',
          kind: 'highlight',
          color: 'blue',
          note: '',
          tags: [],
          selectors: describeRange(text, start, start + 60),
        });
      }),
    );
  }

  api.addAnnotation({
    articleId: 'bench',
    kind: 'highlight',
    color: 'green',
    note: '',
    tags: [],
    selectors: selectors[0],
  });
  const save = time(() => api.flushPersist());
  const storeKeys = () => [...backing.data.keys()].filter((k) => k.startsWith('marginalia:annotations'));
  const bytes = storeKeys().reduce((n, k) => n + (backing.getItem(k)?.length ?? 0), 0);

  // Another tab wrote since our last save, into the bucket we write next: read + merge + write.
  const nextId = 'from-this-tab';
  const theirs = bucketKey('marginalia:annotations', 'bench', bucketOf(nextId));
  const other = JSON.parse(
    backing.getItem(theirs) ?? JSON.stringify({ state: { annotations: { bench: {} } }, version: PERSISTED_VERSION }),
  );
  other.state.annotations.bench['from-other-tab'] = {
    ...api.store.getState().annotations.bench['bench-0'],
    id: 'from-other-tab',
  };
  backing.setItem(theirs, JSON.stringify(other));
  api.addAnnotation({
    id: nextId,
    articleId: 'bench',
    kind: 'highlight',
    color: 'green',
    note: '',
    tags: [],
    selectors: selectors[1],
  });
  const mergedSave = time(() => api.flushPersist());

  // Start-up cost of a large store: what a reload with 10,000 annotations does before the first
  // render (issue 13 moves it off the critical path; this row shows what there is to move).
  const big: Record<string, unknown> = {};
  for (let i = 0; i < 10_000; i++) {
    const s = selectors[i % selectors.length];
    big[`r${i}`] = {
      id: `r${i}`,
      articleId: 'bench',
      kind: 'highlight',
      color: 'yellow',
      note: i % 3 ? '' : note,
      tags: i % 5 ? [] : ['bench'],
      selectors: s,
      created: new Date(1.7e12 + i).toISOString(),
      updated: new Date(1.7e12 + i).toISOString(),
    };
  }
  const bigRaw = JSON.stringify({ state: { annotations: { bench: big }, labels: {} }, version: PERSISTED_VERSION });
  const parses: number[] = [];
  const restores: number[] = [];
  let restored = 0;
  for (let r = 0; r < 5; r++) {
    parses.push(time(() => JSON.parse(bigRaw)));
    restores.push(time(() => (restored = Object.keys(restore(bigRaw).state.annotations.bench ?? {}).length)));
  }

  return {
    'text size': `${(text.length / 1e6).toFixed(2)} MB`,
    'anchor 1,000, unchanged text': `${ms(anchorSame)} (${anchored} anchored)`,
    'anchor 1,000, text shifted by an edit': `${ms(anchorEdited)} (${reanchored} anchored)`,
    'anchor 1,000, every quote searched (worst case)': `${ms(anchorSearched)} (${searched} anchored)`,
    'create one annotation (median of 101, store of 1,000)': ms(median(creates)),
    'save once (1,102 annotations, 102 new since the last save)': `${ms(save)} (${(bytes / 1024).toFixed(0)} KiB stored in ${storeKeys().length} keys)`,
    'save after another tab wrote (read-merge-write)': ms(mergedSave),
    'load 10,000 annotations: JSON.parse alone (median of 5)': ms(median(parses)),
    'load 10,000 annotations: parse + validate every record, all at once (median of 5; the app does it in slices)': `${ms(median(restores))} (${restored} kept, ${(bigRaw.length / 1024).toFixed(0)} KiB)`,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await benchAnnotations();
  const width = Math.max(...Object.keys(rows).map((k) => k.length));
  console.log('\n## Annotations');
  for (const [k, v] of Object.entries(rows)) console.log(`${k.padEnd(width)}  ${v}`);
}
