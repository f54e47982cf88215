/**
 * Mention detection: the trained tagger proposes names with a type and a confidence
 * (tagger/tag.ts), then the rules that hold whatever the model says adjust them (rules.ts:
 * datelines, honorifics, titles, name particles). Every mention carries `why`: the model's
 * decision or the id of the rule row that made it.
 */
import type { EntityType } from '../types';
import { placeLookup, spanText, type Ctx, type PlaceHit } from '../context';
import type { TaggerModel } from '../tagger/model';
import { modelWhy, tagNames } from '../tagger/tag';
import { intern } from '../intern';
import { TYPES } from '../tagger/regions';
import { applyNameRules } from './rules';
import { roleBefore } from './roles';
import { compoundModifierMentions } from './compound-modifiers';
import { settleTownsInRegions } from './town-in-region';

export interface RawMention {
  a: number;
  b: number;
  type: EntityType;
  /** Needs confirmation by a confident mention of the same name elsewhere. */
  weak: boolean;
  /** The type is a guess; coreference may change it. */
  guessed: boolean;
  role?: string;
  place?: PlaceHit;
  sent: number;
  /** Weak because it only opens a sentence; two such openings confirm each other. */
  initial?: boolean;
  /** Confidence in the type, 0…1 (1 for rules). */
  conf: number;
  /** The model's confidence in each answer: person, place, organization, none. */
  probs: readonly number[];
  /** What decided it: "model: person 0.91 (next best organization 0.06)" or a rule row id. */
  why: string;
  /** Ids of the rule row that decided it and of the row whose decision that one replaced, when rules did. */
  rule?: string;
  overruled?: string;
  /** Id of the row that read the type from the mention's own words: the document vote keeps it. */
  local?: string;
  /** Characters of its last token left out at the end: a name inside a compound ("[Almaty]-based"). */
  cut?: number;
}

/** ruleDecision's texts by rule row id, then by the model's decision it replaced ('' for none). */
const RULE_DECISIONS = new Map<string, Map<string, string>>();

/**
 * A rule-decided mention's `why` ("rule title.person (model: place 0.55 …)"): thousands of names
 * share a few hundred of these, so each is built once, found by its two parts, as `ruleWhy` does,
 * instead of being joined and hashed again for every name.
 */
function ruleDecision(rule: string, model: string | undefined): string {
  let byModel = RULE_DECISIONS.get(rule);
  if (!byModel) RULE_DECISIONS.set(rule, (byModel = new Map()));
  const key = model ?? '';
  let why = byModel.get(key);
  if (why === undefined) {
    // The same bound as intern's table: a bounded vocabulary, started again if it ever grows past it.
    if (byModel.size >= 20_000) byModel.clear();
    byModel.set(key, (why = intern(`rule ${rule}` + (model ? ` (${model})` : ''))));
  }
  return why;
}

export function detectMentions(ctx: Ctx, model: TaggerModel): RawMention[] {
  const names = applyNameRules(ctx, tagNames(ctx, model, false));
  const out: RawMention[] = [];
  // Indexed, as in other once-per-document loops: unoptimised, for…of allocates per element.
  for (let k = 0; k < names.length; k++) {
    const n = names[k];
    const type = TYPES[n.type];
    const m: RawMention = {
      a: n.a,
      b: n.b,
      type,
      weak: false,
      guessed: n.probs[n.type] < 0.6,
      sent: ctx.s.of[n.a],
      conf: n.probs[n.type],
      probs: n.probs,
      why: n.rule ? ruleDecision(n.rule, n.model) : modelWhy(n.probs, n.type),
    };
    if (type === 'place') {
      const hit = placeLookup(ctx, spanText(ctx, n.a, n.b));
      if (hit) m.place = hit;
    }
    if (type === 'person') {
      const role = n.role ?? roleBefore(ctx, n.a, ctx.s.first[ctx.s.of[n.a]]);
      if (role) m.role = role;
    }
    if (n.rule) m.rule = n.rule;
    if (n.overruled) m.overruled = n.overruled;
    if (n.local) m.local = n.local;
    out.push(m);
  }
  // "Lima, Ohio": a town before a state of another country is in that state (helper ents40b).
  settleTownsInRegions(ctx, out);
  // Names inside hyphenated modifiers (helper ents26b, detect/compound-modifiers.ts).
  const inside = compoundModifierMentions(ctx, names);
  if (!inside.length) return out;
  for (const c of inside)
    out.push({ ...c, weak: false, guessed: false, sent: ctx.s.of[c.a], conf: 1, probs: CERTAIN[c.type] });
  return out.sort((x, y) => x.a - y.a);
}

const CERTAIN: Record<'place' | 'organization', readonly number[]> = {
  place: [0, 1, 0, 0],
  organization: [0, 0, 1, 0],
};
