/**
 * Batch 130, written blind by claims58 before its rows, committed before the detector ran on it,
 * and kept as a first-sight check (only its totals are ever printed; no row is fixed against it).
 * An ordinary day's mix in the kinds of writing of batches 128 and 129 (issue #9): an inquest into
 * a cyclist's death with witnesses in turn ("told the inquest", "the coroner said", a driver who
 * "denied that"); a brewer's results ("the company said", a chief executive on a call with analysts,
 * an analyst's note); a trade visit ("after talks with X, the prime minister said"); a festival's
 * neighbours and fans ("Residents near X complained", "Fans of X said", "critics of the council
 * said"); and a footballer who denies a report, then "the midfielder", "he" and his agent "she".
 *
 * As in batches 72–129, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words. A question and a refusal to comment are optional.
 */
import type { NewsCase } from './news.cases';

const MCCORMACK = ['Helen McCormack', 'McCormack'];
const BRIDGES = ['Terry Bridges', 'Bridges'];
const NAISMITH = ['Fiona Naismith', 'Naismith'];
const HOLDSWORTH = ["Holdsworth's Brewery", 'Holdsworth’s Brewery'];
const AINSLIE = ['Rachel Ainslie', 'Ainslie'];
const VOSS = ['Peter Voss', 'Voss'];
const TANAKA = ['Hiroshi Tanaka', 'Tanaka'];
const ROSSITER = ['Prime Minister Claire Rossiter', 'Claire Rossiter', 'Rossiter'];
const GALLAGHER = ['Sean Gallagher', 'Gallagher'];
const VARGA = ['Dominik Varga', 'Varga'];
const LUNDQVIST = ['Elsa Lundqvist', 'Lundqvist'];

export const NEWS_CASES_130: NewsCase[] = [
  {
    name: 'an inquest with witnesses in turn: the inquest heard (optional), a driver told the inquest, he denied that, a witness said, the coroner said, a quotation then she said',
    text: `Lorry driver denies using phone before cyclist's death

The inquest into the death of a cyclist hit by a lorry on the A61 in Wakefield opened on Thursday.

The inquest heard that Kwame Osei, 34, was riding to work when he was struck at a roundabout in heavy rain.

The lorry's driver, Terry Bridges, told the inquest he had checked his mirrors twice before pulling out. He denied that he had been using his phone at the time.

A witness, Fiona Naismith, said she had seen the lorry move off while the cyclist was still alongside it. She said the driver had not signalled.

Senior coroner Helen McCormack said she would record her conclusion on Friday. "Mr Osei's family deserve a full account of what happened that morning," she said.`,
    claims: [
      { s: 'The inquest heard that Kwame Osei', speakers: ['The inquest', 'inquest'], optional: true },
      { s: 'told the inquest he had checked his mirrors twice', speakers: BRIDGES },
      { s: 'He denied that he had been using his phone', speakers: BRIDGES },
      { s: 'said she had seen the lorry move off', speakers: NAISMITH },
      { s: 'She said the driver had not signalled.', speakers: NAISMITH },
      { s: 'said she would record her conclusion on Friday', speakers: MCCORMACK },
      {
        s: '"Mr Osei\'s family deserve a full account of what happened that morning," she said.',
        speakers: MCCORMACK,
        direct: true,
      },
    ],
  },
  {
    name: "a brewer's results: the company said, on a call with analysts the chief executive said, a quotation over two sentences, an analyst said in a note, another asked (optional)",
    text: `Holdsworth's raises dividend as pub sales recover

Holdsworth's Brewery raised its dividend by 8% on Tuesday after sales in its 600 pubs returned to where they were before the pandemic.

The company said food now made up a third of its pub takings, up from a quarter five years ago.

On a call with analysts, chief executive Rachel Ainslie said the brewer would open 20 new pubs next year, most of them in market towns. "People want a good local. They will pay for one if it is done properly," she said.

Peter Voss, an analyst at Greyfield, said in a note that the results were better than expected but that energy costs remained a worry.

Another analyst asked whether the brewer would sell its bottling plant. Ainslie said there were no plans to do so.`,
    claims: [
      { s: 'The company said food now made up a third', speakers: HOLDSWORTH },
      { s: 'said the brewer would open 20 new pubs next year', speakers: AINSLIE },
      { s: '"People want a good local.', speakers: AINSLIE, direct: true },
      { s: 'They will pay for one if it is done properly," she said.', speakers: AINSLIE, direct: true },
      { s: 'said in a note that the results were better', speakers: VOSS },
      {
        s: 'Another analyst asked whether the brewer would sell',
        speakers: ['Another analyst', 'analyst'],
        optional: true,
      },
      { s: 'Ainslie said there were no plans to do so.', speakers: AINSLIE },
    ],
  },
  {
    name: 'a trade visit: after talks with X, the prime minister said, X said, a quotation then said the Japanese minister, X said Y had told her that',
    text: `New Zealand and Japan agree beef tariff cut

Prime Minister Claire Rossiter met Japan's trade minister, Hiroshi Tanaka, in Wellington on Wednesday on the second day of his visit.

After talks with Tanaka, the prime minister said Japan would cut tariffs on New Zealand beef by half over five years.

Tanaka said Tokyo wanted more New Zealand investment in its hydrogen projects in return. "We are not only buyers. We want partners," said the Japanese minister.

Rossiter said Tanaka had told her that Japanese firms were ready to build two hydrogen plants in Southland.`,
    claims: [
      { s: 'the prime minister said Japan would cut tariffs', speakers: ROSSITER },
      { s: 'Tanaka said Tokyo wanted more New Zealand investment', speakers: TANAKA },
      { s: '"We are not only buyers.', speakers: TANAKA, direct: true },
      { s: 'We want partners," said the Japanese minister.', speakers: TANAKA, direct: true },
      { s: 'Rossiter said Tanaka had told her that', speakers: ROSSITER },
    ],
  },
  {
    name: "a festival's neighbours and fans: residents near X complained that, fans of X said, critics of the council said, the organiser said, a quotation then he said",
    text: `Festival to go ahead despite noise complaints

Organisers of the Greenmoor music festival said on Sunday that next year's event would go ahead after the council renewed its licence.

Residents near Greenmoor Park complained that music had carried into their homes until two in the morning.

Fans of the festival said the licence conditions were fair. Critics of the council said it had ignored hundreds of letters from people living nearby.

Festival director Sean Gallagher said the stages would be turned away from the houses next summer. "We heard the complaints, and we will fix it," he said.`,
    claims: [
      {
        s: "said on Sunday that next year's event would go ahead",
        speakers: ['Organisers of the Greenmoor music festival', 'Organisers'],
      },
      {
        s: 'complained that music had carried into their homes',
        speakers: ['Residents near Greenmoor Park', 'Residents'],
      },
      { s: 'Fans of the festival said the licence conditions', speakers: ['Fans of the festival', 'Fans'] },
      { s: 'Critics of the council said it had ignored', speakers: ['Critics of the council', 'Critics'] },
      { s: 'said the stages would be turned away from the houses', speakers: GALLAGHER },
      { s: '"We heard the complaints, and we will fix it," he said.', speakers: GALLAGHER, direct: true },
    ],
  },
  {
    name: 'a footballer denies a report: he denied that, the midfielder said, his agent said in a statement that, she rejected claims that, the club declined to comment (optional)',
    text: `Varga denies asking to leave Rovers

Dominik Varga has denied that he asked to leave Bristol Rovers in the January transfer window.

The Hungarian midfielder said on Instagram that he was happy at the club and had never spoken to another team. "I read the story this morning and laughed," he wrote.

His agent, Elsa Lundqvist, said in a statement that no offer had been received. She rejected claims that Varga had fallen out with the manager.

The club declined to comment.`,
    claims: [
      { s: 'has denied that he asked to leave', speakers: VARGA },
      { s: 'said on Instagram that he was happy at the club', speakers: VARGA },
      { s: '"I read the story this morning and laughed," he wrote.', speakers: VARGA, direct: true },
      { s: 'said in a statement that no offer had been received', speakers: LUNDQVIST },
      { s: 'She rejected claims that Varga had fallen out', speakers: LUNDQVIST },
      { s: 'The club declined to comment.', speakers: ['The club', 'club', 'Bristol Rovers'], optional: true },
    ],
  },
];
