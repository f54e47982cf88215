/**
 * Rules from the blind entity batches 122 and 123 (7 Dec 2026, helper ents62a, issue #9; rows in
 * lexicon/blind-news-41.ts). applyNameRules calls `applyBlindNewsRows41` after the rows of batches
 * 119 and 120, so these read the names every earlier rule decided. Each starts from its trigger
 * words' tokens (tokensOf), not from every token or name.
 * - organisation.gaelic-article-name: "[Coimisiún na Meán] said", "[Comhairle nan Eilean Siar]".
 * - person.list-with-named-surname: "In Eastbourne, [Dubois], [Sato] and [Reyes] now lead".
 * (organisation.trade-head-firm, widened to "Tate and Lyle Sugars", lives in detect/blind-rules-34.ts.)
 */
import { Flag, Kind } from '../tokenize/tokenize';
import { lower, placeLookup, tokensOf, type Ctx } from '../context';
import { COMMON_WORDS, FIRST_NAME_SET } from '../lexicon/words';
import { GAELIC_ARTICLE_NAME_ROW, LIST_OF_SURNAMES_ROW } from '../lexicon/blind-news-41';
import { lowerSetOf, setOf } from '../lexicon/rule-row';
import {
  ACRONYM,
  COMMA,
  ORG,
  PERSON,
  PLACE,
  formMarks,
  isLowerWord,
  isPunctChar,
  isWeekdayOrMonth,
  modelReadWithin,
  namesWithin,
  putOverWithin,
  type Names,
  surnamesNamedInFull,
  capitalisedOnLine,
} from './named-spans';

export function applyBlindNewsRows41(ctx: Ctx, out: Names): void {
  gaelicArticleNames(ctx, out);
  listsWithNamedSurname(ctx, out);
}

// --- organisation.gaelic-article-name -------------------------------------------------------------

const ARTICLES = lowerSetOf(GAELIC_ARTICLE_NAME_ROW.value.articles);
const BODY_HEADS = setOf(GAELIC_ARTICLE_NAME_ROW.value.bodyHeads);
const PLACE_HEADS = setOf(GAELIC_ARTICLE_NAME_ROW.value.placeHeads);
/** The model's reading of a person or a place at or above which the row leaves the name. */
const UNSURE = 0.9;
/** Most capitalised words after the article. */
const TAIL_WORDS = 2;

/** A Gaelic noun after the article: capitalised, or with a prefixed h or t or an eclipsis ("hAbhann", "nGael", "mBan"). */
function gaelicWord(ctx: Ctx, i: number): boolean {
  const t = ctx.t;
  if (i >= t.count || t.kind[i] !== Kind.Word || t.flags[i] & Flag.NewLine) return false;
  return (t.flags[i] & Flag.Cap) !== 0 || /^(?:bh|[bdghmnt])[A-ZÁÉÍÓÚÀÈÌÒÙ]/.test(ctx.text.slice(t.start[i], t.end[i]));
}

/** organisation.gaelic-article-name: see the row. Only the articles are read. */
function gaelicArticleNames(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const hits = tokensOf(ctx, formMarks(ctx, ARTICLES));
  for (let x = 0; x < hits.length; x++) {
    const k = hits[x];
    if (!isLowerWord(ctx, k) || !ARTICLES.has(lower(ctx, k)) || k === 0) continue;
    const h = k - 1;
    if (t.kind[h] !== Kind.Word || t.flags[k] & Flag.NewLine) continue;
    const head = ctx.text.slice(t.start[h], t.end[h]);
    const type = BODY_HEADS.has(head) ? ORG : PLACE_HEADS.has(head) ? PLACE : -1;
    if (type < 0 || !gaelicWord(ctx, k + 1)) continue;
    let b = k + 1;
    while (b - k - 1 < TAIL_WORDS && gaelicWord(ctx, b)) b++;
    // The head read by the model alone and unsure, if at all; the words after the article may have
    // been read by a rule too ("Eilean Siar" a Celtic area), as long as no name runs outside the span.
    const within = namesWithin(out, h, b);
    if (!within || !modelReadWithin(out, h, h + 1, UNSURE)) continue;
    putOverWithin(out, h, b, type, GAELIC_ARTICLE_NAME_ROW.id, within);
  }
}

// --- person.list-with-named-surname ---------------------------------------------------------------

const JOINS = lowerSetOf(LIST_OF_SURNAMES_ROW.value.joins);
/** The rows whose places a list of people takes back. */
const LIST_ROWS: ReadonlySet<string> = new Set(['place.list-of-places', 'place.list-of-towns']);
const MOST_MEMBERS = 8;

/** person.list-with-named-surname: see the row. Only "and"/"or" are read. */
function listsWithNamedSurname(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const { below } = LIST_OF_SURNAMES_ROW.value;
  const hits = tokensOf(ctx, formMarks(ctx, JOINS));
  let surnames: Set<string> | undefined;
  for (let x = 0; x < hits.length; x++) {
    const k = hits[x];
    if (!isLowerWord(ctx, k) || !JOINS.has(lower(ctx, k)) || !capitalisedOnLine(ctx, k + 1)) continue;
    if (k + 2 < t.count && t.kind[k + 2] === Kind.Word && t.flags[k + 2] & Flag.Cap) continue;
    const members = [k + 1];
    let m = isPunctChar(ctx, k - 1, COMMA) ? k - 2 : k - 1;
    while (m >= 0 && members.length < MOST_MEMBERS && capitalisedOnLine(ctx, m) && !capitalisedOnLine(ctx, m - 1)) {
      members.unshift(m);
      if (!isPunctChar(ctx, m - 1, COMMA)) break;
      m -= 2;
    }
    // The place the sentence opens with is no member: "In Eastbourne, [Dubois, Sato and Reyes]".
    const lead = out.at(members[0]);
    const leadText = ctx.text.slice(t.start[members[0]], t.end[members[0]]);
    if (
      !isPunctChar(ctx, members[0] - 1, COMMA) &&
      ((lead && lead.type === PLACE && !(lead.rule && LIST_ROWS.has(lead.rule))) || placeLookup(ctx, leadText))
    )
      members.shift();
    // "in January, and Tillery, a former …": a comma before the join of two joins two clauses.
    if (members.length < 2 || (members.length === 2 && isPunctChar(ctx, k - 1, COMMA))) continue;
    // "Talks on Velamo, Tarisi and Oskuna": a list after "on" is of topics (leftover-rules-15).
    if (members[0] > 0 && lower(ctx, members[0] - 1) === 'on') continue;
    surnames ??= surnamesNamedInFull(ctx, out.alive());
    let named = false;
    let open = true;
    for (const i of members) {
      const w = lower(ctx, i);
      const n = out.at(i);
      const text = ctx.text.slice(t.start[i], t.end[i]);
      if (n && (n.a !== i || n.b !== i + 1)) open = false;
      // A month or a day is a date ("in November and January"), whatever names the text holds.
      else if (
        ACRONYM.test(text) ||
        COMMON_WORDS.has(w) ||
        FIRST_NAME_SET.has(w) ||
        isWeekdayOrMonth(ctx, i) ||
        placeLookup(ctx, text)
      )
        open = false;
      else if (n && n.type !== PERSON && !(n.rule && LIST_ROWS.has(n.rule)) && (n.rule || n.probs[n.type] >= below))
        open = false;
      if (!open) break;
      if (surnames.has(w)) named = true;
    }
    if (!open || !named) continue;
    for (const i of members) {
      const n = out.at(i);
      if (n && n.type === PERSON) continue;
      out.put(i, i + 1, PERSON, LIST_OF_SURNAMES_ROW.id, undefined, n);
    }
  }
}
