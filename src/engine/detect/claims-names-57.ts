/**
 * Name rows of claims57 (issue #9; rows in lexicon/claims-47.ts). applyNameRules calls
 * `applyClaimsNameRows57` after the lead's stop-56 rows, so it reads the names every other rule
 * decided. It starts from the verbs of saying' tokens.
 * - person.role-then-unread-name: "coxswain [Dafydd Price] said", "The coxswain of the lifeboat,
 *   [Dafydd Price], said".
 */
import { lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import { ROLE_THEN_UNREAD_NAME } from '../lexicon/claims-47';
import {
  COMMON_WORDS,
  FACILITY_TAIL,
  KNOWN_ORGS,
  ORG_DESCRIPTORS,
  ORG_TAIL,
  PERSON_DESCRIPTORS,
  PLACE_TAIL,
  TITLES,
} from '../lexicon/words';
import { Kind } from '../tokenize/tokenize';
import { PERSON, formMarks, isCapWord, isPunctChar, onLine, type Names } from './named-spans';

export function applyClaimsNameRows57(ctx: Ctx, out: Names): void {
  rolesThenUnreadNames(ctx, out);
}

const VERBS: ReadonlySet<string> = new Set(ROLE_THEN_UNREAD_NAME.value.verbs);
const DETERMINERS: ReadonlySet<string> = new Set(ROLE_THEN_UNREAD_NAME.value.determiners);
const BODY_AFTER_ROLE: ReadonlySet<string> = new Set(ROLE_THEN_UNREAD_NAME.value.bodyAfterRole);
const COMMA = 44;
/** Longest name read, in tokens. */
const NAME_MAX = 3;

/** A lowercase word at `i` that names a person's role. */
function roleAt(ctx: Ctx, i: number): boolean {
  return i >= 0 && ctx.t.kind[i] === Kind.Word && !isCapWord(ctx, i) && PERSON_DESCRIPTORS.has(lower(ctx, i));
}

/** The words of [a, b) could be a person's name nobody read: see the row. */
function unreadName(ctx: Ctx, out: Names, a: number, b: number): boolean {
  if (b - a < 2 || b - a > NAME_MAX || a <= 0) return false;
  for (let i = a; i < b; i++) {
    if (!isCapWord(ctx, i) || (i > a && !onLine(ctx, i)) || out.at(i)) return false;
    const w = lower(ctx, i);
    if (TITLES.has(w) || TITLES.has(w.replace(/\.$/, ''))) return false;
  }
  const first = lower(ctx, a);
  if (COMMON_WORDS.has(first) || ctx.lowerSeen.has(first)) return false;
  const last = lower(ctx, b - 1);
  if (FACILITY_TAIL.has(last) || ORG_TAIL.has(last) || PLACE_TAIL.has(last)) return false;
  const text = spanText(ctx, a, b);
  for (let i = a; i < b; i++) if (placeLookup(ctx, spanText(ctx, i, i + 1))) return false;
  return !KNOWN_ORGS.has(text.toLowerCase()) && !placeLookup(ctx, text);
}

/**
 * The sentence of token `i` opens with a determiner and a person's role stands before `comma`,
 * and no "for" and no body's kind word ("A lawyer for the developer, Castlegate Homes,": the
 * name is the body's, row speaker.appositive.names-body-of-role) follows the role.
 */
function roleOpensSentence(ctx: Ctx, i: number, comma: number): boolean {
  const first = ctx.s.first[ctx.s.of[i]];
  if (comma - first > ROLE_THEN_UNREAD_NAME.value.reach || !DETERMINERS.has(lower(ctx, first))) return false;
  let role = false;
  for (let k = first + 1; k < comma; k++) {
    if (isPunctChar(ctx, k, COMMA)) return false;
    const w = lower(ctx, k);
    if (role && (BODY_AFTER_ROLE.has(w) || ORG_DESCRIPTORS.has(w))) return false;
    if (roleAt(ctx, k)) role = true;
  }
  return role;
}

/** person.role-then-unread-name: see the row. */
function rolesThenUnreadNames(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, VERBS));
  for (let x = 0; x < hits.length; x++) {
    const v = hits[x];
    // The name ends right before the verb, or before a comma right before it.
    const b = isPunctChar(ctx, v - 1, COMMA) ? v - 1 : v;
    for (let a = b - 2; a >= b - NAME_MAX && a > 0; a--) {
      if (!unreadName(ctx, out, a, b)) continue;
      const direct = roleAt(ctx, a - 1);
      const apposed = b < v && isPunctChar(ctx, a - 1, COMMA) && roleOpensSentence(ctx, a, a - 1);
      if (!direct && !apposed) continue;
      out.put(a, b, PERSON, ROLE_THEN_UNREAD_NAME.id);
      break;
    }
  }
}
