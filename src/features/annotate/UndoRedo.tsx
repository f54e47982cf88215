import { canRedo, canUndo, selectRedoEntry, selectUndoEntry, useAnnotationsStore } from '../../store/annotations';
import { describeChange } from '../../model/change-message';

interface UndoRedoProps {
  /** Undo or redo, then tell the reader what it did. */
  onStep: (direction: 'undo' | 'redo') => void;
}

/**
 * Undo and redo for every change to the reader's annotations (also Ctrl+Z / Ctrl+Shift+Z). Each
 * button's tooltip says what it would do.
 */
export function UndoRedo({ onStep }: UndoRedoProps) {
  const undoable = useAnnotationsStore(canUndo);
  const redoable = useAnnotationsStore(canRedo);
  const nextUndo = useAnnotationsStore(selectUndoEntry);
  const nextRedo = useAnnotationsStore(selectRedoEntry);
  return (
    <div className="undo-redo" role="group" aria-label="History">
      <button
        type="button"
        onClick={() => onStep('undo')}
        disabled={!undoable}
        aria-keyshortcuts="Control+Z"
        title={nextUndo ? `Undo: ${describeChange(nextUndo, 'undo')}` : 'Nothing to undo'}
      >
        Undo
      </button>
      <button
        type="button"
        onClick={() => onStep('redo')}
        disabled={!redoable}
        aria-keyshortcuts="Control+Shift+Z"
        title={nextRedo ? `Redo: ${describeChange(nextRedo, 'redo')}` : 'Nothing to redo'}
      >
        Redo
      </button>
    </div>
  );
}
