/**
 * Rules for the weak patterns of issue #9, eighth round (helper ents39b; rows in
 * lexicon/news-leftovers-15.ts). applyNameRules calls `applyLeftoverRows15` after the leftover-14
 * rows, so these read the names every earlier rule decided.
 * - person.given-names-shared-surname: "[Sam] and Eli Brightwell founded the company".
 * - none.acronym-thing-frame: "the MVA-BN vaccine", "QMF files", "the HRI scale" are no bodies.
 */
import { isDemonym, lower, placeLookup, tokensOf, word, type Ctx } from '../context';
import {
  ACRONYM_THING_FRAME_ROW,
  GIVEN_NAMES_SHARED_SURNAME_ROW,
  UNKNOWN_PLACE_LIST_ROW,
} from '../lexicon/news-leftovers-15';
import { HYPHENED_PARTY_ACRONYM_ROW } from '../lexicon/news-leftovers-11';
import { KNOWN_ACRONYM_ROWS } from '../lexicon/names';
import { lowerSetOf, rowNamed } from '../lexicon/rule-row';
import { KNOWN_ORGS, TITLES } from '../lexicon/words';
import { givenName, languageWord } from './blind-rules-14';
import {
  ORG,
  PERSON,
  capitalisedOnLine,
  exactFormMarks,
  formMarks,
  isCapWord,
  COMMA,
  isPunctChar,
  isLowerWord,
  isWeekdayOrMonth,
  isWord,
  PLACE,
  personWordsOf,
  onLine,
  type NamedSpan,
  type Names,
} from './named-spans';

export function applyLeftoverRows15(ctx: Ctx, out: Names): void {
  givenNamesSharingSurname(ctx, out);
  acronymThingFrames(ctx, out);
  unknownPlaceLists(ctx, out);
}

// --- person.given-names-shared-surname -----------------------------------------------------------

const AND: ReadonlySet<string> = new Set(['and']);

/** person.given-names-shared-surname: see the row. */
function givenNamesSharingSurname(ctx: Ctx, out: Names): void {
  const ands = tokensOf(ctx, formMarks(ctx, AND));
  for (let x = 0; x < ands.length; x++) {
    const j = ands[x];
    const i = j - 1;
    if (i < 0 || !isLowerWord(ctx, j) || !capitalisedOnLine(ctx, i) || !onLine(ctx, j + 1) || out.at(i)) continue;
    // "Jones and Eli Brightwell": a capital before the word makes it the end of a longer name.
    if (i > 0 && isCapWord(ctx, i - 1) && onLine(ctx, i)) continue;
    if (!givenName(ctx, i) || languageWord(ctx, i) || TITLES.has(lower(ctx, i)) || isDemonym(ctx, word(ctx, i)))
      continue;
    // A place the map knows is left unless the map itself calls the name a personal name too ("Anna").
    if (placeLookup(ctx, word(ctx, i)) && !ctx.gaz?.isWeak?.(word(ctx, i))) continue;
    const next = out.at(j + 1);
    // The second person named in full: a given name and one word or more after it.
    if (!next || next.type !== PERSON || next.a !== j + 1 || next.b - next.a < 2 || !givenName(ctx, next.a)) continue;
    out.put(i, j, PERSON, GIVEN_NAMES_SHARED_SURNAME_ROW.id);
  }
}

// --- none.acronym-thing-frame --------------------------------------------------------------------

const KNOWN_ACRONYMS: ReadonlySet<string> = new Set(rowNamed(KNOWN_ACRONYM_ROWS, 'organisation.known-acronym').value);
const THINGS = lowerSetOf(ACRONYM_THING_FRAME_ROW.value.things);
/** Two capitals or more, digits and hyphens between ("QMF", "MVA-BN", "SDL-4"). */
const ACRONYM_SHAPE = /^\p{Lu}[\p{Lu}\d]*(?:-[\p{Lu}\d]+)*$/u;

/** none.acronym-thing-frame: see the row. */
function acronymThingFrames(ctx: Ctx, out: Names): void {
  const framed: NamedSpan[] = [];
  const elsewhere = new Set<string>();
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    if (n.type !== ORG || n.b - n.a !== 1) continue;
    const w = word(ctx, n.a);
    if (!ACRONYM_SHAPE.test(w) || w.replace(/[^\p{Lu}]/gu, '').length < 2) continue;
    if (
      (!n.rule || n.rule === HYPHENED_PARTY_ACRONYM_ROW.id) &&
      thingAfter(ctx, n.b) &&
      !KNOWN_ORGS.has(w.toLowerCase()) &&
      !KNOWN_ACRONYMS.has(w)
    )
      framed.push(n);
    else elsewhere.add(w);
  }
  for (const n of framed) if (!elsewhere.has(word(ctx, n.a)) && !namedOutsideFrames(ctx, n)) out.remove(n);
}

/** A thing's noun at `k` with no noun after it ("the WHO vaccine panel" keeps the body). */
function thingAfter(ctx: Ctx, k: number): boolean {
  if (!isLowerWord(ctx, k) || !THINGS.has(lower(ctx, k))) return false;
  return !(isLowerWord(ctx, k + 1) && !languageFrameWord(ctx, k + 1));
}

/** Words that may follow the thing's noun and are no noun of it ("files that", "scale before"). */
const AFTER_THING = new Set(
  `that which was were is are and or to in on at for from of by with before after as from the a an it its
  this these has have had will would can could rose fell reached passed said`.split(/\s+/),
);
const languageFrameWord = (ctx: Ctx, k: number) => AFTER_THING.has(lower(ctx, k));

/** The acronym of `n` appears elsewhere in the text, capitalised, outside a thing's frame. */
function namedOutsideFrames(ctx: Ctx, n: NamedSpan): boolean {
  const w = word(ctx, n.a);
  // The acronym's own tokens (every form written as it is), not every token of the text.
  const same = tokensOf(ctx, exactFormMarks(ctx, { has: (form: string) => form === w }));
  for (let x = 0; x < same.length; x++) if (same[x] !== n.a && !thingAfter(ctx, same[x] + 1)) return true;
  return false;
}

// --- place.unknown-list ------------------------------------------------------------------------

const LIST_PREPOSITIONS = lowerSetOf(UNKNOWN_PLACE_LIST_ROW.value.prepositions);
const LIST_PLACE_PLURALS = lowerSetOf(UNKNOWN_PLACE_LIST_ROW.value.placePlurals);
/** Fewest and most members of a list. */
const LIST_MIN = 3,
  LIST_MAX = 6;
/** A member the model read with this certainty or more is its reading, and the list is left. */
const DOUBT = 0.6;
/** A person reading this sure, or more, is a person's name in a list of topics ("Brexit, Covid and Trump"). */
const PERSON_DOUBT = 0.35;

/** The words that may open a list: its prepositions, and "of" after a plural of places. */
const LIST_OPENERS: ReadonlySet<string> = new Set([...LIST_PREPOSITIONS, 'of']);

/** place.unknown-list: see the row. */
function unknownPlaceLists(ctx: Ctx, out: Names): void {
  let people: Set<string> | undefined;
  // From the opening words' tokens, in text order (a walk over every token cost 45–58 ms of the bench's 1.1 MB).
  const openers = tokensOf(ctx, formMarks(ctx, LIST_OPENERS));
  for (let x = 0; x < openers.length; x++) {
    const p = openers[x];
    if (p + 1 >= ctx.t.count || !isLowerWord(ctx, p)) continue;
    const w = lower(ctx, p);
    const opens = LIST_PREPOSITIONS.has(w) || (w === 'of' && p > 0 && LIST_PLACE_PLURALS.has(lower(ctx, p - 1)));
    if (!opens) continue;
    const members = listAt(ctx, p + 1);
    if (!members) continue;
    people ??= personWordsOf(ctx, out.alive());
    const ok = members.every((i) => {
      const n = out.at(i);
      // No member a body, or a person the model leans to: "a tax on Uber, Lyft and DoorDash", "focused
      // on Brexit, Covid and Trump" are no places (lead, stop 49).
      if (n && (n.type === ORG || (n.type === PERSON && n.probs[PERSON] >= PERSON_DOUBT))) return false;
      if (n && (n.a !== i || n.b !== i + 1 || n.rule || n.type === PLACE || n.probs[n.type] >= DOUBT)) return false;
      return (
        !givenName(ctx, i) &&
        !languageWord(ctx, i) &&
        !isDemonym(ctx, word(ctx, i)) &&
        !isWeekdayOrMonth(ctx, i) &&
        !TITLES.has(lower(ctx, i)) &&
        !people?.has(lower(ctx, i))
      );
    });
    if (!ok) continue;
    for (const i of members) {
      const n = out.at(i);
      out.put(i, i + 1, PLACE, UNKNOWN_PLACE_LIST_ROW.id, undefined, n);
    }
  }
}

/**
 * The members listAt has read so far: nearly every opener ("in Paris.") is no list, so an array is
 * made only for a list found (tidy45: the array made per opener was 0.95 MB of the bench's 46 MB).
 */
const LIST_SCRATCH = new Int32Array(LIST_MAX + 2);

/** Single capitalised words from `a`, joined by commas and closed by "and": their tokens, or none. */
function listAt(ctx: Ctx, a: number): number[] | undefined {
  let n = 0;
  let k = a;
  for (;;) {
    if (!capitalisedOnLine(ctx, k) || capitalisedOnLine(ctx, k + 1)) return undefined;
    LIST_SCRATCH[n++] = k;
    if (n > LIST_MAX) return undefined;
    if (isPunctChar(ctx, k + 1, COMMA) && capitalisedOnLine(ctx, k + 2)) k += 2;
    else if (isWord(ctx, k + 1, 'and') && isLowerWord(ctx, k + 1)) {
      if (!capitalisedOnLine(ctx, k + 2) || capitalisedOnLine(ctx, k + 3)) return undefined;
      LIST_SCRATCH[n++] = k + 2;
      return n >= LIST_MIN && n <= LIST_MAX ? Array.from(LIST_SCRATCH.subarray(0, n)) : undefined;
    } else return undefined;
  }
}
