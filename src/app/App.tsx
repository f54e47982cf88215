/**
 * The composition root: header, routes, the open-article dialogs and the drop zone.
 * Features never import each other; they meet here.
 */
import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import { openFile } from '../api/open-article';
import { Notices } from '../components/Notices';
import { ViewBoundary } from '../components/ViewBoundary';
import { LIBRARY_HREF } from '../lib/hash-route';
import { shortcut } from '../model/shortcuts';
import { DropZone } from '../features/open-article/DropZone';
import { PasteDialog, type PastePrefill } from '../features/open-article/PasteDialog';
import { UrlDialog } from '../features/open-article/UrlDialog';
import { askToOpen, useAcceptArticle } from '../features/open-article/use-open-article';
import { LibraryView } from '../features/library/LibraryView';
import { ReaderView } from '../features/reader/ReaderView';
import { ThemeSwitch } from '../features/theme/ThemeSwitch';
import { BookmarkletSection } from '../features/bookmarklet/BookmarkletSection';
import { useShareTarget } from '../features/incoming/use-share-target';
import { InstallSection } from '../features/install/InstallSection';
import { useThemeColor } from '../features/install/use-theme-color';
import { UpdatePrompt } from '../features/offline/UpdatePrompt';
import { dismissNotice, useNoticesStore } from '../store/notices';
import { ReaderWorkspace } from './ReaderWorkspace';
import { leaveNotices, noticeHandlers } from './notice-focus';
import { downloadBackup } from './storage-notices';
import { useShortcuts } from './use-shortcuts';
import { useStickyTop } from './use-sticky-top';
import { useRoute } from './use-route';
import { giveWayToOpen } from '../workers/analysis-client';

const ShareRoute = lazy(() => import('./ShareRoute').then((m) => ({ default: m.ShareRoute })));
const SaveRoute = lazy(() => import('../features/incoming/SaveRoute').then((m) => ({ default: m.SaveRoute })));

type DialogName = 'paste' | 'url' | null;

export function App() {
  const route = useRoute();
  const accept = useAcceptArticle();
  const notices = useNoticesStore((s) => s.notices);
  const [dialog, setDialog] = useState<DialogName>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  // A new prefill remounts the paste dialog (its key) so it opens filled in.
  const [prefill, setPrefill] = useState<{ key: number; value: PastePrefill } | null>(null);
  const openPaste = useCallback((value: PastePrefill) => {
    setPrefill((p) => ({ key: (p?.key ?? 0) + 1, value }));
    setDialog('paste');
  }, []);
  useShareTarget({ accept, openPaste });
  useThemeColor();
  useShortcuts(noticeHandlers(), { scope: 'reader' });
  const top = useRef<HTMLDivElement>(null);
  useStickyTop(top);

  const onFile = useCallback(
    async (file: File) => {
      // The analysis worker's warm-up gives way to the open (until the reader's body holds it).
      const release = giveWayToOpen(file.size);
      const stillWanted = askToOpen();
      const result = await openFile(file);
      if (!result.ok) release();
      return accept(result, stillWanted);
    },
    [accept],
  );
  const pickFile = () => {
    // Held from the click, so no warm-up starts just as the file is chosen.
    giveWayToOpen();
    fileInput.current?.click();
  };
  const close = () => setDialog(null);

  return (
    <div className="app">
      <a
        className="skip-link"
        href="#main-content"
        onClick={(e) => {
          e.preventDefault();
          document.querySelector<HTMLElement>('main')?.focus();
        }}
      >
        Skip to content
      </a>
      {/* The notices stay in view under the header wherever the reader has scrolled (styles.css):
          a warning that notes cannot be saved is no use at the top of a page the reader left. */}
      <div className="app-top" ref={top}>
        <header className="app-header">
          <a className="brand" href={LIBRARY_HREF}>
            Marginalia
          </a>
          <nav aria-label="Open an article" className="app-nav">
            <a href={LIBRARY_HREF}>Library</a>
            <button type="button" onClick={pickFile}>
              Open file
            </button>
            <button type="button" onClick={() => setDialog('paste')}>
              Paste article
            </button>
            <button type="button" onClick={() => setDialog('url')}>
              Open URL
            </button>
          </nav>
          <ThemeSwitch />
          <input
            ref={fileInput}
            type="file"
            accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
            aria-label="Choose an article file"
            className="visually-hidden"
            tabIndex={-1}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void onFile(file);
            }}
          />
        </header>
        <Notices
          notices={notices}
          onDismiss={dismissNotice}
          onPaste={() => setDialog('paste')}
          shortcutKey={shortcut('go-to-notice').keys[0]}
          onLeave={leaveNotices}
        />
      </div>
      <UpdatePrompt />
      {route.name === 'library' && (
        <ViewBoundary view="library" resetKeys={[route.name]} onDownloadBackup={downloadBackup}>
          <LibraryView onOpenFile={pickFile} onPaste={() => setDialog('paste')} onOpenUrl={() => setDialog('url')}>
            <BookmarkletSection />
            <InstallSection />
          </LibraryView>
        </ViewBoundary>
      )}
      {route.name === 'read' && (
        <ViewBoundary
          view="article"
          resetKeys={[route.name, route.key]}
          libraryHref={LIBRARY_HREF}
          onDownloadBackup={downloadBackup}
        >
          <ReaderView
            key={route.key}
            articleKey={route.key}
            renderAround={(article, body) => (
              <ReaderWorkspace key={article.id} article={article} body={body} focusId={route.focus} />
            )}
          />
        </ViewBoundary>
      )}
      {route.name === 'share' && (
        <ViewBoundary
          view="shared article"
          resetKeys={[route.name, route.payload]}
          libraryHref={LIBRARY_HREF}
          onDownloadBackup={downloadBackup}
        >
          <Suspense
            fallback={
              <main id="main-content" tabIndex={-1} className="reader">
                <p role="status">Opening the shared article…</p>
              </main>
            }
          >
            <ShareRoute payload={route.payload} />
          </Suspense>
        </ViewBoundary>
      )}
      {route.name === 'save' && (
        <ViewBoundary
          view="saved page"
          resetKeys={[route.name, route.fragment]}
          libraryHref={LIBRARY_HREF}
          onDownloadBackup={downloadBackup}
        >
          <Suspense fallback={null}>
            <SaveRoute fragment={route.fragment} accept={accept} />
          </Suspense>
        </ViewBoundary>
      )}
      {route.name === 'not-found' && (
        <main id="main-content" tabIndex={-1} className="reader">
          <div className="load-error" role="alert">
            <h1>Nothing here</h1>
            <p>This address does not lead to an article.</p>
            <p>
              <a href={LIBRARY_HREF}>Go to the library</a>
            </p>
          </div>
        </main>
      )}
      <PasteDialog
        key={prefill?.key ?? 0}
        open={dialog === 'paste'}
        onClose={() => {
          close();
          // The next "Paste article" starts empty, without the shared link's message.
          if (prefill) setPrefill(null);
        }}
        onResult={accept}
        prefill={prefill?.value}
      />
      <UrlDialog open={dialog === 'url'} onClose={close} onResult={accept} onPasteInstead={() => setDialog('paste')} />
      <DropZone onFile={onFile} />
    </div>
  );
}
