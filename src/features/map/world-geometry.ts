/**
 * Owns the offline world outlines shared by the map panel and the place locator.
 *
 * The 110m world-atlas file is ~100 KB of JSON that most readers never need, so it is imported
 * dynamically (Vite gives it its own chunk) and only when a map first mounts. The TopoJSON is
 * converted once and the promise is cached: every map after the first gets the same objects, and
 * `peekWorldGeometry` lets a remounting hover card draw synchronously without a loading flash.
 */
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface WorldGeometry {
  countries: GeoJSON.FeatureCollection<GeoJSON.Geometry, { name?: string }>;
  /** Arcs on one country only: the coast, drawn stronger than borders so land reads as land. */
  coastline: GeoJSON.MultiLineString;
  /** Arcs shared by two countries, each drawn once. */
  borders: GeoJSON.MultiLineString;
}

type WorldTopology = Topology<{ countries: GeometryCollection<{ name?: string }>; land: GeometryCollection }>;

let pending: Promise<WorldGeometry> | null = null;
let loaded: WorldGeometry | null = null;

export function loadWorldGeometry(): Promise<WorldGeometry> {
  pending ??= import('world-atlas/countries-110m.json')
    .then((mod) => {
      // The JSON's inferred literal type is huge and not a Topology; its shape is fixed by the package.
      const topology = mod.default as unknown as WorldTopology;
      loaded = {
        countries: feature(topology, topology.objects.countries),
        coastline: mesh(topology, topology.objects.countries, (a, b) => a === b),
        borders: mesh(topology, topology.objects.countries, (a, b) => a !== b),
      };
      return loaded;
    })
    .catch((error: unknown) => {
      // Let a later mount retry (a chunk can fail to load after a redeploy) instead of caching the failure.
      pending = null;
      throw error;
    });
  return pending;
}

export function peekWorldGeometry(): WorldGeometry | null {
  return loaded;
}
