/**
 * Rules from the blind entity batches 86 and 87 (5 Dec 2026, helper ents40a, issue #9; rows in
 * lexicon/blind-news-29.ts). applyNameRules calls `applyBlindNewsRows29` after the rows of batches
 * 83 and 84, so these read the names every earlier rule decided.
 * - organisation.cut-after-joiner: "[London School of] [Hygiene & Tropical Medicine]" is one body.
 * - organisation.paren-short-form: "Delft University of Technology ([TU Delft])" is the body again.
 * - person.full-name-tail: "[María Teresa Solís] Arrieta" after the full name was read once.
 * - organisation.counsel-as: "with [Uría Menéndez] as legal counsel" is a firm.
 * - place.venue-unread: "at the [Philips Stadion]" is a place.
 */
import { lower, placeLookup, spanText, tokensOf, word, type Ctx } from '../context';
import {
  COUNSEL_AS_ROW,
  CUT_AFTER_JOINER_ROW,
  FULL_NAME_TAIL_ROW,
  PAREN_SHORT_FORM_ROW,
  VENUE_UNREAD_ROW,
} from '../lexicon/blind-news-29';
import { BLIND_NEWS_ROWS_2 } from '../lexicon/names';
import { FIRST_NAME_SET } from '../lexicon/words';
import { lowerSetOf, rowNamed } from '../lexicon/rule-row';
import { Kind } from '../tokenize/tokenize';
import { sentenceAboutSport } from './sport-sentences';
import {
  ACRONYM,
  AMPERSAND,
  CLOSE_PAREN,
  COMMA,
  LAST_TOKEN,
  OPEN_PAREN,
  ORG,
  PERSON,
  PLACE,
  TOKEN_AFTER,
  aliveByExactWord,
  aliveByWord,
  formMarks,
  isCapWord,
  isOneChar,
  isPunctChar,
  namesWithin,
  onLine,
  putOverWithin,
  type LiveSpan,
  type Names,
} from './named-spans';

export function applyBlindNewsRows29(ctx: Ctx, out: Names): void {
  cutAfterJoiners(ctx, out);
  parenShortForms(ctx, out);
  fullNameTails(ctx, out);
  counselAs(ctx, out);
  venuesUnread(ctx, out);
}

// --- organisation.cut-after-joiner ----------------------------------------------------------------

const JOINERS = lowerSetOf(CUT_AFTER_JOINER_ROW.value);
/** The most capitalised words no name owns that a cut name takes after its joiner. */
const FREE_WORDS = 4;

/** organisation.cut-after-joiner: see the row. Only the names that end in a joiner are read. */
function cutAfterJoiners(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const names: readonly LiveSpan[] = aliveByWord(ctx, out, JOINERS, LAST_TOKEN);
  for (let k = 0; k < names.length; k++) {
    const n = names[k];
    const j = n.b - 1;
    if (n.dead || n.type !== ORG || n.b - n.a < 2 || t.kind[j] !== Kind.Word || isCapWord(ctx, j)) continue;
    if (!JOINERS.has(lower(ctx, j)) || !isCapWord(ctx, n.b) || !onLine(ctx, n.b)) continue;
    const m = out.at(n.b);
    let e: number;
    if (m) {
      if (m.a !== n.b || m.type === PERSON) continue;
      e = m.b;
    } else {
      e = n.b;
      while (e < t.count && e - n.b < FREE_WORDS && isCapWord(ctx, e) && onLine(ctx, e) && !out.at(e)) e++;
    }
    const within = namesWithin(out, n.a, e);
    if (within) putOverWithin(out, n.a, e, ORG, CUT_AFTER_JOINER_ROW.id, within);
  }
}

// --- organisation.paren-short-form ----------------------------------------------------------------

const OPEN_PARENS: ReadonlySet<string> = new Set([String.fromCharCode(OPEN_PAREN)]);

/** organisation.paren-short-form: see the row. Only the names a bracket follows are read. */
function parenShortForms(ctx: Ctx, out: Names): void {
  const most = PAREN_SHORT_FORM_ROW.value;
  const names: readonly LiveSpan[] = aliveByExactWord(ctx, out, OPEN_PARENS, TOKEN_AFTER);
  for (let k = 0; k < names.length; k++) {
    const o = names[k];
    const p = o.b;
    if (o.dead || o.type !== ORG || o.b - o.a < 2 || !isPunctChar(ctx, p, OPEN_PAREN)) continue;
    let q = p + 1;
    while (q < ctx.t.count && q - p - 1 <= most && isCapWord(ctx, q) && onLine(ctx, q)) q++;
    const size = q - p - 1;
    if (size < 2 || size > most || !isPunctChar(ctx, q, CLOSE_PAREN)) continue;
    const own = new Set<string>();
    let initials = '';
    for (let i = o.a; i < o.b; i++)
      if (isCapWord(ctx, i)) {
        own.add(lower(ctx, i));
        initials += word(ctx, i)[0];
      }
    let shared = 0,
      fits = true;
    for (let i = p + 1; i < q && fits; i++) {
      const w = word(ctx, i);
      if (own.has(lower(ctx, i))) shared++;
      // An acronym's letters are initials of the body's words, in any order or language ("TU" for
      // "Delft University of Technology"); "Africa CDC" after "Africa Development Bank" is another body.
      else if (!ACRONYM.test(w) || [...w].some((c) => /[A-Z]/.test(c) && !initials.includes(c))) fits = false;
    }
    if (!fits || shared === 0) continue;
    const within = namesWithin(out, p + 1, q);
    if (within) putOverWithin(out, p + 1, q, ORG, PAREN_SHORT_FORM_ROW.id, within);
  }
}

// --- person.full-name-tail ------------------------------------------------------------------------

/** The longest full name a shorter reading is matched against, in words. */
const FULL_WORDS = 6;

/** person.full-name-tail: see the row. */
function fullNameTails(ctx: Ctx, out: Names): void {
  const least = FULL_NAME_TAIL_ROW.value;
  const names: readonly LiveSpan[] = out.alive();
  // Words of the people named with more words than a shorter reading keeps.
  const full: string[][] = [];
  for (let k = 0; k < names.length; k++) {
    const n = names[k];
    if (n.type !== PERSON || n.b - n.a <= least || n.b - n.a > FULL_WORDS) continue;
    const ws: string[] = [];
    for (let i = n.a; i < n.b; i++) ws.push(word(ctx, i));
    full.push(ws);
  }
  if (!full.length) return;
  for (let k = 0; k < names.length; k++) {
    const n = names[k];
    const size = n.b - n.a;
    if (n.dead || n.type !== PERSON || size < least) continue;
    for (const ws of full) {
      if (ws.length <= size || n.b + ws.length - size > ctx.t.count) continue;
      let same = true;
      for (let i = 0; i < ws.length && same; i++) {
        const at = n.a + i;
        same = word(ctx, at) === ws[i] && (i < size || (isCapWord(ctx, at) && onLine(ctx, at)));
      }
      if (!same) continue;
      const within = namesWithin(out, n.a, n.a + ws.length);
      if (within) putOverWithin(out, n.a, n.a + ws.length, PERSON, FULL_NAME_TAIL_ROW.id, within);
      break;
    }
  }
}

// --- organisation.counsel-as ------------------------------------------------------------------------

const ROLES = COUNSEL_AS_ROW.value.roles.map((r) => r.split(' '));
const OWNERS = lowerSetOf(COUNSEL_AS_ROW.value.owners);
/** The most capitalised words (an ampersand besides) a firm's name takes here. */
const FIRM_WORDS = 4;
const AS: ReadonlySet<string> = new Set(['as']);

/** The end of a role after "as" at `i` ("as its lawyers"), or −1. */
function roleEnd(ctx: Ctx, i: number): number {
  if (i >= ctx.t.count || lower(ctx, i) !== 'as') return -1;
  let j = i + 1;
  if (j < ctx.t.count && OWNERS.has(lower(ctx, j)) && !isCapWord(ctx, j)) j++;
  for (const r of ROLES) {
    let ok = true;
    for (let x = 0; x < r.length && ok; x++) ok = j + x < ctx.t.count && lower(ctx, j + x) === r[x];
    if (ok) return j + r.length;
  }
  return -1;
}

/** organisation.counsel-as: see the row. Only the tokens of "as" are read. */
function counselAs(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const ases = tokensOf(ctx, formMarks(ctx, AS));
  for (let x = 0; x < ases.length; x++) {
    const i = ases[x];
    if (i < 1 || t.kind[i] !== Kind.Word || lower(ctx, i) !== 'as') continue;
    let b = i;
    // "X acted as its lawyers"
    if (lower(ctx, i - 1) === 'acted') b = i - 1;
    if (roleEnd(ctx, i) < 0 || !isCapWord(ctx, b - 1)) continue;
    let a = b;
    let words = 0;
    while (a > 0 && words < FIRM_WORDS && onLine(ctx, a - 1)) {
      if (isCapWord(ctx, a - 1)) words++;
      else if (!(isOneChar(ctx, a - 1, AMPERSAND) && isCapWord(ctx, a - 2))) break;
      a--;
    }
    if (!words || !isCapWord(ctx, a)) continue;
    // The frame: "with X as …", or "X acted as …" opening a clause (after a comma, "and", or the sentence's start).
    const before = a - 1;
    const opens = before < 0 || ctx.s.first[ctx.s.of[a]] === a || isOneChar(ctx, before, COMMA);
    const frame = b === i ? lower(ctx, before) === 'with' : opens || lower(ctx, before) === 'and';
    if (!frame || FIRST_NAME_SET.has(lower(ctx, a))) continue;
    const within = namesWithin(out, a, b);
    if (!within || within.some((n) => n.type !== PERSON)) continue;
    // "with Smith as counsel for the defence": one word the model read as a person is a lawyer's surname.
    if (words === 1 && within.length) continue;
    if (placeLookup(ctx, spanText(ctx, a, b))) continue;
    putOverWithin(out, a, b, ORG, COUNSEL_AS_ROW.id, within);
  }
}

// --- place.venue-unread -----------------------------------------------------------------------------

const VENUE_WORDS = lowerSetOf(rowNamed(BLIND_NEWS_ROWS_2, 'place.venue-head').value);

/** place.venue-unread: see the row. Only the venue words' tokens are read. */
function venuesUnread(ctx: Ctx, out: Names): void {
  const most = VENUE_UNREAD_ROW.value;
  const t = ctx.t;
  const venues = tokensOf(ctx, formMarks(ctx, VENUE_WORDS));
  for (let x = 0; x < venues.length; x++) {
    const i = venues[x];
    if (i < 1 || !isCapWord(ctx, i) || !VENUE_WORDS.has(lower(ctx, i)) || out.at(i) || !onLine(ctx, i)) continue;
    // "the Old Trafford Stadium Tour": the venue word must end the capitalised run.
    if (isCapWord(ctx, i + 1) && onLine(ctx, i + 1)) continue;
    let a = i;
    while (a > 0 && i - a < most && isCapWord(ctx, a - 1) && onLine(ctx, a) && !out.at(a - 1)) a--;
    if (a === i || a < 1 || t.kind[a - 1] !== Kind.Word || lower(ctx, a - 1) !== 'the' || isCapWord(ctx, a - 1))
      continue;
    // "the charity Common Ground", "the Middle Ground" (review, stop 50): "Ground" is a venue only
    // in a sentence about sport.
    if (lower(ctx, i) === 'ground' && !sentenceAboutSport(ctx, ctx.s.of[i])) continue;
    out.put(a, i + 1, PLACE, VENUE_UNREAD_ROW.id);
  }
}
