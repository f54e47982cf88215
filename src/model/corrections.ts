/**
 * A reader's corrections to the machine's findings, and how they apply to a fresh analysis.
 * Corrections are keyed by what survives a re-analysis — an entity's type and name, a span's
 * offsets — never by the engine's generated ids, so they hold when the article is analysed again.
 */
import type { Analysis, Claim, Entity, EntityType, Mention } from '../engine/types';

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
