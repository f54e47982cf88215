/**
 * Reader preferences: theme and which analysis layers show. Browser-only; never exported or shared.
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

export type ThemePref = 'system' | 'light' | 'dark';

export type LayerName = 'person' | 'place' | 'organization' | 'claim';

interface PrefsState {
  theme: ThemePref;
  /** Analysis layers shown inline; remembered across articles and reloads. */
  layers: Record<LayerName, boolean>;
}

export const usePrefsStore = create<PrefsState>()(
  persist(
    (): PrefsState => ({ theme: 'system', layers: { person: true, place: true, organization: true, claim: true } }),
    {
      name: 'marginalia:prefs',
      version: 1,
      storage: createJSONStorage(() => localStorage),
    },
  ),
);

export const toggleLayer = (layer: LayerName) =>
  usePrefsStore.setState((s) => ({ layers: { ...s.layers, [layer]: !s.layers[layer] } }));
export const setTheme = (theme: ThemePref) => usePrefsStore.setState({ theme });
