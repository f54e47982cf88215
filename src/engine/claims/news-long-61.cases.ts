/**
 * Batch 61, written blind by claims22 and committed before the detector ran on it (to be fixed
 * against afterwards). Three stories: a Guardian-style story of burnt cork forests in Sardinia (‘…’
 * quotes with curly apostrophes inside, according to a farmers' union, an inverted grower whose
 * quotation runs on into the next paragraph and opens with "On the morning of", a councillor who
 * reaffirmed that, an agency that plans to replant, hoping …, a report that found and "It said in a
 * statement", a volunteer who conceded and a quotation paragraph of his own, "he said" after a
 * woman is named, wondered aloud whether); a CBC-style court petition in Yukon (straight quotes, a
 * First Nation that alleges in a petition, "the filing says", a chief who wrote on X with a quoted
 * fragment and told CBC News over three sentences, a company that insisted and "in its response …
 * argues", an association that cautioned and "They say", a government that would not comment, a
 * miner and "he said"); a Reuters olive oil story from Tunisia (straight quotes, an office said at
 * the end, a central bank that warned in a report, exporters say and "They are urging", a miller
 * with a quoted word and a quotation of three sentences, a government planning to build, hoping …,
 * a minister who reaffirmed that and "she told parliament" after a man is named, an economist who
 * wondered aloud whether).
 */
import type { NewsCase } from './news.cases';

export const NEWS_CASES_61: NewsCase[] = [
  {
    name: 'guardian sardinia cork fires: ‘…’ quotes, according to a union, an inverted grower whose quotation runs into the next paragraph, a councillor reaffirmed that, an agency plans to replant hoping, a report found and It said in a statement, a volunteer conceded and a paragraph of his own, he said after a woman, wondered aloud whether',
    text: `Sardinia’s cork growers count the cost of a summer of fire

Regional government promises money for replanting, but growers fear a decade without a harvest

Wildfires that burned through 9,000 hectares of cork oak forest in the Gallura hills in August have cost growers at least €40m, according to Coldiretti Sardegna, the island’s largest farmers’ union.

A cork oak can be stripped only once every nine to twelve years, and trees whose bark has burned through may never yield again.

‘We lost three generations of work in one afternoon,’ said Giovanni Pinna, whose family has stripped cork near Calangianu since the 1930s. ‘My grandfather planted most of those trees.

‘On the morning of the fire the wind was blowing at 80km an hour. Nobody could have stopped it.’

The region’s agriculture councillor, Francesca Murgia, reaffirmed that an emergency fund of €25m would pay growers before Christmas. She told reporters in Cagliari that the fund had been doubled after pressure from mayors in the north of the island.

Pinna was not convinced. ‘They promised the same thing after the fires of 2021,’ he said.

The regional forestry agency, Forestas, plans to replant 2,000 hectares next spring, hoping the young oaks will hold the soil before the autumn rains. A report by the agency published on Monday found that two-thirds of this summer’s fires had been started deliberately, most of them to clear land for grazing. It said in a statement that it would also pay for firebreaks along the main roads.

Stefano Deiana, who led a crew of volunteer firefighters near Luras, conceded that the response on the first night had been slow. ‘We had two water planes for the whole island,’ he said.

‘That was not enough, and everybody in Rome knew it.’

Pinna, who is 64, wondered aloud whether his son would still want the land.`,
    claims: [
      { s: 'according to Coldiretti Sardegna', speakers: ['Coldiretti Sardegna'] },
      { s: '‘We lost three generations of work', speakers: ['Giovanni Pinna'], direct: true },
      { s: '‘My grandfather planted most of those trees.', speakers: ['Giovanni Pinna'], direct: true },
      { s: '‘On the morning of the fire', speakers: ['Giovanni Pinna'], direct: true },
      { s: 'Nobody could have stopped it.’', speakers: ['Giovanni Pinna'], direct: true },
      { s: 'Francesca Murgia, reaffirmed that', speakers: ['Francesca Murgia'] },
      { s: 'She told reporters in Cagliari', speakers: ['Francesca Murgia'] },
      { s: '‘They promised the same thing', speakers: ['Giovanni Pinna'], direct: true },
      {
        s: 'A report by the agency published on Monday found',
        speakers: ['report', 'report by the agency', 'A report by the agency', 'Forestas'],
      },
      { s: 'It said in a statement that it would also pay', speakers: ['Forestas'] },
      { s: 'Stefano Deiana, who led a crew', speakers: ['Stefano Deiana'] },
      { s: '‘We had two water planes', speakers: ['Stefano Deiana'], direct: true },
      { s: '‘That was not enough', speakers: ['Stefano Deiana'], direct: true },
      { s: 'wondered aloud whether his son', speakers: ['Giovanni Pinna'] },
    ],
  },
  {
    name: 'cbc yukon placer mine petition: a First Nation alleges in a petition, the filing says, a chief wrote on X with a quoted fragment and told CBC News over three sentences, a company insisted and in its response argues, an association cautioned and They say, a government would not comment, a miner and he said',
    text: `First Nation asks court to cancel water licence for Indian River placer mine

A Yukon First Nation has gone to court to overturn a water licence granted to a placer gold mine in the Indian River valley, south of Dawson City.

In a petition filed Tuesday in the Supreme Court of Yukon, the Tsé Kwäy First Nation alleges that the Yukon Water Board approved the licence without considering its evidence on salmon spawning grounds. The filing says the mine's settling ponds sit less than 30 metres from a creek where chinook salmon spawn in late summer.

Chief Roberta Sam wrote on X on Wednesday that her nation had been left with "no other choice."

"We're not against mining. My own father worked the creeks for 20 years," Sam told CBC News. "But the salmon were here before the gold rush, and they'll still be here after it if we let them."

The mine's owner, Goldbottom Placer Ltd., insisted it had met every condition of its licence. In its response to the petition, the company argues that the creek was already disturbed by more than a century of mining.

The Klondike Placer Miners' Association cautioned that a ruling against the licence could put dozens of small family operations in doubt. They say the water board's process is already among the strictest in Canada.

The Yukon government said it would not comment on a matter before the courts.

Tomas Lindqvist, who mines a claim two valleys over, said about 200 seasonal jobs in the Dawson area depend on placer mining.

"Every summer there's a new fight, and every summer fewer young people stay," he said. "I can't blame them."

None of the allegations has been tested in court. A hearing is scheduled for Jan. 14 in Whitehorse.`,
    claims: [
      {
        s: 'the Tsé Kwäy First Nation alleges that',
        speakers: ['Tsé Kwäy First Nation', 'First Nation'],
      },
      { s: "The filing says the mine's settling ponds", speakers: ['filing', 'The filing', 'petition'] },
      { s: 'Chief Roberta Sam wrote on X', speakers: ['Roberta Sam'] },
      { s: '"We\'re not against mining.', speakers: ['Roberta Sam'], direct: true },
      { s: 'My own father worked the creeks', speakers: ['Roberta Sam'], direct: true },
      { s: '"But the salmon were here', speakers: ['Roberta Sam'], direct: true },
      { s: 'Goldbottom Placer Ltd., insisted it had met', speakers: ['Goldbottom Placer Ltd.', 'Goldbottom Placer'] },
      {
        s: 'In its response to the petition, the company argues',
        speakers: ['Goldbottom Placer Ltd.', 'Goldbottom Placer', 'company'],
      },
      {
        s: "The Klondike Placer Miners' Association cautioned",
        speakers: ["Klondike Placer Miners' Association", 'Klondike Placer Miners'],
      },
      {
        s: "They say the water board's process",
        speakers: ["Klondike Placer Miners' Association", 'Klondike Placer Miners'],
      },
      { s: 'The Yukon government said it would not comment', speakers: ['Yukon government', 'government'] },
      { s: 'Tomas Lindqvist, who mines a claim', speakers: ['Tomas Lindqvist'] },
      { s: '"Every summer there\'s a new fight', speakers: ['Tomas Lindqvist'], direct: true },
      { s: '"I can\'t blame them."', speakers: ['Tomas Lindqvist'], direct: true },
    ],
  },
  {
    name: 'reuters tunisia olive oil: an office said at the end, a central bank warned in a report, exporters say and They are urging, a miller with a quoted word and a three-sentence quotation, a government planning to build hoping, a minister reaffirmed that and she told parliament after a man, an economist wondered aloud whether',
    text: `Tunisia's olive oil exports set to fall by a third as drought bites

TUNIS, Nov 18 (Reuters) - Tunisia's olive oil exports could fall by a third this season after a third year of drought cut the harvest in the central regions, the National Oil Office said on Monday.

The central bank warned in a quarterly report published last week that lower olive oil revenue would widen the current account deficit to 3.1% of gross domestic product this year.

Exporters say prices in Spain and Italy have risen faster than Tunisian costs, which should soften the blow. They are urging the government to lift a cap on bulk exports that was introduced in 2023 to keep oil cheap at home.

Karim Ben Salah, who runs a mill near Sfax, said the trees in his area were "exhausted."

"Some of my trees are 200 years old," Ben Salah said. "They have seen droughts before. This one is different."

The government is planning to build four desalination plants by 2030, hoping to free more groundwater for farms.

Agriculture Minister Saida Gharbi reaffirmed that the state would buy oil from small farmers at a guaranteed price of 12 dinars a litre. Her deputy, Mourad Hamdi, was asked in parliament on Friday how the purchases would be funded.

"The money is in this year's budget, and it will be paid before the spring," she told parliament.

Hedi Jaziri, an economist at the University of Tunis, wondered aloud whether the country could keep relying on a single crop for about a tenth of its export earnings.

Olive oil brought Tunisia 5.2 billion dinars ($1.7 billion) last season, according to official figures.

(Reporting by Tarek Amara; Editing by Alison Williams)`,
    claims: [
      { s: 'the National Oil Office said on Monday', speakers: ['National Oil Office', 'Oil Office'] },
      { s: 'The central bank warned in a quarterly report', speakers: ['central bank', 'report'] },
      { s: 'Exporters say prices in Spain', speakers: ['Exporters'] },
      { s: 'They are urging the government', speakers: ['Exporters'] },
      { s: 'Karim Ben Salah, who runs a mill', speakers: ['Karim Ben Salah'] },
      { s: '"Some of my trees are 200 years old,"', speakers: ['Karim Ben Salah'], direct: true },
      { s: '"They have seen droughts before.', speakers: ['Karim Ben Salah'], direct: true },
      { s: 'This one is different."', speakers: ['Karim Ben Salah'], direct: true },
      { s: 'Saida Gharbi reaffirmed that the state', speakers: ['Saida Gharbi'] },
      { s: '"The money is in this year\'s budget', speakers: ['Saida Gharbi'], direct: true },
      { s: 'Hedi Jaziri, an economist at the University of Tunis', speakers: ['Hedi Jaziri'] },
      { s: 'according to official figures', speakers: ['official figures'] },
    ],
  },
];
