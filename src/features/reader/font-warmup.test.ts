// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** Idle callbacks and frames run by hand; the module fresh each time (it warms once per page). */
async function setup() {
  vi.resetModules();
  const idle: Array<() => void> = [];
  const frames: Array<() => void> = [];
  vi.stubGlobal('requestIdleCallback', (f: () => void) => idle.push(f));
  vi.stubGlobal('cancelIdleCallback', (id: number) => idle.splice(id - 1, 1, () => {}));
  vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.splice(id - 1, 1, () => {}));
  const { warmReaderFonts } = await import('./font-warmup');
  return { warmReaderFonts, idle, frames };
}

const specimen = () => document.body.querySelector<HTMLElement>('[aria-hidden="true"]');

describe('warmReaderFonts', () => {
  beforeEach(() => document.body.replaceChildren());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('lays out a hidden specimen in an idle moment and takes it away after the frame', async () => {
    vi.useFakeTimers();
    const { warmReaderFonts, idle, frames } = await setup();
    warmReaderFonts();
    expect(specimen()).toBeNull();
    idle.shift()!();
    const host = specimen()!;
    expect(host.inert).toBe(true);
    expect(host.style.visibility).toBe('hidden');
    expect(host.querySelector('article')?.getAttribute('lang')).toBe('en');
    frames.shift()!();
    vi.runAllTimers();
    expect(specimen()).toBeNull();
    // Once per page: a second library visit adds nothing.
    warmReaderFonts();
    expect(idle).toHaveLength(0);
  });

  it('adds nothing when cancelled first, and removes the specimen when cancelled before the frame', async () => {
    const { warmReaderFonts, idle } = await setup();
    warmReaderFonts()();
    idle.forEach((f) => f());
    expect(specimen()).toBeNull();

    const second = await setup();
    const cancel = second.warmReaderFonts();
    second.idle.shift()!();
    expect(specimen()).not.toBeNull();
    cancel();
    expect(specimen()).toBeNull();
  });

  it('uses only class names the stylesheet styles (a renamed style would warm nothing)', async () => {
    const { warmReaderFonts, idle } = await setup();
    warmReaderFonts();
    idle.shift()!();
    const css = readdirSync('src', { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.css'))
      .map((f) => readFileSync(`src/${f}`, 'utf8'))
      .join('\n');
    const classes = [...specimen()!.querySelectorAll('[class]')].flatMap((el) => [...el.classList]);
    expect(classes.length).toBeGreaterThan(5);
    for (const c of classes) expect(css, c).toMatch(new RegExp(`\\.${c}(?![\\w-])`));
  });
});
