/**
 * A library entry: one article the reader opened, as the library lists it (metadata only; the
 * text is an article record in IndexedDB, see article.ts). The library store keeps them, newest
 * first, under `marginalia:library`; this file owns their schema and the store's state version.
 */
import * as v from 'valibot';
import { articleMetaEntries, type ArticleMeta } from './article';
import { check, describeIssues, isPlainRecord, type Checked } from './schema-kit';

export type LibraryEntry = ArticleMeta;

export interface LibraryState {
  articles: LibraryEntry[];
}

/** Version of `marginalia:library`; no migrations yet. */
export const LIBRARY_VERSION = 1;

export const libraryEntrySchema = v.object(articleMetaEntries) satisfies v.GenericSchema<unknown, LibraryEntry>;

export const checkLibraryEntry = (raw: unknown): Checked<LibraryEntry> => check(libraryEntrySchema, raw);

/** Every readable entry, in order, once per id; one problem per entry that was not readable. */
export function validateLibrary(raw: unknown, problems: string[]): LibraryState {
  const articles: LibraryEntry[] = [];
  if (!isPlainRecord(raw) || !Array.isArray(raw.articles)) {
    problems.push('the saved library is not a list of articles');
    return { articles };
  }
  const seen = new Set<string>();
  raw.articles.forEach((entry, i) => {
    const parsed = v.safeParse(libraryEntrySchema, entry);
    if (!parsed.success) {
      const title = isPlainRecord(entry) && typeof entry.title === 'string' ? ` “${entry.title.slice(0, 60)}”` : '';
      problems.push(`library entry #${i + 1}${title} is invalid: ${describeIssues(parsed.issues)}`);
    } else if (!seen.has(parsed.output.id)) {
      seen.add(parsed.output.id);
      articles.push(parsed.output);
    }
  });
  return { articles };
}
