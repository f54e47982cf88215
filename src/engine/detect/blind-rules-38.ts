/**
 * Rules from the blind entity batches 113 and 114 (7 Dec 2026, helper ents59a, issue #9; rows in
 * lexicon/blind-news-38.ts). applyNameRules calls `applyBlindNewsRows38` after the rows of batches
 * 110 and 111, so these read the names every earlier rule decided. Each starts from its trigger
 * words' tokens (tokensOf), not from every token or name.
 * - organisation.which-body: "[Muhammadiyah], which sets its calendar".
 * - place.saint-building: "at [St Brendan's Church]", "[SS Peter and Paul's Cathedral]".
 * - place.saint-town: "the municipal president of [Santa María Huatulco]".
 */
import { lower, spanText, tokensOf, type Ctx } from '../context';
import { SAINT_BUILDING_ROW, SAINT_TOWN_ROW, WHICH_BODY_ROW } from '../lexicon/blind-news-38';
import { lowerSetOf, setOf } from '../lexicon/rule-row';
import { ARTICLES, FIRST_NAME_SET } from '../lexicon/words';
import {
  COMMA,
  ORG,
  PERSON,
  PLACE,
  POSSESSIVE_S,
  aliveByExactWord,
  exactFormMarks,
  formMarks,
  isCapWord,
  isLowerWord,
  isPunctChar,
  isWord,
  isWordInLowercase,
  namesWithin,
  onLine,
  putOverWithin,
  retype,
  FIRST_TOKEN,
  type Names,
  type NamedSpan,
} from './named-spans';

export function applyBlindNewsRows38(ctx: Ctx, out: Names): void {
  whichBodies(ctx, out);
  saintBuildings(ctx, out);
  saintTowns(ctx, out);
}

/** The model alone read `n` as a person, below `bar`. */
const unsurePerson = (n: NamedSpan, bar: number) => n.type === PERSON && !n.rule && n.probs[PERSON] < bar;

// --- organisation.which-body ----------------------------------------------------------------------

const BODY_VERBS = lowerSetOf(WHICH_BODY_ROW.value.verbs);

const PREPOSITIONS_BEFORE: ReadonlySet<string> = new Set(['of', 'by', 'to', 'from', 'with', 'for', 'about']);

/** organisation.which-body: see the row. Only "which" is read. */
function whichBodies(ctx: Ctx, out: Names): void {
  const { unsure, maxWords } = WHICH_BODY_ROW.value;
  const hits = tokensOf(ctx, formMarks(ctx, new Set(['which'])));
  const bodies = new Set<string>();
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    if (!isWordInLowercase(ctx, i, 'which') || !isPunctChar(ctx, i - 1, COMMA) || !BODY_VERBS.has(lower(ctx, i + 1)))
      continue;
    const n = out.at(i - 2);
    if (!n || n.b !== i - 1 || n.b - n.a > maxWords || !unsurePerson(n, unsure)) continue;
    // "the tribute to Wanjiru Kamau, which ran …": "which" may stand for the noun before the preposition.
    if (isLowerWord(ctx, n.a - 1) && PREPOSITIONS_BEFORE.has(lower(ctx, n.a - 1))) continue;
    let given = false;
    for (let k = n.a; k < n.b && !given; k++) given = FIRST_NAME_SET.has(lower(ctx, k));
    if (given) continue;
    bodies.add(spanText(ctx, n.a, n.b));
    retype(out, n, ORG, WHICH_BODY_ROW.id);
  }
  if (bodies.size === 0) return;
  // The text's other mentions of those words the model alone read as an unsure person.
  for (const n of out.alive().slice()) {
    if (unsurePerson(n, unsure) && bodies.has(spanText(ctx, n.a, n.b))) retype(out, n, ORG, WHICH_BODY_ROW.id);
  }
}

// --- place.saint-building -------------------------------------------------------------------------

const SAINTS = lowerSetOf(SAINT_BUILDING_ROW.value.saints.map((w) => w.replace(/\.$/, '')));
const BUILDINGS = setOf(SAINT_BUILDING_ROW.value.heads);

/** The saint's abbreviation ending right before token `i` ("St", "St .", "Saint"): its first token, or −1. */
function saintBefore(ctx: Ctx, i: number): number {
  let j = i - 1;
  if (j >= 1 && ctx.forms[ctx.form[j]] === '.') j--;
  return j >= 0 && isCapWord(ctx, j) && SAINTS.has(lower(ctx, j)) && onLine(ctx, j + 1) ? j : -1;
}

/** place.saint-building: see the row. Only the buildings' head words are read. */
function saintBuildings(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, BUILDINGS));
  for (let x = 0; x < hits.length; x++) {
    const h = hits[x];
    // "St Brendan ['s] Church": a possessive and one name, or two names joined by "and".
    const p = h - 1;
    if (p < 2 || !POSSESSIVE_S.has(lower(ctx, p)) || !isCapWord(ctx, p - 1)) continue;
    let first = p - 1;
    if (isWord(ctx, first - 1, 'and') && isCapWord(ctx, first - 2)) first -= 2;
    const a = saintBefore(ctx, first);
    if (a < 0) continue;
    const b = h + 1;
    const within = namesWithin(out, a, b);
    // A rule may have read exactly this run as a body ("St Brendan's" by organisation.possessive-inside).
    if (!within || within.some((n) => n.rule && !(n.a === a && n.b === b))) continue;
    putOverWithin(out, a, b, PLACE, SAINT_BUILDING_ROW.id, within);
  }
}

// --- place.saint-town -----------------------------------------------------------------------------

/** place.saint-town: see the row. Only people opening with a saint's word are read. */
function saintTowns(ctx: Ctx, out: Names): void {
  const { saints, unsure } = SAINT_TOWN_ROW.value;
  const names = aliveByExactWord(ctx, out, setOf(saints), FIRST_TOKEN);
  const tails = new Set<string>();
  for (let k = 0; k < names.length; k++) {
    const n = names[k];
    if (n.b - n.a < 2 || !unsurePerson(n, unsure)) continue;
    // "Santa Anna", "Santa Claus": a saint's word and a given name alone are a person's name.
    if (n.b - n.a === 2 && FIRST_NAME_SET.has(lower(ctx, n.a + 1))) continue;
    // "Santa Ono, the university president,": a person's apposition after the name.
    if (isPunctChar(ctx, n.b, COMMA) && ARTICLES.has(lower(ctx, n.b + 1)) && isLowerWord(ctx, n.b + 1)) continue;
    // Its last word, a shorter mention of the town ("Huatulco"), unless it is a given name ("Miguel").
    if (!FIRST_NAME_SET.has(lower(ctx, n.b - 1))) tails.add(spanText(ctx, n.b - 1, n.b));
    retype(out, n, PLACE, SAINT_TOWN_ROW.id);
  }
  if (tails.size === 0) return;
  for (const n of out.alive().slice()) {
    if (n.b - n.a === 1 && unsurePerson(n, unsure) && tails.has(spanText(ctx, n.a, n.b)))
      retype(out, n, PLACE, SAINT_TOWN_ROW.id);
  }
}
