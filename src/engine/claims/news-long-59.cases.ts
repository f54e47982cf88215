/**
 * Batch 59, written blind by claims21 and committed before the detector ran on it (to be fixed
 * against afterwards). Three stories: a CBC-style ferry breakdown in Newfoundland (straight quotes,
 * a department says in the present, "the operator of the vessel, X, said in a statement", a mayor
 * who told the audience at a hall and "he said" over two sentences, a baker paraphrased twice, a
 * union that blames and "They told CBC News", "likes to remind critics that" and "saying", called
 * with a quoted fragment); a Guardian-style tuna quota story from the Azores (‘…’ quotes with curly
 * apostrophes inside, a headline with "say", fishers who warned, an inverted skipper over three
 * sentences, a regional secretary and "He stressed", a spokeswoman for the commission with a
 * quoted fragment, a group that praised "but it said", a biologist and "she said", "speaking at a
 * protest, X told about 200 people"); a Wikinews-style seaweed story from Zanzibar («…» quotes and
 * straight quotes, a group said at the end and "The group … blamed", a farmer who spoke to
 * reporters followed by a quotation paragraph, a minister who extolled and announced, researchers
 * and "They cautioned", an unnamed buyer who told Wikinews and "he said").
 */
import type { NewsCase } from './news.cases';

export const NEWS_CASES_59: NewsCase[] = [
  {
    name: 'cbc newfoundland ferry breakdown: a department says, the operator of the vessel, X, said in a statement, a mayor told the audience and he said over two sentences, a baker paraphrased twice, a union blames and They told CBC News, likes to remind critics that, called with a quoted fragment',
    text: `Fogo Island ferry breakdown strands residents for a fifth day

The only ferry serving Fogo Island and Change Islands remained out of service Thursday, and the province's Department of Transportation says a replacement vessel will not arrive until Monday.

The MV Veteran broke down Sunday with a failed gearbox. The ferry usually makes eight crossings a day between Farewell and the two islands, and service on the route has been interrupted for a total of 41 days this year. The operator of the vessel, Bay Marine Services, said in a statement that parts had been ordered from Norway.

Residents packed the community hall in Fogo on Wednesday night. Mayor Gerald Payne told the audience the town had chartered two fishing boats to carry medicine and mail.

"I know people are angry, and they have every right to be," he said. "But shouting at the ferry workers will not fix a gearbox."

Brenda Oake, who runs a bakery in Joe Batt's Arm, said she had thrown out three days of bread. She said it was the fourth breakdown since Christmas.

The union representing the ferry crews blames the province for the breakdowns. They told CBC News the vessel had been due for a refit in 2024 that was cancelled to save money.

Transportation Minister Carla Whelan likes to remind critics that the province has ordered two new ferries. She repeated the point in the House of Assembly on Thursday, saying the first would be delivered in 2027.

Opposition critic Craig Pardy called the minister's answer "a press release, not a plan."

Pardy said the province should lease a ferry from Nova Scotia until the new boats arrive.`,
    claims: [
      {
        s: "the province's Department of Transportation says",
        speakers: ['Department of Transportation', "province's Department of Transportation"],
      },
      {
        s: 'The operator of the vessel, Bay Marine Services, said',
        speakers: ['Bay Marine Services', 'operator of the vessel'],
      },
      { s: 'Mayor Gerald Payne told the audience', speakers: ['Gerald Payne'] },
      { s: '"I know people are angry', speakers: ['Gerald Payne'], direct: true },
      { s: '"But shouting at the ferry workers', speakers: ['Gerald Payne'], direct: true },
      { s: 'said she had thrown out three days of bread', speakers: ['Brenda Oake'] },
      { s: 'She said it was the fourth breakdown', speakers: ['Brenda Oake'] },
      {
        s: 'The union representing the ferry crews blames',
        speakers: ['union representing the ferry crews', 'union'],
      },
      {
        s: 'They told CBC News the vessel',
        speakers: ['union representing the ferry crews', 'union'],
      },
      { s: 'Carla Whelan likes to remind critics', speakers: ['Carla Whelan'] },
      { s: 'She repeated the point in the House', speakers: ['Carla Whelan'] },
      { s: "Craig Pardy called the minister's answer", speakers: ['Craig Pardy'] },
      { s: 'Pardy said the province should lease', speakers: ['Craig Pardy'] },
    ],
  },
  {
    name: 'guardian-style azores tuna quota: ‘…’ quotes with curly apostrophes, a headline with say, fishers warned, an inverted skipper over three sentences, a regional secretary and He stressed, a spokeswoman for the commission with a quoted fragment, a group praised but it said, a biologist and she said, speaking at a protest X told about 200 people',
    text: `Azores fishers say tuna quota cut will end pole-and-line tradition

Fishers in the Azores have warned that a cut to the islands’ bigeye tuna quota will end a way of fishing that has barely changed in a century.

The European Commission proposed last week to reduce Portugal’s share of the Atlantic bigeye catch by 18% next year. Almost all of Portugal’s bigeye is caught by about 40 pole-and-line boats based in the Azores.

‘We catch one fish at a time, with a pole and a hook, and now Brussels treats us like a factory ship,’ said Manuel Medeiros, who skippers a 20-metre boat out of Madalena on Pico island. ‘My father fished like this. My son wanted to.’

The regional fisheries secretary, Rui Meneses Pacheco, said the government in Ponta Delgada would ask Lisbon to contest the proposal. He stressed that pole-and-line boats caught almost no juvenile tuna.

A spokeswoman for the commission said the proposal followed scientific advice on bigeye stocks and was ‘not aimed at any one fleet’.

Environmental groups are divided. The Lisbon-based group Mar Vivo praised the pole-and-line fleet as ‘the gold standard’ of tuna fishing, but it said every fleet had to share the burden.

Joana Furtado, a marine biologist at the University of the Azores, said the islanders’ anger was understandable. ‘They are being asked to pay for something they did not do,’ she said.

Speaking at a harbour-side protest in Horta on Saturday, the president of Pico’s fishers’ cooperative, Adelino Silveira, told about 200 people that the islands would not ‘go quietly’.

The commission’s proposal will be put to fisheries ministers in Brussels in December.`,
    claims: [
      // A headline's claim is optional, as in the earlier batches (batch 17's "…, sources say").
      { s: 'Azores fishers say tuna quota cut', speakers: ['Azores fishers', 'fishers'], optional: true },
      { s: 'Fishers in the Azores have warned', speakers: ['Fishers in the Azores', 'Fishers'] },
      { s: '‘We catch one fish at a time', speakers: ['Manuel Medeiros'], direct: true },
      { s: '‘My father fished like this.', speakers: ['Manuel Medeiros'], direct: true },
      { s: 'My son wanted to.’', speakers: ['Manuel Medeiros'], direct: true },
      { s: 'Rui Meneses Pacheco, said the government', speakers: ['Rui Meneses Pacheco'] },
      { s: 'He stressed that pole-and-line boats', speakers: ['Rui Meneses Pacheco'] },
      {
        s: 'A spokeswoman for the commission said',
        speakers: ['A spokeswoman for the commission', 'spokeswoman', 'European Commission'],
      },
      { s: 'The Lisbon-based group Mar Vivo praised', speakers: ['Mar Vivo'] },
      { s: 'said the islanders’ anger was understandable', speakers: ['Joana Furtado'] },
      { s: '‘They are being asked to pay', speakers: ['Joana Furtado'], direct: true },
      { s: 'Adelino Silveira, told about 200 people', speakers: ['Adelino Silveira'] },
    ],
  },
  {
    name: 'wikinews zanzibar seaweed: «…» and straight quotes, a group said at the end and The group blamed, a farmer spoke to reporters then a quotation paragraph, a minister extolled and announced, researchers and They cautioned, an unnamed buyer told Wikinews and he said',
    text: `Zanzibar seaweed farmers report worst harvest in a decade as sea warms

Friday, June 12, 2026

Seaweed farmers on the east coast of Zanzibar have harvested less than half their usual crop this year, the Zanzibar Seaweed Cluster Initiative said on Thursday.

The group, which represents about 25,000 farmers, most of them women, blamed warmer sea temperatures that make the plants rot on their lines before they can be harvested.

Mwanaisha Makame, who has farmed seaweed in Paje for 30 years, spoke to reporters on the beach at low tide.

«The sea used to be cool in the morning. Now it is like bathwater by ten o'clock. We plant, and after two weeks there is nothing on the rope.»

Zanzibar's Minister for Blue Economy and Fisheries, Hamad Suleiman Khamis, extolled the farmers as «the backbone of our coastal villages» and announced that the government would buy deep-water rafts for 2,000 of them.

Researchers at the Institute of Marine Sciences in Stone Town said deep-water rafts could help, because the water further from shore stays cooler. They cautioned, however, that the rafts are costly to maintain and can be torn loose in the monsoon.

A buyer for a Dar es Salaam export company, who asked not to be named, told Wikinews that prices had doubled since January. "Everyone in Asia wants carrageenan and we cannot give it to them," he said.

Seaweed is Zanzibar's third-largest export after cloves and tourism services, and most of it is shipped to China and Vietnam. Most farmers sell dried seaweed for about 800 Tanzanian shillings a kilogram, and the harvest usually peaks between June and September.`,
    claims: [
      {
        s: 'the Zanzibar Seaweed Cluster Initiative said on Thursday',
        speakers: ['Zanzibar Seaweed Cluster Initiative'],
      },
      {
        s: 'The group, which represents about 25,000 farmers',
        speakers: ['Zanzibar Seaweed Cluster Initiative', 'group'],
      },
      { s: '«The sea used to be cool in the morning.', speakers: ['Mwanaisha Makame'], direct: true },
      { s: 'Now it is like bathwater', speakers: ['Mwanaisha Makame'], direct: true },
      { s: 'We plant, and after two weeks', speakers: ['Mwanaisha Makame'], direct: true },
      { s: 'Hamad Suleiman Khamis, extolled the farmers', speakers: ['Hamad Suleiman Khamis'] },
      {
        s: 'Researchers at the Institute of Marine Sciences',
        speakers: ['Researchers at the Institute of Marine Sciences', 'Institute of Marine Sciences', 'Researchers'],
      },
      {
        s: 'They cautioned, however',
        speakers: ['Researchers at the Institute of Marine Sciences', 'Institute of Marine Sciences', 'Researchers'],
      },
      {
        s: 'told Wikinews that prices had doubled',
        speakers: ['A buyer for a Dar es Salaam export company', 'buyer for a Dar es Salaam export company', 'buyer'],
      },
      {
        s: '"Everyone in Asia wants carrageenan',
        speakers: ['A buyer for a Dar es Salaam export company', 'buyer for a Dar es Salaam export company', 'buyer'],
        direct: true,
      },
    ],
  },
];
