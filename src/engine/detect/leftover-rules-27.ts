/**
 * Rules for the weak patterns of issue #9, twentieth round (helper ents61b; rows in
 * lexicon/news-leftovers-27.ts). applyNameRules calls `applyLeftoverRows27` after the leftover-26
 * rows, so these read the names every earlier rule decided. Each row starts from its trigger
 * words' tokens, never from every token.
 * - organisation.campaign-verb-name: "[Stop the War Coalition] said", "[Keep Britain Tidy]'s".
 * - organisation.title-general-office: "the [Office of the Attorney General]".
 * - organisation.firm-after-executive-of: "chief executive of [Johnson Matthey]".
 * - organisation.firm-kind-after-name: "[Persimmon], the housebuilder, said".
 * - organisation.word-before-country: "a director of [Age UK]".
 * - none.lone-place-head: "around the Cape" (no name).
 */
import { TITLE_CASE_HEADLINE, lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import {
  CAMPAIGN_VERB_NAME_ROW,
  FIRM_AFTER_EXECUTIVE_ROW,
  FIRM_KIND_AFTER_NAME_ROW,
  LONE_PLACE_HEAD_ROW,
  TITLE_GENERAL_OFFICE_ROW,
  WORD_BEFORE_UK_ROW,
} from '../lexicon/news-leftovers-27';
import { DETERMINERS, FIRST_NAME_SET, FUNCTION_WORDS, MONTHS, ORG_TAIL, TITLES, WEEKDAYS } from '../lexicon/words';
import { Kind } from '../tokenize/tokenize';
import {
  COMMA,
  ORG,
  PERSON,
  PLACE,
  capitalisedOnLine,
  exactFormMarks,
  formMarks,
  isCapWord,
  isLowerWord,
  isPlainWord,
  isPunctChar,
  isWord,
  namesWithin,
  onLine,
  putOverWithin,
  type NamedSpan,
  type Names,
} from './named-spans';

export function applyLeftoverRows27(ctx: Ctx, out: Names): void {
  campaignVerbNames(ctx, out);
  titleGeneralOffices(ctx, out);
  firmsAfterExecutive(ctx, out);
  firmKindsAfterName(ctx, out);
  wordsBeforeCountry(ctx, out);
  lonePlaceHeads(ctx, out);
}

/** Below this the model's person may be a firm's name. */
const SURE_PERSON = 0.9;
/** Below this the model's person may be a firm's name even with a given name first. */
const HALF_PERSON = 0.5;

/** The model alone read [a, b) exactly as a person below `sure`, or nothing stands there. */
function unreadOrUnsurePerson(ctx: Ctx, out: Names, a: number, b: number): boolean {
  const within = namesWithin(out, a, b);
  if (!within) return false;
  if (within.length === 0) return !FIRST_NAME_SET.has(lower(ctx, a));
  if (within.length !== 1) return false;
  const n = within[0];
  if (n.rule || n.type !== PERSON || n.a !== a || n.b !== b) return false;
  return n.probs[PERSON] < HALF_PERSON || (n.probs[PERSON] < SURE_PERSON && !FIRST_NAME_SET.has(lower(ctx, a)));
}

/** Token `i` is a possessive "'s" or a lone apostrophe. */
const possessiveAt = (ctx: Ctx, i: number) => i < ctx.t.count && ctx.t.kind[i] === Kind.Poss;

// --- organisation.campaign-verb-name --------------------------------------------------------------

const CAMPAIGN_VERBS: ReadonlySet<string> = new Set(CAMPAIGN_VERB_NAME_ROW.value.verbs);
const LINKS: ReadonlySet<string> = new Set(CAMPAIGN_VERB_NAME_ROW.value.links);
const GROUPS: ReadonlySet<string> = new Set(CAMPAIGN_VERB_NAME_ROW.value.groups);
const SPEECH: ReadonlySet<string> = new Set(CAMPAIGN_VERB_NAME_ROW.value.speech);
/** Most words of the name, the verb included. */
const CAMPAIGN_WORDS = 6;

/** organisation.campaign-verb-name: see the row. */
function campaignVerbNames(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, CAMPAIGN_VERBS));
  for (let x = 0; x < hits.length; x++) {
    const a = hits[x];
    // A headline in title case capitalises every word ("A City Hall Fight Over Iloilo's Lights").
    if (ctx.headline[ctx.s.of[a]] === TITLE_CASE_HEADLINE) continue;
    // The capitalised words after the verb, with at most one lowercase link word between them.
    let b = a + 1;
    let links = 0;
    while (b - a < CAMPAIGN_WORDS && onLine(ctx, b)) {
      if (capitalisedOnLine(ctx, b)) b++;
      else if (links === 0 && isLowerWord(ctx, b) && LINKS.has(lower(ctx, b)) && capitalisedOnLine(ctx, b + 1)) {
        links++;
        b++;
      } else break;
    }
    if (b - a < 2 || !isCapWord(ctx, b - 1)) continue;
    const group = a > 0 && onLine(ctx, a) && isLowerWord(ctx, a - 1) && GROUPS.has(lower(ctx, a - 1));
    const head = ORG_TAIL.has(lower(ctx, b - 1));
    const acts = possessiveAt(ctx, b) || (isLowerWord(ctx, b) && SPEECH.has(lower(ctx, b)));
    if (!group && !head && !acts) continue;
    const within = namesWithin(out, a, b);
    if (!within || within.some((n) => n.type === PERSON && n.probs[PERSON] >= SURE_PERSON && n.b - n.a > 1)) continue;
    putOverWithin(out, a, b, ORG, CAMPAIGN_VERB_NAME_ROW.id, within);
  }
}

// --- organisation.title-general-office ------------------------------------------------------------

const GENERAL_TITLES: ReadonlySet<string> = new Set(TITLE_GENERAL_OFFICE_ROW.value.titles);

/** organisation.title-general-office: see the row. */
function titleGeneralOffices(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, new Set(['General'])));
  for (let x = 0; x < hits.length; x++) {
    const g = hits[x];
    if (g < 1 || !onLine(ctx, g) || !GENERAL_TITLES.has(lower(ctx, g - 1))) continue;
    const n = out.at(g - 1);
    if (!n || n.type !== ORG || n.b !== g || n.b - n.a < 2 || out.at(g)) continue;
    out.put(n.a, g + 1, ORG, TITLE_GENERAL_OFFICE_ROW.id, undefined, n);
  }
}

// --- organisation.firm-after-executive-of ---------------------------------------------------------

const ROLES: ReadonlySet<string> = new Set(FIRM_AFTER_EXECUTIVE_ROW.value.roles);

/** organisation.firm-after-executive-of: see the row. */
function firmsAfterExecutive(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, ROLES));
  for (let x = 0; x < hits.length; x++) {
    const r = hits[x];
    if (!isLowerWord(ctx, r) || !isWord(ctx, r + 1, 'of') || !onLine(ctx, r + 2)) continue;
    const n = out.at(r + 2);
    if (!n || n.a !== r + 2 || n.type !== PERSON || possessiveAt(ctx, n.b)) continue;
    if (!unreadOrUnsurePerson(ctx, out, n.a, n.b)) continue;
    out.put(n.a, n.b, ORG, FIRM_AFTER_EXECUTIVE_ROW.id, undefined, n);
  }
}

// --- organisation.firm-kind-after-name ------------------------------------------------------------

const FIRM_KINDS: ReadonlySet<string> = new Set(FIRM_KIND_AFTER_NAME_ROW.value.nouns);
/** Words opening a relative clause. */
const RELATIVES: ReadonlySet<string> = new Set(['which', 'who', 'that', 'whose']);
/** Most words between "the" and the firm's kind ("the FTSE 100 housebuilder"). */
const KIND_REACH = 2;
/** Most capitalised words of the firm's name before the comma. */
const NAME_WORDS = 3;

/** organisation.firm-kind-after-name: see the row. */
function firmKindsAfterName(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, FIRM_KINDS));
  for (let x = 0; x < hits.length; x++) {
    const k = hits[x];
    if (!isLowerWord(ctx, k) || !isPunctChar(ctx, k + 1, COMMA)) continue;
    // "Separately, the bank, which …": a relative clause after it makes the kind the subject.
    if (RELATIVES.has(lower(ctx, k + 2))) continue;
    // Back over at most two words to "the", then the comma after the name.
    let d = k - 1;
    while (k - d <= KIND_REACH && d > 0 && !isWord(ctx, d, 'the') && onLine(ctx, d)) d--;
    if (!isWord(ctx, d, 'the') || !isPunctChar(ctx, d - 1, COMMA) || !onLine(ctx, d)) continue;
    const b = d - 1;
    let a = b;
    while (b - a < NAME_WORDS && a > 0 && isCapWord(ctx, a - 1) && onLine(ctx, a)) a--;
    if (a === b || !unreadOrUnsurePerson(ctx, out, a, b)) continue;
    // "Separately, the bank, which …": an unread word of the language is no firm's name.
    if (b - a === 1 && !out.at(a) && isPlainWord(ctx, a)) continue;
    if (placeLookup(ctx, spanText(ctx, a, b))) continue;
    const w = lower(ctx, a);
    if (FUNCTION_WORDS.has(w) || DETERMINERS.has(w)) continue;
    const within = namesWithin(out, a, b);
    if (within) putOverWithin(out, a, b, ORG, FIRM_KIND_AFTER_NAME_ROW.id, within);
  }
}

// --- organisation.word-before-country -------------------------------------------------------------

const COUNTRY_FORMS: ReadonlySet<string> = new Set(WORD_BEFORE_UK_ROW.value.countries);
const BODY_VERBS: ReadonlySet<string> = new Set(WORD_BEFORE_UK_ROW.value.verbs);
const DIRECTIONS: ReadonlySet<string> = new Set(WORD_BEFORE_UK_ROW.value.directions);

/** The word at `w` may open a body's name before a country's short form. */
function bodyWord(ctx: Ctx, w: number, plain = true): boolean {
  if (!isCapWord(ctx, w) || (plain && !isPlainWord(ctx, w))) return false;
  const x = lower(ctx, w);
  if (FUNCTION_WORDS.has(x) || DETERMINERS.has(x) || MONTHS.has(x) || WEEKDAYS.has(x) || TITLES.has(x)) return false;
  return !placeLookup(ctx, spanText(ctx, w, w + 1));
}

/** organisation.word-before-country: see the row. */
function wordsBeforeCountry(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const hits = tokensOf(ctx, exactFormMarks(ctx, COUNTRY_FORMS));
  for (let x = 0; x < hits.length; x++) {
    const u = hits[x];
    const w = u - 1;
    if (w < 0 || !onLine(ctx, u) || !bodyWord(ctx, w) || capitalisedOnLine(ctx, u + 1)) continue;
    // "Cancer Research UK": up to maxWords capitalised words (the one before the country a word of
    // the language), the first after no capital.
    let first = w;
    while (
      first > 0 &&
      u - first < WORD_BEFORE_UK_ROW.value.maxWords &&
      onLine(ctx, first) &&
      bodyWord(ctx, first - 1, false)
    )
      first--;
    if (first > 0 && onLine(ctx, first) && isCapWord(ctx, first - 1)) continue;
    let plain = true;
    for (let j = first; j < u; j++)
      if (FIRST_NAME_SET.has(lower(ctx, j)) || DIRECTIONS.has(lower(ctx, j))) plain = false;
    if (!plain) continue;
    const after = u + 1;
    const acts =
      after >= t.count ||
      t.kind[after] === Kind.Punct ||
      possessiveAt(ctx, after) ||
      (isLowerWord(ctx, after) && BODY_VERBS.has(lower(ctx, after)));
    if (!acts) continue;
    const within = namesWithin(out, first, u + 1);
    if (!within || within.some((n) => n.rule && n.type !== PLACE)) continue;
    putOverWithin(out, first, u + 1, ORG, WORD_BEFORE_UK_ROW.id, within);
  }
}

// --- none.lone-place-head -------------------------------------------------------------------------

const PLACE_HEADS: ReadonlySet<string> = new Set(LONE_PLACE_HEAD_ROW.value.heads);
/** At or above this the model's place stays. */
const SURE_PLACE = 0.5;

/** none.lone-place-head: see the row. */
function lonePlaceHeads(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, PLACE_HEADS));
  for (let x = 0; x < hits.length; x++) {
    const h = hits[x];
    const n: NamedSpan | undefined = out.at(h);
    if (!n || n.a !== h || n.b !== h + 1 || n.rule || n.type !== PLACE || n.probs[PLACE] >= SURE_PLACE) continue;
    if (capitalisedOnLine(ctx, h + 1)) continue;
    out.remove(n);
  }
}
