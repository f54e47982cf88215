/**
 * Batch 53, written blind by claims17 and committed before the detector ran on it. Three stories:
 * a Wikinews-style cable repair in Tonga (a company said, a prime minister thanked and praised, a
 * four-sentence quotation told to parliament, a chief executive and "She said it was", a chamber
 * welcomed and called on and "It said", ‘…’ quotes with an inverted "said X" and "she laughed:", an
 * opposition leader denounced and "He said", according to the World Bank); an AP frost story from
 * Armenia (a ministry said at the sentence end, a farmer inverted over a four-sentence quotation
 * whose later sentences open with "My father", "He said" and "It did not", the mother of an unnamed
 * picker and then "He said" for the farmer, a deputy minister and "She cautioned", a union said and
 * its chairman warned and told The Associated Press, agronomists urged, the farmer by surname, a
 * weather service said); a local-news beach closure in Quebec (a mayor's paraphrase with a quoted
 * fragment and "She assured", a quotation over a "Pelletier said" break, a councillor accused and
 * "He called on", an appositive lifeguard captain after a possessive and "He praised", "said X of
 * Y" with a society, councillors as "they", a Dutch "van der" surname alone before "said", a
 * ministry said in an email).
 */
import type { NewsCase } from './news.cases';

export const NEWS_CASES_53: NewsCase[] = [
  {
    name: 'wikinews tonga cable repair: a company said, a premier thanked and praised, a four-sentence quotation told parliament, a chief executive and she said it was, a chamber welcomed and called on and It said, ‘…’ quotes inverted and she laughed:, an opposition leader denounced and he said, according to the World Bank',
    text: `Tonga's internet restored after undersea cable repair

Thursday, March 19, 2026

Internet service returned to most of Tonga on Wednesday, eleven days after the country's only international undersea cable was cut about 37 kilometres off the main island of Tongatapu. The state-owned Tonga Cable Ltd said a repair ship had spliced the cable on Tuesday night.

Prime Minister Siaosi Tupou thanked the crew of the repair ship and praised telecommunications workers who had kept a satellite link running for hospitals and banks. "This country was cut off from the world for eleven days," he told parliament. "Families could not reach their children overseas. Businesses could not pay their suppliers. We cannot let that happen again."

Tonga Cable's chief executive, Ana Fifita, said the cause of the damage was still unknown. She said it was "far too early" to say whether a ship's anchor was to blame, as some residents had suggested on social media.

The Tonga Chamber of Commerce welcomed the repair but called on the government to pay for a second cable. It said its members had lost an estimated 4 million paʻanga in sales.

Vendors at the Talamahu market in Nukuʻalofa were relieved. ‘Now my customers can pay with their phones again,’ said Lose Havili, who sells vegetables. Asked how she had managed, she laughed: ‘With a notebook and a lot of trust.’

The opposition leader, Samiu Vaipulu, denounced the delay in sending the repair ship as "a national embarrassment". He said a second cable had been promised in 2022 and had "never arrived".

According to the World Bank, a second cable would cost about 30 million US dollars.`,
    claims: [
      { s: 'The state-owned Tonga Cable Ltd said a repair ship', speakers: ['Tonga Cable Ltd', 'Tonga Cable'] },
      { s: 'Siaosi Tupou thanked the crew', speakers: ['Siaosi Tupou'] },
      { s: '"This country was cut off from the world', speakers: ['Siaosi Tupou'], direct: true },
      { s: '"Families could not reach their children overseas.', speakers: ['Siaosi Tupou'], direct: true },
      { s: 'Businesses could not pay their suppliers.', speakers: ['Siaosi Tupou'], direct: true },
      { s: 'We cannot let that happen again."', speakers: ['Siaosi Tupou'], direct: true },
      { s: 'Ana Fifita, said the cause of the damage', speakers: ['Ana Fifita'] },
      { s: 'She said it was "far too early"', speakers: ['Ana Fifita'] },
      { s: 'welcomed the repair but called on the government', speakers: ['Tonga Chamber of Commerce'] },
      { s: 'It said its members had lost', speakers: ['Tonga Chamber of Commerce'] },
      { s: '‘Now my customers can pay with their phones again,’', speakers: ['Lose Havili'], direct: true },
      { s: 'she laughed: ‘With a notebook', speakers: ['Lose Havili'], direct: true },
      { s: 'Samiu Vaipulu, denounced the delay', speakers: ['Samiu Vaipulu'] },
      { s: 'He said a second cable had been promised', speakers: ['Samiu Vaipulu'] },
      { s: 'According to the World Bank, a second cable', speakers: ['World Bank'] },
    ],
  },
  {
    name: 'ap armenia apricot frost: a ministry said at the end, an inverted farmer over a four-sentence quotation, the mother of an unnamed picker then He said for the farmer, a deputy minister and she cautioned, a union said and its chairman warned and told The Associated Press, agronomists urged, the farmer by surname, a weather service said',
    text: `Late frost wipes out much of Armenia's apricot crop

YEREVAN, Armenia (AP) — A late frost in the Ararat Valley has destroyed as much as 70% of Armenia's apricot crop, the agriculture ministry said Friday, dealing a heavy blow to farmers who depend on exports to Russia and the Gulf.

Temperatures fell to minus 4 degrees Celsius on two nights last week, just as the trees were in bloom. "I walked through the orchard in the morning and every flower was brown," said Armen Petrosyan, who farms 6 hectares near the town of Artashat. "My father saw frost like this once, in 1997. He said it would not happen again in his lifetime. It did not, but it happened in mine."

The mother of one of his pickers said her family had counted on the July wages to pay for school. He said he would hire three pickers this year instead of the usual 15.

Deputy Agriculture Minister Anahit Sargsyan said the government would pay farmers up to 40% of their losses. She cautioned, however, that payments would take at least three months.

The Armenian Fruit Exporters Union said the compensation was "a drop in the bucket". Its chairman, Davit Hakobyan, warned that some processing plants could close for the season. "We have contracts for juice and dried fruit that we cannot fill," Hakobyan told The Associated Press. "Our buyers will go to Turkey and Uzbekistan."

Agronomists have urged farmers for years to install anti-frost fans. Petrosyan said a fan costs about $12,000, more than his orchard earns in a good year.

The national weather service said frosts in April had become more frequent over the past decade as warm spells in March brought trees into bloom earlier.`,
    claims: [
      {
        s: "has destroyed as much as 70% of Armenia's apricot crop",
        speakers: ['agriculture ministry', 'the agriculture ministry'],
      },
      { s: '"I walked through the orchard in the morning', speakers: ['Armen Petrosyan'], direct: true },
      { s: '"My father saw frost like this once, in 1997.', speakers: ['Armen Petrosyan'], direct: true },
      { s: 'He said it would not happen again in his lifetime.', speakers: ['Armen Petrosyan'], direct: true },
      { s: 'It did not, but it happened in mine."', speakers: ['Armen Petrosyan'], direct: true },
      {
        s: 'The mother of one of his pickers said',
        speakers: ['mother of one of his pickers', 'The mother of one of his pickers', 'mother'],
      },
      { s: 'He said he would hire three pickers', speakers: ['Armen Petrosyan'] },
      { s: 'Anahit Sargsyan said the government would pay', speakers: ['Anahit Sargsyan'] },
      { s: 'She cautioned, however', speakers: ['Anahit Sargsyan'] },
      { s: 'The Armenian Fruit Exporters Union said', speakers: ['Armenian Fruit Exporters Union'] },
      { s: 'Davit Hakobyan, warned that some processing plants', speakers: ['Davit Hakobyan'] },
      { s: '"We have contracts for juice and dried fruit', speakers: ['Davit Hakobyan'], direct: true },
      { s: '"Our buyers will go to Turkey and Uzbekistan."', speakers: ['Davit Hakobyan'], direct: true },
      { s: 'Agronomists have urged farmers', speakers: ['Agronomists'], optional: true },
      { s: 'Petrosyan said a fan costs about', speakers: ['Armen Petrosyan'] },
      {
        s: 'The national weather service said frosts',
        speakers: ['national weather service', 'The national weather service'],
      },
    ],
  },
  {
    name: 'local quebec beach closure: a mayor paraphrased with a fragment and she assured, a quotation over a Pelletier said break, a councillor accused and he called on, an appositive lifeguard captain after a possessive and he praised, said X of a society, councillors as they, a van der surname alone, a ministry by email',
    text: `Magog council keeps Plage des Cantons closed all summer over algae

MAGOG — Town council voted 5-2 Monday night to keep Plage des Cantons closed for the whole summer after tests found blue-green algae in the water for the third year in a row.

Mayor Nathalie Pelletier said the decision was "painful but not complicated". She assured parents that the town's two outdoor pools would open two weeks early, on June 10, and would be free for children under 12.

"I know what this beach means to families here. I learned to swim there myself," Pelletier said. "But I am not going to put a child in that water."

Councillor Marc-André Gagnon, one of the two who voted against, accused town staff of "giving up on the lake". He called on the town to pay for a treatment of the bay, as Lac-Brome did in 2023.

The beach's lifeguard captain, Julien Tremblay, said nine students had been hired for the season and would be moved to the pools. He praised the council for keeping their jobs.

"The algae comes from the fertiliser on the farms upstream, everybody knows that," said Hélène Roy of the Memphrémagog Conservation Society. "Closing the beach treats the symptom."

Residents who packed the council chamber were divided. Some applauded the vote; others shouted at the councillors as they left. Piet van der Berg, who owns a café across from the beach, said he expected to lose half his summer sales. "People don't come to Magog to sit by a pool," van der Berg said.

The provincial environment ministry said in an email that it would test the lake again in August.`,
    claims: [
      { s: 'Nathalie Pelletier said the decision was', speakers: ['Nathalie Pelletier'] },
      { s: 'She assured parents that the town', speakers: ['Nathalie Pelletier'] },
      { s: '"I know what this beach means to families here.', speakers: ['Nathalie Pelletier'], direct: true },
      { s: 'I learned to swim there myself," Pelletier said.', speakers: ['Nathalie Pelletier'], direct: true },
      { s: '"But I am not going to put a child', speakers: ['Nathalie Pelletier'], direct: true },
      { s: 'accused town staff of "giving up on the lake"', speakers: ['Marc-André Gagnon'] },
      { s: 'He called on the town to pay', speakers: ['Marc-André Gagnon'] },
      { s: 'Julien Tremblay, said nine students', speakers: ['Julien Tremblay'] },
      { s: 'He praised the council for keeping', speakers: ['Julien Tremblay'] },
      { s: '"The algae comes from the fertiliser', speakers: ['Hélène Roy'], direct: true },
      { s: '"Closing the beach treats the symptom."', speakers: ['Hélène Roy'], direct: true },
      { s: 'Piet van der Berg, who owns a café', speakers: ['Piet van der Berg'] },
      {
        s: `"People don't come to Magog to sit by a pool," van der Berg said.`,
        speakers: ['Piet van der Berg'],
        direct: true,
      },
      {
        s: 'The provincial environment ministry said in an email',
        speakers: ['provincial environment ministry', 'environment ministry'],
      },
    ],
  },
];
