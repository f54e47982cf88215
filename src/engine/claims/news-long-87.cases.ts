/**
 * Batch 87, written blind by claims33 beside batch 86, committed before the detector ran on it, and
 * kept as a first-sight check (only its totals are ever printed; no row is fixed against it). Five
 * regional stories (issue #9): a fishing port in Senegal (a fisheries ministry, a fishermen's
 * leader with "he said" over two quotations, "according to" a survey, a fish trader, a minister
 * who "told reporters"); a glacier water dispute in the Peruvian Andes (a community president, a
 * water authority "said in a statement", a glaciologist inverted, "the company said", farmers who
 * "say"); a desalination plant in Oman (a ministry, "the state news agency reported", an engineer
 * and "she added", a contractor's statement, residents); a bridge in Bosnia and Herzegovina (a
 * mayor who "told local television", "he said" after a two-sentence quotation, an EU delegation,
 * a historian, a shopkeeper inverted); and cyclone recovery in Vanuatu (a disaster office, a
 * chief "speaking through an interpreter", aid agency "said in a statement" and "the statement
 * said", a prime minister "told parliament", a nurse and "she said").
 *
 * As in batches 72–86, a description of a named body counts only resolved; a body without a name
 * of its own ("Farmers", "Residents") keeps its own words.
 *
 * At first sight (claims F1 / speaker / direct; totals only, its errors never printed): 0.987
 * (39/39/40) / 0.949 / 1.000, meeting the ordinary floors.
 */
import type { NewsCase } from './news.cases';

const NDIAYE = ['Mamadou Ndiaye', 'Ndiaye'];
const SARR = ['Aminata Sarr', 'Sarr'];
const QUISPE = ['Rosa Quispe', 'Quispe'];
const ANA = ['National Water Authority', 'Authority'];
const HUARAZ = ['Cordillera Minerals'];
const BALUSHI = ['Fatma al-Balushi', 'al-Balushi', 'Balushi'];
const HADZIC = ['Emir Hadžić', 'Hadžić'];
const TARI = ['Chief Willie Tari', 'Willie Tari', 'Tari'];
const CARE = ['Pacific Relief Network'];
const NALO = ['Marie Nalo', 'Nalo'];

export const NEWS_CASES_87: NewsCase[] = [
  {
    name: 'senegal fishing port: a fisheries ministry, a fishermen leader with he said over two quotations, according to a survey, a trader, a minister told reporters',
    text: `Senegal's pirogue fishermen say foreign trawlers are emptying the sea

JOAL-FADIOUTH, Senegal — The catch landed at Joal, one of Senegal's busiest fishing ports, fell by nearly a third last year, the fisheries ministry said on Monday.

Mamadou Ndiaye, who leads a union of 3,000 pirogue fishermen in the town, blamed foreign trawlers fishing close to the coast at night.

"We go out further every year and come back with less," he said. "My father never needed to spend two nights at sea."

Catches of sardinella, the fish most families here eat, have fallen by half since 2015, according to a survey by the Dakar-based Centre for Oceanographic Research.

Aminata Sarr, who has bought and smoked fish on the beach for 25 years, said prices had doubled. "The women who smoke fish are the first to suffer," Sarr said.

Fisheries Minister Ousmane Diatta told reporters in Dakar that the government would review every foreign licence before renewing it. He said patrol boats would be sent to Joal by the end of the month.`,
    claims: [
      {
        s: 'fell by nearly a third last year, the fisheries ministry said',
        speakers: ['fisheries ministry', 'ministry'],
      },
      { s: 'blamed foreign trawlers fishing close', speakers: NDIAYE },
      { s: '"We go out further every year and come back with less," he said.', speakers: NDIAYE, direct: true },
      { s: '"My father never needed to spend two nights at sea."', speakers: NDIAYE, direct: true },
      {
        s: 'Catches of sardinella, the fish most families here eat',
        speakers: ['Centre for Oceanographic Research', 'survey'],
      },
      { s: 'said prices had doubled.', speakers: SARR },
      { s: '"The women who smoke fish are the first to suffer," Sarr said.', speakers: SARR, direct: true },
      { s: 'Fisheries Minister Ousmane Diatta told reporters', speakers: ['Ousmane Diatta', 'Diatta'] },
      { s: 'He said patrol boats would be sent to Joal', speakers: ['Ousmane Diatta', 'Diatta'] },
    ],
  },
  {
    name: 'peruvian andes glacier water dispute: a community president, a water authority said in a statement, an inverted glaciologist, the company said, farmers say',
    text: `Andean villagers fear for their water as mine plans to expand

HUARAZ, Peru — Villagers in the Cordillera Blanca say a copper mine's plan to double its water use will leave their fields dry within a decade.

"The glacier is our bank account, and it is already half empty," said Rosa Quispe, president of the peasant community of Cashapampa. "If the mine takes more, there will be nothing left for our children."

Peru's National Water Authority said in a statement that it had not yet received a formal request from the company and would hold public hearings before deciding.

"The glaciers above Huaraz have lost about 40 percent of their area since 1970," said Javier Mendoza, a glaciologist at the National University of San Marcos. He said the rivers they feed would start to shrink in the dry season within 20 years.

Cordillera Minerals, which runs the mine, said it would recycle most of the extra water. The company said it had spent $12 million on irrigation canals for nearby communities since 2018.

Farmers in the valley say the canals reach only the largest landowners.`,
    claims: [
      { s: 'Villagers in the Cordillera Blanca say', speakers: ['Villagers in the Cordillera Blanca', 'Villagers'] },
      { s: '"The glacier is our bank account', speakers: QUISPE, direct: true },
      { s: '"If the mine takes more, there will be nothing left', speakers: QUISPE, direct: true },
      { s: "Peru's National Water Authority said in a statement", speakers: ANA },
      {
        s: '"The glaciers above Huaraz have lost about 40 percent',
        speakers: ['Javier Mendoza', 'Mendoza'],
        direct: true,
      },
      { s: 'He said the rivers they feed would start to shrink', speakers: ['Javier Mendoza', 'Mendoza'] },
      { s: 'which runs the mine, said it would recycle', speakers: HUARAZ },
      { s: 'The company said it had spent $12 million', speakers: HUARAZ },
      { s: 'Farmers in the valley say the canals reach', speakers: ['Farmers in the valley', 'Farmers'] },
    ],
  },
  {
    name: 'oman desalination plant: a ministry, the state news agency reported, an engineer and she added, a contractor statement, residents said',
    text: `Oman opens its largest desalination plant as water demand soars

MUSCAT — Oman opened its largest desalination plant on Sunday, a facility on the Batinah coast that will supply drinking water to about 600,000 people.

The plant will cut the country's reliance on groundwater, which is running out in many coastal areas, the Ministry of Energy and Minerals said.

The state news agency reported that the project had cost 310 million rials ($805 million).

"We designed it to use a third less energy than the plants we built ten years ago," said Fatma al-Balushi, the plant's chief engineer. She added that solar panels on the site would supply a fifth of its power by 2027.

Spanish contractor Aguasur, which built the plant, said in a statement that it was the most efficient of its kind in the Gulf.

Residents of nearby Sohar said they welcomed the plant but worried about the salty brine it would pump back into the sea. "The fishermen here already say the water is warmer," said Khalid al-Maamari, a teacher.`,
    claims: [
      {
        s: "The plant will cut the country's reliance on groundwater",
        speakers: ['Ministry of Energy and Minerals', 'ministry'],
      },
      { s: 'The state news agency reported that the project', speakers: ['state news agency', 'news agency'] },
      { s: '"We designed it to use a third less energy', speakers: BALUSHI, direct: true },
      { s: 'She added that solar panels on the site', speakers: BALUSHI },
      { s: 'which built the plant, said in a statement', speakers: ['Aguasur'] },
      { s: 'Residents of nearby Sohar said they welcomed', speakers: ['Residents of nearby Sohar', 'Residents'] },
      {
        s: '"The fishermen here already say the water is warmer,"',
        speakers: ['Khalid al-Maamari', 'al-Maamari', 'Maamari'],
        direct: true,
      },
    ],
  },
  {
    name: 'bosnian bridge reopening: a mayor told local television, he said after two sentences, an EU delegation said, a historian, an inverted shopkeeper',
    text: `Bosnian town reopens bridge rebuilt 30 years after the war

KONJIC, Bosnia and Herzegovina — The Ottoman-era stone bridge in Konjic reopened to pedestrians on Saturday after a four-year restoration paid for largely by the European Union.

Mayor Emir Hadžić told local television that the bridge was "the heart of the town" and that its reopening was a day many residents had waited their whole lives for.

"My grandfather crossed it every morning to his workshop. Today my son crossed it for the first time," he said.

The EU delegation in Sarajevo said it had contributed 2.4 million euros of the 3.1 million euro cost.

Historian Lejla Kovač, who advised the restoration team, said the masons had used stone from the same quarry as the original builders in the 1680s. "Every block was cut by hand," she said.

"For thirty years we sold postcards of a bridge that was not there," said Senad Mulić, who runs a souvenir shop beside the river.`,
    claims: [
      { s: 'Mayor Emir Hadžić told local television', speakers: HADZIC },
      { s: '"My grandfather crossed it every morning to his workshop.', speakers: HADZIC, direct: true },
      { s: 'Today my son crossed it for the first time," he said.', speakers: HADZIC, direct: true },
      {
        s: 'The EU delegation in Sarajevo said',
        speakers: ['EU delegation', 'EU delegation in Sarajevo', 'delegation'],
      },
      { s: 'said the masons had used stone', speakers: ['Lejla Kovač', 'Kovač'] },
      { s: '"Every block was cut by hand," she said.', speakers: ['Lejla Kovač', 'Kovač'], direct: true },
      { s: '"For thirty years we sold postcards', speakers: ['Senad Mulić', 'Mulić'], direct: true },
    ],
  },
  {
    name: 'vanuatu cyclone recovery: a disaster office said, a chief speaking through an interpreter, an aid network said in a statement and the statement said, a prime minister told parliament, a nurse and she said',
    text: `Three months after cyclone, Vanuatu's outer islands still wait for roofs

PORT VILA — Nearly 4,000 homes on Vanuatu's southern islands are still without proper roofs three months after Cyclone Lola, the National Disaster Management Office said on Thursday.

"We are sleeping under tarpaulins in the rainy season," Chief Willie Tari of Ipikil village on Tanna said, speaking through an interpreter. "The children are sick every week."

The Pacific Relief Network said in a statement that shipments of roofing iron had been held up by damage to the wharf at Lenakel. "Every day of delay means more families in the rain," the statement said.

Prime Minister John Kalsakau told parliament on Wednesday that the government had chartered two more cargo ships and that every family would have a roof by September.

Marie Nalo, a nurse at Lenakel hospital, said cases of pneumonia among young children had tripled since the storm. "We are running out of antibiotics," she said.`,
    claims: [
      {
        s: 'Nearly 4,000 homes on Vanuatu',
        speakers: ['National Disaster Management Office', 'Disaster Management Office'],
      },
      { s: '"We are sleeping under tarpaulins in the rainy season,"', speakers: TARI, direct: true },
      { s: '"The children are sick every week."', speakers: TARI, direct: true },
      { s: 'The Pacific Relief Network said in a statement', speakers: CARE },
      { s: '"Every day of delay means more families in the rain," the statement said.', speakers: CARE, direct: true },
      { s: 'Prime Minister John Kalsakau told parliament', speakers: ['John Kalsakau', 'Kalsakau'] },
      { s: 'said cases of pneumonia among young children', speakers: NALO },
      { s: '"We are running out of antibiotics," she said.', speakers: NALO, direct: true },
    ],
  },
];
