/**
 * Reading saved annotations state of any version, and never losing any of it silently.
 *
 * Owns the older persisted shapes, the step-by-step migrations to the current one and `restore`,
 * the single entry point for raw storage contents. Every record is checked on its own, so one bad
 * annotation costs that annotation (reported in `problems`), not the whole store; whenever
 * anything could not be read, the raw text is handed back as `unreadable` for the caller to keep
 * aside. Knows nothing about where the raw text came from (storage, another tab, an import).
 */
import type { Annotation, HighlightColor } from './annotation';
import type { Selector } from './selectors';
import {
  annotationSchema,
  DEFAULT_LABELS,
  describeIssues,
  emptyPersistedState,
  labelsSchema,
  PERSISTED_VERSION,
  type PersistedState,
} from './persisted-state';

/**
 * v1 (the first release): one flat array of annotations; British `colour` with 'red' where v2
 * has 'pink'; epoch-millisecond times; the quote and offsets as loose fields instead of W3C
 * selectors; page notes in a separate map keyed by article.
 */
export interface V1Annotation {
  id: string;
  article: string;
  type: 'highlight' | 'claim';
  colour?: 'yellow' | 'green' | 'blue' | 'red' | 'purple';
  text?: string;
  tags?: string[];
  quote?: { exact: string; prefix?: string; suffix?: string };
  start?: number;
  end?: number;
  claim?: { id: string; verdict?: string; links?: string[] };
  createdAt: number;
  updatedAt: number;
  removed?: boolean;
}

export interface V1State {
  annotations: V1Annotation[];
  pageNotes?: Record<string, { text: string; updatedAt: number }>;
  labels?: Record<string, string>;
}

type Migration = (state: unknown, problems: string[]) => unknown;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const V1_COLOURS: Record<string, HighlightColor> = {
  yellow: 'yellow',
  green: 'green',
  blue: 'blue',
  red: 'pink',
  purple: 'purple',
};

function iso(ms: unknown): string {
  return new Date(typeof ms === 'number' && Number.isFinite(ms) ? ms : 0).toISOString();
}

function migrateV1Annotation(a: Record<string, unknown>, problems: string[]): Annotation {
  const selectors: Selector[] = [];
  const quote = a.quote as V1Annotation['quote'];
  if (isRecord(quote)) selectors.push({ type: 'TextQuoteSelector', ...quote });
  if (typeof a.start === 'number' && typeof a.end === 'number') {
    selectors.push({ type: 'TextPositionSelector', start: a.start, end: a.end });
  }
  let color: HighlightColor | undefined;
  if (a.colour !== undefined) {
    color = V1_COLOURS[String(a.colour)];
    if (!color)
      problems.push(`annotation ${String(a.id)}: unknown v1 colour "${String(a.colour)}", shown without colour`);
  }
  const claim = isRecord(a.claim) ? (a.claim as NonNullable<V1Annotation['claim']>) : undefined;
  const out: Record<string, unknown> = {
    id: a.id,
    articleId: a.article,
    kind: a.type === 'claim' ? 'claim' : 'highlight',
    created: iso(a.createdAt),
    updated: iso(a.updatedAt ?? a.createdAt),
    selectors,
    note: typeof a.text === 'string' ? a.text : '',
    tags: Array.isArray(a.tags) ? a.tags : [],
    color,
    claimId: claim?.id,
    verdict: claim?.verdict,
    links: claim?.links,
    deleted: a.removed === true ? true : undefined,
  };
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  // Not validated here: `restore` validates every record of the current shape in one place.
  return out as unknown as Annotation;
}

/** v1 → v2: flat array → map by article and id, `colour` → `color`, page notes → annotations. */
export function migrateV1toV2(state: unknown, problems: string[]): unknown {
  if (!isRecord(state)) throw new Error('v1 state is not an object');
  const list = Array.isArray(state.annotations) ? state.annotations : [];
  const annotations: Record<string, Record<string, unknown>> = {};
  list.forEach((raw, i) => {
    if (!isRecord(raw) || typeof raw.article !== 'string' || typeof raw.id !== 'string') {
      problems.push(`v1 annotation #${i} has no id or article and could not be migrated`);
      return;
    }
    (annotations[raw.article] ??= {})[raw.id] = migrateV1Annotation(raw, problems);
  });
  const pageNotes = isRecord(state.pageNotes) ? state.pageNotes : {};
  for (const [articleId, note] of Object.entries(pageNotes)) {
    if (!isRecord(note) || typeof note.text !== 'string') {
      problems.push(`v1 page note for article ${articleId} could not be migrated`);
      continue;
    }
    // A deterministic id and time: two tabs migrating the same v1 data produce equal records.
    const id = `page-note:${articleId}`;
    (annotations[articleId] ??= {})[id] = {
      id,
      articleId,
      kind: 'page-note',
      created: iso(note.updatedAt),
      updated: iso(note.updatedAt),
      selectors: [],
      note: note.text,
      tags: [],
    };
  }
  const labels: Record<string, string> = {};
  if (isRecord(state.labels)) {
    for (const [colour, label] of Object.entries(state.labels)) {
      const color = V1_COLOURS[colour];
      if (color && typeof label === 'string') labels[color] = label;
    }
  }
  return { annotations, labels };
}

/** Keyed by the version a migration upgrades from. */
export const MIGRATIONS: Record<number, Migration> = { 1: migrateV1toV2 };

/** Upgrade `state` saved at `fromVersion` to the current version, one step at a time. */
export function migrate(state: unknown, fromVersion: number, problems: string[] = []): unknown {
  let current = state;
  for (let v = fromVersion; v < PERSISTED_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`no migration from version ${v}`);
    current = step(current, problems);
  }
  return current;
}

/** Validate a current-shape state record by record, keeping every record that passes. */
export function validateState(state: unknown, problems: string[]): PersistedState {
  const result = emptyPersistedState();
  if (!isRecord(state)) {
    problems.push('saved state is not an object');
    return result;
  }
  const byArticle = isRecord(state.annotations) ? state.annotations : {};
  if (state.annotations !== undefined && !isRecord(state.annotations)) problems.push('saved annotations are not a map');
  for (const [articleKey, records] of Object.entries(byArticle)) {
    if (!isRecord(records)) {
      problems.push(`annotations of article ${articleKey} are not a map`);
      continue;
    }
    for (const [key, raw] of Object.entries(records)) {
      const parsed = annotationSchema.safeParse(raw);
      if (!parsed.success) {
        problems.push(`annotation ${key} (article ${articleKey}) is invalid: ${describeIssues(parsed.error)}`);
        continue;
      }
      // Trust the record over the keys it was filed under: a mis-filed record is re-filed.
      const a = parsed.data;
      (result.annotations[a.articleId] ??= {})[a.id] = a;
    }
  }
  const labels = labelsSchema.safeParse(state.labels ?? {});
  if (labels.success) result.labels = { ...DEFAULT_LABELS, ...labels.data };
  else problems.push(`colour labels are invalid, defaults used: ${describeIssues(labels.error)}`);
  return result;
}

export interface RestoreResult {
  state: PersistedState;
  /** One human-readable line per thing that could not be read as is. */
  problems: string[];
  /** The raw saved text, whenever anything in it could not be read: keep it aside. */
  unreadable?: string;
  /** The version the data was saved with, when known. */
  version?: number;
}

/**
 * Turn raw saved data (the stored string, or an already parsed `{ state, version }`) into the
 * current state. Never throws: corrupt JSON, a newer version or bad records all come back as
 * problems plus the raw text.
 */
export function restore(raw: unknown): RestoreResult {
  const problems: string[] = [];
  if (raw === null || raw === undefined || raw === '') return { state: emptyPersistedState(), problems };
  const rawText = typeof raw === 'string' ? raw : safeStringify(raw);
  const done = (state: PersistedState, version?: number): RestoreResult =>
    problems.length ? { state, problems, unreadable: rawText, version } : { state, problems, version };

  let envelope: unknown = raw;
  if (typeof raw === 'string') {
    try {
      envelope = JSON.parse(raw);
    } catch {
      problems.push('saved annotations are not valid JSON (damaged or cut short)');
      return done(emptyPersistedState());
    }
  }
  if (!isRecord(envelope) || !('state' in envelope)) {
    problems.push('saved annotations are not in a known format');
    return done(emptyPersistedState());
  }
  const version = typeof envelope.version === 'number' ? envelope.version : undefined;
  let state = envelope.state;
  if (version === undefined || !Number.isInteger(version) || version < 1) {
    problems.push(
      `saved annotations carry no valid version (${String(envelope.version)}); read as version ${PERSISTED_VERSION}`,
    );
  } else if (version > PERSISTED_VERSION) {
    problems.push(`saved by a newer version of Marginalia (format ${version}); loaded what this version understands`);
  } else if (version < PERSISTED_VERSION) {
    try {
      state = migrate(state, version, problems);
    } catch (e) {
      problems.push(`could not upgrade saved annotations from format ${version}: ${(e as Error).message}`);
      return done(emptyPersistedState(), version);
    }
  }
  return done(validateState(state, problems), version);
}

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
