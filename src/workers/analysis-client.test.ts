import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Analysis } from '../engine/types';
import type { AnalysisCacheStore } from './analysis-cache';
import {
  AnalysisReceiver,
  analysisReplies,
  type CompactAnalysis,
  type WorkerReply,
  type WorkerRequest,
} from './analysis-protocol';

/** An analysis whose one mention is the whole text: what the tests tell requests apart by. */
const analysisNaming = (text: string): Analysis => ({
  version: 2,
  mentions: [{ id: 'm0', type: 'person', start: 0, end: text.length, text, entityId: 'e0', why: '' }],
  entities: [{ id: 'e0', type: 'person', name: text, aliases: [], roles: [], mentionIds: ['m0'] }],
  claims: [],
});

/** `analysisNaming(text)` as the worker sends it, kept as it came (the compact form the cache stores). */
function compactNaming(text: string): CompactAnalysis {
  const receiver = new AnalysisReceiver(text);
  for (const { reply } of analysisReplies(1, analysisNaming(text), text)) {
    if (reply.type === 'part') receiver.part(reply.part);
    if (reply.type === 'done') receiver.done(reply.rest, reply.parts);
  }
  return receiver.compact()!;
}

/** A stand-in for the analysis worker: records what it is asked and replies when told. */
class FakeWorker {
  static last: FakeWorker;
  /** How many were started: starting the worker is what loads the engine. */
  static made = 0;
  posted: WorkerRequest[] = [];
  onmessage: ((e: MessageEvent<WorkerReply>) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor() {
    FakeWorker.made++;
    FakeWorker.last = this;
  }
  postMessage(request: WorkerRequest) {
    this.posted.push(request);
  }
  terminated = false;
  terminate() {
    this.terminated = true;
  }
  /** Says the warm-up is over, as the worker does. */
  warmed() {
    this.onmessage?.({ data: { id: 0, type: 'warm' } } as MessageEvent<WorkerReply>);
  }
  /** The texts it was asked to analyse, in order. */
  get texts() {
    return this.posted.flatMap((r) => ('text' in r ? [r.text] : []));
  }
  /** Finishes the request for `text` with an analysis naming it (the text, as one mention), as the worker sends it. */
  finish(text: string) {
    const request = this.posted.find((r) => 'text' in r && r.text === text)!;
    const analysis = analysisNaming(text);
    for (const { reply } of analysisReplies(request.id, analysis, text))
      this.onmessage?.({ data: reply } as MessageEvent<WorkerReply>);
  }
}

/** A file's size from which the warm-up is stopped for its open (1 MB, as the bench's long article). */
const LONG = 1_000_000;

const flush = () => new Promise<void>((done) => setTimeout(done, 0));

// Each test gets a fresh client (its worker, queue and prefetches are module state).
async function load() {
  vi.resetModules();
  const client = await import('./analysis-client');
  const hold = await import('../lib/background-hold');
  return { ...client, ...hold };
}

/** A store in memory for the analysis cache (analysis-cache.ts), each call one step. */
function memoryStore(): { data: Map<string, unknown>; store: AnalysisCacheStore } {
  const data = new Map<string, unknown>();
  const store: AnalysisCacheStore = {
    get: async (k) => structuredClone(data.get(k)),
    set: async (k, v) => void data.set(k, structuredClone(v)),
    del: async (k) => void data.delete(k),
    keys: async () => [...data.keys()],
    update: async (k, fn) => void data.set(k, fn(data.get(k))),
    setUnless: async (k, v, blocker) => !data.has(blocker) && (data.set(k, structuredClone(v)), true),
    setAndDelete: async (k, v, doomed) => {
      data.set(k, v);
      for (const key of [...data.keys()]) if (doomed(key)) data.delete(key);
    },
    deleteOlder: async () => undefined,
  };
  return { data, store };
}

/** A fresh client whose analysis cache is in memory; texts over 20 characters are kept compact. */
async function loadWithCache() {
  vi.resetModules();
  const { data, store } = memoryStore();
  const real = await import('./analysis-cache');
  const cache = real.createAnalysisCache(() => store, { stamp: 'test', maxTextChars: 20 });
  vi.doMock('./analysis-cache', () => ({ ...real, analysisCache: cache }));
  const client = await import('./analysis-client');
  return { ...client, cache, data };
}

describe('the analysis client with a stored analysis', () => {
  beforeEach(() => {
    vi.stubGlobal('Worker', FakeWorker);
    vi.stubGlobal('requestIdleCallback', (run: () => void) => setTimeout(run, 0));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.doUnmock('./analysis-cache');
  });

  for (const text of ['Short one.', 'A text long enough for the compact form.']) {
    it(`answers from the cache without starting the worker (${text.length} characters)`, async () => {
      const { analyzeText, cache } = await loadWithCache();
      await cache.write(text, analysisNaming(text), compactNaming(text));
      const made = FakeWorker.made;
      await expect(analyzeText(text)).resolves.toStrictEqual(analysisNaming(text));
      expect(FakeWorker.made).toBe(made);
    });

    it(`asks the worker on a miss, and stores its answer (${text.length} characters)`, async () => {
      const { analyzeText, cache } = await loadWithCache();
      const made = FakeWorker.made;
      const asked = analyzeText(text);
      await flush();
      expect(FakeWorker.made).toBe(made + 1);
      expect(FakeWorker.last.texts).toEqual([text]);
      FakeWorker.last.finish(text);
      await expect(asked).resolves.toStrictEqual(analysisNaming(text));
      await flush(); // stored once the page is idle
      await flush();
      expect(await cache.read(text)).toStrictEqual(analysisNaming(text));
    });

    it(`asks the worker when the stored entry is damaged (${text.length} characters)`, async () => {
      const { analyzeText, cache, data } = await loadWithCache();
      await cache.write(text, analysisNaming(text), compactNaming(text));
      const key = [...data.keys()].find((k) => k.startsWith('a:'))!;
      data.set(key, { ...(data.get(key) as object), analysis: { version: 2, mentions: 'damaged' } });
      const asked = analyzeText(text);
      await flush();
      await flush();
      expect(FakeWorker.last.texts).toEqual([text]);
      FakeWorker.last.finish(text);
      await expect(asked).resolves.toStrictEqual(analysisNaming(text));
    });
  }
});

describe('the analysis client', () => {
  beforeEach(() => vi.stubGlobal('Worker', FakeWorker));
  afterEach(() => vi.unstubAllGlobals());

  it('gives the worker one request at a time, in order', async () => {
    const { analyzeText } = await load();
    const first = analyzeText('First.');
    const second = analyzeText('Second.');
    expect(FakeWorker.last.texts).toEqual(['First.']);
    FakeWorker.last.finish('First.');
    await flush();
    expect(FakeWorker.last.texts).toEqual(['First.', 'Second.']);
    FakeWorker.last.finish('Second.');
    await expect(first).resolves.toStrictEqual(analysisNaming('First.'));
    await expect(second).resolves.toStrictEqual(analysisNaming('Second.'));
  });

  it('drops a request that waits behind another one when its signal aborts', async () => {
    const { analyzeText } = await load();
    void analyzeText('Running.');
    const leaving = new AbortController();
    const dropped = analyzeText('Queued.', undefined, leaving.signal);
    const next = analyzeText('Opened next.');
    leaving.abort();
    await expect(dropped).rejects.toMatchObject({ name: 'AbortError' });
    FakeWorker.last.finish('Running.');
    await flush();
    expect(FakeWorker.last.texts).toEqual(['Running.', 'Opened next.']);
    FakeWorker.last.finish('Opened next.');
    await expect(next).resolves.toStrictEqual(analysisNaming('Opened next.'));
  });

  it('drops a request held while a long body goes in, and never sends it', async () => {
    const { analyzeText, holdBackgroundWork } = await load();
    const release = holdBackgroundWork(new Promise(() => {}), 60_000);
    const made = FakeWorker.made;
    const leaving = new AbortController();
    const held = analyzeText('Long article.', undefined, leaving.signal);
    const next = analyzeText('Short article.');
    expect(FakeWorker.made).toBe(made);
    leaving.abort();
    await expect(held).rejects.toMatchObject({ name: 'AbortError' });
    release();
    await flush();
    expect(FakeWorker.last.texts).toEqual(['Short article.']);
    FakeWorker.last.finish('Short article.');
    await expect(next).resolves.toStrictEqual(analysisNaming('Short article.'));
  });

  it('lets a caller that gives up and asks again at once keep its request (no second analysis)', async () => {
    const { analyzeText } = await load();
    void analyzeText('Running.');
    const unmounted = new AbortController();
    const before = analyzeText('Again.', undefined, unmounted.signal);
    unmounted.abort();
    const after = analyzeText('Again.');
    expect(after).toBe(before);
    FakeWorker.last.finish('Running.');
    await flush();
    expect(FakeWorker.last.texts).toEqual(['Running.', 'Again.']);
  });

  it('lets an analysis the worker has started run on, and its successor wait for it', async () => {
    const { analyzeText } = await load();
    const leaving = new AbortController();
    const started = analyzeText('Started.', undefined, leaving.signal);
    const next = analyzeText('Next.');
    leaving.abort();
    await flush();
    expect(FakeWorker.last.texts).toEqual(['Started.']);
    FakeWorker.last.finish('Started.');
    await expect(started).resolves.toStrictEqual(analysisNaming('Started.'));
    await flush();
    expect(FakeWorker.last.texts).toEqual(['Started.', 'Next.']);
    FakeWorker.last.finish('Next.');
    await expect(next).resolves.toStrictEqual(analysisNaming('Next.'));
  });

  it('lets a reader who leaves and comes back while the worker runs the analysis take that run over', async () => {
    const { analyzeText, analysisUnderWay } = await load();
    const leaving = new AbortController();
    void analyzeText('Long article.', undefined, leaving.signal);
    leaving.abort();
    await flush();
    // Still running on the worker: the page is not quiet (the service worker waits for it).
    expect(analysisUnderWay()).toBe(true);
    const back = analyzeText('Long article.');
    FakeWorker.last.finish('Long article.');
    await expect(back).resolves.toStrictEqual(analysisNaming('Long article.'));
    await flush();
    expect(FakeWorker.last.texts).toEqual(['Long article.']);
    expect(analysisUnderWay()).toBe(false);
  });

  it('forgets a run nobody came back for once it ends', async () => {
    const { analyzeText } = await load();
    const leaving = new AbortController();
    void analyzeText('Left.', undefined, leaving.signal);
    leaving.abort();
    await flush();
    FakeWorker.last.finish('Left.');
    await flush();
    void analyzeText('Left.');
    expect(FakeWorker.last.texts).toEqual(['Left.', 'Left.']);
  });

  it('starts no worker while a long body goes in: its engine would compile beside the slices', async () => {
    const { analyzeText, holdBackgroundWork } = await load();
    let bodyIn = () => {};
    holdBackgroundWork(new Promise<void>((done) => (bodyIn = done)), 60_000);
    const made = FakeWorker.made;
    const asked = analyzeText('Long article.');
    await flush();
    expect(FakeWorker.made).toBe(made);
    bodyIn();
    await flush();
    expect(FakeWorker.made).toBe(made + 1);
    expect(FakeWorker.last.texts).toEqual(['Long article.']);
    FakeWorker.last.finish('Long article.');
    await expect(asked).resolves.toStrictEqual(analysisNaming('Long article.'));
  });

  it('runs the analysis on the page when the worker cannot start once the hold ends', async () => {
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new Error('no module workers here');
        }
      },
    );
    vi.doMock('./analysis-shared', () => ({
      runAnalysis: async (text: string) => ({ text }) as unknown as Analysis,
    }));
    try {
      const { analyzeText, holdBackgroundWork } = await load();
      const release = holdBackgroundWork(new Promise(() => {}), 60_000);
      const asked = analyzeText('Held, then on the page.');
      release();
      await expect(asked).resolves.toMatchObject({ text: 'Held, then on the page.' });
    } finally {
      vi.doUnmock('./analysis-shared');
    }
  });

  it("drops the boot script's analysis when the reader shows another text first", async () => {
    const { prefetchAnalysis, cancelPrefetchedAnalysis, analyzeText, holdBackgroundWork } = await load();
    const release = holdBackgroundWork(new Promise(() => {}), 60_000);
    prefetchAnalysis('Booted long article.');
    cancelPrefetchedAnalysis('Booted long article.');
    void analyzeText('Opened instead.');
    release();
    await flush();
    expect(FakeWorker.last.texts).toEqual(['Opened instead.']);
  });

  it('hands a prefetched analysis to the first caller of the same text', async () => {
    const { prefetchAnalysis, analyzeText } = await load();
    prefetchAnalysis('Booted.');
    const taken = analyzeText('Booted.');
    expect(FakeWorker.last.texts).toEqual(['Booted.']);
    FakeWorker.last.finish('Booted.');
    await expect(taken).resolves.toStrictEqual(analysisNaming('Booted.'));
  });

  it('asks the worker for its warm-up once, however many callers want it', async () => {
    const { warmUpAnalysis } = await load();
    warmUpAnalysis();
    warmUpAnalysis();
    const warms = FakeWorker.last.posted.filter((r) => 'warm' in r);
    expect(warms).toHaveLength(1);
  });

  it('holds the warm-up while a long body goes in, then sends it', async () => {
    const { warmUpAnalysis, holdBackgroundWork } = await load();
    let bodyIn = () => {};
    holdBackgroundWork(new Promise<void>((done) => (bodyIn = done)), 60_000);
    const made = FakeWorker.made;
    warmUpAnalysis();
    await flush();
    expect(FakeWorker.made).toBe(made); // not even started: its engine would compile meanwhile
    bodyIn();
    await flush();
    expect(FakeWorker.made).toBe(made + 1);
    expect(FakeWorker.last.posted).toEqual([{ id: 0, warm: true }]);
  });

  it('stops a worker still warming up when a file is chosen, and holds the next one until the body takes over', async () => {
    const { warmUpAnalysis, giveWayToOpen, analyzeText, holdBackgroundWork } = await load();
    warmUpAnalysis();
    const warmingUp = FakeWorker.last;
    giveWayToOpen(LONG);
    expect(warmingUp.terminated).toBe(true);
    const made = FakeWorker.made;
    // The reader's body holds in its turn; the opened article's analysis waits for it, then starts a worker.
    let bodyIn = () => {};
    holdBackgroundWork(new Promise<void>((done) => (bodyIn = done)), 60_000);
    const opened = analyzeText('Opened.');
    await flush();
    expect(FakeWorker.made).toBe(made); // not started while the body goes in
    bodyIn();
    await flush();
    expect(FakeWorker.made).toBe(made + 1);
    expect(FakeWorker.last.posted).toEqual([{ id: 1, text: 'Opened.' }]); // no second warm-up before it
    FakeWorker.last.finish('Opened.');
    await expect(opened).resolves.toStrictEqual(analysisNaming('Opened.'));
  });

  it('keeps a worker that is warm already, or that runs an article, when a file is chosen', async () => {
    const { warmUpAnalysis, giveWayToOpen, analyzeText } = await load();
    warmUpAnalysis();
    FakeWorker.last.warmed();
    giveWayToOpen(LONG)();
    expect(FakeWorker.last.terminated).toBe(false);
    await flush();
    const running = analyzeText('Running.');
    giveWayToOpen(LONG)();
    expect(FakeWorker.last.terminated).toBe(false);
    expect(FakeWorker.last.texts).toEqual(['Running.']);
    FakeWorker.last.finish('Running.');
    await expect(running).resolves.toStrictEqual(analysisNaming('Running.'));
  });

  it('only holds a warm-up under way when "Open file" is clicked (the dialog may stay open for seconds) or a short file is chosen', async () => {
    const { warmUpAnalysis, giveWayToOpen } = await load();
    warmUpAnalysis();
    giveWayToOpen();
    giveWayToOpen(5_000);
    expect(FakeWorker.last.terminated).toBe(false);
  });

  it('starts the warm-up again when the file chosen was refused (no article, no analysis)', async () => {
    const { warmUpAnalysis, giveWayToOpen, backgroundWorkHeld } = await load();
    warmUpAnalysis();
    const release = giveWayToOpen(LONG);
    const made = FakeWorker.made;
    await flush();
    expect(FakeWorker.made).toBe(made);
    release();
    await flush();
    expect(backgroundWorkHeld()).toBe(false);
    expect(FakeWorker.made).toBe(made + 1);
    expect(FakeWorker.last.posted).toEqual([{ id: 0, warm: true }]);
  });

  it('gives a real article to the worker without waiting behind the warm-up', async () => {
    const { warmUpAnalysis, analyzeText } = await load();
    warmUpAnalysis();
    const opened = analyzeText('Opened.');
    expect(FakeWorker.last.texts).toEqual(['Opened.']);
    FakeWorker.last.finish('Opened.');
    await expect(opened).resolves.toStrictEqual(analysisNaming('Opened.'));
  });

  it('counts an analysis run on the page (no worker) as under way until it ends', async () => {
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new Error('no module workers here');
        }
      },
    );
    let finish = () => {};
    vi.doMock('./analysis-shared', () => ({
      runAnalysis: (text: string) => new Promise((done) => (finish = () => done({ text } as unknown as Analysis))),
    }));
    try {
      const { analyzeText, analysisUnderWay } = await load();
      const running = analyzeText('On the page.');
      await flush();
      expect(analysisUnderWay()).toBe(true);
      finish();
      await expect(running).resolves.toMatchObject({ text: 'On the page.' });
      expect(analysisUnderWay()).toBe(false);
    } finally {
      vi.doUnmock('./analysis-shared');
    }
  });
});
