/**
 * The zustand `PersistStorage` for the small stores (library, preferences, corrections): reads go
 * through the store's envelope spec (migrations, per-record validation, see model/envelope.ts);
 * anything unreadable is kept aside by the safe storage before it can be overwritten, reported
 * for a notice, and replaced by what was readable; writes go through the safe storage, so a full or refused localStorage never
 * throws into an action (which used to make "Open article" do nothing and a layer toggle throw).
 * The annotations store has its own (annotations-persistence.ts: coalesced, merged across tabs).
 */
import type { PersistStorage } from 'zustand/middleware';
import type { SafeStorage } from '../lib/safe-storage';
import { restoreEnvelope, type EnvelopeSpec } from '../model/envelope';
import type { LoadReport } from './app-storage';

export interface SafePersistOptions<S> {
  storage: SafeStorage;
  envelope: EnvelopeSpec<S>;
  report: (report: LoadReport) => void;
}

export function createSafePersistStorage<S>({ storage, envelope, report }: SafePersistOptions<S>): PersistStorage<S> {
  return {
    getItem(name) {
      const raw = storage.getItem(name);
      const result = restoreEnvelope(raw, envelope);
      const kept =
        result.unreadable === undefined
          ? undefined
          : storage.keepDamaged(
              name,
              result.unreadable,
              (result.version ?? 0) > envelope.version ? 'newer-version' : 'corrupt',
            );
      if (result.problems.length) report({ what: envelope.what, problems: result.problems, kept });
      if (raw === null) return null;
      // The original is kept aside: save what was readable, so the next load starts clean instead of
      // reporting (and copying) the same damage again. Held back until the copy is durable.
      if (kept) storage.setItem(name, JSON.stringify({ state: result.state, version: envelope.version }));
      // Already migrated and validated: hand zustand the current version so it migrates nothing.
      return { state: result.state, version: envelope.version };
    },
    setItem(name, value) {
      storage.setItem(name, JSON.stringify(value));
    },
    removeItem(name) {
      storage.removeItem(name);
    },
  };
}
