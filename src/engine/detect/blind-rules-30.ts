/**
 * Rules from the blind entity batches 89 and 90 (5 Dec 2026, helper ents41a, issue #9; rows in
 * lexicon/blind-news-30.ts). applyNameRules calls `applyBlindNewsRows30` after the rows of batches
 * 86 and 87, so these read the names every earlier rule decided.
 * - organisation.trade-noun-before: "at shipbroker [Braemar]" is a firm.
 * - organisation.firm-frame: "the trading arm of [Sinopec]", "data from [Kpler] showed".
 * - organisation.body-tail-word: "[Rocket Lab]", "the [Caspian Pipeline Consortium]", "[Joy FM]".
 * - place.building-tail: "the [Arizona State Capitol]", "[Launch Complex 1]".
 * - organisation.full-name-opening: "[Samsung] said" after "Samsung Electronics".
 */
import { lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import {
  BODY_TAIL_WORD_ROW,
  BUILDING_TAIL_ROW,
  FIRM_FRAME_ROW,
  FULL_NAME_OPENING_ROW,
  TRADE_NOUN_BEFORE_ROW,
} from '../lexicon/blind-news-30';
import { ARTICLES, FIRST_NAME_SET, TITLES } from '../lexicon/words';
import { lowerSetOf } from '../lexicon/rule-row';
import { Kind } from '../tokenize/tokenize';
import {
  ORG,
  PLACE,
  formMarks,
  hyphenTailMarks,
  isCapWord,
  isPlainWord,
  isWeekdayOrMonth,
  namesWithin,
  opensWithCommonWord,
  onLine,
  opensSentence,
  putOverWithin,
  retype,
  type LiveSpan,
  type NamedSpan,
  type Names,
} from './named-spans';

export function applyBlindNewsRows30(ctx: Ctx, out: Names): void {
  tradeNounsBefore(ctx, out);
  firmFrames(ctx, out);
  bodyTailWords(ctx, out);
  buildingTails(ctx, out);
  fullNameOpenings(ctx, out);
}

/** "a Weapons Lab" in a headline in title case: a name does not follow a lowercase "a" or "an". */
const afterIndefinite = (ctx: Ctx, a: number) =>
  a > 0 && !isCapWord(ctx, a - 1) && (lower(ctx, a - 1) === 'a' || lower(ctx, a - 1) === 'an');

/** The model's surest reading of a person or a place below which a frame may overrule it. */
const WEAK = 0.6;

/**
 * The names over [a, b) when each was read by the model alone (no rule) as a person or a place
 * below WEAK, or as an organisation; `undefined` when a rule decided one, a name crosses the
 * edges, or the model is sure of a person or a place.
 */
function weakWithin(out: Names, a: number, b: number, weakOnly: boolean): NamedSpan[] | undefined {
  const within = namesWithin(out, a, b);
  if (!within) return undefined;
  for (const n of within) {
    if (n.rule) return undefined;
    if (weakOnly && n.type !== ORG && Math.max(n.probs[0], n.probs[1]) >= WEAK) return undefined;
  }
  return within;
}

/** A capitalised word that may open a firm's name: on the line, no given name, weekday or month. */
const opensFirm = (ctx: Ctx, i: number) =>
  isCapWord(ctx, i) && onLine(ctx, i) && !FIRST_NAME_SET.has(lower(ctx, i)) && !isWeekdayOrMonth(ctx, i);

/** Puts an organisation over [a, b) when its names allow it and the map knows no place of that name. */
function firmOver(ctx: Ctx, out: Names, a: number, b: number, rule: string): void {
  const within = weakWithin(out, a, b, true);
  if (!within || placeLookup(ctx, spanText(ctx, a, b))) return;
  putOverWithin(out, a, b, ORG, rule, within);
}

// --- organisation.trade-noun-before ---------------------------------------------------------------

const TRADES = lowerSetOf(TRADE_NOUN_BEFORE_ROW.value);
/** The most capitalised words a firm's name takes after its trade word. */
const TRADE_NAME_WORDS = 3;

/** organisation.trade-noun-before: see the row. */
function tradeNounsBefore(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  // From the trade words' tokens, not every token.
  const trades = tokensOf(ctx, formMarks(ctx, TRADES));
  for (let k = 0; k < trades.length; k++) {
    const i = trades[k];
    if (i + 1 >= t.count || t.kind[i] !== Kind.Word || isCapWord(ctx, i) || !TRADES.has(lower(ctx, i))) continue;
    const a = i + 1;
    if (!opensFirm(ctx, a)) continue;
    let b = a;
    while (b < t.count && b - a < TRADE_NAME_WORDS && isCapWord(ctx, b) && onLine(ctx, b)) b++;
    // A name that runs on past three words is something else ("the utility Pacific Gas and …" is read by others).
    if (isCapWord(ctx, b) && onLine(ctx, b)) continue;
    firmOver(ctx, out, a, b, TRADE_NOUN_BEFORE_ROW.id);
  }
}

// --- organisation.firm-frame ----------------------------------------------------------------------

const FRAMES = FIRM_FRAME_ROW.value.frames.map((f) => f.split(' '));
const SHOWS = lowerSetOf(FIRM_FRAME_ROW.value.shows);
const FRAME_LAST_WORDS: ReadonlySet<string> = new Set(FRAMES.map((f) => f[f.length - 1]));
/** The most capitalised words a firm's name takes after a frame. */
const FRAME_NAME_WORDS = 2;

/**
 * The first of FRAMES whose words end right before token `i`, or undefined. A loop, not
 * FRAMES.find(f => f.every(…)): the two closures made per candidate token were 1.6 MB of the
 * bench's 46 MB (tidy45).
 */
function frameBefore(ctx: Ctx, i: number): readonly string[] | undefined {
  for (let x = 0; x < FRAMES.length; x++) {
    const f = FRAMES[x];
    let k = 0;
    for (; k < f.length; k++) {
      const at = i - f.length + k;
      if (lower(ctx, at) !== f[k]) break;
      // "Traders at Vitol said": only the frame's first word may be capitalised, opening its sentence.
      if (isCapWord(ctx, at) && !(k === 0 && opensSentence(ctx, at))) break;
    }
    if (k === f.length) return f;
  }
  return undefined;
}

/** organisation.firm-frame: see the row. */
function firmFrames(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  // From the tokens after a frame's last word, not every token.
  const lasts = tokensOf(ctx, formMarks(ctx, FRAME_LAST_WORDS));
  for (let k = 0; k < lasts.length; k++) {
    const i = lasts[k] + 1;
    if (i < 2 || i >= t.count || !opensFirm(ctx, i)) continue;
    const frame = frameBefore(ctx, i);
    if (!frame) continue;
    let b = i;
    while (b < t.count && b - i < FRAME_NAME_WORDS && isCapWord(ctx, b) && onLine(ctx, b)) b++;
    if (isCapWord(ctx, b) && onLine(ctx, b)) continue;
    if (frame[0] === 'data' && !(b < t.count && SHOWS.has(lower(ctx, b)))) continue;
    // "a unit of Warren Buffett's Berkshire Hathaway": the owner of a possessive is no firm here.
    if (b < t.count && t.kind[b] === Kind.Poss) continue;
    // "a unit of Marines": one word of the language is a kind of people, not a firm (fold-rules-14's test).
    if (b === i + 1 && isPlainWord(ctx, i)) continue;
    firmOver(ctx, out, i, b, FIRM_FRAME_ROW.id);
  }
}

// --- organisation.body-tail-word ------------------------------------------------------------------

const TAILS = lowerSetOf(BODY_TAIL_WORD_ROW.value.tails);
const HYPHEN_TAILS = lowerSetOf(BODY_TAIL_WORD_ROW.value.hyphenTails);
/** The most words, tail included, of a body's name read back from its tail. */
const BODY_WORDS = 4;

/** A title ("Dr.", "Professor") or a given name among tokens [a, b). */
function personWordIn(ctx: Ctx, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const w = lower(ctx, k).replace(/\.$/, '');
    if (FIRST_NAME_SET.has(w) || TITLES.has(w)) return true;
  }
  return false;
}

/** organisation.body-tail-word: see the row. */
function bodyTailWords(ctx: Ctx, out: Names): void {
  const hyphened = hyphenTailMarks(ctx, HYPHEN_TAILS);
  // From the tails' tokens, not every token.
  const tails = formMarks(ctx, TAILS);
  for (let f = 0; f < tails.length; f++) tails[f] |= hyphened[f];
  const hits = tokensOf(ctx, tails);
  for (let k = 0; k < hits.length; k++) {
    const i = hits[k];
    if (i < 1) continue;
    if (!isCapWord(ctx, i) || !(TAILS.has(lower(ctx, i)) || hyphened[ctx.form[i]])) continue;
    // The tail must end the capitalised run ("Lab Services" is another name).
    if (isCapWord(ctx, i + 1) && onLine(ctx, i + 1)) continue;
    let a = i;
    while (a > 0 && i - a + 1 < BODY_WORDS && onLine(ctx, a) && isCapWord(ctx, a - 1)) a--;
    if (a === i && !hyphened[ctx.form[i]]) continue;
    // "The Las Vegas Review-Journal" opening a sentence: the article is no part of the name.
    if (a < i && ARTICLES.has(lower(ctx, a))) a++;
    // "Rival Samsung Electronics" opening a sentence: a common word the model left out of the firm
    // it read right after is no part of it (fold rows 29, ents57c).
    if (a + 1 < i && opensWithCommonWord(ctx, a) && !out.at(a) && out.at(a + 1)?.a === a + 1) a++;
    if (afterIndefinite(ctx, a)) continue;
    if (a === i && !hyphened[ctx.form[i]]) continue;
    if (FIRST_NAME_SET.has(lower(ctx, a)) || isWeekdayOrMonth(ctx, a)) continue;
    // "Dr. Maria Chen Lab": a title or a given name inside is a person's lab, named by the person (review, stop 51).
    if (personWordIn(ctx, a, i)) continue;
    const within = weakWithin(out, a, i + 1, false);
    if (!within) continue;
    putOverWithin(out, a, i + 1, ORG, BODY_TAIL_WORD_ROW.id, within);
  }
}

// --- place.building-tail --------------------------------------------------------------------------

const BUILDINGS = lowerSetOf(BUILDING_TAIL_ROW.value.tails);
const NUMBERED = lowerSetOf(BUILDING_TAIL_ROW.value.numbered);
const BUILDING_TAIL_WORDS: ReadonlySet<string> = new Set([...BUILDINGS, ...NUMBERED]);
/** The most words, tail included, of a building's or a site's name read back from its tail. */
const BUILDING_WORDS = 4;

/** place.building-tail: see the row. */
function buildingTails(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  // From the tails' tokens, not every token.
  const hits = tokensOf(ctx, formMarks(ctx, BUILDING_TAIL_WORDS));
  for (let k = 0; k < hits.length; k++) {
    const i = hits[k];
    if (i < 1 || !isCapWord(ctx, i)) continue;
    const w = lower(ctx, i);
    let b: number;
    if (BUILDINGS.has(w)) {
      if (isCapWord(ctx, i + 1) && onLine(ctx, i + 1)) continue;
      b = i + 1;
    } else if (NUMBERED.has(w)) {
      const n = i + 1;
      if (n >= t.count || !onLine(ctx, n) || !/^\d+[A-Z]?$/.test(ctx.text.slice(t.start[n], t.end[n]))) continue;
      b = n + 1;
    } else continue;
    let a = i;
    while (a > 0 && i - a + 1 < BUILDING_WORDS && onLine(ctx, a) && isCapWord(ctx, a - 1)) a--;
    if (a < i && ARTICLES.has(lower(ctx, a))) a++;
    if (a === i || FIRST_NAME_SET.has(lower(ctx, a)) || afterIndefinite(ctx, a)) continue;
    const within = weakWithin(out, a, b, false);
    if (!within) continue;
    putOverWithin(out, a, b, PLACE, BUILDING_TAIL_ROW.id, within);
  }
}

// --- organisation.full-name-opening ---------------------------------------------------------------

const LOCATIVES = lowerSetOf(FULL_NAME_OPENING_ROW.value.locatives);
/** "Shares in Samsung": words before "in" that make what follows a firm. */
const SHARES = lowerSetOf(FULL_NAME_OPENING_ROW.value.holdings);

/** organisation.full-name-opening: see the row. */
function fullNameOpenings(ctx: Ctx, out: Names): void {
  const names: readonly LiveSpan[] = out.alive();
  const openings = new Set<string>();
  for (const n of names) if (n.type === ORG && n.b - n.a > 1 && isCapWord(ctx, n.a)) openings.add(lower(ctx, n.a));
  if (!openings.size) return;
  // A word the article writes after "in", "at", "near" … anywhere is a place there: "Hull City … in
  // Hull", "Petra Development Trust … tombs at Petra" (batches 24 and 45 held it).
  // From the locatives' tokens, not every token (0.7 % of a warm analysis, tidy43).
  const locatives = new Set<string>();
  const ins = tokensOf(ctx, formMarks(ctx, LOCATIVES));
  for (let x = 0; x < ins.length; x++) {
    const i = ins[x] + 1;
    if (isCapWord(ctx, i) && !isCapWord(ctx, i - 1) && !SHARES.has(lower(ctx, i - 2))) locatives.add(lower(ctx, i));
  }
  // So is one a rule, or the model surely, read as a place alone somewhere ("the council of Gällivare, the
  // Arctic municipality" beside "the Gällivare Party").
  for (const n of names)
    if (n.type === PLACE && n.b - n.a === 1 && (n.rule || n.probs[1] >= FULL_NAME_OPENING_ROW.value.weak))
      locatives.add(lower(ctx, n.a));
  for (const n of names) {
    if (n.dead || n.rule || n.type !== PLACE || n.b - n.a !== 1 || n.probs[1] >= FULL_NAME_OPENING_ROW.value.weak)
      continue;
    if (!openings.has(lower(ctx, n.a)) || placeLookup(ctx, spanText(ctx, n.a, n.b))) continue;
    if (locatives.has(lower(ctx, n.a))) continue;
    retype(out, n, ORG, FULL_NAME_OPENING_ROW.id);
  }
}
