/**
 * Batch 105, written by claims40 with its gold committed before the detector ran on it, to be fixed
 * against (not blind): five stories in kinds of writing batches 1–103 have least of (issue #9). An
 * election-night live blog with timestamps on lines of their own and the present tense ("X says
 * the county will …", "…, she told reporters", "The Ortega campaign says it is", a campaign
 * manager who "wrote:" a quotation in a text message, "A spokesman for the governor, X, said",
 * "according to the county's website", "Early data suggest", "…, the secretary of state's office
 * reminded voters on social media"); a press-release wire ("today announced that it has entered
 * into", "…, the company said", "said X, Chief Executive Officer of Y" with a second quoted
 * sentence, "expects the deal to", forward-looking boilerplate with no claim); an appeals-court
 * ruling ("parents who say" inside the lead, "the … Court of Appeals held that", "X wrote for the
 * majority", "In dissent, X argued that", "He wrote that", "The county has said"); a science report
 * ("researchers at X said on Thursday, a toll they described as", "The report … estimates that",
 * "Its authors cautioned that", "said lead author Dr. X", "Preliminary monitoring suggests"); and a
 * House primary with a super PAC ("filings showed", "The group, X, says in its ads that", "Okoro has
 * denied that, and her campaign said", a campaign spokesman after a candidate's name, "A
 * spokeswoman for X, Y, said", "said he had nothing to do with … and called on").
 *
 * As in batches 72–104, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words. Data, filings and monitoring without a named origin are
 * optional, as in batches 77, 83, 101 and 104.
 *
 * At first sight (claims F1 / speaker / direct): 0.931 (27/27/31) / 0.963 / 1.000. Errors: 'In a
 * text message, campaign manager Will Danner wrote: "…"' missed ("Will" read as the modal); ", the
 * secretary of state's office reminded voters on social media." missed; "Halvorsen Robotics ASA …,
 * a maker of …, today announced that" missed (a time between the apposition and the verb); "the 5th
 * Circuit Court of Appeals held that library patrons have" missed; "Okoro's main rival, former
 * Atlanta city councilman Jamal Pryor, said" gave Okoro. After claims40's rows 1.000 (31/31/31) /
 * 1.000 / 1.000.
 */
import type { NewsCase } from './news.cases';

const PETRAKIS = ['Joan Petrakis', 'Petrakis'];
const ORTEGA_CAMPAIGN = ['Ortega campaign', 'campaign', 'The Ortega campaign'];
const DANNER = ['Will Danner', 'Danner'];
const MAYS = ['Carl Mays', 'Mays', 'A spokesman for the governor', 'spokesman'];
const WASHOE = ["the county's website", "county's website", 'website', 'Washoe County', 'county'];
const EARLY_DATA = ['Early data', 'data'];
const SOS_OFFICE = ["the secretary of state's office", "secretary of state's office", 'office'];
const HALVORSEN = ['Halvorsen Robotics ASA', 'Halvorsen Robotics', 'Halvorsen', 'company'];
const INGRID = ['Ingrid Halvorsen', 'Halvorsen'];
const QURESHI = ['Samir Qureshi', 'Qureshi'];
const PARENTS = ['parents'];
const COURT = ['5th Circuit Court of Appeals', '5th Circuit', 'Court of Appeals', 'court'];
const DELGADO = ['Anita Delgado', 'Delgado'];
const KIMBALL = ['Robert Kimball', 'Kimball'];
const COUNTY = ['Llano Ridge County', 'county', 'The county'];
const SORENSEN = ['Leila Sorensen', 'Sorensen'];
const RESEARCHERS = [
  'researchers at the Institute for Environmental Health',
  'researchers',
  'Institute for Environmental Health',
];
const REPORT = ['report', 'The report', 'The report, commissioned by the federal health department', ...RESEARCHERS];
const AUTHORS = ['authors', 'Its authors'];
const NATARAJAN = ['Priya Natarajan', 'Natarajan', 'Dr. Priya Natarajan'];
const HEALTH_CANADA = ['Health Canada'];
const MONITORING = ['Preliminary monitoring', 'monitoring'];
const FILINGS = ['filings'];
const FGF = ['Forward Georgia Fund', 'group', 'The group'];
const OKORO = ['Denise Okoro', 'Okoro', 'her campaign', 'campaign'];
const BELL = ['Terrence Bell', 'Bell'];
const MARR = ['Kelsey Marr', 'Marr', 'A spokeswoman for Forward Georgia Fund', 'spokeswoman'];
const PRYOR = ['Jamal Pryor', 'Pryor'];

export const NEWS_CASES_105: NewsCase[] = [
  {
    name: "live blog with timestamps: X says the county will, …, she told reporters, the campaign says it is, a campaign manager wrote: a quotation, a spokesman for the governor, X, said, according to the county's website, early data suggest (optional), …, the office reminded voters",
    text: `Live: Nevada counts ballots in tight governor's race

Last updated 11:52 p.m. PT

11:52 p.m.
Clark County Registrar Joan Petrakis says the county will stop counting for the night at one o'clock and resume on Thursday morning. About 62,000 mail ballots remain, she told reporters.

11:20 p.m.
The Ortega campaign says it is "cautiously optimistic". In a text message, campaign manager Will Danner wrote: "Every vote left to count is in places where we are winning."

10:47 p.m.
Governor Ray Lindholm has not conceded. A spokesman for the governor, Carl Mays, said Lindholm would "wait until every legal ballot is counted" and would not speak tonight.

10:15 p.m.
Washoe County has posted its second batch of results. Ortega leads there by 3,100 votes, according to the county's website.

9:58 p.m.
Early data suggest turnout fell in rural counties compared with 2022, while Las Vegas precincts reported long lines into the evening.

9:30 p.m.
Polls have closed across Nevada. Anyone still in line when polls closed is allowed to vote, the secretary of state's office reminded voters on social media.`,
    claims: [
      { s: 'says the county will stop counting for the night', speakers: PETRAKIS },
      { s: 'About 62,000 mail ballots remain, she told reporters.', speakers: PETRAKIS },
      { s: 'The Ortega campaign says it is "cautiously optimistic".', speakers: ORTEGA_CAMPAIGN },
      { s: 'In a text message, campaign manager Will Danner wrote:', speakers: DANNER, direct: true },
      { s: 'said Lindholm would "wait until every legal ballot', speakers: MAYS },
      { s: 'Ortega leads there by 3,100 votes', speakers: WASHOE },
      { s: 'Early data suggest turnout fell in rural counties', speakers: EARLY_DATA, optional: true },
      { s: 'Anyone still in line when polls closed is allowed to vote', speakers: SOS_OFFICE },
    ],
  },
  {
    name: 'press-release wire: X today announced that it has entered into an agreement, …, the company said, "…," said X, Chief Executive Officer of Y with a second sentence, "…," X said, X expects the deal to (optional), forward-looking boilerplate with no claim',
    text: `Halvorsen Robotics to acquire Brightpath Vision for $410 million

OSLO, June 3 (PRNewswire) -- Halvorsen Robotics ASA (OSE: HALV), a maker of warehouse automation systems, today announced that it has entered into a definitive agreement to acquire Brightpath Vision Inc., a privately held developer of machine-vision software, for $410 million in cash and stock.

The transaction is expected to close in the third quarter of 2025, subject to regulatory approvals, and to add to earnings per share in its first full year, the company said.

"Brightpath's software is the missing piece in our platform," said Ingrid Halvorsen, Chief Executive Officer of Halvorsen Robotics. "Together we can offer customers a warehouse that sees, plans and moves on its own."

Brightpath co-founder and CEO Samir Qureshi will join Halvorsen's executive team. "Our teams share the same obsession with reliability," Qureshi said.

Halvorsen expects the deal to generate annual cost savings of about $25 million by 2027.

Forward-looking statements

This press release contains forward-looking statements. Actual results may differ materially from those expressed or implied in such statements.`,
    claims: [
      { s: 'today announced that it has entered into a definitive agreement', speakers: HALVORSEN },
      { s: 'The transaction is expected to close in the third quarter', speakers: HALVORSEN },
      { s: '"Brightpath\'s software is the missing piece in our platform," said', speakers: INGRID, direct: true },
      { s: '"Together we can offer customers a warehouse', speakers: INGRID, direct: true },
      { s: '"Our teams share the same obsession with reliability," Qureshi said.', speakers: QURESHI, direct: true },
      { s: 'Halvorsen expects the deal to generate', speakers: HALVORSEN, optional: true },
    ],
  },
  {
    name: 'appeals-court ruling: parents who say (optional), the Court of Appeals held that, "…," X wrote for the majority with a second sentence, in dissent X argued that, he wrote that, the county has said, a lawyer for the parents said',
    text: `Appeals court revives lawsuit over library book removals

(Reuters) - A federal appeals court on Friday revived a lawsuit by parents who say a Texas county violated the First Amendment when it removed 17 books from public library shelves.

In a 2-1 decision, the 5th Circuit Court of Appeals held that library patrons have a right to receive information that a government cannot curtail simply because officials dislike the ideas in a book.

"The government may choose what to buy. It may not purge the shelves of views it disfavors," Circuit Judge Anita Delgado wrote for the majority.

In dissent, Circuit Judge Robert Kimball argued that a library's choice of books is the government's own speech and cannot be challenged by patrons. He wrote that the majority's rule would leave librarians "answering to federal judges for every weeding decision".

Lawyers for Llano Ridge County did not respond to requests for comment. The county has said the books were removed because they were outdated or damaged, not because of their content.

Leila Sorensen, a lawyer for the parents, said the ruling was "a victory for every reader in Texas".`,
    claims: [
      { s: 'revived a lawsuit by parents who say a Texas county violated', speakers: PARENTS, optional: true },
      { s: 'held that library patrons have a right to receive', speakers: COURT },
      { s: '"The government may choose what to buy.', speakers: DELGADO, direct: true },
      { s: 'It may not purge the shelves of views it disfavors," Circuit Judge', speakers: DELGADO, direct: true },
      { s: "argued that a library's choice of books", speakers: KIMBALL },
      { s: "He wrote that the majority's rule", speakers: KIMBALL },
      { s: 'The county has said the books were removed', speakers: COUNTY },
      { s: 'said the ruling was "a victory for every reader', speakers: SORENSEN },
    ],
  },
  {
    name: 'science report: researchers at an institute said on Thursday, the report … estimates that, its authors cautioned that, "…," said lead author Dr. X with a second sentence first, a health department said in a statement that, preliminary monitoring suggests (optional)',
    text: `Wildfire smoke linked to 4,000 extra deaths a year in Canada, report estimates

TORONTO — Smoke from wildfires caused an estimated 4,000 additional deaths a year in Canada between 2018 and 2023, researchers at the Institute for Environmental Health said on Thursday, a toll they described as "largely invisible".

The report, commissioned by the federal health department, estimates that fine particles from the fires raised hospital admissions for asthma by 12% in the worst-hit provinces.

Its authors cautioned that the figures relied on models rather than death certificates, which rarely list smoke as a cause.

"Nobody dies of smoke on paper. They die of heart attacks and strokes a few days later," said lead author Dr. Priya Natarajan.

Health Canada said in a statement that it would review the recommendations, which include cleaner-air shelters in every town of more than 5,000 people.

Preliminary monitoring suggests this summer's fire season could be worse.`,
    claims: [
      { s: 'Smoke from wildfires caused an estimated 4,000 additional deaths', speakers: RESEARCHERS },
      { s: 'estimates that fine particles from the fires raised', speakers: REPORT },
      { s: 'Its authors cautioned that the figures relied on models', speakers: AUTHORS },
      { s: '"Nobody dies of smoke on paper.', speakers: NATARAJAN, direct: true },
      { s: 'They die of heart attacks and strokes a few days later," said', speakers: NATARAJAN, direct: true },
      { s: 'Health Canada said in a statement that it would review', speakers: HEALTH_CANADA },
      { s: "Preliminary monitoring suggests this summer's fire season", speakers: MONITORING, optional: true },
    ],
  },
  {
    name: "House primary and a super PAC: filings showed (optional), the group, X, says in its ads that, X has denied that, and her campaign said, a campaign spokesman after the candidate's name, a spokeswoman for X, Y, said, a rival said he had nothing to do with it and called on",
    text: `Super PAC ad war escalates in Georgia House primary

ATLANTA, May 8 (Reuters) - A super PAC funded largely by a cryptocurrency executive has spent $3.2 million attacking state Senator Denise Okoro in the Democratic primary for Georgia's 13th congressional district, filings showed on Wednesday, the most by any outside group in a House race this year.

The group, Forward Georgia Fund, says in its ads that Okoro "took money from payday lenders". Okoro has denied that, and her campaign said the contributions cited in the ad came from a credit union.

"This is a billionaire trying to buy a seat," Okoro campaign spokesman Terrence Bell said in an interview. "Voters in this district are not for sale."

A spokeswoman for Forward Georgia Fund, Kelsey Marr, said the group stood by the ad and would keep "telling voters the truth about Denise Okoro's record".

Okoro's main rival, former Atlanta city councilman Jamal Pryor, said he had nothing to do with the spending and called on the super PAC to stop. Federal law bars candidates from coordinating with super PACs.`,
    claims: [
      { s: 'filings showed on Wednesday', speakers: FILINGS, optional: true },
      { s: 'says in its ads that Okoro "took money', speakers: FGF },
      { s: 'Okoro has denied that, and her campaign said', speakers: OKORO },
      { s: '"This is a billionaire trying to buy a seat," Okoro campaign', speakers: BELL, direct: true },
      { s: '"Voters in this district are not for sale."', speakers: BELL, direct: true },
      { s: 'said the group stood by the ad', speakers: MARR },
      { s: 'said he had nothing to do with the spending', speakers: PRYOR },
    ],
  },
];
