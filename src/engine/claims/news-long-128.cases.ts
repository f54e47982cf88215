/**
 * Batch 128, written by claims58 with its gold committed before the detector ran on it, to be fixed
 * against (not blind): five stories in kinds of writing earlier batches had little of (issue #9). A
 * public inquiry into a footbridge collapse with witnesses in turn ("told the inquiry", "counsel to
 * the inquiry put it to him that", a witness who "denied that", another who "accepts that", a chain
 * "X said Y had told him that"); a retailer's results call (a chief executive and a finance chief
 * "told analysts", an analyst who asked, one who "said in a note"); talks between two governments
 * ("Speaking after talks with X the German chancellor said", "after talks with X, the minister
 * said"); visitors, residents and critics as speakers ("Visitors to Italy's Amalfi Coast said",
 * "Residents of X told", "Critics of X said"); and a planning row with two councillors of the same
 * role, a woman and a man, named once, then "the councillor", "she" and "he".
 *
 * As in batches 72–127, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words. A question is optional, so is a refusal to say.
 */
import type { NewsCase } from './news.cases';

const HARGREAVES = ['Colin Hargreaves', 'Hargreaves'];
const OBI = ['Nkechi Obi', 'Obi'];
const WINSLADE = ['Paul Winslade', 'Winslade'];
const TREVELYAN = ['Dame Helen Trevelyan', 'Helen Trevelyan', 'Trevelyan'];
const MARRS = ['Graham Marrs', 'Marrs'];
const ABBOTT = ['Lucy Abbott', 'Abbott'];
const LIND = ['Oskar Lind', 'Lind'];
const DEVLIN = ['Ciara Devlin', 'Devlin'];
const HOLZER = ['Chancellor Matthias Holzer', 'Matthias Holzer', 'Holzer'];
const RENAUD = ['Émile Renaud', 'Renaud'];
const KOWALCZYK = ['Anna Kowalczyk', 'Kowalczyk'];
const ESPOSITO = ['Giulia Esposito', 'Esposito'];
const FERRANTE = ['Marco Ferrante', 'Ferrante'];
const PIKE = ['Councillor Rosalind Pike', 'Rosalind Pike', 'Pike'];
const MUNRO = ['Councillor Alasdair Munro', 'Alasdair Munro', 'Munro'];
const BURNSIDE = ['Burnside Homes'];

export const NEWS_CASES_128: NewsCase[] = [
  {
    name: 'a public inquiry with witnesses in turn: told the inquiry, counsel put it to him that (optional), he denied that, an engineer accepts that, X said Y had told him that, the chairwoman said',
    text: `Engineer denies ignoring warnings before footbridge collapse

The site manager of the firm that built the Kelvin Quay footbridge told the public inquiry into its collapse on Wednesday that he had never seen a report warning of cracks in the main span.

Colin Hargreaves said the first he heard of the cracks was on the morning the bridge fell into the river, injuring eleven people.

Counsel to the inquiry, Nkechi Obi, put it to him that the report had been emailed to his office a fortnight earlier. Hargreaves denied that he had opened it. "I had 300 emails a day on that job. I am not proud of it, but I did not read that one," he said.

The next witness, the structural engineer Paul Winslade, accepts that his firm's inspection had missed the cracks. He told the inquiry his team had been given two hours on the bridge instead of a day.

Winslade said a director of the building firm had told him that the full inspection would have to wait until after the opening ceremony.

The inquiry's chairwoman, Dame Helen Trevelyan, said she would hear from the city council's engineers next week.`,
    claims: [
      { s: 'told the public inquiry into its collapse on Wednesday that he had never seen', speakers: HARGREAVES },
      { s: 'said the first he heard of the cracks', speakers: HARGREAVES },
      { s: 'put it to him that the report had been emailed', speakers: OBI, optional: true },
      { s: 'Hargreaves denied that he had opened it.', speakers: HARGREAVES },
      { s: '"I had 300 emails a day on that job.', speakers: HARGREAVES, direct: true },
      { s: 'I am not proud of it, but I did not read that one," he said.', speakers: HARGREAVES, direct: true },
      { s: "accepts that his firm's inspection had missed the cracks", speakers: WINSLADE },
      { s: 'He told the inquiry his team had been given two hours', speakers: WINSLADE },
      { s: 'Winslade said a director of the building firm had told him', speakers: WINSLADE },
      { s: 'said she would hear from the city', speakers: TREVELYAN },
    ],
  },
  {
    name: 'a results call: the group said in a statement, the chief executive told analysts, a quotation over two sentences, the finance chief said, an analyst asked (optional), an analyst said in a note, he said',
    text: `Marrs & Abbott shares fall as margins shrink

Shares in the home furnishings retailer Marrs & Abbott fell 9% on Thursday after it said profit margins had narrowed for a third straight quarter.

Chief executive Graham Marrs told analysts on a call that the company had cut prices to win back shoppers and would not raise them again before the spring.

"We chose volume over margin, and I would make the same choice again. The customers are coming back," he said.

Finance chief Lucy Abbott said stock levels were 12% lower than a year ago and that the cost savings promised in March were on track.

Oskar Lind, an analyst at Nordbank, asked whether the price cuts would be extended to the online store. Abbott said that decision would be taken in January.

Ciara Devlin of Harbour Securities said in a note that the guidance looked cautious. The shares were cheap at this level, she said.`,
    claims: [
      { s: 'after it said profit margins had narrowed', speakers: ['Marrs & Abbott'] },
      { s: 'told analysts on a call that the company had cut prices', speakers: MARRS },
      { s: '"We chose volume over margin, and I would make the same choice again.', speakers: MARRS, direct: true },
      { s: 'The customers are coming back," he said.', speakers: MARRS, direct: true },
      { s: 'said stock levels were 12% lower', speakers: ABBOTT },
      { s: 'asked whether the price cuts would be extended', speakers: LIND, optional: true },
      { s: 'Abbott said that decision would be taken in January.', speakers: ABBOTT },
      { s: 'said in a note that the guidance looked cautious', speakers: DEVLIN },
      { s: 'The shares were cheap at this level, she said.', speakers: DEVLIN },
    ],
  },
  {
    name: 'talks between governments: speaking after talks with X the German chancellor said (no comma), after talks with X, the minister said, X said he had told Y that, a joint statement (optional)',
    text: `Berlin and Paris agree to share cost of border rail link

Chancellor Matthias Holzer met the French president, Émile Renaud, in Strasbourg on Monday to settle the cost of a new rail link across the Rhine.

Speaking after talks with Émile Renaud the German chancellor said both governments would pay half of the 2.4 billion euro bill.

Renaud said the line would open in 2031 and carry eight trains an hour at peak times. "This bridge will do more for Europe than a hundred summits," he said.

Poland's transport minister, Anna Kowalczyk, who joined the talks for the afternoon, said her government wanted the link extended to Wrocław. After talks with Holzer, the minister said she had told him that Warsaw would pay for its own section.

Holzer said he had told Kowalczyk that an extension would be studied next year.`,
    claims: [
      { s: 'the German chancellor said both governments would pay half', speakers: HOLZER },
      { s: 'Renaud said the line would open in 2031', speakers: RENAUD },
      { s: '"This bridge will do more for Europe than a hundred summits," he said.', speakers: RENAUD, direct: true },
      { s: 'said her government wanted the link extended', speakers: KOWALCZYK },
      { s: 'the minister said she had told him that Warsaw', speakers: KOWALCZYK },
      { s: 'Holzer said he had told Kowalczyk', speakers: HOLZER },
    ],
  },
  {
    name: "crowds and groups as speakers: visitors to Italy's Amalfi Coast said, residents of X told, critics of X said, the mayor said, a quotation then said the shopkeeper",
    text: `Amalfi Coast town caps day-trippers as crowds swell

Visitors to Italy's Amalfi Coast said on Saturday that queues for the ferries had stretched for more than an hour, a day after one town capped the number of coach parties allowed in.

Residents of Positano told local television the narrow lanes had become impossible to walk in August.

Mayor Giulia Esposito said the cap of 40 coaches a day would stay until the end of September. "We love our visitors, but the town cannot breathe," she said.

Critics of the mayor said the cap would push coaches to the next town along the coast. They said hotels had not been consulted.

"Half my customers come on those coaches," said Marco Ferrante, who sells lemons and ceramics near the harbour. "If they stop, I close."`,
    claims: [
      { s: 'said on Saturday that queues for the ferries', speakers: ["Visitors to Italy's Amalfi Coast", 'Visitors'] },
      { s: 'told local television the narrow lanes', speakers: ['Residents of Positano', 'Residents'] },
      { s: 'said the cap of 40 coaches a day', speakers: ESPOSITO },
      { s: '"We love our visitors, but the town cannot breathe," she said.', speakers: ESPOSITO, direct: true },
      { s: 'Critics of the mayor said the cap would push', speakers: ['Critics of the mayor', 'Critics'] },
      { s: 'They said hotels had not been consulted.', speakers: ['Critics of the mayor', 'Critics'] },
      { s: '"Half my customers come on those coaches," said Marco Ferrante', speakers: FERRANTE, direct: true },
      { s: '"If they stop, I close."', speakers: FERRANTE, direct: true },
    ],
  },
  {
    name: 'two councillors of one role: a woman and a man named once, then the councillor, she and he; rejected claims that, disputes that, a developer said in a statement',
    text: `Councillors split over riverside flats

Two members of Ashdown's planning committee clashed on Tuesday over a plan for 220 flats on the old gasworks site by the river.

Councillor Rosalind Pike said the scheme had too few affordable homes and would block views of the river from the town centre. The councillor said she would vote against it.

Councillor Alasdair Munro rejected claims that the flats would harm the town centre. He said the site had been empty for thirty years and the town needed homes for young families.

Pike disputes that the site can take so many homes. She told the meeting the road to the gasworks could not carry the extra traffic.

Munro said he had asked the developer to add a second road. "I am not going to let a good scheme die over a junction," he said.

The developer, Burnside Homes, said in a statement that it would meet the committee's concerns.`,
    claims: [
      { s: 'Councillor Rosalind Pike said the scheme had too few', speakers: PIKE },
      { s: 'The councillor said she would vote against it.', speakers: PIKE },
      { s: 'rejected claims that the flats would harm', speakers: MUNRO },
      { s: 'He said the site had been empty for thirty years', speakers: MUNRO },
      { s: 'Pike disputes that the site can take so many homes.', speakers: PIKE },
      { s: 'She told the meeting the road to the gasworks', speakers: PIKE },
      { s: 'Munro said he had asked the developer', speakers: MUNRO },
      { s: '"I am not going to let a good scheme die over a junction," he said.', speakers: MUNRO, direct: true },
      { s: 'said in a statement that it would meet', speakers: BURNSIDE },
    ],
  },
];
