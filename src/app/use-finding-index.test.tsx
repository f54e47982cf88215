// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { Analysis } from '../engine/types';
import { indexFindings, type FindingIndex } from '../model/findings';
import { useFindingIndex } from './use-finding-index';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Waits until `check` holds, a task at a time (the index is built over several). */
async function until(check: () => boolean, tasks = 200) {
  for (let i = 0; i < tasks && !check(); i++)
    await act(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done))));
}

const analysisOf = (n: number, base = 0): Analysis => ({
  version: 2,
  mentions: Array.from({ length: n }, (_, i) => ({
    id: `m${base + i}`,
    type: 'person',
    start: i * 10,
    end: i * 10 + 4,
    text: 'Name',
    entityId: 'e1',
    why: '',
  })),
  entities: [],
  claims: [],
});

const seen: Array<FindingIndex | null> = [];
function Probe({ analysis, articleId }: { analysis: Analysis | undefined; articleId: string }) {
  seen.push(useFindingIndex(analysis, articleId));
  return null;
}

describe('useFindingIndex', () => {
  const root = createRoot(document.createElement('div'));
  afterEach(() => {
    act(() => root.render(null));
    seen.length = 0;
  });

  it('hands on the whole index after the render that brought the analysis, never before', async () => {
    const analysis = analysisOf(20_000);
    await act(async () => root.render(<Probe analysis={analysis} articleId="a" />));
    expect(seen.at(-1)).toBeNull();
    await until(() => seen.at(-1) != null);
    expect(seen.at(-1)?.list).toEqual(indexFindings(analysis).list);
  });

  it('keeps the last index of the same article while a new one is built, and never shows another article’s', async () => {
    const first = analysisOf(3);
    await act(async () => root.render(<Probe analysis={first} articleId="a" />));
    await until(() => seen.at(-1) != null);
    const corrected = analysisOf(2, 100);
    await act(async () => root.render(<Probe analysis={corrected} articleId="a" />));
    expect(seen.at(-1)?.list.map((f) => f.id)).toEqual(['m0', 'm1', 'm2']);
    await until(() => seen.at(-1)?.list.length === 2);
    expect(seen.at(-1)?.list.map((f) => f.id)).toEqual(['m100', 'm101']);
    await act(async () => root.render(<Probe analysis={analysisOf(1, 200)} articleId="b" />));
    expect(seen.at(-1)).toBeNull();
    await until(() => seen.at(-1) != null);
    expect(seen.at(-1)?.list.map((f) => f.id)).toEqual(['m200']);
  });
});
