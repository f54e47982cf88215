/**
 * Rules of 1 Dec 2026, afternoon (helper ents11c, issue #9: patterns across the held-out fold
 * documents; rows FOLD_PATTERN_ROWS_2 in lexicon/fold-patterns-2.ts). applyNameRules calls
 * `applyFoldPatternRows2` last, so these read every other rule's names. Each visits only the
 * tokens of its own words (`tokensOf`), never every token.
 * - place.historical-state: "the Soviet Union", "Bohemia", "Asia Minor" are places.
 * - sport.team-nickname, sport.team-nickname-shared: "the Red Sox", "St. Louis Cardinals" are clubs.
 * - acronym.unnamed-expansion: "System Under Test (SUT)": the short form of unnamed words is no name.
 * - person.court-party: "Petitioner contends …" in a brief names the party, a person.
 * - place.compass-region: "the West", "from the Southwest" are regions, places.
 * - person.quoted-nickname: 'Julia "Butterfly" Hill' is one person.
 */
import { Flag, Kind } from '../tokenize/tokenize';
import { isDemonym, lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import { FACILITY_TAIL, FIRST_NAME_SET, ORG_LEAD, ORG_TAIL, PLACE_TAIL } from '../lexicon/words';
import { FOLD_PATTERN_ROWS_2 } from '../lexicon/fold-patterns-2';
import { rowNamed } from '../lexicon/rule-row';
import {
  ACRONYM,
  ORG,
  PERSON,
  PLACE,
  abbreviates,
  formMarks,
  initials,
  isCapWord,
  isLowerWord,
  isPunctChar,
  onLine,
  personWordsOf,
  type Names,
  type NamedSpan,
  capitalisedOnLine,
  phraseEnd,
} from './named-spans';
import { isSportsReport, sentenceHasSportWord } from './sport-sentences';

export function applyFoldPatternRows2(ctx: Ctx, out: Names): void {
  historicalStates(ctx, out);
  teamNicknames(ctx, out);
  unnamedExpansions(ctx, out);
  courtParties(ctx, out);
  compassRegions(ctx, out);
  quotedNicknames(ctx, out);
}

/** Multi-word names of a row as word lists, longest first, and their first words (lowercase) to visit. */
function phrases(values: readonly string[]): { words: string[][]; firsts: Set<string> } {
  const words = values.map((v) => v.split(' ')).sort((x, y) => y.length - x.length);
  return { words, firsts: new Set(words.map((w) => w[0].toLowerCase())) };
}

const isThe = (ctx: Ctx, i: number) => i >= 0 && ctx.t.kind[i] === Kind.Word && lower(ctx, i) === 'the';
/**
 * Token `i` goes on a run of capitals that opens before it ("Alberto Moravia", "Pacific Islanders"),
 * not counting "The" or a sentence's first word that no name holds ("Had Petitioner pled", "When Bohemia").
 */
function afterCapital(ctx: Ctx, out: Names, i: number): boolean {
  if (i < 1 || !capitalisedOnLine(ctx, i) || !isCapWord(ctx, i - 1) || isThe(ctx, i - 1)) return false;
  return !(ctx.s.first[ctx.s.of[i - 1]] === i - 1 && !out.at(i - 1));
}

/**
 * The names over tokens [a, b) when none of them runs outside it (an article "the" just before
 * may be inside one): they are what a rule may replace. `undefined` when a longer name holds the span.
 */
function namesWithin(out: Names, ctx: Ctx, a: number, b: number): NamedSpan[] | undefined {
  const found: NamedSpan[] = [];
  for (let i = a; i < b; i++) {
    const n = out.at(i);
    if (!n || found.includes(n)) continue;
    if (n.b > b || (n.a < a && !(n.a === a - 1 && isThe(ctx, n.a)))) return undefined;
    found.push(n);
  }
  return found;
}

const STATES = phrases(rowNamed(FOLD_PATTERN_ROWS_2, 'place.historical-state').value);
/** At or above this, a person the article names is confident enough to keep its words from the row. */
const NAMED_PERSON = 0.5;

/** place.historical-state: "the Soviet Union collapsed", "his native Bohemia": see the row. */
function historicalStates(ctx: Ctx, out: Names): void {
  const { id } = rowNamed(FOLD_PATTERN_ROWS_2, 'place.historical-state');
  const hits = tokensOf(ctx, formMarks(ctx, STATES.firsts));
  let personWords: Set<string> | undefined;
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    if (!isCapWord(ctx, i)) continue;
    // Inside a longer run of capitals ("Alberto Moravia", "Greater Bohemia"), but "The Soviet Union".
    if (afterCapital(ctx, out, i)) continue;
    const b = phraseEnd(ctx, i, STATES.words);
    if (b < 0 || capitalisedOnLine(ctx, b)) continue;
    const within = namesWithin(out, ctx, i, b);
    if (!within) continue;
    const n = within.length === 1 ? within[0] : undefined;
    if (n && n.a === i && n.b === b && n.type === PLACE) continue;
    personWords ??= personWordsOf(
      ctx,
      out.alive().filter((m) => m.probs[PERSON] >= NAMED_PERSON),
    );
    let named = false;
    for (let k = i; k < b; k++) if (personWords.has(lower(ctx, k))) named = true;
    if (named) continue;
    out.put(i, b, PLACE, id, undefined, n);
  }
}

const NICKNAMES = phrases(rowNamed(FOLD_PATTERN_ROWS_2, 'sport.team-nickname').value);
const SHARED_NICKNAMES = phrases(rowNamed(FOLD_PATTERN_ROWS_2, 'sport.team-nickname-shared').value);
const NICKNAME_FIRSTS = new Set([...NICKNAMES.firsts, ...SHARED_NICKNAMES.firsts]);
/** A people's name after a place ("Pacific Islanders") the model reads as people this surely stays outside sport. */
const SURE_PEOPLE = 0.5;
/** The most words of a town read back before a nickname ("St. Louis", "Salt Lake City"). */
const TOWN_WORDS = 3;

/**
 * The start of a known town written right before token `i` on the same line ("Boston Red Sox",
 * "St. Louis Cardinals"), or −1.
 */
function townBefore(ctx: Ctx, i: number): number {
  let town = -1;
  for (let a = i - 1; a >= 0 && i - a <= TOWN_WORDS; a--) {
    if (!isCapWord(ctx, a) || isThe(ctx, a) || ctx.t.flags[a + 1] & Flag.NewLine) break;
    // The longest: "New York Mets", not "York Mets".
    if (placeLookup(ctx, spanText(ctx, a, i))) town = a;
  }
  return town;
}

/** Opening quotation marks before a nickname that opens a quoted sentence. */
const OPENING_QUOTES = new Set(['"', '\u201c']);

/** Words after a nickname that make it part of a phrase, not a subject ("Saints and sinners"). */
const LINKS = new Set('and or nor of in on at for with from to by as but'.split(' '));

/**
 * A short brief outside a sports report (ents64b): the nickname [i, b) opens its sentence or a
 * quotation, a lowercase word that is no link ("and", "of") follows it on the line, and its
 * sentence has a sport word, or, when the nickname's line is a headline, the sentence after it
 * does ("Hearts won 2-0 … both goals", "Gunners cruise into last eight" over "Two goals … settled
 * the tie"). A score alone is not enough: "Senators voted 52-48" is a vote.
 */
function opensSportBrief(ctx: Ctx, i: number, b: number): boolean {
  const { s, t } = ctx;
  const k = s.of[i];
  const first = s.first[k];
  const opens = i === first || (i === first + 1 && OPENING_QUOTES.has(ctx.forms[ctx.form[first]]));
  if (!opens || !isLowerWord(ctx, b) || !onLine(ctx, b) || LINKS.has(lower(ctx, b))) return false;
  // A sport word other than the one right after the nickname: "Warriors coach their children",
  // "Titans manager Terry Holloway said" are no briefs of a match.
  if (sentenceHasSportWord(ctx, k, b)) return true;
  // A headline: the sentence fills its line and ends with no full stop.
  const end = s.last[k];
  const headline =
    (first === 0 || (t.flags[first] & Flag.NewLine) !== 0) &&
    end < t.count &&
    (t.flags[end] & Flag.NewLine) !== 0 &&
    !isPunctChar(ctx, end - 1, 46);
  return headline && k + 1 < s.count && sentenceHasSportWord(ctx, k + 1);
}

/** sport.team-nickname, sport.team-nickname-shared: "the Red Sox", "St. Louis Cardinals": see the rows. */
function teamNicknames(ctx: Ctx, out: Names): void {
  const { id } = rowNamed(FOLD_PATTERN_ROWS_2, 'sport.team-nickname');
  const { id: sharedId } = rowNamed(FOLD_PATTERN_ROWS_2, 'sport.team-nickname-shared');
  const hits = tokensOf(ctx, formMarks(ctx, NICKNAME_FIRSTS));
  let sportsReport = -1;
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    // "49ers", "76ers" open with a digit.
    if (!isCapWord(ctx, i) && !/^\d/.test(ctx.forms[ctx.form[i]])) continue;
    let b = phraseEnd(ctx, i, NICKNAMES.words);
    let rule = id;
    if (b < 0) {
      b = phraseEnd(ctx, i, SHARED_NICKNAMES.words);
      rule = sharedId;
    }
    if (b < 0 || capitalisedOnLine(ctx, b)) continue;
    const town = townBefore(ctx, i);
    const a = town >= 0 ? town : i;
    // Not the last words of another name ("Pacific Islanders", "Young Turks").
    if (town < 0 && afterCapital(ctx, out, i)) continue;
    if (rule === sharedId && town < 0) {
      if (sportsReport < 0) sportsReport = isSportsReport(ctx) ? 1 : 0;
      if (!sportsReport && !opensSportBrief(ctx, i, b)) continue;
    }
    const within = namesWithin(out, ctx, a, b);
    if (!within) continue;
    const n = within.length === 1 ? within[0] : undefined;
    // "Pacific Islanders make up a tenth": after a region, no town, a people the model reads as
    // people outside sport names no one.
    if (rule === sharedId && town >= 0 && n && !n.rule && n.type === PERSON && n.probs[PERSON] >= SURE_PEOPLE) {
      if (sportsReport < 0) sportsReport = isSportsReport(ctx) ? 1 : 0;
      if (!sportsReport && placeLookup(ctx, spanText(ctx, a, i))?.kind === 'region') {
        out.remove(n);
        continue;
      }
    }
    if (n && n.a === a && n.b === b && n.type === ORG) continue;
    out.put(a, b, ORG, rule, undefined, n);
  }
}

const EXPANSION_WORDS = Number(rowNamed(FOLD_PATTERN_ROWS_2, 'acronym.unnamed-expansion').value[0]);
/** Small words that may stand inside a spelled-out term ("Instruments for Ocean and Land Studies"). */
const TERM_JOINERS = new Set(['of', 'for', 'and', 'in', 'on', 'the', 'to', '&']);
const OPEN_BRACKET = new Set(['(']);

/** acronym.unnamed-expansion: "System Under Test (SUT)": see the row. */
function unnamedExpansions(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  let terms: Set<string> | undefined;
  let named: Set<string> | undefined;
  const opens = tokensOf(ctx, formMarks(ctx, OPEN_BRACKET));
  for (let x = 0; x < opens.length; x++) {
    const i = opens[x];
    if (i < 2 || !isPunctChar(ctx, i, 40) || !isPunctChar(ctx, i + 2, 41) || t.kind[i + 1] !== Kind.Word) continue;
    const short = spanText(ctx, i + 1, i + 2);
    if (!ACRONYM.test(short) || !isCapWord(ctx, i - 1)) continue;
    if (out.at(i - 1)) {
      (named ??= new Set()).add(short);
      continue;
    }
    const letters = short.toLowerCase().replace(/[^a-z]/g, '');
    if (letters.length < 2) continue;
    // The capitalised words (and joiners between them) just before the bracket, back to the one
    // whose initial opens the short form.
    let a = -1;
    for (let k = i - 1; k >= 0 && i - k <= EXPANSION_WORDS; k--) {
      if (t.kind[k] !== Kind.Word || t.flags[k] & Flag.NewLine) break;
      const cap = isCapWord(ctx, k);
      if (!cap && !TERM_JOINERS.has(lower(ctx, k))) break;
      if (cap && abbreviates(letters, initials(ctx, k, i))) a = k;
    }
    if (a < 0 || !ACRONYM_END(letters, initials(ctx, a, i))) continue;
    let unnamed = true;
    for (let k = a; k < i && unnamed; k++) if (out.at(k) || namesKind(ctx, k)) unnamed = false;
    if (unnamed) (terms ??= new Set()).add(short);
  }
  if (!terms) return;
  const names = out.alive();
  for (let k = 0; k < names.length; k++) {
    const n = names[k];
    if (n.b - n.a !== 1 || n.rule || n.probs[n.type] >= SURE_SHORT_FORM) continue;
    const w = spanText(ctx, n.a, n.b);
    if (terms.has(w) && !named?.has(w)) out.remove(n);
  }
}
/** At or above this the model's reading of a short form stands, whatever its expansion. */
const SURE_SHORT_FORM = 0.7;
/**
 * Word `k` of an expansion says it names something: an organisation, place or facility head
 * ("Council", "States", "Hall", singular or plural), a demonym ("African") or a known place.
 */
function namesKind(ctx: Ctx, k: number): boolean {
  if (!isCapWord(ctx, k)) return false;
  const w = lower(ctx, k);
  const one = w.endsWith('s') ? w.slice(0, -1) : w;
  for (const x of [w, one])
    if (ORG_TAIL.has(x) || ORG_LEAD.has(x) || PLACE_TAIL.has(x) || FACILITY_TAIL.has(x)) return true;
  const text = spanText(ctx, k, k + 1);
  return isDemonym(ctx, text) || placeLookup(ctx, text) !== undefined;
}
/** The short form ends with the initial of the last word (so "SUT" for "System Under Test", not "System Under"). */
const ACRONYM_END = (letters: string, all: string) => letters[letters.length - 1] === all[all.length - 1];

const PARTY_WORDS = new Set(rowNamed(FOLD_PATTERN_ROWS_2, 'person.court-party').value.map((w) => w.toLowerCase()));
/** Mid-sentence capitalised uses of a party word that make an article write it as a name. */
const PARTY_USES = 2;

/** person.court-party: "Petitioner contends …" in a brief: see the row. */
function courtParties(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const { id } = rowNamed(FOLD_PATTERN_ROWS_2, 'person.court-party');
  const hits = tokensOf(ctx, formMarks(ctx, PARTY_WORDS));
  if (hits.length < PARTY_USES) return;
  const standsAlone = (i: number) =>
    isCapWord(ctx, i) && !(t.flags[i] & Flag.AllCaps) && !capitalisedOnLine(ctx, i + 1) && !afterCapital(ctx, out, i);
  const uses = new Map<string, number>();
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    if (!standsAlone(i) || ctx.s.first[ctx.s.of[i]] === i) continue;
    const w = lower(ctx, i);
    uses.set(w, (uses.get(w) ?? 0) + 1);
  }
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    if (!standsAlone(i) || (uses.get(lower(ctx, i)) ?? 0) < PARTY_USES) continue;
    const within = namesWithin(out, ctx, i, i + 1);
    if (!within) continue;
    const n = within.length === 1 ? within[0] : undefined;
    if (n && n.a === i && n.b === i + 1 && n.type === PERSON) continue;
    out.put(i, i + 1, PERSON, id, undefined, n);
  }
}

const COMPASS = new Set(rowNamed(FOLD_PATTERN_ROWS_2, 'place.compass-region').value.map((w) => w.toLowerCase()));

/** place.compass-region: "for the West", "from the Southwest": see the row. */
function compassRegions(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const { id } = rowNamed(FOLD_PATTERN_ROWS_2, 'place.compass-region');
  const hits = tokensOf(ctx, formMarks(ctx, COMPASS));
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    if (i < 1 || !isCapWord(ctx, i) || t.flags[i] & Flag.AllCaps || !isThe(ctx, i - 1)) continue;
    // "the" in lowercase: "The South" opening a sentence is left to the model.
    if (t.flags[i - 1] & Flag.Cap || capitalisedOnLine(ctx, i + 1) || t.kind[i + 1] === Kind.Num) continue;
    const within = namesWithin(out, ctx, i, i + 1);
    if (!within) continue;
    const n = within.length === 1 ? within[0] : undefined;
    if (n && n.a === i && n.b === i + 1 && n.type === PLACE) continue;
    const region = out.put(i, i + 1, PLACE, id, undefined, n);
    // Only this mention is the region: the word's other capitalised uses are directions ("streets run
    // East / West"), so it neither votes on them (`local`) nor is sure enough to be repeated there.
    region.local = id;
    region.probs = [0, REGION_CONFIDENCE, 0, 1 - REGION_CONFIDENCE];
  }
}
/** Below the confidence at which coreference repeats a one-word name at the word's other uses (coref STRONG). */
const REGION_CONFIDENCE = 0.75;

const NICKNAME_WORDS = Number(rowNamed(FOLD_PATTERN_ROWS_2, 'person.quoted-nickname').value[0]);
/** The most capitalised words of a given name before, or a surname after, a quoted nickname. */
const NAME_SIDE_WORDS = 2;
const OPEN_QUOTES = new Set(['"', '\u201c']);

/** person.quoted-nickname: 'Julia "Butterfly" Hill': see the row. */
function quotedNicknames(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const { id } = rowNamed(FOLD_PATTERN_ROWS_2, 'person.quoted-nickname');
  const hits = tokensOf(ctx, formMarks(ctx, OPEN_QUOTES));
  let personWords: Set<string> | undefined;
  for (let x = 0; x < hits.length; x++) {
    const q = hits[x];
    if (q < 1 || t.kind[q] !== Kind.QOpen || !isCapWord(ctx, q - 1) || t.flags[q] & Flag.NewLine) continue;
    let c = q + 1;
    while (c < t.count && c - q - 1 < NICKNAME_WORDS && capitalisedOnLine(ctx, c)) c++;
    if (c === q + 1 || c >= t.count || t.kind[c] !== Kind.QClose || !capitalisedOnLine(ctx, c + 1)) continue;
    let a = q - 1;
    while (q - a < NAME_SIDE_WORDS && afterCapital(ctx, out, a)) a--;
    let e = c + 1;
    while (e < t.count && e - c - 1 < NAME_SIDE_WORDS && capitalisedOnLine(ctx, e)) e++;
    if (capitalisedOnLine(ctx, e)) continue;
    const within = namesWithin(out, ctx, a, e);
    if (!within) continue;
    const person = within.some((n) => n.type === PERSON);
    personWords ??= personWordsOf(
      ctx,
      out.alive().filter((m) => m.probs[PERSON] >= NAMED_PERSON),
    );
    if (!person && !FIRST_NAME_SET.has(lower(ctx, a)) && !personWords.has(lower(ctx, e - 1))) continue;
    const n = within.length === 1 ? within[0] : undefined;
    out.put(a, e, PERSON, id, undefined, n);
  }
}
