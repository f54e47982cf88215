/**
 * What the built landing page holds back until its first frame is on screen (build/static-shell.ts):
 * the whole stylesheet (the page inlines only the rules its first screen can use) and the app's
 * requests (its entry module, the module preloads, the article's files). Both sit inert in a
 * `<template>` after the pre-rendered page. Traced on a loaded two-core machine, the requests were
 * served (and the modules streamed and compiled) while the first frame was styled, laid out and
 * rastered, and the 37 KB stylesheet was parsed and matched in front of it.
 *
 * `releaseAfterFirstPaint` puts them in: the stylesheet where the inlined part was, so the cascade
 * is exactly the built stylesheet's, and the requests as new elements (a script taken out of a
 * template would not run). The landing page's inline script calls it once the first frame is shown,
 * and at once on any other address, where that page is hidden and the app paints instead.
 */

/** The `<template>` holding the stylesheet and the requests. */
export const AFTER_FIRST_PAINT_ID = 'after-first-paint';
/** The `<style>` with the first screen's rules, replaced by the whole stylesheet. */
export const FIRST_SCREEN_STYLE_ID = 'first-screen-style';

/** Only these are recreated from the template: the build puts nothing else there. */
const REQUEST_TAGS = new Set(['SCRIPT', 'LINK']);

export function releaseAfterFirstPaint(doc: Document): void {
  const held = doc.getElementById(AFTER_FIRST_PAINT_ID);
  if (!(held instanceof HTMLTemplateElement)) return;
  held.remove();
  for (const el of [...held.content.children]) {
    if (el.tagName === 'STYLE') {
      const firstScreen = doc.getElementById(FIRST_SCREEN_STYLE_ID);
      const sheet = doc.importNode(el, true);
      if (firstScreen) firstScreen.replaceWith(sheet);
      else doc.head.append(sheet);
    } else if (REQUEST_TAGS.has(el.tagName)) {
      const request = doc.createElement(el.tagName.toLowerCase());
      for (const { name, value } of el.attributes) request.setAttribute(name, value);
      doc.body.append(request);
    }
  }
}
