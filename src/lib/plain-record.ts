/**
 * The one test every reader of untrusted JSON starts with: an object whose keys can be read as
 * fields. Arrays are objects to `typeof` but never a record here, so `[…]` where a record belongs
 * is refused instead of read as one with no fields. Kept out of schema-kit.ts so the workers and
 * the boot path can use it without pulling valibot in.
 */
export const isPlainRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
