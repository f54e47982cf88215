/**
 * Training of the name tagger: a structured averaged perceptron (Collins 2002) over BILOU tags.
 * Each document is tokenised and cut into candidate regions exactly as the engine does at run
 * time (regions.ts), each token's features are the engine's own (features.ts, memory.ts), and the
 * decoder is the engine's Viterbi (tag.ts). For every region whose best path differs from the
 * gold path, the gold features gain a point and the predicted ones lose one; the shipped weights
 * are the average over all steps, which generalises far better than the last weights.
 *
 * Deterministic: regions are visited in an order drawn from a seeded generator, the packed
 * model lists its features sorted, and nothing depends on the clock or on what was trained
 * before in the same process.
 */
import { buildContext, type Ctx, type GazetteerLike } from '../../src/engine/context';
import { DocFacts, FEATURE_NAMES, tokenFeatures, type FeatureSink } from '../../src/engine/tagger/features';
import { DocMemory, FirstNames, type FirstPass } from '../../src/engine/tagger/memory';
import { encodeBase64, readModel, type ModelFile, type PassFile } from '../../src/engine/tagger/model';
import { allowedMask, forEachRegion, NTAGS, slotsOf, TYPES } from '../../src/engine/tagger/regions';
import { firstPass, softmax, viterbi } from '../../src/engine/tagger/tag';
import { BATCH_GENRE, type TrainDoc } from './corpus';

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Features seen fewer times than this in the training regions are dropped. */
  minCount: number;
  /** How many times per epoch a news-like document (our own texts, fixtures, batches) is seen. */
  newsWeight: number;
  /**
   * How many perceptrons, seeded `seed`, `seed + 1`, …, are trained on each pass's instances and
   * averaged into it (1: one seed). Each seed visits the regions in another order; the mean of
   * their weights depends less on any one order (issue #9: single-seed retrains move ~80 names).
   */
  seedAverage: number;
  gazetteer?: GazetteerLike;
}

export const DEFAULT_OPTIONS: Omit<TrainOptions, 'gazetteer'> = {
  epochs: 12,
  seed: 20240611,
  minCount: 2,
  newsWeight: 1,
  seedAverage: 1,
};

/** The seeds whose perceptrons are averaged into each pass. */
export function seedsOf(opts: Pick<TrainOptions, 'seed' | 'seedAverage'>): number[] {
  return Array.from({ length: Math.max(1, opts.seedAverage) }, (_, j) => opts.seed + j);
}

/** Documents written in the genre the reader is for. */
export const isNewsLike = (d: TrainDoc) => d.genre === 'news' || d.genre === 'fixture' || d.genre === BATCH_GENRE;

/** One candidate region of a training document, with its features and gold tags. */
export interface Instance {
  n: number;
  /** Per token: offsets into `feats` (n + 1 entries). */
  featStart: Int32Array;
  /** Feature ids (into the shared dictionary). */
  feats: Int32Array;
  masks: Int32Array;
  gold: Int32Array;
  /** First token of the region in its document. */
  a: number;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Feature strings ↔ ids, shared by every document of the process (ids never reach the model file). */
const dictionary = { ids: new Map<string, number>(), names: [] as string[] };
function idOf(f: string): number {
  let id = dictionary.ids.get(f);
  if (id === undefined) {
    id = dictionary.names.length;
    dictionary.ids.set(f, id);
    dictionary.names.push(f);
  }
  return id;
}

const typeIndex = (t: string) => TYPES.indexOf(t as (typeof TYPES)[number]);

/** A tokenised training document with its regions' first-pass features, computed once. */
interface Prepared {
  ctx: Ctx;
  facts: DocFacts;
  instances: Instance[];
  /** Gold names that no region can produce (off token boundaries, cut by a region edge). */
  unreachable: number;
}
const prepared = new WeakMap<TrainDoc, Map<GazetteerLike | undefined, Prepared>>();

function prepare(doc: TrainDoc, gazetteer?: GazetteerLike): Prepared {
  let byGaz = prepared.get(doc);
  if (!byGaz) prepared.set(doc, (byGaz = new Map()));
  const hit = byGaz.get(gazetteer);
  if (hit) return hit;
  const ctx = buildContext(doc.text, gazetteer);
  const t = ctx.t;
  const gold = new Int32Array(t.count);
  const byStart = new Map<number, number>(),
    byEnd = new Map<number, number>();
  for (let i = 0; i < t.count; i++) {
    byStart.set(t.start[i], i);
    byEnd.set(t.end[i], i);
  }
  let unreachable = 0;
  for (const s of doc.spans) {
    const a = byStart.get(s.start),
      b = byEnd.get(s.end);
    const ty = typeIndex(s.type);
    if (a === undefined || b === undefined || b < a || ty < 0) {
      unreachable++;
      continue;
    }
    if (a === b) gold[a] = 1 + ty * 4 + 3;
    else {
      gold[a] = 1 + ty * 4;
      for (let i = a + 1; i < b; i++) gold[i] = 1 + ty * 4 + 1;
      gold[b] = 1 + ty * 4 + 2;
    }
  }
  const slots = slotsOf(ctx);
  const facts = new DocFacts(ctx, slots);
  const instances: Instance[] = [];
  const inRegion = new Uint8Array(t.count);
  const part = (y: number) => (y - 1) % 4;
  forEachRegion(ctx, slots, (a, b) => {
    const n = b - a;
    const featStart = new Int32Array(n + 1);
    const feats: number[] = [];
    const masks = new Int32Array(n);
    const g = new Int32Array(n);
    // A gold name cut by the region's edge cannot be learned here.
    let ok = !(gold[a] && (part(gold[a]) === 1 || part(gold[a]) === 2));
    if (gold[b - 1] && (part(gold[b - 1]) === 0 || part(gold[b - 1]) === 1)) ok = false;
    for (let i = 0; i < n; i++) {
      inRegion[a + i] = 1;
      masks[i] = allowedMask(slots[a + i]);
      g[i] = gold[a + i];
      if (!(masks[i] & (1 << g[i]))) ok = false;
      featStart[i] = feats.length;
      tokenFeatures(ctx, facts, a + i, (f) => feats.push(idOf(f)));
    }
    featStart[n] = feats.length;
    if (ok) instances.push({ n, featStart, feats: Int32Array.from(feats), masks, gold: g, a });
    else for (let i = 0; i < n; i++) if (g[i] && (part(g[i]) === 0 || part(g[i]) === 3)) unreachable++;
  });
  for (let i = 0; i < t.count; i++)
    if (gold[i] && !inRegion[i] && (part(gold[i]) === 0 || part(gold[i]) === 3)) unreachable++;
  const p = { ctx, facts, instances, unreachable };
  byGaz.set(gazetteer, p);
  return p;
}

/** A document's instances with the second pass's memory features appended to each token's. */
function withMemory(p: Prepared, reading: FirstPass[]): Instance[] {
  const memory = new DocMemory(p.ctx, p.facts, FirstNames.from(reading));
  return p.instances.map((inst) => {
    const feats: number[] = [];
    const featStart = new Int32Array(inst.n + 1);
    const sink: FeatureSink = {
      one: (id) => feats.push(idOf(FEATURE_NAMES[id])),
      many: (list) => {
        for (const f of list.names) feats.push(idOf(f));
      },
    };
    for (let i = 0; i < inst.n; i++) {
      featStart[i] = feats.length;
      for (let k = inst.featStart[i]; k < inst.featStart[i + 1]; k++) feats.push(inst.feats[k]);
      memory.features(inst.a + i, sink);
    }
    featStart[inst.n] = feats.length;
    return { ...inst, featStart, feats: Int32Array.from(feats) };
  });
}

/** Drops features seen fewer than `minCount` times and numbers the rest densely. */
function prune(instances: Instance[], minCount: number): { instances: Instance[]; names: string[] } {
  const count = new Map<number, number>();
  for (const inst of instances) for (const f of inst.feats) count.set(f, (count.get(f) ?? 0) + 1);
  // Dense ids in sorted feature-name order, so nothing depends on dictionary history.
  const kept = [...count.keys()].filter((f) => count.get(f)! >= minCount);
  kept.sort((x, y) => (dictionary.names[x] < dictionary.names[y] ? -1 : 1));
  const remap = new Map<number, number>();
  kept.forEach((f, k) => remap.set(f, k));
  const out = instances.map((inst) => {
    const feats: number[] = [];
    const featStart = new Int32Array(inst.n + 1);
    for (let i = 0; i < inst.n; i++) {
      featStart[i] = feats.length;
      for (let k = inst.featStart[i]; k < inst.featStart[i + 1]; k++) {
        const r = remap.get(inst.feats[k]);
        if (r !== undefined) feats.push(r);
      }
    }
    featStart[inst.n] = feats.length;
    return { ...inst, featStart, feats: Int32Array.from(feats) };
  });
  return { instances: out, names: kept.map((f) => dictionary.names[f]) };
}

/** The averaged perceptron itself. */
export function trainWeights(
  instances: Instance[],
  nFeatures: number,
  epochs: number,
  seed: number,
): { weights: Float64Array; transitions: Float64Array } {
  const W = new Float64Array(nFeatures * NTAGS),
    Wacc = new Float64Array(nFeatures * NTAGS);
  const T = new Float64Array(NTAGS * NTAGS),
    Tacc = new Float64Array(NTAGS * NTAGS);
  let c = 1;
  const bump = (arr: Float64Array, acc: Float64Array, at: number, d: number) => {
    arr[at] += d;
    acc[at] += c * d;
  };
  const rnd = mulberry32(seed);
  const order = instances.map((_, k) => k);
  let em = new Float64Array(64 * NTAGS);
  let path = new Int32Array(64);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(rnd() * (k + 1));
      [order[k], order[j]] = [order[j], order[k]];
    }
    for (const idx of order) {
      const inst = instances[idx];
      const n = inst.n;
      if (n > path.length) {
        em = new Float64Array(n * NTAGS);
        path = new Int32Array(n);
      }
      em.fill(0, 0, n * NTAGS);
      for (let i = 0; i < n; i++)
        for (let k = inst.featStart[i]; k < inst.featStart[i + 1]; k++) {
          const base = inst.feats[k] * NTAGS;
          for (let y = 0; y < NTAGS; y++) em[i * NTAGS + y] += W[base + y];
        }
      viterbi(em, inst.masks, n, T, path);
      let same = true;
      for (let i = 0; i < n; i++) if (path[i] !== inst.gold[i]) same = false;
      if (!same) {
        for (let i = 0; i < n; i++) {
          const g = inst.gold[i],
            p = path[i];
          if (g !== p)
            for (let k = inst.featStart[i]; k < inst.featStart[i + 1]; k++) {
              const base = inst.feats[k] * NTAGS;
              bump(W, Wacc, base + g, 1);
              bump(W, Wacc, base + p, -1);
            }
          const gp = i > 0 ? inst.gold[i - 1] : 0,
            pp = i > 0 ? path[i - 1] : 0;
          if (gp !== pp || g !== p) {
            bump(T, Tacc, gp * NTAGS + g, 1);
            bump(T, Tacc, pp * NTAGS + p, -1);
          }
        }
        const gl = inst.gold[n - 1],
          pl = path[n - 1];
        if (gl !== pl) {
          bump(T, Tacc, gl * NTAGS, 1);
          bump(T, Tacc, pl * NTAGS, -1);
        }
      }
      c++;
    }
  }
  for (let k = 0; k < W.length; k++) W[k] -= Wacc[k] / c;
  for (let k = 0; k < T.length; k++) T[k] -= Tacc[k] / c;
  return { weights: W, transitions: T };
}

/**
 * The mean of the averaged perceptrons of every seed of `seedsOf(opts)`, trained on the same
 * instances and feature numbering (pruning does not depend on the seed), so their weights add
 * feature by feature. One seed returns its weights untouched (the single-seed model, bit for bit).
 */
export function trainSeedAveraged(
  instances: Instance[],
  nFeatures: number,
  opts: Pick<TrainOptions, 'epochs' | 'seed' | 'seedAverage'>,
): { weights: Float64Array; transitions: Float64Array } {
  const seeds = seedsOf(opts);
  if (seeds.length === 1) return trainWeights(instances, nFeatures, opts.epochs, seeds[0]);
  const W = new Float64Array(nFeatures * NTAGS),
    T = new Float64Array(NTAGS * NTAGS);
  for (const seed of seeds) {
    const tr = trainWeights(instances, nFeatures, opts.epochs, seed);
    for (let k = 0; k < W.length; k++) W[k] += tr.weights[k];
    for (let k = 0; k < T.length; k++) T[k] += tr.transitions[k];
  }
  for (let k = 0; k < W.length; k++) W[k] /= seeds.length;
  for (let k = 0; k < T.length; k++) T[k] /= seeds.length;
  return { weights: W, transitions: T };
}

/** Packs trained weights into the committed format (features whose weights all round to 0 dropped). */
export function pack(names: string[], W: Float64Array, T: Float64Array): PassFile {
  let max = 0;
  for (const v of W) max = Math.max(max, Math.abs(v));
  const scale = max > 0 ? max / 32767 : 1;
  const keep: number[] = [];
  for (let f = 0; f < names.length; f++) {
    let nz = false;
    for (let y = 0; y < NTAGS; y++) if (Math.round(W[f * NTAGS + y] / scale) !== 0) nz = true;
    if (nz) keep.push(f);
  }
  const bytes = new Uint8Array(keep.length * NTAGS * 2);
  keep.forEach((f, r) => {
    for (let y = 0; y < NTAGS; y++) {
      const q = Math.round(W[f * NTAGS + y] / scale) & 0xffff;
      bytes[(r * NTAGS + y) * 2] = q & 0xff;
      bytes[(r * NTAGS + y) * 2 + 1] = q >> 8;
    }
  });
  return {
    features: keep.map((f) => names[f]).join('\n'),
    weights: encodeBase64(bytes),
    scale,
    transitions: Array.from(T, (v) => Math.round(v * 1e4) / 1e4),
  };
}

export interface Trained {
  pass: PassFile;
  unreachable: number;
  regions: number;
}

/** Trains one pass; with `readings` (a first-pass reading per document) the second pass. */
export function trainPass(docs: TrainDoc[], opts: TrainOptions, readings?: FirstPass[][]): Trained {
  const all: Instance[] = [];
  let unreachable = 0;
  docs.forEach((d, k) => {
    const p = prepare(d, opts.gazetteer);
    unreachable += p.unreachable;
    const times = isNewsLike(d) ? opts.newsWeight : 1;
    for (const inst of readings ? withMemory(p, readings[k]) : p.instances)
      for (let r = 0; r < times; r++) all.push(inst);
  });
  const { instances, names } = prune(all, opts.minCount);
  const tr = trainSeedAveraged(instances, names.length, opts);
  return { pass: pack(names, tr.weights, tr.transitions), unreachable, regions: instances.length };
}

/** A predicted name's four raw scores and the right answer (3 = none of the types). */
export interface Scored {
  scores: number[];
  truth: number;
}

/** Mean negative log-likelihood of the right answers at a temperature. */
function nll(items: Scored[], temp: number): number {
  let total = 0;
  for (const { scores, truth } of items) {
    const m = Math.max(...scores);
    let z = 0;
    for (const v of scores) z += Math.exp((v - m) / temp);
    total += -((scores[truth] - m) / temp - Math.log(z));
  }
  return total / Math.max(1, items.length);
}

/** The temperature (on a fixed log grid from 0.5 to 200) that makes confidences honest on `items`. */
export function fitTemperature(items: Scored[]): number {
  let best = 1,
    bestLoss = Infinity;
  for (let k = 0; k <= 60; k++) {
    const temp = Math.round(Math.exp(Math.log(0.5) + (k / 60) * Math.log(400)) * 100) / 100;
    const loss = nll(items, temp);
    if (loss < bestLoss) {
      bestLoss = loss;
      best = temp;
    }
  }
  return best;
}

/** The right answer for a predicted token span of a document: its gold type, or 3 (none). */
export function truthOf(doc: TrainDoc, ctx: Ctx, a: number, b: number): number {
  const s = ctx.t.start[a],
    e = ctx.t.end[b - 1];
  const g = doc.spans.find((x) => x.start === s && x.end === e);
  return g ? typeIndex(g.type) : 3;
}

export const JACKKNIFE = 4;

/**
 * Trains both passes. The second pass must learn from first-pass readings like those it will
 * see on new text, so each training document's memory comes from a first pass trained without
 * it (jackknife, 4 parts); the first-pass temperature is fitted on those same unseen readings.
 * The final temperature is left equal to it; train-tagger.ts fits it on held-out documents.
 * With `seedAverage` > 1 every pass is seed-averaged (trainPass): the jackknife first passes too,
 * so the second pass learns from readings of an averaged first pass like the one it runs after;
 * its perceptrons, one per seed, all read those same readings and are averaged in turn.
 */
export function trainStack(
  docs: TrainDoc[],
  opts: TrainOptions,
): { file: ModelFile; unreachable: number; regions: number } {
  const raw: { a: number; b: number; type: number; scores: number[] }[][] = docs.map(() => []);
  const scored: Scored[] = [];
  for (let j = 0; j < JACKKNIFE; j++) {
    const part = trainPass(
      docs.filter((_, k) => k % JACKKNIFE !== j),
      opts,
    ).pass;
    const model = readModel({ format: 2, first: part, firstTemperature: 1, temperature: 1, trainedOn: {} });
    docs.forEach((d, k) => {
      if (k % JACKKNIFE !== j) return;
      const p = prepare(d, opts.gazetteer);
      for (const n of firstPass(p.ctx, model, p.facts)) {
        raw[k].push({ a: n.a, b: n.b, type: n.type, scores: n.scores! });
        scored.push({ scores: n.scores!, truth: truthOf(d, p.ctx, n.a, n.b) });
      }
    });
  }
  const firstTemperature = fitTemperature(scored);
  const readings = raw.map((rs) =>
    rs.map((r) => ({ a: r.a, b: r.b, type: r.type, probs: softmax(r.scores, firstTemperature) })),
  );
  const first = trainPass(docs, opts);
  const second = trainPass(docs, opts, readings);
  return {
    file: {
      format: 2,
      first: first.pass,
      second: second.pass,
      firstTemperature,
      temperature: firstTemperature,
      trainedOn: {},
    },
    unreachable: first.unreachable,
    regions: first.regions,
  };
}

/** The first pass only (quick experiments). */
export function trainFromDocs(
  docs: TrainDoc[],
  opts: TrainOptions,
): { file: ModelFile; unreachable: number; regions: number } {
  const { pass, unreachable, regions } = trainPass(docs, opts);
  return { file: { format: 2, first: pass, firstTemperature: 1, temperature: 1, trainedOn: {} }, unreachable, regions };
}

/** The prepared context of a document (experiments and calibration decode with it). */
export function preparedCtx(doc: TrainDoc, gazetteer?: GazetteerLike): Ctx {
  return prepare(doc, gazetteer).ctx;
}
