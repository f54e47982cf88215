/**
 * Batch 57, written blind by claims19 and committed before the detector ran on it, and kept as a
 * first-sight check: no row is fixed against it. Three stories: a Reuters dairy story from New
 * Zealand (straight quotes, a cooperative said at the end and "It said", a chief executive told an
 * analysts' call over two sentences, an economist noted, farmers' group and "they", a minister
 * countered and "She said"); a Wikinews-style fishing-licence dispute in Senegal (“…” and «…»
 * quotes, a ministry announced, a fishermen's union denounced and "It called on", a fisherman
 * inverted over three sentences, an EU delegation replied, according to a research centre); an
 * NYT-style water-rights vote in Nevada (''…'' quotes, a rancher boasted, Mr./Ms. surnames, a
 * quotation split around "she said", a water authority and "it", an engineer who conceded, a
 * lawyer who testified, did not respond).
 */
import type { NewsCase } from './news.cases';

export const NEWS_CASES_57: NewsCase[] = [
  {
    name: "reuters new zealand milk price: a cooperative said at the end and It said, a chief executive told an analysts' call over two sentences, an economist noted, a farmers' group and they, a minister countered and She said",
    text: `NZ's Fonterra cuts milk price forecast as Chinese demand cools

WELLINGTON, Feb 11 (Reuters) - New Zealand dairy cooperative Fonterra on Wednesday cut its forecast for the price it pays farmers this season by 50 cents to NZ$8.50 per kilogram of milk solids, citing weaker demand for whole milk powder from China, the cooperative said. It said a strong New Zealand dollar had also cut into returns.

"Chinese buyers have plenty of stock and they are in no hurry," Chief Executive Miles Hurrell told analysts on a conference call. "We expect that to ease in the second half, but we are not going to bet farmers' incomes on it."

Westpac senior economist Nathan Penny noted that the cut was smaller than many farmers had feared. Global Dairy Trade auction prices have fallen in five of the last six sales.

Federated Farmers, which represents about 12,000 farming families, said the cut would hit those who borrowed to expand during the boom of 2022. They urged banks to show patience with farmers who miss repayments this winter.

Agriculture Minister Nicola Grigg countered that dairy exports were still worth more than NZ$25 billion a year. She said the government would keep pushing for better access to markets in India and the Gulf.

(Reporting by Lucy Craymer; Editing by Christian Schmollinger)`,
    claims: [
      { s: 'cut its forecast for the price it pays farmers', speakers: ['Fonterra', 'cooperative'] },
      { s: 'It said a strong New Zealand dollar', speakers: ['Fonterra', 'cooperative'] },
      { s: '"Chinese buyers have plenty of stock', speakers: ['Miles Hurrell'], direct: true },
      { s: '"We expect that to ease', speakers: ['Miles Hurrell'], direct: true },
      { s: 'Nathan Penny noted that the cut', speakers: ['Nathan Penny'] },
      { s: 'Federated Farmers, which represents', speakers: ['Federated Farmers'] },
      { s: 'They urged banks to show patience', speakers: ['Federated Farmers'] },
      { s: 'Nicola Grigg countered that dairy exports', speakers: ['Nicola Grigg'] },
      { s: 'She said the government would keep', speakers: ['Nicola Grigg'] },
    ],
  },
  {
    name: "wikinews senegal fishing licences: “…” and «…» quotes, a ministry announced, a fishermen's union denounced and It called on, a fisherman inverted over three sentences, an EU delegation replied, according to a research centre",
    text: `Senegal suspends licences of foreign trawlers after protests in fishing towns

Saturday, March 21, 2026

Senegal's Ministry of Fisheries announced on Friday that it would suspend the licences of 17 foreign trawlers for six months while it audits the amount of fish they have landed.

The decision follows weeks of protests in Kayar and Joal, where fishermen in wooden pirogues say industrial boats have emptied the coastal waters of sardinella, the fish most Senegalese families eat.

The National Collective of Artisanal Fishermen of Senegal denounced the licences as «a sale of the sea». It called on the government to publish every agreement it has signed with foreign fleets.

“Twenty years ago, I filled my pirogue in one night,” said Moussa Diop, who fishes out of Kayar. “Now I go out for three days and come back with half a pirogue. My brother took a boat to the Canary Islands last year because of this.”

The European Union's delegation in Dakar replied that European boats hold only a small share of the licences and fish for tuna far from the coast. A spokesperson said the EU “fully supports” the audit.

According to the Oceanographic Research Centre of Dakar-Thiaroye, sardinella stocks off Senegal are fished at more than twice the level they can sustain.`,
    claims: [
      { s: "Senegal's Ministry of Fisheries announced on Friday", speakers: ['Ministry of Fisheries'] },
      {
        s: 'where fishermen in wooden pirogues say',
        speakers: ['fishermen in wooden pirogues', 'fishermen'],
        optional: true,
      },
      {
        s: 'The National Collective of Artisanal Fishermen of Senegal denounced',
        speakers: ['National Collective of Artisanal Fishermen of Senegal'],
      },
      {
        s: 'It called on the government to publish',
        speakers: ['National Collective of Artisanal Fishermen of Senegal'],
      },
      { s: '“Twenty years ago, I filled my pirogue', speakers: ['Moussa Diop'], direct: true },
      { s: '“Now I go out for three days', speakers: ['Moussa Diop'], direct: true },
      { s: 'My brother took a boat to the Canary Islands', speakers: ['Moussa Diop'], direct: true },
      {
        s: "The European Union's delegation in Dakar replied",
        speakers: ["European Union's delegation in Dakar", 'European Union', 'delegation'],
      },
      { s: 'A spokesperson said the EU', speakers: ['A spokesperson', 'spokesperson'] },
      {
        s: 'According to the Oceanographic Research Centre of Dakar-Thiaroye',
        speakers: ['Oceanographic Research Centre of Dakar-Thiaroye'],
      },
    ],
  },
  {
    name: "nyt-style nevada water vote: ''…'' quotes, a rancher boasted, Mr./Ms. surnames, a quotation split around she said, a water authority and it, an engineer who conceded, a lawyer testified, did not respond",
    text: `In a Nevada Valley, a Pipeline Vote Pits Ranchers Against a Growing City

ELY, Nev. — Dean Harmon likes to say his family has been irrigating the same hay meadows in Spring Valley since before Nevada was a state. On Tuesday he boasted to a county hearing that his wells had never once run dry.

''My great-grandfather dug the first ditch with a mule,'' Mr. Harmon said. ''I'm not going to be the one who lets a pipe drain it.''

The Southern Nevada Water Authority wants to pump groundwater from the valley 250 miles south to Las Vegas. It says the project is needed because the Colorado River, which supplies most of the city's water, can no longer be relied upon.

Rachel Voss, a hydrologist who has studied the valley's aquifer for the authority, conceded at the hearing that the water table would drop. ''It will drop,'' she said, ''but our models show it recovering within a generation of any drought.''

A lawyer for the ranchers, Thomas Elquist, testified that the authority's models had been wrong about another valley in 2012. Ms. Voss did not respond to that claim.

The county commission will vote on the pipeline's right of way next month.`,
    claims: [
      { s: 'Dean Harmon likes to say his family', speakers: ['Dean Harmon'] },
      { s: 'On Tuesday he boasted to a county hearing', speakers: ['Dean Harmon'] },
      { s: "''My great-grandfather dug the first ditch", speakers: ['Dean Harmon'], direct: true },
      { s: "''I'm not going to be the one", speakers: ['Dean Harmon'], direct: true },
      { s: 'It says the project is needed', speakers: ['Southern Nevada Water Authority'] },
      { s: 'Rachel Voss, a hydrologist who has studied', speakers: ['Rachel Voss'] },
      { s: "''It will drop,'' she said", speakers: ['Rachel Voss'], direct: true },
      { s: 'Thomas Elquist, testified that', speakers: ['Thomas Elquist'] },
      { s: 'Ms. Voss did not respond to that claim.', speakers: [], optional: true },
    ],
  },
];
