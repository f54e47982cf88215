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
