/**
 * Rules of 2 Dec 2026, night (helper ents14c, issue #9: patterns across the held-out fold
 * documents of biographies, interviews and court hearings; rows FOLD_PATTERN_ROWS_8 in
 * lexicon/fold-patterns-8.ts). applyNameRules calls `applyFoldPatternRows8` right before the
 * review rows, so these read every other fold rule's names. One pass over the forms finds the
 * tokens of all the rows' words; each rule visits only its own.
 * - person.sovereign-title: "with the [Tsar], who …", "2nd [Earl] of Clare".
 * - organisation.university-place-name: "Harvard University … to teach at [Harvard]".
 * - none.belief-or-discipline: "converted to Catholicism" read as a place is no name.
 */
import { Flag, Kind } from '../tokenize/tokenize';
import { CUE_VERBS, FUNCTION_WORDS } from '../lexicon/words';
import { lower, placeLookup, tokensOf, type Ctx } from '../context';
import { FOLD_PATTERN_ROWS_8, UNIVERSITY_SENTENCE_WORDS } from '../lexicon/fold-patterns-8';
import { rowNamed } from '../lexicon/rule-row';
import {
  ORG,
  PERSON,
  PLACE,
  capitalisedOnLine,
  isCapWord,
  formMarks,
  isPunctChar,
  namesWithin,
  putOverWithin,
  type Names,
  COMMA,
  POSSESSIVE_MARKS,
} from './named-spans';

const SOVEREIGN_ROW = rowNamed(FOLD_PATTERN_ROWS_8, 'person.sovereign-title');
const SOVEREIGN_TITLES = new Set(SOVEREIGN_ROW.value);
const UNIVERSITY_ROW = rowNamed(FOLD_PATTERN_ROWS_8, 'organisation.university-place-name');
const BELIEF_ROW = rowNamed(FOLD_PATTERN_ROWS_8, 'none.belief-or-discipline');
const BELIEFS = new Set(BELIEF_ROW.value);
const ROW_WORDS = new Set([...SOVEREIGN_TITLES, ...UNIVERSITY_ROW.value, ...BELIEFS]);

export function applyFoldPatternRows8(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, ROW_WORDS));
  if (!hits.length) return;
  sovereignTitles(ctx, out, hits);
  universityPlaceNames(ctx, out, hits);
  beliefsAndDisciplines(ctx, out, hits);
}

/** none.belief-or-discipline: "converted to [Catholicism]" read as a place is no name: see the row. */
function beliefsAndDisciplines(ctx: Ctx, out: Names, hits: Int32Array): void {
  for (let k = 0; k < hits.length; k++) {
    const i = hits[k];
    if (!BELIEFS.has(lower(ctx, i))) continue;
    const n = out.at(i);
    if (n && n.a === i && n.b === i + 1 && !n.rule && (n.type === PLACE || n.type === PERSON)) out.remove(n);
  }
}

/** Words before "Title of Name" that give the title to someone: "created Count of", "proclaimed himself Emperor of". */
const NAMING_WORDS = new Set(['created', 'crowned', 'proclaimed', 'myself', 'himself', 'herself']);
const ORDINAL = /^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/;

/**
 * Token `i` goes on a clause after a noun ("the Tsar, who", "the Tsar employed him", "the King said"),
 * so the title before it is the noun, not a modifier ("the Emperor penguin").
 */
function clauseGoesOn(ctx: Ctx, i: number): boolean {
  if (i >= ctx.t.count || ctx.t.kind[i] !== Kind.Word) return true;
  const w = lower(ctx, i);
  return FUNCTION_WORDS.has(w) || CUE_VERBS.has(w) || w.endsWith('ed');
}

/** Prepositions of place before "the Title": a hotel, theatre or pub so named ("at the Regent", "in the Empress"). */
const VENUE_PREPOSITIONS = new Set(['at', 'in', 'inside', 'outside']);

/** person.sovereign-title: "with the [Tsar], who …", "2nd [Earl] of Clare": see the row. */
function sovereignTitles(ctx: Ctx, out: Names, hits: Int32Array): void {
  const t = ctx.t;
  for (let k = 0; k < hits.length; k++) {
    const i = hits[k];
    if (i < 1 || !SOVEREIGN_TITLES.has(lower(ctx, i)) || !capitalisedOnLine(ctx, i) || t.flags[i] & Flag.AllCaps)
      continue;
    const before = lower(ctx, i - 1);
    const next = i + 1 < t.count ? lower(ctx, i + 1) : '';
    // "the Emperor Norton", "Orange Prince": a longer name ("The Tsar employed him" opens a sentence).
    if (capitalisedOnLine(ctx, i + 1) || (before !== 'the' && capitalisedOnLine(ctx, i - 1))) continue;
    if (next === 'of') {
      // "2nd Earl of Clare", "Peter the Great, Emperor of Russia", "created Count of the Holy Roman Empire".
      if (!(capitalisedOnLine(ctx, i + 2) || (lower(ctx, i + 2) === 'the' && capitalisedOnLine(ctx, i + 3)))) continue;
      const given =
        ORDINAL.test(before) ||
        NAMING_WORDS.has(before) ||
        (isPunctChar(ctx, i - 1, COMMA) && capitalisedOnLine(ctx, i - 2));
      if (!given) continue;
    } else if (before !== 'the' || POSSESSIVE_MARKS.has(next) || !clauseGoesOn(ctx, i + 1)) continue;
    // "stayed at the Regent, a luxury hotel", "premiered at the Prince": a venue named by the title.
    else if (i >= 2 && VENUE_PREPOSITIONS.has(lower(ctx, i - 2))) continue;
    const within = namesWithin(out, i, i + 1);
    if (within) putOverWithin(out, i, i + 1, PERSON, SOVEREIGN_ROW.id, within);
  }
}

/** Words right before a university's short name: "teach at Harvard", "joining Berkeley's Department". */
const UNIVERSITY_VERBS = new Set(['at', 'joined', 'joining', 'attended', 'attending']);

/** Verbs that alone say the place after them is a school: "who attended Michigan". */
const ATTENDING = new Set(['attended', 'attending']);

/** Capitalised words that may open a sentence before a name ("At Suffolk University"): no part of it. */
const OPENERS = new Set(['the', 'at', 'from', 'in', 'to', 'of']);
/** A capitalised word at `i` that opens its name on this line: no capitalised word before it but an opener. */
const opensName = (ctx: Ctx, i: number) =>
  capitalisedOnLine(ctx, i) && !(capitalisedOnLine(ctx, i - 1) && !OPENERS.has(lower(ctx, i - 1)));
/** A capitalised word at `i` standing alone on its line: no capitalised word either side but an opener. */
const loneCapital = (ctx: Ctx, i: number) => opensName(ctx, i) && !capitalisedOnLine(ctx, i + 1);

/** The sentence of token `i` has a word of study or teaching ("teach at Harvard", "a degree"). */
function aboutStudy(ctx: Ctx, i: number): boolean {
  const k = ctx.s.of[i];
  for (let j = ctx.s.first[k]; j < ctx.s.last[k]; j++)
    if (ctx.t.kind[j] === Kind.Word && UNIVERSITY_SENTENCE_WORDS.has(lower(ctx, j))) return true;
  return false;
}

/** organisation.university-place-name: "Harvard University … to teach at [Harvard]": see the row. */
function universityPlaceNames(ctx: Ctx, out: Names, hits: Int32Array): void {
  const t = ctx.t;
  // The forms of X in "X University", "University of X" and "UC X" (X one capitalised word).
  let stems: Set<number> | undefined;
  const ucs: number[] = [];
  for (let k = 0; k < hits.length; k++) {
    const i = hits[k];
    const w = lower(ctx, i);
    let x = -1;
    if (w === 'uc') {
      if (ctx.forms[ctx.form[i]] === 'UC' && capitalisedOnLine(ctx, i + 1) && !capitalisedOnLine(ctx, i + 2)) {
        x = i + 1;
        ucs.push(i);
      }
    } else if (w === 'university' && isCapWord(ctx, i)) {
      // "Harvard University" (not "Washington State University"), "University of Helsinki".
      // "The University of Washington": "The" is no place name.
      if (capitalisedOnLine(ctx, i) && opensName(ctx, i - 1) && !OPENERS.has(lower(ctx, i - 1))) x = i - 1;
      else if (lower(ctx, i + 1) === 'of' && loneCapital(ctx, i + 2)) x = i + 2;
    }
    if (x >= 0 && !(t.flags[x] & Flag.AllCaps)) (stems ??= new Set()).add(ctx.form[x]);
  }
  if (!stems) return;
  for (const i of ucs) {
    const within = namesWithin(out, i, i + 2);
    if (within && !within.some((n) => n.rule)) putOverWithin(out, i, i + 2, ORG, UNIVERSITY_ROW.id, within);
  }
  for (const f of stems)
    for (let s = ctx.formStart[f]; s < ctx.formStart[f + 1]; s++) {
      const j = ctx.formTokens[s];
      if (j < 1 || !UNIVERSITY_VERBS.has(lower(ctx, j - 1)) || !loneCapital(ctx, j)) continue;
      // "studied at Basel, Heidelberg and Strasbourg": a list of places.
      if (isPunctChar(ctx, j + 1, COMMA) && capitalisedOnLine(ctx, j + 2)) continue;
      // "joined Georgia's cabinet" is the state; "joining Berkeley's Department" the university.
      if (j + 1 < t.count && t.kind[j + 1] === Kind.Poss && !capitalisedOnLine(ctx, j + 2)) continue;
      // "the University of Chile … at Chile's National Agency": a country named with "'s" is the
      // country, not its university (ents31a, blind batch 62).
      if (j + 1 < t.count && t.kind[j + 1] === Kind.Poss && placeLookup(ctx, ctx.forms[f])?.kind === 'country')
        continue;
      // "arrived at Oxford on Friday, aides said": the town, in a sentence not about study.
      if (!ATTENDING.has(lower(ctx, j - 1)) && !aboutStudy(ctx, j)) continue;
      const within = namesWithin(out, j, j + 1);
      if (within && !within.some((n) => n.rule || (n.type === PERSON && n.b - n.a > 1)))
        putOverWithin(out, j, j + 1, ORG, UNIVERSITY_ROW.id, within);
    }
}
