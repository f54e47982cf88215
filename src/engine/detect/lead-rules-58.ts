/**
 * Name rows of the lead's reading in stop 58 (issue #9; rows in lexicon/lead-names-58.ts).
 * applyNameRules calls `applyLeadNameRows58` after the stop-57 rows, so these read the names every
 * other rule decided. place.residence-in is read earlier, by markTownEvidence in rules.ts.
 * - organisation.infinitive-name: "the [Committee to Protect Journalists]".
 * - organisation.caps-pair-firm: "MSC and [CMA CGM]" read as a person is a firm.
 */
import { TITLE_CASE_HEADLINE, lower, placeLookup, spanText, tokensOf, word, type Ctx } from '../context';
import { CAPS_PAIR_FIRM_ROW, INFINITIVE_NAME_ROW, RESIDENCE_IN_ROW } from '../lexicon/lead-names-58';
import { TITLES } from '../lexicon/words';
import { Flag } from '../tokenize/tokenize';
import { givenName, languageWord } from './blind-rules-14';
import {
  ORG,
  PERSON,
  capitalisedOnLine,
  formMarks,
  isLowerWord,
  isWord,
  namesWithin,
  putOverWithin,
  type Names,
} from './named-spans';

export function applyLeadNameRows58(ctx: Ctx, out: Names): void {
  infinitiveNames(ctx, out);
  capsPairFirms(ctx, out);
}

// --- organisation.infinitive-name -------------------------------------------------------------------

const HEADS: ReadonlySet<string> = new Set(INFINITIVE_NAME_ROW.value.heads);
/** Most capitalised words in the aim after "to" ("Stop Gun Violence"), and before the head. */
const AIM_WORDS = 4;
const BEFORE_HEAD = 3;
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'our']);

/** organisation.infinitive-name: see the row. */
function infinitiveNames(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, HEADS));
  for (let x = 0; x < hits.length; x++) {
    const h = hits[x];
    if (!capitalisedOnLine(ctx, h) || ctx.headline[ctx.s.of[h]] === TITLE_CASE_HEADLINE) continue;
    if (!isWord(ctx, h + 1, 'to') || !isLowerWord(ctx, h + 1) || !capitalisedOnLine(ctx, h + 2)) continue;
    // The aim opens with a word of the language ("Protect", "End"), never a place or a person.
    if (!languageWord(ctx, h + 2) || givenName(ctx, h + 2) || placeLookup(ctx, word(ctx, h + 2))) continue;
    let b = h + 2;
    while (b < ctx.t.count && b - (h + 2) < AIM_WORDS && capitalisedOnLine(ctx, b)) b++;
    if (capitalisedOnLine(ctx, b)) continue;
    const aimOfWords = plainAim(ctx, h + 2, b);
    const aimName = out.at(h + 2);
    if (aimName && aimName.type !== ORG && (aimName.rule || !aimOfWords)) continue;
    const a = headStart(ctx, out, h);
    const within = namesWithin(out, a, b);
    // A name the model alone read inside the aim is the aim cut off ("Protect Journalists" a place
    // before "and Human Rights Watch"), when every word of the aim is a word of the language.
    if (!within || within.some((n) => n.type !== ORG && n.a >= h + 2 && (n.rule || !aimOfWords))) continue;
    putOverWithin(out, a, b, ORG, INFINITIVE_NAME_ROW.id, within);
  }
}

/** No word of the aim [a, b) is a given name or a place the map knows ("End Loneliness", not "Help Kenya"). */
function plainAim(ctx: Ctx, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (givenName(ctx, i) || placeLookup(ctx, word(ctx, i))) return false;
  return true;
}

/** The name's first token: the head's own name's start, or the capitalised words right before the head. */
function headStart(ctx: Ctx, out: Names, h: number): number {
  const own = out.at(h);
  if (own && own.b === h + 1) return own.a;
  let a = h;
  while (a > 0 && h - a < BEFORE_HEAD && capitalisedOnLine(ctx, a) && capitalisedOnLine(ctx, a - 1)) {
    // "The Committee …": an article opening the sentence is capitalised but no word of the name.
    if (out.at(a - 1) || DETERMINERS.has(lower(ctx, a - 1))) break;
    a--;
  }
  return a;
}

// --- organisation.caps-pair-firm ---------------------------------------------------------------------

const MAX_LETTERS = CAPS_PAIR_FIRM_ROW.value.maxLetters;
/** A person the model is this sure of is left alone. */
const SURE = 0.9;

/** Two to MAX_LETTERS capital letters, written in capitals. */
const isShortCaps = (ctx: Ctx, i: number) => {
  const w = word(ctx, i);
  return (ctx.t.flags[i] & Flag.AllCaps) !== 0 && w.length >= 2 && w.length <= MAX_LETTERS && /^\p{Lu}+$/u.test(w);
};

/** A lowercase word on the sentence of token `i`: running text, not a heading or a byline in capitals. */
function lowercaseBeside(ctx: Ctx, i: number): boolean {
  const s = ctx.s.of[i];
  for (let k = ctx.s.first[s]; k < ctx.t.count && ctx.s.of[k] === s; k++) if (isLowerWord(ctx, k)) return true;
  return false;
}

/** organisation.caps-pair-firm: see the row. */
function capsPairFirms(ctx: Ctx, out: Names): void {
  const names = out.alive();
  for (let k = 0; k < names.length; k++) {
    const n = names[k];
    if (n.type !== PERSON || n.rule || n.b - n.a < 2 || n.probs[PERSON] >= SURE) continue;
    let caps = true;
    for (let i = n.a; i < n.b && caps; i++) caps = isShortCaps(ctx, i);
    if (!caps || TITLES.has(lower(ctx, n.a)) || givenName(ctx, n.a) || !lowercaseBeside(ctx, n.a)) continue;
    if (placeLookup(ctx, spanText(ctx, n.a, n.b))) continue;
    out.put(n.a, n.b, ORG, CAPS_PAIR_FIRM_ROW.id, undefined, n);
  }
}

// --- place.residence-in ---------------------------------------------------------------------------

const RESIDENCE: ReadonlySet<string> = new Set(RESIDENCE_IN_ROW.value.before);
export const RESIDENCE_IN_ID = RESIDENCE_IN_ROW.id;

/** place.residence-in: "her home in [Treorchy]", "grew up in [Salford]" — a place read at `a` is the town. */
export function residenceBefore(ctx: Ctx, a: number): boolean {
  if (!isWord(ctx, a - 1, 'in') || !isLowerWord(ctx, a - 1)) return false;
  const p = isWord(ctx, a - 2, 'up') ? a - 3 : a - 2;
  return p >= 0 && isLowerWord(ctx, p) && RESIDENCE.has(lower(ctx, p));
}
