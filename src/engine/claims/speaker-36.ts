/**
 * claims36's speaker row (lexicon/claims-36.ts), read by speaker.ts's `resolveSpeaker` beside
 * claims34's firm heads (speaker-34.ts): a firm described by its kind in more than three words.
 */
import { isDemonym, lower } from '../context';
import { FIRM_LONG_KIND } from '../lexicon/claims-36';
import { Flag, Kind } from '../tokenize/tokenize';
import { startsMention, type CCtx } from './claim-context';
import { firmHead } from './speaker-34';
import type { NP } from './speaker';

/**
 * Row speaker.description.organization.firm-long-kind: `np` is "the", at most the row's plain
 * words (lowercase or demonyms, no name) and a firm's head ("the packaged food maker").
 */
export function firmLongKind(ctx: CCtx, np: NP): boolean {
  const { t } = ctx;
  if (lower(ctx, np.a) !== 'the' || np.b - np.a - 2 > FIRM_LONG_KIND.value.modifiers) return false;
  if (!firmHead(lower(ctx, np.b - 1))) return false;
  for (let i = np.a + 1; i < np.b; i++) {
    if (t.kind[i] !== Kind.Word || startsMention(ctx, i)) return false;
    if (t.flags[i] & Flag.Cap && !isDemonym(ctx, ctx.text.slice(t.start[i], t.end[i]))) return false;
  }
  return true;
}
