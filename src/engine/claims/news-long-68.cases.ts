/**
 * Batch 68, written blind by claims24 and committed before the detector ran on it (to be fixed
 * against). Three stories of U.S. election coverage: a New York Times-style Georgia Senate feature
 * in ''…'' quotes (a voter's inverted "said Denise Harlow, 58, a retired schoolteacher who said",
 * a candidate by "Ms." and "she said", a sentence where one man accuses and her campaign calls a
 * charge a lie, "Mr. Tillman told the crowd", a campaign manager in apposition and "he said",
 * strategists say, "according to two officials" inside a sentence, an inverted county chairwoman,
 * a quoted question, "she asked" and "Ms. Harlow" named only in the sentence before); an AP
 * Arizona House race (a quotation that opens the story before its speaker is named in the next
 * paragraph, "says" in apposition, according to filings, "a spokesman for the group confirmed",
 * a committee and its spokeswoman after her quotation, "She argues", a quotation over two
 * paragraphs, "which he says", an inverted farmer, election officials, a secretary of state's
 * office); a Reuters Michigan governor's debate (a nominee's partial quotation, a lieutenant
 * governor with two quoted sentences, a moderator who asked whether, "the Republican said", a union
 * that said in a statement and "They plan …, according to a union official", a campaign and
 * "said spokeswoman Jenna Holt", a poll that showed, a retiree with "She said" and "she said,
 * laughing", a one-word quoted sentence, a party chairman, a party that called the night a win).
 */
import type { NewsCase } from './news.cases';

export const NEWS_CASES_68: NewsCase[] = [
  {
    name: "nyt georgia senate suburb: ''…'' quotes, an inverted voter with who said, Ms. and she said, accused and her campaign called, Mr. told the crowd, a campaign manager and he said, strategists say, according to two officials inside a sentence, an inverted chairwoman, a quoted question and she asked",
    text: `In a Georgia Suburb, a Senate Race Tightens Over Grocery Prices

By Rachel Donnelly

MARIETTA, Ga. — The line outside the supermarket on Roswell Road was longer than usual on Saturday, and not because of a sale.

''I came for the eggs, and I stayed for the candidates,'' said Denise Harlow, 58, a retired schoolteacher who said she had voted for Republicans in every Senate race since 1996. ''This year I honestly do not know.''

Both candidates in Georgia's Senate race campaigned in Cobb County this weekend, a sign of how close the contest has become. A poll released on Thursday showed Representative Marcus Tillman, the Democrat, and Kelly Ashford, the Republican former state treasurer, tied at 47 percent.

Ms. Ashford spoke for twenty minutes in the parking lot, mostly about food prices. She said Washington had ''spent money it did not have'' and that families were paying for it at the checkout.

''When I was treasurer, we balanced the budget every single year,'' she said. ''Not most years, every year.''

Mr. Tillman held a rally three miles away at a union hall. He accused his opponent of wanting to cut Social Security, a charge her campaign called ''a lie, plain and simple.''

''She has said it in her own words,'' Mr. Tillman told the crowd of about 400. ''I did not put them in her mouth.''

Ms. Ashford's campaign manager, Brian Kessler, said in an interview that the remark Mr. Tillman was referring to had been taken out of context. ''Kelly has never proposed cutting a single benefit,'' he said.

Republican strategists in the state say the party's biggest worry is turnout in rural counties, where early voting has lagged. Democrats, according to two officials with the state party, are spending heavily on door-knocking in the Atlanta suburbs.

''The suburbs decide Georgia now,'' said Tameka Brooks, the chairwoman of the Cobb County Democratic Party. ''Everybody knows it, which is why everybody is here.''

For Ms. Harlow, the decision may come down to a single question.

''Who is going to make my groceries cheaper?'' she asked. ''Nobody has answered that yet.''`,
    claims: [
      { s: "''I came for the eggs", speakers: ['Denise Harlow'], direct: true },
      { s: "''This year I honestly do not know.''", speakers: ['Denise Harlow'], direct: true },
      { s: 'A poll released on Thursday showed', speakers: [], optional: true },
      { s: "She said Washington had ''spent money", speakers: ['Kelly Ashford'] },
      { s: "''When I was treasurer", speakers: ['Kelly Ashford'], direct: true },
      { s: "''Not most years, every year.''", speakers: ['Kelly Ashford'], direct: true },
      {
        s: 'He accused his opponent of wanting to cut',
        speakers: ['Marcus Tillman', "Kelly Ashford's campaign", 'her campaign', 'campaign'],
      },
      { s: "''She has said it in her own words,''", speakers: ['Marcus Tillman'], direct: true },
      { s: "''I did not put them in her mouth.''", speakers: ['Marcus Tillman'], direct: true },
      { s: 'campaign manager, Brian Kessler, said in an interview', speakers: ['Brian Kessler'] },
      { s: "''Kelly has never proposed", speakers: ['Brian Kessler'], direct: true },
      {
        s: 'Republican strategists in the state say',
        speakers: ['Republican strategists in the state', 'Republican strategists', 'strategists'],
      },
      {
        s: 'Democrats, according to two officials with the state party',
        speakers: ['two officials with the state party', 'officials with the state party', 'officials'],
      },
      { s: "''The suburbs decide Georgia now,''", speakers: ['Tameka Brooks'], direct: true },
      { s: "''Everybody knows it", speakers: ['Tameka Brooks'], direct: true },
      { s: "''Who is going to make my groceries cheaper?''", speakers: ['Denise Harlow'], direct: true },
      { s: "''Nobody has answered that yet.''", speakers: ['Denise Harlow'], direct: true },
    ],
  },
  {
    name: "ap arizona house race: a quotation opening the story before its speaker is named, says in apposition, according to filings, a spokesman for the group confirmed, a committee and its spokeswoman after her quotation, She argues, a quotation over two paragraphs, which he says, an inverted farmer, election officials, a secretary of state's office",
    text: `Arizona House race turns on water as both parties pour in money

PHOENIX (AP) — "If you cannot promise people water, you cannot promise them anything."

That was how Lucia Barragan, the Democratic nominee in Arizona's 6th Congressional District, opened a town hall in Casa Grande on Wednesday night, and it is the line her campaign has put at the center of a race both parties now see as a toss-up.

Her Republican opponent, state Senator Wade Holloway, says the issue is being used to scare voters. "Nobody's taps are running dry," Holloway said in an interview. "What is running dry is her list of accomplishments."

Outside groups have spent more than $14 million on the race since August, according to filings with the Federal Election Commission. A super PAC aligned with House Republicans has reserved another $3 million in television time for the final three weeks, a spokesman for the group confirmed.

The Democratic Congressional Campaign Committee said it would match that spending. "We are not going to be outspent in a seat we can win," said Nora Feld, a spokeswoman for the committee.

Barragan, a former irrigation district manager, has made the Colorado River cuts the center of her campaign. She argues that Congress must pay farmers to leave fields fallow rather than let cities and farms fight over a shrinking supply.

"I spent twenty years dividing water between people who all needed more of it," she told the town hall. "I know what a shortage looks like from the inside.

"And I know that the answer is not to pretend there isn't one."

Holloway has proposed new storage and desalination plants on the Gulf of California, which he says would take a decade to build but would end the fight for good.

Farmers in Pinal County, who lost most of their river water last year, are split. "Both of them are talking about 2040," said Ray Duarte, who grows cotton and alfalfa near Eloy. "I need to know about next summer."

Elections officials in Maricopa and Pinal counties said early ballots would be mailed on October 9. The secretary of state's office said it expected turnout near the 2020 record.`,
    claims: [
      { s: '"If you cannot promise people water', speakers: ['Lucia Barragan'], direct: true },
      { s: 'That was how Lucia Barragan', speakers: ['Lucia Barragan'], optional: true },
      { s: 'state Senator Wade Holloway, says the issue', speakers: ['Wade Holloway'] },
      { s: `"Nobody's taps are running dry,"`, speakers: ['Wade Holloway'], direct: true },
      { s: '"What is running dry', speakers: ['Wade Holloway'], direct: true },
      {
        s: 'according to filings with the Federal Election Commission',
        speakers: ['filings with the Federal Election Commission', 'filings', 'Federal Election Commission'],
      },
      {
        s: 'a spokesman for the group confirmed',
        speakers: ['spokesman for the group', 'a spokesman for the group', 'spokesman'],
      },
      {
        s: 'The Democratic Congressional Campaign Committee said',
        speakers: ['Democratic Congressional Campaign Committee'],
      },
      { s: '"We are not going to be outspent', speakers: ['Nora Feld'], direct: true },
      { s: 'She argues that Congress must pay', speakers: ['Lucia Barragan'] },
      { s: '"I spent twenty years dividing water', speakers: ['Lucia Barragan'], direct: true },
      { s: '"I know what a shortage looks like', speakers: ['Lucia Barragan'], direct: true },
      { s: '"And I know that the answer', speakers: ['Lucia Barragan'], direct: true },
      { s: 'which he says would take a decade', speakers: ['Wade Holloway'] },
      { s: '"Both of them are talking about 2040,"', speakers: ['Ray Duarte'], direct: true },
      { s: '"I need to know about next summer."', speakers: ['Ray Duarte'], direct: true },
      {
        s: 'Elections officials in Maricopa and Pinal counties said',
        speakers: ['Elections officials in Maricopa and Pinal counties', 'Elections officials', 'officials'],
      },
      { s: "The secretary of state's office said", speakers: ["secretary of state's office", 'office'] },
    ],
  },
  {
    name: "reuters michigan governor debate: a nominee's partial quotation, two quoted sentences after said, a moderator asked whether, the Republican said, a union said in a statement and They plan according to a union official, a campaign and said spokeswoman, a poll showed, She said and she said laughing, a one-word quoted sentence, a party chairman, a party called the night a win",
    text: `Michigan governor candidates clash over battery plant subsidies in only debate

DETROIT, Oct 15 (Reuters) - Michigan's two candidates for governor clashed on Tuesday night over state subsidies for electric vehicle battery plants, in their only televised debate before the Nov. 5 election.

Republican nominee Gary Lindqvist, a former auto parts executive, said the state had "handed billions to companies that then moved jobs to Mexico anyway."

Democratic Lieutenant Governor Anita Raman, who is seeking to succeed her term-limited boss, said the subsidies had brought 11,000 jobs to the state. "My opponent wants to run against factories that are already built," she said. "Go to Marshall and tell those workers their jobs do not exist."

The moderator, television anchor Carl Jensen, twice asked Lindqvist whether he would claw back grants already paid. He did not give a direct answer.

"What I will do is stop writing new checks," the Republican said. "The people of Michigan have been generous enough."

The United Auto Workers, which has endorsed Raman, said in a statement after the debate that Lindqvist had "shown he has no plan for the people who build our cars." They plan to spend $5 million on door-to-door canvassing in the final weeks, according to a union official.

Lindqvist's campaign said the union leadership did not speak for its members. "Plenty of UAW families are voting for Gary," said spokeswoman Jenna Holt. "They have seen what these deals actually deliver."

A poll released last week showed Raman ahead by four points, within the margin of error.

Outside the studio in Southfield, about 200 supporters of each candidate waved signs.

"I worked 31 years at the truck plant in Warren, and I have never seen an election like this," said Lorraine Kowalski, a retired assembler who backs Raman. She said her son, who works at a battery plant near Lansing, was voting Republican.

"He tells me the plant is the best job he ever had, and then he votes for the man who wants to shut it down," she said, laughing. "Families."

The state Republican Party's chairman, Dale Evers, said the debate had given voters "a clear choice." The Michigan Democratic Party called the night a win for Raman.`,
    claims: [
      { s: 'Republican nominee Gary Lindqvist, a former auto parts executive, said', speakers: ['Gary Lindqvist'] },
      { s: 'Anita Raman, who is seeking to succeed', speakers: ['Anita Raman'] },
      { s: '"My opponent wants to run against factories', speakers: ['Anita Raman'], direct: true },
      { s: '"Go to Marshall and tell those workers', speakers: ['Anita Raman'], direct: true },
      { s: '"What I will do is stop writing new checks,"', speakers: ['Gary Lindqvist'], direct: true },
      { s: '"The people of Michigan have been generous', speakers: ['Gary Lindqvist'], direct: true },
      { s: 'The United Auto Workers, which has endorsed Raman, said', speakers: ['United Auto Workers'] },
      {
        s: 'They plan to spend $5 million',
        speakers: ['union official', 'a union official', 'United Auto Workers'],
      },
      {
        s: "Lindqvist's campaign said the union leadership",
        speakers: ["Lindqvist's campaign", "Gary Lindqvist's campaign", 'campaign'],
      },
      { s: '"Plenty of UAW families are voting for Gary,"', speakers: ['Jenna Holt'], direct: true },
      { s: '"They have seen what these deals', speakers: ['Jenna Holt'], direct: true },
      { s: 'A poll released last week showed', speakers: [], optional: true },
      { s: '"I worked 31 years at the truck plant', speakers: ['Lorraine Kowalski'], direct: true },
      { s: 'She said her son, who works at a battery plant', speakers: ['Lorraine Kowalski'] },
      { s: '"He tells me the plant is the best job', speakers: ['Lorraine Kowalski'], direct: true },
      { s: '"Families."', speakers: ['Lorraine Kowalski'], direct: true },
      { s: 'chairman, Dale Evers, said the debate', speakers: ['Dale Evers'] },
      { s: 'The Michigan Democratic Party called the night', speakers: ['Michigan Democratic Party'], optional: true },
    ],
  },
];
