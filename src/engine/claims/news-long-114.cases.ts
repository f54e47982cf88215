/**
 * Batch 114, written by claims43 with its gold committed before the detector ran on it, to be fixed
 * against (not blind): four stories in kinds of writing batches 1–112 have little of (issue #9). A
 * parliamentary debate (a minister "told MPs", an opposition MP "asked whether", the Speaker's
 * ruling, "told the Commons"); a company's results call ("the chief financial officer told analysts
 * on a call", "the company said", guidance); a disaster statement ("the fire service said in a
 * statement", "officials said", "according to the regional government"); and a Wikinews interview
 * ("told Wikinews", a quotation broken by its tag).
 *
 * As in batches 72–113, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words. Questions are claims only when they state something.
 *
 * At first sight (claims F1 / speaker / direct): 0.978 (22/22/23) / 0.955 / 1.000, unchanged after
 * claims43's rows. Left: "Cordell Systems" is no mention (a names fault), so "Cordell Systems on
 * Tuesday cut its forecast …, saying …" has no source for its participle and "The company said" stays
 * unresolved.
 */
import type { NewsCase } from './news.cases';

const FENWICK = ['Helen Fenwick', 'Fenwick'];
const ACHEBE = ['Tomi Achebe', 'Achebe'];
const SPEAKER = ['the Speaker', 'Speaker', 'Sir Colin Marsh', 'Colin Marsh', 'Marsh'];
const CORDELL = ['Cordell Systems', 'Cordell'];
const RASK = ['Ingrid Rask', 'Rask'];
const MOYO = ['Peter Moyo', 'Moyo'];
const FIRE = ['Valdoro Fire Service', 'the fire service', 'fire service'];
const REGION = ['the regional government', 'regional government'];
const DUARTE = ['Lucia Duarte', 'Duarte'];
const TEMPLE = ['Ewan Temple', 'Temple'];

export const NEWS_CASES_114: NewsCase[] = [
  {
    name: 'parliamentary debate: a minister told MPs, an opposition MP asked whether, the Speaker ruled that, a minister insisted that',
    text: `Minister defends rail fare rise in heated Commons debate

Transport minister Helen Fenwick told MPs on Wednesday that the 5% rise in rail fares was needed to pay for new trains.

Opposition spokesman Tomi Achebe said commuters were being asked to pay more for a service that was getting worse. He asked whether the minister had ever travelled on the 7.12 from Ashby.

Fenwick insisted that punctuality had improved in nine of the last 12 months. "The honourable gentleman should check his figures before he shouts," she said.

The Speaker, Sir Colin Marsh, ruled that the remark was not out of order but asked members on both sides to lower their voices.`,
    claims: [
      { s: 'told MPs on Wednesday that the 5% rise in rail fares', speakers: FENWICK },
      { s: 'Tomi Achebe said commuters were being asked', speakers: ACHEBE },
      { s: 'He asked whether the minister had ever travelled', speakers: ACHEBE, optional: true },
      { s: 'Fenwick insisted that punctuality had improved', speakers: FENWICK },
      { s: '"The honourable gentleman should check his figures', speakers: FENWICK, direct: true },
      { s: 'ruled that the remark was not out of order', speakers: SPEAKER },
    ],
  },
  {
    name: 'results call: the company said, the chief financial officer told analysts on a call, the chief executive said, a quotation broken by its tag, an analyst said',
    text: `Cordell Systems cuts outlook as chip orders slow

Cordell Systems on Tuesday cut its forecast for the full year, saying orders from chipmakers had slowed sharply in the second quarter.

The company said revenue fell 11% to $1.9 billion in the three months to June, below the $2.05 billion analysts had expected.

Chief financial officer Ingrid Rask told analysts on a call that the company would cut about 800 jobs by the end of the year. "We are not happy with these numbers," she said. "But we are not going to chase orders at any price."

Chief executive Peter Moyo said he expected demand to recover in 2027.

"The cut was bigger than the market feared," said Ewan Temple, an analyst at Harbury Securities. "Investors will want to hear much more about those job cuts."`,
    claims: [
      { s: 'saying orders from chipmakers had slowed sharply', speakers: CORDELL },
      { s: 'The company said revenue fell 11%', speakers: CORDELL },
      { s: 'told analysts on a call that the company would cut', speakers: RASK },
      { s: '"We are not happy with these numbers," she said.', speakers: RASK, direct: true },
      { s: '"But we are not going to chase orders at any price."', speakers: RASK, direct: true },
      { s: 'Peter Moyo said he expected demand to recover', speakers: MOYO },
      { s: '"The cut was bigger than the market feared," said Ewan Temple', speakers: TEMPLE, direct: true },
      { s: '"Investors will want to hear much more', speakers: TEMPLE, direct: true },
    ],
  },
  {
    name: 'disaster statement: the fire service said in a statement, officials said, according to the regional government, a firefighter quoted, residents told reporters',
    text: `Wildfire forces 3,000 from homes in southern Valdoro

More than 3,000 people have been moved from their homes as a wildfire spread through hills south of the city of Marenca, officials said on Sunday.

The Valdoro Fire Service said in a statement that 400 firefighters and six water-bombing planes were fighting the blaze, which had burned about 2,500 hectares. Strong winds were expected to ease overnight, the fire service said.

According to the regional government, 14 houses have been destroyed.

Lucia Duarte, 61, said she had left with only her cat and her passport. "I could see the flames from my kitchen," she told reporters at a shelter in Marenca.`,
    claims: [
      { s: 'More than 3,000 people have been moved from their homes', speakers: ['officials', 'Officials'] },
      { s: 'said in a statement that 400 firefighters', speakers: FIRE },
      { s: 'Strong winds were expected to ease overnight', speakers: FIRE },
      { s: 'According to the regional government, 14 houses', speakers: REGION },
      { s: 'said she had left with only her cat', speakers: DUARTE },
      { s: '"I could see the flames from my kitchen," she told reporters', speakers: DUARTE, direct: true },
    ],
  },
  {
    name: 'Wikinews interview: told Wikinews, a quotation broken by its tag, a paraphrase with said',
    text: `Runner completes 100 marathons in 100 days

Amateur runner Jonas Weld finished his 100th marathon in 100 days on Saturday in Leuven, Belgium.

Weld told Wikinews he had lost seven kilograms and worn out nine pairs of shoes. "The first 30 were the hardest," he said. "After that, my body just stopped arguing with me."

He said he had raised 62,000 euros for a children's hospital in Ghent.`,
    claims: [
      { s: 'Weld told Wikinews he had lost seven kilograms', speakers: ['Jonas Weld', 'Weld'] },
      { s: '"The first 30 were the hardest," he said.', speakers: ['Jonas Weld', 'Weld'], direct: true },
      { s: 'my body just stopped arguing with me."', speakers: ['Jonas Weld', 'Weld'], direct: true },
      { s: 'He said he had raised 62,000 euros', speakers: ['Jonas Weld', 'Weld'] },
    ],
  },
];
