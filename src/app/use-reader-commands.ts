/**
 * The reader's keyboard commands (features/layers/commands.ts), bound to the window while no
 * field or dialog has the focus. Before the analysis is in, only the commands that need no
 * findings (layer toggles, help) respond.
 */
import { useEffect } from 'react';
import type { TextMap } from '../anchoring/text-map';
import { COMMANDS, isTypingTarget } from '../features/layers/commands';
import { indexFindings, type FindingIndex, type Layer } from '../model/findings';
import { toggleLayer } from '../store/prefs';
import { announce, jumpTo, openCard, useReadingStore } from '../store/reading';

const NO_FINDINGS = indexFindings({ version: 2, mentions: [], entities: [], claims: [] });
/** The sticky header's height: text under it is not "on screen". */
const HEADER_PX = 80;

interface ReaderCommandsOptions {
  index: FindingIndex | null;
  visible: Record<Layer, boolean>;
  map: TextMap | null;
  closeCard: () => void;
  openHelp: () => void;
}

export function useReaderCommands({ index, visible, map, closeCard, openHelp }: ReaderCommandsOptions): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTypingTarget(e.target)) return;
      if (e.key === 'Escape' && useReadingStore.getState().cardId) {
        closeCard();
        return;
      }
      // Enter on a control (a toolbar button, a link, a card) is that control's, not a command.
      const onControl =
        e.target instanceof Element &&
        e.target.closest('button, a, summary, [role="button"], .finding-card, .side-panels, .selection-toolbar');
      const command = COMMANDS.find((c) => c.keyTest(e));
      if (!command || (onControl && command.id === 'open-card')) return;
      if (!index && !command.id.startsWith('toggle-') && command.id !== 'help') return;
      e.preventDefault();
      command.perform({
        index: index ?? NO_FINDINGS,
        visible,
        cursorId: useReadingStore.getState().cursorId,
        viewportOffset: () => map?.offsetsInView(-HEADER_PX).start ?? 0,
        jump: (id) => jumpTo(id),
        announce,
        openCard: (id) => openCard(id),
        toggleLayer,
        focusPanels: () =>
          document.querySelector<HTMLElement>('.side-panels [role="tab"][aria-selected="true"]')?.focus(),
        openHelp,
      });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [index, visible, map, closeCard, openHelp]);
}
