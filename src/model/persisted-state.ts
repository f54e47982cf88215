/**
 * The annotations store's state as it sits in localStorage, and how a current-version state is
 * validated: record by record, through `annotationSchema` (annotation.ts), the same gate imports,
 * backups and share links use.
 *
 * Owns the current schema version; older shapes live in `migrations.ts`. Every stored value is the
 * envelope `{ "state": PersistedState, "version": 3 }`. Since version 3 the state is spread over
 * several keys (store/annotation-keys.ts): `marginalia:annotations` holds the labels (and no
 * annotations), and each `marginalia:annotations:<article>:<bucket>` holds a share of one
 * article's annotations, so a reload reads and validates only the open article and a save
 * rewrites only the buckets that changed. Version 2 kept everything under the first key.
 *
 * Cost: one check per record, nothing across records, so 10,000 annotations can be checked in
 * slices (or in a worker) without changing the result. A record already as the schema would give
 * it back skips the schema's copy (canonical-annotation.ts); any other runs through the schema.
 */
import * as v from 'valibot';
import { annotationSchema, type Annotation } from './annotation';
import { shareRepeatedStrings } from './shared-strings';
import { isCanonicalAnnotation } from './canonical-annotation';
import { pickWinner } from './merge';
import { DEFAULT_LABELS, validateLabels, type Labels } from './preferences';
import { describeIssues, isPlainRecord } from './schema-kit';

export const PERSISTED_VERSION = 3;

/** articleId → annotationId → annotation. Keyed twice so one article's set is one lookup. */
export type AnnotationsByArticle = Record<string, Record<string, Annotation>>;

export interface PersistedState {
  annotations: AnnotationsByArticle;
  labels: Labels;
}

export function emptyPersistedState(): PersistedState {
  return { annotations: {}, labels: { ...DEFAULT_LABELS } };
}

/**
 * Validate a current-shape state record by record, keeping every record that passes. A record
 * already in the schema's form is kept as the very object passed in, so `state` must be fresh from
 * `JSON.parse` (as `restore` gives it), never an object someone else still holds and may change.
 */
export function validateState(state: unknown, problems: string[]): PersistedState {
  const result = emptyPersistedState();
  if (!isPlainRecord(state)) {
    problems.push('saved state is not an object');
    return result;
  }
  const byArticle = isPlainRecord(state.annotations) ? state.annotations : {};
  if (state.annotations !== undefined && !isPlainRecord(state.annotations))
    problems.push('saved annotations are not a map');
  for (const [articleKey, records] of Object.entries(byArticle)) {
    if (!isPlainRecord(records)) {
      problems.push(`annotations of article ${articleKey} are not a map`);
      continue;
    }
    // `for…in`, not `Object.entries`: a pair array per record was 2 MB of a 10,000-record load.
    for (const key in records) {
      if (!Object.prototype.hasOwnProperty.call(records, key)) continue;
      const raw = records[key];
      let a: Annotation;
      // A record as this app saved it is kept as parsed (canonical-annotation.ts); the schema's copy
      // of it was a quarter of what a reload allocated.
      // Its repeated strings are shared (shared-strings.ts): fewer objects for the collector.
      if (isCanonicalAnnotation(raw)) shareRepeatedStrings((a = raw), articleKey);
      else {
        const parsed = v.safeParse(annotationSchema, raw);
        if (!parsed.success) {
          problems.push(`annotation ${key} (article ${articleKey}) is invalid: ${describeIssues(parsed.issues)}`);
          continue;
        }
        a = parsed.output;
      }
      // Trust the record over the keys it was filed under: a mis-filed record is re-filed. A copy
      // of it may be filed under its own key too (a v2 value holds every article): the newer wins,
      // as in any merge, whichever was listed first.
      const mine = (result.annotations[a.articleId] ??= {});
      const other = mine[a.id];
      mine[a.id] = other ? pickWinner(other, a) : a;
    }
  }
  result.labels = validateLabels(state.labels, problems);
  return result;
}
