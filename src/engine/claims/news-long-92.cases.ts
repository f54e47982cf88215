/**
 * Batch 92, written by claims36 with its gold committed before the detector ran on it, to be fixed
 * against (not blind): five stories in the styles batches 70–91 have least of (issue #9). A
 * Wikinews-style report on a court ruling that quotes the judgment ("In its judgment, the court
 * said", "The judges ruled that", "the judgment reads", a lawyer for the group that brought the
 * case who "told reporters outside the court" and "She said", "the Ministry of the Interior said
 * in a statement" and "According to the ministry,", government lawyers who "had argued", a sources
 * list); a space agency report ("according to a paper published in the journal Science", "the
 * agency said in a statement", "lead author X told reporters on a call" and "He said", "The
 * agency said", an outside scientist inverted after a quotation); a disaster report with officials,
 * aid agencies and survivors ("provincial officials said" closing the lead, an administrator who
 * "told Reuters by telephone" and "he said", "according to the provincial disaster office", "A
 * spokesman for the Red Cross said" and "the spokesman said", a U.N. agency "said in a report",
 * "One resident, who gave only her first name, X, said" and "she said", aid agencies who "warned");
 * a Reuters politics wire with anonymous sources and a White House briefing ("two people familiar
 * with the matter said" after the lead's clause, "one of the people said", "a senior administration
 * official, speaking on condition of anonymity, said" and "the official said", a press secretary
 * at the daily briefing who "declined to discuss … but said" and "She added", an embassy and its
 * spokesman "in an emailed statement", a company that "declined to comment", a senator who "told
 * reporters"); and an earnings wire (a company that cut its forecast "saying", "the company said
 * in a filing with" a regulator closing a sentence, "Chief Executive X told analysts on a
 * conference call" after a quotation and "She said", a finance chief "said on the call",
 * "according to LSEG data", an analyst inverted after a quotation).
 *
 * As in batches 72–91, a description of a named body counts only resolved ("the agency", "the
 * ministry", "the company"); a body without a name of its own ("two people familiar with the
 * matter", "aid agencies") keeps its own words.
 *
 * At first sight (claims F1 / speaker / direct): 1.000 (39/39/39) / 0.923 / 1.000. Errors, all
 * speakers: "the judgment reads" after a quotation went to "The judges" of the sentence before;
 * "White House press secretary Dana Whitcomb declined … but said" went to "White House"; "The
 * packaged food maker now expects …, the company said in a filing" went to "packaged food maker",
 * unresolved. After claims36's rows (lexicon/claims-36.ts) the first five: 1.000 (39/39/39) /
 * 1.000 / 1.000.
 *
 * Second part (five harder stories of the same styles, written after those rows, gold committed
 * before the detector ran on it): a Wikinews trial report ("Prosecutors said", "The court heard",
 * a defence lawyer who "argued" and "told the court", "Passing sentence, Judge X said", "In a
 * written statement, X's family said" and "the statement read"); a Reuters campaign-trail story
 * (a candidate who "accused … of", "told reporters aboard his campaign plane", "In an interview
 * with Fox News later in the day, he said", a rival's campaign "said in a fundraising email",
 * "according to an internal memo seen by Reuters", a strategist "who is not involved"); a space
 * launch delay (an administrator "said at a news conference", "The mission's project scientist,
 * X, said", "In a post on X, X, which built the lander, said", an inspector general who "found in
 * a report", a former astronaut inverted); a disaster wire ("the official Xinhua news agency
 * reported …, citing local authorities", a rescue worker "who asked not to be named because …,
 * said", a ministry "said in a statement" and "It added", a woman who "told state television",
 * "according to" a weather agency); a results wire ("reported … and said", "the company said in a
 * statement" closing a sentence, "Analysts polled by LSEG had … expected", a finance chief in
 * apposition who "told Reuters in an interview" and "she said, adding that"). At first sight the
 * second part scored 1.000 (28/28/28) / 0.964 / 1.000; its one error: "In a post on X, Lunaris
 * Space, which built the lander, said" went to "a post on X". The whole batch at that point: 1.000
 * (67/67/67) / 0.985 / 1.000.
 */
import type { NewsCase } from './news.cases';

const COURT = ['Constitutional Court', "Slovenia's Constitutional Court"];
const KOVAC = ['Maja Kovač', 'Kovač'];
const MINISTRY = ['Ministry of the Interior', 'Interior Ministry'];
const ESA = ['European Space Agency', 'ESA'];
const OYELARAN = ['Tunde Oyelaran', 'Oyelaran'];
const KAPI = ['Joseph Kapi', 'Kapi'];
const RED_CROSS = ['Red Cross', 'A spokesman for the Red Cross', 'spokesman for the Red Cross', 'spokesman'];
const PEOPLE = [
  'two people familiar with the matter',
  'people familiar with the matter',
  'two people',
  'people',
  'one of the people',
];
const OFFICIAL = ['a senior administration official', 'senior administration official', 'official', 'the official'];
const WHITCOMB = ['Dana Whitcomb', 'Whitcomb'];
const HARCOURT = ['Harcourt Foods'];
const COLE = ['Marisa Cole', 'Cole'];

export const NEWS_CASES_92: NewsCase[] = [
  {
    name: 'Wikinews court ruling: In its judgment the court said, the judges ruled that, the judgment reads, a lawyer told reporters outside the court and She said, a ministry said in a statement and According to the ministry, government lawyers had argued, a sources list',
    text: `Slovenian court strikes down phone location law

Wednesday, March 12, 2025

Slovenia's Constitutional Court on Tuesday struck down parts of a 2023 law that allowed the police to collect mobile phone location data without a warrant.

In its judgment, the court said the law "failed to strike a fair balance" between public safety and the right to privacy. The judges ruled that such data could only be collected with the approval of a judge.

"The state cannot treat every citizen as a suspect," the judgment reads.

Maja Kovač, a lawyer for Odprta Linija, the civil rights group that brought the case, told reporters outside the court that the ruling was "a victory for every phone user in the country". She said the group would now ask the police to delete the data already collected.

The Ministry of the Interior said in a statement that it respected the decision and would propose an amended law within six months. According to the ministry, the data had helped to solve more than 200 crimes since 2023.

Lawyers for the government had argued that the data was kept for no longer than 90 days.

Sources

"Court curbs police access to phone data" — Delo, March 11, 2025
"Slovenia's top court strikes down surveillance law" — Reuters, March 11, 2025`,
    claims: [
      { s: 'In its judgment, the court said the law "failed to strike a fair balance"', speakers: COURT },
      {
        s: 'The judges ruled that such data could only be collected',
        speakers: ['The judges', 'judges', ...COURT],
      },
      {
        s: '"The state cannot treat every citizen as a suspect," the judgment reads.',
        speakers: [...COURT, 'the judgment', 'judgment'],
        direct: true,
      },
      { s: 'told reporters outside the court that the ruling was', speakers: KOVAC },
      { s: 'She said the group would now ask the police', speakers: KOVAC },
      { s: 'The Ministry of the Interior said in a statement that it respected', speakers: MINISTRY },
      { s: 'According to the ministry, the data had helped to solve', speakers: MINISTRY },
      {
        s: 'Lawyers for the government had argued that the data was kept',
        speakers: ['Lawyers for the government', 'Lawyers', 'government'],
      },
    ],
  },
  {
    name: 'space agency report: according to a paper published in a journal, the agency said in a statement, a lead author told reporters on a call and He said, The agency said, an outside scientist inverted after a quotation',
    text: `Comet probe finds ice older than the Sun

Friday, September 19, 2025

Ice on the comet 67P/Churyumov–Gerasimenko formed before the Sun itself, according to a paper published on Thursday in the journal Science.

The European Space Agency said in a statement that the result came from data collected by its Rosetta probe before the mission ended in 2016. The team compared the ratio of heavy water to ordinary water in the comet's ice with that found in clouds between the stars.

"We think these grains of ice are more than 4.6 billion years old," lead author Tunde Oyelaran told reporters on a call. He said the ice had survived because the comet had spent most of its life far beyond Neptune.

The agency said the same method would be used on samples from its next comet mission, due to launch in 2029.

"It's an elegant piece of work, but one comet is a small sample," said Ingrid Solberg, an astrochemist at the University of Oslo who was not part of the team.`,
    claims: [
      {
        s: 'Ice on the comet 67P/Churyumov–Gerasimenko formed before the Sun itself',
        speakers: [
          'a paper published on Thursday in the journal Science',
          'paper published on Thursday in the journal Science',
          'a paper',
          'paper',
          'Science',
        ],
      },
      { s: 'The European Space Agency said in a statement that the result came', speakers: ESA },
      { s: '"We think these grains of ice are more than 4.6 billion years old,"', speakers: OYELARAN, direct: true },
      { s: 'He said the ice had survived because the comet', speakers: OYELARAN },
      { s: 'The agency said the same method would be used', speakers: ESA },
      {
        s: '"It\'s an elegant piece of work, but one comet is a small sample,"',
        speakers: ['Ingrid Solberg', 'Solberg'],
        direct: true,
      },
    ],
  },
  {
    name: 'disaster report: officials said closing the lead, an administrator told Reuters by telephone and he said, according to a disaster office, A spokesman for the Red Cross said and the spokesman said, a U.N. agency said in a report, one resident who gave only her first name and she said, aid agencies warned',
    text: `Landslide buries village in Papua New Guinea highlands

PORT MORESBY, May 24 (Reuters) - A landslide buried much of a remote village in Papua New Guinea's Enga province before dawn on Friday, and more than 30 people were feared dead, provincial officials said.

Provincial administrator Joseph Kapi told Reuters by telephone that at least 50 houses had been destroyed. "The whole side of the mountain came down while people were asleep," he said.

Villagers were digging with shovels and their bare hands because heavy machinery could not reach the site, according to the provincial disaster office.

A spokesman for the Red Cross said the organisation had flown water, tarpaulins and medical supplies to the nearest airstrip. "Clean water is the most urgent need right now," the spokesman said.

The United Nations' humanitarian office, OCHA, said in a report that the only road to the village had been cut in two places.

One resident, who gave only her first name, Ruth, said she had lost her mother and two brothers. "We heard a sound like thunder, and then the houses were gone," she said.

Aid agencies warned that the death toll was likely to rise as more bodies were recovered.`,
    claims: [
      {
        s: 'A landslide buried much of a remote village',
        speakers: ['provincial officials', 'officials'],
      },
      { s: 'told Reuters by telephone that at least 50 houses', speakers: KAPI },
      { s: '"The whole side of the mountain came down', speakers: KAPI, direct: true },
      {
        s: 'Villagers were digging with shovels',
        speakers: ['provincial disaster office', 'the provincial disaster office', 'disaster office'],
      },
      { s: 'A spokesman for the Red Cross said the organisation had flown', speakers: RED_CROSS },
      { s: '"Clean water is the most urgent need right now," the spokesman said.', speakers: RED_CROSS, direct: true },
      { s: 'said in a report that the only road', speakers: ['OCHA', "United Nations' humanitarian office"] },
      {
        s: 'One resident, who gave only her first name, Ruth, said',
        speakers: ['Ruth', 'One resident', 'resident'],
      },
      {
        s: '"We heard a sound like thunder, and then the houses were gone," she said.',
        speakers: ['Ruth', 'One resident', 'resident'],
        direct: true,
      },
      { s: 'Aid agencies warned that the death toll', speakers: ['Aid agencies'] },
    ],
  },
  {
    name: 'Reuters politics wire: two people familiar with the matter said, one of the people said, a senior official speaking on condition of anonymity and the official said, a press secretary at the briefing declined to discuss but said and She added, an embassy said and its spokesman in an emailed statement, declined to comment, a senator told reporters',
    text: `White House weighs new curbs on chip equipment sales to China, sources say

WASHINGTON, Oct 14 (Reuters) - The White House is considering new limits on sales of advanced chipmaking equipment to China, two people familiar with the matter said, a move that could hit U.S. suppliers already shut out of parts of the Chinese market.

The rules, which could be announced as early as next month, would cover machines used to make memory chips, one of the people said.

A senior administration official, speaking on condition of anonymity, said no final decision had been made. "All options are on the table," the official said.

At the daily briefing, White House press secretary Dana Whitcomb declined to discuss the details but said the president "will always act to protect our national security". She added that the administration was in close contact with allies in Europe and Asia.

China's embassy in Washington said it "firmly opposes" the plan. "The U.S. side should stop turning trade and technology issues into political ones," embassy spokesman Liu Wenbo said in an emailed statement.

Shares of Corvane Systems, which sells etching machines to Chinese memory makers, fell 4% after the report. Corvane declined to comment.

Republican Senator Tom Ridley, who chairs the Senate Banking Committee, told reporters the curbs were "long overdue".`,
    claims: [
      {
        s: 'White House weighs new curbs on chip equipment sales to China, sources say',
        speakers: ['sources'],
        optional: true,
      },
      { s: 'The White House is considering new limits on sales', speakers: PEOPLE },
      { s: 'The rules, which could be announced as early as next month', speakers: PEOPLE },
      { s: 'speaking on condition of anonymity, said no final decision', speakers: OFFICIAL },
      { s: '"All options are on the table," the official said.', speakers: OFFICIAL, direct: true },
      { s: 'declined to discuss the details but said the president', speakers: WHITCOMB },
      { s: 'She added that the administration was in close contact', speakers: WHITCOMB },
      {
        s: 'embassy in Washington said it "firmly opposes" the plan.',
        speakers: ["China's embassy in Washington", "China's embassy", 'embassy in Washington', 'Chinese embassy'],
      },
      { s: '"The U.S. side should stop turning trade', speakers: ['Liu Wenbo', 'Liu'], direct: true },
      { s: 'Corvane declined to comment.', speakers: ['Corvane', 'Corvane Systems'], optional: true },
      { s: 'told reporters the curbs were "long overdue"', speakers: ['Tom Ridley', 'Ridley'] },
    ],
  },
  {
    name: 'earnings wire: a company cut its forecast saying, the company said in a filing closing a sentence, a chief executive told analysts on a conference call after a quotation and She said, a finance chief said on the call, according to LSEG data, an analyst inverted',
    text: `Harcourt Foods cuts sales outlook as shoppers trade down; shares slide

Nov 6 (Reuters) - Harcourt Foods cut its full-year sales forecast on Wednesday, saying shoppers were switching to cheaper store brands, and its shares fell 9% in early trading.

The packaged food maker now expects organic sales to grow 1% to 2% this year, down from its earlier forecast of 3% to 4%, the company said in a filing with the Securities and Exchange Commission.

"The consumer is under real pressure, and we are seeing it in every aisle," Chief Executive Marisa Cole told analysts on a conference call. She said the company would spend an extra $150 million on promotions in the fourth quarter.

Chief Financial Officer Ben Achterberg said on the call that the price cuts would weigh on margins into next year.

Third-quarter net income fell to $212 million, or 98 cents a share, from $260 million a year earlier. Analysts had on average expected earnings of $1.05 a share, according to LSEG data.

"This is the third cut this year, and investors are running out of patience," said Arun Mehta, an analyst at Bernstein.`,
    claims: [
      { s: 'cut its full-year sales forecast on Wednesday, saying shoppers', speakers: HARCOURT },
      { s: 'The packaged food maker now expects organic sales', speakers: HARCOURT },
      { s: '"The consumer is under real pressure', speakers: COLE, direct: true },
      { s: 'She said the company would spend an extra $150 million', speakers: COLE },
      { s: 'Ben Achterberg said on the call that', speakers: ['Ben Achterberg', 'Achterberg'] },
      {
        s: 'Analysts had on average expected earnings of $1.05 a share',
        speakers: ['LSEG data', 'LSEG'],
        optional: true,
      },
      { s: '"This is the third cut this year', speakers: ['Arun Mehta', 'Mehta'], direct: true },
    ],
  },
  // Second part, written after claims36's rows for the first five, gold committed before the
  // detector ran on it (as claims32 did for batch 83): five harder stories of the same styles.
  {
    name: 'Wikinews trial report: prosecutors said, the court heard, a defence lawyer argued and told the court, the judge said when, in a written statement the family said, a sources list',
    text: `Former Croatian mayor jailed for six years over bribes

Friday, April 4, 2025

A court in Split on Thursday sentenced the town's former mayor, Ivo Radić, to six years in prison for taking bribes in return for building permits.

Prosecutors said Radić had taken at least 400,000 euros from three construction companies between 2016 and 2020. The court heard that the money was paid into the account of a company owned by his brother-in-law.

Radić's lawyer, Petra Horvat, argued that the payments were consultancy fees. She told the court her client had "never sold a permit to anyone".

Passing sentence, Judge Marko Jurić said the evidence of the three developers was "consistent and credible". He said the sentence had to deter other officials.

In a written statement, Radić's family said they would appeal. "We believe the truth will come out," the statement read.

Sources

"Bivši gradonačelnik osuđen na šest godina" — Slobodna Dalmacija, April 3, 2025`,
    claims: [
      { s: 'Prosecutors said Radić had taken at least 400,000 euros', speakers: ['Prosecutors'] },
      { s: 'The court heard that the money was paid', speakers: [], optional: true },
      { s: 'argued that the payments were consultancy fees', speakers: ['Petra Horvat', 'Horvat'] },
      { s: 'She told the court her client had', speakers: ['Petra Horvat', 'Horvat'] },
      { s: 'Judge Marko Jurić said the evidence', speakers: ['Marko Jurić', 'Jurić'] },
      { s: 'He said the sentence had to deter', speakers: ['Marko Jurić', 'Jurić'] },
      {
        s: "In a written statement, Radić's family said they would appeal.",
        speakers: ["Radić's family", 'family'],
      },
      {
        s: '"We believe the truth will come out," the statement read.',
        speakers: ["Radić's family", 'family', 'the statement', 'statement'],
        direct: true,
      },
    ],
  },
  {
    name: 'Reuters campaign trail: told reporters aboard a plane, in an interview with a network, his campaign said in a fundraising email, according to a memo seen by Reuters, a strategist not involved in the campaign',
    text: `Governor Kessler steps up attacks on rival over tariffs

DES MOINES, Iowa, Jan 9 (Reuters) - Republican presidential hopeful Mark Kessler on Thursday accused his main rival of planning tariffs that would "tax every family in Iowa", as the two men fought for votes days before the state's caucuses.

Kessler, the governor of Indiana, told reporters aboard his campaign plane that Senator Ruth Ames had "never run anything bigger than a Senate office". In an interview with Fox News later in the day, he said he expected to finish in the top two.

Ames's campaign said in a fundraising email that Kessler was "desperate" and falling in the polls.

The Kessler campaign plans to spend $4 million on advertising in Iowa and New Hampshire this month, according to an internal memo seen by Reuters.

"Attacks this late usually mean the internal numbers are bad," said Dave Ortiz, a Republican strategist who is not involved in either campaign.`,
    claims: [
      {
        s: 'on Thursday accused his main rival of planning tariffs',
        speakers: ['Mark Kessler', 'Kessler'],
      },
      { s: 'told reporters aboard his campaign plane that Senator Ruth Ames', speakers: ['Mark Kessler', 'Kessler'] },
      { s: 'he said he expected to finish in the top two', speakers: ['Mark Kessler', 'Kessler'] },
      {
        s: "Ames's campaign said in a fundraising email that Kessler",
        speakers: ["Ames's campaign", 'campaign', 'Ruth Ames', 'Ames'],
      },
      {
        s: 'The Kessler campaign plans to spend $4 million',
        speakers: ['an internal memo seen by Reuters', 'internal memo', 'memo', 'an internal memo'],
      },
      { s: '"Attacks this late usually mean', speakers: ['Dave Ortiz', 'Ortiz'], direct: true },
    ],
  },
  {
    name: 'space launch: the agency administrator said at a news conference, the mission project scientist, in a post on X the company said, the inspector general found in a report, an astronaut inverted',
    text: `Moon lander mission delayed again over engine fault

Wednesday, August 27, 2025

NASA on Tuesday delayed the launch of a robotic lunar lander by at least three weeks after engineers found a fault in one of its engine valves.

NASA Administrator Grace Whitfield said at a news conference that the agency would "not fly until we understand what happened". The mission's project scientist, Omar Fadel, said the delay would not affect the experiments on board.

In a post on X, Lunaris Space, which built the lander, said a replacement valve was already being tested.

NASA's inspector general found in a report last year that the agency's commercial lunar programme had been slowed by "optimistic schedules".

"Every delay on the ground is cheaper than a failure on the Moon," said former astronaut Helen Brandt.`,
    claims: [
      {
        s: 'said at a news conference that the agency would',
        speakers: ['Grace Whitfield', 'Whitfield'],
      },
      { s: 'Omar Fadel, said the delay would not affect', speakers: ['Omar Fadel', 'Fadel'] },
      { s: 'In a post on X, Lunaris Space, which built the lander, said', speakers: ['Lunaris Space'] },
      {
        s: "NASA's inspector general found in a report last year",
        speakers: ["NASA's inspector general", 'inspector general', 'NASA'],
      },
      { s: '"Every delay on the ground is cheaper', speakers: ['Helen Brandt', 'Brandt'], direct: true },
    ],
  },
  {
    name: "disaster wire: the state news agency reported citing local authorities, a rescue worker who asked not to be named, the ministry said in a statement and It added, a survivor told state television, according to the country's meteorological agency",
    text: `Floods kill 21 in central China as rivers burst banks

BEIJING, July 15 (Reuters) - Floods in China's central Hunan province have killed at least 21 people and forced more than 80,000 from their homes, the official Xinhua news agency reported on Monday, citing local authorities.

A rescue worker in Huaihua city, who asked not to be named because he was not authorised to speak to the media, said many villages could only be reached by boat.

The Ministry of Emergency Management said in a statement that it had sent 1,200 rescuers to the province. It added that the risk of landslides remained high.

"The water rose to the second floor in less than an hour," a woman in Huaihua told state television.

More heavy rain is forecast for the coming week, according to the China Meteorological Administration.`,
    claims: [
      {
        s: "Floods in China's central Hunan province have killed at least 21 people",
        speakers: ['Xinhua', 'Xinhua news agency', 'official Xinhua news agency'],
      },
      {
        s: 'who asked not to be named because he was not authorised to speak to the media, said many villages',
        speakers: ['A rescue worker in Huaihua city', 'A rescue worker', 'rescue worker'],
      },
      {
        s: 'The Ministry of Emergency Management said in a statement that it had sent',
        speakers: ['Ministry of Emergency Management'],
      },
      { s: 'It added that the risk of landslides remained high.', speakers: ['Ministry of Emergency Management'] },
      {
        s: '"The water rose to the second floor in less than an hour,"',
        speakers: ['a woman in Huaihua', 'a woman', 'woman'],
        direct: true,
      },
      { s: 'More heavy rain is forecast for the coming week', speakers: ['China Meteorological Administration'] },
    ],
  },
  {
    name: 'results wire: the company said in a statement, analysts polled by LSEG had expected, the chief financial officer told Reuters in an interview, he added, a rival cut its outlook last month, shares',
    text: `Nordvik Shipping profit beats forecasts on strong container rates

OSLO, Aug 14 (Reuters) - Nordvik Shipping reported a bigger-than-expected rise in second-quarter profit on Thursday and said container rates would stay high for the rest of the year as ships kept avoiding the Red Sea.

Operating profit rose to $412 million from $298 million a year earlier, the company said in a statement. Analysts polled by LSEG had on average expected $365 million.

Ingrid Haugen, the company's chief financial officer, told Reuters in an interview that customers were booking space further ahead than usual. "We have not seen this kind of demand since 2021," she said, adding that the company would take delivery of four new ships in 2026.

Rival Maersk cut its full-year outlook last month.

Shares in Nordvik rose 5.2% by 0830 GMT.`,
    claims: [
      {
        s: 'and said container rates would stay high for the rest of the year',
        speakers: ['Nordvik Shipping', 'Nordvik'],
      },
      { s: 'Operating profit rose to $412 million from $298 million', speakers: ['Nordvik Shipping', 'Nordvik'] },
      {
        s: 'Analysts polled by LSEG had on average expected $365 million.',
        speakers: ['Analysts polled by LSEG', 'Analysts'],
        optional: true,
      },
      { s: 'told Reuters in an interview that customers were booking', speakers: ['Ingrid Haugen', 'Haugen'] },
      {
        s: '"We have not seen this kind of demand since 2021," she said',
        speakers: ['Ingrid Haugen', 'Haugen'],
        direct: true,
      },
    ],
  },
];
