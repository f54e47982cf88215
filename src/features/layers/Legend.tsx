import { FINDING_LAYER_STYLES, swatchStyle } from '../../anchoring/highlight/layers';
import { countOf } from '../../lib/plural';
import { LAYER_LABEL, LAYERS, type Layer } from '../../model/findings';

export interface LayerCount {
  /** Highlighted spans in the text: mentions of names, or claims. */
  mentions: number;
  /** Distinct people, places or organizations (claims: the claims). */
  things: number;
}

interface LegendProps {
  visible: Record<Layer, boolean>;
  counts: Record<Layer, LayerCount> | null;
  onToggle: (layer: Layer) => void;
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
  if (layer === 'claim') return { short: new Intl.NumberFormat('en').format(count.things), long: things };
  return { short: countOf(count.mentions, 'mention'), long: `${countOf(count.mentions, 'mention')} of ${things}` };
}

/** Layer toggles that double as the legend: each shows its colour and underline style. */
export function Legend({ visible, counts, onToggle }: LegendProps) {
  return (
    <div className="legend" role="group" aria-label="Layers">
      {LAYERS.map((layer, i) => {
        const text = counts ? layerCountText(layer, counts[layer]) : null;
        return (
          <button
            key={layer}
            type="button"
            className="legend-toggle"
            aria-pressed={visible[layer]}
            title={`Show or hide ${LAYER_LABEL[layer].toLowerCase()} (key ${i + 1})${text ? `: ${text.long}` : ''}`}
            onClick={() => onToggle(layer)}
          >
            <span className="swatch" style={swatchStyle(FINDING_LAYER_STYLES[layer])} aria-hidden="true" />
            {LAYER_LABEL[layer]}
            {/* Its width is reserved before the count arrives, so the buttons do not grow and wrap. */}
            <span className="layer-count" data-layer={layer}>
              {text?.short}
            </span>
          </button>
        );
      })}
    </div>
  );
}
