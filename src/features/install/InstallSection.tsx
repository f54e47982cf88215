/**
 * The library's "Use it as an app" section: the browser's install offer when there is one, and
 * where to find it otherwise.
 */
import { useInstallPrompt } from './use-install-prompt';

export function InstallSection() {
  const { state, install } = useInstallPrompt();
  return (
    <section aria-labelledby="install-title" className="library-extra">
      <h2 id="install-title">Use it as an app</h2>
      {state === 'installed' ? (
        <p>Marginalia is installed. It opens from your home screen or app list, and works without a connection.</p>
      ) : (
        <>
          <p>
            After your first visit Marginalia works without a connection: the reader, the analysis, your notes and share
            links. Install it to open it like an app and, on a phone, to send pages to it with
            “Share&nbsp;→&nbsp;Marginalia”.
          </p>
          {state === 'available' ? (
            <p>
              <button type="button" className="primary" onClick={() => void install()}>
                Install Marginalia
              </button>
            </p>
          ) : (
            <p className="library-note">
              Chrome and Edge: the install icon in the address bar, or the menu → “Install Marginalia”. Android: menu →
              “Add to Home screen”. iPhone and iPad (Safari): Share → “Add to Home Screen”.
            </p>
          )}
        </>
      )}
    </section>
  );
}
