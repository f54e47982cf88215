/**
 * Everything the reader keeps, as one JSON backup, and restoring one (see src/store/README.md for
 * what is in it): the articles they opened (with text), every annotation of every article (bundled
 * ones included), colour labels, corrections, preferences (the library's sort and the map's
 * "Show all places" among them) and when each article was last opened.
 *
 * Restoring merges and never overwrites: an article is checked against its content hash by the
 * schema, and one whose id already holds a different text here is refused (the reader's copy
 * stays); annotations merge by id and time; corrections merge with the reader's own winning;
 * last-opened times keep the later of the two.
 */
import { metaOf } from '../model/article';
import { serializeBackup, type Backup, type BackupRejection } from '../model/format/backup';
import type { HighlightColor } from '../model/annotation';
import { annotationsStore, importAnnotations, loadAllAnnotationsNow, setLabel } from '../store/annotations';
import { allCorrections, mergeCorrections } from '../store/corrections';
import { mergeLastOpened, rememberArticleMeta, useLibraryStore } from '../store/library';
import { setPreferences, usePrefsStore } from '../store/prefs';
import { loadArticle, readArticle, type LateAnswer } from './article-storage';
import { saveAndList } from './save-and-list';

/**
 * Refuses when browser storage did not answer for some article: a backup without those texts would
 * look complete, and the reader may clear the browser's data trusting it. A damaged text (reported
 * when its article is opened) cannot be backed up, and is left out.
 */
export async function buildBackup(): Promise<string> {
  const { articles: metas, lastOpened } = useLibraryStore.getState();
  const read = await Promise.all(metas.map((m) => readArticle(m.id)));
  const unread = metas.filter((_, i) => {
    const r = read[i];
    return r !== undefined && 'unanswered' in r;
  });
  if (unread.length > 0) {
    const titles = unread
      .slice(0, 3)
      .map((m) => `“${m.title.slice(0, 60)}”`)
      .join(', ');
    const more = unread.length > 3 ? ` and ${unread.length - 3} more` : '';
    const n = unread.length;
    throw new Error(
      `browser storage did not answer, so ${n === 1 ? 'the text of 1 saved article' : `the texts of ${n} saved articles`} (${titles}${more}) could not be read, and a backup without ${n === 1 ? 'it' : 'them'} would look complete. Reload the page (close other Marginalia tabs first) and try again.`,
    );
  }
  const articles = read.flatMap((r) => (r && 'ok' in r ? [r.ok] : []));
  loadAllAnnotationsNow(); // articles not opened this session may not be read yet
  const state = annotationsStore.getState();
  const annotations = Object.values(state.annotations).flatMap((byId) => Object.values(byId));
  const { theme, layers, textSize, lineWidth, viewMode, claimTint, librarySort, mapShowAll, dismissedHints } =
    usePrefsStore.getState();
  return serializeBackup({
    exportedAt: new Date().toISOString(),
    articles,
    annotations,
    labels: state.labels,
    corrections: allCorrections(),
    preferences: {
      theme,
      layers,
      textSize,
      lineWidth,
      viewMode,
      claimTint,
      librarySort,
      mapShowAll,
      dismissedHints,
    },
    lastOpened,
  });
}

export interface RestoreOutcome {
  /** Articles added to the library (new texts). */
  articles: number;
  added: number;
  alreadyPresent: number;
  /** Articles whose corrections gained something. */
  corrections: number;
  /** Parts refused while restoring (besides those the parser refused). */
  rejected: BackupRejection[];
  /** Titles of added articles whose text storage refused: kept in this tab only. */
  notSaved: string[];
  /** Added articles whose write a slow storage still holds, and where each ends up. */
  stillSaving: { title: string; landed: Promise<LateAnswer> }[];
}

export async function restoreBackup(backup: Backup): Promise<RestoreOutcome> {
  const rejected: BackupRejection[] = [];
  const notSaved: string[] = [];
  const stillSaving: RestoreOutcome['stillSaving'] = [];
  let articles = 0;
  const listed = new Set(useLibraryStore.getState().articles.map((a) => a.id));
  for (const [index, article] of backup.articles.entries()) {
    const existing = await loadArticle(article.id);
    if (existing && existing.text !== article.text) {
      rejected.push({
        what: 'article',
        index,
        reason: `article #${index + 1} “${article.title.slice(0, 60)}”: your library already holds a different text under its id; yours was kept`,
      });
      continue;
    }
    if (existing) {
      if (!listed.has(article.id)) rememberArticleMeta(metaOf(existing));
      continue;
    }
    const where = await saveAndList(article);
    articles++;
    if (where === 'memory') notSaved.push(article.title);
    else if (where !== 'saved') stillSaving.push({ title: article.title, landed: where.landed });
  }
  for (const [color, label] of Object.entries(backup.labels ?? {})) if (label) setLabel(color as HighlightColor, label);
  const result = importAnnotations(backup.annotations);
  const corrections = mergeCorrections(backup.corrections);
  if (backup.preferences) setPreferences(backup.preferences);
  if (backup.lastOpened) mergeLastOpened(backup.lastOpened);
  return {
    articles,
    added: result.added + result.updated,
    alreadyPresent: result.alreadyPresent,
    corrections,
    rejected,
    notSaved,
    stillSaving,
  };
}
