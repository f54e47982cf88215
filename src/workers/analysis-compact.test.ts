import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Analysis, Claim, Entity, Mention } from '../engine/types';
import { runAnalysis } from './analysis-shared';
import { AnalysisReceiver, analysisReplies, PART_ITEMS } from './analysis-protocol';

const DEFAULT_TEXT = readFileSync('public/articles/putin-high-tech-duel.txt', 'utf8');

/** The analysis as the page gets it: every reply through a structured clone that moves its buffers. */
function sent(analysis: Analysis, text: string, partItems = PART_ITEMS): Analysis {
  const receiver = new AnalysisReceiver(text);
  for (const { reply, transfer } of analysisReplies(3, analysis, text, partItems)) {
    const r = structuredClone(reply, { transfer });
    if (r.type === 'part') receiver.part(r.part);
    if (r.type === 'done') return receiver.done(r.rest, r.parts);
  }
  throw new Error('no done reply');
}

const at = (text: string, part: string, from = 0) => {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`no ${part}`);
  return { start, end: start + part.length, text: part };
};

describe('the compact form of an analysis', () => {
  it('gives back the engine’s analysis of the default article exactly, in parts or whole', async () => {
    const analysis = await runAnalysis(DEFAULT_TEXT);
    expect(analysis.mentions.length).toBeGreaterThan(50);
    expect(analysis.claims.some((c) => c.speaker?.entityId)).toBe(true);
    expect(analysis.entities.some((e) => e.place)).toBe(true);
    const copy = structuredClone(analysis);
    expect(sent(analysis, DEFAULT_TEXT)).toStrictEqual(copy);
    expect(sent(analysis, DEFAULT_TEXT, 7)).toStrictEqual(copy);
  }, 60_000);

  it('gives back an empty analysis of an empty text', async () => {
    const analysis = await runAnalysis('');
    expect(sent(analysis, '')).toStrictEqual(structuredClone(analysis));
    expect(sent({ version: 2, mentions: [], entities: [], claims: [] }, '')).toStrictEqual({
      version: 2,
      mentions: [],
      entities: [],
      claims: [],
    });
  });

  it('gives back the engine’s analysis of text with astral, combining and lone-surrogate characters', async () => {
    const text =
      'Zoë Ðorđević 👩🏽‍🔬, the minister of Łódź, said on Monday: "We will build the 🚄 line." \ud800 ' +
      'Maria Ko\u0301vacs told reporters in Zürich that costs had risen. \udfff 北京 officials declined to comment.';
    const analysis = await runAnalysis(text);
    expect(analysis.mentions.length + analysis.claims.length).toBeGreaterThan(0);
    expect(sent(analysis, text)).toStrictEqual(structuredClone(analysis));
  });

  it('keeps what the engine never makes but the types allow: texts that are not the slice, optional fields set to undefined', () => {
    const text = 'He said 👍 the plan \ud83d works, Ana Lee told Bo.';
    const mention: Mention = { ...at(text, 'Ana Lee'), id: 'm0', type: 'person', entityId: 'e0', why: '' };
    const odd: Mention = {
      id: 'm1',
      type: 'place',
      start: 3,
      end: 3,
      text: '\ud83d not here',
      entityId: 'e1',
      why: '👍',
    };
    const entities: Entity[] = [
      { id: 'e0', type: 'person', name: 'Ana Lee', aliases: ['Lee', 'Lee'], roles: [], mentionIds: ['m0'] },
      { id: 'e1', type: 'place', name: '', aliases: [], roles: ['a', ''], mentionIds: ['m1'], place: undefined },
      {
        id: 'e2',
        type: 'place',
        name: 'Zürich',
        aliases: [],
        roles: [],
        mentionIds: [],
        place: { name: 'Zürich', lat: 47.36667, lon: 8.55, country: 'Switzerland', countryCode: 'CH', kind: 'city' },
      },
    ];
    const claim: Claim = {
      id: 'c0',
      ...at(text, 'He said 👍 the plan \ud83d works'),
      content: at(text, '👍 the plan \ud83d works'),
      cue: { start: 3, end: 7, text: 'SAID' },
      kind: 'indirect',
      direct: false,
      hedged: true,
      speaker: { ...at(text, 'He'), name: 'Ana Lee', entityId: undefined },
      why: ['cue.verb.say: said', 'cue.verb.say: said', ''],
    };
    const claims: Claim[] = [
      claim,
      { ...claim, id: 'c1', speaker: null, why: [] },
      {
        ...claim,
        id: 'c2',
        direct: true,
        kind: 'direct',
        speaker: { ...at(text, 'Ana Lee'), name: 'Ana Lee', entityId: 'e0' },
      },
      { ...claim, id: 'c3', speaker: { ...at(text, 'Bo'), name: 'Bo' } },
    ];
    const analysis: Analysis = { version: 2, mentions: [mention, odd], entities, claims };
    const back = sent(analysis, text, 2);
    expect(back).toStrictEqual(structuredClone(analysis));
    expect('entityId' in back.claims[0].speaker!).toBe(true);
    expect('entityId' in back.claims[3].speaker!).toBe(false);
    expect('place' in back.entities[0]).toBe(false);
    expect('place' in back.entities[1]).toBe(true);
  });

  it('gives back a huge analysis in order, across many parts, each string sent once', () => {
    const text = 'Ana Lee said the vote was close. '.repeat(5_000);
    const n = 60_000;
    const mentions: Mention[] = Array.from({ length: n }, (_, i) => {
      const start = (i % 5_000) * 33;
      return {
        id: `m${i}`,
        type: 'person',
        start,
        end: start + 7,
        text: 'Ana Lee',
        entityId: `e${i % 3}`,
        why: `model ${i % 50}`,
      };
    });
    const entities: Entity[] = [0, 1, 2].map((e) => ({
      id: `e${e}`,
      type: 'person',
      name: 'Ana Lee',
      aliases: [],
      roles: [],
      mentionIds: mentions.filter((_, i) => i % 3 === e).map((m) => m.id),
    }));
    const analysis: Analysis = { version: 2, mentions, entities, claims: [] };
    const replies = analysisReplies(1, analysis, text);
    expect(replies.filter((r) => r.reply.type === 'part')).toHaveLength(n / PART_ITEMS);
    const strings = replies.flatMap(({ reply: r }) =>
      r.type === 'part' ? r.part.strings : r.type === 'done' ? r.parts.flatMap((p) => p.strings) : [],
    );
    expect(new Set(strings).size).toBe(strings.length);
    expect(sent(analysis, text)).toStrictEqual(structuredClone(analysis));
  }, 60_000);

  it('sends a repeated string once and no span text that the article holds', () => {
    const text = 'Ana Lee and Ana Lee.';
    const why = `rule ${'x'.repeat(40)}`;
    const m = (i: number, from: number): Mention => ({
      ...at(text, 'Ana Lee', from),
      id: `m${i}`,
      type: 'person',
      entityId: 'e0',
      why,
    });
    const analysis: Analysis = { version: 2, mentions: [m(0, 0), m(1, 5)], entities: [], claims: [] };
    const [{ reply }] = analysisReplies(1, analysis, text);
    if (reply.type !== 'done') throw new Error('one reply expected');
    expect(reply.parts.flatMap((p) => p.strings)).toEqual(['m0', 'person', 'e0', why, 'm1']);
    expect(sent(analysis, text)).toStrictEqual(structuredClone(analysis));
  });
});
