/**
 * The names the rules work on: the mention type codes, a name with the row that decided it, and
 * the token → name index every rule reads and writes. Rule modules (rules.ts, fold-rules-2.ts)
 * share these and the small token readers below; they live here so those modules import from
 * one place instead of from each other.
 */
import { Flag, Kind } from '../tokenize/tokenize';
import { lower, spanText, tokensOf, type Ctx } from '../context';
import type { TaggedName } from '../tagger/tag';
import { modelWhy } from '../tagger/tag';
import { COMMON_WORDS, MONTHS, WEEKDAYS } from '../lexicon/words';

export interface NamedSpan extends TaggedName {
  /** Id of the rule row that decided this name, when one did. */
  rule?: string;
  /** The model's own decision, when a rule overrode or reshaped it. */
  model?: string;
  /** Id of the rule row whose decision this name replaced, when a rule's name was replaced. */
  overruled?: string;
  /** Title words stripped off the front. */
  role?: string;
  /** Id of the row that found this type in the mention's own words ("Sabadell's mayor", "Zurich,
   * Europe's third-largest insurer,"): coreference keeps such a mention's type (coref/entities.ts). */
  local?: string;
}

/** A name as the rules see it in a Names list: marked dead once a rule has replaced or removed it. */
export type LiveSpan = NamedSpan & { dead?: boolean };

export const PERSON = 0,
  PLACE = 1,
  ORG = 2;
const certain = (type: number): [number, number, number, number] => [
  type === 0 ? 1 : 0,
  type === 1 ? 1 : 0,
  type === 2 ? 1 : 0,
  0,
];

export const isCapWord = (ctx: Ctx, i: number) =>
  i < ctx.t.count && ctx.t.kind[i] === Kind.Word && (ctx.t.flags[i] & Flag.Cap) !== 0;
/** A capitalised word at `i` on the same line as the token before it (a name does not run over a line). */
/** Token `i` exists and does not start a new line (a dateline or heading ends at the line's end). */
export const onLine = (ctx: Ctx, i: number) => i < ctx.t.count && !(ctx.t.flags[i] & Flag.NewLine);
/** Tokens `i` and `i + 1` both exist and touch: `i` ends where `i + 1` starts (no space between). */
export const touchesNext = (ctx: Ctx, i: number) =>
  i >= 0 && i + 1 < ctx.t.count && ctx.t.end[i] === ctx.t.start[i + 1];
export const capitalisedOnLine = (ctx: Ctx, i: number) => isCapWord(ctx, i) && !(ctx.t.flags[i] & Flag.NewLine);
/** A capitalised word at `i` on the same line as the token after it. */
export const capitalisedBeforeOnLine = (ctx: Ctx, i: number) =>
  isCapWord(ctx, i) && !(ctx.t.flags[i + 1] & Flag.NewLine);
/** The end of the run of capitalised words on the line from `a`, at most `max` of them (`a` when none). */
export function capitalisedRun(ctx: Ctx, a: number, max: number): number {
  let b = a;
  while (b - a < max && capitalisedOnLine(ctx, b)) b++;
  return b;
}
/**
 * The first of at most `max` capitalised words just before token `a`, on its line, that no name
 * holds (`a` when none). A word in capitals, a common word, a weekday or a month ends the run: a
 * kicker or a time before the name ("BREAKING Nestle", "Late Wednesday Nestle"), not part of it.
 */
export function unnamedCapitalsBefore(ctx: Ctx, out: Names, a: number, max: number): number {
  let i = a;
  while (i > 0 && a - i < max && isCapWord(ctx, i - 1) && !out.at(i - 1) && !(ctx.t.flags[i] & Flag.NewLine)) {
    if (ctx.t.flags[i - 1] & Flag.AllCaps || COMMON_WORDS.has(lower(ctx, i - 1)) || isWeekdayOrMonth(ctx, i - 1)) break;
    i--;
  }
  return i;
}
/**
 * The start of the run of capitalised words that ends right before `e`, at most `max` long, on one
 * line (`e` when none): capitalisedRun read leftwards.
 */
export function capitalisedRunBefore(ctx: Ctx, e: number, max: number): number {
  let a = e;
  while (a > 0 && e - a < max && isCapWord(ctx, a - 1) && onLine(ctx, a)) a--;
  return a;
}
/** The end of one to `max` capitalised words on the line from `a`, or −1 when there are none or more run on. */
export function capitalsFrom(ctx: Ctx, a: number, max: number): number {
  const b = capitalisedRun(ctx, a, max);
  return b === a || capitalisedOnLine(ctx, b) ? -1 : b;
}
/** The start of one to `max` capitalised words on the line ending before `b`, or −1 when none or more run on. */
export function capitalsBefore(ctx: Ctx, b: number, max: number): number {
  const a = capitalisedRunBefore(ctx, b, max);
  return a === b || (a > 0 && isCapWord(ctx, a - 1) && onLine(ctx, a)) ? -1 : a;
}
/** Token `i` is the word `w` (lowercased). */
export const isWord = (ctx: Ctx, i: number, w: string) =>
  i >= 0 && i < ctx.t.count && ctx.t.kind[i] === Kind.Word && lower(ctx, i) === w;
/** Token `i` is a word not written with a capital. */
export const isLowerWord = (ctx: Ctx, i: number) =>
  i >= 0 && i < ctx.t.count && ctx.t.kind[i] === Kind.Word && !(ctx.t.flags[i] & Flag.Cap);
/** Token `i` is the word `w` written in lowercase ("the", not "The" opening a sentence or a name). */
export const isWordInLowercase = (ctx: Ctx, i: number, w: string) => isLowerWord(ctx, i) && lower(ctx, i) === w;

/** A capitalised word on its line that is not the text's first token (the caller reads token `i - 1`). */
export const capitalisedOnLineAfterStart = (ctx: Ctx, i: number) => i > 0 && capitalisedOnLine(ctx, i);
/** Token `i` starts a new line (a heading, a dateline, a paragraph). */
export const opensLine = (ctx: Ctx, i: number) => (ctx.t.flags[i] & Flag.NewLine) !== 0;
/** Token `i` is the first of its sentence. */
export const opensSentence = (ctx: Ctx, i: number) => ctx.s.first[ctx.s.of[i]] === i;
/** Token `i` opens its sentence with a common word ("In", "Still", "Most"): capitalised for the sentence, not a name. */
export const opensWithCommonWord = (ctx: Ctx, i: number) => opensSentence(ctx, i) && COMMON_WORDS.has(lower(ctx, i));
/** Token `i` is a word of the language: a common word, or written in lower case elsewhere in this text. */
/**
 * The text names the one word of `n` alone again inside a sentence (not opening one): a name of its
 * own there, so a row that drops a lone capital opening a headline keeps it.
 */
export function namedAloneInSentence(ctx: Ctx, alive: readonly NamedSpan[], n: NamedSpan): boolean {
  for (const m of alive)
    if (m !== n && m.b - m.a === 1 && ctx.form[m.a] === ctx.form[n.a] && !opensSentence(ctx, m.a)) return true;
  return false;
}

export const isPlainWord = (ctx: Ctx, i: number) => COMMON_WORDS.has(lower(ctx, i)) || ctx.lowerSeen.has(lower(ctx, i));
/** The sentence of token `i` holds a word whose form `marks` marks (formMarks' answer). */
export function sentenceHas(ctx: Ctx, i: number, marks: Uint8Array): boolean {
  const k = ctx.s.of[i];
  for (let j = ctx.s.first[k]; j < ctx.s.last[k]; j++) if (marks[ctx.form[j]] === 1) return true;
  return false;
}
/** Token `i` is a weekday or a month, in any case ("Monday", "june"). */
export const isWeekdayOrMonth = (ctx: Ctx, i: number) =>
  ctx.t.kind[i] === Kind.Word && (WEEKDAYS.has(lower(ctx, i)) || MONTHS.has(lower(ctx, i)));

/** Which token of a name, or beside it, `Names.aliveOn` matches against a row's trigger tokens. */
export const FIRST_TOKEN = 0,
  LAST_TOKEN = 1,
  TOKEN_BEFORE = 2,
  TOKEN_AFTER = 3;
export type NameEdge = typeof FIRST_TOKEN | typeof LAST_TOKEN | typeof TOKEN_BEFORE | typeof TOKEN_AFTER;

/**
 * The names of a document with a token → name index, so each rule looks its neighbours up in
 * O(1) and a long article stays linear. Replaced names are marked dead and dropped at the end.
 */
export class Names {
  readonly list: LiveSpan[];
  /** Per token: 1 + the index in `list` of the name it is in, 0 for none (a typed array: no per-token heap). */
  private owner: Int32Array;
  /** Takes over `names` (the tagger's fresh output): rules mark and replace them in place. */
  constructor(count: number, names: TaggedName[]) {
    this.list = names;
    this.owner = new Int32Array(count);
    for (let k = 0; k < this.list.length; k++) {
      const n = this.list[k];
      for (let i = n.a; i < n.b; i++) this.owner[i] = k + 1;
    }
  }
  at(i: number): NamedSpan | undefined {
    const k = i >= 0 && i < this.owner.length ? this.owner[i] : 0;
    return k ? this.list[k - 1] : undefined;
  }
  /** Bumped by every change of which names are alive, so `alive` copies the list only after one. */
  private changes = 0;
  private aliveAt = -1;
  private aliveList: readonly NamedSpan[] = [];
  /** The names not removed, in list order; the same array until a name is put or removed (about 20 rules ask in a row). */
  alive(): readonly NamedSpan[] {
    if (this.aliveAt !== this.changes) {
      const live: NamedSpan[] = [];
      for (let k = 0; k < this.list.length; k++) if (!this.list[k].dead) live.push(this.list[k]);
      this.aliveList = live;
      this.aliveAt = this.changes;
    }
    return this.aliveList;
  }
  /**
   * The names `alive()` lists whose first token, last token, token before or token after (`edge`)
   * is one of `tokens` (tokensOf's answer for a row's trigger words), in alive()'s order: a row
   * whose names must start, end, follow or precede a trigger visits those few instead of every
   * name of the document (11,274 in the bench text). Like alive(), the answer is taken at the call.
   */
  aliveOn(tokens: Int32Array, edge: NameEdge): readonly NamedSpan[] {
    // List indexes are alive()'s order; the tokens' text order may differ after replacements.
    return this.namesOf(this.ownersAt(tokens, edge).sort((x, y) => x - y));
  }
  // Each loop ends its function (fresh-arrays.ts says why).
  /** 1 + the list index of each name whose `edge` token is one of `tokens`; one edge token per name, so none twice. */
  private ownersAt(tokens: Int32Array, edge: NameEdge): number[] {
    const found: number[] = [];
    // The name's own token next to the trigger: the trigger itself, or its neighbour.
    const shift = edge === TOKEN_BEFORE ? 1 : edge === TOKEN_AFTER ? -1 : 0;
    const opens = edge === FIRST_TOKEN || edge === TOKEN_BEFORE;
    for (let x = 0; x < tokens.length; x++) {
      const i = tokens[x] + shift;
      const k = i >= 0 && i < this.owner.length ? this.owner[i] : 0;
      if (k === 0) continue;
      const n = this.list[k - 1];
      if ((opens ? n.a : n.b - 1) === i) found.push(k);
    }
    return found;
  }
  /**
   * The names `alive()` lists that hold one of `tokens` at any place (tokensOf's answer for a row's
   * trigger words), in alive()'s order, each once: for a row whose names must contain a trigger
   * word ("Royal Hospital Kent": its head), like aliveOn for a name's inside.
   */
  aliveHolding(tokens: Int32Array): readonly NamedSpan[] {
    const found = this.holdersOf(tokens).sort((x, y) => x - y);
    const names: NamedSpan[] = [];
    for (let x = 0; x < found.length; x++)
      if (x === 0 || found[x] !== found[x - 1]) names.push(this.list[found[x] - 1]);
    return names;
  }
  /** 1 + the list index of the name holding each of `tokens` (a name as often as it holds one). */
  private holdersOf(tokens: Int32Array): number[] {
    const found: number[] = [];
    for (let x = 0; x < tokens.length; x++) {
      const i = tokens[x];
      const k = i >= 0 && i < this.owner.length ? this.owner[i] : 0;
      if (k !== 0) found.push(k);
    }
    return found;
  }
  private namesOf(found: readonly number[]): NamedSpan[] {
    const names: NamedSpan[] = [];
    for (let x = 0; x < found.length; x++) names.push(this.list[found[x] - 1]);
    return names;
  }
  remove(n: LiveSpan): void {
    this.changes++;
    n.dead = true;
    for (let i = n.a; i < n.b; i++) if (this.at(i) === n) this.owner[i] = 0;
  }
  /** Replaces every name overlapping [a, b) by one name decided by `rule`. */
  put(a: number, b: number, type: number, rule: string, role?: string, was?: NamedSpan): NamedSpan {
    let model = was && (was.rule ? `rule ${was.rule}` : modelWhy(was.probs, was.type));
    let overruled = was?.rule;
    for (let i = a; i < b; i++) {
      const n = this.at(i);
      if (!n) continue;
      if (n.a === a && n.b === b) {
        model = n.rule ? `rule ${n.rule}` : modelWhy(n.probs, n.type);
        overruled = n.rule;
      }
      this.remove(n);
    }
    const n: NamedSpan = { a, b, type, probs: certain(type), rule, model, role, overruled };
    this.changes++;
    this.list.push(n);
    for (let i = a; i < b; i++) this.owner[i] = this.list.length;
    return n;
  }
}

/** Per word form of the document: 1 when its lowercase text is in `words` (a typed-array read per token after). */
export function formMarks(ctx: Ctx, words: ReadonlySet<string>): Uint8Array {
  const marks = new Uint8Array(ctx.forms.length);
  for (let f = 0; f < marks.length; f++) if (words.has(ctx.formLower[f])) marks[f] = 1;
  return marks;
}
/** Per word form: 1 when its exact text (case kept) is in `words`; `tokensOf` then visits only their tokens. */
export function exactFormMarks(ctx: Ctx, words: { has(word: string): boolean }): Uint8Array {
  const marks = new Uint8Array(ctx.forms.length);
  for (let f = 0; f < marks.length; f++) if (words.has(ctx.forms[f])) marks[f] = 1;
  return marks;
}

/**
 * The names alive now whose `edge` token (first, last, the one before or after) is one of `words`
 * (lowercase), in alive()'s order: for a row that skips every other name, the same names as its
 * loop over alive() keeps, found from the words' tokens instead of by testing each name.
 */
export function aliveByWord(ctx: Ctx, out: Names, words: ReadonlySet<string>, edge: NameEdge): readonly NamedSpan[] {
  return out.aliveOn(tokensOf(ctx, formMarks(ctx, words)), edge);
}
/** aliveByWord for words written exactly as in `words` (case kept). */
export function aliveByExactWord(
  ctx: Ctx,
  out: Names,
  words: ReadonlySet<string>,
  edge: NameEdge,
): readonly NamedSpan[] {
  return out.aliveOn(tokensOf(ctx, exactFormMarks(ctx, words)), edge);
}

/**
 * Per word form: 1 when its tokens are of `kind` (forms are kept apart by kind, so all of a form's
 * tokens share it); `tokensOf` then visits only the tokens of that kind ("'s" for Kind.Poss).
 */
export function kindFormMarks(ctx: Ctx, kind: Kind): Uint8Array {
  const marks = new Uint8Array(ctx.forms.length);
  for (let f = 0; f < marks.length; f++)
    if (ctx.formStart[f + 1] > ctx.formStart[f] && ctx.t.kind[ctx.formTokens[ctx.formStart[f]]] === kind) marks[f] = 1;
  return marks;
}

/**
 * Per word form: 1 when its exact text matches `pattern` (which must not be global or sticky), so
 * a rule that tests a shape ("Smith-Jones", "NATO") runs the regular expression once per distinct
 * word and then reads a typed array per token, or visits only the marked tokens (`tokensOf`).
 */
export function patternFormMarks(ctx: Ctx, pattern: RegExp): Uint8Array {
  const marks = new Uint8Array(ctx.forms.length);
  for (let f = 0; f < marks.length; f++) if (pattern.test(ctx.forms[f])) marks[f] = 1;
  return marks;
}

/**
 * Per word form: 1 when the word is hyphenated and its part after the last hyphen is in `tails`
 * ("state-owned", "Almaty-based"), read from its lowercase text or, with `exact`, as written. One
 * test per distinct word: slicing every token's tail was a visible share of the rules' profile.
 */
export function hyphenTailMarks(ctx: Ctx, tails: ReadonlySet<string>, exact = false): Uint8Array {
  const marks = new Uint8Array(ctx.forms.length);
  for (let f = 0; f < marks.length; f++) {
    if (ctx.t.kind[ctx.formTokens[ctx.formStart[f]]] !== Kind.Word) continue;
    const w = exact ? ctx.forms[f] : ctx.formLower[f];
    const dash = w.lastIndexOf('-');
    if (dash > 0 && tails.has(w.slice(dash + 1))) marks[f] = 1;
  }
  return marks;
}

/** Initial letters of the words of tokens [a, b), lowercase; a hyphenated word gives one per part ("Tehreek-e-Insaf"). */
export function initials(ctx: Ctx, a: number, b: number): string {
  let out = '';
  for (let i = a; i < b; i++) {
    if (ctx.t.kind[i] !== Kind.Word) continue;
    for (const part of lower(ctx, i).split('-')) if (part) out += part[0];
  }
  return out;
}
/** `short` is written with the initials of `long` in order, from the first one on. */
export function abbreviates(short: string, long: string): boolean {
  if (short.length < 2 || short[0] !== long[0]) return false;
  let k = 0;
  for (let j = 0; j < long.length && k < short.length; j++) if (long[j] === short[k]) k++;
  return k === short.length;
}
export const ACRONYM = /^[A-Z][A-Z0-9&]{1,7}$/;
/** An acronym of three capitals or more: a body's short name, never a field of one ("UNICEF", not "PM"). */
export const isLongAcronym = (w: string) => ACRONYM.test(w) && /[A-Z].*[A-Z].*[A-Z]/.test(w);

/** Char codes the rules pass to isPunctChar and isOneChar: a constant, so the test stays one integer compare. */
export const OPEN_PAREN = 40,
  CLOSE_PAREN = 41,
  COMMA = 44,
  AMPERSAND = 0x26,
  HYPHEN = 0x2d,
  FULL_STOP = 0x2e,
  COLON = 0x3a,
  SEMICOLON = 0x3b,
  EN_DASH = 0x2013,
  EM_DASH = 0x2014;

/** The possessive clitic of a singular owner, as its own token ("Ireland's", "Ferrari’s"). */
export const POSSESSIVE_S: ReadonlySet<string> = new Set(["'s", '’s']);
/** The bare apostrophe of a plural owner, as its own token ("the Players' Association"). */
export const PLURAL_POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'", '’']);
/** Either possessive token, singular or plural. */
export const POSSESSIVE_MARKS: ReadonlySet<string> = new Set([...POSSESSIVE_S, ...PLURAL_POSSESSIVE_MARKS]);

/** Token `i` is the one punctuation character `c` (a char code); out of range is not. */
export function isPunctChar(ctx: Ctx, i: number, c: number): boolean {
  const t = ctx.t;
  return (
    i >= 0 &&
    i < t.count &&
    t.kind[i] === Kind.Punct &&
    t.end[i] - t.start[i] === 1 &&
    ctx.text.charCodeAt(t.start[i]) === c
  );
}

/**
 * Token `i` is the one character `c` (a char code), whatever its kind: unlike isPunctChar, a
 * one-letter word or a symbol ("&") counts too. Out of range is not.
 */
export function isOneChar(ctx: Ctx, i: number, c: number): boolean {
  return i >= 0 && i < ctx.t.count && ctx.t.end[i] - ctx.t.start[i] === 1 && ctx.text.charCodeAt(ctx.t.start[i]) === c;
}

/** Types `n` as `type` by the row `rule`, unless it is dead or already of that type. */
export function retype(out: Names, n: LiveSpan, type: number, rule: string): void {
  if (n.dead || n.type === type) return;
  out.put(n.a, n.b, type, rule, undefined, n);
}

/** Types `n` and marks the type as the mention's own, so the coreference vote keeps it. */
export function keepAs(out: Names, n: LiveSpan, type: number, rule: string): void {
  if (n.dead) return;
  const m = n.type === type ? n : out.put(n.a, n.b, type, rule, undefined, n);
  m.local = rule;
}

/** The end of the longest of `words` written exactly (case and all) from token `i`, or −1. */
export function phraseEnd(ctx: Ctx, i: number, words: readonly string[][]): number {
  for (const w of words) {
    if (i + w.length > ctx.t.count) continue;
    let k = 0;
    while (k < w.length && ctx.forms[ctx.form[i + k]] === w[k]) k++;
    if (k === w.length) return i + k;
  }
  return -1;
}

/** Every word of the names of two words or more the article reads as people ("Kamala Harris"), but `except`. */
export function personWordsOf(ctx: Ctx, names: readonly NamedSpan[], except?: NamedSpan): Set<string> {
  const words = new Set<string>();
  for (const n of names)
    if (n !== except && n.type === PERSON && n.b - n.a > 1) for (let i = n.a; i < n.b; i++) words.add(lower(ctx, i));
  return words;
}

/**
 * personWordsOf's words counted: how many names of two words or more read as people hold each
 * word, so a rule that asks once can later leave one of those names out (`heldByOthers`).
 */
export function personWordCountsOf(ctx: Ctx, names: readonly NamedSpan[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const n of names) if (n.type === PERSON && n.b - n.a > 1) countWordsOf(ctx, n, counts, 1);
  return counts;
}

/** Adds `by` to the count of each distinct word of `n` (−1 when a rule has put another type over it). */
export function countWordsOf(ctx: Ctx, n: NamedSpan, counts: Map<string, number>, by: number): void {
  for (const w of new Set(Array.from({ length: n.b - n.a }, (_, k) => lower(ctx, n.a + k))))
    counts.set(w, (counts.get(w) ?? 0) + by);
}

/** Word `w` is held by a name of personWordCountsOf's other than `n` (the name it belongs to, if any). */
export function heldByOthers(ctx: Ctx, counts: ReadonlyMap<string, number>, w: string, n?: NamedSpan): boolean {
  let own = 0;
  if (n && n.type === PERSON && n.b - n.a > 1) for (let i = n.a; i < n.b && !own; i++) if (lower(ctx, i) === w) own = 1;
  return (counts.get(w) ?? 0) - own > 0;
}

/**
 * The names over tokens [a, b) when none of them runs outside it: what a rule may replace.
 * `undefined` when a name crosses the span's edge (a longer name holds the span).
 */
export function namesWithin(out: Names, a: number, b: number): NamedSpan[] | undefined {
  const found: NamedSpan[] = [];
  for (let i = a; i < b; i++) {
    const n = out.at(i);
    if (!n || found.includes(n)) continue;
    if (n.a < a || n.b > b) return undefined;
    found.push(n);
  }
  return found;
}

/**
 * The names over [a, b) (namesWithin's answer) when the model alone read each: an organisation, or
 * a person or a place the model gives less than `sure`; `undefined` when a rule decided one, a name
 * crosses the edges, or the model is that sure of a person or a place.
 */
export function modelReadWithin(out: Names, a: number, b: number, sure: number): NamedSpan[] | undefined {
  const within = namesWithin(out, a, b);
  if (!within) return undefined;
  for (const n of within)
    if (n.rule || (n.type !== ORG && Math.max(n.probs[PERSON], n.probs[PLACE]) >= sure)) return undefined;
  return within;
}

/**
 * The model's own reading of exactly [a, b): no rule decided it, it is one of `types` (any type when
 * omitted), and the model gives its type less than `max`; `undefined` otherwise. The exact-span
 * twin of modelReadWithin, for rows that only retype or drop a name the model alone was unsure of.
 */
export function modelReadExactly(
  out: Names,
  a: number,
  b: number,
  max: number,
  types?: readonly number[],
): NamedSpan | undefined {
  const n = out.at(a);
  if (!n || n.a !== a || n.b !== b || n.rule || (types && !types.includes(n.type))) return undefined;
  return n.probs[n.type] < max ? n : undefined;
}

/**
 * Puts the span a..b of `type` over the names `within` it (namesWithin's answer), keeping the one
 * name it replaces as what it was before; nothing when that name is already this span and type.
 */
export function putOverWithin(out: Names, a: number, b: number, type: number, rule: string, within: NamedSpan[]): void {
  const n = within.length === 1 ? within[0] : undefined;
  if (n && n.a === a && n.b === b && n.type === type) return;
  out.put(a, b, type, rule, undefined, n);
}

/**
 * A fixed list of name texts that a rule tests every name against: a name whose length no text
 * has is answered from a typed array, a one-token name from its interned form, and only the rest
 * is sliced (`has` gives what `texts.has(spanText(ctx, a, b))` gives).
 */
export class SpanTexts {
  private readonly texts: ReadonlySet<string>;
  private readonly lengths: Uint8Array;
  constructor(texts: Iterable<string>) {
    this.texts = new Set(texts);
    let longest = 0;
    for (const w of this.texts) longest = Math.max(longest, w.length);
    this.lengths = new Uint8Array(longest + 1);
    for (const w of this.texts) this.lengths[w.length] = 1;
  }
  has(ctx: Ctx, a: number, b: number): boolean {
    const length = ctx.t.end[b - 1] - ctx.t.start[a];
    if (length >= this.lengths.length || !this.lengths[length]) return false;
    return this.texts.has(b - a === 1 ? ctx.forms[ctx.form[a]] : spanText(ctx, a, b));
  }
}

/**
 * The last words of the people the text names in two words or more ("Reyes" of "Tomás Reyes"):
 * a surname listed alone is a person's when the text named that person in full.
 */
export function surnamesNamedInFull(ctx: Ctx, names: readonly NamedSpan[]): Set<string> {
  const found = new Set<string>();
  for (const n of names) if (n.type === PERSON && n.b - n.a > 1) found.add(lower(ctx, n.b - 1));
  return found;
}
