/**
 * Batch 113, written by claims43 with its gold committed before the detector ran on it, to be fixed
 * against (not blind): four stories in kinds of writing batches 1–112 have little of (issue #9). A
 * Wikinews brief ("told Wikinews", a press release's quotation, "in an email to Wikinews"); a wire
 * story with anonymous sources ("a source familiar with the matter said", "people briefed on the
 * talks", "declined to comment"); a police statement ("officials said", "police said in a
 * statement", "a spokeswoman for the force said"); and a quotation of several sentences broken by
 * its tag.
 *
 * As in batches 72–112, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words. Refusals to comment are no claims.
 *
 * At first sight (claims F1 / speaker / direct): 1.000 (23/23/23) / 0.957 / 1.000 ("Two people
 * briefed on the talks" shown as "Two people"). After claims43's rows 1.000 / 1.000 / 1.000.
 */
import type { NewsCase } from './news.cases';

const BRENNER = ['Lotte Brenner', 'Brenner'];
const HALVOR = ['Halvor Marine', 'Halvor'];
const OSTRANDER = ['Dag Ostrander', 'Ostrander'];
const SOURCE = ['a source familiar with the matter', 'a source', 'source'];
const PEOPLE = ['people briefed on the talks', 'people', 'two people briefed on the talks'];
const POLICE = ['Wexcombe Police', 'police', 'Police'];
const NAIRN = ['Sergeant Abi Nairn', 'Abi Nairn', 'Nairn'];
const TOLLAND = ['Rhys Tolland', 'Tolland'];

export const NEWS_CASES_113: NewsCase[] = [
  {
    name: 'Wikinews brief: told Wikinews, a press release quotation, in an email to Wikinews, a company said in a statement',
    text: `Norwegian shipbuilder Halvor Marine to build hydrogen ferry

Norwegian shipbuilder Halvor Marine announced on Thursday that it will build the world's largest hydrogen-powered car ferry for a route across the Skagerrak.

"This ship shows that clean ferries are no longer a dream," chief executive Dag Ostrander said in a press release. "We expect her to sail in 2029."

Lotte Brenner, an energy analyst at the Bergen Institute, told Wikinews the order was "a big step, but a risky one". In an email to Wikinews, she said hydrogen fuel still cost about three times as much as diesel.

Halvor Marine said in a statement that the ferry would carry 1,200 passengers and 400 cars.`,
    claims: [
      { s: 'announced on Thursday that it will build', speakers: HALVOR },
      { s: '"This ship shows that clean ferries are no longer a dream,"', speakers: OSTRANDER, direct: true },
      { s: '"We expect her to sail in 2029."', speakers: OSTRANDER, direct: true },
      { s: 'told Wikinews the order was', speakers: BRENNER },
      { s: 'she said hydrogen fuel still cost', speakers: BRENNER },
      { s: 'said in a statement that the ferry would carry', speakers: HALVOR },
    ],
  },
  {
    name: 'wire with anonymous sources: a source familiar with the matter said, people briefed on the talks said, declined to comment, did not respond',
    text: `Quillan Foods in talks to buy snack maker Perrow, sources say

LONDON, March 4 (Reuters) - Quillan Foods is in advanced talks to buy British snack maker Perrow for about 900 million pounds, a source familiar with the matter said on Tuesday.

A deal could be announced as early as next week, the source said, speaking on condition of anonymity because the talks are private.

Two people briefed on the talks said Quillan had hired Lowther Bank to advise it and was arranging a loan to pay for the purchase. The talks could still collapse, one of them said.

Quillan declined to comment. Perrow did not respond to a request for comment.

Perrow's sales fell 6% last year, according to its annual report.`,
    claims: [
      { s: 'Quillan Foods is in advanced talks to buy British snack maker', speakers: SOURCE },
      { s: 'A deal could be announced as early as next week', speakers: SOURCE },
      { s: 'said Quillan had hired Lowther Bank', speakers: PEOPLE },
      { s: 'The talks could still collapse, one of them said.', speakers: ['one of them', 'one', ...PEOPLE] },
      { s: "Perrow's sales fell 6% last year", speakers: ['its annual report', 'annual report', 'Perrow'] },
    ],
  },
  {
    name: 'police statement: police said in a statement, officials said, a spokeswoman for the force said, a sergeant appealed, a witness told reporters',
    text: `Two hurt as lorry hits bus shelter in Wexcombe

Two people were taken to hospital after a lorry crashed into a bus shelter in Wexcombe on Saturday morning, police said.

Wexcombe Police said in a statement that the driver, a 54-year-old man, had been arrested on suspicion of dangerous driving. Officials said neither of the injured was in a life-threatening condition.

A spokeswoman for the force said the road would stay closed until the evening while the shelter was made safe.

Sergeant Abi Nairn appealed for anyone with dashcam footage to come forward. "Somebody will have seen the lorry before it crashed," she said.

Rhys Tolland, who runs a cafe opposite, told reporters he had heard "a bang like a bomb".`,
    claims: [
      { s: 'Two people were taken to hospital after a lorry crashed', speakers: POLICE },
      { s: 'said in a statement that the driver, a 54-year-old man', speakers: POLICE },
      { s: 'Officials said neither of the injured', speakers: ['Officials', 'officials', ...POLICE] },
      {
        s: 'A spokeswoman for the force said the road would stay closed',
        speakers: ['A spokeswoman for the force', 'A spokeswoman', 'spokeswoman', ...POLICE],
      },
      { s: 'Sergeant Abi Nairn appealed for anyone', speakers: NAIRN, optional: true },
      { s: '"Somebody will have seen the lorry before it crashed," she said.', speakers: NAIRN, direct: true },
      { s: 'told reporters he had heard', speakers: TOLLAND },
    ],
  },
  {
    name: 'a quotation of several sentences broken by its tag, a second tag inside, and a paraphrase between',
    text: `Library saved after village raises 40,000 pounds

The village library in Amblecote will stay open after residents raised 40,000 pounds in six weeks, its trustees said on Friday.

"When the council told us it would close, we thought that was the end," said Mary Okoro, who chairs the trustees. "Then people started knocking on the door with cheques. One man brought his whole savings jar."

The money will pay for a part-time librarian for three years, Okoro said. "After that," she added, "we will have to do it all again."`,
    claims: [
      {
        s: 'will stay open after residents raised 40,000 pounds',
        speakers: ['its trustees', 'trustees', 'the trustees'],
      },
      { s: '"When the council told us it would close', speakers: ['Mary Okoro', 'Okoro'], direct: true },
      { s: 'Then people started knocking on the door', speakers: ['Mary Okoro', 'Okoro'], direct: true },
      { s: 'One man brought his whole savings jar."', speakers: ['Mary Okoro', 'Okoro'], direct: true },
      { s: 'The money will pay for a part-time librarian', speakers: ['Mary Okoro', 'Okoro'] },
      {
        s: '"After that," she added, "we will have to do it all again."',
        speakers: ['Mary Okoro', 'Okoro'],
        direct: true,
      },
    ],
  },
];
