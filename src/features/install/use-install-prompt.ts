/**
 * Chromium's install offer (`beforeinstallprompt`), kept so the library can show an "Install"
 * button; other browsers install from their own menu (the library says where). Captured from the
 * start: the event fires once, early, possibly before the library is on screen.
 */
import { useSyncExternalStore } from 'react';

interface InstallPromptEvent extends Event {
  prompt: () => Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

type InstallState = 'available' | 'installed' | 'unavailable';

let deferred: InstallPromptEvent | null = null;
let installed = false;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

export function watchInstallPrompt(): void {
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    deferred = event as InstallPromptEvent;
    emit();
  });
  window.addEventListener('appinstalled', () => {
    deferred = null;
    installed = true;
    emit();
  });
}

const runningInstalled = () =>
  window.matchMedia('(display-mode: standalone)').matches ||
  (navigator as Navigator & { standalone?: boolean }).standalone === true;

function snapshot(): InstallState {
  if (installed || runningInstalled()) return 'installed';
  return deferred ? 'available' : 'unavailable';
}

function subscribe(onChange: () => void) {
  listeners.add(onChange);
  return () => listeners.delete(onChange);
}

export function useInstallPrompt(): { state: InstallState; install: () => Promise<void> } {
  const state = useSyncExternalStore(subscribe, snapshot, () => 'unavailable' as const);
  const install = async () => {
    const event = deferred;
    if (!event) return;
    deferred = null;
    await event.prompt();
    if ((await event.userChoice).outcome === 'accepted') installed = true;
    emit();
  };
  return { state, install };
}
