/**
 * Feature templates of the name tagger, shared by training (scripts/train) and inference, so the
 * two can never drift apart. A feature is a short string ("w=paris", "sh-1=Xx", "gz=B-city");
 * the model maps the ones it kept to weight rows. Two kinds:
 * - form features depend only on a token's text and its offset from the tagged token (−2…+2),
 *   so they are computed once per distinct word per document and cached as row indices;
 * - position features depend on where the token sits (sentence start, dateline, headline,
 *   inside a multi-word gazetteer or organisation match, what the document does elsewhere).
 *   They reach the sink as numbers: a template feature ("pos=first", "gz=B-city") by its
 *   process-wide id (`featureId`), the features of a word ("run.last=university", …) as a
 *   `FeatureList` built once per word per document. Inference indexes typed arrays by those
 *   numbers instead of hashing strings per token; training reads the strings back, in the same
 *   order.
 * Word knowledge comes from the lexicon and the gazetteer, never from a list kept here.
 */
import { emptySlots } from '../fresh-arrays';
import { FRESH_COLUMNS, type Columns } from './columns';
import { Flag, Kind } from '../tokenize/tokenize';
import { isDemonym, lower, placeLookup, type Ctx, type PlaceHit } from '../context';
import {
  CLUB_SUFFIXES,
  COMMON_WORDS,
  CONTEXT_WORDS,
  FACILITY_TAIL,
  FIRST_NAME_SET,
  FUNCTION_WORDS,
  KIN_NOUNS,
  MONTHS,
  NEVER_NAMES,
  ORG_LEAD,
  ORG_NEXT_NOUNS,
  ORG_TAIL,
  PLACE_LEAD,
  PLACE_NEXT_NOUNS,
  PLACE_PREV,
  PLACE_TAIL,
  ROLE_NOUNS,
  STAFF_NOUNS,
  THE_NAMES,
  TITLES,
  WEEKDAYS,
} from '../lexicon/words';
import {
  BUSINESS_WORDS,
  HONORIFIC_WORDS,
  KNOWN_ORG_NAMES,
  NAME_PARTICLE_WORDS,
  NONE_CUE_WORDS,
  SPORT_WORDS,
  TAGGER_CUE_VERBS,
} from '../lexicon/names';

/** Lexical classes of a lowercase word, one name per class, in a fixed order. */
const CLASSES: [string, (w: string) => boolean][] = [
  ['first', (w) => FIRST_NAME_SET.has(w)],
  ['title', (w) => TITLES.has(w) || w.endsWith('-elect')],
  ['role', (w) => ROLE_NOUNS.has(w)],
  ['hon', (w) => HONORIFIC_WORDS.has(w)],
  ['orgtail', (w) => ORG_TAIL.has(w)],
  ['orglead', (w) => ORG_LEAD.has(w)],
  ['fac', (w) => FACILITY_TAIL.has(w)],
  ['ptail', (w) => PLACE_TAIL.has(w)],
  ['plead', (w) => PLACE_LEAD.has(w)],
  ['common', (w) => COMMON_WORDS.has(w)],
  ['month', (w) => MONTHS.has(w)],
  ['day', (w) => WEEKDAYS.has(w)],
  ['particle', (w) => NAME_PARTICLE_WORDS.has(w)],
  ['cue', (w) => TAGGER_CUE_VERBS.has(w)],
  ['func', (w) => FUNCTION_WORDS.has(w)],
  ['club', (w) => CLUB_SUFFIXES.has(w)],
  ['knownorg', (w) => KNOWN_ORG_NAMES.has(w)],
  ['thename', (w) => THE_NAMES.has(w)],
  ['never', (w) => NEVER_NAMES.has(w)],
  ['pprev', (w) => PLACE_PREV.has(w)],
  ['orgnext', (w) => ORG_NEXT_NOUNS.has(w)],
  ['placenext', (w) => PLACE_NEXT_NOUNS.has(w)],
  ['staff', (w) => STAFF_NOUNS.has(w)],
  ['kin', (w) => KIN_NOUNS.has(w)],
  ['none', (w) => NONE_CUE_WORDS.has(w)],
];

/** Word shape with runs collapsed: "Putin" → "Xx", "U.S." → "X.X.", "al-Assad" → "x-Xx", "F-16" → "X-d". */
export function shapeOf(w: string): string {
  let out = '';
  let last = '';
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    let s: string;
    if (c >= 48 && c <= 57) s = 'd';
    else if ((c >= 65 && c <= 90) || (c >= 0xc0 && c !== w.toLowerCase().charCodeAt(k))) s = 'X';
    else if ((c >= 97 && c <= 122) || c >= 0xc0) s = 'x';
    else s = w[k];
    if (s !== last || (s !== 'x' && s !== 'X' && s !== 'd')) out += s;
    last = s;
    if (out.length > 6) break;
  }
  return out;
}

/** The form features of one token text as seen from `o` positions away (o in −2…2). */
export function formFeatures(ctx: Ctx, i: number, o: number, emit: (f: string) => void): void {
  const t = ctx.t;
  const p = o === 0 ? '' : o > 0 ? '+' + o : String(o);
  if (i < 0 || i >= t.count) {
    emit('w' + p + '=<edge>');
    return;
  }
  const k = t.kind[i];
  const raw = ctx.text.slice(t.start[i], t.end[i]);
  if (k === Kind.Punct || k === Kind.QOpen || k === Kind.QClose) {
    emit('w' + p + '=' + (k === Kind.QOpen ? '<q' : k === Kind.QClose ? 'q>' : raw));
    return;
  }
  if (k === Kind.Poss) {
    emit('w' + p + "='s");
    return;
  }
  const w = lower(ctx, i);
  const sh = k === Kind.Num ? 'd' : shapeOf(raw);
  emit('w' + p + '=' + w);
  emit('sh' + p + '=' + sh);
  if (k === Kind.Word) {
    for (const [name, has] of CLASSES) if (has(w)) emit('lx' + p + '=' + name);
    if (isDemonym(ctx, raw)) emit('lx' + p + '=demonym');
    if (o === 0 || o === 1 || o === -1) {
      const place = t.flags[i] & Flag.Cap ? placeLookup(ctx, raw) : undefined;
      if (place) emit('gz1' + p + '=' + place.kind);
    }
  }
  if (o === 0 && k === Kind.Word) {
    const n = w.length;
    if (n > 3) emit('s3=' + w.slice(n - 3));
    if (n > 4) emit('s4=' + w.slice(n - 4));
    if (n > 3) emit('p3=' + w.slice(0, 3));
    if (n <= 2) emit('len=short');
    if (ctx.gaz?.isWeak?.(raw)) emit('gzweak');
  }
}

/**
 * Template features (no template holds a word, so there are a few hundred at most) get a small
 * integer id once per process; id 0 stands for "none" in the per-token arrays below.
 */
const FEATURE_IDS = new Map<string, number>([['', 0]]);
/** Template feature names by id. */
export const FEATURE_NAMES: string[] = [''];
export function featureId(f: string): number {
  let id = FEATURE_IDS.get(f);
  if (id === undefined) {
    FEATURE_IDS.set(f, (id = FEATURE_NAMES.length));
    FEATURE_NAMES.push(f);
  }
  return id;
}

/**
 * The features one word contributes in one role ("run.last=university", "run.lastlx=orgtail"),
 * built once per word per document. `id` numbers the lists of a document from 0, so inference
 * can keep each list's summed weights in an array slot.
 */
export class FeatureList {
  constructor(
    readonly id: number,
    readonly names: readonly string[],
  ) {}
}

/** The roles whose word features `DocFacts.keys` builds: prefix, and whether lexical classes come too. */
const KEY_ROLES: readonly [string, boolean][] = [
  ['run.last', true],
  ['run.first', false],
  ['chunk.first', false],
  ['chunk.last', false],
];
const enum Role {
  RunLast = 0,
  RunFirst = 1,
  ChunkFirst = 2,
  ChunkLast = 3,
}

/**
 * Per-document facts behind the position features, computed once: each token's form (its
 * distinct text, so per-word work is done once per word), multi-word gazetteer and organisation
 * matches, runs of capitalised words, and what the document does with each word elsewhere.
 * Feature strings that depend on a word are built once per form and reused, so the same string
 * object is looked up again and again (its hash is cached).
 */
/**
 * Per form: its first token. A loop of its own: inside DocFacts' constructor it was compiled
 * mid-loop in the first document, before the code after it had run (fresh-arrays.ts, "a hot
 * loop's function").
 */
function firstTokens(ctx: Ctx): Int32Array {
  // The context lists each form's tokens in text order (formStart, formTokens): its first is
  // read there, a pass over the forms instead of over every token.
  const { formStart, formTokens } = ctx;
  const formTok = new Int32Array(ctx.forms.length);
  for (let f = 0; f < formTok.length; f++) formTok[f] = formStart[f + 1] > formStart[f] ? formTokens[formStart[f]] : -1;
  return formTok;
}

export class DocFacts {
  /** Per form (ctx.form): a token that has it (features of a form are computed from its first token). */
  formTok: Int32Array;
  private lowers: string[];
  /** Per role (KEY_ROLES), per form: its word features. */
  private keyCache: ((FeatureList | undefined)[] | undefined)[] = emptySlots(KEY_ROLES.length);
  /** Per form and sentence start: its document and aggregated-context features. */
  private docKeyCache: (FeatureList | undefined)[];
  /** How many FeatureLists this document has built (their ids are 0 … lists − 1). */
  private lists = 0;
  /**
   * Gazetteer place and known-organisation span features per token ("gz=B-city", "om=L-org"), as
   * feature ids (0 = none): typed arrays, so a long article costs bytes per token.
   */
  gz: Uint16Array;
  org: Uint16Array;
  /** Lowercased word forms written with a capital somewhere other than a sentence start. */
  capMid = new Set<string>();
  /** Per token: the run of adjacent capitalised words it is in, as [start, end) (−1 when none). */
  runStart: Int32Array;
  runEnd: Int32Array;
  /** The same, also joined through "of", "&" and name particles ("Bank of England", "Ludwig van Beethoven"). */
  chunkStart: Int32Array;
  chunkEnd: Int32Array;
  /** Per sentence: bit 1 when it has a sports word, bit 2 a business word (TOPIC_ROWS). */
  topic: Uint8Array;
  /** The same for the whole document (when such words are frequent in it). */
  docTopic = 0;

  /** `cols` gives the per-token tables (columns.ts): new ones unless the caller reuses its own. */
  constructor(
    private ctx: Ctx,
    candidate: Uint8Array,
    cols: Columns = FRESH_COLUMNS,
  ) {
    const t = ctx.t;
    this.lowers = ctx.formLower;
    this.formTok = firstTokens(ctx);
    this.docKeyCache = emptySlots(ctx.forms.length * 2);
    this.gz = cols.uint16(t.count);
    this.org = cols.uint16(t.count);
    this.runStart = cols.int32(t.count, -1);
    this.runEnd = cols.int32(t.count, -1);
    this.chunkStart = cols.int32(t.count, -1);
    this.chunkEnd = cols.int32(t.count, -1);
    this.topic = new Uint8Array(ctx.s.count);
    this.scanRuns(candidate);
    this.scanMatches(candidate);
    this.scanTopics();
    this.scanContexts();
  }

  /**
   * Per form: the neighbours of all its capitalised occurrences in the document (context
   * aggregation, Ratinov and Roth 2009): "Smith" after a first name somewhere, "Cambridge" before
   * "University" somewhere, "Leeds" after "beat" somewhere. A name's type is a property of the
   * document, while each occurrence's own window often says nothing.
   */
  /** Every occurrence counts, its own included (leaving it out scored lower on the folds). */
  private aggByForm: (string[] | undefined)[] = emptySlots(0);

  private scanContexts(): void {
    const nForms = this.ctx.forms.length;
    const pairs = this.contextPairs();
    // Per side and neighbour form (side × forms + form): its features ("agg-1=in",
    // "agg+1lx=orgtail"), built once.
    const bySide = emptySlots<string[]>(AGG_SIDES.length * nForms);
    this.aggByForm = emptySlots(nForms);
    for (let x = 0; x < pairs.order.length; x++) {
      const f = pairs.order[x];
      this.aggByForm[f] = this.aggregated(pairs.byForm[f]!, bySide);
    }
  }

  /*
   * The helpers below are methods, not closures made per document: a closure is a new call
   * target for the optimised loop in each document, which throws that code away ("wrong call
   * target") while the bench's timed analyses run, and compiling it again costs more than the scan.
   */

  /**
   * Names repeat with the same neighbours: first collect the distinct (side, neighbour) pairs of
   * each form as small numbers — side × (forms + 1) + neighbour form, the form count standing
   * for a possessive — so the feature strings are built once per distinct pair. `order` lists
   * the forms that have pairs, by first occurrence.
   */
  private contextPairs(): { byForm: (Set<number> | undefined)[]; order: number[] } {
    const { t } = this.ctx;
    const byForm = emptySlots<Set<number>>(this.ctx.forms.length);
    const order: number[] = [];
    // Made before the loop, so the code after it is a bare return (see afterHotLoop in fresh-arrays.ts).
    const pairs = { byForm, order };
    for (let i = 0; i < t.count; i++) {
      if (t.kind[i] !== Kind.Word || !(t.flags[i] & Flag.Cap)) continue;
      const f = this.form(i);
      let set = byForm[f];
      if (!set) {
        byForm[f] = set = new Set();
        order.push(f);
      }
      this.neighbour(i - 1, 0, set);
      this.neighbour(i + 1, 1, set);
      const a = this.runStart[i],
        b = this.runEnd[i];
      if (a >= 0 && b - a > 1) {
        if (a !== i) this.neighbour(a - 1, 2, set);
        if (b - 1 !== i) this.neighbour(b, 3, set);
      }
    }
    return pairs;
  }

  /** Adds token j as the neighbour on `side` (a possessive, or a word's form) to `into`. */
  private neighbour(j: number, side: number, into: Set<number>): void {
    const t = this.ctx.t;
    if (j < 0 || j >= t.count) return;
    const nForms = this.ctx.forms.length;
    const k = t.kind[j];
    if (k === Kind.Poss) into.add(side * (nForms + 1) + nForms);
    else if (k === Kind.Word) into.add(side * (nForms + 1) + this.form(j));
  }

  /** A form's aggregated-context features from its (side, neighbour) pairs, sorted. */
  private aggregated(set: Set<number>, bySide: (string[] | undefined)[]): string[] {
    const nForms = this.ctx.forms.length;
    const keys = new Set<string>();
    for (const code of set) {
      const side = Math.floor(code / (nForms + 1)),
        nf = code % (nForms + 1);
      if (nf === nForms) keys.add(AGG_POSS[side]);
      else {
        const ofSide = this.contextKeys(side, nf, bySide);
        for (let x = 0; x < ofSide.length; x++) keys.add(ofSide[x]);
      }
    }
    // Sorted, so the list does not depend on the order the occurrences come in.
    return [...keys].sort();
  }

  /** The features of neighbour form f on `side`, built once per document. */
  private contextKeys(side: number, f: number, bySide: (string[] | undefined)[]): string[] {
    const slot = side * this.ctx.forms.length + f;
    let keys = bySide[slot];
    if (!keys) {
      const w = this.lowers[f];
      const prefix = AGG_SIDES[side];
      keys = CONTEXT_WORDS.has(w) ? [prefix + '=' + w] : [];
      for (const [name, has] of CLASSES) if (has(w)) keys.push(prefix + 'lx=' + name);
      bySide[slot] = keys;
    }
    return keys;
  }

  /** The aggregated neighbour features of token i's form (undefined when it is not capitalised). */
  aggKeys(i: number): string[] | undefined {
    return this.aggByForm[this.form(i)];
  }

  private scanTopics(): void {
    const { t, s } = this.ctx;
    let sport = 0,
      business = 0;
    // Per form: 1 sport word, 2 business word, 0 neither, −1 not looked up yet.
    const byForm = new Int8Array(this.ctx.forms.length).fill(-1);
    for (let i = 0; i < t.count; i++) {
      if (t.kind[i] !== Kind.Word || t.flags[i] & Flag.Cap) continue;
      const f = this.form(i);
      let code = byForm[f];
      if (code < 0) {
        const w = this.lowers[f];
        byForm[f] = code = SPORT_WORDS.has(w) ? 1 : BUSINESS_WORDS.has(w) ? 2 : 0;
      }
      if (code === 1) {
        this.topic[s.of[i]] |= 1;
        sport++;
      } else if (code === 2) {
        this.topic[s.of[i]] |= 2;
        business++;
      }
    }
    // Per 1,000 words-ish: a document that keeps using them is about that.
    const scale = Math.max(1, t.count / 400);
    if (sport / scale >= 3) this.docTopic |= 1;
    if (business / scale >= 3) this.docTopic |= 2;
  }

  /** The form id of token i (its text and kind). */
  form(i: number): number {
    return this.ctx.form[i];
  }

  lowerOf(i: number): string {
    return this.lowers[this.form(i)];
  }

  private list(names: readonly string[]): FeatureList {
    return new FeatureList(this.lists++, names);
  }

  /** `prefix=word` (and `prefixlx=class` for its lexical classes) for token i's form in `role`, built once. */
  keys(role: Role, i: number): FeatureList {
    // Sized up front: a sparse array assigned far past its end turns into a slow dictionary.
    const arr = (this.keyCache[role] ??= emptySlots(this.lowers.length));
    const f = this.form(i);
    let k = arr[f];
    if (!k) {
      const w = this.lowers[f];
      const [prefix, classes] = KEY_ROLES[role];
      const names = [prefix + '=' + w];
      if (classes) for (const [name, has] of CLASSES) if (has(w)) names.push(prefix + 'lx=' + name);
      arr[f] = k = this.list(names);
    }
    return k;
  }

  /**
   * The document features of a capitalised token's form ("doc=lowerseen", …) followed by its
   * aggregated context features (`aggKeys`): one list, as both depend only on the word.
   */
  docKeys(i: number, start: boolean): FeatureList {
    const f = this.form(i);
    const slot = f * 2 + (start ? 1 : 0);
    let k = this.docKeyCache[slot];
    if (!k) {
      const w = this.lowers[f];
      const seenLower = this.ctx.lowerSeen.has(w);
      const names: string[] = [];
      if (seenLower) names.push('doc=lowerseen');
      if (start) names.push(this.capMid.has(w) ? 'doc=first+capmid' : 'doc=first+nocapmid');
      if (start && seenLower) names.push('doc=first+lowerseen');
      const agg = this.aggByForm[f];
      if (agg) names.push(...agg);
      this.docKeyCache[slot] = k = this.list(names);
    }
    return k;
  }

  private scanRuns(candidate: Uint8Array): void {
    const t = this.ctx.t;
    // candidate[j] === 1: token j may be part of a name (read in place: a closure made per document
    // is a new call target for the optimised loop each time).
    for (let i = 0; i < t.count;) {
      if (candidate[i] !== 1) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < t.count && candidate[j] === 1 && !(t.flags[j] & Flag.NewLine)) j++;
      for (let k = i; k < j; k++) {
        this.runStart[k] = i;
        this.runEnd[k] = j;
      }
      i = j;
    }
    for (let i = 0; i < t.count;) {
      if (candidate[i] !== 1) {
        i++;
        continue;
      }
      let j = this.runEnd[i];
      for (;;) {
        let m = j;
        while (m < t.count && m - j < 3 && this.joins(candidate, m)) m++;
        if (m > j && m < t.count && candidate[m] === 1 && !(t.flags[m] & Flag.NewLine)) j = this.runEnd[m];
        else break;
      }
      for (let k = i; k < j; k++) {
        this.chunkStart[k] = i;
        this.chunkEnd[k] = j;
      }
      i = j;
    }
  }
  /**
   * Token j joins two runs into a chunk ("of", "&", a name particle), unless a line starts there.
   * A method, not a closure made per document (a new call target each time for the optimised loop).
   */
  private joins(candidate: Uint8Array, j: number): boolean {
    const { t, text } = this.ctx;
    return (
      (candidate[j] === 2 ||
        (t.kind[j] === Kind.Word && this.lowerOf(j) === 'of') ||
        text.charCodeAt(t.start[j]) === 38) &&
      !(t.flags[j] & Flag.NewLine)
    );
  }

  /** Per form: 1 when it is a function word ("The", "In"), 0 when not, −1 before it is looked up. */
  private funcWord: Int8Array = new Int8Array(0);

  private isNameTok(i: number): boolean {
    const t = this.ctx.t;
    if (t.kind[i] !== Kind.Word || !(t.flags[i] & Flag.Cap)) return false;
    const f = this.form(i);
    let fw = this.funcWord[f];
    if (fw < 0) this.funcWord[f] = fw = FUNCTION_WORDS.has(this.lowers[f]) ? 1 : 0;
    return fw === 0;
  }

  /** Marks the longest gazetteer place and known-organisation names starting at each capitalised token. */
  private scanMatches(candidate: Uint8Array): void {
    const { ctx } = this;
    const t = ctx.t;
    const sentFirst = ctx.s.first;
    this.funcWord = new Int8Array(ctx.forms.length).fill(-1);
    // Per form: already added to capMid.
    const midSeen = new Uint8Array(ctx.forms.length);
    // Made before the first loop: nothing between the loops that never ran when the first one was
    // compiled mid-loop (fresh-arrays.ts, "a hot loop's function").
    const root = new NameNode('', '');
    for (let i = 0; i < t.count; i++) {
      if (candidate[i] !== 1 || !this.isNameTok(i)) continue;
      const s = ctx.s.of[i];
      const f = this.form(i);
      if (!midSeen[f] && i > sentFirst[s] && t.kind[i - 1] === Kind.Word) {
        midSeen[f] = 1;
        this.capMid.add(this.lowers[f]);
      }
    }
    for (let i = 0; i < t.count; i++) {
      if (candidate[i] !== 1 || !this.isNameTok(i) || this.gz[i] !== 0) continue;
      // Longest name of up to five words ("of", "and", "de" … allowed inside).
      let bestPlace = 0,
        bestKind = '',
        bestOrg = 0;
      // The words so far, as a node of the document's trie of word sequences (names repeat).
      let node = root;
      const end = ctx.s.last[ctx.s.of[i]];
      for (let j = i, words = 0; j < end && words < 5; j++) {
        if (t.kind[j] !== Kind.Word) break;
        const nameTok = this.isNameTok(j);
        // A word that ends the name is not added to the trie.
        if (!nameTok && (j === i || !INSIDE_PLACE.has(this.lowerOf(j)))) break;
        node = node.next(this.form(j), ctx.forms, this.lowers);
        words++;
        if (!nameTok) continue;
        const hit = node.place(ctx);
        if (hit && !(j === i && t.flags[i] & Flag.AllCaps && t.end[i] - t.start[i] <= 3 && hit.kind !== 'country')) {
          bestPlace = j - i + 1;
          bestKind = hit.kind;
        }
        if (node.org()) bestOrg = j - i + 1;
      }
      if (bestPlace) mark(this.gz, i, bestPlace, 'gz=', bestKind);
      if (bestOrg) mark(this.org, i, bestOrg, 'om=', 'org');
    }
  }
}

/**
 * A sequence of words (by form) that may start a place or organisation name, with its text
 * joined by spaces as written and lowercased; the gazetteer and organisation lookups of each
 * sequence are made once per document.
 */
class NameNode {
  private children = new Map<number, NameNode>();
  private hit: PlaceHit | null | undefined = null;
  private known: boolean | undefined;
  constructor(
    readonly name: string,
    readonly low: string,
  ) {}
  next(form: number, forms: readonly string[], lowers: readonly string[]): NameNode {
    let n = this.children.get(form);
    if (!n) {
      const w = forms[form],
        l = lowers[form];
      n = this.name ? new NameNode(this.name + ' ' + w, this.low + ' ' + l) : new NameNode(w, l);
      this.children.set(form, n);
    }
    return n;
  }
  place(ctx: Ctx): PlaceHit | undefined {
    if (this.hit === null) this.hit = placeLookup(ctx, this.name);
    return this.hit;
  }
  org(): boolean {
    return (this.known ??= KNOWN_ORG_NAMES.has(this.low));
  }
}

/** Context aggregation sides: word before, word after, and before / after the whole run. */
const AGG_SIDES = ['agg-1', 'agg+1', 'aggr-1', 'aggr+1'];
const AGG_POSS = AGG_SIDES.map((p) => p + "='s");
const INSIDE_PLACE = new Set(['of', 'and', 'the', 'de', 'du', 'del', 'la', 'le', 'upon', 'on']);
/** Per prefix and kind: the ids of its B, I, L and U features, so a match builds no strings. */
const MARK_IDS = new Map<string, Map<string, number[]>>();
function markIds(prefix: string, kind: string): number[] {
  let byKind = MARK_IDS.get(prefix);
  if (!byKind) MARK_IDS.set(prefix, (byKind = new Map()));
  let ids = byKind.get(kind);
  if (!ids) byKind.set(kind, (ids = ['B-', 'I-', 'L-', 'U-'].map((p) => featureId(prefix + p + kind))));
  return ids;
}
function mark(arr: Uint16Array, a: number, n: number, prefix: string, kind: string): void {
  const ids = markIds(prefix, kind);
  if (n === 1) {
    arr[a] = ids[3];
    return;
  }
  arr[a] = ids[0];
  for (let k = a + 1; k < a + n - 1; k++) arr[k] = ids[1];
  arr[a + n - 1] = ids[2];
}

/** Sentence-initial: the first word of its sentence, or the first after an opening quote or a colon. */
export function atSentenceStart(ctx: Ctx, i: number): boolean {
  const t = ctx.t;
  const first = ctx.s.first[ctx.s.of[i]];
  if (i === first) return true;
  let j = i - 1;
  while (j >= first && (t.kind[j] === Kind.QOpen || t.kind[j] === Kind.Punct)) {
    if (j === first) return true;
    j--;
  }
  return false;
}

const TOPICS = ['', 'sport', 'business', 'sport+business'];
const TOPIC_KEYS = TOPICS.map((t) => featureId('topic=' + t));
const TOPIC_GZ_KEYS = TOPICS.map((t) => featureId('topic=' + t + '&gz'));
const DOC_TOPIC_KEYS = TOPICS.map((t) => featureId('doctopic=' + t));
const DOC_TOPIC_GZ_KEYS = TOPICS.map((t) => featureId('doctopic=' + t + '&gz'));
const RUN_KEYS = ['1', '2', '3', '4+'].map((n) => ['B', 'I', 'L', 'U'].map((p) => featureId('run=' + n + p)));
const CHUNK_KEYS = ['B', 'I', 'L', 'U'].map((p) => featureId('chunk=' + p));
const RUN_FIRST_NAME = featureId('run.firstlx=first');
const POS_FIRST = featureId('pos=first');
const POS_LINE = featureId('pos=line');
const POS_HEADLINE = [0, featureId('pos=headline1'), featureId('pos=headline2')];
const POS_DATELINE = featureId('pos=dateline');
const part = (i: number, a: number, b: number) => (b - a === 1 ? 3 : i === a ? 0 : i === b - 1 ? 2 : 1);

/**
 * Where position features go. `one` takes a template feature by id (`featureId`); `many` a list
 * that is the same object every time for the same word (from DocFacts), so inference can cache
 * its summed weights by the list's id.
 */
export interface FeatureSink {
  one(id: number): void;
  many(list: FeatureList): void;
}

/** Features of the capitalised run a token is in: its length, the token's place in it, its head. */
function runFeatures(facts: DocFacts, i: number, sink: FeatureSink): void {
  const a = facts.runStart[i],
    b = facts.runEnd[i];
  if (a < 0) return;
  sink.one(RUN_KEYS[Math.min(4, b - a) - 1][part(i, a, b)]);
  if (b - a > 1) {
    sink.many(facts.keys(Role.RunLast, b - 1));
    if (i !== a) sink.many(facts.keys(Role.RunFirst, a));
    if (FIRST_NAME_SET.has(facts.lowerOf(a))) sink.one(RUN_FIRST_NAME);
  }
  const ca = facts.chunkStart[i],
    cb = facts.chunkEnd[i];
  if (cb - ca > b - a) {
    sink.one(CHUNK_KEYS[part(i, ca, cb)]);
    sink.many(facts.keys(Role.ChunkFirst, ca));
    sink.many(facts.keys(Role.ChunkLast, cb - 1));
  }
}

/** Position features of token i (everything that is not a property of the token text alone). */
export function positionFeatures(ctx: Ctx, facts: DocFacts, i: number, sink: FeatureSink): void {
  const t = ctx.t;
  const f = t.flags[i];
  const start = atSentenceStart(ctx, i);
  if (start) sink.one(POS_FIRST);
  if (f & Flag.NewLine || i === 0) sink.one(POS_LINE);
  const hl = ctx.headline[ctx.s.of[i]];
  if (hl) sink.one(POS_HEADLINE[hl === 1 ? 1 : 2]);
  if (t.kind[i] === Kind.Word && f & Flag.Cap) {
    sink.many(facts.docKeys(i, start));
    if (f & Flag.AllCaps && (f & Flag.NewLine || i === 0)) {
      const n = i + 1 < t.count ? ctx.text.charCodeAt(t.start[i + 1]) : 0;
      if (n === 0x2014 || n === 0x2013 || n === 45 || n === 44 || n === 40) sink.one(POS_DATELINE);
    }
  }
  runFeatures(facts, i, sink);
  const gz = facts.gz[i];
  if (gz) sink.one(gz);
  const topic = facts.topic[ctx.s.of[i]];
  if (topic) {
    sink.one(TOPIC_KEYS[topic]);
    if (gz) sink.one(TOPIC_GZ_KEYS[topic]);
  }
  if (facts.docTopic) {
    sink.one(DOC_TOPIC_KEYS[facts.docTopic]);
    if (gz) sink.one(DOC_TOPIC_GZ_KEYS[facts.docTopic]);
  }
  const org = facts.org[i];
  if (org) sink.one(org);
}

/** All features of token i, in a fixed order (training and inference both call this). */
export function tokenFeatures(ctx: Ctx, facts: DocFacts, i: number, emit: (f: string) => void): void {
  for (let o = -2; o <= 2; o++) formFeatures(ctx, i + o, o, emit);
  positionFeatures(ctx, facts, i, {
    one: (id) => emit(FEATURE_NAMES[id]),
    many: (list) => {
      for (const f of list.names) emit(f);
    },
  });
}
