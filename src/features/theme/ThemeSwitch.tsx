import { useEffect } from 'react';
import { setTheme, usePrefsStore, type ThemePref } from '../../store/prefs';

const OPTIONS: Array<[ThemePref, string]> = [
  ['system', 'System'],
  ['light', 'Light'],
  ['dark', 'Dark'],
];

/** Applies the theme to <html> and offers the switch; "system" follows prefers-color-scheme. */
export function ThemeSwitch() {
  const theme = usePrefsStore((s) => s.theme);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', theme);
  }, [theme]);
  return (
    <label className="theme-switch">
      <span aria-hidden="true">Theme</span>
      <select aria-label="Theme" value={theme} onChange={(e) => setTheme(e.target.value as ThemePref)}>
        {OPTIONS.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}
