/**
 * The one place that listens for key presses on the window. Each caller hands a table of handlers
 * keyed by shortcut id (model/shortcuts.ts); a key press is matched against the shortcut table
 * for the caller's scope and goes to the handler of the row it means. A handler can only be
 * written for a row that exists (the ids are typed), and `app/shortcuts.test.ts` checks every
 * handler table against the rows, so the `?` dialog and README list every key that does
 * something.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { isTypingTarget } from '../features/layers/commands';
import { matchShortcut, type ShortcutId, type ShortcutScope } from '../model/shortcuts';

/** Returns false when the key was not used after all (the browser's default then stands). */
export type ShortcutHandler = (e: KeyboardEvent) => boolean | void;
export type ShortcutHandlers = Partial<Record<ShortcutId, ShortcutHandler>>;

interface Options {
  scope: ShortcutScope;
  /**
   * Listen in the capture phase and stop the key there once handled, so that a mode (keyboard
   * selection) takes its keys before the reader's commands see them.
   */
  capture?: boolean;
}

/** Dispatches one key press to `handlers`; true when a handler took it. Exported for tests. */
export function dispatchShortcut(e: KeyboardEvent, handlers: ShortcutHandlers, scope: ShortcutScope): boolean {
  // An open dialog owns the keyboard.
  if (e.target instanceof Element && e.target.closest('dialog[open]')) return false;
  const row = matchShortcut(e, scope, isTypingTarget(e.target));
  const handler = row ? handlers[row.id as ShortcutId] : undefined;
  if (!handler || handler(e) === false) return false;
  e.preventDefault();
  return true;
}

/** Binds `handlers` (null: none, e.g. while a mode is off) to the window for the component's life. */
export function useShortcuts(handlers: ShortcutHandlers | null, { scope, capture = false }: Options): void {
  // The latest handlers are read at key time, so callers may pass a fresh object each render.
  // Taken in the commit itself (a layout effect): a passive effect runs in a later task after a
  // render that no key started (a card opened in a frame callback), and a key pressed in between
  // went to the handlers of the render before (Escape saw no card open, and was dropped).
  const current = useRef(handlers);
  useLayoutEffect(() => {
    current.current = handlers;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!current.current) return;
      if (dispatchShortcut(e, current.current, scope) && capture) e.stopImmediatePropagation();
    };
    window.addEventListener('keydown', onKey, capture);
    return () => window.removeEventListener('keydown', onKey, capture);
  }, [scope, capture]);
}
