/** A random id; crypto.randomUUID needs a secure context, so plain-http hosts get a fallback. */
export function newId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  return c?.randomUUID ? c.randomUUID() : `a-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
