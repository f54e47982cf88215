/**
 * Rules for error classes of the held-out fold documents and the open news errors (3 Dec 2026,
 * helper ents22b, issue #9; rows in lexicon/fold-patterns-13.ts). applyNameRules calls
 * `applyFoldPatternRows13` in its own call (rules.ts says where and why).
 * - place.quarter-word-place: "in [Old San Juan]", cut by the model to "San Juan".
 * - place.article-place: "in [A Coruña]", read by the model as the firm "Coruña".
 */
import { Flag } from '../tokenize/tokenize';
import { placeLookup, spanText, tokensOf, type Ctx } from '../context';
import { ARTICLE_PLACE_ROW, QUARTER_WORD_PLACE_ROW } from '../lexicon/fold-patterns-13';
import { ORG, PLACE, exactFormMarks, isCapWord, type Names } from './named-spans';

const QUARTER_WORDS = new Set(QUARTER_WORD_PLACE_ROW.value.words);
const CITIES_ONLY = new Set(QUARTER_WORD_PLACE_ROW.value.citiesOnly);
const ARTICLES = new Set(ARTICLE_PLACE_ROW.value);
/** Longest place name after an article, in tokens. */
const ARTICLE_NAME_MAX = 2;

export function applyFoldPatternRows13(ctx: Ctx, out: Names): void {
  quarterWordPlaces(ctx, out);
  articlePlaces(ctx, out);
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
