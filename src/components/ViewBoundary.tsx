/**
 * A render error in one view (or one panel) shows a message and ways out instead of a blank page:
 * try again, go to the library, download a backup. Built on react-error-boundary; a change of
 * `resetKeys` (the route) clears the error, so navigating away always works.
 *
 * Presentational: what "download a backup" does is the app's (a prop), and the message says only
 * what is true whatever broke — the error did not change anything saved.
 */
import type { ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';

interface ViewBoundaryProps {
  /** What the reader calls the place that broke: "library", "article", "shared article", "panel". */
  view: string;
  children: ReactNode;
  /** Clears the error when any of these change (e.g. the route). */
  resetKeys?: unknown[];
  /** 'view' fills the page's main landmark; 'panel' stays a box inside the view. */
  level?: 'view' | 'panel';
  /** Where "Go to the library" leads; omitted in the library itself. */
  libraryHref?: string;
  onDownloadBackup?: () => void;
}

const messageOf = (error: unknown) =>
  error instanceof Error && error.message ? error.message : 'An unexpected error occurred.';

export function ViewBoundary({
  view,
  children,
  resetKeys,
  level = 'view',
  libraryHref,
  onDownloadBackup,
}: ViewBoundaryProps) {
  return (
    <ErrorBoundary
      resetKeys={resetKeys}
      onError={(error) => console.error(`Marginalia: the ${view} failed to render`, error)}
      fallbackRender={({ error, resetErrorBoundary }) => {
        const box = (
          <div className={level === 'view' ? 'load-error view-error' : 'panel-error'} role="alert">
            {level === 'view' ? <h1>The {view} could not be shown</h1> : <h2>The {view} could not be shown</h2>}
            <p className="error-detail">{messageOf(error)}</p>
            <p>Nothing you saved was changed by this error.</p>
            <p className="error-actions">
              <button type="button" onClick={resetErrorBoundary}>
                Try again
              </button>
              {libraryHref && <a href={libraryHref}>Go to the library</a>}
              {onDownloadBackup && level === 'view' && (
                <button type="button" onClick={onDownloadBackup}>
                  Download a backup
                </button>
              )}
            </p>
          </div>
        );
        return level === 'view' ? (
          <main id="main-content" tabIndex={-1} className="reader">
            {box}
          </main>
        ) : (
          box
        );
      }}
    >
      {children}
    </ErrorBoundary>
  );
}
