/**
 * A reader's corrections to the machine's findings — the record (type, schema, version) and how it
 * applies to a fresh analysis. Corrections are keyed by what survives a re-analysis — an entity's
 * type and name, a span's offsets — never by the engine's generated ids, so they hold when the
 * article is analysed again. Persisted per article by store/corrections.ts; in the backup.
 */
import * as v from 'valibot';
import type { Analysis, Claim, Entity, EntityType, Mention } from '../engine/types';
import { check, describeIssues, idSchema, isPlainRecord, type Checked } from './schema-kit';

export interface Corrections {
  /** `entityKey`s of entities that are not entities at all. */
  rejectedEntities: string[];
  /** `spanKey`s of claims that are not claims. */
  rejectedClaims: string[];
  /** entityKey → the type it really is. */
  retyped: Record<string, EntityType>;
  /** claim spanKey → the speaker's name. */
  speakers: Record<string, string>;
  /** Names the engine missed. */
  added: Array<{ start: number; end: number; type: EntityType }>;
}

export const emptyCorrections = (): Corrections => ({
  rejectedEntities: [],
  rejectedClaims: [],
  retyped: {},
  speakers: {},
  added: [],
});

/** Schema version of the corrections store (`marginalia:corrections`); no migrations yet. */
export const CORRECTIONS_VERSION = 1;

const ENTITY_TYPES = ['person', 'place', 'organization'] as const satisfies readonly EntityType[];
const span = v.pipe(
  v.object({
    start: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
    end: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
    type: v.picklist(ENTITY_TYPES),
  }),
  v.check((s) => s.start < s.end, 'start must be before end'),
);
// Keys are entityKey ("person:name") and spanKey ("12-34") strings, never a bare built-in name.
const keyed = <T extends v.GenericSchema>(value: T) => v.record(v.string(), value);

/** One article's corrections. Lists and maps may be missing (older or hand-written data). */
export const correctionsSchema = v.object({
  rejectedEntities: v.optional(v.array(v.string()), () => []),
  rejectedClaims: v.optional(v.array(v.string()), () => []),
  retyped: v.optional(keyed(v.picklist(ENTITY_TYPES)), () => ({})),
  speakers: v.optional(keyed(v.string()), () => ({})),
  added: v.optional(v.array(span), () => []),
}) satisfies v.GenericSchema<unknown, Corrections>;

export const checkCorrections = (raw: unknown): Checked<Corrections> => check(correctionsSchema, raw);

/** articleId → corrections, keeping every article whose corrections are readable. */
export function validateCorrectionsByArticle(raw: unknown, problems: string[]): Record<string, Corrections> {
  const out: Record<string, Corrections> = {};
  if (!isPlainRecord(raw)) {
    if (raw !== undefined) problems.push('saved corrections are not a map by article');
    return out;
  }
  for (const [articleId, value] of Object.entries(raw)) {
    const id = v.safeParse(idSchema, articleId);
    const parsed = v.safeParse(correctionsSchema, value);
    if (id.success && parsed.success) out[articleId] = parsed.output;
    else
      problems.push(
        `corrections of article ${articleId.slice(0, 40)} are invalid: ${describeIssues(id.success ? parsed.issues! : id.issues)}`,
      );
  }
  return out;
}

export const entityKey = (e: Pick<Entity, 'type' | 'name'>) => `${e.type}:${e.name.toLowerCase()}`;
export const spanKey = (s: { start: number; end: number }) => `${s.start}-${s.end}`;

export function isEmpty(c: Corrections): boolean {
  return (
    !c.rejectedEntities.length &&
    !c.rejectedClaims.length &&
    !Object.keys(c.retyped).length &&
    !Object.keys(c.speakers).length &&
    !c.added.length
  );
}

function addMissed(text: string, mentions: Mention[], entities: Entity[], added: Corrections['added']): void {
  for (const a of added) {
    if (a.start < 0 || a.end > text.length || a.start >= a.end) continue;
    if (mentions.some((m) => m.start < a.end && a.start < m.end)) continue;
    const name = text.slice(a.start, a.end);
    let entity = entities.find((e) => e.type === a.type && (e.name === name || e.aliases.includes(name)));
    if (!entity) {
      entity = { id: `user-${spanKey(a)}`, type: a.type, name, aliases: [], roles: [], mentionIds: [] };
      entities.push(entity);
    }
    const mention: Mention = {
      id: `user-m-${spanKey(a)}`,
      type: a.type,
      start: a.start,
      end: a.end,
      text: name,
      entityId: entity.id,
      why: 'added by the reader',
    };
    entity.mentionIds.push(mention.id);
    mentions.push(mention);
  }
}

function fixSpeaker(claim: Claim, name: string, entities: Entity[]): Claim {
  const entity = entities.find(
    (e) => e.name.toLowerCase() === name.toLowerCase() || e.aliases.some((a) => a.toLowerCase() === name.toLowerCase()),
  );
  const span = claim.speaker ?? { start: claim.cue.start, end: claim.cue.end, text: claim.cue.text };
  return {
    ...claim,
    speaker: { start: span.start, end: span.end, text: span.text, name: entity?.name ?? name, entityId: entity?.id },
  };
}

export function applyCorrections(analysis: Analysis, c: Corrections, text: string): Analysis {
  if (isEmpty(c)) return analysis;
  const rejected = new Set(c.rejectedEntities);
  const entities: Entity[] = [];
  const removedIds = new Set<string>();
  for (const e of analysis.entities) {
    const key = entityKey(e);
    if (rejected.has(key)) {
      removedIds.add(e.id);
      continue;
    }
    const type = c.retyped[key];
    entities.push(
      type ? { ...e, type, place: type === 'place' ? e.place : undefined } : { ...e, mentionIds: [...e.mentionIds] },
    );
  }
  const typeOf = new Map(entities.map((e) => [e.id, e.type]));
  const mentions = analysis.mentions
    .filter((m) => !removedIds.has(m.entityId))
    .map((m) => (typeOf.get(m.entityId) === m.type ? m : { ...m, type: typeOf.get(m.entityId)! }));
  addMissed(text, mentions, entities, c.added);
  mentions.sort((a, b) => a.start - b.start);

  const rejectedClaims = new Set(c.rejectedClaims);
  const claims = analysis.claims
    .filter((cl) => !rejectedClaims.has(spanKey(cl)))
    .map((cl) => {
      const name = c.speakers[spanKey(cl)];
      if (name) return fixSpeaker(cl, name, entities);
      // A speaker resolved to a rejected entity is no longer known.
      if (cl.speaker?.entityId && removedIds.has(cl.speaker.entityId))
        return { ...cl, speaker: { ...cl.speaker, entityId: undefined } };
      return cl;
    });
  return { ...analysis, mentions, entities, claims };
}
