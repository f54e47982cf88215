/**
 * place.town-in-region (helper ents40b; row in lexicon/news-leftovers-16.ts): "Lima, Ohio" is a
 * town in Ohio, not Peru's capital. detectMentions calls `settleTownsInRegions` on its mentions
 * once their places are looked up; it changes only which entry a town's mention points to, never a
 * span or a type.
 */
import type { Ctx } from '../context';
import type { GazetteerEntry } from '../types';
import { Kind } from '../tokenize/tokenize';
import { STATE_NAMED_LIKE_COUNTRY_ROW } from '../lexicon/news-leftovers-17';
import { COMMA, isLowerWord, isPunctChar, onLine } from './named-spans';

/** What a mention needs here: its tokens, its type and the place the map gave it. */
interface PlacedMention {
  a: number;
  b: number;
  type: string;
  place?: { kind: string; canonical: string; entry?: GazetteerEntry };
}

const LIST_WORDS: ReadonlySet<string> = new Set(['and', 'or']);

/**
 * After the state at `k`: the sentence's end, a word that carries no list on, or punctuation not
 * followed by another place of a list ("in Tokyo, California, New York and London" is a list of
 * four, not Tokyo in California: review of stop 50).
 */
function closesState(ctx: Ctx, k: number): boolean {
  if (k >= ctx.t.count || !onLine(ctx, k)) return true;
  if (ctx.t.kind[k] === Kind.Punct) {
    const next = k + 1;
    if (next >= ctx.t.count || !onLine(ctx, next) || ctx.t.kind[next] !== Kind.Word) return true;
    const w = ctx.text.slice(ctx.t.start[next], ctx.t.end[next]);
    return !LIST_WORDS.has(w.toLowerCase()) && !/^\p{Lu}/u.test(w);
  }
  return isLowerWord(ctx, k) && !LIST_WORDS.has(ctx.text.slice(ctx.t.start[k], ctx.t.end[k]).toLowerCase());
}

/** place.town-in-region: see the row. `mentions` are in text order. */
export function settleTownsInRegions(ctx: Ctx, mentions: PlacedMention[]): void {
  for (let x = 0; x + 1 < mentions.length; x++) {
    const town = mentions[x];
    const region = mentions[x + 1];
    const e = town.place?.entry;
    const r = usStateNamedLikeCountry(ctx, town, region) ?? region.place?.entry;
    if (town.type !== 'place' || region.type !== 'place' || !e || !r) continue;
    if (e.kind !== 'city' || r.kind !== 'region' || !r.countryCode || e.countryCode === r.countryCode) continue;
    if (!isPunctChar(ctx, town.b, COMMA) || region.a !== town.b + 1 || !closesState(ctx, region.b)) continue;
    town.place = {
      kind: 'city',
      canonical: town.place!.canonical,
      entry: { name: e.name, lat: r.lat, lon: r.lon, country: r.country, countryCode: r.countryCode, kind: 'city' },
    };
  }
}

const US_STATES_LIKE_COUNTRIES = new Map(STATE_NAMED_LIKE_COUNTRY_ROW.value.map((v) => [v.name.toLowerCase(), v]));

/**
 * place.state-named-like-country (helper ents41b): "Athens, Georgia": the state the map holds only
 * as a country, after a comma and a town of another country; the region mention is moved to the
 * US state and its entry returned, or undefined.
 */
function usStateNamedLikeCountry(ctx: Ctx, town: PlacedMention, region: PlacedMention): GazetteerEntry | undefined {
  const e = town.place?.entry;
  const r = region.place?.entry;
  if (town.type !== 'place' || region.type !== 'place' || !e || !r || r.kind !== 'country') return undefined;
  const state = US_STATES_LIKE_COUNTRIES.get(r.name.toLowerCase());
  if (!state || e.kind !== 'city' || e.countryCode === r.countryCode || e.countryCode === 'US') return undefined;
  if (!isPunctChar(ctx, town.b, COMMA) || region.a !== town.b + 1 || !closesState(ctx, region.b)) return undefined;
  const entry: GazetteerEntry = {
    name: state.name,
    lat: state.lat,
    lon: state.lon,
    country: 'United States',
    countryCode: 'US',
    kind: 'region',
  };
  region.place = { kind: 'region', canonical: state.name, entry };
  return entry;
}
