import { describe, expect, it } from 'vitest';
import { DEFAULT_LABELS, defaultPreferences, validateLabels, validatePreferences } from './preferences';

describe('preferences', () => {
  it('reads what is valid and keeps defaults for the rest, saying why for each field', () => {
    const problems: string[] = [];
    expect(validatePreferences({ theme: 'neon', layers: { person: false } }, problems)).toEqual({
      ...defaultPreferences(),
      theme: 'system',
      layers: { ...defaultPreferences().layers, person: false },
    });
    expect(problems).toEqual(['theme "neon" is unknown; the system theme is used']);
  });

  it.each<[string, unknown, RegExp]>([
    ['not an object', 'dark', /not an object/],
    ['layers that are not a map', { layers: 'all' }, /layer choices are damaged/],
    ['a layer that is not on or off', { layers: { place: 'yes' } }, /place: Invalid type/],
  ])('falls back to the defaults for %s, with a problem', (_n, raw, message) => {
    const problems: string[] = [];
    expect(validatePreferences(raw, problems)).toEqual(defaultPreferences());
    expect(problems[0]).toMatch(message);
  });

  it('reads text size, line width and dismissed hints, each on its own', () => {
    const problems: string[] = [];
    const prefs = validatePreferences(
      { textSize: 'larger', lineWidth: 'enormous', dismissedHints: ['first-run', 'from-a-later-version'] },
      problems,
    );
    expect(prefs).toMatchObject({ textSize: 'larger', lineWidth: 'normal', dismissedHints: ['first-run'] });
    expect(problems).toEqual(['line width "enormous" is unknown; the normal width is used']);
    const damaged: string[] = [];
    expect(validatePreferences({ textSize: 3, dismissedHints: 'all' }, damaged)).toMatchObject({
      textSize: 'normal',
      dismissedHints: [],
    });
    expect(validatePreferences({ viewMode: 'reading' }, [])).toMatchObject({ viewMode: 'reading' });
    const badMode: string[] = [];
    expect(validatePreferences({ viewMode: 'zen' }, badMode)).toMatchObject({ viewMode: 'analysis' });
    expect(badMode).toEqual(['view mode "zen" is unknown; analysis mode is used']);
    expect(validatePreferences({}, [])).toMatchObject({ claimTint: 'active' });
    expect(validatePreferences({ claimTint: 'all' }, [])).toMatchObject({ claimTint: 'all' });
    const badTint: string[] = [];
    expect(validatePreferences({ claimTint: 'rainbow', viewMode: 'reading' }, badTint)).toMatchObject({
      claimTint: 'active',
      viewMode: 'reading',
    });
    expect(validatePreferences({ librarySort: 'title', mapShowAll: true }, [])).toMatchObject({
      librarySort: 'title',
      mapShowAll: true,
    });
    const badLibrary: string[] = [];
    expect(validatePreferences({ librarySort: 'size', mapShowAll: 'yes' }, badLibrary)).toMatchObject({
      librarySort: 'recent',
      mapShowAll: false,
    });
    expect(badLibrary).toHaveLength(2);
    expect(badTint).toEqual(['claim tint "rainbow" is unknown; claims are tinted on hover and focus']);
    expect(damaged).toEqual([
      'text size "3" is unknown; the normal size is used',
      'dismissed hints are damaged; the hints show again',
    ]);
  });

  it('labels: a subset over the defaults; damaged ones fall back whole', () => {
    expect(validateLabels({ blue: 'check' }, [])).toEqual({ ...DEFAULT_LABELS, blue: 'check' });
    const problems: string[] = [];
    expect(validateLabels({ red: 'x' }, problems)).toEqual(DEFAULT_LABELS);
    expect(problems[0]).toMatch(/colour labels are invalid/);
  });
});
