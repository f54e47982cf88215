/**
 * Rules from the blind entity batches 53 and 54 (4 Dec 2026, helper ents28a, issue #9; rows in
 * lexicon/blind-news-18.ts). applyNameRules calls `applyBlindNewsRows18` right after the blind-17
 * rows, so these read the names every earlier rule decided. Each rule starts from the names or
 * from the tokens of its own words.
 * - organisation.legal-form-late: "[Kafue Copper] Plc (KCU.L)", "[Skovgaard Pharma] A/S".
 * - organisation.without-borders: "[Médecins Sans Frontières]" read as a person.
 * - sport.club-city-anywhere: "clear of [Bayer Leverkusen], who lost", "[Kiel] are six points".
 * - sport.side-descriptor-opening: "Leaders [Bayern Munich] were held".
 * - place.stadium-compound: "at the [Weserstadion]".
 * - organisation.body-of-country: "the [Senate of the Philippines]".
 * - place.kind-apposition-after: "of [Zambales], the province facing the shoal".
 * - organisation.head-after: "the [Klaipėda State Seaport Authority]".
 * - organisation.based-firm: "the Dubai-based [DP World]".
 * - organisation.unit-apposition: "[LTG Cargo], the freight arm of".
 * - organisation.state-kind-firm: "state miner [Gécamines]".
 * - organisation.elided-tail: "the [Société Nationale d'Électricité]".
 * - person.occupation-opening: "Forecaster [Acácio Tembe] of the …".
 */
import { Flag, Kind } from '../tokenize/tokenize';
import { capitalisedWords, lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import {
  BASED_FIRM_ROW,
  BODY_OF_COUNTRY_ROW,
  ELIDED_TAIL_ROW,
  OCCUPATION_OPENING_ROW,
  HEAD_AFTER_ROW,
  KIND_APPOSITION_AFTER_ROW,
  LEGAL_FORM_LATE_ROW,
  SIDE_DESCRIPTOR_ROW,
  SPORT_CLUB_CITY_ROW,
  STADIUM_COMPOUND_ROW,
  STATE_KIND_FIRM_ROW,
  UNIT_APPOSITION_ROW,
  WITHOUT_BORDERS_ROW,
} from '../lexicon/blind-news-18';
import {
  COMMON_WORDS,
  FIRST_NAME_SET,
  FUNCTION_WORDS,
  MONTHS,
  PERSON_DESCRIPTORS,
  ROLE_NOUNS,
  WEEKDAYS,
  unaccented,
} from '../lexicon/words';
import {
  ORG,
  PERSON,
  PLACE,
  formMarks,
  isCapWord,
  isWord,
  type NamedSpan,
  type Names,
  opensLine,
  opensSentence,
  isLowerWord,
  isOneChar,
  capitalisedOnLineAfterStart,
  COMMA,
  aliveByWord,
  FIRST_TOKEN,
  TOKEN_AFTER,
  hyphenTailMarks,
  patternFormMarks,
} from './named-spans';
import { isSportsReportNamingNoElection } from './sport-sentences';
import { GIVEN_NAMES_LOST } from '../lexicon/news-leftovers-3';
import { lowerSetOf } from '../lexicon/rule-row';

const SLASH = 47;
/** A reading the model is this sure of is left alone. */
const SURE = 0.8;
/** Most capitalised words of a name these rules add. */
const NAME_WORDS = 3;

export function applyBlindNewsRows18(ctx: Ctx, out: Names): void {
  legalFormsLate(ctx, out);
  withoutBorders(ctx, out);
  sideDescriptors(ctx, out);
  clubsAnywhere(ctx, out);
  stadiumCompounds(ctx, out);
  bodiesOfCountries(ctx, out);
  kindAppositionsAfter(ctx, out);
  headsAfter(ctx, out);
  basedFirms(ctx, out);
  unitAppositions(ctx, out);
  stateKindFirms(ctx, out);
  elidedTails(ctx, out);
  occupationOpenings(ctx, out);
}

/** No space between token `i` and the one before it. */
const joined = (ctx: Ctx, i: number) => !(ctx.t.flags[i] & Flag.Space);

/** A given name, also written with its accents: the list holds them plain. */
function givenName(ctx: Ctx, i: number): boolean {
  const w = lower(ctx, i);
  const plain = unaccented(w);
  return FIRST_NAME_SET.has(w) || FIRST_NAME_SET.has(plain) || GIVEN_NAMES_LOST.has(plain);
}
/** A word the language also writes in lowercase. */
const languageWord = (ctx: Ctx, i: number) => {
  const w = lower(ctx, i);
  return COMMON_WORDS.has(w) || ctx.lowerSeen.has(w) || FUNCTION_WORDS.has(w);
};

/** The end of a run of at most `max` capitalised words on the line from `a` (`a` when none). */
function capRun(ctx: Ctx, a: number, max: number): number {
  let b = a;
  while (b - a < max && b < ctx.t.count && isCapWord(ctx, b) && (b === a || !opensLine(ctx, b))) b++;
  return b;
}

/**
 * [a, b) is free for a new name of `type`: no name covers it, or only names inside it that no rule
 * decided (but `cutBy`, a rule that only cut a name to [a, b)), read as another type below SURE;
 * none runs past its edges.
 */
function freeFor(out: Names, a: number, b: number, type: number, cutBy?: string): NamedSpan | undefined | false {
  let was: NamedSpan | undefined;
  for (let i = a; i < b; i++) {
    const m = out.at(i);
    if (!m) continue;
    // A name a rule only cut to these words, keeping the model's type: its reading is the model's.
    const cut = cutBy !== undefined && m.rule === cutBy && m.a === a && m.b === b;
    if (m.a < a || m.b > b || m.type === type || (!cut && (m.rule || m.probs[m.type] >= SURE))) return false;
    was = m;
  }
  return was;
}

// --- organisation.legal-form-late -------------------------------------------------------------

const LATE_FORMS = lowerSetOf(LEGAL_FORM_LATE_ROW.value.forms);
const SLASH_FORMS = lowerSetOf(LEGAL_FORM_LATE_ROW.value.slashForms);

/** Token `i` opens a slash form ("A", "/", "S" written together). */
function slashFormAt(ctx: Ctx, i: number): boolean {
  if (i + 2 >= ctx.t.count || !isOneChar(ctx, i + 1, SLASH) || !joined(ctx, i + 1) || !joined(ctx, i + 2)) return false;
  return SLASH_FORMS.has(`${lower(ctx, i)}/${lower(ctx, i + 2)}`);
}

/** organisation.legal-form-late: see the row. */
function legalFormsLate(ctx: Ctx, out: Names): void {
  const cuts: [NamedSpan, number][] = [];
  const drops: NamedSpan[] = [];
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    if (n.type !== ORG) continue;
    // "S" alone after "A/": the end of a slash form.
    if (n.b - n.a === 1 && n.a >= 2 && slashFormAt(ctx, n.a - 2)) {
      drops.push(n);
      continue;
    }
    if (n.b - n.a < 2) continue;
    // "Skovgaard Pharma A" before "/S", or the whole form inside the name.
    if (slashFormAt(ctx, n.b - 1)) cuts.push([n, n.b - 1]);
    else if (n.b - n.a >= 4 && slashFormAt(ctx, n.b - 3)) cuts.push([n, n.b - 3]);
    else if (n.rule && isCapWord(ctx, n.b - 1) && LATE_FORMS.has(lower(ctx, n.b - 1))) cuts.push([n, n.b - 1]);
  }
  for (const n of drops) out.remove(n);
  for (const [n, b] of cuts) out.put(n.a, b, ORG, LEGAL_FORM_LATE_ROW.id, undefined, n);
}

// --- organisation.without-borders -------------------------------------------------------------

const BORDER_LINKS = lowerSetOf(WITHOUT_BORDERS_ROW.value.links);
const BORDER_WORDS = lowerSetOf(WITHOUT_BORDERS_ROW.value.borders);

/** organisation.without-borders: see the row. */
function withoutBorders(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, BORDER_LINKS));
  for (let x = 0; x < hits.length; x++) {
    const k = hits[x];
    if (
      ctx.t.kind[k] !== Kind.Word ||
      !capitalisedOnLineAfterStart(ctx, k + 1) ||
      !isCapWord(ctx, k - 1) ||
      opensLine(ctx, k)
    )
      continue;
    if (!BORDER_WORDS.has(lower(ctx, k + 1))) continue;
    // A capital on the link, or a name word before it that does not open the sentence.
    if (!isCapWord(ctx, k) && opensSentence(ctx, k - 1)) continue;
    let a = k - 1;
    if (a - 1 >= 0 && capitalisedOnLineAfterStart(ctx, a) && isCapWord(ctx, a - 1) && !opensSentence(ctx, a)) a--;
    const b = capRun(ctx, k + 1, 2);
    if (givenName(ctx, k + 1)) continue;
    const same = out.at(a);
    if (same && same.a === a && same.b === b && same.type === ORG) continue;
    let inside = true;
    for (let i = a; i < b && inside; i++) {
      const m = out.at(i);
      inside = !m || (m.a >= a && m.b <= b && !m.rule);
    }
    if (!inside) continue;
    out.put(a, b, ORG, WITHOUT_BORDERS_ROW.id, undefined, out.at(a) ?? out.at(k + 1));
  }
}

// --- sport.club-city-anywhere -----------------------------------------------------------------

const RESULTS = lowerSetOf(SPORT_CLUB_CITY_ROW.value.results);
const isCity = (ctx: Ctx, i: number) => placeLookup(ctx, ctx.forms[ctx.form[i]])?.kind === 'city';
/** Only a name read as a person at least this surely is left alone. */
const SURE_PERSON = 0.95;
/** The place reading a rule gave a club's city word that another body names ("between [Stuttgart] and …"). */
const PLACE_IN_BODY = 'place.named-in-a-body-elsewhere';
/** Roles of players a name may follow, besides the descriptors of a person. */
const PLAYER_ROLES = lowerSetOf([
  'substitute',
  'outfielder',
  'infielder',
  'catcher',
  'winger',
  'centre-back',
  'full-back',
  'playmaker',
  'keeper',
  'rookie',
  'debutant',
  'teenager',
  'youngster',
]);
const SIDE_WORDS = lowerSetOf(['between', 'against', 'v', 'vs', 'beat', 'host', 'hosts', 'face', 'faces', 'and']);

/** sport.club-city-anywhere: see the row. */
function clubsAnywhere(ctx: Ctx, out: Names): void {
  if (!isSportsReportNamingNoElection(ctx)) return;
  // First words of the article's people whose names end in no city: given names, never a club's.
  const people = new Set<string>();
  for (const p of out.alive())
    if (p.type === PERSON && p.b - p.a >= 2 && !isCity(ctx, p.b - 1)) people.add(lower(ctx, p.a));
  // Surnames the article uses alone for a person ("Takahata, 24, was named …").
  const alone = new Set<string>();
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const p = aliveNow[ax];
    if (p.type === PERSON && p.b - p.a === 1) alone.add(lower(ctx, p.a));
  }
  // The article already names a club of a word and a city as an organisation ("VfB Stuttgart",
  // "Union Berlin"): a report where sides are named so, not a race or a list of players.
  let named = false;
  for (const n of out.alive())
    named ||=
      n.type === ORG && n.b - n.a >= 2 && n.b - n.a <= NAME_WORDS && isCity(ctx, n.b - 1) && isCapWord(ctx, n.a);
  if (!named) return;
  const clubs: NamedSpan[] = [];
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    if (n.type !== PERSON || n.rule || n.b - n.a !== 2 || n.probs[PERSON] >= SURE_PERSON) continue;
    const { a, b } = n;
    // A player's role before the name ("substitute Tyrese Campbell", "Outfielder Ryusei Takahata").
    const before = a > 0 ? lower(ctx, a - 1) : '';
    if (PERSON_DESCRIPTORS.has(before) || ROLE_NOUNS.has(before) || PLAYER_ROLES.has(before)) continue;
    if (alone.has(lower(ctx, b - 1))) continue;
    // In a list of people ("Jerry Sands, Stolmy Pimentel, Mark Melancon").
    const left = isOneChar(ctx, a - 1, COMMA) || isWord(ctx, a - 1, 'and') ? out.at(a - 2) : undefined;
    const right = isOneChar(ctx, b, COMMA) || isWord(ctx, b, 'and') ? out.at(b + 1) : undefined;
    const person = (m: NamedSpan | undefined) => m?.type === PERSON && (!!m.rule || m.probs[PERSON] >= SURE);
    if (person(left) || person(right)) continue;
    if (!isCapWord(ctx, a) || !isCapWord(ctx, a + 1) || ctx.t.flags[a] & Flag.AllCaps) continue;
    if (!isCity(ctx, b - 1) || givenName(ctx, a) || languageWord(ctx, a) || people.has(lower(ctx, a))) continue;
    // The first word may be a town of its own ("Werder", "Holstein"), the whole may not.
    if (placeLookup(ctx, spanText(ctx, a, b))) continue;
    clubs.push(n);
  }
  for (const n of clubs) out.put(n.a, n.b, ORG, SPORT_CLUB_CITY_ROW.id, undefined, n);
  // The city words of the article's clubs of a word and a city.
  const cities = new Set<string>();
  for (const n of out.alive())
    if (n.type === ORG && n.b - n.a >= 2 && n.b - n.a <= NAME_WORDS && isCity(ctx, n.b - 1))
      cities.add(lower(ctx, n.b - 1));
  const sides: NamedSpan[] = [];
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    if (n.b - n.a !== 1 || givenName(ctx, n.a)) continue;
    const w = lower(ctx, n.a);
    const read = n.type === PERSON && !n.rule && n.probs[PERSON] < SURE_PERSON;
    if (cities.has(w) && !people.has(w)) {
      // The club's city alone: read as a person, or made a place by another body's name in a side's slot.
      const slot = isLowerWord(ctx, n.a - 1) && SIDE_WORDS.has(lower(ctx, n.a - 1));
      if (read || (n.type === PLACE && n.rule === PLACE_IN_BODY && slot)) sides.push(n);
      continue;
    }
    // "Werder Bremen and [Heidenheim] drew 0–0": the other side of a result, with its score.
    if (!read || languageWord(ctx, n.a) || !isWord(ctx, n.a - 1, 'and')) continue;
    if (!isLowerWord(ctx, n.b) || !RESULTS.has(lower(ctx, n.b)) || ctx.t.kind[n.b + 1] !== Kind.Num) continue;
    const before = out.at(n.a - 2);
    if (before && before.type === ORG && before.b === n.a - 1) sides.push(n);
  }
  // "[Bayern] are still eight points clear": the first word of a club named in full elsewhere
  // ("Bayern Munich"), alone and left unread; not a word of the language ("Union officials").
  const firsts = new Set<string>();
  for (const n of out.alive())
    if (n.type === ORG && n.b - n.a === 2 && isCapWord(ctx, n.a) && isCapWord(ctx, n.a + 1) && isCity(ctx, n.b - 1))
      firsts.add(ctx.forms[ctx.form[n.a]]);
  const caps = firsts.size ? capitalisedWords(ctx) : new Int32Array(0);
  for (let x = 0; x < caps.length; x++) {
    const i = caps[x];
    if (
      !firsts.has(ctx.forms[ctx.form[i]]) ||
      out.at(i) ||
      capitalisedOnLineAfterStart(ctx, i + 1) ||
      (i > 0 && capitalisedOnLineAfterStart(ctx, i) && isCapWord(ctx, i - 1))
    )
      continue;
    if (
      languageWord(ctx, i) ||
      givenName(ctx, i) ||
      people.has(lower(ctx, i)) ||
      placeLookup(ctx, ctx.forms[ctx.form[i]])
    )
      continue;
    sides.push({ a: i, b: i + 1, type: ORG, probs: [0, 0, 0, 1] });
  }
  for (const n of sides) out.put(n.a, n.b, ORG, SPORT_CLUB_CITY_ROW.id, undefined, out.at(n.a));
}

// --- sport.side-descriptor-opening ------------------------------------------------------------

const DESCRIPTORS = lowerSetOf(SIDE_DESCRIPTOR_ROW.value.descriptors);
const COMPETITION_TAILS = lowerSetOf(SIDE_DESCRIPTOR_ROW.value.competitionTails);

/** sport.side-descriptor-opening: see the row. */
function sideDescriptors(ctx: Ctx, out: Names): void {
  const found: NamedSpan[] = [];
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    if (n.b - n.a < 2 || n.b - n.a > 4 || !opensSentence(ctx, n.a)) continue;
    if (!DESCRIPTORS.has(lower(ctx, n.a)) || COMPETITION_TAILS.has(lower(ctx, n.b - 1))) continue;
    // Read as a person ("Promoted Wrexham", "Champions Liverpool"): the side only where the rest is
    // a place the map knows, in a sports report ("Rivals Smith" is left).
    if (n.type === PERSON && !(placeLookup(ctx, spanText(ctx, n.a + 1, n.b)) && isSportsReportNamingNoElection(ctx)))
      continue;
    found.push(n);
  }
  for (const n of found) out.put(n.a + 1, n.b, n.type === PERSON ? ORG : n.type, SIDE_DESCRIPTOR_ROW.id, undefined, n);
}

// --- place.stadium-compound -------------------------------------------------------------------

const STADIUM_TAILS = STADIUM_COMPOUND_ROW.value.tails.map((t) => t.toLowerCase());
/** Letters a ground's own part needs before the tail ("Weser" in "Weserstadion"). */
const STEM = 3;

/** place.stadium-compound: see the row. */
function stadiumCompounds(ctx: Ctx, out: Names): void {
  const { t, formStart, formTokens } = ctx;
  // The test depends only on the word, so it runs once per distinct form, and only the tokens of
  // the marked forms are visited: looping over every capitalised token (about one in five) to read
  // a per-form memo was 1.2% of an analysis of the bench text, for a row that rarely fires.
  const tailed = new Uint8Array(ctx.forms.length);
  for (let f = 0; f < tailed.length; f++) {
    const first = formTokens[formStart[f]];
    // A form's kind and capital are its first token's: both are read from the same text.
    if (t.kind[first] !== Kind.Word || !(t.flags[first] & Flag.Cap)) continue;
    const w = ctx.formLower[f];
    if (STADIUM_TAILS.some((tail) => w.length >= tail.length + STEM && w.endsWith(tail))) tailed[f] = 1;
  }
  const tokens = tokensOf(ctx, tailed);
  const found: [number, NamedSpan | undefined][] = [];
  for (let x = 0; x < tokens.length; x++) {
    const i = tokens[x];
    const m = out.at(i);
    if (m && (m.a !== i || m.b !== i + 1 || m.type === PLACE || m.rule || m.probs[m.type] >= 0.9)) continue;
    found.push([i, m]);
  }
  for (const [i, m] of found) out.put(i, i + 1, PLACE, STADIUM_COMPOUND_ROW.id, undefined, m);
}

// --- organisation.body-of-country -------------------------------------------------------------

const LEGISLATURES = lowerSetOf(BODY_OF_COUNTRY_ROW.value.heads);

/** organisation.body-of-country: see the row. */
function bodiesOfCountries(ctx: Ctx, out: Names): void {
  const found: [NamedSpan, NamedSpan][] = [];
  for (const n of aliveByWord(ctx, out, LEGISLATURES, FIRST_TOKEN)) {
    if (n.type !== ORG || n.b - n.a !== 1 || !isCapWord(ctx, n.a) || !LEGISLATURES.has(lower(ctx, n.a))) continue;
    if (!isWord(ctx, n.b, 'of') || !isLowerWord(ctx, n.b)) continue;
    const p = isWord(ctx, n.b + 1, 'the') ? n.b + 2 : n.b + 1;
    const m = out.at(p);
    if (!m || m.a !== p || m.type !== PLACE || m.b - m.a > NAME_WORDS) continue;
    found.push([n, m]);
  }
  for (const [n, m] of found) {
    out.remove(m);
    out.put(n.a, m.b, ORG, BODY_OF_COUNTRY_ROW.id, undefined, n);
  }
}

// --- place.kind-apposition-after --------------------------------------------------------------

const PLACE_KINDS = lowerSetOf(KIND_APPOSITION_AFTER_ROW.value.kinds);
const KIND_DETERMINERS = lowerSetOf(KIND_APPOSITION_AFTER_ROW.value.determiners);
const WHERE = lowerSetOf(['of', 'in', 'from', 'near']);
const CLAUSE_VERBS = lowerSetOf([
  'said',
  'says',
  'has',
  'had',
  'is',
  'was',
  'will',
  'would',
  'announced',
  'reported',
  'added',
  'told',
]);

/** place.kind-apposition-after: see the row. */
function kindAppositionsAfter(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, PLACE_KINDS));
  const found: [number, number][] = [];
  for (let x = 0; x < hits.length; x++) {
    const k = hits[x];
    if (!isLowerWord(ctx, k) || !isLowerWord(ctx, k - 1) || !KIND_DETERMINERS.has(lower(ctx, k - 1))) continue;
    const comma = k - 2;
    if (!isOneChar(ctx, comma, COMMA)) continue;
    // "It came from Congress, the state said": a clause's subject, not an apposition.
    if (isLowerWord(ctx, k + 1) && CLAUSE_VERBS.has(lower(ctx, k + 1))) continue;
    let a = comma;
    while (a > 0 && comma - a < 2 && isCapWord(ctx, a - 1) && !opensLine(ctx, a)) a--;
    if (a === comma || !isLowerWord(ctx, a - 1) || !WHERE.has(lower(ctx, a - 1))) continue;
    if (givenName(ctx, a) || languageWord(ctx, a) || ctx.t.flags[a] & Flag.AllCaps) continue;
    let free = true;
    for (let i = a; i < comma && free; i++) free = !out.at(i);
    if (free) found.push([a, comma]);
  }
  for (const [a, b] of found) out.put(a, b, PLACE, KIND_APPOSITION_AFTER_ROW.id);
}

// --- organisation.head-after ------------------------------------------------------------------

const BODY_HEADS = lowerSetOf(HEAD_AFTER_ROW.value.heads);

/** organisation.head-after: see the row. */
function headsAfter(ctx: Ctx, out: Names): void {
  const found: NamedSpan[] = [];
  for (const n of aliveByWord(ctx, out, BODY_HEADS, TOKEN_AFTER)) {
    if (n.type !== ORG || n.b - n.a < 2 || !capitalisedOnLineAfterStart(ctx, n.b) || !BODY_HEADS.has(lower(ctx, n.b)))
      continue;
    if (BODY_HEADS.has(lower(ctx, n.b - 1)) || capitalisedOnLineAfterStart(ctx, n.b + 1) || out.at(n.b)) continue;
    found.push(n);
  }
  for (const n of found) out.put(n.a, n.b + 1, ORG, HEAD_AFTER_ROW.id, undefined, n);
}

// --- organisation.based-firm ------------------------------------------------------------------

const SEATS = lowerSetOf(BASED_FIRM_ROW.value.seats);
const MODIFIER_ENDINGS = BASED_FIRM_ROW.value.modifierEndings;
const CONTINUATIONS = lowerSetOf(BASED_FIRM_ROW.value.continuations);
/** The row that cuts a name out of a compound before it ("[Dubai-based DP World]" → "DP World"). */
const HYPHEN_LEAD = 'organisation.hyphen-compound-lead';

/** organisation.based-firm: see the row. */
function basedFirms(ctx: Ctx, out: Names): void {
  // "Dubai-based": a word whose part after its last hyphen is a seat (one test per distinct form;
  // a closure per form over every form was 0.9 % of a warm analysis, tidy43).
  const hits = tokensOf(ctx, hyphenTailMarks(ctx, SEATS));
  const found: [number, number, NamedSpan | undefined][] = [];
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    // The seat is a name ("Dubai-based"), not a method ("design-based F").
    if (!isCapWord(ctx, i) || !isWord(ctx, i - 1, 'the') || !capitalisedOnLineAfterStart(ctx, i + 1)) continue;
    const b = capRun(ctx, i + 1, NAME_WORDS);
    // "the London-based Syrian Observatory for Human Rights": the name goes on past the run.
    if (isLowerWord(ctx, b) && CONTINUATIONS.has(lower(ctx, b)) && capitalisedOnLineAfterStart(ctx, b + 1)) continue;
    // One word modifying a noun: "Ukrainian journalist", "Republican donor", "Shia cleric Ahmad …";
    // not one before a verb of its clause ("the Tokyo-based Nissan said Monday").
    if (b === i + 2 && isLowerWord(ctx, b) && !CLAUSE_VERBS.has(lower(ctx, b))) {
      const w = lower(ctx, i + 1);
      if (MODIFIER_ENDINGS.some((e) => w.endsWith(e)) || capitalisedOnLineAfterStart(ctx, b + 1)) continue;
    }
    const was = freeFor(out, i + 1, b, ORG, HYPHEN_LEAD);
    if (was === false) continue;
    found.push([i + 1, b, was]);
  }
  for (const [a, b, was] of found) out.put(a, b, ORG, BASED_FIRM_ROW.id, undefined, was);
}

// --- organisation.unit-apposition -------------------------------------------------------------

const UNITS = lowerSetOf(UNIT_APPOSITION_ROW.value.units);
const UNIT_DETERMINERS = lowerSetOf(['the', 'a', 'an']);
/** Most lowercase words between the article and the unit noun ("the freight arm"). */
const UNIT_MODIFIERS = 2;

/** organisation.unit-apposition: see the row. */
function unitAppositions(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, UNITS));
  const found: [number, number, NamedSpan | undefined][] = [];
  for (let x = 0; x < hits.length; x++) {
    const k = hits[x];
    if (!isLowerWord(ctx, k) || !isWord(ctx, k + 1, 'of')) continue;
    let d = k - 1;
    while (d > k - 1 - UNIT_MODIFIERS && isLowerWord(ctx, d) && !UNIT_DETERMINERS.has(lower(ctx, d))) d--;
    if (!isLowerWord(ctx, d) || !UNIT_DETERMINERS.has(lower(ctx, d))) continue;
    const comma = d - 1;
    if (!isOneChar(ctx, comma, COMMA)) continue;
    let a = comma;
    while (a > 0 && comma - a < NAME_WORDS && isCapWord(ctx, a - 1) && !opensLine(ctx, a)) a--;
    if (a === comma) continue;
    // The name opens its sentence or a clause.
    if (
      !opensSentence(ctx, a) &&
      !isOneChar(ctx, a - 1, COMMA) &&
      !isWord(ctx, a - 1, 'and') &&
      !isWord(ctx, a - 1, 'but')
    )
      continue;
    const was = freeFor(out, a, comma, ORG);
    if (was === false) continue;
    if (!was && a + 1 === comma && languageWord(ctx, a)) continue;
    found.push([a, comma, was]);
  }
  for (const [a, b, was] of found) out.put(a, b, ORG, UNIT_APPOSITION_ROW.id, undefined, was);
}

// --- organisation.state-kind-firm -------------------------------------------------------------

const OWNERS = lowerSetOf(STATE_KIND_FIRM_ROW.value.owners);
const FIRM_KINDS = lowerSetOf(STATE_KIND_FIRM_ROW.value.kinds);
/** A date after the kind noun: US wire copy puts the day after the subject ("the company Tuesday said"). */
const isDate = (w: string) => WEEKDAYS.has(w) || MONTHS.has(w);

/** organisation.state-kind-firm: see the row. */
function stateKindFirms(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, FIRM_KINDS));
  const found: [number, number, NamedSpan | undefined][] = [];
  for (let x = 0; x < hits.length; x++) {
    const k = hits[x];
    if (
      !isLowerWord(ctx, k) ||
      !capitalisedOnLineAfterStart(ctx, k + 1) ||
      FIRM_KINDS.has(lower(ctx, k + 1)) ||
      isDate(lower(ctx, k + 1))
    )
      continue;
    const owner = (i: number) => isLowerWord(ctx, i) && OWNERS.has(lower(ctx, i));
    if (!owner(k - 1) && !(isLowerWord(ctx, k - 1) && owner(k - 2))) continue;
    const b = capRun(ctx, k + 1, NAME_WORDS);
    const was = freeFor(out, k + 1, b, ORG);
    if (was === false) continue;
    found.push([k + 1, b, was]);
  }
  for (const [a, b, was] of found) out.put(a, b, ORG, STATE_KIND_FIRM_ROW.id, undefined, was);
}

// --- organisation.elided-tail -----------------------------------------------------------------

const ELIDED_PARTICLES = lowerSetOf(ELIDED_TAIL_ROW.value.particles);
const ELIDED = /^[dl]['’]\p{Lu}/u;

/** organisation.elided-tail: see the row. */
function elidedTails(ctx: Ctx, out: Names): void {
  const found: [NamedSpan, number][] = [];
  const elided = (i: number) =>
    i < ctx.t.count && ctx.t.kind[i] === Kind.Word && !opensLine(ctx, i) && ELIDED.test(ctx.forms[ctx.form[i]]);
  // Only the names an elided word or a particle follows are read.
  const marks = patternFormMarks(ctx, ELIDED);
  const particles = formMarks(ctx, ELIDED_PARTICLES);
  for (let f = 0; f < marks.length; f++) marks[f] |= particles[f];
  for (const n of out.aliveOn(tokensOf(ctx, marks), TOKEN_AFTER)) {
    if (n.type !== ORG || n.b - n.a < 2) continue;
    if (elided(n.b) && !out.at(n.b)) found.push([n, n.b + 1]);
    else if (isLowerWord(ctx, n.b) && ELIDED_PARTICLES.has(lower(ctx, n.b)) && elided(n.b + 1) && !out.at(n.b + 1))
      found.push([n, n.b + 2]);
  }
  for (const [n, b] of found) out.put(n.a, b, ORG, ELIDED_TAIL_ROW.id, undefined, n);
}

// --- person.occupation-opening ----------------------------------------------------------------

const OCCUPATIONS = lowerSetOf(OCCUPATION_OPENING_ROW.value.occupations);
const OCCUPATION_AFTER = lowerSetOf(OCCUPATION_OPENING_ROW.value.after);
const isOccupation = (w: string) =>
  OCCUPATIONS.has(w) || PERSON_DESCRIPTORS.has(w) || ROLE_NOUNS.has(w) || w.endsWith('ologist');

/** person.occupation-opening: see the row. */
function occupationOpenings(ctx: Ctx, out: Names): void {
  // The loop in a function of its own that returns right after it (fresh-arrays.ts, "a hot loop's function").
  const found = occupationOpeningSpans(ctx, out);
  for (const [a, b, was] of found) {
    if (was) out.remove(was);
    out.put(a, b, PERSON, OCCUPATION_OPENING_ROW.id, lower(ctx, a - 1), was);
  }
}

/** The names person.occupation-opening finds after an occupation, with the name each replaces. */
function occupationOpeningSpans(ctx: Ctx, out: Names): [number, number, NamedSpan | undefined][] {
  const found: [number, number, NamedSpan | undefined][] = [];
  for (let k = 0; k < ctx.s.count; k++) {
    const i = ctx.s.first[k];
    if (!isCapWord(ctx, i) || !isOccupation(lower(ctx, i)) || !capitalisedOnLineAfterStart(ctx, i + 1)) continue;
    const b = capRun(ctx, i + 1, NAME_WORDS);
    if (b - (i + 1) < 2 || b >= ctx.t.count || opensLine(ctx, b)) continue;
    const next = ctx.t.kind[b] === Kind.Word ? lower(ctx, b) : ctx.forms[ctx.form[b]];
    if (!OCCUPATION_AFTER.has(next)) continue;
    if (languageWord(ctx, i + 1) || placeLookup(ctx, ctx.forms[ctx.form[i + 1]])) continue;
    const m = out.at(i);
    const withRole = m && m.type === PERSON && !m.rule && m.a === i && m.b === b;
    if (m && !withRole) continue;
    let free = true;
    for (let x = i + 1; x < b && free && !withRole; x++) free = !out.at(x);
    if (!free) continue;
    found.push([i + 1, b, withRole ? m : undefined]);
  }
  return found;
}
