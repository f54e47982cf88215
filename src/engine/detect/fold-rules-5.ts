/**
 * Rules of 1 Dec 2026, night (helper ents13b, issue #9: patterns of travel guides and papers
 * across the held-out fold documents; rows FOLD_PATTERN_ROWS_5 in lexicon/fold-patterns-5.ts).
 * applyNameRules calls `applyFoldPatternRows5` after every other table but the review rows, so
 * these read the other rules' names. Each visits only the tokens of its own words (`tokensOf`).
 * - place.compass-of: "Northeast of Temescal" is a place.
 * - place.compass-adjective-joins: "West Oakland", "Southern Senegal" are one place.
 * - place.shared-kind-plural: "Barracuda and Kayangan lakes" are two places.
 * - place.facility-kind-tail: "Taj Socotra Hotel", "Mingo Valley Expressway" are places.
 * - place.coordinated-with-place: "from Svendborg or Faaborg": the last of a list of places is one.
 * - place.neighbourhood-word: "Chinatown", "Uptown" are places.
 * - citation.year-pair: "Baron & Beresford 2014" are two cited people.
 */
import { Flag, Kind } from '../tokenize/tokenize';
import { isDemonym, lower, placeLookup, spanText, tokensOf, word, type Ctx } from '../context';
import { COMMON_WORDS, FIRST_NAME_SET, FUNCTION_WORDS, MONTHS, WEEKDAYS } from '../lexicon/words';
import { KNOWN_ORG_NAMES } from '../lexicon/names';
import { FOLD_PATTERN_ROWS_5 } from '../lexicon/fold-patterns-5';
import { FIRM_NOUN_AFTER_ROW, RELATIVE_PERSON_ROW } from '../lexicon/review-rows-2';
import { rowNamed } from '../lexicon/rule-row';
import {
  ORG,
  PERSON,
  PLACE,
  exactFormMarks,
  formMarks,
  isCapWord,
  isLowerWord,
  isPunctChar,
  type Names,
  type NamedSpan,
  namesWithin,
  putOverWithin,
  personWordsOf,
  capitalisedOnLine,
} from './named-spans';
import { SportsReading } from './sport-sentences';

export function applyFoldPatternRows5(ctx: Ctx, out: Names): void {
  compassOf(ctx, out);
  compassAdjectives(ctx, out);
  sharedKindPlurals(ctx, out);
  facilityKindTails(ctx, out);
  coordinatedWithPlace(ctx, out);
  neighbourhoodWords(ctx, out);
  yearPairs(ctx, out);
}

/** A capitalised word that may be a name's: not all capitals, not a function word. */
const nameWordAt = (ctx: Ctx, i: number) =>
  isCapWord(ctx, i) && !(ctx.t.flags[i] & Flag.AllCaps) && !FUNCTION_WORDS.has(lower(ctx, i));
/** The token after `i` is a possessive ending ("Smith's"). */
const possessiveAfter = (ctx: Ctx, i: number) => i + 1 < ctx.t.count && ctx.t.kind[i + 1] === Kind.Poss;
/** The model's own reading (no rule decided it) with less than `most` confidence in its type. */
const unsureModel = (n: NamedSpan, most: number) => !n.rule && n.probs[n.type] < most;

/**
 * Makes [a, b) a place when no name is there, or when the one name over exactly [a, b) is the
 * model's unsure reading of another type; leaves everything else. True when it put one.
 */
function placeIfOpen(out: Names, a: number, b: number, id: string, most: number): boolean {
  const within = namesWithin(out, a, b);
  if (!within) return false;
  if (!within.length) {
    out.put(a, b, PLACE, id);
    return true;
  }
  const n = within[0];
  if (within.length > 1 || n.a !== a || n.b !== b || n.type === PLACE || !unsureModel(n, most)) return false;
  out.put(a, b, PLACE, id, undefined, n);
  return true;
}

const COMPASS = new Set(rowNamed(FOLD_PATTERN_ROWS_5, 'place.compass-of').value);
const CALENDAR = new Set([...MONTHS, ...WEEKDAYS]);
/** The most capitalised words read as the name after "of". */
const COMPASS_NAME_WORDS = 3;
/** The model's confidence below which a person or organisation after "north of" is read again. */
const COMPASS_RETYPE_BELOW = 0.7;

/** place.compass-of: "Northeast of Temescal": see the row. */
function compassOf(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const { id } = rowNamed(FOLD_PATTERN_ROWS_5, 'place.compass-of');
  const hits = tokensOf(ctx, formMarks(ctx, COMPASS));
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    if (i + 2 >= t.count || lower(ctx, i + 1) !== 'of' || isCapWord(ctx, i + 1)) continue;
    let a = i + 2;
    if (lower(ctx, a) === 'the' && !isCapWord(ctx, a)) a++;
    if (!nameWordAt(ctx, a) || t.flags[a] & Flag.NewLine) continue;
    let b = a + 1;
    while (b - a < COMPASS_NAME_WORDS && capitalisedOnLine(ctx, b)) b++;
    if (capitalisedOnLine(ctx, b) || possessiveAfter(ctx, b - 1)) continue;
    // "north of January", "west of Main": a run of common words only is no name; a given name
    // with a surname is a person ("south of John Smith's farm" aside, left to the model).
    let named = false;
    for (let k = a; k < b; k++) if (!COMMON_WORDS.has(lower(ctx, k)) && !CALENDAR.has(lower(ctx, k))) named = true;
    if (!named || (b - a > 1 && FIRST_NAME_SET.has(lower(ctx, a)))) continue;
    // "south of the Danish island": a demonym describes the place after it.
    if (b - a === 1 && isDemonym(ctx, word(ctx, a))) continue;
    placeIfOpen(out, a, b, id, COMPASS_RETYPE_BELOW);
  }
}

const COMPASS_ADJECTIVES = new Set(rowNamed(FOLD_PATTERN_ROWS_5, 'place.compass-adjective-joins').value);

/** place.compass-adjective-joins: "West Oakland", "Southern Senegal": see the row. */
function compassAdjectives(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const { id } = rowNamed(FOLD_PATTERN_ROWS_5, 'place.compass-adjective-joins');
  const hits = tokensOf(ctx, exactFormMarks(ctx, COMPASS_ADJECTIVES));
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    if (t.flags[i + 1] & Flag.NewLine) continue;
    const whole = out.at(i);
    if (whole) {
      if (compassPartReadAsBody(ctx, whole, i)) out.put(i, whole.b, PLACE, id, undefined, whole);
      continue;
    }
    const n = out.at(i + 1);
    if (!n || n.a !== i + 1 || n.type !== PLACE || !placeLookup(ctx, spanText(ctx, n.a, n.b))) continue;
    if (i > 0 && capitalisedOnLine(ctx, i) && isCapWord(ctx, i - 1) && ctx.s.first[ctx.s.of[i]] !== i - 1) continue;
    out.put(i, n.b, PLACE, id, undefined, n);
  }
}

/**
 * place.compass-adjective-joins, read whole as a body: "throughout Northeast Ohio" read as one
 * organisation by the model alone (no rule) is the part of the region, a place; the rest must be a
 * place the map knows and the whole not (a whole the map knows, "South Africa", is left to the
 * model), and a sports report is left ("Eastern Michigan beat Toledo": a university's side).
 */
/** Words before a part of a region read as a body that say where ("throughout Northeast Ohio"). */
const WHERE_BEFORE = new Set(['of', 'in', 'throughout', 'across', 'around', 'into', 'within', 'near']);

function compassPartReadAsBody(ctx: Ctx, n: NamedSpan, i: number): boolean {
  if (n.a !== i || n.b - n.a < 2 || n.rule || n.type !== ORG) return false;
  // After a preposition of where ("throughout", "of"): "Eastern Michigan beat Toledo" is a side.
  if (i < 1 || !isLowerWord(ctx, i - 1) || !WHERE_BEFORE.has(lower(ctx, i - 1))) return false;
  // The rest a region or a country ("Ohio"), not a town ("at Western Union": a town is named Union).
  const rest = placeLookup(ctx, spanText(ctx, i + 1, n.b));
  if (!rest || rest.kind === 'city' || placeLookup(ctx, spanText(ctx, i, n.b))) return false;
  return !new SportsReading(ctx).yes;
}

const KIND_PLURALS = new Set(rowNamed(FOLD_PATTERN_ROWS_5, 'place.shared-kind-plural').value);
const JOINS = new Set(['and', 'or', '&']);

/** A single capitalised word that may name a place of its own: no common word, demonym or given name. */
const localNameAt = (ctx: Ctx, i: number) =>
  nameWordAt(ctx, i) &&
  !COMMON_WORDS.has(lower(ctx, i)) &&
  !FIRST_NAME_SET.has(lower(ctx, i)) &&
  !isDemonym(ctx, word(ctx, i));

/** place.shared-kind-plural: "Barracuda and Kayangan lakes": see the row. */
function sharedKindPlurals(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const { id } = rowNamed(FOLD_PATTERN_ROWS_5, 'place.shared-kind-plural');
  const hits = tokensOf(ctx, formMarks(ctx, KIND_PLURALS));
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    const a = i - 3,
      b = i - 1;
    if (a < 0 || isCapWord(ctx, i) || !JOINS.has(lower(ctx, i - 2)) || isCapWord(ctx, i - 2)) continue;
    if (!localNameAt(ctx, a) || !localNameAt(ctx, b) || t.flags[b] & Flag.NewLine || t.flags[i] & Flag.NewLine)
      continue;
    // "The Barracuda and …" may open the run; "Lake Barracuda and …" is a longer name.
    if (capitalisedOnLine(ctx, a) && isCapWord(ctx, a - 1) && ctx.s.first[ctx.s.of[a]] !== a - 1) continue;
    const within = namesWithin(out, a, b + 1);
    if (!within || within.some((n) => n.rule)) continue;
    // One name over the pair ("Barracuda and Kayangan" read as a firm) is split in two.
    const pair = within.find((n) => n.a === a && n.b === b + 1);
    if (pair) {
      out.put(a, a + 1, PLACE, id, undefined, pair);
      out.put(b, b + 1, PLACE, id);
      continue;
    }
    for (const k of [a, b]) {
      const n = out.at(k);
      if (!n) out.put(k, k + 1, PLACE, id);
      else if (n.a === k && n.b === k + 1 && n.type !== PLACE) out.put(k, k + 1, PLACE, id, undefined, n);
    }
  }
}

const FACILITY_KINDS = new Set(rowNamed(FOLD_PATTERN_ROWS_5, 'place.facility-kind-tail').value);
const FACILITY_KIND_PLURALS = new Set([...FACILITY_KINDS].map((w) => `${w.toLowerCase()}s`));
/** The most capitalised words read back before the kind word ("Desert Ridge Marriott Resort"). */
const FACILITY_NAME_WORDS = 4;
/** guard.firm-noun-after: "Wynn Resort shares", "the Trump Hotel company" are firms. */
const FIRM_NOUNS = new Set(FIRM_NOUN_AFTER_ROW.value);

/** place.facility-kind-tail: "Taj Socotra Hotel", "Mingo Valley Expressway": see the row. */
function facilityKindTails(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const { id } = rowNamed(FOLD_PATTERN_ROWS_5, 'place.facility-kind-tail');
  const hits = tokensOf(ctx, exactFormMarks(ctx, FACILITY_KINDS));
  // A kind word, its plural (a heading "Mosques"), or the end of a line closes the name before.
  const stopsBefore = (k: number) =>
    FACILITY_KINDS.has(word(ctx, k)) || FACILITY_KIND_PLURALS.has(lower(ctx, k)) || !!(t.flags[k + 1] & Flag.NewLine);
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    if (i < 1 || t.flags[i] & Flag.NewLine || capitalisedOnLine(ctx, i + 1)) continue;
    // "Theatre of Dreams": the name goes on after "of".
    if (lower(ctx, i + 1) === 'of' && isCapWord(ctx, i + 2)) continue;
    if (i + 1 < t.count && !isCapWord(ctx, i + 1) && FIRM_NOUNS.has(lower(ctx, i + 1))) continue;
    let a = i;
    while (i - a < FACILITY_NAME_WORDS && a > 0 && isCapWord(ctx, a - 1) && !stopsBefore(a - 1)) a--;
    // "The", "In", "Visit" opening a sentence are no words of the name ("Grand" inside one is).
    const first = ctx.s.first[ctx.s.of[i]];
    while (a < i && (FUNCTION_WORDS.has(lower(ctx, a)) || (a === first && COMMON_WORDS.has(lower(ctx, a))))) a++;
    if (a === i) continue;
    let named = false;
    for (let k = a; k < i; k++) if (!COMMON_WORDS.has(lower(ctx, k))) named = true;
    if (!named) continue;
    const within = namesWithin(out, a, i + 1);
    if (within) putOverWithin(out, a, i + 1, PLACE, id, within);
  }
}

const LIST_JOINS = new Set(rowNamed(FOLD_PATTERN_ROWS_5, 'place.coordinated-with-place').value);
/** The model's confidence below which the last member of a list of places is read again. */
const LIST_RETYPE_BELOW = 0.5;
/** guard.relative-person: "…, and Scholz, who hosted them" is a person. */
const RELATIVES = new Set(RELATIVE_PERSON_ROW.value);

/** The place name that ends right before token `k` (a comma between allowed), or undefined. */
function placeEndingAt(ctx: Ctx, out: Names, k: number): NamedSpan | undefined {
  let p = k - 1;
  if (isPunctChar(ctx, p, 44)) p--;
  const n = p >= 0 ? out.at(p) : undefined;
  return n && n.type === PLACE && n.b === p + 1 ? n : undefined;
}

/** place.coordinated-with-place: "Tempe, Chandler, and Gilbert", "Svendborg or Faaborg": see the row. */
function coordinatedWithPlace(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const { id } = rowNamed(FOLD_PATTERN_ROWS_5, 'place.coordinated-with-place');
  const hits = tokensOf(ctx, formMarks(ctx, LIST_JOINS));
  let people: Set<string> | undefined;
  for (let x = 0; x < hits.length; x++) {
    const k = hits[x];
    const i = k + 1;
    if (i >= t.count || isCapWord(ctx, k) || !nameWordAt(ctx, i) || t.flags[i] & Flag.NewLine) continue;
    if (capitalisedOnLine(ctx, i + 1) || possessiveAfter(ctx, i) || COMMON_WORDS.has(lower(ctx, i))) continue;
    // "in Paris and Macron said": a list member ends at punctuation or a function word, not a verb.
    if (i + 1 < t.count && t.kind[i + 1] === Kind.Word && !FUNCTION_WORDS.has(lower(ctx, i + 1))) continue;
    if (isDemonym(ctx, word(ctx, i)) || KNOWN_ORG_NAMES.has(word(ctx, i).toLowerCase())) continue;
    // "Conrad Hilton … Paris and Hilton": a word of a person the article names is that person.
    if ((people ??= personWordsOf(ctx, out.alive())).has(lower(ctx, i))) continue;
    const r = isPunctChar(ctx, i + 1, 44) ? i + 2 : i + 1;
    if (r < t.count && RELATIVES.has(lower(ctx, r))) continue;
    const before = placeEndingAt(ctx, out, k);
    if (!before) continue;
    // "in Paris and Berlin, and Scholz": the pair closed the list before the comma (guard.relative-person).
    if (isPunctChar(ctx, k - 1, 44) && before.a > 0 && LIST_JOINS.has(lower(ctx, before.a - 1))) continue;
    // The place before is one the map or a rule knows, or the list holds two: the model's guess
    // alone ("Psychology and Counseling", "Ratych and Bloomer") is no list of places.
    const two = !!placeEndingAt(ctx, out, before.a);
    if (!two && !before.rule && !placeLookup(ctx, spanText(ctx, before.a, before.b))) continue;
    // A given name needs two places before it: "Chandler, and Gilbert" in a list of towns.
    if (FIRST_NAME_SET.has(lower(ctx, i)) && !two) continue;
    placeIfOpen(out, i, i + 1, id, LIST_RETYPE_BELOW);
  }
}

const NEIGHBOURHOODS = new Set(rowNamed(FOLD_PATTERN_ROWS_5, 'place.neighbourhood-word').value);

/** place.neighbourhood-word: "Chinatown", "Uptown": see the row. */
function neighbourhoodWords(ctx: Ctx, out: Names): void {
  const { id } = rowNamed(FOLD_PATTERN_ROWS_5, 'place.neighbourhood-word');
  const hits = tokensOf(ctx, exactFormMarks(ctx, NEIGHBOURHOODS));
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    if (capitalisedOnLine(ctx, i + 1)) continue;
    // After a capitalised word that is not a sentence's first: a longer name ("Old Chinatown").
    if (i > 0 && capitalisedOnLine(ctx, i) && isCapWord(ctx, i - 1) && ctx.s.first[ctx.s.of[i]] !== i - 1) continue;
    placeIfOpen(out, i, i + 1, id, 1);
  }
}

const YEAR_JOINS = new Set(rowNamed(FOLD_PATTERN_ROWS_5, 'citation.year-pair').value);
const YEAR = /^(?:1[89]|20)\d\d[a-z]?$/;

/** citation.year-pair: "Baron & Beresford 2014", "Polio and Gass (1997)": see the row. */
function yearPairs(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const { id } = rowNamed(FOLD_PATTERN_ROWS_5, 'citation.year-pair');
  const hits = tokensOf(ctx, formMarks(ctx, YEAR_JOINS));
  const surname = (i: number) => nameWordAt(ctx, i) && !(t.flags[i] & Flag.NewLine) && !placeLookup(ctx, word(ctx, i));
  for (let x = 0; x < hits.length; x++) {
    const k = hits[x];
    if (k < 1 || k + 2 >= t.count || isCapWord(ctx, k) || !surname(k - 1) || !surname(k + 1)) continue;
    const y = isPunctChar(ctx, k + 2, 40) ? k + 3 : k + 2;
    if (y >= t.count || t.kind[y] !== Kind.Num || !YEAR.test(word(ctx, y))) continue;
    // "Procter and Gamble 2022 results", "the Smith and Wesson 2020 model": a citation's bare year
    // ends at a bracket or a stop, not before a noun it qualifies.
    const after = y + 1;
    if (y === k + 2 && after < t.count && t.kind[after] === Kind.Word && !isCapWord(ctx, after)) {
      if (!FUNCTION_WORDS.has(lower(ctx, after))) continue;
    }
    if (COMMON_WORDS.has(lower(ctx, k - 1)) && COMMON_WORDS.has(lower(ctx, k + 1))) continue;
    // "Its Nature, Development and Origin (1922)": the last two of a list are a title's words.
    if (isPunctChar(ctx, k - 2, 44)) continue;
    // "John Baron & Beresford": a longer run of capitals is left to the rules that read names.
    const opening = k >= 2 && ctx.s.first[ctx.s.of[k - 2]] === k - 2;
    if (k >= 2 && capitalisedOnLine(ctx, k - 1) && nameWordAt(ctx, k - 2) && !opening) continue;
    const within = namesWithin(out, k - 1, k + 2);
    if (!within) continue;
    // "Johnson & Johnson 2020": a pair the model itself reads as one firm stays one.
    const pair = out.at(k);
    if (pair && pair.type === ORG && !pair.rule) continue;
    if (pair) {
      out.put(k - 1, k, PERSON, id, undefined, pair);
      out.put(k + 1, k + 2, PERSON, id);
      continue;
    }
    for (const s of [k - 1, k + 1]) {
      const n = out.at(s);
      if (!n) out.put(s, s + 1, PERSON, id);
      else if (n.type !== PERSON && !n.rule) out.put(s, s + 1, PERSON, id, undefined, n);
    }
  }
}
