/**
 * The analysis engine's public entry. `analyze(text, { gazetteer })` returns mentions grouped
 * into entities and the claims with their speakers; pure TypeScript, no DOM, so it runs in a
 * worker, in Node and in the CLI. The gazetteer is injected (loaded lazily by the caller);
 * without it, built-in country/capital lists and context cues still find places.
 */
import type { Analysis } from './types';
import { buildContext, type GazetteerLike } from './context';
import { detectMentions } from './detect/mentions';
import { groupMentions } from './coref/entities';
import { detectClaims } from './claims/claims';
import { defaultModel } from './tagger/default-model';
import type { TaggerModel } from './tagger/model';

export type { GazetteerLike } from './context';
export { splitSentences } from './tokenize/sentences';

export interface AnalyzeOptions {
  gazetteer?: GazetteerLike;
  /** The name tagger; the shipped model (tagger/model.json) unless a fold experiment passes its own. */
  model?: TaggerModel;
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const ctx = buildContext(text, options.gazetteer);
  const raw = detectMentions(ctx, options.model ?? defaultModel());
  const grouped = groupMentions(ctx, raw);
  const claims = detectClaims(ctx, grouped);
  return { version: 2, mentions: grouped.mentions, entities: grouped.entities, claims };
}
