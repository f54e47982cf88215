/**
 * The highlight a key step ('a' / Shift+A) chose, until its card is committed. The card opens in
 * the next frame (after the page has scrolled to the highlight), so the card the reader renders
 * lags the key by a frame: a second press within that frame, stepping from the rendered card,
 * moved once for two presses. Steps go on from the chosen one instead, and Escape in that frame
 * cancels it.
 */
export class PendingStep {
  private id: string | null = null;
  private frame = 0;
  private left: number | null = null;

  constructor(
    // Wrapped: called as this object's methods, the browser's own would throw (illegal invocation).
    private readonly schedule: (run: () => void) => number = (run) => requestAnimationFrame(run),
    private readonly unschedule: (frame: number) => void = (frame) => cancelAnimationFrame(frame),
  ) {}

  /** The highlight the next step starts from: the one chosen but not yet shown, else `shown`. */
  from(shown: string | undefined): string | undefined {
    return this.id ?? shown;
  }

  get pending(): boolean {
    return this.id !== null;
  }

  /** Chooses `id`; `open` shows its card in the next frame (an earlier choice's frame is dropped). */
  choose(id: string, open: () => void): void {
    this.cancel();
    this.id = id;
    this.frame = this.schedule(open);
  }

  /**
   * Another way of opening or closing a card (a click, a Notes entry, the reader-wide Escape)
   * replaces the step's choice and the place a Delete left: the reader has moved on from there,
   * and a later `a` must not go back to it.
   */
  cancel(): void {
    if (this.id !== null) this.unschedule(this.frame);
    this.id = null;
    this.left = null;
  }

  /**
   * Where a highlight deleted from its card was (its start; null: the card closed otherwise). The
   * focus goes to the article, and the next step goes on from there, not from the first highlight.
   * Set after the card is closed (closing cancels, which clears it).
   */
  leftAt(at: number | null): void {
    this.left = at;
  }

  /** The place a Delete left, once: the step that reads it starts from there. */
  takeLeftAt(): number | null {
    const at = this.left;
    this.left = null;
    return at;
  }

  /** Called with the card each commit shows: once the chosen one is shown, nothing is pending. */
  committed(shown: string | undefined): void {
    if (this.id !== null && shown === this.id) this.id = null;
  }
}
