import { describe, expect, it } from 'vitest';
import { arcDegrees, farPlaces, type LocatedPlace } from './main-places';
import { centralLongitude } from './project';

const at = (id: string, lat: number, lon: number, mentions = 1): LocatedPlace => ({ id, lat, lon, mentions });
const MOSCOW = at('moscow', 55.76, 37.62, 5);
const KYIV = at('kyiv', 50.45, 30.52, 4);
const DNIPRO = at('dnipro', 48.46, 35.04);
const KURSK = at('kursk', 51.73, 36.19);
const WASHINGTON = at('washington', 38.9, -77.04);
const SEOUL = at('seoul', 37.57, 126.98);

describe('farPlaces', () => {
  it.each<[string, LocatedPlace[], string[]]>([
    ['nothing to frame', [], []],
    ['one place', [MOSCOW], []],
    ['two far-apart places are both the story', [MOSCOW, WASHINGTON], []],
    ['a tight cluster keeps everyone', [MOSCOW, KYIV, DNIPRO, KURSK], []],
    ['one far place named once', [MOSCOW, KYIV, DNIPRO, WASHINGTON], ['washington']],
    ['two far places on either side', [MOSCOW, KYIV, DNIPRO, KURSK, WASHINGTON, SEOUL], ['seoul', 'washington']],
    ['the busiest place is framed even when far', [KYIV, DNIPRO, KURSK, at('washington', 38.9, -77.04, 9)], []],
    [
      'a regional spread is not an outlier (within the minimum distance)',
      [at('paris', 48.86, 2.35), at('lyon', 45.76, 4.84), at('paris2', 48.85, 2.36), at('berlin', 52.52, 13.4)],
      [],
    ],
    [
      'a Pacific cluster across the antimeridian',
      [
        at('suva', -18.14, 178.44),
        at('apia', -13.83, -171.76),
        at('nukualofa', -21.14, -175.2),
        at('paris', 48.86, 2.35),
      ],
      ['paris'],
    ],
  ])('%s', (_name, places, expected) => {
    const center = centralLongitude(places.map((p) => p.lon));
    expect([...farPlaces(places, center)].sort()).toEqual(expected);
  });
});

describe('arcDegrees', () => {
  it.each([
    [at('a', 0, 0), at('b', 0, 90), 90],
    [at('a', 0, 179), at('b', 0, -179), 2],
    [at('a', 90, 0), at('b', -90, 0), 180],
  ])('%#', (a, b, expected) => {
    expect(arcDegrees(a, b)).toBeCloseTo(expected, 6);
  });
});
