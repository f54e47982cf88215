/**
 * The machine's findings as one ordered list the reader can move through: every mention and
 * every claim, in text order, with the layer it belongs to. Pure, so keyboard traversal and
 * hover look-ups are unit-tested without a page.
 */
import type { Analysis, Claim, Entity } from '../engine/types';

export const LAYERS = ['person', 'place', 'organization', 'claim'] as const;
export type Layer = (typeof LAYERS)[number];

export const LAYER_LABEL: Record<Layer, string> = {
  person: 'People',
  place: 'Places',
  organization: 'Organizations',
  claim: 'Claims',
};

export interface Finding {
  /** Unique across mentions and claims. */
  id: string;
  layer: Layer;
  start: number;
  end: number;
  /** The entity (for a mention) or the claim. */
  refId: string;
}

export interface FindingIndex {
  list: Finding[];
  byId: Map<string, Finding>;
  entities: Map<string, Entity>;
  claims: Map<string, Claim>;
  /** Longest finding, bounding how far back a containment search must look. */
  maxLength: number;
}

const inTextOrder = (a: Finding, b: Finding) => a.start - b.start || b.end - a.end;

/** Sorts in place unless already in order (the engine's lists are): a check costs far less than a sort. */
function ordered(list: Finding[]): Finding[] {
  for (let i = 1; i < list.length; i++) if (inTextOrder(list[i - 1], list[i]) > 0) return list.sort(inTextOrder);
  return list;
}

/**
 * How many findings one step of `indexFindingsInSteps` handles: about a millisecond of work. A
 * slice ends only between steps, so a step is what a slice may overrun its 8 ms by: with 4,000,
 * a traced slice of the 1 MB open took 26–29 ms of CPU, a third of it a collection inside it.
 */
export const INDEX_STEP = 1000;

/**
 * Every mention and claim in text order, outer before inner at the same start. A 1 MB article has
 * ~28,000: the two lists arrive sorted, so they are merged (one pass) rather than sorted together,
 * ties keeping mentions first as a stable sort of the two would.
 *
 * A generator that yields after every `step` findings, so the page can build the index over
 * several tasks: in one, the objects and the id map for 28,000 took 55–60 ms of CPU in a traced
 * reload, plus the garbage collections their allocation set off.
 */
export function* indexFindingsInSteps(analysis: Analysis, step = INDEX_STEP): Generator<void, FindingIndex> {
  const mentions: Finding[] = new Array(analysis.mentions.length);
  for (let i = 0; i < mentions.length; i++) {
    const m = analysis.mentions[i];
    mentions[i] = { id: m.id, layer: m.type, start: m.start, end: m.end, refId: m.entityId };
    if ((i + 1) % step === 0) yield;
  }
  ordered(mentions);
  const claims = ordered(
    analysis.claims.map((c): Finding => ({ id: c.id, layer: 'claim', start: c.start, end: c.end, refId: c.id })),
  );
  yield;
  const list: Finding[] = new Array(mentions.length + claims.length);
  const byId = new Map<string, Finding>();
  let maxLength = 0;
  for (let i = 0, m = 0, c = 0; i < list.length; i++) {
    const f =
      c >= claims.length || (m < mentions.length && inTextOrder(mentions[m], claims[c]) <= 0)
        ? mentions[m++]
        : claims[c++];
    list[i] = f;
    byId.set(f.id, f);
    if (f.end - f.start > maxLength) maxLength = f.end - f.start;
    if ((i + 1) % step === 0) yield;
  }
  return {
    list,
    byId,
    entities: new Map(analysis.entities.map((e) => [e.id, e])),
    claims: new Map(analysis.claims.map((c) => [c.id, c])),
    maxLength,
  };
}

/** The same index in one call (tests, short lists). */
export function indexFindings(analysis: Analysis): FindingIndex {
  const steps = indexFindingsInSteps(analysis, Number.POSITIVE_INFINITY);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Index of the first finding whose start is ≥ offset. */
function lowerBound(list: Finding[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Findings that contain the offset, innermost (shortest) first. */
export function findingsAt(index: FindingIndex, offset: number, visible?: ReadonlySet<Layer>): Finding[] {
  const out: Finding[] = [];
  const { list } = index;
  for (let i = lowerBound(list, offset + 1) - 1; i >= 0 && list[i].start > offset - index.maxLength - 1; i--) {
    const f = list[i];
    if (f.start <= offset && offset < f.end && (!visible || visible.has(f.layer))) out.push(f);
  }
  return out.sort((a, b) => a.end - a.start - (b.end - b.start));
}

/**
 * The next (dir 1) or previous (dir -1) finding after the current one, in text order,
 * optionally within one layer. With no current finding, starts from the offset.
 */
export function stepFinding(
  index: FindingIndex,
  from: { id?: string; offset: number },
  dir: 1 | -1,
  layers: ReadonlySet<Layer>,
): Finding | undefined {
  const { list } = index;
  let i: number;
  const current = from.id ? index.byId.get(from.id) : undefined;
  if (current) i = list.indexOf(current) + dir;
  else i = dir === 1 ? lowerBound(list, from.offset) : lowerBound(list, from.offset) - 1;
  for (; i >= 0 && i < list.length; i += dir) if (layers.has(list[i].layer)) return list[i];
  return undefined;
}

/** What a screen reader hears for a finding: "claim by Vladimir Putin", "place: Kyiv". */
export function describeFinding(index: FindingIndex, f: Finding): string {
  if (f.layer === 'claim') {
    const c = index.claims.get(f.refId);
    const who = c?.speaker ? `by ${c.speaker.name}` : 'with unknown source';
    return `claim ${who}${c?.hedged ? ' (hedged)' : ''}`;
  }
  const e = index.entities.get(f.refId);
  const kind = f.layer === 'organization' ? 'organization' : f.layer;
  return `${kind}: ${e?.name ?? 'unknown'}`;
}
