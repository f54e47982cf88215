// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { APP_REQUESTS_ID, FIRST_FRAME_CSS_ID, requestApp, SETTLED_ATTR } from './app-requests';

// A document with no window: what is copied in is not fetched or run by the test environment.
let doc: Document;
beforeEach(() => {
  doc = document.implementation.createHTMLDocument('');
});

const hold = (inner: string) => {
  doc.body.innerHTML = `<template id="${APP_REQUESTS_ID}">${inner}</template>`;
};

describe('requestApp', () => {
  it('copies the held tags into the document as live elements, in order, and drops the template', () => {
    hold(
      '<script type="module" crossorigin src="./assets/index.js"></script>' +
        '<link rel="modulepreload" crossorigin href="./assets/a.js">' +
        '<link rel="preload" href="data:text/plain,x" as="fetch" crossorigin="">',
    );
    requestApp(doc);
    expect(doc.getElementById(APP_REQUESTS_ID)).toBeNull();
    const live = [...doc.body.children].map((el) => el.outerHTML);
    expect(live).toEqual([
      '<script type="module" crossorigin="" src="./assets/index.js"></script>',
      '<link rel="modulepreload" crossorigin="" href="./assets/a.js">',
      '<link rel="preload" href="data:text/plain,x" as="fetch" crossorigin="">',
    ]);
    // Created by script, not by the parser inside a template: the browser runs and fetches them.
    expect(doc.body.firstElementChild).toBeInstanceOf(HTMLScriptElement);
  });

  it('copies nothing but the build’s own kinds of tag and attribute', () => {
    hold('<img src="x" onerror="alert(1)"><script src="./a.js" onload="alert(1)" nonce="n"></script>');
    requestApp(doc);
    expect([...doc.body.children].map((el) => el.outerHTML)).toEqual(['<script src="./a.js"></script>']);
  });

  it('does nothing twice, nor without the template', () => {
    hold('<link rel="modulepreload" href="./a.js">');
    requestApp(doc);
    requestApp(doc);
    expect(doc.body.querySelectorAll('link')).toHaveLength(1);
  });

  it('puts the whole stylesheet right after the first frame’s inline part, where the cascade had it', () => {
    doc.head.innerHTML = `<style id="${FIRST_FRAME_CSS_ID}">p{margin:0}</style><style id="later">::highlight(x){color:red}</style>`;
    hold('<link rel="stylesheet" crossorigin><script type="module" src="./assets/index.js"></script>');
    requestApp(doc);
    expect([...doc.head.children].map((el) => el.id || el.getAttribute('rel'))).toEqual([
      FIRST_FRAME_CSS_ID,
      'stylesheet',
      'later',
    ]);
    expect([...doc.body.children].map((el) => el.localName)).toEqual(['script']);
    // Marked once it has loaded or failed, for the app to know it need not wait (stylesheets-ready.ts).
    const link = doc.head.querySelector('link')!;
    link.dispatchEvent(new Event('error'));
    expect(link.hasAttribute(SETTLED_ATTR)).toBe(true);
  });

  it('without an inline part, a stylesheet goes with the rest', () => {
    hold('<link rel="stylesheet">');
    requestApp(doc);
    expect(doc.body.querySelectorAll('link[rel="stylesheet"]')).toHaveLength(1);
  });
});
