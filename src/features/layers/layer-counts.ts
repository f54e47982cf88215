/**
 * What the legend and the status line say about an analysis: per layer, how many spans are
 * highlighted and how many distinct things they name. Pure and free of React, so the boot script
 * (app/boot-layers.ts) writes exactly what the app will write when it takes the page over.
 */
import type { Analysis } from '../../engine/types';
import { countOf, formatCount } from '../../lib/plural';
import type { Layer } from '../../model/findings';

export interface LayerCount {
  /** Highlighted spans in the text: mentions of names, or claims. */
  mentions: number;
  /** Distinct people, places or organizations (claims: the claims). */
  things: number;
}

export type LayerCounts = Record<Layer, LayerCount>;

export function layerCounts(analysis: Pick<Analysis, 'mentions' | 'entities' | 'claims'>): LayerCounts {
  const c: LayerCounts = {
    person: { mentions: 0, things: 0 },
    place: { mentions: 0, things: 0 },
    organization: { mentions: 0, things: 0 },
    claim: { mentions: analysis.claims.length, things: analysis.claims.length },
  };
  for (const m of analysis.mentions) c[m.type].mentions++;
  for (const e of analysis.entities) c[e.type].things++;
  return c;
}

const THING: Record<Layer, [string, string]> = {
  person: ['person', 'people'],
  place: ['place', 'places'],
  organization: ['organization', 'organizations'],
  claim: ['claim', 'claims'],
};

/**
 * What a layer's count means, in words: the legend counts what is highlighted in the text
 * (mentions), the Cast counts who or what is named; each says which it is.
 */
export function layerCountText(layer: Layer, count: LayerCount): { short: string; long: string } {
  const things = countOf(count.things, ...THING[layer]);
  // "Claims 32" is already unambiguous: a claim is counted once, like in the Claims tab.
  if (layer === 'claim') return { short: formatCount(count.things), long: things };
  return { short: countOf(count.mentions, 'mention'), long: `${countOf(count.mentions, 'mention')} of ${things}` };
}

/** The status line once the analysis is in: the distinct people, places and organizations, as the Cast counts them. */
export function foundLine(c: LayerCounts | null): string {
  if (!c) return '';
  return `Analysis done: ${countOf(c.person.things, 'person', 'people')}, ${countOf(c.place.things, 'place')}, ${countOf(c.organization.things, 'organization')} and ${countOf(c.claim.things, 'claim')} marked.`;
}
