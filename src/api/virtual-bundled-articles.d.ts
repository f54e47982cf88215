declare module 'virtual:bundled-articles' {
  /** public/articles/index.json's `articles`, baked in at build time (build/bundled-articles.ts). */
  const articles: Array<{ id: string; file: string; title: string; source: string; date: string; licence: string }>;
  export default articles;
}
