/**
 * Key presses made before the app can answer them. The landing page's text and layers are on
 * screen a few hundred milliseconds before the app's code has run, and a reader who presses `2`
 * (hide places) or `c` (next claim) in that time would otherwise see nothing happen. The page's
 * first script holds such keys (`holdEarlyKeys`, from the inline script after the article and
 * from the boot script); the reader's commands take them over once bound (`releaseEarlyKeys`)
 * and run them in order. Only single-character keys without Ctrl, Alt or Meta are held: every
 * other key (Tab, arrows, Space, the browser's own shortcuts) does what the browser does anyway.
 * Nothing is prevented, so a key never goes missing for the browser either.
 */

import { isTypingTarget } from '../features/layers/commands';

/** What replaying a key needs, taken from the original event. */
export interface EarlyKey {
  key: string;
  code: string;
  shiftKey: boolean;
  /** The address when it was pressed: a key pressed on another page is not this page's command. */
  href: string;
}

interface Held {
  keys: EarlyKey[];
  stop: () => void;
}

const SLOT = '__marginaliaEarlyKeys';
/** A reader does not press more than this before the app answers; a stuck page stops holding. */
const MOST_HELD = 32;

type WithSlot = Window & { [SLOT]?: Held };

function isHeldKey(e: KeyboardEvent): boolean {
  if (e.ctrlKey || e.altKey || e.metaKey || e.isComposing || e.key.length !== 1 || e.key === ' ') return false;
  // Typed into a field (the find box, a note) is text, not a command.
  return !isTypingTarget(e.target);
}

/** Starts holding command keys on `win` (once; later calls change nothing). */
export function holdEarlyKeys(win: Window): void {
  const w = win as WithSlot;
  if (w[SLOT]) return;
  const keys: EarlyKey[] = [];
  const onKey = (e: KeyboardEvent) => {
    if (keys.length < MOST_HELD && isHeldKey(e))
      keys.push({ key: e.key, code: e.code, shiftKey: e.shiftKey, href: win.location.href });
  };
  win.addEventListener('keydown', onKey, true);
  w[SLOT] = { keys, stop: () => win.removeEventListener('keydown', onKey, true) };
}

/** Stops holding and returns the keys pressed at this address since, oldest first. */
export function releaseEarlyKeys(win: Window): EarlyKey[] {
  const w = win as WithSlot;
  const held = w[SLOT];
  if (!held) return [];
  delete w[SLOT];
  held.stop();
  return held.keys.filter((k) => k.href === win.location.href);
}

/** A key press like the held one, for the reader's shortcut dispatcher. */
export const replayable = (k: Pick<EarlyKey, 'key' | 'code' | 'shiftKey'>): KeyboardEvent =>
  new KeyboardEvent('keydown', { key: k.key, code: k.code, shiftKey: k.shiftKey, cancelable: true });

/** Commands that wait for the analysis, replayed once it is in; bounded like the early keys. */
export class WaitingKeys {
  private keys: KeyboardEvent[] = [];

  add(e: Pick<KeyboardEvent, 'key' | 'code' | 'shiftKey'>): void {
    if (this.keys.length < MOST_HELD) this.keys.push(replayable(e));
  }

  /** Empties the queue; a command that still cannot run is added again by its handler. */
  take(): KeyboardEvent[] {
    return this.keys.splice(0);
  }
}
