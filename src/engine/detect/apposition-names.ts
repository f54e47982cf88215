/**
 * Names in apposition after a possessive and a noun that says what they are (rows in
 * lexicon/apposition-names.ts), applied by applyNameRules after the names of bodies:
 * - person.role-before-apposition: "Her lawyer, [Martín Salas], told" read as a place.
 * - organisation.body-before-apposition: "Brazil's foreign ministry, [Itamaraty], said" read as a person.
 */
import { lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import { BODY_BEFORE_APPOSITION_ROW, ROLE_BEFORE_APPOSITION_ROW } from '../lexicon/apposition-names';
import { KNOWN_ORG_NAMES } from '../lexicon/names';
import { CLUB_SUFFIXES, FIRST_NAME_SET, ORG_TAIL } from '../lexicon/words';
import { Kind } from '../tokenize/tokenize';
import {
  COMMA,
  ORG,
  PERSON,
  formMarks,
  isCapWord,
  isLowerWord,
  isPunctChar,
  type NamedSpan,
  type Names,
} from './named-spans';

const ROLE = ROLE_BEFORE_APPOSITION_ROW.value;
const ROLES: ReadonlySet<string> = new Set(ROLE.roles);
const ROLE_OWNERS: ReadonlySet<string> = new Set(ROLE.owners);
const BODY = BODY_BEFORE_APPOSITION_ROW.value;
const BODIES: ReadonlySet<string> = new Set(BODY.bodies);
const BODY_OWNERS: ReadonlySet<string> = new Set(BODY.owners);

export function applyAppositionNames(ctx: Ctx, out: Names): void {
  rolesBeforeAppositions(ctx, out);
  bodiesBeforeAppositions(ctx, out);
}

/** The name between commas right after the noun at `k` ("noun , Name ,"), if any. */
function nameBetweenCommas(ctx: Ctx, out: Names, k: number): NamedSpan | undefined {
  if (!isPunctChar(ctx, k + 1, COMMA)) return undefined;
  const n = out.at(k + 2);
  return n && n.a === k + 2 && isPunctChar(ctx, n.b, COMMA) ? n : undefined;
}

/** A possessive owns the noun at `k`: "her"/"its" (from `owners`) or "'s", past up to `between` lowercase words. */
function ownedNoun(ctx: Ctx, k: number, owners: ReadonlySet<string>, between: number): boolean {
  let p = k - 1;
  while (p >= 0 && k - 1 - p < between && isLowerWord(ctx, p) && !owners.has(lower(ctx, p))) p--;
  if (p < 0) return false;
  return ctx.t.kind[p] === Kind.Poss || (ctx.t.kind[p] === Kind.Word && owners.has(lower(ctx, p)));
}

/** The last token of the role at `k`: the role itself, or "of" and up to `complement` lowercase words after it ("head of investments"). */
function roleEnd(ctx: Ctx, k: number): number {
  if (lower(ctx, k + 1) !== 'of') return k;
  let e = k + 1;
  while (e - k - 1 < ROLE.complement && isLowerWord(ctx, e + 1)) e++;
  return e > k + 1 && isPunctChar(ctx, e + 1, COMMA) ? e : k;
}

/** person.role-before-apposition: see the row. */
function rolesBeforeAppositions(ctx: Ctx, out: Names): void {
  const ks = tokensOf(ctx, formMarks(ctx, ROLES));
  const found: NamedSpan[] = [];
  for (let x = 0; x < ks.length; x++) {
    const k = ks[x];
    if (!isLowerWord(ctx, k) || !ownedNoun(ctx, k, ROLE_OWNERS, ROLE.between)) continue;
    const n = nameBetweenCommas(ctx, out, roleEnd(ctx, k));
    if (!n || n.type === PERSON || n.rule || n.b - n.a < 2 || n.b - n.a > 4 || n.probs[n.type] >= ROLE.doubt) continue;
    const text = spanText(ctx, n.a, n.b);
    if (placeLookup(ctx, text) || KNOWN_ORG_NAMES.has(text.toLowerCase()) || ORG_TAIL.has(lower(ctx, n.b - 1)))
      continue;
    // "The league's vice-chairman, Manchester United, said": a town the map knows and a club's
    // word is a club that holds the role (news-leftovers-30).
    if (CLUB_SUFFIXES.has(lower(ctx, n.b - 1)) && placeLookup(ctx, spanText(ctx, n.a, n.b - 1))) continue;
    found.push(n);
  }
  for (const n of found) out.put(n.a, n.b, PERSON, ROLE_BEFORE_APPOSITION_ROW.id, undefined, n);
}

/** organisation.body-before-apposition: see the row. */
function bodiesBeforeAppositions(ctx: Ctx, out: Names): void {
  const ks = tokensOf(ctx, formMarks(ctx, BODIES));
  const found: NamedSpan[] = [];
  for (let x = 0; x < ks.length; x++) {
    const k = ks[x];
    if (!isLowerWord(ctx, k) || !ownedNoun(ctx, k, BODY_OWNERS, BODY.between)) continue;
    const n = nameBetweenCommas(ctx, out, k);
    if (!n || n.type !== PERSON || n.rule || n.probs[PERSON] >= BODY.doubt) continue;
    // "Germany's ruling coalition, Scholz, Lindner and Habeck, met": a list of people (review, stop 52).
    if (isCapWord(ctx, n.b + 1)) continue;
    if (FIRST_NAME_SET.has(lower(ctx, n.a))) continue;
    found.push(n);
  }
  for (const n of found) out.put(n.a, n.b, ORG, BODY_BEFORE_APPOSITION_ROW.id, undefined, n);
}
