import { Dialog } from '../../components/Dialog';

interface ShortcutsDialogProps {
  open: boolean;
  onClose: () => void;
  shortcuts: Array<{ id: string; label: string; keys: string[] }>;
}

/** The `?` dialog: every keyboard shortcut, generated from the command objects themselves. */
export function ShortcutsDialog({ open, onClose, shortcuts }: ShortcutsDialogProps) {
  return (
    <Dialog open={open} title="Keyboard shortcuts" onClose={onClose}>
      <table className="shortcuts">
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {shortcuts.map((s) => (
            <tr key={s.id}>
              <td>
                {s.keys.map((k) => (
                  <kbd key={k}>{k}</kbd>
                ))}
              </td>
              <td>{s.label}</td>
            </tr>
          ))}
          <tr>
            <td>
              <kbd>Esc</kbd>
            </td>
            <td>Close a card or dialog</td>
          </tr>
        </tbody>
      </table>
    </Dialog>
  );
}
