/**
 * Scores the blind entity batches (news-entities.cases.ts) strictly, like ../shared/eval/score.mjs:
 * exact span and type (or an accepted other type), `[[X …]]` spans neither right nor wrong.
 * Gold is inline: "[[P Ana Ruiz]]" person, L place, O organisation, X none of the three; a second
 * letter after a slash is an accepted other type ("[[O/L White House]]").
 */
import type { Analysis } from '../types';
import { scoreFixture, type Gold, type GoldE } from '../fixtures/fixture-gold';
import type { T } from '../fixtures/fixtures.cases';
import type { EntityCase } from './news-entities.cases';

const MARK = /\[\[([PLOX])(?:\/([PLO]))? ([^\]]+?)\]\]/g;
const TYPE: Record<string, T> = { P: 'person', L: 'place', O: 'organization' };

export interface ParsedCase {
  text: string;
  gold: Gold;
}

export function parseEntityMarkup(src: string, name = 'case'): ParsedCase {
  let text = '';
  let last = 0;
  const entities: GoldE[] = [];
  const ignore: { start: number; end: number }[] = [];
  for (const m of src.matchAll(MARK)) {
    text += src.slice(last, m.index);
    const start = text.length;
    text += m[3];
    const end = text.length;
    if (m[1] === 'X') ignore.push({ start, end });
    else entities.push({ type: TYPE[m[1]], text: m[3], start, end, altTypes: m[2] ? [TYPE[m[2]]] : [], alt: [] });
    last = m.index + m[0].length;
  }
  text += src.slice(last);
  if (/\[\[|\]\]/.test(text)) throw new Error(`${name}: unbalanced markup`);
  return { text, gold: { entities, ignore, claims: [] } };
}

export interface EntityScore {
  tp: number;
  np: number;
  ng: number;
  f1: number;
  errors: string[];
}

export function scoreEntityCases(cases: readonly EntityCase[], run: (text: string) => Analysis): EntityScore {
  let tp = 0,
    np = 0,
    ng = 0;
  const errors: string[] = [];
  for (const c of cases) {
    const { text, gold } = parseEntityMarkup(c.text, c.name);
    const r = scoreFixture(text, gold, run(text));
    tp += r.tp;
    np += r.np;
    ng += r.ng;
    errors.push(...r.errors.filter((e) => /^F[NP] /.test(e)).map((e) => `${c.name}: ${e}`));
  }
  return { tp, np, ng, f1: np + ng ? (2 * tp) / (np + ng) : 1, errors };
}
