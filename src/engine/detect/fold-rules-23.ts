/**
 * Rules for the families ents40c left on the study folds, fifth round (helper ents41c, issue #9;
 * rows in lexicon/fold-patterns-23.ts). applyNameRules calls `applyFoldPatternRows23` right after
 * the fold-22 rows.
 * - none.letter-hyphen-noun: "the [L-band]", "an [X-ray]" are no names.
 * - none.acronym-thing: "[MP3] format", "USB 3.0", "500 [GB]" are things.
 * - organisation.club-and-club: "the Melbourne Storm and [Collingwood]" in sport is the club.
 * - place.street-word-unread: "Rua Augusta" unread, or "Rua [Augusta]", is one street.
 * - place.guide-entry: "[Gosier]: maybe one of the most interesting places …" is a place.
 */
import { Kind } from '../tokenize/tokenize';
import { lineOpenings, lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import {
  ACRONYM_THING_ROW,
  CLUB_AND_CLUB_ROW,
  GUIDE_ENTRY_ROW,
  LETTER_HYPHEN_NOUN_ROW,
  STREET_WORD_UNREAD_ROW,
} from '../lexicon/fold-patterns-23';
import { lowerSetOf, setOf } from '../lexicon/rule-row';
import { KNOWN_ACRONYM_ROWS } from '../lexicon/names';
import { FIRST_NAME_SET, KNOWN_ORGS, TITLES } from '../lexicon/words';
import { sentenceAboutSport } from './sport-sentences';
import {
  ACRONYM,
  CLOSE_PAREN,
  OPEN_PAREN,
  ORG,
  exactFormMarks,
  formMarks,
  PERSON,
  PLACE,
  isCapWord,
  isLowerWord,
  isPlainWord,
  isPunctChar,
  namesWithin,
  onLine,
  putOverWithin,
  retype,
  COLON,
  type NamedSpan,
  type Names,
  isWordInLowercase,
} from './named-spans';

export function applyFoldPatternRows23(ctx: Ctx, out: Names): void {
  letterHyphenNouns(ctx, out);
  acronymThings(ctx, out);
  clubsAndClubs(ctx, out);
  streetWordsUnread(ctx, out);
  guideEntries(ctx, out);
}

// --- none.letter-hyphen-noun ------------------------------------------------------------------

const LETTER_NOUN = new RegExp(LETTER_HYPHEN_NOUN_ROW.value);

/** none.letter-hyphen-noun: see the row. */
function letterHyphenNouns(ctx: Ctx, out: Names): void {
  const gone: NamedSpan[] = [];
  for (const n of out.alive())
    if (n.b - n.a === 1 && !n.rule && LETTER_NOUN.test(spanText(ctx, n.a, n.b))) gone.push(n);
  for (const n of gone) out.remove(n);
}

// --- none.acronym-thing -----------------------------------------------------------------------

const THING_NOUNS = lowerSetOf(ACRONYM_THING_ROW.value.nouns);
const UNITS = setOf(ACRONYM_THING_ROW.value.units);
const KNOWN_ACRONYMS = setOf(KNOWN_ACRONYM_ROWS[0].value);
/** The model's reading at or above which a name in capitals is left to it. */
const UNSURE = 0.6;
/** A version number after a short form: "3.0", "1.1", "2". */
const VERSION = /^\d{1,2}(?:\.\d{1,2})+$/;

const OPEN_BRACKET: ReadonlySet<string> = new Set(['(']);

/** A one-word name no rule read, no known body, read below UNSURE: what this row may drop. */
const unsureOneWord = (n: NamedSpan) => n.b - n.a === 1 && !n.rule && n.probs[n.type] < UNSURE;

/** none.acronym-thing: see the row. */
function acronymThings(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  let things: Set<string> | undefined;
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    if (!unsureOneWord(n)) continue;
    const w = spanText(ctx, n.a, n.b);
    if (KNOWN_ORGS.has(w.toLowerCase()) || KNOWN_ACRONYMS.has(w)) continue;
    const i = n.a;
    const unit = UNITS.has(w) && i > 0 && t.kind[i - 1] === Kind.Num;
    if (!unit && !ACRONYM.test(w)) continue;
    const next = i + 1 < t.count && onLine(ctx, i + 1) ? i + 1 : -1;
    const noun = next >= 0 && isLowerWord(ctx, next) && THING_NOUNS.has(lower(ctx, next));
    const version = next >= 0 && t.kind[next] === Kind.Num && VERSION.test(spanText(ctx, next, next + 1));
    if (unit || noun || version) (things ??= new Set()).add(w);
  }
  if (!things) return;
  // A short form the text spells out as a capitalised name ("the Universal Video Registry (UVR)") is a body's.
  // Read from the opening brackets' tokens, not every token.
  const opens = tokensOf(ctx, exactFormMarks(ctx, OPEN_BRACKET));
  for (let k = 0; k < opens.length; k++) {
    const i = opens[k];
    if (i < 1 || i + 2 >= t.count) continue;
    if (!isPunctChar(ctx, i, OPEN_PAREN) || !isPunctChar(ctx, i + 2, CLOSE_PAREN) || !isCapWord(ctx, i - 1)) continue;
    things.delete(spanText(ctx, i + 1, i + 2));
  }
  const gone: NamedSpan[] = [];
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    if (unsureOneWord(n) && things.has(spanText(ctx, n.a, n.b))) gone.push(n);
  }
  for (const n of gone) out.remove(n);
}

// --- organisation.club-and-club ---------------------------------------------------------------

const SURE_PLACE = CLUB_AND_CLUB_ROW.value;

/** Nouns of the people of a town: the word before them is the town, not a club. */
const TOWN_PEOPLE: ReadonlySet<string> = new Set(
  'residents resident voters citizens locals people families workers officials commuters homeowners taxpayers'.split(
    ' ',
  ),
);

/** organisation.club-and-club: see the row. */
function clubsAndClubs(ctx: Ctx, out: Names): void {
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    if (n.type !== PLACE || n.b - n.a !== 1 || n.rule || n.probs[PLACE] >= SURE_PLACE) continue;
    const i = n.a;
    // Not a town before a capitalised word: a longer name ("the Storm and Melbourne Victory"). A
    // lowercase noun after it is the club's too ("Leeds fans").
    if (isCapWord(ctx, i + 1) && onLine(ctx, i + 1)) continue;
    // "Milwaukee residents", "Boston voters": people of the town (review, stop 51).
    if (isLowerWord(ctx, i + 1) && TOWN_PEOPLE.has(lower(ctx, i + 1))) continue;
    // The club on the other side of "and": "the Melbourne Storm and [Collingwood]", "[Collingwood] and the Melbourne Storm".
    let other: NamedSpan | undefined;
    if (isWordInLowercase(ctx, i - 1, 'and')) {
      other = out.at(i - 2);
      if (other && other.b !== i - 1) continue;
    } else if (isWordInLowercase(ctx, i + 1, 'and')) {
      const o = isWordInLowercase(ctx, i + 2, 'the') ? i + 3 : i + 2;
      other = out.at(o);
      if (other && other.a !== o) continue;
    }
    if (!other || other.type !== ORG || other.b - other.a < 2) continue;
    if (!sentenceAboutSport(ctx, ctx.s.of[i])) continue;
    retype(out, n, ORG, CLUB_AND_CLUB_ROW.id);
  }
}

// --- place.street-word-unread -----------------------------------------------------------------

const STREET_LEADS = lowerSetOf(STREET_WORD_UNREAD_ROW.value.leads);

/** place.street-word-unread: see the row. */
function streetWordsUnread(ctx: Ctx, out: Names): void {
  const leads = tokensOf(ctx, formMarks(ctx, STREET_LEADS));
  for (let x = 0; x < leads.length; x++) {
    const i = leads[x];
    if (i + 1 >= ctx.t.count || !isCapWord(ctx, i) || FIRST_NAME_SET.has(lower(ctx, i))) continue;
    let b = i + 1;
    // "Largo Mayor Woody Brown": a title after the lead names a town's officer, not a street (review, stop 51).
    while (b - i <= 3 && isCapWord(ctx, b) && onLine(ctx, b) && !TITLES.has(lower(ctx, b))) b++;
    if (b === i + 1 || (b < ctx.t.count && TITLES.has(lower(ctx, b)))) continue;
    // A longer run of capitals is another name ("The Piazza Navona Hotel Group Tower Company").
    if (isCapWord(ctx, b) && onLine(ctx, b)) continue;
    const within = namesWithin(out, i, b);
    if (!within || within.some((n) => n.rule || n.type === ORG)) continue;
    // A name the model reads whole as a person is place.street-word-bare's to judge.
    if (within.some((n) => n.a === i && n.b === b)) continue;
    putOverWithin(out, i, b, PLACE, STREET_WORD_UNREAD_ROW.id, within);
  }
}

// --- place.guide-entry ------------------------------------------------------------------------

const PLACE_NOUNS = lowerSetOf(GUIDE_ENTRY_ROW.value.nouns);
const PARTICLES = lowerSetOf(GUIDE_ENTRY_ROW.value.particles);
/** How many tokens of the description may hold the noun of a place. */
const DESCRIPTION = 25;
/** How many words of the description may hold it when the entry opens with a given name. */
const HEAD_WORDS = 4;
/** How many entry lines a text needs to be a guide's listing. */
const MIN_ENTRIES = 3;

interface Entry {
  a: number;
  /** The colon after the name. */
  c: number;
  /** Index of the entry's line among the text's line openings: entries on lines in a row are one block. */
  line: number;
  /** A place the model reads or the map knows, not `given`: the listing's anchor. */
  anchor: boolean;
  /** Its own description names a kind of place (within its first words when `given`). */
  described: boolean;
  /** Read as a person by the model (0.5 or more): taken only on its own description's head. */
  given: boolean;
}

/** The colon that ends an entry's name opened at `a` (one to five capitalised words, particles between), or −1. */
function entryColon(ctx: Ctx, a: number): number {
  if (!isCapWord(ctx, a)) return -1;
  let c = a + 1;
  while (c - a < 5 && onLine(ctx, c) && (isCapWord(ctx, c) || (isLowerWord(ctx, c) && PARTICLES.has(lower(ctx, c)))))
    c++;
  if (!isLowerWord(ctx, c - 1) && isPunctChar(ctx, c, COLON) && onLine(ctx, c) && onLine(ctx, c + 1))
    return isLowerWord(ctx, c + 1) ? c : -1;
  return -1;
}

/** The description after the colon `c` names a kind of place (within `max` words) before its sentence ends. */
function describesPlace(ctx: Ctx, c: number, max: number): boolean {
  const end = Math.min(ctx.s.last[ctx.s.of[c + 1]], c + 1 + DESCRIPTION);
  let words = 0;
  for (let j = c + 1; j < end && onLine(ctx, j); j++) {
    if (ctx.t.kind[j] !== Kind.Word) continue;
    if (++words > max) return false;
    if (isLowerWord(ctx, j) && PLACE_NOUNS.has(lower(ctx, j))) return true;
  }
  return false;
}

/** An entry line opened at `a` (line `line`), or undefined: a name no rule read and no body, before a colon and a lowercase word. */
function entryAt(ctx: Ctx, out: Names, a: number, line: number): Entry | undefined {
  const c = entryColon(ctx, a);
  if (c < 0) return undefined;
  const within = namesWithin(out, a, c);
  // A name a rule read as a place is an anchor of the listing ("La Désirade" of place.islands-list);
  // any other a rule read is not an entry (a transcript's speaker).
  if (!within || within.some((n) => n.type === ORG || (n.rule && n.type !== PLACE))) return undefined;
  // Unread, it must hold a word that is no word of the language and be longer than a letter or two
  // ("Reporter:", "Next Steps:", "Q:"; "Petite Terre" holds "Terre").
  if (!within.length && ctx.t.end[c - 1] - ctx.t.start[a] < 3) return undefined;
  // Read or not, an entry of words of the language only is a label ("Sports: the Yankees beat …";
  // review, stop 51).
  let plain = true;
  for (let j = a; j < c && plain; j++) if (isCapWord(ctx, j) && !isPlainWord(ctx, j)) plain = false;
  if (plain) return undefined;
  // A title opens a speaker's name, not a place's ("Mayor Ana Kerr: the town will …").
  if (TITLES.has(lower(ctx, a))) return undefined;
  // A person the text names elsewhere is a speaker ("Okafor: the city needs …" … "Councillor Okafor said").
  if (personElsewhere(ctx, out, spanText(ctx, a, c), a)) return undefined;
  // A person the model reads takes only its own description's head.
  const given = within.some((n) => n.type === PERSON && n.probs[PERSON] >= 0.5);
  const anchor = !given && (within.some((n) => n.type === PLACE) || !!placeLookup(ctx, spanText(ctx, a, c)));
  return { a, c, line, anchor, described: describesPlace(ctx, c, given ? HEAD_WORDS : DESCRIPTION), given };
}

/** The text names `text` as a person somewhere other than at token `a`. */
function personElsewhere(ctx: Ctx, out: Names, text: string, a: number): boolean {
  return out.alive().some((n) => n.a !== a && n.type === PERSON && spanText(ctx, n.a, n.b) === text);
}

/** Entries a listing needs that are places already known. */
const MIN_ANCHORS = 2;

/** place.guide-entry: see the row. */
function guideEntries(ctx: Ctx, out: Names): void {
  const openings = lineOpenings(ctx);
  const entries: Entry[] = [];
  for (let x = 0; x < openings.length; x++) {
    const en = entryAt(ctx, out, openings[x], x);
    if (en) entries.push(en);
  }
  // A listing: three entry lines or more, two of them places the model or the map knows (one is
  // a transcript's dateline or a speaker's town: "Dallas: the city council …"; review, stop 51).
  if (entries.length < MIN_ENTRIES || entries.filter((en) => en.anchor).length < MIN_ANCHORS) return;
  // Blocks: entries on lines in a row; an anchor makes its block a listing of places.
  let k = 0;
  while (k < entries.length) {
    let e = k + 1;
    while (e < entries.length && entries[e].line === entries[e - 1].line + 1) e++;
    const block = entries.slice(k, e);
    const listing = block.length >= 2 && block.some((b) => b.anchor);
    for (const en of block) {
      if (!(en.described || (listing && !en.given))) continue;
      const within = namesWithin(out, en.a, en.c);
      if (within) putOverWithin(out, en.a, en.c, PLACE, GUIDE_ENTRY_ROW.id, within);
    }
    k = e;
  }
}
