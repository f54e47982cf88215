/**
 * Rules of 1 Dec 2026, night (helper ents13c, issue #9: patterns across the held-out fold
 * documents of interviews and court hearings; rows FOLD_PATTERN_ROWS_6 in
 * lexicon/fold-patterns-6.ts). applyNameRules calls `applyFoldPatternRows6` near its end, so these
 * read every other fold rule's names. Each visits only the tokens of its own words (`tokensOf`).
 * - person.spoken-first-name: "Hey [Frank]", "my name is [John]", "[Rebecca] and I".
 * - organisation.litigant-government: "the [State] argued", "[County of Maui], defendants".
 * - person.case-pair: "set out in [Moran] and [Pyle]", cases cited aloud.
 * - organisation.country-party: "Green versus [United States]".
 * - place.shire-county: "a native of Oldham, [Lancashire]" read as a person is the county.
 * The three hearing rows read a court hearing only (legal.hearing-marks).
 */
import { Flag, Kind } from '../tokenize/tokenize';
import { lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import { COMMON_WORDS, FIRST_NAME_SET, FUNCTION_WORDS, MONTHS, TITLES, WEEKDAYS } from '../lexicon/words';
import { FEMALE_NAMES, MALE_NAMES } from '../lexicon/gender-names';
import { FOLD_PATTERN_ROWS_6 } from '../lexicon/fold-patterns-6';
import { rowNamed } from '../lexicon/rule-row';
import {
  ORG,
  PERSON,
  PLACE,
  formMarks,
  isCapWord,
  namesWithin,
  personWordsOf,
  type Names,
  type NamedSpan,
  capitalisedOnLine,
} from './named-spans';

export function applyFoldPatternRows6(ctx: Ctx, out: Names): void {
  spokenFirstNames(ctx, out);
  shireCounties(ctx, out);
  if (!isHearing(ctx)) return;
  litigantGovernments(ctx, out);
  casePairs(ctx, out);
  countryParties(ctx, out);
}

/** Puts one name of `type` over [a, b) unless a longer name holds the span or it is there already. */
function putOver(out: Names, a: number, b: number, type: number, id: string): void {
  const within = namesWithin(out, a, b);
  if (!within) return;
  const n = within.length === 1 ? within[0] : undefined;
  if (n && n.a === a && n.b === b && n.type === type) return;
  out.put(a, b, type, id, undefined, n && n.a === a && n.b === b ? n : undefined);
}

const GIVEN_NAMES = new Set([
  ...FIRST_NAME_SET,
  ...`${FEMALE_NAMES} ${MALE_NAMES}`.toLowerCase().split(/\s+/).filter(Boolean),
]);

/** The first words of the people this document names in two words or more ("Frank" of "Frank Messina"). */
function ownGivenNames(ctx: Ctx, names: readonly NamedSpan[]): Set<string> {
  const words = new Set<string>();
  for (const n of names) if (n.type === PERSON && n.b - n.a > 1 && isCapWord(ctx, n.a)) words.add(lower(ctx, n.a));
  return words;
}

const GREETINGS = new Set(rowNamed(FOLD_PATTERN_ROWS_6, 'person.spoken-first-name').value);
/** Words before "X here" that make X someone present ("called by Matthew here"), not a place ("Denver here"). */
const BEFORE_HERE = new Set(['by', 'with', 'to']);
const CLOSING_QUOTES = new Set(['"', '\u201d', "'", '\u2019']);
const FRAME_WORDS = new Set([...GREETINGS, 'is', 'and', 'here', "'s", '’s']);

/** person.spoken-first-name: "Hey [Frank]", "my name is [John]", "[Rebecca] and I": see the row. */
function spokenFirstNames(ctx: Ctx, out: Names): void {
  const { id } = rowNamed(FOLD_PATTERN_ROWS_6, 'person.spoken-first-name');
  const t = ctx.t;
  const hits = tokensOf(ctx, formMarks(ctx, FRAME_WORDS));
  let own: Set<string> | undefined;
  for (let k = 0; k < hits.length; k++) {
    const f = hits[k];
    const w = lower(ctx, f);
    let x = -1;
    if (GREETINGS.has(w)) x = t.kind[f + 1] === Kind.Punct && ctx.text[t.start[f + 1]] === ',' ? f + 2 : f + 1;
    else if (w === 'is' || w === "'s" || w === '’s') {
      // "my name is John", "the name's John".
      if (f >= 1 && lower(ctx, f - 1) === 'name' && (w !== 'is' || (f >= 2 && lower(ctx, f - 2) === 'my'))) x = f + 1;
    } else if (w === 'and') {
      // "Rebecca and I": the pronoun written as a capital I.
      if (f + 1 < t.count && ctx.forms[ctx.form[f + 1]] === 'I') x = f - 1;
    } else if (w === 'here') {
      if (f >= 2 && BEFORE_HERE.has(lower(ctx, f - 2))) x = f - 1;
    }
    if (x < 0 || x >= t.count || !isCapWord(ctx, x) || t.flags[x] & Flag.AllCaps) continue;
    // "Hey Jude", "Dear Prudence" in quotes: a title closes on the name; a greeting goes on ("Hey Frank, …").
    if (x > f && x + 1 < t.count && CLOSING_QUOTES.has(ctx.text[t.start[x + 1]])) continue;
    // One word on the frame's line: "Hey Frank Messina" is the model's to read.
    if (x > f && t.flags[x] & Flag.NewLine) continue;
    if (
      capitalisedOnLine(ctx, x + 1) ||
      (x < f && x > 0 && capitalisedOnLine(ctx, x - 1) && !(t.flags[x] & Flag.NewLine))
    )
      continue;
    const lw = lower(ctx, x);
    if (FUNCTION_WORDS.has(lw) || MONTHS.has(lw) || WEEKDAYS.has(lw) || TITLES.has(lw)) continue;
    own ??= ownGivenNames(ctx, out.alive());
    if (!(own.has(lw) || (GIVEN_NAMES.has(lw) && !COMMON_WORDS.has(lw)))) continue;
    if (placeLookup(ctx, spanText(ctx, x, x + 1))) continue;
    putOver(out, x, x + 1, PERSON, id);
  }
}

const ROLE_WORDS = new Set(rowNamed(FOLD_PATTERN_ROWS_6, 'legal.hearing-marks').value);
const ADDRESS_WORDS = new Set(['honor', 'honors', 'honour', 'honours', 'please']);
/** Kinds of party that make a hearing on their own; two do when one is no plaintiff or defendant (a news report of a lawsuit names those two). */
const ROLES_FOR_HEARING = 3;
const NEWS_ROLES = new Set(['plaintiff', 'defendant']);

/** legal.hearing-marks: counsel address the bench, or the document names three kinds of party, or two with one no plaintiff or defendant. */
function isHearing(ctx: Ctx): boolean {
  const address = tokensOf(ctx, formMarks(ctx, ADDRESS_WORDS));
  for (let k = 0; k < address.length; k++) {
    const i = address[k];
    const w = lower(ctx, i);
    // "Your Honor", "your honours".
    if (w !== 'please' && i >= 1 && lower(ctx, i - 1) === 'your') return true;
    // "may it please the Court".
    if (
      w === 'please' &&
      i >= 2 &&
      lower(ctx, i - 1) === 'it' &&
      lower(ctx, i - 2) === 'may' &&
      i + 2 < ctx.t.count &&
      lower(ctx, i + 1) === 'the' &&
      lower(ctx, i + 2) === 'court'
    )
      return true;
  }
  const kinds = new Set<string>();
  const roles = tokensOf(ctx, formMarks(ctx, ROLE_WORDS));
  for (let k = 0; k < roles.length; k++) kinds.add(lower(ctx, roles[k]).replace(/s$/, ''));
  // Plaintiff and defendant alone are a news report's words for a lawsuit as much as a court's.
  let court = 0;
  for (const w of kinds) if (!NEWS_ROLES.has(w)) court++;
  return kinds.size >= ROLES_FOR_HEARING || (kinds.size >= 2 && court > 0);
}

const GOVERNMENT_WORDS = new Set(rowNamed(FOLD_PATTERN_ROWS_6, 'organisation.litigant-government').value);
/** Most words of the name after "County of" ("County of Los Angeles"). */
const GOVERNMENT_NAME_WORDS = 3;

/** organisation.litigant-government: "the [State] argued", "[County of Maui], defendants": see the row. */
function litigantGovernments(ctx: Ctx, out: Names): void {
  const { id } = rowNamed(FOLD_PATTERN_ROWS_6, 'organisation.litigant-government');
  const t = ctx.t;
  const hits = tokensOf(ctx, formMarks(ctx, GOVERNMENT_WORDS));
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k];
    if (!isCapWord(ctx, h) || t.flags[h] & Flag.AllCaps) continue;
    const before = h > 0 ? lower(ctx, h - 1) : '';
    // "the Supreme Court of the State of Hawaiʻi": the body inside a longer name.
    if (before === 'the' && h > 1 && lower(ctx, h - 2) === 'of') continue;
    // A capitalised word before that is no "The" makes a longer name ("Maui County").
    if (h > 0 && capitalisedOnLine(ctx, h) && isCapWord(ctx, h - 1) && before !== 'the') continue;
    if (h + 2 < t.count && lower(ctx, h + 1) === 'of' && capitalisedOnLine(ctx, h + 2)) {
      let b = h + 3;
      while (b < t.count && b - (h + 2) < GOVERNMENT_NAME_WORDS && capitalisedOnLine(ctx, b)) b++;
      if (capitalisedOnLine(ctx, b)) continue;
      putOver(out, h, b, ORG, id);
      continue;
    }
    // Bare: after a lowercase "the" on the same line, with no capitalised word after ("the State Department").
    if (h < 1 || before !== 'the' || ctx.t.flags[h - 1] & Flag.Cap || t.flags[h] & Flag.NewLine) continue;
    if (isCapWord(ctx, h + 1) || (h + 1 < t.count && lower(ctx, h + 1) === 'of')) continue;
    putOver(out, h, h + 1, ORG, id);
  }
}

/** A single capitalised word that may be a party's surname: no function, common or calendar word, no place a map knows. */
function partyWord(ctx: Ctx, i: number): boolean {
  if (!isCapWord(ctx, i) || ctx.t.flags[i] & (Flag.AllCaps | Flag.NewLine)) return false;
  const w = lower(ctx, i);
  if (FUNCTION_WORDS.has(w) || COMMON_WORDS.has(w) || MONTHS.has(w) || WEEKDAYS.has(w) || TITLES.has(w)) return false;
  const text = spanText(ctx, i, i + 1);
  const hit = placeLookup(ctx, text);
  // A weak town that shares its name with a surname ("Moran") is no evidence of a place here.
  return !hit || (hit.kind === 'city' && !!ctx.gaz?.isWeak?.(text));
}

/** person.case-pair: "set out in [Moran] and [Pyle]": see the row. */
function casePairs(ctx: Ctx, out: Names): void {
  const { id } = rowNamed(FOLD_PATTERN_ROWS_6, 'person.case-pair');
  const hits = tokensOf(ctx, formMarks(ctx, new Set(rowNamed(FOLD_PATTERN_ROWS_6, 'person.case-pair').value)));
  for (let k = 0; k < hits.length; k++) {
    const a = hits[k];
    const x = a - 1,
      y = a + 1;
    if (x < 1 || lower(ctx, x - 1) !== 'in' || ctx.t.flags[a] & Flag.NewLine) continue;
    if (!partyWord(ctx, x) || !partyWord(ctx, y) || capitalisedOnLine(ctx, y + 1)) continue;
    putOver(out, x, x + 1, PERSON, id);
    putOver(out, y, y + 1, PERSON, id);
  }
}

/** Most words of a country's name after "versus" ("United Arab Emirates"). */
const COUNTRY_WORDS = 3;

/** organisation.country-party: "Green versus [United States]": see the row. */
function countryParties(ctx: Ctx, out: Names): void {
  const { id } = rowNamed(FOLD_PATTERN_ROWS_6, 'organisation.country-party');
  const t = ctx.t;
  const hits = tokensOf(ctx, formMarks(ctx, new Set(['versus', 'v'])));
  for (let k = 0; k < hits.length; k++) {
    const v = hits[k];
    if (t.kind[v] !== Kind.Word || v < 1 || !isCapWord(ctx, v - 1)) continue;
    let r: number;
    if (lower(ctx, v) === 'versus') r = v + 1;
    else if (ctx.text.charCodeAt(t.end[v]) === 46) r = v + 2;
    else continue;
    if (!capitalisedOnLine(ctx, r)) continue;
    let b = r + 1;
    while (b < t.count && b - r < COUNTRY_WORDS && capitalisedOnLine(ctx, b)) b++;
    if (placeLookup(ctx, spanText(ctx, r, b))?.kind !== 'country') continue;
    putOver(out, r, b, ORG, id);
  }
}

const SHIRE = rowNamed(FOLD_PATTERN_ROWS_6, 'place.shire-county').value[0];
/** Letters a county's name holds before "shire" at least ("Ayrshire"); "Shire" alone is no county. */
const SHIRE_STEM = 3;

/** place.shire-county: "a native of Oldham, [Lancashire]" read as a person: see the row. */
function shireCounties(ctx: Ctx, out: Names): void {
  const { id } = rowNamed(FOLD_PATTERN_ROWS_6, 'place.shire-county');
  let people: Set<string> | undefined;
  const alive = out.alive();
  for (let x = 0; x < alive.length; x++) {
    const n = alive[x];
    if (n.type !== PERSON || n.b - n.a !== 1 || out.at(n.a) !== n) continue;
    const w = lower(ctx, n.a);
    if (!w.endsWith(SHIRE) || w.length < SHIRE.length + SHIRE_STEM || !isCapWord(ctx, n.a)) continue;
    // "Mr Wilshire", "Dr Cheshire": a surname after a title.
    if (n.a > 0 && TITLES.has(lower(ctx, n.a - 1))) continue;
    people ??= personWordsOf(ctx, out.alive());
    if (people.has(w)) continue;
    out.put(n.a, n.b, PLACE, id, undefined, n);
  }
}
