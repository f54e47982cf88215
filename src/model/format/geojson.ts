/**
 * The places an article mentions, as a GeoJSON FeatureCollection (RFC 7946) for map tools.
 * Only entities the gazetteer placed are included; coordinates are [longitude, latitude] as the
 * RFC requires (the reverse of how people say them), and out-of-range values are skipped rather
 * than written, since one bad point breaks many viewers.
 */
import type { Analysis, GazetteerEntry } from '../../engine/types';

export interface PlaceFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: {
    name: string;
    country: string;
    countryCode: string;
    kind: GazetteerEntry['kind'];
    mentions: number;
    /** The name as the gazetteer spells it, when it differs from the article's. */
    gazetteerName?: string;
  };
}

export interface PlaceCollection {
  type: 'FeatureCollection';
  features: PlaceFeature[];
}

const valid = (p: GazetteerEntry) =>
  Number.isFinite(p.lat) && Number.isFinite(p.lon) && Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180;

export function toGeoJson(analysis: Pick<Analysis, 'entities'>): PlaceCollection {
  const features: PlaceFeature[] = [];
  for (const e of analysis.entities) {
    const place = e.place;
    if (e.type !== 'place' || !place || !valid(place)) continue;
    features.push({
      type: 'Feature',
      id: e.id,
      geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
      properties: {
        name: e.name,
        country: place.country,
        countryCode: place.countryCode,
        kind: place.kind,
        mentions: e.mentionIds.length,
        ...(place.name !== e.name ? { gazetteerName: place.name } : {}),
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

export function serializeGeoJson(analysis: Pick<Analysis, 'entities'>): string {
  return JSON.stringify(toGeoJson(analysis), null, 2);
}
