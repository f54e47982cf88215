/**
 * Which claims have their content tinted when only the active ones are (issue 11: with every
 * claim tinted, half the article was coloured). A claim is active while the pointer is on it,
 * while the keyboard cursor is on it or on its speaker, and while its card is open. Pure.
 */
import type { FindingIndex } from './findings';

export interface ClaimFocus {
  /** The claim under the pointer. */
  hoverClaimId: string | null;
  /** The finding the keyboard cursor is on (a claim or a mention). */
  cursorId: string | null;
  /** The finding whose card is open, pinned or previewed. */
  cardIds: readonly (string | null)[];
}

/** The claim a finding stands for: itself, or the claim whose speaker it names. */
function claimOfFinding(index: FindingIndex, findingId: string | null): string | null {
  const f = findingId ? index.byId.get(findingId) : undefined;
  if (!f) return null;
  if (f.layer === 'claim') return f.refId;
  for (const c of index.claims.values()) {
    if (c.speaker && c.speaker.start <= f.start && f.end <= c.speaker.end) return c.id;
  }
  return null;
}

export function activeClaimIds(index: FindingIndex, focus: ClaimFocus): Set<string> {
  const ids = [
    focus.hoverClaimId,
    claimOfFinding(index, focus.cursorId),
    ...focus.cardIds.map((id) => claimOfFinding(index, id)),
  ];
  return new Set(ids.filter((id): id is string => !!id && index.claims.has(id)));
}
