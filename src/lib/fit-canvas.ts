/**
 * Sizes a canvas' drawing buffer to its box on screen (in device pixels) and returns its 2D
 * context. The buffer is resized only when the box changed: setting `width` or `height` is an
 * attribute change, and any change to the document makes Chromium rebuild every highlight's
 * markers on the next frame, so what redraws once a frame must not touch them each time.
 */
export function fitCanvas(canvas: HTMLCanvasElement): CanvasRenderingContext2D | null {
  const rect = canvas.getBoundingClientRect();
  const dpr = window.devicePixelRatio || 1;
  const width = Math.max(1, Math.round(rect.width * dpr));
  const height = Math.max(1, Math.round(rect.height * dpr));
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  return canvas.getContext('2d');
}
