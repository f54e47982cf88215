/**
 * doc.consistency: the vote over a name's mentions settles unsure ones, but a mention whose own
 * words decided its type (RawMention.local) keeps it and does not outvote the others.
 */
import { describe, expect, it } from 'vitest';
import { buildContext, type Ctx } from '../context';
import type { EntityType } from '../types';
import type { RawMention } from '../detect/mentions';
import { analyze } from '../index';
import { loadGazetteerIfAny } from '../../cli/analyze';
import { groupMentions, readAsClub } from './entities';

const TYPE_INDEX: Record<EntityType, number> = { person: 0, place: 1, organization: 2 };

/** A mention of the n-th occurrence of `words`, read as `type` with confidence `conf`. */
function mention(ctx: Ctx, words: string, n: number, type: EntityType, conf: number, local?: string): RawMention {
  let at = -1;
  for (let k = 0; k <= n; k++) at = ctx.text.indexOf(words, at + 1);
  const a = ctx.t.start.indexOf(at);
  let b = a;
  while (ctx.t.end[b] < at + words.length) b++;
  const probs = [0, 0, 0, 1 - conf];
  probs[TYPE_INDEX[type]] = conf;
  const m: RawMention = {
    a,
    b: b + 1,
    type,
    weak: false,
    guessed: conf < 0.6,
    sent: ctx.s.of[a],
    conf,
    probs,
    why: `test ${type}`,
  };
  if (local) m.local = local;
  return m;
}
const typesOf = (text: string, raw: (ctx: Ctx) => RawMention[]) => {
  const ctx = buildContext(text);
  return groupMentions(ctx, raw(ctx)).mentions.map((m) => [m.text, m.type]);
};

describe('doc.consistency vote', () => {
  const text = 'Kestrel Holdings rose sharply. Later Kestrel Holdings fell.';
  it('a bare unsure repeat follows a confident mention of the same name', () => {
    const got = typesOf(text, (ctx) => [
      mention(ctx, 'Kestrel Holdings', 0, 'organization', 0.9),
      mention(ctx, 'Kestrel Holdings', 1, 'place', 0.4),
    ]);
    expect(got).toEqual([
      ['Kestrel Holdings', 'organization'],
      ['Kestrel Holdings', 'organization'],
    ]);
  });
  it('a mention whose own words decided its type keeps it against the vote', () => {
    const got = typesOf(text, (ctx) => [
      mention(ctx, 'Kestrel Holdings', 0, 'organization', 0.9),
      mention(ctx, 'Kestrel Holdings', 1, 'place', 0.4, 'place.town-evidence'),
    ]);
    expect(got).toEqual([
      ['Kestrel Holdings', 'organization'],
      ['Kestrel Holdings', 'place'],
    ]);
  });
  it("such a mention's evidence does not relabel the name's other mentions", () => {
    const got = typesOf(text, (ctx) => [
      mention(ctx, 'Kestrel Holdings', 0, 'organization', 0.4),
      mention(ctx, 'Kestrel Holdings', 1, 'place', 0.9, 'place.town-evidence'),
    ]);
    expect(got).toEqual([
      ['Kestrel Holdings', 'organization'],
      ['Kestrel Holdings', 'place'],
    ]);
  });
});

describe('doc.consistency keeps what a mention says of itself (analyze)', () => {
  const typed = async (text: string, name: string) => {
    const gazetteer = await loadGazetteerIfAny();
    return analyze(text, { gazetteer })
      .mentions.filter((m) => m.text === name)
      .map((m) => m.type);
  };
  it('a city named after its insurer', async () => {
    const text =
      "Zurich, Switzerland's largest city, voted on a new tax. Zurich, Europe's third-largest insurer, reported profit.";
    expect(await typed(text, 'Zurich')).toEqual(['place', 'organization']);
  });
  it("the town's mayor after the bank", async () => {
    const text = "Sabadell shareholders approved the sale on Tuesday. Sabadell's mayor said the town would lose jobs.";
    expect(await typed(text, 'Sabadell')).toEqual(['organization', 'place']);
  });
  it('a locative preposition before the name', async () => {
    const text =
      'Fires across the Amazon destroyed 3,000 square kilometres this year. Deforestation of the Amazon rose sharply, scientists said. The Amazon is home to ten percent of species.';
    expect((await typed(text, 'Amazon'))[0]).toBe('place');
  });
  it('the club is not made the town of the same name', async () => {
    const text = 'Ajax won the Eredivisie title. Ajax, a town in Ontario, elected a new mayor.';
    expect(await typed(text, 'Ajax')).toEqual(['organization', 'place']);
  });
});

describe('a compound surname alone joins the full name it ends ("Ben Salah" → Karim Ben Salah)', () => {
  const ids = (text: string, a: string, b: string) => {
    const ctx = buildContext(text);
    const { mentions } = groupMentions(ctx, [mention(ctx, a, 0, 'person', 0.99), mention(ctx, b, 0, 'person', 0.99)]);
    return [mentions[0].entityId, mentions[1].entityId];
  };
  it('joins a two-word tail of a three-word name', () => {
    const [x, y] = ids('Karim Ben Salah runs a mill. "They are old," Ben Salah said.', 'Karim Ben Salah', 'Ben Salah');
    expect(y).toBe(x);
  });
  it('joins "Gahr Støre" to Jonas Gahr Støre', () => {
    const [x, y] = ids(
      'Jonas Gahr Støre spoke first. Gahr Støre said the talks would go on.',
      'Jonas Gahr Støre',
      'Gahr Støre',
    );
    expect(y).toBe(x);
  });
  // Must not join: another person who shares only the last word.
  it('keeps Bill Clinton apart from Hillary Clinton', () => {
    const [x, y] = ids(
      'Hillary Clinton spoke first. Bill Clinton said the talks would go on.',
      'Hillary Clinton',
      'Bill Clinton',
    );
    expect(y).not.toBe(x);
  });
});

describe("a firm's first word alone is the town or founder its own words say (splitFirstWordReadings)", () => {
  const typed = async (text: string, name: string) => {
    const gazetteer = await loadGazetteerIfAny();
    return analyze(text, { gazetteer })
      .mentions.filter((m) => m.text === name)
      .map((m) => m.type);
  };
  it('the town a local party is named after', async () => {
    const text =
      'Torvfjell votes to move its hospital. The council of Torvfjell, the Arctic mining municipality in the north, voted 39 to 10 on Monday. The opposition Torvfjell Party, a local list founded in 1994, voted against.';
    expect(await typed(text, 'Torvfjell')).toEqual(['place', 'place']);
    expect(await typed(text, 'Torvfjell Party')).toEqual(['organization']);
  });
  it('the founder with a title beside the firm named after him', async () => {
    const text =
      'Dear Sir, I write on behalf of Ostergaard Brothers Ltd., who have supplied the mill since 1890. Mr. Ostergaard asked me to thank you.';
    expect(await typed(text, 'Ostergaard')).toEqual(['person']);
  });
  // Must not split: a bare word with nothing of its own to say it is a place stays the firm.
  it('the bare word the model alone reads as a person stays the firm', async () => {
    const text =
      'Kovanda Minerals has mined near the town since 1950. A spokesman said Kovanda had moved 90 households.';
    expect(await typed(text, 'Kovanda')).toEqual(['organization']);
  });
  it("a club's city alone after 'In X,' is the club again", async () => {
    const text =
      'Norwich City lost 3-1 at Hull City on Saturday. In Hull, Norwich led early but the hosts scored three times. Hull, who were in the relegation places at Christmas, are now ninth.';
    expect((await typed(text, 'Hull'))[1]).toBe('organization');
  });
});

describe("a firm's first word before a person of that surname is named", () => {
  const text =
    'Kestrel agreed to buy Marwick Snacks. Marwick makes protein bars. It was founded by Eli Marwick. Marwick said little.';
  const raw = (ctx: Ctx) => [
    mention(ctx, 'Kestrel', 0, 'organization', 0.9),
    mention(ctx, 'Marwick Snacks', 0, 'organization', 0.9),
    mention(ctx, 'Marwick', 1, 'person', 0.8),
    mention(ctx, 'Eli Marwick', 0, 'person', 0.95),
    mention(ctx, 'Marwick', 3, 'person', 0.8),
  ];
  it('is the firm; after the person is named, the person', () => {
    expect(typesOf(text, raw)).toEqual([
      ['Kestrel', 'organization'],
      ['Marwick Snacks', 'organization'],
      ['Marwick', 'organization'],
      ['Eli Marwick', 'person'],
      ['Marwick', 'person'],
    ]);
  });
});

describe('a firm\'s first word with an age or "who" after it (review, stop 48)', () => {
  it('is the person, though the firm was named first', () => {
    const text = 'Marwick Snacks grew fast. Marwick, 62, founded it in 1990. Chief executive Eli Marwick said more.';
    const got = typesOf(text, (ctx) => [
      mention(ctx, 'Marwick Snacks', 0, 'organization', 0.9),
      mention(ctx, 'Marwick', 1, 'person', 0.8),
      mention(ctx, 'Eli Marwick', 0, 'person', 0.95),
    ]);
    expect(got).toEqual([
      ['Marwick Snacks', 'organization'],
      ['Marwick', 'person'],
      ['Eli Marwick', 'person'],
    ]);
  });
});

describe('readAsClub: a club is known by the family of the rows that read it, not by its label', () => {
  const ctx = buildContext('Torvfjell beat them 2-1 later.');
  const side = (set: Partial<RawMention>) => ({ ...mention(ctx, 'Torvfjell', 0, 'organization', 0.9), ...set });
  it.each([
    [{ rule: 'sport.place-team' }, true],
    // A later rule replaced the sport row's reading: the sport row read it first.
    [{ rule: 'place.kind-tail', overruled: 'sport.place-team' }, true],
    [{ rule: 'organisation.head-on-topic' }, false],
    // A label is no evidence: only the ids are read.
    [{ why: 'rule organisation.x (rule sport.place-team)' }, false],
  ] as const)('%o', (set, club) => expect(readAsClub(side(set))).toBe(club));
});
