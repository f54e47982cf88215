/**
 * Fills localStorage to the brim (big chunks, then smaller ones), so the app's next write fails the
 * way it does on a full browser. Runs in the page (`page.evaluate`, or as source in an init script),
 * so it uses nothing from outside its own body.
 */
export function fillStorage() {
  const chunk = 'x'.repeat(256 * 1024);
  for (let i = 0; i < 1000; i++) {
    try {
      localStorage.setItem(`filler-${i}`, chunk);
    } catch {
      break;
    }
  }
  for (let size = 16 * 1024; size >= 16; size /= 2) {
    for (let i = 0; i < 64; i++) {
      try {
        localStorage.setItem(`filler-small-${size}-${i}`, 'x'.repeat(size));
      } catch {
        break;
      }
    }
  }
}
