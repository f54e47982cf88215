/**
 * Rules for the weak patterns of issue #9, seventeenth round (helper ents58b; rows in
 * lexicon/news-leftovers-24.ts). applyNameRules calls `applyLeftoverRows24` after the leftover-23
 * rows, so these read the names every earlier rule decided. Each row starts from its trigger
 * words' tokens, never from every token.
 * - place.the-country-unread: "The Philippines has lodged a protest".
 * - place.venue-of-crowd: "Fans at Anfield said".
 * - organisation.list-beside-body: "Labour, the Greens and the Liberal Democrats".
 * - place.after-place-possessive: "Barges on Germany's Rhine".
 * - organisation.trade-and-tail: "Bravus Mining and Resources".
 */
import { TITLE_CASE_HEADLINE, lower, placeLookup, spanText, tokensOf, word, type Ctx } from '../context';
import { COMMODITY_TAIL_ROW } from '../lexicon/blind-news-14';
import {
  AFTER_PLACE_POSSESSIVE_ROW,
  LIST_BESIDE_BODY_ROW,
  THE_COUNTRY_ROW,
  TRADE_AND_TAIL_ROW,
  VENUE_OF_CROWD_ROW,
} from '../lexicon/news-leftovers-24';
import { lowerSetOf, setOf } from '../lexicon/rule-row';
import { KNOWN_ORG_NAMES } from '../lexicon/names';
import { COMMON_WORDS } from '../lexicon/words';
import {
  ORG,
  PERSON,
  PLACE,
  POSSESSIVE_S,
  capitalisedOnLine,
  capitalisedRun,
  exactFormMarks,
  formMarks,
  isCapWord,
  isPlainWord,
  isWeekdayOrMonth,
  isWord,
  isLowerWord,
  isWordInLowercase,
  namesWithin,
  onLine,
  opensSentence,
  personWordsOf,
  putOverWithin,
  type NamedSpan,
  type Names,
} from './named-spans';

export function applyLeftoverRows24(ctx: Ctx, out: Names): void {
  theCountries(ctx, out);
  venuesOfCrowds(ctx, out);
  listsBesideBodies(ctx, out);
  afterPlacePossessives(ctx, out);
  tradeAndTails(ctx, out);
}

/** The names over [a, b) when no rule decided any of them (namesWithin's answer), else undefined. */
function modelNamesWithin(out: Names, a: number, b: number): NamedSpan[] | undefined {
  const within = namesWithin(out, a, b);
  return within && !within.some((n) => n.rule) ? within : undefined;
}

/** Each multi-word name's words, by its first word, longest first. */
function byFirstWord(list: readonly string[]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const r of list) {
    const parts = r.split(' ');
    const l = map.get(parts[0]) ?? [];
    l.push(parts);
    l.sort((x, y) => y.length - x.length);
    map.set(parts[0], l);
  }
  return map;
}

// --- place.the-country-unread ------------------------------------------------------------------

const COUNTRIES = byFirstWord(THE_COUNTRY_ROW.value.countries);

/** place.the-country-unread: see the row. */
function theCountries(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, COUNTRIES));
  for (let x = 0; x < hits.length; x++) {
    const a = hits[x];
    if (a < 1 || !isWord(ctx, a - 1, 'the') || !onLine(ctx, a)) continue;
    let b = -1;
    for (const parts of COUNTRIES.get(word(ctx, a)) ?? []) {
      let ok = true;
      for (let k = 1; k < parts.length && ok; k++) ok = onLine(ctx, a + k) && word(ctx, a + k) === parts[k];
      if (ok) {
        b = a + parts.length;
        break;
      }
    }
    if (b < 0 || capitalisedOnLine(ctx, b)) continue;
    // Unread: nothing over the country or its article.
    let free = true;
    for (let i = a - 1; i < b && free; i++) free = !out.at(i);
    if (free) out.put(a, b, PLACE, THE_COUNTRY_ROW.id);
  }
}

// --- place.venue-of-crowd ----------------------------------------------------------------------

const CROWDS = lowerSetOf(VENUE_OF_CROWD_ROW.value.crowds);
const AT = lowerSetOf(VENUE_OF_CROWD_ROW.value.at);
/** A firm's buildings, named after it: "outside Tesla showrooms" is no venue called Tesla. */
const BUILDINGS: ReadonlySet<string> = new Set(
  'showroom showrooms store stores shop shops office offices headquarters plant plants factory factories branch branches outlet outlets restaurant restaurants warehouse warehouses depot depots'.split(
    ' ',
  ),
);
/** Most capitalised words of a venue's name. */
const VENUE_WORDS = 3;
/** A body the model is this sure of is the club, not its ground. */
const SURE_CLUB = 0.5;

/** place.venue-of-crowd: see the row. */
function venuesOfCrowds(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, CROWDS));
  for (let x = 0; x < hits.length; x++) {
    const k = hits[x];
    if (!onLine(ctx, k + 1) || !AT.has(lower(ctx, k + 1)) || out.at(k)) continue;
    let a = k + 2;
    if (isWord(ctx, a, 'the') && onLine(ctx, a)) a++;
    if (!onLine(ctx, a)) continue;
    const b = capitalisedRun(ctx, a, VENUE_WORDS + 1);
    if (b === a || b - a > VENUE_WORDS) continue;
    // "Crowds outside Tesla showrooms": a name before a lowercase noun owns the building (review, stop 58).
    if (isLowerWord(ctx, b) && onLine(ctx, b) && BUILDINGS.has(lower(ctx, b))) continue;
    const within = modelNamesWithin(out, a, b);
    if (!within) continue;
    // "Fans at the Stadium", "Crowds at the Forum": one unread word after "the" is a kind of place.
    if (!within.length && b - a === 1 && a > k + 2) continue;
    if (!within.length) {
      let plain = true;
      for (let i = a; i < b && plain; i++) plain = isPlainWord(ctx, i);
      if (plain || placeLookup(ctx, spanText(ctx, a, b))) continue;
    } else if (within.length !== 1 || within[0].type !== ORG || within[0].probs[ORG] >= SURE_CLUB) continue;
    putOverWithin(out, a, b, PLACE, VENUE_OF_CROWD_ROW.id, within);
  }
}

// --- organisation.list-beside-body -------------------------------------------------------------

const JOINS: ReadonlySet<string> = new Set(['and', 'or']);
/** Heads of a body named for the fields it serves. */
const LIST_NAME_HEADS: ReadonlySet<string> = new Set(
  'board commission council committee authority agency department ministry office trust fund'.split(' '),
);
const COMMA = ',';
/** Most capitalised words of one member. */
const MEMBER_WORDS = 3;

interface Member {
  a: number;
  b: number;
}

/** The member ending right before token `e` (an optional "the" before it), or undefined. */
function memberBefore(ctx: Ctx, e: number): Member | undefined {
  let a = e;
  while (a > 0 && e - a < MEMBER_WORDS && isCapWord(ctx, a - 1) && onLine(ctx, a) && !isWord(ctx, a - 1, 'the')) a--;
  if (a === e || (a > 0 && isCapWord(ctx, a - 1) && onLine(ctx, a) && !isWord(ctx, a - 1, 'the'))) return undefined;
  return { a, b: e };
}

const isAmpersand = (ctx: Ctx, i: number) => i >= 0 && i < ctx.t.count && ctx.text[ctx.t.start[i]] === '&';

/** Every word of [a, b) is a word of the language. */
function plainRun(ctx: Ctx, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!isPlainWord(ctx, i)) return false;
  return true;
}

const isComma = (ctx: Ctx, i: number) => i >= 0 && ctx.text.slice(ctx.t.start[i], ctx.t.end[i]) === COMMA;

/** organisation.list-beside-body: see the row. */
function listsBesideBodies(ctx: Ctx, out: Names): void {
  const { least, unsure } = LIST_BESIDE_BODY_ROW.value;
  const hits = tokensOf(ctx, exactFormMarks(ctx, JOINS));
  for (let x = 0; x < hits.length; x++) {
    const k = hits[x];
    if (!onLine(ctx, k + 1)) continue;
    // The last member, after "and" (an optional "the").
    let c = k + 1;
    if (isWord(ctx, c, 'the')) c++;
    const d = capitalisedRun(ctx, c, MEMBER_WORDS + 1);
    if (d === c || d - c > MEMBER_WORDS || !onLine(ctx, c)) continue;
    const members: Member[] = [{ a: c, b: d }];
    // The members before "and", read leftwards over commas (an optional comma before "and").
    let e = isComma(ctx, k - 1) ? k - 1 : k;
    for (;;) {
      const m = memberBefore(ctx, e);
      if (!m) break;
      members.unshift(m);
      const before = isWord(ctx, m.a - 1, 'the') ? m.a - 1 : m.a;
      if (before < 1 || !isComma(ctx, before - 1) || !onLine(ctx, before)) break;
      e = before - 1;
    }
    if (members.length < least) continue;
    // "the Arts, Heritage and Culture Board", "Betting, Gaming and Lotteries Commission": one body's
    // name listing its fields, its head word last (merge, stop 58).
    const last = members[members.length - 1];
    if (LIST_NAME_HEADS.has(lower(ctx, last.b - 1)) && members.slice(0, -1).every((m) => m.b - m.a === 1)) continue;
    const read: (NamedSpan[] | undefined)[] = members.map((m) => namesWithin(out, m.a, m.b));
    if (read.some((r) => !r || r.length > 1)) continue;
    const names = read.map((r) => r![0]);
    // A firm the organisation list knows counts as a body however the model read it ("in Tesco,
    // Dunnes Stores and SuperValu", Tesco an unsure place; news-leftovers-30).
    const known = members.map((m) => KNOWN_ORG_NAMES.has(spanText(ctx, m.a, m.b).toLowerCase()));
    const bodies = names.filter((n, m) => n?.type === ORG || known[m]).length;
    if (!bodies) continue;
    // Not inside a firm's name: "Morgan Stanley & Co., Lazard Ltd and Rothschild & Co.".
    const first = isWord(ctx, members[0].a - 1, 'the') ? members[0].a - 1 : members[0].a;
    if (isAmpersand(ctx, first - 1) || isAmpersand(ctx, d)) continue;
    let ok = true;
    const turn: number[] = [];
    let people: Set<string> | undefined;
    for (let m = 0; m < members.length && ok; m++) {
      const n = names[m];
      const { a, b } = members[m];
      if (n && n.type === ORG) continue;
      if (n) ok = !n.rule && n.a === a && n.b === b && n.probs[n.type] < unsure;
      else ok = known[m] || !placeLookup(ctx, spanText(ctx, a, b));
      // A word of the language opening the sentence, a weekday or a month is left as it is; other
      // words of the language ("Betting, Gaming and Lotteries Commission" is one name) only beside
      // two bodies or after "the" ("the Greens").
      const word = !n && (isWeekdayOrMonth(ctx, a) || (opensSentence(ctx, a) && COMMON_WORDS.has(lower(ctx, a))));
      const plain = !n && plainRun(ctx, a, b) && bodies < 2 && !(m > 0 && isWordInLowercase(ctx, a - 1, 'the'));
      // "Mark Zuckerberg … Meta, Zuckerberg and Sandberg": a word of a person the text names is that
      // person's surname, not a body (review, stop 58).
      const surname = b - a === 1 && (people ??= personWordsOf(ctx, out.alive())).has(lower(ctx, a));
      if (ok && !word && !plain && !surname) turn.push(m);
    }
    if (!ok) continue;
    for (const m of turn) {
      const n = names[m];
      putOverWithin(out, members[m].a, members[m].b, ORG, LIST_BESIDE_BODY_ROW.id, n ? [n] : []);
    }
  }
}

// --- place.after-place-possessive --------------------------------------------------------------

const WHERE = lowerSetOf(AFTER_PLACE_POSSESSIVE_ROW.value.prepositions);
const JOINERS = setOf(AFTER_PLACE_POSSESSIVE_ROW.value.joiners);
/** Prepositions that take firms and people as often as ground. */
const BUSY_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'in']);
const MONEY_BEFORE: ReadonlySet<string> = new Set(['shares', 'stake', 'stakes', 'investors', 'investment']);
/** Most words of such a place's name. */
const PLACE_WORDS = 4;
/** A person the model is this sure of stays a person. */
const SURE_PERSON = 0.5;

/** place.after-place-possessive: see the row. */
function afterPlacePossessives(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, POSSESSIVE_S));
  for (let x = 0; x < hits.length; x++) {
    const s = hits[x];
    const owner = s > 0 ? out.at(s - 1) : undefined;
    if (!owner || owner.b !== s || owner.type !== PLACE || owner.a < 1) continue;
    if (!WHERE.has(lower(ctx, owner.a - 1)) || MONEY_BEFORE.has(lower(ctx, owner.a - 2))) continue;
    const a = s + 1;
    // "In Vermont's Flood Towns, a Buyout …": a title-case headline capitalises every word.
    if (!capitalisedOnLine(ctx, a) || ctx.headline[ctx.s.of[a]] === TITLE_CASE_HEADLINE) continue;
    // The name: capitalised words, with lowercase joiners inside ("Costa del Sol").
    let b = a + 1;
    while (b - a < PLACE_WORDS && onLine(ctx, b)) {
      if (capitalisedOnLine(ctx, b)) b++;
      else if (JOINERS.has(word(ctx, b)) && capitalisedOnLine(ctx, b + 1)) b += 2;
      else break;
    }
    if (capitalisedOnLine(ctx, b)) continue;
    const within = modelNamesWithin(out, a, b);
    if (!within) continue;
    // "Staff at Norway's Equinor", "in Italy's Meloni era": one word after "at" or "in" is as often a
    // firm or a person (review, stop 58); "on Germany's Rhine", "in France's Loire Valley" stay.
    if (b - a === 1 && BUSY_PREPOSITIONS.has(lower(ctx, owner.a - 1))) continue;
    if (!within.length) {
      let plain = true;
      for (let i = a; i < b && plain; i++) plain = isPlainWord(ctx, i) || JOINERS.has(word(ctx, i));
      if (plain) continue;
    } else if (
      within.length !== 1 ||
      within[0].a !== a ||
      within[0].b !== b ||
      within[0].type !== PERSON ||
      within[0].probs[PERSON] >= SURE_PERSON
    )
      continue;
    putOverWithin(out, a, b, PLACE, AFTER_PLACE_POSSESSIVE_ROW.id, within);
  }
}

// --- organisation.trade-and-tail ---------------------------------------------------------------

const TRADES: ReadonlySet<string> = new Set([...(COMMODITY_TAIL_ROW.value as readonly string[]), 'Oil']);
const TAILS: ReadonlySet<string> = setOf(TRADE_AND_TAIL_ROW.value.tails);

/** organisation.trade-and-tail: see the row. */
function tradeAndTails(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, TAILS));
  for (let x = 0; x < hits.length; x++) {
    const t = hits[x];
    if (t < 3 || !isWord(ctx, t - 1, 'and') || !onLine(ctx, t) || !onLine(ctx, t - 1)) continue;
    if (capitalisedOnLine(ctx, t + 1) || !TRADES.has(word(ctx, t - 2))) continue;
    const firm = out.at(t - 2);
    if (!firm || firm.b !== t - 1 || firm.type !== ORG || firm.b - firm.a < 2) continue;
    const tail = out.at(t);
    // A tail a rule read as a body of its own ("Gas", organisation.common-word-firm) is taken in too (ents59b).
    if (tail && (tail.a !== t || tail.b !== t + 1 || (tail.rule && tail.type !== ORG))) continue;
    out.put(firm.a, t + 1, ORG, TRADE_AND_TAIL_ROW.id, undefined, firm);
  }
}
