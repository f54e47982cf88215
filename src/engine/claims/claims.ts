/**
 * Claim detection, one sentence at a time, in the manner of sieve-based quote attribution: the
 * first construction that answers decides, and records which one it was (`Claim.why`).
 *
 * 1. A cue outside quotation marks (lexicon/claim-cues.ts) with its source: the subject to its
 *    left, an inverted subject to its right ('"…," said X'), or the phrase after "according to".
 * 2. A sentence inside a quotation whose speaker is known (the quotation opened after a cue, or
 *    continues a paragraph left open) is that speaker's; when the tag comes after the closing
 *    mark ('"A. B," he said'), the earlier sentences get it once the tag is read.
 * 3. A quotation tagged with a verb outside the lists ('"…," Park responded').
 * 4. A quotation paragraph right after a claim, with no tag of its own, continues its speaker.
 *
 * A quotation with none of these (a title, a scare quote) is not a claim, nor is the reporter's
 * own prose. The construction rows live in lexicon/attribution-patterns.ts.
 */
import {
  AGENT_OWN_CLAUSE,
  OF_PHRASE_AFTER_COMMA,
  PERSON_BODY_DESCRIPTOR,
  PORTFOLIO_BEFORE_TITLE,
  POSSESSOR_TITLED_HOLDER,
} from '../lexicon/claims-41';
import { NAME_ACROSS_COMMA, POSSESSOR_BODY } from '../lexicon/claims-lead-52';
import { wholeWordMentions } from '../detect/compound-modifiers';
import { CLAIM_SENTENCE_WORDS } from '../lexicon/attribution-patterns';
import type { Claim, ClaimKind, Entity, Mention, Speaker, TextSpan } from '../types';
import { Flag, Kind } from '../tokenize/tokenize';
import { isDemonym, lower, tokensOf, word, type Ctx } from '../context';
import { FINITE_AUXILIARIES } from '../lexicon/verb-forms';
import {
  ARTICLES,
  MONTHS,
  ORG_DESCRIPTORS,
  PERSON_DESCRIPTORS,
  TITLE_MODIFIERS,
  TITLES,
  WEEKDAYS,
} from '../lexicon/words';
import {
  DOCUMENT_SAYING,
  HEDGE_SET,
  HEDGE_WORDS,
  RESEARCH_FINDS,
  VERDICT_AFTER,
  VERDICT_HOW,
} from '../lexicon/claim-cues';
import { GUARD_PROMISE_THING_SUBJECT, GUARD_SOURCE_SUBJECT } from '../lexicon/cue-guards';
import { HONORIFIC_WORDS } from '../lexicon/names';
import { plainObjectAfter, plainObjectCue } from './plain-object';
import { accordingSourceEnd } from './according-source';
import { IMPERSONAL_THAT, POSSESSOR_PAST_VERB } from '../lexicon/claims-40';
import { IMPERSONAL_AGENT_AFTER, PORTFOLIO_NOT_FUNCTION_WORD, ROLE_OF_AFTER_COMMA } from '../lexicon/claims-42';
import { PROMPTED_OBJECT, RESEARCH_PARTICIPLE } from '../lexicon/claims-43';
import { promptedObject } from './prompted-object';
import { SECOND_PROMPTED } from '../lexicon/claims-44';
import { INVERTED_FOR_PHRASE, INVERTED_INDEFINITE_THING } from '../lexicon/claims-lead-55';
import { hasFinite } from './coordinated-clause';
import { ADJUNCT_ONLY_CONTENT } from '../lexicon/claims-45';
import { SUBJECT_POSSESSED_PERSON } from '../lexicon/speaker-rows-27b';
import { objectRelativeSubject, personNounOrPlural, withRelativeClause } from './relative-speaker';
import { DESCRIPTION_PAST_VERB } from '../lexicon/claims-47f';
import { finiteForm } from './verb-forms';
import { pastToldAddressee } from './told-addressee';
import { QUOTE_PARAGRAPH_CONTINUES } from '../lexicon/quote-marks';
import { FIRM_APPOSITION } from '../lexicon/long-news-rows';
import { COORDINATED_SECOND_CUE, PARTICIPLE_SECOND_CUE } from '../lexicon/second-claims';
import { AFTER_TIME_ADJUNCT, EVIDENCE_SHOWS, PLURAL_SUBJECT } from '../lexicon/claims-29';
import { EVIDENCE_SEEN_BY, RELATIVE_CONTENT_ENDS } from '../lexicon/claims-30';
import { evidenceSeenBy } from './evidence-subject';
import { relativeContentEnd } from './relative-content';
import { PARTICIPLE_LEAD_WORDS, QUOTE_AFTER_WORDS } from '../lexicon/recall-cues';
import { NOT_CONTINUED_AFTER, UNQUOTED_COLON_LINE } from '../lexicon/recall-27';
import { isDialogueText, opensParagraph } from './dialogue';
import { NO_PROPOSITION } from '../lexicon/claims-28';
const PARTICIPLE_LEAD: ReadonlySet<string> = new Set(PARTICIPLE_LEAD_WORDS.value.words);
const PARTICIPLE_LEAD_CLAUSE: ReadonlySet<string> = new Set(PARTICIPLE_LEAD_WORDS.value.clauseOpeners);
const PARTICIPLE_SECOND: ReadonlySet<string> = new Set(PARTICIPLE_SECOND_CUE.value);
import {
  BOUND_PRONOUN_WORDS,
  INVERTED_ADJUNCT_WORDS,
  OBJECT_NOT_SOURCE,
  BLAME_OBJECT_NOT_SOURCE,
  OF_AFFILIATION_WORDS,
  PATTERN,
  TELL_VERBS,
  INVERTED_OF_PHRASE_WORDS,
} from '../lexicon/attribution-patterns';

const INVERTED_ADJUNCT = new Set(INVERTED_ADJUNCT_WORDS.value);
const TELL = new Set(TELL_VERBS.value);
const OBJECT_ON_RIGHT: ReadonlySet<string> = new Set(OBJECT_NOT_SOURCE.value);
const BLAME_CUES: ReadonlySet<string> = new Set(BLAME_OBJECT_NOT_SOURCE.value.cues);
const BLAME_LINKS: ReadonlySet<string> = new Set(BLAME_OBJECT_NOT_SOURCE.value.links);
/**
 * Row speaker.inverted.blame-object: "of / for / with" follows the phrase `right` (after at most
 * one apposition between commas) before `b`: "accused Gov. Laura Mendes, a Democrat, of …".
 */
function blamedOf(cx: CCtx, right: NP, b: number): boolean {
  let i = right.b;
  if (i < b && isComma(cx, i)) {
    let j = i + 1;
    while (j < b && !isComma(cx, j)) j++;
    i = j + 1;
  }
  return i < b && cx.t.kind[i] === Kind.Word && BLAME_LINKS.has(lower(cx, i));
}
const BOUND_PRONOUNS: ReadonlySet<string> = new Set(BOUND_PRONOUN_WORDS.value.pronouns);
const CONTRAST: ReadonlySet<string> = new Set(BOUND_PRONOUN_WORDS.value.contrast);
import {
  BARE_PLURAL_SUBJECT,
  COLLECTIVE_OF,
  DESCRIBED_APPOSITION,
  NEAR_TO,
  UNNAMED_SOURCE_NOUNS,
  TRANSCRIPT_LABELS,
  PARENTHETICAL_AFTER_KNOWING,
  PLACE_AFTER_COMMA,
  PLACE_AFTER_COMMA_REGION,
  PRONOUN_IT_POSSESSED_BODY,
  APPOSITIVE_KIND_CALLED,
  APPOSITIVE_KIND_THEN_NAME,
  SUBJECT_BODY_OF_LIST,
  GROUP_PEOPLE_NOUNS,
} from '../lexicon/speaker-words';
import {
  ADJUNCT_AFTER_CUE,
  APPOSITION_BREAK_WORDS,
  CLAUSE_IN_TAIL,
  CUE_NEGATORS,
  LINK_AFTER_TAG,
} from '../lexicon/claim-words';
const NEAR_WORDS: ReadonlySet<string> = new Set(NEAR_TO.value);
const UNNAMED_SOURCE_SET: ReadonlySet<string> = new Set(UNNAMED_SOURCE_NOUNS.value);
import { CLAIM_IDS, intern, numberedId, ruleWhy } from '../intern';
import {
  claimContext,
  isComma,
  mentionAt,
  mentionEnd,
  startsMention,
  tokenAt,
  wordEnd,
  type CCtx,
} from './claim-context';
import { findCue, impersonalAgent, isPluralWord, PREPOSITIONS, researchOpens, type Cue } from './cues';
import { complementiserAt, thatAfterAside, thatWindowEnd } from './complementiser';
import { inferenceWithoutSource } from './inference-subject';
import { SECOND_AFTER_LABEL } from '../lexicon/claims-38';
import { pastDateline, QRole } from './quotes';
import { transcriptTurns, type Turn } from './transcript-turns';
import { qaTurns } from './qa-turns';
import { negativeSubjectSaysNothing } from './negative-subject';
import { RECEIVED_DOCUMENT } from '../lexicon/claims-51f';
import { APPOSITIVE_DESCRIPTION_NO_CONTENT, RELATIVE_ENDS_ADVERB, RELATIVE_SECOND } from '../lexicon/claims-52f';
import { CARRIED_DOCUMENT, RELATIVE_SECOND_INFINITIVE } from '../lexicon/claims-53f';
import { READ_SLOGAN } from '../lexicon/claims-54f';
import { ACCORDING_BODY_AFTER_COMMA, ACCORDING_MID_SENTENCE, INDEFINITE_THING } from '../lexicon/claims-50';
import { listOfNames } from './list-subject';
import { LIST_OF_NAMES } from '../lexicon/claims-46';
import { AFTER_OPENING_ADJUNCT, BODY_ROLE_RUN } from '../lexicon/claims-lead-60';
import { ADJUNCT_CHAIN } from '../lexicon/claims-lead-62';
import { ADJUNCT_APPOSITIVE_PERSON, AS_SAID_TIME } from '../lexicon/claims-51';
import { pluralHeadAppositive } from './speaker-52';
import { capitalisedToEnd, plainObject } from './claims-52';
import { toldAddresseeEnd } from './told-addressee';
import { AS_SAID_THING, AS_TOLD_ADDRESSEE, SECOND_AFTER_OBJECT } from '../lexicon/claims-52';
import { QA_INTERVIEW_TURNS } from '../lexicon/claims-31b';
import { rememberSpeaker32 } from './speaker-32';
import { pluralBodiesSubject } from './plural-bodies';
import { personBeforeQuote } from './person-before-quote';
import { PEOPLE_NOUN_BEFORE_NAME, QUOTE_AFTER_PERSON_SENTENCE } from '../lexicon/claims-29b';
import { ACCORDING_ING_HEAD, GENDER_FROM_PRONOUN } from '../lexicon/claims-30b';
import { negatedPlainObject } from './negated-object';
import { tellsThingOnly } from './thing-told';
import { asksForSpeech } from './asks-for-speech';
import { imperativeReport } from './imperative';
import { COORDINATED_LONE_SUBJECT, IMPERATIVE_REPORT } from '../lexicon/claims-31';
import { loneSubject } from './lone-subject';
import { subordinateSubject } from './subordinate-subject';
import { COORDINATED_SUBORDINATE } from '../lexicon/claims-34';
import { feelsPlainObject } from './feel-object';
// claims32b's rows (lexicon/claims-32b.ts).
import { recallsQuantity } from './recall-object';
import { lowercaseBodyAfter } from './of-lowercase-body';
import {
  appositiveRoles,
  genderMap,
  npLeftOf,
  npRightOf,
  opensWithAdjunct,
  plainTimeEnd,
  plausibleSubject,
  pluralOfPeople,
  GROUP_PEOPLE,
  resolveSpeaker,
  trimSubject,
  type NP,
  type SpeakerState,
} from './speaker';

const span = (cx: CCtx, a: number, b: number): TextSpan => {
  const s = cx.t.start[a],
    e = cx.t.end[b - 1];
  return { start: s, end: e, text: cx.text.slice(s, e) };
};
/**
 * The text of cue tokens [a, b): a one-word cue (most) is its token's interned form, so no string
 * is sliced per claim for the why rows and the cue span.
 */
function cueTextOf(cx: CCtx, a: number, b: number): string {
  return b - a === 1 ? cx.forms[cx.form[a]] : cx.text.slice(cx.t.start[a], cx.t.end[b - 1]);
}
/** The cue's span with its text already read. */
const cueSpan = (cx: CCtx, cue: Cue, text: string): TextSpan => ({
  start: cx.t.start[cue.a],
  end: cx.t.end[cue.b - 1],
  text,
});

/**
 * Row speaker.inverted.of-affiliation: the phrase right of an inverted cue opens with a person's
 * name followed by "of", an optional "the" and capitalised words running to the end of the
 * sentence, to punctuation or to an adjunct ("said Hilma Shikongo of the Namibian Environment
 * Forum.", "… of the National Hurricane Center in Miami"): the body
 * after "of" is where the person works, so the source is the name alone.
 */
const OF_AFFILIATION = {
  links: new Set(OF_AFFILIATION_WORDS.value.links),
  articles: new Set(OF_AFFILIATION_WORDS.value.articles),
  inside: new Set(OF_AFFILIATION_WORDS.value.inside),
};
function affiliationAfter(cx: CCtx, np: NP, b: number): NP | undefined {
  if (!personAt(cx, np.a)) return undefined;
  const e = mentionEnd(cx, np.a, b);
  if (e <= np.a || e + 1 >= b || !OF_AFFILIATION.links.has(lower(cx, e))) return undefined;
  let j = e + 1;
  if (OF_AFFILIATION.articles.has(lower(cx, j))) j++;
  if (j >= b || cx.t.kind[j] !== Kind.Word || !(cx.t.flags[j] & Flag.Cap)) return undefined;
  while (
    j < b &&
    cx.q.role[j] === QRole.None &&
    ((cx.t.kind[j] === Kind.Word && (cx.t.flags[j] & Flag.Cap || OF_AFFILIATION.inside.has(lower(cx, j)))) ||
      cx.text[cx.t.start[j]] === '&' ||
      cx.t.kind[j] === Kind.Poss)
  )
    j++;
  // "… of the National Hurricane Center in Miami", "… in a statement": an adjunct may follow the body.
  if (j < b && cx.t.kind[j] !== Kind.Punct && cx.q.role[j] !== QRole.Open && !INVERTED_ADJUNCT.has(lower(cx, j)))
    return undefined;
  return { a: np.a, b: e };
}
const OF_PHRASE = INVERTED_OF_PHRASE_WORDS.value;
const COUNT_OF_HEADS: ReadonlySet<string> = new Set(OF_PHRASE_AFTER_COMMA.value.heads);
const ROLE_OF_HEADS: ReadonlySet<string> = new Set(ROLE_OF_AFTER_COMMA.value);
const OF_PHRASE_STOPS: ReadonlySet<string> = new Set(OF_PHRASE.stops);
/**
 * Row speaker.inverted.of-phrase: after a quotation the source stopped at "of" ('said one of the
 * workers', 'said the mother of two, who …'); a short description that names nobody runs on
 * through "of" to punctuation, the sentence end or a quotation mark.
 */
/** A lowercase stop word ("who"), not a capitalised name spelt the same ("the WHO"). */
const ofPhraseStop = (cx: CCtx, j: number) =>
  cx.t.kind[j] === Kind.Word && !(cx.t.flags[j] & Flag.Cap) && OF_PHRASE_STOPS.has(lower(cx, j));
/** "of" after the head, or "for" after a person's noun ('said a spokeswoman for the chain', row speaker.inverted.for-phrase). */
const FOR_LINKS: ReadonlySet<string> = new Set(INVERTED_FOR_PHRASE.value);
function ofOrForSpokesman(cx: CCtx, np: NP): boolean {
  const link = lower(cx, np.b);
  if (link === 'of') return true;
  if (!FOR_LINKS.has(link) || !PERSON_DESCRIPTORS.has(lower(cx, np.b - 1))) return false;
  // "said a spokesman for the chain", "… for Tesco"; not "for months", and not "a lawyer for Mr
  // Diaz", whose name would take the lawyer's words (review, stop 55).
  const next = np.b + 1;
  if (next >= cx.t.count || cx.t.kind[next] !== Kind.Word) return false;
  if (!ARTICLES.has(lower(cx, next)) && !(cx.t.flags[next] & Flag.Cap)) return false;
  for (let i = next; i < cx.t.count && i <= next + OF_PHRASE.maxTail && cx.t.kind[i] === Kind.Word; i++)
    if (personAt(cx, i)) return false;
  return true;
}
function ofPhraseAfter(cx: CCtx, np: NP, b: number): NP | undefined {
  if (np.b >= b || np.b - np.a > OF_PHRASE.maxHead || !ofOrForSpokesman(cx, np) || hasMentionIn(cx, np))
    return undefined;
  for (let i = np.a; i < np.b; i++) if (cx.t.kind[i] !== Kind.Word) return undefined;
  let j = np.b + 1;
  while (
    j < b &&
    j - np.b <= OF_PHRASE.maxTail &&
    cx.q.role[j] === QRole.None &&
    (cx.t.kind[j] === Kind.Word || cx.t.kind[j] === Kind.Poss) &&
    !ofPhraseStop(cx, j)
  )
    j++;
  if (j === np.b + 1 || j - np.b > OF_PHRASE.maxTail) return undefined;
  if (j < b && cx.t.kind[j] !== Kind.Punct && cx.q.role[j] !== QRole.Open && !ofPhraseStop(cx, j)) return undefined;
  return { a: np.a, b: j };
}
/**
 * The counted group of row speaker.inverted.of-phrase.after-comma closes the sentence ("…, said
 * one of the people.", "…, said one of the people, who asked …"): no verb inside it ("The coach,
 * asked about it, said several of his players were tired" is what the coach said; review, stop 51).
 */
const AUXILIARIES: ReadonlySet<string> = new Set(FINITE_AUXILIARIES);
function closingCountOf(cx: CCtx, np: NP | undefined, b: number): NP | undefined {
  if (!np) return undefined;
  for (let k = np.a; k < np.b; k++) {
    const w = lower(cx, k);
    if (AUXILIARIES.has(w) || (w.length > 4 && w.endsWith('ed'))) return undefined;
  }
  if (np.b >= b || onlyPunctFrom(cx, np.b, b)) return np;
  return isComma(cx, np.b) && lower(cx, np.b + 1) === 'who' ? np : undefined;
}
const onlyPunctFrom = (cx: CCtx, i: number, b: number) => {
  for (; i < b; i++) if (cx.t.kind[i] !== Kind.Punct) return false;
  return true;
};
const STRAY_LINKS: ReadonlySet<string> = new Set(APPOSITIVE_KIND_CALLED.value.links);
const STRAY_JOINERS: ReadonlySet<string> = new Set(APPOSITIVE_KIND_CALLED.value.joiners);
/**
 * Row speaker.subject.stray-comma: the words from the sentence start to the comma before the cue
 * are one noun phrase (an article or a name first, a capitalised word last, no punctuation, at
 * most ten words); after "called"/"named" its capitalised words are the name.
 */
function subjectBeforeStrayComma(cx: CCtx, a: number, comma: number): NP | undefined {
  const { t } = cx;
  if (comma - a < 2 || comma - a > 10) return undefined;
  for (let i = a; i < comma; i++) if (t.kind[i] !== Kind.Word || cx.q.role[i] !== QRole.None) return undefined;
  if (!ARTICLES.has(lower(cx, a)) && !startsMention(cx, a)) return undefined;
  // At most two lowercase words ("nonprofit called") before a name that runs to the comma.
  let n = a + 1;
  while (n < comma && !(t.flags[n] & Flag.Cap)) n++;
  if (n - a - 1 > 2 || n >= comma) return undefined;
  for (let i = n; i < comma; i++) if (!(t.flags[i] & Flag.Cap) && !STRAY_JOINERS.has(lower(cx, i))) return undefined;
  if (!(t.flags[comma - 1] & Flag.Cap)) return undefined;
  return STRAY_LINKS.has(lower(cx, n - 1)) ? { a: n, b: comma } : { a, b: comma };
}
const isColon = (cx: CCtx, i: number) => cx.t.kind[i] === Kind.Punct && cx.text.charCodeAt(cx.t.start[i]) === 58;
/** An em or en dash, or a hyphen standing alone between spaces. */
const isDash = (cx: CCtx, i: number) => {
  if (cx.t.kind[i] !== Kind.Punct) return false;
  const c = cx.text.charCodeAt(cx.t.start[i]);
  return c === 0x2014 || c === 0x2013 || (c === 45 && cx.t.end[i] - cx.t.start[i] <= 2);
};

/** Who a quotation is attributed to, taken from the claim that attributed it. */
interface Attribution {
  speaker: Speaker | null;
  cue: TextSpan;
  hedged: boolean;
  why: string[];
}

interface Draft {
  sent: number;
  a: number;
  b: number;
  content: TextSpan;
  cue: TextSpan;
  hedged: boolean;
  speaker: Speaker | null;
  why: string[];
}

/** A claim built from a draft: its text and kind are read from the document. */
function toClaim(cx: CCtx, d: Draft): Claim {
  const { t } = cx;
  return {
    id: '',
    start: t.start[d.a],
    end: t.end[d.b - 1],
    text: cx.text.slice(t.start[d.a], t.end[d.b - 1]),
    content: d.content,
    cue: d.cue,
    kind: kindOf(cx, d.content, d.a, d.b),
    direct: false,
    hedged: d.hedged,
    speaker: d.speaker,
    why: d.why,
  };
}

const attributeOf = (c: Claim): Attribution => ({ speaker: c.speaker, cue: c.cue, hedged: c.hedged, why: c.why });

/**
 * detectClaims' per-document state and the helpers that read it, as methods: closures made per
 * call are a new call target for the optimised loop in each document, which throws that code away
 * ("wrong call target" in `--trace-deopt`, third analysis) and compiles it again.
 */
class ClaimPass {
  private readonly none: number[] = [];
  constructor(
    private readonly cx: CCtx,
    private readonly bySent: (Claim | undefined)[],
    private readonly attribution: (Attribution | undefined)[],
    /** The quotation that continues each one in the next paragraph. */
    private readonly continuedBy: Int32Array,
  ) {}

  /** The quotations with a token in [a, b), in order (a shared empty array for none). */
  quotesIn(a: number, b: number): number[] {
    const q = this.cx.q;
    let out = this.none;
    for (let i = a; i < b; i++) {
      const qi = q.of[i];
      if (qi >= 0 && (out === this.none || out[out.length - 1] !== qi)) {
        if (out === this.none) out = [];
        out.push(qi);
      }
    }
    return out;
  }

  /** A sentence of a quotation whose attribution is known: the quoted words are the content. */
  quotedSentence(k: number, qi: number, attr: Attribution, rule: string): Claim {
    const { cx } = this;
    const a = cx.cs.first[k],
      b = cx.cs.last[k];
    const x = cx.q.quotes[qi];
    const ca = Math.max(a, x.ta),
      cb = Math.min(b, x.tb);
    return toClaim(cx, {
      sent: k,
      a,
      b,
      content: cb > ca ? span(cx, ca, trimEnd(cx, ca, cb)) : span(cx, a, b),
      cue: { ...attr.cue },
      hedged: attr.hedged,
      speaker: attr.speaker ? { ...attr.speaker } : null,
      why: [rule, ...attr.why],
    });
  }

  /** Sentences of quotation `qi` (and the ones it continues) before sentence `k` get `attr`. */
  fillBack(qi: number, k: number, attr: Attribution): void {
    const { cs, q } = this.cx;
    for (let x = qi; x >= 0; x = q.quotes[x].continues) {
      const from = cs.of[Math.max(0, q.quotes[x].openTok)];
      const to = Math.min(k - 1, cs.of[Math.max(0, q.quotes[x].tb - 1)]);
      for (let j = from; j <= to; j++)
        if (!this.bySent[j] && !cs.headline[j])
          this.bySent[j] = this.quotedSentence(j, x, attr, PATTERN.tagAfterClose.id);
      this.attribution[x] ??= attr;
    }
  }

  /** Does the quotation chain starting at `qi` end with a tag after its closing mark? */
  taggedAtClose(qi: number): boolean {
    const { cx } = this;
    const { cs, q } = cx;
    let x = qi;
    while (!q.quotes[x].closed && this.continuedBy[x] >= 0) x = this.continuedBy[x];
    const f = q.quotes[x];
    if (!f.closed || f.closeTok < 0) return false;
    const kc = cs.of[f.closeTok];
    return (
      findCue(cx, f.closeTok + 1, cs.last[kc]) !== undefined ||
      quoteTag(cx, cs.first[kc], cs.last[kc]) !== undefined ||
      // '"A. B," Judge X wrote in an opinion': a verb that is a cue only beside its quotation,
      // read with the sentence's quoted part (row quote.tag-after-close.beside-quotation).
      (findCue(cx, cs.first[kc], cs.last[kc])?.a ?? -1) > f.closeTok
    );
  }
}

export function detectClaims(ctx: Ctx, found: { mentions: Mention[]; entities: Entity[] }): Claim[] {
  // A name inside a hyphenated modifier is no speaker (detect/compound-modifiers.ts).
  const cx = claimContext(ctx, wholeWordMentions(ctx, found.mentions), found.entities);
  const { t, cs, q } = cx;
  const state: SpeakerState = {
    lastPersonSent: -10,
    lastOtherSent: -10,
    gender: genderMap(cx),
    described: appositiveRoles(cx),
  };
  const bySent: (Claim | undefined)[] = new Array(cs.count);
  const attribution: (Attribution | undefined)[] = new Array(q.quotes.length);
  // The quotation that continues each one in the next paragraph.
  const continuedBy = new Int32Array(q.quotes.length).fill(-1);
  for (let i = 0; i < q.quotes.length; i++) if (q.quotes[i].continues >= 0) continuedBy[q.quotes[i].continues] = i;
  let prev: { claim: Claim; sent: number } | undefined;
  // A second attribution in a sentence ("X said A, but Y argued B"), by sentence.
  const extra = new Map<number, Claim>();

  const P = new ClaimPass(cx, bySent, attribution, continuedBy);
  // Row quote.after-claim.not-in-dialogue: in dialogue an untagged quotation paragraph is a new turn.
  const dialogue = q.quotes.length > 0 && isDialogueText(cx);
  // The hedge words' tokens, visited from the claim's first token on: the sentences come in text
  // order, so one index walks them once (testing every word of every claim sentence was 0.7% of
  // an analysis of the bench text).
  const hedges = tokensOf(cx, hedgeForms(cx));
  let nextHedge = 0;

  for (let k = 0; k < cs.count; k++) {
    if (cs.headline[k] || bySent[k]) continue;
    const a = cs.first[k],
      b = cs.last[k];
    const qs = P.quotesIn(a, b);
    let verdict: { np: NP; cue: number } | undefined;
    let spoke: { np: NP; verb: number } | undefined;
    let cue = findCue(cx, a, b);
    let claim = cue ? claimWithCue(cx, state, k, a, b, cue) : undefined;
    // "I doubt it.", "I don't know why." (row claim.no-proposition).
    if (claim && noProposition(claim)) claim = undefined;
    // "This suggests that …", "…, which means that …" (row guard.inference-without-source).
    if (claim && cue && inferenceWithoutSource(cx, a, cue.a, cue.b)) claim = undefined;
    // "… shipping companies accused of moving oil, three sources told Reuters": a cue with no
    // source gives way to the next one in the sentence.
    while (cue && !claim && cue.kind === 'verb') {
      cue = findCue(cx, a, b, cue.b);
      if (cue) claim = claimWithCue(cx, state, k, a, b, cue);
    }
    // "Remember that …", "Make sure the bed is in the shade" (row cue.imperative.report).
    if (!claim && !qs.length && (claim = imperativeClaim(cx, k, a, b))) cue = undefined;
    if (claim && cue) {
      const second = secondClaim(cx, state, k, cue, b, claim);
      if (second && tagAfterKnowing(cx, cue, second)) {
        // "The members understood, she said, that the offer was final": one claim, hers.
        claim.speaker = second.speaker;
        claim.cue = second.cue;
        claim.content = second.content;
        claim.kind = second.kind;
        claim.why = [ruleWhy(PARENTHETICAL_AFTER_KNOWING.id, second.cue.text), ...second.why];
      } else if (second) {
        extra.set(k, second);
        // "said A, and added that B": the first content stops before the second verb.
        cutContentBefore(cx, claim, second, cue);
      }
      const attr = attributeOf(claim);
      for (const qi of qs) {
        const x = q.quotes[qi];
        // '"A. B," he said': the tag after the closing mark speaks for the earlier sentences too,
        // and for the paragraphs the quotation continues.
        if ((x.openTok < a || x.continues >= 0) && x.closed && x.closeTok < cue.a) P.fillBack(qi, k, attr);
        attribution[qi] ??= attr;
      }
    } else if (qs.length) {
      const qi = qs[0];
      const x = q.quotes[qi];
      if (x.openTok < a) {
        // Inside a quotation opened in an earlier sentence.
        const attr = attribution[qi] ?? (x.continues >= 0 ? attribution[x.continues] : undefined);
        if (attr) claim = P.quotedSentence(k, qi, attr, PATTERN.continued.id);
        else {
          // '"A. B." — Name': a dash tag after the closing mark speaks for the whole quotation.
          const tag = x.closed && x.closeTok < b ? quoteTag(cx, a, b) : undefined;
          if (tag?.dash) {
            const why = [PATTERN.dashTag.id];
            const speaker = resolveSpeaker(cx, tag.np, state, k, why);
            const got: Attribution = { speaker, cue: span(cx, tag.verb, tag.verb + 1), hedged: false, why };
            claim = P.quotedSentence(k, qi, got, PATTERN.dashTag.id);
            claim.why = why;
            P.fillBack(qi, k, got);
          }
        }
      } else if (x.continues >= 0 && attribution[x.continues]) {
        claim = P.quotedSentence(k, qi, attribution[x.continues]!, QUOTE_PARAGRAPH_CONTINUES.id);
      } else if (q.role[a] === QRole.Open) {
        const tag = quoteTag(cx, a, b);
        if (tag) {
          const why = [tag.dash ? PATTERN.dashTag.id : PATTERN.quoteTag.id];
          const speaker = resolveSpeaker(cx, tag.np, state, k, why);
          claim = toClaim(cx, {
            sent: k,
            a,
            b,
            content: quoteBefore(cx, a, tag.verb) ?? span(cx, a, b),
            cue: span(cx, tag.verb, tag.verb + 1),
            hedged: false,
            speaker,
            why,
          });
        } else if ((verdict = verdictAfter(cx, qi))) {
          const why = [VERDICT_AFTER.id];
          const speaker = resolveSpeaker(cx, verdict.np, state, k, why);
          const got: Attribution = { speaker, cue: span(cx, verdict.cue, verdict.cue + 1), hedged: false, why };
          claim = P.quotedSentence(k, qi, got, VERDICT_AFTER.id);
          claim.why = why;
        } else if ((spoke = spokeToBefore(cx, k, prev?.sent)) && !P.taggedAtClose(qi)) {
          // "X, who …, spoke to reporters on the beach." then an untagged quotation paragraph.
          const why = [PATTERN.afterSpokeTo.id];
          const speaker = resolveSpeaker(cx, spoke.np, state, k, why);
          const got: Attribution = { speaker, cue: span(cx, spoke.verb, spoke.verb + 1), hedged: false, why };
          claim = P.quotedSentence(k, qi, got, PATTERN.afterSpokeTo.id);
          claim.why = why;
        } else if (
          !dialogue &&
          !P.taggedAtClose(qi) &&
          (spoke = personBeforeQuote(cx, k, prev?.sent, (i) => !!personAt(cx, i)))
        ) {
          // 'Ms. Nwosu paused. "Possible? Yes."' (row quote.after-person-sentence).
          const why = [QUOTE_AFTER_PERSON_SENTENCE.id];
          const speaker = resolveSpeaker(cx, spoke.np, state, k, why);
          const got: Attribution = { speaker, cue: span(cx, spoke.verb, spoke.verb + 1), hedged: false, why };
          claim = P.quotedSentence(k, qi, got, QUOTE_AFTER_PERSON_SENTENCE.id);
          claim.why = why;
        } else if (
          prev &&
          k - prev.sent <= 2 &&
          prev.claim.speaker &&
          !P.taggedAtClose(qi) &&
          !stateOfMind(prev.claim) &&
          !(dialogue && opensParagraph(cx, qi))
        ) {
          claim = P.quotedSentence(k, qi, attributeOf(prev.claim), PATTERN.afterClaim.id);
        }
      } else {
        // 'Bose had a simple message for the owners: "Pay people what they are worth."': a
        // quotation after a colon, to the end of the sentence, is the named subject's.
        const colon = x.openTok - 1;
        const np =
          colon > a && isColon(cx, colon) && x.closed && x.tb >= b - 2 ? leadingSubject(cx, a, colon) : undefined;
        // 'X gasped his last words, "…"' (row quote.after-words).
        const words = !np || !hasMentionIn(cx, np) ? wordsBeforeQuote(cx, a, b, x) : undefined;
        if (words) {
          const why = [QUOTE_AFTER_WORDS.id];
          const speaker = resolveSpeaker(cx, words.np, state, k, why);
          claim = toClaim(cx, {
            sent: k,
            a,
            b,
            content: span(cx, x.ta, trimEnd(cx, x.ta, x.tb)),
            cue: span(cx, words.noun, words.noun + 1),
            hedged: false,
            speaker,
            why,
          });
        } else if (np && hasMentionIn(cx, np)) {
          const why = [PATTERN.colonQuote.id];
          const speaker = resolveSpeaker(cx, np, state, k, why);
          claim = toClaim(cx, {
            sent: k,
            a,
            b,
            content: span(cx, x.ta, trimEnd(cx, x.ta, x.tb)),
            cue: span(cx, colon, colon + 1),
            hedged: false,
            speaker,
            why,
          });
        }
      }
      if (claim) for (const x of qs) if (q.quotes[x].openTok >= a) attribution[x] ??= attributeOf(claim);
    }
    if (!claim) continue;
    // "reportedly", "allegedly" before the cue, outside quotation marks.
    while (nextHedge < hedges.length && hedges[nextHedge] < a) nextHedge++;
    for (let h = nextHedge; h < hedges.length && hedges[h] < b && !claim.hedged; h++) {
      const i = hedges[h];
      if (q.of[i] < 0 && (!cue || i < cue.a)) {
        claim.hedged = true;
        claim.why.push(ruleWhy(HEDGE_WORDS.id, word(cx, i)));
      }
    }
    bySent[k] = claim;
    prev = { claim, sent: k };
    // "Rathbun stated:" with the quotation as the next paragraph: one claim.
    const lastC = cx.text.charCodeAt(t.start[b - 1]);
    if (
      cue &&
      (lastC === 58 || lastC === 44) &&
      k + 1 < cs.count &&
      cs.lineStart[k + 1] &&
      (q.role[cs.first[k + 1]] === QRole.Open || (lastC === 58 && unquotedAfterColon(cx, cue, claim, b, k + 1))) &&
      !ownThatClause(cx, claim)
    ) {
      const nb = cs.last[k + 1];
      claim.end = t.end[nb - 1];
      claim.text = cx.text.slice(claim.start, claim.end);
      claim.content = span(cx, cs.first[k + 1], nb);
      claim.why.push(PATTERN.colonLine.id);
      claim.kind = kindOf(cx, claim.content, cs.first[k + 1], nb);
      attribution[q.of[cs.first[k + 1]]] ??= attributeOf(claim);
      bySent[k + 1] = claim;
      k++;
      prev = { claim, sent: k };
    }
    remember(cx, state, claim.speaker, k);
  }
  const labelled = transcriptTurns(cx);
  // "Q: …" / "A: …" interviews (row speaker.interview.q-and-a), when no transcript has name labels.
  for (const turn of labelled.length ? labelled : qaTurns(cx))
    if (!turn.host) claimTurn(cx, turn, bySent);
    // An interviewer's question is no claim ("Q: Do you know what caused it?", row speaker.transcript.q-and-name).
    else if (turn.question) for (let k = turn.from; k < turn.to; k++) if (endsInQuestion(cx, k)) bySent[k] = undefined;
  const claims: Claim[] = [];
  // Never read claims[-1]: optimised code reading past an array's end is thrown away (an
  // "out of bounds" deopt) at the end of each of the first documents.
  for (let k = 0; k < bySent.length; k++) {
    const c = bySent[k];
    if (!c) continue;
    if (claims.length === 0 || claims[claims.length - 1] !== c) claims.push(c);
    const x = extra.get(k);
    if (x) claims.push(x);
  }
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i];
    c.id = numberedId(CLAIM_IDS, 'c', i + 1);
    c.direct = c.kind === 'direct';
    // The same few cue words recur in every claim: keep one copy of each (the why rows are
    // shared already: constants, or ruleWhy's).
    c.cue.text = intern(c.cue.text);
  }
  return claims;
}

/**
 * Row cue.imperative.report: the clause after an imperative of knowing or supposing, with the
 * imperative as written as its source (the clause names no other holder).
 */
function imperativeClaim(cx: CCtx, k: number, a: number, b: number): Claim | undefined {
  const imp = imperativeReport(cx, a, b);
  if (!imp) return undefined;
  const cue = span(cx, imp.a, imp.b);
  return toClaim(cx, {
    sent: k,
    a,
    b,
    content: span(cx, imp.clause, trimEnd(cx, imp.clause, b)),
    cue,
    hedged: false,
    speaker: { ...cue, name: cue.text },
    why: [ruleWhy(IMPERATIVE_REPORT.id, cue.text)],
  });
}

const KNOWING: ReadonlySet<string> = new Set(PARENTHETICAL_AFTER_KNOWING.value);
/**
 * Row speaker.parenthetical-after-knowing: the second cue is a tag set off by commas right after a
 * verb of knowing or belief ("understood, she said, that …"), so it names the source of the
 * whole sentence, and the knower is part of what is reported.
 */
function tagAfterKnowing(cx: CCtx, first: Cue, second: Claim): boolean {
  if (!first.why.some((w) => KNOWING.has(w)) || !second.speaker) return false;
  const between = cx.text.slice(cx.t.end[first.b - 1], second.speaker.start);
  return /^,\s*$/.test(between) && cx.text.charCodeAt(second.cue.end) === 44;
}

const NOT_CONTINUED: ReadonlySet<string> = new Set(NOT_CONTINUED_AFTER.value);
/** Row quote.after-claim.not-after-state: the claim reports a conviction or a perception, no speech. */
function stateOfMind(c: Claim): boolean {
  // A row's why is its id, or its id and the words it read ("cue.phrasal.saw-that: saw that").
  return c.why.some((w) => NOT_CONTINUED.has(w.includes(':') ? w.slice(0, w.indexOf(':')) : w));
}

const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'we']);
/**
 * Row speaker.transcript.turn: each statement of a guest's turn is the guest's own words — a
 * sentence no cue claimed, of four words or more and not a question, becomes a direct claim; a
 * claim whose speaker is "I" or "we" is the guest's. Reported speech with its own source ("They
 * said that in 2015") keeps it.
 */
/** Sentence `k` ends with a question mark (past closing quotation marks). */
function endsInQuestion(cx: CCtx, k: number): boolean {
  const { t, cs } = cx;
  for (let i = cs.last[k] - 1; i >= cs.first[k]; i--) {
    const c = cx.text.charCodeAt(t.start[i]);
    if (c === 63) return true;
    if (t.kind[i] !== Kind.Punct || c === 46 || c === 33) return false;
  }
  return false;
}

function claimTurn(cx: CCtx, turn: Turn, bySent: (Claim | undefined)[]) {
  const { t, cs } = cx;
  const at = turn.who ?? { start: turn.labelStart, end: turn.labelEnd };
  const row = turn.who ? QA_INTERVIEW_TURNS.id : TRANSCRIPT_LABELS.id;
  const speaker: Speaker = {
    start: at.start,
    end: at.end,
    text: cx.text.slice(at.start, at.end),
    name: turn.name,
    ...(turn.entityId ? { entityId: turn.entityId } : {}),
  };
  for (let k = turn.from; k < turn.to; k++) {
    const b = cs.last[k];
    if (cx.text.charCodeAt(t.start[b - 1]) === 63) continue;
    const have = bySent[k];
    if (have) {
      if (have.speaker && FIRST_PERSON.has(have.speaker.text.toLowerCase())) {
        have.speaker = { ...speaker };
        have.kind = 'direct';
        have.why.push(ruleWhy(row, turn.name));
      }
      continue;
    }
    let a = cs.first[k];
    while (a < b && t.start[a] < turn.end) a++;
    let words = 0;
    for (let i = a; i < b; i++) if (t.kind[i] === Kind.Word) words++;
    if (words < 4) continue;
    const c = toClaim(cx, {
      sent: k,
      a: cs.first[k],
      b,
      content: span(cx, a, trimEnd(cx, a, b)),
      cue: { start: turn.labelStart, end: turn.end, text: cx.text.slice(turn.labelStart, turn.end) },
      hedged: false,
      speaker: { ...speaker },
      why: [ruleWhy(row, turn.name)],
    });
    c.kind = 'direct';
    bySent[k] = c;
  }
}

const VERDICT_NOUNS: ReadonlySet<string> = new Set(VERDICT_AFTER.value);

/**
 * '"It was never a penalty." That was the verdict of manager Pete Nolan …': the person the
 * sentence right after quotation `qi` (and the paragraphs it runs over) names as its source.
 */
function verdictAfter(cx: CCtx, qi: number): { np: NP; cue: number } | undefined {
  const { t, cs, q } = cx;
  // The quotation may run over paragraphs: its last part closes it.
  let xi = qi;
  while (!q.quotes[xi].closed) {
    const next = q.quotes.findIndex((y) => y.continues === xi);
    if (next < 0) break;
    xi = next;
  }
  const x = q.quotes[xi];
  if (!x.closed || x.closeTok < 0) return undefined;
  const kc = cs.of[x.closeTok];
  const n = kc + 1;
  if (n >= cs.count || x.closeTok < cs.last[kc] - 2) return undefined;
  let i = cs.first[n];
  const end = cs.last[n];
  if (!/^(that|this|those|these|such)$/.test(lower(cx, i)) || !/^(was|were|is|are)$/.test(lower(cx, i + 1)))
    return undefined;
  i += 2;
  if (lower(cx, i) === 'how') return howAfter(cx, i + 1, end);
  if (lower(cx, i) === 'the') i++;
  if (!VERDICT_NOUNS.has(lower(cx, i)) || !/^(of|from)$/.test(lower(cx, i + 1))) return undefined;
  const noun = i;
  for (let j = i + 2; j < end && j - i <= 8; j++) {
    if (t.kind[j] === Kind.Punct) return undefined;
    if (personAt(cx, j)) return { np: { a: j, b: mentionEnd(cx, j, end) }, cue: noun };
  }
  return undefined;
}

const HOW_VERBS: ReadonlySet<string> = new Set(VERDICT_HOW.value.verbs);
/**
 * '"…" That was how Lucia Barragan, the Democratic nominee, opened a town hall': the person named
 * right after "how" (token `i`), when, past an apposition between commas, a verb of using the
 * words follows (row cue.verdict-after.how); the cue is that verb.
 */
function howAfter(cx: CCtx, i: number, end: number): { np: NP; cue: number } | undefined {
  if (!personAt(cx, i)) return undefined;
  const b = mentionEnd(cx, i, end);
  let v = b;
  if (isComma(cx, v)) {
    v++;
    while (v < end && !isComma(cx, v) && v - b <= 15) v++;
    if (!isComma(cx, v)) return undefined;
    v++;
  }
  return v < end && HOW_VERBS.has(lower(cx, v)) ? { np: { a: i, b }, cue: v } : undefined;
}

/**
 * 'Amy Rourke, appearing on NBC's "Meet the Press," called …': a closing mark with a comma
 * inside it ends an aside like a comma does; the comma's index, or `i`.
 */
function commaInsideClose(cx: CCtx, i: number, a: number): number {
  let c = i;
  while (c > a && (cx.q.role[c] === QRole.Close || cx.q.role[c] === QRole.MarkTail)) c--;
  return c < i && isComma(cx, c) ? c : i;
}

const POSSESSED_BODIES: ReadonlySet<string> = new Set(PRONOUN_IT_POSSESSED_BODY.value);
/** Row speaker.pronoun.it.possessed-body: "Mr. Reed's campaign", "the senator's office". */
function possessedBody(text: string): boolean {
  const sp = text.lastIndexOf(' ');
  if (sp < 2 || !POSSESSED_BODIES.has(text.slice(sp + 1).toLowerCase())) return false;
  const c = text.charCodeAt(sp - 1);
  return (c === 115 || c === 83) && (text[sp - 2] === "'" || text[sp - 2] === '’');
}

const TITLE_STOPS: ReadonlySet<string> = new Set(CLAIM_SENTENCE_WORDS.value.titles);
/** "Mr. Reed's campaign" → "Reed's campaign": a leading title abbreviation (row claim.sentence.words) dropped. */
function withoutTitle(text: string): string {
  const sp = text.indexOf(' ');
  return sp > 0 && TITLE_STOPS.has(text.slice(0, sp).toLowerCase()) ? text.slice(sp + 1) : text;
}

/** Per document: whether an entity id names a person, one function rather than a closure per claim. */
const IS_PERSON = new WeakMap<CCtx, (id: string) => boolean>();
function isPersonIn(cx: CCtx): (id: string) => boolean {
  let f = IS_PERSON.get(cx);
  if (!f) IS_PERSON.set(cx, (f = (id) => cx.entityById.get(id)?.type === 'person'));
  return f;
}

/** Updates who spoke last (for pronouns and descriptions later). */
function remember(cx: CCtx, state: SpeakerState, speaker: Speaker | null, k: number) {
  // claims32 (claims/speaker-32.ts): unnamed bodies that spoke, and people the tagger did not type.
  if (speaker) rememberSpeaker32(state, speaker, k, isPersonIn(cx));
  const id = speaker?.entityId;
  const type = id ? cx.entityById.get(id)?.type : undefined;
  if (id && type === 'organization') (state.spoke ??= new Set()).add(id);
  if (id && type === 'person') {
    state.lastPerson = id;
    state.lastPersonSent = k;
    // "She called on …" resolved to a person of unknown gender (row speaker.gender.from-resolved-pronoun).
    // Only a text as long as "she" or "he" can be either: a name is not lowercased to find out.
    const { she, he } = GENDER_FROM_PRONOUN.value;
    const n = speaker!.text.length;
    const pronoun = n === she.length || n === he.length ? speaker!.text.toLowerCase() : '';
    if (pronoun && !state.gender.has(id) && (pronoun === she || pronoun === he))
      state.gender.set(id, pronoun === she ? 'f' : 'm');
    // "Mr. Reed's campaign called …. In a statement, it said …" (row speaker.pronoun.it.possessed-body).
    if (possessedBody(speaker!.text)) {
      // Named without the owner's title: "Mr. Reed's campaign" is "Reed's campaign".
      const name = withoutTitle(speaker!.text);
      state.lastOther = { start: speaker!.start, end: speaker!.end, text: speaker!.text, name };
      state.lastOtherSent = k;
    }
  } else if (speaker && !/^(he|she|they|it|i|we|you)$/i.test(speaker.text)) {
    state.lastOther = speaker;
    state.lastOtherSent = k;
  }
}

const hasMentionIn = (cx: CCtx, np: NP): boolean => {
  for (let i = np.a; i < np.b; i++) if (startsMention(cx, i)) return true;
  return false;
};
const hasPersonIn = (cx: CCtx, np: NP): boolean => {
  for (let i = np.a; i < np.b; i++) if (personAt(cx, i)) return true;
  return false;
};
const placeAt = (cx: CCtx, i: number) => {
  const m = mentionAt(cx, i);
  return !!m && cx.entityById.get(m.entityId)?.type === 'place';
};
const personAt = (cx: CCtx, i: number) => {
  const m = mentionAt(cx, i);
  return m && cx.entityById.get(m.entityId)?.type === 'person' ? m : undefined;
};

/** What the cases of claimWithCue found: the source phrase and the content. */
interface Found {
  np: NP | undefined;
  content: TextSpan | undefined;
}
/** One holder reused by every claimWithCue call (no object per call; it is read right after it is filled). */
const FOUND: Found = { np: undefined, content: undefined };

const ING_HEADS: ReadonlySet<string> = new Set(ACCORDING_ING_HEAD.value);

/** The source and content of an "according to" cue (claimWithCue's first case). */
function sourceAccording(cx: CCtx, cue: Cue, a: number, b: number, why: string[], into: Found): void {
  const { t } = cx;
  let np = npRightOf(cx, cue.b, b, false);
  // "According to the Citation Index Professor Chomsky is …": the source ends before a verb
  // or where a second name starts right after the first.
  if (np)
    for (let i = np.a; i < np.b; i++) {
      if (i > np.a && t.kind[i] === Kind.Word && /^(is|are|was|were|has|have|had|will|would)$/.test(lower(cx, i))) {
        np = { a: np.a, b: i };
        break;
      }
      const e = startsMention(cx, i) ? mentionEnd(cx, i, np.b) : i;
      if (e > i && e < np.b && startsMention(cx, e)) {
        np = { a: np.a, b: e };
        break;
      }
    }
  // "According to police the suspect fled": no comma, the clause's subject is no part of the source.
  if (np) {
    const e = accordingSourceEnd(cx, np.a, np.b, b);
    if (e > np.a && e < np.b) np = { a: np.a, b: e };
  }
  // "according to budget papers released on Tuesday": a trailing participle phrase is not the source.
  if (np && !hasMentionIn(cx, np))
    for (let i = np.a + 1; i < np.b; i++) {
      if (
        t.kind[i] === Kind.Word &&
        !(t.flags[i] & Flag.Cap) &&
        /(ed|ing)$/.test(lower(cx, i)) &&
        // "a regulatory filing on Monday": a noun in -ing is the head (row speaker.according-to.ing-noun-head).
        !ING_HEADS.has(lower(cx, i)) &&
        i + 1 < np.b &&
        /^(on|in|at|last|this|yesterday|today|earlier)$/.test(lower(cx, i + 1))
      ) {
        np = { a: np.a, b: i };
        break;
      }
    }
  // "according to the team's coach, Alireza Mehraban," names the person after the comma.
  if (np && personAt(cx, np.b + 1) && isComma(cx, np.b) && !hasMentionIn(cx, np)) {
    const e = mentionEnd(cx, np.b + 1, b);
    if (e >= b || t.kind[e] === Kind.Punct) np = { a: np.b + 1, b: e };
  }
  // "according to the mine's owner, Vaalrand Gold" (row speaker.according-to.body-after-comma).
  else if (ACCORDING_BODY_AFTER_COMMA.value && np && isComma(cx, np.b) && !hasMentionIn(cx, np)) {
    const m = mentionAt(cx, np.b + 1);
    const e = m?.type === 'organization' ? mentionEnd(cx, np.b + 1, b) : -1;
    if (e > np.b + 1 && (e >= b || t.kind[e] === Kind.Punct)) np = { a: np.b + 1, b: e };
    // "according to the building's owner, Kestrel Lane.": a name the tagger left unread or read
    // as a place, closing the sentence (row speaker.according-to.name-after-comma).
    else {
      const name = capitalisedToEnd(cx, np.b + 1, trimEnd(cx, np.b + 1, b));
      if (name) np = name;
    }
  }
  why.push(PATTERN.according.id);
  const after = np ? np.b + (np.b < b && t.kind[np.b] === Kind.Punct ? 1 : 0) : cue.b;
  into.np = np;
  into.content =
    cue.a > a + 1 ? span(cx, a, trimEnd(cx, a, cue.a)) : after < b ? span(cx, after, trimEnd(cx, after, b)) : undefined;
  // "The plan, according to officials, would cost …": both sides (row claim.content.according-to.mid-sentence).
  if (cue.a > a + 1 && np && isComma(cx, cue.a - 1) && isComma(cx, np.b) && midTail(cx, np.b + 1, b))
    into.content = span(cx, a, trimEnd(cx, a, b));
}

const MID_TAIL_STOPS: ReadonlySet<string> = new Set(ACCORDING_MID_SENTENCE.value);
/** Words from `i` to the sentence end `b` go on with what was said (not the source's own clause). */
function midTail(cx: CCtx, i: number, b: number): boolean {
  if (!ACCORDING_MID_SENTENCE.value.length || trimEnd(cx, i, b) <= i) return false;
  // ", Harbour Properties.", ", a geologist.": the source's apposition, not more of what was said.
  if (cx.t.flags[i] & Flag.Cap || /^(a|an|the)$/.test(lower(cx, i))) return false;
  return cx.t.kind[i] === Kind.Word && !MID_TAIL_STOPS.has(lower(cx, i)) && cx.q.of[i] < 0;
}

/** The source and content of "quoted X as saying" (claimWithCue's second case). */
function sourceQuotedAs(cx: CCtx, cue: Cue, source: [number, number], b: number, why: string[], into: Found): void {
  // "La República quoted a local firefighter, Héctor Quispe, as saying": the person named in
  // the quoted phrase, or the phrase.
  let [sa, sb] = source;
  while (sb > sa && cx.t.kind[sb - 1] === Kind.Punct) sb--;
  let named = false;
  for (let i = sa; i < sb && !named; i++)
    if (personAt(cx, i)) {
      sa = i;
      sb = mentionEnd(cx, i, sb);
      named = true;
    }
  // "a local firefighter, Héctor Quispe": the capitalised words in apposition name the person.
  for (let c = sb - 2; !named && c > sa; c--)
    if (isComma(cx, c)) {
      let all = true;
      for (let i = c + 1; i < sb; i++) all &&= cx.t.kind[i] === Kind.Word && (cx.t.flags[i] & Flag.Cap) !== 0;
      if (all) sa = c + 1;
      break;
    }
  why.push(PATTERN.subject.id);
  const after = skipThat(cx, cue.b, b);
  into.np = { a: sa, b: sb };
  into.content = after < b ? span(cx, after, trimEnd(cx, after, b)) : undefined;
}

/**
 * The cue is one of the verbs of blame (BLAME_CUES, by row id before any ":"). A loop over the
 * ids without splitting them: the split made an array and a string per id of every inverted cue.
 */
function blameCue(cue: Cue): boolean {
  for (let x = 0; x < cue.why.length; x++) {
    const w = cue.why[x];
    const colon = w.indexOf(':');
    if (BLAME_CUES.has(colon < 0 ? w : w.slice(0, colon))) return true;
  }
  return false;
}

/** The source and content of a verb cue: on the right of the verb ("…," said X) or on its left. */
function sourceOfVerb(cx: CCtx, cue: Cue, a: number, b: number, why: string[], into: Found): void {
  const { t } = cx;
  let np: NP | undefined;
  let content: TextSpan | undefined;
  // A two-character closing mark ('') ends at its second character.
  let before = cue.a - 1;
  while (before > a && cx.q.role[before] === QRole.MarkTail) before--;
  // "…, not knowing that …": the participle's comma stands before the adverb (row speaker.participle.negated).
  if (
    before > a + 1 &&
    lower(cx, cue.a).endsWith('ing') &&
    PARTICIPLE_LEAD.has(lower(cx, before)) &&
    isComma(cx, before - 1) &&
    cue.b < b &&
    PARTICIPLE_LEAD_CLAUSE.has(lower(cx, cue.b))
  ) {
    before--;
    why.push(PARTICIPLE_LEAD_WORDS.id);
  }
  // "told Reuters": after a verb of telling the phrase on the right is the one told, never the source.
  const tell = cue.b - cue.a === 1 && TELL.has(lower(cx, cue.a));
  // "praised the decision": a verb of judgement or labelling has its object on the right.
  const afterQuote = before >= a && cx.q.role[before] === QRole.Close;
  // "…, accused Gov. Laura Mendes of …": the person blamed, not the source (row speaker.inverted.blame-object).
  const objectRight = OBJECT_ON_RIGHT.has(cue.complement);
  const rightNp = cue.subjectOnly || tell || objectRight ? undefined : npRightOf(cx, cue.b, b, true);
  const rightRaw = rightNp && !afterQuote && blameCue(cue) && blamedOf(cx, rightNp, b) ? undefined : rightNp;
  // '"…," said Hilma Shikongo of the Namibian Environment Forum': the person, not the body after
  // "of" (row speaker.inverted.of-affiliation).
  // '"…," said Thandi Mbatha of the regional health office' (row speaker.inverted.of-lowercase-body).
  const ofBody =
    rightRaw && (affiliationAfter(cx, rightRaw, b) || (afterQuote ? lowercaseBodyAfter(cx, rightRaw, b) : undefined));
  // '"…," said one of the workers' (row speaker.inverted.of-phrase).
  // "…, said one of the people, who asked not to be named": a counted part of a group after a
  // plain comma (row speaker.inverted.of-phrase.after-comma).
  const countOf =
    !ofBody &&
    !afterQuote &&
    rightRaw &&
    rightRaw.b - rightRaw.a === 1 &&
    before >= a &&
    isComma(cx, before) &&
    COUNT_OF_HEADS.has(lower(cx, rightRaw.a))
      ? closingCountOf(cx, ofPhraseAfter(cx, rightRaw, b), b)
      : undefined;
  // "…, said the head of the union." (row speaker.inverted.of-phrase.role-after-comma).
  const roleOf =
    !ofBody &&
    !afterQuote &&
    !countOf &&
    rightRaw &&
    rightRaw.b - rightRaw.a === 2 &&
    before >= a &&
    isComma(cx, before) &&
    ARTICLES.has(lower(cx, rightRaw.a)) &&
    ROLE_OF_HEADS.has(lower(cx, rightRaw.a + 1))
      ? closingCountOf(cx, ofPhraseAfter(cx, rightRaw, b), b)
      : undefined;
  const ofPhrase =
    (!ofBody && afterQuote && rightRaw ? ofPhraseAfter(cx, rightRaw, b) : undefined) ?? countOf ?? roleOf;
  const right = ofBody || ofPhrase || rightRaw;
  // '"…," said Interior Minister Élisabeth Baume at a news conference': a named source may be
  // followed by an adjunct of place, time or occasion.
  const rightAdjunct =
    !!right &&
    // « … », said: the comma may stand after the closing mark.
    (afterQuote || (before > a && isComma(cx, before) && cx.q.role[before - 1] === QRole.Close)) &&
    right.b < b &&
    t.kind[right.b] === Kind.Word &&
    INVERTED_ADJUNCT.has(lower(cx, right.b)) &&
    hasMentionIn(cx, right);
  const rightEnds =
    right &&
    (right.b >= b ||
      t.kind[right.b] === Kind.Punct ||
      cx.q.role[right.b] === QRole.Open ||
      rightAdjunct ||
      !!ofBody ||
      !!ofPhrase);
  const afterComma = before >= a && (afterQuote || isComma(cx, before));
  // "A nonprofit called Friends of the Earth, said the permit …" (row speaker.subject.stray-comma).
  const stray =
    !countOf &&
    !afterQuote &&
    !lower(cx, cue.a).endsWith('ing') &&
    before >= a &&
    isComma(cx, before) &&
    right &&
    onlyPunctFrom(cx, right.b, b) &&
    !hasMentionIn(cx, right)
      ? subjectBeforeStrayComma(cx, a, before)
      : undefined;
  // After a comma the source may be on either side: prefer the side that names someone.
  const leftAlt = afterComma && !afterQuote ? npLeftOf(cx, before, a) : undefined;
  // "Lt. Gov. Susan Pike, who presides over the Senate, said the House plan “…”": a person on
  // the left outranks an organisation or place on the right, which opens the reported clause.
  const preferLeft =
    !countOf &&
    leftAlt &&
    hasMentionIn(cx, leftAlt) &&
    right &&
    (!hasMentionIn(cx, right) || (hasPersonIn(cx, leftAlt) && !hasPersonIn(cx, right)));
  // A participle ("…, saying the result …") never has its source on the right.
  const participle = lower(cx, cue.a).endsWith('ing');
  if (
    (afterComma || cue.a === a) &&
    right &&
    rightEnds &&
    (speakerLike(cx, right) || !!countOf || !!roleOf) &&
    !(afterComma && !afterQuote && indefiniteThing(cx, cue, right, a, before)) &&
    !preferLeft &&
    !participle &&
    !stray
  ) {
    np = right;
    why.push(PATTERN.inverted.id);
    if (rightAdjunct) why.push(PATTERN.invertedAdjunct.id);
    if (ofBody) why.push(PATTERN.invertedOfAffiliation.id);
    if (ofPhrase) why.push(PATTERN.invertedOfPhrase.id);
    if (countOf) why.push(OF_PHRASE_AFTER_COMMA.id);
    if (roleOf) why.push(ROLE_OF_AFTER_COMMA.id);
    // '"…," recalled Diaz's wife, Rosa.': the name in apposition after the description.
    if (np.b < b && isComma(cx, np.b)) {
      let hasPerson = false;
      for (let i = np.a; i < np.b; i++) {
        // A possessor ("Diaz's") does not name the speaker.
        if (personAt(cx, i)) {
          const e = mentionEnd(cx, i, np.b);
          if (!(e < np.b && t.kind[e] === Kind.Poss)) hasPerson = true;
        }
      }
      // '"…," said the study's lead author, Dr. Wen-Hsuan Lin.': past a courtesy or academic title.
      const nameAt = pastHonorific(cx, np.b + 1, b);
      if (!hasPerson && personAt(cx, nameAt)) {
        const e = mentionEnd(cx, nameAt, b);
        if (e >= b || t.kind[e] === Kind.Punct) np = { a: nameAt, b: e };
      }
    }
    content = quoteBefore(cx, a, before + 1) ?? (before > a ? span(cx, a, trimEnd(cx, a, before + 1)) : undefined);
    into.np = np;
    into.content = content;
  } else sourceOnLeft(cx, cue, a, b, before, participle, stray, why, into);
}

const DESCRIPTION_OPENERS: ReadonlySet<string> = new Set(APPOSITIVE_DESCRIPTION_NO_CONTENT.value.openers);
const DESCRIPTION_ROLE_HEADS: ReadonlySet<string> = new Set(APPOSITIVE_DESCRIPTION_NO_CONTENT.value.roleHeads);
const DESCRIPTION_PLACE_LINKS: ReadonlySet<string> = new Set(APPOSITIVE_DESCRIPTION_NO_CONTENT.value.placeLinks);

/** The head of a description ending at token `end` ("chair" in "Its chair in South Wales"): past a place tied by "in/at/for". */
function descriptionHead(cx: CCtx, end: number, a: number): number {
  const { t } = cx;
  if (!(t.flags[end] & Flag.Cap)) return end;
  let j = end;
  while (j - 1 > a && t.kind[j - 1] === Kind.Word && t.flags[j - 1] & Flag.Cap) j--;
  return j - 2 >= a && DESCRIPTION_PLACE_LINKS.has(lower(cx, j - 1)) ? j - 2 : end;
}

const roleHead = (w: string): boolean =>
  personNounOrPlural(w) ||
  DESCRIPTION_ROLE_HEADS.has(w) ||
  (w.endsWith('s') && DESCRIPTION_ROLE_HEADS.has(w.slice(0, -1)));

/**
 * Row speaker.appositive.description-no-content: where the words before the speaker `np` end when
 * it is a name set off by commas after a description ("The plan is dead, the chairman, Tom Reed,
 * told …"): at the description's first word (an article or a possessive, or a word before "'s").
 * Else `np.a`.
 */
function descriptionBefore(cx: CCtx, np: NP, a: number): number {
  const { t } = cx;
  if (np.a - 2 < a || !isComma(cx, np.a - 1) || np.b >= t.count || !isComma(cx, np.b)) return np.a;
  // The description's head is a noun for a person or a role ("chairman", "chief executive"); "The
  // road floods every winter, Ann Cole, …" is a tag's content.
  const head = t.kind[np.a - 2] === Kind.Word ? descriptionHead(cx, np.a - 2, a) : -1;
  if (head < a || t.kind[head] !== Kind.Word || !roleHead(lower(cx, head))) return np.a;
  let k = np.a - 2;
  while (k > a && (t.kind[k - 1] === Kind.Word || t.kind[k - 1] === Kind.Poss)) k--;
  if (k > a && !isComma(cx, k - 1)) return np.a;
  let possessed = false;
  for (let j = k; j < np.a - 1; j++) if (t.kind[j] === Kind.Poss) possessed = true;
  return possessed || DESCRIPTION_OPENERS.has(lower(cx, k)) ? k : np.a;
}

/** The token after an honorific ("Dr.", "Ms", "Prof.") at token `i`, with its point; else `i`. */
function pastHonorific(cx: CCtx, i: number, b: number): number {
  if (i >= b || cx.t.kind[i] !== Kind.Word || !HONORIFIC_WORDS.has(lower(cx, i))) return i;
  return i + 1 < b && cx.text.charCodeAt(cx.t.start[i + 1]) === 46 && cx.t.kind[i + 1] === Kind.Punct ? i + 2 : i + 1;
}

/** The source on the left of a verb cue, past adjuncts, appositives and coordinated verbs, and the content. */
function sourceOnLeft(
  cx: CCtx,
  cue: Cue,
  a: number,
  b: number,
  before: number,
  participle: boolean,
  stray: NP | undefined,
  why: string[],
  into: Found,
): void {
  const { t } = cx;
  let np: NP | undefined;
  let content: TextSpan | undefined;
  let colonQuote: TextSpan | undefined;
  // "In a post on X, union leader Joe Ryan criticised the board, writing that …": a
  // participle's source is the main clause's subject, past an opening adjunct.
  const afterDocument = participle && cue.why.includes(DOCUMENT_SAYING.id);
  // 'dismissed the poll as "a snapshot," saying …': the comma may sit inside the closing mark.
  const comma = participle ? commaInsideClose(cx, before, a) : before;
  const mainSubject =
    participle && comma > a && isComma(cx, comma)
      ? subjectPastAdjunct(cx, a, comma)
      : afterDocument
        ? subjectBeforeVerb(cx, a, before)
        : undefined;
  // Before a participle, the quoted words left of the comma are never its source.
  // Nor is what stands before "and"/"but" ("It welcomed the probe but warned …"): that is a
  // coordinated verb, which shares the sentence's subject (below).
  const coordinated = before >= a && /^(and|but)$/.test(lower(cx, before));
  // "The ruling prompted the union to warn that …" (row cue.infinitive.prompted-object, claims43).
  const prompted = cue.why.includes(PROMPTED_OBJECT.id) ? promptedObject(cx, a, cue.a - 1) : undefined;
  np =
    prompted ??
    stray ??
    mainSubject ??
    ((participle && comma < before) || coordinated ? undefined : npLeftOf(cx, commaInsideClose(cx, before, a), a));
  if (np && !mainSubject && !stray && !prompted) np = trimSubject(cx, np);
  // "Marchers carried placards reading "…"": the placards speak (row cue.verb.read.document.slogan-folds).
  if (cue.why[0] === READ_SLOGAN.id && lower(cx, cue.a) === 'reading') np = { a: cue.a - 1, b: cue.a };
  // "Documents seen by Reuters show …" (row speaker.subject.evidence-seen-by).
  const seenBy = np || !cue.why.includes(EVIDENCE_SHOWS.id) ? -1 : evidenceSeenBy(cx, a, cue.a);
  if (seenBy >= 0) {
    np = { a: seenBy, b: cue.a };
    why.push(EVIDENCE_SEEN_BY.id);
  }
  // "A poll published on Monday by the Daily Courier showed that …": the study that opens the
  // sentence, with its participle and agent, is the subject (row speaker.subject.research-participle, claims43).
  if (
    !np &&
    RESEARCH_PARTICIPLE.value &&
    cue.why.includes(RESEARCH_FINDS.id) &&
    researchOpens(cx, a, cue.a) &&
    agentOrParticipleIn(cx, a, cue.a)
  ) {
    np = { a, b: cue.a };
    why.push(RESEARCH_PARTICIPLE.id);
  }
  if (stray) why.push(PATTERN.subjectStrayComma.id);
  else if (np) why.push(mainSubject ? PATTERN.participle.id : PATTERN.subject.id);
  // A row that read the subject and records itself (NP.rule).
  if (np?.rule) why.push(np.rule);
  // "The Ministry of Energy, Water Resources and Irrigation said" (row speaker.subject.body-of-list).
  const body = np && !mainSubject && !stray ? bodyOfList(cx, np, a) : undefined;
  if (body) {
    np = body;
    why.push(SUBJECT_BODY_OF_LIST.id);
  }
  // "…, the Meteorology, Climatology and Geophysical Agency (BMKG) said" (row speaker.subject.name-across-comma).
  const across = np && !body && !mainSubject && !stray ? nameAcrossComma(cx, np, a) : undefined;
  if (across) {
    np = across;
    why.push(NAME_ACROSS_COMMA.id);
  }
  // "The NLC President, Joe Ajaero, told …": the name in apposition is the speaker.
  // Not after "Relatives of the victim,": the name is the victim's (row
  // speaker.noun-of-person.plural-head-appositive).
  const appos = np && !stray && !pluralHeadAppositive(cx, np.a, np.b) && appositiveName(cx, np, before);
  if (appos) {
    np = appos;
    why.push(PATTERN.appositive.id);
    if (KIND_CALLED.links.has(lower(cx, appos.a - 1))) why.push(APPOSITIVE_KIND_CALLED.id);
  }
  // "Johnson … called the measure dead and said …": a coordinated verb shares the subject.
  if (!np && before >= a && /^(and|but)$/.test(lower(cx, before))) {
    // "In a televised address, President Soto declared … and said …": past an opening adjunct.
    np = leadingSubject(cx, a, before) ?? subjectPastAdjunct(cx, a, before) ?? leadingPronoun(cx, a, before);
    // "So he contacted me and said …", "Jimmy called me and said …" (row speaker.coordinated-verb.lone-subject).
    const lone = np ? undefined : loneSubject(cx, a, before);
    if (lone) {
      np = lone;
      why.push(COORDINATED_LONE_SUBJECT.id);
    }
    // "The crown fell after the Riksbank cut … and said …" (row speaker.coordinated-verb.subordinate-subject, claims34).
    const sub = np ? undefined : subordinateSubject(cx, a, before);
    if (sub) {
      np = sub;
      why.push(COORDINATED_SUBORDINATE.id);
    }
    // "Two days later, the minister … and said …" (row speaker.coordinated-verb.after-time-adjunct).
    let past = np ? -1 : pastTimeAdjunct(cx, a, before);
    let pastRow = AFTER_TIME_ADJUNCT.id;
    // "In a statement, the company apologised and said …" (row speaker.coordinated-verb.after-opening-adjunct, lead 60).
    if (!np && past <= a) {
      past = pastOpeningAdjunct(cx, a, before);
      pastRow = AFTER_OPENING_ADJUNCT.id;
    }
    if (past > a) {
      np = leadingSubject(cx, past, before) ?? leadingPronoun(cx, past, before);
      // "In a statement, the union's leadership welcomed … but urged …": a possessed noun with no
      // name in apposition is left to the reading below, which keeps it whole.
      if (
        np &&
        pastRow === AFTER_OPENING_ADJUNCT.id &&
        cx.t.kind[np.b] === Kind.Poss &&
        !possessedAppositive(cx, np.b, before)
      )
        np = undefined;
      if (np) why.push(pastRow);
    }
    // "Police arrested two men and said …" (row speaker.coordinated-verb.plural-subject).
    const plural = np ? undefined : pluralOpening(cx, past > a ? past : a, before);
    if (plural) {
      np = plural;
      why.push(PATTERN.coordinated.id, PLURAL_SUBJECT.id);
    } else if (np) {
      why.push(PATTERN.coordinated.id);
      // "The WHO's representative, Dr. Nadia Hamid, praised … but warned": the name in
      // apposition after the possessor's noun, as for a participle below.
      const poss = possIn(cx, np);
      const appos = possessedAppositive(cx, poss, before);
      if (appos) {
        np = appos;
        why.push(PATTERN.coordinatedAppositive.id);
        if (poss + 1 < before && TITLES.has(lower(cx, poss + 1))) why.push(PATTERN.coordinatedPossessedTitle.id);
      } else {
        // "After the match, the Chelsea captain, Reece James, thanked fans and said …": the name in
        // apposition (row speaker.coordinated-verb.after-opening-adjunct.appositive-person).
        const named = appositivePersonBefore(cx, np, before);
        if (named) {
          np = named;
          why.push(ADJUNCT_APPOSITIVE_PERSON.id);
        }
      }
    }
    // No subject found at the start ("… exclaim that …, but confirm that …"): the phrase
    // before the conjunction, as before.
    else if (coordinated && (np = npLeftOf(cx, before, a))) {
      np = trimSubject(cx, np);
      why.push(PATTERN.subject.id);
    }
  }
  // "Modi thanked voters in a post, saying …": the participle shares the sentence's subject.
  if (!np && comma > a && isComma(cx, comma) && participle) {
    np = leadingSubject(cx, a, comma);
    // "Stein's campaign manager, Olivia Grant, dismissed …, saying": the possessor is not the
    // subject; the name in apposition after the description is.
    const poss = np ? (np.b < comma && t.kind[np.b] === Kind.Poss ? np.b : possIn(cx, np)) : -1;
    if (np && poss >= 0 && poss < comma) np = possessedAppositive(cx, poss, comma) ?? np;
    if (np) why.push(PATTERN.participle.id);
  }
  // "Like President Luis Costa, the governors … said": the opening word refused as a portfolio (row
  // speaker.subject.portfolio-before-title.not-function-word) is shown.
  if (np && np.a > a && NOT_PORTFOLIO.has(lower(cx, a)) && portfolioTitle(cx, a, np.a, true) > 0)
    why.push(PORTFOLIO_NOT_FUNCTION_WORD.id);
  // "The counties of Bihor, Mureș and Iași reported …": the whole list (row speaker.subject.list-of-names).
  const list = np ? listOfNames(cx, np, a) : undefined;
  if (list) {
    np = list;
    why.push(LIST_OF_NAMES.id);
  }
  let after = skipThat(cx, cue.b, b);
  // "The chairman, Tom Reed, told reporters …": the description the name stands beside is no
  // content before a tag (row speaker.appositive.description-no-content).
  const tailEnd = np ? descriptionBefore(cx, np, a) : a;
  const tail = np && tailEnd > a + 2 ? trimEnd(cx, a, tailEnd) : -1;
  const qb = np ? (quoteBefore(cx, a, rolesBefore(cx, a, np.a)) ?? openingQuote(cx, a, np.a)) : undefined;
  const nothingAfter = !hasWord(cx, after, b);
  if (qb) content = qb;
  else if (
    tail > a &&
    (nothingAfter || adjunctOnly(cx, after, b) || addresseeOnly(cx, cue, after, b) || linkAfterTag(cx, cue.b, b))
  )
    content = span(cx, a, tail);
  else if (tail > a && np && isComma(cx, np.a - 1) && adjunctChain(cx, after, b)) {
    content = span(cx, a, tail);
    why.push(ADJUNCT_CHAIN.id);
  } else if (nothingAfter) content = undefined;
  // "The senator conceded shortly before midnight.": nothing said (row claim.content.adjunct-only).
  // A phrasal cue keeps its target ("hit back at his critics on Sunday").
  else if (ADJUNCT_ONLY_CONTENT.value && cue.b - cue.a === 1 && tail <= a && !qb && adjunctOnlyAfterCue(cx, after, b))
    content = undefined;
  else if ((colonQuote = quoteAfterColon(cx, after, b))) {
    content = colonQuote;
    why.push(PATTERN.colonContent.id);
  } else if (after < b) {
    // "As the minister said on Monday, the rules are clear": the time is the cue's (row
    // claim.content.as-said.time-before-comma).
    const pastTime = np ? asSaidTimeEnd(cx, a, np, cue, after, b) : -1;
    if (pastTime > after) {
      after = pastTime;
      why.push(AS_SAID_TIME.id);
    }
    // "The senator, who said the law was unfair, voted …" (row claim.content.relative-clause-ends).
    const end = relativeContentEnd(cx, a, cue.a, after, b);
    if (end < b) why.push(RELATIVE_CONTENT_ENDS.id);
    content = span(cx, after, trimEnd(cx, after, end));
  } else if (tail > a) content = span(cx, a, tail);
  // "Neither government would say whether …": nothing said (row claim.negated-cue.negative-subject).
  if (np && content && !qb && negativeSubjectSaysNothing(cx, np.a, np.b, cue.b - 1)) content = undefined;
  // "Nothing has emerged which suggests …": a thing pronoun is no source (row speaker.subject.indefinite-thing).
  if (np && content && np.b - np.a === 1 && INDEFINITE_THING.value.includes(lower(cx, np.a))) content = undefined;
  into.np = np;
  into.content = content;
}

/** Claim of a sentence with a cue: its source and content, or undefined when there is no source. */
function claimWithCue(cx: CCtx, state: SpeakerState, k: number, a: number, b: number, cue: Cue): Claim | undefined {
  const cueText = cueTextOf(cx, cue.a, cue.b);
  // A loop, not map with a closure: a closure made per call is a new call target each time.
  const why: string[] = [];
  for (let x = 0; x < cue.why.length; x++) why.push(ruleWhy(cue.why[x], cueText));
  const found = FOUND;
  found.np = undefined;
  found.content = undefined;
  if (cue.kind === 'according') sourceAccording(cx, cue, a, b, why, found);
  else if (cue.source) sourceQuotedAs(cx, cue, cue.source, b, why, found);
  else if (cue.kind === 'passive') {
    found.content = span(cx, a, b);
    why.push(PATTERN.passive.id);
  } else sourceOfVerb(cx, cue, a, b, why, found);
  const np = found.np,
    content = found.content;
  let speaker: Speaker | null = null;
  if (cue.kind !== 'passive') {
    if (!np) return undefined;
    // "Omar Haddad called on Monday to complain.": a cue with nothing said is no claim.
    if (!content && cue.kind === 'verb' && !cue.subjectOnly) return undefined;
    // "Hardy has not commented publicly.": a denied act of saying, with nothing said.
    if (cue.kind === 'verb' && negatedEmpty(cx, cue, a, b)) return undefined;
    // "has not confirmed the shutdown" (row claim.negated-cue.plain-object).
    if (cue.kind === 'verb' && negatedPlainObject(cx, cue, a, b)) return undefined;
    // "They told the story well" (row claim.tell.thing-told).
    if (cue.kind === 'verb' && tellsThingOnly(cx, cue, b)) return undefined;
    // "What do you say to them?" (row claim.question.asks-for-speech).
    if (cue.kind === 'verb' && asksForSpeech(cx, cue, a, b)) return undefined;
    // "He felt a sense of doom" (row claim.feel.plain-object).
    if (cue.kind === 'verb' && feelsPlainObject(cx, cue, a, b)) return undefined;
    // "The dairy recalled 40,000 pots" (row claim.recall.quantity-object).
    if (cue.kind === 'verb' && recallsQuantity(cx, cue, b)) return undefined;
    // A verb of praise or blame attributes only with a speaker-like subject ("Critics praised").
    if (cue.complement === 'object' && !speakerLike(cx, np)) return undefined;
    // "The move signalled that …": some cues want a source, not an event, as subject.
    if (cue.why.some((id) => SOURCE_SUBJECT_CUES.has(id)) && !sourceSubject(cx, np)) return undefined;
    // "The storm threatened to flood the valley" (row guard.promise.thing-subject).
    if (cue.why.some((id) => PROMISE_CUES.has(id)) && thingSubject(cx, np)) return undefined;
    // "These results indicate a shift": a thing with a plain object states nothing said (claims26b).
    if (thingWithPlainObject(cx, cue, np, a, b)) return undefined;
    // "a deal that analysts said would weaken …": the relative clause's own subject speaks.
    const inner = cue.kind === 'verb' && !cue.source ? objectRelativeSubject(cx, np, cue.a, cue.b, why) : undefined;
    speaker = resolveSpeaker(cx, inner ?? np, state, k, why);
    // "Residents who lost their homes said": the speaker as written keeps its relative clause (claims26b).
    if (speaker && !inner && cue.kind === 'verb' && !cue.source)
      speaker = withRelativeClause(cx, speaker, np, cue.a, why);
  } else if (cue.why.includes(IMPERSONAL_THAT.id)) {
    // "in the study by Hein and colleagues it was found that …" (row cue.passive.impersonal-that).
    // "It was announced by the ministry that …" (row cue.passive.impersonal-that.agent-after).
    const after = impersonalAgent(cx, cue);
    const by = after ?? agentBeforeIt(cx, a, cue.a - 1);
    if (after) why.push(IMPERSONAL_AGENT_AFTER.id);
    if (by) speaker = resolveSpeaker(cx, by, state, k, why);
  }
  const sp = span(cx, a, b);
  return {
    id: '',
    start: sp.start,
    end: sp.end,
    text: sp.text,
    content: content ?? sp,
    cue: cueSpan(cx, cue, cueText),
    kind: kindOf(cx, content ?? sp, a, b),
    direct: false,
    hedged: cue.hedged,
    speaker,
    why,
  };
}

const OBJECT_OPENERS: ReadonlySet<string> = new Set(POSSESSOR_PAST_VERB.value.objectOpeners);
/**
 * A lowercase past in -ed at `g` followed by what opens an object — a capitalised word, an article
 * or possessive, an object pronoun (row speaker.subject.possessor-description.past-verb).
 */
function pastVerbBeforeObject(cx: CCtx, g: number, limit: number): boolean {
  if (g + 1 >= limit || !/[a-z]ed$/.test(lower(cx, g)) || cx.t.kind[g + 1] !== Kind.Word) return false;
  // "France's newly appointed Prime Minister": after an adverb in -ly right after the possessive
  // the form is a participle (row speaker.subject.possessor-description.titled-holder); after a
  // noun it is the verb ("Chelsea's fans loudly booed Coach John Smith"; review, stop 51).
  if (
    g > 1 &&
    cx.t.kind[g - 1] === Kind.Word &&
    cx.t.kind[g - 2] === Kind.Poss &&
    POSSESSOR_PARTICIPLE_ADVERB.test(lower(cx, g - 1))
  )
    return false;
  return (cx.t.flags[g + 1] & Flag.Cap) !== 0 || OBJECT_OPENERS.has(lower(cx, g + 1));
}

const POSSESSOR_PARTICIPLE_ADVERB = new RegExp(POSSESSOR_TITLED_HOLDER.value.adverb);
/** Capitalised titles from token `g` and then a person: the person's token, else -1 (row speaker.subject.possessor-description.titled-holder). */
function titlesThenPerson(cx: CCtx, g: number, limit: number): number {
  let h = g;
  while (
    h < limit &&
    h - g < POSSESSOR_TITLED_HOLDER.value.maxTitles &&
    !startsMention(cx, h) &&
    ((cx.t.flags[h] & Flag.Cap && TITLES.has(lower(cx, h))) ||
      // "Secretary of State": a portfolio after "of".
      (h > g && lower(cx, h) === 'of' && cx.t.flags[h + 1] & Flag.Cap) ||
      (h > g && lower(cx, h - 1) === 'of' && cx.t.flags[h] & Flag.Cap))
  )
    h++;
  return h > g && h < limit && personAt(cx, h) ? h : -1;
}

const AGENT_CLAUSE_ENDS: ReadonlySet<string> = new Set(AGENT_OWN_CLAUSE.value.conjunctions);
/**
 * "in the study by Hein and colleagues it was found": the phrase after the last "by" before the
 * "it" at `it`, of at most six words and no punctuation but a comma closing it (row
 * cue.passive.impersonal-that).
 */
function agentBeforeIt(cx: CCtx, a: number, it: number): NP | undefined {
  let e = it;
  if (e - 1 > a && isComma(cx, e - 1)) e--;
  // "… was carried out by the council and it was found": the "by" phrase ends its own clause
  // (row cue.passive.impersonal-that.agent-own-clause).
  if (e - 1 > a && AGENT_CLAUSE_ENDS.has(lower(cx, e - 1))) return undefined;
  for (let i = e - 1; i >= a && e - i <= 7; i--) {
    if (cx.t.kind[i] !== Kind.Word) return undefined;
    if (lower(cx, i) === 'by') return i + 1 < e ? { a: i + 1, b: e } : undefined;
  }
  return undefined;
}

/**
 * A second attribution after the first cue, with a source of its own to its left: "X said the
 * plan was sound, but Y argued it would fail", "X said that Y believes …". Its span runs from its
 * source to the end of the sentence.
 */
function secondClaim(
  cx: CCtx,
  state: SpeakerState,
  k: number,
  first: Cue,
  b: number,
  firstClaim: Claim,
): Claim | undefined {
  // "According to X, A; X also said B" (row claim.second-cue.after-according).
  if ((first.kind !== 'verb' && first.kind !== 'according') || first.b >= b - 2) return undefined;
  let any = false;
  for (let i = first.b + 1; i < b && !any; i++) any = cx.cand[i] === 2 && cx.q.of[i] < 0;
  if (!any) return undefined;
  const cue = findCue(cx, first.b, b);
  if (!cue || cue.kind !== 'verb' || cue.a <= first.b) return undefined;
  // "disputed that the figures showed …": what a study found is part of the first claim.
  if (cue.why.includes(RESEARCH_FINDS.id)) return undefined;
  // "said A, and added that B": a coordinated verb shares the first cue's subject; it is a
  // second claim only when the first verb reported a clause of its own (row
  // claim.second-cue.coordinated), not in "acknowledged the risk but insisted …".
  const conj = conjunctionBefore(cx, cue.a, first.b);
  if (conj >= 0) return coordinatedSecond(cx, first, firstClaim, cue, conj, b, COORDINATED_SECOND_CUE.id);
  // "said A, adding that B" (row claim.second-cue.participle).
  if (cue.a - 1 > first.b && isComma(cx, cue.a - 1) && PARTICIPLE_SECOND.has(lower(cx, cue.a)))
    return coordinatedSecond(cx, first, firstClaim, cue, cue.a - 1, b, PARTICIPLE_SECOND_CUE.id);
  // "The mayor, who said A, added that B" (row claim.second-cue.after-relative-clause).
  const closing = relativeClosingComma(cx, firstClaim, first, cue);
  if (closing >= 0) return coordinatedSecond(cx, first, firstClaim, cue, closing, b, RELATIVE_SECOND.id);
  if (/^(and|but|or|then)$/.test(lower(cx, cue.a - 1))) return undefined;
  const np0 = npLeftOf(cx, cue.a - 1, first.b);
  // "Police said the storm forced officials to warn that …": the object of the verb of causing is
  // the source, as in a first claim (row claim.second-cue.prompted-object, claims44).
  const prompted = cue.why.includes(PROMPTED_OBJECT.id) ? promptedObject(cx, first.b, cue.a - 1) : undefined;
  const subject = np0 && trimSubject(cx, np0);
  const np = prompted ?? subject;
  // "… and said", "…, saying": the same source again, not a second one.
  if (!np || !speakerLike(cx, np) || !sourceLike(cx, np) || lower(cx, cue.a).endsWith('ing')) return undefined;
  if (!prompted && boundPronoun(cx, np, first.b)) return undefined;
  const after = skipThat(cx, cue.b, b);
  if (!hasWord(cx, after, b)) return undefined;
  const cueText = cueTextOf(cx, cue.a, cue.b);
  const why = [...cue.why.map((r) => ruleWhy(r, cueText)), PATTERN.secondCue.id, PATTERN.subject.id];
  if (prompted) why.push(SECOND_PROMPTED.id);
  const speaker = resolveSpeaker(cx, np, state, k, why);
  // The claim still opens at the subject of the verb of causing ("the storm forced …").
  return reportedClaim(cx, Math.min(np.a, subject?.a ?? np.a), cue, cueText, after, b, speaker, why);
}
const RELATIVE_ENDS_ADVERB_SET: ReadonlySet<string> = new Set(RELATIVE_ENDS_ADVERB.value.adverbs);
/**
 * Row claim.second-cue.after-relative-clause: the first claim's cue stood in a relative clause set
 * off by commas, its content ended at the closing comma (row claim.content.relative-clause-ends),
 * and the second cue is the main clause's verb right after that comma (past one adverb): "The
 * mayor, who said the bridge was safe, added that repairs would start". The comma's index, or -1.
 */
function relativeClosingComma(cx: CCtx, firstClaim: Claim, first: Cue, cue: Cue): number {
  if (!RELATIVE_SECOND.value || !firstClaim.why.includes(RELATIVE_CONTENT_ENDS.id)) return -1;
  let c = cue.a - 1;
  const w = lower(cx, c);
  if (c > first.b && cx.t.kind[c] === Kind.Word && (RELATIVE_ENDS_ADVERB_SET.has(w) || /^[a-z]{3,}ly$/.test(w))) c--;
  if (c <= first.b || !isComma(cx, c)) return -1;
  const end = firstClaim.content.end;
  return end <= cx.t.start[c] && end >= cx.t.end[c - 1] ? c : -1;
}

/** A second claim reported without quotation marks: tokens [from, b), its content from `after`. */
function reportedClaim(
  cx: CCtx,
  from: number,
  cue: Cue,
  cueText: string,
  after: number,
  b: number,
  speaker: Claim['speaker'],
  why: string[],
): Claim {
  const whole = span(cx, from, trimEnd(cx, from, b)),
    content = span(cx, after, trimEnd(cx, after, b));
  return {
    id: '',
    start: whole.start,
    end: whole.end,
    text: whole.text,
    content,
    cue: cueSpan(cx, cue, cueText),
    kind: kindOf(cx, content, after, b),
    direct: false,
    hedged: cue.hedged,
    speaker,
    why,
  };
}

const COORD = {
  conjunctions: new Set(COORDINATED_SECOND_CUE.value.conjunctions),
  between: new Set(COORDINATED_SECOND_CUE.value.between),
  finite: new Set(COORDINATED_SECOND_CUE.value.finite),
};
/** The "and"/"but" right before a cue (past one adverb: "and also said"), after `from`; else -1. */
function conjunctionBefore(cx: CCtx, cueA: number, from: number): number {
  let j = cueA - 1;
  if (j > from && cx.t.kind[j] === Kind.Word && COORD.between.has(lower(cx, j))) j--;
  return j > from && cx.t.kind[j] === Kind.Word && COORD.conjunctions.has(lower(cx, j)) ? j : -1;
}
/** The first cue is a label verb whose quotation closes before the conjunction at `conj` (row claim.second-cue.after-label). */
function labelQuotedBefore(cx: CCtx, first: Cue, conj: number): boolean {
  if (!first.why.includes(SECOND_AFTER_LABEL.value.labelRow)) return false;
  for (let i = first.b; i < conj; i++) if (cx.q.role[i] === QRole.Close) return true;
  return false;
}
/** A finite verb form (row claim.second-cue.coordinated's `finite`) among tokens [a, b). */
function finiteIn(cx: CCtx, a: number, b: number): boolean {
  for (let i = a; i < b; i++)
    if ((cx.t.kind[i] === Kind.Word || cx.t.kind[i] === Kind.Poss) && COORD.finite.has(lower(cx, i))) return true;
  return false;
}
/**
 * Row claim.second-cue.coordinated: "X said A, and added that B" — the verb after the
 * conjunction reports B with the first claim's source, when the words between the first verb and
 * the conjunction are a clause (a finite verb among them), not a plain object.
 */
function coordinatedSecond(cx: CCtx, first: Cue, firstClaim: Claim, cue: Cue, conj: number, b: number, rowId: string) {
  if (!firstClaim.speaker || cue.kind !== 'verb') return undefined;
  // 'called the deal "a betrayal" and said …': the label's quotation is a report of its own (row
  // claim.second-cue.after-label).
  // "denied the claims and said the plan was lawful": after a plain object, a second cue that
  // reports a clause of its own (row claim.second-cue.coordinated.after-object).
  const afterObject =
    SECOND_AFTER_OBJECT.value.conjunctions.includes(lower(cx, conj)) &&
    plainObject(cx, first.b, conj) &&
    finiteIn(cx, skipThat(cx, cue.b, b), b);
  // "The coach, who told players to stay calm, warned …": a relative clause's closing comma bounds
  // the first claim, finite or not (row claim.second-cue.after-relative-clause.infinitive-folds).
  const afterRelative = RELATIVE_SECOND_INFINITIVE.value && rowId === RELATIVE_SECOND.id;
  if (!finiteIn(cx, first.b, conj) && !labelQuotedBefore(cx, first, conj) && !afterObject && !afterRelative)
    return undefined;
  const after = skipThat(cx, cue.b, b);
  if (!hasWord(cx, after, b)) return undefined;
  // "…, stating her reasons": a participle reports only a clause.
  if (rowId === PARTICIPLE_SECOND_CUE.id && !finiteIn(cx, after, b)) return undefined;
  const cueText = cueTextOf(cx, cue.a, cue.b);
  const why = [
    ...cue.why.map((r) => ruleWhy(r, cueText)),
    rowId,
    ...firstClaim.why.filter((w) => w.startsWith('speaker.')),
  ];
  if (afterObject) why.push(SECOND_AFTER_OBJECT.id);
  return reportedClaim(cx, cue.a, cue, cueText, after, b, { ...firstClaim.speaker }, why);
}
/**
 * The first claim's content ends where the second claim's clause begins ("…, and added", "…; Haddad
 * also said", "…, but Y argued"): after punctuation or a conjunction, never inside a clause the
 * first source reported ("X said that Y believes …" keeps its whole content).
 */
function cutContentBefore(cx: CCtx, claim: Claim, second: Claim, cue: Cue) {
  if (claim.content.end <= second.start) return;
  let e = tokenAt(cx, second.start);
  // "said A but warned that B": the look for "that" after the first verb reached the second
  // verb's; the first content is what stands between the two verbs.
  const own = claim.content.start >= second.start && cue.kind === 'verb' && e > cue.b;
  if (claim.content.start >= second.start && !own) return;
  const a = own ? cue.b : tokenAt(cx, claim.content.start);
  const w = lower(cx, e - 1);
  if (cx.t.kind[e - 1] !== Kind.Punct && !COORD.conjunctions.has(w) && !COORD.between.has(w) && !CONTRAST.has(w))
    return;
  while (
    e > a &&
    (cx.t.kind[e - 1] === Kind.Punct ||
      COORD.conjunctions.has(lower(cx, e - 1)) ||
      COORD.between.has(lower(cx, e - 1)) ||
      CONTRAST.has(lower(cx, e - 1)))
  )
    e--;
  if (e <= a) return;
  claim.content = span(cx, a, e);
  claim.kind = kindOf(cx, claim.content, a, e);
}

const BODY_HEADS: ReadonlySet<string> = new Set(SUBJECT_BODY_OF_LIST.value.heads);
/**
 * "The Ministry of Energy, Water Resources and Irrigation": a subject with "and" in it right after
 * a comma that closes a ministry's "of/for" name is the rest of that name (row
 * speaker.subject.body-of-list); the subject is the whole, from the ministry's name on.
 */
function bodyOfList(cx: CCtx, np: NP, sentFirst: number): NP | undefined {
  const comma = np.a - 1;
  if (comma - 1 <= sentFirst || !isComma(cx, comma) || !(cx.t.flags[np.a] & Flag.Cap)) return undefined;
  let hasAnd = false;
  for (let i = np.a; i < np.b; i++) if (lower(cx, i) === 'and') hasAnd = true;
  if (!hasAnd) return undefined;
  for (let j = comma - 2; j >= sentFirst && comma - j <= SUBJECT_BODY_OF_LIST.value.maxHead; j--) {
    if (!BODY_HEADS.has(lower(cx, j)) || !/^(of|for)$/.test(lower(cx, j + 1))) continue;
    return startsMention(cx, j) && mentionEnd(cx, j, comma) === comma ? { a: j, b: np.b } : undefined;
  }
  return undefined;
}

/**
 * Row speaker.subject.name-across-comma: the subject starts right after a comma that lies inside a
 * name the mention layer found ("the Meteorology, Climatology and Geophysical Agency"): the whole name.
 */
function nameAcrossComma(cx: CCtx, np: NP, sentFirst: number): NP | undefined {
  const comma = np.a - 1;
  if (comma - 1 < sentFirst || !isComma(cx, comma) || startsMention(cx, np.a)) return undefined;
  for (let j = comma - 1; j >= sentFirst && comma - j <= NAME_ACROSS_COMMA.value.maxBefore; j--) {
    const m = mentionAt(cx, j);
    if (m) return m.end >= cx.t.end[np.b - 1] ? { a: j, b: np.b } : undefined;
  }
  return undefined;
}

const SPOKE_TO = new Set(['spoke', 'speaks', 'talked', 'talks', 'spoken']);
/**
 * "Mwanaisha Makame, who has farmed seaweed for 30 years, spoke to reporters on the beach.": the
 * person named as speaking in the sentence just before a quotation paragraph, when that sentence
 * made no claim (row quote.after-spoke-to).
 */
function spokeToBefore(cx: CCtx, k: number, prevSent: number | undefined): { np: NP; verb: number } | undefined {
  const { cs } = cx;
  if (k === 0 || cs.headline[k - 1] || (prevSent !== undefined && prevSent >= k - 1)) return undefined;
  const a = cs.first[k - 1],
    b = cs.last[k - 1];
  for (let i = a + 1; i + 1 < b; i++) {
    if (cx.t.kind[i] !== Kind.Word || !SPOKE_TO.has(lower(cx, i))) continue;
    const next = lower(cx, i + 1);
    if (next !== 'to' && next !== 'with') return undefined;
    const np0 = npLeftOf(cx, i - 1, a);
    const np = np0 && trimSubject(cx, np0);
    return np && hasMentionIn(cx, np) && personAt(cx, np.a) ? { np, verb: i } : undefined;
  }
  return undefined;
}

/** "It welcomed the probe but warned …": a subject pronoun opening the sentence, before a lowercase verb. */
const TIME_ENDS: ReadonlySet<string> = new Set(AFTER_TIME_ADJUNCT.value.timeEnds);
const ADJUNCT_PREPOSITIONS: ReadonlySet<string> = new Set(AFTER_TIME_ADJUNCT.value.prepositions);
/**
 * Row speaker.coordinated-verb.after-time-adjunct: the token after an opening time phrase ending in
 * "later"/"earlier"/"ago" and its comma ("Two days later,"), and after one more comma-closed phrase
 * opening with a preposition ("at a rally in Lima,"); -1 when the sentence opens otherwise.
 */
function pastTimeAdjunct(cx: CCtx, a: number, limit: number): number {
  const { maxTokens } = AFTER_TIME_ADJUNCT.value;
  const commaAfter = (from: number) => {
    for (let k = from; k < limit && k - from <= maxTokens; k++) {
      if (isComma(cx, k)) return k;
      if (cx.t.kind[k] === Kind.Punct || cx.q.of[k] >= 0) return -1;
    }
    return -1;
  };
  const first = commaAfter(a);
  if (first <= a || !TIME_ENDS.has(lower(cx, first - 1))) return -1;
  let past = first + 1;
  const second = past < limit && ADJUNCT_PREPOSITIONS.has(lower(cx, past)) ? commaAfter(past) : -1;
  if (second > past) past = second + 1;
  return past < limit ? past : -1;
}

/**
 * Row claim.content.as-said.time-before-comma: the source at `np` follows "as" ("As the minister
 * said", ", as the minister said"), and a plain time ("on Monday", "last week") runs from `after`
 * to a comma: the token past that comma, or -1.
 */
function asSaidTimeEnd(cx: CCtx, a: number, np: NP, cue: Cue, after: number, b: number): number {
  if (np.a - 1 < a || !AS_SAID_TIME.value.includes(lower(cx, np.a - 1))) return -1;
  // "As the mayor told reporters last week, …": the one told first (row
  // claim.content.as-said.addressee-before-comma).
  const told = AS_TOLD_ADDRESSEE.value && after === cue.b ? toldAddresseeEnd(cx, cue.a, cue.b, b) : after;
  if (told > after && told + 1 < b && isComma(cx, told)) return told + 1;
  const e = plainTimeEnd(cx, told, b);
  return e > after && e + 1 < b && isComma(cx, e) ? e + 1 : -1;
}

/**
 * Row speaker.coordinated-verb.after-opening-adjunct.appositive-person: `np` (with up to three
 * lowercase role words after it) ends at a comma, and a person's name alone runs from it to the next comma before `limit` ("the Chelsea captain, Reece
 * James, thanked …"): that name.
 */
function appositivePersonBefore(cx: CCtx, np: NP, limit: number): NP | undefined {
  if (!ADJUNCT_APPOSITIVE_PERSON.value) return undefined;
  // "the Chelsea captain": the phrase may have stopped at the body's name before its role words.
  let c = np.b;
  while (c < limit && c - np.b < 4 && cx.t.kind[c] === Kind.Word && !(cx.t.flags[c] & Flag.Cap)) c++;
  if (!isComma(cx, c) || c + 2 >= limit) return undefined;
  const f = c + 1;
  if (!personAt(cx, f)) return undefined;
  const e = mentionEnd(cx, f, limit);
  return e < limit && isComma(cx, e) ? { a: f, b: e } : undefined;
}

/**
 * Row speaker.coordinated-verb.after-opening-adjunct: the token after the comma of an adjunct the
 * sentence opens with ("In a statement,", "On Monday,"); -1 when it opens otherwise.
 */
function pastOpeningAdjunct(cx: CCtx, a: number, limit: number): number {
  if (!opensWithAdjunct(cx, a)) return -1;
  for (let k = a + 1; k < limit && k - a <= AFTER_OPENING_ADJUNCT.value.maxTokens; k++) {
    if (isComma(cx, k)) return k + 1 < limit ? k + 1 : -1;
    if (cx.t.kind[k] === Kind.Punct || cx.q.of[k] >= 0) return -1;
  }
  return -1;
}

const PLURAL_DETERMINERS: ReadonlySet<string> = new Set(PLURAL_SUBJECT.value.determiners);
const NOT_VERBS_AFTER_PLURAL: ReadonlySet<string> = new Set(PLURAL_SUBJECT.value.notVerbs);
const PLURAL_TIME_NOUNS: ReadonlySet<string> = new Set(PLURAL_SUBJECT.value.timeNouns);

/**
 * Row speaker.coordinated-verb.plural-subject: the plural noun phrase opening the sentence (past a
 * dateline) when a verb follows it: "Police arrested …", "Many residents left …".
 */
function pluralOpening(cx: CCtx, a: number, limit: number): NP | undefined {
  const f = pastDateline(cx, a, limit);
  let e = f;
  if (e < limit && PLURAL_DETERMINERS.has(lower(cx, e))) e++;
  for (const last = e + PLURAL_SUBJECT.value.maxModifiers; e <= last && e + 1 < limit; e++) {
    const w = lower(cx, e);
    if (cx.t.kind[e] !== Kind.Word || cx.q.of[e] >= 0 || (e > f && startsMention(cx, e))) return undefined;
    if (NOT_VERBS_AFTER_PLURAL.has(w) || PLURAL_TIME_NOUNS.has(w)) return undefined;
    if (!isPluralWord(w)) continue;
    const v = e + 1;
    const next = lower(cx, v);
    if (cx.t.kind[v] !== Kind.Word || cx.t.flags[v] & Flag.Cap || NOT_VERBS_AFTER_PLURAL.has(next)) return undefined;
    // "Police officers arrested …": the head is the last of two plurals.
    if (isPluralWord(next)) continue;
    // "… were polytheistic; their gods … demanded": a new clause, with a subject of its own.
    for (let k = v + 1; k < limit; k++)
      if (cx.t.kind[k] === Kind.Punct && /[;:]/.test(cx.text[cx.t.start[k]])) return undefined;
    return { a: f, b: v };
  }
  return undefined;
}

function leadingPronoun(cx: CCtx, a: number, limit: number): NP | undefined {
  const f = pastDateline(cx, a, limit);
  return f + 1 < limit && /^(he|she|it|they)$/.test(lower(cx, f)) && !(cx.t.flags[f + 1] & Flag.Cap)
    ? { a: f, b: f + 1 }
    : undefined;
}

/** The possessive mark inside `np` (or just past it), or -1. */
function possIn(cx: CCtx, np: NP): number {
  for (let i = np.a; i <= np.b && i < cx.t.count; i++) if (cx.t.kind[i] === Kind.Poss) return i;
  return -1;
}

/** "<possessor>'s campaign manager, Olivia Grant,": the person between the commas after the possessor's noun. */
function possessedAppositive(cx: CCtx, poss: number, limit: number): NP | undefined {
  if (poss < 0) return undefined;
  let c = poss + 1;
  // "Zanzibar's Minister for Blue Economy and Fisheries, …": a capitalised title and its
  // portfolios run to the comma (row speaker.coordinated-verb.possessed-title).
  if (c < limit && cx.t.flags[c] & Flag.Cap && TITLES.has(lower(cx, c))) {
    let e = c + 1;
    while (
      e < limit &&
      e - poss <= 10 &&
      cx.t.kind[e] === Kind.Word &&
      (cx.t.flags[e] & Flag.Cap || /^(for|of|and|the)$/.test(lower(cx, e)))
    )
      e++;
    if (e < limit && isComma(cx, e)) c = e;
  }
  while (c < limit && c - poss <= 5 && cx.t.kind[c] === Kind.Word) {
    // "The WHO's representative in Zambia, Dr. Nadia Hamid," (row speaker.coordinated-verb.possessed-appositive).
    if (cx.t.flags[c] & Flag.Cap) {
      if (!PLACE_OPENERS.has(lower(cx, c - 1)) || !placeAt(cx, c)) break;
      c = mentionEnd(cx, c, limit);
      continue;
    }
    c++;
  }
  if (c >= limit || !isComma(cx, c)) return undefined;
  // "…, Dr. Nadia Hamid,": a title before the name.
  let f = c + 1;
  while (
    f < limit &&
    f - c <= 3 &&
    !startsMention(cx, f) &&
    (TITLES.has(lower(cx, f)) || cx.text[cx.t.start[f]] === '.')
  )
    f++;
  if (!personAt(cx, f)) return undefined;
  const e = mentionEnd(cx, f, limit);
  return e < limit && isComma(cx, e) ? { a: f, b: e } : undefined;
}

/**
 * "The alliance said it would ask a judge …", "Officials have said privately that they fear …":
 * a pronoun opening the first cue's complement stands for its source (row
 * claim.second-cue.bound-pronoun), so the second cue is part of what that source said; after a
 * contrast ("…, but they argued") it may be someone else and makes a claim of its own.
 */
function boundPronoun(cx: CCtx, np: NP, from: number): boolean {
  if (np.b - np.a !== 1 || !BOUND_PRONOUNS.has(lower(cx, np.a))) return false;
  for (let i = from; i < np.a; i++) if (cx.t.kind[i] === Kind.Punct || CONTRAST.has(lower(cx, i))) return false;
  return np.a - from <= 4;
}

const APPOSITION_BREAK: ReadonlySet<string> = new Set(APPOSITION_BREAK_WORDS.value);

/** "<description>, Name, said": the person named between the commas, when the description names none. */
function appositiveName(cx: CCtx, np: NP, before: number): NP | undefined {
  const { t } = cx;
  // "A third candidate, the activist Tanya Brooks, has said": an auxiliary before the cue.
  if (before - 1 > np.b && /^(has|have|had|is|was|will|would)$/.test(lower(cx, before)) && isComma(cx, before - 1))
    before--;
  if (before <= np.b || !isComma(cx, before) || !isComma(cx, np.b)) return undefined;
  // A possessor ("Lane's Republican challenger") does not name the speaker.
  for (let i = np.a; i < np.b; i++)
    if (personAt(cx, i)) {
      const e = mentionEnd(cx, i, np.b);
      if (!(e < np.b && t.kind[e] === Kind.Poss)) return undefined;
      i = e;
    }
  let f = np.b + 1;
  // Titles and lowercase role words before the name: "The audit's author, former state elections
  // official Greg Tanner,", "A third candidate, the activist Tanya Brooks,".
  for (;;) {
    // "former Atlanta city councilman Jamal Pryor": a place among the role words (row
    // speaker.appositive-name.place-modifier).
    const place = f - np.b <= 6 ? placeModifierEnd(cx, f, before) : -1;
    if (place > f) {
      f = place;
      continue;
    }
    if (
      f < before &&
      f - np.b <= 6 &&
      !startsMention(cx, f) &&
      t.kind[f] === Kind.Word &&
      (t.flags[f] & Flag.Cap ? TITLES.has(lower(cx, f)) : !APPOSITION_BREAK.has(lower(cx, f)))
    )
      f++;
    else break;
  }
  if (!personAt(cx, f)) return firmAppositive(cx, np, before);
  if (regionAfterPlace(cx, np, f, before)) return undefined;
  return mentionEnd(cx, f, before) === before ? { a: np.b + 1, b: before } : undefined;
}

/**
 * A place mention at `f` followed, before `before`, by a lowercase role word or a title ("Atlanta
 * city councilman", "Ohio state Senator"): the token past the place, or -1 (row
 * speaker.appositive-name.place-modifier).
 */
function placeModifierEnd(cx: CCtx, f: number, before: number): number {
  const m = mentionAt(cx, f);
  if (!m || cx.entityById.get(m.entityId)?.type !== 'place') return -1;
  const e = mentionEnd(cx, f, before);
  if (e + 1 >= before || cx.t.kind[e] !== Kind.Word || startsMention(cx, e)) return -1;
  const w = lower(cx, e);
  return cx.t.flags[e] & Flag.Cap ? (TITLES.has(w) ? e : -1) : APPOSITION_BREAK.has(w) ? -1 : e;
}

const PLACE_OPENERS: ReadonlySet<string> = new Set(PLACE_AFTER_COMMA.value);
const COMPASS_REGION: ReadonlySet<string> = new Set(PLACE_AFTER_COMMA_REGION.value);
/**
 * Row speaker.subject.place-after-comma.compass-region: "Police in Leeds, West Yorkshire, said":
 * a name of two or more words opening with a compass word, right after "in/at/from/near/of" and a
 * capitalised place of up to three words, is the rest of the place even when tagged a person.
 */
function regionAfterPlace(cx: CCtx, np: NP, f: number, before: number): boolean {
  if (f !== np.b + 1 || before - f < 2 || !COMPASS_REGION.has(lower(cx, f))) return false;
  let p = np.b - 1;
  while (p > np.a && np.b - p <= 3 && cx.t.flags[p] & Flag.Cap) p--;
  return p < np.b - 1 && PLACE_OPENERS.has(lower(cx, p));
}

const FIRM_KINDS: ReadonlySet<string> = new Set(FIRM_APPOSITION.value.kinds);
const KIND_THEN_NAME_OPENERS: ReadonlySet<string> = new Set(APPOSITIVE_KIND_THEN_NAME.value.openers);
const KIND_THEN_NAME_BODIES: ReadonlySet<string> = new Set(APPOSITIVE_KIND_THEN_NAME.value.bodies);
const FIRM_OPENERS: ReadonlySet<string> = new Set(FIRM_APPOSITION.value.openers);
/**
 * "The company's largest investor, the U.S. venture firm Halcyon Partners, said": an organisation
 * after a kind-of-firm noun, ending at the comma before the cue (row speaker.appositive.kind-of-firm).
 */
function firmAppositive(cx: CCtx, np: NP, before: number): NP | undefined {
  // An appositive is a noun phrase: "the U.S. venture firm …", not "speaking to the firm …" or
  // "backed by the union …" (fix15b).
  if (!FIRM_OPENERS.has(lower(cx, np.b + 1))) return undefined;
  // "Their association, the Louisiana Shrimp Alliance, argues" (row speaker.appositive.kind-then-name).
  // "Her party, the United Progressive Front, said" too (a body named by its tie to another).
  if (
    (FIRM_KINDS.has(lower(cx, np.b - 1)) || KIND_THEN_NAME_BODIES.has(lower(cx, np.b - 1))) &&
    KIND_THEN_NAME_OPENERS.has(lower(cx, np.b + 1)) &&
    startsMention(cx, np.b + 2) &&
    cx.entityById.get(mentionAt(cx, np.b + 2)?.entityId ?? '')?.type === 'organization' &&
    mentionEnd(cx, np.b + 2, before) === before
  )
    return { a: np.b + 2, b: before };
  const last = Math.min(before - 1, np.b + 1 + FIRM_APPOSITION.value.maxBefore);
  // "a member of a group called …": the noun before "of" heads the appositive.
  let headed = false;
  for (let j = np.b + 2; j < last; j++) {
    // "a group called Save Our Sockeye" (row speaker.appositive.kind-called).
    if (
      !headed &&
      FIRM_KINDS.has(lower(cx, j)) &&
      KIND_CALLED.links.has(lower(cx, j + 1)) &&
      calledName(cx, j + 2, before)
    )
      return { a: j + 2, b: before };
    if (KIND_CALLED.heads.has(lower(cx, j))) headed = true;
    if (cx.t.kind[j] !== Kind.Word || APPOSITION_BREAK.has(lower(cx, j))) return undefined;
    if (!FIRM_KINDS.has(lower(cx, j)) || !startsMention(cx, j + 1)) continue;
    const m = mentionAt(cx, j + 1);
    if (m && cx.entityById.get(m.entityId)?.type === 'organization' && mentionEnd(cx, j + 1, before) === before)
      return { a: j + 1, b: before };
  }
  return undefined;
}

const KIND_CALLED = {
  links: new Set(APPOSITIVE_KIND_CALLED.value.links),
  joiners: new Set(APPOSITIVE_KIND_CALLED.value.joiners),
  heads: new Set(APPOSITIVE_KIND_CALLED.value.heads),
};
/** Tokens `a` to `b` are a capitalised name, lowercase joining words inside it allowed. */
function calledName(cx: CCtx, a: number, b: number): boolean {
  if (a >= b || !(cx.t.flags[a] & Flag.Cap) || !(cx.t.flags[b - 1] & Flag.Cap)) return false;
  for (let i = a; i < b; i++)
    if (cx.t.kind[i] !== Kind.Word || !(cx.t.flags[i] & Flag.Cap || KIND_CALLED.joiners.has(lower(cx, i))))
      return false;
  return true;
}

/**
 * A speech tag after a closing quote at the end of the sentence, with any verb: '"…," Park
 * responded.' or '"…," shot back Park.' — a named person and one lowercase word.
 */
function quoteTag(cx: CCtx, a: number, b: number): { np: NP; verb: number; dash?: boolean } | undefined {
  const { t } = cx;
  let c = a;
  while (c < b && cx.q.role[c] !== QRole.Close) c++;
  if (c >= b) return undefined;
  let i = c + 1;
  while (i < b && cx.q.role[i] === QRole.MarkTail) i++;
  if (i < b && isComma(cx, i)) i++;
  let end = b;
  while (end > i && t.kind[end - 1] === Kind.Punct) end--;
  const isVerb = (j: number) => t.kind[j] === Kind.Word && !(t.flags[j] & Flag.Cap) && /(ed|es|s)$/.test(lower(cx, j));
  const personEnd = (j: number): number => (personAt(cx, j) ? mentionEnd(cx, j, b) : -1);
  // '"…" — Mark Dunn, chief executive': a dash, then the name (and any description after a comma).
  // After '."' the dash opens a segment of its own, on the same line.
  let dashEnd = end;
  if (i >= end && b < t.count && isDash(cx, b) && !(t.flags[b] & Flag.NewLine)) {
    i = b;
    dashEnd = cx.cs.last[cx.cs.of[b]];
    while (dashEnd > i && t.kind[dashEnd - 1] === Kind.Punct) dashEnd--;
  }
  if (i < dashEnd && isDash(cx, i)) {
    const m = mentionAt(cx, i + 1);
    const e = m && m.type !== 'place' ? mentionEnd(cx, i + 1, dashEnd) : -1;
    if (e > 0 && (e >= dashEnd || isComma(cx, e))) return { np: { a: i + 1, b: e }, verb: i, dash: true };
    return undefined;
  }
  const e1 = personEnd(i);
  if (e1 > 0 && e1 + 1 === end && isVerb(e1)) return { np: { a: i, b: e1 }, verb: e1 };
  if (i + 1 < end && isVerb(i) && personEnd(i + 1) === end) return { np: { a: i + 1, b: end }, verb: i };
  return undefined;
}

/**
 * The subject of a sentence that opens with an adjunct ("In a post on X, union leader Joe Ryan
 * …"): the name or pronoun within a few words after the adjunct's comma. Undefined when the
 * sentence does not open with an adjunct, or nothing subject-like follows it.
 */
function subjectPastAdjunct(cx: CCtx, a: number, limit: number): NP | undefined {
  // "Like President Luis Costa, the governors …" (row speaker.subject.portfolio-before-title.not-function-word).
  const likeName = NOT_PORTFOLIO.has(lower(cx, a)) && a + 1 < limit && cx.t.flags[a + 1] & Flag.Cap;
  if (!opensWithAdjunct(cx, a) && !likeName) return undefined;
  let c = a + 1;
  while (c < limit && !isComma(cx, c)) c++;
  if (c >= limit - 1) return undefined;
  const f = c + 1;
  if (/^(he|she|they|we|i)$/.test(lower(cx, f))) return { a: f, b: f + 1 };
  // "…, the governors met …": a determiner and a plural of people after the adjunct.
  if (likeName && ARTICLES.has(lower(cx, f)))
    for (let i = f + 1; i < limit && i - f <= 3 && cx.t.kind[i] === Kind.Word && !(cx.t.flags[i] & Flag.Cap); i++)
      if (pluralOfPeople(lower(cx, i))) return { a: f, b: i + 1 };
  // Lowercase role words before the name ("union leader", "opposition leader").
  for (let i = f; i < limit && i - f < 4; i++) {
    const m = mentionAt(cx, i);
    if (m && m.type !== 'place') return roleOfBody(cx, m, i, limit) ?? { a: i, b: mentionEnd(cx, i, limit) };
    // "At a briefing, Georgia's secretary of state Brad Raffel …": a place's office holder.
    const office = m && cx.t.kind[mentionEnd(cx, i, limit)] === Kind.Poss ? roleOfBody(cx, m, i, limit) : undefined;
    if (office) return office;
    if (cx.t.kind[i] !== Kind.Word) return undefined;
  }
  return undefined;
}

/**
 * Row speaker.subject.past-adjunct.role-of-body (claims36): "At the daily briefing, White House
 * press secretary Dana Whitcomb …" — an organisation or a place at `i` (a place only with "'s")
 * followed by a role and a person is that person's office; the whole subject, as when it opens the
 * sentence, or undefined.
 */
function roleOfBody(cx: CCtx, m: Mention, i: number, limit: number): NP | undefined {
  if (m.type === 'person') return undefined;
  const whole = leadingSubject(cx, i, limit);
  if (!whole || whole.a !== i) return undefined;
  // The subject ends with a person named after the body.
  for (let g = mentionEnd(cx, i, limit); g < whole.b; g++)
    if (personAt(cx, g) && mentionEnd(cx, g, limit) === whole.b) return whole;
  return undefined;
}

/**
 * "The regional power company issued a statement saying …": the subject before the sentence's
 * first verb (a lowercase word in -ed, or a verb of issuing), as the source of the document.
 */
function subjectBeforeVerb(cx: CCtx, a: number, limit: number): NP | undefined {
  for (let i = a + 1; i < limit && i - a < 10; i++) {
    if (cx.t.kind[i] !== Kind.Word || cx.t.flags[i] & Flag.Cap || startsMention(cx, i)) continue;
    const w = lower(cx, i);
    // "He received a letter telling him …", "She was sent an email warning …": the document speaks
    // (row cue.document-saying.document-object).
    if (RECEIVE_VERBS.has(w) || (SENT_TO_SUBJECT.has(w) && i > a && /^(was|were|been)$/.test(lower(cx, i - 1)))) {
      let k = i + 1;
      while (k <= limit && cx.t.kind[k] === Kind.Word) k++;
      // "The firm, which received complaints, issued a statement saying …": not the document's verb.
      if (k === limit + 1 && k > i + 1) return { a: i + 1, b: limit + 1, rule: RECEIVED_DOCUMENT.id };
      continue;
    }
    // "Protesters held placards saying …", "Police handed out flyers urging …": carried or handed-round
    // printed matter speaks (row cue.document-saying.document-object.carried-folds).
    if (CARRY_VERBS.has(w)) {
      let k = i + 1;
      if (k <= limit && CARRY_PARTICLES.has(lower(cx, k))) k++;
      const from = k;
      while (k <= limit && cx.t.kind[k] === Kind.Word && !(cx.t.flags[k] & Flag.Cap)) k++;
      if (k === limit + 1 && k > from) return { a: from, b: limit + 1, rule: CARRIED_DOCUMENT.id };
    }
    if (!/ed$/.test(w) && !ISSUE_VERBS.has(w)) continue;
    const np = npLeftOf(cx, i - 1, a);
    const s = np && trimSubject(cx, np);
    return s && speakerLike(cx, s) ? s : undefined;
  }
  return undefined;
}
const COLLECTIVES: ReadonlySet<string> = new Set(COLLECTIVE_OF.value);
const RECEIVE_VERBS: ReadonlySet<string> = new Set(RECEIVED_DOCUMENT.value.receive);
const CARRY_VERBS: ReadonlySet<string> = new Set(CARRIED_DOCUMENT.value.verbs);
const CARRY_PARTICLES: ReadonlySet<string> = new Set(CARRIED_DOCUMENT.value.particles);
const SENT_TO_SUBJECT: ReadonlySet<string> = new Set(RECEIVED_DOCUMENT.value.passive);
const ISSUE_VERBS = new Set(['issues', 'sent', 'sends', 'put', 'puts', 'wrote', 'writes', 'has', 'had']);

/** A lowercase person or organisation noun ("spokesperson", "group"). */
const isDescriptor = (cx: CCtx, i: number): boolean =>
  cx.t.kind[i] === Kind.Word &&
  !(cx.t.flags[i] & Flag.Cap) &&
  (PERSON_DESCRIPTORS.has(lower(cx, i)) || ORG_DESCRIPTORS.has(lower(cx, i)));

/**
 * Where a person's name starts after a run of capitalised title words beginning at `i` ("District
 * Judge", "Secretary of State", "Agriculture Minister"), or -1: the run holds a title word, has
 * at most five words and no other name.
 */
function titledPersonAfter(cx: CCtx, i: number, limit: number): number {
  let title = false;
  for (let g = i; g < limit && g - i <= 5; g++) {
    if (personAt(cx, g)) return title ? g : -1;
    if (cx.t.kind[g] !== Kind.Word || startsMention(cx, g)) return -1;
    const w = lower(cx, g);
    if (TITLES.has(w)) title = true;
    else if (!(cx.t.flags[g] & Flag.Cap) && w !== 'of') return -1;
  }
  return -1;
}

const UTTERANCE_NOUNS: ReadonlySet<string> = new Set(QUOTE_AFTER_WORDS.value);
/**
 * Row quote.after-words: the quotation `x` opens after a comma or colon that follows a noun of
 * utterance ("his last words,"), is closed and ends the sentence; the source is the subject
 * that opens the sentence (or, before a participle, the main clause's).
 */
function wordsBeforeQuote(
  cx: CCtx,
  a: number,
  b: number,
  x: { openTok: number; closed: boolean; tb: number; closeTok: number },
): { np: NP; noun: number } | undefined {
  const mark = x.openTok - 1;
  if (!x.closed || mark - 1 <= a || !(isComma(cx, mark) || isColon(cx, mark))) return undefined;
  // The quotation ends the sentence, or the subject's next verb follows (', "…," and ignited …').
  let after = x.closeTok + 1;
  while (after < b && cx.t.kind[after] === Kind.Punct) after++;
  if (x.tb < b - 2 && !(after < b && lower(cx, after) === 'and')) return undefined;
  const noun = mark - 1;
  if (cx.t.kind[noun] !== Kind.Word || cx.t.flags[noun] & Flag.Cap || !UTTERANCE_NOUNS.has(lower(cx, noun)))
    return undefined;
  // A name right before a lowercase verb ("… ago, George Floyd gasped his last words"), not a
  // possessor inside the object ("repeating George Floyd's dying words").
  let np: NP | undefined;
  for (let i = a; i < noun; i++) {
    if (!startsMention(cx, i)) continue;
    const e = mentionEnd(cx, i, noun);
    // In subject position: opening the sentence or after a comma, not "waving Black Lives Matter flags".
    const opens = i === a || isComma(cx, i - 1);
    if (opens && e < noun && cx.t.kind[e] === Kind.Word && !(cx.t.flags[e] & Flag.Cap)) np = { a: i, b: e };
    i = Math.max(i, e - 1);
  }
  if (!np) {
    // Else the subject that opens the sentence, before its first comma ("Americans marched, repeating …").
    let limit = noun;
    for (let i = a; i < noun; i++)
      if (isComma(cx, i)) {
        limit = i;
        break;
      }
    np = leadingSubject(cx, a, limit) ?? subjectPastAdjunct(cx, a, limit);
  }
  return np && speakerLike(cx, np) ? { np, noun } : undefined;
}

/** The name or pronoun that opens the sentence, as a subject. */
const POSSESSED_REACH = SUBJECT_POSSESSED_PERSON.value.reach;
/**
 * "Smith's lawyer", "the mayor's chief spokesman": after the possessive mark at `poss`, up to
 * `reach` lowercase words ending in a person or body noun, and nothing else before the verb but
 * what the caller allows: the end of the possessed phrase, or -1 (row speaker.subject.possessed-person).
 */
function possessedHead(cx: CCtx, poss: number, limit: number): number {
  let g = poss + 1;
  while (
    g < limit &&
    g - poss <= POSSESSED_REACH &&
    cx.t.kind[g] === Kind.Word &&
    !(cx.t.flags[g] & Flag.Cap) &&
    !cx.cand[g]
  )
    g++;
  for (let h = g; h > poss + 1; h--) if (isDescriptor(cx, h - 1)) return h;
  return -1;
}

const PEOPLE_BEFORE_NAME: ReadonlySet<string> = new Set([
  ...GROUP_PEOPLE_NOUNS.value,
  ...PEOPLE_NOUN_BEFORE_NAME.value.modifiers,
]);
/** A role word ends right before `g`, after `from`: "spokesperson", "minister", "secretary of state". */
function roleEndsAt(cx: CCtx, g: number, from: number): boolean {
  const role = (i: number) => i > from && (isDescriptor(cx, i) || TITLES.has(lower(cx, i)));
  return role(g - 1) || (g - 3 > from && lower(cx, g - 2) === 'of' && role(g - 3));
}

const PORTFOLIO_JOINERS: ReadonlySet<string> = new Set(PORTFOLIO_BEFORE_TITLE.value.joiners);
const NOT_PORTFOLIO: ReadonlySet<string> = new Set(PORTFOLIO_NOT_FUNCTION_WORD.value);
/**
 * Row speaker.subject.portfolio-before-title: when token `f` opens up to three capitalised words
 * (joined by "and" or "&") right before a capitalised title, after which titles run to a person
 * ("Labour Minister Felipe Ramos", "Work and Pensions Secretary Ann Lowe"), the title's token; else -1.
 */
function portfolioTitle(cx: CCtx, f: number, limit: number, functionWordOk = false): number {
  const cap = (i: number) => cx.t.kind[i] === Kind.Word && !!(cx.t.flags[i] & Flag.Cap);
  if (!cap(f) || TITLES.has(lower(cx, f))) return -1;
  // "Like President Luis Costa, …": a preposition or clause opener is no portfolio (row
  // speaker.subject.portfolio-before-title.not-function-word).
  if (NOT_PORTFOLIO.has(lower(cx, f)) && !functionWordOk) return -1;
  let j = f + 1;
  for (let n = 1; j < limit && !TITLES.has(lower(cx, j)); j++) {
    if (PORTFOLIO_JOINERS.has(lower(cx, j))) continue;
    if (!cap(j) || startsMention(cx, j) || ++n > PORTFOLIO_BEFORE_TITLE.value.maxWords) return -1;
  }
  if (j >= limit || !cap(j)) return -1;
  const title = j;
  while (j < limit && TITLES.has(lower(cx, j)) && !startsMention(cx, j)) j++;
  return j < limit && personAt(cx, j) ? title : -1;
}

/** Row speaker.subject.possessor-body: an organisation's name starts at token `i`. */
function bodyAt(cx: CCtx, i: number): boolean {
  const m = POSSESSOR_BODY.value ? mentionAt(cx, i) : undefined;
  return !!m && cx.entityById.get(m.entityId)?.type === 'organization';
}

/**
 * Row speaker.subject.research-participle: the words [a, e) hold an agent's "by" or a lowercase
 * participle in -ed ("A poll published on Monday by …"), no modal stands right before `e`, and no
 * preposition opens them ("By compiling data from published work we found").
 */
function agentOrParticipleIn(cx: CCtx, a: number, e: number): boolean {
  if (e - 1 > a && MODALS_BEFORE_FINDING.has(lower(cx, e - 1))) return false;
  // "By compiling data from … we found": an opening adjunct, not the study.
  if (PREPOSITIONS.has(lower(cx, a))) return false;
  for (let i = a + 1; i < e; i++) {
    const w = lower(cx, i);
    if (w === 'by' || (/[^e]ed$/.test(w) && !(cx.t.flags[i] & Flag.Cap))) return true;
  }
  return false;
}
const MODALS_BEFORE_FINDING: ReadonlySet<string> = new Set([
  'can',
  'could',
  'may',
  'might',
  'will',
  'would',
  'should',
  'must',
]);

function leadingSubject(cx: CCtx, a: number, limit: number): NP | undefined {
  // "MEXICO CITY (Reuters) - Former president …": the dateline is not the subject.
  a = pastDateline(cx, a, limit);
  let f = a;
  if (f < limit && lower(cx, f) === 'the') f++;
  // "Prime Minister Narendra Modi …", "Former Mexican president …": titles and demonyms before the name.
  while (f < limit && f - a < 5 && !startsMention(cx, f)) {
    // "Labour Minister Felipe Ramos" (row speaker.subject.portfolio-before-title): read once, it
    // both lets the loop go on and says how far.
    const title = portfolioTitle(cx, f, limit);
    if (
      !TITLES.has(lower(cx, f)) &&
      !TITLE_MODIFIERS.has(lower(cx, f)) &&
      !isDemonym(cx, word(cx, f)) &&
      // "Passenger Marija Rogic", "Local farmer Ana Cruz" (row speaker.subject.people-noun-before-name).
      !PEOPLE_BEFORE_NAME.has(lower(cx, f)) &&
      title <= 0
    )
      break;
    f = Math.max(f + 1, title);
  }
  // "Industry group CarTech Europe", "Rights group Amnesty International": a descriptor before the name.
  if (!startsMention(cx, f))
    for (let g = f + 1; g < limit && g - f <= 3 && cx.t.kind[g - 1] === Kind.Word; g++)
      if (isDescriptor(cx, g - 1) && startsMention(cx, g)) {
        f = g;
        break;
      }
  if (startsMention(cx, f)) {
    // "A State Department spokesperson", "Industry group CarTech Europe": the description around
    // the name belongs to the subject.
    let e = mentionEnd(cx, f, limit);
    // "U.S. District Judge Raymond Ochoa", "Ohio Secretary of State Dale Harlan": a place or body
    // before a title is the office's, and the person after the title is the subject.
    const titled = personAt(cx, f) ? -1 : titledPersonAfter(cx, e, limit);
    if (titled > 0) return { a, b: mentionEnd(cx, titled, limit) };
    if (e < limit && isDescriptor(cx, e)) {
      e++;
      // "TTC chief executive Mandeep Lali thanked … and said" (row speaker.subject.body-role-run, lead 60).
      for (const run = e; e < limit && e - run < BODY_ROLE_RUN.value.moreWords && isDescriptor(cx, e);) e++;
      // "Vance campaign spokesman Eli Brandt dismissed …": a person's body, a role and the person
      // holding it (row speaker.subject.person-body-role).
      const holder = personAt(cx, f) ? titledPersonAfter(cx, e, limit) : -1;
      if (holder > 0) return { a, b: mentionEnd(cx, holder, limit) };
      // "Biden administration official Karen Lee met …": a role that is a descriptor, not a title
      // (row speaker.subject.person-body-role.descriptor).
      if (
        PERSON_BODY_DESCRIPTOR.value &&
        personAt(cx, f) &&
        e + 1 < limit &&
        isDescriptor(cx, e) &&
        personAt(cx, e + 1)
      )
        return { a, b: mentionEnd(cx, e + 1, limit) };
    } else if (e + 1 < limit && isDescriptor(cx, e + 1) && cx.t.kind[e] === Kind.Word && !(cx.t.flags[e] & Flag.Cap))
      e += 2;
    if (e + 1 < limit && isDescriptor(cx, e - 1) && startsMention(cx, e)) e = mentionEnd(cx, e, limit);
    // "Smith's lawyer met … and said": a person's lawyer, spokesman or mother is the subject (row
    // speaker.subject.possessed-person).
    const held = e + 1 < limit && cx.t.kind[e] === Kind.Poss && personAt(cx, f) ? possessedHead(cx, e, limit) : -1;
    if (held > 0) return { a, b: held };
    // "Peru's Congress voted …, citing …" (row speaker.subject.possessor-body).
    // "Italy's Fiat workers went on strike, saying …": the body's people (review, stop 52).
    if (e + 1 < limit && cx.t.kind[e] === Kind.Poss && !personAt(cx, f) && bodyAt(cx, e + 1)) {
      const end = mentionEnd(cx, e + 1, limit);
      const people = end < limit && cx.t.kind[end] === Kind.Word && pluralOfPeople(lower(cx, end));
      return { a, b: people ? end + 1 : end };
    }
    // "Georgia's secretary of state … rejected": the possessor's office holder is the subject.
    if (e + 1 < limit && cx.t.kind[e] === Kind.Poss && !personAt(cx, f)) {
      let g = e + 1;
      while (
        g < limit &&
        g - e <= 5 &&
        cx.t.kind[g] === Kind.Word &&
        !(cx.t.flags[g] & Flag.Cap) &&
        (!cx.cand[g] || lower(cx, g - 1) === 'of') &&
        !/^(and|or|who|which|that)$/.test(lower(cx, g)) &&
        // "Chile's central bank cut its …": the description ends at its head noun.
        !(g > e + 1 && isDescriptor(cx, g - 1) && lower(cx, g) !== 'of') &&
        // "Chelsea's fans booed John Smith and said": a past verb ends it (row
        // speaker.subject.possessor-description.past-verb).
        !(g > e + 1 && pastVerbBeforeObject(cx, g, limit)) &&
        // "Chelsea's fans loudly booed Coach John Smith": the adverb goes with the verb after it.
        !(g > e + 1 && POSSESSOR_PARTICIPLE_ADVERB.test(lower(cx, g)) && pastVerbBeforeObject(cx, g + 1, limit))
      )
        g++;
      while (g > e + 1 && /^(of|the)$/.test(lower(cx, g - 1))) g--;
      // "the European Union's foreign affairs spokesperson Anitta Hipper welcomed …", "Georgia's
      // secretary of state Brad Raffel": the person named right after a role is the office holder,
      // and the subject runs through the name; after a verb ("Chelsea's fans booed John Smith") the
      // person is its object (review, stop 49).
      if (g > e + 1 && personAt(cx, g) && roleEndsAt(cx, g, e)) return { a, b: mentionEnd(cx, g, limit) };
      // "France's newly appointed Prime Minister Jean Dupont met …": capitalised titles after the
      // description and the person holding them (row speaker.subject.possessor-description.titled-holder).
      const holder = titlesThenPerson(cx, g, limit);
      if (g > e + 1 && holder > 0) return { a, b: mentionEnd(cx, holder, limit) };
      if (g > e + 1) return { a, b: g };
    }
    return { a, b: e };
  }
  if (/^(he|she|they|it|we|i)$/.test(lower(cx, a))) return { a, b: a + 1 };
  // "His Ukrainian counterpart, Oksana Hrytsenko, welcomed …": the name in apposition to a
  // short opening description.
  for (let c = a + 1; c < limit && c - a <= 5 && cx.t.kind[c - 1] !== Kind.Punct; c++)
    if (isComma(cx, c)) {
      const name = personAt(cx, c + 1) ? mentionEnd(cx, c + 1, limit) : -1;
      if (name > 0 && name < limit && isComma(cx, name)) return { a: c + 1, b: name };
      break;
    }
  // "A federal judge on Monday blocked …, saying": a description of a person or an organisation.
  // "The company cut its forecast …, saying", "His campaign released a video …, saying": the
  // description ends at its head noun.
  if (/^(the|a|an|his|her|its|their)$/.test(lower(cx, a))) {
    let e = a + 1;
    while (
      e < limit &&
      e - a <= 4 &&
      cx.t.kind[e] === Kind.Word &&
      !/^(on|in|at|of|for|with|who|which|that)$/.test(lower(cx, e)) &&
      !(e > a + 1 && isDescriptor(cx, e - 1) && !isDescriptor(cx, e))
    )
      e++;
    const head = lower(cx, e - 1);
    // "A group of 14 novelists sued …": a collective's members belong to the source.
    if (e > a + 1 && COLLECTIVES.has(head) && e + 1 < limit && lower(cx, e) === 'of') {
      let m = e + 1;
      while (
        m < limit &&
        m - e <= 5 &&
        (cx.t.kind[m] === Kind.Word || cx.t.kind[m] === Kind.Num) &&
        !cx.cand[m] &&
        !/ed$/.test(lower(cx, m)) &&
        !/^(on|in|at|for|with|who|which|that)$/.test(lower(cx, m))
      )
        m++;
      if (m > e + 1) return { a, b: m };
    }
    if (e > a + 1 && (PERSON_DESCRIPTORS.has(head) || ORG_DESCRIPTORS.has(head))) return { a, b: e };
    // "The farmer walked to the gate and said …" (row speaker.description-before-past-verb).
    const past = DESCRIPTION_PAST_VERB.value ? personNounBeforePast(cx, a, limit) : -1;
    if (past > 0) return { a, b: past };
  }
  return undefined;
}

/**
 * Row speaker.description-before-past-verb: the end of "the farmer", "a local shopkeeper" when a
 * noun of a person (singular of a plural of people: farmer, neighbour, shopkeeper) follows the
 * determiner within a few words and a past verb comes right after it; -1 when none.
 */
function personNounBeforePast(cx: CCtx, a: number, limit: number): number {
  const { maxWords, edMin } = DESCRIPTION_PAST_VERB.value;
  for (let k = a + 2; k < limit && k - a <= maxWords + 1; k++) {
    if (cx.t.kind[k] !== Kind.Word || cx.t.kind[k - 1] !== Kind.Word || cx.t.flags[k - 1] & Flag.Cap) return -1;
    const noun = lower(cx, k - 1);
    if (finiteForm(lower(cx, k), edMin) && pluralOfPeople(noun + 's')) return k;
  }
  return -1;
}

/**
 * A second source inside a sentence names someone: a name, a pronoun, a person or organisation
 * noun, or a plural ("experts", "the results"). "told a crowd that his win showed …" has none.
 */
function sourceLike(cx: CCtx, np: NP): boolean {
  if (hasMentionIn(cx, np) || np.b - np.a === 1) return true;
  const head = lower(cx, np.b - 1);
  if (PERSON_DESCRIPTORS.has(head) || ORG_DESCRIPTORS.has(head)) return true;
  return head.length > 3 && head.endsWith('s') && !head.endsWith('ss');
}

const WRITTEN_SOURCES: ReadonlySet<string> = new Set(INVERTED_INDEFINITE_THING.value.sources);
const SPEECH_ONLY: ReadonlySet<string> = new Set(INVERTED_INDEFINITE_THING.value.speechOnly);
/** Row speaker.inverted.indefinite-thing: "…, reported a loss" — an indefinite phrase naming no one. */
function indefiniteThing(cx: CCtx, cue: Cue, np: NP, a: number, before: number): boolean {
  if (cue.b - cue.a === 1 && SPEECH_ONLY.has(lower(cx, cue.a))) return false;
  // "The bridge is unsafe, warned a local engineer": a clause on the left is what was said, so the
  // phrase on the right is its source whatever its noun (review, stop 55).
  if (hasFinite(cx, a, before)) return false;
  const w = lower(cx, np.a);
  if ((w !== 'a' && w !== 'an') || hasMentionIn(cx, np) || nearSource(cx, np)) return false;
  for (let i = np.a + 1; i < np.b; i++) {
    const x = lower(cx, i);
    if (PERSON_DESCRIPTORS.has(x) || ORG_DESCRIPTORS.has(x) || UNNAMED_SOURCE_SET.has(x) || WRITTEN_SOURCES.has(x))
      return false;
  }
  return true;
}

/** A source noun followed by a word of nearness or knowledge ("person familiar with", "source close to"). */
function nearSource(cx: CCtx, np: NP): boolean {
  for (let i = np.a + 1; i + 1 < np.b && i <= np.a + 3; i++)
    if (
      NEAR_WORDS.has(lower(cx, i + 1)) &&
      (UNNAMED_SOURCE_SET.has(lower(cx, i)) || PERSON_DESCRIPTORS.has(lower(cx, i)))
    )
      return true;
  return false;
}

const SOURCE_SUBJECT_CUES: ReadonlySet<string> = new Set(GUARD_SOURCE_SUBJECT.value);
const PROMISE_CUES: ReadonlySet<string> = new Set(GUARD_PROMISE_THING_SUBJECT.value.cues);
const PROMISE_THINGS: ReadonlySet<string> = new Set(GUARD_PROMISE_THING_SUBJECT.value.things);

/** Only a determiner and lowercase words, headed by an event or thing noun (row guard.promise.thing-subject). */
function thingSubject(cx: CCtx, np: NP): boolean {
  if (!/^(the|a|an|this|that|these|those|its)$/.test(lower(cx, np.a)) || np.b - np.a < 2) return false;
  for (let i = np.a; i < np.b; i++)
    if (cx.t.kind[i] !== Kind.Word || (i > np.a && cx.t.flags[i] & Flag.Cap)) return false;
  const head = lower(cx, np.b - 1);
  return PROMISE_THINGS.has(head) || (head.endsWith('s') && PROMISE_THINGS.has(head.slice(0, -1)));
}

/** "lawmakers", "economists", "residents", "spokesmen": a head noun shaped like a person's (guard.plain-object.thing-subject). */
const AGENT_NOUN = /(er|or|ist|ian|ant|ent|man|men|woman|women|people)s?$/;
/** Row guard.plain-object.thing-subject: a verb of saying, a thing as subject, a plain noun phrase as object. */
function thingWithPlainObject(cx: CCtx, cue: Cue, np: NP, a: number, b: number): boolean {
  if (cue.kind !== 'verb' || !plainObjectCue(cue.why) || cue.why.includes(RESEARCH_FINDS.id)) return false;
  // "You said …" addresses a person: a source too, though guard.source-subject leaves "you" out.
  const you = np.b - np.a === 1 && lower(cx, np.a) === 'you';
  // The subject opens the sentence's clause before the verb: not a tag after what was said
  // ("…, the companies said in a filing"), nor an inverted source.
  if (you || np.b > cue.a || sourceSubject(cx, np) || AGENT_NOUN.test(lower(cx, np.b - 1))) return false;
  for (let i = a; i < np.a; i++) if (isComma(cx, i) || cx.q.of[i] >= 0) return false;
  // A capitalised word past the sentence's first is a name the tagger may have missed: a source.
  for (let i = Math.max(np.a, a + 1); i < np.b; i++) if (cx.t.flags[i] & Flag.Cap) return false;
  // "As the report noted last week, prices have risen": the time is the "as" clause's, and the
  // content follows its comma (row claim.content.as-said.thing-source).
  if (AS_SAID_THING.value && asSaidTimeEnd(cx, a, np, cue, cue.b, b) > cue.b) return false;
  return plainObjectAfter(cx, cue.b, a, b);
}

/** A name, a pronoun, a person or organisation noun, or a plural of people (row guard.source-subject). */
function sourceSubject(cx: CCtx, np: NP): boolean {
  if (hasMentionIn(cx, np)) return true;
  if (np.b - np.a === 1 && /^(he|she|they|we|i|it)$/.test(lower(cx, np.a))) return true;
  const head = lower(cx, np.b - 1);
  if (PERSON_DESCRIPTORS.has(head) || ORG_DESCRIPTORS.has(head)) return true;
  const one = head.endsWith('s') ? head.slice(0, -1) : head;
  return PERSON_DESCRIPTORS.has(one) || ORG_DESCRIPTORS.has(one) || GROUP_PEOPLE.has(one);
}

/** A speaker-like phrase: holds a name, a pronoun or a person description. */
function speakerLike(cx: CCtx, np: NP): boolean {
  if (!plausibleSubject(cx, np.a, np.b)) return false;
  if (hasMentionIn(cx, np)) return true;
  const w = lower(cx, np.a);
  if (np.b - np.a === 1 && /^(he|she|they|we|i|it)$/.test(w)) return true;
  if (/^(the|a|an|his|her|its|their)$/.test(w) && np.b - np.a <= 5) return true;
  if (barePluralPeople(cx, np) || pluralBodiesSubject(cx, np) || describedApposition(cx, np)) return true;
  // "said a person familiar with the plans": an unnamed source and what it is close to or knows.
  if (/^(a|an|one|two|three|four|several)$/.test(w) && np.b - np.a <= 9 && nearSource(cx, np)) return true;
  // "said one Western diplomat", "two officials said": a counted source named by a person noun
  // or a plural.
  return QUANTIFIERS.has(w) && np.b - np.a >= 2 && np.b - np.a <= 5 && sourceLike(cx, np);
}
/** "Critics", "Parade organisers": a plural people noun after at most one modifier (row speaker.subject.bare-plural). */
export function barePluralPeople(cx: Ctx, np: { a: number; b: number }): boolean {
  if (np.b - np.a > 1 + BARE_PLURAL_SUBJECT.value.modifiers) return false;
  for (let i = np.a; i < np.b; i++) if (cx.t.kind[i] !== Kind.Word) return false;
  return pluralOfPeople(lower(cx, np.b - 1));
}
const APPOSITION_HEADS: ReadonlySet<string> = new Set(DESCRIBED_APPOSITION.value.heads);
/** "The developer, Harbour Crest Homes,": capitalised words after a description head and a comma (row speaker.appositive.unnamed). */
function describedApposition(cx: CCtx, np: NP): boolean {
  if (np.a < 2 || np.b - np.a > DESCRIBED_APPOSITION.value.maxWords || !isComma(cx, np.a - 1)) return false;
  const head = lower(cx, np.a - 2);
  if (!PERSON_DESCRIPTORS.has(head) && !ORG_DESCRIPTORS.has(head) && !APPOSITION_HEADS.has(head)) return false;
  for (let i = np.a; i < np.b; i++) if (cx.t.kind[i] !== Kind.Word || !(cx.t.flags[i] & Flag.Cap)) return false;
  return true;
}
const QUANTIFIERS = new Set(['one', 'two', 'three', 'four', 'five', 'several', 'some', 'many', 'another', 'other']);

/**
 * '"…," union negotiator Jonas Weber told Reuters': the start of the lowercase role words before
 * a subject (at most four), so the quotation before them is found.
 */
function rolesBefore(cx: CCtx, a: number, s: number): number {
  let i = s;
  // '…," central bank President Rosa Méndez told': lowercase role words and capitalised titles.
  while (
    i > a &&
    s - i < 5 &&
    cx.t.kind[i - 1] === Kind.Word &&
    (!(cx.t.flags[i - 1] & Flag.Cap) || TITLES.has(lower(cx, i - 1))) &&
    cx.q.of[i - 1] < 0
  )
    i--;
  return i;
}

/**
 * '"…," the lead author, Dr. Ines Carvalho of the University of Porto, said': the quotation that
 * opens the sentence and closes (with a comma) before the source, when no other quotation lies
 * between; its inner span.
 */
function openingQuote(cx: CCtx, a: number, s: number): TextSpan | undefined {
  if (cx.q.role[a] !== QRole.Open) return undefined;
  const x = cx.q.quotes[cx.q.of[a]];
  if (!x?.closed || x.closeTok >= s || s - x.closeTok > 16) return undefined;
  let c = x.closeTok + 1;
  while (c < s && cx.q.role[c] === QRole.MarkTail) c++;
  // The comma stands after the closing mark ('…", the') or before it ('…," the').
  if (!isComma(cx, c) && !isComma(cx, x.tb - 1)) return undefined;
  for (let i = c; i < s; i++) if (cx.q.of[i] >= 0) return undefined;
  return x.tb > x.ta ? span(cx, x.ta, trimEnd(cx, x.ta, x.tb)) : undefined;
}

/**
 * The quotation that ends right before token `end` (allowing a comma): its inner span, or, when
 * the sentence has words of its own before the quotation ('Motorists would "pay the price," it
 * said'), those words and the quotation together — a claim in part quoted, not a direct one.
 */
function quoteBefore(cx: CCtx, a: number, end: number): TextSpan | undefined {
  let c = end - 1;
  if (c >= a && isComma(cx, c)) c--;
  while (c >= a && cx.q.role[c] === QRole.MarkTail) c--;
  if (c < a || cx.q.role[c] !== QRole.Close) return undefined;
  const x = cx.q.quotes[cx.q.of[c]];
  // A quotation that opened in an earlier sentence contributes its part in this one.
  const from = Math.max(a, x?.ta ?? a);
  if (!x || from >= x.tb) return undefined;
  if (x.openTok >= a) {
    const lead = pastDateline(cx, a, x.openTok);
    let close = c + 1;
    while (close < end && cx.q.role[close] === QRole.MarkTail) close++;
    if (hasWord(cx, lead, x.openTok)) return span(cx, lead, close);
  }
  return span(cx, from, trimEnd(cx, from, x.tb));
}

/**
 * 'explained why the finding mattered: "This is …"': a few words of topic, a colon, then a
 * quotation that runs to the end of the sentence; the quotation's part in this sentence, or
 * undefined (row quote.after-colon.content).
 */
function quoteAfterColon(cx: CCtx, after: number, b: number): TextSpan | undefined {
  for (let c = after; c + 1 < b && c <= after + 12; c++) {
    if (cx.q.of[c] >= 0) return undefined;
    if (cx.t.kind[c] !== Kind.Punct || cx.text.charCodeAt(cx.t.start[c]) !== 58) continue;
    if (cx.q.role[c + 1] !== QRole.Open) return undefined;
    const x = cx.q.quotes[cx.q.of[c + 1]];
    if (!x || x.openTok !== c + 1) return undefined;
    const end = Math.min(x.tb, b);
    if (end <= x.ta || hasWord(cx, end, b)) return undefined;
    return span(cx, x.ta, trimEnd(cx, x.ta, end));
  }
  return undefined;
}

function hasWord(cx: CCtx, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (cx.t.kind[i] === Kind.Word || cx.t.kind[i] === Kind.Num) return true;
  return false;
}

const ADJUNCT_OPENERS: ReadonlySet<string> = new Set(ADJUNCT_AFTER_CUE.value);
const CLAUSE_WORDS: ReadonlySet<string> = new Set(CLAUSE_IN_TAIL.value);
const NEGATORS: ReadonlySet<string> = new Set(CUE_NEGATORS.value);

/** "… , its owner said on Thursday.": what follows the cue is only a time or place adjunct. */
function adjunctOnly(cx: CCtx, i: number, b: number): boolean {
  if (i >= b || !ADJUNCT_OPENERS.has(lower(cx, i))) return false;
  let words = 0;
  // "in a filing with the Securities and Exchange Commission": a name is one word (row
  // claim.tail.adjunct-name-one-word), none of its words a clause's. Six words at most: a time or a
  // place ("on Thursday", "in a note to clients"); a tag's source may be longer (cues.ts `tagSource`).
  for (let j = i; j < b; j = wordEnd(cx, j, b)) {
    if (j > i && startsMention(cx, j)) {
      words++;
      continue;
    }
    if (cx.t.kind[j] === Kind.Word || cx.t.kind[j] === Kind.Num) words++;
    if (cx.t.kind[j] === Kind.Word && lower(cx, j) === 'that') return false;
    // "said on Monday she would appeal": a clause after the time is the content (row claim.tail.clause-word).
    if (cx.t.kind[j] === Kind.Word && cx.q.of[j] < 0 && CLAUSE_WORDS.has(lower(cx, j))) return false;
  }
  return words <= 6;
}

const CHAIN_PREPS: ReadonlySet<string> = new Set(ADJUNCT_CHAIN.value.prepositions);

/**
 * "…, the two governments said in a joint statement on Sunday after talks in Addis Ababa.": past a
 * trailing source, a chain of short phrases each opened by a preposition is still an adjunct (row
 * claim.tail.adjunct-chain); `adjunctOnly` takes six words at most.
 */
function adjunctChain(cx: CCtx, i: number, b: number): boolean {
  b = trimEnd(cx, i, b);
  if (i >= b || !ADJUNCT_OPENERS.has(lower(cx, i))) return false;
  const { phraseWords, maxWords } = ADJUNCT_CHAIN.value;
  let words = 0;
  let phrase = 0;
  for (let j = i; j < b; j = wordEnd(cx, j, b)) {
    if (cx.q.of[j] >= 0 || cx.t.kind[j] === Kind.Punct) return false;
    const named = j > i && startsMention(cx, j);
    const w = lower(cx, j);
    if (!named && (w === 'that' || CLAUSE_WORDS.has(w))) return false;
    if (!named && CHAIN_PREPS.has(w)) phrase = 0;
    if (++phrase > phraseWords || ++words > maxWords) return false;
  }
  return true;
}

const LINK_WORDS: ReadonlySet<string> = new Set(LINK_AFTER_TAG.value);

/**
 * "…, a spokesman said, but …", "…, he said, citing …": a comma then a conjunction, subordinator or
 * -ing participle (row claim.tail.link-after-tag), also past a short adjunct ("said on Wednesday, as …").
 */
function linkAfterTag(cx: CCtx, i: number, b: number): boolean {
  if (i < b && !isComma(cx, i)) {
    let comma = i;
    while (comma < b && !isComma(cx, comma) && cx.q.of[comma] < 0) comma++;
    return comma < b && isComma(cx, comma) && adjunctOnly(cx, i, comma) && linkAfterTag(cx, comma, b);
  }
  if (i + 1 >= b || cx.t.kind[i + 1] !== Kind.Word || cx.t.flags[i + 1] & Flag.Cap) return false;
  const w = lower(cx, i + 1);
  return LINK_WORDS.has(w) || (w.length > 5 && w.endsWith('ing'));
}

/** "…, two officials told reporters on Thursday.": after "told" only the addressee and an adjunct. */
function addresseeOnly(cx: CCtx, cue: Cue, i: number, b: number): boolean {
  if (cue.b - cue.a !== 1 || !TELL.has(lower(cx, cue.a))) return false;
  let words = 0;
  for (let j = i; j < b; j++) {
    if (cx.t.kind[j] === Kind.Punct || cx.q.of[j] >= 0) return words > 0 && j === trimEnd(cx, i, b);
    if (lower(cx, j) === 'that' || ++words > 6) return false;
    if (words > 1 && adjunctOnly(cx, j, b)) return true;
  }
  return words > 0 && words <= 3;
}

/** The cue is negated ("has not commented", "never said") and only adverbs or an adjunct follow it. */
function negatedEmpty(cx: CCtx, cue: Cue, a: number, b: number): boolean {
  let negated = false;
  for (let i = cue.a - 1; i >= a && i >= cue.a - 3 && !negated; i--) negated = NEGATORS.has(lower(cx, i));
  return negated && nothingButAdjunct(cx, cue.b, b);
}

/** From `i` to `b`: adverbs in -ly, then nothing or a short time or place adjunct (`adjunctOnly`). */
function nothingButAdjunct(cx: CCtx, i: number, b: number): boolean {
  while (i < b && cx.t.kind[i] === Kind.Word && lower(cx, i).endsWith('ly')) i++;
  return !hasWord(cx, i, b) || adjunctOnly(cx, i, b);
}

/**
 * After an affirmative cue, only adverbs and a time or place adjunct, outside quotation marks and
 * with no colon (row claim.content.adjunct-only): "conceded shortly before midnight".
 */
function adjunctOnlyAfterCue(cx: CCtx, i: number, b: number): boolean {
  for (let j = i; j < b; j++) if (cx.q.of[j] >= 0 || cx.text.charCodeAt(cx.t.start[j]) === 58) return false;
  return nothingButAdjunct(cx, i, b) && timePlaceOnly(cx, i, b);
}

const ADJ_PREPS: ReadonlySet<string> = new Set(ADJUNCT_ONLY_CONTENT.value.prepositions);
const ADJ_TIME: ReadonlySet<string> = new Set([...ADJUNCT_ONLY_CONTENT.value.timeWords, ...WEEKDAYS, ...MONTHS]);
const ADJ_OCCASIONS: ReadonlySet<string> = new Set(ADJUNCT_ONLY_CONTENT.value.occasions);

/**
 * From `i` to `b`, past adverbs in -ly: only adjuncts of time, place or occasion ("on Friday", "in a
 * statement", "at the meeting in Leeds", "shortly before midnight"), each opened by a preposition
 * or a time word and holding a time word, a number, an occasion's noun or a place's name; not a
 * topic ("commented on the deal on Friday", row claim.content.adjunct-only).
 */
function timePlaceOnly(cx: CCtx, i: number, b: number): boolean {
  while (i < b && cx.t.kind[i] === Kind.Word && lower(cx, i).endsWith('ly')) i++;
  b = trimEnd(cx, i, b);
  if (i >= b || cx.t.kind[i] === Kind.Punct) return true;
  let fits = false;
  for (let j = i; j < b; j++) {
    const w = lower(cx, j);
    if (j === i || ADJ_PREPS.has(w)) {
      if (j > i && !fits) return false;
      if (!ADJ_PREPS.has(w) && !ADJ_TIME.has(w)) return false;
      fits = ADJ_TIME.has(w);
      continue;
    }
    if (cx.t.kind[j] === Kind.Num || ADJ_TIME.has(w) || ADJ_OCCASIONS.has(w)) fits = true;
    const m = mentionAt(cx, j);
    if (m && cx.entityById.get(m.entityId)?.type === 'place') fits = true;
  }
  return fits;
}

/** Drops trailing commas/periods from a content span. */
function trimEnd(cx: CCtx, a: number, b: number): number {
  while (b > a + 1 && cx.t.kind[b - 1] === Kind.Punct) b--;
  return b;
}

/**
 * Where the content starts after a cue: past "that", a comma or colon, and past an addressee or
 * adjunct before "that" ("told reporters on Monday that …", "said in a statement that …").
 */
function skipThat(cx: CCtx, i: number, b: number): number {
  // "told reporters on Monday that …": past the addressee to the complementiser, but not to a
  // "that" inside a clause already begun ("said it had raised twice that amount", row
  // claim.content.that-before-clause).
  const cueEnd = i;
  let j = i;
  const windowEnd = thatWindowEnd(cx, i, b);
  while (j < windowEnd && cx.t.kind[j] !== Kind.Punct && cx.q.of[j] < 0) j++;
  // "posted on X, formerly Twitter, that …": past an aside to its "that" (row cue.verb.that-after-aside).
  const aside = j < windowEnd && isComma(cx, j) ? thatAfterAside(cx, j, b) : -1;
  const that = aside >= 0 ? aside : complementiserAt(cx, i, j);
  // "that" as a determiner ("said that plan …") is followed by a noun, not a clause: keep it.
  if (that > i) i = that;
  // One "that" only: "said that that was a mistake".
  let thatSkipped = false;
  while (i < b && (cx.t.kind[i] === Kind.Punct || (lower(cx, i) === 'that' && !thatSkipped))) {
    if (cx.t.kind[i] === Kind.Punct && !isComma(cx, i) && cx.text.charCodeAt(cx.t.start[i]) !== 58) break;
    if (cx.t.kind[i] !== Kind.Punct) thatSkipped = true;
    i++;
  }
  // "told Reuters the plan would …": past the one told to a bare clause (row claim.content.past-told-addressee).
  return cueEnd > 0 ? pastToldAddressee(cx, cueEnd - 1, cueEnd, i, b) : i;
}

/** Direct when (nearly) every word of the content is inside quotation marks, mixed when some are. */
function kindOf(cx: CCtx, content: TextSpan, a: number, b: number): ClaimKind {
  const { t } = cx;
  let quoted = 0,
    total = 0,
    leadsUnquoted = false;
  for (let i = a; i < b; i++) {
    if (t.start[i] < content.start || t.end[i] > content.end || t.kind[i] !== Kind.Word) continue;
    const inQuote = cx.q.of[i] >= 0 && cx.q.role[i] === QRole.None;
    // 'told MSNBC that Harlan "should recuse himself …"': reported words before the quoted ones
    // make the claim a paraphrase that quotes, however short the reported part.
    if (total === 0 && !inQuote) leadsUnquoted = true;
    total++;
    if (inQuote) quoted++;
  }
  if (quoted === 0) return 'indirect';
  return quoted >= total * 0.9 && !leadsUnquoted ? 'direct' : 'mixed';
}

/**
 * Row quote.after-colon-line.unquoted: 'In it, Norton observed:' then a paragraph with no
 * quotation mark — the cue is the last word before the colon (nothing it could report stands
 * between them) and the next paragraph makes no claim of its own, so it is what was observed.
 */
function unquotedAfterColon(cx: CCtx, cue: Cue, claim: Claim, b: number, next: number): boolean {
  if (cue.b !== b - 1 || cx.q.of[cx.cs.first[next]] >= 0) return false;
  const row = UNQUOTED_COLON_LINE.value;
  // A list or a heading, not a statement: too few words, or a bullet first.
  let words = 0;
  for (let i = cx.cs.first[next]; i < cx.cs.last[next]; i++) if (cx.t.kind[i] === Kind.Word) words++;
  if (words < row.minWords || row.bullets.includes(cx.text[cx.t.start[cx.cs.first[next]]])) return false;
  if (findCue(cx, cx.cs.first[next], cx.cs.last[next])) return false;
  claim.why.push(UNQUOTED_COLON_LINE.id);
  return true;
}

/**
 * "told reporters that he would not raise taxes:" — the cue line reports its own "that" clause
 * (the claim's content opens right after "that"), so it stays a claim of its own and the
 * quotation paragraph after it is a second one (a quotation after a claim: quote.after-claim).
 * Row quote.after-colon-line.own-clause; "wrote about that decision:" has no such content.
 */
function ownThatClause(cx: CCtx, claim: Claim): boolean {
  const i = tokenAt(cx, claim.content.start);
  // "wrote about that decision:" — "that" after a preposition is a determiner, no clause.
  if (i < 2 || cx.q.of[i] >= 0 || lower(cx, i - 1) !== 'that' || PREPOSITIONS.has(lower(cx, i - 2))) return false;
  claim.why.push(PATTERN.colonLineOwnClause.id);
  return true;
}

/** Per form: 1 for a hedge word ("reportedly", "allegedly"; seven letters or more, as the row reads them). */
function hedgeForms(cx: CCtx): Uint8Array {
  const { t, formStart, formTokens } = cx;
  const marks = new Uint8Array(cx.forms.length);
  for (let f = 0; f < marks.length; f++)
    if (
      formStart[f + 1] > formStart[f] &&
      t.kind[formTokens[formStart[f]]] === Kind.Word &&
      cx.forms[f].length >= 7 &&
      HEDGE_SET.has(cx.formLower[f])
    )
      marks[f] = 1;
  return marks;
}

const NO_PROPOSITION_WORDS: ReadonlySet<string> = new Set(NO_PROPOSITION.value.words);
/** Row claim.no-proposition: the whole content, after the cue, is one word that states nothing. */
function noProposition(c: Claim): boolean {
  if (c.content.start < c.cue.end) return false;
  const m = /^\W*([A-Za-z]+)\W*$/.exec(c.content.text);
  if (m === null || !NO_PROPOSITION_WORDS.has(m[1].toLowerCase())) return false;
  // The rows that decided the claim are read last: splitting every claim's reasons was 2% of an
  // analysis of the bench text, and almost no content is one bare word.
  return !c.why.some((w) => NO_PROPOSITION.value.exceptRows.includes(w.split(':')[0]));
}
