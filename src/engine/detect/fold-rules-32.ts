/**
 * Rules for the news-shaped misses fold rows 31 left on the study folds, fifteenth round (helper
 * ents61c, issue #9; rows in lexicon/fold-patterns-32.ts). applyNameRules calls
 * `applyFoldPatternRows32` right after the fold-31 rows.
 * - organisation.and-partner: "made by [Merck] and GSK": an unread name joined to a body is one.
 * - organisation.plural-head-not-person: "[Homeland Security Investigations]" is no person.
 * - organisation.party-for: "The [People's Party for Freedom]" goes on past "for".
 * - organisation.celtic-institution: "[Ysgol y Berwyn]" is one school.
 * - name.town-before-head: "the [Amsterdam Baroque Ensemble]", "[Great Ormond Street Hospital]".
 * - place.possessive-government: "[British Columbia]'s legislature" is a place.
 */
import { lower, placeLookup, spanText, tokensOf, word, type Ctx } from '../context';
import {
  AND_PARTNER_ROW,
  CELTIC_INSTITUTION_ROW,
  PARTY_FOR_ROW,
  PLACE_POSSESSIVE_OFFICE_ROW,
  PLURAL_BODY_HEAD_ROW,
  TOWN_ENSEMBLE_ROW,
} from '../lexicon/fold-patterns-32';
import {
  ACRONYM,
  ORG,
  PERSON,
  PLACE,
  POSSESSIVE_S,
  capitalisedOnLine,
  exactFormMarks,
  formMarks,
  isCapWord,
  isLowerWord,
  isPlainWord,
  isWeekdayOrMonth,
  namesWithin,
  onLine,
  opensWithCommonWord,
  opensSentence,
  personWordsOf,
  putOverWithin,
  retype,
  touchesNext,
  type LiveSpan,
  type Names,
} from './named-spans';

export function applyFoldPatternRows32(ctx: Ctx, out: Names): void {
  andPartner(ctx, out);
  pluralHeadNotPerson(ctx, out);
  partyFor(ctx, out);
  celticInstitution(ctx, out);
  townBeforeHead(ctx, out);
  possessiveGovernment(ctx, out);
}

// --- organisation.and-partner ---------------------------------------------------------------------

const JOINS: ReadonlySet<string> = new Set(AND_PARTNER_ROW.value.joins);
/** Most words of the unread body before the join. */
const MAX_PARTNER = 2;
/** A web name written as a body's name ("change.org"), one token. */
const WEB_NAME = /^[0-9a-z][\w-]*\.(?:org|com|net)$/i;
/** The endings of a web name the tokenizer splits off after a number ("350" "." "org"). */
const WEB_ENDS: ReadonlySet<string> = new Set(['org', 'com', 'net']);
/** Lowercase words that join a name's words: a capitalised word after one is the tail of a longer name. */
const NAME_JOINS: ReadonlySet<string> = new Set(['of', 'for', 'de', 'the']);
const NOT_BODY_BEFORE: ReadonlySet<string> = new Set(AND_PARTNER_ROW.value.notBefore);

const partnerWord = (ctx: Ctx, i: number) => isCapWord(ctx, i) || WEB_NAME.test(word(ctx, i));

/** The first token of a web name split into three touching tokens ending at `e` ("350.org"), or `e`. */
function splitWebName(ctx: Ctx, e: number): number {
  const a = e - 3;
  if (a < 0 || !WEB_ENDS.has(word(ctx, e - 1)) || word(ctx, e - 2) !== '.') return e;
  return touchesNext(ctx, a) && touchesNext(ctx, a + 1) && onLine(ctx, a + 1) ? a : e;
}

/** organisation.and-partner: see the row. */
function andPartner(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, JOINS));
  let people: Set<string> | undefined;
  for (let x = 0; x < hits.length; x++) {
    const j = hits[x];
    if (j < 1 || !onLine(ctx, j) || !onLine(ctx, j + 1)) continue;
    const k = lower(ctx, j + 1) === 'the' && onLine(ctx, j + 2) ? j + 2 : j + 1;
    const body = out.at(k);
    if (!body || body.a !== k || body.type !== ORG) continue;
    let a = splitWebName(ctx, j);
    if (a === j)
      while (a > 0 && j - a < MAX_PARTNER && (a === j || onLine(ctx, a)) && partnerWord(ctx, a - 1) && !out.at(a - 1))
        a--;
    if (a === j) continue;
    // A capitalised word or a name's joining word before the run: a longer name, left to others.
    if (a > 0 && onLine(ctx, a) && (isCapWord(ctx, a - 1) || NAME_JOINS.has(lower(ctx, a - 1)))) continue;
    if (a > 0 && onLine(ctx, a) && NOT_BODY_BEFORE.has(lower(ctx, a - 1))) continue;
    // A run opening the sentence is as often a person's surname or a firm's first half ("Goldsmith
    // and the Second Circuit say no", "Procter and Gamble rose"): left to the model (stop 61's review);
    // before a body's acronym too ("Macron and the EU are at odds", "Starmer and NATO leaders met":
    // a leader beside a body opens political leads; stop 62's review).
    if (opensSentence(ctx, a)) continue;
    // An acronym before the join may be a thing's ("SARS and MERS"): left to the model.
    if (ACRONYM.test(word(ctx, a)) || opensWithCommonWord(ctx, a) || placeLookup(ctx, spanText(ctx, a, j))) continue;
    people ??= personWordsOf(ctx, out.alive());
    let ok = true;
    for (let i = a; i < j && ok; i++)
      // The lowercase pieces of a split web name ("350", ".", "org") are no words to check.
      ok =
        !out.at(i) &&
        (!isCapWord(ctx, i) || (!isPlainWord(ctx, i) && !isWeekdayOrMonth(ctx, i) && !people.has(lower(ctx, i))));
    if (ok) out.put(a, j, ORG, AND_PARTNER_ROW.id);
  }
}

// --- organisation.plural-head-not-person ----------------------------------------------------------

const PLURAL_HEADS: ReadonlySet<string> = new Set(PLURAL_BODY_HEAD_ROW.value);

/** organisation.plural-head-not-person: see the row. */
function pluralHeadNotPerson(ctx: Ctx, out: Names): void {
  for (const n of out.alive() as readonly LiveSpan[]) {
    if (n.dead || n.type !== PERSON || n.rule || n.b - n.a < 2) continue;
    if (PLURAL_HEADS.has(word(ctx, n.b - 1))) retype(out, n, ORG, PLURAL_BODY_HEAD_ROW.id);
  }
}

// --- organisation.party-for -----------------------------------------------------------------------

const PARTY_HEADS: ReadonlySet<string> = new Set(PARTY_FOR_ROW.value);
/** Most capitalised words after "for", and after its "and". */
const MAX_AIM = 3;
const MAX_AIM_TAIL = 2;

/** The end of an unread run of capitalised words from `i` on the line, at most `max` long. */
function unreadCapitals(ctx: Ctx, out: Names, i: number, max: number): number {
  let e = i;
  while (e - i < max && capitalisedOnLine(ctx, e) && !out.at(e)) e++;
  return e;
}

/** organisation.party-for: see the row. */
function partyFor(ctx: Ctx, out: Names): void {
  for (const n of out.alive() as readonly LiveSpan[]) {
    if (n.dead || n.type !== ORG || !PARTY_HEADS.has(word(ctx, n.b - 1))) continue;
    const f = n.b;
    if (!onLine(ctx, f) || !isLowerWord(ctx, f) || lower(ctx, f) !== 'for') continue;
    let e = unreadCapitals(ctx, out, f + 1, MAX_AIM);
    if (e === f + 1) continue;
    if (onLine(ctx, e) && isLowerWord(ctx, e) && lower(ctx, e) === 'and') {
      const t = unreadCapitals(ctx, out, e + 1, MAX_AIM_TAIL);
      if (t > e + 1) e = t;
    }
    if (capitalisedOnLine(ctx, e)) continue;
    out.put(n.a, e, ORG, PARTY_FOR_ROW.id, undefined, n);
  }
}

// --- organisation.celtic-institution --------------------------------------------------------------

const CELTIC_HEADS: ReadonlySet<string> = new Set(CELTIC_INSTITUTION_ROW.value.heads);
const CELTIC_ARTICLES: ReadonlySet<string> = new Set(CELTIC_INSTITUTION_ROW.value.articles);
/** Most capitalised words of the name after the head and its article. */
const MAX_CELTIC_NAME = 3;

/** organisation.celtic-institution: see the row. */
function celticInstitution(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, CELTIC_HEADS));
  for (let x = 0; x < hits.length; x++) {
    const h = hits[x];
    let k = h + 1;
    if (onLine(ctx, k) && CELTIC_ARTICLES.has(word(ctx, k))) k++;
    let e = k;
    while (e - k < MAX_CELTIC_NAME && capitalisedOnLine(ctx, e)) e++;
    if (e === k) continue;
    const within = namesWithin(out, h, e);
    if (within) putOverWithin(out, h, e, ORG, CELTIC_INSTITUTION_ROW.id, within);
  }
}

// --- name.town-before-head ------------------------------------------------------------------------

const BODY_HEADS: ReadonlySet<string> = new Set(TOWN_ENSEMBLE_ROW.value.bodies);
const BUILDING_HEADS: ReadonlySet<string> = new Set(TOWN_ENSEMBLE_ROW.value.buildings);
/** Most unread capitalised words after the place, the head last. */
const MAX_HEAD_RUN = 2;

/** name.town-before-head: see the row. */
function townBeforeHead(ctx: Ctx, out: Names): void {
  for (const n of out.alive() as readonly LiveSpan[]) {
    if (n.dead || n.type !== PLACE || n.rule) continue;
    let e = 0;
    let type = PLACE;
    for (let k = n.b; k < n.b + MAX_HEAD_RUN && capitalisedOnLine(ctx, k) && !out.at(k); k++) {
      const w = word(ctx, k);
      if (BODY_HEADS.has(w) || BUILDING_HEADS.has(w)) {
        e = k + 1;
        type = BODY_HEADS.has(w) ? ORG : PLACE;
        break;
      }
    }
    if (!e || capitalisedOnLine(ctx, e)) continue;
    out.put(n.a, e, type, TOWN_ENSEMBLE_ROW.id, undefined, n);
  }
}

// --- place.possessive-government ------------------------------------------------------------------

const GOVERNMENT_WORDS: ReadonlySet<string> = new Set(PLACE_POSSESSIVE_OFFICE_ROW.value);

/** place.possessive-government: see the row. */
function possessiveGovernment(ctx: Ctx, out: Names): void {
  for (const n of out.alive() as readonly LiveSpan[]) {
    if (n.dead || n.type !== PERSON || n.rule || n.b - n.a < 2) continue;
    if (!onLine(ctx, n.b) || !POSSESSIVE_S.has(word(ctx, n.b))) continue;
    if (!onLine(ctx, n.b + 1) || !isLowerWord(ctx, n.b + 1) || !GOVERNMENT_WORDS.has(lower(ctx, n.b + 1))) continue;
    if (placeLookup(ctx, spanText(ctx, n.a, n.b))) retype(out, n, PLACE, PLACE_POSSESSIVE_OFFICE_ROW.id);
  }
}
