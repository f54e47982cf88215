import { describe, expect, it } from 'vitest';
import { parseMarkup } from './corpus';
import { sameSpan, scoredPredictions, typeOk } from './folds-lib';

describe('folds-lib: predictions read as score.ts reads them', () => {
  const d = parseMarkup('The [[X Canadian]] bank and the [[X French]] envoy met.');
  const at = (w: string, type = 'organization') => {
    const start = d.text.indexOf(w);
    return { start, end: start + w.length, type };
  };

  it('keeps a prediction over an ignored word when it touches a gold name', () => {
    const g = { ...d, spans: [{ ...at('Canadian bank'), type: 'organization' as const }] };
    const kept = scoredPredictions(g, [at('Canadian bank'), at('French'), at('envoy')]);
    expect(kept.map((p) => g.text.slice(p.start, p.end))).toEqual(['Canadian bank', 'envoy']);
  });

  it('takes an accepted other span and type as right', () => {
    const g = {
      ...at('Canadian bank'),
      type: 'organization' as const,
      alt: [at('bank')],
      altTypes: ['place' as const],
    };
    expect(sameSpan(g, at('bank'))).toBe(true);
    expect(sameSpan(g, at('French'))).toBe(false);
    expect(typeOk(g, 'place')).toBe(true);
    expect(typeOk(g, 'person')).toBe(false);
  });
});
