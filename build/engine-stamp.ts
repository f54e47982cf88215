/**
 * A fingerprint of everything that decides the engine's output: its sources, lexicon, tagger model
 * and gazetteer (src/engine, minus tests), and the worker's code around it (the worker, analysis-shared.ts,
 * analysis-protocol.ts, which joins the worker's staged lists into the analysis, and analysis-compact.ts,
 * the form those lists cross in).
 * The build writes it into the app (`__ENGINE_STAMP__`, vite.config.ts) and the analysis cache
 * (src/workers/analysis-cache.ts) keys every stored analysis by it, so a build whose engine
 * answers differently never reads an older engine's answers — with no version to remember to bump.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const isTest = (path: string) => /\.test\.tsx?$/.test(path) || /(^|\/)(fixtures|__snapshots__)\//.test(path);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? filesUnder(join(dir, d.name)) : [join(dir, d.name)],
  );
}

const WORKER_FILES = ['analysis.worker.ts', 'analysis-shared.ts', 'analysis-protocol.ts', 'analysis-compact.ts'];

/** The files the stamp covers, relative to `root`, sorted. */
export function engineFiles(root: string): string[] {
  return [...filesUnder(join(root, 'src/engine')), ...WORKER_FILES.map((f) => join(root, 'src/workers', f))]
    .map((f) => relative(root, f).split('\\').join('/'))
    .filter((f) => !isTest(f))
    .sort();
}

export function engineStamp(root: string): string {
  const files = engineFiles(root);
  const hash = createHash('sha256');
  for (const f of files)
    hash
      .update(`${f}\0`)
      .update(readFileSync(join(root, f)))
      .update('\0');
  return hash.digest('hex').slice(0, 16);
}
