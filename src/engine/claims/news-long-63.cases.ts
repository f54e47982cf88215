/**
 * Batch 63, written blind by claims22 and committed before the detector ran on it, and kept as a
 * first-sight check: no row is fixed against it (only its totals are ever printed). Three
 * stories: a BBC-style lithium mine in Cornwall (straight quotes, a company said at the end and
 * "It said", a council report that found, a campaigner whose quotation runs on into the next
 * paragraph and opens with "On a wet day", a firm that plans to build, hoping …, a chief executive
 * who insisted and conceded, a councillor who reaffirmed that and "she told the BBC" after a man is
 * named, a surfer paraphrased); a Reuters frankincense story from Oman (straight quotes, a ministry
 * said at the end, according to a university study, traders say and "They want", a harvester over
 * three sentences, a company that cautioned in its annual report, an official who wondered aloud
 * whether, a government planning to fence, hoping …); a Guyana court story (“…” quotes with ‘…’
 * inside, a lawsuit that alleges and "the suit says", an association that said in a statement and
 * "it", a minister who wrote on Facebook, a lawyer who told reporters over two quoted paragraphs, a
 * company's filing that argues, a fisherman and "he said", a judge who cautioned).
 */
import type { NewsCase } from './news.cases';

export const NEWS_CASES_63: NewsCase[] = [
  {
    name: 'bbc cornwall lithium mine: a company said at the end and It said, a council report found, a campaigner whose quotation runs into the next paragraph, a firm plans to build hoping, a chief executive insisted and conceded, a councillor reaffirmed that and she told the BBC after a man, a surfer paraphrased',
    text: `Cornwall lithium mine wins planning approval despite protests

Plans for a lithium mine near St Austell have been approved by Cornwall Council, in what would be the first lithium mine in the UK.

Kernow Lithium will begin digging next year and expects to produce enough lithium for 250,000 electric car batteries a year by 2030, the company said. It said about 300 permanent jobs would be created.

A council planning report found that lorries serving the mine would add about 90 journeys a day to roads around the village of Nanpean.

Residents have campaigned against the mine for two years. Lowenna Trewin, who chairs the Nanpean Residents Group, said the decision had been made "before a single objection was read".

"On a wet day the lorries already shake the windows," she said. "Double them and the houses will fall down.

"Nobody in County Hall has to live here."

The firm plans to build a new road around the village, hoping to take most of the lorries off the main street by 2028.

Kernow Lithium's chief executive, Adam Pascoe, insisted the mine would be "the cleanest in Europe". He conceded that the new road would not be finished before digging began.

Councillor Jenna Rowe, the council's cabinet member for economy, reaffirmed that the authority would hold the company to every condition of its permission. Mr Pascoe had asked for the conditions to be eased in June.

"We will check the lorry numbers every month, and we will publish them," she told the BBC.

Tom Kessell, who runs a surf school in Newquay, said he worried the mine's water would end up in the rivers that reach the north coast beaches.

The company said its water would be treated on site and reused.`,
    claims: [
      { s: 'Kernow Lithium will begin digging next year', speakers: ['Kernow Lithium', 'company'] },
      { s: 'It said about 300 permanent jobs', speakers: ['Kernow Lithium', 'company'] },
      { s: 'A council planning report found', speakers: ['council planning report', 'report', 'Cornwall Council'] },
      { s: 'Lowenna Trewin, who chairs the Nanpean Residents Group', speakers: ['Lowenna Trewin'] },
      { s: '"On a wet day the lorries', speakers: ['Lowenna Trewin'], direct: true },
      { s: '"Double them and the houses', speakers: ['Lowenna Trewin'], direct: true },
      { s: '"Nobody in County Hall has to live here."', speakers: ['Lowenna Trewin'], direct: true },
      { s: 'Adam Pascoe, insisted the mine', speakers: ['Adam Pascoe'] },
      { s: 'He conceded that the new road', speakers: ['Adam Pascoe'] },
      { s: 'Jenna Rowe, the council', speakers: ['Jenna Rowe'] },
      { s: '"We will check the lorry numbers', speakers: ['Jenna Rowe'], direct: true },
      { s: 'Tom Kessell, who runs a surf school', speakers: ['Tom Kessell'] },
      { s: 'The company said its water would be treated', speakers: ['Kernow Lithium', 'company'] },
    ],
  },
  {
    name: 'reuters oman frankincense: a ministry said at the end, according to a university study, traders say and They want, a harvester over three sentences, a company cautioned in its annual report, an official wondered aloud whether, a government planning to fence hoping',
    text: `Oman's frankincense trees under strain as demand from perfume makers soars

SALALAH, Oman, May 6 (Reuters) - Oman will limit the tapping of wild frankincense trees in the Dhofar mountains to three months a year from 2027 to let the trees recover, the Ministry of Agriculture, Fisheries and Water Resources said on Wednesday.

About 40% of the Boswellia sacra trees in Dhofar are in decline, according to a study by Sultan Qaboos University published in March.

Traders in Salalah's old souk say prices for the best grade of resin have tripled since 2020 as European perfume houses buy more. They want the government to certify Omani frankincense so it cannot be mixed with cheaper resin from Somalia.

"My father tapped these trees and so did his father," said Salim al-Kathiri, who harvests resin on about 300 trees near the village of Hasik. "We never cut a tree more than a few times a year. The new pickers cut every week."

Muscat-based Luban Holdings, which exports resin to France and Italy, cautioned in its annual report that supply could fall short of orders by a fifth next year.

The government is planning to fence 5,000 hectares of woodland, hoping to keep camels away from young trees.

Ahmed al-Mashani, an official at the Dhofar governorate's environment office, wondered aloud whether the trees could survive another decade of drought and heavy tapping.

Oman exported about 7,000 tonnes of resin last year, most of it to the Gulf and Europe. Frankincense has been traded from Dhofar for at least 5,000 years, and its ancient ports are a UNESCO World Heritage site.

(Reporting by Yousef Saba; Editing by Emelia Sithole-Matarise)`,
    claims: [
      {
        s: 'the Ministry of Agriculture, Fisheries and Water Resources said',
        speakers: ['Ministry of Agriculture, Fisheries and Water Resources', 'Ministry of Agriculture'],
      },
      {
        s: 'according to a study by Sultan Qaboos University',
        speakers: ['Sultan Qaboos University', 'study'],
      },
      { s: "Traders in Salalah's old souk say", speakers: ["Traders in Salalah's old souk", 'Traders'] },
      { s: 'They want the government to certify', speakers: ["Traders in Salalah's old souk", 'Traders'] },
      { s: '"My father tapped these trees', speakers: ['Salim al-Kathiri'], direct: true },
      { s: '"We never cut a tree', speakers: ['Salim al-Kathiri'], direct: true },
      { s: 'The new pickers cut every week."', speakers: ['Salim al-Kathiri'], direct: true },
      { s: 'Luban Holdings, which exports resin', speakers: ['Luban Holdings'] },
      { s: 'Ahmed al-Mashani, an official', speakers: ['Ahmed al-Mashani'] },
    ],
  },
  {
    name: 'guyana fishermen lawsuit: “…” quotes with ‘…’ inside, a lawsuit alleges and the suit says, an association said in a statement and it, a minister wrote on Facebook, a lawyer told reporters over two quoted paragraphs, a company filing argues, a fisherman and he said, a judge cautioned',
    text: `Guyana fishermen sue over oil spill off the Essequibo coast

GEORGETOWN, Guyana — A group of 1,200 fishermen has sued an offshore oil supply company in Guyana's High Court over a diesel spill that they say ruined two months of fishing along the Essequibo coast.

The lawsuit, filed on Monday, alleges that a supply vessel owned by Demerara Marine Services leaked about 40 tonnes of diesel near the mouth of the Essequibo River in July. The suit says the company waited four days before telling the Maritime Administration.

The Guyana Fishermen's Cooperative Society, which brought the case, said in a statement that catches of gillbacker and bangamary had fallen by half. It is asking for 2 billion Guyana dollars in damages.

Natural Resources Minister Vickram Persaud wrote on Facebook that the government would "stand with every fisherman who lost his living."

“The company told the fishermen, ‘It is only a small spill, go home.’ They went home, and the fish never came back,” the cooperative's lawyer, Nadia Khan, told reporters outside the court.

“We will show the court the catch records of every boat.”

In a filing last month, Demerara Marine Services argued that the drop in catches was caused by heavy rains and not by the spill. The company did not respond to requests for comment.

Rampersaud Singh, who has fished out of Charity for 30 years, said he had sold one of his two boats to pay his debts.

“My sons want to go to the oil rigs now,” he said. “Who will fish when I am gone?”

Justice Priya Ramcharan cautioned both sides on Tuesday that the case would not be heard before next year.`,
    claims: [
      {
        s: 'a diesel spill that they say ruined',
        speakers: ['group of 1,200 fishermen', 'fishermen'],
        optional: true,
      },
      { s: 'The lawsuit, filed on Monday, alleges', speakers: ['lawsuit', 'The lawsuit'] },
      { s: 'The suit says the company waited', speakers: ['suit', 'The suit', 'lawsuit'] },
      {
        s: "The Guyana Fishermen's Cooperative Society, which brought the case, said",
        speakers: ["Guyana Fishermen's Cooperative Society"],
      },
      {
        s: 'It is asking for 2 billion Guyana dollars',
        speakers: ["Guyana Fishermen's Cooperative Society"],
        optional: true,
      },
      { s: 'Vickram Persaud wrote on Facebook', speakers: ['Vickram Persaud'] },
      { s: '“The company told the fishermen', speakers: ['Nadia Khan'], direct: true },
      { s: 'They went home, and the fish never came back', speakers: ['Nadia Khan'], direct: true },
      { s: '“We will show the court', speakers: ['Nadia Khan'], direct: true },
      {
        s: 'In a filing last month, Demerara Marine Services argued',
        speakers: ['Demerara Marine Services'],
      },
      { s: 'The company did not respond', speakers: [], optional: true },
      { s: 'Rampersaud Singh, who has fished', speakers: ['Rampersaud Singh'] },
      { s: '“My sons want to go to the oil rigs now,”', speakers: ['Rampersaud Singh'], direct: true },
      { s: '“Who will fish when I am gone?”', speakers: ['Rampersaud Singh'], direct: true },
      { s: 'Justice Priya Ramcharan cautioned', speakers: ['Priya Ramcharan'] },
    ],
  },
];
