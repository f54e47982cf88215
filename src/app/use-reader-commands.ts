/**
 * The reader's keyboard commands over the findings (features/layers/commands.ts), plus opening
 * find, bound through the shortcut table while no field or dialog has the focus. Before the
 * analysis is in, the commands that need no findings (layer toggles, help, find) respond at once;
 * the others wait for it and then run, as do the keys pressed before the app had loaded
 * (early-keys.ts): a key the reader pressed is never dropped for being early.
 */
import type { TextMap } from '../anchoring/text-map';
import { FINDING_ACTIONS, WITHOUT_FINDINGS, type CommandContext } from '../features/layers/commands';
import { indexFindings, type FindingIndex, type Layer } from '../model/findings';
import type { ShortcutId } from '../model/shortcuts';
import { toggleLayer, toggleViewMode } from '../store/prefs';
import { announce, jumpTo, openCard, useReadingStore } from '../store/reading';
import { useEffect, useRef, useState } from 'react';
import { releaseEarlyKeys, WaitingKeys } from './early-keys';
import { dispatchShortcut, useShortcuts, type ShortcutHandlers } from './use-shortcuts';

const NO_FINDINGS = indexFindings({ version: 2, mentions: [], entities: [], claims: [] });
/** The sticky header's height: text under it is not "on screen". */
const HEADER_PX = 80;

export interface ReaderCommandsOptions {
  index: FindingIndex | null;
  visible: Record<Layer, boolean>;
  map: TextMap | null;
  closeCard: () => void;
  openHelp: () => void;
  openFind: () => void;
  /** Holds a command that needs the findings until they are in (none: it is not used). */
  wait?: (e: KeyboardEvent) => void;
}

/** Enter on a control (a toolbar button, a link, a card) is that control's, not a command. */
const onControl = (e: KeyboardEvent) =>
  e.target instanceof Element &&
  !!e.target.closest('button, a, summary, [role="button"], .finding-card, .side-panels, .selection-toolbar');

/** The handlers, by shortcut id. Exported so the shortcut tests can check them against the table. */
export function readerCommandHandlers(options: ReaderCommandsOptions): ShortcutHandlers {
  const { index, visible, map, closeCard, openHelp, openFind, wait } = options;
  const context = (): CommandContext => ({
    index: index ?? NO_FINDINGS,
    visible,
    cursorId: useReadingStore.getState().cursorId,
    viewportOffset: () => map?.offsetsInView(-HEADER_PX).start ?? 0,
    jump: (id) => jumpTo(id),
    announce,
    openCard: (id) => openCard(id),
    toggleLayer,
    focusPanels: () => document.querySelector<HTMLElement>('.side-panels [role="tab"][aria-selected="true"]')?.focus(),
    openHelp,
  });
  const handlers: ShortcutHandlers = {
    close: () => {
      if (!useReadingStore.getState().cardId) return false;
      closeCard();
    },
    find: () => openFind(),
    'toggle-mode': () => {
      const mode = toggleViewMode();
      announce(mode === 'reading' ? 'Reading mode: your marks, names underlined.' : 'Analysis mode: every layer.');
    },
  };
  for (const [id, action] of Object.entries(FINDING_ACTIONS)) {
    handlers[id as ShortcutId] = (e) => {
      if (id === 'open-card' && onControl(e)) return false;
      if (!index && !WITHOUT_FINDINGS.has(id)) {
        if (!wait) return false;
        wait(e);
        return;
      }
      action(context());
    };
  }
  return handlers;
}

export function useReaderCommands(options: ReaderCommandsOptions): void {
  const [waiting] = useState(() => new WaitingKeys());
  const handlers = readerCommandHandlers({ ...options, wait: (e) => waiting.add(e) });
  useShortcuts(handlers, { scope: 'reader' });
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    for (const k of releaseEarlyKeys(window)) waiting.add(k);
  }, [waiting]);
  // On mount, the early keys run; each time the findings change, the keys that waited for them.
  // A command that still cannot run goes back to waiting.
  const { index } = options;
  useEffect(() => {
    for (const e of waiting.take()) dispatchShortcut(e, latest.current, 'reader');
  }, [index, waiting]);
}
