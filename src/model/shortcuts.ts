/**
 * Every keyboard shortcut of the reader, in one table: what it is called, the keys shown to the
 * reader, which keys trigger it, where it applies and whether it works while typing. The `?`
 * dialog lists these rows, README.md's table is generated from them (a unit test keeps it in
 * step), and every handler is looked up by a row's id (app/use-shortcuts.ts), so a key can only
 * do something if it has a row here. What each shortcut does lives with its feature; this file
 * only says which keys mean what.
 *
 * Pure data and pure functions: no DOM, no React.
 */

/**
 * Where a shortcut applies: the reader in general, the keyboard selection mode (started with
 * `s`), or the find field.
 */
export type ShortcutScope = 'reader' | 'selecting' | 'find';

export type ShortcutGroup = 'Moving through findings' | 'Layers' | 'Your annotations' | 'Selection mode' | 'Reading';

/** The parts of a KeyboardEvent a shortcut looks at. */
export type KeyLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

export interface Shortcut {
  id: string;
  label: string;
  /** The keys as the reader reads them, e.g. `Shift+C`, `Ctrl/⌘+Z`. */
  keys: readonly string[];
  group: ShortcutGroup;
  scopes: readonly ShortcutScope[];
  /** Also while the focus is in a text field (the browser's own meaning is replaced). */
  inFields?: boolean;
  keyTest: (e: KeyLike) => boolean;
}

/**
 * A printable key (a letter, a digit, `?`) without Ctrl, ⌘ or Alt. Shift is part of the character
 * itself (`C` is Shift+c, `?` is Shift+/ on most layouts), so it is not checked separately.
 */
const plain = (key: string) => (e: KeyLike) => e.key === key && !e.ctrlKey && !e.metaKey && !e.altKey;

/** A named key (Enter, an arrow, Escape) with Shift exactly as given, no Ctrl, ⌘ or Alt. */
const named =
  (key: string, shift = false) =>
  (e: KeyLike) =>
    e.key === key && e.shiftKey === shift && !e.ctrlKey && !e.metaKey && !e.altKey;

/** Ctrl (⌘ on a Mac) with a letter, Shift exactly as given. */
const mod =
  (letter: string, shift = false) =>
  (e: KeyLike) =>
    (e.ctrlKey || e.metaKey) && !e.altKey && e.shiftKey === shift && e.key.toLowerCase() === letter;

const any =
  (...tests: Array<(e: KeyLike) => boolean>) =>
  (e: KeyLike) =>
    tests.some((t) => t(e));

const row = (
  id: string,
  group: ShortcutGroup,
  label: string,
  keys: string[],
  keyTest: (e: KeyLike) => boolean,
  options: { scopes?: ShortcutScope[]; inFields?: boolean } = {},
): Shortcut => ({ id, group, label, keys, keyTest, scopes: options.scopes ?? ['reader'], inFields: options.inFields });

const FINDING_KEYS = [
  ['claim', 'c'],
  ['person', 'e'],
  ['place', 'l'],
  ['organization', 'o'],
] as const;

const LAYER_TOGGLES = [
  ['person', 'people'],
  ['place', 'places'],
  ['organization', 'organizations'],
  ['claim', 'claims'],
] as const;

export const SHORTCUTS = [
  row('next', 'Moving through findings', 'Next finding (any visible layer)', ['j'], plain('j')),
  row('prev', 'Moving through findings', 'Previous finding', ['k'], plain('k')),
  ...FINDING_KEYS.flatMap(([layer, key]) => [
    row(`next-${layer}`, 'Moving through findings', `Next ${layer}`, [key], plain(key)),
    row(
      `prev-${layer}`,
      'Moving through findings',
      `Previous ${layer}`,
      [`Shift+${key.toUpperCase()}`],
      plain(key.toUpperCase()),
    ),
  ]),
  row('open-card', 'Moving through findings', 'Open the card of the current finding', ['Enter'], named('Enter')),
  row('close', 'Moving through findings', 'Close the card or the find bar', ['Esc'], named('Escape'), {
    scopes: ['reader', 'find'],
  }),
  ...LAYER_TOGGLES.map(([layer, plural], i) =>
    row(`toggle-${layer}`, 'Layers', `Show or hide the ${plural} layer`, [String(i + 1)], plain(String(i + 1))),
  ),
  row('toggle-mode', 'Layers', 'Reading mode or analysis mode', ['m'], plain('m')),
  row('select-mode', 'Your annotations', 'Select by sentence (keyboard selection mode)', ['s'], plain('s')),
  row('next-highlight', 'Your annotations', 'Next highlight of yours', ['a'], plain('a')),
  row('prev-highlight', 'Your annotations', 'Previous highlight of yours', ['Shift+A'], plain('A')),
  row('undo', 'Your annotations', 'Undo the last change to your annotations', ['Ctrl/⌘+Z'], mod('z')),
  row('redo', 'Your annotations', 'Redo', ['Ctrl/⌘+Shift+Z', 'Ctrl/⌘+Y'], any(mod('z', true), mod('y'))),
  row('select-next-sentence', 'Selection mode', 'Select the next sentence', ['↓'], named('ArrowDown'), {
    scopes: ['selecting'],
  }),
  row('select-prev-sentence', 'Selection mode', 'Select the previous sentence', ['↑'], named('ArrowUp'), {
    scopes: ['selecting'],
  }),
  row('extend-word', 'Selection mode', 'Extend the selection by a word', ['Shift+→'], named('ArrowRight', true), {
    scopes: ['selecting'],
  }),
  row('shrink-word', 'Selection mode', 'Shrink the selection by a word', ['Shift+←'], named('ArrowLeft', true), {
    scopes: ['selecting'],
  }),
  row(
    'extend-sentence',
    'Selection mode',
    'Extend the selection by a sentence',
    ['Shift+↓'],
    named('ArrowDown', true),
    { scopes: ['selecting'] },
  ),
  row('shrink-sentence', 'Selection mode', 'Shrink the selection by a sentence', ['Shift+↑'], named('ArrowUp', true), {
    scopes: ['selecting'],
  }),
  row('selection-actions', 'Selection mode', 'Highlight, note or copy the selection', ['Enter'], named('Enter'), {
    scopes: ['selecting'],
  }),
  row('leave-selection', 'Selection mode', 'Leave selection mode', ['Esc'], named('Escape'), {
    scopes: ['selecting'],
  }),
  row('find', 'Reading', 'Find in the article', ['Ctrl/⌘+F'], mod('f'), { inFields: true }),
  row('find-next', 'Reading', 'Next match (in the find field)', ['Enter'], named('Enter'), { scopes: ['find'] }),
  row('find-previous', 'Reading', 'Previous match (in the find field)', ['Shift+Enter'], named('Enter', true), {
    scopes: ['find'],
  }),
  row('focus-panels', 'Reading', 'Focus the side panels', ['p'], plain('p')),
  row('go-to-notice', 'Reading', 'Go to the newest notice (Esc goes back)', ['n'], plain('n')),
  row('help', 'Reading', 'Show keyboard shortcuts', ['?'], plain('?')),
] as const satisfies readonly Shortcut[];

export type ShortcutId = (typeof SHORTCUTS)[number]['id'];

const byId = new Map<string, Shortcut>(SHORTCUTS.map((s) => [s.id, s]));

/** The row with this id (every id in the table has one). */
export const shortcut = (id: ShortcutId): Shortcut => byId.get(id)!;

/**
 * The row a key press means in `scope`, or null. `typing`: the focus is in a text field, where
 * only rows marked `inFields` apply (the field keeps its own keys).
 */
export function matchShortcut(e: KeyLike, scope: ShortcutScope, typing = false): Shortcut | null {
  for (const s of SHORTCUTS as readonly Shortcut[]) {
    if (!s.scopes.includes(scope) || (typing && !s.inFields)) continue;
    if (s.keyTest(e)) return s;
  }
  return null;
}

/** The rows grouped for the help dialog and the README, in table order. */
export function shortcutGroups(): Array<[ShortcutGroup, Shortcut[]]> {
  const groups = new Map<ShortcutGroup, Shortcut[]>();
  for (const s of SHORTCUTS as readonly Shortcut[]) groups.set(s.group, [...(groups.get(s.group) ?? []), s]);
  return [...groups];
}

export const README_START = '<!-- shortcuts:start (generated from src/model/shortcuts.ts: npm run shortcuts) -->';
export const README_END = '<!-- shortcuts:end -->';

/** README.md's keyboard table, as Markdown. */
export function shortcutsMarkdown(): string {
  const lines = ['| Key | Action |', '| --- | --- |'];
  for (const [group, rows] of shortcutGroups()) {
    lines.push(`| **${group}** | |`);
    for (const s of rows) lines.push(`| ${s.keys.map((k) => `\`${k}\``).join(' or ')} | ${s.label} |`);
  }
  return lines.join('\n');
}

/** `readme` with the text between the markers replaced by the current table. */
export function withShortcutsTable(readme: string): string {
  const from = readme.indexOf(README_START);
  const to = readme.indexOf(README_END);
  if (from < 0 || to < from) throw new Error('README.md has no shortcuts markers');
  return `${readme.slice(0, from + README_START.length)}\n${shortcutsMarkdown()}\n${readme.slice(to)}`;
}
