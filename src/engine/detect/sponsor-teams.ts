/**
 * sport.sponsor-team (lexicon/news-leftovers-10.ts), called by applyLeftoverRows10: teams named
 * after their sponsors with a word that says they are a team — "[Team Visma]", "[Red Bull
 * Racing]", "[MoneyGram Haas F1 Team]", "[Scuderia Ferrari]" — and the driver named right after
 * the team and a role ("[Oracle Red Bull Racing] driver [Max Verstappen]"). One row from two
 * written in parallel (ents33b's sport.sponsor-team and ents33a's organisation.racing-team, which
 * both read "… Racing" with different guards), merged by ents34c.
 */
import { lower, tokensOf, type Ctx } from '../context';
import { SPONSOR_TEAM_ROW } from '../lexicon/news-leftovers-10';
import { lowerSetOf, setOf } from '../lexicon/rule-row';
import { TITLES } from '../lexicon/words';
import { givenName } from './blind-rules-14';
import {
  ORG,
  PERSON,
  capitalisedOnLine,
  capitalisedRun,
  exactFormMarks,
  formMarks,
  isCapWord,
  isLowerWord,
  isPlainWord,
  isWeekdayOrMonth,
  isWord,
  namesWithin,
  opensLine,
  type Names,
} from './named-spans';

const HEADS = setOf(SPONSOR_TEAM_ROW.value.heads);
const TAILS = lowerSetOf(SPONSOR_TEAM_ROW.value.tails);
const PREFIXES = lowerSetOf(SPONSOR_TEAM_ROW.value.prefixes);
const ROLES = lowerSetOf(SPONSOR_TEAM_ROW.value.roles);
/** Most capitalised words of a sponsor's name before its tail, the tail included. */
const MAX_TEAM_WORDS = 6;
/** Most capitalised words after "Team". */
const HEAD_WORDS = 3;
/** A model reading this sure of another name keeps a driver's words from the row. */
const SURE = 0.6;

/** sport.sponsor-team: see the row. */
export function sponsorTeams(ctx: Ctx, out: Names): void {
  const teams: [number, number][] = [];
  teamsAfterHead(ctx, teams);
  for (const t of tokensOf(ctx, formMarks(ctx, TAILS))) {
    const team = isCapWord(ctx, t) ? teamBefore(ctx, t) : undefined;
    if (team && sponsorShown(ctx, out, team, t)) teams.push(team);
  }
  f1Teams(ctx, teams);
  for (const h of tokensOf(ctx, formMarks(ctx, PREFIXES))) {
    if (!isCapWord(ctx, h) || !capitalisedOnLine(ctx, h + 1)) continue;
    const e = capitalisedOnLine(ctx, h + 2) && !capitalisedOnLine(ctx, h + 3) ? h + 3 : h + 2;
    if (!capitalisedOnLine(ctx, e)) teams.push([h, e]);
  }
  const kept = teams.filter(([a, b]) => {
    // Every word a sponsor's, not a place or person a rule is sure of, nor a longer name's.
    const within = namesWithin(out, a, b);
    return !!within && !within.some((n) => n.rule && n.type !== ORG);
  });
  const drivers = kept.map(([, b]) => driverAfter(ctx, out, b)).filter((d) => !!d);
  for (const [a, b] of kept) {
    const n = out.at(a);
    if (n && n.a === a && n.b === b && n.type === ORG) continue;
    out.put(a, b, ORG, SPONSOR_TEAM_ROW.id, undefined, n);
  }
  for (const [a, b] of drivers) {
    const n = out.at(a);
    if (n && n.a === a && n.b === b && n.type === PERSON) continue;
    out.put(a, b, PERSON, SPONSOR_TEAM_ROW.id, undefined, n);
  }
}

/** "Team Visma", "Team Jayco AlUla": "Team" and one to three capitalised words, no given name first. */
function teamsAfterHead(ctx: Ctx, teams: [number, number][]): void {
  for (const h of tokensOf(ctx, exactFormMarks(ctx, HEADS))) {
    // "UAE Team Emirates" is read whole by the model; "Team" inside a run is not its head.
    if (!capitalisedOnLine(ctx, h + 1) || (isCapWord(ctx, h - 1) && !opensLine(ctx, h))) continue;
    const b = capitalisedRun(ctx, h + 1, HEAD_WORDS);
    if (capitalisedOnLine(ctx, b)) continue;
    let plain = true;
    for (let i = h + 1; i < b && plain; i++) plain = !TITLES.has(lower(ctx, i)) && !isWeekdayOrMonth(ctx, i);
    // No one is named "Team …" unless a given name follows ("Team Anna Berg": a person's supporters).
    if (plain && !givenName(ctx, h + 1)) teams.push([h, b]);
  }
}

/** The team named by its tail at `t` ("… Racing", "… Racing Team", "… Motorsport"), or undefined. */
function teamBefore(ctx: Ctx, t: number): [number, number] | undefined {
  // A capitalised "Team" is the name's ("Racing Team"); "the Pole Position Racing team" describes it.
  const e = isWord(ctx, t + 1, 'team') && capitalisedOnLine(ctx, t + 1) ? t + 2 : t + 1;
  if (capitalisedOnLine(ctx, e)) return undefined;
  let a = t;
  while (a - 1 >= 0 && t - a + 1 < MAX_TEAM_WORDS && isCapWord(ctx, a - 1) && !opensLine(ctx, a)) a--;
  // "The" opening a sentence is no sponsor.
  if (isWord(ctx, a, 'the') && a < t) a++;
  return t - a >= 1 ? [a, e] : undefined;
}

/**
 * The one guard of the tail: a single word before it is a sponsor's only when it is no word of the
 * language ("Horse Racing", "Drag Racing" name the sport) and the model read the team or a role
 * follows it ("Trackhouse Racing driver …"); a word left unread before the tail may be a sport the
 * lists lack ("Greyhound Racing is popular"). Two words or more are a sponsor's name.
 */
function sponsorShown(ctx: Ctx, out: Names, [a, e]: [number, number], t: number): boolean {
  if (t - a > 1) return true;
  if (isPlainWord(ctx, a)) return false;
  if (isLowerWord(ctx, e) && ROLES.has(lower(ctx, e))) return true;
  for (let k = a; k < e; k++) if (out.at(k)) return true;
  return false;
}

/** "MoneyGram Haas F1 Team": the tail is "F1 Team". */
function f1Teams(ctx: Ctx, teams: [number, number][]): void {
  for (const t of tokensOf(ctx, exactFormMarks(ctx, new Set(['F1'])))) {
    if (!isWord(ctx, t + 1, 'team') || !capitalisedOnLine(ctx, t + 1) || capitalisedOnLine(ctx, t + 2)) continue;
    let a = t;
    while (a - 1 >= 0 && t - a < MAX_TEAM_WORDS - 1 && isCapWord(ctx, a - 1) && !opensLine(ctx, a)) a--;
    if (isWord(ctx, a, 'the') && a < t) a++;
    if (a < t) teams.push([a, t + 2]);
  }
}

/** The driver named right after the team ending at `r` and a role ("… Racing driver Max Verstappen"). */
function driverAfter(ctx: Ctx, out: Names, r: number): [number, number] | undefined {
  if (!isLowerWord(ctx, r) || !ROLES.has(lower(ctx, r))) return undefined;
  let e = r + 1;
  while (e < ctx.t.count && e - r - 1 < 4 && capitalisedOnLine(ctx, e) && !isWeekdayOrMonth(ctx, e)) e++;
  // A given name may be a word too ("Max"); the surname may not.
  if (e - r - 1 < 2 || e - r - 1 > 3 || capitalisedOnLine(ctx, e) || isPlainWord(ctx, e - 1)) return undefined;
  const d = out.at(r + 1);
  if (d && (d.a < r + 1 || d.b > e || d.type !== PERSON) && (!!d.rule || d.probs[d.type] >= SURE)) return undefined;
  return [r + 1, e];
}
