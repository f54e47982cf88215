import type { Notice } from '../store/notices';

interface NoticesProps {
  notices: Notice[];
  onDismiss: (id: number) => void;
  onPaste: () => void;
}

/** The app's messages; errors are announced assertively, information politely. */
export function Notices({ notices, onDismiss, onPaste }: NoticesProps) {
  return (
    <div className="notices">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.tone}`} role={n.tone === 'error' ? 'alert' : 'status'}>
          <p>{n.message}</p>
          <div className="notice-actions">
            {n.action && (
              <button type="button" onClick={n.action.run}>
                {n.action.label}
              </button>
            )}
            {n.offerPaste && (
              <button
                type="button"
                onClick={() => {
                  onDismiss(n.id);
                  onPaste();
                }}
              >
                Paste article instead
              </button>
            )}
            <button type="button" onClick={() => onDismiss(n.id)}>
              Dismiss
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
