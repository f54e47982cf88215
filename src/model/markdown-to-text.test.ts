import { describe, expect, it } from 'vitest';
import { markdownToText } from './markdown-to-text';

describe('markdownToText', () => {
  it.each([
    ['# Title\n\nFirst line\ncontinues here.', 'Title\nFirst line continues here.'],
    ['A **bold** and _italic_ word.', 'A bold and italic word.'],
    ['See [the report](https://example.org) now.', 'See the report now.'],
    ['![chart](x.png)\n\nText.', 'Text.'],
    ['> quoted line\n> goes on', 'quoted line goes on'],
    ['- one\n- two', 'one\ntwo'],
    ['## Sub ##\nBody', 'Sub\nBody'],
    ['Text <script>alert(1)</script> end', 'Text alert(1) end'],
    ['Para one.\n\n---\n\nPara two.', 'Para one.\nPara two.'],
  ])('%j', (md, text) => {
    expect(markdownToText(md)).toBe(text);
  });
});
