import { FINDING_LAYER_STYLES, swatchStyle } from '../../anchoring/highlight/layers';
import { LAYER_LABEL, LAYERS, type Layer } from '../../model/findings';

interface LegendProps {
  visible: Record<Layer, boolean>;
  counts: Record<Layer, number>;
  onToggle: (layer: Layer) => void;
}

/** Layer toggles that double as the legend: each shows its colour and underline style. */
export function Legend({ visible, counts, onToggle }: LegendProps) {
  return (
    <div className="legend" role="group" aria-label="Layers">
      {LAYERS.map((layer, i) => (
        <button
          key={layer}
          type="button"
          className="legend-toggle"
          aria-pressed={visible[layer]}
          title={`Show or hide ${LAYER_LABEL[layer].toLowerCase()} (key ${i + 1})`}
          onClick={() => onToggle(layer)}
        >
          <span className="swatch" style={swatchStyle(FINDING_LAYER_STYLES[layer])} aria-hidden="true" />
          {LAYER_LABEL[layer]} <span className="layer-count">{counts[layer]}</span>
        </button>
      ))}
    </div>
  );
}
