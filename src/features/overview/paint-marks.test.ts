import { describe, expect, it } from 'vitest';
import { markCount, paintMarks, type MarkGroup } from './paint-marks';

const group = (color: string, at: number[], own = false): MarkGroup => ({ color, own, at: Float64Array.from(at) });

function recorder() {
  const rects: Array<{ color: string; y: number; h: number }> = [];
  const ctx = {
    fillStyle: '' as string | CanvasGradient | CanvasPattern,
    fillRect(_x: number, y: number, _w: number, h: number) {
      rects.push({ color: String(ctx.fillStyle), y, h });
    },
  };
  return { ctx, rects };
}

const rowsOf = (rects: Array<{ color: string; y: number; h: number }>, color: string) =>
  rects.filter((r) => r.color === color).flatMap((r) => Array.from({ length: r.h }, (_, i) => r.y + i));

describe('paintMarks', () => {
  it('paints each covered row once per colour, however many marks fall on it', () => {
    const marks = [
      group(
        'red',
        Array.from({ length: 5000 }, (_, i) => (i % 10) / 10),
      ),
    ];
    const { ctx, rects } = recorder();
    paintMarks(ctx, marks, 8, 100, 2);
    // Ten distinct positions, two rows each: ten rectangles, not 5,000.
    expect(rects).toHaveLength(10);
    expect(rowsOf(rects, 'red')).toEqual([
      0, 1, 10, 11, 20, 21, 30, 31, 40, 41, 50, 51, 60, 61, 70, 71, 80, 81, 90, 91,
    ]);
  });

  it('joins touching marks into one run and keeps colours apart', () => {
    const marks = [group('blue', [0.1, 0.11]), group('green', [0.5, 0.999])];
    const { ctx, rects } = recorder();
    paintMarks(ctx, marks, 8, 100, 2);
    expect(rects.filter((r) => r.color === 'blue')).toEqual([{ color: 'blue', y: 10, h: 3 }]);
    // A mark at the very end stays inside the strip.
    expect(rowsOf(rects, 'green')).toEqual([50, 51, 98, 99]);
  });

  it("puts the reader's own marks on the left half, a row taller, and findings on the right", () => {
    const { ctx, rects } = recorder();
    const xs: number[] = [];
    const fill = ctx.fillRect.bind(ctx);
    ctx.fillRect = (x: number, y: number, w: number, h: number) => {
      xs.push(x);
      fill(x, y, w, h);
    };
    paintMarks(ctx, [group('gold', [0.2], true), group('gold', [0.2])], 8, 100, 2);
    expect(rects).toEqual([
      { color: 'gold', y: 20, h: 3 },
      { color: 'gold', y: 20, h: 2 },
    ]);
    expect(xs).toEqual([0, 5]);
  });

  it('paints colours in the order of the groups, a later one over an earlier one, and skips empty groups', () => {
    const { ctx, rects } = recorder();
    const marks = [group('grey', []), group('red', [0.3]), group('blue', [0.3]), group('red', [0.6])];
    paintMarks(ctx, marks, 8, 100, 2);
    expect(rects.map((r) => r.color)).toEqual(['red', 'red', 'blue']);
    expect(markCount(marks)).toBe(3);
  });
});
