/**
 * Batch 129, written by claims58 with its gold committed before the detector ran on it, to be fixed
 * against (not blind): five stories in kinds of writing earlier batches had little of (issue #9). A
 * select committee hearing with bank executives in turn ("told MPs", "the committee's chair asked"
 * (optional), "admitted that", "denied that", "the former chief executive said"); an airline's
 * results call ("on a call with analysts", "analysts at X said", an executive who "disputes that"
 * an inner clause's verb must not be the cue); talks in Tokyo ("After talks with X, the Australian
 * foreign minister said", "Speaking after a meeting with X, the Indian minister said"); groups as
 * speakers ("Parents at X told", "Supporters of X said", "Opponents of the plan argued", "Police
 * questioned witnesses who said"); and a newspaper's retraction ("withdrew", "accepts that", "has
 * apologised", chains "said her editor had assured her that") with two reporters, a woman and a man.
 *
 * As in batches 72–128, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words. A question is optional, so is a refusal to comment.
 */
import type { NewsCase } from './news.cases';

const CARVER = ['Simon Carver', 'Carver'];
const DALE = ['Priya Dale', 'Dale'];
const ELLERBY = ['Dame Margaret Ellerby', 'Margaret Ellerby', 'Ellerby'];
const QUILTER = ['Hugh Quilter', 'Quilter'];
const SKYLARK = ['Skylark Air'];
const SOLBERG = ['Ingrid Solberg', 'Solberg'];
const BECK = ['Nathan Beck', 'Beck'];
const PRENDERGAST = ['Penny Prendergast', 'Prendergast'];
const RAO = ['Anil Rao', 'Rao'];
const HAYASHI = ['Yuki Hayashi', 'Hayashi'];
const TAMSIN = ['Tamsin Leigh', 'Leigh'];
const HURST = ['Megan Hurst', 'Hurst'];
const CROWE = ['Daniel Crowe', 'Crowe'];
const HERALD = ['the Northern Herald', 'Northern Herald'];
const FAIRBAIRN = ['Isla Fairbairn', 'Fairbairn'];

export const NEWS_CASES_129: NewsCase[] = [
  {
    name: 'a select committee hearing with bank executives in turn: told MPs, the chair asked (optional), admitted that, denied that, X said Y had told him that, the former chief executive said, a quotation then he said',
    text: `Bank bosses grilled over mortgage error

The chief executive of Kestrel Bank, Simon Carver, told MPs on Tuesday that a computer error had overcharged 40,000 mortgage customers for almost two years.

The Treasury committee's chair, Dame Margaret Ellerby, asked him why the bank had waited six months to tell its customers. Carver admitted that the delay had been a mistake.

His predecessor, Hugh Quilter, who ran the bank when the error began, denied that he had been told of it before he left. He said the bank's head of risk had told him that the systems had passed every test.

"If anyone had raised it with me, I would have stopped it that day," the former chief executive said.

The bank's finance director, Priya Dale, said every customer would be repaid with interest by the end of March.

Ellerby said the committee would publish its report in the new year.`,
    claims: [
      { s: 'told MPs on Tuesday that a computer error had overcharged', speakers: CARVER },
      { s: 'asked him why the bank had waited six months', speakers: ELLERBY, optional: true },
      { s: 'Carver admitted that the delay had been a mistake.', speakers: CARVER },
      { s: 'denied that he had been told of it before he left', speakers: QUILTER },
      { s: "He said the bank's head of risk had told him", speakers: QUILTER },
      {
        s: '"If anyone had raised it with me, I would have stopped it that day," the former chief',
        speakers: QUILTER,
        direct: true,
      },
      { s: 'said every customer would be repaid with interest', speakers: DALE },
      { s: 'Ellerby said the committee would publish its report', speakers: ELLERBY },
    ],
  },
  {
    name: 'an airline results call: the airline said, on a call with analysts X said, analysts at X said, an executive disputes that (the inner verb is no cue), a quotation then she told analysts, the commercial chief said',
    text: `Skylark Air warns on winter fares as fuel bill climbs

Skylark Air said on Wednesday that its fuel bill would rise by 180 million pounds this winter and that fares would have to follow.

On a call with analysts, chief executive Ingrid Solberg said bookings for December were 6% ahead of last year.

Analysts at Hollis Capital said the warning was smaller than they had feared. Nathan Beck, an analyst at the firm, said the shares had already priced in a weaker winter.

Solberg disputes that the airline expanded too quickly last summer. "We added routes where the demand was, and those routes are full," she told analysts.

Commercial director Penny Prendergast said the airline would drop three routes to Scandinavia in January.`,
    claims: [
      { s: 'said on Wednesday that its fuel bill would rise', speakers: SKYLARK },
      { s: 'said bookings for December were 6% ahead', speakers: SOLBERG },
      {
        s: 'Analysts at Hollis Capital said the warning was smaller',
        speakers: ['Analysts at Hollis Capital', 'Analysts'],
      },
      { s: 'said the shares had already priced in a weaker winter', speakers: BECK },
      { s: 'Solberg disputes that the airline expanded too quickly', speakers: SOLBERG },
      {
        s: '"We added routes where the demand was, and those routes are full," she told analysts.',
        speakers: SOLBERG,
        direct: true,
      },
      { s: 'said the airline would drop three routes', speakers: PRENDERGAST },
    ],
  },
  {
    name: 'talks in Tokyo: after talks with X, the Australian foreign minister said; speaking after a meeting with X, the Indian minister said; X said Y had assured him that',
    text: `Quad ministers pledge to keep sea lanes open

Foreign ministers from Australia, India, Japan and the United States met in Tokyo on Friday for talks on shipping routes through the Indo-Pacific.

After talks with Japan's foreign minister, Yuki Hayashi, the Australian foreign minister said the four countries would hold a joint naval exercise next year. Tamsin Leigh added that the exercise was not aimed at any one country.

Speaking after a meeting with Hayashi, the Indian minister said New Delhi would host the next round of talks. Anil Rao said India wanted a shared plan for search and rescue at sea.

Hayashi said the ministers had agreed to meet every six months. "The sea is our common road, and we will keep it open," he said.

Rao said Leigh had assured him that Canberra would send a ship to the Bay of Bengal.`,
    claims: [
      { s: 'the Australian foreign minister said the four countries would hold', speakers: TAMSIN },
      { s: 'Tamsin Leigh added that the exercise was not aimed', speakers: TAMSIN },
      { s: 'the Indian minister said New Delhi would host', speakers: RAO },
      { s: 'Anil Rao said India wanted a shared plan', speakers: RAO },
      { s: 'Hayashi said the ministers had agreed to meet', speakers: HAYASHI },
      { s: '"The sea is our common road, and we will keep it open," he said.', speakers: HAYASHI, direct: true },
      { s: 'Rao said Leigh had assured him that Canberra', speakers: RAO },
    ],
  },
  {
    name: 'groups as speakers: parents at X told, supporters of X said, opponents of the plan argued, police questioned witnesses who said, the head teacher said',
    text: `Fire closes primary school for a week

Parents at Larkfield Primary School told the BBC they had been given an hour's notice to collect their children after a fire broke out in the kitchen on Thursday.

Police questioned witnesses who said they had seen two teenagers running from the school gates shortly before the alarm sounded.

Head teacher Isla Fairbairn said the school would stay closed until Monday week while the kitchen was made safe.

Supporters of the school's plan to move lessons to the church hall said the children would lose no more than two days of teaching. Opponents of the plan argued that the hall was too small and too cold.

"The children are safe, and that is all that matters today," Fairbairn said.`,
    claims: [
      {
        s: "told the BBC they had been given an hour's notice",
        speakers: ['Parents at Larkfield Primary School', 'Parents'],
      },
      { s: 'witnesses who said they had seen two teenagers', speakers: ['witnesses'] },
      { s: 'said the school would stay closed until Monday week', speakers: FAIRBAIRN },
      {
        s: 'said the children would lose no more than two days',
        speakers: ["Supporters of the school's plan", 'Supporters'],
      },
      { s: 'Opponents of the plan argued that the hall', speakers: ['Opponents of the plan', 'Opponents'] },
      {
        s: '"The children are safe, and that is all that matters today," Fairbairn said.',
        speakers: FAIRBAIRN,
        direct: true,
      },
    ],
  },
  {
    name: "a newspaper's retraction with two reporters, a woman and a man: the paper said it had withdrawn, accepts that, X said her editor had assured her that, the reporter said, he declined to comment (optional), the mayor's lawyer said",
    text: `Newspaper withdraws story about mayor's expenses

The Northern Herald said on Monday that it had withdrawn an article claiming the mayor of Ashby, Daniel Crowe, had charged family holidays to the council.

The newspaper accepts that the documents it relied on were forgeries, its editor said in a statement.

Megan Hurst, one of the two reporters who wrote the story, said her editor had assured her that the documents had been checked by a lawyer. The reporter said she had asked for the article to be held for a week.

The other reporter, Ross Kirby, declined to comment.

Crowe said he was glad the newspaper had admitted its mistake. "I have spent three months answering for something I never did," he said.`,
    claims: [
      { s: 'said on Monday that it had withdrawn an article', speakers: HERALD },
      { s: 'accepts that the documents it relied on were forgeries', speakers: ['its editor', 'editor', ...HERALD] },
      { s: 'said her editor had assured her that the documents', speakers: HURST },
      { s: 'The reporter said she had asked for the article', speakers: HURST },
      { s: 'declined to comment', speakers: ['Ross Kirby', 'Kirby'], optional: true },
      { s: 'Crowe said he was glad the newspaper had admitted', speakers: CROWE },
      { s: '"I have spent three months answering for something I never did," he said.', speakers: CROWE, direct: true },
    ],
  },
];
