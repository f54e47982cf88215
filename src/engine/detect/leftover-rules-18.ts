/**
 * Rules for the weak patterns of issue #9, eleventh round (helper ents42b; rows in
 * lexicon/news-leftovers-18.ts). applyNameRules calls `applyLeftoverRows18` after the leftover-17
 * rows, so these read the names every earlier rule decided. Each row starts from its trigger
 * words' tokens (or the names that open or end on them), never from every token.
 * - organisation.plus-sign: "OPEC+".
 * - organisation.channel-number: "Channel 4", "TV 2".
 * - place.country-before-place: "the U.S. Gulf of Mexico" is two places.
 * - place.the-town-opening: "The Dallas and Houston offices" loses its "The".
 * - place.place-pair-before-noun: "the Atlanta and Savannah markets".
 * - none.party-state-title: "Democrat State Sen. Ana Ruiz".
 * - organisation.second-for-body: "the Committee for Medicinal Products for Human Use".
 * - organisation.league-word: "Eliteserien", "Allsvenskan".
 * - organisation.police-force-name: "the Carabinieri", "Guardia Civil officers".
 * - organisation.land-word-institution: "Mount Sinai hospital", "Mont Blanc pens".
 */
import { lower, placeLookup, spanText, tokensOf, word, type Ctx } from '../context';
import {
  CHANNEL_NUMBER_ROW,
  COUNTRY_BEFORE_PLACE_ROW,
  LAND_WORD_INSTITUTION_ROW,
  LEAGUE_WORD_ROW,
  PARTY_STATE_TITLE_ROW,
  PLACE_PAIR_BEFORE_NOUN_ROW,
  PLUS_SIGN_ROW,
  POLICE_FORCE_NAME_ROW,
  SECOND_FOR_BODY_ROW,
  THE_TOWN_OPENING_ROW,
} from '../lexicon/news-leftovers-18';
import { lowerSetOf } from '../lexicon/rule-row';
import { TITLES } from '../lexicon/words';
import { Kind } from '../tokenize/tokenize';
import {
  FIRST_TOKEN,
  ORG,
  PERSON,
  PLACE,
  aliveByWord,
  capitalisedOnLine,
  exactFormMarks,
  formMarks,
  isCapWord,
  isLowerWord,
  isPlainWord,
  isWord,
  namesWithin,
  onLine,
  opensSentence,
  patternFormMarks,
  personWordsOf,
  touchesNext,
  type Names,
} from './named-spans';
import { sentenceAboutSport } from './sport-sentences';

export function applyLeftoverRows18(ctx: Ctx, out: Names): void {
  plusSigns(ctx, out);
  channelNumbers(ctx, out);
  countriesBeforePlaces(ctx, out);
  theTownOpenings(ctx, out);
  placePairsBeforeNouns(ctx, out);
  partyStateTitles(ctx, out);
  secondForBodies(ctx, out);
  leagueWords(ctx, out);
  policeForceNames(ctx, out);
  landWordInstitutions(ctx, out);
}

// --- organisation.plus-sign ----------------------------------------------------------------------

const RATINGS = lowerSetOf(PLUS_SIGN_ROW.value.ratings);
const PLUS: ReadonlySet<string> = new Set(['+']);

/** organisation.plus-sign: see the row. Only the plus signs' tokens are read. */
function plusSigns(ctx: Ctx, out: Names): void {
  const pluses = tokensOf(ctx, exactFormMarks(ctx, PLUS));
  for (let x = 0; x < pluses.length; x++) {
    const p = pluses[x];
    if (p < 1 || ctx.t.kind[p] !== Kind.Punct || !touchesNext(ctx, p - 1)) continue;
    // "OPEC+ agreed", "OPEC+." — no word or number glued after the sign ("2+2", "A+B").
    if (touchesNext(ctx, p) && ctx.t.kind[p + 1] !== Kind.Punct) continue;
    const n = out.at(p - 1);
    if (!n || n.b !== p || n.type !== ORG || out.at(p)) continue;
    if (n.b - n.a === 1 && RATINGS.has(lower(ctx, n.a))) continue;
    out.put(n.a, p + 1, ORG, PLUS_SIGN_ROW.id, undefined, n);
  }
}

// --- organisation.channel-number -----------------------------------------------------------------

const CHANNEL_HEADS = lowerSetOf(CHANNEL_NUMBER_ROW.value.heads);
const CHANNEL_NUMBER = /^\d{1,2}$/;
const CHANNEL_UNITS = lowerSetOf(CHANNEL_NUMBER_ROW.value.units);

/** organisation.channel-number: see the row. Only the heads' tokens are read. */
function channelNumbers(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const heads = tokensOf(ctx, formMarks(ctx, CHANNEL_HEADS));
  for (let x = 0; x < heads.length; x++) {
    const i = heads[x];
    if (!isCapWord(ctx, i) || i + 1 >= t.count || t.kind[i + 1] !== Kind.Num || !onLine(ctx, i + 1)) continue;
    if (!CHANNEL_NUMBER.test(word(ctx, i + 1))) continue;
    // "Apple TV 4": the head inside a longer name.
    if (i > 0 && onLine(ctx, i) && capitalisedOnLine(ctx, i - 1)) continue;
    // "Channel 4 News", "TV 2 million", "channel 4 5": a longer name, a unit, a second number.
    const after = i + 2;
    if (after < t.count && onLine(ctx, after)) {
      if (t.kind[after] === Kind.Num || isCapWord(ctx, after)) continue;
      if (t.kind[after] === Kind.Punct && touchesNext(ctx, i + 1) && !/^[.,;:!?)"”’']$/.test(word(ctx, after)))
        continue;
      if (isLowerWord(ctx, after) && CHANNEL_UNITS.has(lower(ctx, after))) continue;
    }
    const within = namesWithin(out, i, i + 2);
    if (!within || within.some((n) => n.rule)) continue;
    out.put(i, i + 2, ORG, CHANNEL_NUMBER_ROW.id, undefined, within.length === 1 ? within[0] : undefined);
  }
}

// --- place.country-before-place -------------------------------------------------------------------

const COUNTRY_SHORT = lowerSetOf(COUNTRY_BEFORE_PLACE_ROW.value.countries);

const WATERS = lowerSetOf(COUNTRY_BEFORE_PLACE_ROW.value.waters);

/** "Gulf of Mexico", "Bay of Bengal": a water's word, "of" and a place the map knows, tokens [a, b). */
function waterOfPlace(ctx: Ctx, a: number, b: number): boolean {
  if (b - a < 3 || !WATERS.has(lower(ctx, a)) || !isWord(ctx, a + 1, 'of') || !isLowerWord(ctx, a + 1)) return false;
  const place = spanText(ctx, a + 2, b);
  return !!placeLookup(ctx, place) && !ctx.gaz?.isWeak?.(place);
}

/** place.country-before-place: see the row. Only the names opening on a country's short form are read. */
function countriesBeforePlaces(ctx: Ctx, out: Names): void {
  const found: [number, number, number][] = [];
  for (const n of aliveByWord(ctx, out, COUNTRY_SHORT, FIRST_TOKEN)) {
    if ((n.type !== ORG && n.type !== PLACE) || n.b - n.a < 3 || n.rule) continue;
    if (!COUNTRY_SHORT.has(lower(ctx, n.a)) || !isCapWord(ctx, n.a + 1)) continue;
    if (placeLookup(ctx, spanText(ctx, n.a, n.b))) continue;
    const rest = spanText(ctx, n.a + 1, n.b);
    // A water only: "U.S. Virgin Islands" is one place the map may not hold whole.
    const water = WATERS.has(lower(ctx, n.b - 1)) && placeLookup(ctx, rest) && !ctx.gaz?.isWeak?.(rest);
    if (!water && !waterOfPlace(ctx, n.a + 1, n.b)) continue;
    found.push([n.a, n.a + 1, n.b]);
  }
  for (const [a, m, b] of found) {
    const was = out.at(a);
    out.put(a, m, PLACE, COUNTRY_BEFORE_PLACE_ROW.id, undefined, was);
    out.put(m, b, PLACE, COUNTRY_BEFORE_PLACE_ROW.id, undefined, was);
  }
}

// --- place.the-town-opening ------------------------------------------------------------------------

const THE: ReadonlySet<string> = new Set(['the']);
const KEPT_ARTICLE = lowerSetOf(THE_TOWN_OPENING_ROW.value.kept);

/** place.the-town-opening: see the row. Only the names opening on "The" are read. */
function theTownOpenings(ctx: Ctx, out: Names): void {
  const found: [number, number][] = [];
  for (const n of aliveByWord(ctx, out, THE, FIRST_TOKEN)) {
    if (n.type !== PLACE || n.rule || n.b - n.a < 2 || !opensSentence(ctx, n.a) || word(ctx, n.a) !== 'The') continue;
    // The map drops the article ("The Dallas" is Dallas): the whole is the rest unless its own name
    // keeps the article ("The Hague", "The Bronx") or is kept with it ("The Gambia").
    const rest = spanText(ctx, n.a + 1, n.b);
    const hit = placeLookup(ctx, rest);
    if (!hit || ctx.gaz?.isWeak?.(rest) || /^the /i.test(hit.canonical) || KEPT_ARTICLE.has(rest.toLowerCase()))
      continue;
    found.push([n.a + 1, n.b]);
  }
  for (const [a, b] of found) out.put(a, b, PLACE, THE_TOWN_OPENING_ROW.id, undefined, out.at(a));
}

// --- place.place-pair-before-noun -----------------------------------------------------------------

/** The model's person reading from which the second name stays a person. */
const SURE_PERSON = 0.8;
/** Below it a person reading yields even to a weak reading of the map. */
const DOUBTFUL_PERSON = 0.5;
const AND: ReadonlySet<string> = new Set(['and']);

/** place.place-pair-before-noun: see the row. Only the "and" tokens are read. */
function placePairsBeforeNouns(ctx: Ctx, out: Names): void {
  const ands = tokensOf(ctx, formMarks(ctx, AND));
  if (ands.length === 0) return;
  let people: Set<string> | undefined;
  for (let x = 0; x < ands.length; x++) {
    const k = ands[x];
    if (!isLowerWord(ctx, k) || !onLine(ctx, k + 1)) continue;
    const p = out.at(k - 1);
    if (!p || p.type !== PLACE || p.b !== k || !isWord(ctx, p.a - 1, 'the')) continue;
    const m = out.at(k + 1);
    if (!m || m.a !== k + 1 || m.b !== k + 2 || m.type !== PERSON || m.rule || m.probs[PERSON] >= SURE_PERSON) continue;
    if (!isLowerWord(ctx, k + 2) || !onLine(ctx, k + 2)) continue;
    const w = word(ctx, k + 1);
    // A weak reading of the map ("Savannah" is a given name too) counts only against a doubtful person.
    if (!placeLookup(ctx, w) || (ctx.gaz?.isWeak?.(w) && m.probs[PERSON] >= DOUBTFUL_PERSON)) continue;
    people ??= personWordsOf(ctx, out.alive());
    if (people.has(lower(ctx, k + 1))) continue;
    out.put(k + 1, k + 2, PLACE, PLACE_PAIR_BEFORE_NOUN_ROW.id, undefined, m);
  }
}

// --- none.party-state-title -----------------------------------------------------------------------

const PARTIES = lowerSetOf(PARTY_STATE_TITLE_ROW.value.parties);

/** none.party-state-title: see the row. Only the names opening on a party word are read. */
function partyStateTitles(ctx: Ctx, out: Names): void {
  for (const n of aliveByWord(ctx, out, PARTIES, FIRST_TOKEN)) {
    if (n.b - n.a !== 2 || !isWord(ctx, n.a + 1, 'state') || n.type === PERSON) continue;
    if (!PARTIES.has(lower(ctx, n.a)) || !isCapWord(ctx, n.b) || !onLine(ctx, n.b)) continue;
    // "Sen." is one token or "Sen" and a full stop.
    if (!TITLES.has(lower(ctx, n.b)) && !TITLES.has(lower(ctx, n.b) + '.')) continue;
    out.remove(n);
  }
}

// --- organisation.second-for-body ------------------------------------------------------------------

const FOR_HEADS = lowerSetOf(SECOND_FOR_BODY_ROW.value.heads);
const FOR: ReadonlySet<string> = new Set(['for']);
/** Most capitalised words after the second "for". */
const FOR_WORDS = 3;

/** organisation.second-for-body: see the row. Only the names followed by "for" are read. */
function secondForBodies(ctx: Ctx, out: Names): void {
  const found: [number, number, (typeof out.list)[number]][] = [];
  const fors = tokensOf(ctx, formMarks(ctx, FOR));
  for (let x = 0; x < fors.length; x++) {
    const f = fors[x];
    if (!isLowerWord(ctx, f) || !onLine(ctx, f + 1)) continue;
    const n = out.at(f - 1);
    if (!n || n.b !== f || n.type !== ORG || n.b - n.a < 3) continue;
    const head = isWord(ctx, n.a, 'the') ? n.a + 1 : n.a;
    if (!FOR_HEADS.has(lower(ctx, head))) continue;
    let inner = false;
    for (let i = head + 1; i < n.b && !inner; i++) inner = isWord(ctx, i, 'for') && isLowerWord(ctx, i);
    if (!inner) continue;
    let e = f + 1;
    while (e - f - 1 < FOR_WORDS && capitalisedOnLine(ctx, e) && isPlainWord(ctx, e) && !out.at(e)) e++;
    if (e === f + 1 || capitalisedOnLine(ctx, e)) continue;
    found.push([n.a, e, n]);
  }
  for (const [a, e, n] of found) out.put(a, e, ORG, SECOND_FOR_BODY_ROW.id, undefined, n);
}

// --- organisation.league-word ----------------------------------------------------------------------

const LEAGUE_ENDING = new RegExp(`^\\p{Lu}\\p{L}{2,}(?:${LEAGUE_WORD_ROW.value.endings.join('|')})$`, 'u');
/** Fewest letters of a league's word ("Superliga" has nine, "Ettan" alone is a division's number). */
const LEAGUE_LETTERS = 8;
const LEAGUE_BEFORE = lowerSetOf(LEAGUE_WORD_ROW.value.before);

/** organisation.league-word: see the row. Only the words with a league's ending are read. */
function leagueWords(ctx: Ctx, out: Names): void {
  const leagues = tokensOf(ctx, patternFormMarks(ctx, LEAGUE_ENDING));
  for (let x = 0; x < leagues.length; x++) {
    const i = leagues[x];
    if (word(ctx, i).length < LEAGUE_LETTERS || !isCapWord(ctx, i)) continue;
    const n = out.at(i);
    if (n && (n.a !== i || n.b !== i + 1 || n.rule || n.type === ORG || n.type === PERSON)) continue;
    // "in Eliteserien", "top of the Superliga"; not "Ravenna's Camiliga festival".
    if (!isLowerWord(ctx, i - 1) || !LEAGUE_BEFORE.has(lower(ctx, i - 1)) || !onLine(ctx, i)) continue;
    if (!sentenceAboutSport(ctx, ctx.s.of[i])) continue;
    out.put(i, i + 1, ORG, LEAGUE_WORD_ROW.id, undefined, n);
  }
}

// --- organisation.police-force-name ----------------------------------------------------------------

const FORCES = POLICE_FORCE_NAME_ROW.value.names.map((name) => name.split(' '));
const FORCE_FIRST: ReadonlySet<string> = new Set(FORCES.map((f) => f[0]));

/** organisation.police-force-name: see the row. Only the forces' first words (as written) are read. */
function policeForceNames(ctx: Ctx, out: Names): void {
  putListedBodies(ctx, out, FORCES, FORCE_FIRST, POLICE_FORCE_NAME_ROW.id);
}

/** Token `i` is a country the map knows ("U.S.", "Kenya"). */
const countryAt = (ctx: Ctx, i: number) => placeLookup(ctx, word(ctx, i))?.kind === 'country';

/**
 * Bodies named by a list of names written with their capitals (`names` split into words, `first`
 * their first words): each one found, not inside a longer name, is an organisation under `id`,
 * over what the model read (police forces here, coalitions in leftover-rules-19.ts).
 */
export function putListedBodies(
  ctx: Ctx,
  out: Names,
  names: readonly (readonly string[])[],
  first: ReadonlySet<string>,
  id: string,
): void {
  const firsts = tokensOf(ctx, exactFormMarks(ctx, first));
  for (let x = 0; x < firsts.length; x++) {
    const i = firsts[x];
    for (const force of names) {
      if (force[0] !== word(ctx, i)) continue;
      let ok = true;
      for (let k = 1; k < force.length && ok; k++) ok = onLine(ctx, i + k) && word(ctx, i + k) === force[k];
      const b = i + force.length;
      if (!ok) continue;
      // Not inside a longer name: no capitalised word glued on either side on the line; a country
      // opening the sentence right before it is the name's own ("U.S. Immigration and …").
      let a = i;
      if (i > 0 && onLine(ctx, i) && isCapWord(ctx, i - 1) && opensSentence(ctx, i - 1) && countryAt(ctx, i - 1))
        a = i - 1;
      else if (i > 0 && onLine(ctx, i) && capitalisedOnLine(ctx, i - 1) && !opensSentence(ctx, i - 1)) continue;
      if (capitalisedOnLine(ctx, b)) continue;
      const within = namesWithin(out, a, b);
      // A place a rule read over the listed name yields ("the Policía Nacional": a facility named
      // after a place); a person a rule read does not.
      if (!within || within.some((n) => n.rule && n.type === PERSON)) continue;
      const one = within.length === 1 ? within[0] : undefined;
      if (one && one.a === a && one.b === b && one.type === ORG) continue;
      out.put(a, b, ORG, id, undefined, one);
    }
  }
}

// --- organisation.land-word-institution ---------------------------------------------------------

const LAND_LEADS = lowerSetOf(LAND_WORD_INSTITUTION_ROW.value.leads);
const INSTITUTION_NOUNS = lowerSetOf(LAND_WORD_INSTITUTION_ROW.value.nouns);
/** Most capitalised words of such a name ("Mount Sinai", "Mont Blanc"). */
const LAND_NAME_WORDS = 3;
const LAND_RULES: ReadonlySet<string> = new Set(['place.land-word-lead', 'place.feature-lead']);

/** organisation.land-word-institution: see the row. Only the land words' tokens are read. */
function landWordInstitutions(ctx: Ctx, out: Names): void {
  const leads = tokensOf(ctx, formMarks(ctx, LAND_LEADS));
  for (let x = 0; x < leads.length; x++) {
    const i = leads[x];
    if (!isCapWord(ctx, i) || !capitalisedOnLine(ctx, i + 1)) continue;
    if (i > 0 && onLine(ctx, i) && capitalisedOnLine(ctx, i - 1) && !opensSentence(ctx, i - 1)) continue;
    let e = i + 1;
    while (e - i < LAND_NAME_WORDS && capitalisedOnLine(ctx, e)) e++;
    if (capitalisedOnLine(ctx, e) || !isLowerWord(ctx, e) || !onLine(ctx, e) || !INSTITUTION_NOUNS.has(lower(ctx, e)))
      continue;
    const within = namesWithin(out, i, e);
    // The land-word rows read the name's first word alone; the noun after it says more.
    if (!within || within.some((n) => (n.rule && !LAND_RULES.has(n.rule)) || n.type === ORG)) continue;
    out.put(i, e, ORG, LAND_WORD_INSTITUTION_ROW.id, undefined, within.length === 1 ? within[0] : undefined);
  }
}
