/**
 * Batch 62, written blind by claims22 and committed before the detector ran on it (to be fixed
 * against afterwards). Three stories: an AP-style wolf quota in Latvia (“…” quotes, a service
 * announced at the end, an inverted farmer whose quotation runs on into the next paragraph, a
 * foundation that cautioned and "It said in a statement", a ministry that plans to spend, hoping …,
 * an audit report that found, a hunter who insisted over two quoted sentences opening with
 * "Wolves", a minister who conceded and "He told reporters"); an NYT-style housing story from a ski
 * town in Hokkaido (''…'' quotes, Mr./Ms. surnames, an inverted shop manager, a mayor who insisted
 * and a quotation opening with "When", a developer that plans to build, hoping …, a partner that
 * said in a stock exchange filing, an instructor whose quotation runs on into the next paragraph,
 * an economist who cautioned, wondered aloud whether); a Wikinews-style electric moto-taxi rule in
 * Rwanda («…» quotes, a regulator said in a statement, a minister who wrote on X, an inverted rider
 * over two sentences, a federation that welcomed "but said" and "They called for", a start-up
 * that plans to build, hoping …, its chief executive and "She cautioned", a report that estimated,
 * the rider paraphrased).
 */
import type { NewsCase } from './news.cases';

export const NEWS_CASES_62: NewsCase[] = [
  {
    name: 'ap latvia wolf quota: a service announced at the end, an inverted farmer whose quotation runs into the next paragraph, a foundation cautioned and It said in a statement, a ministry plans to spend hoping, an audit report found, a hunter insisted over two quoted sentences, a minister conceded and He told reporters',
    text: `Latvia raises wolf quota after record sheep losses in the east

RIGA, Latvia (AP) — Latvia will allow hunters to kill up to 350 wolves this winter, nearly a third more than last year, after farmers in the east of the country lost a record number of sheep, the State Forest Service announced Friday.

“We lost 41 sheep in one night,” said Inese Kalniņa, who keeps a flock of about 200 near Rēzekne, close to the Russian border. “I went out in the morning and the whole field was red.

“The insurance paid for nine of them.”

The Latvian Fund for Nature cautioned that the country's wolf population, estimated at about 900 animals, could not sustain a larger cull. It said in a statement that farmers should instead be paid to put up electric fences.

The Environment Ministry plans to spend 2 million euros on fences next year, hoping to cut the losses by half. An audit report by the State Audit Office found in June that only a fifth of the money set aside for fences in 2024 had reached farmers.

Jānis Ozols, who chairs a hunters' club in Ludza, insisted that hunters could take 350 wolves without harming the population.

“Wolves are not rare in Latvia,” he said. “They are rare in Western Europe, and that is where the rules are written.”

The European Union lowered the wolf's protection status last year, allowing member states more room to manage their populations.

Environment Minister Rihards Bērziņš conceded that compensation had been paid too slowly. He told reporters in Riga that farmers would be able to apply online from January.

Kalniņa, 58, said she would keep her sheep in the barn at night until spring.`,
    claims: [
      { s: 'the State Forest Service announced Friday', speakers: ['State Forest Service'] },
      { s: '“We lost 41 sheep in one night,”', speakers: ['Inese Kalniņa'], direct: true },
      { s: '“I went out in the morning', speakers: ['Inese Kalniņa'], direct: true },
      { s: '“The insurance paid for nine of them.”', speakers: ['Inese Kalniņa'], direct: true },
      { s: 'The Latvian Fund for Nature cautioned', speakers: ['Latvian Fund for Nature'] },
      { s: 'It said in a statement that farmers', speakers: ['Latvian Fund for Nature'] },
      {
        s: 'An audit report by the State Audit Office found',
        speakers: ['State Audit Office', 'audit report', 'report'],
      },
      { s: 'Jānis Ozols, who chairs a hunters', speakers: ['Jānis Ozols'] },
      { s: '“Wolves are not rare in Latvia,”', speakers: ['Jānis Ozols'], direct: true },
      { s: '“They are rare in Western Europe', speakers: ['Jānis Ozols'], direct: true },
      { s: 'Rihards Bērziņš conceded that compensation', speakers: ['Rihards Bērziņš'] },
      { s: 'He told reporters in Riga', speakers: ['Rihards Bērziņš'] },
      { s: 'said she would keep her sheep', speakers: ['Inese Kalniņa'] },
    ],
  },
  {
    name: "nyt-style hokkaido ski town housing: ''…'' quotes, Mr./Ms. surnames, an inverted shop manager, a mayor insisted and a quotation opening with When, a developer plans to build hoping, a partner said in a stock exchange filing, an instructor whose quotation runs into the next paragraph, an economist cautioned, wondered aloud whether",
    text: `In a Japanese Ski Town, the People Who Run the Lifts Can't Find a Bed

KUTCHAN, Japan — By early December, the powder snow that made this corner of Hokkaido famous draws skiers from Sydney, Hong Kong and Singapore. The people who rent them skis, drive their buses and teach their children have a harder time finding somewhere to sleep.

''We have more lift tickets than beds for the people who sell them,'' said Hiroshi Sato, who manages a ski rental shop near the gondola. ''Last winter, three of my staff slept in the shop.''

Rents for a one-room apartment in the town have nearly doubled since 2019, as foreign buyers have turned homes into holiday chalets.

The town's mayor, Emiko Tanabe, insisted that the shortage was temporary. ''When the new dormitories open, this problem will be behind us,'' Ms. Tanabe said in an interview at the town hall.

A Singapore-based developer, Summit Asia Properties, plans to build 400 apartments for seasonal workers near the railway station, hoping to open them before the 2028 season. Its Japanese partner, Hokuyo Estate, said in a filing with the Tokyo Stock Exchange that the project would cost 12 billion yen, or about $80 million.

Mika Yamada, a 26-year-old ski instructor from Osaka, has spent two winters in a shared house on the edge of town.

''Everybody wants the snow,'' she said. ''Nobody wants to pay for the people who work in it.

''I share a room with three other instructors. We take turns sleeping in the bed.''

Kenji Mori, an economist at Hokkaido University who studies tourism, cautioned that rents would keep rising as long as the yen stayed weak.

Mr. Sato, who grew up in Kutchan, wondered aloud whether the town would still have a ski school in ten years.`,
    claims: [
      { s: "''We have more lift tickets", speakers: ['Hiroshi Sato'], direct: true },
      { s: "''Last winter, three of my staff", speakers: ['Hiroshi Sato'], direct: true },
      { s: 'Emiko Tanabe, insisted that the shortage', speakers: ['Emiko Tanabe'] },
      { s: "''When the new dormitories open", speakers: ['Emiko Tanabe'], direct: true },
      {
        s: 'Hokuyo Estate, said in a filing with the Tokyo Stock Exchange',
        speakers: ['Hokuyo Estate'],
      },
      { s: "''Everybody wants the snow,'' she said.", speakers: ['Mika Yamada'], direct: true },
      { s: "''Nobody wants to pay for the people", speakers: ['Mika Yamada'], direct: true },
      { s: "''I share a room with three other instructors.", speakers: ['Mika Yamada'], direct: true },
      { s: "We take turns sleeping in the bed.''", speakers: ['Mika Yamada'], direct: true },
      { s: 'Kenji Mori, an economist at Hokkaido University', speakers: ['Kenji Mori'] },
      { s: 'wondered aloud whether the town', speakers: ['Hiroshi Sato'] },
    ],
  },
  {
    name: 'wikinews rwanda electric moto-taxis: «…» quotes, a regulator said in a statement, a minister wrote on X, an inverted rider over two sentences, a federation welcomed but said and They called for, a start-up plans to build hoping, its chief executive and She cautioned, a report estimated, the rider paraphrased',
    text: `Rwanda to stop registering petrol motorcycle taxis from 2027

Tuesday, September 15, 2026

Rwanda will stop registering new petrol-powered motorcycle taxis from January 2027, the Rwanda Utilities Regulatory Authority said in a statement on Monday. About 100,000 motorcycle taxis, known locally as motos, carry passengers in the country, most of them in Kigali.

Infrastructure Minister Jean de Dieu Habineza wrote on X that the rule would give riders cheaper fuel and the city cleaner air.

«I spend half of what I used to spend on fuel,» said Emmanuel Habimana, a moto rider in Kigali who switched to an electric motorcycle last year. «But when the battery station is closed, I lose a whole day.»

The Federation of Moto-Taxi Cooperatives welcomed the rule but said the government had not explained how riders would pay for new motorcycles. They called for loans at zero interest for riders who trade in a petrol bike.

Kigali start-up VoltMoto, which runs about 90 battery-swap stations, plans to build 200 more by the end of next year, hoping to reach every district of the country. Its chief executive, Aline Mukamana, said the company had swapped four million batteries since 2022. She cautioned that power cuts in some districts could leave riders stranded.

A 2025 report by the World Bank estimated that motorcycles produce about a third of the transport emissions in Kigali.

Habimana said most of the riders he knew could not afford a new motorcycle without help. Electric motorcycles sell for about 1.6 million Rwandan francs, roughly US$1,100, in Kigali.

The regulator said riders who already own petrol motorcycles may keep using them until 2030.`,
    claims: [
      {
        s: 'the Rwanda Utilities Regulatory Authority said in a statement',
        speakers: ['Rwanda Utilities Regulatory Authority'],
      },
      { s: 'Jean de Dieu Habineza wrote on X', speakers: ['Jean de Dieu Habineza'] },
      { s: '«I spend half of what I used to spend', speakers: ['Emmanuel Habimana'], direct: true },
      { s: '«But when the battery station is closed', speakers: ['Emmanuel Habimana'], direct: true },
      {
        s: 'The Federation of Moto-Taxi Cooperatives welcomed the rule',
        speakers: ['Federation of Moto-Taxi Cooperatives'],
      },
      { s: 'They called for loans at zero interest', speakers: ['Federation of Moto-Taxi Cooperatives'] },
      { s: 'Its chief executive, Aline Mukamana, said', speakers: ['Aline Mukamana'] },
      { s: 'She cautioned that power cuts', speakers: ['Aline Mukamana'] },
      { s: 'A 2025 report by the World Bank estimated', speakers: ['World Bank', 'report'] },
      { s: 'Habimana said most of the riders', speakers: ['Emmanuel Habimana'] },
      {
        s: 'The regulator said riders who already own',
        speakers: ['Rwanda Utilities Regulatory Authority', 'regulator'],
      },
    ],
  },
];
