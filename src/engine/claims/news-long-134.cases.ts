/**
 * Batch 134, written by claims60 with its gold committed before the detector ran on it, to be fixed
 * against (not blind): five stories in kinds of writing earlier batches had little of (issue #9). A
 * public inquiry with a witness, counsel to the inquiry, a lawyer for the families and a nurse's
 * written statement ("told the inquiry", "agreed that", "accepted that", "said in a witness
 * statement"); a food maker's results call with the chief executive, the finance chief and two
 * analysts ("told analysts on a call", "Asked by an analyst …, he said", "wrote in a note to
 * clients"); a landslide with rescuers, a survivor, a governor and a geologist ("according to" at
 * the end and in the middle of a sentence, a quotation whose "He" is not its speaker); a by-election
 * night with a returning officer, candidates and an agent ("wrote on X"); and a governor's
 * spokeswoman named before the governor ("Laura Kim, the governor's spokeswoman, said … The
 * governor said", "In a letter seen by").
 *
 * As in batches 72–133, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words. An inquiry that "heard", a question and a declaration are optional.
 */
import type { NewsCase } from './news.cases';

const TALBOT = ['Gwen Talbot', 'Talbot'];
const VANE = ['Rupert Vane KC', 'Rupert Vane', 'Vane'];
const ACHEBE = ['Daniel Achebe', 'Achebe'];
const PRYOR = ['Sir Alan Pryor', 'Alan Pryor', 'Pryor'];
const LINDQVIST = ['Marta Lindqvist', 'Lindqvist'];
const GRANGE = ['Oliver Grange', 'Grange'];
const ASHWORTH = ['Tom Ashworth', 'Ashworth'];
const QUISPE = ['Ana Quispe', 'Quispe'];
const MENDOZA = ['Carlos Mendoza', 'Mendoza'];
const HUAMAN = ['Rosa Huamán', 'Huamán'];
const SALAS = ['Jorge Salas', 'Salas'];
const PELL = ['Susan Pell', 'Pell'];
const REEVE = ['Colin Reeve', 'Reeve'];
const RAHMAN = ['Aisha Rahman', 'Rahman'];
const DEVLIN = ['Mark Devlin', 'Devlin'];
const MORGAN = ['Beth Morgan', 'Morgan'];
const ELLISON = ['Robert Ellison', 'Ellison'];
const KIM = ['Laura Kim', 'Kim'];
const FISK = ['Dale Fisk', 'Fisk'];

export const NEWS_CASES_134: NewsCase[] = [
  {
    name: 'a public inquiry: a witness told the inquiry, a two-sentence quotation, counsel asked (optional), she said she had not, under questioning she agreed that, she accepted that, a nurse said in a witness statement, the chairman said',
    text: `Care home inquiry hears manager was warned of staff shortages

The manager of a care home where 14 residents died during a heatwave was warned twice that it did not have enough staff on night shifts, a public inquiry heard on Tuesday.

Gwen Talbot, who ran Ashgrove House in Swindon from 2019 to 2024, told the inquiry she had asked the home's owners for two more night carers in the spring of 2023. "I was told there was no money. I wrote that down, and I kept the email," she said.

Counsel to the inquiry, Rupert Vane KC, asked her whether she had reported the shortage to the regulator. She said she had not, because she feared the home would be closed and the residents moved.

Under questioning from Imogen Clarke, who represents the families of nine residents, Talbot agreed that temperatures on the top floor had passed 30C on four nights running. She accepted that the fans ordered in June had not arrived until August.

A nurse who worked night shifts at the home, Daniel Achebe, said in a witness statement that he had been responsible for 31 residents on his own on some nights.

The inquiry's chairman, Sir Alan Pryor, said he would publish an interim report in the spring.`,
    claims: [
      {
        s: 'was warned twice that it did not have enough staff',
        speakers: ['a public inquiry', 'public inquiry', 'inquiry'],
        optional: true,
      },
      { s: 'told the inquiry she had asked the home', speakers: TALBOT },
      { s: '"I was told there was no money.', speakers: TALBOT, direct: true },
      { s: 'I wrote that down, and I kept the email," she said.', speakers: TALBOT, direct: true },
      { s: 'asked her whether she had reported the shortage', speakers: VANE, optional: true },
      { s: 'She said she had not, because she feared', speakers: TALBOT },
      { s: 'Talbot agreed that temperatures on the top floor', speakers: TALBOT },
      { s: 'She accepted that the fans ordered in June', speakers: TALBOT },
      { s: 'said in a witness statement that he had been responsible', speakers: ACHEBE },
      { s: 'said he would publish an interim report', speakers: PRYOR },
    ],
  },
  {
    name: 'a results call: the company said, the chief executive told analysts on a call that, she said, a two-sentence quotation, the finance chief said, asked by an analyst whether … he said, another analyst asked (optional), X said it was, he wrote in a note to clients',
    text: `Halden Foods shares fall as chief warns on energy costs

Shares in Halden Foods fell 9% on Thursday after the frozen food maker said profit for the year would be at the lower end of forecasts.

The chief executive, Marta Lindqvist, told analysts on a call that the cost of energy for the company's freezer plants had risen faster than expected in the second half. She said prices in its shops would rise by about 3% from March. "We have absorbed as much as we can. We will not absorb any more," she said.

The finance chief, Oliver Grange, said the company expected to save £40 million over two years by closing two of its eleven plants. Asked by an analyst at Barclays, Priya Nair, whether further closures were planned, he said the board had no such plans "at this stage".

Another analyst, Tom Ashworth of Jefferies, asked whether the dividend was safe. Lindqvist said it was.

Ashworth later wrote in a note to clients that the guidance looked "cautious but credible".`,
    claims: [
      { s: 'said profit for the year would be at the lower end', speakers: ['Halden Foods'] },
      { s: 'told analysts on a call that the cost of energy', speakers: LINDQVIST },
      { s: 'She said prices in its shops would rise', speakers: LINDQVIST },
      { s: '"We have absorbed as much as we can.', speakers: LINDQVIST, direct: true },
      { s: 'We will not absorb any more," she said.', speakers: LINDQVIST, direct: true },
      { s: 'said the company expected to save £40 million', speakers: GRANGE },
      { s: 'he said the board had no such plans', speakers: GRANGE },
      { s: 'asked whether the dividend was safe', speakers: ASHWORTH, optional: true },
      { s: 'Lindqvist said it was.', speakers: LINDQVIST },
      { s: 'wrote in a note to clients that the guidance', speakers: ASHWORTH },
    ],
  },
  {
    name: 'a landslide: according to an agency, a governor told local radio, she said, a firefighter said, a quotation whose He is the boy, a survivor said, X, she said, a spokesman for the agency said, a geologist said, according to X in mid-sentence, the prime minister said',
    text: `Rescuers search for 40 missing after landslide buries Andean village

Rescuers were searching on Sunday for at least 40 people missing after a landslide buried much of a mountain village in northern Peru, according to the National Civil Defence Institute.

The slide struck Huaylla at about 3am, when most people were asleep, the regional governor, Ana Quispe, told local radio. She said 17 bodies had been recovered and that heavy rain was slowing the search.

Carlos Mendoza, a firefighter leading one of the rescue teams, said his crew had pulled a boy of about ten from the mud alive on Saturday evening. "He was calling for his mother. We dug with our hands for two hours," he said.

Rosa Huamán, 52, who escaped with her two grandchildren, said the ground had shaken like an earthquake before the hillside gave way. Her house was gone, she said, and so was her brother's.

The national weather service had warned of heavy rain in the region a week ago, a spokesman for the service said.

Jorge Salas, a geologist at the Catholic University in Lima, said the slope above the village had been cleared of trees for farming. Two earlier slides had hit the same valley, according to Salas, in 1998 and in 2011.

The prime minister, who flew over the area by helicopter, said the government would pay to rebuild every house.`,
    claims: [
      {
        s: 'Rescuers were searching on Sunday for at least 40 people',
        speakers: ['National Civil Defence Institute', 'the National Civil Defence Institute'],
      },
      { s: 'The slide struck Huaylla at about 3am', speakers: QUISPE },
      { s: 'She said 17 bodies had been recovered', speakers: QUISPE },
      { s: 'said his crew had pulled a boy', speakers: MENDOZA },
      { s: '"He was calling for his mother.', speakers: MENDOZA, direct: true },
      { s: 'We dug with our hands for two hours," he said.', speakers: MENDOZA, direct: true },
      { s: 'said the ground had shaken like an earthquake', speakers: HUAMAN },
      { s: 'Her house was gone, she said', speakers: HUAMAN },
      {
        s: 'had warned of heavy rain in the region a week ago',
        speakers: [
          'a spokesman for the service',
          'spokesman',
          'national weather service',
          'The national weather service',
        ],
      },
      { s: 'said the slope above the village had been cleared', speakers: SALAS },
      { s: 'Two earlier slides had hit the same valley', speakers: SALAS },
      {
        s: 'said the government would pay to rebuild every house',
        speakers: ['The prime minister', 'prime minister'],
      },
    ],
  },
  {
    name: 'a by-election night: the returning officer announced that, an agent asked for a recount (optional), a candidate said she was "…", a quotation then she told supporters, the agent said, the officer declared (optional), the winner said, he thanked and said, an organiser wrote on X that',
    text: `Recount ordered as two votes separate candidates in Hallam West

A council by-election in Hallam West went to a recount early on Friday after the first count left the two leading candidates two votes apart.

The returning officer, Susan Pell, announced at 2.10am that the Liberal Democrat candidate, Mark Devlin, had 1,412 votes and the Labour candidate, Aisha Rahman, 1,410. Rahman's agent, Colin Reeve, asked for a recount, which she granted.

Rahman said she was "proud of every one of those 1,410 votes" whatever the result. "We knocked on every door in this ward twice," she told supporters.

Reeve said the party had asked for the recount because 31 ballot papers had been rejected, more than at any election he could remember.

After the recount, Pell declared Devlin elected by four votes. Devlin said it had been "the longest night of my life". He thanked the counting staff and said he would hold his first surgery on Saturday.

Labour's regional organiser, Beth Morgan, wrote on X that the party would not challenge the result.`,
    claims: [
      { s: 'announced at 2.10am that the Liberal Democrat candidate', speakers: PELL },
      { s: 'asked for a recount, which she granted', speakers: REEVE, optional: true },
      { s: 'Rahman said she was "proud of every one', speakers: RAHMAN },
      { s: '"We knocked on every door in this ward twice," she told supporters.', speakers: RAHMAN, direct: true },
      { s: 'Reeve said the party had asked for the recount', speakers: REEVE },
      { s: 'Pell declared Devlin elected by four votes', speakers: PELL, optional: true },
      { s: 'Devlin said it had been "the longest night', speakers: DEVLIN },
      { s: 'He thanked the counting staff and said he would hold', speakers: DEVLIN },
      { s: 'wrote on X that the party would not challenge', speakers: MORGAN },
    ],
  },
  {
    name: "a governor's spokeswoman named before the governor: his office said, X, the governor's spokeswoman, said, the governor said in a letter that, a sponsor said, a quotation then X said, in a letter seen by a paper the agency told, the spokeswoman said",
    text: `Governor to veto water bill, spokeswoman says

The governor of New Carden, Robert Ellison, will veto a bill that would let farms draw more water from the Tessa River, his office said on Monday.

Laura Kim, the governor's spokeswoman, said the bill would leave towns downstream short of drinking water in dry summers. The governor said in a letter to the state senate that he would sign a narrower bill if one reached his desk.

The bill's sponsor, state senator Dale Fisk, said the veto would cost farmers in the valley millions of dollars. "The governor has never stood in a dry field in August," Fisk said.

In a letter seen by the Carden Herald, the state's water agency told the governor in October that the river could support the extra draw. Kim said the governor had read the advice and disagreed with it.`,
    claims: [
      { s: 'from the Tessa River, his office said', speakers: [...ELLISON, 'his office', 'office'] },
      { s: 'said the bill would leave towns downstream', speakers: KIM },
      { s: 'The governor said in a letter to the state senate', speakers: ELLISON },
      { s: 'said the veto would cost farmers', speakers: FISK },
      { s: '"The governor has never stood in a dry field in August," Fisk said.', speakers: FISK, direct: true },
      {
        s: 'In a letter seen by the Carden Herald',
        speakers: ["the state's water agency", "state's water agency", 'water agency'],
      },
      { s: 'Kim said the governor had read the advice', speakers: KIM },
    ],
  },
];
