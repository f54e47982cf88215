import { describe, expect, it } from 'vitest';
import type { Entity } from '../../engine/types';
import { serializeGeoJson } from './geojson';

const place = (id: string, name: string, lat: number, lon: number, mentions: number, gazetteerName = name): Entity => ({
  id,
  type: 'place',
  name,
  aliases: [],
  roles: [],
  mentionIds: Array.from({ length: mentions }, (_, i) => `${id}-m${i}`),
  place: { name: gazetteerName, lat, lon, country: 'Ukraine', countryCode: 'UA', kind: 'city' },
});

describe('GeoJSON export', () => {
  const entities: Entity[] = [
    place('p1', 'Kiev', 50.45, 30.52, 3, 'Kyiv'),
    place('p2', 'Dnipro', 48.46, 35.04, 1),
    { id: 'x', type: 'person', name: 'Putin', aliases: [], roles: [], mentionIds: ['m'] },
    { id: 'y', type: 'place', name: 'Atlantis', aliases: [], roles: [], mentionIds: ['m'] },
    place('bad', 'Nowhere', 123, 0, 1),
  ];
  const geo = JSON.parse(serializeGeoJson({ entities }));

  it('writes one Point per placed entity, lon before lat, with name, country, kind and mentions', () => {
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features).toEqual([
      {
        type: 'Feature',
        id: 'p1',
        geometry: { type: 'Point', coordinates: [30.52, 50.45] },
        properties: {
          name: 'Kiev',
          country: 'Ukraine',
          countryCode: 'UA',
          kind: 'city',
          mentions: 3,
          gazetteerName: 'Kyiv',
        },
      },
      {
        type: 'Feature',
        id: 'p2',
        geometry: { type: 'Point', coordinates: [35.04, 48.46] },
        properties: { name: 'Dnipro', country: 'Ukraine', countryCode: 'UA', kind: 'city', mentions: 1 },
      },
    ]);
  });

  it('round-trips to the same places', () => {
    const back = geo.features.map(
      (f: { properties: { name: string; mentions: number }; geometry: { coordinates: [number, number] } }) => [
        f.properties.name,
        f.geometry.coordinates[1],
        f.geometry.coordinates[0],
        f.properties.mentions,
      ],
    );
    expect(back).toEqual([
      ['Kiev', 50.45, 30.52, 3],
      ['Dnipro', 48.46, 35.04, 1],
    ]);
  });

  it('is empty, not missing, when no place was found', () => {
    expect(JSON.parse(serializeGeoJson({ entities: [] }))).toEqual({ type: 'FeatureCollection', features: [] });
  });
});
