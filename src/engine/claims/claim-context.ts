/**
 * What the claim detector reads besides the shared context: the document's quotations, its
 * claim sentences, and the named mentions indexed by token and by sentence. Built once per
 * document from the public shape of mentions and entities (types.ts), so the detector does not
 * depend on how they were found or grouped.
 */
import type { Entity, Mention } from '../types';
import { lower, type Ctx } from '../context';
import { Flag, Kind } from '../tokenize/tokenize';
import { CUE_FORMS, DOCUMENT_SAYING, PHRASAL_FORMS, RESEARCH_FINDS } from '../lexicon/claim-cues';
import { DETERMINERS, ORG_DESCRIPTORS, PERSON_DESCRIPTORS } from '../lexicon/words';
import { ACCORDING_TO_IN_PROPORTION } from '../lexicon/long-news-rows';
import { ACCORDING_TO_CONFORMITY } from '../lexicon/claims-29b';
import { QUOTATIVE_GO } from '../lexicon/claims-30';
import { claimSentences, scanQuotes, type ClaimSentences, type QuoteMap } from './quotes';
import { READ_FORMS } from './read-document';
import { pastInEdForm } from './verb-forms';

/** Token i is a comma. */
export const isComma = (ctx: Ctx, i: number) =>
  ctx.t.kind[i] === Kind.Punct && ctx.text.charCodeAt(ctx.t.start[i]) === 44;

export interface CCtx extends Ctx {
  q: QuoteMap;
  cs: ClaimSentences;
  /**
   * Per token: 1 + the index in `starting` of the mention that starts there, 0 for none. A typed
   * array, not a Map: the detector asks about nearly every token near a cue, and a Map of tens of
   * thousands of entries costs a hash lookup each time and heap the bench counts.
   */
  startAt: Int32Array;
  /** The mentions that start a token (the first one when two start at the same token), in input order. */
  starting: Mention[];
  /** The token each of `starting` starts at. */
  startTok: Int32Array;
  entityById: Map<string, Entity>;
  /** Mentions of each claim sentence, in text order. */
  mentionsBySent: Mention[][];
  /** Per token: 2 if it may start a cue (a cue verb form, a phrasal verb), 1 for a form of "be". */
  cand: Uint8Array;
  /**
   * Per token i (and i = t.count): the first token at or after i that is a candidate (`cand`)
   * outside quotation marks, or t.count. The search for a cue jumps from one to the next instead
   * of testing every word of the sentence again on each of its calls.
   */
  nextCand: Int32Array;
  /** Tokens where "according to" starts outside quotation marks, in text order. */
  according: Int32Array;
  /** Lowercase "like" and forms of "go" outside quotation marks, in text order (claims/quotative.ts). */
  quotatives: Int32Array;
}

const BE = new Set(['is', 'are', 'was', 'were', 'been', 'being', 'be']);

/** One pass over the words, so each later look for a cue skips the rest without reading them. */
function cueCandidates(ctx: Ctx, cs: ClaimSentences): Uint8Array {
  const { t, formStart, formTokens } = ctx;
  const out = new Uint8Array(t.count);
  // The answer depends on the word's text and kind, so on its form: each form is looked up once
  // and only the tokens of the forms that may be cues are visited.
  for (let f = 0; f < ctx.forms.length; f++) {
    const from = formStart[f],
      to = formStart[f + 1];
    if (to === from) continue;
    const first = formTokens[from];
    const n = t.end[first] - t.start[first];
    if (t.kind[first] !== Kind.Word || n < 2 || n > 12) continue;
    const w = ctx.formLower[f];
    // 3: "read", a cue only after a document noun (row cue.verb.read.document, claims/read-document.ts).
    const c = CUE_FORMS.has(w) || PHRASAL_FORMS.has(w) ? 2 : BE.has(w) ? 1 : READ_FORMS.has(w) ? 3 : 0;
    if (!c) continue;
    for (let k = from; k < to; k++) {
      const i = formTokens[k];
      // A capitalised cue only opens a sentence ("Said the mayor: …").
      if (t.flags[i] & Flag.Cap && cs.first[cs.of[i]] !== i) continue;
      out[i] = c;
    }
  }
  return out;
}

/** `CCtx.nextCand` from the candidates and the quotation map. */
function nextCandidates(cand: Uint8Array, quoted: Int32Array): Int32Array {
  const n = cand.length;
  const out = new Int32Array(n + 1);
  out[n] = n;
  for (let i = n - 1; i >= 0; i--) out[i] = cand[i] && quoted[i] < 0 ? i : out[i + 1];
  return out;
}

/**
 * Where "according to" starts, outside quotations: found once, so the per-sentence search for a
 * cue need not read every word of every sentence for it.
 */
function accordingTo(ctx: Ctx, q: QuoteMap): Int32Array {
  const { t } = ctx;
  const out: number[] = [];
  // Only the tokens of the forms of "according" are read.
  for (let f = 0; f < ctx.forms.length; f++) {
    if (ctx.formLower[f] !== 'according') continue;
    for (let k = ctx.formStart[f]; k < ctx.formStart[f + 1]; k++) {
      const i = ctx.formTokens[k];
      if (
        i + 1 < t.count &&
        t.kind[i] === Kind.Word &&
        t.end[i] - t.start[i] === 9 &&
        q.of[i] < 0 &&
        lower(ctx, i) === 'according' &&
        lower(ctx, i + 1) === 'to' &&
        !(dividedAccordingTo(ctx, i) && !namesSource(ctx, i)) &&
        !conformityAccordingTo(ctx, i)
      )
        out.push(i);
    }
  }
  // Several forms ("according", "According") are merged into text order.
  return Int32Array.from(out).sort();
}

const CONFORMITY_DETERMINERS: ReadonlySet<string> = new Set(ACCORDING_TO_CONFORMITY.value.determiners);
const CONFORMITY_HEADS: ReadonlySet<string> = new Set(ACCORDING_TO_CONFORMITY.value.heads);
/**
 * "went according to plan", "held according to the rules": right after a lowercase word, "according
 * to" a plan, the rules or instructions is a manner (row cue.according-to.conformity).
 */
function conformityAccordingTo(ctx: Ctx, i: number): boolean {
  const { t } = ctx;
  if (i === 0 || t.kind[i - 1] !== Kind.Word || t.flags[i - 1] & Flag.Cap) return false;
  let k = i + 2;
  while (k < t.count && k <= i + 4 && t.kind[k] === Kind.Word && CONFORMITY_DETERMINERS.has(lower(ctx, k))) k++;
  return k < t.count && t.kind[k] === Kind.Word && CONFORMITY_HEADS.has(lower(ctx, k));
}

const DIVIDING_VERBS: ReadonlySet<string> = new Set(ACCORDING_TO_IN_PROPORTION.value.verbs);
/**
 * "split the costs according to each country's share": a verb of dividing or ranking a few words
 * before "according" (no punctuation between) makes it "in proportion to" (row
 * cue.according-to.in-proportion).
 */
function dividedAccordingTo(ctx: Ctx, i: number): boolean {
  const { t } = ctx;
  for (let k = i - 1; k >= 0 && k >= i - ACCORDING_TO_IN_PROPORTION.value.maxBefore; k--) {
    if (t.kind[k] !== Kind.Word) return false;
    if (DIVIDING_VERBS.has(lower(ctx, k))) return true;
  }
  return false;
}

const ROW = ACCORDING_TO_IN_PROPORTION.value;
const SOURCE_HEADS: ReadonlySet<string> = new Set([
  ...ROW.sourceHeads,
  ...ORG_DESCRIPTORS,
  ...PERSON_DESCRIPTORS,
  ...DOCUMENT_SAYING.value,
  ...RESEARCH_FINDS.value,
]);
const OBJECT_ENDS: ReadonlySet<string> = new Set(ROW.objectEnds);
/**
 * The object of "according to" at `i` still names a source: a capitalised word in it ("Zillow
 * data"), or a head that is a word for a source ("the union", "the auditor's report", "officials").
 */
function namesSource(ctx: Ctx, i: number): boolean {
  const { t } = ctx;
  let head = '';
  for (let k = i + 2; k < t.count && k <= i + 1 + ROW.maxAfter; k++) {
    const w = lower(ctx, k);
    if (w === "'s" || w === '’s' || w === "'" || w === '’') continue;
    if (t.kind[k] !== Kind.Word || OBJECT_ENDS.has(w)) break;
    if (t.flags[k] & Flag.Cap) return true;
    head = w;
  }
  return SOURCE_HEADS.has(head) || (head.endsWith('s') && SOURCE_HEADS.has(head.slice(0, -1)));
}

const QUOTATIVE_FORMS: ReadonlySet<string> = new Set(['like', ...QUOTATIVE_GO.value.forms]);
/**
 * Where a quotative may stand ("was like", "she goes"): words that are no cue verbs, kept apart
 * from `cand` so the subject and second-claim searches, which read `cand` as "a verb here", are
 * not changed by them.
 */
function quotativeForms(ctx: Ctx, q: QuoteMap): Int32Array {
  const out: number[] = [];
  for (let f = 0; f < ctx.forms.length; f++) {
    if (!QUOTATIVE_FORMS.has(ctx.formLower[f])) continue;
    for (let k = ctx.formStart[f]; k < ctx.formStart[f + 1]; k++) {
      const i = ctx.formTokens[k];
      if (ctx.t.kind[i] === Kind.Word && !(ctx.t.flags[i] & Flag.Cap) && q.of[i] < 0) out.push(i);
    }
  }
  return Int32Array.from(out).sort();
}

/** The first of the sorted token indices `at` that is ≥ `a`, or −1. */
export function firstAtOrAfter(at: Int32Array, a: number): number {
  let lo = 0,
    hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid] < a) lo = mid + 1;
    else hi = mid;
  }
  return lo < at.length ? at[lo] : -1;
}

/**
 * Token `j` is a verb in the past in -ed: a lowercase word of five letters or more in -ed, not a
 * name ("Mohammed", "Manchester United") nor a noun after a determiner ("the accused"). Shared by
 * rows speaker.description.organization.sentence-subject and cue.infinitive.prompted-object.clause-stop.
 */
export function pastInEd(ctx: Ctx, j: number): boolean {
  if (ctx.t.kind[j] !== Kind.Word || /^[A-Z]/.test(ctx.text[ctx.t.start[j]])) return false;
  // Letters only: a compound in -ed ("long-awaited") is an adjective before a noun here.
  if (!pastInEdForm(lower(ctx, j), 5, true)) return false;
  return !(j > 0 && ctx.t.kind[j - 1] === Kind.Word && DETERMINERS.has(lower(ctx, j - 1)));
}

/** Index of the token that starts at or contains character `pos`. */
export function tokenAt(ctx: Ctx, pos: number): number {
  const { t } = ctx;
  let lo = 0,
    hi = t.count - 1,
    ans = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (t.start[mid] <= pos) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

export function claimContext(ctx: Ctx, mentions: readonly Mention[], entities: readonly Entity[]): CCtx {
  const q = scanQuotes(ctx);
  const cs = claimSentences(ctx, q);
  const startAt = new Int32Array(ctx.t.count);
  const starting: Mention[] = [];
  const startToks: number[] = [];
  const mentionsBySent: Mention[][] = [];
  const sentOf = new Int32Array(mentions.length);
  // Each loop in a function of its own that returns right after it (fresh-arrays.ts, "a hot
  // loop's function"); this one has none.
  const inOrder = indexStarts(ctx, mentions, cs, startAt, starting, startToks, sentOf);
  if (ctx.t.count > 0) listBySentence(mentions, sentOf, inOrder, mentionsBySent);
  sortEachByStart(mentionsBySent);
  const cand = cueCandidates(ctx, cs);
  return new ClaimCtx(
    ctx,
    q,
    cs,
    startAt,
    starting,
    Int32Array.from(startToks),
    new Map(entities.map((e) => [e.id, e])),
    mentionsBySent,
    cand,
    nextCandidates(cand, q.of),
    accordingTo(ctx, q),
    quotativeForms(ctx, q),
  );
}

/**
 * Fills startAt, starting and startToks (the mentions by start token) and sentOf (each mention's
 * claim sentence); true when the sentences come in text order.
 */
function indexStarts(
  ctx: Ctx,
  mentions: readonly Mention[],
  cs: ClaimSentences,
  startAt: Int32Array,
  starting: Mention[],
  startToks: number[],
  sentOf: Int32Array,
): boolean {
  let inOrder = true;
  // Indexed loops in code that runs once per document: unoptimised, for…of allocates a result per element.
  for (let k = 0; k < mentions.length && ctx.t.count > 0; k++) {
    const m = mentions[k];
    const i = tokenAt(ctx, m.start);
    if (startAt[i] === 0) {
      starting.push(m);
      startToks.push(i);
      startAt[i] = starting.length;
    }
    sentOf[k] = cs.of[i];
    if (k > 0 && sentOf[k] < sentOf[k - 1]) inOrder = false;
  }
  return inOrder;
}

/** Fills `into` with each claim sentence's mentions. */
function listBySentence(mentions: readonly Mention[], sentOf: Int32Array, inOrder: boolean, into: Mention[][]): void {
  // The grouper hands mentions over in text order, so each sentence's are a run of the input:
  // one slice of the exact size per sentence, where lists grown by push reserved room for 17.
  if (inOrder) {
    for (let k = 0, from = 0; k < mentions.length; k++)
      if (k + 1 === mentions.length || sentOf[k + 1] !== sentOf[k]) {
        into[sentOf[k]] = mentions.slice(from, k + 1);
        from = k + 1;
      }
  } else for (let k = 0; k < mentions.length; k++) (into[sentOf[k]] ??= []).push(mentions[k]);
}

/** Each sentence's mentions by start (the grouper hands them over in text order: usually sorted already). */
function sortEachByStart(mentionsBySent: Mention[][]): void {
  for (let k = 0; k < mentionsBySent.length; k++) {
    const list = mentionsBySent[k];
    if (list && !sortedByStart(list)) list.sort((x, y) => x.start - y.start);
  }
}

/**
 * The claim detector's context: the document's context and what it adds. Every field written out,
 * not `...ctx`: a spread's hidden class is rebuilt once the last document's context is collected,
 * and then every optimised function of the claim detector is thrown away at the next document
 * ("wrong map"). And a constructor, not an object literal: the second time a literal runs, V8
 * marks its fields mutable, which throws that code away as well (69 functions at the end of the
 * second analysis; see tokenize.ts's TokenColumns).
 */
class ClaimCtx implements CCtx {
  text: string;
  t: Ctx['t'];
  s: Ctx['s'];
  gaz: Ctx['gaz'];
  lowerSeen: Ctx['lowerSeen'];
  headline: Uint8Array;
  form: Int32Array;
  forms: string[];
  formLower: string[];
  formStart: Int32Array;
  formTokens: Int32Array;
  placeCache: Ctx['placeCache'];
  demonymCache: Ctx['demonymCache'];
  constructor(
    ctx: Ctx,
    public q: QuoteMap,
    public cs: ClaimSentences,
    public startAt: Int32Array,
    public starting: Mention[],
    public startTok: Int32Array,
    public entityById: Map<string, Entity>,
    public mentionsBySent: Mention[][],
    public cand: Uint8Array,
    public nextCand: Int32Array,
    public according: Int32Array,
    public quotatives: Int32Array,
  ) {
    this.text = ctx.text;
    this.t = ctx.t;
    this.s = ctx.s;
    this.gaz = ctx.gaz;
    this.lowerSeen = ctx.lowerSeen;
    this.headline = ctx.headline;
    this.form = ctx.form;
    this.forms = ctx.forms;
    this.formLower = ctx.formLower;
    this.formStart = ctx.formStart;
    this.formTokens = ctx.formTokens;
    this.placeCache = ctx.placeCache;
    this.demonymCache = ctx.demonymCache;
  }
}

function sortedByStart(list: readonly Mention[]): boolean {
  for (let k = 1; k < list.length; k++) if (list[k].start < list[k - 1].start) return false;
  return true;
}

/** The mention that starts at token `i`, if any. */
export function mentionAt(cx: CCtx, i: number): Mention | undefined {
  const k = cx.startAt[i];
  return k ? cx.starting[k - 1] : undefined;
}

/** Does a mention start at token `i`? */
export function startsMention(cx: CCtx, i: number): boolean {
  return cx.startAt[i] > 0;
}

/**
 * The end of the word that starts at token `k`, within `limit`, as a reader counts words: a name
 * the mention layer found is one word however many it has ("in a filing with the Securities and
 * Exchange Commission", whose "and" is no conjunction; row claim.tail.adjunct-name-one-word), any
 * other token is one token. The one helper for every "at most N words" check of the claims layer.
 */
export function wordEnd(cx: CCtx, k: number, limit: number): number {
  return Math.max(k + 1, mentionEnd(cx, k, limit));
}

/** Token index just past the mention that starts at token `i`, within `limit`. */
export function mentionEnd(cx: CCtx, i: number, limit: number): number {
  const m = mentionAt(cx, i);
  if (!m) return i;
  let e = i;
  while (e < limit && cx.t.start[e] < m.end) e++;
  return e;
}
