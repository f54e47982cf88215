// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { holdEarlyKeys, releaseEarlyKeys, replayable } from './early-keys';
import { readerCommandHandlers } from './use-reader-commands';
import { dispatchShortcut } from './use-shortcuts';

const press = (key: string, init: KeyboardEventInit = {}, target: EventTarget = document.body) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));

afterEach(() => {
  releaseEarlyKeys(window);
  document.body.innerHTML = '';
  window.location.hash = '';
});

describe('keys pressed before the app answers', () => {
  it('are held in order and handed over once', () => {
    holdEarlyKeys(window);
    press('2');
    press('C', { shiftKey: true, code: 'KeyC' });
    expect(releaseEarlyKeys(window).map((k) => [k.key, k.shiftKey])).toEqual([
      ['2', false],
      ['C', true],
    ]);
    expect(releaseEarlyKeys(window)).toEqual([]);
  });

  it('leave the browser its own keys and the default action of every key', () => {
    holdEarlyKeys(window);
    const input = document.body.appendChild(document.createElement('input'));
    press('a', {}, input);
    press('f', { ctrlKey: true });
    press('Tab');
    press(' ');
    const prevented = !press('c');
    expect(prevented).toBe(false);
    expect(releaseEarlyKeys(window).map((k) => k.key)).toEqual(['c']);
  });

  it('are not run on another page than the one they were pressed on', () => {
    holdEarlyKeys(window);
    press('c');
    window.location.hash = '#/library';
    expect(releaseEarlyKeys(window)).toEqual([]);
  });

  it('are no longer held once released', () => {
    holdEarlyKeys(window);
    releaseEarlyKeys(window);
    press('c');
    holdEarlyKeys(window);
    expect(releaseEarlyKeys(window)).toEqual([]);
  });
});

describe('reader commands before the analysis is in', () => {
  const noop = () => {};
  const visible = { person: true, place: true, organization: true, claim: true };
  const base = { index: null, visible, map: null, closeCard: noop, openHelp: noop, openFind: noop };

  it('hold a finding command instead of dropping it, and take it as handled', () => {
    const waited: string[] = [];
    const handlers = readerCommandHandlers({ ...base, wait: (e) => waited.push(e.key) });
    const e = replayable({ key: 'c', code: 'KeyC', shiftKey: false });
    expect(dispatchShortcut(e, handlers, 'reader')).toBe(true);
    expect(waited).toEqual(['c']);
  });

  it('without a place to wait, leave the key to the browser as before', () => {
    const handlers = readerCommandHandlers(base);
    expect(dispatchShortcut(replayable({ key: 'c', code: 'KeyC', shiftKey: false }), handlers, 'reader')).toBe(false);
  });
});
