/**
 * Name rows of the lead's reading in stop 63 (issue #9; rows in lexicon/lead-names-63.ts).
 * applyNameRules calls `applyLeadNameRows63` after the stop-62 rows, so these read the names every
 * other rule decided.
 * - sport.saint-club: "St Mirren", "St Johnstone" in a sports report are clubs.
 */
import { lower, type Ctx } from '../context';
import { SAINT_CLUB_ROW } from '../lexicon/lead-names-63';
import { Kind } from '../tokenize/tokenize';
import { ORG, PERSON, PLACE, exactFormMarks, isCapWord, onLine, type NamedSpan, type Names } from './named-spans';
import { isSportsReportNamingNoElection } from './sport-sentences';

export function applyLeadNameRows63(ctx: Ctx, out: Names): void {
  saintClubs(ctx, out);
}

// --- sport.saint-club ------------------------------------------------------------------------------

const SAINTS: ReadonlySet<string> = new Set(SAINT_CLUB_ROW.value.saints);
const PLACE_WORDS: ReadonlySet<string> = new Set(SAINT_CLUB_ROW.value.places);
const FEAST_WORDS: ReadonlySet<string> = new Set(SAINT_CLUB_ROW.value.feasts);

/** sport.saint-club: see the row. */
function saintClubs(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const marks = exactFormMarks(ctx, SAINTS);
  let sports: boolean | undefined;
  const puts: [number, number, NamedSpan][] = [];
  for (let s = 0; s + 1 < t.count; s++) {
    if (!marks[ctx.form[s]]) continue;
    // "St. Mirren": past the point.
    const name = t.kind[s + 1] === Kind.Punct && ctx.text[t.start[s + 1]] === '.' ? s + 2 : s + 1;
    if (!isCapWord(ctx, name) || !onLine(ctx, name)) continue;
    if (s > 0 && PLACE_WORDS.has(lower(ctx, s - 1))) continue;
    const n = out.at(name) ?? out.at(s);
    if (!n || n.rule || n.b > name + 2) continue;
    // "on St Stephen's Day": a saint's feast, no club (review of stop 63).
    if (n.b + 1 < t.count && t.kind[n.b] === Kind.Poss && FEAST_WORDS.has(lower(ctx, n.b + 1))) continue;
    const person = n.type === PERSON && (n.a === s || n.a === name);
    const cut = n.type === PLACE && n.a === name && n.probs[PLACE] < SAINT_CLUB_ROW.value.unsurePlace;
    if (!person && !cut) continue;
    if (!(sports ??= isSportsReportNamingNoElection(ctx))) return;
    puts.push([s, n.b, n]);
  }
  for (const [a, b, was] of puts) out.put(a, b, ORG, SAINT_CLUB_ROW.id, undefined, was);
}
