/**
 * The app's stylesheet, the boot script, its modules and the landing files' preloads, held back
 * until the landing page's first frame is on screen. The built page (build/static-shell.ts) writes their tags inside an
 * inert `<template>` instead of the document: there, the parser started their dozen requests just
 * before the first frame, and on the 2 cores the server's replies, the network service and the
 * modules' compiles ran beside that frame's style, layout and raster. The landing inline script
 * (boot-layers-inline.ts) copies them into the document once the first paint is shown, or at once
 * on any other address (nothing is painted there before the app runs).
 */
export const APP_REQUESTS_ID = 'marginalia-app-requests';

/**
 * The inline `<style>` with the part of the app's stylesheet that the pre-rendered page's first
 * frame needs (build/critical-css.ts). The whole stylesheet goes right after it, where it was
 * inlined before: the cascade, and so the settled page, are as they were.
 */
export const FIRST_FRAME_CSS_ID = 'marginalia-first-frame-css';

/** Set on the held stylesheet's element once it has loaded or failed (stylesheets-ready.ts). */
export const SETTLED_ATTR = 'data-settled';

/** Only these tags and attributes are copied: the template holds the build's own tags and nothing else. */
const TAGS = new Set(['script', 'link']);
const ATTRIBUTES = new Set(['type', 'src', 'rel', 'href', 'as', 'crossorigin']);

/** Copies the held-back tags into the document as live elements (parsed ones would stay inert). */
export function requestApp(doc: Document): void {
  const held = doc.getElementById(APP_REQUESTS_ID);
  if (!(held instanceof HTMLTemplateElement)) return;
  held.remove();
  for (const tag of [...held.content.children]) {
    const name = tag.localName;
    if (!TAGS.has(name)) continue;
    const el = doc.createElement(name);
    for (const { name: attr, value } of [...tag.attributes]) if (ATTRIBUTES.has(attr)) el.setAttribute(attr, value);
    const firstFrameCss = doc.getElementById(FIRST_FRAME_CSS_ID);
    if (name === 'link' && el.getAttribute('rel') === 'stylesheet' && firstFrameCss) {
      const settle = () => el.setAttribute(SETTLED_ATTR, '');
      el.addEventListener('load', settle, { once: true });
      el.addEventListener('error', settle, { once: true });
      firstFrameCss.after(el);
    } else doc.body.append(el);
  }
}
