/**
 * Runs the trained tagger over a document: for each candidate region (regions.ts), sums the
 * weights of each token's features into 13 tag scores, finds the best BILOU path (Viterbi under
 * the slot and transition constraints), and reads off the names. Each name also gets the model's
 * confidence in its type against the other two types and "none of these" for the same words: a
 * softmax of the four path scores, which is what `--explain` prints.
 */
import type { Ctx } from '../context';
import { intern } from '../intern';
import { DocFacts, formFeatures, positionFeatures, type FeatureSink } from './features';
import type { PassModel, TaggerModel } from './model';
import { DocMemory } from './memory';
import { allowedMask, forEachRegion, NTAGS, slotsOf, TYPES, validTransition } from './regions';

export interface TaggedName {
  /** Token range [a, b). */
  a: number;
  b: number;
  /** 0 person, 1 place, 2 organization. */
  type: number;
  /** Confidence of each answer for these words: person, place, organization, none. */
  probs: [number, number, number, number];
  /** The four path scores before the temperature and softmax (training calibrates on them). */
  scores?: number[];
}

const VALID: boolean[] = [];
for (let p = 0; p < NTAGS; p++) for (let c = 0; c < NTAGS; c++) VALID.push(validTransition(p, c));
const MASKS = [0, 1, 2, 3, 4].map(allowedMask);
const NEG = -1e30;

/**
 * Emission scores of tokens. A token's form features (its own text at offsets −2…2 from the
 * tagged token) are summed into one 13-score vector per form and offset, once per document;
 * only position features are looked up per token.
 */
/** Summed form-feature weights by (offset, kind, word), per model pass and gazetteer, kept across analyses. */
const SHARED = new WeakMap<PassModel, { gaz: unknown; vectors: Map<string, Float64Array> }>();
/** About 5 MB of vectors at most; then the cache starts again. */
const SHARED_MAX = 50_000;

function sharedVectors(model: PassModel, gaz: unknown): Map<string, Float64Array> {
  let c = SHARED.get(model);
  if (!c || c.gaz !== gaz) SHARED.set(model, (c = { gaz, vectors: new Map() }));
  return c.vectors;
}

/**
 * Position and memory features are strings from a handful of templates, so each distinct one is
 * given a small integer id once per process; each model pass maps ids to weight rows in a typed
 * array (−2 until looked up, −1 when the pass does not know the feature). Per token this costs an
 * array read instead of a hash lookup in a 20,000-entry map.
 */
const FEATURE_IDS = new Map<string, number>();
const FEATURE_NAMES: string[] = [];
function featureId(f: string): number {
  let id = FEATURE_IDS.get(f);
  if (id === undefined) {
    FEATURE_IDS.set(f, (id = FEATURE_NAMES.length));
    FEATURE_NAMES.push(f);
  }
  return id;
}
const ROWS = new WeakMap<PassModel, Int32Array>();
function rowsOf(model: PassModel): Int32Array {
  let rows = ROWS.get(model);
  if (!rows || rows.length < FEATURE_NAMES.length) {
    const grown = new Int32Array(Math.max(256, FEATURE_NAMES.length * 2)).fill(-2);
    if (rows) grown.set(rows);
    ROWS.set(model, (rows = grown));
  }
  return rows;
}

/** Marks the end of a token's recorded position features. */
const END = -0x80000000;

/**
 * The first pass's position features of every decoded token, in decoding order, as feature ids
 * (≥ 0) and list numbers (< 0). Position features do not depend on the pass, and the second pass
 * decodes the same regions in the same order, so it replays them instead of computing them
 * again — adding the same weights in the same order, so the scores are bit for bit the same.
 */
class Recording {
  ops = new Int32Array(4096);
  n = 0;
  pos = 0;
  lists: (readonly string[])[] = [];
  listIndex = new Map<readonly string[], number>();
  push(op: number): void {
    if (this.n === this.ops.length) {
      const grown = new Int32Array(this.ops.length * 2);
      grown.set(this.ops);
      this.ops = grown;
    }
    this.ops[this.n++] = op;
  }
  listOf(fs: readonly string[]): number {
    let k = this.listIndex.get(fs);
    if (k === undefined) {
      this.listIndex.set(fs, (k = this.lists.length));
      this.lists.push(fs);
    }
    return k;
  }
}

/**
 * out[at…at+12] += v[from…from+12], written out: the loop is the tagger's innermost work, and
 * V8 does not unroll it. Same additions in the same order as the loop.
 */
function add13(out: Float64Array, at: number, v: Float32Array | Float64Array, from: number): void {
  out[at] += v[from];
  out[at + 1] += v[from + 1];
  out[at + 2] += v[from + 2];
  out[at + 3] += v[from + 3];
  out[at + 4] += v[from + 4];
  out[at + 5] += v[from + 5];
  out[at + 6] += v[from + 6];
  out[at + 7] += v[from + 7];
  out[at + 8] += v[from + 8];
  out[at + 9] += v[from + 9];
  out[at + 10] += v[from + 10];
  out[at + 11] += v[from + 11];
  out[at + 12] += v[from + 12];
}

class Emissions implements FeatureSink {
  private vecs: (Float64Array | undefined)[] = [];
  private edge: (Float64Array | undefined)[] = [];
  private rows: Int32Array;
  private out: Float64Array = new Float64Array(0);
  private at = 0;
  /** Summed weights of each recorded list (by list number), for this pass. */
  private listVecs: (Float64Array | undefined)[] = [];
  /** Lists seen when nothing records (training's first pass), by identity. */
  private lists = new Map<readonly string[], Float64Array>();
  /** True while position features of the first pass are being recorded. */
  private recording = false;
  constructor(
    private ctx: Ctx,
    private facts: DocFacts,
    private model: PassModel,
    private memory?: DocMemory,
    /** First pass: where to record position features; second pass: what to replay. */
    private rec?: Recording,
    private replay = false,
  ) {
    this.rows = rowsOf(model);
  }

  private sum(i: number, o: number): Float64Array {
    const v = new Float64Array(NTAGS);
    const w = this.model.weights;
    formFeatures(this.ctx, i, o, (f) => {
      const r = this.model.index.get(f);
      if (r === undefined) return;
      add13(v, 0, w, r * NTAGS);
    });
    return v;
  }

  private formVec(j: number, o: number): Float64Array {
    if (j < 0 || j >= this.ctx.t.count) return (this.edge[o + 2] ??= this.sum(j, o));
    const slot = this.facts.form(j) * 5 + o + 2;
    let v = this.vecs[slot];
    if (!v) {
      // Form features depend only on the word and the gazetteer, so they are shared across documents.
      const shared = sharedVectors(this.model, this.ctx.gaz);
      const { t, text } = this.ctx;
      const tok = this.facts.formTok[this.facts.form(j)];
      const key = o + '\u0001' + t.kind[tok] + text.slice(t.start[tok], t.end[tok]);
      v = shared.get(key);
      if (!v) {
        v = this.sum(tok, o);
        if (shared.size >= SHARED_MAX) shared.clear();
        shared.set(key, v);
      }
      this.vecs[slot] = v;
    }
    return v;
  }

  /** Adds token i's 13 scores into out[at…at+12]. */
  add(i: number, out: Float64Array, at: number): void {
    for (let o = -2; o <= 2; o++) {
      const v = this.formVec(i + o, o);
      add13(out, at, v, 0);
    }
    this.out = out;
    this.at = at;
    const rec = this.rec;
    if (rec && this.replay) {
      const ops = rec.ops;
      let p = rec.pos;
      for (let op = ops[p++]; op !== END; op = ops[p++]) {
        if (op >= 0) this.addRow(op);
        else this.addList(-1 - op, rec.lists);
      }
      rec.pos = p;
    } else {
      this.recording = rec !== undefined;
      positionFeatures(this.ctx, this.facts, i, this);
      this.recording = false;
      rec?.push(END);
    }
    this.memory?.features(i, this);
  }

  private addRow(id: number): void {
    let rows = this.rows;
    if (id >= rows.length) rows = this.rows = rowsOf(this.model);
    let r = rows[id];
    if (r === -2) rows[id] = r = this.model.index.get(FEATURE_NAMES[id]) ?? -1;
    if (r < 0) return;
    const { weights, out, at } = this;
    const base = r * NTAGS;
    add13(out, at, weights, base);
  }

  private listVec(fs: readonly string[]): Float64Array {
    const v = new Float64Array(NTAGS);
    const { index, weights } = this.model;
    for (const f of fs) {
      const r = index.get(f);
      if (r !== undefined) add13(v, 0, weights, r * NTAGS);
    }
    return v;
  }

  private addList(k: number, lists: (readonly string[])[]): void {
    const v = (this.listVecs[k] ??= this.listVec(lists[k]));
    const { out, at } = this;
    add13(out, at, v, 0);
  }

  private get weights(): Float32Array {
    return this.model.weights;
  }

  one(f: string): void {
    const id = featureId(f);
    if (this.recording) this.rec!.push(id);
    this.addRow(id);
  }

  many(fs: readonly string[]): void {
    if (this.rec) {
      const k = this.rec.listOf(fs);
      if (this.recording) this.rec.push(-1 - k);
      this.addList(k, this.rec.lists);
      return;
    }
    let v = this.lists.get(fs);
    if (!v) this.lists.set(fs, (v = this.listVec(fs)));
    add13(this.out, this.at, v, 0);
  }
}

/** For each tag, the tags that may precede it. */
const PREDS: Int32Array[] = [];
for (let y = 0; y < NTAGS; y++) {
  const p: number[] = [];
  for (let q = 0; q < NTAGS; q++) if (VALID[q * NTAGS + y]) p.push(q);
  PREDS.push(Int32Array.from(p));
}
let scoreBuf = new Float64Array(64 * NTAGS);
let backBuf = new Int32Array(64 * NTAGS);

/**
 * Best tag path for emissions em (n × 13) under the allowed masks; written into `path`.
 * Shared with training, which decodes the same way.
 */
export function viterbi(
  em: Float64Array,
  masks: Int32Array,
  n: number,
  trans: ArrayLike<number>,
  path: Int32Array,
): void {
  if (scoreBuf.length < n * NTAGS) {
    scoreBuf = new Float64Array(n * 2 * NTAGS);
    backBuf = new Int32Array(n * 2 * NTAGS);
  }
  const score = scoreBuf,
    back = backBuf;
  for (let y = 0; y < NTAGS; y++) score[y] = masks[0] & (1 << y) && VALID[y] ? em[y] + trans[y] : NEG; // previous tag is O (row 0)
  for (let i = 1; i < n; i++) {
    const row = i * NTAGS,
      prevRow = row - NTAGS,
      mask = masks[i];
    for (let y = 0; y < NTAGS; y++) {
      if (!(mask & (1 << y))) {
        score[row + y] = NEG;
        continue;
      }
      const preds = PREDS[y];
      let best = NEG,
        arg = 0;
      for (let k = 0; k < preds.length; k++) {
        const p = preds[k];
        const s = score[prevRow + p];
        if (s <= NEG) continue;
        const v = s + trans[p * NTAGS + y];
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      score[row + y] = best <= NEG ? NEG : best + em[row + y];
      back[row + y] = arg;
    }
  }
  // The region is followed by O: the last tag must close (O, L or U).
  let best = NEG,
    arg = 0;
  const last = (n - 1) * NTAGS;
  for (let y = 0; y < NTAGS; y++) {
    const s = score[last + y];
    if (s <= NEG || !VALID[y * NTAGS]) continue;
    const v = s + trans[y * NTAGS];
    if (v > best) {
      best = v;
      arg = y;
    }
  }
  path[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * NTAGS + path[i]];
}

/** Score of tagging tokens [s, e) of a region as one name of `type` (or all O when type is 3). */
function spanScore(
  em: Float64Array,
  trans: ArrayLike<number>,
  s: number,
  e: number,
  type: number,
  prev: number,
  next: number,
) {
  let total = 0,
    last = prev;
  for (let i = s; i < e; i++) {
    const y = type === 3 ? 0 : 1 + type * 4 + (e - s === 1 ? 3 : i === s ? 0 : i === e - 1 ? 2 : 1);
    total += em[i * NTAGS + y] + trans[last * NTAGS + y];
    last = y;
  }
  return total + trans[last * NTAGS + next];
}

export function softmax(scores: readonly number[], temperature: number): [number, number, number, number] {
  return softmax4(scores[0], scores[1], scores[2], scores[3], temperature);
}

function softmax4(
  s0: number,
  s1: number,
  s2: number,
  s3: number,
  temperature: number,
): [number, number, number, number] {
  const max = Math.max(s0, s1, s2, s3);
  const e0 = Math.exp((s0 - max) / temperature),
    e1 = Math.exp((s1 - max) / temperature),
    e2 = Math.exp((s2 - max) / temperature),
    e3 = Math.exp((s3 - max) / temperature);
  const z = e0 + e1 + e2 + e3;
  return [e0 / z, e1 / z, e2 / z, e3 / z];
}

const ANSWERS = [...TYPES, 'none'];

/**
 * The integer toFixed(2) prints for a confidence p (0.91 → 91), or −1 when p·100 lies so near a
 * half that floating-point rounding might disagree with toFixed's exact decimal rounding.
 */
function hundredths(p: number): number {
  if (!(p >= 0 && p <= 1)) return -1;
  const x = p * 100;
  return Math.abs(x - Math.floor(x) - 0.5) < 1e-6 ? -1 : Math.round(x);
}

/**
 * modelWhy's texts by (answer, runner-up, both confidences in hundredths). Thousands of names
 * share a few hundred texts: a number lookup replaces building the string and hashing it.
 */
const WHY_TEXT = new Map<number, string>();

/** The model's decision in words: "model: person 0.91 (next best organization 0.06)". */
export function modelWhy(probs: readonly number[], type: number): string {
  let second = -1;
  for (let k = 0; k < 4; k++) if (k !== type && (second < 0 || probs[k] > probs[second])) second = k;
  const h1 = hundredths(probs[type]),
    h2 = hundredths(probs[second]);
  const key = h1 < 0 || h2 < 0 ? -1 : ((type * 4 + second) * 101 + h1) * 101 + h2;
  let why = key < 0 ? undefined : WHY_TEXT.get(key);
  if (why === undefined) {
    why = intern(
      `model: ${ANSWERS[type]} ${probs[type].toFixed(2)} (next best ${ANSWERS[second]} ${probs[second].toFixed(2)})`,
    );
    if (key >= 0) WHY_TEXT.set(key, why);
  }
  return why;
}

/** One decoding pass over every candidate region. */
function decodePass(
  ctx: Ctx,
  slots: Uint8Array,
  facts: DocFacts,
  pass: PassModel,
  temperature: number,
  memory?: DocMemory,
  rec?: Recording,
  replay = false,
  /** Keep the raw path scores (training reads them; the first pass inside tagNames does not). */
  keepScores = true,
): TaggedName[] {
  const em0 = new Emissions(ctx, facts, pass, memory, rec, replay);
  const out: TaggedName[] = [];
  let em = new Float64Array(16 * NTAGS);
  let masks = new Int32Array(16);
  let path = new Int32Array(16);
  const tr = pass.transitions;
  forEachRegion(ctx, slots, (a, b) => {
    const n = b - a;
    if (n > masks.length) {
      em = new Float64Array(n * 2 * NTAGS);
      masks = new Int32Array(n * 2);
      path = new Int32Array(n * 2);
    }
    // A loop, not em.fill: most regions are one word (13 numbers), less than a builtin call costs.
    for (let k = 0; k < n * NTAGS; k++) em[k] = 0;
    for (let i = 0; i < n; i++) {
      masks[i] = MASKS[slots[a + i]];
      em0.add(a + i, em, i * NTAGS);
    }
    viterbi(em, masks, n, tr, path);
    for (let i = 0; i < n; i++) {
      const y = path[i];
      if (y === 0) continue;
      const part = (y - 1) % 4;
      if (part !== 0 && part !== 3) continue;
      // A B tag runs to its L tag (Viterbi only produces valid paths).
      let e = i + 1;
      if (part === 0) {
        while (e < n && (path[e] - 1) % 4 !== 2) e++;
        e++;
      }
      const type = Math.floor((y - 1) / 4);
      const prev = i > 0 ? path[i - 1] : 0,
        next = e < n ? path[e] : 0;
      const s0 = spanScore(em, tr, i, e, 0, prev, next),
        s1 = spanScore(em, tr, i, e, 1, prev, next),
        s2 = spanScore(em, tr, i, e, 2, prev, next),
        s3 = spanScore(em, tr, i, e, 3, prev, next);
      const probs = softmax4(s0, s1, s2, s3, temperature);
      out.push(
        keepScores
          ? { a: a + i, b: a + e, type, probs, scores: [s0, s1, s2, s3] }
          : { a: a + i, b: a + e, type, probs },
      );
      i = e - 1;
    }
  });
  return out;
}

/** The first pass alone (training builds the second pass's memory from it). */
export function firstPass(ctx: Ctx, model: TaggerModel, facts = new DocFacts(ctx, slotsOf(ctx))): TaggedName[] {
  return decodePass(ctx, slotsOf(ctx), facts, model.first, model.firstTemperature);
}

/**
 * Names of the document, with the model's confidences. `keepScores` keeps each name's raw path
 * scores too: training calibrates the temperature on them; the analysis itself never reads them,
 * so it passes false and saves an array per name.
 */
export function tagNames(ctx: Ctx, model: TaggerModel, keepScores = true): TaggedName[] {
  const slots = slotsOf(ctx);
  const facts = new DocFacts(ctx, slots);
  const rec = model.second ? new Recording() : undefined;
  const first = decodePass(
    ctx,
    slots,
    facts,
    model.first,
    model.second ? model.firstTemperature : model.temperature,
    undefined,
    rec,
    false,
    !model.second && keepScores,
  );
  if (!model.second) return first;
  const memory = new DocMemory(ctx, facts, first);
  return decodePass(ctx, slots, facts, model.second, model.temperature, memory, rec, true, keepScores);
}
