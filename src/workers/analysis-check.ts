/**
 * Whether a value read back from storage is an analysis of exactly this text, in the shape this
 * build reads: every span lies inside the text and its `text` is the very slice it names, every
 * field has its type, and every entity a mention or speaker names exists. Anything else — a damaged
 * entry, another text's analysis, a shape from another version — is refused, so nothing from
 * storage reaches the page unless it is what the engine would have produced for this text. (The
 * page shows these strings only as text, never as markup; this check is about trust in content.)
 */
import type { Analysis, Claim, Entity, Mention, TextSpan } from '../engine/types';
import { isPlainRecord } from '../lib/plain-record';

/** The analysis shape this build reads (the engine's `Analysis.version`). */
export const ANALYSIS_VERSION: Analysis['version'] = 2;

const TYPES = new Set(['person', 'place', 'organization']);
const KINDS = new Set(['direct', 'indirect', 'mixed']);

const isStr = (v: unknown): v is string => typeof v === 'string';
const isStrList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isStr);

function spanOf(v: unknown, text: string): v is TextSpan {
  if (!isPlainRecord(v)) return false;
  const { start, end } = v;
  return (
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    (start as number) >= 0 &&
    (start as number) <= (end as number) &&
    (end as number) <= text.length &&
    v.text === text.slice(start as number, end as number)
  );
}

function mentionOf(v: unknown, text: string, entities: Set<string>): v is Mention {
  return (
    spanOf(v, text) &&
    isPlainRecord(v) &&
    isStr(v.id) &&
    TYPES.has(v.type as string) &&
    isStr(v.entityId) &&
    entities.has(v.entityId) &&
    isStr(v.why)
  );
}

function entityOf(v: unknown): v is Entity {
  if (!isPlainRecord(v)) return false;
  const place = v.place;
  const placeOk =
    place === undefined ||
    (isPlainRecord(place) &&
      isStr(place.name) &&
      Number.isFinite(place.lat) &&
      Number.isFinite(place.lon) &&
      isStr(place.country) &&
      isStr(place.countryCode) &&
      ['country', 'city', 'region'].includes(place.kind as string));
  return (
    isStr(v.id) &&
    TYPES.has(v.type as string) &&
    isStr(v.name) &&
    isStrList(v.aliases) &&
    isStrList(v.roles) &&
    isStrList(v.mentionIds) &&
    placeOk
  );
}

function claimOf(v: unknown, text: string, entities: Set<string>): v is Claim {
  if (!spanOf(v, text) || !isPlainRecord(v)) return false;
  const sp = v.speaker;
  const speakerOk =
    sp === null ||
    (spanOf(sp, text) &&
      isPlainRecord(sp) &&
      isStr(sp.name) &&
      (sp.entityId === undefined || (isStr(sp.entityId) && entities.has(sp.entityId))));
  return (
    isStr(v.id) &&
    spanOf(v.content, text) &&
    spanOf(v.cue, text) &&
    KINDS.has(v.kind as string) &&
    typeof v.direct === 'boolean' &&
    typeof v.hedged === 'boolean' &&
    isStrList(v.why) &&
    speakerOk
  );
}

/** The lists of `value` and its entities' ids, when its version, lists and entities are right. */
function listsOf(value: unknown): { value: Analysis; mentions: unknown[]; claims: unknown[]; ids: Set<string> } | null {
  if (!isPlainRecord(value) || value.version !== ANALYSIS_VERSION) return null;
  const { mentions, entities, claims } = value;
  if (!Array.isArray(mentions) || !Array.isArray(entities) || !Array.isArray(claims)) return null;
  if (!entities.every(entityOf)) return null;
  const ids = new Set((entities as Entity[]).map((e) => e.id));
  return { value: value as unknown as Analysis, mentions, claims, ids };
}

/** `value` as the analysis of `text`, or null when it is not exactly that (see above). */
export function analysisOf(value: unknown, text: string): Analysis | null {
  const read = listsOf(value);
  if (!read) return null;
  const { mentions, claims, ids } = read;
  const ok = mentions.every((m) => mentionOf(m, text, ids)) && claims.every((c) => claimOf(c, text, ids));
  return ok ? read.value : null;
}

/** Findings checked between two `pause`s in `analysisOfInSteps`. */
const STEP_ITEMS = 1000;

/**
 * `analysisOf` with `pause()` awaited every thousand findings: a 1 MB article's 28,000 findings
 * take 7–90 ms to check (Node, warm to cold), too long for one task on the page's thread.
 */
export async function analysisOfInSteps(
  value: unknown,
  text: string,
  pause: () => Promise<void>,
): Promise<Analysis | null> {
  const read = listsOf(value);
  if (!read) return null;
  const { mentions, claims, ids } = read;
  for (let i = 0; i < mentions.length; i++) {
    if (i % STEP_ITEMS === STEP_ITEMS - 1) await pause();
    if (!mentionOf(mentions[i], text, ids)) return null;
  }
  for (let i = 0; i < claims.length; i++) {
    if (i % STEP_ITEMS === STEP_ITEMS - 1) await pause();
    if (!claimOf(claims[i], text, ids)) return null;
  }
  return read.value;
}
