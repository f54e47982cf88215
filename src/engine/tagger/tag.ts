/**
 * Runs the trained tagger over a document: for each candidate region (regions.ts), sums the
 * weights of each token's features into 13 tag scores, finds the best BILOU path (Viterbi under
 * the slot and transition constraints), and reads off the names. Each name also gets the model's
 * confidence in its type against the other two types and "none of these" for the same words: a
 * softmax of the four path scores, which is what `--explain` prints.
 */
import type { Ctx } from '../context';
import { intern } from '../intern';
import {
  DocFacts,
  FEATURE_NAMES,
  formFeatures,
  positionFeatures,
  type FeatureList,
  type FeatureSink,
} from './features';
import type { PassModel, TaggerModel } from './model';
import { DocMemory, FirstNames } from './memory';
import { giveBack, takeColumns, type Columns } from './columns';
import { allowedMask, NTAGS, regionsOf, slotsOf, TYPES, validTransition } from './regions';

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

const VALID = new Uint8Array(NTAGS * NTAGS);
for (let p = 0; p < NTAGS; p++) for (let c = 0; c < NTAGS; c++) VALID[p * NTAGS + c] = validTransition(p, c) ? 1 : 0;
const MASKS = [0, 1, 2, 3, 4].map(allowedMask);
const NEG = -1e30;

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
 * Position and memory template features arrive by id (features.ts); each model pass maps ids to
 * weight rows in a typed array (−2 until looked up, −1 when the pass does not know the feature).
 * Per token this costs an array read instead of a hash lookup in a 20,000-entry map.
 */
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

/** The weight row of feature `id` in `model` (−1 when it has none), looked up once per process. */
function rowOf(model: PassModel, rows: Int32Array, id: number): number {
  const r = rows[id];
  if (r !== -2) return r;
  return (rows[id] = model.index.get(FEATURE_NAMES[id]) ?? -1);
}

/**
 * Each pass's weights and transitions as float64: every float32 value converts exactly, so the
 * sums are the same, and the adding code then reads one kind of array only (a loop that reads
 * both float32 and float64 arrays checks which at every read).
 */
const WIDE = new WeakMap<PassModel, { weights: Float64Array; transitions: Float64Array }>();
function wide(model: PassModel): { weights: Float64Array; transitions: Float64Array } {
  let w = WIDE.get(model);
  if (!w)
    WIDE.set(
      model,
      (w = { weights: Float64Array.from(model.weights), transitions: Float64Array.from(model.transitions) }),
    );
  return w;
}

/**
 * out[at…at+12] += v[from…from+12], written out: the loop is the tagger's innermost work, and
 * V8 does not unroll it. Same additions in the same order as the loop.
 */
function add13(out: Float64Array, at: number, v: Float64Array, from: number): void {
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

/** A growable pool of 13-score vectors, addressed by number (no object per vector). */
class VecPool {
  data: Float64Array;
  n = 0;
  /** Room for `size` vectors before it grows (in `data`, all zero, when given). */
  constructor(size = 64, data?: Float64Array) {
    this.data = data ?? new Float64Array(Math.max(1, size) * NTAGS);
  }
  /** A new vector, all zero; its number. */
  alloc(): number {
    if ((this.n + 1) * NTAGS > this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    return this.n++;
  }
}

/** The summed weights of a list of features in one pass. */
function addList(into: Float64Array, at: number, model: PassModel, fs: readonly string[]): void {
  const { index } = model;
  const { weights } = wide(model);
  for (let k = 0; k < fs.length; k++) {
    const r = index.get(fs[k]);
    if (r !== undefined) add13(into, at, weights, r * NTAGS);
  }
}

/**
 * Emission scores of the tokens of one pass, and optionally (`next`) the part of the next pass's
 * scores that does not depend on this pass's output: form and position features are the same
 * for both passes, so they are computed once and their weights summed for both.
 *
 * A token's form features (its own text at offsets −2…2 from the tagged token) are summed into
 * one 13-score vector per form, offset and pass, once per document (and shared across
 * documents); only position features are looked up per token. Each score is built by the same
 * additions in the same order as summing feature by feature in `tokenFeatures` order with form
 * and list vectors pre-summed, so the scores do not depend on how they are cached.
 */
class Emissions implements FeatureSink {
  /**
   * Per (form, offset) slot — the last five slots are the text's edges — the pool vector number,
   * −1 before it is summed. With a next pass, a slot's vectors in both pools get the same number,
   * so one lookup serves both passes.
   */
  private formSlot: Int32Array;
  private formPool = new VecPool();
  private nextFormPool = new VecPool();
  /** Per list id (FeatureList): its pool vector number (in both pools alike), −1 before it is summed. */
  private lists = new Int32Array(64).fill(-1);
  private listPool = new VecPool();
  private nextListPool = new VecPool();
  private rows: Int32Array;
  private nextRows: Int32Array;
  private weights: Float64Array;
  private nextWeights: Float64Array;
  private out: Float64Array = new Float64Array(0);
  private at = 0;
  private nextOut: Float64Array = new Float64Array(0);
  private nextAt = 0;
  /** True while a token's features go to the next pass's scores too. */
  private both = false;
  constructor(
    private ctx: Ctx,
    private facts: DocFacts,
    private model: PassModel,
    private next?: PassModel,
  ) {
    const slots = (ctx.forms.length + 1) * 5;
    this.formSlot = new Int32Array(slots).fill(-1);
    this.rows = rowsOf(model);
    this.nextRows = next ? rowsOf(next) : this.rows;
    this.weights = wide(model).weights;
    this.nextWeights = next ? wide(next).weights : this.weights;
  }

  /**
   * The pool vector number of token j's form features seen from offset o: in `formPool` for this
   * pass and, with a next pass, in `nextFormPool` for that one.
   */
  private formVec(j: number, o: number): number {
    const edge = j < 0 || j >= this.ctx.t.count;
    const slot = edge ? this.ctx.forms.length * 5 + o + 2 : this.ctx.form[j] * 5 + o + 2;
    let k = this.formSlot[slot];
    if (k >= 0) return k;
    k = this.formSlot[slot] = this.formPool.alloc();
    this.fillForm(this.model, this.formPool, k, j, o, edge);
    const next = this.next;
    if (next) {
      this.nextFormPool.alloc();
      this.fillForm(next, this.nextFormPool, k, j, o, edge);
    }
    return k;
  }

  /** Sums token j's form features seen from offset o, in `model`, into vector k of `pool`. */
  private fillForm(model: PassModel, pool: VecPool, k: number, j: number, o: number, edge: boolean): void {
    const at = k * NTAGS;
    if (edge) {
      this.sumForm(model, j, o, pool.data, at);
      return;
    }
    // Form features depend only on the word and the gazetteer, so they are shared across documents.
    const shared = sharedVectors(model, this.ctx.gaz);
    const { t, text } = this.ctx;
    const tok = this.facts.formTok[this.ctx.form[j]];
    const key = o + '\u0001' + t.kind[tok] + text.slice(t.start[tok], t.end[tok]);
    let v = shared.get(key);
    if (!v) {
      v = new Float64Array(NTAGS);
      this.sumForm(model, tok, o, v, 0);
      if (shared.size >= SHARED_MAX) shared.clear();
      shared.set(key, v);
    }
    pool.data.set(v, at);
  }

  private sumForm(model: PassModel, i: number, o: number, into: Float64Array, at: number): void {
    const w = wide(model).weights;
    formFeatures(this.ctx, i, o, (f) => {
      const r = model.index.get(f);
      if (r !== undefined) add13(into, at, w, r * NTAGS);
    });
  }

  /**
   * Adds token i's 13 scores into out[at…at+12] and, with a next pass, the next pass's form and
   * position scores into nextOut[nextAt…nextAt+12].
   */
  add(i: number, out: Float64Array, at: number, nextOut?: Float64Array, nextAt = 0): void {
    const both = nextOut !== undefined && this.next !== undefined;
    // Each score gets the same additions in the same order as one pass after the other: out
    // and nextOut are different arrays.
    for (let o = -2; o <= 2; o++) {
      const k = this.formVec(i + o, o) * NTAGS;
      add13(out, at, this.formPool.data, k);
      if (both) add13(nextOut, nextAt, this.nextFormPool.data, k);
    }
    if (both) {
      this.nextOut = nextOut;
      this.nextAt = nextAt;
    }
    this.both = both;
    this.out = out;
    this.at = at;
    positionFeatures(this.ctx, this.facts, i, this);
    this.both = false;
  }

  one(id: number): void {
    let rows = this.rows;
    if (id >= rows.length) {
      rows = this.rows = rowsOf(this.model);
      if (this.next) this.nextRows = rowsOf(this.next);
    }
    const r = rowOf(this.model, rows, id);
    if (r >= 0) add13(this.out, this.at, this.weights, r * NTAGS);
    const next = this.next;
    if (this.both && next) {
      const r2 = rowOf(next, this.nextRows, id);
      if (r2 >= 0) add13(this.nextOut, this.nextAt, this.nextWeights, r2 * NTAGS);
    }
  }

  many(list: FeatureList): void {
    let lists = this.lists;
    if (list.id >= lists.length) {
      lists = new Int32Array(Math.max(list.id + 1, lists.length * 2)).fill(-1);
      lists.set(this.lists);
      this.lists = lists;
    }
    let k = lists[list.id];
    if (k < 0) {
      k = lists[list.id] = this.listPool.alloc();
      addList(this.listPool.data, k * NTAGS, this.model, list.names);
      if (this.next) {
        this.nextListPool.alloc();
        addList(this.nextListPool.data, k * NTAGS, this.next, list.names);
      }
    }
    add13(this.out, this.at, this.listPool.data, k * NTAGS);
    if (this.both) add13(this.nextOut, this.nextAt, this.nextListPool.data, k * NTAGS);
  }
}

/** Adds the second pass's memory features (memory.ts) of a token to its scores. */
class MemorySink implements FeatureSink {
  out: Float64Array = new Float64Array(0);
  at = 0;
  private rows: Int32Array;
  private weights: Float64Array;
  constructor(private model: PassModel) {
    this.rows = rowsOf(model);
    this.weights = wide(model).weights;
  }
  one(id: number): void {
    if (id >= this.rows.length) this.rows = rowsOf(this.model);
    const r = rowOf(this.model, this.rows, id);
    if (r >= 0) add13(this.out, this.at, this.weights, r * NTAGS);
  }
  many(list: FeatureList): void {
    const v = new Float64Array(NTAGS);
    addList(v, 0, this.model, list.names);
    add13(this.out, this.at, v, 0);
  }
}

let scoreBuf = new Float64Array(64 * NTAGS);
let backBuf = new Int32Array(64 * NTAGS);
/** The tags that may follow O, an L or a U (O, every B, every U), so may open a step after a closed one. */
const AFTER_CLOSED = Int32Array.of(0, 1, 4, 5, 8, 9, 12);

/**
 * Best tag path for emissions em (n × 13) under the allowed masks; written into `path`.
 * Shared with training, which decodes the same way.
 *
 * BILOU leaves each tag two kinds of predecessor: O, B and U follow the closed tags (O and every
 * L and U: 0, 3, 4, 7, 8, 11, 12), I and L of a type follow its B and I. The steps below are the
 * ones `validTransition` allows, written out, predecessors in ascending order and the first best
 * kept, as a loop over a table of predecessors would take them.
 */
export function viterbi(
  em: Float64Array,
  masks: Int32Array,
  n: number,
  trans: ArrayLike<number>,
  path: Int32Array,
): void {
  if (n === 1) {
    viterbi1(em, masks[0], trans, path);
    return;
  }
  if (scoreBuf.length < n * NTAGS) {
    scoreBuf = new Float64Array(n * 2 * NTAGS);
    backBuf = new Int32Array(n * 2 * NTAGS);
  }
  const score = scoreBuf,
    back = backBuf;
  for (let y = 0; y < NTAGS; y++) score[y] = masks[0] & (1 << y) && VALID[y] ? em[y] + trans[y] : NEG; // previous tag is O (row 0)
  for (let i = 1; i < n; i++) {
    const row = i * NTAGS,
      prev = row - NTAGS,
      mask = masks[i];
    const c0 = score[prev],
      c3 = score[prev + 3],
      c4 = score[prev + 4],
      c7 = score[prev + 7],
      c8 = score[prev + 8],
      c11 = score[prev + 11],
      c12 = score[prev + 12];
    for (let g = 0; g < 7; g++) {
      const y = AFTER_CLOSED[g];
      if (!(mask & (1 << y))) {
        score[row + y] = NEG;
        continue;
      }
      let best = NEG,
        arg = 0,
        v: number;
      if (c0 > NEG && (v = c0 + trans[y]) > best) best = v;
      if (c3 > NEG && (v = c3 + trans[3 * NTAGS + y]) > best) {
        best = v;
        arg = 3;
      }
      if (c4 > NEG && (v = c4 + trans[4 * NTAGS + y]) > best) {
        best = v;
        arg = 4;
      }
      if (c7 > NEG && (v = c7 + trans[7 * NTAGS + y]) > best) {
        best = v;
        arg = 7;
      }
      if (c8 > NEG && (v = c8 + trans[8 * NTAGS + y]) > best) {
        best = v;
        arg = 8;
      }
      if (c11 > NEG && (v = c11 + trans[11 * NTAGS + y]) > best) {
        best = v;
        arg = 11;
      }
      if (c12 > NEG && (v = c12 + trans[12 * NTAGS + y]) > best) {
        best = v;
        arg = 12;
      }
      score[row + y] = best <= NEG ? NEG : best + em[row + y];
      back[row + y] = arg;
    }
    for (let b = 1; b < NTAGS; b += 4) {
      // I (b + 1) and L (b + 2) of this type, after its B (b) or I.
      const sb = score[prev + b],
        si = score[prev + b + 1];
      for (let y = b + 1; y <= b + 2; y++) {
        if (!(mask & (1 << y))) {
          score[row + y] = NEG;
          continue;
        }
        let best = NEG,
          arg = 0,
          v: number;
        if (sb > NEG && (v = sb + trans[b * NTAGS + y]) > best) {
          best = v;
          arg = b;
        }
        if (si > NEG && (v = si + trans[(b + 1) * NTAGS + y]) > best) {
          best = v;
          arg = b + 1;
        }
        score[row + y] = best <= NEG ? NEG : best + em[row + y];
        back[row + y] = arg;
      }
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

/**
 * The same for a one-token region (most regions: a lone capitalised word), where the tag must
 * both open after O and close before O; the same additions and comparisons in the same order.
 */
function viterbi1(em: Float64Array, mask: number, trans: ArrayLike<number>, path: Int32Array): void {
  let best = NEG,
    arg = 0;
  for (let y = 0; y < NTAGS; y++) {
    if (!(mask & (1 << y)) || !VALID[y] || !VALID[y * NTAGS]) continue;
    const s = em[y] + trans[y];
    if (s <= NEG) continue;
    const v = s + trans[y * NTAGS];
    if (v > best) {
      best = v;
      arg = y;
    }
  }
  path[0] = arg;
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
  softmax4Into(s0, s1, s2, s3, temperature, SOFTMAX_SCRATCH, 0);
  return [SOFTMAX_SCRATCH[0], SOFTMAX_SCRATCH[1], SOFTMAX_SCRATCH[2], SOFTMAX_SCRATCH[3]];
}

/** softmax4's working space: the arithmetic lives once, in softmax4Into. */
const SOFTMAX_SCRATCH = new Float64Array(4);

/** softmax4's confidences written into out[at…at+3] instead of a new array: the same arithmetic. */
function softmax4Into(
  s0: number,
  s1: number,
  s2: number,
  s3: number,
  temperature: number,
  out: Float64Array,
  at: number,
): void {
  const max = Math.max(s0, s1, s2, s3);
  const e0 = Math.exp((s0 - max) / temperature),
    e1 = Math.exp((s1 - max) / temperature),
    e2 = Math.exp((s2 - max) / temperature),
    e3 = Math.exp((s3 - max) / temperature);
  const z = e0 + e1 + e2 + e3;
  out[at] = e0 / z;
  out[at + 1] = e1 / z;
  out[at + 2] = e2 / z;
  out[at + 3] = e3 / z;
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

/**
 * Where a decoding pass gets its scores: features computed here (`emissions`), optionally also
 * summing the next pass's share into `next`; or (the second pass) the share the first pass left
 * in `base`, plus the memory features.
 */
interface Scorer {
  emissions?: Emissions;
  /** First pass of two: where the second pass's form and position scores go, per decoded token in order. */
  next?: VecPool;
  /** Second pass: those scores, and what it adds on top. */
  base?: VecPool;
  memory?: DocMemory;
  memorySink?: MemorySink;
}

/** One decoding pass over every candidate region. */
function decodePass(
  slots: Uint8Array,
  regions: Int32Array,
  pass: PassModel,
  temperature: number,
  scorer: Scorer,
  /** Keep the raw path scores (training reads them; the first pass inside tagNames does not). */
  keepScores = true,
  /** Where the names go as columns instead of objects (the first pass inside tagNames). */
  into?: FirstNames,
): TaggedName[] {
  const { emissions, next, base, memory, memorySink } = scorer;
  const out: TaggedName[] = [];
  let em = new Float64Array(16 * NTAGS);
  let masks = new Int32Array(16);
  let path = new Int32Array(16);
  const tr = wide(pass).transitions;
  /** Number of the next decoded token (the passes decode the same tokens in the same order). */
  let tok = 0;
  // A loop over the regions rather than a callback per region: this runs once per pass, and a
  // closure made per call is a new call target each document for the optimised loop.
  for (let r = 0; r < regions.length; r += 2) {
    const a = regions[r],
      b = regions[r + 1];
    const n = b - a;
    if (n > masks.length) {
      em = new Float64Array(n * 2 * NTAGS);
      masks = new Int32Array(n * 2);
      path = new Int32Array(n * 2);
    }
    if (base) {
      const from = base.data;
      for (let k = 0, f = tok * NTAGS; k < n * NTAGS; k++) em[k] = from[f + k];
    } else
      // A loop, not em.fill: most regions are one word (13 numbers), less than a builtin call costs.
      for (let k = 0; k < n * NTAGS; k++) em[k] = 0;
    for (let i = 0; i < n; i++) {
      masks[i] = MASKS[slots[a + i]];
      if (emissions) {
        if (next) {
          const k = next.alloc();
          emissions.add(a + i, em, i * NTAGS, next.data, k * NTAGS);
        } else emissions.add(a + i, em, i * NTAGS);
      }
      if (memory && memorySink) {
        memorySink.out = em;
        memorySink.at = i * NTAGS;
        memory.features(a + i, memorySink);
      }
    }
    tok += n;
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
      if (into) {
        const k = into.add(a + i, a + e, type);
        softmax4Into(s0, s1, s2, s3, temperature, into.probs, k * 4);
        i = e - 1;
        continue;
      }
      const probs = softmax4(s0, s1, s2, s3, temperature);
      out.push(
        keepScores
          ? { a: a + i, b: a + e, type, probs, scores: [s0, s1, s2, s3] }
          : { a: a + i, b: a + e, type, probs },
      );
      i = e - 1;
    }
  }
  return out;
}

/** The first pass alone (training builds the second pass's memory from it). */
export function firstPass(ctx: Ctx, model: TaggerModel, facts = new DocFacts(ctx, slotsOf(ctx))): TaggedName[] {
  const slots = slotsOf(ctx);
  return decodePass(slots, regionsOf(ctx, slots), model.first, model.firstTemperature, {
    emissions: new Emissions(ctx, facts, model.first),
  });
}

/**
 * Names of the document, with the model's confidences. `keepScores` keeps each name's raw path
 * scores too: training calibrates the temperature on them; the analysis itself never reads them,
 * so it passes false and saves an array per name.
 */
export function tagNames(ctx: Ctx, model: TaggerModel, keepScores = true): TaggedName[] {
  // The per-token tables live only during this call, so they reuse the previous document's
  // buffers (columns.ts); the names returned hold none of them.
  const cols = takeColumns();
  try {
    return tagWith(ctx, model, keepScores, cols);
  } finally {
    giveBack(cols);
  }
}

function tagWith(ctx: Ctx, model: TaggerModel, keepScores: boolean, cols: Columns): TaggedName[] {
  const slots = slotsOf(ctx, cols);
  const regions = regionsOf(ctx, slots);
  const facts = new DocFacts(ctx, slots, cols);
  const second = model.second;
  if (!second)
    return decodePass(
      slots,
      regions,
      model.first,
      model.temperature,
      { emissions: new Emissions(ctx, facts, model.first) },
      keepScores,
    );
  // The first pass also sums the second pass's form and position scores, which do not depend on
  // what it finds, so the second pass only adds its memory features to them.
  // One vector per decoded token, so sized once rather than grown by copying.
  const decoded = decodedTokens(regions);
  const base = new VecPool(decoded, cols.float64(Math.max(1, decoded) * NTAGS));
  // A name is at least one decoded token, so the columns never grow.
  const first = new FirstNames(decoded, cols);
  decodePass(
    slots,
    regions,
    model.first,
    model.firstTemperature,
    { emissions: new Emissions(ctx, facts, model.first, second), next: base },
    false,
    first,
  );
  const memory = new DocMemory(ctx, facts, first, cols);
  return decodePass(
    slots,
    regions,
    second,
    model.temperature,
    { base, memory, memorySink: new MemorySink(second) },
    keepScores,
  );
}

/**
 * How many tokens the regions hold. A loop of its own: inside tagWith it was compiled mid-loop in
 * the first document, before the code after it had run (fresh-arrays.ts, "a hot loop's function").
 */
function decodedTokens(regions: Int32Array): number {
  let decoded = 0;
  for (let r = 0; r < regions.length; r += 2) decoded += regions[r + 1] - regions[r];
  return decoded;
}
