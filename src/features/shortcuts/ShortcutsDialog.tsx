import { Dialog } from '../../components/Dialog';
import { shortcutGroups } from '../../model/shortcuts';

interface ShortcutsDialogProps {
  open: boolean;
  onClose: () => void;
}

/**
 * The `?` dialog: every keyboard shortcut, read from the shortcut table (model/shortcuts.ts) that
 * the key handlers dispatch through, so it lists exactly the keys that do something.
 */
export function ShortcutsDialog({ open, onClose }: ShortcutsDialogProps) {
  return (
    <Dialog open={open} title="Keyboard shortcuts" onClose={onClose}>
      <table className="shortcuts">
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        {shortcutGroups().map(([group, rows]) => (
          <tbody key={group}>
            <tr>
              <th scope="colgroup" colSpan={2} className="shortcuts-group">
                {group}
              </th>
            </tr>
            {rows.map((s) => (
              <tr key={s.id}>
                <td>
                  {s.keys.map((k, i) => (
                    <span key={k}>
                      {i > 0 && ' or '}
                      <kbd>{k}</kbd>
                    </span>
                  ))}
                </td>
                <td>{s.label}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
      <p className="shortcuts-note">Ctrl on Windows and Linux, ⌘ on a Mac. Esc also closes this dialog.</p>
    </Dialog>
  );
}
