/**
 * A library entry: one article the reader opened, as the library lists it (metadata only; the
 * text is an article record in IndexedDB, see article.ts). The library store keeps them, newest
 * first, under `marginalia:library`, with when each article (bundled ones too) was last opened;
 * this file owns their schema, the store's state version and its migrations.
 */
import * as v from 'valibot';
import { articleMetaEntries, type ArticleMeta } from './article';
import { check, describeIssues, isPlainRecord, timestampSchema, type Checked } from './schema-kit';

export type LibraryEntry = ArticleMeta;

export interface LibraryState {
  articles: LibraryEntry[];
  /** Article id → ISO time the reader last opened it (bundled articles included). */
  lastOpened: Record<string, string>;
}

/** Version of `marginalia:library`. 2: `lastOpened`. */
export const LIBRARY_VERSION = 2;

/**
 * 1 → 2: `lastOpened` starts from each entry's `addedAt`, the last time version 1 knew it was
 * opened (opening an article listed it anew). Everything else is kept as it was.
 */
export const LIBRARY_MIGRATIONS: Record<number, (state: unknown) => unknown> = {
  1: (state) => {
    if (!isPlainRecord(state) || !Array.isArray(state.articles)) return state;
    const lastOpened: Record<string, string> = {};
    for (const a of state.articles) {
      // Only entries the library will keep: a damaged one is reported (and kept aside) by validation.
      const parsed = v.safeParse(libraryEntrySchema, a);
      if (parsed.success && !(parsed.output.id in lastOpened)) lastOpened[parsed.output.id] = parsed.output.addedAt;
    }
    return { ...state, lastOpened };
  },
};

export const libraryEntrySchema = v.object(articleMetaEntries) satisfies v.GenericSchema<unknown, LibraryEntry>;

export const checkLibraryEntry = (raw: unknown): Checked<LibraryEntry> => check(libraryEntrySchema, raw);

/** Every readable entry, in order, once per id; one problem per entry that was not readable. */
export function validateLibrary(raw: unknown, problems: string[]): LibraryState {
  const articles: LibraryEntry[] = [];
  if (!isPlainRecord(raw) || !Array.isArray(raw.articles)) {
    problems.push('the saved library is not a list of articles');
    return { articles, lastOpened: {} };
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
  const lastOpened = raw.lastOpened === undefined ? {} : validateLastOpened(raw.lastOpened, problems);
  return { articles, lastOpened };
}

/** Article id → last opened time, each time checked on its own; one problem per one dropped. */
export function validateLastOpened(raw: unknown, problems: string[]): Record<string, string> {
  const lastOpened: Record<string, string> = {};
  if (!isPlainRecord(raw)) {
    problems.push('the times articles were last opened are damaged; “Recently opened” uses when they were added');
    return lastOpened;
  }
  for (const [id, time] of Object.entries(raw)) {
    const parsed = v.safeParse(timestampSchema, time);
    if (parsed.success) lastOpened[id] = parsed.output;
    else problems.push(`the time an article was last opened (${id.slice(0, 16)}) is invalid; it was dropped`);
  }
  return lastOpened;
}
