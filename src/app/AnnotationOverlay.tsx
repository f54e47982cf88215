/**
 * Where the reader's own annotating happens on the page: the selection toolbar, the card of a
 * clicked highlight, the keyboard selection mode (s: select by sentence), moving between
 * annotations (a / Shift+A), undo/redo keys, and opening a linked annotation. The keys are rows of
 * the shortcut table (model/shortcuts.ts); this file only says what each does.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { TextMap } from '../anchoring/text-map';
import type { Analysis } from '../engine/types';
import { SentenceIndex } from '../model/sentences';
import { AnnotationCard } from '../features/annotate/AnnotationCard';
import { SelectionToolbar } from '../features/annotate/SelectionToolbar';
import { selectSpan, useTextSelection } from '../features/annotate/use-text-selection';
import { copyText } from '../lib/download';
import { newId } from '../lib/new-id';
import type { Annotation, HighlightColor } from '../model/annotation';
import { describeRange } from '../model/anchor';
import { placedAt, type Anchored, type Placed } from '../model/anchored';
import type { Article } from '../model/article';
import {
  sentenceIndexAt,
  snapToWords,
  stepSelection,
  type SelectionStep,
  type Span,
} from '../model/keyboard-selection';
import { addAnnotation, undoRedoDescribed, useAnnotationsStore, type NewAnnotation } from '../store/annotations';
import { addMissedName } from '../store/corrections';
import { notify } from '../store/notices';
import { announce, jumpToSpan, openCard, showToast, useReadingStore } from '../store/reading';
import { caretOffset } from './use-hover-card';
import { quoteOf } from './use-reader-annotations';
import { PendingStep } from './pending-step';
import { useShortcuts, type ShortcutHandlers } from './use-shortcuts';
import { focusBack } from '../lib/focus-return';

/** The open annotation card: the highlights it shows (innermost first) and where. */
interface CardState {
  ids: string[];
  top: number;
  left: number;
  focusNote?: boolean;
}

interface AnnotationOverlayProps {
  article: Article;
  focusId?: string;
  root: RefObject<HTMLElement | null>;
  map: TextMap | null;
  anchored: Anchored;
  /** The reader's highlights in reading order as the store holds them now (`anchored` follows a frame later). */
  highlightsNow: () => Placed[];
  labels: Record<HighlightColor, string>;
  /** Tag suggestions for the card (worked out when asked). */
  suggestTags: () => string[];
  /** The analysis' claims and entities, for a claim's speaker in a citation. */
  analysis?: Pick<Analysis, 'claims' | 'entities'>;
}

type Handler = (e: KeyboardEvent) => boolean | void;

/** Keyboard selection mode's keys, by shortcut id. Exported for the shortcut tests. */
export function annotationModeHandlers(act: {
  step: (step: SelectionStep) => Handler;
  openActions: Handler;
  leave: Handler;
}): ShortcutHandlers {
  const handlers: ShortcutHandlers = {
    'select-next-sentence': act.step('next-sentence'),
    'select-prev-sentence': act.step('prev-sentence'),
    'extend-word': act.step('extend-word'),
    'shrink-word': act.step('shrink-word'),
    'extend-sentence': act.step('extend-sentence'),
    'shrink-sentence': act.step('shrink-sentence'),
    'selection-actions': act.openActions,
    'leave-selection': act.leave,
  };
  // The mode takes its keys first (capture), but not from the pinned header and notices: there
  // Enter presses the focused button and Esc leaves the notice (`n` took the reader there), and
  // the selection waits behind them.
  for (const [id, handler] of Object.entries(handlers)) {
    handlers[id as keyof ShortcutHandlers] = (e) =>
      e.target instanceof Element && e.target.closest('.app-top') ? false : handler?.(e);
  }
  return handlers;
}

/** The reader's own-annotation keys, by shortcut id. Exported for the shortcut tests. */
export function annotationHandlers(act: {
  startSelecting: Handler;
  stepHighlight: (dir: 1 | -1) => boolean | void;
  undoRedo: (direction: 'undo' | 'redo') => void;
  closeCard: Handler;
}): ShortcutHandlers {
  return {
    'select-mode': act.startSelecting,
    'next-highlight': () => act.stepHighlight(1),
    'prev-highlight': () => act.stepHighlight(-1),
    undo: () => act.undoRedo('undo'),
    redo: () => act.undoRedo('redo'),
    close: act.closeCard,
  };
}

/**
 * A link to one annotation that works anywhere: a share link carrying it, focused on open.
 * (The in-app `#/read/<key>/a/<id>` address only works in this browser.)
 */
export async function linkTo(article: Article, annotation: Annotation): Promise<{ url: string } | { error: string }> {
  // The share codec (and its compressor) loads only when a link is asked for.
  const { buildShareLink } = await import('../features/share/share-ref');
  const link = buildShareLink({
    article,
    annotations: [annotation],
    base: window.location.origin + window.location.pathname,
    focus: annotation.id,
  });
  return link.error ? { error: link.error } : { url: link.url };
}

async function copyCitation(
  article: Article,
  annotation: Annotation,
  as: 'text' | 'markdown',
  analysis?: Pick<Analysis, 'claims' | 'entities'>,
): Promise<void> {
  // The citation formatter (with the Markdown exporter) loads only when a citation is asked for.
  const { citationOf } = await import('../model/format/citation');
  const c = citationOf({
    article,
    annotation,
    claims: analysis?.claims,
    entities: analysis?.entities,
    appBase: window.location.origin + window.location.pathname,
  });
  const ok = await copyText(as === 'text' ? c.text : c.markdown);
  notify({
    tone: ok ? 'info' : 'error',
    message: ok
      ? `Copied the citation${as === 'markdown' ? ' as Markdown' : ''}.`
      : 'The browser did not allow copying.',
  });
}

async function copyLink(article: Article, annotation: Annotation, done: string): Promise<boolean> {
  const link = await linkTo(article, annotation);
  if ('error' in link) {
    notify({ tone: 'error', message: link.error });
    return false;
  }
  const ok = await copyText(link.url);
  notify({ tone: ok ? 'info' : 'error', message: ok ? done : 'The browser did not allow copying.' });
  return ok;
}

export function AnnotationOverlay({
  article,
  focusId,
  root,
  map,
  anchored,
  highlightsNow,
  labels,
  suggestTags,
  analysis,
}: AnnotationOverlayProps) {
  const [selection, clearSelection] = useTextSelection(root, map);
  const [card, setCardState] = useState<CardState | null>(null);
  // A second 'a' within the frame before the card opens goes on from the one the first chose.
  const [step] = useState(() => new PendingStep());
  // Every card opened or closed other than by a step goes through here: the step's choice and the
  // place a Delete left are dropped (pending-step.ts `cancel`).
  const setCard = (next: CardState | null) => {
    step.cancel();
    setCardState(next);
  };
  useLayoutEffect(() => step.committed(card?.ids[0]), [step, card]);
  // A finding's card (a claim's, a name's) opened any way — a click, Enter on the cursor, a panel
  // entry — sets the reading store's `cardId`: watched here, the one place all of them go through,
  // it drops the place a Delete left as a highlight's card opened another way does, and closes a
  // highlight's card (one card at a time: else the two lie over each other).
  useEffect(
    () =>
      useReadingStore.subscribe((s, before) => {
        if (s.cardId === null || s.cardId === before.cardId) return;
        step.cancel();
        setCardState(null);
      }),
    [step],
  );
  const [mode, setMode] = useState<Span | null>(null);
  const [toolbarFocus, setToolbarFocus] = useState(false);
  // Segmented a paragraph at a time as the keyboard selection reaches it, never the whole article.
  const sentences = useMemo(() => new SentenceIndex(article.text), [article.text]);
  const anchoredRef = useRef(anchored);
  useEffect(() => {
    anchoredRef.current = anchored;
  }, [anchored]);

  const positionOf = (start: number, end: number) => {
    const r = map?.range(start, end)?.getClientRects();
    const last = r?.[r.length - 1];
    // Below the last line; the card flips above the first when there is no room below (useCardPlacement).
    return r && last
      ? {
          top: last.bottom + window.scrollY + 8,
          left: last.left + window.scrollX,
          anchorTop: r[0].top + window.scrollY,
        }
      : { top: window.scrollY + 120, left: 24 };
  };

  const openAnnotation = (id: string, focusNote = false) => {
    const p = anchoredRef.current.placed.find((x) => x.annotation.id === id);
    if (!p) return;
    // One card at a time: a finding's card open (a claim's, from the Claims tab) closes, else the
    // two would lie over each other.
    openCard(null);
    jumpToSpan(p.start, p.end);
    requestAnimationFrame(() => setCard({ ids: [id], ...positionOf(p.start, p.end), focusNote }));
  };

  // The toolbar is about to close. If it held the focus (the reader came by keys), the focus goes
  // back to the article at the reading position, not to <body>: else the next Tab would start
  // from the top of the page, and the reader would have to find their place again.
  const keepFocusInArticle = () => {
    if (document.activeElement?.closest('.selection-toolbar')) root.current?.focus({ preventScroll: true });
  };

  const create = (selected: Span, color: HighlightColor, focusNote = false, prepared?: NewAnnotation): Annotation => {
    const span = snapToWords(article.text, selected);
    const a = addAnnotation(
      prepared ?? {
        articleId: article.id,
        kind: 'highlight',
        selectors: describeRange(article.text, span.start, span.end),
        color,
        note: '',
        tags: [],
      },
    );
    keepFocusInArticle();
    window.getSelection()?.removeAllRanges();
    clearSelection();
    setMode(null);
    setToolbarFocus(false);
    announce(`Highlighted as ${labels[color]}.`);
    if (focusNote) setCard({ ids: [a.id], ...positionOf(span.start, span.end), focusNote: true });
    return a;
  };

  // Click on one of the reader's highlights opens its card (all overlapping ones, innermost first).
  useEffect(() => {
    const el = root.current;
    if (!el || !map) return;
    const click = (e: MouseEvent) => {
      if (window.getSelection()?.toString()) return;
      const offset = caretOffset(map, e.clientX, e.clientY);
      if (offset === null) return;
      const here = placedAt(anchoredRef.current, offset).filter((p) => p.annotation.kind === 'highlight');
      if (!here.length) return;
      openCard(null);
      setCard({ ids: here.map((p) => p.annotation.id), ...positionOf(here[0].start, here[0].end) });
    };
    el.addEventListener('click', click);
    return () => el.removeEventListener('click', click);
    // positionOf only reads map, which is a dependency.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [root, map]);

  // A link to one annotation opens it once the article is placed.
  const focusedOnce = useRef<string | null>(null);
  useEffect(() => {
    if (!focusId || !map || focusedOnce.current === focusId) return;
    if (!anchored.placed.some((p) => p.annotation.id === focusId)) {
      if (anchored.orphans.some((o) => o.id === focusId))
        notify({
          tone: 'info',
          message: 'The linked annotation could not be placed in this text; it is listed under Notes.',
        });
      return;
    }
    focusedOnce.current = focusId;
    openAnnotation(focusId);
    // openAnnotation reads refs only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusId, map, anchored]);

  // A highlight chosen in the Notes list opens its card; the entry chosen keeps the opener's place.
  const ownCard = useReadingStore((s) => s.ownCard);
  const ownCardSeen = useRef(ownCard?.seq ?? 0);
  useEffect(() => {
    if (!ownCard || !map || ownCard.seq === ownCardSeen.current) return;
    ownCardSeen.current = ownCard.seq;
    openAnnotation(ownCard.id);
    // openAnnotation reads refs only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ownCard, map]);

  // Keyboard selection mode: its keys are taken before the reader's commands see them.
  const stepMode = (step: SelectionStep) => () => {
    if (!mode || !map) return false;
    const next = stepSelection(article.text, sentences.around(mode.start, mode.end), mode, step);
    setMode(next);
    selectSpan(map, next.start, next.end);
    announce(article.text.slice(next.start, next.end).slice(0, 200));
  };
  useShortcuts(
    mode && map
      ? annotationModeHandlers({
          step: stepMode,
          openActions: (e) => {
            if (e.target instanceof Element && e.target.closest('.selection-toolbar')) return false;
            setToolbarFocus(true);
          },
          leave: () => {
            keepFocusInArticle();
            setMode(null);
            setToolbarFocus(false);
            window.getSelection()?.removeAllRanges();
            announce('Left selection mode.');
          },
        })
      : null,
    { scope: 'selecting', capture: true },
  );

  // Starting selection mode, moving between the reader's highlights, undo/redo, closing the card.
  useShortcuts(
    map
      ? annotationHandlers({
          startSelecting: () => {
            if (mode) return false;
            // Start at the first sentence on screen, below the sticky header.
            const at = map.offsetsInView(-80).start;
            const near = sentences.around(at);
            const s = near[sentenceIndexAt(near, at)];
            if (!s) return;
            setMode({ start: s.start, end: s.end });
            selectSpan(map, s.start, s.end);
            // The mode's keys wait behind the pinned header (see annotationModeHandlers): from a
            // header button (where picking a file leaves the focus) the arrows would not step.
            if (document.activeElement?.closest('.app-top')) root.current?.focus({ preventScroll: true });
            announce(
              'Selection mode. Up and down arrows move by sentence, Shift with arrows extends, Enter for actions, Escape to leave.',
            );
          },
          stepHighlight: (dir) => {
            if (mode) return false;
            const list = highlightsNow();
            if (!list.length) {
              announce('No highlights yet.');
              return false;
            }
            const from = step.from(card?.ids[0]);
            const i = list.findIndex((p) => p.annotation.id === from);
            // After a Delete (no card open) the step goes on from where the deleted highlight was.
            const left = step.takeLeftAt();
            const at = i < 0 ? left : null;
            const next =
              at === null
                ? dir === 1
                  ? (list[i + 1] ?? list[0])
                  : (list[i - 1] ?? list[list.length - 1])
                : dir === 1
                  ? (list.find((p) => p.start >= at) ?? list[0])
                  : (list.findLast((p) => p.start < at) ?? list[list.length - 1]);
            jumpToSpan(next.start, next.end);
            step.choose(next.annotation.id, () => {
              openCard(null);
              setCardState({ ids: [next.annotation.id], ...positionOf(next.start, next.end) });
            });
          },
          undoRedo: (direction) => showToast(undoRedoDescribed(direction)),
          closeCard: () => {
            if (!card && !step.pending) return false;
            setCard(null);
          },
        })
      : null,
    { scope: 'reader' },
  );

  // The card reads the store itself, not the placed list (which follows a frame later): a colour
  // chosen in the card is checked in the same task, never bounced back for a frame.
  const records = useAnnotationsStore((s) => s.annotations[article.id]);
  const current = card ? card.ids.map((id) => records?.[id]).filter((a): a is Annotation => !!a && !a.deleted) : [];
  const cardOpen = current.length > 0;
  // While a highlight's card is open, a finding's preview (asked for by the pointer resting on the
  // highlight, a claim's words under it) is not shown: else one click showed two cards (app63).
  useLayoutEffect(() => {
    useReadingStore.setState({ ownCardOpen: cardOpen });
    return () => useReadingStore.setState({ ownCardOpen: false });
  }, [cardOpen]);
  const span = selection ?? (mode ? { ...mode, ...positionOf(mode.start, mode.end) } : null);

  return (
    <>
      {span && !cardOpen && (
        <SelectionToolbar
          top={span.top}
          left={span.left}
          labels={labels}
          focusOnOpen={toolbarFocus}
          onHighlight={(c) => create(span, c)}
          onNote={() => create(span, 'yellow', true)}
          onCopyQuote={async () => {
            const ok = await copyText(article.text.slice(span.start, span.end));
            notify({
              tone: ok ? 'info' : 'error',
              message: ok ? 'Copied the quote.' : 'The browser did not allow copying.',
            });
          }}
          onCopyLink={async () => {
            // The link carries a highlight; it is kept only if the link can be made.
            const passage = snapToWords(article.text, span);
            const now = new Date().toISOString();
            const draft: Annotation = {
              id: newId(),
              articleId: article.id,
              kind: 'highlight',
              created: now,
              updated: now,
              selectors: describeRange(article.text, passage.start, passage.end),
              color: 'yellow',
              note: '',
              tags: [],
            };
            const link = await linkTo(article, draft);
            if ('error' in link) return notify({ tone: 'error', message: link.error });
            const { id, created: _c, updated: _u, ...rest } = draft;
            create(passage, 'yellow', false, { id, ...rest });
            const ok = await copyText(link.url);
            notify({
              tone: ok ? 'info' : 'error',
              message: ok ? 'Highlighted the passage and copied a link to it.' : 'The browser did not allow copying.',
            });
          }}
          onMarkName={(type) => {
            const name = snapToWords(article.text, span);
            addMissedName(article.id, { start: name.start, end: name.end, type });
            keepFocusInArticle();
            window.getSelection()?.removeAllRanges();
            clearSelection();
            setMode(null);
            announce(`Marked as ${type}.`);
          }}
          onClose={() => {
            keepFocusInArticle();
            setMode(null);
            setToolbarFocus(false);
            window.getSelection()?.removeAllRanges();
            clearSelection();
          }}
        />
      )}
      {cardOpen && card && (
        <AnnotationCard
          key={card.ids.join()}
          annotations={current}
          quoteOf={quoteOf}
          labels={labels}
          tagSuggestions={suggestTags()}
          position={card}
          focusNote={card.focusNote}
          onClose={(opener, deleted) => {
            // After the setter, which forgets any earlier place.
            setCard(null);
            step.leftAt(
              deleted ? (anchoredRef.current.placed.find((p) => p.annotation.id === deleted.id)?.start ?? null) : null,
            );
            // Back to what opened the card, else to the article, without scrolling (focus-return.ts).
            focusBack(opener, root.current);
          }}
          onCopyLink={(a) => void copyLink(article, a, 'Copied a link to this annotation.')}
          onCopyCitation={(a, as) => void copyCitation(article, a, as, analysis)}
        />
      )}
    </>
  );
}
