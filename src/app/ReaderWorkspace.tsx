/**
 * The reader with its analysis: inline layers, the legend, the finding card, the side panels
 * (cast, claims, map), the position overview and the keyboard commands. This is where the
 * features meet; none of them imports another.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { analysisQueryOptions } from '../api/analysis';
import { HIGHLIGHT_LAYERS } from '../anchoring/highlight/layers';
import { Tabs, type TabDef } from '../components/Tabs';
import { ViewBoundary } from '../components/ViewBoundary';
import type { Article } from '../model/article';
import { applyCorrections } from '../model/corrections';
import { useAfterPaint } from '../lib/use-after-paint';
import { PHONE_QUERY } from '../lib/use-media-query';
import { CastPanel } from '../features/cast/CastPanel';
import { ClaimsPanel } from '../features/claims/ClaimsPanel';
import { FindingCard, type CardPosition } from '../features/layers/FindingCard';
import { focusBack } from '../lib/focus-return';
import { Legend } from '../features/layers/Legend';
import { foundLine, layerCounts } from '../features/layers/layer-counts';
import { useArticleLayers } from '../features/layers/use-article-layers';
import { useClaimTint } from '../features/layers/use-claim-tint';
import '../features/layers/layers.css';
import type { MapPlace } from '../features/map/MapPanel';
import { PositionOverview } from '../features/overview/PositionOverview';
import { FindBar } from '../features/find/FindBar';
import { ReadingProgress } from '../features/reading-progress/ReadingProgress';
import { ReaderSettings, typographyStyle } from '../features/reader-settings/ReaderSettings';
import { FirstRunHint } from '../features/shortcuts/FirstRunHint';
import { ShortcutsButton } from '../features/shortcuts/ShortcutsButton';
import { ShortcutsDialog } from '../features/shortcuts/ShortcutsDialog';
import { PhoneMenus, type PhoneMenu } from '../features/phone-layout/PhoneMenus';
import { ModeSwitch } from '../features/reading-mode/ModeSwitch';
import { VerdictBadge } from '../features/own-marks/VerdictBadge';
import { useOwnMarkMargins } from '../features/own-marks/use-own-mark-margins';
import { Toast } from '../components/Toast';
import { selectCorrections, useCorrectionsStore } from '../store/corrections';
import {
  dismissHint,
  LINE_WIDTHS,
  setClaimTint,
  setLineWidth,
  setTextSize,
  TEXT_SIZES,
  toggleLayer,
  toggleViewMode,
  usePrefsStore,
} from '../store/prefs';
import {
  announce,
  clearToast,
  jumpTo,
  jumpToSpan,
  openCard,
  openOwnCard,
  resetReading,
  showToast,
  useReadingStore,
} from '../store/reading';
import { useFindInArticle, useOverview } from './use-reader-aids';
import { useFindingIndex } from './use-finding-index';
import type { AnalysisStage } from '../workers/analysis-shared';
import { useHoverCard } from './use-hover-card';
import { useReaderCommands } from './use-reader-commands';
import { AnnotationOverlay } from './AnnotationOverlay';
import { quoteOf, useReaderAnnotations } from './use-reader-annotations';
import { ClaimVerdict } from '../features/annotate/ClaimVerdict';
import { VERDICT_LABEL, type Annotation, type Verdict } from '../model/annotation';
import { annotationDisplayText, annotationSpeaker } from '../model/claim-display';
import { UndoRedo } from '../features/annotate/UndoRedo';
import '../features/annotate/annotate.css';
import { NotesPanel } from '../features/notes/NotesPanel';
import { SharedNotesSection, sharedCount } from '../features/notes/SharedNotesSection';
import { PrintNotes, PrintPageNote } from '../features/export-import/PrintNotes';
import { addAnnotation, deleteAnnotation, undoRedoDescribed, updateAnnotation } from '../store/annotations';
import { describeRange } from '../model/anchor';
import { spanKey } from '../model/corrections';
import { anchorAll, anchoredFrom } from '../model/anchored';
import { buildBackup, restoreBackup } from '../api/backup';
import { rememberArticle } from '../api/remember-article';
import { SharedBanner } from '../features/share/LazySharedBanner';
import { useSharedVerdictMarks } from '../features/share/use-shared-verdict-marks';
import { importAnnotations } from '../store/annotations';
import { notify } from '../store/notices';
import { dismissShared, useSharedStore } from '../store/shared';
import { useLibraryStore } from '../store/library';

// Maps, export formats and the share codec load on first use, keeping the first paint light.
const MapPanel = lazy(() => import('../features/map/MapPanel').then((m) => ({ default: m.MapPanel })));
const LocatorMap = lazy(() => import('../features/map/LocatorMap').then((m) => ({ default: m.LocatorMap })));
const ExportMenu = lazy(() => import('../features/export-import/ExportMenu').then((m) => ({ default: m.ExportMenu })));
const ImportDialog = lazy(() =>
  import('../features/export-import/ImportDialog').then((m) => ({ default: m.ImportDialog })),
);
const ShareDialog = lazy(() => import('../features/share/ShareDialog').then((m) => ({ default: m.ShareDialog })));

const STAGE_LABEL: Record<AnalysisStage, string> = {
  'loading-gazetteer': 'Loading the gazetteer…',
  analysing: 'Finding people, places, organizations and claims…',
};

/** A panel that fails to render shows why in its place; the article and the other tabs stay usable. */
function withPanelBoundaries(articleId: string, tabs: TabDef[]): TabDef[] {
  return tabs.map((tab) => ({
    ...tab,
    render: () => (
      <ViewBoundary view={`${tab.id} panel`} level="panel" resetKeys={[articleId]}>
        {tab.render()}
      </ViewBoundary>
    ),
  }));
}

/**
 * What screen readers hear after an action ("Highlighted as important."). Its own component, so an
 * announcement re-renders this line, not the workspace, in the task of the action it follows.
 */
function Announcement() {
  const announcement = useReadingStore((s) => s.announcement);
  return (
    <div className="visually-hidden" aria-live="polite" role="status">
      {announcement}
    </div>
  );
}

interface ReaderWorkspaceProps {
  article: Article;
  body: ReactNode;
  /** An annotation to open, from a link. */
  focusId?: string;
}

export function ReaderWorkspace({ article, body, focusId }: ReaderWorkspaceProps) {
  const queryClient = useQueryClient();
  const [stage, setStage] = useState<AnalysisStage | null>(null);
  const query = useQuery(analysisQueryOptions(article, setStage));
  const corrections = useCorrectionsStore(selectCorrections(article.id));
  const analysis = useMemo(
    () => (query.data ? applyCorrections(query.data, corrections, article.text) : undefined),
    [query.data, corrections, article.text],
  );
  // On a 1 MB article the analysis brings ~28,000 findings. The render it lands in shows the
  // status line and the legend; the layers and the panels follow a frame later, the findings'
  // index (keyboard, cards, overview) a frame after that, each in a task of its own, instead of
  // one task of 150–300 ms. The index is built in slices (use-finding-index.ts).
  const shown = useAfterPaint(analysis, article.id);
  const index = useFindingIndex(shown, article.id);
  const displayOf = useCallback(
    (a: Annotation, max?: number) => annotationDisplayText(a, analysis?.claims, max),
    [analysis],
  );
  const speakerOf = useCallback(
    (a: Annotation, at: { start: number; end: number }) => annotationSpeaker(a, analysis?.claims, at),
    [analysis],
  );
  const visible = usePrefsStore((s) => s.layers);
  const root = useRef<HTMLDivElement>(null);
  const workspace = useRef<HTMLDivElement>(null);
  const { map, painter } = useArticleLayers(root, article.id, shown, index, visible);
  const mine = useReaderAnnotations(article, painter);
  const { preview, clearPreview } = useHoverCard(root, map, index, visible, mine.isAnnotated);
  const viewMode = usePrefsStore((s) => s.viewMode);
  const claimTint = usePrefsStore((s) => s.claimTint);
  useClaimTint(painter, index, {
    shown: visible.claim,
    all: claimTint === 'all' && viewMode === 'analysis',
    previewId: preview?.id ?? null,
  });
  const [tab, setTab] = useState<string | null>(null);
  // On a phone the panels are a sheet over the article (phone-layout.css): a tab opens it, and
  // going to a place in the text closes it so the reader sees where they went.
  const [sheetOpen, setSheetOpen] = useState(false);
  const [phoneMenu, setPhoneMenu] = useState<PhoneMenu | null>(null);
  useEffect(
    () =>
      useReadingStore.subscribe((s, prev) => {
        if (s.cursorId !== prev.cursorId || s.spanJump !== prev.spanJump) setSheetOpen(false);
      }),
    [],
  );
  const [help, setHelp] = useState(false);
  const [dialog, setDialog] = useState<'import' | 'share' | null>(null);
  // Loaded on first use, then kept mounted: a native <dialog> returns focus only when closed, not removed.
  const [used, setUsed] = useState({ import: false, share: false });
  const openDialog = (name: 'import' | 'share') => {
    setUsed((u) => ({ ...u, [name]: true }));
    setDialog(name);
  };
  const shared = useSharedStore((s) => (s.layer?.articleId === article.id ? s.layer : null));
  // Notes while the analysis is coming, then Cast; but never switched under a reader at work in
  // the panels (focus inside them pins the tab they see: a page note being typed vanished when the
  // analysis came, and the next keys fell to the shortcuts), nor away from a share's notes.
  const selectedTab = tab ?? (analysis && !shared ? 'cast' : 'notes');
  const sharedAnchored = useMemo(() => {
    if (!shared) return null;
    const { results } = shared;
    if (!results) return anchorAll(article.text, shared.annotations);
    const byId = new Map(shared.annotations.map((a, i) => [a.id, results[i]]));
    return anchoredFrom(shared.annotations, (a) => byId.get(a.id));
  }, [shared, article.text]);
  const sharedOverBudget = shared?.results?.filter((r) => r.status === 'orphan' && r.reason === 'budget').length ?? 0;
  // Keep or Dismiss ends the share; the panel the recipient is reading stays put (review, stop 49).
  const leaveShared = () => {
    if (tab === null) setTab(selectedTab);
    dismissShared();
  };
  const keepShared = () => {
    if (!shared) return;
    if (shared.unsavedArticle) void rememberArticle(queryClient, shared.unsavedArticle);
    const r = importAnnotations(shared.annotations);
    notify({
      tone: 'info',
      message: `Kept ${r.added + r.updated} shared ${r.added + r.updated === 1 ? 'annotation' : 'annotations'}${r.alreadyPresent ? `; ${r.alreadyPresent} you already had` : ''}.`,
    });
    leaveShared();
  };
  const sharedTotal = sharedAnchored ? sharedCount(sharedAnchored) : 0;
  useEffect(() => {
    if (!painter) return;
    painter.paint(HIGHLIGHT_LAYERS.shared, sharedAnchored?.placed ?? []);
  }, [painter, sharedAnchored]);
  useSharedVerdictMarks(map, sharedAnchored, shared?.sharer);
  // On arrival, the linked annotation (or the first in reading order) is brought on screen and flashed, once.
  const arrivedFor = useRef<object | null>(null);
  useEffect(() => {
    if (!shared || !sharedAnchored || !map || arrivedFor.current === shared) return;
    const { placed } = sharedAnchored;
    const target = (shared.focus && placed.find((p) => p.annotation.id === shared.focus)) || placed[0];
    if (!target) return;
    arrivedFor.current = shared;
    jumpToSpan(target.start, target.end);
  }, [shared, sharedAnchored, map]);
  const cursorId = useReadingStore((s) => s.cursorId);
  const cardId = useReadingStore((s) => s.cardId);
  const hoverEntityId = useReadingStore((s) => s.hoverEntityId);

  useEffect(() => resetReading, [article.id]);

  // One card at a time: a pinned card (a finding's, or one of the reader's highlights) hides a preview.
  const ownCardOpen = useReadingStore((s) => s.ownCardOpen);
  const shownPreview = ownCardOpen ? null : preview;
  const shownId = cardId ?? shownPreview?.id ?? null;
  const isPreview = !cardId && !!shownPreview;
  const finding = shownId ? index?.byId.get(shownId) : undefined;
  const position = useMemo((): CardPosition | null => {
    if (!finding || !map) return null;
    const width = Math.min(352, window.innerWidth - 24);
    const clampLeft = (x: number) => Math.max(12, Math.min(x, window.innerWidth - width - 12));
    // A preview sits just below the pointer's line, so it never covers the text being read.
    if (isPreview && shownPreview)
      return { top: shownPreview.y + 22, left: clampLeft(shownPreview.x - 40), anchorTop: shownPreview.y - 14 };
    // Below the finding's last line, or above its first when there is no room below (FindingCard).
    const rects = map.range(finding.start, finding.end)?.getClientRects();
    if (!rects?.length) return null;
    const [first, last] = [rects[0], rects[rects.length - 1]];
    return {
      top: last.bottom + window.scrollY + 8,
      left: clampLeft(first.left + window.scrollX),
      anchorTop: first.top + window.scrollY,
    };
    // cursorId: the card follows a jump that scrolled the page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [finding, map, cursorId, isPreview, shownPreview]);

  const closeCard = useCallback(
    (opener?: HTMLElement | null) => {
      const id = cardId;
      openCard(null);
      clearPreview();
      if (!id) return;
      // Back to what opened the card (a Cast or Claims entry), else to the article (focus-return.ts).
      focusBack(opener, root.current);
    },
    [cardId, clearPreview],
  );

  const openHelp = useCallback(() => setHelp(true), []);
  const [find, setFind] = useState<{ seq: number } | null>(null);
  const openFind = useCallback(() => setFind((f) => ({ seq: (f?.seq ?? 0) + 1 })), []);
  const closeFind = useCallback(() => {
    setFind(null);
    root.current?.focus({ preventScroll: true });
  }, []);
  useReaderCommands({ index, visible, map, closeCard, openHelp, openFind });
  const textSize = usePrefsStore((s) => s.textSize);
  const lineWidth = usePrefsStore((s) => s.lineWidth);
  const hintDismissed = usePrefsStore((s) => s.dismissedHints.includes('first-run'));
  const toast = useReadingStore((s) => s.toast);

  const counts = useMemo(() => (analysis ? layerCounts(analysis) : null), [analysis]);

  const places = useMemo(
    (): MapPlace[] =>
      (analysis?.entities ?? [])
        .filter((e) => e.type === 'place' && e.place)
        .map((e) => ({
          id: e.id,
          name: e.place!.name === e.name ? e.name : `${e.name} (${e.place!.name})`,
          lat: e.place!.lat,
          lon: e.place!.lon,
          mentions: e.mentionIds.length,
          country: e.place!.country,
          kind: e.place!.kind,
        })),
    [analysis],
  );

  const overview = useOverview(map, index, visible, mine.anchored, article.text.length);
  const findPaint = useFindInArticle(map, painter);
  useOwnMarkMargins(map, mine.anchored);
  const verdicts = useMemo(() => {
    // A plain loop: 10,000 highlights arrive in one render, and a pair array per item was most of it.
    const out = new Map<string, Verdict>();
    for (const a of mine.annotations) if (a.kind === 'claim' && a.claimId && a.verdict) out.set(a.claimId, a.verdict);
    return out;
  }, [mine.annotations]);
  const typography = typographyStyle(textSize, lineWidth);

  // The status line is always there (one line, its height reserved), so the article never moves
  // when the analysis lands, and screen readers hear each change of an existing live region.
  const status = query.isPending
    ? (stage && STAGE_LABEL[stage]) || 'Preparing analysis…'
    : query.error
      ? `Analysis failed: ${query.error.message}. The article is still here to read.`
      : foundLine(counts);

  return (
    <div ref={workspace} className="workspace" style={typography} data-mode={viewMode}>
      <ReadingProgress article={root} />
      <div className="workspace-main">
        <div className="article-tools" data-phone-menu={phoneMenu ?? undefined}>
          <PhoneMenus
            open={phoneMenu}
            onToggle={(menu) => setPhoneMenu((m) => (m === menu ? null : menu))}
            controls={{ layers: 'tools-layers', tools: 'tools-actions' }}
          />
          <div id="tools-layers" data-phone-group="layers">
            <Legend visible={visible} counts={counts} onToggle={toggleLayer} />
            <ModeSwitch mode={viewMode} onToggle={toggleViewMode} />
          </div>
          <div id="tools-actions" data-phone-group="tools">
            <UndoRedo onStep={(direction) => showToast(undoRedoDescribed(direction))} />
            <div className="article-actions">
              <button type="button" onClick={() => openDialog('share')}>
                Share
              </button>
              <Suspense
                fallback={
                  <button type="button" disabled>
                    Export
                  </button>
                }
              >
                <ExportMenu
                  article={article}
                  annotations={mine.annotations}
                  analysis={analysis}
                  labels={mine.labels}
                  getBackup={buildBackup}
                  onMessage={notify}
                />
              </Suspense>
              <button type="button" onClick={() => openDialog('import')}>
                Import
              </button>
            </div>
            <div className="reader-controls" role="group" aria-label="Reading">
              <button
                type="button"
                aria-keyshortcuts="Control+F Meta+F"
                aria-expanded={!!find}
                title="Find in article (Ctrl/⌘+F)"
                onClick={find ? closeFind : openFind}
              >
                Find
              </button>
              <ReaderSettings
                sizes={TEXT_SIZES}
                widths={LINE_WIDTHS}
                size={textSize}
                width={lineWidth}
                onSize={setTextSize}
                onWidth={setLineWidth}
                allClaimTints={claimTint === 'all'}
                onAllClaimTints={(all) => setClaimTint(all ? 'all' : 'active')}
              />
              <ShortcutsButton onOpen={openHelp} />
            </div>
          </div>
        </div>
        <p className="layers-status" role="status" title={status}>
          {status}
        </p>
        {find && (
          <FindBar
            text={article.text}
            focusSeq={find.seq}
            startOffset={findPaint.startOffset}
            onMatches={findPaint.onMatches}
            onReveal={findPaint.onReveal}
            onClose={closeFind}
          />
        )}
        {/* A share link's recipient first reads the sharer's banner; on a phone the floating hint
            would cover the shared passages, so it waits until the banner is kept or dismissed. */}
        {!hintDismissed && !shared && (
          <FirstRunHint
            room={workspace}
            onDismiss={() => {
              // "Got it" goes with the hint: the focus goes to the article it sat over, not to <body>
              // (where the next Tab would start from the top and the reader's keys from nowhere).
              const fromHint = !!document.activeElement?.closest('.first-run-hint');
              dismissHint('first-run');
              if (fromHint) root.current?.focus({ preventScroll: true });
            }}
            onShowShortcuts={openHelp}
          />
        )}
        {shared && sharedAnchored && (
          <SharedBanner
            sharer={shared.sharer}
            anchored={sharedAnchored}
            overBudget={sharedOverBudget}
            displayOf={displayOf}
            speakerOf={speakerOf}
            onJump={(p) => jumpToSpan(p.start, p.end)}
            onKeep={keepShared}
            onDismiss={leaveShared}
          />
        )}
        <PrintPageNote note={mine.pageNote?.note} />
        <div ref={root} className="article-root" tabIndex={-1} aria-describedby="layers-help">
          {body}
        </div>
        <PrintNotes map={map} anchored={mine.anchored} displayOf={displayOf} />
        <p id="layers-help" className="visually-hidden">
          Press j and k to move through highlighted findings, Enter to open one, Control F to find, question mark for
          all shortcuts.
        </p>
      </div>
      <aside
        className={`side-panels phone-sheet${sheetOpen ? ' sheet-open' : ''}`}
        aria-label="Analysis panels"
        onFocusCapture={() => tab === null && setTab(selectedTab)}
        onKeyDown={(e) => {
          // On a phone, Escape closes the open sheet, as a dialog's would, and the focus goes to its
          // tab in the bar below. A key a field took already (the search box's first Escape
          // empties it) or a menu's own is left alone.
          if (e.key !== 'Escape' || e.defaultPrevented || !sheetOpen || !window.matchMedia(PHONE_QUERY).matches) return;
          if (e.target instanceof HTMLSelectElement) return;
          e.preventDefault();
          setSheetOpen(false);
          e.currentTarget.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus();
        }}
      >
        <div className="sheet-close">
          <button type="button" className="quiet" onClick={() => setSheetOpen(false)}>
            Close panels
          </button>
        </div>
        <Tabs
          label="Analysis"
          selected={selectedTab}
          onSelect={(id) => {
            setTab(id);
            setSheetOpen(true);
          }}
          tabs={withPanelBoundaries(article.id, [
            {
              id: 'notes',
              // A share's annotations are counted apart: they are not the reader's until kept.
              label: `Notes (${mine.anchored.placed.length + mine.anchored.orphans.length}${sharedTotal ? ` + ${sharedTotal} shared` : ''})`,
              render: () => (
                <NotesPanel
                  key={article.id}
                  anchored={mine.anchored}
                  labels={mine.labels}
                  quoteOf={quoteOf}
                  displayOf={displayOf}
                  verdictText={VERDICT_LABEL}
                  pageNote={mine.pageNote?.note ?? ''}
                  onSavePageNote={(note) =>
                    addAnnotation({
                      id: `page-note:${article.id}`,
                      articleId: article.id,
                      kind: 'page-note',
                      selectors: [],
                      note,
                      tags: [],
                    })
                  }
                  // A highlight opens its card (to edit its note, tags, colour); a claim's note goes to its passage.
                  onJump={(p) =>
                    p.annotation.kind === 'highlight' ? openOwnCard(p.annotation.id) : jumpToSpan(p.start, p.end)
                  }
                  shared={
                    shared &&
                    sharedAnchored && (
                      <SharedNotesSection
                        sharer={shared.sharer}
                        anchored={sharedAnchored}
                        displayOf={displayOf}
                        verdictText={VERDICT_LABEL}
                        speakerOf={speakerOf}
                        onJump={(p) => jumpToSpan(p.start, p.end)}
                        onKeep={keepShared}
                      />
                    )
                  }
                />
              ),
            },
            // The tabs come with the analysis; their lists a frame later, with the layers.
            ...(analysis
              ? [
                  { id: 'cast', label: 'Cast', render: () => shown && <CastPanel analysis={shown} /> },
                  {
                    id: 'claims',
                    label: `Claims (${analysis.claims.length})`,
                    render: () =>
                      shown && (
                        <ClaimsPanel
                          analysis={shown}
                          renderMark={(c) => {
                            const v = verdicts.get(spanKey(c));
                            return v ? <VerdictBadge verdict={v} /> : null;
                          }}
                        />
                      ),
                  },
                  {
                    id: 'map',
                    label: 'Map',
                    render: () => (
                      <Suspense fallback={<p role="status">Loading map…</p>}>
                        <MapPanel
                          places={places}
                          highlightedId={hoverEntityId}
                          onSelect={(id) => {
                            const first = analysis.mentions
                              .filter((m) => m.entityId === id)
                              .sort((a, b) => a.start - b.start)[0];
                            if (first) jumpTo(first.id, true);
                          }}
                          width={340}
                          height={220}
                        />
                      </Suspense>
                    ),
                  },
                ]
              : []),
          ])}
        />
      </aside>
      {finding && index && position && (
        <div className={isPreview ? 'card-preview' : undefined}>
          <FindingCard
            finding={finding}
            index={index}
            articleId={article.id}
            position={position}
            pinned={cardId === finding.id}
            onClose={closeCard}
            renderLocator={(p) => (
              <Suspense fallback={null}>
                <LocatorMap lat={p.lat} lon={p.lon} label={p.name} />
              </Suspense>
            )}
            renderClaimExtras={(claim) => {
              const existing = mine.annotations.find((a) => a.kind === 'claim' && a.claimId === spanKey(claim));
              return (
                <>
                  {existing?.verdict && <VerdictBadge verdict={existing.verdict} />}
                  <ClaimVerdict
                    key={spanKey(claim)}
                    existing={existing}
                    onSave={({ verdict, note, links }) => {
                      if (existing) updateAnnotation(article.id, existing.id, { verdict, note, links });
                      else
                        addAnnotation({
                          articleId: article.id,
                          kind: 'claim',
                          claimId: spanKey(claim),
                          selectors: describeRange(article.text, claim.start, claim.end),
                          verdict,
                          note,
                          links,
                          tags: [],
                        });
                      announce('Verdict saved.');
                    }}
                    onRemove={() => existing && deleteAnnotation(article.id, existing.id)}
                  />
                </>
              );
            }}
          />
        </div>
      )}
      <AnnotationOverlay
        article={article}
        focusId={focusId}
        root={root}
        map={map}
        anchored={mine.anchored}
        highlightsNow={mine.highlightsNow}
        labels={mine.labels}
        suggestTags={mine.tags}
        analysis={analysis}
      />
      <PositionOverview marks={overview.marks} view={overview.view} onPick={overview.onPick} />
      <Toast toast={toast} onDone={clearToast} />
      <Announcement />
      <Suspense fallback={null}>
        {used.import && (
          <ImportDialog
            open={dialog === 'import'}
            onClose={() => setDialog(null)}
            article={{
              id: article.id,
              text: article.text,
              url: article.origin.kind === 'url' ? article.origin.url : undefined,
            }}
            onImportAnnotations={importAnnotations}
            onImportBackup={restoreBackup}
            titleOf={(id) => useLibraryStore.getState().articles.find((a) => a.id === id)?.title}
          />
        )}
        {used.share && (
          <ShareDialog
            open={dialog === 'share'}
            onClose={() => setDialog(null)}
            article={article}
            annotations={mine.annotations}
            onMessage={notify}
          />
        )}
      </Suspense>
      <ShortcutsDialog open={help} onClose={() => setHelp(false)} />
    </div>
  );
}
