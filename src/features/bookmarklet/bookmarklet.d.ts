declare module 'virtual:marginalia-bookmarklet' {
  /** The minified bookmarklet page script (build/bookmarklet.ts). */
  const source: string;
  export default source;
}
