/**
 * Name rows of the lead's reading in stop 62 (issue #9; rows in lexicon/lead-names-62.ts).
 * applyNameRules calls `applyLeadNameRows62` after the stop-61 rows, so these read the names every
 * other rule decided.
 * - sport.league-side-town: "Championship side Sunderland" is a division and a club.
 */
import { lower, type Ctx } from '../context';
import { LEAGUE_SIDE_TOWN_ROW } from '../lexicon/lead-names-62';
import { FIRST_NAME_SET, MONTHS, WEEKDAYS } from '../lexicon/words';
import {
  ORG,
  PERSON,
  PLACE,
  exactFormMarks,
  isCapWord,
  isPlainWord,
  onLine,
  type NamedSpan,
  type Names,
} from './named-spans';

export function applyLeadNameRows62(ctx: Ctx, out: Names): void {
  leagueSideTowns(ctx, out);
}

// --- sport.league-side-town ---------------------------------------------------------------------

const TEAM_NOUNS: ReadonlySet<string> = new Set(LEAGUE_SIDE_TOWN_ROW.value.nouns);
const { unsure: UNSURE } = LEAGUE_SIDE_TOWN_ROW.value;

/**
 * A reading the row may turn into a club or a division: a place, or a person the model is unsure
 * of that opens with no given name ("The Liverpool side Jurgen Klopp built" is his), not another row's.
 */
const retypable = (ctx: Ctx, n: NamedSpan | undefined) =>
  !!n &&
  !n.rule &&
  (n.type === PLACE || (n.type === PERSON && n.probs[PERSON] < UNSURE && !FIRST_NAME_SET.has(lower(ctx, n.a))));

/** sport.league-side-town: see the row. */
function leagueSideTowns(ctx: Ctx, out: Names): void {
  const marks = exactFormMarks(ctx, TEAM_NOUNS);
  const puts: [number, number, NamedSpan | undefined][] = [];
  for (let i = 1; i + 1 < ctx.t.count; i++) {
    if (!marks[ctx.form[i]] || !onLine(ctx, i + 1) || !isCapWord(ctx, i - 1) || !isCapWord(ctx, i + 1)) continue;
    // The club: one or two capitalised words, then no third.
    const b = isCapWord(ctx, i + 2) && onLine(ctx, i + 2) ? i + 3 : i + 2;
    if (isCapWord(ctx, b) && onLine(ctx, b)) continue;
    const club = out.at(i + 1);
    if (club && (club.a !== i + 1 || club.b !== b || !retypable(ctx, club))) continue;
    // Unread: a name, not a day, a month or a word the text writes in lowercase too.
    const w = lower(ctx, i + 1);
    if (!club && (WEEKDAYS.has(w) || MONTHS.has(w) || isPlainWord(ctx, i + 1))) continue;
    // The division: the name that ends right before the noun.
    const division = out.at(i - 1);
    if (division && (division.b !== i || (division.type !== ORG && !retypable(ctx, division)))) continue;
    puts.push([i + 1, b, club]);
    if (division && division.type !== ORG) puts.push([division.a, division.b, division]);
  }
  for (const [a, b, was] of puts) out.put(a, b, ORG, LEAGUE_SIDE_TOWN_ROW.id, undefined, was);
}
