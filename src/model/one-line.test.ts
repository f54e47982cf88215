import { describe, expect, it } from 'vitest';
import { oneLine } from './one-line';

describe('oneLine', () => {
  it('cuts controls, bidi marks and the non-characters YAML refuses, keeping every other script', () => {
    expect(oneLine('Title\uffff with\ufffe non\ufdd0chars')).toBe('Title with non chars');
    expect(oneLine('By Jane\nDoe \u202eevil\u202c')).toBe('By Jane Doe evil');
    expect(oneLine('  東京 „Zitat“ — AT&T  ')).toBe('東京 „Zitat“ — AT&T');
  });
});
