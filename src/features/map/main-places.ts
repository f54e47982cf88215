/**
 * Which of an article's places the map frames: the cluster most of them share, not every place
 * named once. A story about Kyiv and Moscow that mentions Washington in passing should show
 * eastern Europe, not the whole northern hemisphere. Pure: coordinates in, ids out.
 *
 * The rule is robust to the outliers it looks for: the centre is the median latitude and the
 * median longitude (taken around the places' own central meridian, so the antimeridian does not
 * split a Pacific cluster), and a place is far when its great-circle distance from that centre is
 * more than FAR_FACTOR times the median distance, and more than MIN_FAR_DEGREES. When a far place is named more often than any
 * place of the cluster, the whole view is kept: the article is about it as much as the cluster.
 */

export interface LocatedPlace {
  id: string;
  lat: number;
  lon: number;
  mentions: number;
}

const FAR_FACTOR = 3;
/** About 2,200 km: closer than this, a place is never an outlier, however tight the cluster. */
const MIN_FAR_DEGREES = 20;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const wrap = (lon: number) => ((((lon + 180) % 360) + 360) % 360) - 180;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in degrees of arc. */
export function arcDegrees(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const h =
    Math.sin(rad(b.lat - a.lat) / 2) ** 2 +
    Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lon - a.lon) / 2) ** 2;
  return (2 * Math.asin(Math.min(1, Math.sqrt(h))) * 180) / Math.PI;
}

/**
 * The ids of the places far from the rest, which the map leaves out of its framing.
 * @param center the longitude the places are spread around (project.ts `centralLongitude`)
 */
export function farPlaces(places: readonly LocatedPlace[], center: number): Set<string> {
  if (places.length < 3) return new Set();
  const mid = {
    lat: median(places.map((p) => p.lat)),
    lon: wrap(center + median(places.map((p) => wrap(p.lon - center)))),
  };
  const distances = places.map((p) => arcDegrees(mid, p));
  const limit = Math.max(FAR_FACTOR * median(distances), MIN_FAR_DEGREES);
  const near = places.filter((_, i) => distances[i] <= limit);
  const busiestNear = Math.max(...near.map((p) => p.mentions));
  // A far place named more often than any place of the cluster is what the article is about.
  if (places.some((p, i) => distances[i] > limit && p.mentions > busiestNear)) return new Set();
  return new Set(places.filter((_, i) => distances[i] > limit).map((p) => p.id));
}
