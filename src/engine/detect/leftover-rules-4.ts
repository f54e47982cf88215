/**
 * Rules for three leftovers other helpers saw on unseen news (helper ents29c, issue #9; rows in
 * lexicon/news-leftovers-4.ts). applyNameRules calls `applyLeftoverRows4` right after the blind-19
 * rows, so these read the names every earlier rule decided.
 * - person.role-place-surname: "The elections director, [Linnea Park], said".
 * - org.sector-place-body: "[Tourism Tasmania] said", "[Transport Scotland] closed the bridge".
 * - sport.club-word-unread: "[Hertha Berlin] beat Mainz" where a sport rule made "Berlin" the side.
 */
import { lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import { CLUB_WORD_UNREAD_ROW, ROLE_PLACE_SURNAME_ROW, SECTOR_PLACE_BODY_ROW } from '../lexicon/news-leftovers-4';
import { COMMON_WORDS, FIRST_NAME_SET, FUNCTION_WORDS, MONTHS, PERSON_DESCRIPTORS, WEEKDAYS } from '../lexicon/words';
import {
  ORG,
  PERSON,
  PLACE,
  capitalisedOnLine,
  formMarks,
  isCapWord,
  isLowerWord,
  isPunctChar,
  onLine,
  type NamedSpan,
  type Names,
  COMMA,
} from './named-spans';

export function applyLeftoverRows4(ctx: Ctx, out: Names): void {
  roleBeforePlaceSurname(ctx, out);
  sectorBeforePlace(ctx, out);
  clubWordsUnread(ctx, out);
}

// --- person.role-place-surname ----------------------------------------------------------------

const PLACE_SURNAMES = new Set(ROLE_PLACE_SURNAME_ROW.value.surnames);
const SAYING = new Set(ROLE_PLACE_SURNAME_ROW.value.saying);

/** person.role-place-surname: see the row. */
function roleBeforePlaceSurname(ctx: Ctx, out: Names): void {
  const found: NamedSpan[] = [];
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    if (n.b - n.a !== 2 || (n.type !== PLACE && n.type !== ORG)) continue;
    if (!PLACE_SURNAMES.has(lower(ctx, n.a + 1)) || !isCapWord(ctx, n.a) || !isCapWord(ctx, n.a + 1)) continue;
    if (!onLine(ctx, n.a + 1)) continue;
    const first = ctx.forms[ctx.form[n.a]];
    const w = first.toLowerCase();
    if (COMMON_WORDS.has(w) || FUNCTION_WORDS.has(w) || ctx.lowerSeen.has(w) || placeLookup(ctx, first)) continue;
    // The role noun right before, or before a comma: "director Linnea Park", "director, Linnea Park,".
    const r = n.a > 0 && isPunctChar(ctx, n.a - 1, COMMA) ? n.a - 2 : n.a - 1;
    if (r < 0 || !isLowerWord(ctx, r) || !PERSON_DESCRIPTORS.has(lower(ctx, r)) || !onLine(ctx, n.a)) continue;
    // What follows: a comma closing the apposition, or a verb of saying.
    if (n.b >= ctx.t.count || !(isPunctChar(ctx, n.b, COMMA) || SAYING.has(lower(ctx, n.b)))) continue;
    found.push(n);
  }
  for (const n of found) out.put(n.a, n.b, PERSON, ROLE_PLACE_SURNAME_ROW.id, undefined, n);
}

// --- org.sector-place-body --------------------------------------------------------------------

const SECTORS = new Set(SECTOR_PLACE_BODY_ROW.value.sectors);
/** Most words of the place ("New South Wales"). */
const PLACE_WORDS = 3;

/** org.sector-place-body: see the row. */
function sectorBeforePlace(ctx: Ctx, out: Names): void {
  const found: [number, number][] = [];
  const sectorWords = tokensOf(ctx, formMarks(ctx, SECTORS));
  for (let h = 0; h < sectorWords.length; h++) {
    const i = sectorWords[h];
    if (i + 1 >= ctx.t.count || !isCapWord(ctx, i) || !isCapWord(ctx, i + 1) || !onLine(ctx, i + 1)) continue;
    // The place: the longest run of capitalised words after it the map knows as a country or region.
    let b = 0;
    for (let k = PLACE_WORDS; k >= 1 && !b; k--) {
      const e = i + 1 + k;
      if (e > ctx.t.count || !capitalisedOnLine(ctx, e - 1)) continue;
      const kind = placeLookup(ctx, spanText(ctx, i + 1, e))?.kind;
      if (kind === 'country' || kind === 'region') b = e;
    }
    if (!b) continue;
    // Part of a longer name, read from before the sector word or past the place ("Visit Sport England", "Sport England Trust").
    const s = out.at(i) ?? out.at(b - 1);
    if (s && (s.a < i || s.b > b)) continue;
    if (out.at(b - 1) && out.at(b - 1)!.b > b) continue;
    found.push([i, b]);
  }
  for (const [a, b] of found) {
    const was = out.at(a + 1) ?? out.at(a);
    out.put(a, b, ORG, SECTOR_PLACE_BODY_ROW.id, undefined, was);
  }
}

// --- sport.club-word-unread -------------------------------------------------------------------

/** sport.club-word-unread: see the row. */
function clubWordsUnread(ctx: Ctx, out: Names): void {
  const found: NamedSpan[] = [];
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    if (n.type !== ORG || n.b - n.a !== 1 || !n.rule?.startsWith('sport.') || n.a === 0) continue;
    const p = n.a - 1;
    if (out.at(p) || !isCapWord(ctx, p) || !onLine(ctx, n.a)) continue;
    if (!placeLookup(ctx, spanText(ctx, n.a, n.b))) continue;
    const first = ctx.forms[ctx.form[p]];
    const w = first.toLowerCase();
    if (COMMON_WORDS.has(w) || FUNCTION_WORDS.has(w) || FIRST_NAME_SET.has(w) || ctx.lowerSeen.has(w)) continue;
    if (MONTHS.has(w) || WEEKDAYS.has(w) || placeLookup(ctx, first)) continue;
    found.push(n);
  }
  for (const n of found) out.put(n.a - 1, n.b, ORG, CLUB_WORD_UNREAD_ROW.id, undefined, n);
}
