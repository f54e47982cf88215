/**
 * Deterministic, article-like test data for share-link tests: a seeded word generator rather than
 * a real article, so tests do not depend on bundled fixtures and compression is not flattered by
 * repeated text. Used only by tests.
 */
import type { Annotation, HighlightColor } from '../annotation';

export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the of and to in a that said on for was with he as it by at from his an were are which this be has ' +
  'government minister president official officials country city war forces military missile defence ' +
  'attack region border talks peace agreement council vote budget report economy prices energy gas ' +
  'oil sanctions election campaign party opposition parliament court ruling police investigation ' +
  'statement spokesman according year week month thursday monday early late nearly more than after ' +
  'before during against about would could should not also however while since under over new old ' +
  'first last many several most public private national international western eastern russian ' +
  'ukrainian american european capital harbour wall storm flood residents mayor engineers contractor ' +
  'million billion percent cost plan plans proposal critics supporters experts analysts claimed warned ' +
  'denied confirmed announced rejected demanded expected reported described called told added noted'
).split(' ');

export function articleText(rand: () => number, targetChars: number): string {
  const sentences: string[] = [];
  let length = 0;
  while (length < targetChars) {
    const n = 10 + Math.floor(rand() * 16);
    const words = Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]);
    const s = words.join(' ');
    const sentence = s[0].toUpperCase() + s.slice(1) + '.';
    sentences.push(sentence);
    length += sentence.length + 1;
  }
  return sentences.join(' ');
}

export function noteOf(rand: () => number, chars: number): string {
  let s = '';
  while (s.length < chars) s += (s ? ' ' : '') + WORDS[Math.floor(rand() * WORDS.length)];
  return s.slice(0, chars);
}

const COLORS: HighlightColor[] = ['yellow', 'green', 'blue', 'pink', 'purple'];

/** `count` highlights spread over `text`, each quoting 40–100 characters with 32 chars of context. */
export function highlightsOn(text: string, count: number, rand: () => number, noteChars = 50): Annotation[] {
  return Array.from({ length: count }, (_, i) => {
    const start = Math.floor(((i + rand() * 0.5) * text.length) / (count + 1));
    const end = Math.min(text.length, start + 40 + Math.floor(rand() * 61));
    return {
      id: `ann-${i}-0f8e6c2a-9d1b-4c3e-8a7f-${String(i).padStart(12, '0')}`,
      articleId: 'a1b2c3d4e5f60718',
      kind: 'highlight',
      created: `2026-11-0${1 + (i % 9)}T10:${String(i).padStart(2, '0')}:00.000Z`,
      updated: `2026-11-0${1 + (i % 9)}T11:${String(i).padStart(2, '0')}:00.000Z`,
      selectors: [
        {
          type: 'TextQuoteSelector',
          exact: text.slice(start, end),
          prefix: text.slice(Math.max(0, start - 32), start),
          suffix: text.slice(end, end + 32),
        },
        { type: 'TextPositionSelector', start, end },
      ],
      color: COLORS[i % COLORS.length],
      note: noteOf(rand, noteChars),
      tags: i % 3 === 0 ? ['follow-up'] : [],
    } satisfies Annotation;
  });
}
