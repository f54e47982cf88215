import { canRedo, canUndo, redo, undo, useAnnotationsStore } from '../../store/annotations';

/** Undo and redo for every change to the reader's annotations (also Ctrl+Z / Ctrl+Shift+Z). */
export function UndoRedo() {
  const undoable = useAnnotationsStore(canUndo);
  const redoable = useAnnotationsStore(canRedo);
  return (
    <div className="undo-redo" role="group" aria-label="History">
      <button type="button" onClick={() => undo()} disabled={!undoable} aria-keyshortcuts="Control+Z">
        Undo
      </button>
      <button type="button" onClick={() => redo()} disabled={!redoable} aria-keyshortcuts="Control+Shift+Z">
        Redo
      </button>
    </div>
  );
}
