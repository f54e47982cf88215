/**
 * Rules from the blind entity batches 25-27 (2 Dec 2026, helper ents17a, issue #9; rows in
 * lexicon/blind-news-9.ts). applyNameRules calls `applyBlindNewsRows9` after every other rule but
 * the review rows, so these read the names the others decided. Cost: one pass over the names,
 * reading only the tokens at a name's edges and a place look-up (cached per text) for the few
 * names a fixed word stands beside; a second pass only when a lake-like name was found after a
 * locative, and the sports-report reading at most once, only once a club candidate is found.
 * - organisation.state-chamber: "the Montana Legislature", "the U.S. House" are organisations.
 * - place.feature-tail: "the Trans-Canada Highway", "near Paul Lake" are places.
 * - place.member-from: "a Republican from Wasilla" names a town.
 * - sport.club-of-place: "Palmeiras of São Paulo" is a club and its city.
 * - organisation.peoples-party: "National People's Power" is one party.
 */
import { Kind } from '../tokenize/tokenize';
import { lower, placeLookup, spanText, type Ctx } from '../context';
import {
  CLUB_OF_PLACE_ROW,
  FEATURE_TAIL_ROW,
  MEMBER_FROM_ROW,
  PEOPLES_PARTY_ROW,
  STATE_CHAMBER_ROW,
} from '../lexicon/blind-news-9';
import { FIRST_NAME_SET, ORG_TAIL } from '../lexicon/words';
import {
  ORG,
  PERSON,
  PLACE,
  capitalisedOnLine,
  isCapWord,
  isLowerWord,
  isWord,
  namesWithin,
  type LiveSpan,
  type Names,
  retype,
  keepAs,
} from './named-spans';
import { SportsReading } from './sport-sentences';

const CHAMBERS = new Set(STATE_CHAMBER_ROW.value.chambers);
const SEAT_WORDS = new Set(STATE_CHAMBER_ROW.value.seatWords);
const HOUSE_COUNTRIES = new Set(STATE_CHAMBER_ROW.value.houseCountries);
const FEATURE_ALWAYS = new Set(FEATURE_TAIL_ROW.value.always);
const FEATURE_AFTER_LOCATIVE = new Set(FEATURE_TAIL_ROW.value.afterLocative);
const BASE_BEFORE = new Set(FEATURE_TAIL_ROW.value.baseBefore);
const PARTIES = new Set(MEMBER_FROM_ROW.value.parties);
const LAWMAKERS = new Set(MEMBER_FROM_ROW.value.roles);
const PEOPLE_WORDS = new Set(PEOPLES_PARTY_ROW.value.people);
const PARTY_TAILS = new Set(PEOPLES_PARTY_ROW.value.tails);
/** Prepositions of where, not of whom ("spoke to Anna River", "a letter from Ricki Lake" are people). */
const LOCATIVES = new Set(
  'in near at on across along around past toward towards into beside outside below above'.split(' '),
);
const PEOPLES_FIELD_LINKS = new Set(PEOPLES_PARTY_ROW.value.fieldLinks);
/** Most capitalised words of the field after "for"/"of" ("for Participatory Democracy"). */
const PEOPLES_FIELD_WORDS = 3;
/** Longest party name after the possessive ("People's Democratic Progressive Party"). */
const PARTY_TAIL_MAX = 4;

export function applyBlindNewsRows9(ctx: Ctx, out: Names): void {
  const sports = new SportsReading(ctx);
  const changes: (() => void)[] = [];
  const lakes: LiveSpan[] = [];
  const clubs: LiveSpan[] = [];
  const alive = out.alive() as readonly LiveSpan[];
  for (let x = 0; x < alive.length; x++) {
    const n = alive[x];
    const len = n.b - n.a;
    if (len <= 4) stateChamber(ctx, out, n, changes);
    if (n.type !== PLACE && len >= 2 && len <= 4) {
      const feature = featureTail(ctx, n);
      if (feature) {
        changes.push(() => retype(out, n, PLACE, FEATURE_TAIL_ROW.id));
        if (feature === 'locative') lakes.push(n);
        continue;
      }
    }
    if (n.type !== PLACE && len <= 3 && memberFrom(ctx, n)) {
      changes.push(() => retype(out, n, PLACE, MEMBER_FROM_ROW.id));
      continue;
    }
    if (n.type !== PLACE && ctx.t.kind[n.b] === Kind.Poss) peoplesParty(ctx, out, n, changes);
    if (len <= 3 && isWord(ctx, n.a - 1, 'of') && isLowerWord(ctx, n.a - 1) && clubBefore(ctx, out, n)) clubs.push(n);
  }
  if (clubs.length && sports.yes) clubOfPlace(ctx, out, clubs, changes);
  for (const change of changes) change();
  if (lakes.length) sameWordsAs(ctx, out, lakes, PLACE, FEATURE_TAIL_ROW.id);
}

/** A country or a state/region the map knows (not a town: "Somerset House" is a building) before the chamber at `c`. */
function isStateOrCountry(ctx: Ctx, a: number, b: number, c: number): boolean {
  const text = spanText(ctx, a, b);
  const hit = placeLookup(ctx, text);
  if (!hit || (hit.kind !== 'country' && hit.kind !== 'region')) return false;
  // A country's "House" is a building ("Canada House", "India House"), but for "the U.S. House".
  return hit.kind !== 'country' || lower(ctx, c) !== 'house' || HOUSE_COUNTRIES.has(text);
}

/** organisation.state-chamber: see the row. */
function stateChamber(ctx: Ctx, out: Names, n: LiveSpan, changes: (() => void)[]): void {
  // The model stopped at the place: the chamber word follows, in no name.
  if (n.type !== ORG && isChamber(ctx, n.b) && !out.at(n.b)) {
    let end = n.b + 1;
    if (isWord(ctx, end, 'of') && isLowerWord(ctx, end) && capitalisedOnLine(ctx, end + 1) && !out.at(end + 1))
      end += 2;
    if (seatAfter(ctx, end) || !isStateOrCountry(ctx, n.a, n.b, n.b)) return;
    changes.push(() => {
      const within = !n.dead && namesWithin(out, n.a, end);
      if (within) out.put(n.a, end, ORG, STATE_CHAMBER_ROW.id, undefined, n);
    });
    return;
  }
  // The model read place and chamber together as a place or ran over the vote after them.
  for (let k = n.a + 1; k < n.b; k++) {
    if (!isChamber(ctx, k)) continue;
    let rest = k + 1;
    while (rest < n.b && ctx.t.kind[rest] !== Kind.Word) rest++;
    const trailing = k + 1 < n.b;
    if (rest < n.b || (n.type === ORG && !trailing)) return;
    if (seatAfter(ctx, n.b) || !isStateOrCountry(ctx, n.a, k, k)) return;
    const b = k + 1;
    changes.push(() => {
      if (!n.dead) out.put(n.a, b, ORG, STATE_CHAMBER_ROW.id, undefined, n);
    });
    return;
  }
}

const isChamber = (ctx: Ctx, i: number) => capitalisedOnLine(ctx, i) && CHAMBERS.has(lower(ctx, i));
const seatAfter = (ctx: Ctx, i: number) => isLowerWord(ctx, i) && SEAT_WORDS.has(lower(ctx, i));

/** place.feature-tail: 'always' for a kind no surname has, 'locative' for a lake-like one after a preposition. */
function featureTail(ctx: Ctx, n: LiveSpan): 'always' | 'locative' | undefined {
  const last = n.b - 1;
  // A capitalised word after it: the model cut a longer name ("Blue Creek Partners").
  if (!isCapWord(ctx, last) || capitalisedOnLine(ctx, n.b)) return undefined;
  const w = ctx.forms[ctx.form[last]];
  if (FEATURE_ALWAYS.has(w)) return 'always';
  if (w === 'Base' && BASE_BEFORE.has(ctx.forms[ctx.form[last - 1]])) return 'always';
  if (!FEATURE_AFTER_LOCATIVE.has(w)) return undefined;
  const before = n.a - 1;
  return isLowerWord(ctx, before) && LOCATIVES.has(lower(ctx, before)) ? 'locative' : undefined;
}

/** place.member-from: "a Republican from Wasilla", "a lawmaker from Kearney" (the map knows it). */
function memberFrom(ctx: Ctx, n: LiveSpan): boolean {
  if (!isWord(ctx, n.a - 1, 'from') || !isLowerWord(ctx, n.a - 1)) return false;
  for (let i = n.a; i < n.b; i++) if (!isCapWord(ctx, i)) return false;
  const who = n.a - 2;
  if (isCapWord(ctx, who) && PARTIES.has(ctx.forms[ctx.form[who]])) return townEndsPhrase(ctx, n);
  return isLowerWord(ctx, who) && LAWMAKERS.has(lower(ctx, who)) && !!placeLookup(ctx, spanText(ctx, n.a, n.b));
}

/** Punctuation after the name ("a Republican from Wasilla, said"); "a Democrat from Goldman Sachs joined", "from Donald Trump's circle" and a body's head word ("from Brexit Party,") are not a home town. */
function townEndsPhrase(ctx: Ctx, n: LiveSpan): boolean {
  if (n.b < ctx.t.count && !TOWN_END.has(ctx.text.charCodeAt(ctx.t.start[n.b]))) return false;
  for (let i = n.a; i < n.b; i++) if (ORG_TAIL.has(lower(ctx, i))) return false;
  return true;
}
/** , . ; ) */
const TOWN_END = new Set([44, 46, 59, 41]);

/** organisation.peoples-party: "National People" + "'s" + "Power". */
function peoplesParty(ctx: Ctx, out: Names, n: LiveSpan, changes: (() => void)[]): void {
  if (!PEOPLE_WORDS.has(ctx.forms[ctx.form[n.b - 1]])) return;
  let tail = -1;
  for (let j = n.b + 1; j <= n.b + PARTY_TAIL_MAX && capitalisedOnLine(ctx, j); j++)
    if (PARTY_TAILS.has(ctx.forms[ctx.form[j]])) tail = j;
  if (tail < 0) return;
  let b = tail + 1;
  // "People's Alliance for Democracy", "People's Solidarity for Participatory Democracy": a field after "for"/"of".
  if (PEOPLES_FIELD_LINKS.has(lower(ctx, b)) && isLowerWord(ctx, b) && capitalisedOnLine(ctx, b + 1)) {
    let e = b + 1;
    while (e - b <= PEOPLES_FIELD_WORDS && capitalisedOnLine(ctx, e)) e++;
    b = e;
  }
  changes.push(() => {
    if (n.dead) return;
    if (namesWithin(out, n.b, b)) out.put(n.a, b, ORG, PEOPLES_PARTY_ROW.id, undefined, n);
  });
}

/** sport.club-of-place: the name before "of" when `n` is a country or city the map knows. */
function clubBefore(ctx: Ctx, out: Names, n: LiveSpan): boolean {
  const m = out.at(n.a - 2);
  if (!m || m.b !== n.a - 1) return false;
  const text = spanText(ctx, n.a, n.b);
  const hit = placeLookup(ctx, text);
  return !!hit && (hit.kind === 'country' || hit.kind === 'city') && !ctx.gaz?.isWeak?.(text);
}

/** sport.club-of-place: see the row. */
function clubOfPlace(ctx: Ctx, out: Names, places: LiveSpan[], changes: (() => void)[]): void {
  // Words of the people written with two words or more, by the text of the name they are in.
  const personWords = new Map<string, Set<string>>();
  for (const p of out.alive())
    if (p.type === PERSON && p.b - p.a > 1) {
      const text = spanText(ctx, p.a, p.b);
      for (let i = p.a; i < p.b; i++) {
        const w = lower(ctx, i);
        const texts = personWords.get(w);
        if (texts) texts.add(text);
        else personWords.set(w, new Set([text]));
      }
    }
  const clubs: LiveSpan[] = [];
  for (const n of places) {
    const m = out.at(n.a - 2) as LiveSpan;
    // A club's country or city; after a player ("Lewis Hamilton of Mercedes") the name is the team's.
    if (m.type === ORG) changes.push(() => keepAs(out, n, PLACE, CLUB_OF_PLACE_ROW.id));
    if (m.type !== PERSON || FIRST_NAME_SET.has(lower(ctx, m.a))) continue;
    const own = spanText(ctx, m.a, m.b);
    let other = false;
    for (let i = m.a; i < m.b && !other; i++) {
      const texts = personWords.get(lower(ctx, i));
      if (texts) for (const t of texts) if (t !== own) other = true;
    }
    if (!other && (m.b - m.a === 1 || namedLikeAClub(ctx, out, m))) {
      clubs.push(m);
      changes.push(() => keepAs(out, n, PLACE, CLUB_OF_PLACE_ROW.id));
    }
  }
  if (clubs.length) changes.push(() => sameWordsAs(ctx, out, clubs, ORG, CLUB_OF_PLACE_ROW.id, true));
}

/**
 * sport.club-of-place: a name of two words or more is a club only when written in full again and
 * never by its last word alone, as a player is after the first mention ("Roldán said").
 */
function namedLikeAClub(ctx: Ctx, out: Names, m: LiveSpan): boolean {
  let again = 0;
  const last = ctx.form[m.b - 1];
  const alive = out.alive();
  for (let x = 0; x < alive.length; x++) {
    const n = alive[x];
    if (n.b - n.a === 1 && ctx.form[n.a] === last) return false;
    if (n !== m && sameWords(ctx, m.a, m.b, n.a, n.b)) again++;
  }
  return again > 0;
}

/** Every mention with the same words as one of `found` (and `found` themselves) takes `type`. */
function sameWordsAs(ctx: Ctx, out: Names, found: LiveSpan[], type: number, rule: string, local = false): void {
  const changes: (() => void)[] = [];
  const alive = out.alive() as readonly LiveSpan[];
  for (let x = 0; x < alive.length; x++) {
    const n = alive[x];
    if (n.type === type && !local) continue;
    if (!found.some((f) => f === n || sameWords(ctx, f.a, f.b, n.a, n.b))) continue;
    changes.push(() => (local ? keepAs(out, n, type, rule) : retype(out, n, type, rule)));
  }
  for (const change of changes) change();
}

/** Tokens [a, b) and [c, d) are the same words (case kept). */
function sameWords(ctx: Ctx, a: number, b: number, c: number, d: number): boolean {
  if (b - a !== d - c) return false;
  for (let k = 0; k < b - a; k++) if (ctx.form[a + k] !== ctx.form[c + k]) return false;
  return true;
}
