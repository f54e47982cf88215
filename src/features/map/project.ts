/**
 * Owns the map's geometry decisions, kept pure (no DOM, no React) so they can be unit-tested:
 * which projection frames the article's places, where each marker lands, how big it is, and which
 * markers get a text label.
 *
 * Framing fits the places themselves (not the whole world) with padding that leaves room for the
 * largest marker. The projection is rotated to the middle of the longitudes the places occupy, so a
 * story about Fiji and Samoa is not torn across the antimeridian into a world-wide view.
 */
import { geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import { farPlaces } from './main-places';

export interface ProjectablePlace {
  id: string;
  name: string;
  lat: number;
  lon: number;
  mentions: number;
}

export interface Viewport {
  width: number;
  height: number;
  /** Space kept clear at each edge; defaults to enough for the largest marker plus a margin. */
  padding?: number;
  /** Frame every place, outliers included (main-places.ts), instead of the main cluster. */
  fitAll?: boolean;
}

export interface PlacedMarker {
  id: string;
  name: string;
  mentions: number;
  x: number;
  y: number;
  r: number;
  /** Outside the framed view: drawn at the edge, in the direction of the place. */
  outside?: boolean;
}

export interface MarkerLabel {
  id: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'end';
}

export interface MapLayout {
  projection: GeoProjection;
  /** Largest first, so smaller markers paint on top and stay clickable where they overlap. */
  markers: PlacedMarker[];
  /** How many places the framing left out as far from the rest (0 when `fitAll`). */
  leftOut: number;
}

export const MIN_RADIUS = 4;
export const MAX_RADIUS = 16;
export const DEFAULT_PADDING = MAX_RADIUS + 12;
/** One place alone gets a regional view rather than a street-level one. */
const SINGLE_PLACE_HALF_SPAN = 15;
/** Places clustered in one region still show enough coastline to be recognisable. */
const MIN_HALF_SPAN = 8;

/**
 * Area proportional to mentions (radius ∝ √mentions, 4 px per √mention) until the busiest place
 * would exceed MAX_RADIUS; then everything shrinks by the same factor so relative sizes survive.
 */
export function markerRadius(mentions: number, maxMentions: number): number {
  const base = 4 * Math.sqrt(Math.max(mentions, 0));
  const busiest = 4 * Math.sqrt(Math.max(maxMentions, mentions, 1));
  const shrink = Math.min(1, MAX_RADIUS / busiest);
  return Math.min(MAX_RADIUS, Math.max(MIN_RADIUS, base * shrink));
}

function normaliseLon(lon: number): number {
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}

/** The midpoint of the smallest arc holding every longitude: the complement of the widest empty gap. */
export function centralLongitude(lons: readonly number[]): number {
  if (lons.length === 0) return 0;
  const sorted = lons.map(normaliseLon).sort((a, b) => a - b);
  let widestGap = sorted[0] + 360 - sorted[sorted.length - 1];
  let arcStart = sorted[0];
  for (let i = 1; i < sorted.length; i++) {
    const gap = sorted[i] - sorted[i - 1];
    if (gap > widestGap) {
      widestGap = gap;
      arcStart = sorted[i];
    }
  }
  return normaliseLon(arcStart + (360 - widestGap) / 2);
}

/** Longitude relative to `center`, in (-180, 180]. */
function relativeLon(lon: number, center: number): number {
  return normaliseLon(lon - center);
}

/** The points the projection is fitted to: every place plus a minimum-size box around them. */
export function fitTarget(places: readonly ProjectablePlace[], center: number): GeoJSON.MultiPoint {
  const rel = places.map((p) => relativeLon(p.lon, center));
  const lats = places.map((p) => p.lat);
  const minRel = Math.min(...rel);
  const maxRel = Math.max(...rel);
  const minLat = Math.min(...lats);
  const maxLat = Math.max(...lats);
  const minHalf = places.length === 1 ? SINGLE_PLACE_HALF_SPAN : MIN_HALF_SPAN;
  const midRel = (minRel + maxRel) / 2;
  const midLat = (minLat + maxLat) / 2;
  const halfLon = Math.max((maxRel - minRel) / 2, minHalf);
  const halfLat = Math.max((maxLat - minLat) / 2, minHalf);
  // Clamp away from the poles and the back meridian, where the box corners would fold over.
  const clampLat = (lat: number) => Math.max(-85, Math.min(85, lat));
  const clampRel = (lon: number) => Math.max(-179, Math.min(179, lon));
  const box: Array<[number, number]> = [
    [clampRel(midRel - halfLon), clampLat(midLat - halfLat)],
    [clampRel(midRel + halfLon), clampLat(midLat - halfLat)],
    [clampRel(midRel - halfLon), clampLat(midLat + halfLat)],
    [clampRel(midRel + halfLon), clampLat(midLat + halfLat)],
    [clampRel(midRel), clampLat(midLat - halfLat)],
    [clampRel(midRel), clampLat(midLat + halfLat)],
  ];
  return {
    type: 'MultiPoint',
    coordinates: [
      ...places.map((p): [number, number] => [p.lon, p.lat]),
      ...box.map(([lon, lat]): [number, number] => [lon + center, lat]),
    ],
  };
}

/** A projection framing the places within the viewport, with every marker's screen position and size. */
export function layoutMap(places: readonly ProjectablePlace[], viewport: Viewport): MapLayout {
  const { width, height } = viewport;
  const padding = Math.min(viewport.padding ?? DEFAULT_PADDING, width / 4, height / 4);
  const center = centralLongitude(places.map((p) => p.lon));
  const projection = geoNaturalEarth1().rotate([-center, 0]);
  if (places.length === 0) {
    projection.fitExtent(
      [
        [padding, padding],
        [width - padding, height - padding],
      ],
      { type: 'Sphere' },
    );
    return { projection, markers: [], leftOut: 0 };
  }
  const far = viewport.fitAll ? new Set<string>() : farPlaces(places, center);
  const framed = far.size ? places.filter((p) => !far.has(p.id)) : places;
  const framedCenter = far.size ? centralLongitude(framed.map((p) => p.lon)) : center;
  if (framedCenter !== center) projection.rotate([-framedCenter, 0]);
  projection.fitExtent(
    [
      [padding, padding],
      [width - padding, height - padding],
    ],
    fitTarget(framed, framedCenter),
  );
  panIntoSphere(projection, framed, width, height, padding);
  const maxMentions = Math.max(...places.map((p) => p.mentions));
  const markers = places
    .map((p): PlacedMarker => {
      const [x, y] = projection([p.lon, p.lat]) ?? [width / 2, height / 2];
      const marker = { id: p.id, name: p.name, mentions: p.mentions, x, y, r: markerRadius(p.mentions, maxMentions) };
      return far.has(p.id) ? { ...marker, ...toEdge(x, y, width, height, padding), outside: true } : marker;
    })
    .sort((a, b) => b.r - a.r || b.mentions - a.mentions || a.name.localeCompare(b.name));
  return { projection, markers, leftOut: far.size };
}

/**
 * A point outside the view moved along the line from the view's centre to where it lies, until it
 * sits just inside the edge: the reader still sees the place and which way it is.
 */
export function toEdge(x: number, y: number, width: number, height: number, inset: number): { x: number; y: number } {
  const cx = width / 2;
  const cy = height / 2;
  const dx = x - cx;
  const dy = y - cy;
  const halfW = Math.max(cx - inset, 0);
  const halfH = Math.max(cy - inset, 0);
  const scale = Math.max(Math.abs(dx) / (halfW || 1), Math.abs(dy) / (halfH || 1), 1);
  return { x: cx + dx / scale, y: cy + dy / scale };
}

/**
 * Places spread east–west fill the width but leave blank space above or below the globe's edge;
 * slide the view so it shows land and sea instead, as far as the markers' padding allows.
 */
function panIntoSphere(
  projection: GeoProjection,
  places: readonly ProjectablePlace[],
  width: number,
  height: number,
  padding: number,
): void {
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds({ type: 'Sphere' });
  const points = places.map((p) => projection([p.lon, p.lat]) ?? [width / 2, height / 2]);
  const shift = (lo: number, hi: number, size: number, pointsLo: number, pointsHi: number): number => {
    let d = 0;
    if (hi - lo < size) d = (size - lo - hi) / 2;
    else if (lo > 0) d = -lo;
    else if (hi < size) d = size - hi;
    return Math.max(padding - pointsLo, Math.min(size - padding - pointsHi, d));
  };
  const dx = shift(x0, x1, width, Math.min(...points.map((p) => p[0])), Math.max(...points.map((p) => p[0])));
  const dy = shift(y0, y1, height, Math.min(...points.map((p) => p[1])), Math.max(...points.map((p) => p[1])));
  const [tx, ty] = projection.translate();
  projection.translate([tx + dx, ty + dy]);
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/**
 * Labels the busiest markers, at most `maxLabels`, skipping any whose text would collide with a
 * label already placed or with another marker. Text width is estimated from its length: crude, but
 * it needs no DOM measurement and errs wide.
 */
export function pickLabels(
  markers: readonly PlacedMarker[],
  options: { width: number; height: number; maxLabels: number; fontSize: number },
): MarkerLabel[] {
  const { width, height, maxLabels, fontSize } = options;
  const gap = 4;
  const byMentions = [...markers].sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
  const placed: Box[] = [];
  const labels: MarkerLabel[] = [];
  for (const m of byMentions) {
    if (labels.length >= maxLabels) break;
    const textWidth = m.name.length * fontSize * 0.6;
    const y0 = m.y - fontSize * 0.6;
    const y1 = m.y + fontSize * 0.6;
    const candidates: Array<{ box: Box; label: MarkerLabel }> = [
      {
        box: { x0: m.x + m.r + gap, y0, x1: m.x + m.r + gap + textWidth, y1 },
        label: { id: m.id, text: m.name, x: m.x + m.r + gap, y: m.y, anchor: 'start' },
      },
      {
        box: { x0: m.x - m.r - gap - textWidth, y0, x1: m.x - m.r - gap, y1 },
        label: { id: m.id, text: m.name, x: m.x - m.r - gap, y: m.y, anchor: 'end' },
      },
    ];
    const fits = candidates.find(
      ({ box }) =>
        box.x0 >= 0 &&
        box.x1 <= width &&
        box.y0 >= 0 &&
        box.y1 <= height &&
        !placed.some((p) => overlaps(p, box)) &&
        !markers.some(
          (o) => o.id !== m.id && overlaps(box, { x0: o.x - o.r, y0: o.y - o.r, x1: o.x + o.r, y1: o.y + o.r }),
        ),
    );
    if (!fits) continue;
    placed.push(fits.box);
    labels.push(fits.label);
  }
  return labels;
}
