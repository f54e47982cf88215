/**
 * What the first pass found elsewhere in the document, as features for the second pass
 * (stacking, as in Krishnan and Manning 2006): a word the article names confidently as a person
 * three times is likely a person the fourth time, even where its own context is thin ("Galois
 * reacted"), and a lone word that is the surname of a full name elsewhere is that person.
 * The second model learns how far to trust this, so consistency is applied only where the
 * evidence agrees. Each feature leaves out the token's own first-pass reading.
 */
import { Flag, Kind } from '../tokenize/tokenize';
import type { Ctx } from '../context';
import { featureId, type DocFacts, type FeatureSink } from './features';
import { FRESH_COLUMNS, type Columns } from './columns';

export interface FirstPass {
  a: number;
  b: number;
  type: number;
  probs: readonly number[];
}

/**
 * The first pass's names as columns: token range, type and the four confidences of each, in
 * typed arrays. Thousands of names live through the whole tagger; as objects (with an array of
 * probabilities each) they were copied by every scavenge in between, and DocMemory reads only
 * these fields.
 */
export class FirstNames {
  count = 0;
  a: Int32Array;
  b: Int32Array;
  type: Uint8Array;
  /** Person, place, organisation, none: four per name. */
  probs: Float64Array;
  /** Room for `size` names before it grows; the first columns from `cols` (columns.ts). */
  constructor(size = 64, cols: Columns = FRESH_COLUMNS) {
    const n = Math.max(1, size);
    this.a = cols.int32(n, 0);
    this.b = cols.int32(n, 0);
    this.type = cols.uint8(n);
    this.probs = cols.float64(n * 4);
  }

  /** Room for one more name; its number. */
  add(a: number, b: number, type: number): number {
    const k = this.count;
    if (k === this.a.length) this.grow();
    this.a[k] = a;
    this.b[k] = b;
    this.type[k] = type;
    this.count++;
    return k;
  }

  private grow(): void {
    const n = this.a.length * 2;
    const a = new Int32Array(n),
      b = new Int32Array(n),
      type = new Uint8Array(n),
      probs = new Float64Array(n * 4);
    a.set(this.a);
    b.set(this.b);
    type.set(this.type);
    probs.set(this.probs);
    this.a = a;
    this.b = b;
    this.type = type;
    this.probs = probs;
  }

  /** The same names from objects (training keeps its readings as objects). */
  static from(names: readonly FirstPass[]): FirstNames {
    const out = new FirstNames(names.length);
    for (let k = 0; k < names.length; k++) {
      const n = names[k];
      const j = out.add(n.a, n.b, n.type);
      for (let y = 0; y < 4; y++) out.probs[j * 4 + y] = n.probs[y];
    }
    return out;
  }
}

const TYPE_NAMES = ['person', 'place', 'organization'];
const PARTS = ['B', 'I', 'L', 'U'];
/** The features by id (features.ts), given once when the module loads. */
const M1 = TYPE_NAMES.map((t) => PARTS.map((p) => featureId(`m1=${p}-${t}`)));
const M1_CONF = TYPE_NAMES.map((t) => [`m1c=${t}-low`, `m1c=${t}-mid`, `m1c=${t}-high`].map(featureId));
const M1_O = featureId('m1=O');
const MEM = TYPE_NAMES.map((t) => [`mem=${t}-weak`, `mem=${t}-strong`].map(featureId));
const MEM_NONE = ['mem=none-weak', 'mem=none-strong'].map(featureId);
const SURNAME = featureId('mem=surname-of-person');
const GIVEN = featureId('mem=given-of-person');
const SPAN = TYPE_NAMES.map((t) => featureId(`mem.span=${t}`));

export class DocMemory {
  /** Per token: first-pass tag (0 = O, else 1 + type*4 + part) and the name's confidence. */
  readonly tag: Int32Array;
  readonly conf: Float32Array;
  /**
   * Per form (typed arrays indexed by form id): summed type probabilities (person, place, org,
   * none; 4 per form), count of named / unnamed capitalised uses, surname and given-name marks.
   */
  private typeMass: Float64Array;
  private named: Int32Array;
  private unnamed: Int32Array;
  private surnames: Uint8Array;
  private givens: Uint8Array;
  /** Whole name text (lowercase) → its id. */
  private spanIds = new Map<string, number>();
  /**
   * Per id, summed type probabilities, four per id, in one typed array grown by doubling: an
   * array of small Float64Arrays began each document with small-integer elements and changed
   * kind at its first push, which threw DocMemory's optimised code away ("not a Smi") as late
   * as the bench's fifth analysis.
   */
  private spanMass = new Float64Array(256);
  /** Per token: the id of the first-pass name it is in, −1 when none. */
  private spanOf: Int32Array;
  /** Per run start: the id of the name its whole run was read as (−1 none, −2 not looked up yet). */
  private runSpan: Int32Array;

  constructor(
    private ctx: Ctx,
    private facts: DocFacts,
    names: FirstNames,
    cols: Columns = FRESH_COLUMNS,
  ) {
    const t = ctx.t;
    this.tag = cols.int32(t.count, 0);
    this.conf = cols.float32(t.count);
    this.spanOf = cols.int32(t.count, -1);
    this.runSpan = cols.int32(t.count, -2);
    const forms = ctx.forms.length;
    this.typeMass = new Float64Array(forms * 4);
    this.named = new Int32Array(forms);
    this.unnamed = new Int32Array(forms);
    this.surnames = new Uint8Array(forms);
    this.givens = new Uint8Array(forms);
    this.formKeys = new Array<string | undefined>(forms);
    // Indexed: this runs once per document, often before it is optimised, where for…of
    // allocates an iterator result per name.
    const probs = names.probs;
    for (let k = 0; k < names.count; k++) {
      const na = names.a[k],
        nb = names.b[k],
        type = names.type[k],
        p = k * 4;
      const key = this.spanKey(na, nb);
      let id = this.spanIds.get(key);
      if (id === undefined) {
        this.spanIds.set(key, (id = this.spanIds.size));
        if (id * 4 === this.spanMass.length) this.growSpanMass();
      }
      const s = this.spanMass;
      for (let y = 0; y < 4; y++) s[id * 4 + y] += probs[p + y];
      for (let i = na; i < nb; i++) {
        this.tag[i] = 1 + type * 4 + (nb - na === 1 ? 3 : i === na ? 0 : i === nb - 1 ? 2 : 1);
        this.conf[i] = probs[p + type];
        this.spanOf[i] = id;
        if (t.kind[i] !== Kind.Word) continue;
        const f = facts.form(i);
        for (let y = 0; y < 4; y++) this.typeMass[f * 4 + y] += probs[p + y];
        this.named[f]++;
      }
      if (type === 0 && nb - na >= 2 && probs[p] >= 0.8) {
        this.surnames[facts.form(nb - 1)] = 1;
        this.givens[facts.form(na)] = 1;
      }
    }
    for (let i = 0; i < t.count; i++)
      if (!this.tag[i] && t.kind[i] === Kind.Word && t.flags[i] & Flag.Cap) {
        this.unnamed[facts.form(i)]++;
      }
  }

  private growSpanMass(): void {
    const grown = new Float64Array(this.spanMass.length * 2);
    grown.set(this.spanMass);
    this.spanMass = grown;
  }

  /** Per form: its text lowercased (most names and runs are one word; each is lowercased once). */
  private formKeys: (string | undefined)[];

  /**
   * Multi-word keys by the words' forms, when single spaces join them (nearly always): the text
   * is then the same for the same forms, so it is sliced and lowercased once per distinct name,
   * and the map lookups get the same string (its hash computed once).
   */
  private spanTrie = new SpanNode();

  /** Tokens [a, b) as written, lowercased: the key of a name or run. */
  private spanKey(a: number, b: number): string {
    const { ctx } = this;
    const { form, text } = ctx;
    if (b - a === 1) {
      const f = form[a];
      let k = this.formKeys[f];
      if (k === undefined) this.formKeys[f] = k = ctx.forms[f].toLowerCase();
      return k;
    }
    const { start, end } = ctx.t;
    let node: SpanNode | undefined = this.spanTrie;
    for (let i = a; i < b && node; i++) {
      if (i > a && (start[i] !== end[i - 1] + 1 || text.charCodeAt(end[i - 1]) !== 32)) node = undefined;
      else node = node.child(form[i]);
    }
    if (!node) return text.slice(start[a], end[b - 1]).toLowerCase();
    return (node.key ??= text.slice(start[a], end[b - 1]).toLowerCase());
  }

  /** The second pass's extra features for token i. */
  features(i: number, sink: FeatureSink): void {
    const { ctx, facts } = this;
    const t = ctx.t;
    const y = this.tag[i];
    if (y === 0) sink.one(M1_O);
    else {
      const ty = Math.floor((y - 1) / 4);
      sink.one(M1[ty][(y - 1) % 4]);
      const c = this.conf[i];
      sink.one(M1_CONF[ty][c < 0.6 ? 0 : c < 0.9 ? 1 : 2]);
    }
    if (t.kind[i] !== Kind.Word || !(t.flags[i] & Flag.Cap)) return;
    const f = facts.form(i);
    // Type mass of the other occurrences of this word.
    const mass = this.typeMass;
    let p = mass[f * 4],
      l = mass[f * 4 + 1],
      o = mass[f * 4 + 2],
      none = mass[f * 4 + 3];
    if (y) {
      // Leave this occurrence's own reading out.
      const c = this.conf[i];
      const ty = Math.floor((y - 1) / 4);
      if (ty === 0) p -= c;
      else if (ty === 1) l -= c;
      else o -= c;
      none -= 1 - c;
    }
    const total = p + l + o + none;
    const unnamed = this.unnamed[f];
    if (total > 0.5) {
      const best = p >= l && p >= o ? 0 : l >= o ? 1 : 2;
      const share = (best === 0 ? p : best === 1 ? l : o) / total;
      if (share >= 0.5) sink.one(MEM[best][share >= 0.8 && total >= 1.5 ? 1 : 0]);
    }
    const namedElsewhere = this.named[f] - (y ? 1 : 0);
    const unnamedElsewhere = unnamed - (y ? 0 : 1);
    if (unnamedElsewhere > 0 && namedElsewhere === 0) sink.one(MEM_NONE[unnamedElsewhere >= 2 ? 1 : 0]);
    if (this.surnames[f] && !(y && this.tag[i] !== 0 && facts.runEnd[i] - facts.runStart[i] > 1)) sink.one(SURNAME);
    if (this.givens[f]) sink.one(GIVEN);
    // The same whole run named elsewhere.
    const a = facts.runStart[i],
      b = facts.runEnd[i];
    if (a >= 0) {
      let id = this.runSpan[a];
      if (id === -2) this.runSpan[a] = id = this.spanIds.get(this.spanKey(a, b)) ?? -1;
      if (id >= 0) {
        const s = this.spanMass;
        let q = s[id * 4],
          r = s[id * 4 + 1],
          u = s[id * 4 + 2];
        if (this.spanOf[i] === id) {
          const c = this.conf[i],
            ty = Math.floor((y - 1) / 4);
          if (ty === 0) q -= c;
          else if (ty === 1) r -= c;
          else u -= c;
        }
        const best = q >= r && q >= u ? 0 : r >= u ? 1 : 2;
        if ((best === 0 ? q : best === 1 ? r : u) >= 0.5) sink.one(SPAN[best]);
      }
    }
  }
}

/** A sequence of word forms joined by single spaces, and its lowercased text once known. */
class SpanNode {
  key: string | undefined;
  private next: Map<number, SpanNode> | undefined;
  child(form: number): SpanNode {
    const next = (this.next ??= new Map());
    let n = next.get(form);
    if (!n) next.set(form, (n = new SpanNode()));
    return n;
  }
}
