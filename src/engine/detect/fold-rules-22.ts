/**
 * Rules for the two open families of the study folds' errors, fourth round (helper ents40c, issue
 * #9; rows in lexicon/fold-patterns-22.ts). applyNameRules calls `applyFoldPatternRows22` right
 * after the fold-21 rows.
 * - organisation.team-for-town: "24 games for [Indianapolis]", "debuted for [Boston]" are sides.
 * - place.islands-list: "the islands [La Désirade], [Marie Galante] and [Les Saintes]" are places.
 * - place.land-word-lead: "[Terre de Haut]" read as a person is a place.
 * - place.title-feature: "[Queen Creek]", the rank taken as a title, is a place.
 * - place.street-word-bare: "[Campo Santa Margherita]", "[bd Georges Mandel]" are streets.
 */
import { Kind } from '../tokenize/tokenize';
import { lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import {
  ISLANDS_LIST_ROW,
  LAND_WORD_LEAD_ROW,
  STREET_WORD_BARE_ROW,
  TEAM_FOR_TOWN_ROW,
  TITLE_FEATURE_ROW,
} from '../lexicon/fold-patterns-22';
import { lowerSetOf } from '../lexicon/rule-row';
import { FIRST_NAME_SET, TITLES } from '../lexicon/words';
import { sentenceAboutSport } from './sport-sentences';
import {
  COMMA,
  FIRST_TOKEN,
  FULL_STOP,
  ORG,
  PERSON,
  PLACE,
  aliveByWord,
  formMarks,
  isCapWord,
  isLowerWord,
  isOneChar,
  namesWithin,
  onLine,
  putOverWithin,
  retype,
  type Names,
  isWordInLowercase,
} from './named-spans';

export function applyFoldPatternRows22(ctx: Ctx, out: Names): void {
  teamsForTowns(ctx, out);
  islandLists(ctx, out);
  landWordLeads(ctx, out);
  titleFeatures(ctx, out);
  streetWordsBare(ctx, out);
}

// --- organisation.team-for-town ---------------------------------------------------------------

const COUNTS = lowerSetOf(TEAM_FOR_TOWN_ROW.value.counts);
const PLAYED = lowerSetOf(TEAM_FOR_TOWN_ROW.value.verbs);
const PLAYING = lowerSetOf(TEAM_FOR_TOWN_ROW.value.playing);
const AFTER = lowerSetOf(TEAM_FOR_TOWN_ROW.value.after);
/** The words two before the town: a record's noun or a verb of playing. */
const RECORD_OR_PLAYED: ReadonlySet<string> = new Set([...COUNTS, ...PLAYED]);

/** organisation.team-for-town: see the row. Only the tokens two after its record nouns and verbs are read. */
function teamsForTowns(ctx: Ctx, out: Names): void {
  const verbs = tokensOf(ctx, formMarks(ctx, RECORD_OR_PLAYED));
  for (let x = 0; x < verbs.length; x++) {
    const i = verbs[x] + 2;
    if (i >= ctx.t.count || !isCapWord(ctx, i) || isCapWord(ctx, i + 1) || !onLine(ctx, i)) continue;
    if (i + 1 < ctx.t.count && ctx.t.kind[i + 1] === Kind.Num) continue;
    // A lowercase word after the town makes it a modifier ("played for Paris crowds") unless it opens a clause or a phrase.
    if (isLowerWord(ctx, i + 1) && !AFTER.has(lower(ctx, i + 1))) continue;
    const p = lower(ctx, i - 1);
    if ((p !== 'for' && p !== 'with') || !isLowerWord(ctx, i - 2)) continue;
    const v = lower(ctx, i - 2);
    if (!COUNTS.has(v) && !PLAYED.has(v)) continue;
    // "emission goals for California", "the choir played for Houston" (review): a record needs its
    // number ("40 games for"), and any other frame a sentence about sport.
    if (COUNTS.has(v) && !(i >= 3 && ctx.t.kind[i - 3] === Kind.Num)) continue;
    if (PLAYING.has(v) && !sentenceAboutSport(ctx, ctx.s.of[i])) continue;
    const n = out.at(i);
    if (n) {
      if (n.a === i && n.b === i + 1 && n.type === PLACE) retype(out, n, ORG, TEAM_FOR_TOWN_ROW.id);
      continue;
    }
    const w = spanText(ctx, i, i + 1);
    if (placeLookup(ctx, w) && !FIRST_NAME_SET.has(w.toLowerCase())) out.put(i, i + 1, ORG, TEAM_FOR_TOWN_ROW.id);
  }
}

// --- place.islands-list -----------------------------------------------------------------------

const ISLAND_HEADS = lowerSetOf(ISLANDS_LIST_ROW.value.heads);
const PARTICLES = lowerSetOf(ISLANDS_LIST_ROW.value.particles);

/** The end of one island's name from `a`: capitalised words with particles between, at most four words; `a` when none. */
function islandName(ctx: Ctx, a: number): number {
  if (!isCapWord(ctx, a) || !onLine(ctx, a)) return a;
  let b = a + 1;
  let caps = 1;
  while (b < ctx.t.count && onLine(ctx, b) && caps < 4) {
    if (isCapWord(ctx, b)) {
      b++;
      caps++;
    } else if (isLowerWord(ctx, b) && PARTICLES.has(lower(ctx, b)) && isCapWord(ctx, b + 1)) b++;
    else break;
  }
  return b;
}

/** place.islands-list: see the row. Only its head words' tokens are read. */
function islandLists(ctx: Ctx, out: Names): void {
  const heads = tokensOf(ctx, formMarks(ctx, ISLAND_HEADS));
  for (let x = 0; x < heads.length; x++) {
    const h = heads[x];
    if (h + 1 >= ctx.t.count || !isLowerWord(ctx, h) || !ISLAND_HEADS.has(lower(ctx, h))) continue;
    const items: [number, number][] = [];
    // "the islands La Désirade, …" or "the islands of Vanua Levu and Taveuni".
    let i = isWordInLowercase(ctx, h + 1, 'of') ? h + 2 : h + 1;
    let closed = false;
    while (items.length < 8) {
      const b = islandName(ctx, i);
      if (b === i) break;
      items.push([i, b]);
      if (isOneChar(ctx, b, COMMA) && (isWordInLowercase(ctx, b + 1, 'and') || isWordInLowercase(ctx, b + 1, 'or')))
        i = b + 2;
      else if (isOneChar(ctx, b, COMMA) || isWordInLowercase(ctx, b, 'and') || isWordInLowercase(ctx, b, 'or'))
        i = b + 1;
      else {
        // The last name ends at punctuation or the sentence's end, not before a lowercase word.
        closed = b >= ctx.t.count || ctx.t.kind[b] === Kind.Punct || !onLine(ctx, b);
        break;
      }
    }
    // Two names must close the list; three or more are a list whatever follows ("… and La Dominique but also …").
    if (items.length < 2 || (!closed && items.length < 3)) continue;
    for (const [a, b] of items) {
      const within = namesWithin(out, a, b);
      if (within) putOverWithin(out, a, b, PLACE, ISLANDS_LIST_ROW.id, within);
    }
  }
}

// --- place.land-word-lead ---------------------------------------------------------------------

const LAND_LEADS = lowerSetOf(LAND_WORD_LEAD_ROW.value.leads);

/** place.land-word-lead: see the row. */
function landWordLeads(ctx: Ctx, out: Names): void {
  for (const n of aliveByWord(ctx, out, LAND_LEADS, FIRST_TOKEN)) {
    if (n.type !== PERSON || n.b - n.a < 2) continue;
    const w = lower(ctx, n.a);
    if (LAND_LEADS.has(w) && !FIRST_NAME_SET.has(w)) retype(out, n, PLACE, LAND_WORD_LEAD_ROW.id);
  }
}

// --- place.title-feature ----------------------------------------------------------------------

const RANKS = lowerSetOf(TITLE_FEATURE_ROW.value.titles);
/** The model's person reading from which a rank and a feature noun stay a person. */
const SURE_PERSON = 0.9;
const FEATURES = lowerSetOf(TITLE_FEATURE_ROW.value.features);

/** place.title-feature: see the row. Only its feature nouns' tokens are read. */
function titleFeatures(ctx: Ctx, out: Names): void {
  const features = tokensOf(ctx, formMarks(ctx, FEATURES));
  for (let x = 0; x < features.length; x++) {
    const i = features[x];
    if (i < 1 || !isCapWord(ctx, i) || !FEATURES.has(lower(ctx, i)) || !onLine(ctx, i) || isCapWord(ctx, i + 1))
      continue;
    // The rank right before the feature noun, or before one capitalised word before it ("Prince Albert Road").
    let r = i - 1;
    if (!(isCapWord(ctx, r) && RANKS.has(lower(ctx, r)))) r = i - 2;
    if (r < 0 || !isCapWord(ctx, r) || !RANKS.has(lower(ctx, r)) || !onLine(ctx, r + 1)) continue;
    if (r === i - 2 && (!isCapWord(ctx, i - 1) || !onLine(ctx, i - 1))) continue;
    const within = namesWithin(out, r, i + 1);
    if (!within) continue;
    if (within.length === 1 && within[0].type === PLACE && within[0].a === r) continue;
    // A name read as a body is left ("Prince George Sound" as a body: leftover-rules-2's leave case).
    if (within.some((n) => n.type === ORG)) continue;
    // "Lord Hill, the former commissioner, said" (review): a peer read as a person by a rule or a
    // sure model, with no second capitalised word before the feature noun, stays a person.
    if (r === i - 1 && within.some((n) => n.type === PERSON && (n.rule || n.probs[PERSON] >= SURE_PERSON))) continue;
    putOverWithin(out, r, i + 1, PLACE, TITLE_FEATURE_ROW.id, within);
  }
}

// --- place.street-word-bare -------------------------------------------------------------------

const STREET_LEADS = lowerSetOf(STREET_WORD_BARE_ROW.value.leads);
const STREET_ABBREVIATIONS = lowerSetOf(STREET_WORD_BARE_ROW.value.abbreviations);
/** The abbreviations' words without their full stop ("av" of "av."). */
const ABBREVIATION_WORDS: ReadonlySet<string> = new Set([...STREET_ABBREVIATIONS].map((w) => w.replace(/\.$/, '')));

/** The abbreviation ending at token `i` ("bd", "av." as "av" and "."), or −1: its first token. */
function abbreviationBefore(ctx: Ctx, i: number): number {
  if (i < 1) return -1;
  const dot = isOneChar(ctx, i - 1, FULL_STOP);
  const w = dot ? i - 2 : i - 1;
  if (w < 0 || !isLowerWord(ctx, w) || !onLine(ctx, i)) return -1;
  return STREET_ABBREVIATIONS.has(lower(ctx, w) + (dot ? '.' : '')) ? w : -1;
}

/** place.street-word-bare: see the row. */
function streetWordsBare(ctx: Ctx, out: Names): void {
  streetLeadsRead(ctx, out);
  abbreviatedStreets(ctx, out);
}
/** "[Campo Santa Margherita]" read as a person. */
function streetLeadsRead(ctx: Ctx, out: Names): void {
  for (const n of aliveByWord(ctx, out, STREET_LEADS, FIRST_TOKEN)) {
    if (n.type !== PERSON || n.b - n.a < 2) continue;
    const w = lower(ctx, n.a);
    // "Coach Calle Ruiz": a title right before the name makes the street word a given name (ents42b).
    if (n.a > 0 && onLine(ctx, n.a) && TITLES.has(lower(ctx, n.a - 1))) continue;
    if (STREET_LEADS.has(w) && !FIRST_NAME_SET.has(w)) retype(out, n, PLACE, STREET_WORD_BARE_ROW.id);
  }
}
/** "bd Georges Mandel": only the token after each abbreviation (after its full stop when it has one) is read. */
function abbreviatedStreets(ctx: Ctx, out: Names): void {
  const abbreviations = tokensOf(ctx, formMarks(ctx, ABBREVIATION_WORDS));
  for (let x = 0; x < abbreviations.length; x++) {
    const w = abbreviations[x];
    const i = isOneChar(ctx, w + 1, FULL_STOP) ? w + 2 : w + 1;
    if (!isCapWord(ctx, i) || isCapWord(ctx, i - 1)) continue;
    const a = abbreviationBefore(ctx, i);
    if (a < 0) continue;
    let b = i;
    while (b - i < 4 && isCapWord(ctx, b) && onLine(ctx, b)) b++;
    const within = namesWithin(out, i, b);
    if (!within || within.some((n) => n.type === ORG)) continue;
    out.put(a, b, PLACE, STREET_WORD_BARE_ROW.id, undefined, within.length === 1 ? within[0] : undefined);
  }
}
