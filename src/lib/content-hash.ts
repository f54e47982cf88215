/**
 * A stable content hash for article identity, synchronous and pure so it runs the same in the
 * browser (also outside secure contexts, where crypto.subtle is missing), a worker and Node.
 * Two independent 32-bit FNV-1a-style lanes give 64 bits: collisions between one reader's
 * articles are not a practical concern, and this is an identity, not a security boundary.
 */
export function contentHash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return hex(h1) + hex(h2);
}
