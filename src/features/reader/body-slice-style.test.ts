// The body's later slices (render-blocks.ts) are laid out only near the viewport
// (`content-visibility: auto`, src/anchoring/README.md perf39). What that must not break is in
// the stylesheets, so the stylesheets are read here: the slice's paint containment must reach past
// the own-mark bar drawn outside a paragraph, and print must lay every slice out.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

/** The declarations of the first rule whose selector is exactly `selector`. */
function rule(sheet: string, selector: string): string {
  const at = sheet.indexOf(`${selector} {`);
  expect(at, `no rule for ${selector}`).toBeGreaterThanOrEqual(0);
  return sheet.slice(at, sheet.indexOf('}', at));
}

const rem = (value: string) => Number(/([\d.]+)rem/.exec(value)?.[1] ?? NaN);

describe('the body slices', () => {
  const slice = rule(css('../../app/styles.css'), '.article-body .body-slice');

  it('skip the layout of slices far off screen, keeping the size they had once laid out', () => {
    expect(slice).toMatch(/content-visibility:\s*auto;/);
    expect(slice).toMatch(/contain-intrinsic-block-size:\s*auto \d+px;/);
  });

  it("clip no further in than the own-mark bar's outset, on any screen", () => {
    const marks = css('../own-marks/own-marks.css');
    // The outset is the last value of `border-image` and the value of `border-image-outset`.
    const outsets = [...marks.matchAll(/\/ 0 0 0 ([\d.]+rem);|border-image-outset: 0 0 0 ([\d.]+rem);/g)].map((m) =>
      rem(m[1] ?? m[2]),
    );
    expect(outsets.length).toBeGreaterThanOrEqual(2);
    const margin = rem(/overflow-clip-margin:\s*([\d.]+rem)/.exec(slice)?.[1] ?? '');
    expect(margin).toBeGreaterThan(Math.max(...outsets));
  });

  it('are all laid out on paper', () => {
    const print = css('../export-import/print.css');
    expect(rule(print, '  .article-body .body-slice')).toMatch(/content-visibility:\s*visible;/);
  });
});
