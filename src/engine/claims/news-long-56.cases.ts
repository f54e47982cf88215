/**
 * Batch 56, written blind by claims19 and committed before the detector ran on it (fixed against
 * afterwards). Three stories: a Wikinews-style vanilla theft story from Madagascar («…» quotes, a
 * gendarmerie said and "it said", a planter deplored and a quotation of three sentences, an
 * exporters' group estimated and "They warned", a mayor vowed and "he said" inside a split
 * quotation, according to a survey); a local council story from Wales (‘…’ quotes, a council
 * confirmed and "it", a cabinet member admitted and "she said", an inverted resident over two
 * sentences, a headteacher pleaded, a councillor scoffed and "he added", residents' group and "they
 * said"); an AP-style Tonle Sap fishing story from Cambodia (straight quotes, a fisheries
 * administration reported, a fisherwoman over two paragraphs, "she recalled", a researcher who
 * warned, a dam operator's statement and "the company", a monk who mused).
 */
import type { NewsCase } from './news.cases';

export const NEWS_CASES_56: NewsCase[] = [
  {
    name: "wikinews madagascar vanilla theft: «…» quotes, a gendarmerie said and it said, a planter deplored and a three-sentence quotation, an exporters' group estimated and They warned, a mayor vowed and he said in a split quotation, according to a survey",
    text: `Madagascar deploys gendarmes to guard vanilla crops in Sava region

Monday, May 18, 2026

Madagascar's national gendarmerie said on Sunday that it had sent 300 officers to the north-eastern Sava region to protect vanilla plantations from thieves before the harvest. It said 41 people had been arrested since January for stealing green pods from the vines.

Vanilla pods must ripen for about nine months on the vine, but thieves cut them early and sell them to middlemen. Planters say the early harvest ruins the reputation of Malagasy vanilla abroad.

Marie-Claire Razafy, who grows vanilla on three hectares near Antalaha, deplored the thefts. «They come at night with machetes. Last year they took half of my crop in two nights. I sleep in the field now, with my husband and my two sons.»

The Groupement des Exportateurs de Vanille de Madagascar estimated that theft and early picking had cost the country's exporters about $30 million last year. They warned that buyers in France and the United States were already turning to vanilla from Uganda and Papua New Guinea.

The mayor of Antalaha, Jean-Baptiste Rakoto, vowed to set up a night patrol of volunteers in every village. «The gendarmes cannot be everywhere,» he said, «so the villages will watch themselves.»

According to a survey by the World Bank, vanilla accounts for about a fifth of Madagascar's exports.`,
    claims: [
      {
        s: "Madagascar's national gendarmerie said on Sunday",
        speakers: ['national gendarmerie', "Madagascar's national gendarmerie", 'gendarmerie'],
      },
      {
        s: 'It said 41 people had been arrested',
        speakers: ['national gendarmerie', "Madagascar's national gendarmerie", 'gendarmerie'],
      },
      { s: 'Planters say the early harvest', speakers: ['Planters'] },
      { s: 'Marie-Claire Razafy, who grows vanilla', speakers: ['Marie-Claire Razafy'], optional: true },
      { s: '«They come at night with machetes.', speakers: ['Marie-Claire Razafy'], direct: true },
      { s: 'Last year they took half of my crop', speakers: ['Marie-Claire Razafy'], direct: true },
      { s: 'I sleep in the field now', speakers: ['Marie-Claire Razafy'], direct: true },
      {
        s: 'The Groupement des Exportateurs de Vanille de Madagascar estimated',
        speakers: ['Groupement des Exportateurs de Vanille de Madagascar'],
      },
      {
        s: 'They warned that buyers in France',
        speakers: ['Groupement des Exportateurs de Vanille de Madagascar'],
      },
      { s: 'Jean-Baptiste Rakoto, vowed to set up', speakers: ['Jean-Baptiste Rakoto'] },
      { s: '«The gendarmes cannot be everywhere,» he said', speakers: ['Jean-Baptiste Rakoto'], direct: true },
      { s: 'According to a survey by the World Bank', speakers: ['World Bank'] },
    ],
  },
  {
    name: "local wales school bus cut: ‘…’ quotes, a council confirmed and it, a cabinet member admitted and she said, an inverted resident over two sentences, a headteacher pleaded, a councillor scoffed and he added, a residents' group and they said",
    text: `Gwynedd to end free school bus for pupils living under three miles away

Gwynedd Council has confirmed that free school transport for secondary pupils who live less than three miles from their school will end in September. It said the change would save about £900,000 a year.

Cabinet member for education Elin Hughes admitted the decision was ‘not one anyone wanted to make’. ‘We have looked at every other budget line, and there is nothing left to cut that does not hurt someone,’ she said.

Parents in the village of Llanystumdwy say the route to Ysgol Eifionydd in Porthmadog runs along the A497 with no pavement for long stretches. ‘There are lorries doing fifty past the lay-by where the children would walk,’ said mother of three Sioned Owen. ‘I will drive them myself, but not every family has a car.’

The school's headteacher, Gareth Pritchard, pleaded with the council to keep the bus at least for pupils in Year 7. He said younger children could not be expected to walk an unlit road in December.

Opposition councillor Dafydd Roberts scoffed at the savings figure. ‘They will spend half of it on crossing patrols,’ he added.

The Llanystumdwy Residents' Association has started a petition. They said more than 600 people had signed it in the first week.`,
    claims: [
      { s: 'Gwynedd Council has confirmed that', speakers: ['Gwynedd Council'] },
      { s: 'It said the change would save', speakers: ['Gwynedd Council'] },
      { s: 'Elin Hughes admitted the decision', speakers: ['Elin Hughes'] },
      { s: '‘We have looked at every other budget line', speakers: ['Elin Hughes'], direct: true },
      {
        s: 'Parents in the village of Llanystumdwy say',
        speakers: ['Parents in the village of Llanystumdwy', 'Parents'],
      },
      { s: '‘There are lorries doing fifty', speakers: ['Sioned Owen'], direct: true },
      { s: '‘I will drive them myself', speakers: ['Sioned Owen'], direct: true },
      { s: 'Gareth Pritchard, pleaded with the council', speakers: ['Gareth Pritchard'] },
      { s: 'He said younger children could not', speakers: ['Gareth Pritchard'] },
      { s: 'Dafydd Roberts scoffed at the savings figure.', speakers: ['Dafydd Roberts'], optional: true },
      { s: '‘They will spend half of it on crossing patrols,’', speakers: ['Dafydd Roberts'], direct: true },
      {
        s: 'They said more than 600 people had signed',
        speakers: ["Llanystumdwy Residents' Association", 'Llanystumdwy Residents Association'],
      },
    ],
  },
  {
    name: 'ap cambodia tonle sap catch: a fisheries administration reported, a fisherwoman over two paragraphs, she recalled, a researcher warned, a dam operator statement and the company, a monk who mused',
    text: `Cambodia's great lake yields fewer fish as the Mekong runs low

KAMPONG CHHNANG, Cambodia (AP) — The catch from the Tonle Sap lake fell for a fourth straight year in 2025, Cambodia's Fisheries Administration reported on Wednesday, as the Mekong River's annual flood failed to push enough water into the lake.

Sok Chanthy, 46, has fished the lake from a wooden boat since she was a girl. She recalled seasons when her family filled the boat twice before noon.

"Now we go out at four in the morning and come back with two kilos," she said. "Sometimes less. The fish are small, because nobody lets them grow.

"My sons went to work in Thailand. They send money, and that is how we eat."

Researchers say dams upstream in Laos and China hold back the water that once flooded the forests around the lake, where fish lay their eggs. Chea Sovann, a hydrologist at the Royal University of Phnom Penh, warned that the lake could lose its flood pulse altogether within 20 years.

The operator of the Don Sahong dam in southern Laos said in a statement that its turbines did not store water and could not affect the flood. The company said it had built a channel that lets fish pass the dam.

At a pagoda on the lake shore, a monk, Venerable Hem Sophal, mused that people had always blamed the river. "The river does not change its mind," he said. "People change the river."`,
    claims: [
      {
        s: "Cambodia's Fisheries Administration reported on Wednesday",
        speakers: ['Fisheries Administration', "Cambodia's Fisheries Administration"],
      },
      { s: 'She recalled seasons when', speakers: ['Sok Chanthy'] },
      { s: '"Now we go out at four in the morning', speakers: ['Sok Chanthy'], direct: true },
      { s: '"Sometimes less.', speakers: ['Sok Chanthy'], direct: true, optional: true },
      { s: 'The fish are small, because nobody', speakers: ['Sok Chanthy'], direct: true },
      { s: '"My sons went to work in Thailand.', speakers: ['Sok Chanthy'], direct: true },
      { s: 'They send money, and that is how we eat."', speakers: ['Sok Chanthy'], direct: true },
      { s: 'Researchers say dams upstream', speakers: ['Researchers'] },
      { s: 'Chea Sovann, a hydrologist', speakers: ['Chea Sovann'] },
      {
        s: 'The operator of the Don Sahong dam',
        speakers: ['operator of the Don Sahong dam', 'The operator of the Don Sahong dam', 'operator'],
      },
      {
        s: 'The company said it had built a channel',
        speakers: ['operator of the Don Sahong dam', 'The operator of the Don Sahong dam', 'operator', 'company'],
      },
      { s: 'Venerable Hem Sophal, mused that', speakers: ['Hem Sophal', 'Venerable Hem Sophal'] },
      {
        s: '"The river does not change its mind," he said.',
        speakers: ['Hem Sophal', 'Venerable Hem Sophal'],
        direct: true,
      },
      { s: '"People change the river."', speakers: ['Hem Sophal', 'Venerable Hem Sophal'], direct: true },
    ],
  },
];
