/**
 * `node --cpu-prof --import ./scripts/perf/unminified.mjs scripts/perf/profile-1mb.ts`, then
 * `node scripts/perf/hot-lines.mjs` on the larger of the two profiles (the other is the loader's
 * thread): profiles with a line per statement. tsx
 * minifies whitespace, so in its profiles every line of a file is line 1; this loader runs
 * esbuild on each .ts file without minifying and keeps the code it ran in /tmp/marginalia-js so
 * hot-lines.mjs can print each hot line.
 */
import { register } from 'node:module';

register('./unminified-hooks.mjs', import.meta.url);
