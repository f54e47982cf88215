/**
 * The invented news stories of news.cases.ts, scored like ../shared/eval/score.mjs (sentence
 * claims matched by half-overlap, speaker by name or text), plus whether each matched claim is
 * marked direct exactly when its gold says it is a quotation.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../index';
import { loadGazetteerIfAny } from '../../cli/analyze';
import { buildGold, scoreFixture } from '../fixtures/fixture-gold';
import { NEWS_CASES } from './news.cases';

describe('invented news stories: claims', () => {
  it('meet the floors', async () => {
    const gazetteer = await loadGazetteerIfAny();
    let ctp = 0,
      cnp = 0,
      cng = 0,
      spk = 0,
      spkN = 0,
      directOk = 0,
      directN = 0;
    const errors: string[] = [];
    for (const c of NEWS_CASES) {
      const gold = buildGold(c.text, { file: c.name, entities: [], claims: c.claims });
      const a = analyze(c.text, { gazetteer });
      const r = scoreFixture(c.text, gold, a);
      ctp += r.ctp;
      cnp += r.cnp;
      cng += r.cng;
      spk += r.spk;
      spkN += r.spkN;
      errors.push(...r.errors.filter((e) => /claim|speaker/.test(e)).map((e) => `${c.name}: ${e}`));
      gold.claims.forEach((g, i) => {
        const want = c.claims[i].direct ?? false;
        const p = a.claims.find((x) => Math.min(x.end, g.end) - Math.max(x.start, g.start) >= (g.end - g.start) / 2);
        if (!p || c.claims[i].optional) return;
        directN++;
        if (p.direct === want) directOk++;
        else errors.push(`${c.name}: direct ${p.direct}, want ${want}: ${g.text.slice(0, 60)}`);
      });
    }
    const f1 = (2 * ctp) / (cnp + cng);
    const msg = errors.join('\n');
    expect(f1, msg).toBeGreaterThanOrEqual(0.9);
    expect(spk / spkN, msg).toBeGreaterThanOrEqual(0.9);
    expect(directOk / directN, msg).toBeGreaterThanOrEqual(0.9);
  });
});
