/**
 * A shortcut past `annotationSchema` for records that are already exactly what it gives back: a
 * record this app saved and now reads again. For those, the schema's output is a deep copy of its
 * input, and making that copy was most of what a reload with 10,000 annotations allocated (~20 of
 * ~80 MB: result objects, issue lists and key sets per field), enough to bring a 75 ms major
 * garbage collection into one of the reload's tasks. Here the parsed record itself is kept, and
 * nothing is allocated to check it.
 *
 * The test is strict on purpose: plain objects and arrays only, no key the schema does not name,
 * known keys in the schema's order, no `undefined`, times already in `toISOString` form. Anything
 * else — an older tool's record, a newer version's extra field, any mistake — returns false and
 * goes through the schema as before, which keeps every message and every normalisation. True
 * therefore promises: the schema accepts `raw`, and its output equals `raw` key for key, in order
 * (canonical-annotation.test.ts checks this against the schema on valid, damaged and random records).
 *
 * Only for records fresh from `JSON.parse`: the store keeps the object as it is, so it must not be
 * shared with anyone who could change it.
 */
import { ANNOTATION_KINDS, HIGHLIGHT_COLORS, VERDICTS, type Annotation } from './annotation';
import { isPageNoteShaped } from './page-note';
import { isReservedKey, normaliseTimestamp } from './schema-kit';

/** The keys `annotationSchema` names, in its order (its output lists them so). */
const ANNOTATION_KEYS = [
  'id',
  'articleId',
  'kind',
  'created',
  'updated',
  'selectors',
  'color',
  'note',
  'tags',
  'claimId',
  'verdict',
  'links',
  'author',
  'deleted',
] as const;
const QUOTE_KEYS = ['type', 'exact', 'prefix', 'suffix'] as const;
const POSITION_KEYS = ['type', 'start', 'end'] as const;

const isPlainObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && Object.getPrototypeOf(x) === Object.prototype;
const isPlainArray = (x: unknown): x is unknown[] => Array.isArray(x) && Object.getPrototypeOf(x) === Array.prototype;

/** Every enumerable key of `raw` is one of `keys`, each at most once, in their order, and none holds `undefined`. */
function keysInOrder(raw: Record<string, unknown>, keys: readonly string[]): boolean {
  let at = 0;
  for (const key in raw) {
    while (at < keys.length && keys[at] !== key) at++;
    if (at === keys.length || raw[key] === undefined) return false;
    at++;
  }
  return true;
}

const isId = (x: unknown) => typeof x === 'string' && x.length > 0 && !isReservedKey(x);
const isCanonicalTime = (x: unknown) => typeof x === 'string' && normaliseTimestamp(x) === x;
const isOffset = (x: unknown) => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
const isOptionalString = (x: unknown) => x === undefined || typeof x === 'string';
const isIn = (options: readonly string[], x: unknown) => typeof x === 'string' && options.includes(x);

function isStringList(x: unknown): boolean {
  if (!isPlainArray(x)) return false;
  for (let i = 0; i < x.length; i++) if (typeof x[i] !== 'string') return false;
  return true;
}

function isCanonicalSelector(s: unknown): boolean {
  if (!isPlainObject(s)) return false;
  if (s.type === 'TextQuoteSelector')
    return (
      keysInOrder(s, QUOTE_KEYS) &&
      typeof s.exact === 'string' &&
      s.exact.length > 0 &&
      isOptionalString(s.prefix) &&
      isOptionalString(s.suffix)
    );
  if (s.type === 'TextPositionSelector')
    return (
      keysInOrder(s, POSITION_KEYS) && isOffset(s.start) && isOffset(s.end) && (s.start as number) < (s.end as number)
    );
  return false;
}

/** `raw` is a record `annotationSchema` accepts and gives back unchanged (see above); false says nothing. */
export function isCanonicalAnnotation(raw: unknown): raw is Annotation {
  if (!isPlainObject(raw) || !keysInOrder(raw, ANNOTATION_KEYS)) return false;
  const { selectors } = raw;
  if (!isPlainArray(selectors)) return false;
  for (let i = 0; i < selectors.length; i++) if (!isCanonicalSelector(selectors[i])) return false;
  return (
    isId(raw.id) &&
    isId(raw.articleId) &&
    isIn(ANNOTATION_KINDS, raw.kind) &&
    isCanonicalTime(raw.created) &&
    isCanonicalTime(raw.updated) &&
    (raw.color === undefined || isIn(HIGHLIGHT_COLORS, raw.color)) &&
    typeof raw.note === 'string' &&
    isStringList(raw.tags) &&
    isOptionalString(raw.claimId) &&
    (raw.verdict === undefined || isIn(VERDICTS, raw.verdict)) &&
    (raw.links === undefined || isStringList(raw.links)) &&
    isOptionalString(raw.author) &&
    (raw.deleted === undefined || typeof raw.deleted === 'boolean') &&
    isPageNoteShaped(raw as unknown as Annotation)
  );
}
