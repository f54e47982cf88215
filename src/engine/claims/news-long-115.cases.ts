/**
 * Batch 115, written blind by claims43 before its rows, committed before the detector ran on it,
 * and kept as a first-sight check (only its totals are ever printed; no row is fixed against it).
 * Five stories in the kinds of writing of batches 113 and 114 (issue #9): a Wikinews brief ("told
 * Wikinews", a press release); a wire with anonymous sources ("people familiar with the plans", "a
 * person close to the company"); a parliamentary question time (a minister "told the chamber", a
 * backbench MP, the Speaker); a flood statement ("the coastguard said in a statement", "officials
 * said"); and a results call ("told analysts", a quotation of several sentences broken by its tag).
 *
 * As in batches 72–114, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words. Refusals to comment are no claims.
 *
 * At first sight (claims F1 / speaker / direct; totals only, its errors never printed): 0.977
 * (21/22/21) / 1.000 / 1.000.
 */
import type { NewsCase } from './news.cases';

const VANCE = ['Orla Vance', 'Vance'];
const PIKE = ['Simon Pike', 'Pike'];
const PLANS = ['people familiar with the plans', 'people', 'three people familiar with the plans'];
const CLOSE = ['a person close to the company', 'a person', 'person'];
const HARTE = ['Nadia Harte', 'Harte'];
const BELLOWS = ['Gordon Bellows', 'Bellows'];
const COASTGUARD = ['Estmere Coastguard', 'the coastguard', 'coastguard'];
const KEMP = ['Tilly Kemp', 'Kemp'];
const ARDEN = ['Arden Retail', 'Arden'];
const SOLBERG = ['Mats Solberg', 'Solberg'];

export const NEWS_CASES_115: NewsCase[] = [
  {
    name: 'Wikinews brief: a press release, told Wikinews, a council said',
    text: `City of Drummore opens free bicycle scheme

The city of Drummore in Scotland opened a free bicycle hire scheme on Monday with 500 bicycles at 40 stations.

"We want people to leave their cars at home for short trips," the city's transport convener, Orla Vance, said in a press release.

Simon Pike, who chairs the Drummore Cycling Club, told Wikinews the scheme was "long overdue" but that the city still needed safer lanes. The council said it would add 12 kilometres of protected lanes by 2028.`,
    claims: [
      { s: '"We want people to leave their cars at home', speakers: VANCE, direct: true },
      { s: 'told Wikinews the scheme was', speakers: PIKE },
      {
        s: 'The council said it would add 12 kilometres',
        speakers: ['The council', 'council', 'city of Drummore', 'Drummore'],
      },
    ],
  },
  {
    name: 'wire with anonymous sources: people familiar with the plans said, a person close to the company said, the company declined to comment, according to filings',
    text: `Airline Skyvale weighs sale of cargo arm, sources say

PARIS, June 12 (Reuters) - Skyvale is considering a sale of its cargo business that could value the unit at about 2 billion euros, three people familiar with the plans said.

The airline has asked banks to sound out possible buyers, including rival carriers and private equity firms, the people said. No decision has been made, a person close to the company said.

Skyvale declined to comment. The cargo arm made an operating profit of 140 million euros last year, according to company filings.`,
    claims: [
      { s: 'Skyvale is considering a sale of its cargo business', speakers: PLANS },
      { s: 'The airline has asked banks to sound out possible buyers', speakers: PLANS },
      { s: 'No decision has been made, a person close to the company said.', speakers: CLOSE },
      { s: 'The cargo arm made an operating profit', speakers: ['company filings', 'filings'] },
    ],
  },
  {
    name: 'question time: a backbench MP asked, a minister told the chamber that, the Speaker warned, a minister said a quotation',
    text: `Housing minister under fire over empty homes

Housing minister Nadia Harte told the chamber on Thursday that the government would build 50,000 social homes over the next four years.

Backbench MP Gordon Bellows said the same promise had been made three times since 2019 and that "not one brick" had been laid. "The minister knows these numbers are fantasy," he said.

Harte replied that building had started on 6,000 homes. The Speaker warned Bellows to withdraw the word "fantasy", which he did.`,
    claims: [
      { s: 'told the chamber on Thursday that the government would build', speakers: HARTE },
      { s: 'Gordon Bellows said the same promise had been made', speakers: BELLOWS },
      { s: '"The minister knows these numbers are fantasy," he said.', speakers: BELLOWS, direct: true },
      { s: 'Harte replied that building had started', speakers: HARTE },
    ],
  },
  {
    name: 'flood statement: officials said, the coastguard said in a statement, a volunteer told reporters',
    text: `Dozens rescued as storm floods Estmere coast

Forty-two people were rescued from flooded homes along the Estmere coast overnight, officials said on Wednesday.

Estmere Coastguard said in a statement that its crews had answered 60 calls in eight hours. The coastguard said a man in his 70s had been taken to hospital with hypothermia.

Tilly Kemp, a volunteer with the lifeboat crew at Port Harrow, told reporters the water had risen "faster than anything I have seen in 20 years".`,
    claims: [
      { s: 'Forty-two people were rescued from flooded homes', speakers: ['officials', 'Officials'] },
      { s: 'said in a statement that its crews had answered 60 calls', speakers: COASTGUARD },
      { s: 'The coastguard said a man in his 70s', speakers: COASTGUARD },
      { s: 'told reporters the water had risen', speakers: KEMP },
    ],
  },
  {
    name: 'results call: the company said, the chief executive told analysts, a quotation of three sentences broken by its tag',
    text: `Arden Retail profit jumps on online sales

Arden Retail said on Thursday that its first-half profit rose 24% to 310 million pounds as online sales grew.

Chief executive Mats Solberg told analysts on a call that the company would open 30 more stores next year. "Online is growing fast," he said. "But people still want to touch the clothes. The shop is not dead."

Arden raised its forecast for the full year, saying it now expects profit of at least 600 million pounds.`,
    claims: [
      { s: 'said on Thursday that its first-half profit rose', speakers: ARDEN },
      { s: 'told analysts on a call that the company would open', speakers: SOLBERG },
      { s: '"Online is growing fast," he said.', speakers: SOLBERG, direct: true },
      { s: '"But people still want to touch the clothes.', speakers: SOLBERG, direct: true },
      { s: 'The shop is not dead."', speakers: SOLBERG, direct: true },
      { s: 'saying it now expects profit of at least', speakers: ARDEN },
    ],
  },
];
