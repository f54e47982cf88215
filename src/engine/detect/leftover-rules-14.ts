/**
 * Rules for the weak patterns of issue #9, seventh round (helper ents38b; rows in
 * lexicon/news-leftovers-14.ts). applyNameRules calls `applyLeftoverRows14` after the leftover-12
 * rows, so these read the names every earlier rule decided.
 * - title.abbreviated-office: "Deputy PM [Tomas Varga]", "at 5 PM" and "The PM said" no names.
 */
import { lower, tokensOf, type Ctx } from '../context';
import { ABBREVIATED_OFFICE_ROW } from '../lexicon/news-leftovers-14';
import { lowerSetOf } from '../lexicon/rule-row';
import { Kind } from '../tokenize/tokenize';
import { givenName } from './blind-rules-14';
import {
  FIRST_TOKEN,
  FULL_STOP,
  PERSON,
  aliveByWord,
  capitalisedRun,
  exactFormMarks,
  isCapWord,
  isPunctChar,
  namesWithin,
  type NamedSpan,
  type Names,
} from './named-spans';

export function applyLeftoverRows14(ctx: Ctx, out: Names): void {
  abbreviatedOffices(ctx, out);
}

// --- title.abbreviated-office ------------------------------------------------------------------

const OFFICE_TITLES = new Set(ABBREVIATED_OFFICE_ROW.value.titles);
const OFFICE_TITLES_LOWER = lowerSetOf(ABBREVIATED_OFFICE_ROW.value.titles);
const OFFICE_BEFORE = lowerSetOf(ABBREVIATED_OFFICE_ROW.value.before);

/** title.abbreviated-office: see the row. */
function abbreviatedOffices(ctx: Ctx, out: Names): void {
  const cuts: [NamedSpan, number][] = [];
  const lone: NamedSpan[] = [];
  const times: [NamedSpan, number][] = [];
  for (const n of aliveByWord(ctx, out, OFFICE_TITLES_LOWER, FIRST_TOKEN)) {
    const title = ctx.forms[ctx.form[n.a]];
    if (!OFFICE_TITLES.has(title)) continue;
    // "Adm. Samuel Okoro": the full stop is part of the title.
    const a = n.a + (isPunctChar(ctx, n.a + 1, FULL_STOP) ? 2 : 1);
    // "the PM Society": a body named with the letters; a person or a given name after them is a person.
    if (a < n.b && isCapWord(ctx, a)) {
      // "at 7 PM Grace Church": after a number the letters are a time, not a title.
      if (n.a > 0 && ctx.t.kind[n.a - 1] === Kind.Num) times.push([n, a]);
      else if (n.type === PERSON || givenName(ctx, a)) cuts.push([n, a]);
    } else if (n.b - n.a === 1 && n.a > 0 && officeOrTime(ctx, n.a - 1)) lone.push(n);
  }
  for (const [n, a] of cuts) out.put(a, n.b, PERSON, ABBREVIATED_OFFICE_ROW.id, spanTitle(ctx, n.a, a), n);
  for (const [n, a] of times) out.put(a, n.b, n.type, ABBREVIATED_OFFICE_ROW.id, undefined, n);
  for (const n of lone) out.remove(n);
  unreadAfterTitles(ctx, out);
}

/** Most words of a person's name after the title. */
const NAME_MAX = 3;

/** "Former PM Theresa May spoke": a title no name holds, then a given name and a surname the model left. */
function unreadAfterTitles(ctx: Ctx, out: Names): void {
  const found: [number, number, number][] = [];
  const hits = tokensOf(ctx, exactFormMarks(ctx, OFFICE_TITLES));
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    if (out.at(i) || (i > 0 && ctx.t.kind[i - 1] === Kind.Num)) continue;
    const a = i + (isPunctChar(ctx, i + 1, FULL_STOP) ? 2 : 1);
    const b = capitalisedRun(ctx, a, NAME_MAX + 1);
    if (b - a < 2 || b - a > NAME_MAX || !givenName(ctx, a) || namesWithin(out, a, b)?.length !== 0) continue;
    found.push([i, a, b]);
  }
  for (const [i, a, b] of found) out.put(a, b, PERSON, ABBREVIATED_OFFICE_ROW.id, spanTitle(ctx, i, a));
}

/** Token `i`, right before a lone title, is a number (a time: "5 PM") or an article or possessive. */
function officeOrTime(ctx: Ctx, i: number): boolean {
  return ctx.t.kind[i] === Kind.Num || (ctx.t.kind[i] === Kind.Word && OFFICE_BEFORE.has(lower(ctx, i)));
}

/** The title's text, as the person's role. */
function spanTitle(ctx: Ctx, a: number, b: number): string {
  return ctx.text.slice(ctx.t.start[a], ctx.t.end[b - 1]);
}
