/**
 * claims34's speaker row (lexicon/claims-34.ts), read by speaker.ts's `resolveSpeaker` beside
 * claims33's firm after its kind (speaker-33.ts): a firm named alone that the tagger typed a person.
 */
import { lower } from '../context';
import { FIRM_NAMED_ALONE } from '../lexicon/claims-34';
import { isComma, tokenAt, type CCtx } from './claim-context';
import { pastDateline } from './quotes';
import type { SpeakerState } from './speaker';

const PRONOUNS: ReadonlySet<string> = new Set(FIRM_NAMED_ALONE.value.pronouns);
const HEADS: ReadonlySet<string> = new Set(FIRM_NAMED_ALONE.value.heads);

/** Row speaker.description.organization.firm-named-alone: a description head that names a firm. */
export const firmHead = (head: string) => HEADS.has(head);

/**
 * Row speaker.description.organization.firm-named-alone: the entity id of the last person who
 * spoke, within the row's sentences before `sent`, when every mention of it so far is the whole
 * name opening its sentence with no comma after it, and no person pronoun stands between; or
 * undefined. The caller asks only when no organisation is in reach.
 */
export function firmNamedAlone(ctx: CCtx, state: SpeakerState, sent: number): string | undefined {
  const id = state.lastPerson;
  if (!id || sent - state.lastPersonSent > FIRM_NAMED_ALONE.value.sentences) return undefined;
  const e = ctx.entityById.get(id);
  if (!e || e.type !== 'person' || e.name.indexOf(' ') < 0) return undefined;
  const { cs, t } = ctx;
  for (let k = 0; k <= sent; k++)
    for (const m of ctx.mentionsBySent[k] ?? []) {
      if (m.entityId !== id) continue;
      if (m.text !== e.name) return undefined;
      // Opening its sentence (past a dateline), no title or role before, no appositive after.
      const i = tokenAt(ctx, m.start);
      if (i !== pastDateline(ctx, cs.first[k], cs.last[k])) return undefined;
      const after = tokenAt(ctx, m.end);
      if (t.start[after] >= m.end && isComma(ctx, after)) return undefined;
    }
  for (let i = cs.first[state.lastPersonSent]; i < cs.first[sent]; i++)
    if (PRONOUNS.has(lower(ctx, i))) return undefined;
  return id;
}
