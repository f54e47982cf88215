/**
 * Finds and resolves the source of a claim. The speaker is a noun phrase next to the cue: to its
 * left ("Moreno said", "Moreno, who …, recalled"), to its right ("…, said Moreno", "according to the
 * Russian leader"). Names resolve through their mention; pronouns to the last person speaker or
 * the subject of the previous sentence; definite descriptions ("the Russian leader", "Russia's
 * long-standing leader") to the person whose stated roles fit best.
 */
import type { Entity, Mention, Speaker } from '../types';
import { Flag, Kind } from '../tokenize/tokenize';
import { isDemonym, lower, type Ctx } from '../context';
import { ADVERBS_BETWEEN, ORG_DESCRIPTORS, PERSON_DESCRIPTORS } from '../lexicon/words';
import { FEMALE_NAMES, MALE_NAMES } from '../lexicon/gender-names';
import type { Grouped } from '../coref/entities';

const STOP_LEFT = new Set(['that', 'and', 'but', 'while', 'as', 'because', 'if', 'when', 'which', 'who', 'where', 'after', 'before', 'since', 'although', 'though', 'so', 'or', 'than', 'said', 'says']);
const STOP_RIGHT = new Set(['that', 'on', 'in', 'at', 'during', 'after', 'before', 'while', 'with', 'to', 'about', 'of', 'as', 'for', 'when', 'who', 'which', 'yesterday', 'today', 'last', 'this']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those', 'that']);
const INDEFINITE = new Set(['a', 'an', 'one', 'some', 'several', 'many']);

export interface NP { a: number; b: number }

export interface SpeakerState {
  /** Entity id of the last person who made a claim, and the sentence. */
  lastPerson?: string;
  lastPersonSent: number;
  /** The last speaker that was not a person ("Analysts at X", "the ministry"), for "they". */
  lastOther?: Speaker;
  lastOtherSent: number;
  /** Grammatical gender of person entities, when the name or an honorific tells it. */
  gender: Map<string, 'm' | 'f'>;
}

const FEMALE = new Set(FEMALE_NAMES.split(' '));
const MALE = new Set(MALE_NAMES.split(' '));
const FEMALE_WORDS = /^(mrs\.?|ms\.?|miss|dame|lady|madam|queen|princess|duchess|empress|sister|mother|congresswoman|chairwoman|spokeswoman|businesswoman|actress)$/;
const MALE_WORDS = /^(mr\.?|sir|lord|king|prince|duke|emperor|father|brother|congressman|chairman|spokesman|businessman|actor)$/;

/** Gender of each person entity from its given name, or from a title or honorific before a mention. */
export function genderMap(ctx: Ctx, g: Grouped): Map<string, 'm' | 'f'> {
  const out = new Map<string, 'm' | 'f'>();
  const votes = new Map<string, number>();
  const entityOf = new Map<string, Entity>(g.entities.map((e) => [e.id, e]));
  for (const e of g.entities) {
    if (e.type !== 'person') continue;
    const first = e.name.split(/\s+/)[0].toLowerCase();
    if (e.name.includes(' ')) votes.set(e.id, FEMALE.has(first) ? -2 : MALE.has(first) ? 2 : 0);
  }
  for (const [i, m] of g.byStart) {
    if (i <= 0 || entityOf.get(m.entityId)?.type !== 'person') continue;
    const w = lower(ctx, i - 1);
    const v = FEMALE_WORDS.test(w) ? -3 : MALE_WORDS.test(w) ? 3 : 0;
    if (v) votes.set(m.entityId, (votes.get(m.entityId) ?? 0) + v);
  }
  for (const [id, v] of votes) if (v) out.set(id, v < 0 ? 'f' : 'm');
  return out;
}

const isBoundary = (ctx: Ctx, i: number): boolean => {
  const k = ctx.t.kind[i];
  if (k === Kind.QOpen || k === Kind.QClose) return true;
  if (k === Kind.Punct) {
    const c = ctx.text.charCodeAt(ctx.t.start[i]);
    return c !== 45 && c !== 38; // hyphen and ampersand can sit inside a phrase
  }
  return false;
};

/** The noun phrase ending at token `end` (inclusive), walking left to a boundary. */
export function npLeftOf(ctx: Ctx, end: number, sentFirst: number): NP | undefined {
  let j = end;
  // Adverbs and auxiliaries between subject and cue ("Moreno again accused", "went on to claim").
  while (j >= sentFirst && ctx.t.kind[j] === Kind.Word) {
    const w = lower(ctx, j);
    if (ADVERBS_BETWEEN.has(w) || (w.endsWith('ly') && !(ctx.t.flags[j] & Flag.Cap)) || w === 'to' || w === 'went' || w === 'on' || w === 'go' || w === 'goes' || w === 'continued') { j--; continue; }
    break;
  }
  if (j < sentFirst) return undefined;
  // A parenthetical acronym after the subject: "… Service (NIS) said".
  if (ctx.t.kind[j] === Kind.Punct && ctx.text.charCodeAt(ctx.t.start[j]) === 41) {
    let o = j - 1;
    while (o > sentFirst && !(ctx.t.kind[o] === Kind.Punct && ctx.text.charCodeAt(ctx.t.start[o]) === 40)) o--;
    if (o > sentFirst && j - o <= 4) j = o - 1;
  }
  // Appositive or relative clause between commas: "Moreno, who …, recalled".
  if (ctx.t.kind[j] === Kind.Punct && ctx.text.charCodeAt(ctx.t.start[j]) === 44) {
    // "Maria Gonzalez, 52, a shop owner in El Paso, Texas, said": the subject opens the sentence.
    let f = sentFirst;
    while (f < j && ctx.t.kind[f] === Kind.Word && /^(the|a|an)$/.test(lower(ctx, f))) f++;
    let e = f;
    while (e < j && !(ctx.t.kind[e] === Kind.Punct && ctx.text.charCodeAt(ctx.t.start[e]) === 44)) e++;
    // "Speaking to journalists in Kano, the chairman …, X, blamed": a participle clause is not.
    const participle = /(ing|ed)$/.test(lower(ctx, f)) && f + 1 < e && ctx.t.kind[f + 1] === Kind.Word && !(ctx.t.flags[f + 1] & Flag.Cap);
    if (e < j && e - f <= 5 && e > f && (ctx.t.flags[f] & Flag.Cap) && (ctx.t.flags[e - 1] & Flag.Cap) && !participle) return { a: sentFirst, b: e };
    let c = j - 1;
    while (c >= sentFirst && !(ctx.t.kind[c] === Kind.Punct && ctx.text.charCodeAt(ctx.t.start[c]) === 44)) c--;
    if (c <= sentFirst) return undefined;
    const first = c + 1;
    const fw = lower(ctx, first);
    const isAside = !(ctx.t.flags[first] & Flag.Cap) || DETERMINERS.has(fw);
    if (!isAside) {
      // "Malaysia's Prime Minister, Najib Razak said" has no comma before the cue; here the
      // segment itself is the speaker ("…, Jeff Rathke, said").
      return npLeftOf(ctx, j - 1, first);
    }
    return npLeftOf(ctx, c - 1, sentFirst);
  }
  let a = j;
  while (a - 1 >= sentFirst && !isBoundary(ctx, a - 1) && j - a < 9) {
    const w = lower(ctx, a - 1);
    if (ctx.t.kind[a - 1] === Kind.Word && STOP_LEFT.has(w)) {
      // "Paris and Berlin also assume": a coordination of names is one subject.
      const nextCap = (ctx.t.flags[a] & Flag.Cap) || (lower(ctx, a) === 'the' && a + 1 <= j && (ctx.t.flags[a + 1] & Flag.Cap));
      const shortPlural = w === 'and' && (a - 3 === sentFirst || a - 2 === sentFirst) && lower(ctx, a - 2).endsWith('s');
      if (!(w === 'and' && a - 2 >= sentFirst && (((ctx.t.flags[a - 2] & Flag.Cap) && nextCap) || shortPlural))) break;
    }
    a--;
  }
  if (ctx.t.kind[j] !== Kind.Word && ctx.t.kind[j] !== Kind.Num) return undefined;
  // "X, who had told …": the relative pronoun stands for the name before the comma.
  if (j === a && (lower(ctx, j) === 'who' || lower(ctx, j) === 'which') && j - 2 >= sentFirst && ctx.text.charCodeAt(ctx.t.start[j - 1]) === 44) {
    // The antecedent is the name (capitalised run) right before the comma.
    let c = j - 2;
    while (c - 1 >= sentFirst && ctx.t.kind[c - 1] === Kind.Word && (ctx.t.flags[c - 1] & Flag.Cap)) c--;
    if (ctx.t.flags[j - 2] & Flag.Cap) return { a: c, b: j - 1 };
    return npLeftOf(ctx, j - 2, sentFirst);
  }
  if (!plausibleSubject(ctx, a, j + 1)) return undefined;
  return { a, b: j + 1 };
}

const VERBISH = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'and', 'or', 'to', 'by', 'upon', 'did', 'does', 'would', 'will', 'could', 'should', 'can', 'may', 'might', 'must']);

/** Rejects clause fragments as subjects ("having left the group", "handcuffed by the police were"). */
export function plausibleSubject(ctx: Ctx, a: number, b: number): boolean {
  const { t } = ctx;
  const first = lower(ctx, a);
  if (!(t.flags[a] & Flag.Cap) && /(ing|ed)$/.test(first) && !PERSON_DESCRIPTORS.has(first)) return false;
  for (let i = a; i < b; i++) {
    if (t.kind[i] !== Kind.Word) continue;
    const w = lower(ctx, i);
    if (VERBISH.has(w) && !(w === 'and' && i > a && i + 1 < b)) return false;
  }
  return true;
}

/** The noun phrase starting at token `start`, walking right to a boundary. */
export function npRightOf(ctx: Ctx, start: number, sentEnd: number, stopAtPrep: boolean): NP | undefined {
  // "…, warned that Germany risked": a complement clause, not a source.
  if (start < sentEnd && ctx.t.kind[start] === Kind.Word && lower(ctx, start) === 'that') return undefined;
  let b = start;
  while (b < sentEnd && !isBoundary(ctx, b) && b - start < 10) {
    const w = lower(ctx, b);
    if (b > start && stopAtPrep && ctx.t.kind[b] === Kind.Word && STOP_RIGHT.has(w) && !(w === 'of' && ctx.t.flags[b + 1] & Flag.Cap)) break;
    if (b > start && ctx.t.kind[b] === Kind.Word && (w === 'that' || w === 'who')) break;
    b++;
  }
  return b > start ? { a: start, b } : undefined;
}

export function resolveSpeaker(ctx: Ctx, g: Grouped, np: NP, state: SpeakerState, sent: number, entityById: Map<string, Entity>, mentionsBySent: Mention[][]): Speaker {
  const { t } = ctx;
  const start = t.start[np.a], end = t.end[np.b - 1];
  const text = ctx.text.slice(start, end);
  // Named mentions inside the phrase: a person wins, then the first organisation or place.
  let person: Mention | undefined, other: Mention | undefined;
  for (let i = np.a; i < np.b; i++) {
    const m = g.byStart.get(i);
    if (!m) continue;
    if (m.type === 'person') person = m;
    else if (!other) {
      // "South Korea's National Intelligence Service": the possessor is not the speaker.
      let e = i + 1;
      while (e < np.b && ctx.t.start[e] < m.end) e++;
      if (!(e < np.b && ctx.t.kind[e] === Kind.Poss)) other = m;
    }
  }
  const head0 = lower(ctx, np.b - 1);
  // "the Italian said": a demonym used as a noun describes a person.
  const demonymHead = np.b - np.a === 2 && lower(ctx, np.a) === 'the' && (ctx.t.flags[np.b - 1] & Flag.Cap) !== 0 && isDemonym(ctx, ctx.text.slice(ctx.t.start[np.b - 1], ctx.t.end[np.b - 1]));
  if (!person && (PERSON_DESCRIPTORS.has(head0) || demonymHead) && !INDEFINITE.has(lower(ctx, np.a))) {
    const e = describe(ctx, np, entityById, state, sent, mentionsBySent);
    if (e) return { start, end, text, name: e.name, entityId: e.id };
  }
  const pick = person ?? other;
  if (pick) {
    const e = entityById.get(pick.entityId)!;
    return { start, end, text, name: e.name, entityId: e.id };
  }
  const first = lower(ctx, np.a);
  if (np.b - np.a === 1 && (first === 'he' || first === 'she' || first === 'him' || first === 'her')) {
    const id = pronounReferent(ctx, state, sent, mentionsBySent, first === 'he' || first === 'him' ? 'm' : 'f', start);
    const e = id ? entityById.get(id) : undefined;
    return e ? { start, end, text, name: e.name, entityId: e.id } : { start, end, text, name: text };
  }
  // "they" after a group's claim ("Analysts at X said … they wrote") continues that source.
  if (np.b - np.a === 1 && first === 'they' && state.lastOther && sent - state.lastOtherSent <= 2) {
    return { start, end, text, name: state.lastOther.name, ...(state.lastOther.entityId ? { entityId: state.lastOther.entityId } : {}) };
  }
  // "according to its latest figures": the organisation named before.
  if ((first === 'its' || first === 'their') && np.b - np.a <= 5) {
    const org = recentOrg(sent, start, mentionsBySent, undefined);
    if (org) { const e = entityById.get(org.entityId)!; return { start, end, text, name: e.name, entityId: e.id }; }
  }
  // Definite descriptions: "the Russian leader", "Russia's long-standing leader".
  const head = lower(ctx, np.b - 1);
  if (PERSON_DESCRIPTORS.has(head) && !INDEFINITE.has(first)) {
    const e = describe(ctx, np, entityById, state, sent, mentionsBySent);
    if (e) return { start, end, text, name: e.name, entityId: e.id };
  }
  // "the agency said": the most recent organisation, preferring one named with that head.
  if (ORG_DESCRIPTORS.has(head) && (first === 'the' || first === 'its') && np.b - np.a <= 3) {
    const best = recentOrg(sent, start, mentionsBySent, head);
    if (best) { const e = entityById.get(best.entityId)!; return { start, end, text, name: e.name, entityId: e.id }; }
  }
  const name = text.replace(/^(the|a|an)\s+/i, '');
  return { start, end, text, name };
}

/** The most recent organisation mentioned before `start` (within six sentences), preferring one whose name holds `head`. */
function recentOrg(sent: number, start: number, mentionsBySent: Mention[][], head: string | undefined): Mention | undefined {
  let best: Mention | undefined;
  for (let k = sent; k >= 0 && k >= sent - 6; k--) {
    const ms = mentionsBySent[k];
    if (!ms) continue;
    for (let x = ms.length - 1; x >= 0; x--) {
      const m = ms[x];
      if (m.type !== 'organization' || m.start >= start) continue;
      if (!head || m.text.toLowerCase().includes(head)) return m;
      best ??= m;
    }
  }
  return best;
}

function pronounReferent(ctx: Ctx, state: SpeakerState, sent: number, mentionsBySent: Mention[][], want?: 'm' | 'f', before = Infinity): string | undefined {
  const fits = (id: string) => { const g = state.gender.get(id); return !want || !g || g === want; };
  if (state.lastPerson && sent - state.lastPersonSent <= 3 && fits(state.lastPerson)) return state.lastPerson;
  if (want && state.lastPerson && !fits(state.lastPerson)) {
    // The last speaker has the other gender: the nearest earlier person who has this one.
    for (let k = sent; k >= 0 && k >= sent - 4; k--) {
      const ms = mentionsBySent[k];
      if (!ms) continue;
      for (let x = ms.length - 1; x >= 0; x--) {
        const m = ms[x];
        if (m.type === 'person' && m.start < before && state.gender.get(m.entityId) === want) return m.entityId;
      }
    }
  }
  for (let k = sent; k >= 0 && k >= sent - 4; k--) {
    const ms = mentionsBySent[k];
    if (!ms) continue;
    for (const m of ms) if (m.type === 'person' && (k < sent || m.start < ctx.t.start[ctx.s.first[sent]] + 200)) return m.entityId;
  }
  return state.lastPerson;
}

function describe(ctx: Ctx, np: NP, entityById: Map<string, Entity>, state: SpeakerState, sent: number, mentionsBySent: Mention[][]): Entity | undefined {
  const mods: string[] = [];
  for (let i = np.a; i < np.b - 1; i++) if (ctx.t.kind[i] === Kind.Word) mods.push(lower(ctx, i).slice(0, 4));
  const head = lower(ctx, np.b - 1);
  let best: Entity | undefined, bestScore = 0;
  for (const e of entityById.values()) {
    if (e.type !== 'person' || e.roles.length === 0) continue;
    let score = 0;
    const roles = e.roles.join(' ').toLowerCase();
    for (const m of mods) if (m.length >= 4 && roles.includes(m)) score += 2;
    if (roles.includes(head)) score += 1;
    if (head === 'leader' || head === 'ruler' || head === 'head') if (/president|minister|premier|chancellor|king|leader|ruler/.test(roles)) score += 1;
    score += Math.min(e.mentionIds.length, 20) * 0.01;
    if (e.id === state.lastPerson) score += 0.5;
    if (score > bestScore) { bestScore = score; best = e; }
  }
  if (best && bestScore >= 1) return best;
  // No stated role fits: "the Portuguese midfielder" is the person just mentioned, when that
  // person was named after the last speaker.
  const before = ctx.t.start[np.a];
  for (let k = sent; k >= 0 && k >= sent - 1; k--) {
    const ms = mentionsBySent[k];
    if (k < state.lastPersonSent) break;
    if (!ms) continue;
    for (let x = ms.length - 1; x >= 0; x--) {
      const m = ms[x];
      if (m.type === 'person' && m.start < before && m.entityId !== state.lastPerson && k > state.lastPersonSent) return entityById.get(m.entityId);
      if (m.type === 'person' && m.start < before) break;
    }
  }
  return state.lastPerson ? entityById.get(state.lastPerson) : undefined;
}
