/**
 * Rules for the weak patterns of issue #9, fifteenth round (helper ents46b; rows in
 * lexicon/news-leftovers-22.ts). applyNameRules calls `applyLeftoverRows22` after the leftover-21
 * rows, so these read the names every earlier rule decided. Each row starts from its trigger
 * words' tokens, never from every token.
 * - organisation.office-contraction: "Ofgem fined", "Ofsted rated" name regulators.
 * - organisation.economics-firm: "Capital Economics", "Pantheon Macroeconomics" are firms.
 * - organisation.body-of-body-possessive: "the WTO's Appellate Body".
 * - sport.put-side-ahead: "Kyogo Furuhashi put Celtic ahead".
 */
import { isDemonym, lower, placeLookup, tokensOf, word, type Ctx } from '../context';
import {
  BODY_AFTER_POSSESSIVE_ROW,
  ECONOMICS_FIRM_ROW,
  OFFICE_CONTRACTION_ROW,
  PUT_SIDE_AHEAD_ROW,
} from '../lexicon/news-leftovers-22';
import { COMMON_WORDS, FUNCTION_WORDS } from '../lexicon/words';
import { Kind } from '../tokenize/tokenize';
import { givenName, languageWord } from './blind-rules-14';
import {
  ORG,
  capitalisedOnLine,
  capitalisedRun,
  capitalsBefore,
  exactFormMarks,
  formMarks,
  kindFormMarks,
  namesWithin,
  onLine,
  patternFormMarks,
  putOverWithin,
  sentenceHas,
  type Names,
} from './named-spans';

export function applyLeftoverRows22(ctx: Ctx, out: Names): void {
  officeContractions(ctx, out);
  economicsFirms(ctx, out);
  bodiesAfterPossessive(ctx, out);
  sidesPutAhead(ctx, out);
}

// --- organisation.office-contraction ------------------------------------------------------------

/** organisation.office-contraction: see the row. */
function officeContractions(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, patternFormMarks(ctx, OFFICE_CONTRACTION_ROW.value.shape));
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    if (languageWord(ctx, i) || givenName(ctx, i) || placeLookup(ctx, word(ctx, i))) continue;
    const n = out.at(i);
    // A longer name holds it, a rule decided it, or it is already a body.
    if (n && (n.a !== i || n.b !== i + 1 || n.rule || n.type === ORG)) continue;
    out.put(i, i + 1, ORG, OFFICE_CONTRACTION_ROW.id, undefined, n);
  }
}

// --- organisation.economics-firm ---------------------------------------------------------------

const ECONOMICS_HEADS: ReadonlySet<string> = new Set(ECONOMICS_FIRM_ROW.value.heads);
/**
 * An adjective that names a school of the field ("New Institutional Economics", "Behavioural
 * Economics", "Keynesian Economics"): no word of a firm's own name unless the model read one there.
 */
const SCHOOL_ADJECTIVE = /(?:al|ic|ian|ist|ary|ive)$/;
/** Most capitalised words of the firm's own name before the field. */
const FIRM_WORDS = 2;

/** organisation.economics-firm: see the row. */
function economicsFirms(ctx: Ctx, out: Names): void {
  const heads = tokensOf(ctx, exactFormMarks(ctx, ECONOMICS_HEADS));
  for (let x = 0; x < heads.length; x++) {
    const h = heads[x];
    if (!onLine(ctx, h) || capitalisedOnLine(ctx, h + 1)) continue;
    const a = capitalsBefore(ctx, h, FIRM_WORDS);
    if (a < 0) continue;
    let ok = true;
    let named = false;
    for (let i = a; i < h && ok; i++) {
      const w = lower(ctx, i);
      ok = !FUNCTION_WORDS.has(w) && !isDemonym(ctx, word(ctx, i));
      if (!COMMON_WORDS.has(w) && !SCHOOL_ADJECTIVE.test(w)) named = true;
    }
    if (!ok) continue;
    const within = namesWithin(out, a, h + 1);
    if (!within || (!named && within.length === 0)) continue;
    if (within.some((n) => n.rule)) continue;
    putOverWithin(out, a, h + 1, ORG, ECONOMICS_FIRM_ROW.id, within);
  }
}

// --- organisation.body-of-body-possessive --------------------------------------------------------

const BODY_HEADS: ReadonlySet<string> = new Set(BODY_AFTER_POSSESSIVE_ROW.value.heads);
const TIERS: ReadonlySet<string> = new Set(BODY_AFTER_POSSESSIVE_ROW.value.tiers);
/** Most capitalised words of the body's own name after the possessive. */
const BODY_WORDS = 3;

/** organisation.body-of-body-possessive: see the row. */
function bodiesAfterPossessive(ctx: Ctx, out: Names): void {
  const marks = tokensOf(ctx, kindFormMarks(ctx, Kind.Poss));
  for (let x = 0; x < marks.length; x++) {
    const k = marks[x];
    const owner = out.at(k - 1);
    if (!owner || owner.b !== k || owner.type !== ORG || !onLine(ctx, k + 1)) continue;
    const a = k + 1;
    const b = capitalisedRun(ctx, a, BODY_WORDS + 1);
    if (b === a || b - a > BODY_WORDS || !BODY_HEADS.has(word(ctx, b - 1)) || TIERS.has(word(ctx, a))) continue;
    let unread = true;
    for (let i = a; i < b && unread; i++) unread = !out.at(i);
    if (!unread) continue;
    out.put(a, b, ORG, BODY_AFTER_POSSESSIVE_ROW.id);
  }
}

// --- sport.put-side-ahead --------------------------------------------------------------------------

const PUTS: ReadonlySet<string> = new Set(PUT_SIDE_AHEAD_ROW.value.puts);
const LEADS: ReadonlySet<string> = new Set(PUT_SIDE_AHEAD_ROW.value.places);
/** Words of a race or a count before which "ahead" puts a candidate, not a side. */
const POLL_WORDS: ReadonlySet<string> = new Set(PUT_SIDE_AHEAD_ROW.value.races);
/** Words after "ahead" that place a candidate in a race ("ahead in Michigan", "ahead of Gantz"). */
const AFTER_RACE: ReadonlySet<string> = new Set(['in', 'of']);
/** Most capitalised words of the side's name. */
const SIDE_WORDS = 3;

/** sport.put-side-ahead: see the row. */
function sidesPutAhead(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, LEADS));
  const polls = formMarks(ctx, POLL_WORDS);
  for (let x = 0; x < hits.length; x++) {
    const e = hits[x];
    const a = capitalsBefore(ctx, e, SIDE_WORDS);
    if (a < 1 || !onLine(ctx, e) || !PUTS.has(word(ctx, a - 1))) continue;
    // "A new poll put Biden ahead in Michigan", "put Netanyahu ahead of Gantz": a race or a poll
    // puts a candidate ahead (review, stop 56).
    if (AFTER_RACE.has(lower(ctx, e + 1)) || sentenceHas(ctx, e, polls)) continue;
    let free = true;
    for (let i = a; i < e && free; i++) free = !out.at(i) && !givenName(ctx, i);
    if (free) out.put(a, e, ORG, PUT_SIDE_AHEAD_ROW.id);
  }
}
