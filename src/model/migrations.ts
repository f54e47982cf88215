/**
 * Reading saved annotations state of any version (see envelope.ts for the rules every store
 * shares): the older whole-state shapes and the step-by-step migrations to the current one.
 * Per-record changes live with their record (annotation.ts, page-note.ts); this file only knows
 * how the state around them changed.
 */
import { isoFromMillis, migrateV1Annotation, V1_COLOURS, type V1Annotation } from './annotation';
import { migrateEnvelope, restoreEnvelope, type EnvelopeSpec, type Migration, type Restored } from './envelope';
import { migrateV1PageNote } from './page-note';
import { emptyPersistedState, PERSISTED_VERSION, validateState, type PersistedState } from './persisted-state';
import { isPlainRecord } from './schema-kit';

export type { V1Annotation };

/** v1: one flat array of annotations, page notes in a separate map keyed by article. */
export interface V1State {
  annotations: V1Annotation[];
  pageNotes?: Record<string, { text: string; updatedAt: number }>;
  labels?: Record<string, string>;
}

/** v1 → v2: flat array → map by article and id, `colour` → `color`, page notes → annotations. */
export function migrateV1toV2(state: unknown, problems: string[]): unknown {
  if (!isPlainRecord(state)) throw new Error('v1 state is not an object');
  const list = Array.isArray(state.annotations) ? state.annotations : [];
  const annotations: Record<string, Record<string, unknown>> = {};
  list.forEach((raw, i) => {
    if (!isPlainRecord(raw) || typeof raw.article !== 'string' || typeof raw.id !== 'string') {
      problems.push(`v1 annotation #${i} has no id or article and could not be migrated`);
      return;
    }
    (annotations[raw.article] ??= {})[raw.id] = migrateV1Annotation(raw, problems);
  });
  const pageNotes = isPlainRecord(state.pageNotes) ? state.pageNotes : {};
  for (const [articleId, note] of Object.entries(pageNotes)) {
    if (!isPlainRecord(note) || typeof note.text !== 'string') {
      problems.push(`v1 page note for article ${articleId} could not be migrated`);
      continue;
    }
    const record = migrateV1PageNote(articleId, { text: note.text, updatedAt: note.updatedAt }, isoFromMillis);
    (annotations[articleId] ??= {})[record.id] = record;
  }
  const labels: Record<string, string> = {};
  if (isPlainRecord(state.labels)) {
    for (const [colour, label] of Object.entries(state.labels)) {
      const color = V1_COLOURS[colour];
      if (color && typeof label === 'string') labels[color] = label;
    }
  }
  return { annotations, labels };
}

/**
 * v2 → v3: the shape of a state is unchanged; what changed is where it is kept (one key per share
 * of an article, see persisted-state.ts). A v2 value still holds every annotation: the store moves
 * them to their keys after reading (store/annotations-persistence.ts), so nothing is done here.
 */
export const migrateV2toV3: Migration = (state) => state;

/** Keyed by the version a migration upgrades from. */
export const MIGRATIONS: Record<number, Migration> = { 1: migrateV1toV2, 2: migrateV2toV3 };

export const ANNOTATIONS_ENVELOPE: EnvelopeSpec<PersistedState> = {
  what: 'saved annotations',
  version: PERSISTED_VERSION,
  migrations: MIGRATIONS,
  validate: validateState,
  empty: emptyPersistedState,
};

/** Upgrade `state` saved at `fromVersion` to the current version, one step at a time. */
export function migrate(state: unknown, fromVersion: number, problems: string[] = []): unknown {
  return migrateEnvelope(state, fromVersion, ANNOTATIONS_ENVELOPE, problems);
}

export type RestoreResult = Restored<PersistedState>;

/**
 * Turn raw saved annotations (the stored string, or an already parsed `{ state, version }`) into
 * the current state. Never throws: corrupt JSON, a newer version or bad records all come back as
 * problems plus the raw text.
 */
export const restore = (raw: unknown): RestoreResult => restoreEnvelope(raw, ANNOTATIONS_ENVELOPE);
