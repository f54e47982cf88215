/**
 * Batch 66, written blind by claims23 and committed before the detector ran on it, and kept as a
 * first-sight check: no row is fixed against it (only its totals are ever printed). Three stories:
 * a Reuters foot-and-mouth export halt in Botswana (straight quotes, a department said at the end,
 * "said in a release" and "It said", a commission "understood to have", an unnamed abattoir
 * manager over two quoted sentences, a minister with a rare given name and "She told farmers" after
 * a second person of unknown gender is named, a quotation split around "she said", a union that
 * "rejected claims that" and its chairman, according to people familiar); an Etna ash story from
 * Catania (straight quotes, a byline above the dateline, an operator that said in a statement and
 * "It said", an institute, an operations director with a quotation after "said", hotel owners whose
 * filing argues, a regional president who "rejected claims that" and a tag between subject and
 * verb, a hotel owner and "she said" after her accountant, a man, is named, with a nested ‘…’ order,
 * an airline "understood to be considering" that declined to comment, volcanologists say); a Belize
 * court ruling on a cruise pier ("the judgment said" after a whole quotation, an association that
 * welcomed and "It said in a statement", a company with a quoted phrase, a lawyer who argued, a
 * union that backed and its president over two quoted sentences, "Police said in a release",
 * fishermen say, an inverted fisherman, a minister with a rare given name and "she told reporters"
 * after her permanent secretary, a man, is named, a government "understood to be drafting", an
 * office that denied that).
 */
import type { NewsCase } from './news.cases';

export const NEWS_CASES_66: NewsCase[] = [
  {
    name: 'reuters botswana foot-and-mouth: a department said and It said, understood to have, an unnamed abattoir manager, She told farmers after a second person is named, a split quotation, a union rejected claims that, according to people familiar',
    text: `Botswana halts beef exports to Europe after foot-and-mouth outbreak

GABORONE, Aug 4 (Reuters) - Botswana has suspended beef exports to the European Union after foot-and-mouth disease was found in cattle near the northern town of Maun, the Department of Veterinary Services said on Monday.

The department said in a release that about 3,000 cattle within 10 kilometres of the affected farm would be vaccinated this week. It said no infected meat had left the country.

The outbreak is a blow to the state-owned Botswana Meat Commission, which sells about a third of its beef to Europe. The commission is understood to have about 4,000 tonnes of frozen beef in cold stores that it can no longer ship.

"We had a buyer in the Netherlands waiting for 40 containers," said a manager at the commission's abattoir in Lobatse, who asked not to be named. "Now those containers are going nowhere."

Agriculture Minister Boitumelo Sekgoma visited Maun on Sunday with the head of the veterinary department, Kagiso Molefhe. She told farmers there that the government would pay for every animal that had to be destroyed.

"Nobody will be left alone with this," she said, "not the big ranches and not the man with ten cows."

The Botswana Farmers' Union rejected claims that farmers had moved cattle through the border fences illegally. "Our members did not cut those fences," its chairman, Thato Ramokate, said. "Elephants did."

According to people familiar with the investigation, the virus was probably carried by buffalo that crossed from the Okavango Delta.

Beef is Botswana's second-largest export earner after diamonds.`,
    claims: [
      {
        s: 'the Department of Veterinary Services said on Monday',
        speakers: ['Department of Veterinary Services'],
      },
      {
        s: 'The department said in a release',
        speakers: ['Department of Veterinary Services', 'department'],
      },
      { s: 'It said no infected meat', speakers: ['Department of Veterinary Services', 'department'] },
      { s: 'The commission is understood to have', speakers: [] },
      {
        s: '"We had a buyer in the Netherlands',
        speakers: [
          "a manager at the commission's abattoir in Lobatse",
          "manager at the commission's abattoir in Lobatse",
          'manager',
        ],
        direct: true,
      },
      {
        s: '"Now those containers are going nowhere."',
        speakers: [
          "a manager at the commission's abattoir in Lobatse",
          "manager at the commission's abattoir in Lobatse",
          'manager',
        ],
        direct: true,
      },
      { s: 'She told farmers there', speakers: ['Boitumelo Sekgoma'] },
      { s: '"Nobody will be left alone with this,"', speakers: ['Boitumelo Sekgoma'], direct: true },
      { s: "The Botswana Farmers' Union rejected claims", speakers: ["Botswana Farmers' Union"] },
      { s: '"Our members did not cut those fences,"', speakers: ['Thato Ramokate'], direct: true },
      { s: '"Elephants did."', speakers: ['Thato Ramokate'], direct: true },
      {
        s: 'According to people familiar with the investigation',
        speakers: ['people familiar with the investigation', 'people familiar'],
      },
    ],
  },
  {
    name: 'etna ash catania airport: a byline, an operator said in a statement and It said, an institute, an operations director, hotel owners whose filing argues, a president rejected claims that and a tag inside, she said after her accountant is named with a nested order, understood to be considering, declined to comment, volcanologists say',
    text: `Etna ash closes Catania airport again as hotels count the cost

By Giulia Ferrante

CATANIA, Sicily — Catania's airport closed for the fourth time this summer on Tuesday as a cloud of ash from Mount Etna drifted over the runway, stranding about 9,000 passengers at the height of the tourist season.

The airport's operator, Aeroporti Etnei, said in a statement that flights would resume "as soon as the wind allows". It said 140 flights had been cancelled.

The National Institute of Geophysics and Volcanology said the eruption, which began on Sunday night, was still producing lava fountains up to 500 metres high.

"Etna does not read our timetables," said Concetta Rapisarda, the operator's director of operations. "But the passengers do, and they are angry."

A group of hotel owners in Taormina has asked a court in Catania to order the regional government to pay them for cancelled bookings. Their filing argues that the region failed to build the ash-detection radar it promised in 2021.

The region's president, Rosario Lanza, rejected claims that the radar project had been abandoned. Its delay, he said, was "the fault of a supplier, not of Sicily."

Agata Finocchiaro, who owns a 20-room hotel in Taormina, said she had refunded 60 guests since July. Her accountant, Salvatore Greco, went through the bookings with her last week.

"He said to me, 'Agata, you are paying to keep the lights on,'" she said. "He was right."

The largest airline at the airport is understood to be considering moving some flights to Palermo for the rest of August. It declined to comment.

Volcanologists say Etna's eruptions have become more frequent since 2020, though none this year has lasted more than a few days.`,
    claims: [
      { s: "The airport's operator, Aeroporti Etnei, said in a statement", speakers: ['Aeroporti Etnei'] },
      { s: 'It said 140 flights had been cancelled.', speakers: ['Aeroporti Etnei'] },
      {
        s: 'The National Institute of Geophysics and Volcanology said',
        speakers: ['National Institute of Geophysics and Volcanology'],
      },
      { s: '"Etna does not read our timetables,"', speakers: ['Concetta Rapisarda'], direct: true },
      { s: '"But the passengers do', speakers: ['Concetta Rapisarda'], direct: true },
      {
        s: 'has asked a court in Catania to order',
        speakers: ['group of hotel owners in Taormina', 'hotel owners in Taormina', 'hotel owners'],
        optional: true,
      },
      {
        s: 'Their filing argues that the region',
        speakers: [
          'filing',
          'Their filing',
          'group of hotel owners in Taormina',
          'hotel owners in Taormina',
          'hotel owners',
        ],
      },
      { s: 'Rosario Lanza, rejected claims', speakers: ['Rosario Lanza'] },
      { s: 'Its delay, he said, was', speakers: ['Rosario Lanza'] },
      { s: 'Agata Finocchiaro, who owns a 20-room hotel', speakers: ['Agata Finocchiaro'] },
      { s: `"He said to me, 'Agata`, speakers: ['Agata Finocchiaro'], direct: true },
      { s: '"He was right."', speakers: ['Agata Finocchiaro'], direct: true },
      { s: 'is understood to be considering moving', speakers: [] },
      { s: 'It declined to comment.', speakers: [], optional: true },
      { s: "Volcanologists say Etna's eruptions", speakers: ['Volcanologists'] },
    ],
  },
  {
    name: 'belize cruise pier ruling: the judgment said after a quotation, an association welcomed and It said in a statement, a company with a quoted phrase, a lawyer argued, a union backed and its president, police said in a release, fishermen say, an inverted fisherman, she told reporters after her permanent secretary is named, understood to be drafting, an office denied that',
    text: `Belize court quashes cruise pier permit over reef damage

BELIZE CITY — Belize's Supreme Court on Friday quashed the permit for a cruise ship pier near Belize City, ruling that officials had not properly weighed the harm to the barrier reef.

"The assessment treated the reef as scenery rather than as a living system," the judgment said. Justice Marisol Cal sent the permit back to the Department of the Environment.

The Belize Tourism Industry Association welcomed the decision. It said in a statement that the reef brought far more visitors to the country than cruise ships did.

Cayo Cruise Terminals, the company behind the pier, said it was "studying the judgment carefully" and had not decided whether to appeal. Its lawyer, Ignatius Flowers, argued in court last month that the pier would create 1,500 jobs.

The Christian Workers' Union, which represents dock and hotel staff, backed the pier. "Our members need the work," the union's president, Yolanda Usher, said. "A reef does not pay school fees."

Police said in a release that about 50 protesters had blocked the road to the port for two hours on Thursday and left peacefully.

Fishermen from Caye Caulker say dredging for the pier's channel has already clouded the water over their lobster grounds.

"Before the dredgers came, you could see the bottom at six metres," said Emilio Cucul, who has fished there for 30 years. "Now you cannot see your own hand."

The environment minister, Ixchel Tzib, said on Saturday that the department would not rush the new review. Her permanent secretary, Gilroy Arnold, will lead it.

"We will take the time the reef needs," she told reporters.

The government is understood to be drafting a law that would set a deadline for such reviews. The office of the prime minister denied that it had pressed the department to approve the pier.`,
    claims: [
      {
        s: '"The assessment treated the reef as scenery',
        speakers: ['judgment', 'the judgment', 'Supreme Court', "Belize's Supreme Court", 'Marisol Cal'],
        direct: true,
      },
      { s: 'The Belize Tourism Industry Association welcomed', speakers: ['Belize Tourism Industry Association'] },
      { s: 'It said in a statement that the reef', speakers: ['Belize Tourism Industry Association'] },
      { s: 'Cayo Cruise Terminals, the company behind the pier, said', speakers: ['Cayo Cruise Terminals'] },
      { s: 'Ignatius Flowers, argued in court', speakers: ['Ignatius Flowers'] },
      {
        s: "The Christian Workers' Union, which represents dock and hotel staff, backed",
        speakers: ["Christian Workers' Union"],
        optional: true,
      },
      { s: '"Our members need the work,"', speakers: ['Yolanda Usher'], direct: true },
      { s: '"A reef does not pay school fees."', speakers: ['Yolanda Usher'], direct: true },
      { s: 'Police said in a release that about 50 protesters', speakers: ['Police', 'police'] },
      {
        s: 'Fishermen from Caye Caulker say',
        speakers: ['Fishermen from Caye Caulker', 'Fishermen'],
      },
      { s: '"Before the dredgers came', speakers: ['Emilio Cucul'], direct: true },
      { s: '"Now you cannot see your own hand."', speakers: ['Emilio Cucul'], direct: true },
      { s: 'Ixchel Tzib, said on Saturday', speakers: ['Ixchel Tzib'] },
      { s: '"We will take the time the reef needs,"', speakers: ['Ixchel Tzib'], direct: true },
      { s: 'The government is understood to be drafting', speakers: [] },
      {
        s: 'The office of the prime minister denied that',
        speakers: ['office of the prime minister', "prime minister's office", 'office'],
      },
    ],
  },
];
