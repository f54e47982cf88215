/**
 * Rules for missed places and bodies fold rows 28 left on the study folds, eleventh round (helper
 * ents57c, issue #9; rows in lexicon/fold-patterns-29.ts). applyNameRules calls
 * `applyFoldPatternRows29` right after the fold-28 rows.
 * - place.town-before-civic-office: "[Montpelier] Mayor Jack McCullough": the town before a local
 *   office and its holder's name is a place.
 * - organisation.body-before-leader: "[BC United] Leader Kevin Falcon": the party or firm before
 *   its head's office and name is a body.
 */
import { isDemonym, lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import { BODY_BEFORE_LEADER_ROW, TOWN_BEFORE_CIVIC_OFFICE_ROW } from '../lexicon/fold-patterns-29';
import { KNOWN_ORGS, TITLES, TITLE_MODIFIERS } from '../lexicon/words';
import {
  ACRONYM,
  ORG,
  PERSON,
  PLACE,
  capitalisedRunBefore,
  formMarks,
  isCapWord,
  isPlainWord,
  isWeekdayOrMonth,
  onLine,
  type NamedSpan,
  type Names,
} from './named-spans';

export function applyFoldPatternRows29(ctx: Ctx, out: Names): void {
  namesBeforeOffices(ctx, out, TOWN_BEFORE_CIVIC_OFFICE_ROW, PLACE);
  namesBeforeOffices(ctx, out, BODY_BEFORE_LEADER_ROW, ORG);
}

// --- place.town-before-civic-office, organisation.body-before-leader ----------------------------

/** Longest town or body before the office, in words. */
const RUN_MAX = 3;
/** Below this the model's own reading of the words before the office gives way. */
const WEAK = 0.6;
/** Adjectives and participles by their ending, and compounds ("Two-term"). */
const DESCRIBING_SHAPE = /(?:ed|ing|ic|ful|ous|ive)$|-/;

type OfficeRow = typeof TOWN_BEFORE_CIVIC_OFFICE_ROW;
const officesOf = new Map<OfficeRow, ReadonlySet<string>>();
const openersOf = new Map<OfficeRow, ReadonlySet<string>>();
const setFor = (cache: Map<OfficeRow, ReadonlySet<string>>, row: OfficeRow, list: readonly string[]) => {
  let s = cache.get(row);
  if (!s) cache.set(row, (s = new Set(list)));
  return s;
};

/**
 * Token `i` opens the run before an office without being part of the town's or the body's name: a
 * rank, party or time word of the row, a title, a title's modifier, a weekday, a month, a demonym
 * ("Former", "Republican", "Deputy", "Kurdish").
 */
function opensOffice(ctx: Ctx, i: number, openers: ReadonlySet<string>): boolean {
  const w = lower(ctx, i);
  return (
    openers.has(w) ||
    TITLES.has(w) ||
    TITLE_MODIFIERS.has(w) ||
    isWeekdayOrMonth(ctx, i) ||
    isDemonym(ctx, ctx.text.slice(ctx.t.start[i], ctx.t.end[i]))
  );
}

/**
 * The article reads `text` as a person, or a person's last word ("Trump Mayor …" after "Donald
 * Trump"), elsewhere than at [a, b).
 */
function readAsPerson(ctx: Ctx, out: Names, text: string, a: number, b: number): boolean {
  return out.alive().some((n) => {
    if (n.type !== PERSON || (n.a >= a && n.b <= b)) return false;
    const s = spanText(ctx, n.a, n.b);
    return s === text || s.endsWith(' ' + text);
  });
}

/** The two rows: see them. Only the offices' tokens are read. */
function namesBeforeOffices(ctx: Ctx, out: Names, row: OfficeRow, type: number): void {
  const offices = setFor(officesOf, row, row.value.offices);
  const openers = setFor(openersOf, row, row.value.openers);
  const hits = tokensOf(ctx, formMarks(ctx, offices));
  for (let x = 0; x < hits.length; x++) {
    const h = hits[x];
    if (h < 1 || !onLine(ctx, h)) continue;
    // A person's name right after the office (or one the model read with the office in it).
    const p = out.at(h + 1) ?? out.at(h);
    if (!p || p.type !== PERSON || (p.a !== h + 1 && p.a !== h) || p.b <= h + 1) continue;
    // The capitalised words before the office, at most RUN_MAX once the leading words that are
    // no part of a name are skipped; a longer run is a headline or a list.
    const a0 = capitalisedRunBefore(ctx, h, RUN_MAX + 2);
    if (a0 > 0 && isCapWord(ctx, a0 - 1) && onLine(ctx, a0)) continue;
    let a = a0;
    while (a < h && opensOffice(ctx, a, openers)) a++;
    // What is left opens with a word outside the language: "Fort Worth", "Grand Rapids" or
    // "Yesterday" are left to the model and the map, not cut to their second word.
    if (a === h || h - a > RUN_MAX || isPlainWord(ctx, a)) continue;
    let ok = true;
    for (let i = a; i < h && ok; i++) {
      const w = lower(ctx, i);
      if (TITLES.has(w) || TITLE_MODIFIERS.has(w)) ok = false;
    }
    if (!ok) continue;
    // The names over the run: none may reach past it, and each must be the model's alone and
    // weak, of another type.
    const over: NamedSpan[] = [];
    for (let i = a; i < h && ok; i++) {
      const n = out.at(i);
      if (!n || over.includes(n)) continue;
      if (n.a < a || n.b > h || n.rule || n.type === type || n.probs[n.type] >= WEAK) ok = false;
      else over.push(n);
    }
    if (!ok) continue;
    const text = spanText(ctx, a, h);
    if (KNOWN_ORGS.has(text.toLowerCase()) || readAsPerson(ctx, out, text, a, h)) continue;
    // "Embattled Mayor Eric Adams", "Jailed leader Alexei Navalny", "Two-term Mayor …": a sentence's
    // capitalised first word shaped like an adjective or a participle describes the holder.
    if (h - a === 1 && a === ctx.s.first[ctx.s.of[a]] && DESCRIBING_SHAPE.test(text)) continue;
    // "NSC leader Nicolien van Vroonhoven": a body's short form alone before its head's office is
    // left to the short-form rows (organisation.expansion-of-read-short-form reads it as the title's).
    if (type === ORG && (placeLookup(ctx, text) || (h - a === 1 && ACRONYM.test(text)))) continue;
    out.put(
      a,
      h,
      type,
      row.id,
      undefined,
      over.length === 1 && over[0].a === a && over[0].b === h ? over[0] : undefined,
    );
  }
}
