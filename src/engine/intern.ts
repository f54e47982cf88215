/**
 * One shared copy of each explanation string. An analysis repeats the same few hundred `why`
 * texts ("model: person 0.91 (next best organization 0.06)", "cue.verb.say: said") across
 * thousands of mentions and claims; built with template literals, every copy is a chain of
 * string pieces of a few hundred bytes that the result keeps alive. Handing out the first copy
 * of each text keeps one. The strings are equal either way, so the output does not change.
 */
const SEEN = new Map<string, string>();
/** Explanations are a bounded vocabulary; past this many the table starts again, so it cannot grow without end. */
const MAX = 20_000;

export function intern(s: string): string {
  const had = SEEN.get(s);
  if (had !== undefined) return had;
  if (SEEN.size >= MAX) SEEN.clear();
  SEEN.set(s, s);
  return s;
}

const PAIRS = new Map<string, Map<string, string>>();

/**
 * The explanation `${rule}: ${detail}` ("cue.verb.say: said", "speaker.name: Ana Moreno"), one
 * shared copy per pair, built only the first time: a lookup by two strings whose hashes are
 * cheap replaces building and hashing the joined text for every claim.
 */
export function ruleWhy(rule: string, detail: string): string {
  let byDetail = PAIRS.get(rule);
  if (!byDetail) PAIRS.set(rule, (byDetail = new Map()));
  let s = byDetail.get(detail);
  if (s === undefined) {
    if (byDetail.size >= MAX) byDetail.clear();
    byDetail.set(detail, (s = `${rule}: ${detail}`));
  }
  return s;
}

/** The most ids kept per prefix (a 1 MB news text has about 11,000 mentions and 7,000 claims). */
const MAX_IDS = 50_000;
/** Ids handed out by numberedId, by prefix: index n holds prefix + n. */
export const MENTION_IDS: string[] = [];
export const CLAIM_IDS: string[] = [];

/**
 * `prefix + n` ("m12", "c3"), one shared copy per number: every analysis numbers its mentions and
 * claims from 1 again, so the same ids come back each time and need not be built anew. `ids`
 * holds one prefix's ids only (MENTION_IDS, CLAIM_IDS).
 */
export function numberedId(ids: string[], prefix: string, n: number): string {
  // Past the bound a huge document's ids are built as before, so the table stays small.
  if (n >= MAX_IDS) return prefix + n;
  // Filled in order: the first document with n mentions builds ids 1 … n once.
  while (ids.length <= n) ids.push(prefix + ids.length);
  return ids[n];
}
