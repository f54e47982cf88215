/**
 * The reader's corrections to the machine's findings, per article, kept in localStorage so they
 * hold after a reload and when the article is analysed again (see model/corrections.ts).
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { EntityType } from '../engine/types';
import { emptyCorrections, type Corrections } from '../model/corrections';

interface CorrectionsState {
  byArticle: Record<string, Corrections>;
}

export const useCorrectionsStore = create<CorrectionsState>()(
  persist(() => ({ byArticle: {} as Record<string, Corrections> }), {
    name: 'marginalia:corrections',
    version: 1,
    storage: createJSONStorage(() => localStorage),
  }),
);

const EMPTY = emptyCorrections();
export const selectCorrections = (articleId: string) => (s: CorrectionsState) => s.byArticle[articleId] ?? EMPTY;

function update(articleId: string, fn: (c: Corrections) => Corrections): void {
  useCorrectionsStore.setState((s) => ({
    byArticle: { ...s.byArticle, [articleId]: fn(s.byArticle[articleId] ?? emptyCorrections()) },
  }));
}

const addUnique = (list: string[], key: string) => (list.includes(key) ? list : [...list, key]);

export const rejectEntity = (articleId: string, key: string) =>
  update(articleId, (c) => ({ ...c, rejectedEntities: addUnique(c.rejectedEntities, key) }));
export const rejectClaim = (articleId: string, key: string) =>
  update(articleId, (c) => ({ ...c, rejectedClaims: addUnique(c.rejectedClaims, key) }));
export const retypeEntity = (articleId: string, key: string, type: EntityType) =>
  update(articleId, (c) => ({ ...c, retyped: { ...c.retyped, [key]: type } }));
export const fixSpeaker = (articleId: string, claimKey: string, name: string) =>
  update(articleId, (c) => ({ ...c, speakers: { ...c.speakers, [claimKey]: name } }));
export const addMissedName = (articleId: string, span: { start: number; end: number; type: EntityType }) =>
  update(articleId, (c) => ({
    ...c,
    added: [...c.added.filter((a) => a.start !== span.start || a.end !== span.end), span],
  }));
export const resetCorrections = (articleId: string) => update(articleId, () => emptyCorrections());
