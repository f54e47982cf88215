/**
 * Batch 73, written by claims28b with its gold before the detector ran on it, to be fixed against
 * (not blind): three stories of set B's kind aimed at who speaks — a body against its
 * spokespeople, "the people said" / "the sources said" after unnamed sources, a speaker given as
 * title + body + name ("Norges Bank Governor Mikkel Haugen"), a pronoun opening a paragraph, "the
 * bank" / "the company" / "the board" resolved to the body named before, and speakers after the
 * quotation in inverted order ("said board chair X"). A Reuters central bank decision, a Reuters
 * shipping takeover story and an AP Wisconsin canvass and recount story; and a fourth, written
 * after sentences of our own showed "the miner" / "the drugmaker" left unresolved and "the company"
 * taken for the bank whose analysts spoke (gold again committed before the detector ran on it): a
 * Reuters copper miner's cut forecast with a drugmaker's plant at its end. Then two more (gold
 * again first), after sentences of our own showed "ECB policymaker X" resolved to the bank and "A
 * Commission spokesperson" to "A Commission": a Reuters ECB story and an AP Nevada count and
 * concession. A seventh (gold first as well), after "two of the people said" kept its words as the
 * name and "said one trader" made no claim: a Reuters commodities story.
 *
 * As in batch 72, a description of a named body counts only resolved ("the bank said" → Norges
 * Bank; ../shared/eval/README.md), and "the people said" only as the sources named before.
 */
import type { NewsCase } from './news.cases';

const NORGES = ['Norges Bank', "Norway's central bank"];
const PEOPLE = [
  "Two people familiar with the board's discussions",
  "people familiar with the board's discussions",
  'Two people',
];
const BREKKE = ['Brekke Shipping', 'Brekke', 'Norwegian tanker operator Brekke Shipping'];
const SOURCES = ['three sources', 'sources'];
const ANGLO = ['Anglo-Pacific Minerals', 'Anglo-Pacific'];

export const NEWS_CASES_73: NewsCase[] = [
  {
    name: 'reuters norges bank decision: the central bank said, a governor by title and body told a news conference, the bank said and It said, Haugen said and He added, economists at a bank and They said, an inverted economist, two people familiar and the people said, a spokesperson declined, a minister in a statement',
    text: `Norges Bank holds rates, signals cut in summer as krone firms

OSLO, March 27 (Reuters) - Norway's central bank kept its benchmark interest rate at 4.5% on Thursday, as expected, but said it would most likely lower it in the summer as inflation eases faster than it had forecast.

"The policy rate will most likely be reduced in the course of the summer," Norges Bank Governor Mikkel Haugen told a news conference. "But we are not in a hurry."

The bank said core inflation had fallen to 3.1% in February from 3.4% in January. It said a stronger krone would help to bring price growth down further this year.

Haugen said the board had discussed a cut at this meeting but decided the labour market was still too tight. He added that wage growth of about 4.5% was higher than the bank would like.

Economists at DNB Markets said the message was "a little more dovish" than they had expected. They said they now saw two cuts this year, in June and September.

"Norges Bank is giving itself room, but the direction is clear," said Kjersti Lunde, chief economist at Handelsbanken in Oslo.

Two people familiar with the board's discussions said one member had argued for an immediate cut. The bank does not publish the votes of its board members, the people said.

A Norges Bank spokesperson declined to comment on the board's deliberations.

The krone rose 0.6% against the euro after the decision. Finance Minister Sigrid Aas said in a statement that the government welcomed the bank's assessment.`,
    claims: [
      { s: "Norway's central bank kept its benchmark interest rate", speakers: NORGES },
      { s: '"The policy rate will most likely be reduced', speakers: ['Mikkel Haugen'], direct: true },
      { s: '"But we are not in a hurry."', speakers: ['Mikkel Haugen'], direct: true },
      { s: 'The bank said core inflation had fallen', speakers: NORGES },
      { s: 'It said a stronger krone would help', speakers: NORGES },
      { s: 'Haugen said the board had discussed a cut', speakers: ['Mikkel Haugen'] },
      { s: 'He added that wage growth', speakers: ['Mikkel Haugen'] },
      {
        s: 'Economists at DNB Markets said the message',
        speakers: ['Economists at DNB Markets', 'economists', 'DNB Markets'],
      },
      {
        s: 'They said they now saw two cuts this year',
        speakers: ['Economists at DNB Markets', 'economists', 'DNB Markets'],
      },
      { s: '"Norges Bank is giving itself room', speakers: ['Kjersti Lunde'], direct: true },
      { s: "Two people familiar with the board's discussions said", speakers: PEOPLE },
      { s: 'The bank does not publish the votes of its board members, the people said.', speakers: PEOPLE },
      { s: 'A Norges Bank spokesperson declined to comment', speakers: [], optional: true },
      { s: 'Finance Minister Sigrid Aas said in a statement', speakers: ['Sigrid Aas'] },
    ],
  },
  {
    name: 'reuters shipping takeover: three sources said, the sources said and they said, a firm said in a statement and The company said, a rival said and its chief executive told Reuters after a quotation, a spokesman for a shareholder, an inverted analyst and She said, a chief financial officer by title and firm and She told after a paragraph break',
    text: `Brekke Shipping weighs bid for rival Nordlys as shares jump

LONDON, May 6 (Reuters) - Norwegian tanker operator Brekke Shipping is considering a takeover offer for smaller rival Nordlys Tankers, three sources said on Tuesday, in a deal that would create one of Europe's largest fleets of product tankers.

Brekke has hired advisers and could make an approach within weeks, the sources said. Talks are at an early stage and may not lead to a deal, they said, declining to be named because the matter is private.

Shares in Nordlys jumped 18% in Oslo after the Reuters report.

Brekke said in a statement it "regularly reviews opportunities" and did not comment on specific companies. The company said it had no obligation to make an announcement.

Nordlys said it had not received an approach. "We are not for sale, but the board will look at any serious offer," Nordlys Chief Executive Lars Vik told Reuters by phone.

A spokesman for Brekke's largest shareholder, the Ostby family's investment firm Ostby Invest, said the family supported the company's strategy of growth.

"Consolidation in this sector makes sense, and Brekke has the balance sheet to do it," said Maria Engen, an analyst at Pareto Securities. She said a deal could value Nordlys at about $900 million including debt.

Brekke Chief Financial Officer Hanne Strand said last month that the company was looking to expand its fleet by a third over three years.

She told analysts on a call in April that it would consider "both ships and companies."`,
    claims: [
      { s: 'Norwegian tanker operator Brekke Shipping is considering a takeover offer', speakers: SOURCES },
      { s: 'Brekke has hired advisers', speakers: SOURCES },
      { s: 'Talks are at an early stage', speakers: SOURCES },
      { s: 'Brekke said in a statement it "regularly reviews opportunities"', speakers: BREKKE },
      { s: 'The company said it had no obligation', speakers: BREKKE },
      { s: 'Nordlys said it had not received an approach.', speakers: ['Nordlys Tankers', 'Nordlys'] },
      { s: '"We are not for sale', speakers: ['Lars Vik'], direct: true },
      {
        s: "A spokesman for Brekke's largest shareholder",
        speakers: [
          'Ostby Invest',
          "A spokesman for Brekke's largest shareholder",
          "spokesman for Brekke's largest shareholder",
          'spokesman',
        ],
      },
      { s: '"Consolidation in this sector makes sense', speakers: ['Maria Engen'], direct: true },
      { s: 'She said a deal could value Nordlys', speakers: ['Maria Engen'] },
      { s: 'Brekke Chief Financial Officer Hanne Strand said last month', speakers: ['Hanne Strand'] },
      { s: 'She told analysts on a call in April', speakers: ['Hanne Strand'] },
    ],
  },
  {
    name: 'ap wisconsin canvass: an inverted board chair over two quotations, the board said in a statement, according to unofficial results, a campaign said and its inverted spokesman, a group backed by the campaign alleges, an executive director by title and body and she said, She told supporters, an inverted former chairman',
    text: `Wisconsin county certifies Senate count as recount decision looms

MADISON, Wis. (AP) — The Dane County Board of Canvassers on Monday certified the county's results in last week's Senate election, rejecting a request from Republican Eric Lindqvist's campaign to delay the vote until it had inspected poll books.

"We found nothing that would change a single result," said board chair Margaret Olson after the 3-0 vote. "The numbers are the numbers."

The board said in a statement that its staff had reviewed 1,200 poll books and found 14 minor discrepancies, none larger than two votes.

Lindqvist trails Democratic Senator Ruth Abernathy by about 9,800 votes statewide, according to unofficial results compiled by The Associated Press. A margin that size is within the 1% threshold that allows the losing candidate to request a recount, but the candidate must pay for it.

Lindqvist's campaign said it would decide by Friday. "Every legitimate question deserves an answer," said campaign spokesman Tyler Moss. "We are asking them now, while the ballots can still be checked."

Lindqvist did not speak to reporters on Monday.

In a lawsuit filed in Waukesha County on Sunday, a group backed by the campaign alleges that election workers in Milwaukee made observers stand too far from the tables to see the ballots. The suit asks a judge to order new rules for any recount.

Milwaukee Election Commission Executive Director Paulette Greer said the claim was "simply untrue." Observers had been able to see every ballot, she said.

Abernathy declared victory on Wednesday and has since named a transition team. She told supporters in Madison on Saturday that the result "is not going to change."

"It's over," said Dennis Kraus, a former Republican state party chairman. "A recount would cost them $3 million and gain them a few hundred votes."`,
    claims: [
      { s: '"We found nothing that would change', speakers: ['Margaret Olson'], direct: true },
      { s: '"The numbers are the numbers."', speakers: ['Margaret Olson'], direct: true },
      { s: 'The board said in a statement', speakers: ['Dane County Board of Canvassers'] },
      {
        s: 'according to unofficial results compiled by The Associated Press',
        speakers: [
          'unofficial results compiled by The Associated Press',
          'unofficial results',
          'results',
          'Associated Press',
        ],
      },
      {
        s: "Lindqvist's campaign said it would decide by Friday.",
        speakers: ["Lindqvist's campaign", "Eric Lindqvist's campaign", 'campaign'],
      },
      { s: '"Every legitimate question deserves an answer,"', speakers: ['Tyler Moss'], direct: true },
      { s: '"We are asking them now', speakers: ['Tyler Moss'], direct: true },
      {
        s: 'a group backed by the campaign alleges',
        speakers: ['a group backed by the campaign', 'group backed by the campaign', 'group'],
      },
      { s: 'The suit asks a judge to order', speakers: [], optional: true },
      {
        s: 'Milwaukee Election Commission Executive Director Paulette Greer said',
        speakers: ['Paulette Greer'],
      },
      { s: 'Observers had been able to see every ballot', speakers: ['Paulette Greer'] },
      { s: 'Abernathy declared victory on Wednesday', speakers: ['Ruth Abernathy'], optional: true },
      { s: 'She told supporters in Madison on Saturday', speakers: ['Ruth Abernathy'] },
      { s: '"It\'s over," said Dennis Kraus', speakers: ['Dennis Kraus'], direct: true },
      { s: '"A recount would cost them', speakers: ['Dennis Kraus'], direct: true },
    ],
  },
  {
    name: 'reuters copper miner and a drugmaker: the miner said and It said, analysts at a bank said, an inverted analyst at a broker, The company said after them, a minister in apposition, a spokesperson for the company, the drugmaker said',
    text: `Anglo-Pacific Minerals cuts copper forecast after Chilean mine flooding

SANTIAGO, July 9 (Reuters) - Anglo-Pacific Minerals cut its copper production forecast for the year on Wednesday after flooding shut its largest mine in northern Chile for nine days.

The miner said output at the Cerro Blanco mine would fall by about 40,000 tonnes this year. It said repairs to the pumping system were under way and would cost around $60 million.

Analysts at Morgan Stanley said the cut was larger than they had expected and lowered their price target on the shares. "Cerro Blanco was supposed to carry the growth story this year," said Joanna Reid, an analyst at Liberum.

The company said it still expected to meet its cost guidance.

Chile's mining minister, Rodrigo Fuentes, said the government had sent inspectors to the site. A spokesperson for the company said it was cooperating fully with the inspection.

Separately, Swiss drugmaker Helvetia Pharma said on Wednesday it would build a $1.2 billion plant in North Carolina. The drugmaker said the plant would employ about 700 people when it opens in 2028.`,
    claims: [
      { s: 'The miner said output at the Cerro Blanco mine', speakers: ANGLO },
      { s: 'It said repairs to the pumping system', speakers: ANGLO },
      {
        s: 'Analysts at Morgan Stanley said the cut',
        speakers: ['Analysts at Morgan Stanley', 'analysts', 'Morgan Stanley'],
      },
      { s: '"Cerro Blanco was supposed to carry', speakers: ['Joanna Reid'], direct: true },
      { s: 'The company said it still expected', speakers: ANGLO },
      { s: "Chile's mining minister, Rodrigo Fuentes, said", speakers: ['Rodrigo Fuentes'] },
      {
        s: 'A spokesperson for the company said it was cooperating',
        speakers: ['A spokesperson for the company', 'spokesperson for the company', 'spokesperson', ...ANGLO],
      },
      {
        s: 'Swiss drugmaker Helvetia Pharma said on Wednesday',
        speakers: ['Helvetia Pharma', 'Helvetia', 'Swiss drugmaker Helvetia Pharma'],
      },
      {
        s: 'The drugmaker said the plant would employ',
        speakers: ['Helvetia Pharma', 'Helvetia', 'Swiss drugmaker Helvetia Pharma'],
      },
    ],
  },
  {
    name: 'reuters ecb policymakers: a policymaker by body and role, an inverted surname in apposition told Reuters, The policymaker said, a second policymaker and she told after a reported clause, the Commission said and a Commission spokesperson, economists polled, an inverted strategist and The strategist said',
    text: `ECB policymakers split over June cut as euro zone inflation cools

FRANKFURT, May 14 (Reuters) - European Central Bank policymaker Joris Haverkamp said on Wednesday that a June rate cut was "far from a done deal," pushing back against colleagues who have all but promised one.

"The data of the last two months do not allow us to declare victory," Haverkamp, who heads the Dutch central bank, told Reuters in an interview. The policymaker said wage growth in the euro zone was still running above 4%.

ECB policymaker Klara Wendt took the opposite view. Inflation would be back at the bank's 2% target by early next year, she told a conference in Vienna, and waiting too long risked "doing damage we would later regret."

The European Commission said in its spring forecast on Monday that euro zone growth would reach 0.9% this year. A Commission spokesperson said on Wednesday that the Commission did not comment on monetary policy.

Economists polled by Reuters expect three cuts this year. "The hawks are making noise, but the doves have the votes," said Rachel Oduya, a strategist at ING in London. The strategist said markets had priced in a June cut with about 90% probability.`,
    claims: [
      { s: 'European Central Bank policymaker Joris Haverkamp said', speakers: ['Joris Haverkamp'] },
      { s: '"The data of the last two months', speakers: ['Joris Haverkamp'], direct: true },
      { s: 'The policymaker said wage growth', speakers: ['Joris Haverkamp'] },
      { s: "Inflation would be back at the bank's 2% target", speakers: ['Klara Wendt'] },
      {
        s: 'The European Commission said in its spring forecast',
        speakers: ['European Commission', 'Commission'],
      },
      {
        s: 'A Commission spokesperson said on Wednesday',
        speakers: [
          'European Commission',
          'Commission',
          'A Commission spokesperson',
          'Commission spokesperson',
          'spokesperson',
        ],
      },
      {
        s: 'Economists polled by Reuters expect three cuts',
        speakers: ['Economists polled by Reuters', 'economists'],
        optional: true,
      },
      { s: '"The hawks are making noise', speakers: ['Rachel Oduya'], direct: true },
      { s: 'The strategist said markets had priced in', speakers: ['Rachel Oduya'] },
    ],
  },
  {
    name: 'ap nevada count and concession: a registrar by county and title and The registrar said, a concession told supporters after a quotation, His campaign said, an aide by surname and The aide said, a pollster by label and The pollster said',
    text: `Washoe County finishes count as Republican concedes House race

RENO, Nev. (AP) — Washoe County Registrar Dana Whitlock said on Friday that her office had finished counting ballots, ten days after the election. The registrar said about 2,300 ballots had been set aside for signature problems, fewer than in 2022.

Republican challenger Glen Maddox conceded the 2nd District race hours later. "The voters have spoken, and I respect them," Maddox told supporters at a Sparks hotel. His campaign said he had called Representative Ana Ruiz to congratulate her.

A Ruiz aide said the congresswoman would hold a news conference on Monday. The aide said she planned to focus on water and housing.

Pollster Mark Hensley, whose firm had Ruiz up by six points, said the result was no surprise. The pollster said turnout among younger voters had been higher than expected.`,
    claims: [
      { s: 'Washoe County Registrar Dana Whitlock said', speakers: ['Dana Whitlock'] },
      { s: 'The registrar said about 2,300 ballots', speakers: ['Dana Whitlock'] },
      { s: 'Republican challenger Glen Maddox conceded', speakers: ['Glen Maddox'], optional: true },
      { s: '"The voters have spoken', speakers: ['Glen Maddox'], direct: true },
      {
        s: 'His campaign said he had called',
        speakers: ["Maddox's campaign", "Glen Maddox's campaign", 'Maddox campaign', 'campaign'],
      },
      { s: 'A Ruiz aide said the congresswoman', speakers: ['a Ruiz aide', 'Ruiz aide', 'aide'] },
      { s: 'The aide said she planned', speakers: ['a Ruiz aide', 'Ruiz aide', 'aide'] },
      { s: 'Pollster Mark Hensley, whose firm', speakers: ['Mark Hensley'] },
      { s: 'The pollster said turnout', speakers: ['Mark Hensley'] },
    ],
  },
  {
    name: 'reuters cocoa trader sale: three people told Reuters and two of the people said, sources said and one of the sources said, a firm declined, an inverted trader and One of them, officials said',
    text: `Cocoa merchant Ridgeway explores sale of West African unit, sources say

LONDON, Sept 3 (Reuters) - Swiss-based cocoa merchant Ridgeway Commodities is exploring a sale of its West African processing business, three people familiar with the matter told Reuters. The unit could be valued at about $800 million, two of the people said.

Ridgeway has held early talks with at least two Asian buyers, the sources said. One of the sources said a deal was unlikely before the end of the year.

Ridgeway declined to comment.

Cocoa prices have doubled in two years after poor harvests in Ivory Coast and Ghana. "Everyone in the trade is looking at their balance sheets right now," said one London-based trader, who asked not to be named. Two other traders said smaller merchants were struggling to finance their purchases. One of them said at least one firm had quietly stopped buying.

Ghanaian officials said the country's cocoa board would publish its forecast for the new season next week.`,
    claims: [
      {
        s: 'Swiss-based cocoa merchant Ridgeway Commodities is exploring a sale',
        speakers: ['three people familiar with the matter', 'people familiar with the matter', 'three people'],
      },
      {
        s: 'The unit could be valued at about $800 million, two of the people said.',
        speakers: ['three people familiar with the matter', 'people familiar with the matter', 'three people'],
      },
      {
        s: 'Ridgeway has held early talks',
        speakers: ['three people familiar with the matter', 'people familiar with the matter', 'sources'],
      },
      {
        s: 'One of the sources said a deal was unlikely',
        speakers: ['three people familiar with the matter', 'people familiar with the matter', 'sources'],
      },
      { s: 'Ridgeway declined to comment.', speakers: [], optional: true },
      {
        s: '"Everyone in the trade is looking',
        speakers: ['one London-based trader', 'London-based trader', 'trader'],
        direct: true,
      },
      {
        s: 'Two other traders said smaller merchants',
        speakers: ['Two other traders', 'other traders', 'traders'],
      },
      {
        s: 'One of them said at least one firm',
        speakers: ['Two other traders', 'other traders', 'traders'],
      },
      { s: 'Ghanaian officials said', speakers: ['Ghanaian officials', 'officials'] },
    ],
  },
];
