/**
 * True while the focus is in a field that takes typing (a note, a tag, the paste box): the moment
 * not to put anything new in front of the reader.
 */
import { useSyncExternalStore } from 'react';

const TYPING =
  'textarea, [contenteditable=""], [contenteditable="true"], input:not([type]), input[type="text"], input[type="search"], input[type="url"], input[type="email"]';

const isTyping = () => document.activeElement instanceof Element && document.activeElement.matches(TYPING);

function subscribe(onChange: () => void) {
  document.addEventListener('focusin', onChange);
  document.addEventListener('focusout', onChange);
  return () => {
    document.removeEventListener('focusin', onChange);
    document.removeEventListener('focusout', onChange);
  };
}

export function useEditingText(): boolean {
  return useSyncExternalStore(subscribe, isTyping, () => false);
}
