/**
 * `tsx build/analyse-landing.ts <article file>`: prints the bundled-analysis file (see
 * src/workers/bundled-analysis.ts) for that article's text. Run by the build in its own process,
 * so the engine and its models never load into Vite's config.
 */
import { readFileSync } from 'node:fs';
import { bundledAnalysisFile } from '../src/workers/bundled-analysis.ts';

const text = readFileSync(process.argv[2], 'utf8');
process.stdout.write(JSON.stringify(await bundledAnalysisFile(text)));
