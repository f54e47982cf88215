/**
 * Rules from the blind entity batches 31-33 (2 Dec 2026, helper ents19a, issue #9; rows in
 * lexicon/blind-news-11.ts). applyNameRules calls `applyBlindNewsRows11` after the blind-10 and
 * leftover-2 rows and before the review rows, so these read the names every other rule decided.
 * Each rule starts from the tokens of its own words (one pass over the word forms), and the
 * sports-report reading is made at most once, only when a club suffix needs it.
 * - sport.club-suffix: "[Charlotte FC]", "[New York City FC]"; "after [Charlotte] had levelled".
 * - place.german-particle-town: "[Neuburg an der Donau]", "[Frankfurt am Main]".
 * - person.demonym-noun-before: "the Dane [Mikkel Hansen-Vestergaard]".
 * - organisation.firm-apposition: "[Banorte], the Monterrey-based bank,".
 * - place.admin-unit-of: "the canton of [Valais]", "the governorate of [Nineveh]".
 */
import { Flag, Kind } from '../tokenize/tokenize';
import { lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import {
  ADMIN_UNIT_OF_ROW,
  CLUB_SUFFIX_ROW,
  DEMONYM_NOUN_ROW,
  FIRM_APPOSITION_ROW,
  GERMAN_PARTICLE_TOWN_ROW,
} from '../lexicon/blind-news-11';
import { HONORIFIC_WORDS } from '../lexicon/names';
import { FACILITY_TAIL, FIRST_NAME_SET, FUNCTION_WORDS, ORG_TAIL, PLACE_TAIL } from '../lexicon/words';
import {
  ORG,
  PERSON,
  PLACE,
  capitalisedOnLine,
  exactFormMarks,
  formMarks,
  isCapWord,
  isLowerWord,
  isPunctChar,
  isWord,
  namesWithin,
  putOverWithin,
  type Names,
  COMMA,
  FULL_STOP,
  OPEN_PAREN,
  CLOSE_PAREN,
} from './named-spans';
import { isSportsReportNamingNoElection } from './sport-sentences';
import { setOf } from '../lexicon/rule-row';

const SURE_SUFFIXES = setOf(CLUB_SUFFIX_ROW.value.sure);
const SPORT_SUFFIXES = setOf(CLUB_SUFFIX_ROW.value.sporting);
const CLUB_LOCATIVES = setOf(CLUB_SUFFIX_ROW.value.locatives);
const TOWN_SINGLE = setOf(GERMAN_PARTICLE_TOWN_ROW.value.single);
const TOWN_PAIRS = GERMAN_PARTICLE_TOWN_ROW.value.pairs.map((p) => p.split(' '));
const TOWN_FIRSTS = setOf(TOWN_PAIRS.map((p) => p[0]));
const TOWN_TIMES = setOf(GERMAN_PARTICLE_TOWN_ROW.value.times);
const DEMONYM_NOUNS = setOf(DEMONYM_NOUN_ROW.value.nouns);
const DEMONYM_DETERMINERS = setOf(DEMONYM_NOUN_ROW.value.determiners);
const DEMONYM_GROUPS = setOf(DEMONYM_NOUN_ROW.value.groups);
const FIRM_HEADS = setOf(FIRM_APPOSITION_ROW.value.heads);
const FIRM_DETERMINERS = setOf(FIRM_APPOSITION_ROW.value.determiners);
const FIRM_AFTER = setOf(FIRM_APPOSITION_ROW.value.after);
const STATE_HEADS = setOf(FIRM_APPOSITION_ROW.value.stateHeads);
const PERSON_HEADS = setOf(FIRM_APPOSITION_ROW.value.personHeads);
const FIRM_MODIFIERS = setOf(FIRM_APPOSITION_ROW.value.firmModifiers);
const FIRM_SUFFIXES = FIRM_APPOSITION_ROW.value.firmSuffixes;
/** A modifier between the determiner `d` and the head `h` says the head is a firm's ("the state miner"). */
function firmModified(ctx: Ctx, d: number, h: number): boolean {
  for (let i = d + 1; i < h; i++) {
    const w = lower(ctx, i);
    if (FIRM_MODIFIERS.has(w) || FIRM_SUFFIXES.some((x) => w.endsWith(x))) return true;
  }
  return false;
}
const ADMIN_UNITS = setOf(ADMIN_UNIT_OF_ROW.value.units);
const ADMIN_BEFORE = setOf(ADMIN_UNIT_OF_ROW.value.before);
/** Longest name after a unit's "of", in tokens. */
const UNIT_NAME_WORDS = 3;

/** Words a town's first word never is ("I am", "We am"). */
const PRONOUNS = setOf('i we you he she it they who'.split(' '));
/** Words that open a sentence and are no part of a club's name after them. */
const OPENERS = setOf('the a an this that in at on for from with by against beat over'.split(' '));
/** At or above this the model's organisation or place reading of a whole name stands against a row. */
const SURE_READING = 0.6;
/** At or above this the model's reading of a body of two words or more stands against place.admin-unit-of. */
const SURE_BODY = 0.85;
/** A word that ends an organisation's, a building's or a place's name. */
const isTailWord = (w: string) => ORG_TAIL.has(w) || FACILITY_TAIL.has(w) || PLACE_TAIL.has(w);
/** Longest club name before its suffix, in tokens. */
const CLUB_WORDS = 4;
/** Modifiers allowed between a determiner and a firm's head word. */
const MODIFIERS_MAX = 3;
/** Words after a nationality noun that make a place of it ("the Dane County clerk"). */
const PLACE_TAILS = setOf('county city township parish district province region state island islands'.split(' '));
/** Longest name after a nationality noun, in tokens. */
const PERSON_WORDS = 3;
/** A single word before a comma that opens a sentence as an adverb, not a firm's name. */
const ADVERBS = setOf(
  'meanwhile however instead still then now later earlier elsewhere also yet again overall first last next today yesterday'.split(
    ' ',
  ),
);
const isSentenceAdverb = (w: string) => w.endsWith('ly') || ADVERBS.has(w) || FUNCTION_WORDS.has(w);
/** Longest firm name before its apposition, in tokens. */
const FIRM_WORDS = 3;

const onLine = (ctx: Ctx, i: number) => !(ctx.t.flags[i] & Flag.NewLine);

export function applyBlindNewsRows11(ctx: Ctx, out: Names): void {
  let sports: boolean | undefined;
  const isSports = () => (sports ??= isSportsReportNamingNoElection(ctx));
  clubSuffixes(ctx, out, isSports);
  germanParticleTowns(ctx, out);
  demonymNouns(ctx, out);
  firmAppositions(ctx, out);
  adminUnits(ctx, out);
}

/** sport.club-suffix: see the row. */
function clubSuffixes(ctx: Ctx, out: Names, isSports: () => boolean): void {
  const t = ctx.t;
  const hits = tokensOf(ctx, exactFormMarks(ctx, new Set([...SURE_SUFFIXES, ...SPORT_SUFFIXES])));
  const stems = new Set<string>();
  for (let k = 0; k < hits.length; k++) {
    const s = hits[k];
    if (t.kind[s] !== Kind.Word || !onLine(ctx, s)) continue;
    const suffix = spanText(ctx, s, s + 1);
    let a = s;
    while (a > 0 && s - a < CLUB_WORDS && isCapWord(ctx, a - 1) && onLine(ctx, a)) a--;
    while (a < s && (OPENERS.has(lower(ctx, a)) || FUNCTION_WORDS.has(lower(ctx, a)))) a++;
    if (a === s) continue;
    if (!SURE_SUFFIXES.has(suffix) && !isSports()) continue;
    const within = namesWithin(out, a, s + 1);
    if (!within) continue;
    putOverWithin(out, a, s + 1, ORG, CLUB_SUFFIX_ROW.id, within);
    stems.add(spanText(ctx, a, s));
  }
  if (!stems.size || !isSports()) return;
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    if (n.type === ORG || !stems.has(spanText(ctx, n.a, n.b))) continue;
    const before = n.a - 1;
    if (isLowerWord(ctx, before) && CLUB_LOCATIVES.has(lower(ctx, before))) continue;
    if (n.b < t.count && t.kind[n.b] === Kind.Poss) continue;
    if (n.type === PLACE && afterLocative(ctx, n.a, n.b - n.a)) continue;
    out.put(n.a, n.b, ORG, CLUB_SUFFIX_ROW.id, undefined, n);
  }
}

/** The words of tokens [a, a + len) are written after a preposition of where somewhere in the text. */
function afterLocative(ctx: Ctx, a: number, len: number): boolean {
  const t = ctx.t;
  for (let i = 1; i + len <= t.count; i++) {
    if (ctx.form[i] !== ctx.form[a] || !isLowerWord(ctx, i - 1) || !CLUB_LOCATIVES.has(lower(ctx, i - 1))) continue;
    let same = true;
    for (let j = 1; j < len && same; j++) same = ctx.form[i + j] === ctx.form[a + j];
    if (same) return true;
  }
  return false;
}

/** place.german-particle-town: see the row. */
function germanParticleTowns(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, new Set([...TOWN_SINGLE, ...TOWN_FIRSTS])));
  for (let k = 0; k < hits.length; k++) {
    const p = hits[k];
    if (!isLowerWord(ctx, p) || !onLine(ctx, p)) continue;
    const w = lower(ctx, p);
    let after = -1;
    if (TOWN_SINGLE.has(w)) after = p + 1;
    else
      for (const pair of TOWN_PAIRS)
        if (pair[0] === w && lower(ctx, p + 1) === pair[1] && isLowerWord(ctx, p + 1)) after = p + 2;
    if (after < 0 || !isCapWord(ctx, after) || !onLine(ctx, after) || ctx.t.flags[after] & Flag.AllCaps) continue;
    // "Welt am Sonntag", "Bonn am Montag": a day or a time of day, not a river or a region.
    if (TOWN_TIMES.has(ctx.forms[ctx.form[after]])) continue;
    const first = p - 1;
    if (!isCapWord(ctx, first) || ctx.t.flags[first] & Flag.AllCaps) continue;
    const fw = lower(ctx, first);
    if (PRONOUNS.has(fw) || FUNCTION_WORDS.has(fw) || FIRST_NAME_SET.has(fw)) continue;
    const within = namesWithin(out, first, after + 1);
    if (!within) continue;
    putOverWithin(out, first, after + 1, PLACE, GERMAN_PARTICLE_TOWN_ROW.id, within);
  }
}

/** person.demonym-noun-before: see the row. */
function demonymNouns(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, DEMONYM_NOUNS));
  for (let k = 0; k < hits.length; k++) {
    const d = hits[k];
    if (!isLowerWord(ctx, d - 1) || !DEMONYM_DETERMINERS.has(lower(ctx, d - 1))) continue;
    // "the Dane County clerk": a county, a city or a body, not a person after the noun.
    if (!capitalisedOnLine(ctx, d + 1) || ORG_TAIL.has(lower(ctx, d + 1)) || PLACE_TAILS.has(lower(ctx, d + 1)))
      continue;
    const n = out.at(d);
    let b: number;
    if (n && n.a === d) b = n.b;
    else if (!n) {
      // The model read no name at all: the capitalised words after the noun, two or three.
      b = d + 1;
      while (b < ctx.t.count && b - d <= PERSON_WORDS && capitalisedOnLine(ctx, b)) b++;
      if (capitalisedOnLine(ctx, b)) continue;
    } else continue;
    if (b - d < 3) continue;
    let capitals = true;
    for (let i = d + 1; i < b && capitals; i++) capitals = isCapWord(ctx, i) && !isTailWord(lower(ctx, i));
    if (!capitals) continue;
    // A team, a firm or a venue: "the Pole Position Racing team", or the model sure of a body or a
    // place ("the fellow Swede Volvo Cars", "the Turk Telekom Arena").
    if (isLowerWord(ctx, b) && DEMONYM_GROUPS.has(lower(ctx, b))) continue;
    if (n && !n.rule && n.type !== PERSON && (n.probs[n.type] ?? 0) >= SURE_READING) continue;
    const within = namesWithin(out, d, b);
    if (!within) continue;
    out.put(d + 1, b, PERSON, DEMONYM_NOUN_ROW.id, undefined, n);
  }
}

/** organisation.firm-apposition: see the row. */
function firmAppositions(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const hits = tokensOf(ctx, formMarks(ctx, FIRM_HEADS));
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k];
    if (!isLowerWord(ctx, h) || !onLine(ctx, h)) continue;
    // The head ends the apposition: a comma, a full stop or a word that goes on about the firm.
    const next = h + 1;
    const ends =
      isPunctChar(ctx, next, COMMA) ||
      isPunctChar(ctx, next, FULL_STOP) ||
      (isLowerWord(ctx, next) && FIRM_AFTER.has(lower(ctx, next)));
    if (!ends) continue;
    // Back over the modifiers to the determiner and the comma before it.
    let d = h - 1;
    while (d > 0 && h - d <= MODIFIERS_MAX && !(isLowerWord(ctx, d) && FIRM_DETERMINERS.has(lower(ctx, d)))) {
      if (t.kind[d] !== Kind.Word || !onLine(ctx, d)) break;
      d--;
    }
    if (!isLowerWord(ctx, d) || !FIRM_DETERMINERS.has(lower(ctx, d)) || !isPunctChar(ctx, d - 1, COMMA)) continue;
    let b = d - 1;
    // A ticker in brackets between the name and the comma ("Banorte (GFNORTEO.MX), the ...").
    if (isPunctChar(ctx, b - 1, CLOSE_PAREN)) {
      let o = b - 2;
      while (o > 0 && b - o < 8 && !isPunctChar(ctx, o, OPEN_PAREN) && onLine(ctx, o)) o--;
      if (!isPunctChar(ctx, o, OPEN_PAREN)) continue;
      b = o;
    }
    let a = b;
    while (a > 0 && b - a < FIRM_WORDS && isCapWord(ctx, a - 1) && onLine(ctx, a)) a--;
    while (a < b && FUNCTION_WORDS.has(lower(ctx, a))) a++;
    if (a === b) continue;
    // A sentence adverb before the apposition ("Separately, the bank, which ..."), not a firm.
    if (b - a === 1 && isSentenceAdverb(lower(ctx, a))) continue;
    const within = namesWithin(out, a, b);
    if (!within) continue;
    // A person of two words or more is a person with a job, not a firm ("Ana Ruiz, a bank clerk,"),
    // and so is a name a person's row decided or a courtesy title opens ("Mr. Wang, a supplier,").
    if (within.some((n) => n.type === PERSON && (n.b - n.a >= 2 || n.rule))) continue;
    if (HONORIFIC_WORDS.has(lower(ctx, a))) continue;
    const head = lower(ctx, h);
    // "Norway, a major supplier,", "Alberta, the biggest producer,": a country or a state.
    if (STATE_HEADS.has(head)) {
      const kind = placeLookup(ctx, spanText(ctx, a, b))?.kind;
      if (kind === 'country' || kind === 'region') continue;
    }
    // "Garcia, a broker,": one word before a trade a person has as often as a firm, unless a ticker
    // or "based", "headquartered" says it is a firm.
    const firmSaid =
      b !== d - 1 || isWord(ctx, next, 'based') || isWord(ctx, next, 'headquartered') || firmModified(ctx, d, h);
    if (PERSON_HEADS.has(head) && b - a === 1 && !firmSaid) continue;
    if (within.some((n) => n.type === ORG && n.a === a && n.b === b)) continue;
    putOverWithin(out, a, b, ORG, FIRM_APPOSITION_ROW.id, within);
  }
}

/** place.admin-unit-of: see the row. */
function adminUnits(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, ADMIN_UNITS));
  for (let k = 0; k < hits.length; k++) {
    const u = hits[k];
    if (!isLowerWord(ctx, u) || ctx.t.kind[u - 1] !== Kind.Word || !ADMIN_BEFORE.has(lower(ctx, u - 1))) continue;
    if (!isWord(ctx, u + 1, 'of') || !isLowerWord(ctx, u + 1) || !capitalisedOnLine(ctx, u + 2)) continue;
    const a = u + 2;
    let b = a;
    while (b < ctx.t.count && b - a < UNIT_NAME_WORDS && capitalisedOnLine(ctx, b)) b++;
    if (capitalisedOnLine(ctx, b)) continue;
    // A body of the unit ("the canton of Geneva Police Department"), not the unit.
    let body = false;
    for (let i = a + 1; i < b && !body; i++) body = ORG_TAIL.has(lower(ctx, i)) || FACILITY_TAIL.has(lower(ctx, i));
    if (body) continue;
    const within = namesWithin(out, a, b);
    if (!within) continue;
    const whole = within.length === 1 && within[0].a === a && within[0].b === b ? within[0] : undefined;
    if (whole && b - a >= 2 && whole.type === ORG && !whole.rule && (whole.probs[ORG] ?? 0) >= SURE_BODY) continue;
    putOverWithin(out, a, b, PLACE, ADMIN_UNIT_OF_ROW.id, within);
  }
}
