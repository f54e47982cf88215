import { describe, expect, it } from 'vitest';
import { parseShareTarget } from './share-target';

const q = (params: Record<string, string>) => `?${new URLSearchParams(params)}`;

describe('a share from another app', () => {
  it.each([
    ['an ordinary visit', '', null],
    ['another query', '?utm_source=x', null],
    [
      'Chrome: the address in url',
      q({ title: 'Ferry returns', url: 'https://news.example.org/ferry' }),
      { kind: 'url', url: 'https://news.example.org/ferry', title: 'Ferry returns' },
    ],
    [
      'an Android app: headline and address in text',
      q({ text: 'Ferry returns to the island https://news.example.org/ferry?ref=app' }),
      { kind: 'url', url: 'https://news.example.org/ferry?ref=app', title: 'Ferry returns to the island' },
    ],
    [
      'an address followed by punctuation',
      q({ text: 'Read this (https://news.example.org/ferry).' }),
      { kind: 'url', url: 'https://news.example.org/ferry', title: 'Read this ().' },
    ],
    [
      'a whole article with a link inside',
      q({ title: 'Notes', text: `${'The council met on Monday. '.repeat(20)}See https://example.org/x` }),
      { kind: 'text', title: 'Notes', text: `${'The council met on Monday. '.repeat(20)}See https://example.org/x` },
    ],
    [
      'plain text',
      q({ title: 'Minutes', text: 'The harbour council met.' }),
      { kind: 'text', title: 'Minutes', text: 'The harbour council met.' },
    ],
    [
      'two addresses in a short text: not one link',
      q({ text: 'https://a.example/ and https://b.example/' }),
      { kind: 'text', title: '', text: 'https://a.example/ and https://b.example/' },
    ],
    [
      'a javascript: address is never a link',
      q({ url: 'javascript:alert(1)', text: 'hello' }),
      { kind: 'text', title: '', text: 'hello' },
    ],
    ['nothing at all', q({ title: '', text: '' }), { kind: 'empty' }],
  ])('%s', (_what, search, expected) => {
    expect(parseShareTarget(search)).toEqual(expected);
  });
});
