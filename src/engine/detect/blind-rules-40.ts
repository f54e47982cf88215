/**
 * Rules from the blind entity batches 119 and 120 (7 Dec 2026, helper ents61a, issue #9; rows in
 * lexicon/blind-news-40.ts). applyNameRules calls `applyBlindNewsRows40` after the rows of batches
 * 116 and 117, so these read the names every earlier rule decided. Each starts from its trigger
 * words' tokens (tokensOf), not from every token or name.
 * - none.opening-word-before-role: "[Trust] chief executive Margaret Hale said" is no body.
 * - place.list-of-towns: "Residents of Helensburgh, [Rhu] and [Garelochhead]".
 * (organisation.trade-head-firm, widened, lives in detect/blind-rules-34.ts.)
 */
import { Kind } from '../tokenize/tokenize';
import { isDemonym, lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import { COMMON_WORDS, FIRST_NAME_SET, FUNCTION_WORDS } from '../lexicon/words';
import { LIST_OF_TOWNS_ROW, OPENING_WORD_ROLE_ROW } from '../lexicon/blind-news-40';
import { lowerSetOf } from '../lexicon/rule-row';
import { opensClauseAt } from './blind-rules-26';
import {
  ACRONYM,
  COMMA,
  ORG,
  PERSON,
  PLACE,
  formMarks,
  isLowerWord,
  isWeekdayOrMonth,
  isPunctChar,
  opensSentence,
  personWordsOf,
  type NamedSpan,
  type Names,
  capitalisedOnLine,
} from './named-spans';

export function applyBlindNewsRows40(ctx: Ctx, out: Names): void {
  openingWordsBeforeRoles(ctx, out);
  listsOfTowns(ctx, out);
}

// --- none.opening-word-before-role ----------------------------------------------------------------

const ROLES = lowerSetOf(OPENING_WORD_ROLE_ROW.value.roles);

/** none.opening-word-before-role: see the row. Only the role words are read. */
function openingWordsBeforeRoles(ctx: Ctx, out: Names): void {
  const { below } = OPENING_WORD_ROLE_ROW.value;
  const hits = tokensOf(ctx, formMarks(ctx, ROLES));
  for (let x = 0; x < hits.length; x++) {
    const j = hits[x];
    if (!isLowerWord(ctx, j) || !ROLES.has(lower(ctx, j))) continue;
    const p = out.at(j + 1);
    if (!p || p.a !== j + 1 || p.type !== PERSON) continue;
    // The word opens the sentence right before the role, or one lowercase word before it ("chief").
    const i =
      j > 0 && opensSentence(ctx, j - 1)
        ? j - 1
        : j > 1 && opensSentence(ctx, j - 2) && isLowerWord(ctx, j - 1)
          ? j - 2
          : -1;
    if (i < 0) continue;
    const n = out.at(i);
    if (!n || n.a !== i || n.b !== i + 1 || n.type !== ORG || n.rule || n.probs[ORG] >= below) continue;
    // A word the text writes in lowercase elsewhere ("the trust"): "Fed", "Arsenal" are left.
    if (!ctx.lowerSeen.has(lower(ctx, i))) continue;
    out.remove(n);
  }
}

// --- place.list-of-towns --------------------------------------------------------------------------

const JOINS = lowerSetOf(LIST_OF_TOWNS_ROW.value.joins);
const PLACE_PREPOSITIONS = lowerSetOf(LIST_OF_TOWNS_ROW.value.prepositions);
/** How sure the model must be of the first member's place when no map or rule knows it. */
const FIRST_SURE = 0.9;
const MOST_MEMBERS = 8;

/** The map knows the one word at `i` as a country or a region (the second part of "Town, Country"). */
function outerPlace(ctx: Ctx, i: number): boolean {
  const kind = placeLookup(ctx, ctx.text.slice(ctx.t.start[i], ctx.t.end[i]))?.kind;
  return kind === 'country' || kind === 'region';
}

/** place.list-of-towns: see the row. Only "and"/"or" are read. */
function listsOfTowns(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const { below } = LIST_OF_TOWNS_ROW.value;
  const hits = tokensOf(ctx, formMarks(ctx, JOINS));
  let people: Set<string> | undefined;
  for (let x = 0; x < hits.length; x++) {
    const k = hits[x];
    if (!isLowerWord(ctx, k) || !JOINS.has(lower(ctx, k))) continue;
    const last = k + 1;
    if (!capitalisedOnLine(ctx, last)) continue;
    // The list ends at punctuation or a function word: "Rhu and Garelochhead have …" goes on in a verb.
    const after = last + 1;
    if (after < t.count && t.kind[after] === Kind.Word && !FUNCTION_WORDS.has(lower(ctx, after))) continue;
    if (after < t.count && t.kind[after] === Kind.Poss) continue;
    // Members back from the join: "A, B and C" or "A, B, and C".
    const members = [last];
    let m = isPunctChar(ctx, k - 1, COMMA) ? k - 2 : k - 1;
    let first: NamedSpan | undefined;
    while (m >= 0 && members.length < MOST_MEMBERS) {
      const n = out.at(m);
      // The list's first member: a place of any length ending before a comma and opening the list.
      if (n && n.type === PLACE && n.b === m + 1 && !isPunctChar(ctx, n.a - 1, COMMA)) {
        first = n;
        break;
      }
      if (!capitalisedOnLine(ctx, m) || !isPunctChar(ctx, m - 1, COMMA) || (n && (n.a !== m || n.b !== m + 1))) break;
      members.unshift(m);
      m -= 2;
    }
    if (!first || members.length < 2) continue;
    // The first member is a place the map or a rule knows, or one the model is sure of.
    // or one the model alone read as a place right after a preposition of place ("Residents of Helensburgh, …").
    const placed = first.a > 0 && isLowerWord(ctx, first.a - 1) && PLACE_PREPOSITIONS.has(lower(ctx, first.a - 1));
    if (!first.rule && first.probs[PLACE] < FIRST_SURE && !placed && !placeLookup(ctx, spanText(ctx, first.a, first.b)))
      continue;
    // "In Salford, Hughes, Okafor and Lewis were charged": an opening adjunct of place before the
    // sentence's subjects, who run on into their verb (place.list-of-places reads the same).
    if (
      first.a > 0 &&
      !isLowerWord(ctx, first.a - 1) &&
      PLACE_PREPOSITIONS.has(lower(ctx, first.a - 1)) &&
      opensClauseAt(ctx, first.a - 1) &&
      after < t.count &&
      t.kind[after] === Kind.Word
    )
      continue;
    // "in Wesseling, Germany, and BASF is …": a town and its country or region is no list of towns.
    if (outerPlace(ctx, members[0])) continue;
    people ??= personWordsOf(ctx, out.alive());
    let open = true;
    for (const i of members) {
      const w = lower(ctx, i);
      const n = out.at(i);
      // A word in capitals is a body's letters ("BASF"), no town; a month is a date ("January,
      // February and March").
      if (ACRONYM.test(ctx.text.slice(t.start[i], t.end[i])) || isWeekdayOrMonth(ctx, i)) open = false;
      else if (
        COMMON_WORDS.has(w) ||
        FIRST_NAME_SET.has(w) ||
        isDemonym(ctx, ctx.text.slice(t.start[i], t.end[i])) ||
        people.has(w)
      )
        open = false;
      else if (n && n.type !== PLACE && (n.rule || n.probs[n.type] >= below)) open = false;
      if (!open) break;
    }
    if (!open) continue;
    for (const i of members) {
      const n = out.at(i);
      if (n && n.type === PLACE) continue;
      out.put(i, i + 1, PLACE, LIST_OF_TOWNS_ROW.id, undefined, n);
    }
  }
}
