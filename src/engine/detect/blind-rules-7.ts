/**
 * Rules from the blind entity batches 19-21 (2 Dec 2026, helper ents14a, issue #9; rows in
 * lexicon/blind-news-7.ts). applyNameRules calls `applyBlindNewsRows7` after every other rule but
 * the review rows, so these read the names the others decided. Cost: one pass over the names and
 * one over the tokens of this file's own words; the sports-report reading (a regular expression
 * over the sentences) runs at most once, and only once a candidate is found.
 * - organisation.ticker-name-repeat: "Woolworths (WOW.AX) … Woolworths said" is the firm throughout.
 * - organisation.ai-firm-tail: "Mistral AI … Mistral said" is a firm.
 * - person.family-name: "the founding Moller family" is a person.
 * - place.possessive-body-split: "Lebanon's Ministry of Culture" is a place and a body.
 * - place.particle-place: "Santa Cruz de la Sierra", "Paso de Indios" are one place.
 * - sport.city-after-in: "Game 6 is Friday in Denver" is the city, also in a report about its club.
 * - sport.club-statement: "Vegas said after the game that defenceman …" is the club.
 * - place.ocean-over: "flew over the Atlantic" is the sea; "flew over The Atlantic, the magazine said" the magazine.
 */
import { Flag, Kind } from '../tokenize/tokenize';
import { isDemonym, lower, placeLookup, spanText, tokensOf, word, type Ctx } from '../context';
import {
  AI_FIRM_ROW,
  CITY_AFTER_IN_ROW,
  CLUB_STATEMENT_ROW,
  FAMILY_NAME_ROW,
  OCEAN_LOWERCASE_ROW,
  PARTICLE_PLACE_ROW,
  POSSESSIVE_BODY_ROW,
  TICKER_REPEAT_ROW,
} from '../lexicon/blind-news-7';
import { OCEAN_CROSSING_ROW } from '../lexicon/blind-news-6';
import { CLUB_DEAL_OBJECT_ROW } from '../lexicon/review-rows-2';
import { COMMON_WORDS } from '../lexicon/words';
import {
  ACRONYM,
  ORG,
  PERSON,
  PLACE,
  capitalisedOnLine,
  formMarks,
  isCapWord,
  isLowerWord,
  isPunctChar,
  isWord,
  namesWithin,
  type LiveSpan,
  type NamedSpan,
  type Names,
  retype,
  keepAs,
  OPEN_PAREN,
} from './named-spans';
import { SportsReading } from './sport-sentences';

const TICKER = /^\([A-Z0-9]{1,7}[a-z]?\.[A-Z]{1,3}\)/;
const AI_TAILS = new Set(AI_FIRM_ROW.value);
const FAMILY_WORDS = new Set(FAMILY_NAME_ROW.value);
const PARTICLES = new Set(PARTICLE_PLACE_ROW.value);
const ARTICLES_AFTER_DE = new Set(['la', 'las', 'los', 'el']);
const SPEECH = new Set(['said', 'says', 'told', 'added']);
const STATEMENTS = new Set(CLUB_STATEMENT_ROW.value);
const OCEANS = new Set(OCEAN_LOWERCASE_ROW.value.oceans.map((w) => w.toLowerCase()));
const CROSSING = new Set(OCEAN_LOWERCASE_ROW.value.crossing);
const CLUB_OBJECTS = new Set(CLUB_DEAL_OBJECT_ROW.value.objects);
const LOCATIVES = new Set(['in', 'near', 'around', 'outside', 'across', 'at', 'from', 'to']);
/** The words whose tokens this file visits, read once per document. */
const OWN_WORDS = new Set([...FAMILY_WORDS, ...PARTICLES, ...STATEMENTS, ...OCEANS]);
/** Most capitalised words a place's name runs after its particle ("de la Sierra Nevada"). */
const PARTICLE_WORDS = 3;
/** Words after a club's statement read for a player or a club's word. */
const STATEMENT_WINDOW = 10;

export function applyBlindNewsRows7(ctx: Ctx, out: Names): void {
  const sports = new SportsReading(ctx);
  namePass(ctx, out, sports);
  const hits = tokensOf(ctx, formMarks(ctx, OWN_WORDS));
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    if (!isLowerWord(ctx, i)) {
      if (OCEANS.has(lower(ctx, i))) oceanOver(ctx, out, i);
      continue;
    }
    const w = lower(ctx, i);
    if (FAMILY_WORDS.has(w)) familyName(ctx, out, i);
    else if (PARTICLES.has(w)) particlePlace(ctx, out, i);
    else if (STATEMENTS.has(w)) clubStatement(ctx, out, i, sports);
  }
}

/** One pass over the names for the rows that read names, not words; each change is made after it. */
function namePass(ctx: Ctx, out: Names, sports: SportsReading): void {
  const firms = new Set<string>();
  const aiFirsts = new Set<string>();
  const changes: (() => void)[] = [];
  const clubs: NamedSpan[] = [];
  const citiesAfterIn: NamedSpan[] = [];
  let lonePeople = false;
  let oceanCrossed = false;
  const alive = out.alive();
  for (let x = 0; x < alive.length; x++) {
    const n = alive[x];
    const len = n.b - n.a;
    if (n.rule === OCEAN_CROSSING_ROW.id) oceanCrossed = true;
    if (n.type === PERSON && len === 1 && !n.rule) lonePeople = true;
    // organisation.ticker-name-repeat: a name right before a ticker is the firm.
    if (
      n.type !== PLACE &&
      isPunctChar(ctx, n.b, OPEN_PAREN) &&
      TICKER.test(ctx.text.slice(ctx.t.start[n.b], ctx.t.start[n.b] + 16))
    ) {
      if (len === 1) firms.add(ctx.forms[ctx.form[n.a]]);
      if (n.type === PERSON) changes.push(() => retype(out, n, ORG, TICKER_REPEAT_ROW.id));
    }
    // organisation.ai-firm-tail
    if (n.type !== ORG && len >= 2 && len <= 3 && AI_TAILS.has(ctx.forms[ctx.form[n.b - 1]])) {
      if (len === 2) aiFirsts.add(ctx.forms[ctx.form[n.a]]);
      changes.push(() => retype(out, n, ORG, AI_FIRM_ROW.id));
    }
    // place.possessive-body-split
    if (n.type === ORG && len >= 3) {
      for (let k = n.a + 1; k < n.b - 1; k++)
        if (ctx.t.kind[k] === Kind.Poss) {
          const hit = placeLookup(ctx, spanText(ctx, n.a, k));
          const land = hit && (hit.kind === 'country' || hit.kind === 'region');
          // "the EU's General Court": a body in capitals the map does not know owns the body (ents46b).
          const body = !hit && k === n.a + 1 && ACRONYM.test(word(ctx, n.a));
          if ((land || body) && isCapWord(ctx, k + 1)) {
            const cut = k;
            changes.push(() => {
              if ((n as LiveSpan).dead) return;
              const a = n.a,
                b = n.b;
              out.put(a, cut, land ? PLACE : ORG, POSSESSIVE_BODY_ROW.id, undefined, n);
              out.put(cut + 1, b, ORG, POSSESSIVE_BODY_ROW.id);
            });
          }
          break;
        }
    }
    // sport.city-after-in: its candidates, and the short names read as clubs (by their word forms: no strings per name).
    if (n.type === ORG) clubs.push(n);
    else if (len <= 2) {
      if (n.type === PLACE && isWord(ctx, n.a - 1, 'in') && !n.local) citiesAfterIn.push(n);
    }
  }
  // A city after "in" that the article also writes as a club: in a sports report, the city.
  if (clubs.length && citiesAfterIn.length) {
    const clubKeys = new Set<number>();
    // A club is written alone ("Denver") or by its full name, the city first ("Denver Nuggets", "Golden State Warriors").
    for (const n of clubs) {
      clubKeys.add(formsKey(ctx, n.a, Math.min(n.b, n.a + 2)));
      if (n.b - n.a > 1) clubKeys.add(formsKey(ctx, n.a, n.a + 1));
    }
    for (const n of citiesAfterIn) {
      if (!clubKeys.has(formsKey(ctx, n.a, n.b)) || capitalisedOnLine(ctx, n.b) || ctx.t.kind[n.b] === Kind.Poss)
        continue;
      const hit = placeLookup(ctx, spanText(ctx, n.a, n.b));
      if (hit && hit.kind !== 'country' && sports.yes) changes.push(() => keepAs(out, n, PLACE, CITY_AFTER_IN_ROW.id));
    }
  }
  for (const change of changes) change();
  if (oceanCrossed) magazineSpeaker(ctx, out);
  if (!lonePeople || (!firms.size && !aiFirsts.size)) return;
  // The one-word mentions of those firms the model alone read as people.
  let surnames: Set<string> | undefined;
  const afterChanges = out.alive();
  for (let x = 0; x < afterChanges.length; x++) {
    const n = afterChanges[x];
    if (n.type !== PERSON || n.rule || n.b - n.a !== 1) continue;
    const text = ctx.forms[ctx.form[n.a]];
    const row = firms.has(text) ? TICKER_REPEAT_ROW.id : aiFirsts.has(text) ? AI_FIRM_ROW.id : '';
    if (!row) continue;
    surnames ??= lastWordsOfPeople(ctx, out);
    if (surnames.has(text)) continue;
    retype(out, n, ORG, row);
  }
}

/** The words [a, b) of a name (one or two) as a number made of its word forms (the same words give the same number). */
function formsKey(ctx: Ctx, a: number, b: number): number {
  return b - a === 1 ? ctx.form[a] + 1 : -((ctx.form[a] + 1) * ctx.forms.length + ctx.form[a + 1] + 1);
}

/** The last words of the names of two words or more read as people ("Deere" of "John Deere"). */
function lastWordsOfPeople(ctx: Ctx, out: Names): Set<string> {
  const words = new Set<string>();
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    if (n.type === PERSON && n.b - n.a > 1) words.add(ctx.forms[ctx.form[n.b - 1]]);
  }
  return words;
}

/** person.family-name: see the row. */
function familyName(ctx: Ctx, out: Names, f: number): void {
  const i = f - 1;
  if (i < 0 || !capitalisedOnLine(ctx, i) || isCapWord(ctx, i - 1) || isWord(ctx, f + 1, 'of')) return;
  if (ctx.s.first[ctx.s.of[i]] === i) return;
  const word = ctx.forms[ctx.form[i]];
  if (COMMON_WORDS.has(lower(ctx, i)) || isDemonym(ctx, word) || placeLookup(ctx, word)?.kind === 'country') return;
  const n = out.at(i);
  if (n && (n.a !== i || n.b !== i + 1 || n.type === PERSON)) return;
  out.put(i, i + 1, PERSON, FAMILY_NAME_ROW.id, undefined, n);
}

/** place.particle-place: see the row. */
function particlePlace(ctx: Ctx, out: Names, i: number): void {
  const place = out.at(i - 1);
  if (!place || place.type !== PLACE || place.b !== i || ctx.t.flags[i] & Flag.NewLine) return;
  let j = i + 1;
  if (ARTICLES_AFTER_DE.has(lower(ctx, j)) && isLowerWord(ctx, j)) j++;
  let b = j;
  while (b - j < PARTICLE_WORDS && capitalisedOnLine(ctx, b)) b++;
  if (b === j || capitalisedOnLine(ctx, b) || (isLowerWord(ctx, b) && SPEECH.has(lower(ctx, b)))) return;
  if (!namesWithin(out, place.a, b)) return;
  out.put(place.a, b, PLACE, PARTICLE_PLACE_ROW.id, undefined, place);
}

/** A town at [a, b): the map knows it (not a country), or the article writes it as the end of one it knows. */
function isTown(ctx: Ctx, a: number, b: number): boolean {
  const text = spanText(ctx, a, b);
  const hit = placeLookup(ctx, text);
  if (hit) return hit.kind !== 'country' && !ctx.gaz?.isWeak?.(text);
  if (b - a !== 1) return false;
  const same = tokensOf(ctx, formMarks(ctx, new Set([lower(ctx, a)])));
  for (let y = 0; y < same.length; y++) {
    const k = same[y];
    if (k > 0 && isCapWord(ctx, k - 1) && ctx.forms[ctx.form[k]] === ctx.forms[ctx.form[a]]) {
      const longer = placeLookup(ctx, spanText(ctx, k - 1, k + 1));
      if (longer && longer.kind !== 'country') return true;
    }
  }
  return false;
}

/** sport.club-statement: see the row. */
function clubStatement(ctx: Ctx, out: Names, v: number, sports: SportsReading): void {
  if (v < 1) return;
  const last = out.at(v - 1);
  // A town the model read as a place or a person ("Vegas"), or left out; a club is one already.
  if (last && (last.b !== v || last.type === ORG || last.b - last.a > 2)) return;
  const a = last ? last.a : v - 1;
  // A paragraph may open with the club ("Vegas said …"): the word need not share a line with the one before.
  if (!last && (!isCapWord(ctx, a) || isCapWord(ctx, a - 1))) return;
  if (a > 0 && LOCATIVES.has(lower(ctx, a - 1))) return;
  const sentence = ctx.s.of[v];
  let object = false;
  for (let i = v + 1; i < ctx.t.count && i - v <= STATEMENT_WINDOW && ctx.s.of[i] === sentence; i++) {
    if (CLUB_OBJECTS.has(lower(ctx, i)) || out.at(i)?.type === PERSON) {
      object = true;
      break;
    }
  }
  if (!object || !sports.yes || !isTown(ctx, a, v)) return;
  const within = namesWithin(out, a, v);
  if (!within || within.some((n) => n.type === PERSON && n.b - n.a > 1)) return;
  out.put(a, v, ORG, CLUB_STATEMENT_ROW.id, undefined, within[0]);
}

/** place.ocean-over: "over the Atlantic" (lowercase "the") is the sea, kept whatever its other mentions say. */
function oceanOver(ctx: Ctx, out: Names, i: number): void {
  if (!isWord(ctx, i - 1, 'the') || !isLowerWord(ctx, i - 1) || !isLowerWord(ctx, i - 2)) return;
  if (!CROSSING.has(lower(ctx, i - 2)) || capitalisedOnLine(ctx, i + 1)) return;
  const n = out.at(i);
  if (n && (n.a !== i || n.b !== i + 1)) return;
  const m = n && n.type === PLACE ? n : out.put(i, i + 1, PLACE, OCEAN_LOWERCASE_ROW.id, undefined, n);
  m.local = OCEAN_LOWERCASE_ROW.id;
}

/** place.ocean-over, its converse: a sea place.ocean-crossed typed in a sentence "the magazine" speaks is the magazine. */
function magazineSpeaker(ctx: Ctx, out: Names): void {
  const alive = out.alive();
  for (let x = 0; x < alive.length; x++) {
    const n = alive[x];
    if (n.rule !== OCEAN_CROSSING_ROW.id || n.a < 1 || ctx.forms[ctx.form[n.a - 1]] !== 'The') continue;
    const sentence = ctx.s.of[n.a];
    for (let i = n.b; i < ctx.t.count && ctx.s.of[i] === sentence; i++)
      if (
        isWord(ctx, i, 'magazine') &&
        isWord(ctx, i - 1, 'the') &&
        isLowerWord(ctx, i + 1) &&
        SPEECH.has(lower(ctx, i + 1))
      ) {
        out.put(n.a - 1, n.b, ORG, OCEAN_LOWERCASE_ROW.id, undefined, n);
        break;
      }
  }
}
