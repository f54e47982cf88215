/**
 * Owns the tiny world map in a place's hover card: the whole world with one dot, so a reader
 * sees at a glance roughly where a place is. Shares the lazily loaded outlines with the Map panel;
 * until they arrive the dot sits on a blank globe.
 */
import { useMemo } from 'react';
import { geoNaturalEarth1, geoPath, type GeoSphere } from 'd3-geo';
import { useWorldGeometry } from './use-world-geometry';
import './map.css';

export interface LocatorMapProps {
  lat: number;
  lon: number;
  label: string;
}

const WIDTH = 160;
const HEIGHT = 90;
const SPHERE: GeoSphere = { type: 'Sphere' };

export function LocatorMap({ lat, lon, label }: LocatorMapProps) {
  const geometry = useWorldGeometry();
  const projection = useMemo(
    () =>
      geoNaturalEarth1().fitExtent(
        [
          [2, 2],
          [WIDTH - 2, HEIGHT - 2],
        ],
        SPHERE,
      ),
    [],
  );
  const paths = useMemo(() => {
    const path = geoPath(projection);
    const land = geometry.status === 'ready' ? (path(geometry.geometry.countries) ?? '') : '';
    return { sphere: path(SPHERE) ?? '', land };
  }, [projection, geometry]);
  const [x, y] = projection([lon, lat]) ?? [WIDTH / 2, HEIGHT / 2];

  return (
    <svg
      className="map-locator"
      role="img"
      aria-label={`Location of ${label}`}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
    >
      <path className="map-ocean" d={paths.sphere} />
      {paths.land && <path className="map-land map-locator__land" d={paths.land} />}
      <circle className="map-locator__halo" cx={x} cy={y} r={6} />
      <circle className="map-locator__dot" cx={x} cy={y} r={3} />
    </svg>
  );
}
