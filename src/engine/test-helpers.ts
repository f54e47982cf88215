/**
 * Helpers for the engine's table-driven tests: compact views of an analysis (mention lists as
 * "type:text", claim summaries) so each test row reads as [sentence, expected].
 */
import { analyze, type AnalyzeOptions } from './index';

export function mentionsOf(text: string, opts?: AnalyzeOptions): string[] {
  return analyze(text, opts).mentions.map((m) => `${m.type}:${m.text}`);
}

export interface ClaimView {
  speaker: string | null;
  name: string | null;
  cue: string;
  kind: string;
  hedged: boolean;
  content: string;
}

export function claimsOf(text: string, opts?: AnalyzeOptions): ClaimView[] {
  return analyze(text, opts).claims.map((c) => ({
    speaker: c.speaker?.text ?? null,
    name: c.speaker?.name ?? null,
    cue: c.cue.text,
    kind: c.kind,
    hedged: c.hedged,
    content: c.content.text,
  }));
}
