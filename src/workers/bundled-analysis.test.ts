import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../lib/content-hash';
import { runAnalysis } from './analysis-shared';
import { ANALYSIS_VERSION, readBundledAnalysis, type BundledAnalysisFile } from './bundled-analysis';

const ARTICLE = 'public/articles/putin-high-tech-duel.txt';
const text = readFileSync(ARTICLE, 'utf8');

describe('the landing article analysed at build time', () => {
  // What the build writes (build/analyse-landing.ts, run as the build runs it), read back as the app does.
  const written = JSON.parse(
    execFileSync(process.execPath, ['--import', 'tsx', 'build/analyse-landing.ts', ARTICLE], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    }),
  ) as BundledAnalysisFile;

  it('equals what the worker produces for that text, and names the text and the analysis version', async () => {
    expect(written.text).toBe(contentHash(text));
    expect(written.version).toBe(ANALYSIS_VERSION);
    const analysis = readBundledAnalysis(written, text);
    expect(analysis).not.toBeNull();
    expect(analysis!.claims.length).toBeGreaterThan(0);
    expect(analysis).toEqual(await runAnalysis(text));
  }, 60_000);

  it('is refused for any other text, another analysis version, or a damaged file', () => {
    expect(readBundledAnalysis(written, `${text} `)).toBeNull();
    expect(readBundledAnalysis({ ...written, version: 1 }, text)).toBeNull();
    expect(readBundledAnalysis({ ...written, analysis: { ...written.analysis, version: 3 } }, text)).toBeNull();
    expect(readBundledAnalysis({ ...written, analysis: { ...written.analysis, claims: 'x' } }, text)).toBeNull();
    expect(readBundledAnalysis(null, text)).toBeNull();
    expect(readBundledAnalysis('{', text)).toBeNull();
  });
});
