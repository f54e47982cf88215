/**
 * Owns the Map panel: the article's places on an offline world map (world-atlas + d3-geo, no tile
 * server), markers sized by mentions, framed on the places, plus a plain list of the same places as
 * the accessible alternative. Knows nothing about the article or the store: the caller passes
 * places with coordinates and decides what selecting one means (jump to its mentions).
 *
 * The view frames the places most of the article shares (main-places.ts); a place far from them
 * keeps a marker, hollow, at the edge in its direction, and "Show all places" frames everything.
 *
 * Markers are drawn even before the outlines chunk arrives, so the panel is useful immediately.
 * Pass a stable (memoised) `places` array: the projection and paths are recomputed when it changes.
 */
import { useMemo, type KeyboardEvent } from 'react';
import { geoGraticule10, geoPath } from 'd3-geo';
import { layoutMap, pickLabels, type PlacedMarker } from './project';
import { useWorldGeometry } from './use-world-geometry';
import { setMapShowAll, usePrefsStore } from '../../store/prefs';
import './map.css';

export interface MapPlace {
  id: string;
  name: string;
  lat: number;
  lon: number;
  mentions: number;
  country: string;
  kind: string;
}

export interface MapPanelProps {
  places: MapPlace[];
  /** The place hovered or focused in the text; its marker and list row are emphasised. */
  highlightedId?: string | null;
  onSelect: (id: string) => void;
  /** Drawing size in SVG units; the SVG scales to its container's width. */
  width?: number;
  height?: number;
}

const GRATICULE = geoGraticule10();
const LABEL_FONT_SIZE = 12;

function describe(place: MapPlace): string {
  const where = place.country && place.country !== place.name ? `${place.name}, ${place.country}` : place.name;
  return `${where}: ${place.mentions} ${place.mentions === 1 ? 'mention' : 'mentions'}`;
}

/** Enter and Space activate, as for a native button; Space must not scroll the page. */
function activateOnKey(event: KeyboardEvent, activate: () => void): void {
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    activate();
  }
}

export function MapPanel({ places, highlightedId = null, onSelect, width = 640, height = 360 }: MapPanelProps) {
  const geometry = useWorldGeometry();
  const fitAll = usePrefsStore((s) => s.mapShowAll);
  const layout = useMemo(() => layoutMap(places, { width, height, fitAll }), [places, width, height, fitAll]);
  const clustered = useMemo(
    () => (fitAll ? layoutMap(places, { width, height }).leftOut : layout.leftOut),
    [fitAll, places, width, height, layout],
  );
  const labels = useMemo(
    () =>
      pickLabels(
        layout.markers.filter((m) => !m.outside),
        { width, height, maxLabels: width >= 480 ? 6 : 3, fontSize: LABEL_FONT_SIZE },
      ),
    [layout, width, height],
  );
  const base = useMemo(() => {
    const path = geoPath(layout.projection);
    return { sphere: path({ type: 'Sphere' }) ?? '', graticule: path(GRATICULE) ?? '' };
  }, [layout]);
  const land = useMemo(() => {
    if (geometry.status !== 'ready') return null;
    const path = geoPath(layout.projection);
    const { countries, coastline, borders } = geometry.geometry;
    return { countries: path(countries) ?? '', coastline: path(coastline) ?? '', borders: path(borders) ?? '' };
  }, [geometry, layout]);

  const byId = useMemo(() => new Map(places.map((p) => [p.id, p])), [places]);
  // The highlighted marker paints last so its enlarged ring is never hidden under a neighbour.
  const markers = useMemo(() => {
    const rest = layout.markers.filter((m) => m.id !== highlightedId);
    const top = layout.markers.filter((m) => m.id === highlightedId);
    return [...rest, ...top];
  }, [layout, highlightedId]);
  const listed = useMemo(
    () => [...places].sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name)),
    [places],
  );

  const count = places.length;
  const summary = `Map of ${count} ${count === 1 ? 'place' : 'places'} named in the article`;

  return (
    <section className="map-panel" aria-label="Places map">
      <div className="map-panel__canvas">
        <svg className="map-panel__svg" viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="xMidYMid meet">
          <g role="img" aria-label={summary}>
            <path className="map-ocean" d={base.sphere} />
            <path className="map-graticule" d={base.graticule} />
            {land && (
              <>
                <path className="map-land" d={land.countries} />
                <path className="map-borders" d={land.borders} />
                <path className="map-coast" d={land.coastline} />
              </>
            )}
          </g>
          <g className="map-markers">
            {markers.map((m) => {
              const place = byId.get(m.id);
              if (!place) return null;
              return (
                <Marker
                  key={m.id}
                  marker={m}
                  label={m.outside ? `${describe(place)} (outside this view)` : describe(place)}
                  highlighted={m.id === highlightedId}
                  onSelect={onSelect}
                />
              );
            })}
          </g>
          <g className="map-labels" aria-hidden="true">
            {labels.map((l) => (
              <text
                key={l.id}
                x={l.x}
                y={l.y}
                textAnchor={l.anchor}
                dominantBaseline="central"
                fontSize={LABEL_FONT_SIZE}
              >
                {l.text}
              </text>
            ))}
          </g>
        </svg>
        {clustered > 0 && (
          <button type="button" className="map-panel__fit" aria-pressed={fitAll} onClick={() => setMapShowAll(!fitAll)}>
            Show all places
          </button>
        )}
        {geometry.status !== 'ready' && (
          <p className="map-panel__status" role="status">
            {geometry.status === 'loading' ? 'Loading map…' : 'Map outlines could not be loaded.'}
          </p>
        )}
      </div>
      {listed.length > 0 && (
        <ul className="map-list" aria-label="Places in the article">
          {listed.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                className="map-list__item"
                data-highlighted={p.id === highlightedId || undefined}
                onClick={() => onSelect(p.id)}
              >
                <span className="map-list__glyph" aria-hidden="true" />
                <span className="map-list__name">{p.name}</span>
                {p.country && p.country !== p.name && <span className="map-list__country">{p.country}</span>}
                <span className="map-list__count">
                  {p.mentions}
                  <span className="map-visually-hidden"> {p.mentions === 1 ? 'mention' : 'mentions'}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

interface MarkerProps {
  marker: PlacedMarker;
  label: string;
  highlighted: boolean;
  onSelect: (id: string) => void;
}

function Marker({ marker, label, highlighted, onSelect }: MarkerProps) {
  const r = highlighted ? marker.r + 3 : marker.r;
  const select = () => onSelect(marker.id);
  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={label}
      className="map-marker"
      data-highlighted={highlighted || undefined}
      data-outside={marker.outside || undefined}
      transform={`translate(${marker.x.toFixed(1)} ${marker.y.toFixed(1)})`}
      onClick={select}
      onKeyDown={(event) => activateOnKey(event, select)}
    >
      <title>{label}</title>
      {/* A wider transparent hit area keeps the smallest markers easy to click. */}
      <circle className="map-marker__hit" r={Math.max(r + 4, 12)} />
      <circle className="map-marker__ring" r={r + 4} />
      <circle className="map-marker__disc" r={r} />
      <circle className="map-marker__dot" r={Math.max(1.5, r * 0.28)} />
    </g>
  );
}
