/**
 * Claim detection, one sentence at a time: a reporting cue ("said", "according to", "is said
 * to") with its source and content, direct quotes attributed in the same sentence, and quote
 * sentences that continue the previous speaker. A quotation with no cue and no speaker to
 * continue (a programme title, a scare quote) is not a claim, nor is the reporter's own prose.
 */
import type { Claim, ClaimKind, Entity, Mention, Speaker, TextSpan } from '../types';
import { Flag, Kind } from '../tokenize/tokenize';
import { isDemonym, lower, placeLookup, word, type Ctx } from '../context';
import { ADVERBS_BETWEEN, CUE_VERBS, HEDGE_WORDS, PASSIVE_CUES, TITLE_MODIFIERS, TITLES } from '../lexicon/words';
import type { Grouped } from '../coref/entities';
import {
  appositiveRoles,
  genderMap,
  npLeftOf,
  npRightOf,
  plausibleSubject,
  resolveSpeaker,
  type NP,
  type SpeakerState,
} from './speaker';

const NOT_VERB_BEFORE = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'our',
  'these',
  'those',
  'this',
  'such',
  'any',
  'no',
  'of',
  'by',
  'new',
  'recent',
  'many',
  'some',
  'several',
  'other',
  'earlier',
  'further',
  'official',
]);
const NOUNISH = new Set([
  'maintained',
  'concluded',
  'counter',
  'countered',
  'reply',
  'hint',
  'maintain',
  'conclude',
  'claims',
  'reports',
  'estimates',
  'states',
  'notes',
  'calls',
  'charges',
  'points',
  'posts',
  'post',
  'quote',
  'report',
  'claim',
  'estimate',
  'note',
  'call',
  'state',
  'point',
  'charge',
  'comment',
  'comments',
  'remarks',
  'remark',
  'thought',
  'cited',
  'called',
  'asked',
]);
const BE = new Set(['is', 'are', 'was', 'were', 'been', 'being', 'be']);

const span = (ctx: Ctx, a: number, b: number): TextSpan => {
  const s = ctx.t.start[a],
    e = ctx.t.end[b - 1];
  return { start: s, end: e, text: ctx.text.slice(s, e) };
};

interface Cue {
  a: number;
  b: number;
  hedged: boolean;
  kind: 'verb' | 'according' | 'passive';
}

/** Verb forms that are nouns or infinitives as often as reporting verbs. */
const BASE_NOUNISH = new Set([
  'tweet',
  'post',
  'note',
  'state',
  'report',
  'point',
  'charge',
  'quote',
  'comment',
  'remark',
  'estimate',
  'claim',
  'say',
  'tell',
  'add',
  'warn',
  'deny',
  'admit',
  'believe',
  'think',
  'suggest',
]);
const MODALS = new Set([
  'to',
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'should',
  'must',
  'did',
  'does',
  'do',
  "didn't",
  "don't",
  "won't",
  'they',
  'we',
  'i',
  'you',
]);

/** A base-form cue ("assume", "say") needs a modal, "to", a plural or coordinated subject. */
function baseFormAllowed(ctx: Ctx, a: number, i: number): boolean {
  let p = i - 1;
  while (p > a && ADVERBS_BETWEEN.has(lower(ctx, p))) p--;
  if (p < a) return false;
  const w = lower(ctx, p);
  if (MODALS.has(w)) return true;
  if ((!(ctx.t.flags[p] & Flag.Cap) || p === a) && w.length > 3 && w.endsWith('s')) return true;
  for (let k = Math.max(a, p - 4); k < p; k++) if (lower(ctx, k) === 'and') return true;
  return false;
}

function findCue(ctx: Ctx, a: number, b: number): Cue | undefined {
  const { t } = ctx;
  // "according to X" wins over a verb elsewhere in the sentence.
  for (let i = a; i + 1 < b; i++) {
    if (
      t.kind[i] === Kind.Word &&
      t.end[i] - t.start[i] === 9 &&
      lower(ctx, i) === 'according' &&
      lower(ctx, i + 1) === 'to'
    )
      return { a: i, b: i + 2, hedged: false, kind: 'according' };
  }
  let inQuote = false;
  for (let i = a; i < b; i++) {
    const k = t.kind[i];
    if (k === Kind.QOpen) inQuote = true;
    if (k === Kind.QClose) inQuote = false;
    if (inQuote || k !== Kind.Word || t.end[i] - t.start[i] > 12) continue;
    if (t.flags[i] & Flag.Cap && i !== a) continue;
    const w = lower(ctx, i);
    if (w === 'according' && i + 1 < b && lower(ctx, i + 1) === 'to')
      return { a: i, b: i + 2, hedged: false, kind: 'according' };
    if (BE.has(w) && i + 2 < b && PASSIVE_CUES.has(lower(ctx, i + 1)) && lower(ctx, i + 2) === 'to') {
      return { a: i, b: i + 3, hedged: true, kind: 'passive' };
    }
    const hedged = CUE_VERBS.get(w);
    if (hedged === undefined) continue;
    if (t.flags[i] & Flag.Cap && i !== a) continue;
    const prev = i > a ? lower(ctx, i - 1) : '';
    if (NOT_VERB_BEFORE.has(prev)) continue;
    if (NOUNISH.has(w)) {
      // Ambiguous noun/verb forms count only after a name or pronoun, or before "that".
      const next = i + 1 < b ? lower(ctx, i + 1) : '';
      const prevCap = i > a && (t.flags[i - 1] & Flag.Cap) !== 0;
      if (!(prevCap || /^(he|she|they|it|we|i)$/.test(prev) || next === 'that') || BE.has(prev)) continue;
      if (w === 'called' || w === 'asked' || w === 'cited' || w === 'thought') {
        if (!prevCap && !/^(he|she|they|we|i)$/.test(prev)) continue;
      }
    }
    if (BE.has(prev) || prev === 'been' || prev === 'being') continue; // passive "was reported by"
    // Passive or participle uses: "were twice denied", "written by", "as promised".
    if (i - 2 >= a && BE.has(lower(ctx, i - 2)) && /ly$|^(twice|also|not|never|then|later)$/.test(prev)) continue;
    if (prev === 'as' || prev === 'having') continue;
    if (i + 1 < b && lower(ctx, i + 1) === 'by' && /ed$|en$/.test(w)) continue;
    if (BASE_NOUNISH.has(w) && !baseFormAllowed(ctx, a, i)) continue;
    // "Washington state", "Borno state": a place's administrative noun.
    if (w === 'state' && i > a && t.flags[i - 1] & Flag.Cap && placeLookup(ctx, word(ctx, i - 1))) continue;
    // "argued with the mayor", "agreed with": an exchange, not a statement.
    if (i + 1 < b && lower(ctx, i + 1) === 'with') continue;
    // "added 22 points", "adds a new line": a counted object is not speech.
    if (
      w.startsWith('add') &&
      i + 1 < b &&
      (t.kind[i + 1] === Kind.Num || /^(another|a|an|two|three|four|five)$/.test(lower(ctx, i + 1)))
    )
      continue;
    return { a: i, b: i + 1, hedged, kind: 'verb' };
  }
  return undefined;
}

export function detectClaims(ctx: Ctx, g: Grouped): Claim[] {
  const { t, s } = ctx;
  const claims: Claim[] = [];
  const entityById = new Map<string, Entity>(g.entities.map((e) => [e.id, e]));
  const mentionsBySent: Mention[][] = [];
  for (const [tok, m] of g.byStart) (mentionsBySent[s.of[tok]] ??= []).push(m);
  for (const list of mentionsBySent) list?.sort((x, y) => x.start - y.start);
  const state: SpeakerState = {
    lastPersonSent: -10,
    lastOtherSent: -10,
    gender: genderMap(ctx, g),
    described: appositiveRoles(ctx, g),
  };
  let openQuoteClaim: Claim | undefined; // a quote opened in an earlier sentence is still open
  let prev: { claim: Claim; sent: number } | undefined;
  const claimed = new Set<number>();

  for (let k = 0; k < s.count; k++) {
    const a = s.first[k],
      b = s.last[k];
    // Quote balance of this sentence.
    let firstOpen = -1,
      depth = 0,
      hasQuote = false,
      closesEarlier = false;
    for (let i = a; i < b; i++) {
      if (t.kind[i] === Kind.QOpen) {
        if (firstOpen < 0) firstOpen = i;
        depth++;
        hasQuote = true;
      } else if (t.kind[i] === Kind.QClose) {
        if (depth === 0 && firstOpen < 0) closesEarlier = true;
        depth = Math.max(0, depth - 1);
        hasQuote = true;
      }
    }
    const stillOpen = depth > 0;
    // Continuation of a multi-sentence quote: extend the open claim.
    if (openQuoteClaim && !s.lineStart[k]) {
      openQuoteClaim.end = t.end[b - 1];
      openQuoteClaim.text = ctx.text.slice(openQuoteClaim.start, openQuoteClaim.end);
      const cue0 = findCue(ctx, a, b);
      if (!stillOpen && !cue0) {
        openQuoteClaim = undefined;
      }
      if (!cue0) continue;
    }
    openQuoteClaim = undefined;
    if (ctx.headline[k]) continue;

    const cue = findCue(ctx, a, b);
    let tagged: { np: NP; verb: number } | undefined;
    let speaker: Speaker | null = null;
    let content: TextSpan | undefined;
    let cueSpan: TextSpan | undefined;
    let hedged = false;
    if (cue) {
      cueSpan = span(ctx, cue.a, cue.b);
      hedged = cue.hedged;
      let np: NP | undefined;
      if (cue.kind === 'according') {
        np = npRightOf(ctx, cue.b, b, false);
        // "according to budget papers released on Tuesday": a trailing participle phrase is not the source.
        if (np && !hasMentionIn(g, np))
          for (let i = np.a + 1; i < np.b; i++) {
            if (
              t.kind[i] === Kind.Word &&
              !(t.flags[i] & Flag.Cap) &&
              /(ed|ing)$/.test(lower(ctx, i)) &&
              i + 1 < np.b &&
              /^(on|in|at|last|this|yesterday|today|earlier)$/.test(lower(ctx, i + 1))
            ) {
              np = { a: np.a, b: i };
              break;
            }
          }
        // "according to the team's coach, Alireza Mehraban," names the person after the comma.
        const named = np && g.byStart.get(np.b + 1);
        if (
          np &&
          named &&
          named.type === 'person' &&
          ctx.text.charCodeAt(t.start[np.b]) === 44 &&
          !hasMentionIn(g, np)
        ) {
          let e = np.b + 1;
          while (e < b && t.start[e] < named.end) e++;
          if (e >= b || t.kind[e] === Kind.Punct) np = { a: np.b + 1, b: e };
        }
        const after = np ? np.b + (np.b < b && t.kind[np.b] === Kind.Punct ? 1 : 0) : cue.b;
        content =
          cue.a > a + 1
            ? span(ctx, a, trimEnd(ctx, a, cue.a))
            : after < b
              ? span(ctx, after, trimEnd(ctx, after, b))
              : undefined;
      } else if (cue.kind === 'passive') {
        content = span(ctx, a, b);
      } else {
        const before = cue.a - 1;
        const right = npRightOf(ctx, cue.b, b, true);
        const rightEnds = right && (right.b >= b || t.kind[right.b] === Kind.Punct || t.kind[right.b] === Kind.QOpen);
        const afterComma =
          before >= a &&
          (t.kind[before] === Kind.QClose ||
            (t.kind[before] === Kind.Punct && ctx.text.charCodeAt(t.start[before]) === 44));
        // After a comma the source may be on either side: prefer the side that names someone.
        const leftAlt = afterComma && t.kind[before] !== Kind.QClose ? npLeftOf(ctx, before, a) : undefined;
        const preferLeft = leftAlt && hasMentionIn(g, leftAlt) && right && !hasMentionIn(g, right);
        // A participle ("…, saying the result …") never has its source on the right.
        const participle = lower(ctx, cue.a).endsWith('ing');
        if (
          (afterComma || cue.a === a) &&
          right &&
          rightEnds &&
          speakerLike(ctx, g, right) &&
          !preferLeft &&
          !participle
        ) {
          np = right;
          // '"…," recalled Diaz's wife, Rosa.': the name in apposition after the description.
          if (np.b < b && ctx.text.charCodeAt(t.start[np.b]) === 44) {
            let hasPerson = false;
            for (let i = np.a; i < np.b; i++) {
              const m = g.byStart.get(i);
              // A possessor ("Diaz's") does not name the speaker.
              if (m?.type === 'person') {
                let e = i;
                while (e < np.b && t.start[e] < m.end) e++;
                if (!(e < np.b && t.kind[e] === Kind.Poss)) hasPerson = true;
              }
            }
            const m = g.byStart.get(np.b + 1);
            if (!hasPerson && m?.type === 'person') {
              let e = np.b + 1;
              while (e < b && t.start[e] < m.end) e++;
              if (e >= b || t.kind[e] === Kind.Punct) np = { a: np.b + 1, b: e };
            }
          }
          content =
            quoteBefore(ctx, a, before + 1) ?? (before > a ? span(ctx, a, trimEnd(ctx, a, before + 1)) : undefined);
        } else {
          np = npLeftOf(ctx, before, a);
          // "The NLC President, Joe Ajaero, told …": the name in apposition is the speaker.
          if (np) np = appositiveName(ctx, g, np, before) ?? np;
          // "Johnson … called the measure dead and said …": a coordinated verb shares the subject.
          if (!np && before >= a && lower(ctx, before) === 'and') np = leadingSubject(ctx, g, a, before);
          // "Modi thanked voters in a post, saying …": the participle shares the sentence's subject.
          if (!np && before > a && ctx.text.charCodeAt(t.start[before]) === 44 && lower(ctx, cue.a).endsWith('ing'))
            np = leadingSubject(ctx, g, a, before);
          const after = skipThat(ctx, cue.b, b);
          const tail = np && np.a > a + 2 ? trimEnd(ctx, a, np.a) : -1;
          const q = np ? quoteBefore(ctx, a, np.a) : undefined;
          if (q) content = q;
          else if (tail > a && after >= b - 1) content = span(ctx, a, tail);
          else if (after < b) content = span(ctx, after, trimEnd(ctx, after, b));
          else if (tail > a) content = span(ctx, a, tail);
        }
      }
      if (cue.kind !== 'passive') {
        if (!np) continue;
        speaker = resolveSpeaker(ctx, g, np, state, k, entityById, mentionsBySent);
      }
    } else if (hasQuote && firstOpen === a && (tagged = quoteTag(ctx, g, a, b))) {
      // '"…," Park responded.' with a verb the cue list lacks: the name after the quote speaks.
      speaker = resolveSpeaker(ctx, g, tagged.np, state, k, entityById, mentionsBySent);
      cueSpan = span(ctx, tagged.verb, tagged.verb + 1);
      content = span(ctx, a, b);
    } else if (hasQuote && firstOpen === a && prev && k - prev.sent <= 2 && prev.claim.speaker) {
      // A quote sentence right after a claim continues its speaker.
      speaker = { ...prev.claim.speaker };
      cueSpan = { ...prev.claim.cue };
      content = span(ctx, a, b);
    } else {
      continue;
    }
    if (!content) content = span(ctx, a, b);
    for (let i = a; i < b; i++)
      if (t.kind[i] === Kind.Word && HEDGE_WORDS.has(lower(ctx, i)) && (!cue || i < cue.a)) hedged = true;
    // '"Everybody wants X. Very few can do Y," Huang said.': the quote's earlier sentences in the
    // same paragraph are the same speaker's claims.
    if (closesEarlier && cue && cue.kind === 'verb' && !s.lineStart[k]) {
      let j = k - 1;
      while (j >= 0 && j > k - 4 && !claimed.has(j) && !ctx.headline[j]) {
        let opens = false;
        for (let i = s.first[j]; i < s.last[j]; i++) if (t.kind[i] === Kind.QOpen) opens = true;
        if (opens) {
          for (let x = j; x < k; x++) {
            const q = span(ctx, s.first[x], s.last[x]);
            claims.push({
              id: 'c' + (claims.length + 1),
              start: q.start,
              end: q.end,
              text: q.text,
              content: q,
              cue: cueSpan!,
              kind: 'direct',
              hedged,
              speaker: speaker ? { ...speaker } : null,
            });
            claimed.add(x);
          }
          break;
        }
        if (s.lineStart[j]) break;
        j--;
      }
    }
    const sp = span(ctx, a, b);
    const claim: Claim = {
      id: 'c' + (claims.length + 1),
      start: sp.start,
      end: sp.end,
      text: sp.text,
      content,
      cue: cueSpan!,
      kind: kindOf(ctx, content, a, b),
      hedged,
      speaker,
    };
    claims.push(claim);
    claimed.add(k);
    prev = { claim, sent: k };
    // "Rathbun stated:" / "…tweeted using his account:" with the quote on the next line.
    const lastC = ctx.text.charCodeAt(t.start[b - 1]);
    if ((lastC === 58 || lastC === 44) && k + 1 < s.count && t.kind[s.first[k + 1]] === Kind.QOpen) {
      const na = s.first[k + 1];
      let nb = s.last[k + 1];
      // The quote may run over several sentences.
      let kk = k + 1;
      while (kk + 1 < s.count && !s.lineStart[kk + 1] && !hasClose(ctx, s.first[kk], s.last[kk])) {
        kk++;
        nb = s.last[kk];
      }
      claim.end = t.end[nb - 1];
      claim.text = ctx.text.slice(claim.start, claim.end);
      claim.content = span(ctx, na, nb);
      claim.kind = 'direct';
      k = kk;
      prev = { claim, sent: k };
      if (speaker?.entityId && entityById.get(speaker.entityId)?.type === 'person') {
        state.lastPerson = speaker.entityId;
        state.lastPersonSent = k;
      }
      continue;
    }
    if (speaker?.entityId && entityById.get(speaker.entityId)?.type === 'person') {
      state.lastPerson = speaker.entityId;
      state.lastPersonSent = k;
    } else if (speaker && !/^(he|she|they|it)$/i.test(speaker.text)) {
      state.lastOther = speaker;
      state.lastOtherSent = k;
    }
    if (stillOpen) openQuoteClaim = claim;
  }
  return claims;
}

/** "<description>, Name, said": the person named between the commas, when the description names none. */
function appositiveName(ctx: Ctx, g: Grouped, np: NP, before: number): NP | undefined {
  const { t } = ctx;
  if (before <= np.b || ctx.text.charCodeAt(t.start[before]) !== 44 || ctx.text.charCodeAt(t.start[np.b]) !== 44)
    return undefined;
  for (let i = np.a; i < np.b; i++) if (g.byStart.get(i)?.type === 'person') return undefined;
  let f = np.b + 1;
  while (f < before && !g.byStart.has(f) && t.flags[f] & Flag.Cap && TITLES.has(lower(ctx, f))) f++;
  const m = g.byStart.get(f);
  if (!m || m.type !== 'person') return undefined;
  let e = f;
  while (e < before && t.start[e] < m.end) e++;
  return e === before ? { a: np.b + 1, b: before } : undefined;
}

/**
 * A speech tag after a closing quote at the end of the sentence, with any verb: '"…," Park
 * responded.' or '"…," shot back Park.' — a named person and one lowercase word.
 */
function quoteTag(ctx: Ctx, g: Grouped, a: number, b: number): { np: NP; verb: number } | undefined {
  const { t } = ctx;
  let c = a;
  while (c < b && t.kind[c] !== Kind.QClose) c++;
  if (c >= b) return undefined;
  let i = c + 1;
  if (i < b && ctx.text.charCodeAt(t.start[i]) === 44) i++;
  let end = b;
  while (end > i && t.kind[end - 1] === Kind.Punct) end--;
  const isVerb = (j: number) => t.kind[j] === Kind.Word && !(t.flags[j] & Flag.Cap) && /(ed|es|s)$/.test(lower(ctx, j));
  const personAt = (j: number): number => {
    const m = g.byStart.get(j);
    if (!m || m.type !== 'person') return -1;
    let e = j;
    while (e < b && t.start[e] < m.end) e++;
    return e;
  };
  const e1 = personAt(i);
  if (e1 > 0 && e1 + 1 === end && isVerb(e1)) return { np: { a: i, b: e1 }, verb: e1 };
  if (i + 1 < end && isVerb(i) && personAt(i + 1) === end) return { np: { a: i + 1, b: end }, verb: i };
  return undefined;
}

/** The name or pronoun that opens the sentence, as a subject. */
function leadingSubject(ctx: Ctx, g: Grouped, a: number, limit: number): NP | undefined {
  // "MEXICO CITY (Reuters) - Former president …": the dateline is not the subject.
  for (let d = a; d < limit && d - a < 8; d++) {
    const k = ctx.t.kind[d];
    if (k === Kind.Punct) {
      const c = ctx.text.charCodeAt(ctx.t.start[d]);
      if (c === 0x2014 || c === 0x2013 || c === 45) {
        a = d + 1;
        break;
      }
      if (c === 40 || c === 41 || c === 44) continue;
      break;
    }
    if (k !== Kind.Word || !(ctx.t.flags[d] & Flag.Cap)) break;
  }
  let f = a;
  if (f < limit && lower(ctx, f) === 'the') f++;
  // "Prime Minister Narendra Modi …", "Former Mexican president …": titles and demonyms before the name.
  while (
    f < limit &&
    f - a < 5 &&
    !g.byStart.has(f) &&
    (TITLES.has(lower(ctx, f)) || TITLE_MODIFIERS.has(lower(ctx, f)) || isDemonym(ctx, word(ctx, f)))
  )
    f++;
  const m = g.byStart.get(f);
  if (m) {
    let e = f;
    while (e < limit && ctx.t.start[e] < m.end) e++;
    return { a, b: e };
  }
  if (/^(he|she|they|it|we|i)$/.test(lower(ctx, a))) return { a, b: a + 1 };
  return undefined;
}

function hasClose(ctx: Ctx, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (ctx.t.kind[i] === Kind.QClose) return true;
  return false;
}

/** A speaker-like phrase: holds a name, a pronoun or a person description. */
function speakerLike(ctx: Ctx, g: Grouped, np: NP): boolean {
  if (!plausibleSubject(ctx, np.a, np.b)) return false;
  for (let i = np.a; i < np.b; i++) if (g.byStart.has(i)) return true;
  const w = lower(ctx, np.a);
  if (np.b - np.a === 1 && /^(he|she|they|we|i|it)$/.test(w)) return true;
  return /^(the|a|an|his|her|its|their)$/.test(w) && np.b - np.a <= 5;
}

/** The quotation that ends right before token `end` (allowing a comma): its inner span. */
function quoteBefore(ctx: Ctx, a: number, end: number): TextSpan | undefined {
  const { t } = ctx;
  let c = end - 1;
  if (c >= a && t.kind[c] === Kind.Punct && ctx.text.charCodeAt(t.start[c]) === 44) c--;
  if (c < a || t.kind[c] !== Kind.QClose) return undefined;
  let o = c - 1;
  while (o >= a && t.kind[o] !== Kind.QOpen) o--;
  if (o < a || o + 1 >= c) return undefined;
  return span(ctx, o + 1, trimEnd(ctx, o + 1, c));
}

function hasMentionIn(g: Grouped, np: NP): boolean {
  for (let i = np.a; i < np.b; i++) if (g.byStart.has(i)) return true;
  return false;
}

/** Drops trailing commas/periods from a content span. */
function trimEnd(ctx: Ctx, a: number, b: number): number {
  while (b > a + 1 && ctx.t.kind[b - 1] === Kind.Punct) b--;
  return b;
}

function skipThat(ctx: Ctx, i: number, b: number): number {
  while (i < b && (ctx.t.kind[i] === Kind.Punct || lower(ctx, i) === 'that')) {
    if (
      ctx.t.kind[i] === Kind.Punct &&
      ctx.text.charCodeAt(ctx.t.start[i]) !== 44 &&
      ctx.text.charCodeAt(ctx.t.start[i]) !== 58
    )
      break;
    i++;
  }
  return i;
}

function kindOf(ctx: Ctx, content: TextSpan, a: number, b: number): ClaimKind {
  const { t } = ctx;
  let quoted = 0,
    total = 0,
    inQ = false;
  for (let i = a; i < b; i++) {
    if (t.kind[i] === Kind.QOpen) {
      inQ = true;
      continue;
    }
    if (t.kind[i] === Kind.QClose) {
      inQ = false;
      continue;
    }
    if (t.start[i] < content.start || t.end[i] > content.end || t.kind[i] !== Kind.Word) continue;
    total++;
    if (inQ) quoted++;
  }
  if (quoted === 0) return 'indirect';
  return quoted >= total * 0.9 ? 'direct' : 'mixed';
}
