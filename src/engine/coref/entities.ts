/**
 * Groups raw mentions into entities. Full personal names anchor people; a lone surname or given
 * name joins the nearest earlier person who has it ("Moreno" → Ana Moreno), overriding a
 * guessed type. Acronyms join the organisation they abbreviate, learned from "Name (ACR)" or from
 * the initials. Weak mentions (title-case headlines) survive only when the body confirms them.
 * Finally a rescan picks up confirmed single-word names that the chunker skipped (sentence-
 * initial "Key said", lowercase brand names like "bne").
 */
import type { Entity, EntityType, GazetteerEntry, Mention } from '../types';
import { Flag, Kind } from '../tokenize/tokenize';
import { placeLookup, spanText, type Ctx } from '../context';
import { COMMON_WORDS, FIRST_NAME_SET, KIN_NOUNS, STAFF_NOUNS } from '../lexicon/words';
import { AIRLINE_WORD_AS_ADJECTIVE_ROW } from '../lexicon/lead-names-59';
import type { RawMention } from '../detect/mentions';
import { intern, MENTION_IDS, numberedId } from '../intern';
import { rowFamily } from '../lexicon/rule-row';
import { emptyObjectList, emptySlots } from '../fresh-arrays';

interface Group {
  id: string;
  type: EntityType;
  votes: Record<EntityType, number>;
  /** The votes of mentions whose own words decided their type (RawMention.local); see the vote below. */
  localVotes: Record<EntityType, number>;
  mentions: RawMention[];
  roles: string[];
  place?: GazetteerEntry;
  /** Lowercase name tokens of people (for surname matching). */
  parts: string[];
  /** Keys whose words are already in `parts` (a name repeats; its words need adding once). */
  partKeys?: Set<string>;
  lastSeen: number;
}

/** A mention keeps its own type against its group's vote when the model gives the group's type less than this. */
const EXCLUDED = 0.15;
/** Confidence a single-word name needs before other bare uses of the word are tagged too. */
const STRONG = 0.8;
const TYPE_INDEX: Record<EntityType, number> = { person: 0, place: 1, organization: 2 };

/** Honorifics are not roles ("Mr.", "Dr", "Mrs"). */
const HONORIFIC = /^(mr|mrs|ms|miss|dr|sir|dame|mx)\.?$/i;

const normalKey = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').replace(/^the /, '').replace(/[’']/g, "'");

function initials(name: string): string {
  let out = '';
  for (const w of name.split(/[\s-]+/)) {
    if (!w || /^(of|the|and|for|on|in|de|du|la|&)$/i.test(w)) continue;
    const c = w.charCodeAt(0);
    if (c >= 65 && c <= 90) out += w[0];
  }
  return out;
}

/**
 * The distinct texts of an entity's mentions, with runs of spacing made one space, in order of
 * first use. A name repeats many times: each distinct text is normalised once.
 */
function distinctForms(ms: readonly Mention[]): string[] {
  const seen = new Set<string>();
  const forms = new Set<string>();
  for (let k = 0; k < ms.length; k++) {
    const text = ms[k].text;
    if (seen.has(text)) continue;
    seen.add(text);
    // Most names hold single spaces only: test before replacing (the same result, no new string).
    forms.add(/\s\s|[^\S ]/.test(text) ? text.replace(/\s+/g, ' ') : text);
  }
  return [...forms];
}

export interface Grouped {
  mentions: Mention[];
  entities: Entity[];
}

/**
 * One document's grouping: its groups and the indexes the phases below share. The phases are
 * functions of their own, not one long function with closures: each is compiled (and recompiled)
 * on its own, and a long function took the optimising compiler seconds of CPU during a reader's
 * first analyses.
 */
class Grouping {
  readonly groups: Group[] = emptyObjectList();
  readonly byKey = new Map<string, Group>();
  readonly entityOf = new Map<RawMention, Group>();
  /** Keys that stand for a firm only as the first word of its name ("Halvorsen" → Halvorsen Foods). */
  readonly firstWordOf = new Map<string, Group>();
  /** Names repeat: each distinct text is normalised once. */
  private readonly keys = new Map<string, string>();
  constructor(readonly ctx: Ctx) {}

  newGroup(m: RawMention): Group {
    const g: Group = {
      id: 'e' + (this.groups.length + 1),
      type: m.type,
      votes: { person: 0, place: 0, organization: 0 },
      localVotes: { person: 0, place: 0, organization: 0 },
      mentions: [],
      roles: [],
      parts: [],
      lastSeen: m.a,
    };
    this.groups.push(g);
    return g;
  }

  join(g: Group, m: RawMention, key: string): void {
    g.mentions.push(m);
    this.entityOf.set(m, g);
    // The model's confidence is the vote: a confident "organization" outweighs two unsure "place"s.
    (m.local ? g.localVotes : g.votes)[m.type] += m.weak ? 0.25 * m.conf : m.conf;
    if (m.role && !HONORIFIC.test(m.role) && !g.roles.includes(m.role)) g.roles.push(m.role);
    if (m.place?.entry && !g.place) g.place = m.place.entry;
    g.lastSeen = m.a;
    if (!this.byKey.has(key)) this.byKey.set(key, g);
  }

  /** A one-word mention's text is its token's interned form: no new string to slice and hash. */
  text(m: RawMention): string {
    if (m.cut) return this.ctx.text.slice(this.ctx.t.start[m.a], this.ctx.t.end[m.b - 1] - m.cut);
    return m.b - m.a === 1 ? this.ctx.forms[this.ctx.form[m.a]] : spanText(this.ctx, m.a, m.b);
  }

  keyOf(s: string): string {
    let k = this.keys.get(s);
    if (k === undefined) this.keys.set(s, (k = normalKey(s)));
    return k;
  }
}

export function groupMentions(ctx: Ctx, raw: RawMention[]): Grouped {
  raw.sort((x, y) => x.a - y.a);
  const G = new Grouping(ctx);
  const singles = groupFullNames(G, raw);
  learnAbbreviations(G);
  const byPart = peopleByPart(G.groups);
  groupSingles(G, singles, byPart);
  groupWeak(G, raw, byPart);
  const extra = rescan(G, raw);
  const all = raw
    .filter((m) => G.entityOf.has(m))
    .concat(extra)
    .sort((x, y) => x.a - y.a);
  voteTypes(G.groups);
  splitFirstWordReadings(G);
  splitDisagreeing(G);
  const { mentions, entityMentions } = publicMentions(G, all);
  return { mentions, entities: publicEntities(G.groups, entityMentions) };
}

/** Pass 1: full names and non-person mentions; returns the single words left for pass 2. */
function groupFullNames(G: Grouping, raw: RawMention[]): RawMention[] {
  const { t } = G.ctx;
  const { byKey } = G;
  const singles: RawMention[] = [];
  // Indexed loops here and below: this runs once per document, mostly unoptimised, where for…of
  // allocates an iterator result per element.
  for (let r = 0; r < raw.length; r++) {
    const m = raw[r];
    if (m.weak) continue;
    const k = G.keyOf(G.text(m));
    if (m.type === 'person' && m.b - m.a === 1) {
      singles.push(m);
      continue;
    }
    if (t.flags[m.a] & Flag.AllCaps && m.b - m.a === 1) {
      singles.push(m);
      continue;
    }
    if (m.type === 'place' && m.b - m.a === 1 && m.place?.kind !== 'country') {
      singles.push(m);
      continue;
    }
    if (m.type === 'place' && m.place) {
      const pk = 'place:' + G.keyOf(m.place.canonical);
      const g = byKey.get(pk) ?? byKey.get(k) ?? G.newGroup(m);
      G.join(g, m, pk);
      byKey.set(k, g);
      continue;
    }
    const g = byKey.get(k) ?? (m.type === 'person' ? fullNameEndingIn(G, k) : undefined) ?? G.newGroup(m);
    G.join(g, m, k);
    if (m.type === 'person' && !g.partKeys?.has(k)) {
      (g.partKeys ??= new Set()).add(k);
      for (const p of k.split(' ')) if (p.length > 1 && !g.parts.includes(p)) g.parts.push(p);
    }
  }
  return singles;
}

/**
 * "Karim Ben Salah … Ben Salah said", "Jonas Gahr Støre … Gahr Støre": a name of two or more
 * words that ends the full name of exactly one person named before is that person's compound
 * surname, not a new person. "Bill Clinton" after "Hillary Clinton" shares one word, not a tail.
 */
function fullNameEndingIn(G: Grouping, k: string): Group | undefined {
  const tail = ' ' + k;
  let found: Group | undefined;
  for (let x = 0; x < G.groups.length; x++) {
    const g = G.groups[x];
    if (g.type !== 'person' || !g.partKeys) continue;
    for (const pk of g.partKeys)
      if (pk.endsWith(tail)) {
        if (found && found !== g) return undefined;
        found = g;
      }
  }
  return found;
}

/** Acronyms: "National Intelligence Service (NIS)" and initials; and a firm's distinctive first word. */
function learnAbbreviations(G: Grouping): void {
  const { ctx, groups, byKey } = G;
  const { t } = ctx;
  for (let x = 0; x < groups.length; x++) {
    const g = groups[x];
    if (g.type !== 'organization') continue;
    for (let y = 0; y < g.mentions.length; y++) {
      const m = g.mentions[y];
      if (
        m.b + 2 < t.count &&
        ctx.text.charCodeAt(t.start[m.b]) === 40 &&
        ctx.text.charCodeAt(t.start[m.b + 2]) === 41 &&
        t.flags[m.b + 1] & Flag.AllCaps
      ) {
        const acr = G.keyOf(ctx.text.slice(t.start[m.b + 1], t.end[m.b + 1]));
        if (!byKey.has(acr)) byKey.set(acr, g);
      }
    }
    const name = G.text(g.mentions[0]);
    const ini = initials(name);
    if (ini.length >= 2 && name.includes(' ') && !byKey.has(ini.toLowerCase())) byKey.set(ini.toLowerCase(), g);
    // A distinctive first word stands for the company ("Halvorsen Foods" → "Halvorsen").
    const m0 = g.mentions[0];
    if (m0.b - m0.a >= 2 && t.kind[m0.a] === Kind.Word && t.flags[m0.a] & Flag.Cap && !(t.flags[m0.a] & Flag.AllCaps)) {
      const fw = G.keyOf(ctx.text.slice(t.start[m0.a], t.end[m0.a]));
      if (
        !COMMON_WORDS.has(fw) &&
        !ctx.lowerSeen.has(fw) &&
        !FIRST_NAME_SET.has(fw) &&
        !placeLookup(ctx, fw) &&
        !byKey.has(fw)
      ) {
        byKey.set(fw, g);
        G.firstWordOf.set(fw, g);
      }
    }
  }
}

/** The people with a full name, by each word of it. */
function peopleByPart(groups: readonly Group[]): Map<string, Group[]> {
  const byPart = new Map<string, Group[]>();
  for (const g of groups) {
    if (g.type !== 'person' || g.parts.length < 2) continue;
    for (const p of g.parts) {
      let l = byPart.get(p);
      if (!l) byPart.set(p, (l = []));
      l.push(g);
    }
  }
  return byPart;
}

/**
 * "Her father, Ernesto Delgado,": a relative introduced by a kinship noun shares the surname
 * of the story's subject; a bare "Delgado" means the subject.
 */
function kinIntro(ctx: Ctx, g: Group): boolean {
  const t = ctx.t;
  const a = g.mentions[0].a;
  return (
    a >= 2 && ctx.text.charCodeAt(t.start[a - 1]) === 44 && KIN_NOUNS.has(spanText(ctx, a - 2, a - 1).toLowerCase())
  );
}

/** The person a lone name word `w` at token `at` stands for. */
function findPerson(ctx: Ctx, byPart: Map<string, Group[]>, w: string, at: number): Group | undefined {
  let best: Group | undefined;
  for (const g of byPart.get(w) ?? []) {
    if (!best) {
      best = g;
      continue;
    }
    const gb = g.mentions[0].a < at,
      bb = best.mentions[0].a < at;
    if (gb && bb && kinIntro(ctx, g) !== kinIntro(ctx, best)) {
      if (kinIntro(ctx, best)) best = g;
      continue;
    }
    if ((gb && !bb) || (gb === bb && g.lastSeen > best.lastSeen && g.mentions[0].a < at)) best = g;
  }
  return best;
}

/** "Walton, 62, said", "Walton, who founded the firm,": an age or a "who" after the word at `b` says it is a person. */
function personAside(ctx: Ctx, b: number): boolean {
  const { t } = ctx;
  if (b + 1 >= t.count || ctx.text.charCodeAt(t.start[b]) !== 44) return false;
  const next = spanText(ctx, b + 1, b + 2).toLowerCase();
  return next === 'who' || /^\d{1,3}$/.test(next);
}

/** Pass 2: single words join a person by surname/given name, or a known name, or start a group. */
function groupSingles(G: Grouping, singles: RawMention[], byPart: Map<string, Group[]>): void {
  const { ctx, byKey } = G;
  const { t } = ctx;
  for (let r = 0; r < singles.length; r++) {
    const m = singles[r];
    const k = G.keyOf(G.text(m));
    // A lone surname or given name joins the person whose full name has it ("Moreno" → Ana
    // Moreno). Only when the model reads it as a person: it already knows the document's full
    // names (memory.ts), so "Oakland" the city stays a place after "Old Oakland".
    const p = t.flags[m.a] & Flag.AllCaps || m.type !== 'person' ? undefined : findPerson(ctx, byPart, k, m.a);
    // "Brightwell Snacks … Brightwell … brothers Sam and Eli Brightwell": before the person is
    // named, the bare word is the firm named with it first.
    const firm = p && !m.role && !personAside(ctx, m.b) ? G.firstWordOf.get(k) : undefined;
    if (firm && firm.mentions[0].a < m.a && p!.mentions[0].a > m.a) {
      m.type = firm.type;
      G.join(firm, m, k);
      continue;
    }
    if (p) {
      G.join(p, m, k);
      continue;
    }
    const known = byKey.get(k) ?? (m.place ? byKey.get('place:' + G.keyOf(m.place.canonical)) : undefined);
    if (known) {
      G.join(known, m, k);
      continue;
    }
    const g = G.newGroup(m);
    G.join(g, m, k);
    if (m.place) byKey.set('place:' + G.keyOf(m.place.canonical), g);
    if (m.type === 'person') g.parts.push(k);
  }
}

/** Weak mentions (headlines, unknown sentence openers): kept when confirmed. */
function groupWeak(G: Grouping, raw: RawMention[], byPart: Map<string, Group[]>): void {
  const { byKey } = G;
  const initialCount = new Map<string, number>();
  for (let r = 0; r < raw.length; r++) {
    const m = raw[r];
    if (!m.initial) continue;
    const k = G.keyOf(G.text(m));
    initialCount.set(k, (initialCount.get(k) ?? 0) + 1);
  }
  for (let r = 0; r < raw.length; r++) {
    const m = raw[r];
    if (!m.weak) continue;
    const k = G.keyOf(G.text(m));
    const g =
      byKey.get(k) ??
      (m.b - m.a === 1 ? findPerson(G.ctx, byPart, k, m.a) : undefined) ??
      (m.place?.kind === 'country' ? (byKey.get('place:' + G.keyOf(m.place.canonical)) ?? G.newGroup(m)) : undefined) ??
      (m.initial && (initialCount.get(k) ?? 0) >= 2 ? G.newGroup(m) : undefined);
    if (g) {
      m.type = g.type;
      G.join(g, m, k);
    }
  }
}

/** The row that reads a nationality word as the airline of that name ("Norwegian", "American"). */
const SHARED_AIRLINE = 'organisation.airline-shared';
/** none.airline-word-as-adjective: nouns a nationality word qualifies, so it names no airline. */
const QUALIFIED_NOUNS: ReadonlySet<string> = new Set([...AIRLINE_WORD_AS_ADJECTIVE_ROW.value, ...STAFF_NOUNS]);

/**
 * none.airline-word-as-adjective: a nationality word the article named as its airline, repeated
 * before a lowercase noun it qualifies ("Norwegian cancelled 40 flights … Norwegian passengers on
 * other carriers"), is the nationality, not another mention of the airline.
 */
function qualifiesNoun(ctx: Ctx, g: Group, i: number): boolean {
  const { t } = ctx;
  if (g.type !== 'organization' || i + 1 >= t.count || t.kind[i + 1] !== Kind.Word) return false;
  if (t.flags[i + 1] & (Flag.Cap | Flag.NewLine)) return false;
  if (!QUALIFIED_NOUNS.has(ctx.forms[ctx.form[i + 1]])) return false;
  return g.mentions.some((m) => m.rule === SHARED_AIRLINE);
}

/** Rescan: single-word names the chunker dropped (exact case); the mentions it adds. */
function rescan(G: Grouping, raw: RawMention[]): RawMention[] {
  const { ctx, groups, entityOf } = G;
  const { t } = ctx;
  const covered = new Uint8Array(t.count);
  for (let r = 0; r < raw.length; r++) {
    const m = raw[r];
    if (entityOf.has(m)) for (let i = m.a; i < m.b; i++) covered[i] = 1;
  }
  const surfaces = new Map<string, Group>();
  for (let x = 0; x < groups.length; x++) {
    const g = groups[x];
    for (let y = 0; y < g.mentions.length; y++) {
      const m = g.mentions[y];
      if (m.b - m.a === 1 && m.conf >= STRONG) surfaces.set(G.text(m), g);
    }
    if (g.type === 'person')
      for (let y = 0; y < g.mentions.length; y++) {
        const m = g.mentions[y];
        if (m.b - m.a > 1 && m.conf >= STRONG) surfaces.set(ctx.forms[ctx.form[m.b - 1]], g);
      }
  }
  const capWord = (i: number) => i >= 0 && i < t.count && t.kind[i] === Kind.Word && (t.flags[i] & Flag.Cap) !== 0;
  const extra: RawMention[] = [];
  // The token's interned form is its exact text (context.ts), so each distinct word is looked up
  // once: per form, its group, or null when it names none.
  const formGroup = emptySlots<Group | null>(ctx.forms.length);
  for (let i = 0; i < t.count; i++) {
    if (covered[i] || t.kind[i] !== Kind.Word) continue;
    const f = ctx.form[i];
    let g = formGroup[f];
    if (g === undefined) formGroup[f] = g = surfaces.get(ctx.forms[f]) ?? null;
    if (!g) continue;
    // Only a word standing alone: inside a longer capitalised name ("Cherokee Turnpike") it is not the person.
    // A capital on the next line is not part of it (a headline's last word before the dateline: ents28a).
    if ((capWord(i - 1) && !(t.flags[i] & Flag.NewLine)) || (capWord(i + 1) && !(t.flags[i + 1] & Flag.NewLine)))
      continue;
    if (qualifiesNoun(ctx, g, i)) continue;
    const m: RawMention = {
      a: i,
      b: i + 1,
      type: g.type,
      weak: false,
      guessed: false,
      sent: ctx.s.of[i],
      conf: 0.5,
      probs: [0, 0, 0, 0],
      why: 'doc.repeat: the article names it elsewhere',
    };
    G.join(g, m, G.keyOf(G.text(m)));
    extra.push(m);
  }
  return extra;
}

/**
 * Resolve types by vote. A mention whose own words decided its type ("Sabadell's mayor", "Zurich,
 * Europe's third-largest insurer,") keeps that type, and its evidence speaks for that occurrence
 * only: a name an article has to explain beside one use is one it also uses otherwise ("Ajax won
 * the title" before "Ajax, a town in Ontario,"). So the group's type is voted by the other
 * mentions, and by these only when there are no others.
 */
function voteTypes(groups: readonly Group[]): void {
  for (const g of groups) {
    const free = g.votes.person + g.votes.place + g.votes.organization > 0;
    const v = free ? g.votes : g.localVotes;
    g.type =
      v.person >= v.place && v.person >= v.organization
        ? 'person'
        : v.place >= v.organization
          ? 'place'
          : 'organization';
    if (v.person > 0 && v.person === Math.max(v.place, v.organization) && g.parts.length > 1) g.type = 'person';
  }
}

/** The family of the rows that read sides and grounds in a match report. */
const SPORT = 'sport';
/** A mention a sport row decided, or one whose reading a sport row gave before another rule: a club. */
export function readAsClub(m: RawMention): boolean {
  return (
    (m.rule !== undefined && rowFamily(m.rule) === SPORT) ||
    (m.overruled !== undefined && rowFamily(m.overruled) === SPORT)
  );
}

/**
 * A firm named after a town or a person lends its first word to the bare word ("Bikita Minerals"
 * → "Bikita"), and the firm's full, confident name then outvotes every bare use in the group. But
 * the bare word may be the town itself ("The council of Gällivare, the Arctic mining
 * municipality," beside "the Gällivare Party") or the founder ("Mr. Ostergaard" beside
 * "Ostergaard Brothers Ltd."): what the bare word means is a question for its own mentions, not
 * for the firm's name. So they are voted among themselves, and where one of them says by its own
 * words what it is (a place: RawMention.local; a person: a title) and together they read more as
 * that than as the firm, they are that place or person, an entity of their own. The model alone is
 * not enough: it reads many an unfamiliar word as a place or a person, and "Kovanda had moved 90
 * households" is the firm. Not for a club: the sports pages name a club by its city alone ("In
 * Hull, … Hull, who were in the relegation places,").
 */
function splitFirstWordReadings(G: Grouping): void {
  const { entityOf } = G;
  for (const [key, g] of G.firstWordOf) {
    if (g.type !== 'organization' || g.mentions.some(readAsClub)) continue;
    const votes: Record<EntityType, number> = { person: 0, place: 0, organization: 0 };
    const bare: RawMention[] = [];
    for (let y = 0; y < g.mentions.length; y++) {
      const m = g.mentions[y];
      if (m.b - m.a !== 1 || G.keyOf(G.text(m)) !== key) continue;
      bare.push(m);
      votes[m.type] += m.weak ? 0.25 * m.conf : m.conf;
    }
    const titled = bare.some((m) => m.type === 'person' && m.role !== undefined);
    const placed = bare.some((m) => m.type === 'place' && m.local !== undefined);
    const type: EntityType = titled && (!placed || votes.person >= votes.place) ? 'person' : 'place';
    if (!(type === 'person' ? titled : placed) || votes[type] <= votes.organization) continue;
    const h = G.newGroup(bare[0]);
    h.type = type;
    for (const m of bare) {
      h.mentions.push(m);
      entityOf.set(m, h);
      if (m.place?.entry && !h.place) h.place = m.place.entry;
    }
    g.mentions = g.mentions.filter((m) => entityOf.get(m) === g);
  }
}

/**
 * Consistency only where the evidence agrees: a mention the model is sure is another type than
 * the rest of its group ("Washington" the person among "Washington" the city) becomes its own entity.
 * Groups split off here are appended to `groups`; only the ones before them are split.
 */
function splitDisagreeing(G: Grouping): void {
  const { groups, entityOf } = G;
  for (let x = 0, before = groups.length; x < before; x++) {
    const g = groups[x];
    const split = new Map<EntityType, Group>();
    for (let y = 0; y < g.mentions.length; y++) {
      const m = g.mentions[y];
      if (m.type === g.type || (!m.local && (m.conf < 0.5 || m.probs[TYPE_INDEX[g.type]] >= EXCLUDED))) continue;
      let h = split.get(m.type);
      if (!h) {
        h = G.newGroup(m);
        h.type = m.type;
        split.set(m.type, h);
      }
      h.mentions.push(m);
      entityOf.set(m, h);
      if (m.role && !HONORIFIC.test(m.role) && !h.roles.includes(m.role)) h.roles.push(m.role);
      if (m.place?.entry && !h.place) h.place = m.place.entry;
    }
    if (split.size) g.mentions = g.mentions.filter((m) => entityOf.get(m) === g);
  }
}

/** The public mention records in text order, and each group's. */
function publicMentions(
  G: Grouping,
  all: readonly RawMention[],
): { mentions: Mention[]; entityMentions: Map<Group, Mention[]> } {
  const { ctx, entityOf } = G;
  const { t } = ctx;
  const mentions: Mention[] = [];
  const entityMentions = new Map<Group, Mention[]>();
  for (let r = 0; r < all.length; r++) {
    const m = all[r];
    const g = entityOf.get(m)!;
    const s = t.start[m.a],
      e = t.end[m.b - 1] - (m.cut ?? 0);
    const mention: Mention = {
      id: numberedId(MENTION_IDS, 'm', mentions.length + 1),
      type: g.type,
      start: s,
      end: e,
      text: m.b - m.a === 1 && !m.cut ? ctx.forms[ctx.form[m.a]] : ctx.text.slice(s, e),
      entityId: g.id,
      why: m.type === g.type ? m.why : intern(`doc.consistency: ${g.type} as its other mentions (own ${m.why})`),
    };
    mentions.push(mention);
    let list = entityMentions.get(g);
    if (!list) entityMentions.set(g, (list = []));
    list.push(mention);
  }
  return { mentions, entityMentions };
}

/** The public entity records: each group with mentions, named by its fullest form. */
function publicEntities(groups: readonly Group[], entityMentions: Map<Group, Mention[]>): Entity[] {
  const entities: Entity[] = [];
  for (const g of groups) {
    const ms = entityMentions.get(g);
    if (!ms || ms.length === 0) continue;
    const forms = distinctForms(ms);
    const isAcr = (f: string) => /^[A-Z.]+$/.test(f);
    const name = forms.reduce(
      (best, f) =>
        (isAcr(best) && !isAcr(f)) ||
        (!(isAcr(f) && !isAcr(best)) && f.split(' ').length > best.split(' ').length) ||
        (f.split(' ').length === best.split(' ').length && f.length > best.length && !isAcr(f))
          ? f
          : best,
      forms[0],
    );
    const e: Entity = {
      id: g.id,
      type: g.type,
      name,
      aliases: forms.filter((f) => f !== name),
      roles: g.type === 'person' ? g.roles : [],
      mentionIds: ms.map((m) => m.id),
    };
    if (g.type === 'place' && g.place) e.place = g.place;
    entities.push(e);
  }
  // Acronyms learned from "(ACR)" are aliases even when written only once.
  return entities;
}
