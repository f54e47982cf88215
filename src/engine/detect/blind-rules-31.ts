/**
 * Rules from the blind entity batches 92 and 93 (6 Dec 2026, helper ents42a, issue #9; rows in
 * lexicon/blind-news-31.ts). applyNameRules calls `applyBlindNewsRows31` after the rows of batches
 * 89 and 90, so these read the names every earlier rule decided. Each starts from its trigger
 * words' tokens (tokensOf), not from every token or name.
 * - organisation.known-as: "the … Confederation, known as [Rengo]".
 * - organisation.agency-apposition: "[Basarnas], the national search and rescue agency,".
 * - organisation.ministry-fields-and: "the [Ministry of Electronics and Information Technology]".
 * - organisation.and-split: "[Duke University] and [Duke Health]".
 * - organisation.public-schools: "the [Akron Public Schools] board".
 * - person.particle-before-given: "van [Clara van Wessel]".
 * - none.rating-code: "its Baa2 rating" holds no name.
 * - place.one-word-museum: "the [Rijksmuseum]".
 * - organisation.frame-and-firm: "Analysts at HSBC and [Standard Chartered]".
 */
import { lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import {
  AGENCY_APPOSITION_ROW,
  AND_SPLIT_ROW,
  FRAME_AND_FIRM_ROW,
  KNOWN_AS_ROW,
  MINISTRY_FIELDS_ROW,
  ONE_WORD_MUSEUM_ROW,
  PARTICLE_BEFORE_GIVEN_ROW,
  PUBLIC_SCHOOLS_ROW,
  RATING_CODE_ROW,
} from '../lexicon/blind-news-31';
import { lowerSetOf } from '../lexicon/rule-row';
import { ARTICLES, COMMON_WORDS, FIRST_NAME_SET, ORG_TAIL } from '../lexicon/words';
import { Kind } from '../tokenize/tokenize';
import {
  COMMA,
  FIRST_TOKEN,
  FULL_STOP,
  OPEN_PAREN,
  SEMICOLON,
  isWeekdayOrMonth,
  opensWithCommonWord,
  ORG,
  PERSON,
  PLACE,
  aliveByWord,
  formMarks,
  isCapWord,
  isLowerWord,
  isPlainWord,
  isPunctChar,
  isWord,
  namesWithin,
  onLine,
  patternFormMarks,
  putOverWithin,
  sentenceHas,
  modelReadWithin,
  type NamedSpan,
  type Names,
  capitalsBefore,
  capitalsFrom,
} from './named-spans';

export function applyBlindNewsRows31(ctx: Ctx, out: Names): void {
  knownAs(ctx, out);
  agencyAppositions(ctx, out);
  ministryFields(ctx, out);
  directoratesGeneral(ctx, out);
  andSplits(ctx, out);
  publicSchools(ctx, out);
  particlesBeforeGiven(ctx, out);
  ratingCodes(ctx, out);
  oneWordMuseums(ctx, out);
  frameAndFirms(ctx, out);
}

/** The model's surest reading of a person or a place below which these rows may overrule it. */
const WEAK = 0.6;

// --- organisation.known-as ------------------------------------------------------------------------

const HEDGES = lowerSetOf(KNOWN_AS_ROW.value.hedges);

/** organisation.known-as: see the row. */
function knownAs(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, new Set(['known'])));
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    if (isCapWord(ctx, i) || !isWord(ctx, i + 1, 'as')) continue;
    let j = i - 1;
    while (j > 0 && !isCapWord(ctx, j) && HEDGES.has(lower(ctx, j))) j--;
    if (!isPunctChar(ctx, j, COMMA) && !isPunctChar(ctx, j, OPEN_PAREN)) continue;
    const body = out.at(j - 1);
    if (!body || body.type !== ORG || body.b !== j) continue;
    let a = i + 2;
    if (a < ctx.t.count && !isCapWord(ctx, a) && ARTICLES.has(lower(ctx, a))) a++;
    if (!isCapWord(ctx, a) || FIRST_NAME_SET.has(lower(ctx, a))) continue;
    const b = capitalsFrom(ctx, a, 3);
    if (b < 0) continue;
    // "known as the Redmond giant": a place modifying a noun (review, stop 52).
    if (isLowerWord(ctx, b) || placeLookup(ctx, spanText(ctx, a, b))) continue;
    const within = modelReadWithin(out, a, b, WEAK);
    if (within) putOverWithin(out, a, b, ORG, KNOWN_AS_ROW.id, within);
  }
}

// --- organisation.agency-apposition ---------------------------------------------------------------

const AGENCY_HEADS = lowerSetOf(AGENCY_APPOSITION_ROW.value.heads);
const AGENCY_AFTER = lowerSetOf(AGENCY_APPOSITION_ROW.value.after);
const APPOSITION_DETERMINERS = new Set(['the', 'a', 'an', 'its']);
/** The most lowercase modifiers between the determiner and the head. */
const AGENCY_MODIFIERS = 6;

/** organisation.agency-apposition: see the row. */
function agencyAppositions(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const hits = tokensOf(ctx, formMarks(ctx, AGENCY_HEADS));
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    if (isCapWord(ctx, i) || t.kind[i] !== Kind.Word) continue;
    // The head closes the apposition: a comma, a full stop or a relative word after it ("the agency's" is no apposition).
    const nx = i + 1;
    const closes =
      nx >= t.count ||
      isPunctChar(ctx, nx, COMMA) ||
      isPunctChar(ctx, nx, FULL_STOP) ||
      isPunctChar(ctx, nx, SEMICOLON) ||
      (t.kind[nx] === Kind.Word && AGENCY_AFTER.has(lower(ctx, nx)));
    if (!closes) continue;
    let j = i - 1;
    while (
      j > 0 &&
      i - 1 - j < AGENCY_MODIFIERS &&
      t.kind[j] === Kind.Word &&
      !isCapWord(ctx, j) &&
      !APPOSITION_DETERMINERS.has(lower(ctx, j)) &&
      lower(ctx, j) !== 'of'
    )
      j--;
    if (isCapWord(ctx, j) || !APPOSITION_DETERMINERS.has(lower(ctx, j)) || !isPunctChar(ctx, j - 1, COMMA)) continue;
    const b = j - 1;
    const a = capitalsBefore(ctx, b, 3);
    if (a < 0 || FIRST_NAME_SET.has(lower(ctx, a)) || placeLookup(ctx, spanText(ctx, a, b))) continue;
    // "Still, the agency …", "Also on Friday, the regulator …", "In March, the authority …": a word
    // of the language opening the sentence, or a time, is no name (review, stop 52).
    if (hasTimeOrOpener(ctx, a, b)) continue;
    const within = modelReadWithin(out, a, b, WEAK);
    if (within) putOverWithin(out, a, b, ORG, AGENCY_APPOSITION_ROW.id, within);
  }
}

// --- organisation.ministry-fields-and -------------------------------------------------------------

const MINISTRY_HEADS = lowerSetOf(MINISTRY_FIELDS_ROW.value.heads);
const OWN_BODIES = lowerSetOf(MINISTRY_FIELDS_ROW.value.bodies);

/** Endings of nouns for fields of work that the common-word list may lack ("Technology", "Logistics"). */
const FIELD_ENDING = /(?:ogy|ics|tion|sion|ment|ity|ture|ance|ence|ism|ing|ness|ies)$/;

/** A word of the language: common, written lowercase elsewhere in the article, or a field noun's ending. */
export const fieldWord = (ctx: Ctx, i: number) => isPlainWord(ctx, i) || FIELD_ENDING.test(lower(ctx, i));

/** Below this the model's reading of a listed field does not keep it out of the ministry's name. */
const UNSURE_FIELD = 0.6;

/** An adjective of a field of government ("Local", "Rural", "Regional", "Cultural"). */
const FIELD_ADJECTIVE = /al$/;

/**
 * A listed field the model alone read as an organisation, however sure, when its last word is a
 * field noun ("Government": -ment) and each word before it one or an adjective in -al: "the
 * Department of Housing, [Local Government] and Heritage" (ents60a).
 */
function fieldBodyRead(ctx: Ctx, read: NamedSpan[] | undefined, a: number, b: number): boolean {
  if (!read || read.length !== 1 || read[0].rule || read[0].type !== ORG || read[0].a !== a || read[0].b !== b)
    return false;
  if (b - a < 2 || !FIELD_ENDING.test(lower(ctx, b - 1)) || OWN_BODIES.has(lower(ctx, b - 1))) return false;
  for (let i = a; i < b - 1; i++) if (!fieldWord(ctx, i) && !FIELD_ADJECTIVE.test(lower(ctx, i))) return false;
  return true;
}

/** Tokens [a, b) are words of the language, the last closing no body of its own ("World Bank"). */
function plainFields(ctx: Ctx, a: number, b: number): boolean {
  if (OWN_BODIES.has(lower(ctx, b - 1))) return false;
  for (let i = a; i < b; i++) if (ctx.t.kind[i] !== Kind.Word || !fieldWord(ctx, i)) return false;
  return true;
}

/** organisation.ministry-fields-and: "[Ministry of Electronics] and [Information Technology]" is one ministry. */
function ministryFields(ctx: Ctx, out: Names): void {
  const names = aliveByWord(ctx, out, MINISTRY_HEADS, FIRST_TOKEN);
  for (let k = 0; k < names.length; k++) {
    const n = names[k] as NamedSpan & { dead?: boolean };
    if (n.dead || n.type !== ORG || !isCapWord(ctx, n.a) || n.b - n.a < 3 || lower(ctx, n.a + 1) !== 'of') continue;
    // Fields listed with commas before the "and": "Ministry of Agriculture, [Animal Industry] and …" (ents59a).
    let and = n.b;
    while (isPunctChar(ctx, and, COMMA) && isCapWord(ctx, and - 1)) {
      const f = capitalsFrom(ctx, and + 1, 3);
      // A field in the list may be words the text uses nowhere else ("Animal Industry"), when the
      // model read them as no name or as an unsure one.
      if (f < 0 || OWN_BODIES.has(lower(ctx, f - 1))) break;
      const read = namesWithin(out, and + 1, f);
      if (
        !plainFields(ctx, and + 1, f) &&
        !read?.every((r) => !r.rule && r.probs[r.type] < UNSURE_FIELD) &&
        !fieldBodyRead(ctx, read, and + 1, f)
      )
        break;
      and = f;
    }
    if (!isWord(ctx, and, 'and') || !isCapWord(ctx, and - 1)) continue;
    const e = capitalsFrom(ctx, and + 1, 3);
    if (e < 0 || OWN_BODIES.has(lower(ctx, e - 1))) continue;
    // "… Homeland Security and [Immigration] and Customs Enforcement": a second "and" and a capital
    // right after the field make it the first field of another body (ents43b).
    if (isWord(ctx, e, 'and') && isCapWord(ctx, e + 1) && onLine(ctx, e + 1)) continue;
    // After fields listed with commas, a last field no reading touched ("…, Local Government and
    // Heritage"; ents60a) closes the list as a word of the language would.
    const listed = and > n.b;
    if (!plainFields(ctx, and + 1, e) && !(listed && e - and === 2 && !out.at(and + 1))) continue;
    const within = namesWithin(out, n.b, e);
    if (!within || within.some((w) => w.rule)) continue;
    out.put(n.a, e, ORG, MINISTRY_FIELDS_ROW.id, undefined, n);
  }
}

/** The most words after "Directorate General of" in its name ("Civil Aviation", "Land Transport and Safety"). */
const DIRECTORATE_WORDS = 6;

/** organisation.ministry-fields-and: "the [Directorate General of Civil Aviation]". */
function directoratesGeneral(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const hits = tokensOf(ctx, formMarks(ctx, new Set(['directorate', 'directorate-general'])));
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    if (!isCapWord(ctx, i)) continue;
    let of = i + 1;
    if (lower(ctx, i) === 'directorate') {
      if (!(isCapWord(ctx, i + 1) && lower(ctx, i + 1) === 'general' && onLine(ctx, i + 1))) continue;
      of = i + 2;
    }
    if (!isWord(ctx, of, 'of') || isCapWord(ctx, of)) continue;
    let e = of + 1;
    while (e < t.count && e - of <= DIRECTORATE_WORDS && onLine(ctx, e)) {
      if (isCapWord(ctx, e)) e++;
      else if (isWord(ctx, e, 'and') && isCapWord(ctx, e + 1) && onLine(ctx, e + 1)) e += 2;
      else break;
    }
    if (e === of + 1) continue;
    const within = namesWithin(out, i, e);
    if (!within) continue;
    putOverWithin(out, i, e, ORG, MINISTRY_FIELDS_ROW.id, within);
  }
}

// --- organisation.and-split -----------------------------------------------------------------------

const FIRM_HEADS = lowerSetOf(AND_SPLIT_ROW.value.heads);

/** Every token of [a, b) is a capitalised word. */
function allCapitals(ctx: Ctx, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!isCapWord(ctx, i)) return false;
  return true;
}

/** organisation.and-split: see the row. */
function andSplits(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, new Set(['and'])));
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    if (isCapWord(ctx, i)) continue;
    const n = out.at(i);
    if (!n || n.type !== ORG || n.a >= i || n.b <= i + 1) continue;
    if (ARTICLES.has(lower(ctx, n.a)) || !allCapitals(ctx, n.a, i) || !allCapitals(ctx, i + 1, n.b)) continue;
    const left = i - n.a,
      right = n.b - i - 1;
    const headBefore = left >= 2 && FIRM_HEADS.has(lower(ctx, i - 1));
    // (a) "Duke University and Duke Health": both sides open with the same word.
    const sameOpening =
      left >= 2 &&
      right >= 2 &&
      lower(ctx, n.a) === lower(ctx, i + 1) &&
      // A body's head closes one side ("Jóola Búluf and Jóola Fogny" are two areas, not bodies).
      [i - 1, n.b - 1].some((k) => ORG_TAIL.has(lower(ctx, k)) || FIRM_HEADS.has(lower(ctx, k)));
    // (b) "Tata Electronics and Micron Technology": both sides end in a firm's head.
    const twoHeads = headBefore && right >= 2 && FIRM_HEADS.has(lower(ctx, n.b - 1));
    // (b2) "Kenya High School and Alliance Girls High School": both end in the same body's head (ents59a).
    const sameHead =
      left >= 2 && right >= 2 && lower(ctx, i - 1) === lower(ctx, n.b - 1) && ORG_TAIL.has(lower(ctx, i - 1));
    // (c) "Tata Group, Adani Group and Vedanta": the last of a list of organisations.
    let listEnd = false;
    if (headBefore && isPunctChar(ctx, n.a - 1, COMMA)) {
      const before = out.at(n.a - 2);
      let own = false;
      for (let k = i + 1; k < n.b && !own; k++) own = !COMMON_WORDS.has(lower(ctx, k));
      listEnd = !!before && before.type === ORG && before.b === n.a - 1 && own;
    }
    if (!sameOpening && !twoHeads && !sameHead && !listEnd) continue;
    const b = n.b;
    out.put(n.a, i, ORG, AND_SPLIT_ROW.id, undefined, n);
    out.put(i + 1, b, ORG, AND_SPLIT_ROW.id);
  }
}

// --- organisation.public-schools ------------------------------------------------------------------

const SCHOOL_KINDS = lowerSetOf(PUBLIC_SCHOOLS_ROW.value.kinds);

/**
 * Tokens [a, b) hold a weekday or a month, or open their sentence with a word of the language
 * ("In", "Late", "Most", "Like"): a time or an opening phrase, not a name (review, stop 52).
 */
function hasTimeOrOpener(ctx: Ctx, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (isWeekdayOrMonth(ctx, i)) return true;
  return opensWithCommonWord(ctx, a);
}

/** organisation.public-schools: see the row. */
function publicSchools(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, new Set(['schools'])));
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    const kind = i - 1;
    if (!isCapWord(ctx, i) || kind < 1 || !isCapWord(ctx, kind) || !SCHOOL_KINDS.has(lower(ctx, kind))) continue;
    if (!onLine(ctx, i) || !onLine(ctx, kind)) continue;
    let a = capitalsBefore(ctx, kind, 3);
    if (a < 0) continue;
    if (a < kind - 1 && ARTICLES.has(lower(ctx, a))) a++;
    // "In Fulton County Schools, …", "Most Independent Schools …": an opening word of the language
    // is no part of the name; with nothing left before the kind, no name (review, stop 52).
    if (a < kind && opensWithCommonWord(ctx, a)) a++;
    if (a >= kind) continue;
    if (FIRST_NAME_SET.has(lower(ctx, a)) || (a > 0 && (lower(ctx, a - 1) === 'a' || lower(ctx, a - 1) === 'an')))
      continue;
    const within = namesWithin(out, a, i + 1);
    if (!within || within.some((w) => w.rule)) continue;
    putOverWithin(out, a, i + 1, ORG, PUBLIC_SCHOOLS_ROW.id, within);
  }
}

// --- person.particle-before-given -----------------------------------------------------------------

const PARTICLES = lowerSetOf(PARTICLE_BEFORE_GIVEN_ROW.value);

/** person.particle-before-given: see the row. */
function particlesBeforeGiven(ctx: Ctx, out: Names): void {
  const names = aliveByWord(ctx, out, PARTICLES, FIRST_TOKEN);
  for (let k = 0; k < names.length; k++) {
    const n = names[k] as NamedSpan & { dead?: boolean };
    if (n.dead || n.type !== PERSON || n.b - n.a < 2 || isCapWord(ctx, n.a)) continue;
    if (!isCapWord(ctx, n.a + 1) || !FIRST_NAME_SET.has(lower(ctx, n.a + 1))) continue;
    out.put(n.a + 1, n.b, PERSON, PARTICLE_BEFORE_GIVEN_ROW.id, undefined, n);
  }
}

// --- none.rating-code -----------------------------------------------------------------------------

const RATING_CODE = /^(?:Aaa|Aa[1-3]|A[1-3]|Baa[1-3]|Ba[1-3]|B[1-3]|Caa[1-3])$/;
const RATING_CUES = lowerSetOf(RATING_CODE_ROW.value.cues);

/** none.rating-code: see the row. */
function ratingCodes(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, patternFormMarks(ctx, RATING_CODE));
  if (!hits.length) return;
  const cues = formMarks(ctx, RATING_CUES);
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    const n = out.at(i);
    if (!n || n.rule || n.a !== i || n.b !== i + 1) continue;
    if (sentenceHas(ctx, i, cues)) out.remove(n);
  }
}

// --- place.one-word-museum ------------------------------------------------------------------------

const MUSEUM_WORD = new RegExp(`^\\p{Lu}\\p{Ll}{2,}(?:${ONE_WORD_MUSEUM_ROW.value.tails.join('|')})$`, 'u');

/** place.one-word-museum: see the row. */
function oneWordMuseums(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, patternFormMarks(ctx, MUSEUM_WORD));
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    const n = out.at(i);
    if (n && (n.rule || n.a !== i || n.b !== i + 1 || n.type !== PERSON)) continue;
    out.put(i, i + 1, PLACE, ONE_WORD_MUSEUM_ROW.id, undefined, n);
  }
}

// --- organisation.frame-and-firm ------------------------------------------------------------------

const FRAMES = FRAME_AND_FIRM_ROW.value.frames.map((f) => f.split(' '));
const FRAME_ENDS = new Set(FRAMES.map((f) => f[f.length - 1]));

/** organisation.frame-and-firm: see the row. */
function frameAndFirms(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, FRAME_ENDS));
  for (let x = 0; x < hits.length; x++) {
    const at = hits[x];
    // "Analysts at": only the frame's first word may be capitalised.
    const framed = FRAMES.some((f) =>
      f.every((w, k) => {
        const j = at - f.length + 1 + k;
        return j >= 0 && lower(ctx, j) === w && (k === 0 || !isCapWord(ctx, j));
      }),
    );
    if (!framed) continue;
    const first = out.at(at + 1);
    if (!first || first.type !== ORG || first.a !== at + 1 || !isWord(ctx, first.b, 'and')) continue;
    const a = first.b + 1;
    if (!isCapWord(ctx, a) || FIRST_NAME_SET.has(lower(ctx, a))) continue;
    const b = capitalsFrom(ctx, a, 2);
    if (b < 0 || placeLookup(ctx, spanText(ctx, a, b))) continue;
    const within = namesWithin(out, a, b);
    if (!within) continue;
    const sure = FRAME_AND_FIRM_ROW.value.sure;
    if (within.some((n) => n.rule || (n.type !== ORG && Math.max(n.probs[PERSON], n.probs[PLACE]) >= sure))) continue;
    putOverWithin(out, a, b, ORG, FRAME_AND_FIRM_ROW.id, within);
  }
}
