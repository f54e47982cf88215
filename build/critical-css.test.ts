// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { criticalCss, cssBlocks, loosenSelector, selectorMayMatch, splitSelectors } from './critical-css';

const page = () => {
  document.body.innerHTML = `<div id="root"><header class="app-header"><a class="brand">M</a>
    <button class="legend-toggle" aria-pressed="true" disabled>People</button></header>
    <main><p class="status">s</p><div class="article-body"><p data-start="0">Text</p></div></main></div>`;
  return selectorMayMatch(document);
};

describe('cssBlocks', () => {
  it('splits rules, statements and at-rule blocks, braces and semicolons in strings and comments included', () => {
    const css = `@charset "x;";a{content:"}{;"}/* b{} */@media (width<=600px){.x{color:red}.y{}}c,d{}`;
    expect(cssBlocks(css)).toEqual([
      { prelude: '@charset "x;"', body: null },
      { prelude: 'a', body: 'content:"}{;"' },
      { prelude: '@media (width<=600px)', body: '.x{color:red}.y{}' },
      { prelude: 'c,d', body: '' },
    ]);
  });
});

describe('splitSelectors', () => {
  it('splits at top-level commas only', () => {
    expect(splitSelectors('a, :is(b, c) d,[x="1,2"]')).toEqual(['a', ':is(b, c) d', '[x="1,2"]']);
  });
});

describe('loosenSelector', () => {
  it('drops states, pseudo-elements and attribute tests; an emptied part matches anything', () => {
    expect(loosenSelector('.legend-toggle[aria-pressed=false]:hover::after')).toBe('.legend-toggle');
    expect(loosenSelector(':root[data-theme=dark] .x')).toBe(':root .x');
    expect(loosenSelector('[data-mode=reading] > p')).toBe('* > p');
    expect(loosenSelector('.a:focus-visible')).toBe('.a');
    // Not inside :not(): left empty there, the selector fails to parse and is kept.
    expect(loosenSelector('button:not(:disabled)')).toBe('button:not()');
  });
});

describe('criticalCss', () => {
  it('keeps the rules that may apply to the page, in order, and drops the rest', () => {
    const may = page();
    const css =
      ':root{--a:1}.brand{font-weight:700}.dialog{color:red}.legend-toggle[aria-pressed=false]{opacity:.5}' +
      '.side-panel .tab{x:y}.article-body p:hover{c:d}.nope,.status{e:f}button:not(:disabled){g:h}';
    expect(criticalCss(css, may)).toBe(
      ':root{--a:1}.brand{font-weight:700}.legend-toggle[aria-pressed=false]{opacity:.5}' +
        '.article-body p:hover{c:d}.nope,.status{e:f}button:not(:disabled){g:h}',
    );
  });

  it('keeps conditional blocks only with rules that may apply, and every other at-rule', () => {
    const may = page();
    const css =
      '@media (width<=600px){.brand{a:b}.dialog{c:d}}@media print{.dialog{e:f}}' +
      '@font-face{font-family:X;src:local(X)}@keyframes spin{to{rotate:1turn}}@layer base;';
    expect(criticalCss(css, may)).toBe(
      '@media (width<=600px){.brand{a:b}}@font-face{font-family:X;src:local(X)}@keyframes spin{to{rotate:1turn}}@layer base;',
    );
  });

  it('keeps a rule whose selector cannot be tested', () => {
    const may = page();
    expect(may('.dialog:unknown-state(1)')).toBe(true);
    expect(may('.dialog')).toBe(false);
  });
});
