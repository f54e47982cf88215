import { expect, test, type Page } from '@playwright/test';
import { twoFrames } from './support/frames';

/**
 * The built landing page inlines only the part of the stylesheet its first frame needs
 * (build/critical-css.ts) and links the whole stylesheet once that frame is shown
 * (app/app-requests.ts). That split must never show: the pre-rendered page styled by the inline
 * part alone looks and lays out exactly as with the whole stylesheet, and nothing moves when the
 * stylesheet arrives. A rule the first frame needs, left out of the inline part, fails here with
 * the element and the property it changes.
 *
 * The app's code is kept out (its requests fail), so the page stays the pre-rendered one; the
 * stylesheet is held until the first look has been taken.
 */

interface Look {
  /** Per element of the pre-rendered page (and html, body): its box and its computed style. */
  elements: Array<{ path: string; box: string; style: Record<string, string> }>;
  screenshot: Buffer;
}

async function look(page: Page): Promise<Look> {
  // Let the layers' highlights (painted right after the first frame) and any restyle reach the screen.
  await twoFrames(page);
  const elements = await page.evaluate(() => {
    const pathOf = (el: Element) => {
      const parts: string[] = [];
      for (let e: Element | null = el; e && e !== document.documentElement; e = e.parentElement) {
        const index = e.parentElement ? [...e.parentElement.children].indexOf(e) + 1 : 1;
        parts.unshift(
          `${e.localName}${e.className && typeof e.className === 'string' ? `.${e.className.trim().split(/\s+/).join('.')}` : ''}:nth-child(${index})`,
        );
      }
      return ['html', ...parts].join(' > ');
    };
    const styleOf = (el: Element, pseudo?: string) => {
      const cs = getComputedStyle(el, pseudo);
      const out: Record<string, string> = {};
      // A pseudo-element without content has no box (and reading all of its style is slow).
      if (pseudo && (cs.content === 'none' || cs.content === 'normal')) return out;
      for (let i = 0; i < cs.length; i++) out[`${pseudo ?? ''}${cs[i]}`] = cs.getPropertyValue(cs[i]);
      return out;
    };
    const shell = document.querySelector('[data-static-shell]');
    if (!shell) return [];
    return [document.documentElement, document.body, shell, ...shell.querySelectorAll('*')].map((el) => {
      const r = el.getBoundingClientRect();
      return {
        path: pathOf(el),
        box: [r.x, r.y, r.width, r.height].map((n) => n.toFixed(2)).join(' '),
        style: { ...styleOf(el), ...styleOf(el, '::before'), ...styleOf(el, '::after') },
      };
    });
  });
  // What is on screen (a full-page capture resizes the viewport, a layout shift of its own).
  const screenshot = await page.screenshot({ animations: 'disabled', caret: 'hide' });
  return { elements, screenshot };
}

/** Every difference between two looks, as lines a person can act on. */
function differences(first: Look, settled: Look): string[] {
  const out: string[] = [];
  if (first.elements.length !== settled.elements.length) out.push('the page has changed its elements');
  first.elements.forEach((el, i) => {
    const other = settled.elements[i];
    if (!other) return;
    if (el.box !== other.box) out.push(`${el.path}: box ${el.box} → ${other.box}`);
    for (const prop of new Set([...Object.keys(el.style), ...Object.keys(other.style)]))
      if (el.style[prop] !== other.style[prop])
        out.push(`${el.path}: ${prop} ${el.style[prop]} → ${other.style[prop]}`);
  });
  return out;
}

for (const { name, viewport, scheme, prefs } of [
  { name: '1280 px, light', viewport: { width: 1280, height: 800 }, scheme: 'light' as const },
  { name: '1280 px, dark', viewport: { width: 1280, height: 800 }, scheme: 'dark' as const },
  { name: '390 px, light', viewport: { width: 390, height: 844 }, scheme: 'light' as const },
  { name: '390 px, dark', viewport: { width: 390, height: 844 }, scheme: 'dark' as const },
  {
    name: '1280 px, dark theme chosen, reading mode, a layer off',
    viewport: { width: 1280, height: 800 },
    scheme: 'light' as const,
    prefs: { theme: 'dark', viewMode: 'reading', layers: { person: false } },
  },
  {
    name: '390 px, light theme chosen on a dark system',
    viewport: { width: 390, height: 844 },
    scheme: 'dark' as const,
    prefs: { theme: 'light' },
  },
]) {
  test(`the first frame's inline styles are the whole stylesheet's, and its arrival moves nothing (${name})`, async ({
    page,
  }) => {
    test.slow(); // two full reads of every element's computed style
    await page.setViewportSize(viewport);
    await page.emulateMedia({ colorScheme: scheme });
    await page.addInitScript((prefs) => {
      if (prefs) localStorage.setItem('marginalia:prefs', JSON.stringify({ state: prefs, version: 1 }));
      const w = window as unknown as { __shifts: number[] };
      w.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as Array<PerformanceEntry & { value: number }>) w.__shifts.push(e.value);
      }).observe({ type: 'layout-shift', buffered: true });
    }, prefs);
    await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    let asked = false;
    await page.route(/\/assets\/.*\.css$/, async (route) => {
      asked = true;
      await released;
      await route.continue();
    });
    await page.goto('./#/read/putin-high-tech-duel');
    await expect(page.locator('[data-static-shell] .article-body p').first()).toBeVisible();
    // The whole stylesheet is asked for (after the first frame), and held here.
    await expect.poll(() => asked).toBe(true);
    await expect(page.locator('.layer-count[data-layer="person"]')).not.toHaveText('0');
    const first = await look(page);
    expect(first.elements.length).toBeGreaterThan(50);

    release();
    await expect
      .poll(() =>
        page.evaluate(() =>
          [...document.querySelectorAll('link[rel="stylesheet"]')].some((l) => (l as HTMLLinkElement).sheet),
        ),
      )
      .toBe(true);
    // Linked right after the inline part, where the whole stylesheet was inlined before: the same cascade.
    expect(
      await page.evaluate(
        () => document.querySelector('#marginalia-first-frame-css + link[rel="stylesheet"]') !== null,
      ),
    ).toBe(true);
    const settled = await look(page);

    expect(differences(first, settled)).toEqual([]);
    expect(first.screenshot.equals(settled.screenshot), 'the page looks the same with the whole stylesheet').toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts)).toEqual([]);
  });
}
