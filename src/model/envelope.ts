/**
 * Reading any store's saved value — `{ "state": …, "version": n }`, as zustand `persist` writes it —
 * of any version, without ever losing any of it silently.
 *
 * `restoreEnvelope` is the single entry point for raw storage contents: it parses, upgrades older
 * versions one migration at a time, and hands the state to the store's own validator, which
 * checks record by record (one bad record costs that record, reported in `problems`, not the
 * whole store). Whenever anything could not be read as is, the raw text comes back as
 * `unreadable` for the caller to keep aside. Never throws; knows nothing about where the raw text
 * came from (storage, another tab, an import).
 */
import { isPlainRecord } from './schema-kit';

export type Migration = (state: unknown, problems: string[]) => unknown;

export interface EnvelopeSpec<S> {
  /** What the user calls it, for problems: "saved annotations", "the saved library". */
  what: string;
  version: number;
  /** Keyed by the version each one upgrades from. */
  migrations: Record<number, Migration>;
  /** Current-shape state → state, keeping every readable record and reporting the rest. */
  validate: (state: unknown, problems: string[]) => S;
  empty: () => S;
}

export interface Restored<S> {
  state: S;
  /** One human-readable line per thing that could not be read as is. */
  problems: string[];
  /** The raw saved text, whenever anything in it could not be read: keep it aside. */
  unreadable?: string;
  /** The version the data was saved with, when known. */
  version?: number;
}

/** Upgrade `state` saved at `fromVersion` to `spec.version`, one step at a time. */
export function migrateEnvelope(
  state: unknown,
  fromVersion: number,
  spec: Pick<EnvelopeSpec<unknown>, 'version' | 'migrations'>,
  problems: string[] = [],
): unknown {
  let current = state;
  for (let v = fromVersion; v < spec.version; v++) {
    const step = spec.migrations[v];
    if (!step) throw new Error(`no migration from version ${v}`);
    current = step(current, problems);
  }
  return current;
}

/** Raw saved data (the stored string, or an already parsed envelope) → the current state. */
export function restoreEnvelope<S>(raw: unknown, spec: EnvelopeSpec<S>): Restored<S> {
  const problems: string[] = [];
  if (raw === null || raw === undefined || raw === '') return { state: spec.empty(), problems };
  const rawText = typeof raw === 'string' ? raw : safeStringify(raw);
  const done = (state: S, version?: number): Restored<S> =>
    problems.length ? { state, problems, unreadable: rawText, version } : { state, problems, version };

  let envelope: unknown = raw;
  if (typeof raw === 'string') {
    try {
      envelope = JSON.parse(raw);
    } catch {
      problems.push(`${spec.what} are not valid JSON (damaged or cut short)`);
      return done(spec.empty());
    }
  }
  if (!isPlainRecord(envelope) || !('state' in envelope)) {
    problems.push(`${spec.what} are not in a known format`);
    return done(spec.empty());
  }
  const version = typeof envelope.version === 'number' ? envelope.version : undefined;
  let state = envelope.state;
  if (version === undefined || !Number.isInteger(version) || version < 1) {
    problems.push(`${spec.what} carry no valid version (${String(envelope.version)}); read as version ${spec.version}`);
  } else if (version > spec.version) {
    problems.push(
      `${spec.what} were saved by a newer version of Marginalia (format ${version}); loaded what this version understands`,
    );
  } else if (version < spec.version) {
    try {
      state = migrateEnvelope(state, version, spec, problems);
    } catch (e) {
      problems.push(`could not upgrade ${spec.what} from format ${version}: ${(e as Error).message}`);
      return done(spec.empty(), version);
    }
  }
  return done(spec.validate(state, problems), version);
}

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
