/**
 * Rules for the weak patterns of issue #9, fifth round (helper ents36b; rows in
 * lexicon/news-leftovers-12.ts). applyNameRules calls `applyLeftoverRows12` after the leftover-11
 * rows, so these read the names every earlier rule decided.
 * - sport.national-side-frame: "[Ireland] won the toss", "[Sri Lanka] were bowled out", "[Wales] coach".
 * - organisation.caps-word-firm: "[HS Orka] said its plant", "the union [IF Metall]".
 */
import { isDemonym, lower, placeLookup, spanText, tokensOf, word, type Ctx } from '../context';
import { CAPS_WORD_FIRM_ROW, NATIONAL_SIDE_FRAME_ROW } from '../lexicon/news-leftovers-12';
import { lowerSetOf } from '../lexicon/rule-row';
import { PRONOUNS_PERSON, STATE_ABBREVIATIONS, TITLES } from '../lexicon/words';
import { Flag, Kind } from '../tokenize/tokenize';
import { givenName } from './blind-rules-14';
import { sentenceAboutSport } from './sport-sentences';
import {
  COMMA,
  ORG,
  POSSESSIVE_S,
  PERSON,
  PLACE,
  capitalisedOnLine,
  formMarks,
  isCapWord,
  isLowerWord,
  isPunctChar,
  isPlainWord,
  isWord,
  namesWithin,
  onLine,
  countWordsOf,
  heldByOthers,
  personWordCountsOf,
  putOverWithin,
  touchesNext,
  type NamedSpan,
  type Names,
} from './named-spans';

export function applyLeftoverRows12(ctx: Ctx, out: Names): void {
  nationalSideFrames(ctx, out);
  capsWordFirms(ctx, out);
}

// --- sport.national-side-frame -------------------------------------------------------------------

const TOSS_VERBS = lowerSetOf(NATIONAL_SIDE_FRAME_ROW.value.toss);
const OUT_VERBS = lowerSetOf(NATIONAL_SIDE_FRAME_ROW.value.out);
const MARGINS = lowerSetOf(NATIONAL_SIDE_FRAME_ROW.value.margins);
const SIDE_ROLES = lowerSetOf(NATIONAL_SIDE_FRAME_ROW.value.roles);
const OPPONENT_WORDS = lowerSetOf(NATIONAL_SIDE_FRAME_ROW.value.opponents);
const NAMED_SQUADS = lowerSetOf(NATIONAL_SIDE_FRAME_ROW.value.named);
const SQUAD_NOUNS = lowerSetOf(NATIONAL_SIDE_FRAME_ROW.value.squads);
const MEET_VERBS = lowerSetOf(NATIONAL_SIDE_FRAME_ROW.value.meets);
const MODALS = lowerSetOf(NATIONAL_SIDE_FRAME_ROW.value.modals);
const INNINGS_VERBS = lowerSetOf(NATIONAL_SIDE_FRAME_ROW.value.innings);
/** The words a frame opens with: the rule visits only these tokens. */
const FRAME_STARTS = new Set([
  ...TOSS_VERBS,
  ...OUT_VERBS,
  ...SIDE_ROLES,
  ...SQUAD_NOUNS,
  ...MEET_VERBS,
  ...POSSESSIVE_S,
  ...INNINGS_VERBS,
  'chased',
  'declared',
  'by',
  'named',
]);
/** Most tokens from "named" to its squad word ("named two uncapped players"). */
const NAMED_REACH = 6;
/** Verbs of saying right after a side's coach or captain ("Fiji's coach said"). */
const ROLE_SPEECH = new Set(['said', 'says', 'told', 'admitted', 'added']);
/** Most tokens between a side and "by" of its margin ("won by", "beat England by"). */
const MARGIN_REACH = 4;
/** Most words of a side named without the map ("West Indies"). */
const SIDE_WORDS = 2;

/** What the frame at token `v` says of the name right before it: a side (1), a side by its margin only (2), none (0). */
function frameAt(ctx: Ctx, out: Names, v: number): number {
  if (POSSESSIVE_S.has(word(ctx, v))) return roleAfterPossessive(ctx, out, v + 1) ? 1 : 0;
  if (!isLowerWord(ctx, v) && !SQUAD_NOUNS.has(lower(ctx, v))) return 0;
  const w = lower(ctx, v);
  // "The Fiji squad flew home", "the Japan team": the side's own noun after "the" and one or two words.
  if (SQUAD_NOUNS.has(w)) {
    const n = out.at(v - 1);
    return n && n.b === v && isWord(ctx, n.a - 1, 'the') && sentenceAboutSport(ctx, ctx.s.of[v]) ? 1 : 0;
  }
  // "China named the key players in the trade talks": only in a sentence about sport.
  if (w === 'named') return namedSquad(ctx, v) && sentenceAboutSport(ctx, ctx.s.of[v]) ? 1 : 0;
  if (TOSS_VERBS.has(w) && isWord(ctx, v + 1, 'the') && isWord(ctx, v + 2, 'toss')) return 1;
  if (OUT_VERBS.has(w) && (isWord(ctx, v + 1, 'bowled') || isWord(ctx, v + 1, 'all')) && isWord(ctx, v + 2, 'out'))
    return 2;
  if (w === 'chased' && isWord(ctx, v + 1, 'down')) return 2;
  // "were" takes only a side already read: "Losses were 187-6 in the model".
  if (INNINGS_VERBS.has(w) && inningsTotalAt(ctx, v + 1)) return w === 'were' ? 1 : 2;
  if (w === 'declared' && (isWord(ctx, v + 1, 'on') || isWord(ctx, v + 1, 'at')) && ctx.t.kind[v + 2] === Kind.Num)
    return 2;
  if (SIDE_ROLES.has(w)) {
    const p = out.at(v + 1);
    return p && p.a === v + 1 && p.type === PERSON && onLine(ctx, v + 1) ? 1 : 0;
  }
  return 0;
}

/** Wickets an innings' total may name: ten at most. */
const MOST_WICKETS = 10;
const WICKET_WORDS: ReadonlySet<string> = new Set('no one two three four five six seven eight nine ten'.split(' '));
/** Fewest digits of an innings' total ("98-3", "187-6"; a football score "2-1" has one). */
const TOTAL_DIGITS = 2;
const SCORE_JOINS: ReadonlySet<string> = new Set(['-', '/', '–']);
/** "20-5 percent": a range, no innings' total. */
const PERCENT_AFTER: ReadonlySet<string> = new Set(['percent', 'per', '%', 'pc']);
/** Words that may follow "for four" in an innings' total ("at stumps", "in 20 overs", "wickets"). */
const AFTER_WICKETS: ReadonlySet<string> = new Set(
  'at in on after before by with from off and but when as wickets wicket overs declared'.split(' '),
);

/** "187-6", "187/6", "210 for four": an innings' total and its wickets from token `k`. */
function inningsTotalAt(ctx: Ctx, k: number): boolean {
  const t = ctx.t;
  if (k + 2 >= t.count || t.kind[k] !== Kind.Num || word(ctx, k).length < TOTAL_DIGITS || !/^\d+$/.test(word(ctx, k)))
    return false;
  const wickets = (i: number) =>
    (t.kind[i] === Kind.Num && /^\d+$/.test(word(ctx, i)) && Number(word(ctx, i)) <= MOST_WICKETS) ||
    (isLowerWord(ctx, i) && WICKET_WORDS.has(lower(ctx, i)));
  if (SCORE_JOINS.has(word(ctx, k + 1)) && touchesNext(ctx, k) && touchesNext(ctx, k + 1))
    return t.kind[k + 2] === Kind.Num && wickets(k + 2) && !PERCENT_AFTER.has(lower(ctx, k + 3));
  // "for four" ends its clause or goes on with a preposition or "wickets": not "for five days".
  return (
    isWord(ctx, k + 1, 'for') && wickets(k + 2) && !(isLowerWord(ctx, k + 3) && !AFTER_WICKETS.has(lower(ctx, k + 3)))
  );
}

/** "… 's coach said", "'s captain Julián Montoya", "'s coach, Ruud van der Pol,": a side's coach or captain from `r`. */
function roleAfterPossessive(ctx: Ctx, out: Names, r: number): boolean {
  if (isWord(ctx, r, 'head') && isWord(ctx, r + 1, 'coach')) r++;
  if (!isLowerWord(ctx, r) || !SIDE_ROLES.has(lower(ctx, r))) return false;
  const p = out.at(r + 1);
  if (p && p.a === r + 1 && p.type === PERSON) return true;
  return isPunctChar(ctx, r + 1, COMMA) || (isLowerWord(ctx, r + 1) && ROLE_SPEECH.has(lower(ctx, r + 1)));
}

/** "named its squad", "named two uncapped players": a squad word a few tokens after "named" at `v`, in its sentence. */
function namedSquad(ctx: Ctx, v: number): boolean {
  for (let k = v + 1; k < ctx.t.count && k - v <= NAMED_REACH && ctx.s.of[k] === ctx.s.of[v]; k++)
    if (NAMED_SQUADS.has(lower(ctx, k)) && (isLowerWord(ctx, k) || word(ctx, k) === 'XV')) return true;
  return false;
}

/**
 * "Tonga will face Samoa in the final": in a sentence about sport, face/meet at `v` (after will or
 * would) with a country or region, a side or "them" after it; the token the subject ends at, or −1.
 */
function meetingSubjectEnd(ctx: Ctx, out: Names, v: number): number {
  if (!isLowerWord(ctx, v) || !MEET_VERBS.has(lower(ctx, v)) || !sentenceAboutSport(ctx, ctx.s.of[v])) return -1;
  const o = out.at(v + 1);
  const other =
    isWord(ctx, v + 1, 'them') ||
    (!!o && o.a === v + 1 && (o.type === ORG || (o.type === PLACE && nationalPlace(ctx, o.a, o.b))));
  if (!other) return -1;
  return isLowerWord(ctx, v - 1) && MODALS.has(lower(ctx, v - 1)) ? v - 1 : v;
}

/** Token `by` opens a margin only a side wins by: "by four wickets", "by 120 runs", "by an innings". */
function marginAt(ctx: Ctx, by: number): boolean {
  if (!isLowerWord(ctx, by) || lower(ctx, by) !== 'by') return false;
  return (
    (isLowerWord(ctx, by + 2) && MARGINS.has(lower(ctx, by + 2))) ||
    (isWord(ctx, by + 1, 'an') && isWord(ctx, by + 2, 'innings'))
  );
}

/** sport.national-side-frame: see the row. */
function nationalSideFrames(ctx: Ctx, out: Names): void {
  const starts = tokensOf(ctx, formMarks(ctx, FRAME_STARTS));
  let people: Map<string, number> | undefined;
  const sides: number[] = [];
  for (let x = 0; x < starts.length; x++) {
    const v = starts[x];
    if (v === 0) continue;
    if (marginAt(ctx, v)) {
      // "Pakistan won by seven wickets", "West Indies beat England by four wickets": the subject of the
      // verb a few tokens before "by", at the clause's start.
      for (let k = v - 1; k > 0 && v - k <= MARGIN_REACH && ctx.s.of[k] === ctx.s.of[v]; k--) {
        if (!isLowerWord(ctx, k)) continue;
        if (!capitalisedOnLine(ctx, k - 1)) break;
        people ??= personWordCountsOf(ctx, out.alive());
        if (takeSide(ctx, out, k, true, people)) sides.push(k);
        break;
      }
      continue;
    }
    const end = meetingSubjectEnd(ctx, out, v);
    if (end > 0) {
      people ??= personWordCountsOf(ctx, out.alive());
      if (takeSide(ctx, out, end, false, people)) sides.push(end);
      continue;
    }
    const frame = frameAt(ctx, out, v);
    if (!frame) continue;
    people ??= personWordCountsOf(ctx, out.alive());
    if (takeSide(ctx, out, v, frame === 2, people)) sides.push(v);
  }
  for (const v of sides) opponentsAfter(ctx, out, v);
}

/**
 * The name (or unread capitalised words) ending right before token `v` is a side: put it, and say so.
 * `people` counts the words of the article's people (the caller's, asked once); a person put over
 * here leaves the count.
 */
function takeSide(ctx: Ctx, out: Names, v: number, unreadToo: boolean, people: Map<string, number>): boolean {
  const n = out.at(v - 1);
  if (n && n.b === v) {
    if (n.type === ORG) return true;
    // A place rule said only that it is a place ("Sri Lanka"): the frame says which kind.
    if (n.type === PLACE && nationalPlace(ctx, n.a, n.b)) {
      out.put(n.a, n.b, ORG, NATIONAL_SIDE_FRAME_ROW.id, undefined, n);
      return true;
    }
    // "West Indies" read as one person: its words are no person's of the article but its own.
    if (n.type === PERSON && unreadToo && !n.rule && plainSide(ctx, n.a, n.b, people, n)) {
      out.put(n.a, n.b, ORG, NATIONAL_SIDE_FRAME_ROW.id, undefined, n);
      countWordsOf(ctx, n, people, -1);
      return true;
    }
    return false;
  }
  if (n || !unreadToo) return false;
  let a = v - 1;
  while (a > 0 && v - a < SIDE_WORDS && capitalisedOnLine(ctx, a) && isCapWord(ctx, a - 1) && !out.at(a - 1)) a--;
  // A common word read as nothing is no side: "Prices were 20-5 percent below".
  if (!isCapWord(ctx, a) || !plainSide(ctx, a, v, people) || (v - a === 1 && isPlainWord(ctx, a))) return false;
  // "Chennai Super Kings beat …": a city the map knows, unread right before the nickname, opens the side's name.
  if (
    a > 0 &&
    onLine(ctx, a) &&
    isCapWord(ctx, a - 1) &&
    !out.at(a - 1) &&
    placeLookup(ctx, word(ctx, a - 1))?.kind === 'city'
  )
    a--;
  out.put(a, v, ORG, NATIONAL_SIDE_FRAME_ROW.id);
  return true;
}

/** A country or region the map knows. */
function nationalPlace(ctx: Ctx, a: number, b: number): boolean {
  const hit = placeLookup(ctx, spanText(ctx, a, b));
  return !!hit && (hit.kind === 'country' || hit.kind === 'region');
}

/**
 * Words [a, b) may name a side: no given name first, no title or demonym, no word of a person named
 * in full (but `self`, the name over them).
 */
function plainSide(ctx: Ctx, a: number, b: number, people: Map<string, number>, self?: NamedSpan): boolean {
  if (b - a > SIDE_WORDS || givenName(ctx, a)) return false;
  for (let i = a; i < b; i++)
    if (TITLES.has(lower(ctx, i)) || isDemonym(ctx, word(ctx, i)) || heldByOthers(ctx, people, lower(ctx, i), self))
      return false;
  return true;
}

/** "… against [India]", "to face [Fiji]": in the sentence of a side found at `v`, a country after these is the other side. */
function opponentsAfter(ctx: Ctx, out: Names, v: number): void {
  const s = ctx.s.of[v];
  for (let k = v; k < ctx.s.last[s] - 1; k++) {
    if (!isLowerWord(ctx, k) || !OPPONENT_WORDS.has(lower(ctx, k))) continue;
    const n = out.at(k + 1);
    if (n && n.a === k + 1 && n.type === PLACE && nationalPlace(ctx, n.a, n.b))
      out.put(n.a, n.b, ORG, NATIONAL_SIDE_FRAME_ROW.id, undefined, n);
  }
}

// --- organisation.caps-word-firm -----------------------------------------------------------------

const BODY_NOUNS = lowerSetOf(CAPS_WORD_FIRM_ROW.value);
/** Two or three capitals: a firm's short word, or a person's initials. */
const SHORT_CAPS = /^\p{Lu}{2,3}$/u;
/** Most tokens from the firm to its "its". */
const ITS_REACH = 8;

/** organisation.caps-word-firm: see the row. */
function capsWordFirms(ctx: Ctx, out: Names): void {
  const { t } = ctx;
  for (let i = 0; i + 1 < t.count; i++) {
    if (!(t.flags[i] & Flag.AllCaps) || !SHORT_CAPS.test(word(ctx, i))) continue;
    const j = i + 1;
    if (!capitalisedOnLine(ctx, j) || t.flags[j] & Flag.AllCaps || capitalisedOnLine(ctx, j + 1)) continue;
    if (i > 0 && capitalisedOnLine(ctx, i) && isCapWord(ctx, i - 1)) continue;
    const caps = lower(ctx, i);
    if (TITLES.has(caps) || STATE_ABBREVIATIONS.has(caps) || placeLookup(ctx, word(ctx, i)) || givenName(ctx, j))
      continue;
    const within = namesWithin(out, i, j + 1);
    if (!within || within.some((n) => n.rule || n.type !== PERSON || n.a !== i || n.b !== j + 1)) continue;
    const bodyBefore = i > 0 && isLowerWord(ctx, i - 1) && BODY_NOUNS.has(lower(ctx, i - 1));
    if (!bodyBefore && !itsAfter(ctx, out, j + 1)) continue;
    putOverWithin(out, i, j + 1, ORG, CAPS_WORD_FIRM_ROW.id, within);
  }
}

/** "its" within a few tokens from `a` in its sentence, with no he/she and no other name before it. */
function itsAfter(ctx: Ctx, out: Names, a: number): boolean {
  const s = ctx.s.of[a - 1];
  for (let k = a; k < ctx.t.count && k - a < ITS_REACH && ctx.s.of[k] === s; k++) {
    const n: NamedSpan | undefined = out.at(k);
    if (n || PRONOUNS_PERSON.has(lower(ctx, k)) || lower(ctx, k) === 'his') return false;
    if (isWord(ctx, k, 'its')) return true;
  }
  return false;
}
