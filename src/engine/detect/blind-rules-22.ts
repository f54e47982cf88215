/**
 * Rules from the blind entity batches 65 and 66 (4 Dec 2026, helper ents32a, issue #9; rows in
 * lexicon/blind-news-22.ts). applyNameRules calls `applyBlindNewsRows22` after the last rows, so
 * these read the names every earlier rule decided. Each rule starts from the tokens of its own
 * words (an apostrophe, "between", a comma before a body, a chamber word).
 * - organisation.plural-possessive-body: "the [NHL Players' Association]".
 * - place.route-between: "trains on the line between [Dombås] and [Åndalsnes]".
 * - organisation.field-list-body: "the [Betting, Gaming and Lotteries Commission]".
 * - organisation.body-of-place: "in the [Parliament of Andalusia]".
 * - person.of-state-title: "Minister of State [Jitendra Prasad Singh] said".
 */
import { Kind } from '../tokenize/tokenize';
import { isDemonym, lower, placeLookup, spanText, tokensOf, word, type Ctx } from '../context';
import {
  BODY_OF_PLACE_ROW,
  FIELD_LIST_BODY_ROW,
  OF_STATE_TITLE_ROW,
  PLURAL_POSSESSIVE_BODY_ROW,
  ROUTE_BETWEEN_ROW,
} from '../lexicon/blind-news-22';
import { HOLIDAY_NONE_ROW } from '../lexicon/blind-news-15';
import { lowerSetOf } from '../lexicon/rule-row';
import { FIRST_NAME_SET } from '../lexicon/words';
import { givenName } from './blind-rules-14';
import { fieldsOnly, fieldsReadAsBody } from './blind-rules-32';
import {
  ACRONYM,
  COMMA,
  ORG,
  PERSON,
  PLACE,
  capitalisedOnLine,
  capitalisedRun,
  exactFormMarks,
  formMarks,
  isCapWord,
  isLowerWord,
  isPunctChar,
  isWeekdayOrMonth,
  isWord,
  isWordInLowercase,
  onLine,
  opensLine,
  type NamedSpan,
  type Names,
  isPlainWord,
  PLURAL_POSSESSIVE_MARKS,
  LAST_TOKEN,
  aliveByWord,
} from './named-spans';

export function applyBlindNewsRows22(ctx: Ctx, out: Names): void {
  pluralPossessiveBodies(ctx, out);
  routesBetween(ctx, out);
  fieldListBodies(ctx, out);
  bodiesOfPlaces(ctx, out);
  ofStateTitles(ctx, out);
}

const sameSentence = (ctx: Ctx, i: number, j: number) => ctx.s.of[i] === ctx.s.of[j];

// --- organisation.plural-possessive-body -----------------------------------------------------------

const POSSESSIVE_HEADS = lowerSetOf(PLURAL_POSSESSIVE_BODY_ROW.value.heads);
/** Words after which a court named this way is a place ("appeared at Telford Magistrates' Court"). */
const VENUE_AFTER = lowerSetOf(PLURAL_POSSESSIVE_BODY_ROW.value.venueAfter);
/** A capitalised plural: "Players", "Farmers", "Workers" (not "Bus", "Glass"). */
const PLURAL = /^\p{Lu}[\p{L}-]*[^s]s$/u;

/**
 * Words before the plural open such a body when they start with an acronym, a place the map knows or
 * a demonym ("NHL Players", "Kenya Nurses", "Georgian Young Lawyers"); a band's name is whole ("the
 * Rolling Stones' Forum show"). Review ents33c.
 */
function bodyOpener(ctx: Ctx, w: string): boolean {
  return ACRONYM.test(w) || !!placeLookup(ctx, w) || isDemonym(ctx, w);
}

/** Body words that name a fund's or a scheme's form and so need an opener ("Ontario Teachers' Pension Plan"). */
const WIDE_HEADS = lowerSetOf(['plan', 'system']);
/** Most capitalised words after the apostrophe, the body word last ("Pension Plan"). */
const BODY_WORDS = 3;

/**
 * The end of the capitalised words from `h` that end in a body word ("Union", "Pension Plan",
 * "Retirement System"), or -1: the first body word ends them.
 */
function bodyWordEnd(ctx: Ctx, h: number): number {
  for (let k = h; k - h < BODY_WORDS && capitalisedOnLine(ctx, k); k++)
    if (POSSESSIVE_HEADS.has(lower(ctx, k))) return k + 1;
  return -1;
}

/** "… Guild [of America]": "of" and a place the map knows, with nothing capitalised after, end the name. */
function placeOfBody(ctx: Ctx, e: number): number {
  if (!isWord(ctx, e, 'of') || !capitalisedOnLine(ctx, e + 1)) return e;
  const two = capitalisedOnLine(ctx, e + 2) ? e + 3 : e + 2;
  if (capitalisedOnLine(ctx, two)) return e;
  return placeLookup(ctx, spanText(ctx, e + 1, two)) ? two : e;
}

/** organisation.plural-possessive-body: see the row. */
function pluralPossessiveBodies(ctx: Ctx, out: Names): void {
  const puts: [number, number, number][] = [];
  // Only the apostrophes' tokens are read.
  const marks = tokensOf(ctx, exactFormMarks(ctx, PLURAL_POSSESSIVE_MARKS));
  for (let x = 0; x < marks.length; x++) {
    const i = marks[x];
    if (i < 1 || i + 1 >= ctx.t.count) continue;
    if (ctx.t.kind[i] === Kind.Word || !PLURAL_POSSESSIVE_MARKS.has(word(ctx, i))) continue;
    const p = i - 1;
    const h = i + 1;
    if (!isCapWord(ctx, p) || !PLURAL.test(word(ctx, p)) || !capitalisedOnLine(ctx, h) || opensLine(ctx, i)) continue;
    const e = bodyWordEnd(ctx, h);
    // "James' Union Street shop": a given name's possessive before a street or a building's name.
    if (e < 0 || FIRST_NAME_SET.has(lower(ctx, p)) || capitalisedOnLine(ctx, e)) continue;
    const held = out.at(p);
    let a = p;
    if (held && held.b === p + 1) a = held.a;
    else if (!held) while (a - 1 >= 0 && capitalisedOnLine(ctx, a) && isCapWord(ctx, a - 1) && !out.at(a - 1)) a--;
    else continue;
    // "the Ontario Teachers' Pension Plan" where the model named only the province: a place the
    // model ended right before the plural opens the name (lead, stop 49).
    const placeBefore = a === p && a > 0 ? out.at(a - 1) : undefined;
    if (placeBefore && placeBefore.b === p && placeBefore.type === PLACE && !opensLine(ctx, p)) a = placeBefore.a;
    // A sentence's "The" is no part of the name.
    if (isWord(ctx, a, 'the') && a < p) a++;
    if (a < p && !bodyOpener(ctx, word(ctx, a))) continue;
    // "the Smiths' Pension Plan", "the Giants' Super Bowl Party": past one body word, or with a plan
    // or a system, the name must open with a place, a demonym or an acronym (review, stop 49).
    const wide = e > h + 1 || WIDE_HEADS.has(lower(ctx, e - 1));
    if (wide && (a === p || !bodyOpener(ctx, word(ctx, a)))) continue;
    // A court after "at" is the place someone appears at (ents61b).
    const venue = isWord(ctx, e - 1, 'court') && a > 0 && VENUE_AFTER.has(lower(ctx, a - 1));
    puts.push([a, placeOfBody(ctx, e), venue ? PLACE : ORG]);
  }
  for (const [a, b, type] of puts) out.put(a, b, type, PLURAL_POSSESSIVE_BODY_ROW.id, undefined, out.at(a));
}

// --- place.route-between ---------------------------------------------------------------------------

const ROUTES = lowerSetOf(ROUTE_BETWEEN_ROW.value.routes);
const CONTESTS = lowerSetOf(ROUTE_BETWEEN_ROW.value.contests);
const PEOPLES = lowerSetOf(ROUTE_BETWEEN_ROW.value.peoples);
const HOLIDAYS = lowerSetOf(HOLIDAY_NONE_ROW.value.holidays);
const ROUTE_REACH = 6;

/** The end of one to three capitalised words from `a` that may name a town, or −1. */
function townRun(ctx: Ctx, a: number): number {
  let b = a;
  while (b - a < 3 && onLine(ctx, b) && isCapWord(ctx, b)) {
    const w = lower(ctx, b);
    if (isWeekdayOrMonth(ctx, b) || HOLIDAYS.has(w) || isPlainWord(ctx, b) || peoplePlural(ctx, b)) return -1;
    b++;
  }
  return b > a ? b : -1;
}

/** A plural of a faith, a community or a people: "Hindus", "Catholics", "Kurds". Review ents33c. */
function peoplePlural(ctx: Ctx, i: number): boolean {
  const w = word(ctx, i);
  if (w.length < 4 || !w.endsWith('s')) return false;
  const one = w.slice(0, -1);
  return PEOPLES.has(one.toLowerCase()) || isDemonym(ctx, one) || isDemonym(ctx, w);
}

/** The side [a, b) may be put as a place: nothing read there, or a place, or a model's unsure person. */
function sideFree(out: Names, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const n = out.at(i);
    if (!n) continue;
    if (n.a < a || n.b > b) return false;
    if (n.type === ORG || (n.type === PERSON && (n.rule || n.probs[PERSON] >= 0.6))) return false;
  }
  return true;
}

/** place.route-between: see the row. */
function routesBetween(ctx: Ctx, out: Names): void {
  const routes = formMarks(ctx, ROUTES);
  const puts: [number, number][] = [];
  for (const i of tokensOf(ctx, formMarks(ctx, new Set(['between'])))) {
    let route = false;
    for (let k = i - 1; k >= Math.max(0, i - ROUTE_REACH) && sameSentence(ctx, k, i) && !route; k--) {
      // "a duel between", "talks between": the contest owns "between", whatever route word came before.
      if (CONTESTS.has(lower(ctx, k))) break;
      route = routes[ctx.form[k]] === 1;
    }
    if (!route) continue;
    const a = i + 1;
    const x = townRun(ctx, a);
    if (x < 0 || !isWord(ctx, x, 'and') || !onLine(ctx, x + 1)) continue;
    const y = townRun(ctx, x + 1);
    if (y < 0 || (y < ctx.t.count && onLine(ctx, y) && isCapWord(ctx, y))) continue;
    if (!sideFree(out, a, x) || !sideFree(out, x + 1, y)) continue;
    puts.push([a, x], [x + 1, y]);
  }
  for (const [a, b] of puts) {
    const n = out.at(a);
    if (n && n.a === a && n.b === b && n.type === PLACE) continue;
    out.put(a, b, PLACE, ROUTE_BETWEEN_ROW.id, undefined, n);
  }
}

// --- organisation.field-list-body --------------------------------------------------------------------

const FIELD_HEADS = lowerSetOf(FIELD_LIST_BODY_ROW.value.heads);
const PARTIES = lowerSetOf(FIELD_LIST_BODY_ROW.value.parties);

/**
 * Token `k` may be a field of the list: nothing read it, or it is a field of government, no
 * weekday, month or party, read at most unsurely or as a body ("[Advisory]" by list-beside-body).
 */
function fieldFree(ctx: Ctx, out: Names, k: number): boolean {
  return !out.at(k) || governmentField(ctx, out, k);
}
function governmentField(ctx: Ctx, out: Names, k: number): boolean {
  if (isWeekdayOrMonth(ctx, k) || PARTIES.has(lower(ctx, k)) || !fieldsOnly(ctx, k, k + 1)) return false;
  const n = out.at(k);
  return !n || (n.a === k && n.b === k + 1 && fieldsReadAsBody(out, k, k + 1));
}

/** organisation.field-list-body: see the row. */
function fieldListBodies(ctx: Ctx, out: Names): void {
  const puts: [number, NamedSpan][] = [];
  for (const n of aliveByWord(ctx, out, FIELD_HEADS, LAST_TOKEN)) {
    if (n.type !== ORG || !FIELD_HEADS.has(lower(ctx, n.b - 1))) continue;
    let and = false;
    for (let i = n.a + 1; i < n.b - 1 && !and; i++) and = isWord(ctx, i, 'and');
    let a = n.a;
    // The model may start the name after the list's "and" ("Gaming and [Lotteries Commission]"),
    // after an Oxford comma too ("Agriculture, and [Veterinary Standards Board]").
    const comma = isPunctChar(ctx, a - 2, COMMA) ? 1 : 0;
    if (
      !and &&
      isWord(ctx, a - 1, 'and') &&
      isCapWord(ctx, a - 2 - comma) &&
      onLine(ctx, a - 1) &&
      onLine(ctx, a) &&
      fieldFree(ctx, out, a - 2 - comma)
    )
      a -= 2 + comma;
    else if (!and) continue;
    // Back over "<Capitalised>," pairs (one at least).
    const listEnd = a;
    while (
      isPunctChar(ctx, a - 1, COMMA) &&
      isCapWord(ctx, a - 2) &&
      onLine(ctx, a - 1) &&
      onLine(ctx, a) &&
      fieldFree(ctx, out, a - 2)
    )
      a -= 2;
    if (a === listEnd || opensLine(ctx, a)) continue;
    // After a lowercase "the" unread capitals are fields; elsewhere, or once read, only fields of
    // government are ("In Kingston, Gaming and …": a town).
    const afterThe = isWordInLowercase(ctx, a - 1, 'the');
    let fields = true;
    let unread = true;
    for (let k = a; k < listEnd; k++) {
      if (ctx.t.kind[k] !== Kind.Word || isWord(ctx, k, 'and')) continue;
      fields &&= governmentField(ctx, out, k);
      unread &&= !out.at(k);
    }
    if (!fields && !(afterThe && unread)) continue;
    // Officers in capitals are no fields: "the CEO, CFO and Audit Committee chair". Review ents33c.
    let officers = false;
    for (let k = a; k < n.a && !officers; k++) officers = ACRONYM.test(word(ctx, k));
    if (officers) continue;
    puts.push([a, n]);
  }
  for (const [a, n] of puts) out.put(a, n.b, ORG, FIELD_LIST_BODY_ROW.id, undefined, n);
}

// --- organisation.body-of-place ------------------------------------------------------------------------

const CHAMBERS = lowerSetOf(BODY_OF_PLACE_ROW.value.heads);

/** organisation.body-of-place: see the row. */
function bodiesOfPlaces(ctx: Ctx, out: Names): void {
  const puts: [number, NamedSpan][] = [];
  for (const i of tokensOf(ctx, formMarks(ctx, CHAMBERS))) {
    if (!isCapWord(ctx, i) || out.at(i) || !isWord(ctx, i + 1, 'of') || !onLine(ctx, i + 2)) continue;
    const place = out.at(i + 2);
    if (!place || place.a !== i + 2 || place.type !== PLACE || !onLine(ctx, i + 1)) continue;
    if (spanText(ctx, place.a, place.b).length < 2) continue;
    puts.push([i, place]);
  }
  for (const [i, place] of puts) out.put(i, place.b, ORG, BODY_OF_PLACE_ROW.id, undefined, place);
}

// --- person.of-state-title ---------------------------------------------------------------------------------

const OF_STATE_OFFICES = lowerSetOf(OF_STATE_TITLE_ROW.value.offices);
/** The noun of an office's field: "Security", "Administration", "Enterprises". */
const FIELD_NOUN = new RegExp(`(?:${OF_STATE_TITLE_ROW.value.fieldEndings.join('|')})$`);
const MAX_NAME_WORDS = 4;

/** person.of-state-title: see the row. */
function ofStateTitles(ctx: Ctx, out: Names): void {
  const puts: [number, number][] = [];
  for (const i of tokensOf(ctx, formMarks(ctx, new Set(['state'])))) {
    if (!isCapWord(ctx, i) || !isWord(ctx, i - 1, 'of') || !isCapWord(ctx, i - 2)) continue;
    if (!OF_STATE_OFFICES.has(lower(ctx, i - 2)) || opensLine(ctx, i - 1) || opensLine(ctx, i)) continue;
    const a = i + 1;
    if (!onLine(ctx, a)) continue;
    const b = capitalisedRun(ctx, a, MAX_NAME_WORDS + 1);
    if (b - a < 2 || b - a > MAX_NAME_WORDS) continue;
    // "Minister of State Security Chen Yixin": the office goes on into its field. Review ents33c.
    if (FIELD_NOUN.test(lower(ctx, a)) && !givenName(ctx, a)) continue;
    if (b < ctx.t.count && onLine(ctx, b) && ctx.t.kind[b] === Kind.Word && !isLowerWord(ctx, b)) continue;
    let plain = false;
    for (let k = a; k < b && !plain; k++) plain = !!out.at(k) || isPlainWord(ctx, k);
    if (plain || placeLookup(ctx, spanText(ctx, a, b))) continue;
    puts.push([a, b]);
  }
  for (const [a, b] of puts) out.put(a, b, PERSON, OF_STATE_TITLE_ROW.id);
}
