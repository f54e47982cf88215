/**
 * Helpers for the engine's table-driven tests: compact views of an analysis (mention lists as
 * "type:text", claim summaries) so each test row reads as [sentence, expected].
 */
import { expect } from 'vitest';
import { analyze, type AnalyzeOptions } from './index';
import type { RuleRow } from './lexicon/rule-row';

/** Every example of the rows as [row id, sentence, expected], one `it.each` case each. */
export function rowExamples(rows: readonly RuleRow<unknown>[]): (readonly [string, string, string])[] {
  return rows.flatMap((r) => r.examples.map((e) => [r.id, e.text, e.expect] as const));
}

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

/** The cue-row tables' one check: some claim of the sentence has this cue; "" means no claim at all. */
export function expectCue(text: string, want: string): void {
  const cues = claimsOf(text).map((c) => c.cue);
  if (want === '') expect(cues).toEqual([]);
  else expect(cues).toContain(want);
}
