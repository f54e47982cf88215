import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotationHandlers, annotationModeHandlers } from './AnnotationOverlay';
import { noticeHandlers } from './notice-focus';
import { readerCommandHandlers } from './use-reader-commands';
import { findBarHandlers } from '../features/find/FindBar';
import {
  matchShortcut,
  SHORTCUTS,
  shortcutsMarkdown,
  withShortcutsTable,
  type ShortcutScope,
} from '../model/shortcuts';

const noop = () => {};
const visible = { person: true, place: true, organization: true, claim: true };

/** Every handler table the reader binds, with the scope it is bound in. */
const TABLES: Array<[string, ShortcutScope, Record<string, unknown>]> = [
  [
    'reader commands',
    'reader',
    readerCommandHandlers({ index: null, visible, map: null, closeCard: noop, openHelp: noop, openFind: noop }),
  ],
  [
    'own annotations',
    'reader',
    annotationHandlers({ startSelecting: noop, stepHighlight: noop, undoRedo: noop, closeCard: noop }),
  ],
  ['selection mode', 'selecting', annotationModeHandlers({ step: () => noop, openActions: noop, leave: noop })],
  ['find field', 'find', findBarHandlers({ step: noop, close: noop })],
  ['notices', 'reader', noticeHandlers()],
];

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('the shortcut table', () => {
  it('has a handler for every row, in a table bound in one of its scopes', () => {
    for (const row of SHORTCUTS) {
      const handledIn = TABLES.filter(([, scope, handlers]) => row.scopes.includes(scope) && handlers[row.id]);
      expect(
        handledIn.map(([name]) => name),
        `row "${row.id}" has no handler`,
      ).not.toEqual([]);
    }
  });

  it('has a row for every handler, in the scope the handler is bound in', () => {
    for (const [name, scope, handlers] of TABLES) {
      for (const id of Object.keys(handlers)) {
        const row = SHORTCUTS.find((s) => s.id === id);
        expect(row, `${name}: handler "${id}" has no row`).toBeDefined();
        expect(row!.scopes, `${name}: "${id}" is not a ${scope} shortcut`).toContain(scope);
      }
    }
  });

  it('gives each key press in a scope to one row only', () => {
    for (const scope of ['reader', 'selecting', 'find'] as const) {
      const keys = [
        ...'abcdefghijklmnopqrstuvwxyz0123456789?'.split('').map((k) => key(k)),
        ...'ACELO'.split('').map((k) => key(k, { shiftKey: true })),
        key('z', { ctrlKey: true }),
        key('Z', { ctrlKey: true, shiftKey: true }),
        key('z', { metaKey: true }),
        key('y', { ctrlKey: true }),
        key('f', { ctrlKey: true }),
        ...['Enter', 'Escape', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'].flatMap((k) => [
          key(k),
          key(k, { shiftKey: true }),
        ]),
      ];
      for (const k of keys) {
        const rows = SHORTCUTS.filter((s) => (s.scopes as readonly string[]).includes(scope) && s.keyTest(k));
        expect(rows.length, `${scope}: ${JSON.stringify(k)} matches ${rows.map((r) => r.id).join(', ')}`).toBeLessThan(
          2,
        );
      }
    }
  });

  it.each<[string, ShortcutScope, ReturnType<typeof key>, boolean, string | null]>([
    ['s starts selection mode', 'reader', key('s'), false, 'select-mode'],
    ['Shift+A goes back through own highlights', 'reader', key('A', { shiftKey: true }), false, 'prev-highlight'],
    ['Ctrl+Z undoes', 'reader', key('z', { ctrlKey: true }), false, 'undo'],
    ['⌘+Shift+Z redoes', 'reader', key('z', { metaKey: true, shiftKey: true }), false, 'redo'],
    ['Ctrl+Y redoes', 'reader', key('y', { ctrlKey: true }), false, 'redo'],
    ['Ctrl+F finds, even from a field', 'reader', key('f', { ctrlKey: true }), true, 'find'],
    ['a letter typed in a field is text', 'reader', key('j'), true, null],
    ['Ctrl+Z in a field is the field’s own undo', 'reader', key('z', { ctrlKey: true }), true, null],
    ['Alt+j is not j', 'reader', key('j', { altKey: true }), false, null],
    ['Shift+Enter in find goes back', 'find', key('Enter', { shiftKey: true }), false, 'find-previous'],
    ['Shift+↓ extends by a sentence', 'selecting', key('ArrowDown', { shiftKey: true }), false, 'extend-sentence'],
  ])('%s', (_name, scope, event, typing, expected) => {
    expect(matchShortcut(event, scope, typing)?.id ?? null).toBe(expected);
  });

  it('is the README’s keyboard table (regenerate with `npm run shortcuts`)', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(withShortcutsTable(readme)).toBe(readme);
    expect(shortcutsMarkdown()).toContain('`Ctrl/⌘+Shift+Z` or `Ctrl/⌘+Y` | Redo |');
  });
});
