/**
 * The invented news stories of news.cases.ts, batch by batch, scored like
 * ../shared/eval/score.mjs (sentence claims matched by half-overlap, speaker by name or text),
 * plus whether each matched claim is marked direct exactly when its gold says it is a quotation.
 * `npx tsx scripts/claims/score-news.ts` prints the same figures with every error.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../index';
import { loadGazetteerIfAny } from '../../cli/analyze';
import { readdirSync, readFileSync } from 'node:fs';
import { KEPT_BLIND_CLAIM_BATCHES, NEWS_BATCHES, scoreNewsCases } from './news-score';
import { buildGold } from '../fixtures/fixture-gold';

/**
 * Batches below the ordinary floors, held to what the detector scored when it first read them:
 * batch 48 (claims15's first-sight check, fixed against by claims16 and so no longer blind); batch 45 (claims14's
 * first-sight check, fixed against by claims15 and so no longer blind), whose election-night
 * transcript (anchors' statements, reported speech inside turns) still misses.
 */
const FIRST_SIGHT: Record<string, { f1: number; speaker: number; direct: number }> = {
  'batch 45': { f1: 0.911, speaker: 0.854, direct: 0.854 },
  'batch 48': { f1: 0.977, speaker: 0.93, direct: 1 },
  // claims16's batch 50: "The boat's skipper, Jone Waqa," is no person entity (the tagger's miss, so
  // "he said" goes to the woman quoted before) and "the country's textile industry association
  // said" is named only in the next sentence. Batch 51 (claims16's first-sight check, fixed
  // against by claims17 and so no longer blind) meets the ordinary floors. claims17's batches at
  // first sight (claims F1 / speaker / direct): 52 1.000 / 0.795 / 1.000, 53 0.989 / 0.932 / 0.977
  // (both fixed against), and 54 0.987 / 0.973 / 1.000, its first-sight check (no row fixed
  // against it); all three meet the ordinary floors now. claims19's batches at first sight (claims
  // F1 / speaker / direct): 55 0.984 / 0.968 / 1.000, 56 0.939 / 0.968 / 1.000 (both fixed
  // against), and 57 0.960 / 1.000 / 1.000, its first-sight check (no row fixed against it); all
  // three meet the ordinary floors. claims21's batches at first sight (claims F1 / speaker /
  // direct): 58 0.886 / 0.903 / 1.000 and 59 0.971 / 0.818 / 1.000 (both fixed against; 59's
  // figure counted one right speaker wrong, "he" → "buyer for a Dar es Salaam export company", a
  // spelling the gold lacked and now lists), and 60 1.000 / 0.969 / 1.000, its first-sight check (no
  // row fixed against it); all three meet the ordinary floors now. claims22's batches at first
  // sight (claims F1 / speaker / direct): 61 0.921 / 0.829 / 1.000 and 62 0.986 / 1.000 / 1.000
  // (both fixed against), and 63 0.938 / 0.933 / 0.967, its first-sight check (no row fixed
  // against it, and only its totals ever printed). After claims22's rows: 61 1.000 / 0.950 / 1.000
  // and 62 1.000 / 1.000 / 1.000 meet the ordinary floors; 63 0.970 / 0.938 / 0.969 is held to its
  // first sight, its direct figure (one quotation in 32) under the ordinary 0.97. claims23's
  // batches at first sight (claims F1 / speaker / direct): 64 0.986 / 0.970 / 1.000 and 65 0.962 /
  // 0.944 / 1.000 (both to be fixed against), and 66 0.947 / 0.970 / 1.000, its first-sight check
  // (no row fixed against it, and only its totals ever printed). After claims23's rows: 64 1.000 /
  // 1.000 / 1.000, 65 1.000 / 1.000 / 1.000 and 66 0.961 / 0.971 / 1.000 meet the ordinary floors.
  // claims24's batches at first sight (claims F1 / speaker / direct), written to be harder and
  // closer to Reuters politics wires and U.S. election coverage: 67 1.000 / 0.938 / 1.000 and 68
  // 0.990 / 1.000 / 1.000 (both to be fixed against), and 69 1.000 / 0.959 / 0.980, its
  // first-sight check (no row fixed against it, and only its totals ever printed); all three meet
  // the ordinary floors. claims26b's batch 70 (blind, speakers: Reuters/U.S. election, totals only)
  // at first sight 1.000 / 0.958 / 1.000, meeting the ordinary floors.
  // claims27b's batch 71 (blind, Wikinews-style short reports, totals only) at first sight 0.985 /
  // 0.939 / 1.000, meeting the ordinary floors. claims28b's batch 72 (blind, set B's kind: a Reuters
  // results wire and two U.S. election stories, totals only) at first sight 0.964 / 0.900 / 1.000,
  // meeting the ordinary floors. claims29b's batches at first sight (claims F1 / speaker / direct):
  // 74 0.991 / 0.893 / 1.000 (Wikinews and city-desk stories, fixed against; 1.000 / 1.000 / 1.000
  // after its rows) and 75 0.960 / 0.958 / 0.979 (blind, U.S. election and court stories, totals
  // only), both meeting the ordinary floors now; 76 (blind, written after claims29b's rows, totals
  // only) 0.991 / 0.964 / 1.000 at first sight. claims30b's batches at first sight: 77 0.973 /
  // 0.944 / 1.000 (Reuters business and markets, fixed against; 1.000 / 1.000 / 1.000 after its
  // rows) and 78 1.000 / 0.830 / 1.000
  // (blind, local and regional news outside the U.S. and Britain, totals only), under the
  // ordinary speaker floor and so held to its first sight (0.906 after claims30b's speaker rows,
  // made from probe texts); 79 (blind, written after those rows, totals only) 0.976 / 0.951 / 1.000
  // at first sight. claims31b's batches at first sight: 80 0.871 / 0.981 / 1.000 (the styles the
  // batches have least of, fixed against: a Q: / A: interview's answers were all missed) and 81
  // 0.991 / 0.981 / 1.000 (blind, regional stories, totals only), meeting the ordinary floors;
  // 80 is 1.000 / 1.000 / 1.000 after claims31b's rows. 82 (blind, mixed styles, written after
  // those rows, totals only) 1.000 / 0.898 / 1.000 at first sight, under the ordinary speaker floor
  // and so held to it (44 of 49, 0.8980 rounded; the floor is 0.897).
  // claims32's batches at first sight: 83 1.000 / 1.000 / 1.000 (the styles the batches have least
  // of, to be fixed against: no error the scorer counts) and 84 0.992 / 0.967 / 1.000 (blind,
  // regional stories, totals only), both meeting the ordinary floors. 83's second part (five harder
  // stories, gold first) 1.000 / 0.911 / 1.000 at first sight; the whole of 83 1.000 / 1.000 / 1.000
  // after claims32's rows. 85 (blind, mixed styles, written after those rows, totals only) 0.989 /
  // 0.977 / 1.000 at first sight, meeting the ordinary floors.
  // claims33's batches at first sight: 86 0.989 / 0.800 / 0.978 (the styles the batches have
  // least of, to be fixed against) and 87 0.987 / 0.949 / 1.000 (blind, regional stories, totals
  // only), meeting the ordinary floors. 86 is 1.000 / 1.000 / 0.978 after claims33's rows. 88
  // (blind, mixed styles, written after those rows, totals only) 0.963 / 0.923 / 1.000 at first
  // sight, meeting the ordinary floors.
  // claims34's batches at first sight: 89 0.883 / 1.000 / 1.000 (the styles the batches have
  // least of, to be fixed against: an interview without "Q:" labels missed; held to its first
  // sight until fixed) and 90 0.983 / 1.000 / 1.000 (blind, Wikinews and Reuters election
  // stories, totals only), meeting the ordinary floors. 89 is 1.000 / 1.000 / 1.000 after
  // claims34's rows and its convention for interviews without labels (their answers optional).
  // 91 (blind, mixed styles, written after those rows, totals only) 1.000 / 0.912 / 1.000 at
  // first sight, meeting the ordinary floors.
  // claims36's batches at first sight: 92 1.000 / 0.923 / 1.000 (the styles the batches have
  // least of, to be fixed against: three speakers wrong) and 93 1.000 / 0.960 / 1.000 (blind,
  // Wikinews and Reuters election stories, totals only), both meeting the ordinary floors. 92 is
  // 1.000 / 1.000 / 1.000 after claims36's rows, with a second part of five harder stories (first
  // sight 1.000 / 0.964 / 1.000). 94 (blind, Wikinews and Reuters election stories, written after
  // those rows, totals only) 0.936 / 0.909 / 1.000 at first sight, under the ordinary claims floor
  // and so held to it (22/24/23; speaker 20 of 22).
  // claims37's batches at first sight: 95 0.986 / 0.941 / 1.000 (the styles the batches have
  // least of, to be fixed against: one claim missed, two speakers wrong) and 96 1.000 / 1.000 /
  // 1.000 (blind, Wikinews and Reuters election stories, totals only), both meeting the ordinary
  // floors. 95 is 1.000 / 1.000 / 1.000 after claims37's rows. 97 (blind, Wikinews and Reuters
  // election stories, written after those rows, totals only) 0.957 / 0.909 / 1.000 at first
  // sight, meeting the ordinary floors.
  // claims38's batches at first sight: 98 0.984 / 0.933 / 0.967 (the styles the batches have
  // least of, to be fixed against: one claim missed, two speakers wrong, one direct flag wrong)
  // and 99 1.000 / 1.000 / 1.000 (blind, Wikinews and Reuters election stories, totals only),
  // both meeting the ordinary floors. 98 is 1.000 / 1.000 / 1.000 after claims38's rows. 100
  // (blind, Wikinews and Reuters election stories, written after those rows, totals only) 1.000 /
  // 1.000 / 1.000 at first sight. claims39's batches at first sight: 101 0.984 / 1.000 / 1.000 (the
  // styles the batches have least of, to be fixed against: one claim missed) and 102 1.000 / 1.000 /
  // 1.000 (blind, Wikinews and Reuters election stories, totals only), both meeting the ordinary
  // floors. 101 is 1.000 / 1.000 / 1.000 after claims39's rows. 103 (blind, Wikinews and Reuters
  // election stories, written after those rows, totals only) 1.000 / 1.000 / 1.000 at first sight.
  // claims40's batches, in kinds of writing the batches had least of (health and science reports,
  // trial testimony and rulings, a feature, a live blog, a press release, super PAC wars), at first
  // sight: 104 0.975 / 0.923 / 1.000 and 105 0.931 / 0.963 / 1.000 (both fixed against; 105 held to
  // its first sight until its rows, then 1.000 / 1.000 / 1.000; 104 1.000 / 0.975 / 1.000), and 106
  // (blind, the same kinds, totals only) 0.987 / 0.973 / 1.000, meeting the ordinary floors.
  // claims41's batches, in kinds of writing the batches had least of (world briefs quoting other
  // outlets, wires with anonymous sources, long quotations, statements and refusals, crowds and
  // polls), at first sight: 107 0.943 / 0.970 / 1.000 and 108 0.984 / 1.000 / 1.000 (both fixed
  // against; after claims41's rows 1.000 / 1.000 / 1.000 and 1.000 / 0.969 / 1.000), and 109 (blind,
  // the same kinds, totals only) 0.979 / 0.957 / 1.000, meeting the ordinary floors (a chant row
  // that took it to 1.000 / 0.958 / 0.958 was taken out after review: chants that say nothing,
  // "Messi, Messi", became claims, and plain chants were not direct).
  // claims42: batch 110 (fixed against) 0.945 / 0.923 / 1.000 at first sight, 0.963 / 1.000 / 1.000
  // after its rows (a citation of a vote read as a claim, a poll's "showed the race tied" missed).
  'batch 110': { f1: 0.962, speaker: 1, direct: 1 },
  // Batch 111 0.850 / 1.000 / 1.000 at first sight, 0.930 / 1.000 / 1.000 after (three missed).
  'batch 111': { f1: 0.929, speaker: 1, direct: 1 },
  // claims44's batch 118 (blind, court reports, sports press conferences, studies, local meetings,
  // election nights, paraphrased opinion; totals only): 0.884 / 1.000 / 1.000 at first sight.
  'batch 118': { f1: 0.883, speaker: 1, direct: 1 },
  // claims45's batch 121 (blind, results calls, obituaries, two governments' statements,
  // quotations over two paragraphs, transcripts; totals only): 0.909 / 0.960 / 0.960 at first sight.
  'batch 121': { f1: 0.909, speaker: 0.96, direct: 0.96 },
  // claims45's batches 119 and 120 (fixed against), left at their first sight by claims45 (no row
  // was made from them in time): 119's transcript answers after "ACHEBE:" are missed (six claims)
  // and a question is read as one; 120's "Neither government would say" is a claim and a quoted
  // sentence closed by "the university's vice-chancellor, X, said" is not direct.
  // claims46: 119 is 1.000 / 1.000 / 1.000 and 120 1.000 / 1.000 / 0.970 after its rows (row
  // speaker.transcript.q-and-name, row claim.negated-cue.negative-subject).
  'batch 119': { f1: 0.888, speaker: 1, direct: 1 },
  'batch 120': { f1: 0.984, speaker: 1, direct: 0.969 },
  // claims46's batch 122 (fixed against) at first sight 1.000 / 0.838 / 1.000: a coxswain named
  // once ("Dafydd Price", which the tagger does not make a person) is then "the coxswain" and "he",
  // six speakers unresolved. Left for the next stop (claims46's report). claims57: 1.000 / 1.000 /
  // 1.000 after row person.role-then-unread-name (a name after a role is a person).
  'batch 122': { f1: 1, speaker: 1, direct: 1 },
  // claims57's batches at first sight: 125 0.985 / 0.906 / 1.000 and 126 0.964 / 1.000 / 1.000
  // (fixed against; 125 0.985 / 0.938 / 1.000 after claims57's rows), 127 (blind, an ordinary day's
  // mix, totals only) 1.000 / 0.966 / 1.000; all three meet the ordinary floors.
  // claims58's batches at first sight: 128 0.974 / 0.921 / 1.000 and 129 0.985 / 0.875 / 1.000
  // (fixed against; 1.000 / 0.950 / 1.000 and 0.985 / 0.938 / 1.000 after claims58's rows), 130
  // (blind, an ordinary day's mix, totals only) 1.000 / 0.893 / 1.000.
  // claims59's batches at first sight: 131 1.000 / 0.957 / 1.000 and 132 0.989 / 0.953 / 1.000
  // (fixed against; 1.000 / 1.000 / 1.000 and 1.000 / 0.953 / 1.000 after claims59's rows), 133
  // (blind, an ordinary day's mix, totals only) 1.000 / 0.968 / 1.000; all meet the ordinary floors.
  // claims60's batches at first sight: 134 1.000 / 0.977 / 1.000 and 135 1.000 / 0.943 / 1.000
  // (fixed against; 1.000 / 1.000 / 1.000 both after claims60's rows), 136 (blind, an ordinary
  // day's mix, totals only) 1.000 / 0.900 / 1.000; all meet the ordinary floors.
  // claims61's batches at first sight: 137 1.000 / 1.000 / 1.000 and 138 1.000 / 0.967 / 0.967
  // (fixed against; 1.000 / 1.000 / 1.000 after claims61's rows), 139 (blind, an ordinary day's
  // mix, totals only) 1.000 / 1.000 / 1.000; all meet the ordinary floors.
  // claims62's batches at first sight: 140 0.981 / 1.000 / 1.000 and 141 1.000 / 0.958 / 1.000
  // (fixed against; 1.000 / 1.000 / 1.000 both after claims62's rows and 140's gold made the
  // "inquiry has heard" lead optional, as batch 127 has it), 142 (blind, an ordinary day's mix,
  // totals only) 1.000 / 0.920 / 1.000; all meet the ordinary floors.
  // claims63's batches at first sight: 143 0.978 / 1.000 / 1.000 and 144 1.000 / 1.000 / 1.000
  // (fixed against; 143 1.000 / 1.000 / 1.000 after row cue.verb.direct-that), 145 (blind, an
  // ordinary day's mix, totals only) 1.000 / 1.000 / 1.000; all meet the ordinary floors.
  // claims64's batches at first sight: 146 0.983 / 0.862 / 1.000 and 147 0.960 / 0.917 / 1.000
  // (fixed against; 146 1.000 / 0.933 / 1.000 and 147 0.980 / 0.920 / 1.000 after claims64's rows),
  // 148 (blind, an ordinary day's mix, totals only) 1.000 / 1.000 / 1.000; all meet the ordinary floors.
  'batch 129': { f1: 0.984, speaker: 0.93, direct: 1 },
  'batch 130': { f1: 1, speaker: 0.892, direct: 1 },
  'batch 82': { f1: 1, speaker: 0.897, direct: 1 },
  'batch 50': { f1: 0.987, speaker: 0.897, direct: 1 },
  'batch 63': { f1: 0.938, speaker: 0.933, direct: 0.967 },
  'batch 78': { f1: 1, speaker: 0.83, direct: 1 },
  'batch 94': { f1: 0.936, speaker: 0.909, direct: 1 },
};

describe('invented news stories: claims', () => {
  it.each(Object.keys(NEWS_BATCHES))(
    '%s meets the floors',
    async (batch) => {
      const gazetteer = await loadGazetteerIfAny();
      const r = scoreNewsCases(NEWS_BATCHES[batch], (text) => analyze(text, { gazetteer }));
      // A batch kept blind fails with its totals only: its errors must never be read.
      const msg = KEPT_BLIND_CLAIM_BATCHES.has(batch) ? `${r.tp}/${r.np}/${r.ng}` : r.errors.join('\n');
      const floor = FIRST_SIGHT[batch] ?? { f1: 0.95, speaker: 0.9, direct: 0.97 };
      expect(r.f1, msg).toBeGreaterThanOrEqual(floor.f1);
      expect(r.speaker, msg).toBeGreaterThanOrEqual(floor.speaker);
      expect(r.direct, msg).toBeGreaterThanOrEqual(floor.direct);
    },
    60_000,
  );
});

describe('batches kept blind', () => {
  it('are the long-story batches whose header calls them a first-sight check, and batch 38', () => {
    const dir = new URL('.', import.meta.url);
    const described = readdirSync(dir)
      .map((file) => /^news-long-(\d+)\.cases\.ts$/.exec(file))
      .filter((m) => m !== null)
      .filter((m) => /first-sight\s+(?:\*\s+)?check/.test(readFileSync(new URL(m[0], dir), 'utf8').slice(0, 3000)))
      .map((m) => `batch ${m[1]}`);
    expect([...KEPT_BLIND_CLAIM_BATCHES].sort()).toEqual(['batch 38', ...described].sort());
    for (const name of KEPT_BLIND_CLAIM_BATCHES) expect(NEWS_BATCHES).toHaveProperty([name]);
  });
});

describe('gold sentences of the invented stories', () => {
  it('end at a closing straight single quote, as at any other closing mark', () => {
    const text = `"When we met, she told me, 'The plan is dead.' I did not believe her," Otieno said.`;
    const gold = buildGold(text, {
      file: 'nested',
      entities: [],
      claims: [
        { s: '"When we met', speakers: ['Otieno'] },
        { s: 'I did not believe her', speakers: ['Otieno'] },
      ],
    });
    expect(gold.claims.map((c) => c.text)).toEqual([
      `"When we met, she told me, 'The plan is dead.'`,
      'I did not believe her," Otieno said.',
    ]);
  });
  it("end at NYT-style doubled apostrophes, and not at a title's stop", () => {
    const text = `Mr. Lane said the tax was ''a penalty on patience.'' The plan would cost $40 million. Mr. Lane said that Ms. Dorsett had ''never met a tax she liked.'' He left. Dr. Hamid spoke.`;
    const gold = buildGold(text, {
      file: 'doubled',
      entities: [],
      claims: [
        { s: 'Mr. Lane said the tax', speakers: ['Lane'] },
        { s: 'Mr. Lane said that Ms.', speakers: ['Lane'] },
        { s: 'Hamid spoke', speakers: ['Hamid'] },
      ],
    });
    expect(gold.claims.map((c) => c.text)).toEqual([
      "Mr. Lane said the tax was ''a penalty on patience.''",
      "Mr. Lane said that Ms. Dorsett had ''never met a tax she liked.''",
      'Dr. Hamid spoke.',
    ]);
  });
});
