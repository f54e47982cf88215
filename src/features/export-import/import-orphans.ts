/**
 * Which imported annotations are orphans on their article's text, found away from the page and
 * within one work allowance for the whole import (issue 14: a crafted file must not freeze the
 * tab). Annotations the allowance does not cover count as orphans and are reported as unchecked;
 * all of them are imported and kept either way.
 */
import type { JobGroup } from '../../model/anchor-job';
import type { Annotation } from '../../model/annotation';
import { HOSTILE_INPUT_UNITS } from '../../model/work-budget';
import { anchorGroupsOffThread } from '../../workers/anchoring-client';

export interface OrphanCheck {
  /** Orphans, the unchecked included. */
  orphanIds: string[];
  /** How many of them were not checked because the allowance ran out. */
  overBudget: number;
}

/**
 * The annotations to check, grouped by article (one text each): page notes, tombstones and
 * annotations of articles whose text is not at hand are not judged.
 */
export function orphanGroups(
  candidates: readonly Annotation[],
  textOf: (articleId: string) => string | undefined,
): { groups: JobGroup[]; ids: string[][] } {
  const byArticle = new Map<string, Annotation[]>();
  for (const a of candidates) {
    if (a.kind === 'page-note' || a.deleted || textOf(a.articleId) === undefined) continue;
    const list = byArticle.get(a.articleId);
    if (list) list.push(a);
    else byArticle.set(a.articleId, [a]);
  }
  const entries = [...byArticle.entries()];
  return {
    groups: entries.map(([id, list]) => ({ text: textOf(id)!, items: list.map((a) => ({ selectors: a.selectors })) })),
    ids: entries.map(([, list]) => list.map((a) => a.id)),
  };
}

export async function checkOrphans(
  candidates: readonly Annotation[],
  textOf: (articleId: string) => string | undefined,
  units = HOSTILE_INPUT_UNITS,
): Promise<OrphanCheck> {
  const { groups, ids } = orphanGroups(candidates, textOf);
  const results = await anchorGroupsOffThread(groups, units);
  const orphanIds: string[] = [];
  let overBudget = 0;
  results.forEach((group, g) =>
    group.forEach(({ result }, i) => {
      if (result.status !== 'orphan') return;
      orphanIds.push(ids[g][i]);
      if (result.reason === 'budget') overBudget++;
    }),
  );
  return { orphanIds, overBudget };
}
