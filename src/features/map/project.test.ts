import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PADDING,
  MAX_RADIUS,
  MIN_RADIUS,
  centralLongitude,
  layoutMap,
  markerRadius,
  pickLabels,
  type ProjectablePlace,
} from './project';

const place = (id: string, lat: number, lon: number, mentions = 1): ProjectablePlace => ({
  id,
  name: id,
  lat,
  lon,
  mentions,
});

const CASES: Array<[string, ProjectablePlace[]]> = [
  [
    'the default article',
    [
      place('Moscow', 55.76, 37.62, 9),
      place('Kyiv', 50.45, 30.52, 7),
      place('Dnipro', 48.45, 34.98, 2),
      place('Seoul', 37.57, 126.98, 3),
      place('Washington', 38.9, -77.04, 4),
    ],
  ],
  ['one region', [place('Moscow', 55.76, 37.62, 3), place('Kyiv', 50.45, 30.52, 1)]],
  ['across the antimeridian', [place('Suva', -18.14, 178.44), place('Apia', -13.83, -171.76, 5)]],
  [
    'far apart',
    [place('Sydney', -33.87, 151.21), place('Reykjavik', 64.15, -21.94), place('Santiago', -33.45, -70.67)],
  ],
  ['one place', [place('Kyiv', 50.45, 30.52, 4)]],
  ['near a pole', [place('Longyearbyen', 78.22, 15.65), place('McMurdo', -77.85, 166.67)]],
];

const VIEWPORTS = [
  { width: 640, height: 360 },
  { width: 320, height: 480 },
];

describe('layoutMap', () => {
  for (const [name, places] of CASES) {
    for (const viewport of VIEWPORTS) {
      it.each([false, true])(
        `keeps every marker inside the padded ${viewport.width}×${viewport.height} viewport: ${name} (fit all: %s)`,
        (fitAll) => {
          const { markers } = layoutMap(places, { ...viewport, fitAll });
          expect(markers).toHaveLength(places.length);
          for (const m of markers) {
            expect(m.x).toBeGreaterThanOrEqual(DEFAULT_PADDING - 0.5);
            expect(m.x).toBeLessThanOrEqual(viewport.width - DEFAULT_PADDING + 0.5);
            expect(m.y).toBeGreaterThanOrEqual(DEFAULT_PADDING - 0.5);
            expect(m.y).toBeLessThanOrEqual(viewport.height - DEFAULT_PADDING + 0.5);
            // The padding leaves room for the whole circle, not only its centre.
            expect(m.x - m.r).toBeGreaterThanOrEqual(0);
            expect(m.y + m.r).toBeLessThanOrEqual(viewport.height);
          }
        },
      );
    }
  }

  it('frames a single place regionally: about 30° of longitude across the view', () => {
    const { projection, markers } = layoutMap([place('Kyiv', 50.45, 30.52)], { width: 640, height: 360 });
    expect(markers[0].x).toBeCloseTo(320, 0);
    // Natural Earth stretches latitudes unevenly, so the box is centred only roughly in y.
    expect(Math.abs(markers[0].y - 180)).toBeLessThan(12);
    const west = projection([30.52 - 15, 50.45])!;
    const east = projection([30.52 + 15, 50.45])!;
    expect(west[0]).toBeGreaterThan(0);
    expect(east[0]).toBeLessThan(640);
    // Not the whole world either: 30° spans a good part of the width.
    expect(east[0] - west[0]).toBeGreaterThan(150);
  });

  it('keeps places on both sides of the antimeridian next to each other', () => {
    const { markers } = layoutMap(CASES[2][1], { width: 640, height: 360 });
    const [a, b] = markers;
    // ~10° apart in a view at least 16° wide: never the two ends of a world map.
    expect(Math.abs(a.x - b.x)).toBeLessThan(640 - 2 * DEFAULT_PADDING);
    expect(Math.abs(a.x - b.x)).toBeGreaterThan(50);
  });

  it('orders markers largest first so small ones paint on top', () => {
    const { markers } = layoutMap(CASES[0][1], { width: 640, height: 360 });
    const radii = markers.map((m) => m.r);
    expect(radii).toEqual([...radii].sort((a, b) => b - a));
  });

  it('frames the main cluster and leaves far places at the edge, pointing their way', () => {
    const viewport = { width: 640, height: 360 };
    const main = layoutMap(CASES[0][1], viewport);
    expect(main.leftOut).toBe(2);
    const at = (layout: typeof main, id: string) => layout.markers.find((m) => m.id === id)!;
    expect(at(main, 'Washington').outside).toBe(true);
    expect(at(main, 'Seoul').outside).toBe(true);
    expect(at(main, 'Moscow').outside).toBeUndefined();
    // West of the cluster on the left edge, east of it on the right.
    expect(at(main, 'Washington').x).toBeCloseTo(DEFAULT_PADDING, 0);
    expect(at(main, 'Seoul').x).toBeCloseTo(640 - DEFAULT_PADDING, 0);
    const all = layoutMap(CASES[0][1], { ...viewport, fitAll: true });
    expect(all.leftOut).toBe(0);
    expect(all.markers.some((m) => m.outside)).toBe(false);
    // The cluster gets far more of the view when the far places are not framed.
    const spread = (layout: typeof main) =>
      Math.hypot(at(layout, 'Moscow').x - at(layout, 'Kyiv').x, at(layout, 'Moscow').y - at(layout, 'Kyiv').y);
    expect(spread(main)).toBeGreaterThan(3 * spread(all));
  });

  it('shows the whole world when there are no places', () => {
    expect(layoutMap([], { width: 640, height: 360 }).markers).toEqual([]);
  });
});

describe('centralLongitude', () => {
  it.each([
    [[30, 40], 35],
    [[178, -172], -177],
    [[-77, 30, 37, 127], 25],
    [[10], 10],
  ])('centres %j on %d', (lons, expected) => {
    expect(centralLongitude(lons)).toBeCloseTo(expected, 6);
  });
});

describe('markerRadius', () => {
  it('grows monotonically with mentions and stays within bounds', () => {
    for (const max of [1, 5, 16, 40, 500]) {
      let previous = 0;
      for (let m = 1; m <= max; m++) {
        const r = markerRadius(m, max);
        expect(r).toBeGreaterThanOrEqual(previous);
        expect(r).toBeGreaterThanOrEqual(MIN_RADIUS);
        expect(r).toBeLessThanOrEqual(MAX_RADIUS);
        previous = r;
      }
      expect(markerRadius(max, max)).toBe(Math.min(MAX_RADIUS, 4 * Math.sqrt(max)));
    }
  });

  it('scales area with mentions below the cap', () => {
    expect(markerRadius(4, 9) / markerRadius(1, 9)).toBeCloseTo(2, 6);
    expect(markerRadius(9, 9)).toBeGreaterThan(markerRadius(4, 9));
  });
});

describe('pickLabels', () => {
  it('labels the busiest places first, within the limit, without collisions', () => {
    const { markers } = layoutMap(CASES[0][1], { width: 640, height: 360 });
    const labels = pickLabels(markers, { width: 640, height: 360, maxLabels: 3, fontSize: 12 });
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.length).toBeLessThanOrEqual(3);
    expect(labels[0].id).toBe('Moscow');
  });

  it('skips a label that would sit on another marker', () => {
    const markers = [
      { id: 'a', name: 'Alpha', mentions: 5, x: 100, y: 100, r: 8 },
      { id: 'b', name: 'Beta', mentions: 1, x: 118, y: 100, r: 8 },
      { id: 'c', name: 'Gamma', mentions: 1, x: 82, y: 100, r: 8 },
    ];
    const labels = pickLabels(markers, { width: 400, height: 200, maxLabels: 3, fontSize: 12 });
    expect(labels.map((l) => l.id)).not.toContain('a');
  });
});
