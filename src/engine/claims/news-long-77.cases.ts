/**
 * Batch 77, written by claims30b with its gold committed before the detector ran on it, to be
 * fixed against (not blind): five Reuters business and markets stories of set B's kind (issue #9).
 * A German chemicals takeover ("three people familiar with the matter said" closing the lead, "one
 * of the people said, adding", "Documents seen by Reuters show", a company that "declined to
 * comment" and a rival's spokeswoman, an analyst quoted with her bank after a two-sentence
 * quotation, a chief executive with a time phrase and no comma, "X on Tuesday said"); an
 * Australian department store's results (a company that "reported … and said", a chief executive
 * and "she told analysts" after a quotation, an analyst's quotation opening "This suggests that"
 * and a second sentence with no tag, "according to data from" a statistics bureau, "X said it
 * would close"); a U.S. software company's filing ("according to a regulatory filing", "the
 * company said in the filing", people familiar with the matter after a reported sentence, "X on
 * Monday told analysts that", a department spokesperson who declined to comment, an analyst with
 * her bank); an oil market report (an administration that "said it would halt" inside an "after"
 * clause, an analyst at a bank over two quotations, "according to two shipping sources", "Analysts
 * at X on Monday said in a note" and "They added that", "Customs data … showed" (optional), an
 * unnamed delegate); and a Peruvian zinc mine blockade (a company closing the lead and "X said in a
 * statement, adding", a community leader who "told Reuters by telephone" and a quotation in two
 * parts, a minister "on Wednesday said", a shareholder's spokesperson who declined to comment,
 * "according to the U.S. Geological Survey", an analyst's quotation whose second sentence opens
 * "This suggests that").
 *
 * As in batches 72–76, a description of a named body counts only resolved ("the company" → its
 * name); a body without a name of its own ("people familiar with the matter", "a regulatory
 * filing", "two shipping sources") keeps its own words.
 *
 * At first sight (claims F1 / speaker / direct): 0.973 (36/37/37) / 0.944 / 1.000. Misses:
 * "Documents seen by Reuters show that …" no claim; "according to a regulatory filing" taken as
 * "a regulatory"; "after Libya's eastern-based administration said" taken as "Libya's"; and a false
 * claim, "Libya's National Oil Corporation has not confirmed the shutdown." After claims30b's rows
 * (speaker.subject.seen-by, guard.noun-or-verb.before-seen-by, speaker.according-to.ing-noun-head,
 * speaker.description.hyphenated-adjective, claim.negated-cue.plain-object): 1.000 (37/37/37) /
 * 1.000 / 1.000.
 */
import type { NewsCase } from './news.cases';

const PEOPLE_FAMILIAR = ['three people familiar with the matter', 'people familiar with the matter'];
const VANDERMOLEN_SPOKESWOMAN = [
  'A Vandermolen spokeswoman',
  'Vandermolen spokeswoman',
  'spokeswoman',
  'Vandermolen Coatings',
  'Vandermolen',
];
const TALLOWOOD = ['Tallowood Group', 'Tallowood'];
const ABS = [
  'Australian Bureau of Statistics',
  'Bureau of Statistics',
  'data from the Australian Bureau of Statistics',
  'data',
];
const QUILLON = ['Quillon Software', 'Quillon'];
const FILING = ['a regulatory filing', 'regulatory filing', 'filing', ...QUILLON];
const LIBYA_EAST = ["Libya's eastern-based administration", 'eastern-based administration', 'administration'];
const MACQUARIE = ['Analysts at Macquarie', 'analysts', 'Macquarie'];
const PUNTA_ROJA = ['Punta Roja Mining', 'Punta Roja'];

export const NEWS_CASES_77: NewsCase[] = [
  {
    name: 'reuters chemicals takeover: people familiar with the matter closing the lead, one of the people said adding, documents seen by Reuters show, declined to comment and a spokeswoman, an analyst with her bank after two sentences, a chief executive on Tuesday said',
    text: `Germany's Falkenried in advanced talks to buy Dutch coatings maker Vandermolen -sources

FRANKFURT, March 12 (Reuters) - German specialty chemicals group Falkenried Chemie is in advanced talks to buy Dutch coatings maker Vandermolen Coatings for about 3.2 billion euros ($3.5 billion), three people familiar with the matter said.

A deal could be announced as early as next week, one of the people said, adding that the two sides were still discussing the future of Vandermolen's plant near Rotterdam.

Documents seen by Reuters show that Falkenried has lined up a bridge loan of 2 billion euros from two banks to fund the purchase.

Falkenried declined to comment. A Vandermolen spokeswoman said the company did not comment on market speculation.

The deal would give Falkenried, which makes adhesives and sealants for carmakers, a foothold in industrial coatings, where it has lagged larger rivals.

"Falkenried has been looking for a deal like this for two years. The price looks full, but the fit is obvious," said Henrike Rohwedder, an analyst at Baader Bank.

Falkenried Chief Executive Tobias Wendland on Tuesday said the group had "ample firepower" for acquisitions, without naming any targets.

Shares in Vandermolen rose 11% in Amsterdam.`,
    claims: [
      { s: 'is in advanced talks to buy Dutch coatings maker', speakers: PEOPLE_FAMILIAR },
      {
        s: 'A deal could be announced as early as next week',
        speakers: ['one of the people', ...PEOPLE_FAMILIAR],
      },
      {
        s: 'Documents seen by Reuters show',
        speakers: ['Documents seen by Reuters', 'Documents', 'documents'],
      },
      { s: 'Falkenried declined to comment.', speakers: [], optional: true },
      { s: 'A Vandermolen spokeswoman said the company did not comment', speakers: VANDERMOLEN_SPOKESWOMAN },
      { s: '"Falkenried has been looking for a deal', speakers: ['Henrike Rohwedder'], direct: true },
      { s: 'The price looks full, but the fit is obvious,"', speakers: ['Henrike Rohwedder'], direct: true },
      { s: 'Tobias Wendland on Tuesday said', speakers: ['Tobias Wendland'] },
    ],
  },
  {
    name: 'reuters australian department store results: reported and said, a chief executive said and she told analysts after a quotation, an analyst quotation opening This suggests that and an untagged second sentence, according to data from a bureau, the company said it would close',
    text: `Australia's Tallowood profit slides as shoppers cut back; dividend cut

SYDNEY, Feb 20 (Reuters) - Australian department store chain Tallowood Group on Thursday reported a 14% fall in half-year profit and said shoppers were cutting back on clothing and homewares as high interest rates squeezed household budgets.

Chief Executive Rosalind Castellari said trading in the first seven weeks of the second half had been "patchy", with sales down 2% from a year earlier.

"Customers are still coming in, but they are buying one item where they used to buy two," she told analysts on a conference call.

The company cut its interim dividend to 9 Australian cents a share from 14 cents. Tallowood said it would close four of its 61 stores by June, and that about 300 jobs would go.

"This suggests that the squeeze on discretionary spending has further to run," said Cormac Morrissey, an analyst at Morningstar. "We expect the final dividend to be cut as well."

Tallowood's shares fell 8.4% to A$3.12, their lowest in more than three years.

Retail sales of clothing and footwear fell 1.9% in January from a year earlier, according to data from the Australian Bureau of Statistics.`,
    claims: [
      { s: 'reported a 14% fall in half-year profit and said shoppers', speakers: TALLOWOOD },
      { s: 'Chief Executive Rosalind Castellari said trading', speakers: ['Rosalind Castellari'] },
      { s: '"Customers are still coming in', speakers: ['Rosalind Castellari'], direct: true },
      { s: 'Tallowood said it would close four of its 61 stores', speakers: TALLOWOOD },
      { s: '"This suggests that the squeeze', speakers: ['Cormac Morrissey'], direct: true },
      { s: '"We expect the final dividend to be cut as well."', speakers: ['Cormac Morrissey'], direct: true },
      { s: 'Retail sales of clothing and footwear fell 1.9%', speakers: ABS },
    ],
  },
  {
    name: 'reuters software company subpoena: according to a regulatory filing, the company said in the filing, people familiar with the matter after a reported sentence, a chief executive on Monday told analysts, a department spokesperson declined to comment, an analyst with her bank',
    text: `Quillon Software gets Justice Department subpoena over government sales

NEW YORK, May 6 (Reuters) - Quillon Software has received a subpoena from the U.S. Justice Department seeking documents about its sales to government agencies, according to a regulatory filing on Monday.

The company said in the filing that it was cooperating with the inquiry and did not know whether any charges would be brought.

The subpoena asks for records of contracts with three federal agencies between 2021 and 2024, people familiar with the matter said.

Quillon's shares fell 6% in extended trading.

Chief Executive Adebayo Fashola on Monday told analysts that the company had "nothing to hide" and that government sales made up less than a tenth of its revenue.

A Justice Department spokesperson declined to comment.

"Investors hate uncertainty more than bad news. A subpoena is open-ended uncertainty," said Marguerite Ebersole, an analyst at Wedbush Securities.`,
    claims: [
      { s: 'has received a subpoena from the U.S. Justice Department', speakers: FILING },
      { s: 'The company said in the filing', speakers: QUILLON },
      {
        s: 'The subpoena asks for records of contracts',
        speakers: ['people familiar with the matter', 'people familiar'],
      },
      { s: 'Adebayo Fashola on Monday told analysts', speakers: ['Adebayo Fashola'] },
      { s: 'A Justice Department spokesperson declined to comment.', speakers: [], optional: true },
      { s: '"Investors hate uncertainty more than bad news.', speakers: ['Marguerite Ebersole'], direct: true },
      { s: 'A subpoena is open-ended uncertainty,"', speakers: ['Marguerite Ebersole'], direct: true },
    ],
  },
  {
    name: 'reuters oil prices on libya: an administration said inside an after clause, an analyst at a bank over two quotations, according to two shipping sources, analysts on Monday said in a note and They added that, customs data showed (optional), an unnamed delegate',
    text: `Oil rises 2% as Libya halts output; China demand worries linger

LONDON, Sept 9 (Reuters) - Oil prices rose more than 2% on Monday after Libya's eastern-based administration said it would halt all oil production and exports, while traders weighed signs of weaker demand in China.

Brent crude futures were up $1.71, or 2.2%, at $79.83 a barrel by 1015 GMT.

"The market is pricing in a real loss of supply this time, not just headlines," said Saskia Achterberg, an analyst at HSBC. "Libya has cried wolf before, but the tankers have actually stopped loading."

Libya's National Oil Corporation has not confirmed the shutdown. Loading at the port of Es Sider was suspended on Sunday, according to two shipping sources.

Analysts at Macquarie on Monday said in a note that a prolonged outage could lift Brent above $85 a barrel. They added that Chinese crude imports had fallen for a third straight month in August.

Customs data released on Saturday showed China imported 9.1 million barrels per day last month, down 6% from a year earlier.

OPEC+ is due to meet on Oct. 2. A delegate from the group, who asked not to be named, said no change to its output policy was expected.`,
    claims: [
      { s: "after Libya's eastern-based administration said it would halt", speakers: LIBYA_EAST },
      { s: '"The market is pricing in a real loss of supply', speakers: ['Saskia Achterberg'], direct: true },
      { s: '"Libya has cried wolf before', speakers: ['Saskia Achterberg'], direct: true },
      {
        s: 'Loading at the port of Es Sider was suspended',
        speakers: ['two shipping sources', 'shipping sources', 'sources'],
      },
      { s: 'Analysts at Macquarie on Monday said in a note', speakers: MACQUARIE },
      { s: 'They added that Chinese crude imports', speakers: MACQUARIE },
      {
        s: 'Customs data released on Saturday showed',
        speakers: ['Customs data released on Saturday', 'Customs data', 'data'],
        optional: true,
      },
      {
        s: 'A delegate from the group, who asked not to be named, said',
        speakers: ['A delegate from the group', 'delegate from the group', 'delegate', 'OPEC+'],
      },
    ],
  },
  {
    name: 'reuters peru zinc blockade: a company closing the lead, in a statement adding, a community leader told Reuters by telephone and a quotation in two parts, a minister on Wednesday said, a shareholder spokesperson declined to comment, according to the USGS, an analyst quotation whose second sentence opens This suggests that',
    text: `Peru's Punta Roja halts zinc mine as community blockade enters sixth day

LIMA, Aug 14 (Reuters) - Peruvian zinc miner Punta Roja Mining has halted production at its Huachocolpa mine after residents of a nearby community blocked the only access road for a sixth day, the company said on Wednesday.

The blockade was costing about 1,200 tonnes of zinc concentrate a day, Punta Roja said in a statement, adding that it would not resume talks "under pressure."

Community leader Teófilo Quispe told Reuters by telephone that residents wanted the company to pay for a water treatment plant it had promised in 2021.

"They made the promise in front of the whole village. We have the video," Quispe said. "We are not asking for anything new."

Energy and Mines Minister Ernesto Sotomayor on Wednesday said the government had sent a team to mediate.

A spokesperson for Punta Roja's largest shareholder, Swiss trader Valdmann Resources, declined to comment.

Peru is the world's second-largest zinc producer, according to the U.S. Geological Survey.

"Blockades have become the main risk to Peruvian supply," said Haruto Moriyama, an analyst at Nomura. "This suggests that the discount on Peruvian concentrate will widen."`,
    claims: [
      { s: 'has halted production at its Huachocolpa mine', speakers: PUNTA_ROJA },
      { s: 'The blockade was costing about 1,200 tonnes', speakers: PUNTA_ROJA },
      { s: 'Community leader Teófilo Quispe told Reuters', speakers: ['Teófilo Quispe'] },
      { s: '"They made the promise in front of the whole village.', speakers: ['Teófilo Quispe'], direct: true },
      { s: 'We have the video," Quispe said.', speakers: ['Teófilo Quispe'], direct: true },
      { s: '"We are not asking for anything new."', speakers: ['Teófilo Quispe'], direct: true },
      { s: 'Ernesto Sotomayor on Wednesday said', speakers: ['Ernesto Sotomayor'] },
      { s: "A spokesperson for Punta Roja's largest shareholder", speakers: [], optional: true },
      {
        s: "Peru is the world's second-largest zinc producer",
        speakers: ['U.S. Geological Survey', 'Geological Survey'],
      },
      { s: '"Blockades have become the main risk', speakers: ['Haruto Moriyama'], direct: true },
      { s: '"This suggests that the discount', speakers: ['Haruto Moriyama'], direct: true },
    ],
  },
];
