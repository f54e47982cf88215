/**
 * Batch 94, written blind by claims36 after its rows for batch 92, committed before the detector
 * ran on it, and kept as a second first-sight check (only its totals are ever printed; no row is
 * fixed against it). Five stories of the two unseen kinds (issue #9): three Wikinews-style
 * reports (a Portuguese minister's resignation: "In a televised address, X said", "the prime
 * minister's office said", an opposition leader who "called for", "according to the public
 * broadcaster RTP", a sources list; a panda birth at a zoo: "the zoo said in a statement", a keeper
 * who "told the BBC" and "she said", "According to the IUCN,"; a protest in Nairobi: "police said",
 * "Amnesty International said in a statement", a protester who "told AFP", the interior minister
 * who "warned") and two Reuters U.S. election stories (a Senate debate: "X said during the debate",
 * a rival who "shot back", "her campaign said in a statement after the debate", "a Republican
 * official familiar with the planning said"; a state supreme court ruling on district maps: "the
 * court wrote in a 4-3 decision", "Justice X wrote in a dissent", "the governor said in a
 * statement", "according to an analysis by" a research group).
 *
 * As in batches 72–93, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words.
 *
 * At first sight (claims F1 / speaker / direct; totals only, its errors never printed): 0.936
 * (22/24/23) / 0.909 / 1.000, under the ordinary claims floor and so held to its first sight.
 */
import type { NewsCase } from './news.cases';

const COSTA = ['Rui Costa', 'Costa'];
const TAVARES = ['Inês Tavares', 'Tavares'];
const EDINBURGH_ZOO = ['Edinburgh Zoo'];
const MCLEAN = ['Fiona McLean', 'McLean'];
const AMNESTY = ['Amnesty International', 'Amnesty'];
const DOYLE = ['Karen Doyle', 'Doyle'];
const BRIGGS = ['Walt Briggs', 'Briggs'];
const COURT = ['Wisconsin Supreme Court', 'Supreme Court'];

export const NEWS_CASES_94: NewsCase[] = [
  {
    name: "Wikinews resignation: In a televised address X said, the prime minister's office said, an opposition leader called for, according to a public broadcaster, a sources list",
    text: `Portuguese infrastructure minister resigns over airport contract

Thursday, October 16, 2025

Portugal's infrastructure minister, Rui Costa, resigned on Wednesday after newspapers reported that a firm linked to his brother had won a contract at Lisbon's new airport.

In a televised address, Costa said he had "done nothing wrong" but was stepping down "to protect the government". He said he would cooperate with any inquiry.

The prime minister's office said the resignation had been accepted and that the economy minister would take over the portfolio for now.

Opposition leader Inês Tavares called for a parliamentary inquiry into the contract. "The Portuguese people deserve to know who knew what, and when," Tavares told reporters in parliament.

The contract was worth about 38 million euros, according to the public broadcaster RTP.

Sources

"Ministro das Infraestruturas demite-se" — Público, October 15, 2025`,
    claims: [
      { s: 'In a televised address, Costa said he had "done nothing wrong"', speakers: COSTA },
      { s: 'He said he would cooperate with any inquiry.', speakers: COSTA },
      {
        s: "The prime minister's office said the resignation had been accepted",
        speakers: ["prime minister's office", "The prime minister's office"],
      },
      { s: 'called for a parliamentary inquiry into the contract', speakers: TAVARES, optional: true },
      { s: '"The Portuguese people deserve to know', speakers: TAVARES, direct: true },
      { s: 'The contract was worth about 38 million euros', speakers: ['RTP', 'public broadcaster RTP'] },
    ],
  },
  {
    name: 'Wikinews zoo birth: the zoo said in a statement, a keeper told the BBC and she said, According to the IUCN',
    text: `Edinburgh Zoo celebrates first panda cub

Sunday, June 8, 2025

Edinburgh Zoo has announced the birth of a giant panda cub, the first to be born in the United Kingdom.

The zoo said in a statement that the cub was born on Friday night and that mother and baby were "doing well". It said the cub's sex would not be known for several weeks.

Senior keeper Fiona McLean told the BBC the team had watched the birth on a camera in the den. "We were all holding our breath," she said.

According to the IUCN, there are about 1,860 giant pandas in the wild.`,
    claims: [
      { s: 'The zoo said in a statement that the cub was born', speakers: EDINBURGH_ZOO },
      { s: "It said the cub's sex would not be known", speakers: EDINBURGH_ZOO },
      { s: 'told the BBC the team had watched the birth', speakers: MCLEAN },
      { s: '"We were all holding our breath," she said.', speakers: MCLEAN, direct: true },
      { s: 'According to the IUCN, there are about 1,860 giant pandas', speakers: ['IUCN'] },
    ],
  },
  {
    name: 'Wikinews protest: police said, a rights group said in a statement, a protester told AFP, the interior minister warned',
    text: `Police fire tear gas at Nairobi fuel price protest

Tuesday, March 3, 2026

Police in Nairobi fired tear gas on Monday at hundreds of people protesting against a rise in fuel prices, and at least 40 people were arrested, police said.

Amnesty International said in a statement that officers had used "excessive force" against peaceful demonstrators.

"We cannot afford to get to work any more," a motorcycle taxi driver at the protest told AFP.

Interior Minister Samuel Kiptoo warned that anyone who damaged property would be prosecuted.`,
    claims: [
      { s: 'Police in Nairobi fired tear gas on Monday', speakers: ['police', 'Police'] },
      { s: 'said in a statement that officers had used', speakers: AMNESTY },
      {
        s: '"We cannot afford to get to work any more,"',
        speakers: [
          'a motorcycle taxi driver at the protest',
          'a motorcycle taxi driver',
          'motorcycle taxi driver',
          'driver',
        ],
        direct: true,
      },
      { s: 'warned that anyone who damaged property', speakers: ['Samuel Kiptoo', 'Kiptoo'] },
    ],
  },
  {
    name: 'Reuters Senate debate: X said during the debate, a rival shot back, her campaign said in a statement after the debate, a Republican official familiar with the planning said',
    text: `Doyle and Briggs clash over abortion, prices in Montana Senate debate

HELENA, Mont., Oct 20 (Reuters) - Democrat Karen Doyle and Republican Senator Walt Briggs clashed over abortion rights and the cost of living on Sunday in the only debate of Montana's closely watched U.S. Senate race.

Doyle said during the debate that Briggs had voted "again and again" against lowering drug prices. "Montanans are paying for his votes every time they pick up a prescription," she said.

Briggs shot back that Doyle would "rubber-stamp" the spending plans of Democrats in Washington.

Her campaign said in a statement after the debate that Doyle had shown she would be "an independent voice".

The party's national Senate committee plans to send the state's other senator to campaign with Briggs next week, a Republican official familiar with the planning said.`,
    claims: [
      { s: 'Doyle said during the debate that Briggs had voted', speakers: DOYLE },
      { s: '"Montanans are paying for his votes', speakers: DOYLE, direct: true },
      { s: 'Briggs shot back that Doyle would', speakers: BRIGGS },
      { s: 'Her campaign said in a statement after the debate', speakers: [...DOYLE, 'Her campaign', 'campaign'] },
      {
        s: "The party's national Senate committee plans to send",
        speakers: [
          'a Republican official familiar with the planning',
          'Republican official familiar with the planning',
          'Republican official',
          'official',
        ],
      },
    ],
  },
  {
    name: 'Reuters court ruling on district maps: the court wrote in a 4-3 decision, a justice wrote in a dissent, the governor said in a statement, according to an analysis by a research group',
    text: `Wisconsin top court orders new legislative maps before 2026 election

MADISON, Wis., Dec 22 (Reuters) - The Wisconsin Supreme Court on Friday struck down the state's legislative maps and ordered new ones drawn before next year's election, a ruling that could weaken Republicans' grip on the legislature.

The maps violate the state constitution because many districts are not made of connected territory, the court wrote in a 4-3 decision.

Justice Rebecca Holm wrote in a dissent that the majority had "reached for a result" rather than following the law.

Governor Tom Hallett said in a statement that the ruling was "a win for democracy".

Under the current maps, Republicans would be expected to keep control of both chambers even if they won less than half of the statewide vote, according to an analysis by the Brennan Center for Justice.`,
    claims: [
      { s: 'The maps violate the state constitution', speakers: COURT },
      { s: 'wrote in a dissent that the majority had', speakers: ['Rebecca Holm', 'Holm'] },
      { s: 'Governor Tom Hallett said in a statement that the ruling', speakers: ['Tom Hallett', 'Hallett'] },
      {
        s: 'Under the current maps, Republicans would be expected',
        speakers: ['Brennan Center for Justice', 'Brennan Center', 'an analysis by the Brennan Center for Justice'],
      },
    ],
  },
];
