/**
 * The hand-over between the boot script (app/boot.ts), which paints an article's first blocks
 * before the app's code has loaded, and the reader, which adopts those very nodes instead of
 * rendering them again: no flash, no shift, no work done twice.
 */
export interface BootBody {
  /** The route key the boot script painted (a bundled slug or a content hash). */
  key: string;
  /** The article's text, so the reader adopts the nodes only for exactly this text. */
  text: string;
  /** The detached `.article-body` the boot script filled. */
  container: HTMLElement;
  /** How many body blocks it holds. */
  rendered: number;
  /**
   * Ends the boot script's hold on background work (lib/background-hold), which it takes for a
   * body that goes on in slices; the reader takes its own hold first.
   */
  releaseHold?: () => void;
  /** Drops the analysis the boot script asked for, when the reader shows another text instead. */
  cancelAnalysis?: () => void;
}

let boot: BootBody | null = null;

export function offerBootBody(body: BootBody): void {
  boot = body;
}

/** The boot script's blocks for this text, once (a second reader renders its own). */
export function takeBootBody(text: string): BootBody | null {
  const b = boot;
  boot = null;
  if (b && b.text === text) return b;
  // Not this text (the reader opened another article): nobody else will take it, so its hold on
  // the analysis ends now rather than at its longest wait, and its analysis is not wanted.
  b?.releaseHold?.();
  b?.cancelAnalysis?.();
  return null;
}
