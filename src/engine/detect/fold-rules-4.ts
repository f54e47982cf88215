/**
 * Rules of 1 Dec 2026, evening (helper ents12c, issue #9: patterns across the held-out fold
 * documents of biographies, interviews and court hearings; rows FOLD_PATTERN_ROWS_4 in
 * lexicon/fold-patterns-4.ts). applyNameRules calls `applyFoldPatternRows4` last, so these read
 * every other rule's names. Each visits only the tokens it is about, never every token twice.
 * - person.initial-joins: "[George W.] [Bush]", "K. [Michael Stevens]" are one person each.
 * - person.given-name-joins: "Évariste [Galois]", "Barack [Obama]" take their given name.
 * - organisation.publication-the: "The [Brooklyn Paper]" is "The Brooklyn Paper".
 * - organisation.appeals-circuit: "the Ninth Circuit", "the D.C. Circuit" are courts.
 */
import { Flag, Kind } from '../tokenize/tokenize';
import { lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import { COMMON_WORDS, FIRST_NAME_SET, FUNCTION_WORDS, MONTHS, TITLES, WEEKDAYS, unaccented } from '../lexicon/words';
import { FEMALE_NAMES, MALE_NAMES } from '../lexicon/gender-names';
import { FOLD_PATTERN_ROWS_4 } from '../lexicon/fold-patterns-4';
import { rowNamed } from '../lexicon/rule-row';
import { ORG, PERSON, formMarks, isCapWord, type Names, type NamedSpan, capitalisedOnLine } from './named-spans';

export function applyFoldPatternRows4(ctx: Ctx, out: Names): void {
  initialJoins(ctx, out);
  givenNameJoins(ctx, out);
  publicationThe(ctx, out);
  appealsCircuits(ctx, out);
}

/** Token `i` is one capital letter and its full stop ("H.", "K."). */
function isInitial(ctx: Ctx, i: number): boolean {
  const t = ctx.t;
  if (i < 0 || i >= t.count || t.kind[i] !== Kind.Word || t.end[i] - t.start[i] !== 2) return false;
  const c = ctx.text.charCodeAt(t.start[i]);
  return c >= 65 && c <= 90 && ctx.text.charCodeAt(t.start[i] + 1) === 46;
}

/** A capitalised word that may go on a person's name: no function, common, calendar or title word. */
function nameWord(ctx: Ctx, i: number): boolean {
  if (!isCapWord(ctx, i) || ctx.t.flags[i] & Flag.AllCaps) return false;
  const w = lower(ctx, i);
  return !(FUNCTION_WORDS.has(w) || COMMON_WORDS.has(w) || MONTHS.has(w) || WEEKDAYS.has(w) || TITLES.has(w));
}

/** Most words of a surname read after an initial ("W. [Bush]", "H. [van Buren]" is left alone). */
const SURNAME_WORDS = 2;

/** person.initial-joins: "[George W.] [Bush]", "K. [Michael Stevens]": see the row. */
function initialJoins(ctx: Ctx, out: Names): void {
  const { id } = rowNamed(FOLD_PATTERN_ROWS_4, 'person.initial-joins');
  const t = ctx.t;
  const alive = out.alive();
  for (let x = 0; x < alive.length; x++) {
    const n = alive[x];
    if (n.type !== PERSON || out.at(n.a) !== n) continue;
    let a = n.a,
      b = n.b;
    // A person that ends on an initial goes on over the surname after it.
    // A surname the tagger named itself may be a word too ("[George W.] [Bush]"); an unnamed one may not.
    if (isInitial(ctx, b - 1) && capitalisedOnLine(ctx, b) && !(t.flags[b] & Flag.AllCaps)) {
      const next = out.at(b);
      if (next && next.a === b && next.b - next.a <= SURNAME_WORDS && !TITLES.has(lower(ctx, b))) b = next.b;
      else if (!next)
        while (b < t.count && b - n.b < SURNAME_WORDS && capitalisedOnLine(ctx, b) && nameWord(ctx, b)) b++;
    }
    // Initials just before a person, in no name of their own ("K. [Michael Stevens]").
    while (a > 0 && isInitial(ctx, a - 1) && !out.at(a - 1) && !(t.flags[a] & Flag.NewLine)) a--;
    if (a === n.a && b === n.b) continue;
    // A lone initial opening the line or after a name's end could be a sentence's last letter
    // ("… in Group B. Smith said"): an initial joins only when another initial or the line's start,
    // punctuation or a lowercase word stands before it.
    if (a < n.a && a > 0 && isCapWord(ctx, a - 1) && !isInitial(ctx, a - 1) && !(t.flags[a] & Flag.NewLine)) continue;
    out.put(a, b, PERSON, id, undefined, n);
  }
}

const GIVEN_NAMES = new Set([
  ...FIRST_NAME_SET,
  ...`${FEMALE_NAMES} ${MALE_NAMES}`.toLowerCase().split(/\s+/).filter(Boolean),
]);

/** The first words of the people this document names in full, title words aside ("Évariste" of "Évariste Galois"). */
function givenNamesOf(ctx: Ctx, names: readonly NamedSpan[]): Set<string> {
  const words = new Set<string>();
  for (const n of names) if (n.type === PERSON && n.b - n.a > 1 && nameWord(ctx, n.a)) words.add(lower(ctx, n.a));
  return words;
}

/** Most given names read back before a surname ("Jens Otto Harry [Jespersen]"). */
const GIVEN_WORDS = 3;

/** person.given-name-joins: "Évariste [Galois]", "Barack [Obama]": see the row. */
function givenNameJoins(ctx: Ctx, out: Names): void {
  const { id } = rowNamed(FOLD_PATTERN_ROWS_4, 'person.given-name-joins');
  const t = ctx.t;
  let own: Set<string> | undefined;
  const alive = out.alive();
  for (let x = 0; x < alive.length; x++) {
    const n = alive[x];
    if (n.type !== PERSON || out.at(n.a) !== n || n.a < 1 || t.flags[n.a] & Flag.NewLine) continue;
    own ??= givenNamesOf(ctx, out.alive());
    let a = n.a;
    while (a > 0 && n.a - a < GIVEN_WORDS && !out.at(a - 1) && nameWord(ctx, a - 1)) {
      const w = lower(ctx, a - 1);
      if (
        !(GIVEN_NAMES.has(w) || GIVEN_NAMES.has(unaccented(w)) || own.has(w)) ||
        placeLookup(ctx, spanText(ctx, a - 1, a))
      )
        break;
      a--;
      if (t.flags[a] & Flag.NewLine) break;
    }
    if (a < n.a) out.put(a, n.b, PERSON, id, undefined, n);
  }
}

const PUBLICATION_HEADS = new Set(rowNamed(FOLD_PATTERN_ROWS_4, 'organisation.publication-the').value);

/** organisation.publication-the: "The [Brooklyn Paper]", "The [Independent] reported": see the row. */
function publicationThe(ctx: Ctx, out: Names): void {
  const { id } = rowNamed(FOLD_PATTERN_ROWS_4, 'organisation.publication-the');
  const t = ctx.t;
  const alive = out.alive();
  for (let x = 0; x < alive.length; x++) {
    const n = alive[x];
    if (out.at(n.a) !== n || n.a < 1 || !PUBLICATION_HEADS.has(lower(ctx, n.b - 1))) continue;
    const the = n.a - 1;
    // A capitalised "The" on the same line, in no other name.
    if (t.kind[the] !== Kind.Word || lower(ctx, the) !== 'the' || !(t.flags[the] & Flag.Cap)) continue;
    if (t.flags[n.a] & Flag.NewLine || out.at(the) || t.flags[the] & Flag.AllCaps) continue;
    out.put(the, n.b, ORG, id, undefined, n);
  }
}

const CIRCUIT_WORDS = new Set(rowNamed(FOLD_PATTERN_ROWS_4, 'organisation.appeals-circuit').value);

/** organisation.appeals-circuit: "the Ninth Circuit", "the D.C. Circuit": see the row. */
function appealsCircuits(ctx: Ctx, out: Names): void {
  const { id } = rowNamed(FOLD_PATTERN_ROWS_4, 'organisation.appeals-circuit');
  const t = ctx.t;
  const hits = tokensOf(ctx, formMarks(ctx, new Set(['circuit'])));
  for (let x = 0; x < hits.length; x++) {
    const c = hits[x];
    const o = c - 1;
    if (o < 0 || !isCapWord(ctx, c) || !isCapWord(ctx, o) || t.flags[c] & Flag.NewLine) continue;
    if (!CIRCUIT_WORDS.has(lower(ctx, o))) continue;
    // "the Ninth Circuit Court of Appeals": a longer name is left as it is.
    if (capitalisedOnLine(ctx, c + 1)) continue;
    const before = out.at(o - 1),
      after = out.at(c + 1);
    if ((before && before === out.at(o)) || (after && after === out.at(c))) continue;
    const n = out.at(o) ?? out.at(c);
    if (n && n.a === o && n.b === c + 1 && n.type === ORG) continue;
    out.put(o, c + 1, ORG, id, undefined, n && n.a === o && n.b === c + 1 ? n : undefined);
  }
}
