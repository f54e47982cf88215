/**
 * The few building blocks every record schema shares (one per file: annotation.ts, page-note.ts,
 * corrections.ts, preferences.ts, library-entry.ts, article.ts), and one way to run a schema.
 *
 * Why valibot and not zod: the record schemas run at start-up on every saved record, so they sit
 * in the entry chunk and on the critical path. valibot is modular (only the validators used ship:
 * a few KB instead of zod's ~60 KB gzip), and it needs no `new Function`, which our CSP forbids
 * and without which zod 4 falls back to a path about three times slower (10,000 annotations:
 * ~40–60 ms with valibot against ~190 ms with zod on this machine). Schemas are plain data over
 * one record, so validation can also run in idle slices or a worker later.
 *
 * Rule for every schema: what it accepts, the store can edit and reload. Values that would break
 * an edit later (a date no `Date` can hold, an id that is a property of every object) are refused
 * here, with a message, instead of being accepted and lost.
 */
import * as v from 'valibot';

/** Earliest and latest instants a record may carry: anything else is a typo or an attack. */
export const EARLIEST_TIME = Date.UTC(1970, 0, 1);
export const LATEST_TIME = Date.UTC(3000, 0, 1);

// ISO 8601 / xsd:dateTime as tools write it: a date, optionally a time with a UTC offset
// (a time without an offset would mean "local time", which differs between machines).
const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2}))?$/;

/** Reads an ISO 8601 instant within the allowed range; undefined for anything else. */
export function parseTimestamp(value: string): number | undefined {
  if (value.length > 40 || !ISO_8601.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) && ms >= EARLIEST_TIME && ms <= LATEST_TIME ? ms : undefined;
}

// What `toISOString` writes. Most stored times already have this form and are kept as they are:
// `toISOString` is the dearest step of validating a record (~4 µs, most of a 10,000-record load).
const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** The instant in `toISOString` form, or undefined when `value` is not one we accept. */
export function normaliseTimestamp(value: string): string | undefined {
  const ms = parseTimestamp(value);
  if (ms === undefined) return undefined;
  return CANONICAL.test(value) ? value : new Date(ms).toISOString();
}

/**
 * An instant, normalised to `Date#toISOString()` form ("2024-01-01T10:00:00.123456+02:00" →
 * "2024-01-01T08:00:00.123Z"), so comparisons between records are string comparisons.
 */
export const timestampSchema = v.pipe(
  v.string(),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const normal = normaliseTimestamp(dataset.value);
    if (normal !== undefined) return normal;
    addIssue({ message: 'not an ISO 8601 date between 1970 and 3000' });
    return NEVER;
  }),
);

/**
 * Keys that every plain object already has (`constructor`, `toString`, `__proto__`…): as an id
 * they would read back as the built-in, not as the record, in the maps the stores keep.
 */
export const isReservedKey = (key: string) => key in Object.prototype;

/** A non-empty string that is safe as a key in a plain-object map. */
export const idSchema = v.pipe(
  v.string(),
  v.minLength(1, 'must not be empty'),
  v.check((s) => !isReservedKey(s), 'is a reserved name'),
);

export type Checked<T> = { ok: T } | { error: string };

/** Runs a schema over one raw value; never throws. The error names the field at fault. */
export function check<T>(schema: v.GenericSchema<unknown, T>, raw: unknown): Checked<T> {
  const result = v.safeParse(schema, raw);
  return result.success ? { ok: result.output } : { error: describeIssues(result.issues) };
}

/** One line for a person: "created: not an ISO 8601 date…; tags.0: Invalid type…". */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = v.getDotPath(issue);
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

export { isPlainRecord } from '../lib/plain-record';
