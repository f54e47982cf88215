/**
 * Reader preferences: theme and which analysis layers show. Browser-only; never exported or shared.
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

export type ThemePref = 'system' | 'light' | 'dark';

interface PrefsState {
  theme: ThemePref;
}

export const usePrefsStore = create<PrefsState>()(
  persist(() => ({ theme: 'system' as ThemePref }), {
    name: 'marginalia:prefs',
    version: 1,
    storage: createJSONStorage(() => localStorage),
  }),
);

export const setTheme = (theme: ThemePref) => usePrefsStore.setState({ theme });
