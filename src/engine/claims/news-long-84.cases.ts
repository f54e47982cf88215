/**
 * Batch 84, written blind by claims32, committed before the detector ran on it, and kept as a
 * first-sight check (only its totals are ever printed; no row is fixed against it): five regional
 * stories from East Africa, Southeast Asia, Central America, the Nordic countries and the Caucasus
 * (issue #9). Zanzibar's seaweed farmers moving into deeper water ("farmers and researchers say"
 * closing the lead, a farmer with her age and a quotation over three sentences split by "she said",
 * "according to figures from" an industry group, researchers who "have linked", a programme head
 * who "said … but that" and "told AFP", a government that "has promised", a deputy minister,
 * farmers and an inverted neighbour, a bank "said in a statement"); a jeepney drivers' strike in
 * Manila ("transport groups and police said" closing the lead, a regulator with its acronym that
 * "has told operators", a drivers' leader who "told Reuters at a rally" after his quotation, a
 * chairman "said in a radio interview" and "He said", police, commuters and an inverted cleaner,
 * "According to a study by" a university centre, a senator and "she said in a statement", "The
 * transport department said"); a cyanobacteria bloom on Lake Atitlán (an authority described in the
 * lead and named with its acronym in the next sentence, fishermen who "blamed", an inverted
 * fisherman with two surnames, "according to a 2022 report by" a bank, a mayor with two given names
 * who "told reporters" and "she said", a minister with two surnames, a biologist who "warned that"
 * and "she said", hotel owners); Sámi reindeer herders against a wind farm in Lapland (herders
 * "saying" in the lead, "its chairman, X, said" closing a sentence, "told Yle", a developer "said in a
 * written response to the court", "Researchers disagree", a study that "found that", an inverted
 * researcher and "She said", a parliament that "backed" the herders and its president "In a
 * statement", a municipality in apposition with a relative clause); and Lake Sevan's falling level
 * in Armenia (a ministry closing the lead and "said in a statement", a deputy minister over two
 * quotations who "told journalists", environmental groups and an inverted activist "of" a civic
 * group, farmers and an apricot grower with "he said", "According to the Academy of Sciences'
 * Institute of Hydroecology", a spokeswoman, an opposition bloc that "called for").
 *
 * As in batches 72–83, a description of a named body counts only resolved; a body without a name
 * of its own ("farmers and researchers", "Commuters", "Environmental groups") keeps its own words.
 *
 * At first sight (claims F1 / speaker / direct; totals only, its errors never printed): 0.992
 * (60/60/61) / 0.967 / 1.000, meeting the ordinary floors.
 */
import type { NewsCase } from './news.cases';

const JUMA = ['Mwanaisha Juma', 'Juma'];
const MZEE = ['Hassan Mzee', 'Mzee'];
const REHEMA = ['Rehema Ali', 'Ali'];
const VILLALUZ = ['Ramon Villaluz', 'Villaluz'];
const DIMACULANGAN = ['Arturo Dimaculangan', 'Dimaculangan'];
const DIZON = ['Corazon Dizon', 'Dizon'];
const AMSCLAE = [
  'Authority for the Sustainable Management of the Lake Atitlán Basin',
  'AMSCLAE',
  'the authority that manages the lake',
  'authority',
];
const SICAN = ['Marta Julia Sicán', 'Sicán', 'Julia Sicán'];
const COTI = ['Ana Lucía Cotí', 'Cotí', 'Lucía Cotí'];
const AIKIO = ['Jouni Aikio-Hetta', 'Aikio-Hetta'];
const KUMPULA = ['Liisa Kumpula', 'Kumpula'];
const ENV_MINISTRY = ['Environment Ministry', "Armenia's Environment Ministry"];
const HARUTYUNYAN = ['Gayane Harutyunyan', 'Harutyunyan'];
const SARGSYAN = ['Levon Sargsyan', 'Sargsyan'];
const PETROSYAN = ['Aram Petrosyan', 'Petrosyan'];

export const NEWS_CASES_84: NewsCase[] = [
  {
    name: 'Zanzibar seaweed farmers: farmers and researchers say closing the lead, a farmer over three quoted sentences, according to figures from an industry group, researchers have linked, a programme head told AFP, a deputy minister, an inverted neighbour, a bank said in a statement',
    text: `Warming seas drive Zanzibar's seaweed farmers into deeper water

PAJE, Tanzania — Seaweed farmers on Zanzibar's east coast are moving their plots into deeper water as rising sea temperatures kill the crop in the shallows, farmers and researchers say.

Mwanaisha Juma, 47, has farmed seaweed off Paje beach for two decades. "When I started, we planted in water up to our knees. Now the plants die there in a week," she said, standing beside racks of drying seaweed. "So we go out further, where we need boats, and most of us cannot swim."

Production of the spiny variety most in demand abroad has fallen by more than half since 2015, according to figures from the Zanzibar Seaweed Cluster Initiative, an industry group.

Researchers at the Institute of Marine Sciences in Stone Town have linked the die-offs to water temperatures that now regularly pass 31 degrees Celsius in the shallow lagoons. Dr. Hassan Mzee, who leads the institute's seaweed programme, said farmers could switch to a strain that tolerates heat but that it fetched a lower price.

"It is not a solution, it is a way to survive for some years," Mzee told AFP.

The Zanzibar government has promised to supply 500 farmers with boats and life jackets under a programme funded by the World Bank. Shaame Khamis, a deputy minister for the blue economy, said the first boats would arrive in January.

Farmers in Paje said they had heard such promises before. "They came with cameras last year too," said Juma's neighbour, Rehema Ali. "We are still waiting."

The World Bank said in a statement that the programme had been approved in September and that buying the boats was under way.`,
    claims: [
      { s: 'kill the crop in the shallows, farmers and researchers say', speakers: ['farmers and researchers'] },
      { s: '"When I started, we planted in water up to our knees.', speakers: JUMA, direct: true },
      { s: 'Now the plants die there in a week," she said', speakers: JUMA, direct: true },
      { s: '"So we go out further, where we need boats', speakers: JUMA, direct: true },
      {
        s: 'Production of the spiny variety most in demand abroad',
        speakers: ['Zanzibar Seaweed Cluster Initiative', 'figures from the Zanzibar Seaweed Cluster Initiative'],
      },
      {
        s: 'Researchers at the Institute of Marine Sciences in Stone Town have linked',
        speakers: [
          'Researchers at the Institute of Marine Sciences in Stone Town',
          'Researchers',
          'Institute of Marine Sciences',
        ],
        optional: true,
      },
      { s: 'said farmers could switch to a strain', speakers: MZEE },
      { s: '"It is not a solution, it is a way to survive', speakers: MZEE, direct: true },
      {
        s: 'The Zanzibar government has promised to supply 500 farmers',
        speakers: ['Zanzibar government', 'Zanzibar'],
        optional: true,
      },
      { s: 'said the first boats would arrive in January', speakers: ['Shaame Khamis', 'Khamis'] },
      { s: 'Farmers in Paje said they had heard such promises before.', speakers: ['Farmers in Paje', 'Farmers'] },
      { s: '"They came with cameras last year too," said', speakers: REHEMA, direct: true },
      { s: '"We are still waiting."', speakers: REHEMA, direct: true },
      { s: 'The World Bank said in a statement', speakers: ['World Bank'] },
    ],
  },
  {
    name: 'Manila jeepney strike: transport groups and police said closing the lead, a regulator with its acronym has told operators, told Reuters at a rally after a quotation, said in a radio interview and He said, police, commuters and an inverted cleaner, according to a study by a university centre, a senator and she said in a statement, the transport department',
    text: `Manila jeepney drivers strike as deadline to modernise nears

MANILA, Dec 2 (Reuters) - Thousands of jeepney drivers in the Philippine capital stopped work on Monday in protest against a government deadline to replace the ageing vehicles, leaving commuters stranded across Metro Manila, transport groups and police said.

The Land Transportation Franchising and Regulatory Board (LTFRB) has told operators they must join cooperatives and buy modern minibuses, which cost about 2.5 million pesos ($43,000) each, by the end of January or lose their franchises.

"We are not against modern vehicles. We are against debt we can never pay," Ramon Villaluz, president of the drivers' group Piston Bayan, told Reuters at a rally in Quezon City.

The regulator's chairman, Arturo Dimaculangan, said in a radio interview that the deadline would not be moved. He said more than 80% of franchise holders had already joined cooperatives.

Police said about 3,000 drivers took part in rallies across the capital and that no one had been arrested.

Commuters said they had waited hours for rides. "I left home at five and I'm still not at work," said Liza Manalo, a hospital cleaner, at a bus stop in Cubao.

According to a study by the University of the Philippines' National Center for Transportation Studies, jeepneys carry about 40% of commuters in Metro Manila.

Senator Corazon Dizon said she would file a resolution asking the government to suspend the deadline and widen loans for drivers. "The plan punishes the smallest operators for the failures of the whole system," she said in a statement.

The transport department said it would offer subsidies of up to 280,000 pesos per vehicle.`,
    claims: [
      {
        s: 'leaving commuters stranded across Metro Manila, transport groups and police said',
        speakers: ['transport groups and police', 'transport groups', 'police'],
      },
      {
        s: 'has told operators they must join cooperatives',
        speakers: ['Land Transportation Franchising and Regulatory Board', 'LTFRB'],
      },
      { s: '"We are not against modern vehicles.', speakers: VILLALUZ, direct: true },
      { s: 'We are against debt we can never pay,"', speakers: VILLALUZ, direct: true },
      { s: 'said in a radio interview that the deadline', speakers: DIMACULANGAN },
      { s: 'He said more than 80% of franchise holders', speakers: DIMACULANGAN },
      { s: 'Police said about 3,000 drivers', speakers: ['Police'] },
      { s: 'Commuters said they had waited hours', speakers: ['Commuters'] },
      { s: '"I left home at five', speakers: ['Liza Manalo', 'Manalo'], direct: true },
      {
        s: 'jeepneys carry about 40% of commuters',
        speakers: [
          "a study by the University of the Philippines' National Center for Transportation Studies",
          'study',
          'National Center for Transportation Studies',
          'University of the Philippines',
        ],
      },
      { s: 'Senator Corazon Dizon said she would file', speakers: DIZON },
      { s: '"The plan punishes the smallest operators', speakers: DIZON, direct: true },
      { s: 'The transport department said it would offer', speakers: ['transport department'] },
    ],
  },
  {
    name: 'Lake Atitlán algae bloom: an authority described in the lead and named with its acronym next, fishermen blamed, an inverted fisherman with two surnames, according to a report by a bank, a mayor with two given names, a minister with two surnames, a biologist warned that, hotel owners',
    text: `Algae bloom turns Lake Atitlán green again, and fishermen blame sewage

PANAJACHEL, Guatemala — A bloom of cyanobacteria has covered about a fifth of Lake Atitlán in western Guatemala, the authority that manages the lake reported on Thursday, the largest since an outbreak in 2009 that kept tourists away for months.

The Authority for the Sustainable Management of the Lake Atitlán Basin (AMSCLAE) said samples taken this week showed high levels of the bacteria near Panajachel and San Pedro La Laguna, and urged residents not to drink or swim in the water.

Fishermen in San Pedro blamed untreated sewage from the towns around the lake. "Every town sends its waste into the lake, and then they ask us why the fish are dying," said Tomás Ixcoy Chavajay, who has fished the lake for thirty years.

Only two of the 15 municipalities around the lake have working treatment plants, according to a 2022 report by the Inter-American Development Bank.

The mayor of Panajachel, Marta Julia Sicán, told reporters the town had closed three public beaches and would test the water daily. "We cannot pretend this is not happening. Tourism is our only income," she said.

Environment Minister Álvaro Recinos Paz said the government would ask Congress for emergency funds to build treatment plants, but gave no figure.

Biologist Ana Lucía Cotí of the Universidad del Valle warned that the bloom could last until the rainy season ends. "Warm water and nutrients are exactly what these bacteria want," she said. "We have given them both."

Hotel owners in Panajachel said cancellations had begun within a day of the first reports.`,
    claims: [
      { s: 'the authority that manages the lake reported on Thursday', speakers: AMSCLAE },
      { s: 'said samples taken this week showed high levels', speakers: AMSCLAE },
      { s: 'Fishermen in San Pedro blamed untreated sewage', speakers: ['Fishermen in San Pedro', 'Fishermen'] },
      {
        s: '"Every town sends its waste into the lake',
        speakers: ['Tomás Ixcoy Chavajay', 'Ixcoy Chavajay', 'Tomás Ixcoy', 'Ixcoy'],
        direct: true,
      },
      {
        s: 'Only two of the 15 municipalities around the lake',
        speakers: ['a 2022 report by the Inter-American Development Bank', 'Inter-American Development Bank', 'report'],
      },
      { s: 'Marta Julia Sicán, told reporters the town had closed', speakers: SICAN },
      { s: '"We cannot pretend this is not happening.', speakers: SICAN, direct: true },
      { s: 'Tourism is our only income," she said.', speakers: SICAN, direct: true },
      {
        s: 'Álvaro Recinos Paz said the government would ask Congress',
        speakers: ['Álvaro Recinos Paz', 'Recinos Paz', 'Recinos', 'Álvaro Recinos'],
      },
      { s: 'warned that the bloom could last', speakers: COTI },
      { s: '"Warm water and nutrients are exactly', speakers: COTI, direct: true },
      { s: '"We have given them both."', speakers: COTI, direct: true },
      {
        s: 'Hotel owners in Panajachel said cancellations',
        speakers: ['Hotel owners in Panajachel', 'Hotel owners'],
      },
    ],
  },
  {
    name: "Sámi herders against a wind farm: herders saying in the lead, its chairman X said closing a sentence, told Yle, a developer said in a written response, Researchers disagree, a study found that, an inverted researcher and She said, a parliament's president in a statement, a municipality with a relative clause",
    text: `Sámi reindeer herders take wind farm fight to Finland's top court

Reindeer herders in Finnish Lapland have asked the Supreme Administrative Court to overturn a permit for a 40-turbine wind farm, saying it would cut their animals off from their winter grazing grounds.

The Paistunturi herding cooperative filed the appeal on Friday, its chairman, Jouni Aikio-Hetta, said.

"The wind farm would sit in the middle of the route our reindeer have used for generations," Aikio-Hetta told Yle. "Once the roads are built, the animals will not cross them."

The developer, Tuulivoima Pohjola Oy, said in a written response to the court that its studies showed reindeer would get used to the turbines within a few years.

Researchers disagree. A 2023 study by the Natural Resources Institute Finland found that reindeer avoided areas within two to three kilometres of turbines during construction and in the first years of operation.

"The evidence from Norway and Sweden is quite consistent," said Liisa Kumpula, a researcher at the institute who worked on the study. She said the animals kept away most in winter, when grazing is scarcest.

The Sámi Parliament backed the herders. In a statement, its president, Elle-Máret Guttorm, said the permit had been granted without the free, prior and informed consent of the Sámi people.

The municipality of Inari, which approved the zoning plan in 2022, said it had followed the law and held public hearings.

The court is expected to rule next year.`,
    claims: [
      {
        s: 'saying it would cut their animals off',
        speakers: ['Reindeer herders in Finnish Lapland', 'Reindeer herders'],
      },
      { s: 'The Paistunturi herding cooperative filed the appeal on Friday', speakers: AIKIO },
      { s: '"The wind farm would sit in the middle', speakers: AIKIO, direct: true },
      { s: '"Once the roads are built', speakers: AIKIO, direct: true },
      { s: 'said in a written response to the court', speakers: ['Tuulivoima Pohjola Oy', 'Tuulivoima Pohjola'] },
      { s: 'Researchers disagree.', speakers: ['Researchers'], optional: true },
      {
        s: 'found that reindeer avoided areas',
        speakers: [
          'A 2023 study by the Natural Resources Institute Finland',
          'Natural Resources Institute Finland',
          'study',
        ],
      },
      { s: '"The evidence from Norway and Sweden is quite consistent,"', speakers: KUMPULA, direct: true },
      { s: 'She said the animals kept away most in winter', speakers: KUMPULA },
      { s: 'The Sámi Parliament backed the herders.', speakers: ['Sámi Parliament'], optional: true },
      {
        s: 'said the permit had been granted without the free',
        speakers: ['Elle-Máret Guttorm', 'Guttorm', 'Sámi Parliament'],
      },
      { s: 'said it had followed the law and held public hearings', speakers: ['Inari', 'municipality of Inari'] },
    ],
  },
  {
    name: "Lake Sevan's level in Armenia: a ministry closing the lead and said in a statement, a deputy minister over two quotations who told journalists, environmental groups and an inverted activist of a civic group, farmers and an apricot grower, according to an academy's institute, a spokeswoman, an opposition bloc called for",
    text: `Armenia's Lake Sevan falls again as farmers draw more water

YEREVAN — The level of Lake Sevan, Armenia's largest body of fresh water, has fallen by 18 centimetres since May, the Environment Ministry said on Tuesday, reversing two years of slow recovery.

The ministry said in a statement that the drop was caused by a dry summer and by releases of water for irrigation in the Ararat valley, which the government approved in June after farmers protested over failing crops.

"We made a difficult choice between the lake and the harvest," Deputy Environment Minister Gayane Harutyunyan told journalists. "This year, the harvest won."

Environmental groups said the releases broke a law that caps how much water can be taken from the lake. "The law exists precisely for dry years. Otherwise it is just paper," said Levon Sargsyan of the Armenian Environmental Front, a civic group.

Farmers in the Ararat valley said they had no other source of water after the Arax river ran low. Aram Petrosyan, who grows apricots near Armavir, said he had lost half his crop in 2022 when the releases were cut. "Without Sevan water, there are no apricots," he said.

According to the Academy of Sciences' Institute of Hydroecology, the lake's level needs to rise by about three metres to stop the algae blooms that have spread across its shallower bays since 2018.

A government spokeswoman, Lilit Avetisyan, said a new water strategy would be presented to parliament by March.

The opposition bloc in parliament called for the deputy minister's resignation.`,
    claims: [
      { s: 'the Environment Ministry said on Tuesday, reversing', speakers: ENV_MINISTRY },
      { s: 'The ministry said in a statement that the drop was caused', speakers: ENV_MINISTRY },
      { s: '"We made a difficult choice between the lake and the harvest,"', speakers: HARUTYUNYAN, direct: true },
      { s: '"This year, the harvest won."', speakers: HARUTYUNYAN, direct: true },
      { s: 'Environmental groups said the releases broke a law', speakers: ['Environmental groups'] },
      { s: '"The law exists precisely for dry years.', speakers: SARGSYAN, direct: true },
      { s: 'Otherwise it is just paper," said Levon Sargsyan', speakers: SARGSYAN, direct: true },
      {
        s: 'Farmers in the Ararat valley said they had no other source',
        speakers: ['Farmers in the Ararat valley', 'Farmers'],
      },
      { s: 'said he had lost half his crop in 2022', speakers: PETROSYAN },
      { s: '"Without Sevan water, there are no apricots," he said.', speakers: PETROSYAN, direct: true },
      {
        s: "the lake's level needs to rise by about three metres",
        speakers: [
          "Academy of Sciences' Institute of Hydroecology",
          'Institute of Hydroecology',
          'Academy of Sciences',
        ],
      },
      { s: 'Lilit Avetisyan, said a new water strategy', speakers: ['Lilit Avetisyan', 'Avetisyan'] },
      {
        s: "called for the deputy minister's resignation",
        speakers: ['The opposition bloc in parliament', 'opposition bloc in parliament', 'opposition bloc'],
      },
    ],
  },
];
