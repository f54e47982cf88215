/**
 * The overview strip's colours for its canvas: CSS colours (custom properties, light-dark() pairs)
 * resolved to what a canvas paints, kept per colour scheme.
 */

/**
 * Colours resolved for the canvas, by the page's colour scheme and the CSS colour. The strip's
 * colours are custom properties that differ only between light and dark (`light-dark()` pairs in
 * layers.css and annotate.css), so each is resolved once per scheme, not on every redraw: the
 * probe element that resolves it is a change to the document, after which Chromium rebuilds the
 * markers of every highlight on the next frame (with 10,000 highlights, a redraw after each one
 * made cost such a frame; README.md, "### perf62").
 */
const resolvedColours = new Map<string, string>();

/** The colour scheme the stylesheet picks (styles.css): the reader's theme, else the system's. */
function schemeNow(): string {
  const theme = document.documentElement.getAttribute('data-theme');
  if (theme) return theme;
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/**
 * Resolves a CSS colour (a custom property, a light-dark() pair) to what a canvas can paint, once
 * per colour and scheme, with a probe element in `host` only for a colour not resolved before.
 * A custom property not defined yet (its stylesheet still coming) is resolved but not kept.
 */
export function colourResolver(host: HTMLElement): { resolve: (color: string) => string; done: () => void } {
  const scheme = schemeNow();
  let probe: HTMLElement | undefined;
  return {
    resolve: (color) => {
      const key = `${scheme} ${color}`;
      const known = resolvedColours.get(key);
      if (known !== undefined) return known;
      if (!probe) {
        probe = document.createElement('span');
        host.append(probe);
      }
      probe.style.color = color;
      const style = getComputedStyle(probe);
      const value = style.color;
      const property = /^var\((--[\w-]+)\)$/.exec(color)?.[1];
      if (!property || style.getPropertyValue(property).trim()) resolvedColours.set(key, value);
      return value;
    },
    done: () => probe?.remove(),
  };
}
