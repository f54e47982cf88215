/**
 * Rules from the blind entity batches 47 and 48 (3 Dec 2026, helper ents26a, issue #9; rows in
 * lexicon/blind-news-16.ts). applyNameRules calls `applyBlindNewsRows16` right after the blind-15
 * rows, so these read the names every earlier rule decided. Each rule starts from the names or
 * from the tokens of its own words.
 * - date.preposition-tail: "[National Court] on Thursday sentenced".
 * - credit.signoff-place-and-reporter: "(Reporting by … in [Doha] and [Le Thu Hang] in Hanoi".
 * - organisation.club-tail: "[Sierra Nevada United]" read as a person.
 * - none.common-opening-role: "Board chairman Yoon Sung-ho said".
 * - none.commodity-acronym: "signs LNG supply deal", "[Petronet LNG]".
 * - none.plural-acronym: "known as [AFPs]", "Several [NGOs] said" (lead, 5 Dec 2026).
 * - none.group-noun: "the first Latina to lead".
 * - name.repeat-elsewhere: "A [Hallasan Air] passenger jet" after "Hallasan Air" elsewhere.
 * - place.near-named-place: "a union hall in [Sparks]" in a story from Reno.
 * - organisation.owned-modifier: "the state-owned [Bharat Electronics]".
 * - organisation.maker-agent: "built by the [Space Applications Centre]" read as a place.
 */
import { Flag, Kind } from '../tokenize/tokenize';
import { capitalisedWords, isDemonym, lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import {
  CLUB_TAIL_ROW,
  COMMODITY_ACRONYM_ROW,
  COMMON_OPENING_ROLE_ROW,
  PLURAL_ACRONYM_ROW,
  DATE_TAIL_ROW,
  GROUP_NOUN_ROW,
  MAKER_AGENT_ROW,
  NEAR_PLACE_ROW,
  OWNED_MODIFIER_ROW,
  REPEAT_NAME_ROW,
  SIGNOFF_PLACE_REPORTER_ROW,
} from '../lexicon/blind-news-16';
import { COMMON_WORDS, MONTHS } from '../lexicon/words';
import {
  ORG,
  PERSON,
  PLACE,
  formMarks,
  hyphenTailMarks,
  isCapWord,
  isLowerWord,
  isPunctChar,
  isWord,
  SEMICOLON,
  type NamedSpan,
  type Names,
  opensSentence,
  isWeekdayOrMonth,
  OPEN_PAREN,
  CLOSE_PAREN,
  COMMA,
  LAST_TOKEN,
  aliveByWord,
  FIRST_TOKEN,
} from './named-spans';
import { lowerSetOf } from '../lexicon/rule-row';

const DATE_PREPOSITIONS = lowerSetOf(DATE_TAIL_ROW.value.prepositions);
/** The weekday of the papers named "… on Sunday". */
const SUNDAY_PAPER = new Set(['sunday']);
const SIGNOFF_OPENINGS = lowerSetOf(SIGNOFF_PLACE_REPORTER_ROW.value.openings);
const CLUB_TAILS = lowerSetOf(CLUB_TAIL_ROW.value);
const ROLE_AFTER = lowerSetOf(COMMON_OPENING_ROLE_ROW.value.after);
const KIND_OPENINGS = lowerSetOf(COMMON_OPENING_ROLE_ROW.value.openings);
const COMMODITY_ACRONYMS = new Set(COMMODITY_ACRONYM_ROW.value);
const PLURAL_COUNTS = lowerSetOf(PLURAL_ACRONYM_ROW.value.counts);
const GROUP_NOUNS = lowerSetOf(GROUP_NOUN_ROW.value.nouns);
const GROUP_BEFORE = lowerSetOf(GROUP_NOUN_ROW.value.before);
const LOWER_S = 115;
const CAPITAL_A = 65;
const CAPITAL_Z = 90;
/** Below this the model only half-believed a sentence's opening word. */
const OPENING_DOUBT = 0.75;
/** Sentence-opening articles that may stand before a repeated name ("A Hallasan Air jet"). */
const OPENING_ARTICLES = new Set(['a', 'an', 'the']);

export function applyBlindNewsRows16(ctx: Ctx, out: Names): void {
  dateTails(ctx, out);
  signoffPlaces(ctx, out);
  clubTails(ctx, out);
  commonOpeningRoles(ctx, out);
  commodityAcronyms(ctx, out);
  pluralAcronyms(ctx, out);
  groupNouns(ctx, out);
  repeatNames(ctx, out);
  nearPlaces(ctx, out);
  ownedModifiers(ctx, out);
  makerAgents(ctx, out);
}

// --- date.preposition-tail --------------------------------------------------------------------

/** date.preposition-tail: see the row. */
function dateTails(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const found: [NamedSpan, number][] = [];
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    let end = n.b;
    // "… in March 2024", "… on March 5": the month's number.
    if (t.kind[end - 1] === Kind.Num && end - 2 > n.a && MONTHS.has(lower(ctx, end - 2))) end--;
    if (!isWeekdayOrMonth(ctx, end - 1)) continue;
    const p = end - 2;
    if (p <= n.a || t.kind[p] !== Kind.Word || t.flags[p] & Flag.Cap || !DATE_PREPOSITIONS.has(lower(ctx, p))) continue;
    // Sunday papers: "The Mail on Sunday", "Scotland on Sunday", "the Independent on Sunday".
    if (SUNDAY_PAPER.has(lower(ctx, end - 1)) && lower(ctx, p) === 'on') continue;
    found.push([n, p]);
  }
  for (const [n, p] of found) out.put(n.a, p, n.type, DATE_TAIL_ROW.id, n.role, n).local = n.local;
}

// --- credit.signoff-place-and-reporter --------------------------------------------------------

/** A bracketed line that opens with a credit word: "(Reporting by …", "(Editing by …". */
function signoffLine(ctx: Ctx, i: number): boolean {
  const t = ctx.t;
  let o = i;
  while (o > 0 && !(t.flags[o] & Flag.NewLine)) o--;
  return isPunctChar(ctx, o, OPEN_PAREN) && o + 1 < t.count && SIGNOFF_OPENINGS.has(lower(ctx, o + 1));
}

/** credit.signoff-place-and-reporter: see the row. */
function signoffPlaces(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const found: [NamedSpan, number][] = [];
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    if (n.b - n.a < 3 || !isWord(ctx, n.a - 1, 'in')) continue;
    let and = -1;
    for (let i = n.a + 1; i < n.b - 1 && and < 0; i++) if (isWord(ctx, i, 'and')) and = i;
    if (and < 0) continue;
    const after = n.b;
    const ends =
      after >= t.count ||
      isWord(ctx, after, 'in') ||
      isPunctChar(ctx, after, SEMICOLON) ||
      isPunctChar(ctx, after, CLOSE_PAREN) ||
      isPunctChar(ctx, after, COMMA);
    if (!ends || !signoffLine(ctx, n.a)) continue;
    // "in Trinidad and Tobago;": a place the map knows whole, or a second place with no city of its own.
    if (placeLookup(ctx, spanText(ctx, n.a, n.b))) continue;
    if (!isWord(ctx, after, 'in') && placeLookup(ctx, spanText(ctx, and + 1, n.b))) continue;
    found.push([n, and]);
  }
  for (const [n, and] of found) {
    out.put(n.a, and, PLACE, SIGNOFF_PLACE_REPORTER_ROW.id, undefined, n);
    out.put(and + 1, n.b, PERSON, SIGNOFF_PLACE_REPORTER_ROW.id);
  }
}

// --- organisation.club-tail ---------------------------------------------------------------------

/** organisation.club-tail: see the row. */
function clubTails(ctx: Ctx, out: Names): void {
  const found: NamedSpan[] = [];
  for (const n of aliveByWord(ctx, out, CLUB_TAILS, LAST_TOKEN)) {
    if (n.type === ORG || n.b - n.a < 2 || !CLUB_TAILS.has(lower(ctx, n.b - 1)) || !isCapWord(ctx, n.b - 1)) continue;
    let of = false;
    for (let i = n.a; i < n.b && !of; i++) of = isWord(ctx, i, 'of');
    if (of || placeLookup(ctx, spanText(ctx, n.a, n.b))) continue;
    found.push(n);
  }
  for (const n of found) out.put(n.a, n.b, ORG, CLUB_TAIL_ROW.id, undefined, n);
}

// --- none.common-opening-role ---------------------------------------------------------------------

/** Forms the article capitalises standing alone inside a sentence (no capitalised word beside them). */
function capitalisedAlone(ctx: Ctx): Uint8Array {
  const t = ctx.t;
  const marks = new Uint8Array(ctx.forms.length);
  const caps = capitalisedWords(ctx);
  for (let x = 0; x < caps.length; x++) {
    const i = caps[x];
    if (opensSentence(ctx, i) || t.flags[i] & Flag.NewLine) continue;
    if (isCapWord(ctx, i - 1) || isCapWord(ctx, i + 1)) continue;
    marks[ctx.form[i]] = 1;
  }
  return marks;
}

/** none.common-opening-role: see the row. */
function commonOpeningRoles(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  let alone: Uint8Array | undefined;
  const found: NamedSpan[] = [];
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    const i = n.a;
    if (n.rule || n.b - n.a !== 1 || n.probs[n.type] >= OPENING_DOUBT || !opensSentence(ctx, i)) continue;
    // The openings are common words of their own: "council", "union", "committee" are no COMMON_WORDS (ents46a).
    if (t.flags[i] & Flag.AllCaps || !KIND_OPENINGS.has(lower(ctx, i))) continue;
    // "Board chairman", or "School board president": the role noun right after, or after one lowercase word.
    const lowerAt = (j: number) => j < t.count && t.kind[j] === Kind.Word && !(t.flags[j] & Flag.Cap);
    if (!lowerAt(i + 1)) continue;
    if (!ROLE_AFTER.has(lower(ctx, i + 1)) && !(lowerAt(i + 2) && ROLE_AFTER.has(lower(ctx, i + 2)))) continue;
    alone ??= capitalisedAlone(ctx);
    if (alone[ctx.form[i]]) continue;
    found.push(n);
  }
  for (const n of found) out.remove(n);
}

// --- none.commodity-acronym, none.plural-acronym -----------------------------------------------

/**
 * The name is only its last word (the acronym these rows read), or that word after a sentence's
 * opening word in `openings`, read by the model: a rule's name of two words was read for a reason
 * of its own and stays.
 */
export function isLoneTail(ctx: Ctx, n: NamedSpan, openings: ReadonlySet<string>): boolean {
  if (n.b - n.a === 1) return true;
  return n.b - n.a === 2 && !n.rule && opensSentence(ctx, n.a) && openings.has(lower(ctx, n.a));
}

/** none.commodity-acronym: see the row. */
function commodityAcronyms(ctx: Ctx, out: Names): void {
  const lone: NamedSpan[] = [];
  const firms: NamedSpan[] = [];
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    if (!COMMODITY_ACRONYMS.has(ctx.forms[ctx.form[n.b - 1]])) continue;
    // "Spot LNG prices": a word of the language opening the sentence, then the fuel.
    if (isLoneTail(ctx, n, COMMON_WORDS)) lone.push(n);
    else if (n.type !== ORG) firms.push(n);
  }
  for (const n of lone) out.remove(n);
  for (const n of firms) out.put(n.a, n.b, ORG, COMMODITY_ACRONYM_ROW.id, undefined, n);
}

// --- none.plural-acronym -----------------------------------------------------------------------

/** none.plural-acronym: see the row. */
function pluralAcronyms(ctx: Ctx, out: Names): void {
  const found: NamedSpan[] = [];
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    // "Several NGOs said", "Two MPs walked out": a count opening the sentence, then the acronym;
    // not any word of the language ("Labour MPs said": the party stays the model's).
    if (isPluralAcronym(ctx, n.b - 1) && isLoneTail(ctx, n, PLURAL_COUNTS)) found.push(n);
  }
  for (const n of found) out.remove(n);
}

/** Two or more capital letters and a final lower-case "s" ("NGOs"), nothing else. */
function isPluralAcronym(ctx: Ctx, i: number): boolean {
  const start = ctx.t.start[i];
  const last = ctx.t.end[i] - 1;
  if (last - start < PLURAL_ACRONYM_ROW.value.minCapitals || ctx.text.charCodeAt(last) !== LOWER_S) return false;
  for (let k = start; k < last; k++) {
    const c = ctx.text.charCodeAt(k);
    if (c < CAPITAL_A || c > CAPITAL_Z) return false;
  }
  return true;
}

// --- none.group-noun ----------------------------------------------------------------------------

/** none.group-noun: see the row. */
function groupNouns(ctx: Ctx, out: Names): void {
  const found: NamedSpan[] = [];
  for (const n of aliveByWord(ctx, out, GROUP_NOUNS, FIRST_TOKEN)) {
    if (n.b - n.a !== 1 || !GROUP_NOUNS.has(lower(ctx, n.a))) continue;
    // Latina, the town in Italy: read as a place the map knows, with no article or ordinal before it.
    const before = n.a > 0 && ctx.t.kind[n.a - 1] === Kind.Word && GROUP_BEFORE.has(lower(ctx, n.a - 1));
    const town = n.type === PLACE && !before && placeLookup(ctx, spanText(ctx, n.a, n.b));
    if (town) continue;
    found.push(n);
  }
  for (const n of found) out.remove(n);
}

// --- name.repeat-elsewhere ----------------------------------------------------------------------

interface Known {
  forms: number[];
  type: number;
}

/** Some internal capital after the first letter ("QatarEnergy", "PetroVietnam"). */
const innerCapital = (w: string) => /^.[^A-Z]*[a-z][^ ]*[A-Z]/.test(w);

/** `list` holds a name with the forms of tokens [a, b). */
function listed(ctx: Ctx, list: readonly Known[], a: number, b: number): boolean {
  for (let x = 0; x < list.length; x++) {
    const forms = list[x].forms;
    if (forms.length !== b - a) continue;
    let same = true;
    for (let j = 0; j < forms.length && same; j++) same = forms[j] === ctx.form[a + j];
    if (same) return true;
  }
  return false;
}

/** name.repeat-elsewhere: see the row. */
function repeatNames(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const sure = REPEAT_NAME_ROW.value;
  // Per first form: the multi-word names read surely, and the one-word names read twice alike.
  const byFirst = new Map<number, Known[]>();
  const single = new Map<number, { type: number; count: number; mixed: boolean }>();
  const alive = out.alive();
  for (let x = 0; x < alive.length; x++) {
    const n = alive[x];
    if (n.b - n.a === 1) {
      const f = ctx.form[n.a];
      const s = single.get(f);
      if (!s) single.set(f, { type: n.type, count: 1, mixed: false });
      else {
        s.count++;
        if (s.type !== n.type) s.mixed = true;
      }
      continue;
    }
    if (n.probs[n.type] < sure) continue;
    const first = ctx.form[n.a];
    let list = byFirst.get(first);
    if (!list) byFirst.set(first, (list = []));
    // Compared in place: a name the list holds already allocates nothing (it was 1.6 MB per
    // analysis of the bench text as a forms array and two closures per name).
    if (!listed(ctx, list, n.a, n.b)) {
      const forms: number[] = [];
      for (let i = n.a; i < n.b; i++) forms.push(ctx.form[i]);
      list.push({ forms, type: n.type });
    }
  }
  for (const [f, s] of single) {
    const w = ctx.forms[f];
    if (s.mixed || s.count < 2 || !innerCapital(w) || COMMON_WORDS.has(w.toLowerCase())) continue;
    const list = byFirst.get(f) ?? [];
    list.push({ forms: [f], type: s.type });
    byFirst.set(f, list);
  }
  if (!byFirst.size) return;
  const found: [number, number, number][] = [];
  // Only the tokens of the names' first forms, not a map lookup per token of the text.
  const firsts = new Uint8Array(ctx.forms.length);
  for (const f of byFirst.keys()) firsts[f] = 1;
  const candidates = tokensOf(ctx, firsts);
  let next = 0;
  for (let c = 0; c < candidates.length; c++) {
    const i = candidates[c];
    if (i < next) continue;
    const list = byFirst.get(ctx.form[i]);
    if (!list || out.at(i) || !(t.flags[i] & Flag.Cap)) continue;
    for (const k of list) {
      const b = i + k.forms.length;
      if (b > t.count) continue;
      let same = true;
      for (let j = 1; j < k.forms.length && same; j++)
        same = ctx.form[i + j] === k.forms[j] && !out.at(i + j) && !(t.flags[i + j] & Flag.NewLine);
      if (!same) continue;
      if (k.forms.length === 1 && opensSentence(ctx, i)) continue;
      // Alone: nothing capitalised right after on its line, and before it only a sentence's opening article.
      if (b < t.count && isCapWord(ctx, b) && !(t.flags[b] & Flag.NewLine)) continue;
      const p = i - 1;
      if (p >= 0 && isCapWord(ctx, p) && !(t.flags[i] & Flag.NewLine)) {
        if (!(opensSentence(ctx, p) && OPENING_ARTICLES.has(lower(ctx, p)))) continue;
      }
      found.push([i, b, k.type]);
      next = b;
      break;
    }
  }
  for (const [a, b, type] of found) out.put(a, b, type, REPEAT_NAME_ROW.id);
}

// --- place.near-named-place ---------------------------------------------------------------------

const NEAR_PREPOSITIONS = lowerSetOf(NEAR_PLACE_ROW.value.prepositions);
const NEAR_KM = Number(NEAR_PLACE_ROW.value.km[0]);
/** Most words of a nearby town's name ("Carson City"). */
const TOWN_WORDS = 2;
const EARTH_KM = 6371;

function kmBetween(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad,
    dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.sqrt(h));
}

/** The cities the article names (a gazetteer entry each) and the words of its people's names. */
function namedCitiesAndPersonWords(
  ctx: Ctx,
  out: Names,
): { named: { lat: number; lon: number }[]; personWords: Set<string> } {
  const named: { lat: number; lon: number }[] = [];
  const personWords = new Set<string>();
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    if (n.type === PERSON) for (let i = n.a; i < n.b; i++) personWords.add(lower(ctx, i));
    if (n.type !== PLACE) continue;
    const e = placeLookup(ctx, spanText(ctx, n.a, n.b))?.entry;
    if (e && e.kind === 'city') named.push(e);
  }
  return { named, personWords };
}

/** place.near-named-place: see the row. */
function nearPlaces(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  // The article's cities and people are gathered only once a preposition is followed by an unread
  // capitalised run: most texts have none, and reading every name first was most of this row's
  // cost (0.8% of an analysis of the bench text). Nothing is put before the end, so they are the same.
  let index: ReturnType<typeof namedCitiesAndPersonWords> | undefined;
  const found: [number, number][] = [];
  const prepositions = tokensOf(ctx, formMarks(ctx, NEAR_PREPOSITIONS));
  for (let k = 0; k < prepositions.length; k++) {
    const p = prepositions[k];
    if (p + 1 >= t.count || t.kind[p] !== Kind.Word) continue;
    if (t.flags[p] & Flag.Cap && !opensSentence(ctx, p)) continue;
    const a = p + 1;
    if (!isCapWord(ctx, a) || out.at(a) || t.flags[a] & (Flag.NewLine | Flag.AllCaps) || isWeekdayOrMonth(ctx, a))
      continue;
    let b = a + 1;
    while (b < t.count && b - a < TOWN_WORDS && isCapWord(ctx, b) && !out.at(b) && !(t.flags[b] & Flag.NewLine)) b++;
    // The whole capitalised run, never the start of a longer name.
    if (b < t.count && isCapWord(ctx, b) && !(t.flags[b] & Flag.NewLine)) continue;
    index ??= namedCitiesAndPersonWords(ctx, out);
    const { named, personWords } = index;
    // No city named anywhere: nothing can be near one.
    if (!named.length) return;
    let common = false;
    for (let i = a; i < b && !common; i++) common = personWords.has(lower(ctx, i)) || ctx.lowerSeen.has(lower(ctx, i));
    if (common) continue;
    const e = placeLookup(ctx, spanText(ctx, a, b))?.entry;
    if (!e || e.kind !== 'city' || !named.some((c) => c !== e && kmBetween(c, e) <= NEAR_KM)) continue;
    found.push([a, b]);
  }
  for (const [a, b] of found) out.put(a, b, PLACE, NEAR_PLACE_ROW.id);
}

// --- organisation.owned-modifier ----------------------------------------------------------------

const OWNED_TAILS = lowerSetOf(OWNED_MODIFIER_ROW.value.tails);
/** Most capitalised words of an owned body's name. */
const OWNED_WORDS = 4;
/** A person the model is this sure of is left alone ("the family-run Ana Ruiz Foundation" aside). */
const SURE_PERSON = 0.9;

const OWNED_FORCES = lowerSetOf(OWNED_MODIFIER_ROW.value.forces);
const PLACE_NOUNS = lowerSetOf(OWNED_MODIFIER_ROW.value.placeNouns);

/** The owner before the hyphen: "rebel" of "rebel-controlled". */
const ownerOf = (ctx: Ctx, i: number) => {
  const w = lower(ctx, i);
  return w.slice(0, w.lastIndexOf('-'));
};

/** organisation.owned-modifier: see the row. */
function ownedModifiers(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const found: [number, number, NamedSpan | undefined][] = [];
  // "state-owned", "government-run": the tokens of those words only.
  const owned = tokensOf(ctx, hyphenTailMarks(ctx, OWNED_TAILS));
  for (let k = 0; k < owned.length; k++) {
    const p = owned[k];
    if (p + 1 >= t.count || (t.flags[p] & Flag.Cap && !opensSentence(ctx, p))) continue;
    if (OWNED_FORCES.has(ownerOf(ctx, p))) continue;
    const a = p + 1;
    if (!isCapWord(ctx, a) || t.flags[a] & Flag.NewLine || isDemonym(ctx, spanText(ctx, a, a + 1))) continue;
    const n = out.at(a);
    let b: number;
    if (n) {
      if (n.a !== a || n.type === ORG || (n.type === PERSON && n.probs[PERSON] >= SURE_PERSON)) continue;
      b = n.b;
    } else {
      b = a + 1;
      while (b < t.count && b - a < OWNED_WORDS && isCapWord(ctx, b) && !out.at(b) && !(t.flags[b] & Flag.NewLine)) b++;
    }
    if (placeLookup(ctx, spanText(ctx, a, b)) || (isLowerWord(ctx, b) && PLACE_NOUNS.has(lower(ctx, b)))) continue;
    found.push([a, b, n]);
  }
  for (const [a, b, n] of found) out.put(a, b, ORG, OWNED_MODIFIER_ROW.id, undefined, n);
}

// --- organisation.maker-agent -------------------------------------------------------------------

const MAKER_PARTICIPLES = lowerSetOf(MAKER_AGENT_ROW.value.participles);
/** A place the model is this sure of keeps its reading. */
const SURE_PLACE = 0.9;

/** organisation.maker-agent: see the row. */
function makerAgents(ctx: Ctx, out: Names): void {
  const found: NamedSpan[] = [];
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    if (n.type !== PLACE || n.rule || n.probs[PLACE] >= SURE_PLACE) continue;
    let by = n.a - 1;
    if (isWord(ctx, by, 'the')) by--;
    if (!isWord(ctx, by, 'by') || by < 1 || !MAKER_PARTICIPLES.has(lower(ctx, by - 1))) continue;
    // "built by the Normans": a people named by one plural word.
    if (n.b - n.a === 1 && isWord(ctx, n.a - 1, 'the') && lower(ctx, n.a).endsWith('s')) continue;
    if (placeLookup(ctx, spanText(ctx, n.a, n.b))) continue;
    found.push(n);
  }
  for (const n of found) out.put(n.a, n.b, ORG, MAKER_AGENT_ROW.id, undefined, n);
}
