/**
 * Reader preferences: theme and which analysis layers show (model/preferences.ts has the record).
 * Persisted under `marginalia:prefs` through the safe storage, so a full or refused localStorage
 * never turns a layer toggle into an exception. In the backup; never exported or shared.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { EnvelopeSpec } from '../model/envelope';
import {
  defaultPreferences,
  PREFERENCES_VERSION,
  validatePreferences,
  type LayerName,
  type Preferences,
  type ThemePref,
} from '../model/preferences';
import { appStorage, reportLoad, STORE_KEYS } from './app-storage';
import { createSafePersistStorage } from './safe-persist';

export type { LayerName, ThemePref };

export const PREFS_ENVELOPE: EnvelopeSpec<Preferences> = {
  what: 'saved preferences',
  version: PREFERENCES_VERSION,
  migrations: {},
  validate: validatePreferences,
  empty: defaultPreferences,
};

export const usePrefsStore = create<Preferences>()(
  persist(defaultPreferences, {
    name: STORE_KEYS.prefs,
    version: PREFERENCES_VERSION,
    storage: createSafePersistStorage({ storage: appStorage, envelope: PREFS_ENVELOPE, report: reportLoad }),
  }),
);

export const toggleLayer = (layer: LayerName) =>
  usePrefsStore.setState((s) => ({ layers: { ...s.layers, [layer]: !s.layers[layer] } }));
export const setTheme = (theme: ThemePref) => usePrefsStore.setState({ theme });
/** Replace all preferences (restoring a backup). */
export const setPreferences = (prefs: Preferences) => usePrefsStore.setState(prefs);
