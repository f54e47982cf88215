/**
 * Rules from the blind entity batches 101 and 102 (6 Dec 2026, helper ents45a, issue #9; rows in
 * lexicon/blind-news-34.ts). applyNameRules calls `applyBlindNewsRows34` after the rows of batches
 * 98 and 99, so these read the names every earlier rule decided. Each starts from its trigger
 * words' tokens (tokensOf), not from every token or name.
 * - organisation.trade-head-firm: "[Aegean Star Ferries]", "[Lakeshore Research]".
 * - organisation.hm-body: "[HM Revenue and Customs]", "[HM Inspectorate of Probation]"; "[HMP
 *   Belmarsh]" a place.
 * - organisation.judicial-district: "the [U.S. Attorney's Office for the Middle District of Florida]".
 */
import { TITLE_CASE_HEADLINE, lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import { HM_BODY_ROW, JUDICIAL_DISTRICT_ROW, TRADE_HEAD_FIRM_ROW } from '../lexicon/blind-news-34';
import { COMPOUND_MODIFIER_ROW } from '../lexicon/fold-patterns-16';
import { lowerSetOf, setOf } from '../lexicon/rule-row';
import { COMMON_WORDS, TITLES } from '../lexicon/words';
import {
  ORG,
  PERSON,
  PLACE,
  capitalisedOnLine,
  capitalisedRun,
  isCapWord,
  isLowerWord,
  onLine,
  capitalisedRunBefore,
  exactFormMarks,
  hyphenTailMarks,
  isWeekdayOrMonth,
  isWordInLowercase,
  modelReadWithin,
  namesWithin,
  putOverWithin,
  type NamedSpan,
  type Names,
} from './named-spans';

export function applyBlindNewsRows34(ctx: Ctx, out: Names): void {
  tradeHeadFirms(ctx, out);
  hmBodies(ctx, out);
  judicialDistricts(ctx, out);
}

/** The model's reading of a person or a place at or above which these rows leave it. */
const UNSURE = 0.9;

// --- organisation.trade-head-firm -----------------------------------------------------------------

const TRADE_HEADS = setOf(TRADE_HEAD_FIRM_ROW.value.heads);
const RUN_SKIP = lowerSetOf(TRADE_HEAD_FIRM_ROW.value.skip);
const PLACE_PARTICIPLES: ReadonlySet<string> = new Set(COMPOUND_MODIFIER_ROW.value);
const FIELD_WORDS = lowerSetOf(TRADE_HEAD_FIRM_ROW.value.fields);
const STUDY_WORDS = lowerSetOf(TRADE_HEAD_FIRM_ROW.value.studies);
/** Most capitalised words before the trade word. */
const FIRM_WORDS = 4;

/** Words [a, h) are common words or field words: "Clinical Research", "Big Data Analytics" name a field. */
function fieldOfStudy(ctx: Ctx, a: number, h: number): boolean {
  for (let k = a; k < h; k++) if (!COMMON_WORDS.has(lower(ctx, k)) && !FIELD_WORDS.has(lower(ctx, k))) return false;
  return true;
}

/** "Director of [a …]", "degrees in [a …]": a title or a word of study and "of"/"in" before token `a`. */
function afterStudyWord(ctx: Ctx, a: number): boolean {
  if (a < 2 || !(isWordInLowercase(ctx, a - 1, 'of') || isWordInLowercase(ctx, a - 1, 'in'))) return false;
  return STUDY_WORDS.has(lower(ctx, a - 2)) || TITLES.has(lower(ctx, a - 2));
}

const UNREAD_HEADS: ReadonlySet<string> = new Set(TRADE_HEAD_FIRM_ROW.value.unreadHeads);
const FOUNDER_JOINS = lowerSetOf(TRADE_HEAD_FIRM_ROW.value.founderJoins);
/**
 * The start of a firm named after two founders before its trade word at `h` ("[Tate] and Lyle
 * Sugars"), when the run from `a` is one word after "and" and the word before "and" is unread or the
 * model's unsure non-organisation, no place the map knows, with no capital before it; `a` otherwise.
 */
function founderBefore(ctx: Ctx, out: Names, a: number, h: number): number {
  const j = a - 1;
  if (h - a !== 1 || j < 1 || !isLowerWord(ctx, j) || !FOUNDER_JOINS.has(lower(ctx, j))) return a;
  const f = j - 1;
  if (!capitalisedOnLine(ctx, f) || !onLine(ctx, j) || isCapWord(ctx, f - 1)) return a;
  const n = out.at(f);
  if (n && (n.rule || n.type === ORG || n.a !== f || n.b !== f + 1 || n.probs[n.type] >= UNSURE)) return a;
  return placeLookup(ctx, spanText(ctx, f, f + 1)) ? a : f;
}

/** organisation.trade-head-firm: see the row. Only the capitalised trade words are read. */
function tradeHeadFirms(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, TRADE_HEADS));
  if (!hits.length) return;
  const modifiers = hyphenTailMarks(ctx, PLACE_PARTICIPLES);
  for (let x = 0; x < hits.length; x++) {
    const h = hits[x];
    // The name goes on past the trade word ("Cancer Research UK"), or a title-case headline.
    if (capitalisedOnLine(ctx, h + 1) || ctx.headline[ctx.s.of[h]] === TITLE_CASE_HEADLINE) continue;
    let a = capitalisedRunBefore(ctx, h, FIRM_WORDS);
    // "Railways Canadian National Railway and …": a plural trade word opening the sentence says what follows.
    // "Lagos-based Zenfield Consulting": a hyphenated place modifier is no part of the name.
    while (a < h && (RUN_SKIP.has(lower(ctx, a)) || TRADE_HEADS.has(ctx.forms[ctx.form[a]]) || modifiers[ctx.form[a]]))
      a++;
    if (a === h || fieldOfStudy(ctx, a, h) || afterStudyWord(ctx, a)) continue;
    // "Atlantic Shipping and Trading": the name may go on past "and"; left to the model.
    if (isWordInLowercase(ctx, h + 1, 'and') && capitalisedOnLine(ctx, h + 2) && COMMON_WORDS.has(lower(ctx, h + 2)))
      continue;
    let dated = false;
    for (let i = a; i < h && !dated; i++) dated = isWeekdayOrMonth(ctx, i);
    if (dated) continue;
    const founders = founderBefore(ctx, out, a, h);
    // Unread words only before a transport word (the row's unreadHeads). Two founders before a trade
    // word take the model's reading of any confidence: no person is named "Lyle Sugars".
    const within = founders < a ? modelReadWithin(out, founders, h + 1, 1.01) : modelReadWithin(out, a, h + 1, UNSURE);
    a = founders;
    if (within && (within.length || UNREAD_HEADS.has(ctx.forms[ctx.form[h]])))
      putOverWithin(out, a, h + 1, ORG, TRADE_HEAD_FIRM_ROW.id, within);
  }
}

// --- organisation.hm-body -------------------------------------------------------------------------

const HM_BODIES = setOf(HM_BODY_ROW.value.bodies);
const HM_PRISONS = setOf(HM_BODY_ROW.value.prisons);
const HM_ROYALS = setOf(HM_BODY_ROW.value.royals);
/** Most capitalised words in one stretch of a body's name, and in a prison's name. */
const BODY_WORDS = 4;
const PRISON_WORDS = 2;
/** Most stretches joined by "of", "and" or "&" in one body's name. */
const STRETCHES = 3;

/** Whether token `j` joins two stretches of a body's name ("of", "and", "&") with a capital after it. */
const joinsStretches = (ctx: Ctx, j: number) =>
  (isWordInLowercase(ctx, j, 'of') || isWordInLowercase(ctx, j, 'and') || spanText(ctx, j, j + 1) === '&') &&
  capitalisedOnLine(ctx, j + 1);

/**
 * The names over [a, b) (namesWithin's answer) when each is an organisation, or a person or place the
 * model alone read below UNSURE: a rule's organisation is a part of the body ("[HM Inspectorate] of
 * Probation"), a rule's person or place is left.
 */
function bodyPartsWithin(out: Names, a: number, b: number): NamedSpan[] | undefined {
  const within = namesWithin(out, a, b);
  if (!within) return undefined;
  for (const n of within)
    if (n.type !== ORG && (n.rule || Math.max(n.probs[PERSON], n.probs[PLACE]) >= UNSURE)) return undefined;
  return within;
}

/** organisation.hm-body: see the row. Only "HM", "HMP" and "HMYOI" are read. */
function hmBodies(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, new Set([...HM_BODIES, ...HM_PRISONS])));
  for (let x = 0; x < hits.length; x++) {
    const h = hits[x];
    // "HM King Charles": a sovereign's style; "since HMP Monday" is no name either.
    if (!capitalisedOnLine(ctx, h + 1) || HM_ROYALS.has(ctx.forms[ctx.form[h + 1]]) || isWeekdayOrMonth(ctx, h + 1))
      continue;
    const prison = HM_PRISONS.has(ctx.forms[ctx.form[h]]);
    let b = capitalisedRun(ctx, h + 1, prison ? PRISON_WORDS : BODY_WORDS);
    if (!prison)
      for (let k = 1; k < STRETCHES && joinsStretches(ctx, b); k++) b = capitalisedRun(ctx, b + 1, BODY_WORDS);
    const within = bodyPartsWithin(out, h, b);
    if (within) putOverWithin(out, h, b, prison ? PLACE : ORG, HM_BODY_ROW.id, within);
  }
}

// --- organisation.judicial-district ---------------------------------------------------------------

const DISTRICT_HEADS = lowerSetOf(JUDICIAL_DISTRICT_ROW.value.heads);
const COMPASS = setOf(JUDICIAL_DISTRICT_ROW.value.compass);
const DISTRICT: ReadonlySet<string> = new Set(['District']);
/** Most capitalised words of the state after "District of". */
const STATE_WORDS = 3;

/** organisation.judicial-district: see the row. Only "District" is read. */
function judicialDistricts(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, DISTRICT));
  for (let x = 0; x < hits.length; x++) {
    const d = hits[x];
    const w = d - 1;
    if (w < 4 || !COMPASS.has(ctx.forms[ctx.form[w]]) || !isWordInLowercase(ctx, d + 1, 'of')) continue;
    if (!isWordInLowercase(ctx, w - 1, 'the') || !isWordInLowercase(ctx, w - 2, 'for')) continue;
    // The body may already run on to "District" ("[Court for the Eastern District] of [Texas]").
    const ran = out.at(d);
    const body = ran && ran.type === ORG && ran.b === d + 1 && ran.a < w - 2 ? ran : out.at(w - 3);
    if (!body || body.type !== ORG || !DISTRICT_HEADS.has(lower(ctx, (body === ran ? w - 2 : body.b) - 1))) continue;
    if (body !== ran && body.b !== w - 2) continue;
    const district = body === ran ? out.at(d + 2) : out.at(w);
    let e: number;
    if (body === ran) {
      if (district && (district.a !== d + 2 || district.type === PERSON)) continue;
      e = district ? district.b : capitalisedRun(ctx, d + 2, STATE_WORDS);
    } else if (district) {
      if (district.a !== w || district.type === PERSON) continue;
      e = district.b;
    } else {
      e = capitalisedRun(ctx, d + 2, STATE_WORDS);
      if (e === d + 2 || out.at(d + 2)) continue;
    }
    if (e <= d + 2) continue;
    const within = namesWithin(out, body.a, e);
    if (within) putOverWithin(out, body.a, e, ORG, JUDICIAL_DISTRICT_ROW.id, within);
  }
}
