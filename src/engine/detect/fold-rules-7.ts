/**
 * Rules of 2 Dec 2026, night (helper ents14b, issue #9: patterns of travel guides and papers
 * across the held-out fold documents; rows FOLD_PATTERN_ROWS_7 in lexicon/fold-patterns-7.ts).
 * applyNameRules calls `applyFoldPatternRows7` after every other table but the review rows, so
 * these read the other rules' names. One pass over the document's word forms finds which rows
 * have words in it at all; each row then visits only the tokens of its own words.
 * - none.language-name: "the Moriori language", "Bayot speakers": no name.
 * - organisation.company-kind-tail: "Vagabond Tours", "Tulsa Transit" are firms.
 * - place.protected-area-tail: "Henga Scenic Reserve", "UNESCO World Heritage Site" are places.
 * - place.foreign-kind-head: "Anse Bertrand", "Plac Wolności", "Porte d'Enfer" are places.
 * - place.greater-joins: "Greater Phoenix Metropolitan Area" is one place.
 * - person.listed-with-people: "Jack London, Amy Tan, and Maya Angelou": the last is a person.
 */
import { Flag, Kind } from '../tokenize/tokenize';
import { TITLE_CASE_HEADLINE, lower, placeLookup, spanText, tokensOf, word, type Ctx } from '../context';
import { COMMON_WORDS, FACILITY_TAIL, FUNCTION_WORDS, ORG_TAIL, PLACE_LEAD, PLACE_TAIL } from '../lexicon/words';
import { KNOWN_ORG_NAMES } from '../lexicon/names';
import { FOLD_PATTERN_ROWS_7, VEHICLE_NOUNS } from '../lexicon/fold-patterns-7';
import { rowNamed } from '../lexicon/rule-row';
import { givenName } from './blind-rules-14';
import {
  ORG,
  PERSON,
  PLACE,
  capitalisedOnLine,
  isCapWord,
  isLowerWord,
  isPunctChar,
  namesWithin,
  opensSentence,
  putOverWithin,
  type NamedSpan,
  type Names,
} from './named-spans';

const LANGUAGE = rowNamed(FOLD_PATTERN_ROWS_7, 'none.language-name');
const COMPANY = rowNamed(FOLD_PATTERN_ROWS_7, 'organisation.company-kind-tail');
const PROTECTED = rowNamed(FOLD_PATTERN_ROWS_7, 'place.protected-area-tail');
const FOREIGN = rowNamed(FOLD_PATTERN_ROWS_7, 'place.foreign-kind-head');
const GREATER = rowNamed(FOLD_PATTERN_ROWS_7, 'place.greater-joins');
const LISTED = rowNamed(FOLD_PATTERN_ROWS_7, 'person.listed-with-people');

/** Last word of a row's value (lowercase) → the words allowed right before it (lowercase; empty: any). */
function tailsOf(values: readonly string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const v of values) {
    const words = v.toLowerCase().split(' ');
    const last = words[words.length - 1];
    if (!out.has(last)) out.set(last, new Set());
    if (words.length > 1) out.get(last)!.add(words[0]);
  }
  return out;
}

const LANGUAGE_WORDS = new Set(LANGUAGE.value);
const COMPANY_TAILS = tailsOf(COMPANY.value);
/** A tail that stands alone as well as after its lead word ("Tours"; "Lines" only as "Bus Lines"). */
const COMPANY_ALONE = new Set(COMPANY.value.filter((v) => !v.includes(' ')).map((v) => v.toLowerCase()));
const PROTECTED_TAILS = tailsOf(PROTECTED.value);
const FOREIGN_HEADS = new Set(FOREIGN.value.map((v) => v.toLowerCase()));

/** Row codes per lowercase word, so one pass over the document's forms serves all four rows. */
const ROW_OF = new Map<string, number>();
for (const w of LANGUAGE_WORDS) ROW_OF.set(w, 1);
for (const w of COMPANY_TAILS.keys()) ROW_OF.set(w, 2);
for (const w of PROTECTED_TAILS.keys()) ROW_OF.set(w, 3);
for (const w of FOREIGN_HEADS) ROW_OF.set(w, 4);
for (const w of GREATER.value) ROW_OF.set(w.toLowerCase(), 5);
for (const w of LISTED.value) ROW_OF.set(w, 6);
const ROWS = 6;

export function applyFoldPatternRows7(ctx: Ctx, out: Names): void {
  const formLower = ctx.formLower;
  let marks: (Uint8Array | undefined)[] | undefined;
  for (let f = 0; f < formLower.length; f++) {
    const r = ROW_OF.get(formLower[f]);
    if (r === undefined) continue;
    marks ??= new Array<Uint8Array | undefined>(ROWS + 1);
    (marks[r] ??= new Uint8Array(formLower.length))[f] = 1;
  }
  if (!marks) return;
  if (marks[1]) languageNames(ctx, out, tokensOf(ctx, marks[1]));
  if (marks[2]) companyKindTails(ctx, out, tokensOf(ctx, marks[2]));
  if (marks[3]) protectedAreaTails(ctx, out, tokensOf(ctx, marks[3]));
  if (marks[4]) foreignKindHeads(ctx, out, tokensOf(ctx, marks[4]));
  if (marks[5]) greaterJoins(ctx, out, tokensOf(ctx, marks[5]));
  if (marks[6]) listedWithPeople(ctx, out, tokensOf(ctx, marks[6]));
}

/** Nouns of a land or a people after "speaking": "the Bayot speaking area", "French speaking countries". */
const SPEAKING_NOUNS = new Set([
  'area',
  'areas',
  'region',
  'regions',
  'world',
  'country',
  'countries',
  'community',
  'communities',
  'population',
  'populations',
  'people',
  'peoples',
  'minority',
  'minorities',
  'villages',
  'households',
]);
/** Nouns after "language" that make it a product's word: "a language model", "language apps". */
const LANGUAGE_COMPOUNDS = new Set([
  'model',
  'models',
  'app',
  'apps',
  'tool',
  'tools',
  'service',
  'services',
  'assistant',
  'software',
  'platform',
  'technology',
  'processing',
]);
/** The model's confidence in a person above which a name before "language" is left as read. */
const SURE_PERSON = 0.9;
/** The most words between "a" and "language" in "Siwu, a Kwa language". */
const APPOSITION_WORDS = 3;

/** The name ending right before token `k`, or undefined. */
function nameEndingAt(out: Names, k: number): NamedSpan | undefined {
  const n = k > 0 ? out.at(k - 1) : undefined;
  return n && n.b === k ? n : undefined;
}

/** Words after "a … language" that end its phrase: "a Kwa language spoken in Ghana" (not "a French language teacher"). */
const AFTER_APPOSITION = new Set([
  'spoken',
  'of',
  'in',
  'from',
  'that',
  'which',
  'used',
  'with',
  'related',
  'belonging',
]);

/**
 * "Siwu, a Kwa language": the name set before ", a … language" at token `i`, or undefined. At
 * least one word names the family between "a" and "language", and the phrase ends there.
 */
function appositionBefore(ctx: Ctx, out: Names, i: number): NamedSpan | undefined {
  const after = i + 1 < ctx.t.count && ctx.t.kind[i + 1] === Kind.Word ? lower(ctx, i + 1) : '';
  if (after && !AFTER_APPOSITION.has(after)) return undefined;
  for (let j = i - 2; j >= i - 1 - APPOSITION_WORDS && j > 1; j--) {
    const w = lower(ctx, j);
    if (w === 'a' || w === 'an') return isPunctChar(ctx, j - 1, 44) ? nameEndingAt(out, j - 1) : undefined;
    if (ctx.t.kind[j] !== Kind.Word || ctx.t.flags[j] & Flag.NewLine) return undefined;
  }
  return undefined;
}

/** none.language-name: "the indigenous Moriori language", "Bayot speakers": see the row. */
function languageNames(ctx: Ctx, out: Names, hits: Int32Array): void {
  const t = ctx.t;
  let saysLanguage = false;
  let named: Map<number, number> | undefined;
  for (let x = 0; x < hits.length && !saysLanguage; x++) {
    const w = lower(ctx, hits[x]);
    saysLanguage = w === 'language' || w === 'languages';
  }
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    if (!isLowerWord(ctx, i) || t.flags[i] & Flag.NewLine) continue;
    const w = lower(ctx, i);
    const speech = w === 'speakers' || w === 'speaking';
    if (speech && !saysLanguage) continue;
    if (w === 'speaking' && !(i + 1 < t.count && SPEAKING_NOUNS.has(lower(ctx, i + 1)))) continue;
    const next = nameEndingAt(out, i);
    const n = next ?? (speech ? undefined : appositionBefore(ctx, out, i));
    if (!n || n.rule) continue;
    if (n.type === PERSON && n.probs[PERSON] >= SURE_PERSON) continue;
    if (placeLookup(ctx, spanText(ctx, n.a, n.b))) continue;
    // "the Google language model", "OpenAI speakers": a firm's product or staff, not a language.
    if (i + 1 < t.count && LANGUAGE_COMPOUNDS.has(lower(ctx, i + 1))) continue;
    if (n.b - n.a === 1 && KNOWN_ORG_NAMES.has(lower(ctx, n.a))) continue;
    // "the Moriori" elsewhere is the people, whom GUM marks: the mention keeps its vote in the group.
    if (((named ??= namesOffLanguage(ctx, out)).get(nameKey(ctx, n)) ?? 0) > (next ? 0 : 1)) continue;
    out.remove(n);
  }
}

/** A name's first word form and length: names that share it are read as the same name (a cheap key). */
const nameKey = (ctx: Ctx, n: NamedSpan) => ctx.form[n.a] * 8 + Math.min(n.b - n.a, 7);

/** How many names not right before a lowercase language word have each key. */
function namesOffLanguage(ctx: Ctx, out: Names): Map<number, number> {
  const keys = new Map<number, number>();
  const names = out.alive();
  for (let k = 0; k < names.length; k++) {
    const n = names[k];
    if (isLowerWord(ctx, n.b) && LANGUAGE_WORDS.has(lower(ctx, n.b))) continue;
    const key = nameKey(ctx, n);
    keys.set(key, (keys.get(key) ?? 0) + 1);
  }
  return keys;
}

/** The most capitalised words read back before a kind word. */
const RUN_WORDS = 4;

/**
 * The first token of the run of capitalised words on one line ending right before `k`, at most
 * RUN_WORDS long, without a function word or a sentence's common first word at its front.
 */
function runStart(ctx: Ctx, k: number): number {
  let a = k;
  while (k - a < RUN_WORDS && a > 0 && isCapWord(ctx, a - 1) && !(ctx.t.flags[a] & Flag.NewLine)) a--;
  const first = ctx.s.first[ctx.s.of[k]];
  while (a < k && (FUNCTION_WORDS.has(lower(ctx, a)) || (a === first && openingWord(ctx, a)))) a++;
  return a;
}

/** Adverbs that open a news sentence and the common word list lacks ("Separately Brittany Ferries said"). */
const SENTENCE_ADVERBS = new Set(
  'separately meanwhile yesterday still also however later earlier elsewhere additionally similarly likewise nevertheless overnight'.split(
    ' ',
  ),
);
/** A common word or a sentence adverb at `a`: no part of a name when it opens the sentence. */
const openingWord = (ctx: Ctx, a: number) => COMMON_WORDS.has(lower(ctx, a)) || SENTENCE_ADVERBS.has(lower(ctx, a));

/** Some word of [a, b) is no common word. */
function anyNamed(ctx: Ctx, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!COMMON_WORDS.has(lower(ctx, k))) return true;
  return false;
}

/**
 * Where a kind word at `i` (capitalised) ends a tail of `tails`: the first token of the tail
 * ("Bus" of "Bus Lines"), or -1 when the word does not end one here.
 */
function tailStart(ctx: Ctx, tails: Map<string, Set<string>>, i: number, alone: ReadonlySet<string>): number {
  if (!isCapWord(ctx, i)) return -1;
  const w = lower(ctx, i);
  const leads = tails.get(w);
  if (!leads) return -1;
  if (i > 0 && leads.has(lower(ctx, i - 1)) && capitalisedOnLine(ctx, i)) return i - 1;
  return alone.has(w) ? i : -1;
}

const JOINS = new Set(['and', '&']);

/** organisation.company-kind-tail: "Vagabond Tours", "Greyhound Bus Lines": see the row. */
function companyKindTails(ctx: Ctx, out: Names, hits: Int32Array): void {
  const { id } = COMPANY;
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    const k = tailStart(ctx, COMPANY_TAILS, i, COMPANY_ALONE);
    if (k < 0 || capitalisedOnLine(ctx, i + 1) || ctx.t.kind[i + 1] === Kind.Poss) continue;
    // "Strike Halts Greek Ferries": a headline in title case capitalises every word.
    if (ctx.headline[ctx.s.of[i]] === TITLE_CASE_HEADLINE) continue;
    // "Ford Transit vans": a vehicle model.
    if (isLowerWord(ctx, i + 1) && VEHICLE_NOUNS.has(lower(ctx, i + 1))) continue;
    const n = out.at(i);
    let a = runStart(ctx, k);
    // "Network Rail said": a common word opening the sentence that the model read into the name is of it.
    if (
      n &&
      n.a === a - 1 &&
      n.b === i + 1 &&
      opensSentence(ctx, n.a) &&
      !FUNCTION_WORDS.has(lower(ctx, n.a)) &&
      !SENTENCE_ADVERBS.has(lower(ctx, n.a))
    )
      a--;
    if (a === k) continue;
    // "John Ferries, a local farmer": a given name first that is no place the map knows (not "Brittany
    // Ferries", which the model too reads as a person, 0.95).
    if (givenName(ctx, a) && !placeLookup(ctx, word(ctx, a))) continue;
    // "Vagabond Tours": common words only are a firm's name where the model reads one there.
    if (!anyNamed(ctx, a, k) && !(n && n.a <= a)) continue;
    // "American Airlines and Southwest Airlines" read as one firm ends at the join: the run after it is its own.
    const joined = JOINS.has(lower(ctx, a - 1)) && !isCapWord(ctx, a - 1) && a > 1;
    if (
      n &&
      n.a < a &&
      n.b === i + 1 &&
      !n.rule &&
      joined &&
      tailStart(ctx, COMPANY_TAILS, a - 2, COMPANY_ALONE) >= 0
    ) {
      out.put(n.a, a - 1, ORG, id, undefined, n);
      out.put(a, i + 1, ORG, id);
      continue;
    }
    const within = namesWithin(out, a, i + 1);
    if (within) putOverWithin(out, a, i + 1, ORG, id, within);
  }
}

/** place.protected-area-tail: "Henga Scenic Reserve", "a UNESCO World Heritage Site": see the row. */
function protectedAreaTails(ctx: Ctx, out: Names, hits: Int32Array): void {
  const { id } = PROTECTED;
  const none = new Set<string>();
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    const k = tailStart(ctx, PROTECTED_TAILS, i, none);
    if (k < 0 || capitalisedOnLine(ctx, i + 1)) continue;
    const a = runStart(ctx, k);
    if (a === k) continue;
    const within = namesWithin(out, a, i + 1);
    if (within && !within.some((m) => m.rule)) putOverWithin(out, a, i + 1, PLACE, id, within);
  }
}

/** Particles inside a local place name: "Catedral de San Ildefonso", "La Pointe des Chateaux". */
const PARTICLES = new Set(['de', 'del', 'della', 'des', 'du', 'di', 'da', 'do', 'dos', 'das', 'à', 'al', 'e']);
/** French and Spanish articles that open such a name ("La Pointe"). */
const ARTICLES = new Set(['la', 'le', 'les']);
/** "d'Enfer", "l'Ouest": an elided particle joined to a capitalised word. */
const ELIDED = /^[dl]['’]\p{Lu}/u;
/** The model's confidence in a person at or above which the run is left as read. */
const FULL_PERSON = 0.95;

/** place.foreign-kind-head: "Anse Bertrand", "Catedral de San Ildefonso": see the row. */
function foreignKindHeads(ctx: Ctx, out: Names, hits: Int32Array): void {
  const t = ctx.t;
  const { id } = FOREIGN;
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    if (!isCapWord(ctx, i) || t.flags[i] & Flag.AllCaps) continue;
    let a = i;
    if (capitalisedOnLine(ctx, i) && isCapWord(ctx, i - 1)) {
      // Only a French article may stand before the head, itself opening the run.
      const first = ctx.s.first[ctx.s.of[i]];
      if (
        !ARTICLES.has(lower(ctx, i - 1)) ||
        (i - 1 !== first && isCapWord(ctx, i - 2) && capitalisedOnLine(ctx, i - 1))
      )
        continue;
      a = i - 1;
    }
    let b = i + 1;
    while (b - i <= RUN_WORDS && b < t.count && !(t.flags[b] & Flag.NewLine)) {
      if (isCapWord(ctx, b)) b++;
      else if (PARTICLES.has(lower(ctx, b)) && capitalisedOnLine(ctx, b + 1)) b += 2;
      else if (t.kind[b] === Kind.Word && ELIDED.test(word(ctx, b))) {
        b++;
        break;
      } else break;
    }
    if (b === i + 1 || capitalisedOnLine(ctx, b) || (b < t.count && t.kind[b] === Kind.Poss)) continue;
    const within = namesWithin(out, a, b);
    // A firm named after the place ("Cerro Verde" the miner) keeps the model's organisation.
    if (
      !within ||
      within.some((m) => m.rule || m.type === ORG || (m.type === PERSON && m.probs[PERSON] >= FULL_PERSON))
    )
      continue;
    putOverWithin(out, a, b, PLACE, id, within);
  }
}

/** place.greater-joins: "the Greater Phoenix Metropolitan Area": see the row. */
function greaterJoins(ctx: Ctx, out: Names, hits: Int32Array): void {
  const t = ctx.t;
  const { id } = GREATER;
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    if (!isCapWord(ctx, i) || t.flags[i] & Flag.AllCaps || out.at(i) || t.flags[i + 1] & Flag.NewLine) continue;
    const n = out.at(i + 1);
    if (!n || n.a !== i + 1 || n.type !== PLACE) continue;
    if (i > 0 && capitalisedOnLine(ctx, i) && isCapWord(ctx, i - 1) && ctx.s.first[ctx.s.of[i]] !== i - 1) continue;
    out.put(i, n.b, PLACE, id, undefined, n);
  }
}

/** The model's confidence below which the last member of a list of people is read again. */
const LIST_RETYPE_BELOW = 0.7;

/** The person of two words or more ending right before token `k` (a comma between allowed), or undefined. */
function personEndingAt(ctx: Ctx, out: Names, k: number): NamedSpan | undefined {
  const p = isPunctChar(ctx, k - 1, 44) ? k - 1 : k;
  const n = nameEndingAt(out, p);
  return n && n.type === PERSON && n.b - n.a > 1 ? n : undefined;
}

/** Some word of [a, b) is the kind word of a place, facility or firm ("Chicago Heights", "Fort Lee", "Acme Group"). */
function kindWordIn(ctx: Ctx, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const w = lower(ctx, k);
    if (PLACE_TAIL.has(w) || PLACE_LEAD.has(w) || FACILITY_TAIL.has(w) || ORG_TAIL.has(w)) return true;
  }
  return false;
}

/** person.listed-with-people: "Jack London, Amy Tan, and Maya Angelou": see the row. */
function listedWithPeople(ctx: Ctx, out: Names, hits: Int32Array): void {
  const { id } = LISTED;
  for (let x = 0; x < hits.length; x++) {
    const k = hits[x];
    const n = out.at(k + 1);
    // Only a place: a firm last in the list is a firm ("Jane Fraser, David Solomon and Morgan Stanley").
    if (!n || n.a !== k + 1 || n.b - n.a < 2 || n.type !== PLACE || n.rule) continue;
    if (n.probs[n.type] >= LIST_RETYPE_BELOW || isCapWord(ctx, k) || kindWordIn(ctx, n.a, n.b)) continue;
    const before = personEndingAt(ctx, out, k);
    if (!before || !personEndingAt(ctx, out, before.a)) continue;
    if (placeLookup(ctx, spanText(ctx, n.a, n.b))) continue;
    out.put(n.a, n.b, PERSON, id, undefined, n);
  }
}
