/**
 * The analysis' lists in the form they cross from the worker to the page: numbers in an
 * `Int32Array` (moved with the message's transfer list, not copied) and each distinct string once,
 * in a table both sides build in the same order. The page builds the plain `Mention`, `Entity` and
 * `Claim` objects back from them, exactly as the engine made them (analysis-compact.test.ts).
 *
 * Why: a structured clone makes every string of every finding anew on the page. On the 1 MB bench
 * article (21,035 mentions, 7,276 claims) that was 13.7 MB allocated on the page's thread while a
 * 10,000-highlight reload loaded, most of it strings the findings share — each mention's type,
 * entity id and `why`, each claim's `why` list and speaker name — or slices of the article the
 * page already holds (every span's `text`). Here a repeated string is sent once and shared, and a
 * span's text is cut from the page's own copy of the article (a slice of it, not a copy).
 *
 * Only the lists are encoded; whatever else the analysis holds travels as it is. A span whose
 * `text` is not the slice of the article it names (no engine output, but the codec stays exact)
 * carries its own string.
 */
import type { Analysis, Claim, Entity, GazetteerEntry, Mention, Speaker, TextSpan } from '../engine/types';

/** The lists of an analysis that are encoded (and, when long, sent in parts). */
export type AnalysisListKey = 'mentions' | 'entities' | 'claims';

type ItemOf<K extends AnalysisListKey> = Analysis[K][number];

/** A run of one list's items. */
export interface CompactPart {
  key: AnalysisListKey;
  /** How many items. */
  count: number;
  /** The strings this part is the first to use, in the order they join the table. */
  strings: string[];
  /** Each item's fields, `STRIDE[key]` numbers an item (see the encoders for the order). */
  ints: Int32Array;
  /** The items' lists of strings (claims' why, entities' aliases, roles, mention ids): a length, then indices. */
  lists: Int32Array;
  /** Entities' places as they are: few, and their coordinates are not integers. */
  places: GazetteerEntry[];
}

/** Numbers an item, per list. */
const STRIDE: Record<AnalysisListKey, number> = { mentions: 7, entities: 7, claims: 20 };

/** An optional field left out of its object. */
const ABSENT = -1;
/** An optional field present with the value `undefined` (kept apart so the copy is exact). */
const UNDEFINED = -2;
/** A span's `text` that is the slice of the article it names. */
const SLICE = -1;

/** The buffers a part's message moves instead of copying. */
export const transferablesOf = (parts: readonly CompactPart[]): ArrayBuffer[] =>
  parts.flatMap((p) => [p.ints.buffer as ArrayBuffer, p.lists.buffer as ArrayBuffer]);

const isInts = (v: unknown): v is Int32Array => v instanceof Int32Array;

/**
 * Whether `v` has a part's shape, its numbers as many as its items need: what storage gives back
 * is decoded only then (a damaged part's contents are caught by the check of the decoded analysis).
 */
export function isCompactPart(v: unknown): v is CompactPart {
  if (typeof v !== 'object' || v === null) return false;
  const { key, count, strings, ints, lists, places } = v as Record<string, unknown>;
  return (
    (key === 'mentions' || key === 'entities' || key === 'claims') &&
    Number.isInteger(count) &&
    (count as number) >= 0 &&
    isInts(ints) &&
    ints.length === (count as number) * STRIDE[key] &&
    isInts(lists) &&
    Array.isArray(strings) &&
    strings.every((s) => typeof s === 'string') &&
    Array.isArray(places)
  );
}

/** The worker's side: one per analysis sent, its parts encoded in the order they are posted. */
export class CompactEncoder {
  private readonly index = new Map<string, number>();
  private fresh: string[] = [];
  private ints: number[] = [];
  private lists: number[] = [];
  private places: GazetteerEntry[] = [];

  constructor(private readonly text: string) {}

  encode<K extends AnalysisListKey>(key: K, items: readonly ItemOf<K>[]): CompactPart {
    for (const item of items) {
      if (key === 'mentions') this.mention(item as Mention);
      else if (key === 'entities') this.entity(item as Entity);
      else this.claim(item as Claim);
    }
    const part: CompactPart = {
      key,
      count: items.length,
      strings: this.fresh,
      ints: Int32Array.from(this.ints),
      lists: Int32Array.from(this.lists),
      places: this.places,
    };
    this.fresh = [];
    this.ints = [];
    this.lists = [];
    this.places = [];
    return part;
  }

  private str(s: string): number {
    let at = this.index.get(s);
    if (at === undefined) {
      at = this.index.size;
      this.index.set(s, at);
      this.fresh.push(s);
    }
    return at;
  }

  private optional(s: string | undefined, present: boolean): number {
    if (!present) return ABSENT;
    return s === undefined ? UNDEFINED : this.str(s);
  }

  private spanText(start: number, end: number, text: string): number {
    return text === this.text.slice(start, end) ? SLICE : this.str(text);
  }

  private list(strings: readonly string[]): number {
    const at = this.lists.length;
    this.lists.push(strings.length);
    for (const s of strings) this.lists.push(this.str(s));
    return at;
  }

  private span(s: TextSpan): void {
    this.ints.push(s.start, s.end, this.spanText(s.start, s.end, s.text));
  }

  private mention(m: Mention): void {
    const { ints } = this;
    ints.push(this.str(m.id), this.str(m.type), m.start, m.end, this.spanText(m.start, m.end, m.text));
    ints.push(this.str(m.entityId), this.str(m.why));
  }

  private entity(e: Entity): void {
    const { ints } = this;
    ints.push(this.str(e.id), this.str(e.type), this.str(e.name));
    ints.push(this.list(e.aliases), this.list(e.roles), this.list(e.mentionIds));
    if (!('place' in e)) ints.push(ABSENT);
    else if (e.place === undefined) ints.push(UNDEFINED);
    else ints.push(this.places.push(e.place) - 1);
  }

  private claim(c: Claim): void {
    const { ints } = this;
    ints.push(this.str(c.id));
    this.span(c);
    this.span(c.content);
    this.span(c.cue);
    ints.push(this.str(c.kind), c.direct ? 1 : 0, c.hedged ? 1 : 0);
    const sp = c.speaker;
    if (sp === null) ints.push(0, 0, 0, 0, 0, ABSENT);
    else {
      ints.push(1);
      this.span(sp);
      ints.push(this.str(sp.name), this.optional(sp.entityId, 'entityId' in sp));
    }
    ints.push(this.list(c.why));
  }
}

/** The page's side: one per analysis received, given its parts in the order they came. */
export class CompactDecoder {
  private readonly table: string[] = [];

  constructor(private readonly text: string) {}

  /** Appends `part`'s items, built back, to `into`. */
  decode<K extends AnalysisListKey>(part: CompactPart, into: ItemOf<K>[]): void {
    // Indexed loops: the page runs this before the optimiser has seen it, when `for … of` still
    // allocates an iterator result per item (bench/alloc-many.ts).
    const { strings } = part;
    for (let i = 0; i < strings.length; i++) this.table.push(strings[i]);
    const stride = STRIDE[part.key];
    const build =
      part.key === 'mentions'
        ? (at: number) => this.mention(part.ints, at)
        : part.key === 'entities'
          ? (at: number) => this.entity(part, at)
          : (at: number) => this.claim(part, at);
    for (let i = 0, at = 0; i < part.count; i++, at += stride) into.push(build(at) as ItemOf<K>);
  }

  private spanText(start: number, end: number, text: number): string {
    return text === SLICE ? this.text.slice(start, end) : this.table[text];
  }

  private list(lists: Int32Array, at: number): string[] {
    const n = lists[at];
    // Stored parts are read back too (compact-stored.ts): a damaged length must not run on for ever.
    if (!(n >= 0 && at + n < lists.length)) throw new RangeError('A list runs past its part.');
    const out = new Array<string>(n);
    for (let i = 0; i < n; i++) out[i] = this.table[lists[at + 1 + i]];
    return out;
  }

  private span(ints: Int32Array, at: number): TextSpan {
    const start = ints[at];
    const end = ints[at + 1];
    return { start, end, text: this.spanText(start, end, ints[at + 2]) };
  }

  private mention(ints: Int32Array, at: number): Mention {
    const t = this.table;
    const start = ints[at + 2];
    const end = ints[at + 3];
    return {
      id: t[ints[at]],
      type: t[ints[at + 1]] as Mention['type'],
      start,
      end,
      text: this.spanText(start, end, ints[at + 4]),
      entityId: t[ints[at + 5]],
      why: t[ints[at + 6]],
    };
  }

  private entity({ ints, lists, places }: CompactPart, at: number): Entity {
    const t = this.table;
    const entity: Entity = {
      id: t[ints[at]],
      type: t[ints[at + 1]] as Entity['type'],
      name: t[ints[at + 2]],
      aliases: this.list(lists, ints[at + 3]),
      roles: this.list(lists, ints[at + 4]),
      mentionIds: this.list(lists, ints[at + 5]),
    };
    const place = ints[at + 6];
    if (place !== ABSENT) entity.place = place === UNDEFINED ? undefined : places[place];
    return entity;
  }

  private claim({ ints, lists }: CompactPart, at: number): Claim {
    const start = ints[at + 1];
    const end = ints[at + 2];
    return {
      id: this.table[ints[at]],
      start,
      end,
      text: this.spanText(start, end, ints[at + 3]),
      content: this.span(ints, at + 4),
      cue: this.span(ints, at + 7),
      kind: this.table[ints[at + 10]] as Claim['kind'],
      direct: ints[at + 11] === 1,
      hedged: ints[at + 12] === 1,
      speaker: ints[at + 13] === 1 ? this.speaker(ints, at + 14) : null,
      why: this.list(lists, ints[at + 19]),
    };
  }

  private speaker(ints: Int32Array, at: number): Speaker {
    const start = ints[at];
    const end = ints[at + 1];
    const speaker: Speaker = {
      start,
      end,
      text: this.spanText(start, end, ints[at + 2]),
      name: this.table[ints[at + 3]],
    };
    const id = ints[at + 4];
    if (id !== ABSENT) speaker.entityId = id === UNDEFINED ? undefined : this.table[id];
    return speaker;
  }
}
