/**
 * Rules from the blind entity batches 22-24 (2 Dec 2026, helper ents16a, issue #9; rows in
 * lexicon/blind-news-8.ts). applyNameRules calls `applyBlindNewsRows8` after every other rule but
 * the review rows, so these read the names the others decided. Cost: one pass over the names,
 * reading only the tokens at a name's edges; a second pass only when the first found a listed firm
 * or a club, and the sports-report reading at most once, only once a candidate is found.
 * - organisation.ticker-firm-throughout: "Hanwha Ocean (042660.KS) … Hanwha Ocean said" is the firm throughout.
 * - organisation.trade-tail: "Marangopoulos Maritime", "Carrefour Polska" are firms.
 * - person.gaelic-particle: "Dermot Mac Cárthaigh … Mac Cárthaigh said" is a person.
 * - person.portfolio-off: "Minister for Culture Seán Ó Laoire" is "Seán Ó Laoire".
 * - none.people-adjective: "an intact Nabataean tomb" names nothing.
 * - sport.destination-place: "travel to Turkey to play Fenerbahçe", "the Lisbon club" are places.
 * - sport.town-role-club: "Porto coach Rui Castanheira" is the club, and "Porto host Benfica".
 */
import { Kind } from '../tokenize/tokenize';
import { lower, placeLookup, spanText, type Ctx } from '../context';
import {
  GAELIC_PARTICLE_ROW,
  PEOPLE_ADJECTIVE_ROW,
  PORTFOLIO_OFF_ROW,
  RESULT_OVER_ROW,
  SPORT_DESTINATION_ROW,
  TICKER_FIRM_THROUGHOUT_ROW,
  TOWN_ROLE_CLUB_ROW,
  TRADE_TAIL_ROW,
} from '../lexicon/blind-news-8';
import { COMMON_WORDS, FIRST_NAME_SET } from '../lexicon/words';
import {
  COMMA,
  ORG,
  PERSON,
  PLACE,
  capitalisedOnLine,
  isCapWord,
  isLowerWord,
  isPunctChar,
  isWord,
  type LiveSpan,
  type Names,
  retype,
  keepAs,
} from './named-spans';
import { SportsReading, scoreTokensAt } from './sport-sentences';
import { FACILITY_HEAD_ROW, WAR_NOT_RESULT_ROW } from '../lexicon/news-leftovers-1';

const LISTED_BY = new Set(TICKER_FIRM_THROUGHOUT_ROW.value.listedBy);
const TRADE_TAILS = new Set([...TRADE_TAIL_ROW.value.trades, ...TRADE_TAIL_ROW.value.countries]);
const PARTICLES_ALWAYS = new Set(GAELIC_PARTICLE_ROW.value.always);
const PARTICLES_AFTER_GIVEN = new Set(GAELIC_PARTICLE_ROW.value.afterGivenName);
const PORTFOLIOS = new Set(PORTFOLIO_OFF_ROW.value);
const ADJECTIVE_ENDINGS = PEOPLE_ADJECTIVE_ROW.value.endings;
const STAFF_AFTER = new Set(PEOPLE_ADJECTIVE_ROW.value.staffAfter);
const TRAVEL = new Set(SPORT_DESTINATION_ROW.value.travel);
const CLUB_WORDS = new Set(SPORT_DESTINATION_ROW.value.clubWords);
const ROLE_WORDS = new Set(TOWN_ROLE_CLUB_ROW.value.roles);
const TOWN_CIVIC_AFTER = new Set(TOWN_ROLE_CLUB_ROW.value.civicAfter);
const ROLE_PREFIXES = new Set(TOWN_ROLE_CLUB_ROW.value.rolePrefixes);
/** Words before a club's town that make it the town ("celebrated in Porto", "travelled from Braga"); not "at" or "to", which take clubs ("held at Famalicão"). */
const TOWN_PLACE_BEFORE = new Set(['in', 'from', 'near', 'around', 'outside', 'across', 'through']);
const RESULT_NOUNS = new Set(RESULT_OVER_ROW.value);
const WAR_WORDS = new Set(WAR_NOT_RESULT_ROW.value);
const FACILITY_HEADS = new Set(FACILITY_HEAD_ROW.value.heads);
const FACILITY_TAILS = new Set(FACILITY_HEAD_ROW.value.tails);
const FIXTURE_AFTER = new Set(['play', 'face', 'meet']);
const FOUNDER_BEFORE = new Set(TICKER_FIRM_THROUGHOUT_ROW.value.founderBefore);
const TITLES = new Set(['minister', 'secretary']);
const LOCATIVES = new Set(['in', 'near', 'around', 'outside', 'across', 'at', 'from', 'to', 'into', 'through']);
/** Words after a name that show it is no adjective before a noun. */
const NOT_NOUNS = new Set(
  'to for by and or in on at with while around from as of the a an is was were are had has have said says told who which that'.split(
    ' ',
  ),
);
/** Shortest word read for a demonym-like ending ("Nabataean", not "Ian"). */
const ADJECTIVE_MIN = 6;

export function applyBlindNewsRows8(ctx: Ctx, out: Names): void {
  const sports = new SportsReading(ctx);
  const firms: LiveSpan[] = [];
  const gaelic: LiveSpan[] = [];
  const adjectives = new Map<number, LiveSpan[]>();
  const clubTowns = new Set<number>();
  const changes: (() => void)[] = [];
  const alive = out.alive() as readonly LiveSpan[];
  for (let x = 0; x < alive.length; x++) {
    const n = alive[x];
    const len = n.b - n.a;
    if (n.type === ORG && len >= 2 && len <= 4 && n.rule && LISTED_BY.has(n.rule)) firms.push(n);
    if (n.type !== ORG && len >= 2 && len <= 3 && tradeTail(ctx, n)) {
      changes.push(() => retype(out, n, ORG, TRADE_TAIL_ROW.id));
      continue;
    }
    if ((n.type === PERSON || (n.type === ORG && !n.rule)) && len >= 2) portfolioOff(ctx, out, n, changes);
    if (len >= 2 && len <= 4) {
      const p = gaelicParticle(ctx, n);
      if (p > n.a) {
        if (n.type !== PERSON) changes.push(() => retype(out, n, PERSON, GAELIC_PARTICLE_ROW.id));
        gaelic.push(n);
        continue;
      }
    }
    if (len === 1 && n.type !== PERSON) {
      if (isPeopleAdjective(ctx, n)) {
        const f = ctx.form[n.a];
        const same = adjectives.get(f);
        if (same) same.push(n);
        else adjectives.set(f, [n]);
      }
    }
    if (n.type === ORG && len <= 2) destinationPlace(ctx, out, n, changes, sports);
    if (n.type === PLACE && len <= 2 && !n.local && resultOver(ctx, n) && (sports.yes || scoredResult(ctx, n)))
      changes.push(() => retype(out, n, ORG, RESULT_OVER_ROW.id));
    const role = n.b + (ROLE_PREFIXES.has(lower(ctx, n.b)) && isLowerWord(ctx, n.b + 1) ? 1 : 0);
    if (n.type !== PERSON && len === 1 && isLowerWord(ctx, role) && ROLE_WORDS.has(lower(ctx, role))) {
      if (capitalisedOnLine(ctx, role + 1) && !LOCATIVES.has(lower(ctx, n.a - 1)) && isTown(ctx, n) && sports.yes)
        clubTowns.add(ctx.form[n.a]);
    }
  }
  for (const change of changes) change();
  for (const same of adjectives.values()) peopleAdjective(ctx, out, same);
  if (firms.length || gaelic.length || clubTowns.size) secondPass(ctx, out, firms, gaelic, clubTowns);
}

/** The mentions the first pass's names decide: a listed firm's, a Gaelic surname's and a club town's. */
function secondPass(ctx: Ctx, out: Names, firms: LiveSpan[], gaelic: LiveSpan[], clubTowns: Set<number>): void {
  const changes: (() => void)[] = [];
  const alive = out.alive() as readonly LiveSpan[];
  for (let x = 0; x < alive.length; x++) {
    const n = alive[x];
    const len = n.b - n.a;
    if (
      n.type !== ORG &&
      len >= 2 &&
      firms.some((f) => sameWordsElsewhere(ctx, f.a, f.b, n.a, n.b)) &&
      !founderContext(ctx, n)
    )
      changes.push(() => retype(out, n, ORG, TICKER_FIRM_THROUGHOUT_ROW.id));
    else if (n.type !== PERSON && len >= 2 && gaelic.some((g) => endsWith(ctx, g, n)))
      changes.push(() => retype(out, n, PERSON, GAELIC_PARTICLE_ROW.id));
    else if (len === 1 && !n.local && clubTowns.has(ctx.form[n.a])) {
      // The town itself: where fans celebrate and travel from, and what its streets belong to.
      if (
        (isLowerWord(ctx, n.a - 1) && TOWN_PLACE_BEFORE.has(lower(ctx, n.a - 1))) ||
        (ctx.t.kind[n.b] === Kind.Poss && isCapWord(ctx, n.b + 1))
      )
        changes.push(() => keepAs(out, n, PLACE, TOWN_ROLE_CLUB_ROW.id));
      else if (n.type === PLACE && !n.rule && !LOCATIVES.has(lower(ctx, n.a - 1)) && !townsOwn(ctx, n))
        changes.push(() => retype(out, n, ORG, TOWN_ROLE_CLUB_ROW.id));
    }
  }
  for (const change of changes) change();
}

/** sport.town-role-club: "the mayor of Paris", "the Porto mayor", "Washington lawmakers" are the town's. */
function townsOwn(ctx: Ctx, n: LiveSpan): boolean {
  if (isWord(ctx, n.a - 1, 'of') && isLowerWord(ctx, n.a - 1)) return true;
  return isLowerWord(ctx, n.b) && TOWN_CIVIC_AFTER.has(lower(ctx, n.b));
}

/** Tokens [a, b) and [c, d) are the same words (case kept) at another place: a span is not its own repeat. */
function sameWordsElsewhere(ctx: Ctx, a: number, b: number, c: number, d: number): boolean {
  if (b - a !== d - c || (a === c && b === d)) return false;
  for (let k = 0; k < b - a; k++) if (ctx.form[a + k] !== ctx.form[c + k]) return false;
  return true;
}

/** `n` is the particle and surname that end the full name `g` ("Mac Cárthaigh" of "Dermot Mac Cárthaigh"). */
function endsWith(ctx: Ctx, g: LiveSpan, n: LiveSpan): boolean {
  const len = n.b - n.a;
  if (len >= g.b - g.a || n === g) return false;
  return sameWordsElsewhere(ctx, g.b - len, g.b, n.a, n.b);
}

/** organisation.ticker-firm-throughout: the founder's words ("named after X", "by X", "X, a Galician"). */
function founderContext(ctx: Ctx, n: LiveSpan): boolean {
  if (isLowerWord(ctx, n.a - 1) && FOUNDER_BEFORE.has(lower(ctx, n.a - 1))) return true;
  return (
    ctx.t.kind[n.b] === Kind.Punct &&
    ctx.text.charCodeAt(ctx.t.start[n.b]) === 44 &&
    (isWord(ctx, n.b + 1, 'a') || isWord(ctx, n.b + 1, 'an') || isWord(ctx, n.b + 1, 'who')) &&
    isLowerWord(ctx, n.b + 1)
  );
}

/** organisation.trade-tail: capitalised words ending in a trade or a country's own name. */
function tradeTail(ctx: Ctx, n: LiveSpan): boolean {
  if (!TRADE_TAILS.has(ctx.forms[ctx.form[n.b - 1]])) return false;
  for (let i = n.a; i < n.b; i++) if (!isCapWord(ctx, i)) return false;
  if (placeLookup(ctx, spanText(ctx, n.a, n.b))) return false;
  // place.facility-head: "Portsmouth Naval Shipyard" is a state yard, a place, not a firm.
  if (!FACILITY_TAILS.has(ctx.forms[ctx.form[n.b - 1]])) return true;
  return !(n.b - n.a > 1 && (FACILITY_HEADS.has(lower(ctx, n.b - 2)) || placeLookup(ctx, spanText(ctx, n.a, n.b - 1))));
}

/** person.gaelic-particle: the token of the particle inside `n` with a capitalised word after it, or -1. */
function gaelicParticle(ctx: Ctx, n: LiveSpan): number {
  for (let i = n.a; i < n.b - 1; i++) {
    const w = ctx.forms[ctx.form[i]];
    if (!isCapWord(ctx, i + 1)) continue;
    if (PARTICLES_ALWAYS.has(w)) return i;
    if (PARTICLES_AFTER_GIVEN.has(w) && i > n.a && !COMMON_WORDS.has(lower(ctx, i + 1)) && irishGiven(ctx, i)) return i;
  }
  return -1;
}

/** Irish accented vowels (the fada): "Seán", "Cárthaigh". */
const FADA = /[áéíóúÁÉÍÓÚ]/;

/** person.gaelic-particle: the word before "Mac" at `i` is a known first name, or it or the surname has a fada. */
function irishGiven(ctx: Ctx, i: number): boolean {
  if (FIRST_NAME_SET.has(lower(ctx, i - 1))) return true;
  return FADA.test(ctx.forms[ctx.form[i - 1]]) || FADA.test(ctx.forms[ctx.form[i + 1]]);
}

/** person.portfolio-off: "Minister for [Culture] Seán Ó Laoire". */
function portfolioOff(ctx: Ctx, out: Names, n: LiveSpan, changes: (() => void)[]): void {
  // "Minister for Energy, Business and [Industry Ebba Lind]": portfolios listed before the name
  // the model read are the title's too (ents34a, blind batch 72).
  let p = n.a - 1;
  for (let steps = 0; steps < 8 && p > 1 && listedPortfolio(ctx, p); steps++) p--;
  if (p < n.a - 1 && !(isCapWord(ctx, p + 1) && PORTFOLIOS.has(lower(ctx, p + 1)))) return;
  const prep = lower(ctx, p);
  if ((prep !== 'for' && prep !== 'of') || !isLowerWord(ctx, p) || !TITLES.has(lower(ctx, p - 1))) return;
  let a = n.a;
  while (a < n.b - 1 && (PORTFOLIOS.has(lower(ctx, a)) || (a > n.a && isWord(ctx, a, 'and')))) a++;
  if (a === n.a || !isCapWord(ctx, a)) return;
  // A body the model alone read over the portfolio and a name ("[Irrigation Raed Haddadin]"): the
  // rest must be two words or more, none a word of the language (ents59b).
  if (n.type === ORG && (n.b - a < 2 || hasCommonWord(ctx, a, n.b))) return;
  const role = spanText(ctx, n.a, a);
  const cut = a;
  const listStart = p + 1;
  changes.push(() => {
    if (n.dead) return;
    // A portfolio of the list read as a name of its own ("Business") is the title's as well.
    for (let x = listStart; x < n.a; x++) {
      const m = out.at(x);
      if (m && m.a >= listStart && m.b <= n.a && !m.rule) out.remove(m);
    }
    out.put(cut, n.b, PERSON, PORTFOLIO_OFF_ROW.id, role, n);
  });
}

/** A word of [a, b) is a common word of the language. */
function hasCommonWord(ctx: Ctx, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (COMMON_WORDS.has(lower(ctx, i))) return true;
  return false;
}

/** Token `p` is a capitalised portfolio, a comma or "and" in a list of portfolios. */
function listedPortfolio(ctx: Ctx, p: number): boolean {
  if (isWord(ctx, p, 'and') || isPunctChar(ctx, p, COMMA)) return true;
  return isCapWord(ctx, p) && PORTFOLIOS.has(lower(ctx, p));
}

/** none.people-adjective: a one-word name shaped like a demonym, before a lowercase word. */
function isPeopleAdjective(ctx: Ctx, n: LiveSpan): boolean {
  const w = ctx.formLower[ctx.form[n.a]];
  if (w.length < ADJECTIVE_MIN || !ADJECTIVE_ENDINGS.some((e) => w.endsWith(e))) return false;
  // An adjective stands before its noun, not after a preposition or before one ("at Tabennese for years" is the place).
  if (!isLowerWord(ctx, n.b) || NOT_NOUNS.has(lower(ctx, n.b)) || STAFF_AFTER.has(lower(ctx, n.b))) return false;
  return !(isLowerWord(ctx, n.a - 1) && LOCATIVES.has(lower(ctx, n.a - 1)));
}

function peopleAdjective(ctx: Ctx, out: Names, same: LiveSpan[]): void {
  if (same.length < 2) return;
  if (same.every((n) => isWord(ctx, n.a - 1, 'the'))) return;
  if (placeLookup(ctx, ctx.forms[ctx.form[same[0].a]])) return;
  // Every mention of the word the model named (not only these) must be such an adjective.
  for (const n of out.alive())
    if (n.b - n.a === 1 && ctx.form[n.a] === ctx.form[same[0].a] && !same.includes(n)) return;
  for (const n of same) if (!(n as LiveSpan).dead) out.remove(n);
}

/** sport.destination-place: "travel to Turkey to play X", "the Lisbon club". */
function destinationPlace(ctx: Ctx, out: Names, n: LiveSpan, changes: (() => void)[], sports: SportsReading): void {
  const before = n.a - 1;
  const travel =
    isWord(ctx, before, 'to') &&
    isLowerWord(ctx, before - 1) &&
    TRAVEL.has(lower(ctx, before - 1)) &&
    isWord(ctx, n.b, 'to') &&
    isLowerWord(ctx, n.b + 1) &&
    FIXTURE_AFTER.has(lower(ctx, n.b + 1));
  const clubOfTown =
    !travel &&
    isWord(ctx, before, 'the') &&
    isLowerWord(ctx, before) &&
    isLowerWord(ctx, n.b) &&
    CLUB_WORDS.has(lower(ctx, n.b));
  if (!travel && !clubOfTown) return;
  if (!placeLookup(ctx, spanText(ctx, n.a, n.b)) || !sports.yes) return;
  changes.push(() => {
    if (n.dead) return;
    out.put(n.a, n.b, PLACE, SPORT_DESTINATION_ROW.id, undefined, n).local = SPORT_DESTINATION_ROW.id;
  });
}

/** sport.result-over: "a win over Rajasthan", "their defeat against Porto". */
function resultOver(ctx: Ctx, n: LiveSpan): boolean {
  const before = n.a - 1;
  if (!(isWord(ctx, before, 'over') || isWord(ctx, before, 'against')) || !isLowerWord(ctx, before)) return false;
  if (!isLowerWord(ctx, before - 1) || !RESULT_NOUNS.has(lower(ctx, before - 1))) return false;
  const text = spanText(ctx, n.a, n.b);
  return !!placeLookup(ctx, text) && !ctx.gaz?.isWeak?.(text) && !warSentence(ctx, n.a);
}

/** A score written right before the result noun ("a 3-1 win over Boston"): a match, in any report. */
function scoredResult(ctx: Ctx, n: LiveSpan): boolean {
  return n.a >= 5 && scoreTokensAt(ctx, n.a - 5);
}

/** sport.war-not-result: the sentence of token `i` speaks of war ("a victory over Russia in the battle"). */
function warSentence(ctx: Ctx, i: number): boolean {
  const k = ctx.s.of[i];
  for (let j = ctx.s.first[k]; j < ctx.s.last[k]; j++)
    if (ctx.t.kind[j] === Kind.Word && WAR_WORDS.has(lower(ctx, j))) return true;
  return false;
}

/** A city the map knows, not a country or region (a national side, "England captain", is sport.place-team's). */
function isTown(ctx: Ctx, n: LiveSpan): boolean {
  const text = ctx.forms[ctx.form[n.a]];
  const hit = placeLookup(ctx, text);
  return !!hit && hit.kind === 'city' && !ctx.gaz?.isWeak?.(text);
}
