/**
 * Rules from the blind entity batches 14 and 15 and batch 13's leftovers (1 Dec 2026, helper
 * ents12a, issue #9; rows in lexicon/blind-news-5.ts). applyNameRules calls `applyBlindNewsRows5`
 * last, so these read every other rule's names. Each visits only its own words' tokens or the
 * names, never every token, and reads a bounded window around them.
 * - place.subnational-state: "Under Pennsylvania law" names a place, not an organisation.
 * - none.ordinal-district: "the 7th Congressional District" is numbered, not named.
 * - none.chamber-party-members: "House Republicans" are people described, not a name.
 * - organisation.ticker: "Vale (VALE3.SA)" is a listed company.
 * - organisation.seat-role: "Kremlin spokesman" names the government.
 * - organisation.platform-on: "said on Telegram" names the platform's company.
 * - person.company-role-apposition: "Wang Chuanfu, the company's founder" is a person.
 * - place.works-tail: "the Alau Dam", "Lower Macungie Township" are places.
 * - organisation.group-apposition: "Virginia Forward, a political action committee" is one.
 * - place.titled-county: "Prince William County" keeps its title.
 * - none.demonym-before-noun: "a senior Saudi official" names no place.
 */
import { Flag, Kind } from '../tokenize/tokenize';
import { isDemonym, lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import { BLIND_NEWS_ROWS_5, COMPANY_ROLE_ROW, SEAT_ROLE_ROW } from '../lexicon/blind-news-5';
import { rowNamed } from '../lexicon/rule-row';
import { COMMON_WORDS, FUNCTION_WORDS, MONTHS, WEEKDAYS } from '../lexicon/words';
import {
  ORG,
  PERSON,
  PLACE,
  formMarks,
  isCapWord,
  isOneChar,
  isPunctChar,
  type Names,
  namesWithin,
  putOverWithin,
  SpanTexts,
  capitalisedBeforeOnLine,
  capitalisedRunBefore,
  opensSentence,
  isWord,
  isLowerWord,
  unnamedCapitalsBefore,
  AMPERSAND,
  OPEN_PAREN,
  CLOSE_PAREN,
  COMMA,
} from './named-spans';
import { SCORE, isSportsReport } from './sport-sentences';

export function applyBlindNewsRows5(ctx: Ctx, out: Names): void {
  subnationalStates(ctx, out);
  ordinalDistricts(ctx, out);
  chamberPartyMembers(ctx, out);
  tickers(ctx, out);
  seatRoles(ctx, out);
  platformsOn(ctx, out);
  companyRoleAppositions(ctx, out);
  worksTails(ctx, out);
  groupAppositions(ctx, out);
  titledCounties(ctx, out);
  demonymsBeforeNouns(ctx, out);
}

const row = (id: string) => rowNamed(BLIND_NEWS_ROWS_5, id);

/** Types [a, b) as `type` by `rule` unless a name crosses its edge or already says so. */
function putOver(out: Names, a: number, b: number, type: number, rule: string): void {
  const within = namesWithin(out, a, b);
  if (within) putOverWithin(out, a, b, type, rule, within);
}

/**
 * The first token of the run of capitalised words that ends just before token `b` on one line, at
 * most `max` words, without "The" or a sentence's first word that no name holds or that is a
 * common word ("Miner Vale (…)"); `keepNamesake` keeps such a first word unless the article also
 * writes it in lowercase ("Wang Chuanfu, the company's founder": "wang" is in the common words).
 */
function capitalRunBefore(ctx: Ctx, out: Names, b: number, max: number, keepNamesake = false): number {
  let a = capitalisedRunBefore(ctx, b, max);
  for (let i = b - 1; i >= a; i--)
    if (isWord(ctx, i, 'the')) {
      a = i + 1;
      break;
    }
  if (a < b - 1 && opensSentence(ctx, a)) {
    const w = lower(ctx, a);
    if (keepNamesake ? ctx.lowerSeen.has(w) : !out.at(a) || COMMON_WORDS.has(w)) a++;
  }
  return a;
}

const STATES = new SpanTexts(row('place.subnational-state').value);
const ELECTION_WORDS = new Set(row('politics.election-words').value);
/** place.subnational-state: see the row. */
function subnationalStates(ctx: Ctx, out: Names): void {
  const { id } = row('place.subnational-state');
  let sports = -1;
  let elections: ArrayLike<number> = [];
  const alive = out.alive();
  for (let x = 0; x < alive.length; x++) {
    const n = alive[x];
    if (n.type !== ORG || n.rule || n.b - n.a > 3 || !STATES.has(ctx, n.a, n.b)) continue;
    if (sports < 0) {
      elections = tokensOf(ctx, formMarks(ctx, ELECTION_WORDS));
      sports = isSportsReport(ctx) ? 1 : 0;
      if (sports && !elections.length) return;
    }
    if (sports && scorelineSide(ctx, n.a, elections)) continue;
    out.put(n.a, n.b, PLACE, id, undefined, n);
  }
}

/** sport.scoreline-state (lexicon/review-rows-1.ts): in a sports report, the state's own sentence has a score and no election word. */
function scorelineSide(ctx: Ctx, i: number, elections: ArrayLike<number>): boolean {
  const { t, s } = ctx;
  const k = s.of[i];
  for (let x = 0; x < elections.length; x++) if (s.of[elections[x]] === k) return false;
  return SCORE.test(ctx.text.slice(t.start[s.first[k]], t.end[s.last[k] - 1]));
}

const DISTRICT_WORDS = new Set(row('none.ordinal-district').value);
const DISTRICT_HEADS = new Set(['district', 'ward', 'precinct']);
const ORDINAL = /^\d+(?:st|nd|rd|th)$/i;
/** none.ordinal-district: see the row. */
function ordinalDistricts(ctx: Ctx, out: Names): void {
  const { t } = ctx;
  const alive = out.alive();
  for (let x = 0; x < alive.length; x++) {
    const n = alive[x];
    const prev = n.a - 1;
    if (prev < 0 || t.kind[prev] !== Kind.Num || !ORDINAL.test(ctx.forms[ctx.form[prev]])) continue;
    if (!DISTRICT_HEADS.has(lower(ctx, n.b - 1))) continue;
    let all = true;
    for (let i = n.a; i < n.b && all; i++) all = DISTRICT_WORDS.has(lower(ctx, i));
    if (all) out.remove(n);
  }
}

const CHAMBER_MEMBERS = new SpanTexts(row('none.chamber-party-members').value);
/** none.chamber-party-members: see the row. */
function chamberPartyMembers(ctx: Ctx, out: Names): void {
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    if (n.b - n.a === 2 && CHAMBER_MEMBERS.has(ctx, n.a, n.b)) out.remove(n);
  }
}

const TICKER = new RegExp(row('organisation.ticker').value[0]);
/** Most tokens a ticker takes inside its brackets ("VALE3 . SA"). */
const TICKER_TOKENS = 5;
/** Most words of a company's name read back from its ticker. */
const FIRM_WORDS = 4;
/**
 * A sentence's first word that capitalRunBefore left out before a ticker is the firm's own when
 * the model read it into one name with the rest ("Southern Copper (SCCO.N)") or it is a
 * nationality ("Canadian National Railway (CNR.TO)"); a common word the model did not read into
 * the name stays out.
 */
function tickerKeepsOpening(ctx: Ctx, out: Names, a: number, o: number): boolean {
  const first = a - 1;
  if (first < 0 || ctx.s.first[ctx.s.of[first]] !== first || o - first > FIRM_WORDS) return false;
  if (!capitalisedBeforeOnLine(ctx, first) || isWord(ctx, first, 'the')) return false;
  const n = out.at(first);
  return (n !== undefined && n.a === first && n.b === o) || isDemonym(ctx, ctx.forms[ctx.form[first]]);
}
/** organisation.ticker: see the row. */
function tickers(ctx: Ctx, out: Names): void {
  const { id } = row('organisation.ticker');
  const { t } = ctx;
  const opens = tokensOf(ctx, formMarks(ctx, new Set(['('])));
  for (let x = 0; x < opens.length; x++) {
    const o = opens[x];
    if (!isPunctChar(ctx, o, OPEN_PAREN)) continue;
    let c = o + 1;
    while (c < t.count && c - o <= TICKER_TOKENS && !isPunctChar(ctx, c, CLOSE_PAREN)) c++;
    if (!isPunctChar(ctx, c, CLOSE_PAREN) || c === o + 1) continue;
    if (!TICKER.test(ctx.text.slice(t.end[o], t.start[c]))) continue;
    for (let i = o + 1; i < c; i++) {
      const n = out.at(i);
      if (n && n.a > o && n.b <= c) out.remove(n);
    }
    let a = capitalRunBefore(ctx, out, o, FIRM_WORDS);
    // "Harlan & Co (HRL.N)", "Procter & Gamble (PG.N)": an ampersand joins the firm's words (ents39a).
    if (a < o && isOneChar(ctx, a - 1, AMPERSAND)) {
      const before = capitalRunBefore(ctx, out, a - 1, FIRM_WORDS);
      if (before < a - 1) a = before;
    }
    if (a < o && tickerKeepsOpening(ctx, out, a, o)) a--;
    if (a < o) putOver(out, a, o, ORG, id);
  }
}

const SEATS = SEAT_ROLE_ROW.value.seats.map((s) => s.split(' '));
const SEAT_FIRSTS = new Set(SEATS.map((w) => w[0].toLowerCase()));
const SEAT_ROLES = new Set(SEAT_ROLE_ROW.value.roles);
/** organisation.seat-role: see the row. */
function seatRoles(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, SEAT_FIRSTS));
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    const words = SEATS.find((w) => w.every((s, k) => ctx.forms[ctx.form[i + k]] === s));
    if (!words) continue;
    const b = i + words.length;
    if (!isLowerWord(ctx, b) || !SEAT_ROLES.has(lower(ctx, b))) continue;
    if (out.at(i) || out.at(b - 1)) continue;
    putOver(out, i, b, ORG, SEAT_ROLE_ROW.id);
  }
}

const PLATFORMS = new Set(row('organisation.platform-on').value);
const PLATFORM_LOWER = new Set([...PLATFORMS].map((p) => p.toLowerCase()));
/** organisation.platform-on: see the row. */
function platformsOn(ctx: Ctx, out: Names): void {
  const { id } = row('organisation.platform-on');
  const hits = tokensOf(ctx, formMarks(ctx, PLATFORM_LOWER));
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    if (!PLATFORMS.has(ctx.forms[ctx.form[i]])) continue;
    if (!isWord(ctx, i - 1, 'on') && !isWord(ctx, i - 1, 'via')) continue;
    if (
      i + 1 < ctx.t.count &&
      capitalisedBeforeOnLine(ctx, i) &&
      isCapWord(ctx, i + 1) &&
      !(ctx.t.flags[i + 1] & Flag.NewLine)
    )
      continue;
    putOver(out, i, i + 1, ORG, id);
  }
}

/**
 * Tokens [a, c) before the comma open their sentence as a time or a place, not a holder of the role:
 * "On Sunday, the agency's director …", "In March, its founder …" (a function word or a day among
 * them, or a month after a function word or beside a number: "May Chen, the company's founder" is a person), "In Paris, the group's chief …" (a function word opening the sentence before).
 */
const monthNumber = (ctx: Ctx, i: number) =>
  (i > 0 && ctx.t.kind[i - 1] === Kind.Num) || (i + 1 < ctx.t.count && ctx.t.kind[i + 1] === Kind.Num);

function openingAdjunct(ctx: Ctx, a: number, c: number): boolean {
  for (let i = a; i < c; i++) {
    const w = lower(ctx, i);
    if (WEEKDAYS.has(w) || (i === a && FUNCTION_WORDS.has(w))) return true;
    // A month is a time only after a function word or beside a number ("In May", "May 5"): "May Chen" is a person.
    if (MONTHS.has(w) && ((i > 0 && FUNCTION_WORDS.has(lower(ctx, i - 1))) || monthNumber(ctx, i))) return true;
  }
  return a > 0 && ctx.s.first[ctx.s.of[a]] === a - 1 && FUNCTION_WORDS.has(lower(ctx, a - 1));
}

const ROLE_OWNERS = new Set(COMPANY_ROLE_ROW.value.owners);
const COMPANY_ROLES = new Set(COMPANY_ROLE_ROW.value.roles);
/** Most words of a person's name read before the comma. */
const PERSON_WORDS = 4;
/** person.company-role-apposition: see the row. */
function companyRoleAppositions(ctx: Ctx, out: Names): void {
  const { t } = ctx;
  const commas = tokensOf(ctx, formMarks(ctx, new Set([','])));
  for (let x = 0; x < commas.length; x++) {
    const c = commas[x];
    let i = c + 1;
    if (isWord(ctx, i, 'its')) i++;
    else if (isWord(ctx, i, 'the') && ROLE_OWNERS.has(lower(ctx, i + 1)) && t.kind[i + 2] === Kind.Poss) i += 3;
    else continue;
    if (!isLowerWord(ctx, i) || !COMPANY_ROLES.has(lower(ctx, i))) continue;
    const n = out.at(c - 1);
    if (n) {
      if (n.type !== PERSON && n.b === c && n.b - n.a <= PERSON_WORDS && !openingAdjunct(ctx, n.a, c))
        out.put(n.a, n.b, PERSON, COMPANY_ROLE_ROW.id, undefined, n);
      continue;
    }
    // A name the model left out: the capitalised words before the comma, two at least ("Wang Chuanfu").
    const a = capitalRunBefore(ctx, out, c, PERSON_WORDS, true);
    if (a < c - 1 && !openingAdjunct(ctx, a, c) && !namesWithin(out, a, c)?.length)
      out.put(a, c, PERSON, COMPANY_ROLE_ROW.id);
  }
}

const WORKS_TAILS = new Set(row('place.works-tail').value);
const WORKS_LOWER = new Set([...WORKS_TAILS].map((w) => w.toLowerCase()));
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'ter', 'ten', 'le', 'la', 'del', 'da']);
/** Most words of a work's own name before its head ("Grand Coulee Dam", "Lower Macungie Township"). */
const WORKS_WORDS = 3;
/** place.works-tail: see the row. */
function worksTails(ctx: Ctx, out: Names): void {
  const { id } = row('place.works-tail');
  const hits = tokensOf(ctx, formMarks(ctx, WORKS_LOWER));
  for (let x = 0; x < hits.length; x++) {
    const k = hits[x];
    if (!WORKS_TAILS.has(ctx.forms[ctx.form[k]]) || k < 1 || !capitalisedBeforeOnLine(ctx, k - 1)) continue;
    if (k + 1 < ctx.t.count && isCapWord(ctx, k + 1) && !(ctx.t.flags[k + 1] & Flag.NewLine)) continue;
    const a = capitalRunBefore(ctx, out, k, WORKS_WORDS + 1);
    if (a >= k) continue;
    let particle = false;
    for (let i = a; i < k; i++) if (PARTICLES.has(lower(ctx, i))) particle = true;
    const person = namesWithin(out, a, k + 1)?.some((n) => n.type === PERSON && n.b - n.a > 1);
    if (!particle && !person) putOver(out, a, k + 1, PLACE, id);
  }
}

const GROUP_KINDS = row('organisation.group-apposition').value.map((g) => g.split(' '));
/** Words that may follow a group's kind in its apposition: a participle or preposition, not a noun it modifies. */
const AFTER_KIND = new Set(
  'that which who based backed funded linked aligned run founded in of for with set close led financed tied allied'.split(
    ' ',
  ),
);
/** organisation.group-apposition: see the row. */
function groupAppositions(ctx: Ctx, out: Names): void {
  const { id } = row('organisation.group-apposition');
  const { t } = ctx;
  const alive = out.alive();
  for (let x = 0; x < alive.length; x++) {
    const n = alive[x];
    if (n.type === ORG || !isPunctChar(ctx, n.b, COMMA)) continue;
    // "In Texas, a super PAC backed by …": a place a sentence opens with, not the group's name.
    const art = n.b + 1;
    // The article first: the place lookup slices the name's text.
    if (!isWord(ctx, art, 'a') && !isWord(ctx, art, 'an')) continue;
    // "Priorities USA, a super PAC": capitalised words the model left out before the name are its own.
    const a = unnamedCapitalsBefore(ctx, out, n.a, 2);
    if ((a > 0 && PREPOSITIONS.has(lower(ctx, a - 1))) || placeLookup(ctx, spanText(ctx, a, n.b))) continue;
    // "a Democratic super PAC", "a conservative think tank": one modifier may come before the kind.
    let at = art + 1;
    let kind = kindAt(ctx, at);
    if (!kind && t.kind[at] === Kind.Word && !out.at(at)) kind = kindAt(ctx, ++at);
    if (!kind) continue;
    const after = at + kind.length;
    const ok =
      after >= t.count ||
      t.kind[after] === Kind.Punct ||
      (isLowerWord(ctx, after) && AFTER_KIND.has(lower(ctx, after)));
    if (!ok) continue;
    // The kind's own short form ("super PAC") names no group.
    for (let i = at; i < after; i++) {
      const inKind = out.at(i);
      if (inKind && inKind.a >= at && inKind.b <= after) out.remove(inKind);
    }
    out.put(a, n.b, ORG, id, undefined, n);
  }
}

function kindAt(ctx: Ctx, at: number): string[] | undefined {
  return GROUP_KINDS.find((w) => w.every((s, k) => ctx.forms[ctx.form[at + k]] === s));
}

const ROYAL_TITLES = new Set(row('place.titled-county').value);
const COUNTY_HEADS = new Set(['county', 'parish', 'borough', 'island']);
/** Most words between a royal title and the county head ("Prince William County", "Prince George County"). */
const COUNTY_WORDS = 3;
/** place.titled-county: see the row. */
function titledCounties(ctx: Ctx, out: Names): void {
  const { id } = row('place.titled-county');
  const hits = tokensOf(ctx, formMarks(ctx, COUNTY_HEADS));
  for (let x = 0; x < hits.length; x++) {
    const k = hits[x];
    if (!isCapWord(ctx, k)) continue;
    let a = -1;
    for (let j = k - 1; j >= 0 && k - j <= COUNTY_WORDS && capitalisedBeforeOnLine(ctx, j); j--)
      if (ROYAL_TITLES.has(ctx.forms[ctx.form[j]])) {
        a = j;
        break;
      }
    if (a >= 0 && a < k - 1) putOver(out, a, k + 1, PLACE, id);
  }
}

const PREPOSITIONS = new Set(row('none.demonym-before-noun').value);
/** none.demonym-before-noun: see the row. */
function demonymsBeforeNouns(ctx: Ctx, out: Names): void {
  const alive = out.alive();
  for (let x = 0; x < alive.length; x++) {
    const n = alive[x];
    if (n.b - n.a !== 1 || n.type !== PLACE || !isDemonym(ctx, ctx.forms[ctx.form[n.a]])) continue;
    const p = n.a - 1;
    // The word before is lowercase, or opens the sentence unnamed ("Two Saudi firms").
    const before = isLowerWord(ctx, p) || (p >= 0 && ctx.s.first[ctx.s.of[p]] === p && isCapWord(ctx, p) && !out.at(p));
    if (!before || PREPOSITIONS.has(lower(ctx, p)) || !isLowerWord(ctx, n.b)) continue;
    out.remove(n);
  }
}
