/**
 * Rules from the blind entity batches 77 and 78 (5 Dec 2026, helper ents37a, issue #9; rows in
 * lexicon/blind-news-26.ts). applyNameRules calls `applyBlindNewsRows26` after the rows of batches
 * 71 and 72, so these read the names every earlier rule decided.
 * - organisation.military-unit: "the [6th Infantry Division]", "the [3rd Battalion]".
 * - place.compass-tail: "[Maguindanao del Norte]", "[Ilocos Norte]".
 * - organisation.bank-compound: "the [Riksbank]", "[Danmarks Nationalbank]".
 * - place.list-of-places: "to Lombok, [Sumbawa] and [Flores]".
 */
import { Flag, Kind } from '../tokenize/tokenize';
import { isDemonym, lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import { BANK_COMPOUND_ROW, COMPASS_TAIL_ROW, MILITARY_UNIT_ROW, PLACE_LIST_ROW } from '../lexicon/blind-news-26';
import { lowerSetOf } from '../lexicon/rule-row';
import { FIRST_NAME_SET, KNOWN_ORGS } from '../lexicon/words';
import { sure } from './blind-rules-23';
import {
  COMMA,
  HYPHEN,
  ORG,
  PERSON,
  PLACE,
  capitalisedOnLine,
  formMarks,
  isCapWord,
  isOneChar,
  isPlainWord,
  isLowerWord,
  isPunctChar,
  onLine,
  opensSentence,
  patternFormMarks,
  surnamesNamedInFull,
  isWeekdayOrMonth,
  type NamedSpan,
  type Names,
} from './named-spans';

export function applyBlindNewsRows26(ctx: Ctx, out: Names): void {
  militaryUnits(ctx, out);
  compassTails(ctx, out);
  bankCompounds(ctx, out);
  placeLists(ctx, out);
}

// --- organisation.military-unit ---------------------------------------------------------------------

const SPELLED_ORDINALS = lowerSetOf(MILITARY_UNIT_ROW.value.ordinals);
const ARMS = lowerSetOf(MILITARY_UNIT_ROW.value.arms);
const ARM_HEADS = lowerSetOf(MILITARY_UNIT_ROW.value.heads);
const LONE_HEADS = lowerSetOf(MILITARY_UNIT_ROW.value.headsAlone);
const ALL_UNIT_HEADS = new Set([...ARM_HEADS, ...LONE_HEADS]);
/** "6th", "101st", "3rd", "2nd". */
const DIGIT_ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/i;
/** Most arm words between the number and the unit ("Air Assault", "Special Forces Light"). */
const MAX_ARMS = 3;

const isOrdinal = (ctx: Ctx, i: number) =>
  DIGIT_ORDINAL.test(spanText(ctx, i, i + 1)) || (isCapWord(ctx, i) && SPELLED_ORDINALS.has(lower(ctx, i)));

/** organisation.military-unit: see the row. */
function militaryUnits(ctx: Ctx, out: Names): void {
  for (const h of tokensOf(ctx, formMarks(ctx, ALL_UNIT_HEADS))) {
    if (!isCapWord(ctx, h) || capitalisedOnLine(ctx, h + 1)) continue;
    let a = h;
    while (h - a < MAX_ARMS && a > 0 && isCapWord(ctx, a - 1) && ARMS.has(lower(ctx, a - 1)) && onLine(ctx, a)) a--;
    const arms = h - a;
    if (a < 1 || !onLine(ctx, a) || !isOrdinal(ctx, a - 1)) continue;
    if (!arms && !LONE_HEADS.has(lower(ctx, h))) continue;
    a--;
    const n = out.at(a) ?? out.at(h);
    if (n && n.a === a && n.b === h + 1 && n.type === ORG) continue;
    // A name running past the unit ("the 3rd Battalion Royal Irish") or before it is another name.
    let runsPast = false;
    for (let i = a; i <= h && !runsPast; i++) {
      const m = out.at(i);
      runsPast = !!m && (m.a < a || m.b > h + 1);
    }
    if (!runsPast) out.put(a, h + 1, ORG, MILITARY_UNIT_ROW.id, undefined, n);
  }
}

// --- place.compass-tail -----------------------------------------------------------------------------

const COMPASS_TAILS = lowerSetOf(COMPASS_TAIL_ROW.value.tails);
const COMPASS_PARTICLES = lowerSetOf(COMPASS_TAIL_ROW.value.particles);

/** place.compass-tail: see the row. */
function compassTails(ctx: Ctx, out: Names): void {
  for (const i of tokensOf(ctx, formMarks(ctx, COMPASS_TAILS))) {
    if (!isCapWord(ctx, i)) continue;
    const n = out.at(i);
    if (!n || n.b !== i + 1 || n.rule || n.type !== PERSON || n.b - n.a < 2 || n.b - n.a > 4) continue;
    // The name itself before the half: a capitalised word, or a particle after one.
    const before = COMPASS_PARTICLES.has(lower(ctx, i - 1)) ? i - 2 : i - 1;
    if (before < n.a || !isCapWord(ctx, before)) continue;
    // A person surnamed so ("Ana Sul", "Paulo Norte"): a given name opens the name (review, ents38a).
    if (FIRST_NAME_SET.has(lower(ctx, n.a))) continue;
    out.put(n.a, n.b, PLACE, COMPASS_TAIL_ROW.id, undefined, n);
  }
}

// --- organisation.bank-compound ---------------------------------------------------------------------

const BANK_WORD = new RegExp(
  `^(?:${BANK_COMPOUND_ROW.value.leads.join('|')})(?:${BANK_COMPOUND_ROW.value.tails.join('|')})$`,
  'i',
);
/** Capitalised words the model may have read with the bank's word ("Danmarks", "Sveriges"). */
const BANK_NAME_WORDS = 2;

/** organisation.bank-compound: see the row. */
function bankCompounds(ctx: Ctx, out: Names): void {
  for (const i of tokensOf(ctx, patternFormMarks(ctx, BANK_WORD))) {
    // (No place the map knows has this shape, so no place guard: review, ents38a.)
    if (!isCapWord(ctx, i)) continue;
    const n = out.at(i);
    if (n && (n.type === ORG || n.b !== i + 1 || n.a < i - BANK_NAME_WORDS)) continue;
    if (!n && capitalisedOnLine(ctx, i + 1)) continue;
    const a = n ? n.a : i;
    let given = false;
    for (let k = a; k < i && !given; k++) given = FIRST_NAME_SET.has(lower(ctx, k));
    if (!given) out.put(a, i + 1, ORG, BANK_COMPOUND_ROW.id, undefined, n);
  }
}

// --- place.list-of-places ---------------------------------------------------------------------------

const LIST_PREPOSITIONS = lowerSetOf(PLACE_LIST_ROW.value.prepositions);
const LIST_CLOSERS = new Set(['and', 'or']);
const PLACE_PLURALS = lowerSetOf(PLACE_LIST_ROW.value.placePlurals);
/** Members of a list, and capitalised words in one member. */
const MAX_MEMBERS = 6;
const MEMBER_WORDS = 2;
const MEMBER_TOKENS = 4;
const MIN_MEMBERS = 3;

interface Member {
  a: number;
  b: number;
}

/**
 * The members' starts and ends listFrom has read so far: nearly every preposition before a capital
 * ("in Paris.") opens no list, so objects are made only for a list found (tidy45: the array and
 * member objects made per preposition were 1.9 MB of the bench's 46 MB).
 */
const MEMBER_STARTS = new Int32Array(MAX_MEMBERS);
const MEMBER_ENDS = new Int32Array(MAX_MEMBERS);

/** The list of names that starts at token `a`, or undefined when the tokens there are no such list. */
function listFrom(ctx: Ctx, out: Names, a: number): Member[] | undefined {
  let count = 0;
  let i = a;
  for (;;) {
    const b = memberEnd(ctx, out, i);
    // The closing member counts too: at most MAX_MEMBERS in all.
    if (b < 0 || count + 1 >= MAX_MEMBERS) return undefined;
    MEMBER_STARTS[count] = i;
    MEMBER_ENDS[count++] = b;
    let closer: number;
    if (isPunctChar(ctx, b, COMMA)) {
      // An Oxford comma before the closer.
      if (isLowerWord(ctx, b + 1) && LIST_CLOSERS.has(lower(ctx, b + 1))) closer = b + 2;
      else {
        i = b + 1;
        continue;
      }
    } else if (isLowerWord(ctx, b) && LIST_CLOSERS.has(lower(ctx, b))) closer = b + 1;
    else return undefined;
    const last = memberEnd(ctx, out, closer);
    if (last < 0) return undefined;
    const members: Member[] = [];
    for (let k = 0; k < count; k++) members.push({ a: MEMBER_STARTS[k], b: MEMBER_ENDS[k] });
    members.push({ a: closer, b: last });
    return members;
  }
}
/**
 * The end of one member at `i`, or −1: the name read there (up to MEMBER_TOKENS tokens: "Maguindanao
 * del Norte"), or one or two capitalised words, hyphened ones counted as one ("Tawi-Tawi"), not
 * running on.
 */
function memberEnd(ctx: Ctx, out: Names, i: number): number {
  if (!isCapWord(ctx, i) || !onLine(ctx, i)) return -1;
  const n = out.at(i);
  if (n && n.a === i) return n.b - i <= MEMBER_TOKENS && !isCapWord(ctx, n.b) ? n.b : -1;
  let b = i;
  let words = 0;
  while (words < MEMBER_WORDS && isCapWord(ctx, b) && onLine(ctx, b)) {
    b++;
    while (isOneChar(ctx, b, HYPHEN) && isCapWord(ctx, b + 1)) b += 2;
    words++;
  }
  return isCapWord(ctx, b) ? -1 : b;
}

/** A member's reading: the name that covers it exactly, undefined when unread, null when a name crosses it. */
function readingOf(out: Names, m: Member): NamedSpan | undefined | null {
  let found: NamedSpan | undefined;
  for (let i = m.a; i < m.b; i++) {
    const n = out.at(i);
    if (!n) continue;
    if (n.a !== m.a || n.b !== m.b) return null;
    found = n;
  }
  return found;
}

/** Whether a member holds a word of the language (common, or seen in lowercase in the text). */
function plainWordIn(ctx: Ctx, m: Member): boolean {
  for (let i = m.a; i < m.b; i++) if (isCapWord(ctx, i) && isPlainWord(ctx, i)) return true;
  return false;
}

/** Token `i` opens its sentence, or follows the quote mark or bracket that opens it. */
export const opensClauseAt = (ctx: Ctx, i: number): boolean =>
  opensSentence(ctx, i) || (i > 0 && ctx.t.kind[i - 1] !== Kind.Word && opensSentence(ctx, i - 1));

/** A later member read as a place below this may still be a subject ("Djokovic"). */
const SUBJECT_PLACE_BELOW = 0.6;

/**
 * "In Salford, Hughes, Okafor and Lewis were charged": the preposition opens the sentence (or a
 * quote), its one place is the first member and a comma, and the names after it, none a place,
 * run straight into a lowercase word (their verb), one of them the surname of a person the text
 * names in full: an opening adjunct before the sentence's subjects, no list of places. "In Crete, Rhodes and Kos, fires burned" ends in a comma and stays.
 */
function openingAdjunctBeforeSubjects(
  ctx: Ctx,
  out: Names,
  p: number,
  list: readonly Member[],
  readings: readonly (NamedSpan | undefined | null)[],
): boolean {
  if (!opensClauseAt(ctx, p) || !isPunctChar(ctx, list[0].b, COMMA)) return false;
  const first = readings[0];
  if (!((first && first.type === PLACE) || (!first && placeLookup(ctx, spanText(ctx, list[0].a, list[0].b)))))
    return false;
  for (let k = 1; k < list.length; k++) {
    const n = readings[k];
    // A later member the map knows or the model reads as a place with some confidence: a real list.
    if (
      n
        ? n.type === PLACE && n.probs[PLACE] >= SUBJECT_PLACE_BELOW
        : placeLookup(ctx, spanText(ctx, list[k].a, list[k].b))
    )
      return false;
  }
  const after = list[list.length - 1].b;
  if (!isLowerWord(ctx, after) || LIST_CLOSERS.has(lower(ctx, after))) return false;
  // A member the text names in full as a person ("Tom Hughes, 23, …"): "In London, Lambeth,
  // Southwark and Lewisham have …" names boroughs (stop 62's review).
  const surnames = surnamesNamedInFull(ctx, out.alive());
  return list.slice(1).some((m) => m.b - m.a === 1 && surnames.has(lower(ctx, m.a)));
}

/** place.list-of-places: see the row. */
function placeLists(ctx: Ctx, out: Names): void {
  for (const p of tokensOf(ctx, formMarks(ctx, LIST_PREPOSITIONS))) {
    if (ctx.t.kind[p] !== Kind.Word || !isCapWord(ctx, p + 1)) continue;
    // "the provinces of A, B and C": "of" only after a plural of places.
    if (lower(ctx, p) === 'of' && !(isLowerWord(ctx, p - 1) && PLACE_PLURALS.has(lower(ctx, p - 1)))) continue;
    const list = listFrom(ctx, out, p + 1);
    // Three names or more: "in Singapore and Siyi Liu in Beijing" (a sign-off) pairs a place with a person.
    if (!list || list.length < MIN_MEMBERS) continue;
    let places = 0;
    let doubtful = true;
    const readings = list.map((m) => readingOf(out, m));
    for (let k = 0; k < list.length && doubtful; k++) {
      const m = list[k];
      const n = readings[k];
      if (n === null) doubtful = false;
      else if ((n && n.type === PLACE) || (!n && placeLookup(ctx, spanText(ctx, m.a, m.b)))) places++;
      else if (n && sure(n.probs, n.type, n.rule)) doubtful = false;
      else if (FIRST_NAME_SET.has(lower(ctx, m.a))) doubtful = false;
      // An acronym or a body everyone knows ("between Israel, Hamas and Hezbollah") is no place.
      else if (ctx.t.flags[m.a] & Flag.AllCaps || KNOWN_ORGS.has(lower(ctx, m.a))) doubtful = false;
      // A word of the language ("in Educational Leadership, Sport Studies and …": fields of study).
      else if (plainWordIn(ctx, m)) doubtful = false;
      // "in January, February and March": a list of months or days, whatever the map knows.
      else if (m.b - m.a === 1 && isWeekdayOrMonth(ctx, m.a)) doubtful = false;
      // A people's word ("In Sarajevo, Bosniak, Serb and Croat members …"): the list is of peoples.
      else if (m.b - m.a === 1 && isDemonym(ctx, lower(ctx, m.a))) doubtful = false;
    }
    if (!doubtful || places === 0 || places === list.length) continue;
    if (openingAdjunctBeforeSubjects(ctx, out, p, list, readings)) continue;
    for (let k = 0; k < list.length; k++) {
      const n = readings[k];
      if (n && n.type === PLACE) continue;
      out.put(list[k].a, list[k].b, PLACE, PLACE_LIST_ROW.id, undefined, n ?? undefined);
    }
  }
}
