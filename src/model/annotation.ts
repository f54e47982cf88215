/**
 * A reader's own annotation: the one record type the store persists, exports and shares.
 * An annotation belongs to one article (by content hash) and locates itself with W3C selectors.
 * Deletion is a tombstone (`deleted: true`) so that merges between tabs and imports never bring
 * a deleted annotation back.
 */
import type { Selector } from './selectors';

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

export const VERDICTS = ['supported', 'disputed', 'false', 'misleading', 'unverifiable', 'needs-context'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** How each verdict reads to a person, in the app and in exports. */
export const VERDICT_LABEL: Record<Verdict, string> = {
  supported: 'Supported',
  disputed: 'Disputed',
  false: 'False',
  misleading: 'Misleading',
  unverifiable: 'Unverifiable',
  'needs-context': 'Needs context',
};

export type AnnotationKind = 'highlight' | 'claim' | 'page-note';

export interface Annotation {
  id: string;
  articleId: string;
  kind: AnnotationKind;
  /** ISO 8601 timestamps. `updated` orders concurrent edits of the same annotation. */
  created: string;
  updated: string;
  /** Empty for a page note. */
  selectors: Selector[];
  color?: HighlightColor;
  /** Markdown, rendered sanitized. */
  note: string;
  tags: string[];
  /** For `kind: 'claim'`: the engine claim it judges and the verdict. */
  claimId?: string;
  verdict?: Verdict;
  /** Links to sources backing the verdict. */
  links?: string[];
  /** Display name of whoever wrote it, when it came from someone else. */
  author?: string;
  deleted?: boolean;
}

/** Where an annotation ended up in the current text. */
export type AnchorStatus = 'anchored' | 'orphan';
