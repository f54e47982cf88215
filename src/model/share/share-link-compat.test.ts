/**
 * Links already sent must keep meaning what they meant. The fragments below were made by the
 * encoder before the header's fields became one table (share-header-fields.ts) and before the
 * title and the sender's name were cleaned like the header; what they decoded to then is written
 * out in full, so any change in what an old link opens as fails here, field by field.
 */
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../annotation';
import { decodeShareLink, encodeShareLink, type ShareInput, type SharedLink } from './share-link';
import { V1_SHARE_FRAGMENT, V1_SHARE_TEXT } from './share-v1-fixture';

function decoded(fragment: string): SharedLink {
  const result = decodeShareLink(fragment);
  if ('error' in result) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.parsed;
}

const TEXT =
  'Ferry fares frozen\nFares will not rise this winter, the council said.\n“We have found the money,” said Councillor Ann Reid.';
const BASE = {
  articleId: 'a',
  created: '2026-11-20T10:00:00.000Z',
  updated: '2026-11-21T09:30:00.000Z',
  note: '',
  tags: [] as string[],
};
const ANNOTATIONS: Annotation[] = [
  {
    ...BASE,
    id: 'h1',
    kind: 'highlight',
    color: 'green',
    note: 'Since **2019**',
    tags: ['fares'],
    selectors: [
      { type: 'TextQuoteSelector', exact: 'Fares will not rise', prefix: 'frozen\n', suffix: ' this' },
      { type: 'TextPositionSelector', start: 19, end: 38 },
    ],
  },
  {
    ...BASE,
    id: 'c1',
    kind: 'claim',
    verdict: 'needs-context',
    claimId: 'c2',
    links: ['https://check.example/ferry'],
    selectors: [
      { type: 'TextQuoteSelector', exact: 'We have found the money' },
      { type: 'TextPositionSelector', start: 71, end: 94 },
    ],
  },
  { ...BASE, id: 'p1', kind: 'page-note', selectors: [], note: 'Ask the port too.' },
];
const V2_INPUT: ShareInput = {
  article: { kind: 'text', title: 'Ferry fares frozen', text: TEXT },
  header: { byline: 'Jane Doe', source: 'Orkney Herald', date: '2 November 2026', fileName: 'fares.txt' },
  annotations: ANNOTATIONS,
  sharer: 'Ana',
  focus: 'c1',
};
/** `encodeShareLink(V2_INPUT)` at b520213. */
const V2_FRAGMENT =
  '#/share/2.dVDBTsJAEP2VyRybsbSrQOiNaIjxoIkePJQeSjtNG8ou2a4IEhI-RH-OL3HYqidMNtmdN--9fTN73GCiCHNMUnRIOGNrd1DlljuorPlgfRGc65mv3pu2BW0c2KZjcHVzhrRjS1IwFOZNF00LXd6U4Vyfjp-vDHW-YaikU3rOymje0en45Vlw20taY2GqNTyzKDEj1JIwxQu_IsUTwt9YktbHkPul0QVDEKgongQBkqIU_QyYZfL8JwnSOCYUuT8RpRnFNCIsFIqodm7dJYNBUXOxDHmbr9YtD6rzfnpXpKs_-bRbet-1sQ6cMeGPnxKmLDuJx5OhGl7fRBFhhwlOdS6qShqENSZ7XAj4kGuGOyNjes6TXUpIuGebt6VgpWAKHs2GVwu2oCI16j36UUO3dXg4fAM';

const SHARED_AT = '2026-11-21T09:30:00.000Z';
/** What V2_FRAGMENT decoded to at b520213. */
const V2_DECODED: SharedLink = {
  article: { kind: 'text', title: 'Ferry fares frozen', text: TEXT },
  annotations: [
    {
      id: 'shared-281a19f31b3c0dab',
      kind: 'highlight',
      created: SHARED_AT,
      updated: SHARED_AT,
      selectors: [
        { type: 'TextQuoteSelector', exact: 'Fares will not rise', prefix: 'frozen\n', suffix: ' this' },
        { type: 'TextPositionSelector', start: 19, end: 38 },
      ],
      note: 'Since **2019**',
      tags: ['fares'],
      color: 'green',
      author: 'Ana',
    },
    {
      id: 'shared-6f355744b927d895',
      kind: 'claim',
      created: SHARED_AT,
      updated: SHARED_AT,
      selectors: [
        { type: 'TextQuoteSelector', exact: 'We have found the money' },
        { type: 'TextPositionSelector', start: 71, end: 94 },
      ],
      note: '',
      tags: [],
      verdict: 'needs-context',
      claimId: 'c2',
      links: ['https://check.example/ferry'],
      author: 'Ana',
    },
    {
      id: 'shared-a29f54037e67a0fa',
      kind: 'page-note',
      created: SHARED_AT,
      updated: SHARED_AT,
      selectors: [],
      note: 'Ask the port too.',
      tags: [],
      author: 'Ana',
    },
  ],
  header: { byline: 'Jane Doe', source: 'Orkney Herald', date: '2 November 2026', fileName: 'fares.txt' },
  sharer: 'Ana',
  focus: 'shared-6f355744b927d895',
};

const V1_AT = '2026-11-20T10:00:00.000Z';
/** What V1_SHARE_FRAGMENT decoded to at b520213. */
const V1_DECODED: SharedLink = {
  article: { kind: 'text', title: 'Harbour wall vote delayed', text: V1_SHARE_TEXT },
  annotations: [
    {
      id: 'shared-041b017be69fea48',
      kind: 'highlight',
      created: V1_AT,
      updated: V1_AT,
      selectors: [
        { type: 'TextQuoteSelector', exact: 'delayed its vote', prefix: 'e council ', suffix: ' on the ha' },
        { type: 'TextPositionSelector', start: 38, end: 54 },
      ],
      note: 'Third delay this year',
      tags: [],
      color: 'yellow',
      author: 'Alice',
    },
    {
      id: 'shared-91fa80c2b2c31fbb',
      kind: 'claim',
      created: V1_AT,
      updated: V1_AT,
      selectors: [
        { type: 'TextQuoteSelector', exact: 'The wall wil…nother storm', prefix: 'Tuesday.\n“', suffix: ',” said Ma' },
        { type: 'TextPositionSelector', start: 88, end: 127 },
      ],
      note: '',
      tags: [],
      verdict: 'disputed',
      author: 'Alice',
      elided: { head: 'The wall wil', tail: 'nother storm', length: 39 },
    },
  ],
  sharer: 'Alice',
};

describe('links made before the header table', () => {
  it('a version 2 link decodes to exactly what it did', () => {
    expect(decoded(V2_FRAGMENT)).toStrictEqual(V2_DECODED);
  });

  it('the same input still makes the same link, byte for byte', () => {
    expect(encodeShareLink(V2_INPUT)).toBe(V2_FRAGMENT);
  });

  it('a version 1 link decodes to exactly what it did', () => {
    expect(decoded(V1_SHARE_FRAGMENT)).toStrictEqual(V1_DECODED);
  });
});
