/**
 * Row guard.participle-modifier: an -ed form of a cue verb that modifies a noun ("the reasons for
 * reported discrimination", "estimates reported here can be considered") is no act of saying.
 * Read by cues.ts before a verb becomes a sentence's cue.
 */
import { Flag, Kind } from '../tokenize/tokenize';
import { lower } from '../context';
import { GUARD_PARTICIPLE_MODIFIER } from '../lexicon/claim-precision-rows';
import { DETERMINERS, ORG_DESCRIPTORS, PERSON_DESCRIPTORS } from '../lexicon/words';
import { PARTICIPLE_MODIFIER_THING } from '../lexicon/claims-47f';
import { finiteForm } from './verb-forms';
import { pluralOfPeople } from './speaker';
import { isLowerWord } from '../detect/named-spans';
import { startsMention, type CCtx } from './claim-context';

const { adjectiveBefore, modifierOpeners, mainVerbs, reach } = GUARD_PARTICIPLE_MODIFIER.value;
const ADJECTIVE_BEFORE: ReadonlySet<string> = new Set(adjectiveBefore);
const OPENERS: ReadonlySet<string> = new Set(modifierOpeners);
const MAIN_VERBS: ReadonlySet<string> = new Set(mainVerbs);
const THING = PARTICIPLE_MODIFIER_THING.value;
const PRONOUNS: ReadonlySet<string> = new Set(['i', 'you', 'he', 'she', 'we', 'they', 'it', 'who', 'that', 'which']);

/** The -ed form at `i` (sentence tokens [a, b)) modifies a noun rather than reporting. */
export function participleModifier(cx: CCtx, a: number, i: number, b: number): boolean {
  const w = lower(cx, i);
  if (!w.endsWith('ed') || i <= a || i + 1 >= b || !isLowerWord(cx, i - 1)) return false;
  const prev = lower(cx, i - 1);
  // "for reported discrimination": an adjective between a preposition and its noun.
  if (ADJECTIVE_BEFORE.has(prev))
    return isLowerWord(cx, i + 1) && !ADJECTIVE_BEFORE.has(lower(cx, i + 1)) && lower(cx, i + 1) !== 'that';
  // "cases reported in March rose": a noun (no pronoun, person noun or adverb), the form, its adjunct.
  if (PRONOUNS.has(prev) || PERSON_DESCRIPTORS.has(prev) || prev.endsWith('ly') || !OPENERS.has(lower(cx, i + 1)))
    return false;
  // "The deaths reported on Monday brought …": after a thing's noun any past verb is the sentence's
  // (row guard.participle-modifier.thing-noun, claims57f).
  const thing =
    !ORG_DESCRIPTORS.has(prev) && !pluralOfPeople(prev) && !startsMention(cx, i - 1) && !DETERMINERS.has(prev);
  for (let j = i + 2; j < b && j <= i + reach; j++) {
    if (cx.t.kind[j] === Kind.Punct || cx.q.of[j] >= 0) return false;
    const x = lower(cx, j);
    if (x === 'that') return false;
    // "in late May that": a capitalised "May" is a month, not the modal.
    if (cx.t.flags[j] & Flag.Cap) continue;
    if (MAIN_VERBS.has(x) || (thing && j > i + 2 && finiteForm(x, THING.edMin))) return true;
  }
  return false;
}
