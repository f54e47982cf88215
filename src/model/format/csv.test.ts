import { describe, expect, it } from 'vitest';
import type { Claim } from '../../engine/types';
import { ANNOTATIONS, ARTICLE, FORMULA, HIGHLIGHT, CLAIM } from './test-fixtures';
import { BOM, CSV_COLUMNS, csvField, neutraliseFormula, toCsv } from './csv';

/** A strict RFC 4180 reader, written independently of the writer so the round trip means something. */
function parseCsv(input: string): string[][] {
  const rows: string[][] = [];
  let field = '';
  let fields: string[] = [];
  let i = 0;
  while (i < input.length) {
    if (input[i] === '"') {
      i++;
      for (;;) {
        if (i >= input.length) throw new Error('unterminated quote');
        if (input[i] === '"') {
          if (input[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += input[i++];
      }
    }
    const c = input[i];
    if (c === ',') {
      fields.push(field);
      field = '';
      i++;
    } else if (c === '\r' && input[i + 1] === '\n') {
      fields.push(field);
      rows.push(fields);
      fields = [];
      field = '';
      i += 2;
    } else if (c === '\r' || c === '\n' || c === '"') throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    else if (c !== undefined) {
      field += c;
      i++;
    }
  }
  if (field || fields.length) throw new Error('missing final CRLF');
  return rows;
}
const unneutralise = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

describe('CSV export', () => {
  const csv = toCsv(ANNOTATIONS, { yellow: 'important', pink: 'question' }, { article: ARTICLE });

  it('starts with a BOM and the header, one CRLF-terminated row per live annotation', () => {
    expect(csv.startsWith(BOM + CSV_COLUMNS.join(',') + '\r\n')).toBe(true);
    expect(parseCsv(csv.slice(1))).toHaveLength(1 + 4);
  });

  it('round-trips every field through an RFC 4180 reader, in reading order', () => {
    const [header, ...rows] = parseCsv(csv.slice(1));
    expect(header).toEqual([...CSV_COLUMNS]);
    const records = rows.map((r) => Object.fromEntries(r.map((cell, i) => [header[i], unneutralise(cell)])));
    // Notes as plain text: the Markdown's marks are gone, its words and line breaks kept as text,
    // and its HTML kept as the characters the reader shows (a cell is never rendered as HTML).
    expect(records.map((r) => r.note)).toEqual([
      'Overall: one-sided. <script>alert(1)</script>',
      CLAIM.note,
      'Is this true? Second line, with "quotes".',
      FORMULA.note,
    ]);
    expect(records[2]).toEqual({
      article: ARTICLE.title,
      url: expect.stringMatching(/^https:\/\/news\.example\.com\/world\/putin-duel\?ref=rss#:~:text=/),
      quote: 'the missile "cannot be stopped", experts',
      note: 'Is this true? Second line, with "quotes".',
      tags: 'missiles, follow up',
      label: 'important',
      speaker: '',
      claim: '',
      verdict: '',
      sources: '',
      created: HIGHLIGHT.created,
      updated: HIGHLIGHT.updated,
      start: String((HIGHLIGHT.selectors[1] as { start: number }).start),
      end: String((HIGHLIGHT.selectors[1] as { end: number }).end),
    });
    expect([records[1].verdict, records[1].sources, records[0].start, records[0].label, records[3].label]).toEqual([
      'Disputed',
      'https://factcheck.example/oreshnik',
      '',
      'page note',
      'question',
    ]);
    expect(records[3].tags).toBe('@odd');
    // Positions are the last columns.
    expect(header.slice(-2)).toEqual(['start', 'end']);
  });

  it('writes a claim annotation’s claim, in quotation marks only when direct, and its speaker', () => {
    const claimOf = (direct: boolean): Claim => ({
      id: 'claim-0',
      start: 0,
      end: 10,
      text: 'x',
      content: { start: 0, end: 10, text: direct ? 'We will win,' : 'they would win' },
      cue: { start: 0, end: 1, text: 'said' },
      kind: direct ? 'direct' : 'indirect',
      direct,
      hedged: false,
      why: [],
      speaker: { start: 0, end: 1, text: 'he', name: 'Vladimir Putin' },
    });
    for (const [direct, want] of [
      [true, '“We will win”'],
      [false, 'they would win'],
    ] as const) {
      const [header, ...rows] = parseCsv(toCsv([CLAIM], {}, { bom: false, claims: [claimOf(direct)] }));
      const record = Object.fromEntries(rows[0].map((cell, i) => [header[i], cell]));
      expect([record.claim, record.speaker]).toEqual([want, 'Vladimir Putin']);
    }
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const rows = parseCsv(csv.slice(1));
    const formulaRow = rows.find((r) => r[3].includes('HYPERLINK'))!;
    expect(formulaRow[2]).toBe("'= +1 - that is the mood");
    expect(formulaRow[3]).toBe(`'=HYPERLINK("http://evil")`);
    expect(formulaRow[4]).toBe("'@odd");
  });

  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTAB', "'\tTAB"],
    ['\rCR', `"'\rCR"`],
    ['=a,"b"', `"'=a,""b"""`],
    ['1-2', '1-2'],
  ])('field %j → %j', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });

  it('leaves safe cells alone', () => {
    expect(neutraliseFormula('a=b')).toBe('a=b');
  });

  it('can omit the BOM', () => {
    expect(toCsv([], {}, { bom: false })).toBe(CSV_COLUMNS.join(',') + '\r\n');
  });

  it('a note keeps the addresses of its links: the words alone lose where they pointed', () => {
    const note =
      'See [the report](https://example.org/a_b_c) and <https://x.org/y>, then [https://z.org](https://z.org).';
    const [, row] = parseCsv(toCsv([{ ...HIGHLIGHT, note }], {}).slice(1));
    expect(row[CSV_COLUMNS.indexOf('note')]).toBe(
      'See the report (https://example.org/a_b_c) and https://x.org/y, then https://z.org.',
    );
  });
});
