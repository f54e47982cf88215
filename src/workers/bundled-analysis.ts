/**
 * The landing article's analysis, computed at build time (build/static-shell.ts writes it beside
 * the article as `<id>.analysis.json`), so the landing page can paint every layer without waiting
 * for the worker to download the engine and the gazetteer and run them.
 *
 * It is the worker's own answer: `bundledAnalysisFile` runs `runAnalysis`, the very function the
 * worker and the main-thread fallback run (analysis-shared.ts), and bundled-analysis.test.ts
 * checks that the file, read back from JSON, equals the worker's analysis of that text. The file
 * names the text (its content hash) and the analysis version, and the app takes it only when
 * both match; anything else — another text, another version, a damaged file — is ignored and the
 * worker analyses as for any article. Only the landing page uses it: the same text opened as a
 * user's own article gets no build-time help.
 */
import type { Analysis } from '../engine/types';
import { contentHash } from '../lib/content-hash';
import { ANALYSIS_VERSION, analysisOf } from './analysis-check';

export { ANALYSIS_VERSION };

export interface BundledAnalysisFile {
  /** `contentHash` of the text analysed. */
  text: string;
  version: Analysis['version'];
  analysis: Analysis;
}

/** The file's name beside the article's text in `articles/`. */
export const bundledAnalysisName = (articleId: string) => `${articleId}.analysis.json`;

/** Build time (Node): the file for `text`, from the worker's own analysis. */
export async function bundledAnalysisFile(text: string): Promise<BundledAnalysisFile> {
  const { runAnalysis } = await import('./analysis-shared');
  const analysis = await runAnalysis(text);
  return { text: contentHash(text), version: analysis.version, analysis };
}

/**
 * The analysis in `file` if it is this build's analysis of exactly `text`; otherwise null. The
 * analysis itself gets the same check as a stored one (analysis-check.ts): a file served with the
 * article is no more trusted than one read back from storage.
 */
export function readBundledAnalysis(file: unknown, text: string): Analysis | null {
  if (typeof file !== 'object' || file === null) return null;
  const f = file as Partial<BundledAnalysisFile>;
  if (f.version !== ANALYSIS_VERSION || f.text !== contentHash(text)) return null;
  return analysisOf(f.analysis, text);
}
