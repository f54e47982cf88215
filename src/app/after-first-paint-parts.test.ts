// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { AFTER_FIRST_PAINT_ID, FIRST_SCREEN_STYLE_ID, releaseAfterFirstPaint } from './after-first-paint-parts';

describe('releaseAfterFirstPaint', () => {
  beforeEach(() => {
    document.head.innerHTML = `<style id="gate">.g{}</style><style id="${FIRST_SCREEN_STYLE_ID}">.a{}</style><style id="later">.l{}</style>`;
    document.body.innerHTML =
      `<div id="root"></div><template id="${AFTER_FIRST_PAINT_ID}"><style>.a{}.b{}</style>` +
      `<script type="module" crossorigin src="./assets/index.js"></script>` +
      `<link rel="modulepreload" crossorigin href="./assets/x.js"><p>not a request</p></template>`;
  });

  it('puts the whole stylesheet where the first screen’s rules were, so the cascade keeps its order', () => {
    releaseAfterFirstPaint(document);
    const styles = [...document.head.querySelectorAll('style')].map((s) => s.id || s.textContent);
    expect(styles).toEqual(['gate', '.a{}.b{}', 'later']);
    expect(document.getElementById(FIRST_SCREEN_STYLE_ID)).toBeNull();
  });

  it('requests the held scripts and preloads as new elements, and nothing else from the template', () => {
    releaseAfterFirstPaint(document);
    const script = document.body.querySelector('script');
    expect(script?.getAttribute('type')).toBe('module');
    expect(script?.getAttribute('src')).toBe('./assets/index.js');
    expect(script?.hasAttribute('crossorigin')).toBe(true);
    expect(document.body.querySelector('link[rel=modulepreload]')?.getAttribute('href')).toBe('./assets/x.js');
    expect(document.body.querySelector('p')).toBeNull();
    expect(document.getElementById(AFTER_FIRST_PAINT_ID)).toBeNull();
  });

  it('does nothing a second time, or where nothing is held', () => {
    releaseAfterFirstPaint(document);
    releaseAfterFirstPaint(document);
    expect(document.body.querySelectorAll('script')).toHaveLength(1);
  });
});
