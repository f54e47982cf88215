/**
 * Batch 81, written blind by claims31b, committed before the detector ran on it, and kept as a
 * first-sight check (only its totals are ever printed; no row is fixed against it): five regional
 * stories from West Africa, South Asia, the Gulf, the Andes and the Balkans (issue #9). Ghanaian
 * cocoa smuggled into Togo ("farmers and officials said" closing the lead, a farmer inverted in the
 * middle of a four-sentence quotation, a cocoa board known by its short name "said in a statement",
 * its deputy chief executive with an honorific who "told journalists", farmers' groups, a
 * cooperative's chair and "she said", an unnamed official of a neighbour's ministry who "asked not
 * to be named"); Nepal's rule against trekking alone (lodge owners closing the lead, "The board
 * says", a guide with his age and home district, a lodge owner and "Gurung said", a tourism board
 * director and "He said", "he told Reuters" after two sentences, an association that "has asked",
 * its president); fishermen displaced by an Omani port ("Fishermen … say", a fisherman with a
 * patronymic name inverted in a four-sentence quotation, a ministry "said in a statement carried
 * by the state news agency", an anonymous port official, a sheikh of the consultative council and
 * "he said", an authority that did not respond, "The government has said"); Bolivian quinoa growers
 * and a lithium plant (farmers who "say", a farmer and community leader inverted, a state company
 * with its acronym, a hydrologist who said "that claim could not be checked" and "She said", a
 * governor, farmers who "have threatened"); and demolitions on the shore of Lake Ohrid (a mayor who
 * "told reporters" and a quotation after it, "Some owners said", a restaurant owner and "he said,
 * pointing", a ministry "said in a statement", an environmental group that "welcomed … but said",
 * its coordinator).
 *
 * As in batches 72–80, a description of a named body counts only resolved; a body without a name
 * of its own ("farmers and officials", "A port official", "Some owners") keeps its own words.
 *
 * At first sight (claims F1 / speaker / direct; totals only, its errors never printed): 0.991
 * (53/53/54) / 0.981 / 1.000, meeting the ordinary floors.
 */
import type { NewsCase } from './news.cases';

const COCOBOD = ['Ghana Cocoa Board', 'Cocobod'];
const AGBEKO = ['Kofi Agbeko', 'Agbeko'];
const SULEMANA = ['Ibrahim Sulemana', 'Alhaji Ibrahim Sulemana', 'Sulemana'];
const DZAH = ['Mercy Adzoa Dzah', 'Dzah'];
const SHERPA = ['Pasang Sherpa', 'Sherpa'];
const GURUNG = ['Bishnu Prasad Gurung', 'Gurung'];
const LAMICHHANE = ['Mani Raj Lamichhane', 'Lamichhane'];
const AL_JUNAIBI = ['Salim bin Hamad Al Junaibi', 'Al Junaibi', 'Salim'];
const AL_WAHAIBI = ['Ahmed bin Saif Al Wahaibi', 'Sheikh Ahmed bin Saif Al Wahaibi', 'Al Wahaibi'];
const MAMANI = ['Eusebio Mamani', 'Mamani'];
const YLB = ['Yacimientos de Litio Bolivianos', 'YLB'];
const QUIROGA = ['Claudia Quiroga', 'Quiroga'];
const RISTEVSKI = ['Vasko Ristevski', 'Ristevski'];
const TRAJKOVSKI = ['Dragan Trajkovski', 'Trajkovski'];
const ZELENA = ['Zelena Ohrid', 'Environmental group Zelena Ohrid'];

export const NEWS_CASES_81: NewsCase[] = [
  {
    name: 'ghana cocoa smuggled into togo: farmers and officials said closing the lead, a farmer inverted inside a four-sentence quotation, a board known by its short name said in a statement, a deputy chief executive with an honorific told journalists, farmers groups, a cooperative chair and she said, an unnamed official who asked not to be named',
    text: `Ghana's cocoa farmers turn to smugglers as prices lag Togo's

ACCRA, June 3 - Cocoa farmers in Ghana's Volta Region are selling a growing share of their beans to smugglers who carry them across the border into Togo, where buyers pay almost twice the official Ghanaian price, farmers and officials said.

"Last season I sold everything to the licensed buyer. This season, half went to Togo," said Kofi Agbeko, who farms eight acres near Hohoe. "My children need school fees. I cannot wait for Accra."

The Ghana Cocoa Board, known as Cocobod, said in a statement on Monday that it had deployed an additional 300 officers to the eastern border and seized 1,900 bags of beans since January.

Its deputy chief executive, Alhaji Ibrahim Sulemana, told journalists in Accra that smuggling was "robbing the nation" and that farmers caught selling across the border could lose their licences.

Farmers' groups said the threat missed the point. Mercy Adzoa Dzah, who chairs a cooperative of 400 growers in the Jasikan district, said the board had not raised the farm-gate price since October.

"You cannot police your way out of a price problem," she said.

An official at Togo's trade ministry, who asked not to be named because he was not authorised to speak to the media, said Togolese exporters were buying legally and that the beans were "Togolese once they are in Togo."

Ghana is the world's second-largest cocoa producer after Ivory Coast.`,
    claims: [
      {
        s: "Cocoa farmers in Ghana's Volta Region are selling",
        speakers: ['farmers and officials', 'farmers', 'officials'],
      },
      { s: '"Last season I sold everything to the licensed buyer.', speakers: AGBEKO, direct: true },
      { s: 'This season, half went to Togo," said Kofi Agbeko', speakers: AGBEKO, direct: true },
      { s: '"My children need school fees.', speakers: AGBEKO, direct: true },
      { s: 'I cannot wait for Accra."', speakers: AGBEKO, direct: true },
      { s: 'said in a statement on Monday that it had deployed', speakers: COCOBOD },
      { s: 'Alhaji Ibrahim Sulemana, told journalists in Accra', speakers: SULEMANA },
      {
        s: "Farmers' groups said the threat missed the point.",
        speakers: ["Farmers' groups", 'Farmers groups', 'groups'],
      },
      { s: 'said the board had not raised the farm-gate price', speakers: DZAH },
      { s: '"You cannot police your way out of a price problem,"', speakers: DZAH, direct: true },
      {
        s: 'said Togolese exporters were buying legally',
        speakers: ["An official at Togo's trade ministry", "official at Togo's trade ministry", 'official'],
      },
    ],
  },
  {
    name: 'nepal trekking rule: lodge owners closing the lead, The board says, a guide with age and district inverted, a lodge owner and Gurung said, a director and He said, he told Reuters after two sentences, an association has asked, its president',
    text: `Nepal's guides welcome solo-trekking ban, but lodge owners fear lost trade

KATHMANDU, April 2 - A rule that bars foreign tourists from trekking alone in Nepal's national parks has brought more work for local guides but is keeping some budget travellers away, lodge owners in the Annapurna region said on Tuesday.

Under the rule, introduced by the Nepal Tourism Board last year, foreigners must hire a licensed guide for treks in protected areas. The board says it was needed after a rise in the number of solo trekkers who went missing.

"In two seasons, my income has doubled," said Pasang Sherpa, 34, a guide from Solukhumbu who works out of Pokhara. "Before, many trekkers came with only a map on their phone."

Bishnu Prasad Gurung, who runs a 12-room lodge in Ghandruk, said bookings from backpackers had fallen by about a quarter.

"The young people with small budgets, they go to Georgia or Kyrgyzstan now," Gurung said. "They tell me it is too expensive here with a guide."

Mani Raj Lamichhane, a director at the tourism board, said the rule would not be withdrawn. He said 11 trekkers had died or disappeared on solo treks in the two years before it came in, compared with two since.

"We are not against budget tourists. We are against funerals," he told Reuters.

The Trekking Agencies' Association of Nepal has asked the government to allow a cheaper "group guide" licence for treks of up to six people. Its president, Dawa Tenzing Lama, said a decision was expected before the autumn season.`,
    claims: [
      {
        s: 'has brought more work for local guides but is keeping',
        speakers: ['lodge owners in the Annapurna region', 'lodge owners'],
      },
      { s: 'The board says it was needed after a rise', speakers: ['Nepal Tourism Board', 'Tourism Board'] },
      { s: '"In two seasons, my income has doubled,"', speakers: SHERPA, direct: true },
      { s: '"Before, many trekkers came with only a map', speakers: SHERPA, direct: true },
      { s: 'said bookings from backpackers had fallen', speakers: GURUNG },
      { s: '"The young people with small budgets', speakers: GURUNG, direct: true },
      { s: '"They tell me it is too expensive here', speakers: GURUNG, direct: true },
      { s: 'a director at the tourism board, said the rule', speakers: LAMICHHANE },
      { s: 'He said 11 trekkers had died or disappeared', speakers: LAMICHHANE },
      { s: '"We are not against budget tourists.', speakers: LAMICHHANE, direct: true },
      { s: 'We are against funerals," he told Reuters.', speakers: LAMICHHANE, direct: true },
      {
        s: 'has asked the government to allow a cheaper',
        speakers: ["Trekking Agencies' Association of Nepal", 'Trekking Agencies Association of Nepal'],
        optional: true,
      },
      { s: 'Dawa Tenzing Lama, said a decision was expected', speakers: ['Dawa Tenzing Lama'] },
    ],
  },
  {
    name: 'omani fishermen and a port: fishermen say, a fisherman with a patronymic inverted inside a four-sentence quotation, a ministry said in a statement carried by the state news agency, an anonymous port official, a sheikh and he said, an authority did not respond, the government has said',
    text: `Omani fishermen say port expansion has pushed them off their grounds

MUSCAT, Nov 18 - Fishermen in Oman's Al Wusta governorate say the expansion of the port of Duqm has closed off waters where their families have fished for generations, and that compensation promised by the government two years ago has not arrived.

"My father fished here, and his father. Now there is a fence in the sea," said Salim bin Hamad Al Junaibi, 58, standing beside his boat on the beach at Nafun. "They told us we would be paid. We are still waiting."

The Ministry of Agriculture, Fisheries and Water Resources said in a statement carried by the state news agency ONA that 212 fishermen had been registered for compensation and that payments would begin "in the coming weeks".

A port official, speaking on condition of anonymity, said the restricted zone covered less than 3 percent of the governorate's coastline and was needed for the safety of ships.

Sheikh Ahmed bin Saif Al Wahaibi, a member of the Shura Council for the area, said he had raised the matter with the minister twice this year.

"The port is good for Oman. Nobody is saying stop the port," he said. "But the people who were here first should not pay for it."

The authority that runs Duqm's special economic zone did not respond to a request for comment.

The government has said the port is central to its plans to reduce the economy's reliance on oil.`,
    claims: [
      {
        s: "Fishermen in Oman's Al Wusta governorate say",
        speakers: ["Fishermen in Oman's Al Wusta governorate", 'Fishermen'],
      },
      { s: '"My father fished here, and his father.', speakers: AL_JUNAIBI, direct: true },
      { s: 'Now there is a fence in the sea," said Salim', speakers: AL_JUNAIBI, direct: true },
      { s: '"They told us we would be paid.', speakers: AL_JUNAIBI, direct: true },
      { s: 'We are still waiting."', speakers: AL_JUNAIBI, direct: true },
      {
        s: 'said in a statement carried by the state news agency ONA',
        speakers: ['Ministry of Agriculture, Fisheries and Water Resources', 'Ministry of Agriculture'],
      },
      {
        s: 'said the restricted zone covered less than 3 percent',
        speakers: ['A port official', 'port official', 'official'],
      },
      { s: 'said he had raised the matter with the minister', speakers: AL_WAHAIBI },
      { s: '"The port is good for Oman.', speakers: AL_WAHAIBI, direct: true },
      { s: 'Nobody is saying stop the port," he said.', speakers: AL_WAHAIBI, direct: true },
      { s: '"But the people who were here first', speakers: AL_WAHAIBI, direct: true },
      { s: 'did not respond to a request for comment', speakers: [], optional: true },
      { s: 'The government has said the port is central', speakers: ['government'] },
    ],
  },
  {
    name: 'bolivian quinoa growers and a lithium plant: farmers say, a farmer and community leader inverted, a state company with its acronym, a hydrologist and She said, a quotation inverted with the surname, a governor said on Thursday, farmers have threatened',
    text: `Bolivian quinoa growers blame lithium plant for falling wells

UYUNI, Bolivia, Sept 5 - Quinoa farmers around the Uyuni salt flat say wells that watered their fields for decades have dropped by several metres since the state lithium company began pumping brine nearby, and they want an independent study of the aquifer.

"The well at my house was four metres deep when I was a boy. Now we go down eleven and some days there is nothing," said Eusebio Mamani, 61, a farmer and local leader in the community of Colcha K.

Yacimientos de Litio Bolivianos (YLB), the state company, said the plant drew brine from beneath the salt crust, not fresh water, and that its own monitoring showed "no measurable effect" on the wells of surrounding communities.

Hydrologist Claudia Quiroga of the Universidad Mayor de San Andrés in La Paz said that claim could not be checked because YLB had not published its data. She said the two water systems might be connected in places, but that only drilling would show it.

"It's possible the farmers are right, and it's possible it's the drought. Right now nobody can tell you which," Quiroga said.

The governor of Potosí department, Marco Antonio Choque, said on Thursday he would ask the Ministry of Hydrocarbons and Energy to fund a study. Farmers have threatened to block the road to the plant if nothing is agreed by October.`,
    claims: [
      {
        s: 'Quinoa farmers around the Uyuni salt flat say wells',
        speakers: ['Quinoa farmers around the Uyuni salt flat', 'Quinoa farmers', 'farmers'],
      },
      { s: '"The well at my house was four metres deep', speakers: MAMANI, direct: true },
      { s: 'Now we go down eleven and some days there is nothing,"', speakers: MAMANI, direct: true },
      { s: 'the state company, said the plant drew brine', speakers: YLB },
      { s: 'said that claim could not be checked', speakers: QUIROGA },
      { s: 'She said the two water systems might be connected', speakers: QUIROGA },
      { s: '"It\'s possible the farmers are right', speakers: QUIROGA, direct: true },
      { s: 'Right now nobody can tell you which," Quiroga said.', speakers: QUIROGA, direct: true },
      { s: 'Marco Antonio Choque, said on Thursday he would ask', speakers: ['Marco Antonio Choque', 'Choque'] },
      { s: 'Farmers have threatened to block the road', speakers: ['Farmers'], optional: true },
    ],
  },
  {
    name: 'lake ohrid demolitions: a mayor told reporters and a quotation after it, Some owners said, a restaurant owner and he said pointing, a ministry said in a statement, an environmental group welcomed but said, its coordinator',
    text: `Ohrid residents split as bulldozers clear lakeside terraces

OHRID, North Macedonia, July 12 - Authorities in Ohrid began demolishing illegally built cafes and boat houses on the shore of the lake on Monday, part of an effort to stop UNESCO from placing the area on its list of World Heritage in Danger.

Mayor Vasko Ristevski told reporters at the site that 46 structures would be removed by the end of the summer. "We were warned for years, and for years nobody did anything," he said. "We can't lose the lake's status because of a few terraces."

Some owners said they had permits from the municipality itself. Dragan Trajkovski, whose family has run a fish restaurant on the shore since 1991, said the council had approved his terrace in 2008 and collected rent for it ever since.

"Now they call me illegal. I have the papers in a drawer at home," he said, pointing to an excavator parked outside.

The culture ministry in Skopje said in a statement that it supported the demolitions and would help the municipality prepare a management plan for the lake, which North Macedonia shares with Albania.

Environmental group Zelena Ohrid welcomed the move but said it came late. Its coordinator, Biljana Tasevska, said untreated sewage was a bigger threat to the lake than the buildings.

UNESCO's World Heritage Committee is due to review the site's status at its session in September.`,
    claims: [
      { s: 'Vasko Ristevski told reporters at the site that 46', speakers: RISTEVSKI },
      { s: '"We were warned for years', speakers: RISTEVSKI, direct: true },
      { s: "\"We can't lose the lake's status", speakers: RISTEVSKI, direct: true },
      { s: 'Some owners said they had permits', speakers: ['Some owners', 'owners'] },
      { s: 'said the council had approved his terrace', speakers: TRAJKOVSKI },
      { s: '"Now they call me illegal.', speakers: TRAJKOVSKI, direct: true },
      { s: 'I have the papers in a drawer at home," he said', speakers: TRAJKOVSKI, direct: true },
      {
        s: 'The culture ministry in Skopje said in a statement',
        speakers: ['culture ministry in Skopje', 'culture ministry', 'ministry'],
      },
      { s: 'welcomed the move but said it came late', speakers: ZELENA },
      { s: 'Biljana Tasevska, said untreated sewage', speakers: ['Biljana Tasevska', 'Tasevska'] },
    ],
  },
];
