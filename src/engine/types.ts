/**
 * The analysis contract: what the engine finds in an article, as plain data.
 * Offsets are UTF-16 code units into the exact input text, `end` exclusive.
 * Everything here is serialisable (it crosses a worker boundary and the CLI).
 */

export type EntityType = 'person' | 'place' | 'organization';

/** One occurrence of a name in the text. */
export interface Mention {
  id: string;
  type: EntityType;
  start: number;
  end: number;
  text: string;
  /** The entity this mention belongs to. */
  entityId: string;
  /**
   * What decided it, for `--explain` and the curious reader: the model's decision
   * ("model: person 0.91 (next best organization 0.06)"), a rule row's id ("rule dateline.caps"),
   * or the document-level evidence that settled it ("doc: …").
   */
  why: string;
}

/** A gazetteer record for a place (GeoNames-based). */
export interface GazetteerEntry {
  name: string;
  lat: number;
  lon: number;
  /** Country name in English ("Ukraine"); for a country, itself. */
  country: string;
  /** ISO 3166-1 alpha-2 code. */
  countryCode: string;
  kind: 'country' | 'city' | 'region';
}

/** Mentions grouped into one real-world referent. */
export interface Entity {
  id: string;
  type: EntityType;
  /** Canonical name: the longest full form the article uses ("Ana Moreno"). */
  name: string;
  /** Other forms used for it ("Moreno", "WHO"). */
  aliases: string[];
  /** Roles the article states for a person ("Russian President"). */
  roles: string[];
  mentionIds: string[];
  /** For places found in the gazetteer. */
  place?: GazetteerEntry;
}

export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export type ClaimKind = 'direct' | 'indirect' | 'mixed';

export interface Speaker extends TextSpan {
  /** Resolved name of the source ("Ana Moreno" for "she"). */
  name: string;
  entityId?: string;
}

/** A statement attributed to a source. */
export interface Claim {
  id: string;
  /** The whole claim: the sentence, or the quote plus its attribution. */
  start: number;
  end: number;
  text: string;
  /** What is claimed (the quote or the reported clause). */
  content: TextSpan;
  /** The reporting verb or phrase ("said", "according to"). */
  cue: TextSpan;
  kind: ClaimKind;
  /**
   * The content is the source's own words, inside quotation marks. Only direct claims may be
   * shown in quotation marks; a paraphrase (`kind` indirect or mixed) never is.
   */
  direct: boolean;
  /** The cue distances the reporter from the content ("claimed", "alleged"). */
  hedged: boolean;
  /** Null when the source is unknown ("… is said to …"). */
  speaker: Speaker | null;
  /**
   * The rule rows and decisions that made the claim, its cue and its speaker, in order
   * ("cue.verb.say: said", "speaker.subject", "speaker.pronoun.he: Omar Haddad").
   */
  why: string[];
}

export interface Analysis {
  /** 2: mentions carry `why`. */
  version: 2;
  mentions: Mention[];
  entities: Entity[];
  claims: Claim[];
}
