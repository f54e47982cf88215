/**
 * Name rows of the lead's reading in stop 57 (issue #9; rows in lexicon/lead-names-57.ts).
 * applyNameRules calls `applyLeadNameRows57` last, so these read the names every other rule
 * decided. Each starts from its trigger words' tokens.
 * - none.product-apposition: "the [Galaxy Z Fold] 8, a thinner folding phone", "Google's chatbot, [Gemini],".
 * - none.place-people-plural: "young Queenslanders", "Londoners and New Yorkers" hold no name.
 * - place.landform-tail: "the [Permian Basin]", "the [Murray-Darling Basin]".
 */
import { lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import { LANDFORM_TAIL_ROW, PLACE_PEOPLE_PLURAL_ROW, PRODUCT_APPOSITION_ROW } from '../lexicon/lead-names-57';
import { Flag, Kind } from '../tokenize/tokenize';
import { givenName, languageWord } from './blind-rules-14';
import { SportsReading } from './sport-sentences';
import {
  COMMA,
  HYPHEN,
  PERSON,
  PLACE,
  exactFormMarks,
  formMarks,
  isCapWord,
  onLine,
  isPunctChar,
  patternFormMarks,
  type LiveSpan,
  type NamedSpan,
  type Names,
} from './named-spans';

export function applyLeadNameRows57(ctx: Ctx, out: Names): void {
  productAppositions(ctx, out);
  placePeoplePlurals(ctx, out);
  landformTails(ctx, out);
}

const KINDS: ReadonlySet<string> = new Set(PRODUCT_APPOSITION_ROW.value.kinds);
const QUALIFIED: ReadonlySet<string> = new Set(PRODUCT_APPOSITION_ROW.value.qualified);
const QUALIFIERS: ReadonlySet<string> = new Set(PRODUCT_APPOSITION_ROW.value.qualifiers);
const OPENERS: ReadonlySet<string> = new Set(PRODUCT_APPOSITION_ROW.value.openers);
const AFTER: ReadonlySet<string> = new Set(PRODUCT_APPOSITION_ROW.value.after);
const TRIGGERS: ReadonlySet<string> = new Set([...KINDS, ...QUALIFIED]);
/** Lowercase words an apposition may hold before its kind ("a thinner folding phone"). */
const MAX_WORDS = 4;

const isLowerWord = (ctx: Ctx, i: number) => ctx.t.kind[i] === Kind.Word && !(ctx.t.flags[i] & Flag.Cap);

/**
 * The first token of the apposition whose kind word is `k`: an opener word, or the owner name
 * before a possessive mark ("Google's"); -1 when lowercase words do not lead back to one.
 */
function appositionStart(ctx: Ctx, out: Names, k: number): number {
  for (let j = k - 1; j >= 0 && k - j <= MAX_WORDS + 1; j--) {
    if (ctx.t.kind[j] === Kind.Poss) {
      const owner = out.at(j - 1);
      return owner && owner.b === j ? owner.a : -1;
    }
    if (!isLowerWord(ctx, j)) return -1;
    if (OPENERS.has(lower(ctx, j))) return j;
  }
  return -1;
}

/** The kind word ends its phrase: punctuation, the end of the text, or a word of AFTER. */
function endsPhrase(ctx: Ctx, k: number): boolean {
  const n = k + 1;
  return n >= ctx.t.count || ctx.t.kind[n] === Kind.Punct || AFTER.has(lower(ctx, n));
}

/** none.product-apposition: see the row. */
function productAppositions(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, TRIGGERS));
  const products: NamedSpan[] = [];
  for (let x = 0; x < hits.length; x++) {
    const k = hits[x];
    if (!isLowerWord(ctx, k) || !endsPhrase(ctx, k)) continue;
    if (QUALIFIED.has(lower(ctx, k)) && (k === 0 || !QUALIFIERS.has(lower(ctx, k - 1)))) continue;
    const s = appositionStart(ctx, out, k);
    if (s < 0) continue;
    // "the Galaxy Z Fold 8, a … phone": the name (and its model number) right before the comma.
    if (isPunctChar(ctx, s - 1, COMMA)) {
      let p = s - 2;
      if (p >= 0 && ctx.t.kind[p] === Kind.Num) p--;
      const n = out.at(p);
      if (n && n.b === p + 1) products.push(n);
    }
    // "Google's chatbot, Gemini, …": the name right after the kind's comma, alone to the next mark.
    if (isPunctChar(ctx, k + 1, COMMA)) {
      const n = out.at(k + 2);
      if (n && n.a === k + 2 && (n.b >= ctx.t.count || ctx.t.kind[n.b] === Kind.Punct)) products.push(n);
    }
  }
  if (products.length === 0) return;
  const texts = new Set(products.map((n) => spanText(ctx, n.a, n.b)));
  for (const n of out.alive().slice()) if (texts.has(spanText(ctx, n.a, n.b))) out.remove(n);
}

/** A capitalised plural that may be a place's people ("Londoners", "Tasmanians"). */
const PEOPLE_PLURAL = /^[A-Z][a-z]+s$/;
const PEOPLE_ENDINGS = PLACE_PEOPLE_PLURAL_ROW.value.endings;
const TEAM_WORDS: ReadonlySet<string> = new Set(PLACE_PEOPLE_PLURAL_ROW.value.team);
/** Shorter stems are too often a surname's start that happens to be a village ("Sand-ers"). */
const MIN_STEM = 4;

/** none.place-people-plural: see the row. */
function placePeoplePlurals(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, patternFormMarks(ctx, PEOPLE_PLURAL));
  if (hits.length === 0) return;
  const sports = new SportsReading(ctx);
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    const n = out.at(i) as LiveSpan | undefined;
    if (!n || n.dead || n.rule || n.b !== i + 1 || n.b - n.a > 3) continue;
    // "the Highlanders", "Islanders coach …" are teams; "Ann Sanders" a person.
    if ((n.a > 0 && lower(ctx, n.a - 1) === 'the') || (n.type === PERSON && givenName(ctx, n.a))) continue;
    if (sports.yes || (n.b < ctx.t.count && onLine(ctx, n.b) && TEAM_WORDS.has(ctx.formLower[ctx.form[n.b]]))) continue;
    // "Randers" is a town of its own.
    if (placeLookup(ctx, spanText(ctx, n.a, n.b))) continue;
    // "Many Queenslanders": the place may be the last words of the name, after words of the
    // language only ("Mumbai Indians" is a team).
    for (let k = n.a; k <= i; k++) {
      if (k > n.a && !languageWord(ctx, k - 1)) break;
      const name = spanText(ctx, k, n.b);
      const stems = PEOPLE_ENDINGS.filter((e) => name.endsWith(e))
        .map((e) => name.slice(0, -e.length))
        // "-ns" follows a place ending in "a" only ("Tasmania-ns"; "Cair-ns" is a surname).
        .filter((stem) => !name.endsWith(stem + 'ns') || stem.endsWith('a'));
      if (stems.some((stem) => stem.length >= MIN_STEM && placeLookup(ctx, stem))) {
        out.remove(n);
        break;
      }
    }
  }
}

const LANDFORM_TAILS: ReadonlySet<string> = new Set(LANDFORM_TAIL_ROW.value);
/** Capitalised words a landform's name may hold before its tail ("Murray-Darling" is one). */
const LANDFORM_WORDS = 3;

/** place.landform-tail: see the row. */
function landformTails(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, LANDFORM_TAILS));
  for (let x = 0; x < hits.length; x++) {
    const k = hits[x];
    if (isCapWord(ctx, k + 1) && onLine(ctx, k + 1)) continue;
    let a = k;
    let words = 0;
    for (let j = k - 1; j >= 0 && words < LANDFORM_WORDS && onLine(ctx, j + 1); j--) {
      if (isCapWord(ctx, j) && lower(ctx, j) !== 'the') {
        a = j;
        words++;
      } else if (!(isPunctChar(ctx, j, HYPHEN) && isCapWord(ctx, j - 1))) break;
    }
    if (a === k) continue;
    let ruled = false;
    for (let i = a; i <= k; i++) {
      const n = out.at(i);
      if (n && (n.rule || n.a < a || n.b > k + 1)) ruled = true;
    }
    if (!ruled) out.put(a, k + 1, PLACE, LANDFORM_TAIL_ROW.id);
  }
}
