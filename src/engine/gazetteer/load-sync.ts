/**
 * Synchronous gazetteer for Node (CLI, tests, benchmarks). The JSON is imported
 * statically, so do not import this module from browser code: that would put the
 * data in the main bundle. Browser code uses `loadGazetteer()` from ./index.ts.
 */
import raw from './data/gazetteer.json' with { type: 'json' };
import { createGazetteer, type Gazetteer, type GazetteerData } from './index';

let cached: Gazetteer | undefined;

export function loadGazetteerSync(): Gazetteer {
  cached ??= createGazetteer(raw as unknown as GazetteerData);
  return cached;
}
