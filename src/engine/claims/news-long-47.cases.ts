/**
 * Batch 47, written blind by claims15 and committed before the detector ran on it. Three
 * stories: a Wikinews-style sports report (told a broadcaster, a multi-sentence quotation with a
 * question in it, praised, joked, a federation statement, "Its president … called on", team
 * officials said); a Reuters court story (a judge who "wrote", a company statement, an agency
 * chief, lawyers who argued, testified, people familiar and one of them, an outside lawyer
 * inverted, a union spokesperson who told Reuters, a reporting credit); a Reuters Senate race
 * (candidates quoted alternately with she/he inside their quotations, a campaign statement,
 * according to filings, a senior official on condition of anonymity, a strategist, voters).
 */
import type { NewsCase } from './news.cases';

export const NEWS_CASES_47: NewsCase[] = [
  {
    name: 'wikinews slalom: told NRK, a quotation with a question, she after another woman, praised, joked, a federation statement, its president called on, team officials said',
    text: `Norwegian skier wins first World Cup slalom in front of home crowd

Sunday, January 19, 2025

Norwegian skier Ingrid Solberg won her first World Cup slalom on Saturday in Hafjell, finishing 0.41 seconds ahead of Switzerland's Lea Brunner in front of about 9,000 spectators.

Solberg, 22, had been ninth after the first run. "I was so nervous this morning that I could not eat breakfast," she told the Norwegian broadcaster NRK after the race. "Then I thought, what is the worst that can happen? I fall, and I eat lunch."

Brunner, the overall World Cup leader, praised the younger skier's second run as "the best I have seen this season". She said the course had become rough in the afternoon sun, which made Solberg's time all the more impressive.

Solberg's coach, Atle Haugen, joked that he would have to find a new excuse for her results. He credited a change of boots in December for her improvement.

The Norwegian Ski Federation said in a statement that ticket sales for the Hafjell race had been the highest since 2019. Its president, Kari Lunde, called on the government to fund new snow-making equipment for the resort, warning that warmer winters were "a threat to every race on the calendar".

Austria's Julia Eder, who won the last two slaloms, straddled a gate in the first run and did not finish. Austrian team officials said she had a bruised knee but would race in Flachau next week.

The result moves Solberg to fourth in the slalom standings.`,
    claims: [
      { s: '"I was so nervous this morning', speakers: ['Ingrid Solberg'], direct: true },
      { s: '"Then I thought, what is the worst', speakers: ['Ingrid Solberg'], direct: true },
      { s: 'I fall, and I eat lunch."', speakers: ['Ingrid Solberg'], direct: true },
      { s: "praised the younger skier's second run", speakers: ['Lea Brunner'] },
      { s: 'She said the course had become rough', speakers: ['Lea Brunner'] },
      { s: 'Atle Haugen, joked that he would have', speakers: ['Atle Haugen'] },
      { s: 'He credited a change of boots', speakers: ['Atle Haugen'], optional: true },
      {
        s: 'The Norwegian Ski Federation said in a statement',
        speakers: ['Norwegian Ski Federation', 'federation'],
      },
      { s: 'Its president, Kari Lunde, called on', speakers: ['Kari Lunde'] },
      {
        s: 'Austrian team officials said she had a bruised knee',
        speakers: ['Austrian team officials', 'team officials', 'officials'],
      },
    ],
  },
  {
    name: 'reuters merger ruling: the judge wrote, a company statement, no response, the agency chief and she, lawyers argued, testified, the judge again after a man, people familiar and one of them, an outside lawyer inverted, a union spokesperson told Reuters',
    text: `U.S. judge blocks grocery chains' $9 billion merger

WASHINGTON, Oct 3 (Reuters) - A federal judge on Thursday blocked the planned $9 billion merger of grocery chains FreshWay and Harlan Foods, siding with the Federal Trade Commission, which had argued the deal would raise prices for shoppers in 14 states.

U.S. District Judge Miriam Castell in Portland, Oregon, wrote in her ruling that the companies had not shown that their plan to sell 400 stores to a smaller rival would keep competition alive. "A divestiture buyer that has never run more than 90 stores is being asked to run 400 overnight," she wrote.

FreshWay said in a statement that it was "deeply disappointed" and was reviewing its options, including an appeal. Harlan Foods did not immediately respond to a request for comment.

The FTC's competition chief, Rebecca Tan, said the ruling was a victory for "every family that checks the price of milk". She said the agency would keep challenging mergers that it believed would hurt workers as well as shoppers.

Lawyers for the companies had argued during a three-week trial that they needed to combine to compete with Walmart and Amazon. Harlan's chief executive, Thomas Greer, testified that the merger would let the companies cut prices by $1 billion over four years.

The judge rejected that estimate. She said it relied on savings the companies had "not yet identified, let alone achieved".

Two people familiar with the matter said FreshWay's board would meet on Monday to decide whether to appeal. One of them said the board was divided, and that some directors favoured walking away and paying Harlan a $600 million break-up fee.

"This deal was in trouble the day the FTC sued," said Mark Feld, an antitrust lawyer at Pryor & Lane who was not involved in the case. "An appeal would take a year, and the stores would be losing staff the whole time."

The United Food and Commercial Workers union, which represents about 100,000 workers at the two chains, welcomed the decision. A spokesperson for the union, Diana Ortiz, told Reuters that workers had feared store closures and lower wages.

FreshWay shares fell 3.1 percent in after-hours trading. Harlan shares were down 8 percent.

(Reporting by Jody Marsh; Editing by Leslie Adler)`,
    claims: [
      {
        s: 'A federal judge on Thursday blocked the planned',
        speakers: ['Federal Trade Commission', 'FTC'],
        optional: true,
      },
      { s: 'Miriam Castell in Portland, Oregon, wrote', speakers: ['Miriam Castell'] },
      { s: '"A divestiture buyer that has never run', speakers: ['Miriam Castell'], direct: true },
      { s: 'FreshWay said in a statement', speakers: ['FreshWay'] },
      { s: 'Harlan Foods did not immediately respond', speakers: [], optional: true },
      { s: 'Rebecca Tan, said the ruling was a victory', speakers: ['Rebecca Tan'] },
      { s: 'She said the agency would keep challenging', speakers: ['Rebecca Tan'] },
      {
        s: 'Lawyers for the companies had argued',
        speakers: ['Lawyers for the companies', 'Lawyers'],
      },
      { s: 'Thomas Greer, testified that the merger', speakers: ['Thomas Greer'] },
      { s: 'The judge rejected that estimate.', speakers: ['Miriam Castell'], optional: true },
      { s: 'She said it relied on savings', speakers: ['Miriam Castell'] },
      {
        s: 'Two people familiar with the matter said',
        speakers: ['Two people familiar with the matter', 'people familiar with the matter', 'Two people familiar'],
      },
      {
        s: 'One of them said the board was divided',
        speakers: ['One of them', 'people familiar with the matter', 'Two people familiar with the matter'],
      },
      { s: '"This deal was in trouble the day', speakers: ['Mark Feld'], direct: true },
      { s: '"An appeal would take a year', speakers: ['Mark Feld'], direct: true },
      {
        s: 'welcomed the decision.',
        speakers: ['United Food and Commercial Workers', 'United Food and Commercial Workers union', 'union'],
        optional: true,
      },
      { s: 'Diana Ortiz, told Reuters that workers', speakers: ['Diana Ortiz'] },
    ],
  },
  {
    name: "reuters Senate race: two candidates alternately, she/he inside quotations, a campaign statement, according to filings, a senior official on condition of anonymity, a strategist's he, voters said, a voter inverted and her she",
    text: `Senate rivals trade attacks over prices, border in final week

PITTSBURGH, Nov 1 (Reuters) - Democratic Senator Joan Ridley and her Republican challenger, Mike Daniels, crisscrossed Pennsylvania on Friday in the final days of a race that could decide control of the U.S. Senate.

At a rally in Erie, Daniels accused Ridley of voting "with her party every single time it mattered" and promised to cap federal spending. He told supporters that grocery prices had risen by a fifth since she was last elected.

"She's been in Washington for 12 years," Daniels said. "If she was going to fix it, she would have fixed it by now."

Ridley, speaking to union members in Scranton a few hours later, said Daniels had made his money "buying up family businesses and selling them for parts". She pointed to her votes for a law that brought a semiconductor plant to the state.

"My opponent talks about prices," she said. "I want to know why he never talked about them when his companies were raising them."

Asked about the border, Ridley said she had supported a bipartisan bill to hire more border agents that Republicans blocked earlier this year. Daniels' campaign said in a statement that the bill "would have done nothing to stop the flow of fentanyl".

A Reuters/Ipsos poll released on Wednesday showed Ridley ahead by 2 percentage points, within the margin of error.

Both parties have poured money into the race. Ridley's campaign has raised $71 million, according to federal filings, while Daniels, a former private equity executive, has lent his own campaign $25 million.

A senior Republican official, speaking on condition of anonymity to discuss strategy, said the party's own polling showed Daniels gaining among suburban women. A Democratic strategist working with the Ridley campaign disputed that. He said early-vote numbers in the Philadelphia suburbs were "running ahead of 2020".

Voters at the Erie rally said the economy mattered most. "I don't care who is in charge, I care what gas costs," said Linda Koval, a retired nurse. She said she had voted for Ridley in 2018 but would vote for Daniels this time.

(Reporting by Carl Hughes in Erie and Nora Patel in Scranton; Editing by Diane Craft)`,
    claims: [
      { s: 'Daniels accused Ridley of voting', speakers: ['Mike Daniels'] },
      { s: 'He told supporters that grocery prices', speakers: ['Mike Daniels'] },
      { s: '"She\'s been in Washington for 12 years,"', speakers: ['Mike Daniels'], direct: true },
      { s: '"If she was going to fix it', speakers: ['Mike Daniels'], direct: true },
      { s: 'said Daniels had made his money', speakers: ['Joan Ridley'] },
      { s: 'She pointed to her votes', speakers: ['Joan Ridley'], optional: true },
      { s: '"My opponent talks about prices,"', speakers: ['Joan Ridley'], direct: true },
      { s: '"I want to know why he never talked', speakers: ['Joan Ridley'], direct: true },
      { s: 'Ridley said she had supported a bipartisan bill', speakers: ['Joan Ridley'] },
      {
        s: "Daniels' campaign said in a statement",
        speakers: ["Daniels' campaign", 'Mike Daniels', 'Daniels', 'campaign'],
      },
      { s: 'A Reuters/Ipsos poll released on Wednesday', speakers: ['Reuters/Ipsos poll', 'poll'], optional: true },
      { s: "Ridley's campaign has raised $71 million", speakers: ['federal filings', 'filings'] },
      {
        s: 'A senior Republican official, speaking on condition',
        speakers: ['A senior Republican official', 'senior Republican official', 'Republican official', 'official'],
      },
      {
        s: 'A Democratic strategist working with the Ridley campaign disputed that.',
        speakers: ['A Democratic strategist working with the Ridley campaign', 'Democratic strategist', 'strategist'],
        optional: true,
      },
      {
        s: 'He said early-vote numbers',
        speakers: ['A Democratic strategist working with the Ridley campaign', 'Democratic strategist', 'strategist'],
      },
      { s: 'Voters at the Erie rally said', speakers: ['Voters at the Erie rally', 'Voters'] },
      { s: '"I don\'t care who is in charge', speakers: ['Linda Koval'], direct: true },
      { s: 'She said she had voted for Ridley in 2018', speakers: ['Linda Koval'] },
    ],
  },
];
