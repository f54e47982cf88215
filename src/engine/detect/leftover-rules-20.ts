/**
 * Rules for the weak patterns of issue #9, thirteenth round (helper ents44b; rows in
 * lexicon/news-leftovers-20.ts). applyNameRules calls `applyLeftoverRows20` after the leftover-19
 * rows, so these read the names every earlier rule decided. Each row starts from its trigger
 * words' tokens, never from every token.
 * - article.indefinite-before-noun: "A Times survey found" names the Times, without "A".
 * - organisation.port-body: "the Port of Rotterdam Authority", "The Port of Los Angeles said".
 * - none.borrowed-field-word: "Security researcher Ann Cole" after "the National Cyber Security Centre".
 * - person.regnal-name: "Shah Abbas I", "Tsar Nicholas II".
 * - organisation.article-gang: "the Los Choneros and Los Lobos gangs".
 * - organisation.agency-with-and: "Immigration and Customs Enforcement".
 * - organisation.observation-mission: "the EU Election Observation Mission".
 */
import { lower, placeLookup, spanText, tokensOf, word, type Ctx } from '../context';
import {
  AGENCY_WITH_AND_ROW,
  ARTICLE_GANG_ROW,
  BORROWED_FIELD_WORD_ROW,
  INDEFINITE_BEFORE_NOUN_ROW,
  OBSERVATION_MISSION_ROW,
  PORT_BODY_ROW,
  REGNAL_NAME_ROW,
} from '../lexicon/news-leftovers-20';
import { lowerSetOf } from '../lexicon/rule-row';
import { ARTICLES, FIRST_NAME_SET, FUNCTION_WORDS } from '../lexicon/words';
import { putListedBodies } from './leftover-rules-18';
import {
  ORG,
  PERSON,
  PLACE,
  TOKEN_AFTER,
  capitalisedOnLine,
  exactFormMarks,
  formMarks,
  isCapWord,
  isLowerWord,
  isWordInLowercase,
  namesWithin,
  onLine,
  opensSentence,
  putOverWithin,
  type Names,
} from './named-spans';
import { Flag } from '../tokenize/tokenize';

export function applyLeftoverRows20(ctx: Ctx, out: Names): void {
  indefiniteBeforeNouns(ctx, out);
  portBodies(ctx, out);
  borrowedFieldWords(ctx, out);
  regnalNames(ctx, out);
  articleGangs(ctx, out);
  agenciesWithAnd(ctx, out);
  observationMissions(ctx, out);
}

// --- article.indefinite-before-noun ---------------------------------------------------------------

const MADE_NOUNS = lowerSetOf(INDEFINITE_BEFORE_NOUN_ROW.value.nouns);

/** article.indefinite-before-noun: see the row. Only the names right before the nouns are read. */
function indefiniteBeforeNouns(ctx: Ctx, out: Names): void {
  const found: [number, number, number][] = [];
  for (const n of out.aliveOn(tokensOf(ctx, formMarks(ctx, MADE_NOUNS)), TOKEN_AFTER)) {
    if (n.rule || n.b - n.a < 2 || !opensSentence(ctx, n.a) || !isLowerWord(ctx, n.b) || !onLine(ctx, n.b)) continue;
    const w = word(ctx, n.a);
    if (w !== 'A' && w !== 'An') continue;
    const rest = spanText(ctx, n.a + 1, n.b);
    const type = n.type === PLACE && !placeLookup(ctx, rest) ? ORG : n.type;
    found.push([n.a + 1, n.b, type]);
  }
  for (const [a, b, type] of found) out.put(a, b, type, INDEFINITE_BEFORE_NOUN_ROW.id, undefined, out.at(a));
}

// --- organisation.port-body -----------------------------------------------------------------------

const PORT: ReadonlySet<string> = new Set(['Port']);
const AUTHORITY = 'Authority';
const PORT_VERBS = lowerSetOf(PORT_BODY_ROW.value.verbs);
/** Most capitalised words of the port's town ("Los Angeles", "Lake Charles"). */
const TOWN_WORDS = 3;

/** The end of the port's town from `a`: capitalised words on the line, hyphened ones whole ("Antwerp-Bruges"). */
function townEnd(ctx: Ctx, a: number): number {
  const t = ctx.t;
  let e = a;
  let words = 0;
  while (words < TOWN_WORDS && capitalisedOnLine(ctx, e) && word(ctx, e) !== AUTHORITY) {
    e++;
    words++;
    // A hyphen glued on both sides and a capital after it: the same town.
    if (e + 1 < t.count && word(ctx, e) === '-' && t.end[e - 1] === t.start[e] && t.end[e] === t.start[e + 1])
      if (isCapWord(ctx, e + 1)) e += 2;
  }
  return e;
}

/** organisation.port-body: see the row. Only "Port" written with its capital is read. */
function portBodies(ctx: Ctx, out: Names): void {
  const ports = tokensOf(ctx, exactFormMarks(ctx, PORT));
  for (let x = 0; x < ports.length; x++) {
    const p = ports[x];
    if (!isWordInLowercase(ctx, p + 1, 'of') || !onLine(ctx, p + 1)) continue;
    if (!opensSentence(ctx, p) && !(p > 0 && lower(ctx, p - 1) === 'the')) continue;
    const e = townEnd(ctx, p + 2);
    if (e === p + 2 || placeLookup(ctx, spanText(ctx, p, e))) continue;
    let b = e;
    if (onLine(ctx, e) && word(ctx, e) === AUTHORITY) b = e + 1;
    else if (!(isLowerWord(ctx, e) && onLine(ctx, e) && PORT_VERBS.has(lower(ctx, e)))) continue;
    const within = namesWithin(out, p, b);
    if (!within) continue;
    putOverWithin(out, p, b, ORG, PORT_BODY_ROW.id, within);
  }
}

// --- none.borrowed-field-word ---------------------------------------------------------------------

const FIELD_ROLES = lowerSetOf(BORROWED_FIELD_WORD_ROW.value.roles);

/** none.borrowed-field-word: see the row. Only the one-word names right before the role nouns are read. */
function borrowedFieldWords(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const candidates = out
    .aliveOn(tokensOf(ctx, formMarks(ctx, FIELD_ROLES)), TOKEN_AFTER)
    .filter(
      (n) =>
        n.type === ORG &&
        !n.rule &&
        n.b === n.a + 1 &&
        !(t.flags[n.a] & Flag.AllCaps) &&
        !FIRST_NAME_SET.has(lower(ctx, n.a)) &&
        isLowerWord(ctx, n.b) &&
        onLine(ctx, n.b) &&
        out.at(n.b + 1)?.type === PERSON &&
        out.at(n.b + 1)?.a === n.b + 1,
    );
  if (candidates.length === 0) return;
  const bodies = out.alive().filter((m) => m.type === ORG && m.b - m.a >= 2);
  for (const n of candidates) {
    const w = lower(ctx, n.a);
    // An earlier body holds the word after its first word; none opens with it (a firm named by
    // it: "Apple Inc", then "Apple engineer").
    let held = false;
    for (const m of bodies) for (let i = m.a + 1; i < m.b && m.b <= n.a; i++) held ||= lower(ctx, i) === w;
    if (!held || bodies.some((m) => lower(ctx, m.a) === w)) continue;
    out.remove(n);
  }
}

// --- person.regnal-name ---------------------------------------------------------------------------

const RULER_TITLES: ReadonlySet<string> = new Set(REGNAL_NAME_ROW.value.titles);
const ROMAN = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;
/** Names the numerals of a regnal name (any Roman numeral token). */
const ROMAN_NUMERALS: ReadonlySet<string> = {
  has: (w: string) => w.length > 0 && w.length <= 6 && ROMAN.test(w),
} as ReadonlySet<string>;

/** person.regnal-name: see the row. Only the Roman numerals (as written) are read. */
function regnalNames(ctx: Ctx, out: Names): void {
  const numerals = tokensOf(ctx, exactFormMarks(ctx, ROMAN_NUMERALS));
  for (let x = 0; x < numerals.length; x++) {
    const r = numerals[x];
    const n = out.at(r - 1);
    if (!n || n.type !== PERSON || n.b !== r || n.b - n.a !== 1 || out.at(r) || !onLine(ctx, r)) continue;
    if (n.a < 1 || !RULER_TITLES.has(word(ctx, n.a - 1)) || !onLine(ctx, n.a)) continue;
    out.put(n.a, r + 1, PERSON, REGNAL_NAME_ROW.id, undefined, n);
  }
}

// --- organisation.article-gang --------------------------------------------------------------------

const GANG_ARTICLES: ReadonlySet<string> = new Set(ARTICLE_GANG_ROW.value.articles);
const GANG_NOUNS = lowerSetOf(ARTICLE_GANG_ROW.value.nouns);
/** Most capitalised words after the article ("Los Lobos", "La Familia Michoacana"). */
const GANG_WORDS = 2;

/** The start of a gang's name ending right before `e` (an article and one or two capitals), or −1. */
function gangStart(ctx: Ctx, e: number): number {
  for (let k = 1; k <= GANG_WORDS; k++) {
    const a = e - k - 1;
    if (a < 0 || !GANG_ARTICLES.has(word(ctx, a))) continue;
    let ok = onLine(ctx, a + 1);
    for (let i = a + 1; i < e && ok; i++) ok = capitalisedOnLine(ctx, i);
    if (ok && !placeLookup(ctx, spanText(ctx, a, e))) return a;
  }
  return -1;
}

/** organisation.article-gang: see the row. Only the group nouns' tokens are read. */
function articleGangs(ctx: Ctx, out: Names): void {
  const nouns = tokensOf(ctx, formMarks(ctx, GANG_NOUNS));
  for (let x = 0; x < nouns.length; x++) {
    let e = nouns[x];
    if (!isLowerWord(ctx, e)) continue;
    // The noun's own name, then one more before "and" or a comma ("the Los Choneros and Los Lobos gangs").
    for (let round = 0; round < 2; round++) {
      const a = gangStart(ctx, e);
      if (a < 0) break;
      const within = namesWithin(out, a, e);
      if (!within) break;
      putOverWithin(out, a, e, ORG, ARTICLE_GANG_ROW.id, within);
      if (a < 1 || !(isWordInLowercase(ctx, a - 1, 'and') || word(ctx, a - 1) === ',')) break;
      e = a - 1;
    }
  }
}

// --- organisation.agency-with-and -----------------------------------------------------------------

const AGENCIES = AGENCY_WITH_AND_ROW.value.names.map((name) => name.split(' '));
const AGENCY_FIRST: ReadonlySet<string> = new Set(AGENCIES.map((a) => a[0]));

/** organisation.agency-with-and: see the row. Only the agencies' first words (as written) are read. */
function agenciesWithAnd(ctx: Ctx, out: Names): void {
  putListedBodies(ctx, out, AGENCIES, AGENCY_FIRST, AGENCY_WITH_AND_ROW.id);
}

// --- organisation.observation-mission -------------------------------------------------------------

const MISSION: ReadonlySet<string> = new Set(['Mission']);
const MISSION_HEADS: ReadonlySet<string> = new Set(OBSERVATION_MISSION_ROW.value.heads);
/** Most capitalised words before the head ("EU Election", "OSCE Special"). */
const MISSION_WORDS = 4;

/** organisation.observation-mission: see the row. Only "Mission" written with its capital is read. */
function observationMissions(ctx: Ctx, out: Names): void {
  const missions = tokensOf(ctx, exactFormMarks(ctx, MISSION));
  for (let x = 0; x < missions.length; x++) {
    const m = missions[x];
    const h = m - 1;
    if (h < 0 || !MISSION_HEADS.has(word(ctx, h)) || !onLine(ctx, m) || capitalisedOnLine(ctx, m + 1)) continue;
    let a = h;
    while (h - a < MISSION_WORDS && a > 0 && onLine(ctx, a) && isCapWord(ctx, a - 1) && !opensSentence(ctx, a)) {
      const w = lower(ctx, a - 1);
      if (FUNCTION_WORDS.has(w) && !ARTICLES.has(w)) break;
      a--;
    }
    if (ARTICLES.has(lower(ctx, a))) a++;
    if (a >= h) continue;
    const within = namesWithin(out, a, m + 1);
    if (!within) continue;
    putOverWithin(out, a, m + 1, ORG, OBSERVATION_MISSION_ROW.id, within);
  }
}
