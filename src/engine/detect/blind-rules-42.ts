/**
 * Rules from the blind entity batches 125 and 126 (7 Dec 2026, helper ents63a, issue #9; rows in
 * lexicon/blind-news-42.ts). applyNameRules calls `applyBlindNewsRows42` after the rows of batches
 * 122 and 123, so these read the names every earlier rule decided. Each starts from its trigger
 * words' tokens (tokensOf), not from every token or name.
 * - place.airport-short-name: "John F. Kennedy International Airport … delays at [Kennedy]".
 * - place.sites-joined-by-and: "their neighbouring [Los Bronces] and [Andina] copper mines", "its
 *   plants at [Sunndalsøra] and [Karmøy]".
 * (person.role-before-apposition, widened to "Its vice-president, Hoang Quang Phong, said", lives
 * in detect/apposition-names.ts.)
 */
import { Flag, Kind } from '../tokenize/tokenize';
import { lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import { AIRPORT_SHORT_NAME_ROW, SITES_JOINED_ROW } from '../lexicon/blind-news-42';
import { lowerSetOf, setOf } from '../lexicon/rule-row';
import { KNOWN_ORG_NAMES } from '../lexicon/names';
import { ORG_TAIL, TITLES } from '../lexicon/words';
import {
  ORG,
  PERSON,
  PLACE,
  capitalisedOnLine,
  capitalisedRun,
  capitalisedRunBefore,
  exactFormMarks,
  formMarks,
  isCapWord,
  isLowerWord,
  isWord,
  namesWithin,
  onLine,
  putOverWithin,
  type NamedSpan,
  type Names,
} from './named-spans';

export function applyBlindNewsRows42(ctx: Ctx, out: Names): void {
  sitesJoinedByAnd(ctx, out);
  airportShortNames(ctx, out);
}

// --- place.sites-joined-by-and --------------------------------------------------------------------

const SITES = lowerSetOf(SITES_JOINED_ROW.value.sites);
/** Most capitalised words in each site's name. */
const MOST_WORDS = 3;
const AFTER = lowerSetOf(SITES_JOINED_ROW.value.after);

/** The names over [a, b) when the run may be a site: no person, no sure body, no firm or body word. */
function siteRun(ctx: Ctx, out: Names, a: number, b: number): NamedSpan[] | undefined {
  if (a === b) return undefined;
  const within = namesWithin(out, a, b);
  if (!within) return undefined;
  for (const n of within) {
    if (n.type === ORG ? n.probs[ORG] >= SITES_JOINED_ROW.value.below || !!n.rule : n.type !== PLACE) return undefined;
  }
  for (let i = a; i < b; i++) if (ctx.t.flags[i] & Flag.AllCaps) return undefined;
  const text = spanText(ctx, a, b);
  if (KNOWN_ORG_NAMES.has(text.toLowerCase()) || ORG_TAIL.has(lower(ctx, b - 1))) return undefined;
  return within;
}

/** The two runs after the site noun at `k` and "at", "in" or "near", joined by "and" ("plants at [Sunndalsøra] and [Karmøy]"). */
function sitesAfter(ctx: Ctx, k: number): [number, number][] | undefined {
  if (!isLowerWord(ctx, k + 1) || !AFTER.has(lower(ctx, k + 1))) return undefined;
  const a1 = k + 2;
  const b1 = capitalisedRun(ctx, a1, MOST_WORDS);
  if (a1 === b1 || !isWord(ctx, b1, 'and')) return undefined;
  const a2 = b1 + 1;
  const b2 = capitalisedRun(ctx, a2, MOST_WORDS);
  if (a2 === b2 || capitalisedOnLine(ctx, b2)) return undefined;
  return [
    [a1, b1],
    [a2, b2],
  ];
}

/** The two runs before the site noun at `k`, joined by "and" ("[Los Bronces] and [Andina] copper mines"). */
function sitesBefore(ctx: Ctx, k: number): [number, number][] | undefined {
  let e = k;
  while (k - e < SITES_JOINED_ROW.value.between && isLowerWord(ctx, e - 1) && !isWord(ctx, e - 1, 'and')) e--;
  const b2 = e;
  const a2 = capitalisedRunBefore(ctx, b2, MOST_WORDS);
  if (a2 === b2 || !isWord(ctx, a2 - 1, 'and') || !onLine(ctx, a2 - 1)) return undefined;
  const b1 = a2 - 1;
  let a1 = capitalisedRunBefore(ctx, b1, MOST_WORDS);
  // A longer run before ("Anglo American Platinum Los Bronces") is no site's name.
  if (a1 === b1 || (a1 > 0 && isCapWord(ctx, a1 - 1) && onLine(ctx, a1))) return undefined;
  // "The Three Gorges and Xiluodu dams": the article opening the sentence is no part of the name (review of stop 63).
  if (lower(ctx, a1) === 'the' && ++a1 === b1) return undefined;
  return [
    [a1, b1],
    [a2, b2],
  ];
}

const FIRM_VERBS = lowerSetOf(SITES_JOINED_ROW.value.firmVerbs);
const FIRM_OWNS = lowerSetOf(SITES_JOINED_ROW.value.firmOwns);

/**
 * The words [a, b) stand elsewhere in the text as a firm does (news-leftovers-30): before a verb
 * only a body says with ("Ineos said"), a body's word ("Sabic Group"), or a possessive and a thing
 * only a firm owns ("Sabic's chief executive", "Ineos's shares").
 */
function firmElsewhere(ctx: Ctx, a: number, b: number): boolean {
  const first = ctx.text.slice(ctx.t.start[a], ctx.t.end[a]);
  const hits = tokensOf(ctx, exactFormMarks(ctx, new Set([first])));
  const w = b - a;
  for (let x = 0; x < hits.length; x++) {
    const h = hits[x];
    if (h === a) continue;
    let same = true;
    for (let i = 1; i < w && same; i++) same = lower(ctx, h + i) === lower(ctx, a + i);
    const e = h + w;
    if (!same || e >= ctx.t.count) continue;
    if (isLowerWord(ctx, e) && FIRM_VERBS.has(lower(ctx, e))) return true;
    if (isCapWord(ctx, e) && ORG_TAIL.has(lower(ctx, e))) return true;
    if (ctx.t.kind[e] === Kind.Poss && isLowerWord(ctx, e + 1))
      for (let i = e + 1; i <= e + 2 && isLowerWord(ctx, i); i++) if (FIRM_OWNS.has(lower(ctx, i))) return true;
  }
  return false;
}

/** The run [a, b) is a body: one name a rule or the model (at `below`) read so, a known firm, or a body's word at its end. */
function bodyRun(ctx: Ctx, out: Names, a: number, b: number): boolean {
  const n = out.at(a);
  if (n && n.a === a && n.b === b && n.type === ORG && (!!n.rule || n.probs[ORG] >= SITES_JOINED_ROW.value.below))
    return true;
  return KNOWN_ORG_NAMES.has(spanText(ctx, a, b).toLowerCase()) || ORG_TAIL.has(lower(ctx, b - 1));
}

/** The run [a, b) may be read as a firm: no person, nothing a rule read, no sure place, not the map's place. */
function openForFirm(ctx: Ctx, out: Names, a: number, b: number): NamedSpan[] | undefined {
  const within = namesWithin(out, a, b);
  if (
    !within ||
    within.some(
      (n) => n.type === PERSON || !!n.rule || (n.type === PLACE && n.probs[PLACE] >= SITES_JOINED_ROW.value.below),
    )
  )
    return undefined;
  return placeLookup(ctx, spanText(ctx, a, b)) ? undefined : within;
}

/** place.sites-joined-by-and: see the row. */
function sitesJoinedByAnd(ctx: Ctx, out: Names): void {
  const { below } = SITES_JOINED_ROW.value;
  const hits = tokensOf(ctx, formMarks(ctx, SITES));
  const found: [number, number][] = [];
  const firms: [number, number, NamedSpan[]][] = [];
  for (let x = 0; x < hits.length; x++) {
    const k = hits[x];
    if (!isLowerWord(ctx, k)) continue;
    for (const pair of [sitesAfter(ctx, k), sitesBefore(ctx, k)]) {
      if (!pair) continue;
      const [[a1, b1], [a2, b2]] = pair;
      const firm = firmElsewhere(ctx, a1, b1) || firmElsewhere(ctx, a2, b2);
      if (!firm && siteRun(ctx, out, a1, b1) && siteRun(ctx, out, a2, b2)) {
        found.push(...pair);
        continue;
      }
      // "The Ineos and Sabic plants" where Ineos speaks elsewhere, "the Acme and Zenith factories"
      // where Acme is a body: the pair names two firms (news-leftovers-30).
      if (!firm && !bodyRun(ctx, out, a1, b1) && !bodyRun(ctx, out, a2, b2)) continue;
      const body1 = bodyRun(ctx, out, a1, b1);
      const body2 = bodyRun(ctx, out, a2, b2);
      const w1 = body1 ? [] : openForFirm(ctx, out, a1, b1);
      const w2 = body2 ? [] : openForFirm(ctx, out, a2, b2);
      if (!w1 || !w2) continue;
      if (!body1) firms.push([a1, b1, w1]);
      if (!body2) firms.push([a2, b2, w2]);
    }
  }
  for (const [a, b, within] of firms) putOverWithin(out, a, b, ORG, SITES_JOINED_ROW.id, within);
  if (!found.length) return;
  const texts = new Set<string>();
  for (const [a, b] of found) {
    texts.add(spanText(ctx, a, b));
    const n = out.at(a);
    if (n && n.a === a && n.b === b && n.type === PLACE) continue;
    out.put(a, b, PLACE, SITES_JOINED_ROW.id, undefined, n && n.a === a && n.b === b ? n : undefined);
  }
  // The same words elsewhere, where the model alone read them as a body below the line.
  const others = out
    .alive()
    .filter((n) => n.type === ORG && !n.rule && n.probs[ORG] < below && texts.has(spanText(ctx, n.a, n.b)));
  for (const n of others) out.put(n.a, n.b, PLACE, SITES_JOINED_ROW.id, undefined, n);
}

// --- place.airport-short-name ---------------------------------------------------------------------

const AIRPORT_HEADS = setOf(AIRPORT_SHORT_NAME_ROW.value.heads);
const AIRPORT_QUALIFIERS = setOf(AIRPORT_SHORT_NAME_ROW.value.qualifiers);
/** Words after a surname that end a person's name. */
const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii']);

/** place.airport-short-name: see the row. */
function airportShortNames(ctx: Ctx, out: Names): void {
  const heads = tokensOf(ctx, formMarks(ctx, lowerSetOf(AIRPORT_SHORT_NAME_ROW.value.heads)));
  if (!heads.length) return;
  const shorts = new Set<string>();
  const airports: NamedSpan[] = [];
  for (const n of out.alive()) {
    if (
      n.type !== PLACE ||
      n.b - n.a < 2 ||
      !AIRPORT_HEADS.has(ctx.text.slice(ctx.t.start[n.b - 1], ctx.t.end[n.b - 1]))
    )
      continue;
    let e = n.b - 1;
    while (e > n.a && AIRPORT_QUALIFIERS.has(ctx.text.slice(ctx.t.start[e - 1], ctx.t.end[e - 1]))) e--;
    if (e === n.a || !isCapWord(ctx, e - 1)) continue;
    shorts.add(lower(ctx, e - 1));
    airports.push(n);
  }
  if (!shorts.size) return;
  // "President John Kennedy said": a person of two words or more ending in the word, outside an airport.
  // "Robert F. Kennedy Jr.", "Senator Kennedy": the surname before a suffix, a titled surname (review of stop 63).
  for (const n of out.alive())
    if (
      n.type === PERSON &&
      (n.b - n.a >= 2 || (n.a > 0 && TITLES.has(lower(ctx, n.a - 1)))) &&
      !airports.some((p) => p.a <= n.a && n.b <= p.b)
    ) {
      let last = n.b - 1;
      while (last > n.a && (ctx.t.kind[last] === Kind.Punct || NAME_SUFFIXES.has(lower(ctx, last)))) last--;
      shorts.delete(lower(ctx, last));
    }
  const { below } = AIRPORT_SHORT_NAME_ROW.value;
  const found = out.alive().filter(
    (n) =>
      n.b - n.a === 1 &&
      (n.type === ORG || n.type === PERSON) &&
      !n.rule &&
      n.probs[n.type] < below &&
      shorts.has(lower(ctx, n.a)) &&
      // "Senator Kennedy's aide": a title before the word names the person (review of stop 63).
      !(n.a > 0 && TITLES.has(lower(ctx, n.a - 1))),
  );
  for (const n of found) out.put(n.a, n.b, PLACE, AIRPORT_SHORT_NAME_ROW.id, undefined, n);
}
