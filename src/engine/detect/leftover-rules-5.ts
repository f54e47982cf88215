/**
 * Rules for leftovers named after the blind-19 review (helper ents30c, issue #9; rows in
 * lexicon/news-leftovers-5.ts). applyNameRules calls `applyLeftoverRows5` right after the
 * leftover-4 rows, so these read the names every earlier rule decided.
 * - sport.club-town-move-slot: "drew with [Slavia Prague]", "joined [Dynamo Kyiv] from [Metalist Kharkiv]".
 * - place.park-subject-closes: "said [Victoria Park] would close".
 * - place.state-chamber-race: "the [Maine] House race".
 * - organisation.possessive-firm-head: "[Lloyd's List Intelligence] said".
 */
import { Kind } from '../tokenize/tokenize';
import { lower, placeLookup, tokensOf, type Ctx } from '../context';
import {
  CLUB_TOWN_MOVE_ROW,
  PARK_SUBJECT_ROW,
  POSSESSIVE_FIRM_ROW,
  STATE_CHAMBER_RACE_ROW,
} from '../lexicon/news-leftovers-5';
import { ARTICLES } from '../lexicon/words';
import { clubTownShape, peopleFirstWords } from './blind-rules-14';
import {
  ORG,
  PERSON,
  PLACE,
  capitalisedOnLine,
  capitalisedRun,
  formMarks,
  isCapWord,
  isLowerWord,
  onLine,
  type NamedSpan,
  type Names,
} from './named-spans';
import { SportsReading } from './sport-sentences';
import { setOf } from '../lexicon/rule-row';

export function applyLeftoverRows5(ctx: Ctx, out: Names): void {
  clubTownMoves(ctx, out);
  parkSubjects(ctx, out);
  stateChamberRaces(ctx, out);
  possessiveFirms(ctx, out);
}

// --- sport.club-town-move-slot ----------------------------------------------------------------

const DRAWS = setOf(CLUB_TOWN_MOVE_ROW.value.draws);
const JOINS = setOf(CLUB_TOWN_MOVE_ROW.value.joins);
const SIGNS = setOf(CLUB_TOWN_MOVE_ROW.value.signs);
const MOVES = setOf(CLUB_TOWN_MOVE_ROW.value.moves);
const LINKS = setOf(['with', 'for', 'to', 'from']);
const SLOT_WORDS = new Set([...JOINS, ...LINKS]);
/** How far before "with" a word of drawing may stand ("drew 1-1 with"). */
const DRAW_REACH = 4;

/** Token `k` opens a slot where a club is named: "joined X", "drew with X", "signed for X", "moved to X", "X from Y". */
function moveSlot(ctx: Ctx, out: Names, k: number): boolean {
  if (!isLowerWord(ctx, k)) return false;
  const w = lower(ctx, k);
  if (JOINS.has(w)) return true;
  const before = k > 0 && isLowerWord(ctx, k - 1) ? lower(ctx, k - 1) : '';
  if (w === 'for') return SIGNS.has(before);
  if (w === 'to') return MOVES.has(before);
  if (w === 'from') {
    // Right behind a club this row or another named: "joined Dynamo Kyiv from Metalist Kharkiv".
    const club = out.at(k - 1);
    return !!club && club.type === ORG && club.b === k && !!club.rule;
  }
  if (w !== 'with') return false;
  const first = ctx.s.first[ctx.s.of[k]];
  for (let i = k - 1; i >= first && k - i <= DRAW_REACH; i--)
    if (isLowerWord(ctx, i) && DRAWS.has(lower(ctx, i))) return true;
  return false;
}

/** sport.club-town-move-slot: see the row. */
function clubTownMoves(ctx: Ctx, out: Names): void {
  const sports = new SportsReading(ctx);
  if (sports.ruledOut) return;
  const slots = tokensOf(ctx, formMarks(ctx, SLOT_WORDS));
  if (!slots.length || !sports.yes) return;
  let people: Set<string> | undefined;
  // In text order, so "from" sees the club named just before it.
  for (let x = 0; x < slots.length; x++) {
    const k = slots[x];
    const a = k + 1;
    if (!capitalisedOnLine(ctx, a) || !moveSlot(ctx, out, k)) continue;
    const n = out.at(a);
    let b: number;
    if (n) {
      if (n.a !== a || n.type === ORG || n.rule) continue;
      b = n.b;
    } else {
      b = capitalisedRun(ctx, a, 3);
      let free = true;
      for (let i = a; i < b && free; i++) free = !out.at(i);
      if (!free) continue;
    }
    if (capitalisedOnLine(ctx, b)) continue;
    people ??= peopleFirstWords(ctx, out);
    if (!clubTownShape(ctx, a, b, people, true)) continue;
    out.put(a, b, ORG, CLUB_TOWN_MOVE_ROW.id, undefined, n);
  }
}

// --- place.park-subject-closes ----------------------------------------------------------------

const PARK_HEADS = setOf(PARK_SUBJECT_ROW.value.heads);
const AUXILIARIES = setOf(PARK_SUBJECT_ROW.value.auxiliaries);
const PLACE_VERBS = setOf(PARK_SUBJECT_ROW.value.verbs);
/** Words that open an object after the verb: a person closes something, a park just closes. */
const OBJECT_OPENERS = new Set([...ARTICLES, 'his', 'her', 'its', 'their', 'this', 'that', 'these', 'those', 'with']);
/** Most auxiliaries between the name and its verb ("will be reopened"). */
const AUXILIARIES_MAX = 2;

/** parkSubjects: the verb after [.., b) is one a place does, intransitive. */
function placeVerbAfter(ctx: Ctx, b: number): boolean {
  let v = b;
  while (v - b < AUXILIARIES_MAX && isLowerWord(ctx, v) && AUXILIARIES.has(lower(ctx, v))) v++;
  if (!isLowerWord(ctx, v) || !PLACE_VERBS.has(lower(ctx, v))) return false;
  const next = v + 1;
  if (next >= ctx.t.count || !onLine(ctx, next)) return true;
  if (capitalisedOnLine(ctx, next)) return false;
  return !(ctx.t.kind[next] === Kind.Word && OBJECT_OPENERS.has(lower(ctx, next)));
}

/** place.park-subject-closes: see the row. */
function parkSubjects(ctx: Ctx, out: Names): void {
  const heads = tokensOf(ctx, formMarks(ctx, PARK_HEADS));
  if (!heads.length) return;
  const found: NamedSpan[] = [];
  for (let x = 0; x < heads.length; x++) {
    const h = heads[x];
    const n = out.at(h);
    if (!n || n.type !== PERSON || n.rule || n.b !== h + 1 || n.a !== h - 1 || !isCapWord(ctx, h)) continue;
    if (!placeVerbAfter(ctx, n.b)) continue;
    // Another person of the document with this last word ("Park said"): a surname, not a park.
    const head = ctx.form[h];
    const alive = out.alive();
    let surname = false;
    for (let y = 0; y < alive.length && !surname; y++) {
      const m = alive[y];
      surname = m !== n && m.type === PERSON && ctx.form[m.b - 1] === head;
    }
    if (!surname) found.push(n);
  }
  for (const n of found) out.put(n.a, n.b, PLACE, PARK_SUBJECT_ROW.id, undefined, n);
}

// --- place.state-chamber-race -----------------------------------------------------------------

const CHAMBERS = setOf(STATE_CHAMBER_RACE_ROW.value.chambers);
const RACE_WORDS = setOf(STATE_CHAMBER_RACE_ROW.value.after);

/** place.state-chamber-race: see the row. */
function stateChamberRaces(ctx: Ctx, out: Names): void {
  const found: [number, NamedSpan | undefined][] = [];
  const chambers = tokensOf(ctx, formMarks(ctx, CHAMBERS));
  for (let x = 0; x < chambers.length; x++) {
    const c = chambers[x];
    const s = c - 1;
    if (s < 0 || !isCapWord(ctx, c) || !capitalisedOnLine(ctx, c) || !isCapWord(ctx, s)) continue;
    if (!isLowerWord(ctx, c + 1) || !onLine(ctx, c + 1) || !RACE_WORDS.has(lower(ctx, c + 1))) continue;
    if (placeLookup(ctx, ctx.forms[ctx.form[s]])?.kind !== 'region') continue;
    // Not inside a longer run of capitals ("New Hampshire House", "North Carolina Senate").
    if (s > 0 && capitalisedOnLine(ctx, s) && isCapWord(ctx, s - 1) && !ARTICLES.has(lower(ctx, s - 1))) continue;
    const n = out.at(s);
    const m = out.at(c);
    // A rule's name is trimmed only when it read the pair as a place ("the Texas House district").
    if (n && (n.a !== s || (n.rule && n.type !== PLACE) || (n.b !== c + 1 && n.b !== c))) continue;
    if (m && m !== n && (m.a !== c || m.b !== c + 1 || m.rule)) continue;
    if (n?.type === PLACE && n.b === c && !m) continue;
    found.push([s, n ?? m]);
  }
  for (const [s, was] of found) {
    const m = out.at(s + 1);
    if (m && m !== out.at(s)) out.remove(m);
    out.put(s, s + 1, PLACE, STATE_CHAMBER_RACE_ROW.id, undefined, was);
  }
}

// --- organisation.possessive-firm-head --------------------------------------------------------

const FIRM_HEADS = setOf(POSSESSIVE_FIRM_ROW.value.heads);
/** Above this the model's person before "'s" is an owner, not a firm's founder. */
const OWNER_PERSON = 0.5;

/** organisation.possessive-firm-head: see the row. */
function possessiveFirms(ctx: Ctx, out: Names): void {
  const heads = tokensOf(ctx, formMarks(ctx, FIRM_HEADS));
  if (!heads.length) return;
  const found: [number, number, NamedSpan | undefined][] = [];
  let personWords: Set<number> | undefined;
  for (let x = 0; x < heads.length; x++) {
    const h = heads[x];
    if (!isCapWord(ctx, h) || capitalisedOnLine(ctx, h + 1)) continue;
    // The run of capitalised words back from the head to a "'s" (one to three words).
    let a = h;
    while (a - 1 >= 0 && h - a < 2 && capitalisedOnLine(ctx, a) && isCapWord(ctx, a - 1)) a--;
    const p = a - 1;
    const o = p - 1;
    if (o < 0 || ctx.t.kind[p] !== Kind.Poss || !onLine(ctx, a) || !onLine(ctx, p) || !isCapWord(ctx, o)) continue;
    if (o > 0 && capitalisedOnLine(ctx, o) && isCapWord(ctx, o - 1) && ctx.s.first[ctx.s.of[o]] !== o) continue;
    // The owner: unread, or a person the model is unsure of; no place the map knows.
    const owner = out.at(o);
    if (owner && (owner.a !== o || owner.b !== o + 1 || owner.rule || owner.type !== PERSON)) continue;
    if (owner && owner.probs[PERSON] >= OWNER_PERSON) continue;
    if (placeLookup(ctx, ctx.forms[ctx.form[o]])) continue;
    // The name after it: no person or place inside, nothing reaching past it.
    let plain = true;
    for (let i = a; i <= h && plain; i++) {
      const m = out.at(i);
      plain = !m || (m.a >= a && m.b <= h + 1 && m.type === ORG);
    }
    if (!plain) continue;
    // No other person of the document is named with the owner's word ("Elon Musk … Musk's SpaceX").
    if (!personWords) {
      personWords = new Set();
      const alive = out.alive();
      for (let y = 0; y < alive.length; y++) {
        const m = alive[y];
        if (m.type === PERSON && m !== owner) for (let i = m.a; i < m.b; i++) personWords.add(ctx.form[i]);
      }
    }
    if (personWords.has(ctx.form[o])) continue;
    found.push([o, h + 1, owner ?? out.at(a)]);
  }
  for (const [a, b, was] of found) out.put(a, b, ORG, POSSESSIVE_FIRM_ROW.id, undefined, was);
}
