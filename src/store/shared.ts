/**
 * Annotations that arrived in a share link: shown as their own layer over the article until the
 * reader keeps them (merged into their own) or dismisses them. Session-only: a link is data the
 * reader has not accepted, so nothing of it is persisted until "Keep these".
 */
import { create } from 'zustand';
import type { AnchorResult } from '../model/anchor';
import type { Annotation } from '../model/annotation';
import type { Article } from '../model/article';

export interface SharedLayer {
  articleId: string;
  sharer?: string;
  annotations: Annotation[];
  focus?: string;
  /** An article that came with the link (pasted text, a fetched page): saved only on "Keep these". */
  unsavedArticle?: Article;
  /** Where each annotation landed, computed off the main thread with bounded work (same order). */
  results?: AnchorResult[];
}

interface SharedState {
  layer: SharedLayer | null;
}

export const useSharedStore = create<SharedState>()(() => ({ layer: null }));

export const showShared = (layer: SharedLayer) => useSharedStore.setState({ layer });
export const dismissShared = () => useSharedStore.setState({ layer: null });
