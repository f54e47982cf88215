/**
 * Rules for general causes of the study folds' errors, third round (helper ents38c, issue #9; rows
 * in lexicon/fold-patterns-21.ts). applyNameRules calls `applyFoldPatternRows21` right after the
 * fold-20 rows.
 * - person.estate-owner: "[Moreau]'s estate" and every bare "Moreau" read as a firm are the person.
 * - none.listing-label: "[Depth]:2m", "([Entrance] € 5" are labels of a listing, no names.
 */
import { Flag, Kind } from '../tokenize/tokenize';
import { lower, placeLookup, word, type Ctx } from '../context';
import { ESTATE_OWNER_ROW, LISTING_LABEL_ROW } from '../lexicon/fold-patterns-21';
import { lowerSetOf } from '../lexicon/rule-row';
import { FIRST_NAME_SET, KNOWN_ORGS, ORG_TAIL } from '../lexicon/words';
import {
  ORG,
  PERSON,
  isCapWord,
  isLowerWord,
  isOneChar,
  retype,
  COLON,
  type NamedSpan,
  type Names,
} from './named-spans';

export function applyFoldPatternRows21(ctx: Ctx, out: Names): void {
  estateOwners(ctx, out);
  listingLabels(ctx, out);
}

// --- person.estate-owner ----------------------------------------------------------------------

const ESTATES = lowerSetOf(ESTATE_OWNER_ROW.value.estates);
const TRADE = lowerSetOf(ESTATE_OWNER_ROW.value.trade);
const FIRM_NOUNS = lowerSetOf(ESTATE_OWNER_ROW.value.firmNouns);
const PROPERTY = lowerSetOf(ESTATE_OWNER_ROW.value.property);
/** The model's organisation reading above which the firm is trusted ("a property firm's estate"). */
const SURE_FIRM = 0.9;

/** `n` is one word right before a possessive and "estate" (not "estate agents"). */
function ownsEstate(ctx: Ctx, n: NamedSpan): boolean {
  const p = n.b;
  if (n.b - n.a !== 1 || p + 1 >= ctx.t.count || ctx.t.kind[p] !== Kind.Poss) return false;
  if (!isLowerWord(ctx, p + 1) || !ESTATES.has(lower(ctx, p + 1))) return false;
  if (p + 2 < ctx.t.count && isLowerWord(ctx, p + 2) && TRADE.has(lower(ctx, p + 2))) return false;
  return !premisesAfter(ctx, p + 2);
}

/** A plural noun of premises from `i` to its sentence's end ("… estate grew by 40 hotels"). */
function premisesAfter(ctx: Ctx, i: number): boolean {
  const end = ctx.s.last[ctx.s.of[i - 1]];
  for (let k = i; k < end; k++) if (isLowerWord(ctx, k) && PROPERTY.has(lower(ctx, k))) return true;
  return false;
}

/** person.estate-owner: see the row. */
function estateOwners(ctx: Ctx, out: Names): void {
  const alive = out.alive();
  const owners = new Set<number>();
  for (const n of alive) {
    if (n.type !== ORG || n.probs[ORG] >= SURE_FIRM || !ownsEstate(ctx, n)) continue;
    const w = lower(ctx, n.a);
    if (KNOWN_ORGS.has(w) || ORG_TAIL.has(w)) continue;
    owners.add(ctx.form[n.a]);
  }
  if (owners.size === 0) return;
  // "Halden shares", "Halden stores" anywhere in the text: the word names a firm.
  for (const f of owners) {
    for (let k = ctx.formStart[f]; k < ctx.formStart[f + 1]; k++) {
      const i = ctx.formTokens[k];
      if (isLowerWord(ctx, i + 1) && FIRM_NOUNS.has(lower(ctx, i + 1))) owners.delete(f);
    }
  }
  if (owners.size === 0) return;
  for (const n of alive)
    if (n.type === ORG && n.b - n.a === 1 && owners.has(ctx.form[n.a])) retype(out, n, PERSON, ESTATE_OWNER_ROW.id);
}

// --- none.listing-label -----------------------------------------------------------------------

/** Currency signs a price opens with: €, $, £, ¥. */
const CURRENCY = new Set([0x20ac, 36, 0xa3, 0xa5]);
const startsWithDigit = (ctx: Ctx, i: number) => {
  if (i >= ctx.t.count) return false;
  const c = ctx.text.charCodeAt(ctx.t.start[i]);
  return c >= 48 && c <= 57;
};

const UNITS = lowerSetOf(LISTING_LABEL_ROW.units);
const LABELS = lowerSetOf(LISTING_LABEL_ROW.labels);
/** The number at `i` carries a unit: in its own token ("2m", "15km") or as the next word ("3 knots"). */
function measured(ctx: Ctx, i: number): boolean {
  const own = ctx.text
    .slice(ctx.t.start[i], ctx.t.end[i])
    .replace(/^[\d.,]+/, '')
    .toLowerCase();
  if (own) return UNITS.has(own);
  return i + 1 < ctx.t.count && UNITS.has(lower(ctx, i + 1));
}

/** An opening bracket at most eight tokens before `i`, on its line, with no closing one between. */
function insideBrackets(ctx: Ctx, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    const c = ctx.t.end[k] - ctx.t.start[k] === 1 ? ctx.text.charCodeAt(ctx.t.start[k]) : -1;
    if (c === 40) return true;
    if (c === 41 || ctx.t.flags[k + 1] & Flag.NewLine) return false;
  }
  return false;
}

/**
 * A word that may be a priced item's label: never a firm (a known organisation is one by the time
 * this row runs), a place the map knows or a given name, nor a word in capitals.
 */
function mayBeItem(ctx: Ctx, n: NamedSpan): boolean {
  if (n.type === ORG || FIRST_NAME_SET.has(lower(ctx, n.a)) || placeLookup(ctx, word(ctx, n.a))) return false;
  return word(ctx, n.a) !== word(ctx, n.a).toUpperCase();
}

/** none.listing-label: see the row. */
function listingLabels(ctx: Ctx, out: Names): void {
  const below = LISTING_LABEL_ROW.value;
  const gone = out.alive().filter((n) => {
    if (n.b - n.a !== 1 || n.probs[n.type] >= below || !isCapWord(ctx, n.a)) return false;
    const b = n.b;
    // After a colon, a measure (a number with its unit: "2m", "3 knots"; not a score, "Okafor: 9
    // points") after a word that names a measure: a place or a person before a figure keeps its
    // reading ("Ambleside: 95mm", "Vesely: 88m"; review of this row).
    if (isOneChar(ctx, b, COLON))
      return LABELS.has(lower(ctx, n.a)) && startsWithDigit(ctx, b + 1) && measured(ctx, b + 1);
    const c = b < ctx.t.count && ctx.t.end[b] - ctx.t.start[b] === 1 ? ctx.text.charCodeAt(ctx.t.start[b]) : -1;
    // A price only inside brackets ("(Entrance € 5, Drinks € 3)"): a list of names with fees
    // ("Mudryk £89m, Caicedo £115m") is players (review, stop 48).
    return CURRENCY.has(c) && startsWithDigit(ctx, b + 1) && insideBrackets(ctx, n.a) && mayBeItem(ctx, n);
  });
  for (const n of gone) out.remove(n);
}
