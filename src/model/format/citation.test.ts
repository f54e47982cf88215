import { describe, expect, it } from 'vitest';
import { citationOf } from './citation';
import { analyseDefault, claimContaining, DEFAULT_ARTICLE, highlightOn, verdictOn } from './default-article.fixture';

describe('Copy as citation', async () => {
  const analysis = await analyseDefault();
  const claim = claimContaining(analysis, 'There is no chance of shooting down');

  it('cites a claim with its speaker, the article and a link to the passage', () => {
    const c = citationOf({
      article: DEFAULT_ARTICLE,
      annotation: verdictOn(claim),
      ...analysis,
      appBase: 'https://app.example/',
    });
    expect(c.text).toBe(
      '“There is no chance of shooting down these missiles” — Vladimir Putin, in “Putin challenges the West to a ‘high-tech duel’ in Kiev”, dpa, distributed by Tribune Content Agency, 2024-12-19. ' +
        `https://app.example/#/read/putin-high-tech-duel/a/v-${claim.start}-${claim.end}`,
    );
    expect(c.markdown).toBe(
      '> “There is no chance of shooting down these missiles”\n>\n' +
        '> — Vladimir Putin, in [*Putin challenges the West to a ‘high-tech duel’ in Kiev*]' +
        `(<https://app.example/#/read/putin-high-tech-duel/a/v-${claim.start}-${claim.end}>), dpa, distributed by Tribune Content Agency, 2024-12-19`,
    );
  });

  it('cites a highlight without a speaker, with a Text Fragment link on a web article', () => {
    const c = citationOf({
      article: { ...DEFAULT_ARTICLE, origin: { kind: 'url', url: 'https://news.example/duel' } },
      annotation: highlightOn('marathon session'),
      ...analysis,
    });
    expect(c.text).toMatch(
      /^“marathon session” — “Putin challenges.*, 2024-12-19\. https:\/\/news\.example\/duel#:~:text=/,
    );
    expect(c.markdown).toMatch(/^> “marathon session”\n>\n> — \[\*Putin challenges/);
  });

  it('keeps the attribution on one line when the title or source holds a line break', () => {
    const c = citationOf({
      article: { ...DEFAULT_ARTICLE, title: 'Putin challenges\nthe West', source: 'dpa,\n  Tribune' },
      annotation: highlightOn('marathon session'),
      ...analysis,
      appBase: 'https://app.example/',
    });
    expect(c.text).toMatch(/^“marathon session” — “Putin challenges the West”, dpa, Tribune, 2024-12-19\. https:/);
    expect(c.markdown.split('\n')).toHaveLength(3);
    expect(c.markdown).toMatch(/^> — \[\*Putin challenges the West\*\]\(<https:[^>]+>\), dpa, Tribune, 2024-12-19$/m);
  });

  it('cuts direction overrides and C1 controls from the attribution (one-line.ts)', () => {
    const c = citationOf({
      article: { ...DEFAULT_ARTICLE, title: 'Budget\u202e teg\u0085 passed', source: 'Coast\u2066line\u007f' },
      annotation: highlightOn('marathon session'),
      ...analysis,
      appBase: 'https://app.example/',
    });
    expect(c.text).toMatch(/^“marathon session” — “Budget teg passed”, Coast line, 2024-12-19\. https:/);
    expect(c.markdown).not.toMatch(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });
});
