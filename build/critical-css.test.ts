import { describe, expect, it } from 'vitest';
import { criticalCss, elementSelector } from './critical-css';

const PAGE =
  '<div class="app"><header class="app-header"><a class="brand" href="#/">M</a><button type="button" class="mode-switch" aria-pressed="false">Mode</button></header>' +
  '<main><div class="workspace"><article class="article"><p>Text</p></article></div></main></div>';

const kept = (css: string) => criticalCss(css, PAGE).css;

describe('elementSelector', () => {
  it.each([
    ['.a:hover', '.a'],
    ['button:focus-visible::before', 'button'],
    [':focus-visible', '*'],
    ['::highlight(mg-person)', '*'],
    ['.notices:focus-within .notice-key', '.notices .notice-key'],
    ['.a:after', '.a'],
    ['.a > ::before', '.a > *'],
    ['a[href="x:hover"]:hover', 'a[href="x:hover"]'],
    ['.a:not(:hover)', '.a:not(:hover)'],
    [':root[data-theme=dark]', ':root[data-theme=dark]'],
    ['.a:first-child', '.a:first-child'],
  ])('%s → %s', (selector, bare) => {
    expect(elementSelector(selector)).toBe(bare);
  });
});

describe('criticalCss', () => {
  it('keeps the rules that style the page and drops the others, in the stylesheet’s own text and order', () => {
    expect(kept('.brand{color:red}.library{margin:0}.article p{margin:0 0 1em}.dialog::backdrop{opacity:.5}')).toBe(
      '.brand{color:red}.article p{margin:0 0 1em}',
    );
  });

  it('keeps a rule when any one of its selectors matches, as written', () => {
    expect(kept('.library,.brand{color:red}')).toBe('.library,.brand{color:red}');
  });

  it('keeps the hover, focus and pseudo-element looks of what is on the page', () => {
    expect(
      kept('.brand:hover{color:red}.brand::after{content:"x"}:focus-visible{outline:1px solid}.map:hover{color:red}'),
    ).toBe('.brand:hover{color:red}.brand::after{content:"x"}:focus-visible{outline:1px solid}');
  });

  it('keeps the rules of the states the inline script may set before the first frame', () => {
    const css =
      ':root[data-theme=dark]{color-scheme:dark}.workspace[data-mode=reading]{--x:0}.mode-switch[aria-pressed=true]{font-weight:600}' +
      '.workspace[data-mode=print]{--y:0}.brand[aria-pressed=true]{color:red}';
    expect(kept(css)).toBe(
      ':root[data-theme=dark]{color-scheme:dark}.workspace[data-mode=reading]{--x:0}.mode-switch[aria-pressed=true]{font-weight:600}',
    );
  });

  it('keeps media groups with what matches inside them, and leaves print and empty groups out', () => {
    expect(
      kept(
        '@media (width<=600px){.brand{color:red}.library{color:blue}}@media (width>=900px){.library{x:y}}@media print{.brand{display:none}}@page{margin:1cm}',
      ),
    ).toBe('@media (width<=600px){.brand{color:red}}');
  });

  it('keeps at-rules it does not group (fonts, keyframes) and selectors it cannot read', () => {
    const css =
      '@font-face{font-family:X;src:url(x.woff2)}@keyframes spin{to{rotate:1turn}}.brand:unknown-thing(){color:red}';
    const { css: out, unread } = criticalCss(css, PAGE);
    expect(out).toBe(css);
    expect(unread).toEqual(['.brand:unknown-thing()']);
  });
});
