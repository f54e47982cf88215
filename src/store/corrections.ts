/**
 * The reader's corrections to the machine's findings, per article (model/corrections.ts has the
 * record), persisted under `marginalia:corrections` through the safe storage so they hold after a
 * reload and when the article is analysed again. Damaged saved corrections are kept aside before
 * anything can overwrite them. In the backup.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { EntityType } from '../engine/types';
import {
  CORRECTIONS_VERSION,
  emptyCorrections,
  isEmpty,
  validateCorrectionsByArticle,
  type Corrections,
} from '../model/corrections';
import type { EnvelopeSpec } from '../model/envelope';
import { isPlainRecord } from '../model/schema-kit';
import { appStorage, reportLoad, STORE_KEYS } from './app-storage';
import { createSafePersistStorage } from './safe-persist';

interface CorrectionsState {
  byArticle: Record<string, Corrections>;
}

export const CORRECTIONS_ENVELOPE: EnvelopeSpec<CorrectionsState> = {
  what: 'saved corrections',
  version: CORRECTIONS_VERSION,
  migrations: {},
  validate: (state, problems) => ({
    byArticle: validateCorrectionsByArticle(isPlainRecord(state) ? state.byArticle : state, problems),
  }),
  empty: () => ({ byArticle: {} }),
};

export const useCorrectionsStore = create<CorrectionsState>()(
  persist(() => ({ byArticle: {} as Record<string, Corrections> }), {
    name: STORE_KEYS.corrections,
    version: CORRECTIONS_VERSION,
    storage: createSafePersistStorage({ storage: appStorage, envelope: CORRECTIONS_ENVELOPE, report: reportLoad }),
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

/** Every article's corrections (for the backup). */
export const allCorrections = () => useCorrectionsStore.getState().byArticle;

/**
 * Merge corrections from a backup: lists are joined, and where both say something about the same
 * entity or claim, what the reader has now wins (a restore never overwrites). Returns how many
 * articles gained something.
 */
export function mergeCorrections(incoming: Record<string, Corrections>): number {
  let changed = 0;
  useCorrectionsStore.setState((s) => {
    const byArticle = { ...s.byArticle };
    for (const [articleId, theirs] of Object.entries(incoming)) {
      const mine = byArticle[articleId] ?? emptyCorrections();
      const merged: Corrections = {
        rejectedEntities: [...new Set([...mine.rejectedEntities, ...theirs.rejectedEntities])],
        rejectedClaims: [...new Set([...mine.rejectedClaims, ...theirs.rejectedClaims])],
        retyped: { ...theirs.retyped, ...mine.retyped },
        speakers: { ...theirs.speakers, ...mine.speakers },
        added: [
          ...mine.added,
          ...theirs.added.filter((t) => !mine.added.some((m) => m.start === t.start && m.end === t.end)),
        ],
      };
      if (JSON.stringify(merged) !== JSON.stringify(mine) && !isEmpty(merged)) {
        byArticle[articleId] = merged;
        changed++;
      }
    }
    return { byArticle };
  });
  return changed;
}
