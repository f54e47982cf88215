/**
 * Rules of 2 Dec 2026, night (helper ents16b, issue #9: patterns of the held-out fold documents
 * and the last review's leftovers; rows FOLD_PATTERN_ROWS_10 in lexicon/fold-patterns-10.ts).
 * applyNameRules calls `applyFoldPatternRows10` right before the review rows, so these read every
 * other rule's names. One pass over the forms marks the rows' words; each rule visits only the
 * tokens of its own words, and the sports-report reading is made once, only when a result verb
 * is in the text.
 * - place.kind-apposition: "played the [Empress], a ballroom in …" is a place.
 * - place.museum-name: "at New York's [Metropolitan Museum of Art]" read as a firm is a place.
 * - sport.result-side-club (+ sport.club-area-word): "[Greater Western Sydney] beat [Carlton]" in
 *   a sports report are clubs.
 */
import { Kind } from '../tokenize/tokenize';
import { lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import { FOLD_PATTERN_ROWS_10 } from '../lexicon/fold-patterns-10';
import { FIRST_NAME_SET } from '../lexicon/words';
import { rowNamed } from '../lexicon/rule-row';
import {
  ORG,
  PERSON,
  PLACE,
  isCapWord,
  isLowerWord,
  isPunctChar,
  isWord,
  type NamedSpan,
  type Names,
} from './named-spans';
import { isSportsReportNamingNoElection } from './sport-sentences';
import { playersMatch } from './players-match';

const KIND_ROW = rowNamed(FOLD_PATTERN_ROWS_10, 'place.kind-apposition');
const MUSEUM_ROW = rowNamed(FOLD_PATTERN_ROWS_10, 'place.museum-name');
const RESULT_ROW = rowNamed(FOLD_PATTERN_ROWS_10, 'sport.result-side-club');
const SIDE_WORDS = new Set(rowNamed(FOLD_PATTERN_ROWS_10, 'sport.result-thing-beaten').value);
const AREA_WORDS = new Set(rowNamed(FOLD_PATTERN_ROWS_10, 'sport.club-area-word').value);
const KIND_WORDS = new Set(KIND_ROW.value);
const NO_CLAUSE = new Set(rowNamed(FOLD_PATTERN_ROWS_10, 'place.kind-apposition-no-clause').value);
const MUSEUM_WORDS = new Set(MUSEUM_ROW.value);
const RESULT_WORDS = new Set(RESULT_ROW.value);

/** Per word form, bits: KIND, MUSEUM, RESULT for the rows' words (one typed-array read per token after). */
const KIND = 1,
  MUSEUM = 2,
  RESULT = 4;
function rowMarks(ctx: Ctx): Uint8Array {
  const marks = new Uint8Array(ctx.forms.length);
  for (let f = 0; f < marks.length; f++) {
    const w = ctx.formLower[f];
    let m = 0;
    if (KIND_WORDS.has(w)) m |= KIND;
    if (MUSEUM_WORDS.has(w)) m |= MUSEUM;
    if (RESULT_WORDS.has(w)) m |= RESULT;
    marks[f] = m;
  }
  return marks;
}

export function applyFoldPatternRows10(ctx: Ctx, out: Names): void {
  const marks = rowMarks(ctx);
  const hits = tokensOf(ctx, marks);
  if (!hits.length) return;
  const sides = new SideReader(ctx, out);
  for (let k = 0; k < hits.length; k++) {
    const i = hits[k];
    const m = marks[ctx.form[i]];
    if (ctx.t.kind[i] !== Kind.Word) continue;
    if (m & KIND && isLowerWord(ctx, i)) kindApposition(ctx, out, i);
    if (m & MUSEUM && isCapWord(ctx, i)) museumName(ctx, out, i);
    if (m & RESULT && isLowerWord(ctx, i)) sides.result(i);
  }
}

/** The title row whose names an appositive naming a place overrides ("the Empress, a ballroom"). */
const TITLE_ROW = 'person.sovereign-title';
/** Most lowercase words between the article and the kind word ("a 1920s art deco ballroom"). */
const KIND_MODIFIERS = 4;
/** Words after the kind word that go on about the place, not about a person ("a theatre critic"). */
const PLACE_FOLLOWERS = new Set([
  'in',
  'on',
  'at',
  'near',
  'outside',
  'off',
  'overlooking',
  'where',
  'which',
  'that',
  'built',
  'opened',
  'owned',
  'run',
  'founded',
  'with',
  'from',
]);
/** Punctuation that ends the appositive: , . ; : ) ! ? and dashes. */
const CLOSERS = new Set([44, 46, 59, 58, 41, 33, 63, 0x2013, 0x2014]);

/** place.kind-apposition: "played the [Empress], a ballroom in Crystal Beach": see the row. */
function kindApposition(ctx: Ctx, out: Names, k: number): void {
  const t = ctx.t;
  const next = k + 1;
  if (next < t.count) {
    if (t.kind[next] === Kind.Word) {
      if (!PLACE_FOLLOWERS.has(lower(ctx, next))) return;
    } else if (t.kind[next] !== Kind.Punct || t.end[next] - t.start[next] !== 1) return;
    else if (!CLOSERS.has(ctx.text.charCodeAt(t.start[next]))) return;
  }
  // Back over the modifiers to the article.
  let j = k - 1;
  for (; j >= 0 && j >= k - 1 - KIND_MODIFIERS; j--) {
    if (isWord(ctx, j, 'a') || isWord(ctx, j, 'an') || isWord(ctx, j, 'the')) break;
    const modifier =
      (isLowerWord(ctx, j) && !NO_CLAUSE.has(lower(ctx, j))) || t.kind[j] === Kind.Num || isPunctChar(ctx, j, 45);
    if (!modifier) return;
  }
  if (j < 0 || j < k - 1 - KIND_MODIFIERS || !isPunctChar(ctx, j - 1, 44)) return;
  const n = out.at(j - 2);
  if (!n || n.b !== j - 1 || n.type === PLACE || (n.rule && n.rule !== TITLE_ROW)) return;
  out.put(n.a, n.b, PLACE, KIND_ROW.id, undefined, n);
}

/** place.museum-name: "New York's [Metropolitan Museum of Art]" read as a firm: see the row. */
function museumName(ctx: Ctx, out: Names, i: number): void {
  const n = out.at(i);
  if (!n || n.a >= i || n.type === PLACE || n.rule) return;
  if (n.b !== i + 1 && !isWord(ctx, i + 1, 'of')) return;
  out.put(n.a, n.b, PLACE, MUSEUM_ROW.id, undefined, n);
}

/** Determiners skipped before the thing beaten. */
const BEATEN_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their']);

/** sport.result-thing-beaten: the words at `k` are a lowercase noun, not a side ("the target", "expectations"). */
function thingBeaten(ctx: Ctx, k: number): boolean {
  if (isLowerWord(ctx, k) && BEATEN_DETERMINERS.has(lower(ctx, k))) k++;
  return isLowerWord(ctx, k) && !SIDE_WORDS.has(lower(ctx, k));
}

/** Least model confidence in a one-word person that keeps it a player ("Djokovic beat Murray"). */
const SURE_PLAYER = 0.6;

/** sport.result-side-club: the sides of "Greater Western Sydney beat Carlton" in a sports report. */
class SideReader {
  private sport: boolean | undefined;
  private personWords: Map<string, number> | undefined;
  constructor(
    private readonly ctx: Ctx,
    private readonly out: Names,
  ) {}

  result(i: number): void {
    const { ctx, out } = this;
    const w = lower(ctx, i);
    let objectAt = i + 1;
    if (w === 'drew' || w === 'draws') {
      if (!isWord(ctx, i + 1, 'with')) return;
      objectAt = i + 2;
    }
    const s = out.at(i - 1);
    const o = out.at(objectAt);
    let object = o && o.a === objectAt ? o : undefined;
    // sport.result-thing-beaten: "Greater Manchester beat the target" beat no side.
    let subject = s && s.b === i && (object || !thingBeaten(ctx, objectAt)) ? s : undefined;
    if (!subject && !object) return;
    if (this.sport === undefined) this.sport = isSportsReportNamingNoElection(ctx);
    if (!this.sport) return;
    // "In boxing, Usyk beat Hrgovic": a sentence of a sport of players names no sides (review ents31e).
    if (playersMatch(ctx, i)) return;
    if (subject) subject = this.side(subject, true, false);
    if (object) object = this.side(object, false, subject?.type === ORG);
    // "Greater Western Sydney beat Carlton": a side facing a club is a club too.
    if (subject && object?.type === ORG && subject.type !== ORG) this.side(subject, true, true);
  }

  /** The side as the row reads it (a new club name, or `n` unchanged). */
  private side(n: NamedSpan, subject: boolean, facingClub: boolean): NamedSpan {
    const { ctx, out } = this;
    if (n.rule) return n;
    // "Greater Western Sydney beat": area words from the sentence's start on are the club's.
    let a = n.a;
    if (subject) {
      const first = ctx.s.first[ctx.s.of[n.a]];
      let j = n.a;
      while (j > first && isCapWord(ctx, j - 1) && AREA_WORDS.has(lower(ctx, j - 1))) j--;
      if (j === first) a = j;
    }
    if (n.type === ORG && a === n.a) return n;
    if (n.type !== ORG && !this.clubLike(n, a, facingClub)) return n;
    return out.put(a, n.b, ORG, RESULT_ROW.id, undefined, n);
  }

  /** Place-like, or facing a club, and no player's name: see the row. */
  private clubLike(n: NamedSpan, a: number, facingClub: boolean): boolean {
    const ctx = this.ctx;
    const oneWord = n.b - a === 1;
    if (n.type === PERSON && n.probs[PERSON] >= SURE_PLAYER && (oneWord || facingClub)) return false;
    // A given name alone may be a player, unless a club faces it: clubs do not play people.
    if (oneWord && !facingClub && FIRST_NAME_SET.has(lower(ctx, a))) return false;
    // "Chelsea beat Lampard's side": a possessive names a person's team.
    if (isPunctChar(ctx, n.b, 39) || isPunctChar(ctx, n.b, 0x2019)) return false;
    if (this.inPersonName(n, a)) return false;
    if (facingClub) return true;
    if (AREA_WORDS.has(lower(ctx, a)) && n.b - a > 1) return true;
    const text = spanText(ctx, a, n.b);
    return !!placeLookup(ctx, text) && !ctx.gaz?.isWeak?.(text);
  }

  /** Some word of a..n.b is in a name of two words or more the article reads as a person, other than `n`. */
  private inPersonName(n: NamedSpan, a: number): boolean {
    const ctx = this.ctx;
    if (!this.personWords) {
      // Per word, how many person names of two words or more hold it (built once per document).
      this.personWords = new Map();
      for (const p of this.out.alive())
        if (p.type === PERSON && p.b - p.a > 1)
          for (let i = p.a; i < p.b; i++) {
            const w = lower(ctx, i);
            this.personWords.set(w, (this.personWords.get(w) ?? 0) + 1);
          }
    }
    const own = n.type === PERSON && n.b - n.a > 1 ? 1 : 0;
    for (let i = a; i < n.b; i++) if ((this.personWords.get(lower(ctx, i)) ?? 0) > (i >= n.a ? own : 0)) return true;
    return false;
  }
}
