/**
 * Reader preferences: theme, which analysis layers show, text size, line width and dismissed
 * hints (model/preferences.ts has the record).
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
  LINE_WIDTHS,
  TEXT_SIZES,
  type Hint,
  type LayerName,
  type LineWidth,
  type Preferences,
  type TextSize,
  type ThemePref,
  type ViewMode,
  type ClaimTint,
  type LibrarySort,
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
/** One step larger (+1) or smaller (−1), stopping at the ends. */
export const stepTextSize = (delta: 1 | -1) =>
  usePrefsStore.setState((s) => {
    const i = TEXT_SIZES.indexOf(s.textSize) + delta;
    return { textSize: TEXT_SIZES[Math.max(0, Math.min(TEXT_SIZES.length - 1, i))] };
  });
/** Reading mode ⇄ analysis mode; returns the new mode. */
export const toggleViewMode = (): ViewMode => {
  usePrefsStore.setState((s) => ({ viewMode: s.viewMode === 'reading' ? 'analysis' : 'reading' }));
  return usePrefsStore.getState().viewMode;
};
export const setLibrarySort = (librarySort: LibrarySort) => usePrefsStore.setState({ librarySort });
export const setMapShowAll = (mapShowAll: boolean) => usePrefsStore.setState({ mapShowAll });
export const setClaimTint = (claimTint: ClaimTint) => usePrefsStore.setState({ claimTint });
export const setTextSize = (textSize: TextSize) => usePrefsStore.setState({ textSize });
export const setLineWidth = (lineWidth: LineWidth) => usePrefsStore.setState({ lineWidth });
export const dismissHint = (hint: Hint) =>
  usePrefsStore.setState((s) => ({ dismissedHints: [...new Set([...s.dismissedHints, hint])] }));
export { LINE_WIDTHS, TEXT_SIZES };
export type { ClaimTint, Hint, LineWidth, TextSize };
/** Replace all preferences (restoring a backup). */
export const setPreferences = (prefs: Preferences) => usePrefsStore.setState(prefs);
