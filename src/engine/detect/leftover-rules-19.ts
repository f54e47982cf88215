/**
 * Rules for the weak patterns of issue #9, twelfth round (helper ents43b; rows in
 * lexicon/news-leftovers-19.ts). applyNameRules calls `applyLeftoverRows19` after the leftover-18
 * rows, so these read the names every earlier rule decided. Each row starts from its trigger
 * words' tokens, never from every token.
 * - organisation.ampersand-acronym: "S&P Global", "AT&T", "H&M".
 * - organisation.possessive-firm-name: "Moody's said", "Sainsbury's raised pay".
 * - organisation.coalition-name: "Chile Vamos", "Juntos por el Cambio".
 * - organisation.dash-team: "Visma–Lease a Bike", "UAE Team Emirates–XRG".
 * - place.firm-of-country: "Samsung Electronics of South Korea" is a firm and a country.
 */
import { isDemonym, lower, placeLookup, spanText, tokensOf, word, type Ctx } from '../context';
import {
  AMPERSAND_ACRONYM_ROW,
  COALITION_NAME_ROW,
  DASH_TEAM_ROW,
  FIRM_OF_COUNTRY_ROW,
  POSSESSIVE_FIRM_NAME_ROW,
} from '../lexicon/news-leftovers-19';
import { AND_SPLIT_ROW } from '../lexicon/blind-news-31';
import { lowerSetOf } from '../lexicon/rule-row';
import {
  ARTICLES,
  COMMON_WORDS,
  FIRST_NAME_SET,
  FUNCTION_WORDS,
  MONTHS,
  ROLE_NOUNS,
  TITLES,
  WEEKDAYS,
} from '../lexicon/words';
import { Kind } from '../tokenize/tokenize';
import { putListedBodies } from './leftover-rules-18';
import {
  ORG,
  PERSON,
  PLACE,
  capitalisedBeforeOnLine,
  capitalisedOnLine,
  exactFormMarks,
  formMarks,
  isCapWord,
  isLowerWord,
  isWord,
  namesWithin,
  onLine,
  opensSentence,
  opensWithCommonWord,
  personWordsOf,
  phraseEnd,
  putOverWithin,
  sentenceHas,
  touchesNext,
  type NamedSpan,
  type Names,
} from './named-spans';

export function applyLeftoverRows19(ctx: Ctx, out: Names): void {
  ampersandAcronyms(ctx, out);
  possessiveFirmNames(ctx, out);
  coalitionNames(ctx, out);
  dashTeams(ctx, out);
  firmsOfCountries(ctx, out);
}

// --- organisation.ampersand-acronym ----------------------------------------------------------------

const AMPERSANDS: ReadonlySet<string> = new Set(['&']);
const SHORT_CAPITALS = /^[A-Z]{1,3}$/;
const ABBREVIATIONS = lowerSetOf(AMPERSAND_ACRONYM_ROW.value.abbreviations);
const LETTER_FIRMS = lowerSetOf(AMPERSAND_ACRONYM_ROW.value.firms);
const FIRM_VERBS = lowerSetOf(AMPERSAND_ACRONYM_ROW.value.verbs);
/** Most capitalised words after the capitals ("S&P Global Ratings"). */
const AFTER_WORDS = 3;

/** A capitalised word at `e` that may go on a firm's name: no function word, day, month, title or given name. */
function firmWordAt(ctx: Ctx, out: Names, e: number): boolean {
  if (!capitalisedOnLine(ctx, e)) return false;
  const w = lower(ctx, e);
  if (FUNCTION_WORDS.has(w) || WEEKDAYS.has(w) || MONTHS.has(w) || TITLES.has(w) || FIRST_NAME_SET.has(w)) return false;
  const n = out.at(e);
  return !n || n.a !== e || n.type === ORG;
}

/** organisation.ampersand-acronym: see the row. Only the ampersands' tokens are read. */
function ampersandAcronyms(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const amps = tokensOf(ctx, exactFormMarks(ctx, AMPERSANDS));
  for (let x = 0; x < amps.length; x++) {
    const p = amps[x];
    const l = p - 1;
    const r = p + 1;
    if (l < 0 || r >= t.count || !touchesNext(ctx, l) || !touchesNext(ctx, p)) continue;
    if (t.kind[l] !== Kind.Word || t.kind[r] !== Kind.Word) continue;
    if (!SHORT_CAPITALS.test(word(ctx, l)) || !SHORT_CAPITALS.test(word(ctx, r))) continue;
    // Nothing glued on either side: "S&P/TSX", "AT&T's" aside (a possessive is no glue).
    if (touchesNext(ctx, l - 1) || (touchesNext(ctx, r) && t.kind[r + 1] !== Kind.Poss)) continue;
    const letters = `${lower(ctx, l)}&${lower(ctx, r)}`;
    if (ABBREVIATIONS.has(letters)) continue;
    // "Texas A&M": a capitalised word right before the letters (not an opening "At", "The").
    if (onLine(ctx, l) && capitalisedBeforeOnLine(ctx, l - 1) && !opensWithCommonWord(ctx, l - 1)) continue;
    // "P&C insurers", "A&R executive": a trade abbreviation before its noun, unless a listed firm.
    if (!LETTER_FIRMS.has(letters) && isLowerWord(ctx, r + 1) && onLine(ctx, r + 1)) {
      const next = lower(ctx, r + 1);
      if (!FUNCTION_WORDS.has(next) && !FIRM_VERBS.has(next)) continue;
    }
    // "the S&P 500": an index.
    if (r + 1 < t.count && t.kind[r + 1] === Kind.Num && onLine(ctx, r + 1)) continue;
    let e = r + 1;
    while (e - r - 1 < AFTER_WORDS && !touchesNext(ctx, r) && firmWordAt(ctx, out, e)) e++;
    const within = namesWithin(out, l, e);
    // "AT&T Stadium": a place with words after the letters (name.letters-ampersand gave it its letters).
    if (!within || within.some((n) => n.type === PLACE && n.b > r + 1)) continue;
    putOverWithin(out, l, e, ORG, AMPERSAND_ACRONYM_ROW.id, within);
  }
}

// --- organisation.possessive-firm-name ------------------------------------------------------------

const POSSESSIVE_FIRMS: ReadonlySet<string> = new Set(POSSESSIVE_FIRM_NAME_ROW.value.names);
/** At or above this the model's person stays a person. */
const SURE_PERSON_OWNER = 0.6;

/** organisation.possessive-firm-name: see the row. Only the listed words (as written) are read. */
function possessiveFirmNames(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const hits = tokensOf(ctx, exactFormMarks(ctx, POSSESSIVE_FIRMS));
  if (hits.length === 0) return;
  let people: Set<string> | undefined;
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    const s = i + 1;
    if (s >= t.count || t.kind[s] !== Kind.Poss || !touchesNext(ctx, i)) continue;
    // "Chris Christie's", "Moody's Investors Service": inside a longer name.
    if (i > 0 && onLine(ctx, i) && isCapWord(ctx, i - 1) && !opensSentence(ctx, i - 1)) continue;
    if (capitalisedOnLine(ctx, s + 1)) continue;
    // "Ukraine envoy Kellogg's plan", "The chancellor Kohl's legacy": a role or title names a person.
    if (i > 0 && onLine(ctx, i) && (ROLE_NOUNS.has(lower(ctx, i - 1)) || TITLES.has(lower(ctx, i - 1)))) continue;
    const within = namesWithin(out, i, s + 1);
    if (!within || within.some((n) => n.rule && n.type !== ORG)) continue;
    if (within.some((n) => n.type === PERSON && n.probs[PERSON] >= SURE_PERSON_OWNER)) continue;
    if (within.length === 1 && within[0].a === i && within[0].b === s + 1 && within[0].type === ORG) continue;
    people ??= personWordsOf(ctx, out.alive());
    if (people.has(lower(ctx, i))) continue;
    putOverWithin(out, i, s + 1, ORG, POSSESSIVE_FIRM_NAME_ROW.id, within);
  }
}

// --- organisation.coalition-name -------------------------------------------------------------------

const COALITIONS = COALITION_NAME_ROW.value.names.map((name) => name.split(' '));
const COALITION_FIRST: ReadonlySet<string> = new Set(COALITIONS.map((c) => c[0]));

/** organisation.coalition-name: see the row. Only the coalitions' first words (as written) are read. */
function coalitionNames(ctx: Ctx, out: Names): void {
  putListedBodies(ctx, out, COALITIONS, COALITION_FIRST, COALITION_NAME_ROW.id);
}

// --- organisation.dash-team ------------------------------------------------------------------------

const EN_DASHES: ReadonlySet<string> = new Set(['–']);
const CYCLING_CUES = lowerSetOf(DASH_TEAM_ROW.value.cues);
const PEOPLE_PREFIXES = lowerSetOf(DASH_TEAM_ROW.value.prefixes);
/** Most words on either side of the dash. */
const SIDE_WORDS = 4;

/** A side of a team's name is no place the map knows, no people ("Anglo", "French") and no person read. */
function teamSide(ctx: Ctx, out: Names, a: number, b: number): boolean {
  const text = spanText(ctx, a, b);
  if (placeLookup(ctx, text) || isDemonym(ctx, text) || (b === a + 1 && PEOPLE_PREFIXES.has(lower(ctx, a))))
    return false;
  for (let i = a; i < b; i++) if (out.at(i)?.type === PERSON) return false;
  return true;
}

const RACE_HEADS: ReadonlySet<string> = new Set(DASH_TEAM_ROW.value.races.map((r) => r.split(' ')[0]));
const RACES = DASH_TEAM_ROW.value.races.map((r) => r.split(' '));

/** The sentences naming a stage race the row lists ("Tour de France"), written as listed. */
function raceNameSentences(ctx: Ctx): Set<number> {
  const found = new Set<number>();
  const heads = tokensOf(ctx, exactFormMarks(ctx, RACE_HEADS));
  for (let x = 0; x < heads.length; x++)
    if (phraseEnd(ctx, heads[x], RACES) > 0 && onLine(ctx, heads[x] + 1)) found.add(ctx.s.of[heads[x]]);
  return found;
}

/** organisation.dash-team: see the row. Only the en dashes' tokens are read. */
function dashTeams(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const dashes = tokensOf(ctx, exactFormMarks(ctx, EN_DASHES));
  if (dashes.length === 0) return;
  const cues = formMarks(ctx, CYCLING_CUES);
  const raceSentences = raceNameSentences(ctx);
  for (let x = 0; x < dashes.length; x++) {
    const d = dashes[x];
    if (
      d < 1 ||
      !touchesNext(ctx, d - 1) ||
      !touchesNext(ctx, d) ||
      !isCapWord(ctx, d - 1) ||
      !capitalisedOnLine(ctx, d + 1)
    )
      continue;
    // The splitter may end a sentence at the dash: read the words after it too.
    if (!sentenceHas(ctx, d, cues) && !sentenceHas(ctx, d + 1, cues) && !raceSentences.has(ctx.s.of[d])) continue;
    // Back over the capitalised words before the dash ("UAE Team Emirates"), not an opening "The".
    let a = d - 1;
    while (d - a < SIDE_WORDS && a > 0 && capitalisedOnLine(ctx, a) && isCapWord(ctx, a - 1) && !opensSentence(ctx, a))
      a--;
    if (ARTICLES.has(lower(ctx, a)) || FUNCTION_WORDS.has(lower(ctx, a))) a++;
    if (a >= d) continue;
    // On over the words after it: capitals, "a" between two ("Lease a Bike"), more dashes ("Red Bull–Bora–Hansgrohe").
    let e = d + 1;
    while (e - d <= SIDE_WORDS && e < t.count && onLine(ctx, e)) {
      if (isCapWord(ctx, e)) e++;
      else if (isWord(ctx, e, 'a') && !isCapWord(ctx, e) && capitalisedOnLine(ctx, e + 1) && isCapWord(ctx, e - 1))
        e += 2;
      else if (EN_DASHES.has(word(ctx, e)) && touchesNext(ctx, e - 1) && touchesNext(ctx, e) && isCapWord(ctx, e + 1))
        e += 2;
      else break;
    }
    if (!teamSide(ctx, out, a, d) || !teamSide(ctx, out, d + 1, e)) continue;
    const within = namesWithin(out, a, e);
    if (!within) continue;
    putOverWithin(out, a, e, ORG, DASH_TEAM_ROW.id, within);
  }
}

// --- place.firm-of-country --------------------------------------------------------------------------

const FIRM_HEADS = lowerSetOf(AND_SPLIT_ROW.value.heads);
const OF: ReadonlySet<string> = new Set(['of']);
const OF_BODY_HEADS = lowerSetOf(FIRM_OF_COUNTRY_ROW.value.bodyHeads);
const OWN_NAME_COUNTRIES: ReadonlySet<string> = new Set(FIRM_OF_COUNTRY_ROW.value.partOfName);
const PUBLIC_HEADS = lowerSetOf(FIRM_OF_COUNTRY_ROW.value.publicHeads);

/** "the Food Corporation of India": a state body's whole name (see the row). */
function publicBodyOf(ctx: Ctx, first: number, k: number): boolean {
  if (!PUBLIC_HEADS.has(lower(ctx, k - 1))) return false;
  return isWord(ctx, first - 1, 'the') || COMMON_WORDS.has(lower(ctx, first));
}

/** place.firm-of-country: see the row. Only the "of" tokens are read. */
function firmsOfCountries(ctx: Ctx, out: Names): void {
  const ofs = tokensOf(ctx, exactFormMarks(ctx, OF));
  const found: [number, number, number, NamedSpan][] = [];
  for (let x = 0; x < ofs.length; x++) {
    const k = ofs[x];
    const n = out.at(k);
    if (!n || n.rule || n.a >= k - 1 || n.b <= k + 1 || (n.type !== ORG && n.type !== PLACE)) continue;
    if (!FIRM_HEADS.has(lower(ctx, k - 1)) || !isCapWord(ctx, k - 1)) continue;
    // "the University of Science and Technology of China": a body's name, its country its own.
    const first = isWord(ctx, n.a, 'the') ? n.a + 1 : n.a;
    if (OF_BODY_HEADS.has(lower(ctx, first)) || publicBodyOf(ctx, first, k)) continue;
    let earlierOf = false;
    for (let j = first + 1; j < k - 1; j++) if (isWord(ctx, j, 'of')) earlierOf = true;
    if (earlierOf) continue;
    const country = spanText(ctx, k + 1, n.b);
    if (OWN_NAME_COUNTRIES.has(country)) continue;
    const hit = placeLookup(ctx, country);
    if (!hit || hit.kind !== 'country') continue;
    found.push([n.a, k, n.b, n]);
  }
  for (const [a, k, b, n] of found) {
    out.put(a, k, ORG, FIRM_OF_COUNTRY_ROW.id, undefined, n);
    out.put(k + 1, b, PLACE, FIRM_OF_COUNTRY_ROW.id, undefined, n);
  }
}
