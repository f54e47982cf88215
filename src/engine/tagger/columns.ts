/**
 * Where the tagger's per-document tables (one number per token, per decoded token or per name)
 * come from. A 1 MB article has about 200,000 tokens, so each such table is a few hundred KB to
 * a few MB, and the tagger makes about fifteen per document. A new typed array of that size is
 * fresh memory: the process touches each of its pages for the first time (about 0.3 ms for
 * 800 KB here, against 0.01 ms to fill one already in use), and its backing store counts as
 * external memory toward the collector's next full collection.
 *
 * `Columns` hands them out: `FRESH_COLUMNS` makes new arrays (training keeps many documents'
 * tables alive at once); `ReusedColumns` hands out views of buffers kept from the previous
 * document, filled with the same initial value a new array would have, so nothing read from a
 * table depends on which source made it. `tagNames` takes the one reused set for the length of
 * one call (`takeColumns` / `giveBack`); none of its tables outlives the call.
 */

export interface Columns {
  /** n Int32 values, all `fill`. */
  int32(n: number, fill: number): Int32Array;
  /** n Uint16 values, all 0. */
  uint16(n: number): Uint16Array;
  /** n Uint8 values, all 0. */
  uint8(n: number): Uint8Array;
  /** n Float32 values, all 0. */
  float32(n: number): Float32Array;
  /** n Float64 values, all 0. */
  float64(n: number): Float64Array;
}

/** New arrays every time. */
class FreshColumns implements Columns {
  int32(n: number, fill: number): Int32Array {
    const a = new Int32Array(n);
    if (fill !== 0) a.fill(fill);
    return a;
  }
  uint16(n: number): Uint16Array {
    return new Uint16Array(n);
  }
  uint8(n: number): Uint8Array {
    return new Uint8Array(n);
  }
  float32(n: number): Float32Array {
    return new Float32Array(n);
  }
  float64(n: number): Float64Array {
    return new Float64Array(n);
  }
}

export const FRESH_COLUMNS: Columns = new FreshColumns();

/**
 * Buffers kept across documents, one list per element type; the k-th table of a type asked for
 * in a document is a view of that type's k-th buffer (grown when too short). `reset` starts a
 * new document.
 */
export class ReusedColumns implements Columns {
  private i32: Int32Array[] = [];
  private u16: Uint16Array[] = [];
  private u8: Uint8Array[] = [];
  private f32: Float32Array[] = [];
  private f64: Float64Array[] = [];
  private nI32 = 0;
  private nU16 = 0;
  private nU8 = 0;
  private nF32 = 0;
  private nF64 = 0;

  reset(): void {
    this.nI32 = this.nU16 = this.nU8 = this.nF32 = this.nF64 = 0;
  }

  /** Room for a little more than asked when a buffer grows, so a slightly longer document reuses it. */
  private static room(n: number): number {
    return n + (n >> 3) + 16;
  }

  int32(n: number, fill: number): Int32Array {
    const k = this.nI32++;
    let buf = this.i32[k];
    if (!buf || buf.length < n) this.i32[k] = buf = new Int32Array(ReusedColumns.room(n));
    return buf.subarray(0, n).fill(fill);
  }
  uint16(n: number): Uint16Array {
    const k = this.nU16++;
    let buf = this.u16[k];
    if (!buf || buf.length < n) this.u16[k] = buf = new Uint16Array(ReusedColumns.room(n));
    return buf.subarray(0, n).fill(0);
  }
  uint8(n: number): Uint8Array {
    const k = this.nU8++;
    let buf = this.u8[k];
    if (!buf || buf.length < n) this.u8[k] = buf = new Uint8Array(ReusedColumns.room(n));
    return buf.subarray(0, n).fill(0);
  }
  float32(n: number): Float32Array {
    const k = this.nF32++;
    let buf = this.f32[k];
    if (!buf || buf.length < n) this.f32[k] = buf = new Float32Array(ReusedColumns.room(n));
    return buf.subarray(0, n).fill(0);
  }
  float64(n: number): Float64Array {
    const k = this.nF64++;
    let buf = this.f64[k];
    if (!buf || buf.length < n) this.f64[k] = buf = new Float64Array(ReusedColumns.room(n));
    return buf.subarray(0, n).fill(0);
  }
}

/** The reused set when no call holds it (undefined while one does). */
let spare: ReusedColumns | undefined = new ReusedColumns();

/** The reused set for one call (or a new one if a call already holds it); give it back after. */
export function takeColumns(): ReusedColumns {
  const c = spare ?? new ReusedColumns();
  spare = undefined;
  c.reset();
  return c;
}

/** Returns a set taken with `takeColumns`; no table handed out from it may be read after this. */
export function giveBack(c: ReusedColumns): void {
  spare = c;
}
