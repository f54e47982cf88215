import { FINDING_LAYER_STYLES, swatchStyle } from '../../anchoring/highlight/layers';
import { LAYER_LABEL, LAYERS, type Layer } from '../../model/findings';
import { layerCountText, type LayerCount } from './layer-counts';

export type { LayerCount } from './layer-counts';

interface LegendProps {
  visible: Record<Layer, boolean>;
  counts: Record<Layer, LayerCount> | null;
  onToggle: (layer: Layer) => void;
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
