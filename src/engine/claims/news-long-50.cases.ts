/**
 * Batch 50, written blind by claims16 and committed before the detector ran on it. Three stories:
 * a Wikinews-style ferry fire in Fiji (a minister with a chiefly title told parliament, a quotation
 * split around "he said", a company insisted and said in a press release, a police commissioner,
 * passengers praised, a teacher inverted, a skipper who played down his role and a quotation split
 * around "he said", a council of churches called on, an opposition leader warned and accused); a
 * Reuters trade story from Uzbekistan (an association said, then named, a chairman told Reuters, a
 * quotation of two sentences, a coalition's spokesperson, an unnamed buyer, a mill owner and she,
 * a ministry spokesman who wrote on X, according to a US department); an NYT-style Kentucky
 * governor's race (''…'' quotes, two candidates quoted in turn, according to an estimate, an
 * association praised and its president said in a statement, said on social media, "he repeated
 * and added", a senior official on condition of anonymity after a paragraph about the governor,
 * a campaign's own polling).
 */
import type { NewsCase } from './news.cases';

export const NEWS_CASES_50: NewsCase[] = [
  {
    name: 'wikinews fiji ferry fire: a titled minister told parliament, quotations split around he said, a company insisted and its press release, a police commissioner, passengers praised, a teacher inverted, a council called on, an opposition leader warned and accused',
    text: `Fiji orders inquiry after fire on inter-island ferry

Sunday, March 8, 2026

The government of Fiji on Saturday ordered an independent inquiry into a fire aboard the inter-island ferry Lomaiviti Star, which forced 212 passengers and crew to abandon ship off Kadavu island on Thursday night. All were rescued, but 14 people were treated in hospital for burns and smoke inhalation. The Lomaiviti Star, built in Japan in 1988, had been bought by its current owner in 2019.

Transport Minister Ratu Josefa Vunaki told parliament that the inquiry would report within three months. "I want to know why a ship that failed two safety checks last year was carrying passengers," he said. "If someone signed a certificate they should not have signed, they will answer for it."

The ferry's owner, Southern Cross Shipping, insisted the vessel had passed its most recent inspection in January. In a press release, the company said the fire had started in the engine room and that the crew had followed evacuation procedures "to the letter".

Police Commissioner Seru Matanitobua said investigators had not ruled out any cause.

Passengers praised the crew of a fishing boat, the Moana Rose, which reached the ferry first. "They took sixty of us on a boat made for twelve," said Losana Rokotuiwai, a teacher travelling to Kadavu with her two children. "I will never forget their faces."

The boat's skipper, Jone Waqa, played down his role. "Anyone would have done it," he said. "The sea was calm. We were lucky."

The Fiji Council of Churches called on the government to bar the company from carrying passengers until the inquiry was complete. Opposition leader Apisai Naivalu warned that the inter-island fleet was "one fire away from a disaster" and accused the government of ignoring repeated warnings.

It is the third serious incident involving a Fijian passenger ferry in five years.`,
    claims: [
      {
        s: 'Ratu Josefa Vunaki told parliament',
        speakers: ['Josefa Vunaki', 'Ratu Josefa Vunaki'],
      },
      {
        s: '"I want to know why a ship that failed two safety checks',
        speakers: ['Josefa Vunaki', 'Ratu Josefa Vunaki'],
        direct: true,
      },
      {
        s: '"If someone signed a certificate',
        speakers: ['Josefa Vunaki', 'Ratu Josefa Vunaki'],
        direct: true,
      },
      { s: 'Southern Cross Shipping, insisted the vessel', speakers: ['Southern Cross Shipping'] },
      {
        s: 'In a press release, the company said the fire',
        speakers: ['Southern Cross Shipping', 'company'],
      },
      { s: 'Seru Matanitobua said investigators', speakers: ['Seru Matanitobua'] },
      { s: 'Passengers praised the crew of a fishing boat', speakers: ['Passengers'], optional: true },
      { s: '"They took sixty of us on a boat made for twelve,"', speakers: ['Losana Rokotuiwai'], direct: true },
      { s: '"I will never forget their faces."', speakers: ['Losana Rokotuiwai'], direct: true },
      { s: 'Jone Waqa, played down his role', speakers: ['Jone Waqa'], optional: true },
      { s: '"Anyone would have done it," he said.', speakers: ['Jone Waqa'], direct: true },
      { s: '"The sea was calm.', speakers: ['Jone Waqa'], direct: true },
      { s: 'We were lucky."', speakers: ['Jone Waqa'], direct: true },
      { s: 'The Fiji Council of Churches called on the government', speakers: ['Fiji Council of Churches'] },
      { s: 'Apisai Naivalu warned that the inter-island fleet', speakers: ['Apisai Naivalu'] },
    ],
  },
  {
    name: 'reuters uzbek textiles: an association said then named, a chairman told Reuters, a two-sentence quotation, a coalition spokesperson, an unnamed buyer, a mill owner and she, a ministry spokesman wrote on X, according to a US department',
    text: `Uzbek textile makers win first big European orders after boycott ends

TASHKENT, May 20 (Reuters) - Uzbek textile makers have signed supply contracts worth about $400 million with European clothing retailers this year, the country's textile industry association said on Wednesday, three years after a coalition of rights groups ended its call for a boycott of Uzbek cotton.

Uztextilsanoat, which represents more than 400 companies, said in a statement that orders from Germany, Poland and Spain accounted for most of the total. Its chairman, Ilkhom Khaydarov, told Reuters the industry expected to double its exports to the European Union by 2028.

"Five years ago, no serious brand would take our calls," Khaydarov said. "Now they come to Tashkent and ask for the mills by name."

The Clean Fibre Alliance, which led the boycott, lifted its call in 2023 after independent monitors found no systemic forced labour in two consecutive harvests. A spokesperson for the alliance, Elena Vasquez, said it was still monitoring the harvest. "Ending the boycott was not the end of our work," she said.

A buyer for a Polish retailer, who asked not to be named because the contracts are confidential, said prices were about 15% below those of comparable Turkish suppliers.

Some mills are still struggling. Dilnoza Rakhimova, who runs a spinning mill in Fergana with 300 workers, said her company had lost two contracts this year because it could not afford the certification that European buyers require. She said the government should help smaller mills pay for audits.

A spokesman for Uzbekistan's Ministry of Economy, Jasur Nazarov, said a programme to subsidise audits would start in September. He wrote on X on Wednesday that the ministry had already received 120 applications.

Rakhimova said she had not heard of the programme.

Uzbekistan was the world's sixth-largest cotton producer last year, according to the U.S. Department of Agriculture.

(Reporting by Aziza Karimova; Editing by Tom Hollis)`,
    claims: [
      {
        s: 'Uzbek textile makers have signed supply contracts',
        speakers: ['Uztextilsanoat', 'textile industry association', 'association'],
      },
      { s: 'Uztextilsanoat, which represents more than 400 companies, said', speakers: ['Uztextilsanoat'] },
      { s: 'Ilkhom Khaydarov, told Reuters', speakers: ['Ilkhom Khaydarov'] },
      { s: '"Five years ago, no serious brand', speakers: ['Ilkhom Khaydarov'], direct: true },
      { s: '"Now they come to Tashkent', speakers: ['Ilkhom Khaydarov'], direct: true },
      {
        s: 'after independent monitors found no systemic forced labour',
        speakers: ['independent monitors', 'monitors'],
        optional: true,
      },
      { s: 'Elena Vasquez, said it was still monitoring', speakers: ['Elena Vasquez'] },
      { s: '"Ending the boycott was not the end of our work,"', speakers: ['Elena Vasquez'], direct: true },
      {
        s: 'A buyer for a Polish retailer',
        speakers: ['A buyer for a Polish retailer', 'buyer for a Polish retailer', 'buyer'],
      },
      { s: 'Dilnoza Rakhimova, who runs a spinning mill', speakers: ['Dilnoza Rakhimova'] },
      { s: 'She said the government should help smaller mills', speakers: ['Dilnoza Rakhimova'] },
      { s: 'Jasur Nazarov, said a programme', speakers: ['Jasur Nazarov'] },
      { s: 'He wrote on X on Wednesday', speakers: ['Jasur Nazarov'] },
      { s: 'Rakhimova said she had not heard', speakers: ['Dilnoza Rakhimova'] },
      {
        s: "Uzbekistan was the world's sixth-largest cotton producer",
        speakers: ['U.S. Department of Agriculture', 'Department of Agriculture'],
      },
    ],
  },
  {
    name: "nyt-style kentucky governor's race: ''…'' quotes, two candidates in turn, according to an estimate, an association praised and its president's statement, said on social media, repeated and added, a senior official on condition of anonymity after the governor, a campaign's polling",
    text: `Kentucky Governor's Race Turns on a Bourbon Tax

LOUISVILLE, Ky. — For most of the summer, the race for governor of Kentucky was about schools and roads. This week it became about bourbon.

Attorney General Wade Lassiter, the Republican nominee, said on Tuesday that he would cut the state's tax on barrels of aging whiskey in half if elected, calling the tax ''a penalty on patience.'' The plan would cost the state about $40 million a year, according to an estimate by the Kentucky Center for Economic Policy.

His Democratic opponent, Lt. Gov. Rachel Dorsett, said the plan would ''hand a tax cut to companies owned in London and Paris'' while rural school districts were closing buildings. She said she would keep the barrel tax and spend the money on teachers' pay.

''Wade has found a way to make bourbon taste bitter,'' Ms. Dorsett told reporters at a distillery in Bardstown, where she was endorsed by the local union. ''Ask the people who work here who would get that money. It isn't them.''

The Kentucky Distillers' Association praised Mr. Lassiter's plan. Its president, Carla Dunn, said in a statement that the tax ''drives investment across the river to Indiana.''

Mr. Lassiter said on social media that Ms. Dorsett had ''never met a tax she didn't like.'' Hours later, at a rally in Bowling Green, he repeated the line and added that he would sign the cut ''on the first day.''

The governor, Daniel Ochoa, a Democrat who cannot run again because of term limits, has campaigned with Ms. Dorsett twice. A senior official in his administration, speaking on condition of anonymity because he was not authorized to discuss the budget, said the barrel tax brought in more than the state's tax on cigarettes.

Ms. Dorsett leads by three points in an Emerson College poll released on Monday. Mr. Lassiter's campaign said its own polling showed him ahead.`,
    claims: [
      { s: 'Wade Lassiter, the Republican nominee, said on Tuesday', speakers: ['Wade Lassiter'] },
      {
        s: 'The plan would cost the state about $40 million a year',
        speakers: ['Kentucky Center for Economic Policy'],
      },
      { s: 'Rachel Dorsett, said the plan would', speakers: ['Rachel Dorsett'] },
      { s: 'She said she would keep the barrel tax', speakers: ['Rachel Dorsett'] },
      { s: "''Wade has found a way to make bourbon taste bitter,''", speakers: ['Rachel Dorsett'], direct: true },
      { s: "''Ask the people who work here", speakers: ['Rachel Dorsett'], direct: true },
      { s: "It isn't them.''", speakers: ['Rachel Dorsett'], direct: true },
      {
        s: "The Kentucky Distillers' Association praised",
        speakers: ["Kentucky Distillers' Association", 'Kentucky Distillers Association'],
      },
      { s: 'Carla Dunn, said in a statement', speakers: ['Carla Dunn'] },
      { s: 'Mr. Lassiter said on social media', speakers: ['Wade Lassiter'] },
      { s: 'he repeated the line and added', speakers: ['Wade Lassiter'] },
      {
        s: 'A senior official in his administration',
        speakers: ['A senior official in his administration', 'senior official', 'official'],
      },
      {
        s: 'Ms. Dorsett leads by three points in an Emerson College poll',
        speakers: ['Emerson College', 'Emerson College poll', 'poll'],
        optional: true,
      },
      {
        s: "Mr. Lassiter's campaign said its own polling",
        speakers: ["Mr. Lassiter's campaign", "Lassiter's campaign", 'campaign', 'Wade Lassiter'],
      },
    ],
  },
];
