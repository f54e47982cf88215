// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { colourResolver } from './canvas-colours';

afterEach(() => {
  document.documentElement.removeAttribute('data-theme');
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('colourResolver', () => {
  it('puts a probe into the document only for a colour not resolved in this scheme before', () => {
    const host = document.body;
    const append = vi.spyOn(host, 'append');
    document.documentElement.setAttribute('data-theme', 'light');
    const first = colourResolver(host);
    expect(first.resolve('rgb(1, 2, 3)')).toBe('rgb(1, 2, 3)');
    first.done();
    expect(append).toHaveBeenCalledTimes(1);
    expect(host.querySelector('span')).toBeNull();
    // The next redraw in the same scheme: no probe, no change to the document.
    const again = colourResolver(host);
    expect(again.resolve('rgb(1, 2, 3)')).toBe('rgb(1, 2, 3)');
    again.done();
    expect(append).toHaveBeenCalledTimes(1);
    // The other theme resolves it again (a light-dark() pair changes with it).
    document.documentElement.setAttribute('data-theme', 'dark');
    const dark = colourResolver(host);
    dark.resolve('rgb(1, 2, 3)');
    dark.done();
    expect(append).toHaveBeenCalledTimes(2);
  });

  it('keeps no colour whose custom property is not defined yet', () => {
    const host = document.body;
    const append = vi.spyOn(host, 'append');
    document.documentElement.setAttribute('data-theme', 'light');
    for (let i = 0; i < 2; i++) {
      const r = colourResolver(host);
      r.resolve('var(--not-defined-anywhere)');
      r.done();
    }
    expect(append).toHaveBeenCalledTimes(2);
  });
});
