/**
 * Rules from the blind entity batches 68 and 69 (4 Dec 2026, helper ents33a, issue #9; rows in
 * lexicon/blind-news-23.ts). applyNameRules calls `applyBlindNewsRows23` after the last rows, so
 * these read the names every earlier rule decided. Each rule starts from the tokens of its own
 * words (a salutation, a line's comma, a see word, a province, a title, a team's tail).
 * - none.letter-salutation: "[SIR] — Your report …" names no one.
 * - person.letter-signature: "[Ruaridh McIntyre], [Oban]" on a line of its own.
 * - organisation.see-of-place: "the [Diocese of Chicoutimi]".
 * - place.province-abbreviation: "SAGUENAY, [Que.] —".
 * - title.pacific-chiefly: "Ratu [Isoa Tikoitoga]".
 * - place.hospital-at: "taken to [Galway University Hospital]".
 * - place.hospital-before-town: "taken to [University Hospital Galway]" (ents34b's row, moved here from leftover-rules-11).
 * (Batch 68's racing teams are sport.sponsor-team's, detect/sponsor-teams.ts, since ents34c.)
 */
import { Kind } from '../tokenize/tokenize';
import { lineOpenings, lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import {
  HOSPITAL_AT_ROW,
  HOSPITAL_BEFORE_TOWN_ROW,
  LETTER_SALUTATION_ROW,
  LETTER_SIGNATURE_ROW,
  PACIFIC_HONORIFIC_ROW,
  PROVINCE_ABBREVIATION_ROW,
  SEE_OF_PLACE_ROW,
} from '../lexicon/blind-news-23';
import { lowerSetOf, setOf } from '../lexicon/rule-row';
import { FACILITY_TAIL, FIRST_NAME_SET, ORG_TAIL, PLACE_TAIL } from '../lexicon/words';
import {
  COMMA,
  EM_DASH,
  EN_DASH,
  FULL_STOP,
  HYPHEN,
  ORG,
  PERSON,
  PLACE,
  capitalisedOnLine,
  exactFormMarks,
  formMarks,
  isCapWord,
  isLowerWord,
  isPlainWord,
  isPunctChar,
  isWeekdayOrMonth,
  isWord,
  namesWithin,
  onLine,
  opensLine,
  touchesNext,
  type Names,
  aliveByWord,
  FIRST_TOKEN,
  LAST_TOKEN,
} from './named-spans';

export function applyBlindNewsRows23(ctx: Ctx, out: Names): void {
  letterSalutations(ctx, out);
  letterSignatures(ctx, out);
  seesOfPlaces(ctx, out);
  provinceAbbreviations(ctx, out);
  pacificHonorifics(ctx, out);
  hospitalsBeforeTown(ctx, out);
  hospitalsAt(ctx, out);
}

/** The token after `i` is at the end of the text or opens the next line. */
const endsLine = (ctx: Ctx, i: number) => i + 1 >= ctx.t.count || opensLine(ctx, i + 1);
/** A name read with confidence or by a rule: a row should not overrule it lightly. */
export const sure = (probs: ArrayLike<number>, type: number, rule?: string) => !!rule || probs[type] >= 0.6;

// --- none.letter-salutation --------------------------------------------------------------------------

const SALUTATIONS = lowerSetOf(LETTER_SALUTATION_ROW.value.salutations);

/** none.letter-salutation: see the row. */
function letterSalutations(ctx: Ctx, out: Names): void {
  for (const i of tokensOf(ctx, formMarks(ctx, SALUTATIONS))) {
    if (!isCapWord(ctx, i) || (i > 0 && !opensLine(ctx, i))) continue;
    const next = i + 1;
    if (!onLine(ctx, next)) continue;
    if (!isPunctChar(ctx, next, EM_DASH) && !isPunctChar(ctx, next, EN_DASH) && !isPunctChar(ctx, next, COMMA))
      continue;
    if (isPunctChar(ctx, next, HYPHEN)) continue;
    const n = out.at(i);
    if (n && n.a === i && n.b === i + 1) out.remove(n);
  }
}

// --- person.letter-signature ---------------------------------------------------------------------------

const SIGNATURE_TITLES = lowerSetOf(LETTER_SIGNATURE_ROW.value.titles);
const ADDRESS_TAILS = new Set([...FACILITY_TAIL, ...PLACE_TAIL, ...ORG_TAIL]);

/** A capitalised word that may be part of a signature: no word of the language, a given name allowed. */
const signatureWord = (ctx: Ctx, i: number) =>
  isCapWord(ctx, i) && (FIRST_NAME_SET.has(lower(ctx, i)) || !isPlainWord(ctx, i));

/** person.letter-signature: see the row. */
function letterSignatures(ctx: Ctx, out: Names): void {
  const puts: [number, number, number][] = [];
  // A signature is a line of its own: only the lines' first tokens are read.
  const lines = lineOpenings(ctx);
  for (let x = 0; x < lines.length; x++) {
    const s = lines[x];
    let a = s;
    if (SIGNATURE_TITLES.has(lower(ctx, a))) a++;
    if (a < ctx.t.count && a > s && isPunctChar(ctx, a, FULL_STOP)) a++;
    let c = a;
    while (c < ctx.t.count && c - a < 4 && (c === s || onLine(ctx, c)) && signatureWord(ctx, c)) c++;
    if (c - a < 2 || c - a > 3 || !isPunctChar(ctx, c, COMMA) || !onLine(ctx, c)) continue;
    let b = c + 1;
    while (b < ctx.t.count && b - c - 1 < 4 && onLine(ctx, b) && (signatureWord(ctx, b) || isWord(ctx, b, 'st'))) b++;
    if (b - c - 1 < 1 || b - c - 1 > 3 || !endsLine(ctx, b - 1)) continue;
    // "Downing Street, London", "Fife Council, Glenrothes": an address, not a signature.
    if (placeLookup(ctx, spanText(ctx, a, c)) || ADDRESS_TAILS.has(lower(ctx, c - 1))) continue;
    let blocked = false;
    for (let k = a; k < c && !blocked; k++) {
      const n = out.at(k);
      blocked = !!n && (n.a < a || n.b > c || (n.type !== PERSON && sure(n.probs, n.type, n.rule)));
    }
    for (let k = c + 1; k < b && !blocked; k++) {
      const n = out.at(k);
      // A body or a person read with confidence after the comma: a byline's agency, a line of two people.
      blocked = !!n && (n.a < c + 1 || n.b > b || (n.type !== PLACE && sure(n.probs, n.type, n.rule)));
    }
    if (!blocked) puts.push([a, c, b]);
  }
  for (const [a, c, b] of puts) {
    const p = out.at(a);
    if (!(p && p.a === a && p.b === c && p.type === PERSON))
      out.put(a, c, PERSON, LETTER_SIGNATURE_ROW.id, undefined, p);
    const q = out.at(c + 1);
    if (!(q && q.a === c + 1 && q.b === b && q.type === PLACE))
      out.put(c + 1, b, PLACE, LETTER_SIGNATURE_ROW.id, undefined, q);
  }
}

// --- organisation.see-of-place ---------------------------------------------------------------------------

const SEES = lowerSetOf(SEE_OF_PLACE_ROW.value.sees);
const DENOMINATIONS = lowerSetOf(SEE_OF_PLACE_ROW.value.denominations);
const MAX_SEAT_WORDS = 3;

/** organisation.see-of-place: see the row. */
function seesOfPlaces(ctx: Ctx, out: Names): void {
  const puts: [number, number, number][] = [];
  for (const i of tokensOf(ctx, formMarks(ctx, SEES))) {
    if (!isCapWord(ctx, i) || !isWord(ctx, i + 1, 'of') || !onLine(ctx, i + 1) || !onLine(ctx, i + 2)) continue;
    let b = i + 2;
    while (b < ctx.t.count && b - i - 2 < MAX_SEAT_WORDS + 1 && capitalisedOnLine(ctx, b)) {
      if (isWeekdayOrMonth(ctx, b) || isPlainWord(ctx, b)) break;
      b++;
    }
    if (b === i + 2 || b - i - 2 > MAX_SEAT_WORDS || capitalisedOnLine(ctx, b)) continue;
    // "the Catholic Diocese of Clogher": the church's name before the see is the body's.
    const a =
      i > 0 && capitalisedOnLine(ctx, i - 1) && onLine(ctx, i) && DENOMINATIONS.has(lower(ctx, i - 1)) ? i - 1 : i;
    const n = out.at(i);
    if (n && n.a === a && n.b === b && n.type === ORG) continue;
    // A name that reaches outside the phrase is some other reading: leave it.
    if (namesWithin(out, a, b)) puts.push([a, b, i + 2]);
  }
  for (const [a, b, seat] of puts) out.put(a, b, ORG, SEE_OF_PLACE_ROW.id, undefined, out.at(seat));
}

// --- place.province-abbreviation -----------------------------------------------------------------------------

const PROVINCES = setOf(PROVINCE_ABBREVIATION_ROW.value.abbreviations);

/** place.province-abbreviation: see the row. */
function provinceAbbreviations(ctx: Ctx, out: Names): void {
  const puts: [number, number][] = [];
  for (const k of tokensOf(ctx, exactFormMarks(ctx, PROVINCES))) {
    if (k < 2 || ctx.t.kind[k] !== Kind.Word || !isPunctChar(ctx, k - 1, COMMA) || !onLine(ctx, k)) continue;
    const town = out.at(k - 2);
    if (!town || town.b !== k - 1 || town.type !== PLACE) continue;
    const dotted = spanText(ctx, k, k + 1).endsWith('.');
    // "Que" alone must be written with its full stop, the next token, touching it.
    const b = dotted ? k + 1 : isPunctChar(ctx, k + 1, FULL_STOP) && touchesNext(ctx, k) ? k + 2 : -1;
    if (b < 0) continue;
    const n = out.at(k);
    if (n && (n.a !== k || n.b > b)) continue;
    if (n && n.a === k && n.b === b && n.type === PLACE) continue;
    puts.push([k, b]);
  }
  for (const [a, b] of puts) out.put(a, b, PLACE, PROVINCE_ABBREVIATION_ROW.id, undefined, out.at(a));
}

// --- title.pacific-chiefly -----------------------------------------------------------------------------------

const HONORIFICS = lowerSetOf(PACIFIC_HONORIFIC_ROW.value.honorifics);

/** title.pacific-chiefly: see the row. */
function pacificHonorifics(ctx: Ctx, out: Names): void {
  const cuts: [number, number][] = [];
  for (const n of aliveByWord(ctx, out, HONORIFICS, FIRST_TOKEN)) {
    if (n.type !== PERSON || n.b - n.a < 3 || !HONORIFICS.has(lower(ctx, n.a))) continue;
    // "in Datu Odin Sinsuat town": a place named after the chief, its kind after it.
    if (isLowerWord(ctx, n.b) && PLACE_TAIL.has(lower(ctx, n.b))) continue;
    cuts.push([n.a + 1, n.b]);
  }
  for (const [a, b] of cuts) out.put(a, b, PERSON, PACIFIC_HONORIFIC_ROW.id, undefined, out.at(a));
}

// --- place.hospital-at ------------------------------------------------------------------------------------------

const HOSPITAL_TAILS = lowerSetOf(HOSPITAL_AT_ROW.value.tails);
const WHERE_PREPOSITIONS = lowerSetOf(HOSPITAL_AT_ROW.value.prepositions);
const STAFF_AFTER = lowerSetOf(HOSPITAL_AT_ROW.value.staff);

/** place.hospital-at: see the row. */
function hospitalsAt(ctx: Ctx, out: Names): void {
  // Only a name ending in a hospital head can pass: those found from the heads' tokens.
  const puts = aliveByWord(ctx, out, HOSPITAL_TAILS, LAST_TOKEN).filter(
    (n) =>
      n.type === ORG &&
      !n.rule &&
      n.b - n.a >= 2 &&
      isCapWord(ctx, n.b - 1) &&
      HOSPITAL_TAILS.has(lower(ctx, n.b - 1)) &&
      n.a > 0 &&
      WHERE_PREPOSITIONS.has(lower(ctx, n.a - 1)) &&
      ctx.t.kind[n.a - 1] === Kind.Word &&
      // "wrote to Wishaw General Hospital managers": the body its staff work for.
      !(isLowerWord(ctx, n.b) && STAFF_AFTER.has(lower(ctx, n.b))),
  );
  for (const n of puts) out.put(n.a, n.b, PLACE, HOSPITAL_AT_ROW.id, undefined, n);
}

// --- place.hospital-before-town ------------------------------------------------------------------

/** place.hospital-before-town: see the row. */
function hospitalsBeforeTown(ctx: Ctx, out: Names): void {
  // Only a name holding a hospital head can pass: those found from the heads' tokens, not every name.
  const held = out.aliveHolding(tokensOf(ctx, formMarks(ctx, HOSPITAL_TAILS)));
  const puts = held.filter((n) => n.type === ORG && !n.rule && n.a > 0 && hospitalThenTown(ctx, n.a, n.b));
  for (const n of puts) {
    if (WHERE_PREPOSITIONS.has(lower(ctx, n.a - 1)) && !isCapWord(ctx, n.a - 1))
      out.put(n.a, n.b, PLACE, HOSPITAL_BEFORE_TOWN_ROW.id, undefined, n);
  }
}

/** Tokens [a, b) hold a hospital head followed only by a known place, or "of" and one. */
function hospitalThenTown(ctx: Ctx, a: number, b: number): boolean {
  for (let h = a + 1; h < b - 1; h++) {
    if (!HOSPITAL_TAILS.has(lower(ctx, h)) || !isCapWord(ctx, h)) continue;
    const t = isWord(ctx, h + 1, 'of') ? h + 2 : h + 1;
    return t < b && !!placeLookup(ctx, spanText(ctx, t, b));
  }
  return false;
}
