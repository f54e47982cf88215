/**
 * Rules from the blind entity batches 104 and 105 (6 Dec 2026, helper ents46a, issue #9; rows in
 * lexicon/blind-news-35.ts). applyNameRules calls `applyBlindNewsRows35` after the rows of batches
 * 101 and 102, so these read the names every earlier rule decided. Each starts from its trigger
 * words' tokens (tokensOf), not from every token or name.
 * - organisation.nhs-trust: "[Cambridge University Hospitals NHS Foundation Trust]".
 * - place.its-unread-site: "its [Huntly] power station".
 * - organisation.court-chamber: "the [Grand Chamber]", "the [First Petty Bench]".
 */
import { lower, tokensOf, type Ctx } from '../context';
import { COURT_CHAMBER_ROW, ITS_UNREAD_SITE_ROW, NHS_TRUST_ROW } from '../lexicon/blind-news-35';
import { lowerSetOf, setOf } from '../lexicon/rule-row';
import { COMMON_WORDS } from '../lexicon/words';
import { Flag } from '../tokenize/tokenize';
import {
  ORG,
  PERSON,
  PLACE,
  capitalisedOnLine,
  capitalisedRun,
  capitalisedRunBefore,
  exactFormMarks,
  formMarks,
  isLowerWord,
  isWeekdayOrMonth,
  isWordInLowercase,
  modelReadWithin,
  namesWithin,
  onLine,
  putOverWithin,
  type Names,
} from './named-spans';

export function applyBlindNewsRows35(ctx: Ctx, out: Names): void {
  nhsTrusts(ctx, out);
  itsUnreadSites(ctx, out);
  courtChambers(ctx, out);
}

/** The model's reading of a person or a place at or above which these rows leave it. */
const UNSURE = 0.9;

// --- organisation.nhs-trust -----------------------------------------------------------------------

const NHS = setOf(NHS_TRUST_ROW.value.marks);
const TRUST_HEADS = setOf(NHS_TRUST_ROW.value.heads);
const TRUST_SKIP = lowerSetOf(NHS_TRUST_ROW.value.skip);
/** Most capitalised words before "NHS", and from "NHS" to "Trust". */
const PLACE_WORDS = 5;
const TRUST_WORDS = 3;
/** Most capitalised words of each name joined before the trust's words. */
const JOINED_WORDS = 3;

/** organisation.nhs-trust: see the row. Only "NHS" is read. */
function nhsTrusts(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, NHS));
  for (let x = 0; x < hits.length; x++) {
    const h = hits[x];
    const b = capitalisedRun(ctx, h + 1, TRUST_WORDS);
    if (b === h + 1 || !TRUST_HEADS.has(ctx.forms[ctx.form[b - 1]]) || capitalisedOnLine(ctx, b)) continue;
    if (!onLine(ctx, h)) continue;
    let a = capitalisedRunBefore(ctx, h, PLACE_WORDS);
    while (a < h && TRUST_SKIP.has(lower(ctx, a))) a++;
    if (a === h) continue;
    const s = joinedBefore(ctx, a);
    if (s < a) {
      // The words before "and" may be read as a person only where the trust is named after a
      // hospital of three words or more ("[Robert Jones] and Agnes Hunt Orthopaedic Hospital").
      const hospital = h - a >= 3 && HOSPITAL_HEADS.has(lower(ctx, h - 1));
      const joined = namesWithin(out, s, a);
      if (
        joined &&
        joined.every(
          (n) => !n.rule && (n.type === PERSON ? hospital || n.probs[PERSON] < UNSURE : n.probs[PLACE] < UNSURE),
        )
      ) {
        const within = modelReadWithin(out, a, b, UNSURE);
        if (within) putOverWithin(out, s, b, ORG, NHS_TRUST_ROW.id, [...joined, ...within]);
        if (within) continue;
      }
    }
    const within = modelReadWithin(out, a, b, UNSURE);
    if (within) putOverWithin(out, a, b, ORG, NHS_TRUST_ROW.id, within);
  }
}

const HOSPITAL_HEADS = lowerSetOf(NHS_TRUST_ROW.value.hospitals);

/**
 * The start of names joined to the trust's words at `a` by "and", and by commas before it
 * ("[Shrewsbury] and Telford Hospital", "[Barking], [Havering] and Redbridge University
 * Hospitals"): one to three capitalised words on the line each; `a` when there are none (ents64a).
 */
function joinedBefore(ctx: Ctx, a: number): number {
  if (a < 2 || lower(ctx, a - 1) !== 'and' || !isLowerWord(ctx, a - 1) || !onLine(ctx, a - 1)) return a;
  let s = capitalisedRunBefore(ctx, a - 1, JOINED_WORDS);
  if (s === a - 1) return a;
  while (s > 1 && ctx.text[ctx.t.start[s - 1]] === ',' && onLine(ctx, s - 1)) {
    const r = capitalisedRunBefore(ctx, s - 1, JOINED_WORDS);
    if (r === s - 1) break;
    s = r;
  }
  while (s < a - 1 && TRUST_SKIP.has(lower(ctx, s))) s++;
  return s === a - 1 ? a : s;
}

// --- place.its-unread-site ------------------------------------------------------------------------

const OWNERS = lowerSetOf(ITS_UNREAD_SITE_ROW.value.owners);
const SITE_KINDS = lowerSetOf(ITS_UNREAD_SITE_ROW.value.kinds);
const SITES = lowerSetOf(ITS_UNREAD_SITE_ROW.value.sites);
/** Most capitalised words of the site's name, and most lowercase kind words after it. */
const SITE_NAME_WORDS = 3;
const KIND_WORDS = 2;

/** Words [a, b) are capitalised words no name holds, none a common word, a weekday or a month. */
function unreadProperWords(ctx: Ctx, out: Names, a: number, b: number): boolean {
  for (let i = a; i < b; i++)
    if (out.at(i) || COMMON_WORDS.has(lower(ctx, i)) || isWeekdayOrMonth(ctx, i) || ctx.t.flags[i] & Flag.AllCaps)
      return false;
  return true;
}

/** place.its-unread-site: see the row. Only "its" and "their" are read. */
function itsUnreadSites(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, OWNERS));
  for (let x = 0; x < hits.length; x++) {
    const p = hits[x];
    if (!isLowerWord(ctx, p) || !capitalisedOnLine(ctx, p + 1)) continue;
    const e = capitalisedRun(ctx, p + 1, SITE_NAME_WORDS);
    if (capitalisedOnLine(ctx, e) || !unreadProperWords(ctx, out, p + 1, e)) continue;
    let k = e;
    while (k - e < KIND_WORDS && isLowerWord(ctx, k) && SITE_KINDS.has(lower(ctx, k))) k++;
    if (!isLowerWord(ctx, k) || !SITES.has(lower(ctx, k))) continue;
    out.put(p + 1, e, PLACE, ITS_UNREAD_SITE_ROW.id);
  }
}

// --- organisation.court-chamber -------------------------------------------------------------------

const CHAMBER_HEADS = setOf(COURT_CHAMBER_ROW.value.heads);
const QUALIFIERS = setOf(COURT_CHAMBER_ROW.value.qualifiers);
const ROMAN = /^[IVX]{1,4}$/;
/** Most qualifiers before the head. */
const QUALIFIER_WORDS = 3;

/** organisation.court-chamber: see the row. Only "Chamber" and "Bench" are read. */
function courtChambers(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, CHAMBER_HEADS));
  for (let x = 0; x < hits.length; x++) {
    const h = hits[x];
    let a = capitalisedRunBefore(ctx, h, QUALIFIER_WORDS);
    while (a < h && !QUALIFIERS.has(ctx.forms[ctx.form[a]])) a++;
    if (a === h) continue;
    let q = a;
    while (q < h && QUALIFIERS.has(ctx.forms[ctx.form[q]])) q++;
    if (q !== h) continue;
    let b = h + 1;
    if (capitalisedOnLine(ctx, b) && ROMAN.test(ctx.forms[ctx.form[b]])) b++;
    if (capitalisedOnLine(ctx, b) || isWordInLowercase(ctx, b, 'of')) continue;
    const within = modelReadWithin(out, a, b, UNSURE);
    if (within) putOverWithin(out, a, b, ORG, COURT_CHAMBER_ROW.id, within);
  }
}
