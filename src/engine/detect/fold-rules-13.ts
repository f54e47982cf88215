/**
 * Rules for error classes of the held-out fold documents and the open news errors (3 Dec 2026,
 * helper ents22b, issue #9; rows in lexicon/fold-patterns-13.ts). applyNameRules calls
 * `applyFoldPatternRows13` in its own call (rules.ts says where and why).
 * - place.quarter-word-place: "in [Old San Juan]", cut by the model to "San Juan".
 * - place.article-place: "in [A Coruña]", read by the model as the firm "Coruña".
 * - place.and-joined-place: "In neighbouring [Jammu and Kashmir]", read as two organisations.
 */
import { Flag } from '../tokenize/tokenize';
import { placeLookup, spanText, tokensOf, type Ctx } from '../context';
import { AND_JOINED_PLACE_ROW, ARTICLE_PLACE_ROW, QUARTER_WORD_PLACE_ROW } from '../lexicon/fold-patterns-13';
import {
  ORG,
  PLACE,
  exactFormMarks,
  isCapWord,
  namesWithin,
  putOverWithin,
  type Names,
  capitalisedOnLine,
} from './named-spans';

const QUARTER_WORDS = new Set(QUARTER_WORD_PLACE_ROW.value.words);
const CITIES_ONLY = new Set(QUARTER_WORD_PLACE_ROW.value.citiesOnly);
const ARTICLES = new Set(ARTICLE_PLACE_ROW.value);
/** Longest place name after an article, in tokens. */
const ARTICLE_NAME_MAX = 2;
const JOINERS = new Set(AND_JOINED_PLACE_ROW.value.joiners);
const SIDE_WORDS = AND_JOINED_PLACE_ROW.value.sideWords;

export function applyFoldPatternRows13(ctx: Ctx, out: Names): void {
  quarterWordPlaces(ctx, out);
  articlePlaces(ctx, out);
  andJoinedPlaces(ctx, out);
}

/** Token `i` is a capitalised word inside its sentence and on the line of the name after it. */
function capitalisedMidSentence(ctx: Ctx, i: number): boolean {
  if (!isCapWord(ctx, i) || ctx.t.flags[i] & Flag.AllCaps) return false;
  if (ctx.s.first[ctx.s.of[i]] === i || ctx.t.flags[i] & Flag.NewLine) return false;
  return !(ctx.t.flags[i + 1] & Flag.NewLine);
}

/** place.quarter-word-place: see the row. */
function quarterWordPlaces(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, QUARTER_WORDS));
  for (let k = 0; k < hits.length; k++) {
    const w = hits[k];
    if (!capitalisedMidSentence(ctx, w) || out.at(w) || isCapWord(ctx, w - 1)) continue;
    const n = out.at(w + 1);
    if (!n || n.a !== w + 1 || n.type !== PLACE) continue;
    // "Greater Manchester Police": the name runs on into a body's name.
    if (isCapWord(ctx, n.b) && !(ctx.t.flags[n.b] & Flag.NewLine)) continue;
    const hit = placeLookup(ctx, spanText(ctx, n.a, n.b));
    if (!hit) continue;
    if (CITIES_ONLY.has(ctx.forms[ctx.form[w]]) && hit.kind !== 'city') continue;
    out.put(w, n.b, PLACE, QUARTER_WORD_PLACE_ROW.id, undefined, n);
  }
}

/** place.article-place: see the row. */
function articlePlaces(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, ARTICLES));
  for (let k = 0; k < hits.length; k++) {
    const w = hits[k];
    if (!capitalisedMidSentence(ctx, w) || out.at(w)) continue;
    const n = out.at(w + 1);
    if (!n || n.a !== w + 1 || n.rule || n.b - n.a > ARTICLE_NAME_MAX) continue;
    if (n.type !== PLACE && n.type !== ORG) continue;
    if (!placeLookup(ctx, spanText(ctx, w, n.b))) continue;
    out.put(w, n.b, PLACE, ARTICLE_PLACE_ROW.id, undefined, n);
  }
}

/** A capitalised word at `i` on the line of the token before it. */

/** place.and-joined-place: see the row. */
function andJoinedPlaces(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, JOINERS));
  for (let k = 0; k < hits.length; k++) {
    const j = hits[k];
    if (!capitalisedOnLine(ctx, j + 1) || !isCapWord(ctx, j - 1) || ctx.t.flags[j] & Flag.NewLine) continue;
    // The capitalised runs on each side, at most SIDE_WORDS long.
    let left = j;
    while (left > 0 && j - left < SIDE_WORDS && isCapWord(ctx, left - 1) && !(ctx.t.flags[left] & Flag.NewLine)) left--;
    let right = j + 1;
    while (right < ctx.t.count && right - j - 1 < SIDE_WORDS && capitalisedOnLine(ctx, right)) right++;
    // "Jammu and Kashmir Bank": a name that runs on past the pair is another name.
    if (capitalisedOnLine(ctx, right)) continue;
    // The longest pair the map knows: every start of the left run, the whole right run.
    for (let a = left; a < j; a++) {
      const hit = placeLookup(ctx, spanText(ctx, a, right));
      if (!hit) continue;
      const within = namesWithin(out, a, right);
      // A half the model or a rule read as a place is left as it is: a list of countries names
      // "Bosnia and Herzegovina" as two places in the training set's convention, so only halves
      // read as no place at all ("Jammu" and "Kashmir" as organisations) are mended.
      if (!within || within.some((n) => n.type === PLACE)) break;
      // Both halves named: an unnamed half ("Citizens of Antigua and [Barbuda]") is a list's too.
      if (!out.at(j - 1) || !out.at(j + 1)) break;
      // A half a rule made an organisation makes the pair one ("Trinidad and Tobago beat Jamaica": the side).
      const type = within.some((n) => n.rule && n.type === ORG) ? ORG : PLACE;
      putOverWithin(out, a, right, type, AND_JOINED_PLACE_ROW.id, within);
      break;
    }
  }
}
