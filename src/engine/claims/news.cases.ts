/**
 * Invented news stories for the claim detector (no real article is copied or paraphrased), written
 * before the detector was run on them and kept as a held-out check: each exercises the patterns
 * of issue #9 in running text — quote styles (“…”, ''…'', «…», ‘…’, "…"), quotations of several
 * sentences and paragraphs, verbs of praise, blame, joking and urging, pronouns next to places
 * and organisations, and quoted words that must not be taken for a speaker. Gold claims name a
 * unique substring of their sentence and the accepted speaker names; `direct` marks a quotation.
 */
export interface NewsClaim {
  s: string;
  speakers: string[];
  direct?: boolean;
  optional?: boolean;
}
export interface NewsCase {
  name: string;
  text: string;
  claims: NewsClaim[];
}

export const NEWS_CASES: NewsCase[] = [
  {
    name: 'nyt-style doubled apostrophes',
    text: `Harbor town weighs sea wall after third flood

PORT ELLIS, Maine — The tide came over the wall again on Tuesday night.

''We have been lucky twice,'' said Mayor Dana Whitfield, standing in a flooded parking lot. ''We will not be lucky a third time. I told the council that in March.''

Ms. Whitfield called on the state to release emergency funds by the end of the month.

The Harbor Master, Ron Tibbets, was more cautious. He said the wall would need another survey before any money was spent.

''When the surveyors come back, they will tell us the same thing,'' Mr. Tibbets said. ''The wall is old. It was built for a different sea.''

The governor's office did not respond to a request for comment.`,
    claims: [
      { s: "''We have been lucky twice,'' said Mayor", speakers: ['Dana Whitfield'], direct: true },
      { s: "''We will not be lucky a third time.", speakers: ['Dana Whitfield'], direct: true },
      { s: "I told the council that in March.''", speakers: ['Dana Whitfield'], direct: true },
      { s: 'Ms. Whitfield called on the state', speakers: ['Dana Whitfield'] },
      { s: 'He said the wall would need another survey', speakers: ['Ron Tibbets'] },
      { s: "''When the surveyors come back", speakers: ['Ron Tibbets'], direct: true },
      { s: "''The wall is old.", speakers: ['Ron Tibbets'], direct: true },
      { s: "It was built for a different sea.''", speakers: ['Ron Tibbets'], direct: true },
      { s: 'did not respond to a request for comment', speakers: [], optional: true },
    ],
  },
  {
    name: 'quotation running over paragraphs',
    text: `Rail union accepts pay offer

The Northern Rail Workers' Union voted on Friday to accept a 4.5% pay rise, ending a dispute that had closed lines for six weekends.

The union's general secretary, Mariam Osei, said members had voted "with their heads, not their hearts".

"Nobody got everything they wanted. But the drivers kept their rest days, and that was the line we drew.

"We will be watching the rosters very closely," she added.

The rail operator welcomed the vote as a fresh start for passengers.

Transport Minister Alan Price praised both sides for returning to the table. He urged passengers to check timetables before travelling on Monday.`,
    claims: [
      { s: 'said members had voted', speakers: ['Mariam Osei'] },
      { s: '"Nobody got everything they wanted.', speakers: ['Mariam Osei'], direct: true },
      { s: 'But the drivers kept their rest days', speakers: ['Mariam Osei'], direct: true },
      { s: '"We will be watching the rosters very closely," she added.', speakers: ['Mariam Osei'], direct: true },
      { s: 'The rail operator welcomed the vote', speakers: ['rail operator', 'The rail operator'] },
      { s: 'Transport Minister Alan Price praised both sides', speakers: ['Alan Price'] },
      { s: 'He urged passengers to check timetables', speakers: ['Alan Price'] },
    ],
  },
  {
    name: 'guillemets in a translated wire story',
    text: `Farmers block roads outside Lyon

LYON, France (AP) — Hundreds of farmers drove tractors onto the ring road around Lyon on Wednesday, demanding lower fuel taxes.

« Nous ne pouvons plus vivre de notre travail », said Pierre Lambert, who grows wheat near Villefranche. « We cannot live from our work any more, » he repeated in English for foreign reporters.

Agriculture Minister Sophie Marchand denounced the blockade as "dangerous and pointless". She assured farmers that the tax would be reviewed in the autumn budget.

The regional prefect said police would not clear the roads before nightfall.`,
    claims: [
      {
        s: '« Nous ne pouvons plus vivre de notre travail », said Pierre Lambert',
        speakers: ['Pierre Lambert'],
        direct: true,
      },
      { s: '« We cannot live from our work any more, » he repeated', speakers: ['Pierre Lambert'], direct: true },
      { s: 'Sophie Marchand denounced the blockade', speakers: ['Sophie Marchand'] },
      { s: 'She assured farmers that the tax', speakers: ['Sophie Marchand'] },
      { s: 'The regional prefect said police', speakers: ['regional prefect', 'The regional prefect'] },
    ],
  },
  {
    name: 'pronouns next to places and organisations',
    text: `Hotel group to close seaside resort

The Grand Meridian Hotel in Brackenbay will close in January after 112 years, its owner said on Thursday.

Coastline Leisure, which bought the hotel in 2019, said bookings had fallen by a third since the pandemic. It said it would try to find jobs for all 140 staff at its other sites.

Local councillor Fiona Grady said the closure was "a hammer blow" for the town. She said the council would look at buying the building.

Tom Reyes, who has worked as a porter at the hotel for 30 years, joked that he had outlasted four managers. "I thought I would outlast the hotel too," he said.`,
    claims: [
      {
        s: 'will close in January after 112 years, its owner said',
        speakers: ['Coastline Leisure', 'its owner', 'owner'],
      },
      { s: 'said bookings had fallen by a third', speakers: ['Coastline Leisure'] },
      { s: 'It said it would try to find jobs', speakers: ['Coastline Leisure'] },
      { s: 'Fiona Grady said the closure', speakers: ['Fiona Grady'] },
      { s: 'She said the council would look', speakers: ['Fiona Grady'] },
      { s: 'joked that he had outlasted four managers', speakers: ['Tom Reyes'] },
      { s: '"I thought I would outlast the hotel too," he said.', speakers: ['Tom Reyes'], direct: true },
    ],
  },
  {
    name: 'quoted words that are not speakers',
    text: `Council delays vote on bike lanes

The city council postponed a vote on new bike lanes on Monday after a four-hour meeting.

"When we asked the residents, they told us they wanted safer streets," said Councillor James Okafor, who proposed the plan.

"On Thursday I will bring it back with changes," Mr. Okafor said. "I think we can win the vote then."

Shop owner Linda Baptiste said the lanes would take away parking her customers needed. "If you take away the parking, you take away the shop," she said.

Mayor Hannah Cole said she supported the plan but wanted "more time to listen".`,
    claims: [
      { s: '"When we asked the residents', speakers: ['James Okafor'], direct: true },
      { s: '"On Thursday I will bring it back', speakers: ['James Okafor'], direct: true },
      { s: '"I think we can win the vote then."', speakers: ['James Okafor'], direct: true },
      { s: 'Linda Baptiste said the lanes', speakers: ['Linda Baptiste'] },
      { s: '"If you take away the parking', speakers: ['Linda Baptiste'], direct: true },
      { s: 'Mayor Hannah Cole said she supported', speakers: ['Hannah Cole'] },
    ],
  },
  {
    name: 'British single quotes and a gender trap',
    text: `Theatre saved by late donation

A 19th-century theatre in Wexham has been saved from closure by an anonymous donation of £2 million, its trustees said.

The chairman of the trustees, Robert Hale, said the gift arrived two days before the deadline. ‘We had already written the letters telling the staff,’ he said. ‘Then the phone rang.’

The theatre's director, Anna Kowalski, said the money would pay for a new roof. She added that the autumn season would go ahead as planned.

Mr Hale said he did not know who the donor was. ‘Whoever it is, they’ve kept the lights on,’ he said.`,
    claims: [
      { s: 'has been saved from closure by an anonymous donation', speakers: ['trustees', 'its trustees'] },
      { s: 'Robert Hale, said the gift arrived', speakers: ['Robert Hale'] },
      { s: '‘We had already written the letters', speakers: ['Robert Hale'], direct: true },
      { s: '‘Then the phone rang.’', speakers: ['Robert Hale'], direct: true },
      { s: 'Anna Kowalski, said the money', speakers: ['Anna Kowalski'] },
      { s: 'She added that the autumn season', speakers: ['Anna Kowalski'] },
      { s: 'Mr Hale said he did not know', speakers: ['Robert Hale'] },
      { s: '‘Whoever it is, they’ve kept the lights on,’ he said.', speakers: ['Robert Hale'], direct: true },
    ],
  },
  {
    name: 'election night with reactions',
    text: `Moreno wins governor's race by narrow margin

SANTA ROSA (Reuters) - Democrat Elena Moreno won the governor's race on Tuesday, defeating Republican Mark Duval by fewer than 20,000 votes, according to the Associated Press.

Moreno thanked volunteers at a rally in Santa Rosa, saying the result belonged to "every person who knocked on a door".

Duval conceded shortly after midnight. He congratulated Moreno and called on his supporters to "give her a fair chance".

Party chairman Luis Ortega hailed the win as proof that the party could compete in rural counties. Analysts at the Hartwell Institute cautioned that turnout had been unusually low. They said the margin was too small to read as a mandate.

Moreno is expected to name her cabinet next week.`,
    claims: [
      { s: 'defeating Republican Mark Duval by fewer than 20,000 votes, according to', speakers: ['Associated Press'] },
      { s: 'Moreno thanked volunteers at a rally', speakers: ['Elena Moreno'] },
      { s: 'He congratulated Moreno and called on his supporters', speakers: ['Mark Duval'] },
      { s: 'Luis Ortega hailed the win', speakers: ['Luis Ortega'] },
      {
        s: 'Analysts at the Hartwell Institute cautioned',
        speakers: ['Analysts at the Hartwell Institute', 'Hartwell Institute'],
      },
      {
        s: 'They said the margin was too small',
        speakers: ['Analysts at the Hartwell Institute', 'Hartwell Institute'],
      },
      { s: 'Duval conceded shortly after midnight.', speakers: ['Mark Duval'], optional: true },
    ],
  },
  {
    name: 'straight quotes, a colon line and a long tagged quote',
    text: `Scientists warn of glacier retreat

GENEVA — Glaciers in the Alps lost 4% of their volume last year, the World Glacier Monitoring Service said on Monday.

The service's director, Dr. Katrin Vogel, said the figure was the second-worst on record. In a statement, she wrote:
"The losses are no longer exceptional. They are the new normal. We expect smaller glaciers to disappear within two decades."

"Nobody in the field is surprised any more. We are only surprised by how fast it is happening," said Marco Bianchi, a glaciologist at the University of Turin who was not involved in the report.

The Swiss government said it would publish its own figures in the spring.`,
    claims: [
      { s: 'Glaciers in the Alps lost 4% of their volume', speakers: ['World Glacier Monitoring Service'] },
      { s: 'said the figure was the second-worst on record', speakers: ['Katrin Vogel'] },
      { s: 'In a statement, she wrote:', speakers: ['Katrin Vogel'], direct: true },
      { s: 'They are the new normal.', speakers: ['Katrin Vogel'], direct: true },
      { s: 'We expect smaller glaciers', speakers: ['Katrin Vogel'], direct: true },
      { s: '"Nobody in the field is surprised any more.', speakers: ['Marco Bianchi'], direct: true },
      { s: 'We are only surprised by how fast', speakers: ['Marco Bianchi'], direct: true },
      { s: 'The Swiss government said it would publish', speakers: ['Swiss government', 'The Swiss government'] },
    ],
  },
];

/** Written blind after the first batch's fixes, in Wikinews and wire styles. */
export const NEWS_CASES_2: NewsCase[] = [
  {
    name: 'wikinews science report',
    text: `Astronomers detect water vapour around distant planet

Thursday, March 14, 2024

Astronomers using the Kepler Ridge Observatory have detected water vapour in the atmosphere of a planet orbiting a star 120 light years from Earth, the observatory announced on Wednesday.

The team, led by Dr. Naledi Mokoena of the University of Cape Town, believes the planet may have clouds made of water droplets. "This is the first time we have seen such a clear signal from a planet this small," Mokoena told reporters. "It does not mean there is life there. It means we now know where to look."

Other scientists were more cautious. Professor Henrik Sandvik, who was not involved in the study, said the signal could also come from the star itself. He urged the team to repeat the observations next year.

According to the observatory, the results will be published in the journal Astrophysical Letters next month.`,
    claims: [
      {
        s: 'have detected water vapour in the atmosphere',
        speakers: ['Kepler Ridge Observatory', 'observatory', 'the observatory'],
      },
      { s: 'believes the planet may have clouds', speakers: ['Naledi Mokoena', 'The team', 'team'] },
      { s: '"This is the first time we have seen', speakers: ['Naledi Mokoena'], direct: true },
      { s: '"It does not mean there is life there.', speakers: ['Naledi Mokoena'], direct: true },
      { s: 'It means we now know where to look."', speakers: ['Naledi Mokoena'], direct: true },
      { s: 'said the signal could also come from the star', speakers: ['Henrik Sandvik'] },
      { s: 'He urged the team to repeat', speakers: ['Henrik Sandvik'] },
      {
        s: 'According to the observatory, the results',
        speakers: ['observatory', 'the observatory', 'Kepler Ridge Observatory'],
      },
    ],
  },
  {
    name: 'wire court story with a long quote',
    text: `Judge blocks state voter roll purge

ATLANTA (Reuters) - A federal judge on Monday blocked Georgia from removing about 90,000 names from its voter rolls before the November election, saying the state had not given voters enough notice.

U.S. District Judge Carla Whitmore wrote that the plan "places an unacceptable burden on eligible voters" and ordered the state to restore any names already removed.

"The court is not persuaded that the state's interest in tidy rolls outweighs the right of a single eligible voter to cast a ballot. The notices were sent to old addresses. Many were never received," Whitmore wrote in a 34-page opinion.

A spokesman for Secretary of State Brad Keller said the office would appeal. "We believe the law is on our side," spokesman Ian Cho said in an email.

Voting rights groups welcomed the ruling.`,
    claims: [
      {
        s: 'saying the state had not given voters enough notice',
        speakers: ['Carla Whitmore', 'A federal judge', 'federal judge'],
      },
      { s: 'wrote that the plan "places an unacceptable burden', speakers: ['Carla Whitmore'] },
      { s: '"The court is not persuaded', speakers: ['Carla Whitmore'], direct: true },
      { s: 'The notices were sent to old addresses.', speakers: ['Carla Whitmore'], direct: true },
      { s: 'Many were never received," Whitmore wrote', speakers: ['Carla Whitmore'], direct: true },
      {
        s: 'said the office would appeal',
        speakers: [
          'A spokesman for Secretary of State Brad Keller',
          'spokesman for Secretary of State Brad Keller',
          'Ian Cho',
        ],
      },
      { s: '"We believe the law is on our side,"', speakers: ['Ian Cho'], direct: true },
      { s: 'Voting rights groups welcomed the ruling.', speakers: ['Voting rights groups'], optional: true },
    ],
  },
  {
    name: 'sports feature with pronouns of both genders',
    text: `Veteran keeper retires after 20 seasons

Goalkeeper Martina Kovac announced her retirement on Saturday after 20 seasons, 11 of them with Dinamo Split.

Her coach, Ivan Petrić, praised her as "the calmest player I have ever worked with". He said the club would retire her number.

Kovac, 38, said she had thought about stopping for two years. "My knees made the decision for me," she joked. "But I leave happy."

Her former teammate Ana Horvat recalled their first season together, when they lost every away game. "She never once blamed the defence," Horvat said.

The club has not named a successor.`,
    claims: [
      { s: 'announced her retirement on Saturday', speakers: ['Martina Kovac'], optional: true },
      { s: 'Ivan Petrić, praised her', speakers: ['Ivan Petrić'] },
      { s: 'He said the club would retire her number', speakers: ['Ivan Petrić'] },
      { s: 'said she had thought about stopping', speakers: ['Martina Kovac'] },
      { s: '"My knees made the decision for me," she joked.', speakers: ['Martina Kovac'], direct: true },
      { s: '"But I leave happy."', speakers: ['Martina Kovac'], direct: true },
      { s: 'Ana Horvat recalled their first season', speakers: ['Ana Horvat'] },
      { s: '"She never once blamed the defence," Horvat said.', speakers: ['Ana Horvat'], direct: true },
    ],
  },
  {
    name: 'company results with "it" and "they"',
    text: `Brightwater Foods profit falls as costs rise

Brightwater Foods said on Tuesday that its quarterly profit fell 18% as the cost of grain and packaging climbed.

The company said it expected costs to ease in the second half of the year. It kept its full-year forecast unchanged.

Chief executive Paula Lindqvist told analysts on a call that the firm had "no plans" to raise prices again this year.

Analysts at Mercer Lane Securities said the results were better than feared. They said the shares could recover if grain prices stay low.

Shares in Brightwater rose 3% in early trading.`,
    claims: [
      { s: 'Brightwater Foods said on Tuesday that its quarterly profit fell', speakers: ['Brightwater Foods'] },
      { s: 'The company said it expected costs to ease', speakers: ['Brightwater Foods'] },
      { s: 'told analysts on a call that the firm', speakers: ['Paula Lindqvist'] },
      {
        s: 'Analysts at Mercer Lane Securities said',
        speakers: ['Analysts at Mercer Lane Securities', 'Mercer Lane Securities'],
      },
      {
        s: 'They said the shares could recover',
        speakers: ['Analysts at Mercer Lane Securities', 'Mercer Lane Securities'],
      },
    ],
  },
  {
    name: 'NYT-style political story with a continued paragraph',
    text: `Senator faults plan for border funding

WASHINGTON — Senator Ruth Calloway of Ohio criticized the administration's border funding request on Thursday, calling it ''a blank check with a flag on it.''

''I have voted for every border bill in the last decade,'' Ms. Calloway said in an interview. ''I will not vote for this one. Nobody can tell me where the money goes.

''When I asked the department for a breakdown, I got a press release.''

A White House spokesman, Daniel Reyes, said the request had been ''fully explained'' to members of both parties. He dismissed her criticism as politics.`,
    claims: [
      { s: "calling it ''a blank check with a flag on it.''", speakers: ['Ruth Calloway'] },
      { s: "''I have voted for every border bill", speakers: ['Ruth Calloway'], direct: true },
      { s: "''I will not vote for this one.", speakers: ['Ruth Calloway'], direct: true },
      { s: 'Nobody can tell me where the money goes.', speakers: ['Ruth Calloway'], direct: true },
      { s: "''When I asked the department for a breakdown", speakers: ['Ruth Calloway'], direct: true },
      { s: 'Daniel Reyes, said the request had been', speakers: ['Daniel Reyes'] },
      { s: 'He dismissed her criticism as politics.', speakers: ['Daniel Reyes'], optional: true },
    ],
  },
  {
    name: 'local story with a hotel and a museum',
    text: `Museum reopens after two-year refit

The Harlow Museum of Maritime History reopened on Sunday after a two-year refit that cost £14 million.

Director Samuel Okonjo said the new galleries would let visitors "walk the deck of a 19th-century clipper". He said visitor numbers had already beaten forecasts.

The museum stands next to the Anchor Hotel, which also reopened this month. Its manager, Clare Dunmore, said bookings had doubled since the museum announced its date. "People come for the ships and stay for the weekend," she said.

City councillor Peter Vance described the reopening as "the best news the waterfront has had in years".`,
    claims: [
      { s: 'Director Samuel Okonjo said the new galleries', speakers: ['Samuel Okonjo'] },
      { s: 'He said visitor numbers had already beaten', speakers: ['Samuel Okonjo'] },
      { s: 'Its manager, Clare Dunmore, said bookings', speakers: ['Clare Dunmore'] },
      {
        s: '"People come for the ships and stay for the weekend," she said.',
        speakers: ['Clare Dunmore'],
        direct: true,
      },
      { s: 'Peter Vance described the reopening', speakers: ['Peter Vance'] },
    ],
  },
];

/**
 * Written blind on 30 Nov 2026 (third batch), before the detector was run on them: wire-service
 * attribution ("said X, a spokesman for Y", "told reporters", "in a statement", "was quoted as
 * saying", "people familiar with the matter"), quotations over several paragraphs, ''…'', « » and
 * ‘ ’ quotes, pronouns beside a person of the other gender or a hotel, and sentences inside a
 * quotation that open with "I", "When" or "On Thursday".
 */
export const NEWS_CASES_3: NewsCase[] = [
  {
    name: 'wire oil story with delegates, a ministry and Interfax',
    text: `Oil prices climb as producers weigh deeper cuts

LONDON (Reuters) - Oil prices rose more than 2% on Tuesday after two delegates from the producer group said it was considering deeper output cuts at its meeting next week.

Brent crude futures were up $1.84 at $83.10 a barrel by 1100 GMT.

"The market is pricing in a cut of at least half a million barrels a day," said Tamsin Reed, an analyst at Calder Energy Partners in London.

Energy Minister Faisal Al-Nasser told reporters in Riyadh on Monday that the group would "do whatever is necessary" to keep the market stable.

The ministry said in a statement that no decision had been taken.

Deputy Prime Minister Oleg Varin was quoted by the Interfax news agency as saying that Moscow would support any consensus.

U.S. officials have repeatedly urged producers to pump more. A spokeswoman for the Department of Energy declined to comment.`,
    claims: [
      {
        s: 'after two delegates from the producer group said it was considering',
        speakers: ['two delegates from the producer group', 'delegates from the producer group', 'two delegates'],
      },
      { s: '"The market is pricing in a cut', speakers: ['Tamsin Reed'], direct: true },
      { s: 'told reporters in Riyadh on Monday', speakers: ['Faisal Al-Nasser'] },
      { s: 'The ministry said in a statement', speakers: ['ministry', 'The ministry', 'Energy Ministry'] },
      { s: 'was quoted by the Interfax news agency as saying', speakers: ['Oleg Varin'] },
      { s: 'U.S. officials have repeatedly urged producers', speakers: ['U.S. officials', 'officials'] },
      { s: 'A spokeswoman for the Department of Energy declined to comment.', speakers: [], optional: true },
    ],
  },
  {
    name: 'ministry spokesman, insisted, added, denounced, warned',
    text: `Ministry admits delays in flood payments

The Ministry of Housing acknowledged on Wednesday that thousands of families flooded out in March were still waiting for compensation.

"We accept that the process has been too slow," said Farid Haddad, a spokesman for the ministry. "Every claim will be paid by the end of June."

Haddad insisted the delays were caused by missing paperwork, not a lack of funds. He added that extra staff had been hired to process claims.

Opposition lawmaker Grace Mensah denounced the payments scheme as "a maze built to wear people down". She warned that families would face a second winter in temporary housing.

Residents of the worst-hit district told reporters they had received no word from officials since April.

The ministry said it would publish weekly figures from next month.`,
    claims: [
      { s: 'The Ministry of Housing acknowledged on Wednesday', speakers: ['Ministry of Housing'] },
      { s: '"We accept that the process has been too slow,"', speakers: ['Farid Haddad'], direct: true },
      { s: '"Every claim will be paid by the end of June."', speakers: ['Farid Haddad'], direct: true },
      { s: 'Haddad insisted the delays', speakers: ['Farid Haddad'] },
      { s: 'He added that extra staff', speakers: ['Farid Haddad'] },
      { s: 'Grace Mensah denounced the payments scheme', speakers: ['Grace Mensah'] },
      { s: 'She warned that families', speakers: ['Grace Mensah'] },
      {
        s: 'Residents of the worst-hit district told reporters',
        speakers: ['Residents of the worst-hit district', 'Residents'],
      },
      { s: 'The ministry said it would publish weekly figures', speakers: ['Ministry of Housing', 'ministry'] },
    ],
  },
  {
    name: 'a quotation over paragraphs opening with When and On Thursday',
    text: `Nurse who ran marathon in scrubs raises £90,000

A nurse from Dunmore who ran the city marathon in her hospital scrubs has raised more than £90,000 for the children's ward where she works.

Priya Natarajan, 34, finished the race in four hours and 12 minutes on Sunday. Her husband, Daniel, and their two sons waited for her at the finish line.

"When I crossed the line I could not feel my legs," she said. "I just kept thinking about the kids on the ward.

"On Thursday we had a little boy ask me whether I would win. I told him I would finish, and that is the same thing."

Hospital chief executive Martin Boyd praised her as "the best of our staff". He said the money would buy two new incubators.

Natarajan said she would not run another marathon. "My feet have asked me not to," she joked.`,
    claims: [
      {
        s: '"When I crossed the line I could not feel my legs," she said.',
        speakers: ['Priya Natarajan'],
        direct: true,
      },
      { s: '"I just kept thinking about the kids on the ward.', speakers: ['Priya Natarajan'], direct: true },
      { s: '"On Thursday we had a little boy ask me', speakers: ['Priya Natarajan'], direct: true },
      { s: 'I told him I would finish, and that is the same thing."', speakers: ['Priya Natarajan'], direct: true },
      { s: 'Martin Boyd praised her as', speakers: ['Martin Boyd'] },
      { s: 'He said the money would buy two new incubators.', speakers: ['Martin Boyd'] },
      { s: 'Natarajan said she would not run another marathon.', speakers: ['Priya Natarajan'] },
      { s: '"My feet have asked me not to," she joked.', speakers: ['Priya Natarajan'], direct: true },
    ],
  },
  {
    name: 'guillemets, curly single quotes and "according to" in a referendum story',
    text: `Swiss voters reject motorway expansion

BERN — Swiss voters on Sunday narrowly rejected a plan to widen six stretches of motorway, according to official results.

The plan failed with 52.7% of the vote against it. Turnout was 45%.

« C'est un signal clair », said Lea Brunner, co-president of the Green Party, at a rally in Bern. She said the vote showed that people wanted more money spent on trains.

Transport Minister Anton Keller acknowledged the defeat. ‘The people have spoken, and we will respect that,’ he told the public broadcaster. ‘But the traffic jams will not go away on their own.’

According to a poll by the Helvetia Research Institute, younger voters were most strongly against the plan.

The Alpine Drivers' Association called the result ‘a missed opportunity’.`,
    claims: [
      { s: 'narrowly rejected a plan to widen six stretches', speakers: ['official results'] },
      { s: "« C'est un signal clair », said Lea Brunner", speakers: ['Lea Brunner'], direct: true },
      { s: 'She said the vote showed that people wanted', speakers: ['Lea Brunner'] },
      { s: 'Anton Keller acknowledged the defeat.', speakers: ['Anton Keller'], optional: true },
      { s: '‘The people have spoken, and we will respect that,’ he told', speakers: ['Anton Keller'], direct: true },
      { s: '‘But the traffic jams will not go away on their own.’', speakers: ['Anton Keller'], direct: true },
      {
        s: 'According to a poll by the Helvetia Research Institute',
        speakers: ['a poll by the Helvetia Research Institute', 'Helvetia Research Institute'],
      },
      { s: 'called the result ‘a missed opportunity’', speakers: ["Alpine Drivers' Association"] },
    ],
  },
  {
    name: 'airline strike with "it", "they" and a union',
    text: `Airline cancels 400 flights as pilots strike

FRANKFURT (Reuters) - Skyline Air cancelled more than 400 flights on Friday as pilots walked out over pay, the airline said.

It said about 60,000 passengers would be affected and urged travellers to check the status of their flights online.

The pilots' union, VFP, said its members had rejected the company's latest offer because it did not cover inflation. They will stay off work until Sunday, the union said.

"We did not want this strike, but management left us no choice," union negotiator Jonas Weber told Reuters. He said the union was ready to return to talks at any time.

Skyline Air's chief executive, Karin Albers, called the strike "irresponsible". She insisted that the offer was the most generous in the company's history.

Passengers at Frankfurt airport said they had received little information. "Nobody is telling us anything," said Marta Silva, who was trying to reach Lisbon.`,
    claims: [
      { s: 'cancelled more than 400 flights on Friday', speakers: ['Skyline Air', 'airline'] },
      { s: 'It said about 60,000 passengers', speakers: ['Skyline Air'] },
      { s: 'VFP, said its members had rejected', speakers: ['VFP', "pilots' union"] },
      { s: 'They will stay off work until Sunday, the union said.', speakers: ['VFP', "pilots' union", 'union'] },
      { s: '"We did not want this strike', speakers: ['Jonas Weber'], direct: true },
      { s: 'He said the union was ready', speakers: ['Jonas Weber'] },
      { s: 'Karin Albers, called the strike', speakers: ['Karin Albers'] },
      { s: 'She insisted that the offer', speakers: ['Karin Albers'] },
      { s: 'Passengers at Frankfurt airport said', speakers: ['Passengers at Frankfurt airport', 'Passengers'] },
      { s: '"Nobody is telling us anything," said Marta Silva', speakers: ['Marta Silva'], direct: true },
    ],
  },
  {
    name: 'state budget: told reporters, assured, in a statement, called on, joked',
    text: `Governor signs budget after weeklong standoff

AUSTIN, Texas (Reuters) - Governor Dale Hutchins signed a $310 billion state budget on Friday, ending a weeklong standoff with lawmakers over school funding.

Hutchins told reporters at the Capitol that the budget was "the best deal Texans could get this year." He assured teachers that their pay rise would take effect in September.

State Senator Rosa Delgado, a Democrat from El Paso, said in a statement that the budget "still leaves rural schools behind." She called on the governor to hold a special session on school funding.

House Speaker Tom Brandt joked that he had not slept in his own bed for a week. "My wife thinks I have moved to the Capitol," Brandt said.

The budget takes effect on Sept. 1.`,
    claims: [
      { s: 'Hutchins told reporters at the Capitol', speakers: ['Dale Hutchins'] },
      { s: 'He assured teachers that their pay rise', speakers: ['Dale Hutchins'] },
      { s: 'said in a statement that the budget', speakers: ['Rosa Delgado'] },
      { s: 'She called on the governor to hold', speakers: ['Rosa Delgado'] },
      { s: 'Tom Brandt joked that he had not slept', speakers: ['Tom Brandt'] },
      { s: '"My wife thinks I have moved to the Capitol," Brandt said.', speakers: ['Tom Brandt'], direct: true },
    ],
  },
  {
    name: 'wikinews interview with a two-paragraph quote',
    text: `Village library wins national award

Saturday, May 4, 2024

The public library of Kirkby Hollow has been named library of the year by the National Library Association.

Head librarian Owen Pritchard told Wikinews the award was "a surprise to everyone, including me". He said the library had almost closed in 2015 after the council cut its budget.

"We had eleven volunteers and a leaking roof. Now we have forty volunteers and a new roof," Pritchard said. "The town decided it wanted a library, and it got one."

Speaking to Wikinews, the association's president, Ruth Akande, said the judges had been impressed by the library's work with schools.

The award comes with a prize of £10,000.`,
    claims: [
      { s: 'told Wikinews the award was', speakers: ['Owen Pritchard'] },
      { s: 'He said the library had almost closed', speakers: ['Owen Pritchard'] },
      { s: '"We had eleven volunteers and a leaking roof.', speakers: ['Owen Pritchard'], direct: true },
      { s: 'Now we have forty volunteers and a new roof,"', speakers: ['Owen Pritchard'], direct: true },
      { s: '"The town decided it wanted a library', speakers: ['Owen Pritchard'], direct: true },
      { s: 'Ruth Akande, said the judges', speakers: ['Ruth Akande'] },
    ],
  },
  {
    name: 'police story: said X, a spokeswoman for Y, then she; a hotel that speaks',
    text: `Police arrest two after jewellery shop raid

Police in Harrowgate arrested two men on Tuesday in connection with a raid on a jewellery shop in which a shop assistant was injured.

The men, aged 24 and 31, were detained at an address in the north of the city, said Inspector Claire Holloway, a spokeswoman for Harrowgate Police.

"The public helped us enormously. We received more than 200 calls after the appeal," she said.

The shop's owner, Vikram Shah, said on Tuesday that the assistant was recovering at home. He said he was grateful to the police.

The Royal Crescent Hotel, next to the shop, said its security cameras had recorded the raiders' car. It said it had handed the footage to detectives.

Holloway said the investigation was continuing and urged anyone with information to come forward.`,
    claims: [
      { s: 'The men, aged 24 and 31, were detained', speakers: ['Claire Holloway'] },
      { s: '"The public helped us enormously.', speakers: ['Claire Holloway'], direct: true },
      {
        s: 'We received more than 200 calls after the appeal," she said.',
        speakers: ['Claire Holloway'],
        direct: true,
      },
      { s: 'Vikram Shah, said on Tuesday that the assistant', speakers: ['Vikram Shah'] },
      { s: 'He said he was grateful to the police.', speakers: ['Vikram Shah'] },
      { s: 'said its security cameras had recorded', speakers: ['Royal Crescent Hotel'] },
      { s: 'It said it had handed the footage', speakers: ['Royal Crescent Hotel'] },
      { s: 'Holloway said the investigation was continuing', speakers: ['Claire Holloway'] },
    ],
  },
  {
    name: 'deal story: people familiar with the matter, quoted as saying, is said to',
    text: `Carmaker in talks to buy battery start-up

Veltra Motors is in advanced talks to buy battery start-up Cellwave for about $2 billion, two people familiar with the matter said on Thursday.

The deal could be announced as early as next week, one of the people said. Both asked not to be named because the talks are private.

Veltra declined to comment. Cellwave did not respond to a request for comment.

Veltra's chief executive, Hiro Tanaka, was quoted as saying in a newspaper interview last month that the company wanted to make its own batteries by 2027.

Cellwave's founder is said to have turned down two earlier offers.`,
    claims: [
      {
        s: 'is in advanced talks to buy battery start-up',
        speakers: ['two people familiar with the matter', 'people familiar with the matter'],
      },
      {
        s: 'The deal could be announced as early as next week',
        speakers: ['one of the people', 'two people familiar with the matter', 'people familiar with the matter'],
      },
      { s: 'Both asked not to be named', speakers: [], optional: true },
      { s: 'Veltra declined to comment.', speakers: [], optional: true },
      { s: 'Cellwave did not respond to a request for comment.', speakers: [], optional: true },
      { s: 'was quoted as saying in a newspaper interview', speakers: ['Hiro Tanaka'] },
      { s: "Cellwave's founder is said to have turned down", speakers: [] },
    ],
  },
  {
    name: 'cup semi-final: asked whether, a colon quote, blamed',
    text: `Rivers hold on to reach cup final

Hartley Rivers reached the national cup final on Saturday with a 2-1 win over Kenmore, their first final in 30 years.

Coach Sandra Ellis said her players had "run until they could not run any more". Asked whether Rivers could win the final, she said: "Why not? Nobody expected us to get this far."

Kenmore manager Luke Barnes blamed the referee for the first goal. "It was offside by a yard," he said. He said he would not appeal.

Rivers captain Mia Duarte, who scored the winner, said the team would celebrate "quietly". "We have a final to play," she said.`,
    claims: [
      { s: 'Coach Sandra Ellis said her players', speakers: ['Sandra Ellis'] },
      { s: 'Asked whether Rivers could win the final, she said', speakers: ['Sandra Ellis'], direct: true },
      { s: 'Nobody expected us to get this far."', speakers: ['Sandra Ellis'], direct: true },
      { s: 'Luke Barnes blamed the referee', speakers: ['Luke Barnes'] },
      { s: '"It was offside by a yard," he said.', speakers: ['Luke Barnes'], direct: true },
      { s: 'He said he would not appeal.', speakers: ['Luke Barnes'] },
      { s: 'who scored the winner, said the team would celebrate', speakers: ['Mia Duarte'] },
      { s: '"We have a final to play," she said.', speakers: ['Mia Duarte'], direct: true },
    ],
  },
  {
    name: 'EU fine: X told a news conference, said X, a spokesman for the company',
    text: `EU fines chipmaker over licensing

BRUSSELS (Reuters) - The European Commission fined chipmaker Norvik Semiconductors 340 million euros on Wednesday for abusing its dominance in the market for car chips.

Norvik abused its position for almost a decade, competition commissioner Ingrid Solberg told a news conference. "Carmakers had nowhere else to go, and Norvik knew it," she said.

Norvik said it would appeal. "We strongly disagree with the Commission's findings," said Pieter de Vries, a spokesman for the company. "Our licensing terms have always been fair."

The fine is the third imposed on a chipmaker by the Commission in two years.

Industry group CarTech Europe welcomed the decision, saying it would lower costs for its members.`,
    claims: [
      { s: 'Norvik abused its position for almost a decade', speakers: ['Ingrid Solberg'] },
      { s: '"Carmakers had nowhere else to go', speakers: ['Ingrid Solberg'], direct: true },
      { s: 'Norvik said it would appeal.', speakers: ['Norvik', 'Norvik Semiconductors'] },
      { s: '"We strongly disagree with the Commission', speakers: ['Pieter de Vries'], direct: true },
      { s: '"Our licensing terms have always been fair."', speakers: ['Pieter de Vries'], direct: true },
      { s: 'welcomed the decision, saying it would lower costs', speakers: ['CarTech Europe'] },
    ],
  },
  {
    name: 'senator with a quotation split by its tag, and "They said" inside a quote',
    text: `Senator vows to revive stalled housing bill

Senator Paul Amadi vowed on Monday to bring a stalled housing bill back to the floor before the summer recess.

"I am not going anywhere," Amadi said at a news conference in Columbus, "and neither is this bill."

Amadi, speaking alongside tenants from his district, said rents in the state had risen by a third in five years. He warned that families were being pushed out of the cities where they worked.

Republican leaders said the bill was too costly. In a statement, Senate Majority Leader Joan Whitaker said it would "drive builders out of the state."

Amadi dismissed the criticism. "They said the same thing about the last bill, and the builders are still here," he said.`,
    claims: [
      { s: 'vowed on Monday to bring a stalled housing bill', speakers: ['Paul Amadi'] },
      { s: '"I am not going anywhere," Amadi said', speakers: ['Paul Amadi'], direct: true },
      { s: 'said rents in the state had risen', speakers: ['Paul Amadi'] },
      { s: 'He warned that families were being pushed out', speakers: ['Paul Amadi'] },
      { s: 'Republican leaders said the bill was too costly.', speakers: ['Republican leaders'] },
      { s: 'Joan Whitaker said it would', speakers: ['Joan Whitaker'] },
      { s: 'Amadi dismissed the criticism.', speakers: ['Paul Amadi'], optional: true },
      { s: '"They said the same thing about the last bill', speakers: ['Paul Amadi'], direct: true },
    ],
  },
];

/**
 * Written blind on 30 Nov 2026 (fourth batch): US election and Reuters politics copy — campaigns
 * and officials as sources, "the former president", "his running mate", anonymous officials,
 * "wrote on social media", "sources told Reuters", a speaker's possessive, and tags after a
 * relative clause.
 */
export const NEWS_CASES_4: NewsCase[] = [
  {
    name: 'campaign trail: rally, running mate, campaign statement',
    text: `Candidates trade attacks over tariffs in final week

PHOENIX (Reuters) - Former Governor Ray Talbot told a rally in Phoenix on Wednesday that his rival's economic plan would "wreck the middle class," as both campaigns made a last push in the battleground state.

Talbot, a Republican, said he would cut taxes on overtime pay and repeal the fuel tax in his first month in office. "They have had four years. What did they do?" he asked the crowd.

Senator Lisa Moreau, the Democratic nominee, dismissed the attack. Speaking in Tucson, she said Talbot's tariffs would raise prices on "everything from groceries to car parts."

Her running mate, Governor Evan Cross, told reporters on the campaign plane that the race was "as close as it gets."

Talbot's campaign said in a statement that Moreau had "no plan and no record." A Moreau campaign spokeswoman, Dana Lee, called the statement "desperate."

A Reuters/Ipsos poll completed on Tuesday showed Moreau with 46% support and Talbot with 44%, within the margin of error.`,
    claims: [
      { s: 'told a rally in Phoenix on Wednesday that his rival', speakers: ['Ray Talbot'] },
      { s: 'Talbot, a Republican, said he would cut taxes', speakers: ['Ray Talbot'] },
      { s: '"They have had four years.', speakers: ['Ray Talbot'], direct: true },
      { s: 'What did they do?" he asked the crowd.', speakers: ['Ray Talbot'], direct: true },
      { s: 'Speaking in Tucson, she said', speakers: ['Lisa Moreau'] },
      { s: 'told reporters on the campaign plane', speakers: ['Evan Cross'] },
      {
        s: "Talbot's campaign said in a statement",
        speakers: ["Talbot's campaign", 'Talbot campaign', 'Ray Talbot'],
      },
      { s: 'Dana Lee, called the statement "desperate."', speakers: ['Dana Lee'] },
      {
        s: 'showed Moreau with 46% support',
        speakers: ['A Reuters/Ipsos poll', 'Reuters/Ipsos poll', 'Reuters/Ipsos'],
        optional: true,
      },
      { s: 'Senator Lisa Moreau, the Democratic nominee, dismissed the attack.', speakers: [], optional: true },
    ],
  },
  {
    name: 'anonymous officials and sources told Reuters',
    text: `U.S. weighs new sanctions on shipping network

WASHINGTON (Reuters) - The United States is preparing new sanctions on a network of shipping companies accused of moving oil for Iran, three sources told Reuters on Thursday.

The measures could be announced as soon as next week, said one U.S. official, who spoke on condition of anonymity because the plans are not public.

"We are looking at every ship and every company that helps them get around the rules," the official said.

A State Department spokesperson declined to comment on the specific measures but said Washington would "continue to use all the tools available" to enforce sanctions.

Iran's foreign ministry has called previous sanctions illegal. Its spokesman, Hossein Rahimi, wrote on social media on Thursday that new measures would "change nothing."`,
    claims: [
      { s: 'The United States is preparing new sanctions', speakers: ['three sources', 'sources'] },
      { s: 'The measures could be announced as soon as next week', speakers: ['one U.S. official', 'U.S. official'] },
      {
        s: '"We are looking at every ship and every company',
        speakers: ['one U.S. official', 'U.S. official', 'official'],
        direct: true,
      },
      {
        s: 'but said Washington would',
        speakers: ['A State Department spokesperson', 'State Department spokesperson', 'State Department'],
      },
      { s: "Iran's foreign ministry has called previous sanctions illegal.", speakers: [], optional: true },
      { s: 'wrote on social media on Thursday', speakers: ['Hossein Rahimi'] },
    ],
  },
  {
    name: 'count day: projected, conceded, the secretary of state, a woman and a man',
    text: `Incumbent concedes in tight Senate race

HARRISBURG, Pa. (AP) - Senator Helen Briggs conceded on Thursday night after two days of counting showed her trailing challenger Nathan Shore by about 31,000 votes.

"The voters have spoken, and I respect their decision," Briggs told supporters in Harrisburg. "I called Nathan tonight to congratulate him."

Shore, a former county prosecutor, thanked Briggs for "a hard but clean fight." He said his first priority would be lowering health care costs.

Secretary of State Al Marino said counties had finished counting all mail ballots. He added that turnout had reached a record 71%.

Briggs, 68, had held the seat since 2007. Her campaign manager, Tom Yates, said she had no plans to run again.`,
    claims: [
      {
        s: '"The voters have spoken, and I respect their decision," Briggs told',
        speakers: ['Helen Briggs'],
        direct: true,
      },
      { s: '"I called Nathan tonight to congratulate him."', speakers: ['Helen Briggs'], direct: true },
      { s: 'thanked Briggs for "a hard but clean fight."', speakers: ['Nathan Shore'], optional: true },
      { s: 'He said his first priority would be', speakers: ['Nathan Shore'] },
      { s: 'Al Marino said counties had finished', speakers: ['Al Marino'] },
      { s: 'He added that turnout had reached', speakers: ['Al Marino'] },
      { s: 'Tom Yates, said she had no plans', speakers: ['Tom Yates'] },
      { s: 'Senator Helen Briggs conceded on Thursday night', speakers: [], optional: true },
    ],
  },
  {
    name: 'central bank: the chair, "the bank said", a relative clause before the tag',
    text: `Central bank holds rates, signals cut in spring

OTTAWA (Reuters) - The Bank of Canada held its key interest rate at 3.75% on Wednesday and said inflation was cooling faster than it had expected.

Governor Michelle Tran told a news conference that a cut in the spring was "a real possibility" if wage growth kept slowing.

"We are not there yet," said Tran, who took over the bank last year. "But we can see it from here."

Economists had expected the decision. "The tone was softer than in October," said Raj Patel, chief economist at Northgate Bank in Toronto, adding that markets now expected two cuts next year.

The bank said the economy would grow by 1.2% this year.`,
    claims: [
      { s: 'and said inflation was cooling faster', speakers: ['Bank of Canada'] },
      { s: 'Michelle Tran told a news conference', speakers: ['Michelle Tran'] },
      { s: '"We are not there yet," said Tran', speakers: ['Michelle Tran'], direct: true },
      { s: '"But we can see it from here."', speakers: ['Michelle Tran'], direct: true },
      { s: 'Economists had expected the decision.', speakers: [], optional: true },
      { s: '"The tone was softer than in October," said Raj Patel', speakers: ['Raj Patel'], direct: true },
      { s: 'The bank said the economy would grow', speakers: ['Bank of Canada'] },
    ],
  },
];

/**
 * Written blind on 30 Nov 2026 (fifth batch): Wikinews-style reports — media as sources ("local
 * media reported", "the BBC reported that"), press releases, reports and studies that find,
 * police who believe, a tag in the middle of a quotation, and quoted titles that are no claims.
 */
export const NEWS_CASES_5: NewsCase[] = [
  {
    name: 'wikinews disaster report with media and officials',
    text: `Landslide kills at least twelve in northern province

Tuesday, October 8, 2024

At least twelve people were killed when a landslide buried part of a mountain village in the northern province of Kaseri on Monday, local media reported.

The provincial governor, Ahmed Sultani, confirmed the death toll and said rescuers were still searching for six missing people. "The ground is still moving, which makes the work very dangerous," he told reporters at the site.

According to the national weather service, the region received more than 300 millimetres of rain in the previous 48 hours.

The state broadcaster reported that the main road to the village had been cut off. Officials estimate that about 400 people have been left homeless.

Residents said they had warned the authorities about cracks in the hillside last year. "Nobody came to look," said Farida Noori, whose house was destroyed.`,
    claims: [
      { s: 'At least twelve people were killed when a landslide', speakers: ['local media'] },
      { s: 'confirmed the death toll and said rescuers', speakers: ['Ahmed Sultani'] },
      { s: '"The ground is still moving', speakers: ['Ahmed Sultani'], direct: true },
      {
        s: 'According to the national weather service',
        speakers: ['national weather service', 'the national weather service'],
      },
      {
        s: 'The state broadcaster reported that the main road',
        speakers: ['state broadcaster', 'The state broadcaster'],
      },
      { s: 'Officials estimate that about 400 people', speakers: ['Officials'] },
      { s: 'Residents said they had warned the authorities', speakers: ['Residents'] },
      { s: '"Nobody came to look," said Farida Noori', speakers: ['Farida Noori'], direct: true },
    ],
  },
  {
    name: 'study report: found, the authors wrote, a press release',
    text: `Study links night shifts to higher blood pressure

A study of more than 30,000 nurses has found that those who worked night shifts for ten years or more were 20% more likely to develop high blood pressure.

The study, published on Wednesday in the journal Occupational Health Review, followed nurses in four countries for fifteen years.

"Night work is not a choice for many people, so employers need to think about how they organise it," the lead author, Dr. Ines Carvalho of the University of Porto, said in a press release.

The authors wrote that the link remained after they accounted for age, weight and smoking. They cautioned that the study could not prove that night work caused the rise.

Professor Alan Whitby, a cardiologist who was not involved in the research, described the findings as "robust but not surprising".

The British Nursing Federation said in a statement that it would use the study to press for shorter night rotas.`,
    claims: [
      { s: 'A study of more than 30,000 nurses has found', speakers: ['A study of more than 30,000 nurses', 'study'] },
      { s: '"Night work is not a choice for many people', speakers: ['Ines Carvalho'], direct: true },
      { s: 'The authors wrote that the link remained', speakers: ['authors', 'The authors'] },
      { s: 'They cautioned that the study could not prove', speakers: ['authors', 'The authors'] },
      { s: 'described the findings as "robust but not surprising"', speakers: ['Alan Whitby'] },
      { s: 'The British Nursing Federation said in a statement', speakers: ['British Nursing Federation'] },
    ],
  },
  {
    name: 'crime report: police believe, a quoted film title, a tag mid-quotation',
    text: `Police appeal after cinema fire

Police in Greywater are appealing for witnesses after a fire at the Regal Cinema during a showing of the film "Night Harbour" on Saturday.

Nobody was hurt. Police believe the fire was started deliberately in a storage room behind the screen.

"We know that several people were outside the building shortly before ten," said Detective Sergeant Mark Oduya. "If you were one of them, please call us. Even a small detail could help."

The cinema's owner, Beatrice Lamb, said the building would be closed for at least a month. She thanked the fire service for its quick response.

A spokesman for the fire service said crews had arrived within six minutes.`,
    claims: [
      { s: 'Police believe the fire was started deliberately', speakers: ['Police'] },
      { s: '"We know that several people were outside', speakers: ['Mark Oduya'], direct: true },
      { s: '"If you were one of them, please call us.', speakers: ['Mark Oduya'], direct: true },
      { s: 'Even a small detail could help."', speakers: ['Mark Oduya'], direct: true },
      { s: 'Beatrice Lamb, said the building would be closed', speakers: ['Beatrice Lamb'] },
      { s: 'She thanked the fire service', speakers: ['Beatrice Lamb'], optional: true },
      {
        s: 'A spokesman for the fire service said crews',
        speakers: ['A spokesman for the fire service', 'spokesman for the fire service', 'fire service'],
      },
    ],
  },
  {
    name: 'tech company: it announced, explained, the company added, a quoted product name',
    text: `Software maker to cut 1,200 jobs

Norhaven Systems announced on Monday that it would cut 1,200 jobs, about 8% of its workforce, as sales of its "CloudDesk" software slowed.

In a memo to staff, chief executive Tomas Eklund explained that the company had hired too quickly during the pandemic. "I take responsibility for that decision," he wrote.

The company added that affected employees would receive at least four months' pay.

Shares in Norhaven rose 4% after the announcement. Analysts at Brisk Capital said the cuts would save about $150 million a year.

The Software Workers Union condemned the decision and said it would seek talks with management.`,
    claims: [
      { s: 'Norhaven Systems announced on Monday that it would cut', speakers: ['Norhaven Systems'] },
      { s: 'explained that the company had hired too quickly', speakers: ['Tomas Eklund'] },
      { s: '"I take responsibility for that decision," he wrote.', speakers: ['Tomas Eklund'], direct: true },
      { s: 'The company added that affected employees', speakers: ['Norhaven Systems', 'company'] },
      { s: 'Analysts at Brisk Capital said the cuts', speakers: ['Analysts at Brisk Capital', 'Brisk Capital'] },
      { s: 'The Software Workers Union condemned the decision', speakers: ['Software Workers Union'] },
    ],
  },
];

/**
 * Written blind on 30 Nov 2026 (sixth batch): descriptions standing for a named person ("the
 * former president", "the Republican", "the 61-year-old", "the congresswoman"), a woman and a man
 * taking turns, "the White House said", a campaign's spokesman, and a quotation naming another
 * man just before "he said".
 */
export const NEWS_CASES_6: NewsCase[] = [
  {
    name: 'debate night: descriptions for both candidates',
    text: `Candidates clash over economy in only debate

PHILADELPHIA (Reuters) - Former President Walter Grayson and Vice President Nora Estrada clashed over inflation and immigration on Tuesday in their only scheduled debate.

Grayson, 74, said prices had "gone through the roof" under the current administration. The former president repeated his promise to impose new tariffs on imports.

Estrada said his tariffs would cost a typical family $3,000 a year. "He wants you to pay for his trade war," the vice president said. "I want to cut your costs."

The Republican accused her of wanting to "open the border." The Democrat called that claim "simply false."

Grayson's campaign said after the debate that he had won "by a mile." Estrada's spokesman, Leo Park, said the vice president had shown she was "ready on day one."`,
    claims: [
      { s: 'Grayson, 74, said prices had', speakers: ['Walter Grayson'] },
      { s: 'The former president repeated his promise', speakers: ['Walter Grayson'], optional: true },
      { s: 'Estrada said his tariffs would cost', speakers: ['Nora Estrada'] },
      {
        s: '"He wants you to pay for his trade war," the vice president said.',
        speakers: ['Nora Estrada'],
        direct: true,
      },
      { s: '"I want to cut your costs."', speakers: ['Nora Estrada'], direct: true },
      { s: 'The Republican accused her of wanting', speakers: ['Walter Grayson'] },
      { s: 'The Democrat called that claim "simply false."', speakers: ['Nora Estrada'] },
      {
        s: "Grayson's campaign said after the debate",
        speakers: ["Grayson's campaign", 'Grayson campaign', 'Walter Grayson'],
      },
      { s: 'Leo Park, said the vice president had shown', speakers: ['Leo Park'] },
    ],
  },
  {
    name: 'congresswoman and the White House',
    text: `Lawmaker demands answers on drone contract

WASHINGTON - Representative Carla Mendez demanded on Wednesday that the Pentagon explain why a $2 billion drone contract went to a company with no track record.

"Taxpayers deserve to know who made this decision and why," the congresswoman said in a letter to Defense Secretary Paul Hardy. She asked for a reply within two weeks.

The White House said the contract had been awarded "through a fair and open process." Hardy has not commented publicly.

Mendez, a Democrat from New Mexico, sits on the House Armed Services Committee. The 61-year-old has pressed the Pentagon over contracts before.

Her Republican colleague on the committee, Dan Whitlock, said he shared some of her concerns. "When a company that has never built a drone wins the biggest drone contract, people are going to ask questions," he said.`,
    claims: [
      { s: 'Representative Carla Mendez demanded on Wednesday', speakers: ['Carla Mendez'] },
      { s: '"Taxpayers deserve to know who made this decision', speakers: ['Carla Mendez'], direct: true },
      { s: 'She asked for a reply within two weeks.', speakers: ['Carla Mendez'] },
      { s: 'The White House said the contract', speakers: ['White House'] },
      { s: 'Dan Whitlock, said he shared some of her concerns', speakers: ['Dan Whitlock'] },
      { s: '"When a company that has never built a drone', speakers: ['Dan Whitlock'], direct: true },
    ],
  },
  {
    name: 'a quotation about another man before "he said"',
    text: `Coach defends young striker after penalty miss

Northfield coach Graham Tully defended 19-year-old striker Kofi Mensah on Sunday after his missed penalty cost the club a place in the final.

"Kofi is the bravest player in this squad. He stepped up when nobody else wanted to," Tully said. "He will score hundreds of goals for this club."

Mensah posted an apology to fans on social media. He wrote that he was "heartbroken" and promised to "come back stronger."

Club captain Ryan Doyle said the team had told Mensah to keep his head up. "We win together and we lose together," he said.`,
    claims: [
      { s: '"Kofi is the bravest player in this squad.', speakers: ['Graham Tully'], direct: true },
      { s: 'He stepped up when nobody else wanted to," Tully said.', speakers: ['Graham Tully'], direct: true },
      { s: '"He will score hundreds of goals for this club."', speakers: ['Graham Tully'], direct: true },
      { s: 'Mensah posted an apology to fans', speakers: ['Kofi Mensah'], optional: true },
      { s: 'He wrote that he was "heartbroken"', speakers: ['Kofi Mensah'] },
      { s: 'Ryan Doyle said the team had told Mensah', speakers: ['Ryan Doyle'] },
      { s: '"We win together and we lose together," he said.', speakers: ['Ryan Doyle'], direct: true },
    ],
  },
];

/**
 * Written blind on 30 Nov 2026 (seventh batch): wire sign-offs and Wikinews source lists that
 * quote headlines, "told local radio", "said in an emailed statement", "officials said" at the
 * end, a concession with "telling supporters that", a byline, NYT ''…'' quotes continued over a
 * paragraph with "They" opening a quoted sentence, British ‘…’ quotes with curly apostrophes,
 * « … » after "told journalists" and a colon, questions inside quotations, "Reached by phone,
 * he said", and pronouns after a woman and a man in turn.
 */
export const NEWS_CASES_7: NewsCase[] = [
  {
    name: 'grain transit: officials said, told reporters, a woman after a man, an anonymous official, sign-off',
    text: `Poland and Ukraine agree grain transit rules

WARSAW, March 4 (Reuters) - Poland and Ukraine agreed on Tuesday to resume grain shipments through Polish ports under a licensing system, ending a dispute that had angered farmers on both sides of the border, officials said.

Polish Agriculture Minister Tomasz Wierzbicki told reporters the licences would be checked at the border "wagon by wagon" and that no grain would be sold in Poland.

"Our farmers will not pay for this war a second time," Wierzbicki said. "We have heard them, and we have written their demands into the agreement."

His Ukrainian counterpart, Oksana Hrytsenko, welcomed the deal but warned that delays at the border were still costing exporters millions of dollars a week.

"Every day a train waits at the border, a ship waits empty in Gdansk," she said in a statement.

A senior European Commission official, who spoke on condition of anonymity because the talks were confidential, said Brussels had pressed both sides to settle before the spring harvest.

Farmers' unions were not convinced. The Solidarity of Individual Farmers union said it would continue protests at three crossings until it saw the licences working.

The Polish government spokesman, Adam Rurka, declined to say how many licences would be issued.

(Reporting by Anna Kowal; Editing by Peter Grove)`,
    claims: [
      {
        s: 'ending a dispute that had angered farmers on both sides of the border, officials said',
        speakers: ['officials'],
      },
      { s: 'Tomasz Wierzbicki told reporters the licences', speakers: ['Tomasz Wierzbicki'] },
      {
        s: '"Our farmers will not pay for this war a second time," Wierzbicki said.',
        speakers: ['Tomasz Wierzbicki'],
        direct: true,
      },
      { s: '"We have heard them, and we have written', speakers: ['Tomasz Wierzbicki'], direct: true },
      { s: 'Oksana Hrytsenko, welcomed the deal but warned', speakers: ['Oksana Hrytsenko'] },
      { s: '"Every day a train waits at the border', speakers: ['Oksana Hrytsenko'], direct: true },
      {
        s: 'said Brussels had pressed both sides',
        speakers: [
          'senior European Commission official',
          'A senior European Commission official',
          'European Commission official',
          'European Commission',
        ],
      },
      {
        s: 'The Solidarity of Individual Farmers union said',
        speakers: ['Solidarity of Individual Farmers', 'Solidarity of Individual Farmers union'],
      },
      { s: 'declined to say how many licences', speakers: ['Adam Rurka'], optional: true },
    ],
  },
  {
    name: 'wikinews wildfire: according to an agency, the agency said, told local radio, a source list',
    text: `Wildfire forces evacuation of 3,000 in southern Chile

Saturday, February 8, 2025

Authorities in Chile's Biobío Region ordered the evacuation of about 3,000 residents on Thursday as a wildfire spread towards the town of Santa Juana, according to the country's National Disaster Prevention and Response Service (SENAPRED).

The fire had burned more than 4,200 hectares by Friday evening, the agency said. Strong winds and temperatures above 35 °C made the work of firefighters "extremely difficult", SENAPRED director Álvaro Hormazábal told local radio.

Regional governor Rodrigo Díaz said on Friday that two firefighters had been treated for smoke inhalation. He called on residents to follow evacuation orders "without hesitation".

Speaking to Wikinews, resident Marcela Fuentes described the scene. "The sky turned orange at four in the afternoon. We took the dog, the photographs and nothing else," she said. "My neighbour stayed to water his roof. I do not know if he is alive."

Chile's Interior Ministry declared a state of emergency for the region. In a statement, it said the army would help to clear firebreaks.

Local media reported that at least 40 homes had been destroyed, though officials did not confirm the figure.

Sources

"Chile wildfire forces thousands to flee" — La Tercera, February 7, 2025
"Incendio en Biobío: evacuan Santa Juana" — BioBioChile, February 6, 2025`,
    claims: [
      {
        s: "Authorities in Chile's Biobío Region ordered the evacuation",
        speakers: ['National Disaster Prevention and Response Service', 'SENAPRED'],
      },
      {
        s: 'The fire had burned more than 4,200 hectares by Friday evening, the agency said.',
        speakers: ['National Disaster Prevention and Response Service', 'SENAPRED', 'agency'],
      },
      { s: 'Strong winds and temperatures above', speakers: ['Álvaro Hormazábal'] },
      { s: 'Rodrigo Díaz said on Friday that two firefighters', speakers: ['Rodrigo Díaz'] },
      { s: 'He called on residents to follow evacuation orders', speakers: ['Rodrigo Díaz'] },
      { s: 'resident Marcela Fuentes described the scene', speakers: ['Marcela Fuentes'], optional: true },
      { s: '"The sky turned orange at four in the afternoon.', speakers: ['Marcela Fuentes'], direct: true },
      {
        s: 'We took the dog, the photographs and nothing else," she said.',
        speakers: ['Marcela Fuentes'],
        direct: true,
      },
      { s: '"My neighbour stayed to water his roof.', speakers: ['Marcela Fuentes'], direct: true },
      { s: 'I do not know if he is alive."', speakers: ['Marcela Fuentes'], direct: true },
      {
        s: 'In a statement, it said the army would help',
        speakers: ['Interior Ministry', "Chile's Interior Ministry"],
      },
      { s: 'Local media reported that at least 40 homes', speakers: ['Local media'] },
    ],
  },
  {
    name: 'senate concession: telling supporters that, a quote about her, hailed, blamed, joked',
    text: `Ellis concedes Ohio Senate race, urges supporters to 'move on'

COLUMBUS, Ohio, Nov 6 (Reuters) - Republican state Senator Mark Ellis conceded the U.S. Senate race in Ohio to Democrat Grace Hollis on Wednesday, telling supporters in Columbus that the result was "painful but clear."

"I called Grace this morning and congratulated her," Ellis said. "She ran a tough race. Now she has to deliver for every family in this state, including the ones who voted for me."

Hollis, 52, a former county prosecutor, thanked Ellis for what she called a "gracious" call. She told a crowd of about 500 supporters in Cleveland that she would "go to Washington to work, not to fight."

Her win gives Democrats a 51st seat in the Senate. Senate Majority Leader Dan Ortiz hailed the result as proof that "voters reward candidates who talk about prices, not grievances."

Republicans were quick to point to turnout. "Our voters did not show up in the suburbs, and we need to ask ourselves why," said Karen Voss, chair of the Ohio Republican Party, in an interview.

Ellis's campaign manager, Jordan Pike, blamed "tens of millions of dollars in outside money" for the defeat. He did not say whether Ellis would run again.

Asked whether he would seek office in 2028, Ellis smiled. "Ask my wife," he joked.`,
    claims: [
      { s: 'Mark Ellis conceded the U.S. Senate race', speakers: ['Mark Ellis'] },
      { s: '"I called Grace this morning and congratulated her," Ellis said.', speakers: ['Mark Ellis'], direct: true },
      { s: '"She ran a tough race.', speakers: ['Mark Ellis'], direct: true },
      { s: 'Now she has to deliver for every family', speakers: ['Mark Ellis'], direct: true },
      { s: 'thanked Ellis for what she called a "gracious" call', speakers: ['Grace Hollis'], optional: true },
      { s: 'She told a crowd of about 500 supporters', speakers: ['Grace Hollis'] },
      // What the claim says after "as proof that" is all his words, in quotation marks.
      { s: 'Dan Ortiz hailed the result as proof', speakers: ['Dan Ortiz'], direct: true },
      { s: '"Our voters did not show up in the suburbs', speakers: ['Karen Voss'], direct: true },
      { s: 'Jordan Pike, blamed "tens of millions', speakers: ['Jordan Pike'] },
      { s: 'He did not say whether Ellis would run again.', speakers: ['Jordan Pike'], optional: true },
      { s: 'Asked whether he would seek office in 2028, Ellis smiled.', speakers: ['Mark Ellis'], optional: true },
      { s: '"Ask my wife," he joked.', speakers: ['Mark Ellis'], direct: true },
    ],
  },
  {
    name: "NYT data center: a byline, ''…'' over a paragraph, They inside a quote, she said later",
    text: `A Town Divided Over a Data Center

By LAURA FINCH

GRANTS PASS, Ore. — For most of the last century, the valley north of town grew pears. Now it may grow servers.

''I never thought I'd see the day,'' said Harold Brandt, 81, whose family has farmed the land since 1932. ''My grandfather planted these trees with a mule. They want to put a building here the size of six football fields.

''I'm not against progress. I'm against being lied to.''

Mr. Brandt said the company behind the project, Meridian Compute, had promised the county 300 jobs but would not say how many of them would go to local people.

A spokeswoman for Meridian, Claire Dubois, said in an email that the company ''remains committed to hiring locally wherever possible'' and that construction alone would employ ''several hundred workers.''

At a packed county commission meeting on Tuesday, Commissioner Ruth Alvarez asked the company's representatives how much water the center would use. They did not have an answer, she said later.

''That should tell you something,'' Ms. Alvarez said. ''You don't build a house without knowing where the well is.''

The commission is expected to vote next month.`,
    claims: [
      { s: "''I never thought I'd see the day,'' said Harold Brandt", speakers: ['Harold Brandt'], direct: true },
      { s: "''My grandfather planted these trees with a mule.", speakers: ['Harold Brandt'], direct: true },
      { s: 'They want to put a building here', speakers: ['Harold Brandt'], direct: true },
      { s: "''I'm not against progress.", speakers: ['Harold Brandt'], direct: true },
      { s: "I'm against being lied to.''", speakers: ['Harold Brandt'], direct: true },
      { s: 'Mr. Brandt said the company behind the project', speakers: ['Harold Brandt'] },
      { s: 'Claire Dubois, said in an email that the company', speakers: ['Claire Dubois'] },
      { s: 'Commissioner Ruth Alvarez asked the company', speakers: ['Ruth Alvarez'], optional: true },
      { s: 'They did not have an answer, she said later.', speakers: ['Ruth Alvarez'] },
      { s: "''That should tell you something,'' Ms. Alvarez said.", speakers: ['Ruth Alvarez'], direct: true },
      { s: "''You don't build a house without knowing", speakers: ['Ruth Alvarez'], direct: true },
    ],
  },
  {
    name: 'British sewage fine: ‘…’ quotes, curly apostrophes, "It called", campaigners, a spokesman',
    text: `Water company fined £40m over sewage spills

A water company in southern England has been fined £40 million for illegally discharging sewage into rivers, the industry regulator Ofwat announced on Wednesday.

Ofwat said Southmere Water had failed to report more than 1,200 spills between 2019 and 2023. It called the breaches ‘among the most serious we have ever investigated’.

Southmere’s chief executive, Philippa Grange, apologised to customers. ‘We let our customers and our rivers down, and we are sorry,’ she said. ‘We have already replaced the managers responsible.’

Campaigners said the fine was too small. Ben Oduya, who leads the group River Action South, said: ‘Forty million pounds is a rounding error for a company that paid £200 million in dividends last year.’

Environment Secretary Simon Hale insisted the government was ‘on the side of swimmers and anglers’. He said new powers would allow regulators to ban bonuses at firms that broke the rules.

The company has 28 days to appeal. A spokesman said it was ‘considering the decision carefully’.`,
    claims: [
      { s: 'the industry regulator Ofwat announced on Wednesday', speakers: ['Ofwat'] },
      { s: 'Ofwat said Southmere Water had failed', speakers: ['Ofwat'] },
      { s: 'It called the breaches', speakers: ['Ofwat'] },
      { s: 'Philippa Grange, apologised to customers.', speakers: ['Philippa Grange'], optional: true },
      { s: '‘We let our customers and our rivers down', speakers: ['Philippa Grange'], direct: true },
      { s: '‘We have already replaced the managers responsible.’', speakers: ['Philippa Grange'], direct: true },
      { s: 'Campaigners said the fine was too small.', speakers: ['Campaigners'] },
      { s: 'Ben Oduya, who leads the group River Action South, said', speakers: ['Ben Oduya'], direct: true },
      { s: 'Simon Hale insisted the government was', speakers: ['Simon Hale'] },
      { s: 'He said new powers would allow regulators', speakers: ['Simon Hale'] },
      {
        s: 'A spokesman said it was ‘considering the decision carefully’.',
        speakers: ['spokesman', 'A spokesman', 'Southmere Water'],
      },
    ],
  },
  {
    name: 'recall wire: a regulator at the end, the automaker, spokesperson in an emailed statement, told Reuters',
    text: `Automaker Valtra recalls 180,000 SUVs over brake fault

DETROIT, June 12 (Reuters) - Valtra Motors is recalling about 180,000 sport utility vehicles in the United States because a faulty brake hose can leak fluid and lengthen stopping distances, the U.S. National Highway Traffic Safety Administration said on Thursday.

The automaker said it was aware of 14 crashes and three minor injuries that may be linked to the problem. It said dealers would replace the hoses free of charge starting in August.

"Safety is our first priority, and we are moving as fast as parts allow," Valtra spokesperson Dana Kim said in an emailed statement.

The recall covers some 2021-2023 Ridgeline and Summit models. Owners will be notified by mail, NHTSA said.

Valtra shares fell 2.1% in early trading. Analyst Peter Lomax of Crestline Securities said the cost of the recall was likely to be "manageable" at around $60 million but that the company faced "a pattern problem".

"This is the third brake recall in two years. Investors are going to want to know what is going on in the supply chain," Lomax told Reuters.

Valtra did not respond to a request for comment on the analyst's remarks.

(Reporting by Daniel Shore in Washington; Editing by Chris Reese)`,
    claims: [
      {
        s: 'Valtra Motors is recalling about 180,000',
        speakers: [
          'National Highway Traffic Safety Administration',
          'U.S. National Highway Traffic Safety Administration',
          'NHTSA',
        ],
      },
      { s: 'The automaker said it was aware of 14 crashes', speakers: ['Valtra Motors', 'Valtra', 'automaker'] },
      { s: 'It said dealers would replace the hoses', speakers: ['Valtra Motors', 'Valtra'] },
      { s: '"Safety is our first priority', speakers: ['Dana Kim'], direct: true },
      {
        s: 'Owners will be notified by mail, NHTSA said.',
        speakers: ['NHTSA', 'National Highway Traffic Safety Administration'],
      },
      { s: 'Analyst Peter Lomax of Crestline Securities said', speakers: ['Peter Lomax'] },
      { s: '"This is the third brake recall in two years.', speakers: ['Peter Lomax'], direct: true },
      { s: 'Investors are going to want to know', speakers: ['Peter Lomax'], direct: true },
      { s: 'Valtra did not respond to a request for comment', speakers: [], optional: true },
    ],
  },
  {
    name: 'ballot measure: a poll, the institute said, argues, a question in a quote, asked about, R-Mesa',
    text: `Voters in swing county split over school funding measure

PHOENIX — A ballot measure that would raise the state sales tax to pay teachers is leading narrowly in Maricopa County, according to a poll released on Monday by the Arizona Civic Institute.

The poll found 48% of likely voters in the county supported Proposition 311 and 45% opposed it. The margin of error was four points, the institute said.

Teachers' unions, which gathered most of the signatures to put the measure on the ballot, said the result showed voters understood that classrooms were "running on fumes."

Opponents disagree. The Arizona Taxpayers Alliance argues that the tax would fall hardest on poor families. "Who pays a sales tax? Everybody who buys groceries," said its director, Ron Whitaker. "This is a tax on diapers dressed up as a gift to teachers."

Gov. Lucia Navarro, a Democrat, has not taken a position. Asked about the measure at a news conference on Tuesday, she said voters were "perfectly capable of making up their own minds."

State Rep. Tom Becker, R-Mesa, said he would vote no. "I love teachers," Becker said. "My wife is one. But this is the wrong way to pay them."`,
    claims: [
      {
        s: 'A ballot measure that would raise the state sales tax',
        speakers: ['Arizona Civic Institute', 'poll', 'a poll'],
      },
      { s: 'The poll found 48% of likely voters', speakers: ['poll', 'Arizona Civic Institute'], optional: true },
      {
        s: 'The margin of error was four points, the institute said.',
        speakers: ['Arizona Civic Institute', 'institute'],
      },
      { s: "Teachers' unions, which gathered most", speakers: ["Teachers' unions", 'unions'] },
      { s: 'The Arizona Taxpayers Alliance argues that', speakers: ['Arizona Taxpayers Alliance'] },
      { s: '"Who pays a sales tax?', speakers: ['Ron Whitaker'], direct: true },
      { s: 'Everybody who buys groceries," said its director', speakers: ['Ron Whitaker'], direct: true },
      { s: '"This is a tax on diapers', speakers: ['Ron Whitaker'], direct: true },
      { s: 'Asked about the measure at a news conference on Tuesday', speakers: ['Lucia Navarro'] },
      { s: 'Tom Becker, R-Mesa, said he would vote no.', speakers: ['Tom Becker'] },
      { s: '"I love teachers," Becker said.', speakers: ['Tom Becker'], direct: true },
      { s: '"My wife is one.', speakers: ['Tom Becker'], direct: true },
      { s: 'But this is the wrong way to pay them."', speakers: ['Tom Becker'], direct: true },
    ],
  },
  {
    name: 'Swiss referendum: « » after told journalists and a colon, called the vote, it said',
    text: `Swiss voters reject motorway expansion

Monday, November 25, 2024

Voters in Switzerland on Sunday rejected a plan to widen six sections of the national motorway network, with 52.7% voting against, according to official results.

Transport Minister Anton Keller, who had campaigned for the project, said he accepted the result. « Le peuple a parlé », he told journalists in Bern. He added that the government would now look at "smaller, local solutions" for congestion.

The Green Party, which led the campaign against the plan, called the vote a "historic signal" for climate policy. Its president, Nadia Favre, said: « Nous avons montré qu'une autre mobilité est possible. »

The Swiss Touring Club, which supported the expansion, expressed disappointment. Motorists would "pay the price in traffic jams for years," it said.

Turnout was 45%, the Federal Chancellery said.`,
    claims: [
      { s: 'Voters in Switzerland on Sunday rejected', speakers: ['official results'], optional: true },
      { s: 'Anton Keller, who had campaigned for the project, said', speakers: ['Anton Keller'] },
      { s: '« Le peuple a parlé », he told journalists', speakers: ['Anton Keller'], direct: true },
      { s: 'He added that the government would now look', speakers: ['Anton Keller'] },
      { s: 'The Green Party, which led the campaign', speakers: ['Green Party'] },
      { s: 'Its president, Nadia Favre, said', speakers: ['Nadia Favre'], direct: true },
      { s: 'expressed disappointment', speakers: ['Swiss Touring Club'], optional: true },
      { s: 'Motorists would "pay the price', speakers: ['Swiss Touring Club'] },
      { s: 'Turnout was 45%, the Federal Chancellery said.', speakers: ['Federal Chancellery'] },
    ],
  },
  {
    name: 'fraud charge: prosecutors said, a DA after the clause, his lawyer then he, reached by phone, residents',
    text: `Former mayor charged with fraud

ATLANTA (AP) — A former mayor of a small Georgia city was charged on Friday with stealing $430,000 in public money, prosecutors said.

Dwayne Carter, 58, who led Milltown for 12 years, is accused of paying a construction company owned by his brother-in-law for work that was never done, District Attorney Monica Reyes said at a news conference.

"He treated the city treasury like his personal bank account," Reyes said. She said her office had found invoices for road repairs on streets that "do not exist."

Carter's lawyer, Samuel Ortiz, said his client would plead not guilty. "Mr. Carter has served this city honourably for decades, and we look forward to clearing his name," he said.

The brother-in-law, Leon Biggs, has not been charged. Reached by phone, he said he had "nothing to say" and hung up.

Residents said they were stunned. "We voted for him three times," said Alice Monroe, 71, a retired schoolteacher. "I feel like a fool."`,
    claims: [
      {
        s: 'was charged on Friday with stealing $430,000 in public money, prosecutors said',
        speakers: ['prosecutors'],
      },
      { s: 'Dwayne Carter, 58, who led Milltown', speakers: ['Monica Reyes'] },
      {
        s: '"He treated the city treasury like his personal bank account," Reyes said.',
        speakers: ['Monica Reyes'],
        direct: true,
      },
      { s: 'She said her office had found invoices', speakers: ['Monica Reyes'] },
      { s: 'Samuel Ortiz, said his client would plead not guilty', speakers: ['Samuel Ortiz'] },
      { s: '"Mr. Carter has served this city honourably', speakers: ['Samuel Ortiz'], direct: true },
      { s: 'Reached by phone, he said he had', speakers: ['Leon Biggs'] },
      { s: 'Residents said they were stunned.', speakers: ['Residents'] },
      { s: '"We voted for him three times," said Alice Monroe', speakers: ['Alice Monroe'], direct: true },
      { s: '"I feel like a fool."', speakers: ['Alice Monroe'], direct: true },
    ],
  },
];

/**
 * Written blind on 30 Nov 2026 (eighth batch): sources familiar with a matter and "the people
 * said", a diplomat who asked not to be named, a quotation split by its tag ('"…," he said, "…"'),
 * "wrote on X" and "said on Truth Social"-style posts, present-tense "says", "D-Calif." after a
 * name, "replied:" with a one-word answer, a Wikinews interview with the interviewer's
 * questions, "the report said" and "the statement said", a quote answered by "That was the
 * verdict of", and "he" after a sentence naming two men.
 */
export const NEWS_CASES_8: NewsCase[] = [
  {
    name: 'merger talks: people familiar with the matter, the people said, declined to comment',
    text: `Harlow Foods in talks to buy snack maker Crispin, sources say

LONDON, Sept 9 (Reuters) - Harlow Foods is in advanced talks to buy British snack maker Crispin Group for about 2.4 billion pounds ($3.1 billion), three people familiar with the matter told Reuters on Monday.

A deal could be announced as soon as next week, the people said, asking not to be named because the talks are private. One of them cautioned that the price had not been agreed and that the talks could still collapse.

Harlow declined to comment. Crispin said in a statement it "does not comment on market speculation."

The talks come as food makers seek growth in healthier snacks. "Everyone is chasing the same shopper, the one who wants crisps without the guilt," said Martina Velez, an analyst at Bernholt Securities.

Crispin's shares jumped 14% in late trading.`,
    claims: [
      {
        s: 'Harlow Foods is in advanced talks to buy',
        speakers: ['people familiar with the matter', 'three people familiar with the matter'],
      },
      {
        s: 'A deal could be announced as soon as next week',
        speakers: ['people', 'the people', 'people familiar with the matter'],
      },
      { s: 'One of them cautioned that the price', speakers: ['One of them', 'people familiar with the matter'] },
      { s: 'Harlow declined to comment.', speakers: ['Harlow Foods'], optional: true },
      { s: 'Crispin said in a statement it', speakers: ['Crispin Group', 'Crispin'] },
      { s: '"Everyone is chasing the same shopper', speakers: ['Martina Velez'], direct: true },
    ],
  },
  {
    name: 'UN vote: a diplomat who asked not to be named, a split quotation, the statement said',
    text: `Security Council fails to agree on ceasefire text

UNITED NATIONS (AP) — The U.N. Security Council failed on Friday to adopt a resolution calling for a 30-day ceasefire, after one permanent member voted against it.

"We came very close," said one Western diplomat, who asked not to be named because the negotiations were private. "Two more days and we would have had it."

Ambassador Helene Marchetti of France called the result "a dark day for this council." The text had been "watered down three times to meet every objection," she told reporters outside the chamber, "and it still was not enough."

In a statement, the country that vetoed the text said it had acted to prevent "a one-sided resolution that rewards aggression." The statement said the country remained open to "a balanced text."

Aid groups reacted with dismay. "Every hour of delay costs lives," the International Rescue Alliance said.`,
    claims: [
      {
        s: '"We came very close," said one Western diplomat',
        speakers: ['Western diplomat', 'one Western diplomat'],
        direct: true,
      },
      {
        s: '"Two more days and we would have had it."',
        speakers: ['Western diplomat', 'one Western diplomat'],
        direct: true,
      },
      { s: 'Helene Marchetti of France called the result', speakers: ['Helene Marchetti'] },
      { s: 'The text had been "watered down three times', speakers: ['Helene Marchetti'] },
      {
        s: 'In a statement, the country that vetoed the text said',
        speakers: ['the country that vetoed the text', 'country'],
      },
      { s: 'The statement said the country remained open', speakers: ['statement', 'The statement', 'country'] },
      { s: 'Aid groups reacted with dismay.', speakers: ['Aid groups'], optional: true },
      {
        s: '"Every hour of delay costs lives," the International Rescue Alliance said.',
        speakers: ['International Rescue Alliance'],
        direct: true,
      },
    ],
  },
  {
    name: 'posts on social media: wrote on X, said on his platform, replied with one word, D-Calif.',
    text: `Governor and senator trade barbs over wildfire aid

SACRAMENTO, Calif. — The fight over federal wildfire aid spilled onto social media on Thursday.

"California has received more disaster money than any state in history and still can't rake its forests," former Vice President Curtis Rayburn wrote on X.

Gov. Elaine Sato fired back within the hour. "Forests are not lawns," she wrote. "Come and visit, and bring a rake if you like."

Sen. Marcus Olin, D-Calif., said on his podcast that the aid package had been held up for political reasons. He added that he would try to attach it to a spending bill next week.

Asked by a reporter whether she would meet Rayburn, Sato replied: "No."

Rayburn, who is weighing a run for the presidency, repeated his attack at a rally in Reno that evening, telling supporters that the state was "run by people who have never seen a forest."`,
    claims: [
      {
        s: 'still can\'t rake its forests," former Vice President Curtis Rayburn wrote on X.',
        speakers: ['Curtis Rayburn'],
        direct: true,
      },
      { s: 'Gov. Elaine Sato fired back within the hour.', speakers: ['Elaine Sato'], optional: true },
      { s: '"Forests are not lawns," she wrote.', speakers: ['Elaine Sato'], direct: true },
      { s: '"Come and visit, and bring a rake if you like."', speakers: ['Elaine Sato'], direct: true },
      { s: 'said on his podcast that the aid package', speakers: ['Marcus Olin'] },
      { s: 'He added that he would try to attach it', speakers: ['Marcus Olin'] },
      { s: 'Sato replied: "No."', speakers: ['Elaine Sato'], direct: true },
      { s: 'repeated his attack at a rally in Reno', speakers: ['Curtis Rayburn'] },
    ],
  },
  {
    name: 'wikinews interview: the interviewer asks, the candidate answers over paragraphs',
    text: `Wikinews interviews independent candidate for Vermont's at-large seat

Tuesday, October 15, 2024

Wikinews spoke to Jonah Pell, an independent candidate for Vermont's at-large seat in the U.S. House of Representatives, about his campaign, housing and the cost of running for office.

Pell, a 38-year-old carpenter from Rutland, says he entered the race after his rent doubled in two years.

((Wikinews)) Why are you running as an independent?

Jonah Pell: Because neither party asked me what I thought. I went to their meetings for three years. I listened. Nobody listened back.

((Wikinews)) What would you do about housing?

Jonah Pell: Build. That's the whole answer. We have towns where nobody has built a house since 1990, and then we're surprised there are no houses.

According to filings with the Federal Election Commission, Pell has raised just over $41,000, most of it in donations under $100.`,
    claims: [
      { s: 'says he entered the race after his rent doubled', speakers: ['Jonah Pell'] },
      { s: 'Because neither party asked me what I thought.', speakers: ['Jonah Pell'], optional: true },
      { s: "That's the whole answer.", speakers: ['Jonah Pell'], optional: true },
      {
        s: 'Pell has raised just over $41,000',
        speakers: ['Federal Election Commission', 'filings with the Federal Election Commission'],
      },
    ],
  },
  {
    name: 'inspection report: the report said, found that, it added, the hospital said it',
    text: `Inspectors find "serious failings" at county hospital

Inspectors found "serious failings" in the emergency department of St. Aldric's Hospital, according to a report published on Wednesday by the Care Standards Board.

Patients waited on average nine hours to be seen, the report said. It added that staff had raised concerns about overcrowding "repeatedly" since 2022 but that managers had not acted.

The board found that two patients had died after delays in treatment, although it said it could not conclude the delays had caused the deaths.

The hospital said it accepted the findings in full. Its chief executive, Dr. Rowan Achebe, said: "We are sorry. Our patients deserved better, and our staff deserved to be heard."

The nurses' union said the report confirmed what its members had been saying for years. Its regional secretary, Kath Morley, called for an independent inquiry.`,
    claims: [
      {
        s: 'Inspectors found "serious failings" in the emergency department',
        speakers: ['Care Standards Board', 'report', 'a report'],
      },
      {
        s: 'Patients waited on average nine hours to be seen, the report said.',
        speakers: ['report', 'the report', 'Care Standards Board'],
      },
      { s: 'It added that staff had raised concerns', speakers: ['report', 'the report', 'Care Standards Board'] },
      { s: 'The board found that two patients had died', speakers: ['Care Standards Board', 'board'] },
      {
        s: 'The hospital said it accepted the findings',
        speakers: ["St. Aldric's Hospital", 'St. Aldric', 'hospital'],
      },
      { s: 'Dr. Rowan Achebe, said', speakers: ['Rowan Achebe'], direct: true },
      { s: 'Our patients deserved better, and our staff', speakers: ['Rowan Achebe'], direct: true },
      { s: "The nurses' union said the report confirmed", speakers: ["nurses' union", 'union'] },
      { s: 'Kath Morley, called for an independent inquiry', speakers: ['Kath Morley'] },
    ],
  },
  {
    name: 'a verdict quoted first, then "That was the verdict of"; he after two men',
    text: `Referee's decision leaves United fuming

"It was never a penalty. Not in this league, not in any league."

That was the verdict of Castleford United manager Pete Nolan after his side lost 2-1 to Redbridge Town on Saturday, conceding a spot-kick in the 89th minute.

Nolan said he would speak to the referees' body about the decision. Redbridge manager Alan Jessop disagreed with his counterpart. He said the contact was "clear" and that his striker had been "taken out."

Jessop's captain, Dean Mullery, was more diplomatic. "I've seen them given and I've seen them not given," he said. "Today it went our way."

The referees' body said it did not comment on individual decisions.`,
    claims: [
      { s: '"It was never a penalty.', speakers: ['Pete Nolan'], direct: true },
      { s: 'Not in this league, not in any league."', speakers: ['Pete Nolan'], direct: true },
      { s: 'That was the verdict of Castleford United manager', speakers: ['Pete Nolan'], optional: true },
      { s: 'Nolan said he would speak to the referees', speakers: ['Pete Nolan'] },
      { s: 'Alan Jessop disagreed with his counterpart', speakers: ['Alan Jessop'], optional: true },
      { s: 'He said the contact was "clear"', speakers: ['Alan Jessop'] },
      {
        s: '"I\'ve seen them given and I\'ve seen them not given," he said.',
        speakers: ['Dean Mullery'],
        direct: true,
      },
      { s: '"Today it went our way."', speakers: ['Dean Mullery'], direct: true },
      { s: "The referees' body said it did not comment", speakers: ["referees' body", 'body'] },
    ],
  },
  {
    name: 'Kremlin wire: spokesman told reporters, insisted, a ministry on Telegram, Western officials',
    text: `Kremlin says no talks planned with Kyiv this year

MOSCOW, Dec 2 (Reuters) - The Kremlin said on Monday there were no plans for peace talks with Ukraine before the end of the year, dismissing reports of a meeting in Istanbul as "fantasies."

"There is nothing on the calendar," Kremlin spokesman Yuri Danilov told reporters on a conference call. He insisted that Moscow remained "open to dialogue on the basis of realities on the ground."

Russia's Defence Ministry said on its Telegram channel that air defences had shot down 42 Ukrainian drones overnight over four regions. Reuters could not independently verify the report.

Ukraine's foreign minister, Olena Baranets, said Moscow was "not serious" about peace. "They talk about dialogue in the morning and launch missiles at night," she said in a post on X.

Two Western officials said they had seen no sign of preparations for talks.`,
    claims: [
      { s: 'The Kremlin said on Monday there were no plans', speakers: ['Kremlin'] },
      {
        s: '"There is nothing on the calendar," Kremlin spokesman Yuri Danilov told reporters',
        speakers: ['Yuri Danilov'],
        direct: true,
      },
      { s: 'He insisted that Moscow remained', speakers: ['Yuri Danilov'] },
      {
        s: "Russia's Defence Ministry said on its Telegram channel",
        speakers: ['Defence Ministry', "Russia's Defence Ministry"],
      },
      { s: 'Olena Baranets, said Moscow was "not serious"', speakers: ['Olena Baranets'] },
      { s: '"They talk about dialogue in the morning', speakers: ['Olena Baranets'], direct: true },
      {
        s: 'Two Western officials said they had seen no sign',
        speakers: ['Two Western officials', 'Western officials'],
      },
    ],
  },
  {
    name: 'town hall: parenthetical attribution, a question to the crowd, "she says" in present tense',
    text: `In a diner in New Hampshire, voters size up the field

MANCHESTER, N.H. — Carol Dumont has voted in every New Hampshire primary since 1972. This year, she says, she still has not made up her mind.

"I want someone who will answer the question I asked, not the one they wished I'd asked," Dumont, 74, said over coffee at the Red Arrow Diner on Saturday.

Across the room, Sen. Ray Castillo (who polls show trailing in third place) was working the booths. "How many of you are still undecided?" he asked the crowd. About half raised their hands.

"Good," Castillo said. "That means I still have a chance."

His campaign (which has spent more than $6 million on television ads in the state) says internal polling shows him gaining ground. Independent pollsters have not found the same.`,
    claims: [
      { s: 'This year, she says, she still has not made up her mind.', speakers: ['Carol Dumont'] },
      { s: '"I want someone who will answer the question I asked', speakers: ['Carol Dumont'], direct: true },
      { s: '"How many of you are still undecided?" he asked the crowd.', speakers: ['Ray Castillo'], direct: true },
      { s: '"Good," Castillo said.', speakers: ['Ray Castillo'], direct: true },
      { s: '"That means I still have a chance."', speakers: ['Ray Castillo'], direct: true },
      { s: 'His campaign (which has spent more than', speakers: ['His campaign', 'Ray Castillo', 'campaign'] },
      { s: 'Independent pollsters have not found the same.', speakers: ['Independent pollsters'], optional: true },
    ],
  },
];

/**
 * Written blind on 30 Nov 2026 (ninth batch): "in an interview with Reuters, X said", "X said,
 * adding that", "without providing evidence", a joint statement, "quoted X as saying", a memo
 * seen by Reuters, "the official said" after "a senior official", a spokeswoman named after her
 * title and before it, a quotation split by "she said, " in the middle, a televised address,
 * "told CNN's …", and a Wikinews report that cites other media.
 */
export const NEWS_CASES_9: NewsCase[] = [
  {
    name: 'central bank interview: in an interview with Reuters, adding that, a memo seen by Reuters',
    text: `Lindqvist says rate cuts "not on the table" this year

STOCKHOLM, May 14 (Reuters) - Nordic Central Bank Governor Eva Lindqvist said interest rate cuts were "not on the table" this year, adding that inflation had proved stickier than policymakers expected.

In an interview with Reuters on Tuesday, Lindqvist said wage deals signed in the spring would keep services inflation above 4% into next year.

"We would rather be late than wrong," she said. "Cutting too early and having to reverse course would cost us far more credibility."

Two of the bank's six board members have argued for an earlier cut, according to minutes of the April meeting. One of them, Deputy Governor Anders Holm, wrote in a memo seen by Reuters that the bank risked "tightening into a slowdown."

Holm declined to comment on the memo.`,
    claims: [
      { s: 'Governor Eva Lindqvist said interest rate cuts', speakers: ['Eva Lindqvist'] },
      { s: 'In an interview with Reuters on Tuesday, Lindqvist said', speakers: ['Eva Lindqvist'] },
      { s: '"We would rather be late than wrong," she said.', speakers: ['Eva Lindqvist'], direct: true },
      { s: '"Cutting too early and having to reverse course', speakers: ['Eva Lindqvist'], direct: true },
      { s: "Two of the bank's six board members have argued", speakers: ['minutes of the April meeting', 'minutes'] },
      { s: 'Anders Holm, wrote in a memo seen by Reuters', speakers: ['Anders Holm'] },
      { s: 'Holm declined to comment on the memo.', speakers: ['Anders Holm'], optional: true },
    ],
  },
  {
    name: 'election fraud claim: without providing evidence, a joint statement, the official said',
    text: `Officials reject Brandt's fraud claims in Georgia count

ATLANTA — Former Governor Rick Brandt said on Sunday that "thousands of illegal ballots" had been counted in Georgia's Senate runoff, without providing evidence.

Georgia's secretary of state and the state's election director rejected the claim in a joint statement, saying the count had been "accurate, secure and fully audited."

A senior election official, who was not authorized to speak publicly, said the office had received no formal complaint from the Brandt campaign. The official said investigators had looked into a handful of reports of double voting and found none that held up.

Brandt repeated the allegation in a fundraising email on Monday. His campaign did not respond to questions about what evidence it had.

"This is the oldest trick in the book," said Monica Feld, a professor of political science at Emory University. "You lose, you say it was stolen, you raise money off it."`,
    claims: [
      { s: 'Rick Brandt said on Sunday that', speakers: ['Rick Brandt'] },
      {
        s: 'rejected the claim in a joint statement',
        speakers: [
          "Georgia's secretary of state",
          'secretary of state',
          "Georgia's secretary of state and the state's election director",
        ],
      },
      {
        s: 'A senior election official, who was not authorized',
        speakers: ['senior election official', 'A senior election official'],
      },
      { s: 'The official said investigators had looked', speakers: ['official', 'senior election official'] },
      { s: 'Brandt repeated the allegation in a fundraising email', speakers: ['Rick Brandt'], optional: true },
      { s: '"This is the oldest trick in the book," said Monica Feld', speakers: ['Monica Feld'], direct: true },
      { s: '"You lose, you say it was stolen', speakers: ['Monica Feld'], direct: true },
    ],
  },
  {
    name: 'strike talks: spokeswoman before and after her name, a split quotation, the union leader',
    text: `Port strike enters second week as talks stall

ROTTERDAM, Netherlands (AP) — Dock workers at Europe's largest port extended their strike into a second week on Monday after talks with employers broke down overnight.

The union's chief negotiator, Pieter de Wit, told reporters the employers had offered "nothing new, just the same offer in a nicer envelope."

Ingrid Bakker, a spokeswoman for the employers' association, said the offer of a 6% raise over two years was "fair and final."

"We want the port open," Bakker said, "but not at any price."

The port authority said about 120 ships were waiting at anchor. Its spokesman, Joost Verhoeven, said the backlog would take "weeks, not days" to clear once work resumed.

De Wit said his members were ready to stay out "as long as it takes." He said a vote on the offer would be held on Thursday.`,
    claims: [
      { s: 'Pieter de Wit, told reporters the employers had offered', speakers: ['Pieter de Wit'] },
      { s: 'Ingrid Bakker, a spokeswoman for the employers', speakers: ['Ingrid Bakker'] },
      { s: '"We want the port open," Bakker said, "but not at any price."', speakers: ['Ingrid Bakker'], direct: true },
      { s: 'The port authority said about 120 ships', speakers: ['port authority'] },
      { s: 'Joost Verhoeven, said the backlog would take', speakers: ['Joost Verhoeven'] },
      { s: 'De Wit said his members were ready', speakers: ['Pieter de Wit'] },
      { s: 'He said a vote on the offer would be held', speakers: ['Pieter de Wit'] },
    ],
  },
  {
    name: 'wikinews quake: the BBC reported, quoted as saying, a televised address, the agency',
    text: `Magnitude 6.8 earthquake strikes southern Peru

Wednesday, March 19, 2025

An earthquake of magnitude 6.8 struck southern Peru on Tuesday evening, the United States Geological Survey (USGS) reported. At least nine people were killed and more than 100 injured, according to Peru's civil defence institute.

The quake's epicentre was about 60 kilometres south-west of Arequipa, at a depth of 35 kilometres, the USGS said.

The BBC reported that several churches in Arequipa's historic centre had been damaged. La República quoted a local firefighter, Héctor Quispe, as saying that rescuers were still searching two collapsed houses.

In a televised address, President Mariela Soto declared a state of emergency in three regions and said the army would deliver water and tents.

"Peru has faced worse and has always stood up again," Soto said.`,
    claims: [
      {
        s: 'An earthquake of magnitude 6.8 struck southern Peru',
        speakers: ['United States Geological Survey', 'USGS'],
      },
      {
        s: 'At least nine people were killed',
        speakers: ["Peru's civil defence institute", 'civil defence institute'],
      },
      { s: "The quake's epicentre was about 60 kilometres", speakers: ['USGS', 'United States Geological Survey'] },
      { s: 'The BBC reported that several churches', speakers: ['BBC'] },
      { s: 'La República quoted a local firefighter', speakers: ['Héctor Quispe'] },
      { s: 'In a televised address, President Mariela Soto declared', speakers: ['Mariela Soto'] },
      {
        s: '"Peru has faced worse and has always stood up again," Soto said.',
        speakers: ['Mariela Soto'],
        direct: true,
      },
    ],
  },
  {
    name: "Sunday shows: told CNN's programme, a quotation answered by the other side, they said",
    text: `Senators spar over border bill on Sunday shows

WASHINGTON (Reuters) - Two senators who wrote competing border bills traded accusations on Sunday television, with neither side signalling a deal before the August recess.

Republican Senator Jim Calder told CNN's "State of the Union" program that Democrats had "walked away from the table" when talks were close to a deal.

"We had the text. We had the votes. And then the White House got cold feet," Calder said.

Democratic Senator Amy Rourke, appearing on NBC's "Meet the Press," called that account "pure fiction." She said the Republican draft would have cut asylum hearings to "a five-minute phone call."

Both senators said they were still willing to talk. Aides to the two lawmakers said no meeting had been scheduled.`,
    claims: [
      { s: 'Jim Calder told CNN', speakers: ['Jim Calder'] },
      { s: '"We had the text.', speakers: ['Jim Calder'], direct: true },
      { s: 'We had the votes.', speakers: ['Jim Calder'], direct: true },
      { s: 'And then the White House got cold feet," Calder said.', speakers: ['Jim Calder'], direct: true },
      { s: 'called that account "pure fiction."', speakers: ['Amy Rourke'] },
      { s: 'She said the Republican draft would have cut', speakers: ['Amy Rourke'] },
      { s: 'Both senators said they were still willing to talk.', speakers: ['Both senators', 'senators'] },
      { s: 'Aides to the two lawmakers said no meeting', speakers: ['Aides to the two lawmakers', 'Aides'] },
    ],
  },
  {
    name: 'tech layoffs: the company said in a blog post, a former employee, an anonymous poster',
    text: `Streamly to cut 1,100 jobs as growth slows

SAN FRANCISCO, Jan 22 (Reuters) - Video platform Streamly Inc said on Wednesday it would cut about 1,100 jobs, or 8% of its workforce, as it tries to reduce costs after two years of slowing subscriber growth.

In a blog post, Chief Executive Nadia Rahman said the decision was "the hardest I have made" and that affected employees would receive 16 weeks of severance pay.

"We grew too fast, and I take responsibility for that," Rahman wrote.

Streamly shares rose 5% in premarket trading.

A former engineer at the company, who asked not to be named for fear of losing his severance, said teams had learned of the cuts from an automated email. "Nobody from management even called," he said.`,
    claims: [
      { s: 'Video platform Streamly Inc said on Wednesday', speakers: ['Streamly Inc', 'Streamly'] },
      { s: 'In a blog post, Chief Executive Nadia Rahman said', speakers: ['Nadia Rahman'] },
      {
        s: '"We grew too fast, and I take responsibility for that," Rahman wrote.',
        speakers: ['Nadia Rahman'],
        direct: true,
      },
      {
        s: 'A former engineer at the company, who asked not to be named',
        speakers: [
          'former engineer',
          'A former engineer',
          'A former engineer at the company',
          'former engineer at the company',
        ],
      },
      {
        s: '"Nobody from management even called," he said.',
        speakers: [
          'former engineer',
          'A former engineer',
          'A former engineer at the company',
          'former engineer at the company',
        ],
        direct: true,
      },
    ],
  },
];

/**
 * Written blind on 30 Nov 2026 (tenth batch), before the detector was run on them, to be harder
 * than batches 1–9: long wire and Wikinews stories with a dateline before the first claim, quotes
 * in headlines, quotations running on over paragraphs with no new tag, a woman and a man named in
 * turn with "he"/"she" chains (and a "he" inside the quotation that is someone else), questions
 * and denials, organisations, ministries, filings, reports and "people familiar" as sources,
 * "told reporters", "wrote on X", "in a statement", "according to", speakers introduced by long
 * descriptions, and nested attribution ("said Rusu had told him").
 */
export const NEWS_CASES_10: NewsCase[] = [
  {
    name: 'Warsaw wire: dateline, paragraph quotation without a tag, a union on X, according to data',
    text: `Poland's Nowak says EU grain deal "dead on arrival"; farmers vow more protests

WARSAW, March 4 (Reuters) - Polish Agriculture Minister Tomasz Nowak said on Tuesday that a European Union proposal to extend duty-free grain imports from outside the bloc was "dead on arrival" and that Warsaw would veto it if it came to a vote.

Speaking to reporters after a cabinet meeting, Nowak said Polish farmers had lost "more than they can bear" over the past two years. "We are not against trade. We are against a market that is flooded while our silos are full," he said.

"Brussels keeps telling us to be patient. Patience does not pay for diesel."

The European Commission said in a statement that the proposal contained safeguards allowing any member state to suspend imports if its market was disrupted. A Commission spokeswoman, Lena Vogt, told reporters in Brussels that the executive was "open to adjustments" but would not withdraw the text.

Farmers' union Solidarity of the Land, which has organised tractor blockades at border crossings since January, said it would bring 10,000 protesters to Warsaw on March 12. Its leader, Marek Zielinski, wrote on X that the government had "one week to show whose side it is on."

According to data from the statistics office, wheat prices in Poland fell 18% in the year to February.

Asked whether Poland would join Hungary in blocking the measure, Nowak declined to say. Hungary's farm minister, Gabor Kis, told state radio on Monday that Budapest "would not stand alone" in opposing it.

(Reporting by Anna Kowal; Editing by Mark Heinrich)`,
    claims: [
      { s: "Poland's Nowak says EU grain deal", speakers: ['Tomasz Nowak', 'Nowak'], optional: true },
      { s: 'Tomasz Nowak said on Tuesday that a European Union proposal', speakers: ['Tomasz Nowak'] },
      { s: 'Speaking to reporters after a cabinet meeting, Nowak said', speakers: ['Tomasz Nowak'] },
      { s: '"We are not against trade.', speakers: ['Tomasz Nowak'], direct: true },
      { s: 'We are against a market that is flooded', speakers: ['Tomasz Nowak'], direct: true },
      { s: '"Brussels keeps telling us to be patient.', speakers: ['Tomasz Nowak'], direct: true },
      { s: 'Patience does not pay for diesel."', speakers: ['Tomasz Nowak'], direct: true },
      { s: 'The European Commission said in a statement that', speakers: ['European Commission'] },
      { s: 'Lena Vogt, told reporters in Brussels', speakers: ['Lena Vogt'] },
      {
        s: 'said it would bring 10,000 protesters',
        speakers: ['Solidarity of the Land', "Farmers' union Solidarity of the Land"],
      },
      { s: 'Marek Zielinski, wrote on X that', speakers: ['Marek Zielinski'] },
      {
        s: 'According to data from the statistics office',
        speakers: ['statistics office', 'data from the statistics office', 'data'],
      },
      { s: 'Asked whether Poland would join Hungary', speakers: ['Tomasz Nowak'], optional: true },
      { s: 'Gabor Kis, told state radio on Monday', speakers: ['Gabor Kis'] },
    ],
  },
  {
    name: 'Wikinews court ruling: in her judgment, an elder and her nephew, a quotation over two paragraphs',
    text: `Australian court orders mining firm to halt work near sacred site

Thursday, October 9, 2025

The Federal Court of Australia on Wednesday ordered Redgum Minerals to stop all drilling within five kilometres of a rock shelter that Aboriginal elders say has been used for ceremonies for at least 20,000 years.

Justice Helen Markham granted the injunction after hearing two days of evidence from the Wirrandi people, who brought the case. In her judgment, she wrote that the company had "failed to take even the most basic steps" to consult the traditional owners before it began work in June.

Redgum's managing director, Craig Dunstan, told the ABC that the company would comply with the order but was considering an appeal. He said the firm had followed every requirement of the state permit it was granted last year. Dunstan's lawyer, Priya Raman, said she would study the judgment before advising him.

Wirrandi elder Ruby Carter, who gave evidence on the first day, said she had cried when she heard the decision. "My grandmother took me to that shelter when I was six. She showed me the paintings and told me who made them.

"Nobody from the company ever asked us what it meant. Today the court asked, and it listened."

Her nephew, Daniel Carter, who chairs the group's land council, said the elders wanted a permanent protection order. He told Wikinews the council would apply to the federal environment minister under heritage law within the month.

According to court documents, Redgum had drilled 14 test holes before the work was halted. The company had told investors in August that the deposit could hold 40 million tonnes of iron ore.

The state's mining department did not respond to questions sent by Wikinews.

Sources`,
    claims: [
      { s: 'that Aboriginal elders say has been used', speakers: ['Aboriginal elders'], optional: true },
      { s: 'In her judgment, she wrote that the company', speakers: ['Helen Markham'] },
      { s: 'Craig Dunstan, told the ABC that', speakers: ['Craig Dunstan'] },
      { s: 'He said the firm had followed every requirement', speakers: ['Craig Dunstan'] },
      { s: 'Priya Raman, said she would study', speakers: ['Priya Raman'] },
      { s: 'Ruby Carter, who gave evidence on the first day, said', speakers: ['Ruby Carter'] },
      { s: '"My grandmother took me to that shelter', speakers: ['Ruby Carter'], direct: true },
      { s: 'She showed me the paintings', speakers: ['Ruby Carter'], direct: true },
      { s: '"Nobody from the company ever asked us', speakers: ['Ruby Carter'], direct: true },
      { s: 'Today the court asked, and it listened."', speakers: ['Ruby Carter'], direct: true },
      { s: 'Daniel Carter, who chairs the group', speakers: ['Daniel Carter'] },
      { s: 'He told Wikinews the council would apply', speakers: ['Daniel Carter'] },
      { s: 'According to court documents, Redgum had drilled', speakers: ['court documents'] },
      { s: 'The company had told investors in August', speakers: ['Redgum Minerals', 'Redgum'] },
      { s: 'did not respond to questions sent by Wikinews', speakers: [], optional: true },
    ],
  },
  {
    name: 'Ohio certification: a denial, a newspaper citing sources, a question answered "said" a professor',
    text: `Harlan denies report he sought to delay Ohio certification

COLUMBUS, Ohio — Ohio Secretary of State Dale Harlan on Friday denied a report that he had asked county officials to slow the certification of November's results, calling it "a lie from start to finish."

The Columbus Dispatch reported on Thursday, citing three county election directors, that Harlan's chief of staff had urged them in a conference call to "take your time" with provisional ballots in counties won by the Democratic candidate for governor, Renee Whitaker.

"I have never, in 22 years of public service, asked anyone to delay counting a lawful vote," Harlan told reporters at the Statehouse. "Not once. Not in this election, not in any other."

Asked whether he would release a recording of the call, he said there was no recording. "If there were one, I would play it for you right now," he said.

Whitaker, a former state treasurer who won the race by fewer than 40,000 votes, said in a statement that the report raised "serious questions that deserve a serious investigation." Her campaign manager, Luis Ortega, went further. He told MSNBC that Harlan "should recuse himself from anything to do with this count."

Does the secretary of state have the power to delay certification? Not really, said Kevin Marsh, an election law professor at Ohio State University who has advised both parties. Under state law, he said, counties must certify within 21 days of the election, and the secretary can only set the format of the returns.

Harlan's chief of staff, Jenna Pruitt, did not return calls. A spokesman for the Ohio Republican Party said the party had "full confidence" in Harlan.`,
    claims: [
      { s: 'Harlan denies report he sought', speakers: ['Dale Harlan'], optional: true },
      { s: 'Dale Harlan on Friday denied a report', speakers: ['Dale Harlan'] },
      { s: 'The Columbus Dispatch reported on Thursday', speakers: ['Columbus Dispatch'] },
      { s: '"I have never, in 22 years of public service', speakers: ['Dale Harlan'], direct: true },
      { s: '"Not once.', speakers: ['Dale Harlan'], direct: true },
      { s: 'Not in this election, not in any other."', speakers: ['Dale Harlan'], direct: true },
      { s: 'Asked whether he would release a recording', speakers: ['Dale Harlan'] },
      { s: '"If there were one, I would play it', speakers: ['Dale Harlan'], direct: true },
      { s: 'said in a statement that the report raised', speakers: ['Renee Whitaker'] },
      { s: 'He told MSNBC that Harlan', speakers: ['Luis Ortega'] },
      { s: 'Does the secretary of state have the power', speakers: [], optional: true },
      { s: 'Not really, said Kevin Marsh', speakers: ['Kevin Marsh'] },
      { s: 'Under state law, he said, counties must certify', speakers: ['Kevin Marsh'] },
      { s: 'Jenna Pruitt, did not return calls', speakers: ['Jenna Pruitt'], optional: true },
      {
        s: 'A spokesman for the Ohio Republican Party said',
        speakers: [
          'spokesman for the Ohio Republican Party',
          'A spokesman for the Ohio Republican Party',
          'spokesman',
          'A spokesman',
          'Ohio Republican Party',
        ],
      },
    ],
  },
  {
    name: 'chip takeover: said in a filing, a joint statement, according to the filing, people familiar, one of them',
    text: `Chipmaker Veritron to buy rival Solace for $4.2 bln in cash

NEW YORK, June 17 (Reuters) - U.S. chip designer Veritron Corp said on Monday it had agreed to buy smaller rival Solace Semiconductor for $4.2 billion in cash, its biggest deal as it races to supply processors for data centres.

The offer of $38 a share is a 31% premium to Solace's closing price on Friday, Veritron said in a filing with the U.S. Securities and Exchange Commission.

Veritron Chief Executive Officer Julia Brenner told analysts on a conference call that the combined company would be able to "design a full system, not just a chip." She said she expected the deal to add to earnings within 18 months.

Solace's board has unanimously approved the deal, the companies said in a joint statement. Solace founder Omar Haddad, who owns about 12% of the shares, has agreed to vote in favour, according to the filing.

Some investors were less convinced. "They are paying for growth that has not shown up yet," said Rachel Ng, a portfolio manager at Tidewater Capital, which holds shares in both companies. "Solace lost two of its biggest customers last year. That is not a small detail."

The deal is expected to face scrutiny from regulators in the United States and China, people familiar with the matter told Reuters. One of them said Veritron had already begun talks with China's market regulator.

Veritron shares fell 3.2% in early trading. Solace shares jumped 27%.

(Reporting by Dev Mehta in New York; Editing by Sonali Paul)`,
    claims: [
      { s: 'Veritron Corp said on Monday it had agreed', speakers: ['Veritron Corp', 'Veritron'] },
      { s: 'The offer of $38 a share is a 31% premium', speakers: ['Veritron', 'Veritron Corp'] },
      { s: 'Julia Brenner told analysts on a conference call', speakers: ['Julia Brenner'] },
      { s: 'She said she expected the deal', speakers: ['Julia Brenner'] },
      { s: "Solace's board has unanimously approved the deal", speakers: ['companies', 'the companies'] },
      { s: 'Omar Haddad, who owns about 12% of the shares', speakers: ['filing', 'the filing'] },
      { s: '"They are paying for growth', speakers: ['Rachel Ng'], direct: true },
      { s: '"Solace lost two of its biggest customers', speakers: ['Rachel Ng'], direct: true },
      { s: 'That is not a small detail."', speakers: ['Rachel Ng'], direct: true },
      {
        s: 'The deal is expected to face scrutiny',
        speakers: ['people familiar with the matter', 'people familiar'],
      },
      {
        s: 'One of them said Veritron had already begun',
        speakers: ['One of them', 'people familiar with the matter', 'people familiar', 'One'],
      },
    ],
  },
  {
    name: 'Arizona Senate debate: a woman and a man in turn, a question in a quotation, a voter quoting "he"',
    text: `Dawson, Pike clash over abortion in only Arizona Senate debate

PHOENIX (AP) — Democratic Representative Claire Dawson and Republican businessman Victor Pike sparred over abortion, immigration and water rights on Tuesday night in their only debate before the Nov. 5 election for Arizona's open U.S. Senate seat.

Dawson accused Pike of hiding his views on a national abortion ban. "You told a church group in Mesa last spring that you would vote for it," she said, turning to face him. "Tonight you say you wouldn't. Which is it?"

Pike denied ever making the remark. He said his opponent was "inventing quotes" because she could not defend her record on the border, and he promised to vote against any federal ban.

The exchange came minutes after the moderator, KJZZ political editor Tom Alvarez, asked both candidates whether they would support a renegotiation of the Colorado River compact. Pike said he would, as long as Arizona farmers were "not asked to carry the whole load." Dawson said she had already voted for federal money to line canals.

After the debate, Pike's campaign released a statement saying Dawson had "lost her temper and lost the debate." Dawson wrote on X that she was "proud to have stood on that stage and told the truth."

A poll by Emerson College released last week showed Dawson ahead by four points among likely voters, within the margin of error.

Maria Gutierrez, a 58-year-old nurse from Tucson who watched the debate at a union hall, said she had not heard anything that would change her vote. Her husband, Ramon, said he was still undecided. "I liked what he said about water," he said. "But she was right about the church thing."`,
    claims: [
      { s: 'Dawson accused Pike of hiding', speakers: ['Claire Dawson'] },
      { s: '"You told a church group in Mesa', speakers: ['Claire Dawson'], direct: true },
      { s: '"Tonight you say you wouldn', speakers: ['Claire Dawson'], direct: true },
      { s: 'Which is it?"', speakers: ['Claire Dawson'], direct: true },
      { s: 'Pike denied ever making the remark.', speakers: ['Victor Pike'] },
      { s: 'He said his opponent was "inventing quotes"', speakers: ['Victor Pike'] },
      { s: 'asked both candidates whether they would support', speakers: ['Tom Alvarez'], optional: true },
      { s: 'Pike said he would, as long as', speakers: ['Victor Pike'] },
      { s: 'Dawson said she had already voted', speakers: ['Claire Dawson'] },
      { s: "Pike's campaign released a statement saying", speakers: ["Pike's campaign", 'campaign'] },
      { s: 'Dawson wrote on X that', speakers: ['Claire Dawson'] },
      { s: 'A poll by Emerson College released last week', speakers: ['Emerson College', 'poll'], optional: true },
      { s: 'Maria Gutierrez, a 58-year-old nurse', speakers: ['Maria Gutierrez'] },
      { s: 'Her husband, Ramon, said he was still undecided.', speakers: ['Ramon', 'Ramon Gutierrez', 'Her husband'] },
      {
        s: '"I liked what he said about water," he said.',
        speakers: ['Ramon', 'Ramon Gutierrez', 'Her husband'],
        direct: true,
      },
      {
        s: '"But she was right about the church thing."',
        speakers: ['Ramon', 'Ramon Gutierrez', 'Her husband'],
        direct: true,
      },
    ],
  },
  {
    name: 'Wikinews ferry fire: the coastal agency said, a statement on its website, a quotation over two paragraphs, a report had found',
    text: `Norwegian ferry operator apologises after engine fire forces evacuation

Saturday, February 14, 2026

Norwegian ferry operator Fjordlinje has apologised to passengers after an engine-room fire forced the evacuation of one of its vessels off the coast near Bergen on Thursday. No one was seriously injured, the Norwegian Coastal Administration said.

In a statement published on its website, Fjordlinje said that the fire had started in an auxiliary engine and was put out by the crew within forty minutes. The company said all 212 passengers had been taken to Bergen by rescue boats and that it would cover their hotel costs.

Passenger Ingrid Solberg told the newspaper Bergens Tidende that smoke had filled the lower deck "in a matter of seconds." She said crew members had handed out life jackets but that "nobody told us anything for half an hour."

Fjordlinje chief executive Henrik Aas said at a news conference on Friday that he understood the passengers' anger. "We failed to keep people informed, and that is on me," he said. "The crew did the right things in the engine room. On deck, we did not communicate well enough.

"I have asked for an independent review, and we will publish it in full."

The Norwegian Maritime Authority said it had opened an investigation. A report by the authority in 2023 had found that two of the company's ships had not carried out required fire drills.

Aas's predecessor, Kari Lunde, who left the company in 2024, said that the drills had been carried out but not properly logged.

Sources`,
    claims: [
      { s: 'Fjordlinje has apologised to passengers', speakers: ['Fjordlinje'], optional: true },
      {
        s: 'No one was seriously injured, the Norwegian Coastal Administration said.',
        speakers: ['Norwegian Coastal Administration'],
      },
      { s: 'In a statement published on its website, Fjordlinje said', speakers: ['Fjordlinje'] },
      { s: 'The company said all 212 passengers', speakers: ['Fjordlinje'] },
      { s: 'Ingrid Solberg told the newspaper', speakers: ['Ingrid Solberg'] },
      { s: 'She said crew members had handed out', speakers: ['Ingrid Solberg'] },
      { s: 'Henrik Aas said at a news conference', speakers: ['Henrik Aas'] },
      { s: '"We failed to keep people informed', speakers: ['Henrik Aas'], direct: true },
      { s: '"The crew did the right things', speakers: ['Henrik Aas'], direct: true },
      { s: 'On deck, we did not communicate', speakers: ['Henrik Aas'], direct: true },
      { s: '"I have asked for an independent review', speakers: ['Henrik Aas'], direct: true },
      { s: 'The Norwegian Maritime Authority said it had opened', speakers: ['Norwegian Maritime Authority'] },
      {
        s: 'A report by the authority in 2023 had found',
        speakers: ['report', 'A report by the authority', 'Norwegian Maritime Authority', 'authority', 'the authority'],
      },
      { s: 'Kari Lunde, who left the company in 2024, said', speakers: ['Kari Lunde'] },
    ],
  },
  {
    name: 'Kyiv energy pact: officials from both countries, a ministry and "it", told Reuters in an interview, a nested "had told him"',
    text: `Ukraine, Moldova sign energy pact as winter nears

KYIV, Nov 3 (Reuters) - Ukraine and Moldova signed an agreement on Monday to share electricity reserves over the winter, officials from both countries said, as Kyiv braces for renewed attacks on its power grid.

The deal allows either country to draw up to 400 megawatts from the other's reserve in an emergency, Ukraine's energy ministry said. It said the agreement would run until the end of March and could be extended.

Moldovan Energy Minister Victor Rusu, a former grid engineer who took office in July, said his country had "learned the hard way" that it could not rely on a single supplier. "Two winters ago we were one cold night away from blackouts," he told Reuters in an interview. "We will not be in that position again."

A senior Ukrainian official involved in the talks, speaking on condition of anonymity, said Rusu had told him privately that Chisinau wanted the deal signed before the first frost. The official said the two sides had also discussed linking their gas storage, but no decision had been taken.

Ukrenergo, the state grid operator, said it had repaired most of the damage from strikes in the spring. Its chief executive, Olena Hrytsenko, warned, however, that the system remained fragile. "Every transformer we fix is a transformer they can hit again," she said.

Russia's defence ministry has said it targets only military infrastructure. It did not comment on Monday.

(Reporting by Olena Petrenko; Additional reporting by Alexander Tanas in Chisinau; Editing by Peter Graff)`,
    claims: [
      {
        s: 'Ukraine and Moldova signed an agreement on Monday',
        speakers: ['officials from both countries', 'officials'],
      },
      { s: 'The deal allows either country to draw', speakers: ["Ukraine's energy ministry", 'energy ministry'] },
      { s: 'It said the agreement would run', speakers: ["Ukraine's energy ministry", 'energy ministry'] },
      { s: 'Victor Rusu, a former grid engineer who took office in July, said', speakers: ['Victor Rusu'] },
      { s: '"Two winters ago we were one cold night', speakers: ['Victor Rusu'], direct: true },
      { s: '"We will not be in that position again."', speakers: ['Victor Rusu'], direct: true },
      {
        s: 'A senior Ukrainian official involved in the talks',
        speakers: [
          'senior Ukrainian official',
          'A senior Ukrainian official',
          'senior Ukrainian official involved in the talks',
          'A senior Ukrainian official involved in the talks',
        ],
      },
      {
        s: 'The official said the two sides',
        speakers: [
          'official',
          'senior Ukrainian official',
          'A senior Ukrainian official',
          'senior Ukrainian official involved in the talks',
          'A senior Ukrainian official involved in the talks',
        ],
      },
      { s: 'Ukrenergo, the state grid operator, said', speakers: ['Ukrenergo'] },
      { s: 'Olena Hrytsenko, warned, however', speakers: ['Olena Hrytsenko'] },
      { s: '"Every transformer we fix', speakers: ['Olena Hrytsenko'], direct: true },
      {
        s: "Russia's defence ministry has said it targets",
        speakers: ["Russia's defence ministry", 'defence ministry'],
      },
      {
        s: 'It did not comment on Monday.',
        speakers: ["Russia's defence ministry", 'defence ministry'],
        optional: true,
      },
    ],
  },
];

/**
 * Written blind on 30 Nov 2026 (eleventh batch), with the tenth and before either was run: a UN
 * agency and "it", a study and its author, a Reuters tally, a quotation opening the story's second
 * paragraph with the speaker after a long description, curly quotes in a Seoul wire with a state
 * news agency quoting an unnamed spokesperson, a club statement and its chairwoman, Mr./Ms. with
 * three people in turn, an aide speaking on condition of anonymity, and a lawsuit whose complaint
 * is quoted.
 */
export const NEWS_CASES_11: NewsCase[] = [
  {
    name: 'Wikinews WHO report: the organisation said, it urged, a quotation over paragraphs, a study found',
    text: `WHO warns of rise in drug-resistant gonorrhoea

Tuesday, June 3, 2025

The World Health Organization (WHO) warned on Monday that strains of gonorrhoea resistant to the last remaining effective antibiotic had been found in at least nine countries, up from three in 2022.

In a report released in Geneva, the organisation said surveillance remained patchy and that the true number of cases was "almost certainly higher." It urged governments to fund testing in clinics that currently treat patients without confirming the infection.

Dr. Amara Okafor, who leads the WHO's work on sexually transmitted infections and has studied antibiotic resistance for two decades, told reporters that the findings were "a warning we cannot afford to file away."

"For years we have been treating gonorrhoea with whatever was left on the shelf," she said. "That shelf is now almost empty.

"If we do not change how we test and how we prescribe, we will be back to the days before antibiotics for this infection."

A study published last month in The Lancet Infectious Diseases found that resistant strains spread fastest in cities with high antibiotic use. One of its authors, Professor Martin Keller of the University of Zurich, said in an email to Wikinews that the new figures matched what his team had seen. He added that a new drug, zoliflodacin, could be approved next year but should be "used sparingly, or we will lose it too."

Pharmaceutical industry group IFPMA said its members were investing in new antibiotics but that the market "does not reward" such work.

Sources`,
    claims: [
      { s: 'The World Health Organization (WHO) warned on Monday', speakers: ['World Health Organization', 'WHO'] },
      {
        s: 'In a report released in Geneva, the organisation said',
        speakers: ['World Health Organization', 'WHO', 'report'],
      },
      { s: 'It urged governments to fund testing', speakers: ['World Health Organization', 'WHO'] },
      { s: 'Dr. Amara Okafor, who leads', speakers: ['Amara Okafor'] },
      { s: '"For years we have been treating', speakers: ['Amara Okafor'], direct: true },
      { s: 'That shelf is now almost empty.', speakers: ['Amara Okafor'], direct: true },
      { s: '"If we do not change how we test', speakers: ['Amara Okafor'], direct: true },
      {
        s: 'A study published last month in The Lancet',
        speakers: ['study', 'A study', 'Lancet Infectious Diseases', 'The Lancet Infectious Diseases'],
      },
      { s: 'Martin Keller of the University of Zurich, said in an email', speakers: ['Martin Keller'] },
      { s: 'He added that a new drug', speakers: ['Martin Keller'] },
      { s: 'IFPMA said its members', speakers: ['IFPMA'] },
    ],
  },
  {
    name: 'Georgia voter ID: a quotation before its long-described speaker, a Reuters tally, an emailed statement, his campaign said',
    text: `Governor Lane says she will "never" sign voter ID bill, setting up clash with legislature

ATLANTA, Sept 9 (Reuters) - Georgia Governor Michelle Lane vowed on Monday to veto a Republican bill that would require photo identification for mail-in ballots, saying it would "shut out tens of thousands of eligible voters" weeks before the presidential election.

"I will never sign it. Not this version, not a watered-down version," Lane, a Democrat in her first term, told reporters aboard her campaign bus in Macon. "If they want to override me, they can try."

Republicans, who hold majorities in both chambers of the legislature, are two votes short of the two-thirds needed to override a veto, according to a Reuters tally. House Speaker Bill Crane, who wrote the bill, said in an emailed statement that the governor was "more interested in headlines than in secure elections."

Crane's spokesperson, Alicia Moore, said he would meet wavering Democrats this week. She declined to name them.

The bill's supporters point to a 2022 audit that found 212 mail ballots had been cast in the names of dead voters. The audit's author, former state elections official Greg Tanner, told Reuters that figure was being misused. "Every one of those ballots was caught and rejected. That is the system working, not failing," he said.

Lane's Republican challenger in next year's race, businessman Scott Pruitt, told a rally in Savannah on Saturday that the governor was "afraid of honest elections." Asked by Reuters whether he had evidence of fraud in Georgia, his campaign said it would provide examples but had not done so by Monday evening.

A person briefed on the Republican plans said leaders were considering attaching the ID requirement to the state budget, which Lane cannot veto line by line.`,
    claims: [
      { s: 'Governor Lane says she will "never" sign', speakers: ['Michelle Lane'], optional: true },
      { s: 'Michelle Lane vowed on Monday to veto', speakers: ['Michelle Lane'] },
      { s: '"I will never sign it.', speakers: ['Michelle Lane'], direct: true },
      { s: 'Not this version, not a watered-down version,"', speakers: ['Michelle Lane'], direct: true },
      { s: '"If they want to override me, they can try."', speakers: ['Michelle Lane'], direct: true },
      { s: 'are two votes short of the two-thirds', speakers: ['Reuters tally', 'a Reuters tally', 'Reuters'] },
      { s: 'Bill Crane, who wrote the bill, said in an emailed statement', speakers: ['Bill Crane'] },
      { s: 'Alicia Moore, said he would meet', speakers: ['Alicia Moore'] },
      { s: 'She declined to name them.', speakers: ['Alicia Moore'], optional: true },
      { s: "The bill's supporters point to a 2022 audit", speakers: ['audit'], optional: true },
      { s: 'Greg Tanner, told Reuters that figure', speakers: ['Greg Tanner'] },
      { s: '"Every one of those ballots was caught', speakers: ['Greg Tanner'], direct: true },
      { s: 'That is the system working, not failing," he said.', speakers: ['Greg Tanner'], direct: true },
      { s: 'Scott Pruitt, told a rally in Savannah', speakers: ['Scott Pruitt'] },
      {
        s: 'Asked by Reuters whether he had evidence',
        speakers: ['his campaign', 'campaign', "Pruitt's campaign", 'Scott Pruitt'],
      },
      {
        s: 'A person briefed on the Republican plans said',
        speakers: [
          'person briefed on the Republican plans',
          'A person briefed on the Republican plans',
          'A person',
          'person',
        ],
      },
    ],
  },
  {
    name: 'Seoul missile wire: curly quotes, the military said, it called, a state agency quoting an unnamed spokesperson, analysts said',
    text: `Seoul says North Korea fired ballistic missile toward Sea of Japan

SEOUL, Aug 21 (Reuters) - North Korea fired a ballistic missile off its east coast on Thursday, South Korea’s military said, the third launch this month as Pyongyang protests against joint military drills by Seoul and Washington.

The missile flew about 600 km (370 miles) before landing outside Japan’s exclusive economic zone, Japan’s Defence Ministry said. There were no reports of damage to ships or aircraft.

South Korea’s Joint Chiefs of Staff said in a text message to reporters that it was analysing the launch with U.S. and Japanese officials. It called the launch “a clear provocation that threatens peace and stability on the Korean Peninsula.”

North Korea’s state news agency KCNA later quoted a spokesperson for the country’s defence ministry as saying the test was a “legitimate exercise of our right to self-defence.” The spokesperson said the drills were “a rehearsal for invasion” and warned that Pyongyang would take “corresponding measures.”

Japanese Prime Minister Kenji Mori told reporters in Tokyo that his government had lodged a protest through diplomatic channels in Beijing. “We cannot accept repeated launches that endanger our people,” he said.

Asked about the launch at a regular news briefing, Chinese foreign ministry spokeswoman Hua Lin said Beijing hoped all parties would “exercise restraint.” She did not say whether China had raised the issue with Pyongyang.

Analysts said the launch was probably timed to the drills. “The North wants to show it can answer every exercise with a launch,” said Park Ji-won, a professor at Kyungnam University in Seoul. “It is as much a message to Washington as to Seoul.”`,
    claims: [
      { s: 'Seoul says North Korea fired ballistic missile', speakers: ['Seoul'], optional: true },
      {
        s: 'North Korea fired a ballistic missile off its east coast',
        speakers: ['South Korea’s military', 'military'],
      },
      { s: 'The missile flew about 600 km', speakers: ['Japan’s Defence Ministry', 'Defence Ministry'] },
      {
        s: 'Joint Chiefs of Staff said in a text message',
        speakers: ['Joint Chiefs of Staff', 'South Korea’s Joint Chiefs of Staff'],
      },
      {
        s: 'It called the launch “a clear provocation',
        speakers: ['Joint Chiefs of Staff', 'South Korea’s Joint Chiefs of Staff'],
      },
      {
        s: 'KCNA later quoted a spokesperson',
        speakers: [
          'spokesperson',
          'a spokesperson for the country’s defence ministry',
          'spokesperson for the country’s defence ministry',
          'KCNA',
        ],
      },
      {
        s: 'The spokesperson said the drills were',
        speakers: [
          'spokesperson',
          'a spokesperson for the country’s defence ministry',
          'spokesperson for the country’s defence ministry',
          'KCNA',
        ],
      },
      { s: 'Kenji Mori told reporters in Tokyo', speakers: ['Kenji Mori'] },
      { s: '“We cannot accept repeated launches', speakers: ['Kenji Mori'], direct: true },
      { s: 'Hua Lin said Beijing hoped', speakers: ['Hua Lin'] },
      { s: 'She did not say whether China', speakers: ['Hua Lin'], optional: true },
      { s: 'Analysts said the launch was probably timed', speakers: ['Analysts'] },
      { s: '“The North wants to show', speakers: ['Park Ji-won'], direct: true },
      { s: '“It is as much a message to Washington', speakers: ['Park Ji-won'], direct: true },
    ],
  },
  {
    name: 'Wikinews football: the club said in a statement, a chairwoman then "she", a trust and its chair, according to The Athletic',
    text: `English football club sacks manager after fan protest

Sunday, January 12, 2025

English Championship club Harcastle United sacked manager Gary Fenwick on Saturday, hours after supporters staged a sit-in protest at the club's training ground.

In a statement on its website, the club said it had "taken the difficult decision" after a run of one win in fourteen league matches. It thanked Fenwick for his "hard work and commitment" and said a new manager would be named "in due course".

Chairwoman Linda Okoro, who bought the club from its previous owners in 2022, told BBC Radio Harcastle that the decision had been hers alone. She said she had spoken to Fenwick by phone on Saturday morning. "Gary is a good man and a good coach. It just has not worked, and the fans deserved to hear that from me," she said.

Fenwick said in a brief statement released through the League Managers Association that he was "disappointed but proud" of his players. He did not take questions.

The protest was organised by the Harcastle Supporters' Trust. Its chair, Neil Booth, said about 300 fans had taken part. "We did not want anyone sacked. We wanted a plan," he said, adding that the trust had asked to meet Okoro "as soon as possible".

According to The Athletic, first-team coach Sam Whitley will take charge of the side for Tuesday's match against Norbridge.

Sources`,
    claims: [
      { s: 'the club said it had "taken the difficult decision"', speakers: ['Harcastle United'] },
      { s: 'It thanked Fenwick for his', speakers: ['Harcastle United'] },
      { s: 'Linda Okoro, who bought the club', speakers: ['Linda Okoro'] },
      { s: 'She said she had spoken to Fenwick by phone', speakers: ['Linda Okoro'] },
      { s: '"Gary is a good man and a good coach.', speakers: ['Linda Okoro'], direct: true },
      { s: 'It just has not worked, and the fans deserved', speakers: ['Linda Okoro'], direct: true },
      { s: 'Fenwick said in a brief statement', speakers: ['Gary Fenwick'] },
      { s: 'Neil Booth, said about 300 fans', speakers: ['Neil Booth'] },
      { s: '"We did not want anyone sacked.', speakers: ['Neil Booth'], direct: true },
      { s: 'We wanted a plan," he said, adding that', speakers: ['Neil Booth'], direct: true },
      { s: 'According to The Athletic, first-team coach', speakers: ['The Athletic', 'Athletic'] },
    ],
  },
  {
    name: 'Philadelphia primary: Mr. and Ms. in turn, according to reports filed, a union "they", an aide on condition of anonymity',
    text: `Mayor's rival gains ground in Philadelphia primary as unions split

PHILADELPHIA — For most of the spring, Mayor Denise Harper seemed to have the Democratic primary to herself. Now, with three weeks to go, a former city controller she once mentored is closing in.

Raymond Cole, who served two terms as controller and left office in 2023, has won the endorsement of the city's largest teachers' union and raised more money than Ms. Harper in the last filing period, according to reports filed with the city's board of ethics.

In an interview at his campaign office in North Philadelphia, Mr. Cole said that the mayor had "stopped listening" to neighborhoods outside Center City. He said he had decided to run after a school in his old district closed without a public hearing.

"I was her biggest supporter in 2019," Mr. Cole said. "I knocked on doors for her. But I can't look those parents in the eye and tell them she's done right by them."

Ms. Harper's campaign dismissed the endorsement. Her campaign manager, Andre Lewis, said in a statement that the mayor had "delivered the biggest school construction program in a generation" and that voters would judge her on results.

The building trades unions, which backed Ms. Harper four years ago, are sticking with her. Their president, Frank DiMarco, said they had no reason to switch. "She kept her promises to us," he said.

One senior aide to the mayor, who spoke on condition of anonymity because he was not authorized to discuss internal polling, said the campaign's own surveys showed the race within five points. The aide said Ms. Harper would begin running television ads next week.

A third candidate, the activist Tanya Brooks, has said she will stay in the race until the end.`,
    claims: [
      {
        s: 'has won the endorsement of the city',
        speakers: ['reports filed with the city', 'reports', "reports filed with the city's board of ethics"],
      },
      { s: 'In an interview at his campaign office in North Philadelphia, Mr. Cole said', speakers: ['Raymond Cole'] },
      { s: 'He said he had decided to run', speakers: ['Raymond Cole'] },
      { s: '"I was her biggest supporter in 2019," Mr. Cole said.', speakers: ['Raymond Cole'], direct: true },
      { s: '"I knocked on doors for her.', speakers: ['Raymond Cole'], direct: true },
      { s: "But I can't look those parents", speakers: ['Raymond Cole'], direct: true },
      {
        s: "Ms. Harper's campaign dismissed the endorsement.",
        speakers: ["Ms. Harper's campaign", 'campaign'],
        optional: true,
      },
      { s: 'Andre Lewis, said in a statement', speakers: ['Andre Lewis'] },
      { s: 'Frank DiMarco, said they had no reason', speakers: ['Frank DiMarco'] },
      { s: '"She kept her promises to us," he said.', speakers: ['Frank DiMarco'], direct: true },
      {
        s: 'One senior aide to the mayor',
        speakers: [
          'senior aide to the mayor',
          'One senior aide to the mayor',
          'senior aide',
          'One senior aide',
          'aide',
        ],
      },
      {
        s: 'The aide said Ms. Harper would begin',
        speakers: [
          'senior aide to the mayor',
          'One senior aide to the mayor',
          'senior aide',
          'One senior aide',
          'aide',
        ],
      },
      { s: 'Tanya Brooks, has said she will stay', speakers: ['Tanya Brooks'] },
    ],
  },
  {
    name: 'authors sue AI startup: accusing, the lawsuit alleges, the complaint said, a spokesperson, the judge wrote',
    text: `Authors sue AI startup Lexora over use of books to train chatbot

NEW YORK, April 2 (Reuters) - A group of 14 novelists sued artificial intelligence startup Lexora Labs in Manhattan federal court on Tuesday, accusing it of copying their books without permission to train its chatbot.

The lawsuit alleges that Lexora downloaded "hundreds of thousands" of books from pirate websites and used them to build its Quill model, which it sells to businesses for $30 a month per user.

"Lexora's entire business is built on the unpaid work of writers," the complaint said. "Its chatbot can recite whole chapters of the plaintiffs' novels on request."

Among the plaintiffs is Joanna Hale, whose crime novels have sold more than five million copies. In a statement released by her lawyers, Hale said she had learned of the copying when a reader sent her a passage the chatbot had produced. "It was my sentence, word for word, with my character's name in it," she said.

A Lexora spokesperson said the company would "vigorously defend" itself and that training AI on books was a fair use under copyright law. The company's general counsel, Mark Devlin, wrote in a blog post last year that its models "learn from text the way people do."

The case follows a ruling in February by U.S. District Judge Carla Mendez, who wrote in a separate lawsuit that whether AI training is fair use "cannot be decided in the abstract."

Lawyers for the authors, led by Daniel Stern of Stern & Park, are seeking class action status and damages of up to $150,000 for each book. Stern could not immediately be reached for comment.

(Reporting by Jonathan Stempel in New York; Editing by Chizu Nomiyama)`,
    claims: [
      {
        s: 'A group of 14 novelists sued',
        speakers: ['A group of 14 novelists', 'group of 14 novelists', 'novelists'],
      },
      { s: 'The lawsuit alleges that Lexora downloaded', speakers: ['lawsuit', 'The lawsuit'] },
      { s: 'entire business is built on the unpaid work', speakers: ['complaint', 'the complaint'], direct: true },
      { s: '"Its chatbot can recite whole chapters', speakers: ['complaint', 'the complaint'], direct: true },
      { s: 'In a statement released by her lawyers, Hale said', speakers: ['Joanna Hale'] },
      { s: '"It was my sentence, word for word', speakers: ['Joanna Hale'], direct: true },
      {
        s: 'A Lexora spokesperson said the company would',
        speakers: ['Lexora spokesperson', 'A Lexora spokesperson', 'spokesperson', 'Lexora Labs', 'Lexora'],
      },
      { s: 'Mark Devlin, wrote in a blog post', speakers: ['Mark Devlin'] },
      { s: 'Carla Mendez, who wrote in a separate lawsuit', speakers: ['Carla Mendez'] },
      { s: 'Stern could not immediately be reached', speakers: ['Daniel Stern'], optional: true },
    ],
  },
];

/**
 * Written blind on 30 Nov 2026 (twelfth batch), after the fixes for batches 10 and 11 and before
 * the detector was run on it: two men of a dispute in turn with "he" for each, two women in
 * turn, a quotation inside a quotation (‘If the school goes, we go.’ said to the speaker), a
 * headline quotation after a colon, a quotation of two paragraphs tagged only at the end of the
 * second with a description ("the former congresswoman said"), "one county chairman", two
 * anonymous people then "the people said", analysts writing in a note, and a filing.
 */
export const NEWS_CASES_12: NewsCase[] = [
  {
    name: 'Mercosur beef: two ministers in turn, "he" for each, asked about remarks, analysts wrote in a note',
    text: `Brazil's Lima, Argentina's Ortiz trade barbs over beef tariffs

BRASILIA/BUENOS AIRES, May 6 (Reuters) - Brazilian Trade Minister Paulo Lima accused Argentina on Tuesday of breaking a Mercosur agreement by raising tariffs on beef imports, escalating a dispute that has rattled markets in both countries.

Lima told a news conference in Brasilia that he had spoken to his Argentine counterpart, Javier Ortiz, by phone on Monday. He said Ortiz had promised to review the measure but had given no date.

Ortiz, speaking in Buenos Aires hours later, rejected the accusation. He said the tariffs were temporary and allowed under the bloc's rules. "Brazil did the same thing with dairy two years ago, and nobody called it a crisis," he said.

Asked about Ortiz's remarks, Lima said he would take the matter to Mercosur's dispute panel if the tariffs were still in place by June. "We have been patient. Patience has limits," he told reporters.

Beef exporters' association Abiec said the tariffs had already cost its members about $40 million. In a note to clients, analysts at Banco Meridional wrote that the dispute was "more noise than substance" and unlikely to hurt trade volumes for long.

(Reporting by Ana Ferreira in Brasilia and Lucas Gomez in Buenos Aires; Editing by Rosalba O'Brien)`,
    claims: [
      { s: 'Paulo Lima accused Argentina on Tuesday', speakers: ['Paulo Lima'] },
      { s: 'Lima told a news conference in Brasilia', speakers: ['Paulo Lima'] },
      { s: 'He said Ortiz had promised to review', speakers: ['Paulo Lima'] },
      { s: 'Ortiz, speaking in Buenos Aires hours later, rejected', speakers: ['Javier Ortiz'] },
      { s: 'He said the tariffs were temporary', speakers: ['Javier Ortiz'] },
      { s: '"Brazil did the same thing with dairy', speakers: ['Javier Ortiz'], direct: true },
      { s: "Asked about Ortiz's remarks, Lima said", speakers: ['Paulo Lima'] },
      { s: '"We have been patient.', speakers: ['Paulo Lima'], direct: true },
      { s: 'Patience has limits," he told reporters.', speakers: ['Paulo Lima'], direct: true },
      { s: 'Abiec said the tariffs had already cost', speakers: ['Abiec', "Beef exporters' association Abiec"] },
      {
        s: 'analysts at Banco Meridional wrote',
        speakers: ['analysts at Banco Meridional', 'analysts', 'Banco Meridional'],
      },
    ],
  },
  {
    name: 'Highland schools: two women in turn, a quotation inside a quotation, the government and its spokesperson',
    text: `Scottish council votes to close three rural schools despite protests

Friday, March 13, 2026

Highland Council has voted to close three rural primary schools at the end of the school year, despite a campaign by parents that gathered more than 6,000 signatures.

Councillors voted 41 to 27 on Thursday in favour of the plan, which the council says will save £1.2 million a year. Council leader Fiona MacLeod told the chamber that the authority faced "impossible choices" after cuts to its budget from the Scottish Government.

Opposition councillor Morag Sinclair, who represents one of the affected wards, said the decision would "rip the heart out" of communities. She told Wikinews that one family had already said they would move away. "A mother said to me last week, ‘If the school goes, we go.’ That is what this vote means," Sinclair said.

MacLeod said she understood parents' anger but that the schools had fewer than ten pupils each. She added that children would be offered free transport to larger schools nearby.

The Scottish Government said in a statement that funding for councils had risen in real terms this year. A spokesperson said decisions on individual schools were "a matter for local authorities."

The campaign group Save Our Glens said it would seek a judicial review.

Sources`,
    claims: [
      { s: 'which the council says will save', speakers: ['Highland Council', 'council'], optional: true },
      { s: 'Fiona MacLeod told the chamber', speakers: ['Fiona MacLeod'] },
      { s: 'Morag Sinclair, who represents', speakers: ['Morag Sinclair'] },
      { s: 'She told Wikinews that one family', speakers: ['Morag Sinclair'] },
      { s: '"A mother said to me last week', speakers: ['Morag Sinclair'], direct: true },
      { s: 'That is what this vote means," Sinclair said.', speakers: ['Morag Sinclair'], direct: true },
      { s: "MacLeod said she understood parents' anger", speakers: ['Fiona MacLeod'] },
      { s: 'She added that children would be offered', speakers: ['Fiona MacLeod'] },
      { s: 'The Scottish Government said in a statement', speakers: ['Scottish Government'] },
      {
        s: 'A spokesperson said decisions on individual schools',
        speakers: ['spokesperson', 'A spokesperson', 'Scottish Government'],
      },
      { s: 'Save Our Glens said it would seek', speakers: ['Save Our Glens'] },
    ],
  },
  {
    name: 'Iowa Senate bid: a headline quotation after a colon, two paragraphs tagged at the end by a description, one county chairman',
    text: `Hollis on Senate bid: 'I am not running to be liked'

DES MOINES, Iowa (AP) — Former Representative Janet Hollis formally entered the race for Iowa's open Senate seat on Wednesday, telling supporters in Des Moines that she would "fight for farmers, not for lobbyists."

"I have never been the most popular person in the room. I am not running to be liked.

"I am running because families in this state are paying more for everything and getting less," the former congresswoman said to cheers.

Hollis, 61, served three terms in the House before losing her seat in 2022. Her main rival for the Republican nomination, state Senator Greg Dalton, has the backing of the governor. Dalton's campaign spokesman, Ryan Fisk, said in an email that Hollis had "a record of voting against Iowa."

Some party officials privately worry that a bruising primary could help the Democrats. "Nobody wants a repeat of 2018," said one county chairman, who asked not to be named because he had not endorsed either candidate.

The Democratic candidate, Lisa Moreno, said in a statement that whoever won the Republican primary would have "a lot of explaining to do."`,
    claims: [
      { s: 'Hollis on Senate bid', speakers: ['Janet Hollis'], optional: true },
      { s: 'Janet Hollis formally entered the race', speakers: ['Janet Hollis'] },
      { s: '"I have never been the most popular person', speakers: ['Janet Hollis'], direct: true },
      { s: 'I am not running to be liked.', speakers: ['Janet Hollis'], direct: true },
      { s: '"I am running because families', speakers: ['Janet Hollis'], direct: true },
      { s: 'Ryan Fisk, said in an email', speakers: ['Ryan Fisk'] },
      {
        s: 'Some party officials privately worry',
        speakers: ['Some party officials', 'party officials'],
        optional: true,
      },
      {
        s: '"Nobody wants a repeat of 2018," said one county chairman',
        speakers: ['one county chairman', 'county chairman'],
        direct: true,
      },
      { s: 'Lisa Moreno, said in a statement', speakers: ['Lisa Moreno'] },
    ],
  },
  {
    name: 'EU slots fine: two people with knowledge then "the people said", declined to comment, a rival and its chief, according to a filing',
    text: `EU regulators set to fine Nordwind over airport slots, sources say

BRUSSELS, Oct 14 (Reuters) - European Union antitrust regulators are set to fine German airline Nordwind for hoarding landing slots at Frankfurt airport, two people with direct knowledge of the matter said on Monday.

The fine, which could come as early as next month, is likely to be in the tens of millions of euros, the people said, declining to be named because the decision is not yet public.

The European Commission, which acts as the EU competition enforcer, declined to comment. Nordwind said it had cooperated fully with the investigation and believed its use of slots complied with EU rules.

Rival carrier SkyBaltic, which first complained to the Commission in 2023, said the decision would be "a win for passengers." Its chief executive, Tomas Berzins, told Reuters in a phone interview that Nordwind had kept slots it did not use "simply to keep us out."

According to a filing with the Frankfurt stock exchange, Nordwind set aside 85 million euros for legal risks in the third quarter.`,
    claims: [
      { s: 'EU regulators set to fine Nordwind over airport slots', speakers: ['sources'], optional: true },
      {
        s: 'European Union antitrust regulators are set to fine',
        speakers: [
          'two people with direct knowledge of the matter',
          'two people',
          'people with direct knowledge of the matter',
        ],
      },
      {
        s: 'is likely to be in the tens of millions of euros',
        speakers: [
          'the people',
          'people',
          'two people with direct knowledge of the matter',
          'two people',
          'people with direct knowledge of the matter',
        ],
      },
      { s: 'which acts as the EU competition enforcer, declined', speakers: ['European Commission'], optional: true },
      { s: 'Nordwind said it had cooperated fully', speakers: ['Nordwind'] },
      { s: 'SkyBaltic, which first complained', speakers: ['SkyBaltic'] },
      { s: 'Tomas Berzins, told Reuters in a phone interview', speakers: ['Tomas Berzins'] },
      {
        s: 'According to a filing with the Frankfurt stock exchange',
        speakers: ['filing', 'a filing with the Frankfurt stock exchange', 'filing with the Frankfurt stock exchange'],
      },
    ],
  },
];

/**
 * Written blind on 30 Nov 2026 (thirteenth batch), before the detector was run on it: a Senate
 * debate where "the senator" and "the Republican" stand for the two candidates, a poll as source
 * ("according to the poll"), a shipping company as "the company" and "it" with a warning, analysts
 * then "they", a Wikinews reef report with ‘ ’ quotes, a survey that found and a society that
 * disputed, an NYT story with ''…'' and a judge and a director of different gender in turn,
 * « » quotes with praised, denounced and joked, a governor's race poll with campaigns as sources,
 * a quotation over two paragraphs from a residents' leader, a spokesman reporting what others
 * told the council, and a lawmaker relating what a minister had told him.
 */
export const NEWS_CASES_13: NewsCase[] = [
  {
    name: 'Nevada Senate debate: "the senator", "the Republican", accused, shot back, according to the poll, the campaign said',
    text: `Whitaker, Delgado clash over border funding in final Nevada debate

LAS VEGAS (AP) — Republican Senate candidate Mark Whitaker and Democratic Sen. Elena Delgado traded accusations over border funding Thursday night in their only televised debate, five days before early voting begins in Nevada.

Whitaker accused Delgado of voting "time and again" against money for border agents. "She has had six years to fix this, and she has done nothing," he said.

The senator shot back that Whitaker had backed a budget that would have cut the same agents' pay. "My opponent wants you to forget what he supported last spring," Delgado said. "I won't let him."

The Republican has struggled to win over Hispanic voters in Clark County, according to a poll released Wednesday by the University of Nevada. He told reporters after the debate that he would spend the final week campaigning in Las Vegas and Reno.

"We are going to win this state," the Republican said as he left the hall.

Delgado's campaign said in a statement that Whitaker had "run from his own record" on stage. Whitaker's campaign did not respond to a request for comment.`,
    claims: [
      { s: 'Whitaker accused Delgado of voting', speakers: ['Mark Whitaker'] },
      { s: '"She has had six years to fix this', speakers: ['Mark Whitaker'], direct: true },
      { s: 'The senator shot back that Whitaker', speakers: ['Elena Delgado'] },
      { s: '"My opponent wants you to forget', speakers: ['Elena Delgado'], direct: true },
      { s: `"I won't let him."`, speakers: ['Elena Delgado'], direct: true },
      {
        s: 'The Republican has struggled to win over',
        speakers: [
          'poll',
          'a poll released Wednesday by the University of Nevada',
          'poll released Wednesday by the University of Nevada',
          'University of Nevada',
        ],
      },
      { s: 'He told reporters after the debate', speakers: ['Mark Whitaker'] },
      { s: '"We are going to win this state," the Republican said', speakers: ['Mark Whitaker'], direct: true },
      {
        s: "Delgado's campaign said in a statement",
        speakers: ["Delgado's campaign", 'Delgado campaign', 'Elena Delgado'],
      },
      { s: "Whitaker's campaign did not respond", speakers: [], optional: true },
    ],
  },
  {
    name: 'Oslo shipping wire: saying after a cut, the company and "it warned", a chief executive told Reuters, according to LSEG data, analysts then "they", called on',
    text: `Nordic shipping group cuts outlook as Red Sea detours bite

OSLO, March 3 (Reuters) - Norwegian shipping group Halvard Line cut its full-year profit forecast on Tuesday, saying longer routes around Africa had added about $300 million to its fuel bill.

The company said it now expected operating profit of $1.1 billion to $1.3 billion, down from a previous range of $1.5 billion to $1.8 billion. It warned that freight rates could fall further if new vessels ordered during the pandemic entered service as planned.

"We are sailing further to earn less," Chief Executive Ingrid Solberg told Reuters in an interview. "That is not a business model anyone would choose."

Solberg said the group had no plans to cut jobs but would delay two terminal projects in Asia.

Shares in Halvard fell 7.2% by 1040 GMT, their biggest daily drop in a year, according to LSEG data.

Analysts at Nordea Markets said the cut was larger than expected. They said investors would look for signs that the company could pass higher costs on to customers.

The Norwegian shipowners' association has called on the government to press for a naval escort mission that includes Norwegian ships.

(Reporting by Erik Lund; Editing by Mark Potter)`,
    claims: [
      { s: 'cut its full-year profit forecast on Tuesday, saying', speakers: ['Halvard Line'] },
      { s: 'The company said it now expected', speakers: ['Halvard Line'] },
      { s: 'It warned that freight rates could fall', speakers: ['Halvard Line'] },
      { s: '"We are sailing further to earn less,"', speakers: ['Ingrid Solberg'], direct: true },
      { s: '"That is not a business model', speakers: ['Ingrid Solberg'], direct: true },
      { s: 'Solberg said the group had no plans', speakers: ['Ingrid Solberg'] },
      { s: 'according to LSEG data', speakers: ['LSEG data', 'LSEG'] },
      {
        s: 'Analysts at Nordea Markets said the cut',
        speakers: ['Analysts at Nordea Markets', 'analysts', 'Nordea Markets'],
      },
      {
        s: 'They said investors would look for signs',
        speakers: ['Analysts at Nordea Markets', 'analysts', 'Nordea Markets'],
      },
      {
        s: 'has called on the government to press',
        speakers: ["Norwegian shipowners' association", "shipowners' association"],
      },
    ],
  },
  {
    name: 'Wikinews reef report: scientists from an institute, the survey found, warned then ‘ ’ quotes over two sentences, welcomed, disputed, in a statement it said',
    text: `Australian scientists report coral recovery on southern reef

Tuesday, August 18, 2026

Scientists from the Australian Institute of Marine Science (AIMS) said on Monday that coral cover on the southern Great Barrier Reef had reached its highest level in 30 years.

The institute's annual survey found average hard coral cover of 39 percent across 87 reefs. Lead researcher Dr Kate Hollis warned that the gains could be lost quickly. ‘These are fast-growing corals. They are also the first to die when the water heats up,’ she told ABC Radio.

Environment Minister Tanya Ross welcomed the report. She said the government would spend A$1.2 billion on reef protection over the next decade.

The Australian Marine Conservation Society disputed that the figures showed a healthy reef. In a statement, it said the recovery was "fragile" and urged the government to reject new coal mines.

Sources`,
    claims: [
      {
        s: 'Scientists from the Australian Institute of Marine Science (AIMS) said',
        speakers: [
          'Scientists from the Australian Institute of Marine Science',
          'Australian Institute of Marine Science',
          'AIMS',
          'Scientists',
        ],
      },
      {
        s: "The institute's annual survey found",
        speakers: [
          "institute's annual survey",
          'annual survey',
          'survey',
          'Australian Institute of Marine Science',
          'AIMS',
        ],
      },
      { s: 'Dr Kate Hollis warned that the gains', speakers: ['Kate Hollis'] },
      { s: '‘These are fast-growing corals.', speakers: ['Kate Hollis'], direct: true },
      { s: 'They are also the first to die', speakers: ['Kate Hollis'], direct: true },
      { s: 'Tanya Ross welcomed the report.', speakers: ['Tanya Ross'] },
      { s: 'She said the government would spend', speakers: ['Tanya Ross'] },
      { s: 'disputed that the figures showed', speakers: ['Australian Marine Conservation Society'] },
      { s: 'In a statement, it said the recovery', speakers: ['Australian Marine Conservation Society'] },
    ],
  },
  {
    name: 'NYT county judge: \'\'…\'\' quotes over two sentences, the director and "she insisted", "he" back to the judge, a deputy adding, the secretary of the commonwealth',
    text: `A Small-Town Judge, a Missing Ballot Box and a Feud

MILLBROOK, Pa. — The ballot box turned up on a Tuesday, under a tarp in the back of a county pickup truck.

''I've been doing this for 31 years and I have never seen anything like it,'' said Judge Harold Briggs, who oversees elections in Tioga Falls County. ''Somebody is going to have to explain it to me, and it had better be a good explanation.''

The county's elections director, Sandra Kowalski, said the box had been misplaced during a move between warehouses. She insisted that every ballot inside had been counted on election night.

Judge Briggs was not persuaded. He ordered a hand recount of the precinct and said he would hold a hearing next week.

''He is looking for a scandal that isn't there,'' Ms. Kowalski said in an interview on Thursday. Her deputy, Tom Reilly, added that the county had followed state rules ''to the letter.''

The state's top election official, Secretary of the Commonwealth Laura Jennings, said her office was monitoring the case.`,
    claims: [
      { s: "''I've been doing this for 31 years", speakers: ['Harold Briggs'], direct: true },
      { s: "''Somebody is going to have to explain it", speakers: ['Harold Briggs'], direct: true },
      { s: 'Sandra Kowalski, said the box had been misplaced', speakers: ['Sandra Kowalski'] },
      { s: 'She insisted that every ballot', speakers: ['Sandra Kowalski'] },
      { s: 'He ordered a hand recount of the precinct and said', speakers: ['Harold Briggs'] },
      { s: "''He is looking for a scandal", speakers: ['Sandra Kowalski'], direct: true },
      { s: 'Tom Reilly, added that the county', speakers: ['Tom Reilly'] },
      { s: 'Laura Jennings, said her office was monitoring', speakers: ['Laura Jennings'] },
    ],
  },
  {
    name: 'Swiss pension vote: « » quotes before "said Interior Minister …", official results showed, denounced, its president, praised, asked … she joked, one organizer',
    text: `Swiss voters back pension reform in close referendum

GENEVA (AP) — Swiss voters narrowly approved raising the retirement age for women to 65 on Sunday, official results showed, handing the government a victory on a reform it had twice failed to pass.

« C'est un jour historique pour nos retraites », said Interior Minister Élisabeth Baume at a news conference in Bern. « We have secured pensions for a generation. »

The Swiss Trade Union Federation denounced the result as "a slap in the face for working women." Its president, Pierre-Yves Maillard, said the unions would launch a new initiative to raise pensions.

Baume praised voters for their "sense of responsibility." Asked whether she expected more protests, she joked that the Swiss "protest with ballots, not with bricks."

Women's groups staged small demonstrations in Zurich and Lausanne. « Nous allons continuer », one organizer, Chloé Favre, told The Associated Press.`,
    claims: [
      { s: 'official results showed', speakers: ['official results', 'results'], optional: true },
      { s: "« C'est un jour historique pour nos retraites »", speakers: ['Élisabeth Baume'], direct: true },
      { s: '« We have secured pensions for a generation. »', speakers: ['Élisabeth Baume'], direct: true },
      { s: 'denounced the result as', speakers: ['Swiss Trade Union Federation'] },
      { s: 'Pierre-Yves Maillard, said the unions', speakers: ['Pierre-Yves Maillard'] },
      { s: 'Baume praised voters', speakers: ['Élisabeth Baume'] },
      { s: 'she joked that the Swiss', speakers: ['Élisabeth Baume'] },
      { s: '« Nous allons continuer », one organizer', speakers: ['Chloé Favre'], direct: true },
    ],
  },
  {
    name: 'Ohio governor poll: a Reuters/Ipsos poll showed, according to the poll, the Kessler campaign, dismissed … saying, a candidate quoted over three sentences, officials on condition of anonymity',
    text: `Businessman Kessler leads Ohio governor's race, poll shows

COLUMBUS, Ohio, Sept 9 (Reuters) - Republican businessman Dan Kessler holds a seven-point lead over Democratic Attorney General Rachel Stein in the race for Ohio governor, a Reuters/Ipsos poll showed on Monday.

Kessler, who has never held office, had the support of 48% of likely voters against 41% for Stein, according to the poll, which surveyed 1,012 adults from Sept. 3 to Sept. 7.

The Kessler campaign said the numbers showed voters were "tired of career politicians." Stein's campaign manager, Olivia Grant, dismissed the poll as "a snapshot," saying internal surveys showed a closer race.

"We've been behind before and we've won before," Stein told supporters at a union hall in Toledo on Monday evening. "Polls don't vote. People do."

Ohio's secretary of state, Brian Hollander, said in a statement that early voting would begin on Oct. 8 as planned.

Two Republican officials in the state party, who spoke on condition of anonymity, said they were worried the race would tighten after Kessler's comments about teachers' unions last week.`,
    claims: [
      { s: "Businessman Kessler leads Ohio governor's race, poll shows", speakers: ['poll'], optional: true },
      {
        s: 'holds a seven-point lead over Democratic',
        speakers: ['Reuters/Ipsos poll', 'a Reuters/Ipsos poll', 'poll'],
        optional: true,
      },
      {
        s: 'had the support of 48% of likely voters',
        speakers: ['poll', 'the poll', 'Reuters/Ipsos poll'],
      },
      {
        s: 'The Kessler campaign said the numbers',
        speakers: ['Kessler campaign', 'The Kessler campaign', 'Dan Kessler'],
      },
      { s: 'Olivia Grant, dismissed the poll', speakers: ['Olivia Grant'] },
      { s: `"We've been behind before`, speakers: ['Rachel Stein'], direct: true },
      { s: `"Polls don't vote.`, speakers: ['Rachel Stein'], direct: true },
      { s: 'People do."', speakers: ['Rachel Stein'], direct: true },
      { s: 'Brian Hollander, said in a statement', speakers: ['Brian Hollander'] },
      {
        s: 'Two Republican officials in the state party',
        speakers: [
          'Two Republican officials in the state party',
          'Two Republican officials',
          'Republican officials',
          'Republican officials in the state party',
        ],
      },
    ],
  },
  {
    name: 'London tower block: residents said, a quotation over two paragraphs, a council and its spokesman relating what others told them, a lawmaker relating a minister, he called for',
    text: `Council accused of ignoring fire warnings at tower block

LONDON, June 2 (Reuters) - Residents of a tower block in east London said on Friday they had warned the local council about blocked fire exits months before a blaze forced 200 people from their homes.

Amina Yusuf, who chairs the residents' association, said she had written to the council three times since January. "Each time they told us it was in hand," she said. "It was not in hand.

"We were lucky nobody died. Next time we might not be so lucky."

Marshgate Borough Council said it had received the letters and that contractors had been due to clear the exits this month. A council spokesman said the fire service had told them the building was safe.

The London Fire Brigade said it would not comment while an investigation was under way.

Local lawmaker David Otieno said he had raised the residents' concerns with the housing minister, who had told him that "lessons would be learned." He called for an independent inquiry.`,
    claims: [
      {
        s: 'Residents of a tower block in east London said',
        speakers: ['Residents of a tower block in east London', 'Residents', 'Residents of a tower block'],
      },
      { s: 'Amina Yusuf, who chairs', speakers: ['Amina Yusuf'] },
      { s: '"Each time they told us it was in hand," she said.', speakers: ['Amina Yusuf'], direct: true },
      { s: '"It was not in hand.', speakers: ['Amina Yusuf'], direct: true },
      { s: '"We were lucky nobody died.', speakers: ['Amina Yusuf'], direct: true },
      { s: 'Next time we might not be so lucky."', speakers: ['Amina Yusuf'], direct: true },
      { s: 'Marshgate Borough Council said it had received', speakers: ['Marshgate Borough Council'] },
      {
        s: 'A council spokesman said the fire service',
        speakers: ['council spokesman', 'A council spokesman', 'Marshgate Borough Council'],
      },
      { s: 'The London Fire Brigade said it would not comment', speakers: ['London Fire Brigade'], optional: true },
      { s: 'David Otieno said he had raised', speakers: ['David Otieno'] },
      { s: 'He called for an independent inquiry.', speakers: ['David Otieno'] },
    ],
  },
  {
    name: 'Georgia election bill: "The Republican said", the governor quoted after, called it, "The Democrat said", groups "they", a group "it", officials said privately, a director quoted twice',
    text: `Georgia governor signs election bill as Democrats cry foul

ATLANTA (AP) — Georgia Gov. Nathan Crane signed a bill on Wednesday that gives the State Election Board new power to investigate county election offices, a move Democrats warned could be used to delay certifying results.

The Republican said the law would "restore confidence" in elections after years of disputes. "Every Georgian deserves to know their vote was counted once, and counted right," Crane said at the signing ceremony.

State Sen. Keisha Barnes, who led opposition to the bill, called it "a solution in search of a problem." The Democrat said she expected the law to be challenged in court within weeks.

Voting rights groups said they were studying the text. The Georgia Voter Alliance, a nonpartisan group, said it would ask a federal judge to block the law.

Election officials in several counties have said privately that they fear a flood of complaints. "We already work 16-hour days in November," said Marcus Hill, the elections director in Lowell County. "If the board starts sending investigators, something will give."`,
    claims: [
      { s: 'a move Democrats warned could be used', speakers: ['Democrats'], optional: true },
      { s: 'The Republican said the law would', speakers: ['Nathan Crane'] },
      { s: '"Every Georgian deserves to know', speakers: ['Nathan Crane'], direct: true },
      { s: 'Keisha Barnes, who led opposition to the bill, called it', speakers: ['Keisha Barnes'] },
      { s: 'The Democrat said she expected', speakers: ['Keisha Barnes'] },
      { s: 'Voting rights groups said they were studying', speakers: ['Voting rights groups'] },
      { s: 'The Georgia Voter Alliance, a nonpartisan group, said', speakers: ['Georgia Voter Alliance'] },
      {
        s: 'Election officials in several counties have said privately',
        speakers: ['Election officials in several counties', 'Election officials'],
      },
      { s: '"We already work 16-hour days in November," said Marcus Hill', speakers: ['Marcus Hill'], direct: true },
      { s: '"If the board starts sending investigators', speakers: ['Marcus Hill'], direct: true },
    ],
  },
];

/**
 * Written blind on 30 Nov 2026 (fourteenth batch), with the thirteenth and before the detector
 * was run on either, and kept as a check on the fixes made for the thirteenth: a Michigan race
 * with "the senator" conceding and predicting and the former governor's spokesman, a ministry
 * spokesperson and "she", a trade chief who wrote on X, a Wikinews council vote with a quotation
 * over two paragraphs after "Speaking to Wikinews", an NYT story of officials on the condition
 * of anonymity, "One of them" and a senator who denounced and acknowledged, and a wire story of
 * people familiar with plans, a company spokeswoman and a union.
 */
export const NEWS_CASES_14: NewsCase[] = [
  {
    name: 'Michigan race: vowed, a rally quotation, "The senator … conceded", she predicted, a spokesman for the campaign, a survey showed',
    text: `Ward, Castillo trade jabs over tariffs as Michigan race tightens

DETROIT (AP) — Former Gov. Richard Ward vowed on Saturday to "bring the factories home" as he campaigned across Michigan, promising tariffs on imported cars and parts.

"I'm not going to apologize for putting American workers first," Ward told several hundred supporters at a machine shop in Warren. "Not now, not ever."

His Democratic rival, Sen. Ana Castillo, argued that the tariff plan would raise prices for families already struggling with grocery bills. The senator, speaking to reporters in Flint, conceded that the race had tightened since Labor Day. But she predicted that voters would turn against Ward once they understood what tariffs cost them. "Every economist I have talked to says the same thing," Castillo said. "This is a tax on you."

A spokesman for the Ward campaign, Kyle Benson, said the former governor would release a detailed economic plan next week.

The latest Great Lakes Polling survey of likely voters, released Thursday, showed Ward ahead by two points, within the margin of error.`,
    claims: [
      { s: 'Richard Ward vowed on Saturday', speakers: ['Richard Ward'] },
      { s: `"I'm not going to apologize`, speakers: ['Richard Ward'], direct: true },
      { s: '"Not now, not ever."', speakers: ['Richard Ward'], direct: true },
      { s: 'Ana Castillo, argued that the tariff plan', speakers: ['Ana Castillo'] },
      { s: 'conceded that the race had tightened', speakers: ['Ana Castillo'] },
      { s: 'But she predicted that voters', speakers: ['Ana Castillo'] },
      { s: '"Every economist I have talked to', speakers: ['Ana Castillo'], direct: true },
      { s: '"This is a tax on you."', speakers: ['Ana Castillo'], direct: true },
      { s: 'Kyle Benson, said the former governor', speakers: ['Kyle Benson'] },
      {
        s: 'showed Ward ahead by two points',
        speakers: [
          'Great Lakes Polling survey',
          'survey',
          'Great Lakes Polling',
          'Great Lakes Polling survey of likely voters',
        ],
        optional: true,
      },
    ],
  },
  {
    name: 'Beijing solar probe: the ministry criticised, calling, a spokesperson at a briefing then "she", the Commission and "it", wrote, an industry group and "it warned"',
    text: `China says EU probe of solar firms is "protectionism"

BEIJING, July 22 (Reuters) - China's commerce ministry on Tuesday criticised a European Union investigation into Chinese solar panel makers, calling it "naked protectionism" and vowing to take "all necessary measures" to defend Chinese companies.

The probe "seriously violates" World Trade Organization rules, ministry spokesperson Lin Qiao told a regular news briefing. She said Beijing urged Brussels to "correct its wrong practices" immediately.

The European Commission said last week that it had found evidence that three Chinese manufacturers received subsidies that let them undercut European rivals. It said the investigation would be completed within nine months.

EU trade chief Henrik Aalto defended the probe in a post on X on Tuesday. "We welcome competition, but it must be fair," he wrote.

The Solar Europe Alliance, an industry group, said its members had lost about a fifth of their market share since 2023. It welcomed the probe but warned that tariffs alone would not save European factories.`,
    claims: [
      {
        s: "China's commerce ministry on Tuesday criticised",
        speakers: ["China's commerce ministry", 'commerce ministry', 'Chinese commerce ministry'],
      },
      { s: 'The probe "seriously violates"', speakers: ['Lin Qiao'] },
      { s: 'She said Beijing urged Brussels', speakers: ['Lin Qiao'] },
      { s: 'The European Commission said last week', speakers: ['European Commission'] },
      { s: 'It said the investigation would be completed', speakers: ['European Commission'] },
      { s: 'Henrik Aalto defended the probe', speakers: ['Henrik Aalto'] },
      { s: '"We welcome competition, but it must be fair," he wrote.', speakers: ['Henrik Aalto'], direct: true },
      { s: 'an industry group, said its members', speakers: ['Solar Europe Alliance'] },
      { s: 'It welcomed the probe but warned', speakers: ['Solar Europe Alliance'] },
    ],
  },
  {
    name: 'Wellington cycle lanes: a mayor and a councillor of different gender, "Speaking to Wikinews", a quotation over two paragraphs, a retail group warned',
    text: `New Zealand: Wellington council approves cycle lane network

Wednesday, April 8, 2026

The Wellington City Council on Tuesday approved a NZ$140 million network of protected cycle lanes, after a debate that lasted more than seven hours.

Mayor Grace Tuhoe said the plan would make the city "safer for everyone, not just cyclists". Councillor Brendan Walsh, who voted against it, said he supported cycling but that the cost was "simply unaffordable" with rates already rising by 12 percent.

Speaking to Wikinews after the vote, Tuhoe said she had spent months meeting business owners along the routes. "Some of them will never agree with me, and that's fine.

"But most of them told me the same thing: they want customers who can get to their shops safely."

Walsh said he would ask the council to review the decision in a year. Retail NZ, which represents shop owners, warned that the loss of 300 parking spaces could hurt trade.

Sources`,
    claims: [
      { s: 'Grace Tuhoe said the plan would make', speakers: ['Grace Tuhoe'] },
      { s: 'Brendan Walsh, who voted against it, said', speakers: ['Brendan Walsh'] },
      { s: 'Speaking to Wikinews after the vote, Tuhoe said', speakers: ['Grace Tuhoe'] },
      { s: '"Some of them will never agree with me', speakers: ['Grace Tuhoe'], direct: true },
      { s: '"But most of them told me the same thing', speakers: ['Grace Tuhoe'], direct: true },
      { s: 'Walsh said he would ask the council', speakers: ['Brendan Walsh'] },
      { s: 'Retail NZ, which represents shop owners, warned', speakers: ['Retail NZ'] },
    ],
  },
  {
    name: "NYT sanctions talks: according to three officials, \"The officials … said\", One of them, a press secretary quoted with ''…'', a senator denounced, ''…'' he said, he acknowledged",
    text: `White House Weighs Sanctions Relief as Talks Stall

WASHINGTON — The White House is considering easing some sanctions on Venezuela's oil sector in exchange for a date for new elections, according to three administration officials familiar with the discussions.

The officials, who spoke on the condition of anonymity to discuss private deliberations, said no decision had been made. One of them said the president was ''skeptical but open'' to the idea.

''We are not going to reward bad behavior,'' the White House press secretary, Melissa Cho, told reporters on Monday. ''But we are always willing to talk.''

Senator Robert Hale, the top Republican on the Foreign Relations Committee, denounced the talks in a floor speech. ''This is a gift to a dictator,'' he said. He acknowledged, however, that Congress had little power to block the move.`,
    claims: [
      {
        s: 'according to three administration officials familiar',
        speakers: [
          'three administration officials familiar with the discussions',
          'three administration officials',
          'administration officials',
          'administration officials familiar with the discussions',
        ],
      },
      {
        s: 'said no decision had been made',
        speakers: [
          'The officials',
          'officials',
          'three administration officials familiar with the discussions',
          'three administration officials',
          'administration officials',
        ],
      },
      {
        s: 'One of them said the president was',
        speakers: [
          'One of them',
          'One',
          'officials',
          'three administration officials familiar with the discussions',
          'three administration officials',
          'administration officials',
        ],
      },
      { s: "''We are not going to reward bad behavior,''", speakers: ['Melissa Cho'], direct: true },
      { s: "''But we are always willing to talk.''", speakers: ['Melissa Cho'], direct: true },
      { s: 'denounced the talks in a floor speech', speakers: ['Robert Hale'] },
      { s: "''This is a gift to a dictator,'' he said.", speakers: ['Robert Hale'], direct: true },
      { s: 'He acknowledged, however, that Congress', speakers: ['Robert Hale'] },
    ],
  },
  {
    name: 'Prague carmaker: sources in the headline, people familiar told Reuters, one of the people said, a company spokeswoman, a union then its chief quoted, the union has said',
    text: `Carmaker Ostrava Motors to cut 2,000 jobs at Czech plants - sources

PRAGUE, Nov 4 (Reuters) - Czech carmaker Ostrava Motors plans to cut about 2,000 jobs at its two domestic plants next year as demand for its petrol models falls, two people familiar with the plans told Reuters.

The cuts, which have not been announced, would be the company's largest in a decade, one of the people said.

An Ostrava Motors spokeswoman said the company did not comment on "speculation" but was "constantly reviewing" its costs.

The KOVO metalworkers' union said it had not been informed of any cuts. "If this is true, we will fight it with every tool we have," union chief Jana Dvorakova said. The union has said it would strike if jobs were cut without consultation.`,
    claims: [
      { s: 'Ostrava Motors to cut 2,000 jobs at Czech plants - sources', speakers: ['sources'], optional: true },
      {
        s: 'plans to cut about 2,000 jobs at its two domestic plants',
        speakers: ['two people familiar with the plans', 'two people', 'people familiar with the plans'],
      },
      {
        s: "would be the company's largest in a decade, one of the people said",
        speakers: [
          'one of the people',
          'the people',
          'people',
          'two people familiar with the plans',
          'two people',
          'people familiar with the plans',
        ],
      },
      {
        s: 'An Ostrava Motors spokeswoman said the company',
        speakers: ['Ostrava Motors spokeswoman', 'An Ostrava Motors spokeswoman', 'spokeswoman', 'Ostrava Motors'],
      },
      {
        s: "The KOVO metalworkers' union said it had not been informed",
        speakers: ["KOVO metalworkers' union", 'KOVO', "metalworkers' union"],
      },
      { s: '"If this is true, we will fight it', speakers: ['Jana Dvorakova'], direct: true },
      {
        s: 'The union has said it would strike',
        speakers: ["KOVO metalworkers' union", 'KOVO', "metalworkers' union", 'union'],
      },
    ],
  },
];

/**
 * Written blind on 30 Nov 2026 (fifteenth batch), after the fixes for the thirteenth and before
 * the detector was run on it: a concession quoted with "the congresswoman said" and "the
 * Democrat said" for a man labelled "Democrat" before his name, an office that "said it found",
 * a campaign statement, a minister quoted over two sentences after "told reporters", analysts
 * said after the claim and one of them quoted with "said X, an analyst at …", a judge who ruled
 * that, an association that praised a ruling, an authority as "according to the authority".
 */
export const NEWS_CASES_15: NewsCase[] = [
  {
    name: 'Oregon concession: "the congresswoman said" after a quotation, "The Democrat said", her office said it found, a campaign statement',
    text: `Moreau concedes Oregon House race after recount

PORTLAND, Ore. (AP) — Republican Rep. Dana Moreau conceded on Friday to Democrat Luis Ortega in Oregon's 5th Congressional District, ending a two-week recount that narrowed but did not erase his lead of 612 votes.

"The voters have spoken, and I respect their decision," the congresswoman said in a video posted to social media. "I called Luis this morning to congratulate him."

Ortega thanked Moreau for what he called "a gracious call." The Democrat said his first priority in Washington would be wildfire funding for rural counties.

Oregon's secretary of state, Emily Tran, said the recount had confirmed the accuracy of the original count. Her office said it found no evidence of irregularities.

Moreau's campaign said in a statement that she had no plans to run again in 2026 but would "stay in the fight" for the district.`,
    claims: [
      { s: 'Dana Moreau conceded on Friday', speakers: ['Dana Moreau'], optional: true },
      { s: '"The voters have spoken, and I respect', speakers: ['Dana Moreau'], direct: true },
      { s: '"I called Luis this morning', speakers: ['Dana Moreau'], direct: true },
      { s: 'Ortega thanked Moreau for what he called', speakers: ['Luis Ortega'], optional: true },
      { s: 'The Democrat said his first priority', speakers: ['Luis Ortega'] },
      { s: 'Emily Tran, said the recount', speakers: ['Emily Tran'] },
      { s: 'Her office said it found no evidence', speakers: ['Her office', 'office', 'Emily Tran'] },
      { s: "Moreau's campaign said in a statement", speakers: ["Moreau's campaign", 'Moreau campaign', 'Dana Moreau'] },
    ],
  },
  {
    name: 'Jakarta nickel wire: the minister said after the claim, told reporters, a quotation over two sentences, the ministry in a statement, analysts said, said X an analyst at …',
    text: `Indonesia to curb nickel exports to protect smelters, minister says

JAKARTA, Feb 12 (Reuters) - Indonesia will cut exports of nickel ore by a third this year to keep supplies for domestic smelters, Energy Minister Budi Santoso said on Wednesday, a move that pushed nickel prices to a six-month high.

Santoso told reporters that the quota would be reviewed every quarter. "We want the value to stay in Indonesia," he said. "Raw ore is the past."

The ministry said in a statement that existing contracts would be honoured until June.

Chinese stainless steel makers, which buy most of Indonesia's ore, are likely to be hit hardest, analysts said. "This will squeeze margins in the second half," said Wang Lei, an analyst at Sino Metals Research in Shanghai.

Qingfeng Steel, the largest buyer of Indonesian ore, declined to comment.`,
    claims: [
      {
        s: 'Indonesia to curb nickel exports to protect smelters, minister says',
        speakers: ['minister'],
        optional: true,
      },
      { s: 'Indonesia will cut exports of nickel ore by a third', speakers: ['Budi Santoso'] },
      { s: 'Santoso told reporters that the quota', speakers: ['Budi Santoso'] },
      { s: '"We want the value to stay in Indonesia," he said.', speakers: ['Budi Santoso'], direct: true },
      { s: '"Raw ore is the past."', speakers: ['Budi Santoso'], direct: true },
      {
        s: 'The ministry said in a statement',
        speakers: ['ministry', 'The ministry', 'Energy Ministry', 'Budi Santoso'],
      },
      { s: 'are likely to be hit hardest, analysts said', speakers: ['analysts'] },
      { s: '"This will squeeze margins in the second half," said Wang Lei', speakers: ['Wang Lei'], direct: true },
      { s: 'Qingfeng Steel, the largest buyer', speakers: ['Qingfeng Steel'], optional: true },
    ],
  },
  {
    name: 'Wikinews Nairobi court: a judge ruled that, she ordered (an act), an association praised, its chairman told reporters, "it would appeal", according to the authority, a minister criticised then "he said"',
    text: `Kenyan court halts government plan to register motorcycle taxis

Thursday, June 4, 2026

The High Court of Kenya on Wednesday suspended a government plan requiring all motorcycle taxi riders to register with the National Transport and Safety Authority (NTSA) by the end of June.

Justice Mary Wanjiku ruled that the government had not consulted riders before announcing the rules. She ordered the authority to halt registration until the case is heard in full in September.

The Boda Boda Riders Association, which brought the case, praised the ruling. Its chairman, Peter Kamau, told reporters outside the court that riders were "not against order, only against exclusion."

The NTSA said it would appeal. According to the authority, motorcycle taxis were involved in more than 1,200 road deaths last year.

Transport Minister James Mwangi criticised the ruling. He said the rules were meant "to save lives, not to punish riders."`,
    claims: [
      { s: 'Justice Mary Wanjiku ruled that', speakers: ['Mary Wanjiku'] },
      { s: 'which brought the case, praised the ruling', speakers: ['Boda Boda Riders Association'] },
      { s: 'Peter Kamau, told reporters outside the court', speakers: ['Peter Kamau'] },
      { s: 'The NTSA said it would appeal.', speakers: ['NTSA', 'National Transport and Safety Authority'] },
      {
        s: 'According to the authority, motorcycle taxis',
        speakers: ['authority', 'the authority', 'NTSA', 'National Transport and Safety Authority'],
      },
      { s: 'James Mwangi criticised the ruling.', speakers: ['James Mwangi'] },
      { s: 'He said the rules were meant', speakers: ['James Mwangi'] },
    ],
  },
];

/**
 * Written blind on 30 Nov 2026 (sixteenth batch), after the fixes for batches 13–15 and before
 * the detector was run on it: a vice president and a nominee in turn, "the former governor said"
 * inside a quotation split by its tag, a campaign that released a video, saying, a governor "a
 * Democrat" who predicted; a central bank that "said" after a rate cut, its board in a statement
 * and "it", its president quoted over two sentences and "she added"; a farmer quoted with "said
 * X, a dairy farmer …", "she said" after a sentence about her husband, a minister who called on,
 * an organisation as "they", and police.
 */
export const NEWS_CASES_16: NewsCase[] = [
  {
    name: 'Pennsylvania swing: accused, told a rally, denied that, "the former governor said" in a split quotation, his campaign released a video saying, a governor predicted',
    text: `Harlow, Benning spar over Social Security in Pennsylvania swing

PITTSBURGH (AP) — Vice President Carla Benning accused Republican nominee Tom Harlow on Monday of planning to cut Social Security, as both campaigns poured into Pennsylvania for the final week of the race.

"He has said it on tape, more than once," Benning told a rally at a steelworkers' hall. "Believe him."

Harlow, speaking in Erie two hours later, denied that he had ever proposed cuts. "We're going to protect Social Security," the former governor said, "and we're going to make it last."

His campaign released a video of Benning's 2019 remarks on the retirement age, saying the vice president was "the last person to lecture anyone" on the issue. Benning's campaign said the clip had been edited.

Pennsylvania Gov. Ray Sutter, a Democrat, introduced Benning in Pittsburgh. He predicted she would carry the state by "more than anyone expects."`,
    claims: [
      { s: 'Carla Benning accused Republican nominee Tom Harlow', speakers: ['Carla Benning'] },
      { s: '"He has said it on tape, more than once," Benning told', speakers: ['Carla Benning'], direct: true },
      { s: '"Believe him."', speakers: ['Carla Benning'], direct: true },
      { s: 'denied that he had ever proposed cuts', speakers: ['Tom Harlow'] },
      {
        s: `"We're going to protect Social Security," the former governor said`,
        speakers: ['Tom Harlow'],
        direct: true,
      },
      {
        s: 'His campaign released a video',
        speakers: ['His campaign', 'campaign', 'Tom Harlow', 'Harlow campaign'],
      },
      { s: "Benning's campaign said the clip", speakers: ["Benning's campaign", 'Benning campaign', 'Carla Benning'] },
      { s: 'He predicted she would carry the state', speakers: ['Ray Sutter'] },
    ],
  },
  {
    name: 'Santiago rate cut: a bank that cut and said, economists in a poll had expected, its board in a statement then "it", a president quoted over two sentences, she added, welcomed … saying',
    text: `Chile's central bank cuts rates by 50 basis points, signals more easing

SANTIAGO, Oct 17 (Reuters) - Chile's central bank cut its benchmark interest rate by 50 basis points to 5.25% on Thursday, in line with expectations, and said further cuts were likely as inflation cooled.

All 20 economists in a Reuters poll had expected the half-point cut.

In a statement, the bank's board said inflation had fallen faster than forecast in the third quarter. It said the pace of future cuts would depend on the peso and on energy prices.

"The economy is adjusting as we hoped. We are not declaring victory," central bank President Rosa Méndez told a news conference. She added that the board had discussed a larger cut but decided against it.

Finance Minister Andrés Vidal welcomed the decision, saying lower rates would help small businesses.`,
    claims: [
      { s: 'and said further cuts were likely', speakers: ["Chile's central bank", 'central bank'] },
      {
        s: 'All 20 economists in a Reuters poll had expected',
        speakers: ['All 20 economists in a Reuters poll', 'economists', 'All 20 economists'],
        optional: true,
      },
      {
        s: "In a statement, the bank's board said",
        speakers: ["bank's board", 'board', "Chile's central bank", 'central bank'],
      },
      {
        s: 'It said the pace of future cuts',
        speakers: ["bank's board", 'board', "Chile's central bank", 'central bank'],
      },
      { s: '"The economy is adjusting as we hoped.', speakers: ['Rosa Méndez'], direct: true },
      { s: 'We are not declaring victory," central bank President', speakers: ['Rosa Méndez'], direct: true },
      { s: 'She added that the board had discussed', speakers: ['Rosa Méndez'] },
      { s: 'Andrés Vidal welcomed the decision, saying', speakers: ['Andrés Vidal'] },
    ],
  },
  {
    name: 'Hague tractors: "said X, a dairy farmer …", "she said" after a sentence about her husband, a minister said then called on, an organisation "said they", police said',
    text: `Dutch farmers protest nitrogen rules in The Hague

Saturday, March 21, 2026

Thousands of farmers drove tractors into The Hague on Friday to protest new limits on nitrogen emissions, blocking several roads near the parliament building.

"We feed this country, and they treat us like criminals," said Anouk de Vries, a dairy farmer from Friesland who travelled to the protest with her two sons. Her husband, Joris, stayed home to milk the cows, she said.

Agriculture Minister Hanneke Bos said the government would not withdraw the rules but was willing to extend the deadline for small farms by two years. She called on protest leaders to meet her next week.

The Farmers Defence Force, which organised the protest, said they would return every Friday until the rules were scrapped. Police said 14 people were arrested.`,
    claims: [
      {
        s: '"We feed this country, and they treat us like criminals," said',
        speakers: ['Anouk de Vries'],
        direct: true,
      },
      { s: 'Her husband, Joris, stayed home', speakers: ['Anouk de Vries'] },
      { s: 'Hanneke Bos said the government would not withdraw', speakers: ['Hanneke Bos'] },
      { s: 'She called on protest leaders', speakers: ['Hanneke Bos'] },
      { s: 'which organised the protest, said they would return', speakers: ['Farmers Defence Force'] },
      { s: 'Police said 14 people were arrested.', speakers: ['Police'] },
    ],
  },
];

/**
 * Written blind on 30 Nov 2026 (seventeenth batch), after all the fixes for batches 13–16 and
 * before the detector was run on it, as a last check of the round: a statehouse fight with a
 * speaker and a lieutenant governor of different gender, "The speaker said", a letter reported
 * through "according to a copy of the letter", a governor who "has said"; sources who told
 * Reuters and "one of the sources" quoted over two sentences, a minister who "has repeatedly
 * said", analysts in a note; a fire service and "The service said", a resident quoted with ‘ ’,
 * her neighbour, and a council.
 */
export const NEWS_CASES_17: NewsCase[] = [
  {
    name: 'Texas tax cut: called the vote, a lieutenant governor who presides, "The speaker said", he told reporters, warned in a letter according to a copy, a governor has said',
    text: `Texas House passes property tax cut, setting up clash with Senate

AUSTIN, Texas (AP) — The Texas House voted 121-24 on Thursday to cut property taxes by $12 billion over two years, setting up a fight with the state Senate, which has passed a smaller plan.

House Speaker Dale Morrow called the vote "a promise kept to every homeowner in Texas." Lt. Gov. Susan Pike, who presides over the Senate, said the House plan "spends money the state does not have."

The speaker said he expected the two chambers to reach a deal before the session ends on May 29. "Nobody is going home without a tax cut," he told reporters.

In a letter to senators, Pike warned that the House plan would force cuts to school funding, according to a copy of the letter obtained by The Associated Press. A spokeswoman for the lieutenant governor, Ana Ruiz, confirmed the letter's authenticity.

Gov. Mark Ellison has said he will sign any tax cut that reaches his desk.`,
    claims: [
      { s: 'Dale Morrow called the vote', speakers: ['Dale Morrow'] },
      { s: 'Susan Pike, who presides over the Senate, said', speakers: ['Susan Pike'] },
      { s: 'The speaker said he expected the two chambers', speakers: ['Dale Morrow'] },
      { s: '"Nobody is going home without a tax cut," he told reporters.', speakers: ['Dale Morrow'], direct: true },
      {
        s: 'In a letter to senators, Pike warned',
        speakers: [
          'Susan Pike',
          'a copy of the letter obtained by The Associated Press',
          'copy of the letter obtained by The Associated Press',
          'copy of the letter',
          'letter',
        ],
      },
      { s: "Ana Ruiz, confirmed the letter's authenticity", speakers: ['Ana Ruiz'], optional: true },
      { s: 'Mark Ellison has said he will sign', speakers: ['Mark Ellison'] },
    ],
  },
  {
    name: 'OPEC+ wire: sources in the headline, four sources told Reuters, one of the sources quoted over two sentences, a minister has repeatedly said, analysts in a note, no response',
    text: `OPEC+ likely to extend output cuts into next year, sources say

LONDON, Nov 28 (Reuters) - OPEC+ is likely to extend its current oil output cuts until the end of next year at its meeting on Sunday, four sources from the producer group told Reuters, as weak demand in China weighs on prices.

"An extension is the most likely outcome. Deeper cuts are on the table, but they are not the main scenario," one of the sources said.

Energy Minister Khalid al-Rashed has repeatedly said the group will act "proactively" to support the market.

Brent crude futures rose 1.2% to $74.10 a barrel after the report. Analysts at Goldman Sachs said in a note that an extension was already priced in.

The group's secretariat did not respond to a request for comment.`,
    claims: [
      { s: 'OPEC+ likely to extend output cuts into next year, sources say', speakers: ['sources'], optional: true },
      {
        s: 'is likely to extend its current oil output cuts',
        speakers: ['four sources from the producer group', 'four sources', 'sources'],
      },
      {
        s: '"An extension is the most likely outcome.',
        speakers: ['one of the sources', 'sources', 'four sources from the producer group', 'four sources', 'One'],
        direct: true,
      },
      {
        s: 'Deeper cuts are on the table',
        speakers: ['one of the sources', 'sources', 'four sources from the producer group', 'four sources', 'One'],
        direct: true,
      },
      { s: 'Khalid al-Rashed has repeatedly said', speakers: ['Khalid al-Rashed'] },
      {
        s: 'Analysts at Goldman Sachs said in a note',
        speakers: ['Analysts at Goldman Sachs', 'analysts', 'Goldman Sachs'],
      },
      { s: "The group's secretariat did not respond", speakers: [], optional: true },
    ],
  },
  {
    name: 'Wikinews mill fire: a fire service then "The service said", a resident with age and a relative clause, ‘ ’ over two sentences with "she told Wikinews", her neighbour, a council "it"',
    text: `Fire destroys historic mill in northern England

Monday, January 12, 2026

A fire destroyed a 19th-century cotton mill in the town of Haslingden, Lancashire, on Sunday night. No one was injured.

Lancashire Fire and Rescue Service said about 60 firefighters had tackled the blaze at its height. The service said the cause was not yet known but was not being treated as suspicious.

Local resident Margaret Holt, 72, whose father worked at the mill, said she had watched the roof collapse from her window. ‘It was part of the town. Now it's just gone,’ she told Wikinews.

Her neighbour, Ken Ashworth, said the building had been empty for years and that residents had warned the council it was a fire risk. Rossendale Borough Council said it would review its records.`,
    claims: [
      { s: 'Lancashire Fire and Rescue Service said about 60', speakers: ['Lancashire Fire and Rescue Service'] },
      {
        s: 'The service said the cause was not yet known',
        speakers: ['Lancashire Fire and Rescue Service', 'service'],
      },
      { s: 'Margaret Holt, 72, whose father worked', speakers: ['Margaret Holt'] },
      { s: '‘It was part of the town.', speakers: ['Margaret Holt'], direct: true },
      { s: 'Now it', speakers: ['Margaret Holt'], direct: true },
      { s: 'Ken Ashworth, said the building had been empty', speakers: ['Ken Ashworth'] },
      { s: 'Rossendale Borough Council said it would review', speakers: ['Rossendale Borough Council'] },
    ],
  },
];

/**
 * Written blind on 1 Dec 2026 (eighteenth batch), before the detector was run on it: a federal
 * trial with prosecutors, a defence lawyer "told jurors" and a judge who "wrote"; a debate night
 * with "the former president", "the Democrat", a surrogate, posts on social media and a poll; a
 * Wikinews science report with a journal, a lead author and a co-author; a football manager after
 * a match; a foreign minister through an interpreter and "was quoted by TASS as saying"; officials
 * speaking on condition of anonymity and "the person said".
 */
export const NEWS_CASES_18: NewsCase[] = [
  {
    name: 'fraud trial: prosecutors told jurors, a defence lawyer countered, the judge wrote, a witness testified, declined to comment',
    text: `Crypto founder's fraud trial opens with dueling portraits

NEW YORK, Feb 3 (Reuters) - Prosecutors on Monday told jurors that cryptocurrency entrepreneur Nathan Voss stole more than $300 million from customers of his lending platform, while his lawyer portrayed him as a founder overwhelmed by a market crash he did not cause.

"This case is about lies," Assistant U.S. Attorney Karen Liu said in her opening statement in Manhattan federal court. "He told customers their money was safe. It was not. He knew it was not."

Voss's lawyer, Michael Brandt, countered that his client had "believed in the company until the very last day." He told jurors the government would not be able to show that Voss intended to deceive anyone.

The first witness, former chief financial officer Elena Sorokina, testified that she had warned Voss in May 2022 that the platform could not cover withdrawals. She pleaded guilty last year and is cooperating with prosecutors.

U.S. District Judge Raymond Ochoa last month rejected a request by the defense to exclude evidence of Voss's personal spending, writing that it was "directly relevant" to his motive.

A spokesperson for the U.S. Attorney's office declined to comment beyond the opening statement. Voss, 36, has pleaded not guilty to seven counts, including wire fraud and securities fraud.`,
    claims: [
      { s: 'Prosecutors on Monday told jurors that', speakers: ['Prosecutors'] },
      { s: '"This case is about lies," Assistant', speakers: ['Karen Liu'], direct: true },
      { s: '"He told customers their money was safe.', speakers: ['Karen Liu'], direct: true },
      { s: 'It was not.', speakers: ['Karen Liu'], direct: true },
      // Left out of the gold when it was written blind; the detector's "false" claim was right.
      { s: 'He knew it was not."', speakers: ['Karen Liu'], direct: true },
      { s: "Voss's lawyer, Michael Brandt, countered", speakers: ['Michael Brandt'] },
      { s: 'He told jurors the government would not', speakers: ['Michael Brandt'] },
      { s: 'Elena Sorokina, testified that', speakers: ['Elena Sorokina'] },
      { s: 'Raymond Ochoa last month rejected a request', speakers: ['Raymond Ochoa'] },
      { s: 'declined to comment beyond the opening statement', speakers: [], optional: true },
    ],
  },
  {
    name: 'debate night: the former president and the Democrat, insisted, shot back, a surrogate on CNN, posted on Truth Social, wrote on X, a poll found',
    text: `Trump, Whitmer clash over tariffs and abortion in only debate

ATLANTA — Former President Donald Trump and Michigan Gov. Gretchen Whitmer traded sharp attacks on tariffs, abortion and immigration on Tuesday night in what is likely to be their only debate before the November election.

Trump insisted that his tariffs had "brought back jobs that everybody said were gone forever." Whitmer shot back that families in her state were paying "a Trump tax on every car, every washing machine, every bag of groceries."

The former president repeatedly interrupted the moderators. At one point he called the Democrat "the most radical governor in the history of our country."

Whitmer, 55, appeared to have prepared for the attack. "I've been called worse by better," she said, drawing laughter from the audience. She later accused Trump of wanting to "take away the freedoms your grandmother fought for."

After the debate, Sen. JD Vance, a leading surrogate for Trump, told CNN that the former president had "won every single exchange." Trump himself posted on Truth Social that he had "destroyed" his opponent.

Whitmer's campaign chair, Lavora Barnes, wrote on X that the governor had shown "what a real leader looks like."

A CNN poll of debate watchers found that 52% thought Whitmer had done the better job, compared with 44% for Trump.`,
    claims: [
      { s: 'Trump insisted that his tariffs', speakers: ['Donald Trump'] },
      { s: 'Whitmer shot back that families', speakers: ['Gretchen Whitmer'] },
      { s: 'At one point he called the Democrat', speakers: ['Donald Trump'] },
      { s: '"I\'ve been called worse by better," she said', speakers: ['Gretchen Whitmer'], direct: true },
      { s: 'She later accused Trump of wanting', speakers: ['Gretchen Whitmer'] },
      { s: 'told CNN that the former president', speakers: ['JD Vance'] },
      { s: 'Trump himself posted on Truth Social', speakers: ['Donald Trump'] },
      { s: 'Lavora Barnes, wrote on X that', speakers: ['Lavora Barnes'] },
      {
        s: 'A CNN poll of debate watchers found',
        speakers: ['CNN poll of debate watchers', 'A CNN poll of debate watchers', 'CNN poll', 'poll', 'CNN'],
      },
    ],
  },
  {
    name: 'Wikinews science: researchers wrote in the journal, lead author told Wikinews, a co-author cautioned, an agency said in a statement, according to the study',
    text: `Ancient river system found beneath Antarctic ice

Wednesday, April 15, 2026

Scientists have found evidence of a large river system that flowed across West Antarctica about 40 million years ago, before the continent froze over, according to a study published on Monday in the journal Nature Geoscience.

The researchers, led by geologist Dr Hannah Lindqvist of the University of Bergen, drilled sediment cores from beneath the Thwaites Glacier. In the paper, they wrote that the sediments "record a temperate landscape with rivers, forests and swamps."

Lindqvist told Wikinews the find was "a window into a world that no longer exists." She said the team had been surprised by how well the pollen in the cores had been preserved.

Co-author Professor Tomás Ibarra, of the University of Chile, cautioned that the river's exact course was still uncertain. "We have three cores, not a map," he said. "We need many more."

The British Antarctic Survey, which supported the drilling, said in a statement that the work would help scientists understand how quickly the ice sheet could retreat in a warmer climate.`,
    claims: [
      {
        s: 'according to a study published on Monday',
        speakers: [
          'a study published on Monday in the journal Nature Geoscience',
          'study published on Monday in the journal Nature Geoscience',
          'study',
          'a study',
        ],
      },
      {
        s: 'In the paper, they wrote that the sediments',
        speakers: ['researchers', 'The researchers', 'Hannah Lindqvist'],
      },
      { s: 'Lindqvist told Wikinews the find', speakers: ['Hannah Lindqvist'] },
      { s: 'She said the team had been surprised', speakers: ['Hannah Lindqvist'] },
      { s: 'Tomás Ibarra, of the University of Chile, cautioned', speakers: ['Tomás Ibarra'] },
      { s: '"We have three cores, not a map," he said.', speakers: ['Tomás Ibarra'], direct: true },
      { s: '"We need many more."', speakers: ['Tomás Ibarra'], direct: true },
      { s: 'which supported the drilling, said in a statement', speakers: ['British Antarctic Survey'] },
    ],
  },
  {
    name: 'football: a manager admitted after the match, told BBC Sport, a captain, the club said, joked',
    text: `Hartley admits Rovers "got what we deserved" after cup exit

Bristol Rovers manager Neil Hartley admitted his side "got what we deserved" after they were knocked out of the FA Cup by fourth-tier Crawley Town on Saturday.

Crawley won 2-0 with goals from Jay Mensah and Callum Reid in front of a sold-out crowd.

"We didn't turn up in the first half. You can't do that in this competition," Hartley told BBC Sport. "I take responsibility for that. It's on me."

Crawley boss Sophie Turner, the first woman to manage a men's side in the fourth round of the competition, joked that she would "have to buy the players a drink or two tonight." She said her side had deserved the win and praised her goalkeeper, Ben Oduya, for two late saves.

Rovers captain Luke Ferris apologised to the travelling fans. "They paid good money to watch that, and we let them down," he said.

The club said in a statement that Hartley retained the full backing of the board.`,
    claims: [
      { s: 'Hartley admits Rovers', speakers: ['Neil Hartley'], optional: true },
      { s: 'Neil Hartley admitted his side', speakers: ['Neil Hartley'] },
      { s: '"We didn\'t turn up in the first half.', speakers: ['Neil Hartley'], direct: true },
      { s: 'You can\'t do that in this competition," Hartley told', speakers: ['Neil Hartley'], direct: true },
      { s: '"I take responsibility for that.', speakers: ['Neil Hartley'], direct: true },
      { s: 'It\'s on me."', speakers: ['Neil Hartley'], direct: true },
      { s: 'joked that she would', speakers: ['Sophie Turner'] },
      { s: 'She said her side had deserved the win', speakers: ['Sophie Turner'] },
      { s: 'Luke Ferris apologised to the travelling fans', speakers: ['Luke Ferris'], optional: true },
      { s: '"They paid good money to watch that', speakers: ['Luke Ferris'], direct: true },
      { s: 'The club said in a statement that Hartley', speakers: ['Bristol Rovers', 'club', 'The club'] },
    ],
  },
  {
    name: 'translated officials: through an interpreter, quoted by TASS as saying, a ministry spokesperson told a regular briefing, in remarks broadcast on state television',
    text: `Turkey offers to host new round of Black Sea talks

ANKARA, May 6 (Reuters) - Turkey is ready to host a new round of talks on shipping in the Black Sea, Foreign Minister Kemal Aydin said on Wednesday, after a meeting with his Ukrainian counterpart in Ankara.

"Our doors are open to both sides. We have done this before, and we can do it again," Aydin told a joint news conference, speaking through an interpreter.

Ukraine's foreign minister, Oksana Marchenko, said Kyiv would take part in any talks that guaranteed the safety of its grain ships. She thanked Turkey for its "consistent support."

Russian Deputy Foreign Minister Pavel Gromov was quoted by the TASS news agency as saying that Moscow had received no formal proposal. In remarks broadcast on state television later, Kremlin spokesman Igor Belov said Russia "remains open to dialogue" but would not accept preconditions.

China's foreign ministry spokesperson Wang Lei told a regular news briefing in Beijing that China supported "all efforts conducive to peace."`,
    claims: [
      { s: 'Foreign Minister Kemal Aydin said on Wednesday', speakers: ['Kemal Aydin'] },
      { s: '"Our doors are open to both sides.', speakers: ['Kemal Aydin'], direct: true },
      { s: 'We have done this before, and we can do it again," Aydin told', speakers: ['Kemal Aydin'], direct: true },
      { s: 'Oksana Marchenko, said Kyiv would take part', speakers: ['Oksana Marchenko'] },
      { s: 'She thanked Turkey for its', speakers: ['Oksana Marchenko'] },
      { s: 'Pavel Gromov was quoted by the TASS', speakers: ['Pavel Gromov'] },
      { s: 'Igor Belov said Russia', speakers: ['Igor Belov'] },
      { s: 'Wang Lei told a regular news briefing', speakers: ['Wang Lei'] },
    ],
  },
  {
    name: 'unnamed officials: speaking on condition of anonymity, two people briefed on the matter, the person said, a White House spokesman said in an email, did not immediately respond',
    text: `U.S. weighs new curbs on chip equipment sales to China, sources say

WASHINGTON, Sept 9 (Reuters) - The Biden administration is considering new restrictions on sales of chipmaking equipment to China that would cover older machines, two people briefed on the matter said, a move that would hit Dutch and Japanese suppliers.

The rules could be announced as early as next month, one of the people said. The person, who spoke on condition of anonymity because the talks are private, said officials were still debating how to treat machines already installed in Chinese factories.

A senior administration official, speaking on condition of anonymity, said the United States was "in close contact with our allies" about the plans but declined to give details.

White House spokesman Adam Reyes said in an email that the administration did not comment on possible export controls.

The Dutch trade ministry did not immediately respond to a request for comment. ASML, the largest Dutch supplier, said it was aware of the reports and was "following developments closely."`,
    claims: [
      { s: 'U.S. weighs new curbs on chip equipment', speakers: ['sources'], optional: true },
      {
        s: 'The Biden administration is considering new restrictions',
        speakers: ['two people briefed on the matter', 'people briefed on the matter', 'two people', 'people'],
      },
      {
        s: 'The rules could be announced as early as next month',
        speakers: [
          'one of the people',
          'two people briefed on the matter',
          'people briefed on the matter',
          'people',
          'One',
        ],
      },
      {
        s: 'The person, who spoke on condition of anonymity',
        speakers: ['The person', 'person', 'one of the people', 'two people briefed on the matter', 'people'],
      },
      {
        s: 'A senior administration official, speaking on condition',
        speakers: ['A senior administration official', 'senior administration official', 'official'],
      },
      { s: 'Adam Reyes said in an email', speakers: ['Adam Reyes'] },
      { s: 'did not immediately respond to a request', speakers: [], optional: true },
      { s: 'ASML, the largest Dutch supplier, said', speakers: ['ASML'] },
    ],
  },
];

/**
 * Written blind on 1 Dec 2026 (nineteenth batch), after the fixes for the eighteenth and before
 * the detector was run on it: a Supreme Court ruling with a majority opinion, a dissent and
 * reactions; a rally with "the vice president", "the Republican nominee", a press release and a
 * poll; a Wikinews interview answered in turns; an automaker that "told Reuters" and a source
 * close to the company; a cycling stage with a rider speaking through a translator and ''…''
 * quotes; a central bank governor quoted in a local newspaper and a prime minister in « ».
 */
export const NEWS_CASES_19: NewsCase[] = [
  {
    name: 'Supreme Court: wrote for the majority, in a dissent, the justices, the ruling said, a group hailed, the attorney general vowed',
    text: `Supreme Court upholds Idaho limits on ballot drop boxes

WASHINGTON (AP) — The Supreme Court on Thursday upheld an Idaho law that limits each county to one ballot drop box, ruling 6-3 that the state had not placed an undue burden on voters.

Justice Samuel Alito wrote for the majority that states have "broad latitude" to set the time, place and manner of elections. "Nothing in the Constitution requires a State to make voting as convenient as possible," he wrote.

In a dissent joined by two other justices, Justice Sonia Sotomayor said the law would fall hardest on rural voters who live hours from a county seat. "Today's decision tells those voters that their inconvenience does not count," she wrote.

The League of Women Voters of Idaho, which brought the challenge, called the decision "a step backward for every citizen of this state." Idaho Attorney General Ron Hadley hailed the ruling and vowed to defend the state's other election laws "all the way to this court if necessary."

The justices did not rule on a separate challenge to the state's voter identification requirements, which is pending in a lower court.`,
    claims: [
      { s: 'Samuel Alito wrote for the majority that', speakers: ['Samuel Alito'] },
      { s: '"Nothing in the Constitution requires', speakers: ['Samuel Alito'], direct: true },
      { s: 'Sonia Sotomayor said the law would fall hardest', speakers: ['Sonia Sotomayor'] },
      { s: '"Today\'s decision tells those voters', speakers: ['Sonia Sotomayor'], direct: true },
      {
        s: 'which brought the challenge, called the decision',
        speakers: ['League of Women Voters of Idaho', 'The League of Women Voters of Idaho', 'League of Women Voters'],
      },
      { s: 'Ron Hadley hailed the ruling and vowed', speakers: ['Ron Hadley'] },
    ],
  },
  {
    name: 'rally: the vice president, the Republican nominee, told the crowd, a press release, according to a poll, posted a video',
    text: `Harris rallies Wisconsin Democrats as polls tighten

MILWAUKEE — Vice President Kamala Harris told several thousand supporters at a rally in Milwaukee on Saturday that the election would be decided "by the people in this room and the people you talk to this week."

The vice president spent much of her 25-minute speech on the economy. She promised to cut taxes for families with children and accused her opponent of "looking out for his billionaire friends."

The Republican nominee, Senator Tom Cotton, was campaigning in Pennsylvania on the same day. In a press release, his campaign said Harris had "no plan for inflation and no plan for the border."

According to a Marquette Law School poll released on Wednesday, the two candidates are tied at 48% among likely voters in Wisconsin.

Cotton later posted a video on X in which he mocked Harris's rally as "a party for the coastal elite." Harris's campaign spokesman, Michael Tyler, said in a statement that Cotton "should spend less time online and more time with voters."`,
    claims: [
      { s: 'Kamala Harris told several thousand supporters', speakers: ['Kamala Harris'] },
      { s: 'She promised to cut taxes for families', speakers: ['Kamala Harris'] },
      {
        s: 'In a press release, his campaign said Harris',
        speakers: ['his campaign', 'campaign', 'Tom Cotton', "Cotton's campaign"],
      },
      {
        s: 'According to a Marquette Law School poll',
        speakers: [
          'Marquette Law School poll released on Wednesday',
          'Marquette Law School poll',
          'a Marquette Law School poll',
          'Marquette Law School',
          'poll',
        ],
      },
      { s: 'Cotton later posted a video on X', speakers: ['Tom Cotton'] },
      { s: 'Michael Tyler, said in a statement that Cotton', speakers: ['Michael Tyler'] },
    ],
  },
  {
    name: 'Wikinews interview: questions and answers in turns, the candidate told Wikinews, an answer over two sentences',
    text: `Wikinews interviews independent candidate for Tasmanian seat of Clark

Sunday, February 8, 2026

Wikinews spoke to Meredith Lowe, an independent candidate standing for the seat of Clark in the upcoming Tasmanian state election, about housing, forestry and her decision to leave the Greens.

Lowe, a former nurse, told Wikinews she had joined the race because "nobody in parliament seems to know what a rental inspection looks like."

Asked why she had left the Greens after eleven years, she said the party had become "more interested in winning arguments than winning seats." She added that she still agreed with most of its policies.

On forestry, Lowe said she supported a gradual end to native forest logging. "We can't tell a town that its mill is closing on Friday. We have to give people ten years, not ten days," she said.

The Tasmanian Greens did not respond to a request for comment on her remarks.`,
    claims: [
      { s: 'Lowe, a former nurse, told Wikinews', speakers: ['Meredith Lowe'] },
      { s: 'Asked why she had left the Greens', speakers: ['Meredith Lowe'] },
      { s: 'She added that she still agreed', speakers: ['Meredith Lowe'] },
      { s: 'On forestry, Lowe said she supported', speakers: ['Meredith Lowe'] },
      { s: '"We can\'t tell a town that its mill', speakers: ['Meredith Lowe'], direct: true },
      { s: 'We have to give people ten years, not ten days," she said.', speakers: ['Meredith Lowe'], direct: true },
      { s: 'The Tasmanian Greens did not respond', speakers: [], optional: true },
    ],
  },
  {
    name: 'automaker: told Reuters, a source close to the company, said in an emailed statement, declined to comment, a union leader',
    text: `Stellantis to cut shifts at Italian plant as EV demand stalls

MILAN, Oct 14 (Reuters) - Stellantis will cut a shift at its Mirafiori plant in Turin from next month because of weak demand for its electric Fiat 500, the company said on Monday.

About 1,100 workers will be placed on temporary leave until at least February, Stellantis said in an emailed statement. It said it was "fully committed" to the plant's future.

A source close to the company told Reuters the group was also considering moving production of a hybrid model to Mirafiori to make up for lost volumes, but no decision had been taken. Stellantis declined to comment on the report.

Edi Lazzi, head of the FIOM metalworkers' union in Turin, said the decision was "a slap in the face" for workers who had already spent months on furlough. "They keep promising new models. We have not seen one," he said.

Italy's industry minister, Adolfo Urso, said the government would summon Stellantis management to Rome next week.`,
    claims: [
      { s: 'the company said on Monday', speakers: ['Stellantis', 'company'] },
      { s: 'Stellantis said in an emailed statement', speakers: ['Stellantis'] },
      { s: 'It said it was "fully committed"', speakers: ['Stellantis'] },
      {
        s: 'A source close to the company told Reuters',
        speakers: ['A source close to the company', 'source close to the company', 'source'],
      },
      { s: 'Stellantis declined to comment on the report', speakers: [], optional: true },
      { s: 'Edi Lazzi, head of the FIOM', speakers: ['Edi Lazzi'] },
      { s: '"They keep promising new models.', speakers: ['Edi Lazzi'], direct: true },
      { s: 'We have not seen one," he said.', speakers: ['Edi Lazzi'], direct: true },
      { s: 'Adolfo Urso, said the government would summon', speakers: ['Adolfo Urso'] },
    ],
  },
  {
    name: "cycling: ''…'' quotes, through a translator, the Dane, his team's sporting director, the race leader",
    text: `Vingegaard wins queen stage to take yellow jersey

PLATEAU DE BEILLE, France — Jonas Vingegaard of Denmark won the 15th stage of the Tour de France on Sunday, attacking on the final climb to take the overall lead from Tadej Pogacar.

''I felt good from the bottom. I knew that if I waited, it would be too late,'' Vingegaard said through a translator after the stage. ''Today was the day.''

The Dane, who won the Tour in 2022 and 2023, now leads Pogacar by 28 seconds with six stages left.

Pogacar, who finished 41 seconds behind, admitted that he had "paid for the heat." He said he would try to win back time in the final time trial in Nice.

Vingegaard's sporting director, Grischa Niermann, was more cautious. ''Twenty-eight seconds is nothing,'' he said. ''The Tour is won in Paris, not in the Pyrenees.''`,
    claims: [
      { s: "''I felt good from the bottom.", speakers: ['Jonas Vingegaard'], direct: true },
      { s: 'I knew that if I waited', speakers: ['Jonas Vingegaard'], direct: true },
      { s: "''Today was the day.''", speakers: ['Jonas Vingegaard'], direct: true },
      { s: 'Pogacar, who finished 41 seconds behind, admitted', speakers: ['Tadej Pogacar'] },
      { s: 'He said he would try to win back time', speakers: ['Tadej Pogacar'] },
      { s: "''Twenty-eight seconds is nothing,'' he said.", speakers: ['Grischa Niermann'], direct: true },
      { s: "''The Tour is won in Paris", speakers: ['Grischa Niermann'], direct: true },
    ],
  },
  {
    name: 'central bank and a prime minister: quoted by a newspaper, « » after a colon, said in French, the governor, the opposition leader denounced',
    text: `Senegal central bank chief sees inflation easing

DAKAR, June 2 (Reuters) - Inflation in Senegal should fall below 3% by the end of the year as food prices ease, the governor of the regional central bank, Jean-Claude Kassi Brou, was quoted as saying by the daily newspaper Le Soleil on Monday.

The governor told the newspaper that the bank was ready to cut interest rates "as soon as the data allow."

Prime Minister Ousmane Diop was more direct in a speech to parliament: « Les prix vont baisser. » He said the government would extend subsidies on rice and cooking oil until December.

Opposition leader Aminata Fall denounced the subsidies as "a gift paid for with borrowed money." She said her party would vote against the budget.`,
    claims: [
      { s: 'Inflation in Senegal should fall below 3%', speakers: ['Jean-Claude Kassi Brou'] },
      { s: 'The governor told the newspaper that', speakers: ['Jean-Claude Kassi Brou'] },
      { s: 'Prime Minister Ousmane Diop was more direct', speakers: ['Ousmane Diop'], direct: true },
      { s: 'He said the government would extend subsidies', speakers: ['Ousmane Diop'] },
      { s: 'Aminata Fall denounced the subsidies', speakers: ['Aminata Fall'] },
      { s: 'She said her party would vote against', speakers: ['Aminata Fall'] },
    ],
  },
];

/**
 * Written blind on 1 Dec 2026 (twentieth batch), after the fixes for the eighteenth and
 * nineteenth and before the detector was run on it: a Wikinews earthquake report with police
 * and a mayor quoted through local media and "reportedly"; a Senate race with "the former
 * president" campaigning for a candidate, an op-ed, "in a post on Facebook" and "the 45-year-old";
 * a Reuters energy story with an analyst, "in comments translated by", a minister who "stated"
 * and an unnamed official; a courtroom sentencing with a victim's mother; a tech layoff with an
 * internal memo "seen by Reuters"; a tennis final with "the Spaniard".
 */
export const NEWS_CASES_20: NewsCase[] = [
  {
    name: 'Wikinews earthquake: according to police, told local media, reportedly said, a seismology institute, said on Facebook',
    text: `Magnitude 6.1 earthquake strikes central Peru

Thursday, August 20, 2026

A magnitude 6.1 earthquake struck the Ayacucho region of central Peru on Wednesday afternoon, killing at least four people and damaging hundreds of homes, according to police.

Peru's Geophysical Institute said the quake's epicentre was about 40 kilometres south of the city of Huanta, at a depth of 60 kilometres.

The mayor of Huanta, Rosa Quispe, told local media that the town's hospital had been evacuated as a precaution. "The walls have cracks everywhere. We cannot risk keeping patients inside," she said.

President Jorge Salas reportedly said he would travel to the region on Thursday. In a post on Facebook, the national civil defence agency urged residents to stay away from damaged buildings.

Aftershocks continued through the night, the institute said.`,
    claims: [
      { s: 'killing at least four people and damaging hundreds of homes, according to police', speakers: ['police'] },
      {
        s: "Peru's Geophysical Institute said the quake",
        speakers: ["Peru's Geophysical Institute", 'Geophysical Institute'],
      },
      { s: 'Rosa Quispe, told local media that', speakers: ['Rosa Quispe'] },
      { s: '"The walls have cracks everywhere.', speakers: ['Rosa Quispe'], direct: true },
      { s: 'We cannot risk keeping patients inside," she said.', speakers: ['Rosa Quispe'], direct: true },
      { s: 'Jorge Salas reportedly said', speakers: ['Jorge Salas'] },
      {
        s: 'In a post on Facebook, the national civil defence agency urged',
        speakers: [
          'national civil defence agency',
          'the national civil defence agency',
          'civil defence agency',
          'agency',
        ],
      },
      {
        s: 'Aftershocks continued through the night, the institute said.',
        speakers: ["Peru's Geophysical Institute", 'Geophysical Institute', 'institute'],
      },
    ],
  },
  {
    name: 'Senate race: the former president at a rally, the 45-year-old, an op-ed, in a post on Facebook, the Democrat, a spokeswoman said in a text message',
    text: `Trump stumps for Kari Lake in Arizona as Senate race tightens

PHOENIX — Former President Donald Trump urged Arizona Republicans on Friday to turn out for Senate candidate Kari Lake, telling a rally in Phoenix that she would be "the toughest senator in Washington."

"She's a fighter. She never gives up, and that's what we need," the former president said. "Get your friends, get your family, and vote."

Lake, who lost the 2022 governor's race, thanked Trump and repeated her promise to finish the border wall. The 54-year-old said she was "more confident than ever" about November.

Her Democratic opponent, Rep. Ruben Gallego, wrote in an op-ed in The Arizona Republic on Thursday that Lake had "spent two years denying an election she lost." In a post on Facebook, the Democrat said he would spend the weekend knocking on doors in Tucson.

A spokeswoman for Lake, Ellie Martinez, said in a text message that Gallego was "running from his own record."`,
    claims: [
      { s: 'Former President Donald Trump urged Arizona Republicans', speakers: ['Donald Trump'] },
      { s: '"She\'s a fighter.', speakers: ['Donald Trump'], direct: true },
      { s: 'She never gives up, and that', speakers: ['Donald Trump'], direct: true },
      { s: '"Get your friends, get your family, and vote."', speakers: ['Donald Trump'], direct: true },
      { s: 'Lake, who lost the 2022 governor', speakers: ['Kari Lake'], optional: true },
      { s: 'The 54-year-old said she was', speakers: ['Kari Lake'] },
      { s: 'Ruben Gallego, wrote in an op-ed', speakers: ['Ruben Gallego'] },
      { s: 'In a post on Facebook, the Democrat said', speakers: ['Ruben Gallego'] },
      { s: 'Ellie Martinez, said in a text message', speakers: ['Ellie Martinez'] },
    ],
  },
  {
    name: 'energy wire: an analyst said, in comments translated by, stated, an official who asked not to be named, the company did not reply',
    text: `Nigeria's Dangote refinery cuts petrol price for second time in a month

LAGOS, Sept 3 (Reuters) - Nigeria's Dangote refinery cut the price of petrol it sells to marketers by 4% on Tuesday, the second cut in a month, as competition with imported fuel intensifies.

The refinery's spokesman, Anthony Chiejina, said the new price of 890 naira a litre reflected lower crude costs and would be "passed on in full" to motorists.

"This is a price war, and the refinery has the deeper pockets," said Ayodele Oni, an energy analyst at Lagos law firm Bloomfield. He said importers would struggle to match the price for long.

Minister of State for Petroleum Resources Ekperikpe Ekpo stated that the government supported any move that lowered costs for consumers, in comments translated by his office from a speech in Pidgin.

An official at the state oil company NNPC, who asked not to be named because he was not authorised to speak to the media, said the company would review its own pump prices this week. NNPC did not reply to a request for comment.`,
    claims: [
      { s: 'Anthony Chiejina, said the new price', speakers: ['Anthony Chiejina'] },
      {
        s: '"This is a price war, and the refinery has the deeper pockets," said',
        speakers: ['Ayodele Oni'],
        direct: true,
      },
      { s: 'He said importers would struggle', speakers: ['Ayodele Oni'] },
      { s: 'Ekperikpe Ekpo stated that the government', speakers: ['Ekperikpe Ekpo'] },
      {
        s: 'An official at the state oil company NNPC, who asked not to be named',
        speakers: ['An official at the state oil company NNPC', 'official at the state oil company NNPC', 'official'],
      },
      { s: 'NNPC did not reply to a request for comment.', speakers: [], optional: true },
    ],
  },
  {
    name: "sentencing: the judge told the defendant, a victim's mother read a statement, the prosecutor argued, the defendant's lawyer said he would appeal",
    text: `Driver jailed for 12 years over crash that killed three cyclists

A driver who killed three cyclists while more than twice the legal alcohol limit was jailed for 12 years on Monday at Leeds Crown Court.

Judge Catherine Ward told Marcus Heap, 31, that he had "destroyed three families in a single moment of selfishness." She said his decision to drive after drinking for six hours was "beyond comprehension."

In a statement read to the court, the mother of one victim, 19-year-old Ellie Thornton, said her daughter had been "the brightest light in every room." "I will never hear her laugh again. I will never see her graduate," she said.

Prosecutor Daniel Osei argued that Heap had shown no remorse until his arrest. Heap's barrister, Sarah Linton, told the court her client was "horrified" by what he had done.

Outside court, Ms Linton said Heap would not appeal the sentence.`,
    claims: [
      { s: 'Catherine Ward told Marcus Heap', speakers: ['Catherine Ward'] },
      { s: 'She said his decision to drive', speakers: ['Catherine Ward'] },
      {
        s: 'In a statement read to the court, the mother of one victim',
        speakers: ['the mother of one victim', 'mother of one victim', 'mother'],
      },
      {
        s: '"I will never hear her laugh again.',
        speakers: ['the mother of one victim', 'mother of one victim', 'mother'],
        direct: true,
      },
      {
        s: 'I will never see her graduate," she said.',
        speakers: ['the mother of one victim', 'mother of one victim', 'mother'],
        direct: true,
      },
      { s: 'Daniel Osei argued that Heap', speakers: ['Daniel Osei'] },
      { s: 'Sarah Linton, told the court her client', speakers: ['Sarah Linton'] },
      { s: 'Outside court, Ms Linton said Heap would not appeal', speakers: ['Sarah Linton'] },
    ],
  },
  {
    name: 'tech layoffs: a memo seen by Reuters, wrote in the memo, the company confirmed, an employee who spoke on condition of anonymity',
    text: `Zoomcart to cut 15% of staff in restructuring, memo shows

SAN FRANCISCO, Jan 22 (Reuters) - Online grocery company Zoomcart will cut about 15% of its workforce, or roughly 900 jobs, as it shuts its delivery operations in three states, according to an internal memo seen by Reuters.

Chief Executive Priya Natarajan wrote in the memo that the company had "grown faster than our business could support." She told employees that those affected would receive 16 weeks of severance pay.

Zoomcart confirmed the cuts in an emailed statement but declined to say which states would be affected.

One employee in the company's Denver office, who spoke on condition of anonymity because she was not allowed to speak to the press, said staff had learned of the cuts from news reports before the memo arrived. "Nobody told us anything. We found out on Twitter," she said.`,
    claims: [
      { s: 'Zoomcart to cut 15% of staff in restructuring, memo shows', speakers: ['memo'], optional: true },
      {
        s: 'according to an internal memo seen by Reuters',
        speakers: ['an internal memo seen by Reuters', 'internal memo seen by Reuters', 'internal memo', 'memo'],
      },
      { s: 'Priya Natarajan wrote in the memo', speakers: ['Priya Natarajan'] },
      { s: 'She told employees that those affected', speakers: ['Priya Natarajan'] },
      { s: 'Zoomcart confirmed the cuts in an emailed statement', speakers: ['Zoomcart'], optional: true },
      {
        s: "One employee in the company's Denver office",
        speakers: ["One employee in the company's Denver office", 'employee', 'One employee'],
      },
      {
        s: '"Nobody told us anything.',
        speakers: ["One employee in the company's Denver office", 'employee', 'One employee'],
        direct: true,
      },
      {
        s: 'We found out on Twitter," she said.',
        speakers: ["One employee in the company's Denver office", 'employee', 'One employee'],
        direct: true,
      },
    ],
  },
  {
    name: 'tennis final: the Spaniard, told reporters, a quotation over two sentences, the loser conceded, his coach',
    text: `Alcaraz beats Sinner to win US Open title

NEW YORK — Carlos Alcaraz won his second US Open title on Sunday, beating Jannik Sinner 6-4 3-6 6-3 7-6 in a final that lasted nearly four hours.

"It was the hardest match I have ever played in New York. Jannik pushed me to the limit," the Spaniard told reporters afterwards.

Sinner conceded that he had "made too many mistakes in the big moments." The Italian said he was proud of his tournament and would be back next year.

Alcaraz's coach, Juan Carlos Ferrero, said his player had grown up "a lot" in the past 12 months.`,
    claims: [
      { s: '"It was the hardest match I have ever played', speakers: ['Carlos Alcaraz'], direct: true },
      { s: 'Jannik pushed me to the limit," the Spaniard told', speakers: ['Carlos Alcaraz'], direct: true },
      { s: 'Sinner conceded that he had', speakers: ['Jannik Sinner'] },
      { s: 'The Italian said he was proud', speakers: ['Jannik Sinner'] },
      { s: 'Juan Carlos Ferrero, said his player', speakers: ['Juan Carlos Ferrero'] },
    ],
  },
];

/**
 * Written blind on 1 Dec 2026 (twenty-first batch), after the fixes for the twentieth and
 * before the detector was run on it: a running mate and a fundraising email, exit polls and a
 * survey; people familiar with plans and "two of the sources"; a Wikinews report where a
 * broadcaster "reported" and a police chief spoke at a press conference; a medical study with
 * "wrote the authors" and an expert "who was not involved in the study"; a televised address
 * and a news agency; a paragraph quotation left open and continued.
 */
export const NEWS_CASES_21: NewsCase[] = [
  {
    name: 'running mate: a fundraising email, the Ohio senator, exit polls showed, AP VoteCast found, a surrogate told Fox News',
    text: `Vance courts union voters in Michigan as Democrats hit airwaves

DETROIT — Republican vice presidential nominee JD Vance told autoworkers at a union hall outside Detroit on Monday that the Democrats had "abandoned the people who build things in this country."

The Ohio senator spoke for about 20 minutes and took questions from the audience. He said a second Trump administration would put tariffs on cars made in Mexico "on day one."

In a fundraising email sent hours later, the Harris campaign said Vance had "never met a factory he wouldn't close for a donor." Michigan Gov. Gretchen Whitmer, a Harris surrogate, told Fox News on Tuesday that union members "know who has stood on the picket line with them."

In 2020, exit polls showed Joe Biden winning union households in Michigan by 25 points. An AP VoteCast survey found that inflation was the top concern for voters in the state.`,
    claims: [
      { s: 'JD Vance told autoworkers at a union hall', speakers: ['JD Vance'] },
      { s: 'He said a second Trump administration', speakers: ['JD Vance'] },
      {
        s: 'In a fundraising email sent hours later, the Harris campaign said',
        speakers: ['Harris campaign', 'the Harris campaign', 'Harris', 'Kamala Harris'],
      },
      { s: 'Gretchen Whitmer, a Harris surrogate, told Fox News', speakers: ['Gretchen Whitmer'] },
      { s: 'exit polls showed Joe Biden winning', speakers: ['exit polls'] },
      {
        s: 'An AP VoteCast survey found that inflation',
        speakers: ['AP VoteCast survey', 'An AP VoteCast survey', 'AP VoteCast', 'survey'],
      },
    ],
  },
  {
    name: 'bank merger wire: a person familiar with the plans who declined to be identified, two of the sources, the bank declined to comment, a spokesman said in an email',
    text: `UniCredit weighs bid for Commerzbank stake, sources say

MILAN/FRANKFURT, Sept 11 (Reuters) - UniCredit is considering raising its stake in Commerzbank to nearly 30%, three people with knowledge of the matter said, a move that would put Italy's second-largest bank in position to launch a full takeover.

UniCredit Chief Executive Andrea Orcel has discussed the plan with the bank's board, said a person familiar with the plans, who declined to be identified because the talks are private.

Two of the sources said the German government, which owns 12% of Commerzbank, had not yet been informed. "Berlin will not like this. But they cannot stop it," one of them said.

UniCredit declined to comment. A spokesman for Commerzbank said in an email that the bank was "focused on its own strategy."

Germany's finance ministry said on Wednesday that it would not sell any more of its shares for now.`,
    claims: [
      { s: 'UniCredit weighs bid for Commerzbank stake, sources say', speakers: ['sources'], optional: true },
      {
        s: 'UniCredit is considering raising its stake',
        speakers: [
          'three people with knowledge of the matter',
          'people with knowledge of the matter',
          'three people',
          'people',
        ],
      },
      {
        s: 'Andrea Orcel has discussed the plan',
        speakers: ['a person familiar with the plans', 'person familiar with the plans', 'person'],
      },
      {
        s: 'Two of the sources said the German government',
        speakers: ['Two of the sources', 'sources', 'three people with knowledge of the matter', 'Two'],
      },
      {
        s: '"Berlin will not like this.',
        speakers: ['one of them', 'Two of the sources', 'sources', 'three people with knowledge of the matter', 'One'],
        direct: true,
      },
      {
        s: 'But they cannot stop it," one of them said.',
        speakers: ['one of them', 'Two of the sources', 'sources', 'three people with knowledge of the matter', 'One'],
        direct: true,
      },
      { s: 'UniCredit declined to comment.', speakers: [], optional: true },
      {
        s: 'A spokesman for Commerzbank said in an email',
        speakers: ['A spokesman for Commerzbank', 'spokesman for Commerzbank', 'spokesman', 'Commerzbank'],
      },
      {
        s: "Germany's finance ministry said on Wednesday",
        speakers: ["Germany's finance ministry", 'finance ministry', 'Germany'],
      },
    ],
  },
  {
    name: 'Wikinews stabbing: a broadcaster reported, a police chief at a press conference, a witness told the newspaper, the prime minister wrote on X',
    text: `Three injured in stabbing at Oslo shopping centre

Tuesday, November 10, 2026

Three people were injured in a stabbing at a shopping centre in central Oslo on Monday evening, Norwegian police said. A 24-year-old man was arrested at the scene.

Public broadcaster NRK reported that two of the victims were teenagers. Police chief Lars Eriksen told a press conference late on Monday that the man was known to police but that there was "no indication" of a terrorist motive.

A witness, Ingrid Solberg, told the newspaper Aftenposten she had seen a man "running with a knife in his hand" past a pharmacy. "People were screaming and hiding in the shops," she said.

Prime Minister Jonas Gahr Støre wrote on X that his thoughts were with the victims and their families.`,
    claims: [
      { s: 'Three people were injured in a stabbing', speakers: ['police', 'Norwegian police'] },
      { s: 'Public broadcaster NRK reported that', speakers: ['NRK'] },
      { s: 'Lars Eriksen told a press conference', speakers: ['Lars Eriksen'] },
      { s: 'Ingrid Solberg, told the newspaper Aftenposten', speakers: ['Ingrid Solberg'] },
      { s: '"People were screaming and hiding in the shops," she said.', speakers: ['Ingrid Solberg'], direct: true },
      { s: 'Jonas Gahr Støre wrote on X that', speakers: ['Jonas Gahr Støre'] },
    ],
  },
  {
    name: 'medical study: the researchers found, wrote the authors, an expert not involved in the study, the drugmaker said in a statement',
    text: `Weekly insulin shot works as well as daily doses, trial finds

A once-weekly insulin injection controlled blood sugar as well as daily shots in people with type 2 diabetes, according to a large trial published on Saturday in The New England Journal of Medicine.

The researchers found that patients on the weekly shot had slightly fewer episodes of low blood sugar. "A weekly option could make insulin far easier to start and to stick with," wrote the authors, led by Dr. Julio Rosenstock of the University of Texas.

Dr. Anne Peters, a diabetes specialist at the University of Southern California who was not involved in the study, said the results were "impressive." She cautioned that the trial lasted only a year.

Novo Nordisk, which makes the drug and paid for the trial, said in a statement that it would seek approval in the United States this year.`,
    claims: [
      { s: 'Weekly insulin shot works as well as daily doses, trial finds', speakers: ['trial'], optional: true },
      {
        s: 'according to a large trial published on Saturday',
        speakers: [
          'a large trial published on Saturday in The New England Journal of Medicine',
          'large trial',
          'trial',
          'a large trial',
        ],
      },
      { s: 'The researchers found that patients', speakers: ['researchers', 'The researchers'] },
      {
        s: '"A weekly option could make insulin far easier',
        speakers: ['authors', 'the authors', 'Julio Rosenstock'],
        direct: true,
      },
      { s: 'Anne Peters, a diabetes specialist', speakers: ['Anne Peters'] },
      { s: 'She cautioned that the trial lasted', speakers: ['Anne Peters'] },
      { s: 'Novo Nordisk, which makes the drug and paid for the trial, said', speakers: ['Novo Nordisk'] },
    ],
  },
  {
    name: 'televised address and a news agency: said in a televised address, « » quotation over two sentences, Xinhua reported, the ministry said on its website, a paragraph left open',
    text: `Philippines recalls ambassador after South China Sea collision

MANILA, June 18 (Reuters) - The Philippines recalled its ambassador to Beijing on Tuesday after a Chinese coast guard vessel collided with a Philippine supply boat near a disputed shoal, injuring one sailor.

President Ferdinand Marcos Jr. said in a televised address that the collision was "a deliberate act" and that Manila would file a diplomatic protest. « We will not be intimidated. We will not give up one square inch », he said.

China's foreign ministry said on its website that the Philippine boat had "illegally intruded" into Chinese waters. Xinhua news agency reported that the Chinese vessel had acted "professionally and with restraint."

Philippine Defence Secretary Gilberto Teodoro said the injured sailor was in a stable condition. "He lost a finger. He did not lose his courage.

"Our sailors will go back to that shoal next week, and the week after," Teodoro said.`,
    claims: [
      { s: 'Ferdinand Marcos Jr. said in a televised address', speakers: ['Ferdinand Marcos Jr.', 'Ferdinand Marcos'] },
      { s: '« We will not be intimidated.', speakers: ['Ferdinand Marcos Jr.', 'Ferdinand Marcos'], direct: true },
      {
        s: 'We will not give up one square inch »',
        speakers: ['Ferdinand Marcos Jr.', 'Ferdinand Marcos'],
        direct: true,
      },
      {
        s: "China's foreign ministry said on its website",
        speakers: ["China's foreign ministry", 'foreign ministry', 'China'],
      },
      { s: 'Xinhua news agency reported that', speakers: ['Xinhua news agency', 'Xinhua'] },
      { s: 'Gilberto Teodoro said the injured sailor', speakers: ['Gilberto Teodoro'] },
      { s: '"He lost a finger.', speakers: ['Gilberto Teodoro'], direct: true },
      { s: 'He did not lose his courage.', speakers: ['Gilberto Teodoro'], direct: true },
      { s: '"Our sailors will go back to that shoal', speakers: ['Gilberto Teodoro'], direct: true },
    ],
  },
];

/**
 * Written blind on 1 Dec 2026 (twenty-second batch), after the fixes for the twenty-first and
 * before the detector was run on it: a fact-checked town hall with "falsely claimed" and a
 * governor's office; an indictment that "alleges" and prosecutors in a court filing; oil traders
 * and analysts "in a note" with curly quotes; Japan's chief cabinet secretary at a regular news
 * conference and a prime minister who "told parliament"; a club that "confirmed" and a manager's
 * post-match interview with nested ‘ ’ inside “ ”.
 */
export const NEWS_CASES_22: NewsCase[] = [
  {
    name: 'town hall: falsely claimed, speaking at a town hall, told supporters, in a series of posts, the governor’s office said',
    text: `DeSantis and Newsom spar over crime figures at dueling events

SACRAMENTO, Calif. — Florida Gov. Ron DeSantis falsely claimed on Thursday that violent crime in California had "doubled" since Gov. Gavin Newsom took office, a figure that state data does not support.

Speaking at a town hall in Orange County, DeSantis told supporters that Californians were "voting with their feet" by moving to Florida. He said more than 300,000 people had left the state in the past two years.

Newsom responded in a series of posts on X, calling DeSantis "a tourist with a talking point." The governor's office said in a statement that violent crime in the state had risen 4% since 2019, according to figures from the state Department of Justice.

"The numbers are public. Anyone can read them," Newsom spokesperson Izzy Gardon said.`,
    claims: [
      { s: 'Ron DeSantis falsely claimed on Thursday', speakers: ['Ron DeSantis'] },
      { s: 'DeSantis told supporters that Californians', speakers: ['Ron DeSantis'] },
      { s: 'He said more than 300,000 people', speakers: ['Ron DeSantis'] },
      { s: 'Newsom responded in a series of posts on X', speakers: ['Gavin Newsom'] },
      {
        s: "The governor's office said in a statement",
        speakers: ["The governor's office", "governor's office", 'Gavin Newsom', 'office'],
      },
      { s: '"The numbers are public.', speakers: ['Izzy Gardon'], direct: true },
      { s: 'Anyone can read them," Newsom spokesperson', speakers: ['Izzy Gardon'], direct: true },
    ],
  },
  {
    name: 'indictment: the indictment alleges, according to the indictment, prosecutors said in a court filing, his attorney said in a statement, could not be reached',
    text: `Former county treasurer charged with stealing $2 million

A former county treasurer in Georgia was charged on Wednesday with stealing more than $2 million in public funds over seven years, federal prosecutors said.

The indictment alleges that Darnell Price, 58, who served as treasurer of Baldwin County from 2015 to 2023, wrote checks from county accounts to a shell company he controlled. According to the indictment, he used the money to buy two boats and a lake house.

Prosecutors said in a court filing that Price had tried to destroy records after an audit began in 2022.

His attorney, Marcia Hollins, said in a statement that her client "looks forward to telling his side of the story in court." A spokesman for the county commission could not be reached.`,
    claims: [
      { s: 'A former county treasurer in Georgia was charged', speakers: ['federal prosecutors', 'prosecutors'] },
      { s: 'The indictment alleges that Darnell Price', speakers: ['indictment', 'The indictment'] },
      { s: 'According to the indictment, he used the money', speakers: ['indictment', 'the indictment'] },
      { s: 'Prosecutors said in a court filing', speakers: ['Prosecutors'] },
      { s: 'Marcia Hollins, said in a statement', speakers: ['Marcia Hollins'] },
      { s: 'A spokesman for the county commission could not be reached.', speakers: [], optional: true },
    ],
  },
  {
    name: 'oil wire: traders said, analysts wrote in a note, said X, head of research at, according to LSEG data, curly quotes over two sentences',
    text: `Oil rises as Middle East tensions offset weak Chinese demand

LONDON, Oct 7 (Reuters) - Oil prices rose on Monday as fears of a wider conflict in the Middle East outweighed concerns about slowing demand in China, traders said.

Brent crude futures gained 1.1% to $79.40 a barrel by 1130 GMT, according to LSEG data.

“The market is pricing in risk again. Nobody wants to be short going into a weekend like the last one,” said Hamad Hussain, head of commodities research at Capital Economics.

ING analysts wrote in a note that Chinese crude imports had fallen for a fifth straight month. They said any stimulus from Beijing would take time to lift fuel demand.`,
    claims: [
      { s: 'Oil prices rose on Monday as fears', speakers: ['traders'] },
      { s: 'Brent crude futures gained 1.1%', speakers: ['LSEG data', 'LSEG'] },
      { s: '“The market is pricing in risk again.', speakers: ['Hamad Hussain'], direct: true },
      { s: 'Nobody wants to be short going into a weekend', speakers: ['Hamad Hussain'], direct: true },
      { s: 'ING analysts wrote in a note', speakers: ['ING analysts', 'ING', 'analysts'] },
      { s: 'They said any stimulus from Beijing', speakers: ['ING analysts', 'ING', 'analysts'] },
    ],
  },
  {
    name: 'Japan: chief cabinet secretary at a regular news conference, the prime minister told parliament, a ministry official said, according to public broadcaster NHK',
    text: `Japan to boost defence spending to 2% of GDP by 2027

TOKYO, Dec 16 (Reuters) - Japan will raise defence spending to 2% of gross domestic product by 2027, Chief Cabinet Secretary Hirokazu Matsuno said on Friday, as Tokyo responds to China's military build-up.

"The security environment around Japan is the most severe since the end of the war," Matsuno told a regular news conference.

Prime Minister Fumio Kishida told parliament last week that the government would fund part of the increase with higher corporate taxes, a plan that has drawn criticism within his own party.

The spending plan includes the purchase of up to 500 Tomahawk cruise missiles from the United States, according to public broadcaster NHK. A defence ministry official said the first missiles could be deployed in 2026.`,
    claims: [
      { s: 'Hirokazu Matsuno said on Friday', speakers: ['Hirokazu Matsuno'] },
      { s: '"The security environment around Japan', speakers: ['Hirokazu Matsuno'], direct: true },
      { s: 'Fumio Kishida told parliament last week', speakers: ['Fumio Kishida'] },
      { s: 'according to public broadcaster NHK', speakers: ['NHK', 'public broadcaster NHK'] },
      {
        s: 'A defence ministry official said the first missiles',
        speakers: ['A defence ministry official', 'defence ministry official', 'official'],
      },
    ],
  },
  {
    name: 'club and manager: the club confirmed, a post-match interview, nested ‘ ’ inside “ ”, the 61-year-old, the striker posted on Instagram',
    text: `Celtic confirm Rodgers will stay despite cup defeat

Celtic have confirmed that manager Brendan Rodgers will remain in charge after Sunday's Scottish Cup semi-final defeat by Hearts.

In a statement on Monday, the club said it had "full confidence" in Rodgers and his staff.

Speaking in his post-match interview, Rodgers said his players had "run out of ideas" in the second half. “I said to them at half-time, ‘Be brave with the ball.’ We weren't,” the 61-year-old said.

Striker Kyogo Furuhashi posted on Instagram that the team would "come back stronger." Hearts manager Steven Naismith said the win was the best of his career.`,
    claims: [
      { s: 'Celtic have confirmed that manager', speakers: ['Celtic'] },
      { s: 'In a statement on Monday, the club said', speakers: ['Celtic', 'club', 'the club'] },
      { s: 'Speaking in his post-match interview, Rodgers said', speakers: ['Brendan Rodgers'] },
      { s: '“I said to them at half-time', speakers: ['Brendan Rodgers'], direct: true },
      { s: "We weren't,” the 61-year-old said.", speakers: ['Brendan Rodgers'], direct: true },
      { s: 'Kyogo Furuhashi posted on Instagram', speakers: ['Kyogo Furuhashi'] },
      { s: 'Steven Naismith said the win', speakers: ['Steven Naismith'] },
    ],
  },
];

/**
 * Written blind on 1 Dec 2026 (twenty-third batch), after the fixes for the twenty-second and
 * before the detector was run on it, as the round's last check: a primary night with a concession
 * speech, "the congressman" and a victory statement; a wildfire with a fire chief, evacuees and
 * "officials said"; a pharmaceutical recall with a regulator "said on its website"; a Wikinews
 * election in Africa with an electoral commission and an opposition leader through a spokesman;
 * a transfer story with "the Brazilian" and a sporting director.
 */
export const NEWS_CASES_23: NewsCase[] = [
  {
    name: 'primary night: conceded in a speech, the congressman, a victory statement, told The Associated Press, a poll by',
    text: `Moreno wins Ohio Senate primary after late Trump endorsement

CLEVELAND (AP) — Bernie Moreno won the Republican primary for U.S. Senate in Ohio on Tuesday, defeating state Sen. Matt Dolan and Secretary of State Frank LaRose.

Dolan conceded in a speech to supporters in Chagrin Falls shortly after 10 p.m. "The voters made their choice tonight, and I respect it," he said. "Now we have to win in November."

In a victory statement, Moreno thanked Trump for his endorsement and said Ohio voters had "rejected the career politicians." He will face Democratic Sen. Sherrod Brown in November.

Brown told The Associated Press on Tuesday night that he was "ready for a tough race." The senator said he would focus on manufacturing jobs and the cost of prescription drugs.

A poll by Emerson College released last week showed Brown leading Moreno by two points among likely voters.`,
    claims: [
      { s: 'Dolan conceded in a speech to supporters', speakers: ['Matt Dolan'], optional: true },
      {
        s: '"The voters made their choice tonight, and I respect it," he said.',
        speakers: ['Matt Dolan'],
        direct: true,
      },
      { s: '"Now we have to win in November."', speakers: ['Matt Dolan'], direct: true },
      { s: 'In a victory statement, Moreno thanked Trump', speakers: ['Bernie Moreno'] },
      { s: 'Brown told The Associated Press on Tuesday night', speakers: ['Sherrod Brown'] },
      { s: 'The senator said he would focus', speakers: ['Sherrod Brown'] },
      {
        s: 'A poll by Emerson College released last week showed',
        speakers: ['A poll by Emerson College', 'poll by Emerson College', 'poll', 'Emerson College'],
      },
    ],
  },
  {
    name: 'wildfire: officials said, a fire chief at a briefing, an evacuee, the utility said it was investigating, according to the state fire agency',
    text: `Fast-moving wildfire forces thousands to flee in Southern California

A wind-driven wildfire tore through hillside neighbourhoods north of Los Angeles on Wednesday, destroying at least 40 homes and forcing more than 10,000 people to evacuate, officials said.

The fire had burned 8,000 acres by the evening and was 5% contained, according to the state fire agency, Cal Fire.

Los Angeles County Fire Chief Anthony Marrone told a briefing that winds of up to 70 mph had made it impossible to fly water-dropping aircraft for most of the day. "We are fighting this fire from the ground, street by street," he said.

Evacuee Maria Delgado, 67, said she had left with only her dog and her medication. "I looked back and the whole ridge was orange," she told reporters at a shelter in Santa Clarita.

Southern California Edison said it was investigating whether its equipment had played a role in starting the fire.`,
    claims: [
      { s: 'A wind-driven wildfire tore through hillside neighbourhoods', speakers: ['officials'] },
      {
        s: 'The fire had burned 8,000 acres by the evening',
        speakers: ['state fire agency', 'Cal Fire', 'the state fire agency'],
      },
      { s: 'Anthony Marrone told a briefing that', speakers: ['Anthony Marrone'] },
      {
        s: '"We are fighting this fire from the ground, street by street," he said.',
        speakers: ['Anthony Marrone'],
        direct: true,
      },
      { s: 'Maria Delgado, 67, said she had left', speakers: ['Maria Delgado'] },
      { s: '"I looked back and the whole ridge was orange," she told', speakers: ['Maria Delgado'], direct: true },
      { s: 'Southern California Edison said it was investigating', speakers: ['Southern California Edison'] },
    ],
  },
  {
    name: 'drug recall: the regulator said on its website, the company said in a statement, a doctor who treats patients, the agency urged',
    text: `Eye drops recalled after bacterial contamination linked to infections

WASHINGTON, Feb 2 (Reuters) - Pharmedica USA is recalling two lots of its artificial tears eye drops after they were linked to bacterial infections in at least 55 patients, the U.S. Food and Drug Administration said on its website on Thursday.

The FDA urged consumers to stop using the drops immediately. The agency said some patients had suffered permanent vision loss.

Pharmedica said in a statement that it was "cooperating fully" with regulators and had stopped distribution of the product.

Dr. Maya Ellison, an ophthalmologist in Houston who has treated two of the patients, said the infections were unusually hard to treat. "These are not the infections we see every week," she said.`,
    claims: [
      {
        s: 'Pharmedica USA is recalling two lots',
        speakers: ['U.S. Food and Drug Administration', 'Food and Drug Administration', 'FDA'],
      },
      {
        s: 'The FDA urged consumers to stop',
        speakers: ['FDA', 'U.S. Food and Drug Administration', 'Food and Drug Administration'],
      },
      {
        s: 'The agency said some patients',
        speakers: ['FDA', 'U.S. Food and Drug Administration', 'Food and Drug Administration', 'agency'],
      },
      { s: 'Pharmedica said in a statement', speakers: ['Pharmedica', 'Pharmedica USA'] },
      { s: 'Maya Ellison, an ophthalmologist in Houston', speakers: ['Maya Ellison'] },
      { s: '"These are not the infections we see every week," she said.', speakers: ['Maya Ellison'], direct: true },
    ],
  },
  {
    name: 'Wikinews election: the electoral commission announced, through a spokesman, the president said in a televised address, observers said',
    text: `Ghana's electoral commission declares Mahama winner of presidential election

Tuesday, December 10, 2024

Ghana's Electoral Commission on Monday declared former president John Mahama the winner of Saturday's presidential election, with 56.6% of the vote.

The commission's chairwoman, Jean Mensa, said turnout had been about 60%. She said the count had been "transparent and credible."

The ruling party's candidate, Vice President Mahamudu Bawumia, conceded on Sunday, before the official results were announced. Through a spokesman, he said he had called Mahama to congratulate him.

Observers from the African Union said the vote had been largely peaceful.`,
    claims: [
      { s: 'Jean Mensa, said turnout had been about 60%', speakers: ['Jean Mensa'] },
      { s: 'She said the count had been', speakers: ['Jean Mensa'] },
      { s: 'Mahamudu Bawumia, conceded on Sunday', speakers: ['Mahamudu Bawumia'], optional: true },
      { s: 'Through a spokesman, he said he had called', speakers: ['Mahamudu Bawumia'] },
      {
        s: 'Observers from the African Union said',
        speakers: ['Observers from the African Union', 'observers', 'African Union'],
      },
    ],
  },
  {
    name: 'transfer: the Brazilian, the club announced, the sporting director told the club website, according to reports in Spain',
    text: `Real Madrid sign Brazilian teenager Endrick

Real Madrid have completed the signing of Brazilian forward Endrick from Palmeiras, the club announced on Friday.

The 18-year-old has signed a six-year contract and will join the squad in July. "It is a dream for me and my family. I have watched Real Madrid since I was a child," the Brazilian told the club's website.

Palmeiras president Leila Pereira said the fee was the largest in the club's history. According to reports in Spain, Madrid will pay up to 60 million euros including bonuses.`,
    claims: [
      { s: 'Real Madrid have completed the signing', speakers: ['Real Madrid', 'club'] },
      { s: '"It is a dream for me and my family.', speakers: ['Endrick'], direct: true },
      { s: 'I have watched Real Madrid since I was a child," the Brazilian told', speakers: ['Endrick'], direct: true },
      { s: 'Leila Pereira said the fee', speakers: ['Leila Pereira'] },
      { s: 'According to reports in Spain', speakers: ['reports in Spain', 'reports'] },
    ],
  },
];

/**
 * Written blind on 1 Dec 2026 (twenty-fourth batch), before the detector was run on it, in the
 * style of Wikinews, the weakest of the unseen sets: short neutral reports with a date line,
 * "according to" an agency, "told reporters", "in a statement", "X, who …, said", quotations of
 * several sentences, a quotation introduced by a colon, reported speech without quotation marks,
 * a ministry and a medical charity speaking as "it" and "the organisation", an unnamed minister.
 */
export const NEWS_CASES_24: NewsCase[] = [
  {
    name: 'Wikinews ferry: according to a department, police said, told reporters, X, who …, said, an operator in a statement',
    text: `Ferry capsizes on Lake Malawi; at least twelve dead

Thursday, March 6, 2025

A passenger ferry capsized on Lake Malawi on Wednesday evening, killing at least twelve people, according to the country's Department of Marine Services.

The vessel, the MV Chilembwe, was carrying about 80 passengers from Nkhata Bay to Likoma Island when it overturned in strong winds. Rescuers had pulled 51 survivors from the water by Thursday morning, police said.

Police spokesman Peter Kalaya told reporters that divers were still searching for at least 17 people. "The water is deep and the weather is still bad. We will continue as long as there is hope," he said.

Transport Minister Grace Nkhoma, who visited Nkhata Bay on Thursday, said the ferry had passed a safety inspection in January. She promised an independent inquiry.

In a statement, the ferry's operator, Lakeside Shipping, said it was "devastated" and would cooperate with investigators. It did not say how many tickets had been sold.`,
    claims: [
      {
        s: 'killing at least twelve people, according to',
        speakers: ['Department of Marine Services', "the country's Department of Marine Services"],
      },
      { s: 'Rescuers had pulled 51 survivors from the water', speakers: ['police'] },
      { s: 'Peter Kalaya told reporters that divers', speakers: ['Peter Kalaya'] },
      { s: '"The water is deep and the weather is still bad.', speakers: ['Peter Kalaya'], direct: true },
      { s: 'We will continue as long as there is hope," he said.', speakers: ['Peter Kalaya'], direct: true },
      { s: 'said the ferry had passed a safety inspection', speakers: ['Grace Nkhoma'] },
      { s: 'She promised an independent inquiry.', speakers: ['Grace Nkhoma'], optional: true },
      { s: 'Lakeside Shipping, said it was', speakers: ['Lakeside Shipping'] },
      { s: 'It did not say how many tickets', speakers: ['Lakeside Shipping'], optional: true },
    ],
  },
  {
    name: 'Wikinews science: according to a study, described as, explained with a colon and three quoted sentences, an outside expert who was not involved, an agency which operates',
    text: `Astronomers report water vapour around distant planet

Saturday, June 14, 2025

Astronomers at the University of Leiden have detected water vapour in the atmosphere of a planet orbiting a small star 120 light years from Earth, according to a study published on Wednesday in the journal Astronomy & Astrophysics.

The team used observations from the James Webb Space Telescope taken over four nights last year. Lead author Dr. Ingrid Vos described the signal as "faint but unmistakable".

Speaking to Wikinews, Vos explained why the finding mattered: "This is a planet only slightly larger than Earth. Until now we could only guess what its air was made of. Now we have a measurement."

Not everyone was convinced. Tomasz Wierzbicki, an astrophysicist at the Warsaw University of Technology who was not involved in the study, said stellar activity could mimic the signal. He added that more observations were needed before anyone spoke of an ocean.

The European Space Agency, which operates the telescope together with NASA and the Canadian Space Agency, said further time had been allocated to the target next spring.`,
    claims: [
      {
        s: 'have detected water vapour in the atmosphere',
        speakers: [
          'a study',
          'study',
          'a study published on Wednesday',
          'a study published on Wednesday in the journal Astronomy & Astrophysics',
          'Astronomy & Astrophysics',
          'Astronomers at the University of Leiden',
          'University of Leiden',
        ],
      },
      { s: 'Ingrid Vos described the signal as', speakers: ['Ingrid Vos'] },
      { s: 'Vos explained why the finding mattered:', speakers: ['Ingrid Vos'], direct: true },
      { s: 'Until now we could only guess what its air was made of.', speakers: ['Ingrid Vos'], direct: true },
      { s: 'Now we have a measurement."', speakers: ['Ingrid Vos'], direct: true },
      { s: 'said stellar activity could mimic the signal', speakers: ['Tomasz Wierzbicki'] },
      { s: 'He added that more observations were needed', speakers: ['Tomasz Wierzbicki'] },
      { s: 'said further time had been allocated', speakers: ['European Space Agency', 'ESA'] },
    ],
  },
  {
    name: 'Wikinews confidence vote: the opposition accused, its leader told reporters after the vote, said in a statement, the finance minister said, according to a broadcaster',
    text: `Estonian government survives confidence vote

Wednesday, September 17, 2025

The government of Estonia survived a vote of no confidence in the Riigikogu on Tuesday, with 52 of the 101 members voting to keep it in office.

The opposition had accused Prime Minister Karl Tamm of mishandling a tax increase that took effect in July. Its leader, Liis Rebane, told reporters after the vote that the result changed nothing. "The government has a majority in this room, but not in the country," she said.

Tamm said in a statement that his cabinet would now turn to next year's budget. The finance minister said the tax increase would be reviewed in the spring but would not be withdrawn.

According to public broadcaster ERR, two members of the governing coalition abstained.`,
    claims: [
      { s: 'The opposition had accused Prime Minister', speakers: ['opposition', 'The opposition'] },
      { s: 'Liis Rebane, told reporters after the vote', speakers: ['Liis Rebane'] },
      {
        s: '"The government has a majority in this room, but not in the country," she said.',
        speakers: ['Liis Rebane'],
        direct: true,
      },
      { s: 'Tamm said in a statement that his cabinet', speakers: ['Karl Tamm'] },
      { s: 'The finance minister said the tax increase', speakers: ['finance minister', 'The finance minister'] },
      { s: 'According to public broadcaster ERR', speakers: ['ERR', 'public broadcaster ERR'] },
    ],
  },
  {
    name: 'Wikinews restitution: a museum director, a commission and "they … the commission said", He said: with a colon, an unnamed minister who attended',
    text: `Dutch museum returns bronze statues to Nigeria

Friday, November 21, 2025

The Wereldmuseum in Rotterdam on Thursday returned eleven bronze statues to Nigeria, more than a century after they were taken from the Kingdom of Benin by British soldiers.

At a ceremony in Benin City, museum director Anouk de Graaf said the objects "should never have left". She said the museum had spent three years tracing how each piece reached the Netherlands.

Nigeria's National Commission for Museums and Monuments said the statues would be displayed in a new museum due to open in 2027. They will first be examined by conservators, the commission said.

Chief Osaro Igbinedion, a representative of the royal palace, thanked the Dutch government in a short speech. He said: "Our ancestors made these for us. Today they have come home."

The Dutch culture minister, who attended the ceremony, told Wikinews that other museums in the country were reviewing their collections.`,
    claims: [
      { s: 'Anouk de Graaf said the objects', speakers: ['Anouk de Graaf'] },
      { s: 'She said the museum had spent three years', speakers: ['Anouk de Graaf'] },
      {
        s: 'National Commission for Museums and Monuments said the statues',
        speakers: ['National Commission for Museums and Monuments'],
      },
      {
        s: 'They will first be examined by conservators, the commission said.',
        speakers: ['National Commission for Museums and Monuments', 'commission', 'the commission'],
      },
      { s: 'thanked the Dutch government in a short speech', speakers: ['Osaro Igbinedion'], optional: true },
      { s: 'He said: "Our ancestors made these for us.', speakers: ['Osaro Igbinedion'], direct: true },
      { s: 'Today they have come home."', speakers: ['Osaro Igbinedion'], direct: true },
      {
        s: 'The Dutch culture minister, who attended the ceremony, told Wikinews',
        speakers: ['Dutch culture minister', 'The Dutch culture minister', 'culture minister'],
      },
    ],
  },
  {
    name: 'Wikinews outbreak: a ministry said, a charity and "the organisation warned", a spokeswoman named after her title, told Wikinews, told state radio',
    text: `Cholera outbreak spreads in eastern Chad, aid groups say

Monday, August 4, 2025

A cholera outbreak in eastern Chad has killed at least 34 people since early July, the country's health ministry said on Sunday.

Most of the cases have been recorded in camps near the border with Sudan, where more than 200,000 refugees live. Médecins Sans Frontières said its clinics in the area were treating up to 90 patients a day. The organisation warned that heavy rain would make the situation worse.

A spokeswoman for the World Health Organization, Fatima Bello, said vaccines were on their way. "We have enough doses for the first round. The second round depends on funding we do not yet have," she told Wikinews.

The health minister, Dr. Abakar Mahamat, visited the camps on Saturday. He told state radio that the government had sent additional doctors to the region.`,
    claims: [
      { s: 'aid groups say', speakers: ['aid groups'], optional: true },
      {
        s: 'has killed at least 34 people since early July',
        speakers: ['health ministry', "country's health ministry", "the country's health ministry"],
      },
      { s: 'Médecins Sans Frontières said its clinics', speakers: ['Médecins Sans Frontières', 'MSF'] },
      { s: 'The organisation warned that heavy rain', speakers: ['Médecins Sans Frontières', 'MSF'] },
      { s: 'Fatima Bello, said vaccines were on their way', speakers: ['Fatima Bello'] },
      { s: '"We have enough doses for the first round.', speakers: ['Fatima Bello'], direct: true },
      { s: 'The second round depends on funding', speakers: ['Fatima Bello'], direct: true },
      { s: 'He told state radio that the government', speakers: ['Abakar Mahamat'] },
    ],
  },
];

/**
 * Written blind on 1 Dec 2026 (twenty-fifth batch), with the twenty-fourth and before the detector
 * was run on it: wire copy whose speakers are hard to find — an airline as "it" and "the
 * airline", a regulator and "a spokesman for the authority", two candidates described in one
 * paragraph and then "He", "She" and "The Republican" after paragraph breaks, an employers'
 * association and a union as "They", an unnamed minister as "the minister" and "he", a court and a
 * spokesman for a candidate, and "declared X the winner", which is no claim.
 */
export const NEWS_CASES_25: NewsCase[] = [
  {
    name: 'airline grounding: the airline said, It said, it added, an authority and a spokesman for it, a chief executive in a video, analysts at a broker',
    text: `Regional airline grounds fleet after engine inspections

DUBLIN, May 12 (Reuters) - Irish regional carrier AerWest grounded all nine of its turboprop aircraft on Monday after inspections found cracks in engine mounts on two planes, the airline said.

It said about 2,000 passengers would be affected over the next three days and that it was arranging seats on other carriers. The airline expected to resume some flights on Thursday, it added.

The Irish Aviation Authority said it had been informed of the problem on Sunday night. A spokesman for the authority said it was "satisfied with the steps taken so far".

AerWest chief executive Siobhan Daly apologised to customers. "Safety comes first. I know this is a terrible week for people who planned to travel, and we are sorry," she said in a video posted on the company's website.

Shares in AerWest's parent company, Celtic Air Holdings, fell 6% in Dublin. Analysts at Davy said the grounding could cost the group up to 8 million euros.`,
    claims: [
      { s: 'grounded all nine of its turboprop aircraft', speakers: ['AerWest', 'airline', 'the airline'] },
      { s: 'It said about 2,000 passengers would be affected', speakers: ['AerWest'] },
      { s: 'The airline expected to resume some flights on Thursday, it added.', speakers: ['AerWest'] },
      { s: 'The Irish Aviation Authority said it had been informed', speakers: ['Irish Aviation Authority'] },
      {
        s: 'A spokesman for the authority said it was',
        speakers: [
          'Irish Aviation Authority',
          'A spokesman for the authority',
          'spokesman for the authority',
          'spokesman',
        ],
      },
      { s: 'Siobhan Daly apologised to customers.', speakers: ['Siobhan Daly'], optional: true },
      { s: '"Safety comes first.', speakers: ['Siobhan Daly'], direct: true },
      {
        s: 'I know this is a terrible week for people who planned to travel',
        speakers: ['Siobhan Daly'],
        direct: true,
      },
      { s: 'Analysts at Davy said the grounding', speakers: ['Analysts at Davy', 'analysts', 'Davy'] },
    ],
  },
  {
    name: 'county debate: a Republican and a Democrat described in one paragraph, then He, She and "The Republican" after paragraph breaks',
    text: `Rival candidates clash over water rights in Arizona county race

PHOENIX (AP) — The two candidates for the Maricopa County Board of Supervisors traded accusations over groundwater on Thursday in their only televised debate.

Republican Dale Hensley, a former rancher, said the county had let developers drain aquifers for a decade. Democrat Rosa Villanueva, a water engineer, said Hensley had voted for three of the projects he now criticised when he sat on the planning commission.

He rejected that account. "I voted for the homes, not for the wells. Those are different things," Hensley said.

She said after the debate that voters would see through his "convenient memory." The Republican accused his opponent of wanting to "ration every drop."

The county's elections department said early voting would begin on Oct. 9.`,
    claims: [
      { s: 'Dale Hensley, a former rancher, said the county', speakers: ['Dale Hensley'] },
      { s: 'Rosa Villanueva, a water engineer, said Hensley', speakers: ['Rosa Villanueva'] },
      { s: 'He rejected that account.', speakers: ['Dale Hensley'], optional: true },
      { s: '"I voted for the homes, not for the wells.', speakers: ['Dale Hensley'], direct: true },
      { s: 'Those are different things," Hensley said.', speakers: ['Dale Hensley'], direct: true },
      { s: 'She said after the debate that voters', speakers: ['Rosa Villanueva'] },
      { s: 'The Republican accused his opponent', speakers: ['Dale Hensley'] },
      {
        s: 'elections department said early voting',
        speakers: ['elections department', "county's elections department", "The county's elections department"],
      },
    ],
  },
  {
    name: 'port strike: the union X said, an association and a union as They in a joint statement, a negotiator told reporters, a spokeswoman then "she said", a shipping line',
    text: `Port workers in Rotterdam end strike after pay deal

AMSTERDAM, Oct 3 (Reuters) - Dock workers at the port of Rotterdam ended a five-day strike on Friday after their union and employers agreed a 7% pay rise over two years, the union Havenbond said.

The employers' association, PortWerk, confirmed the agreement. They said in a joint statement with the union that cargo handling would return to normal by Sunday.

"This is a good result for people who work nights and weekends in all weathers," union negotiator Mark Bosman told reporters outside the port offices. "But it should not have taken a strike to get here."

A port authority spokeswoman said about 60 ships had been waiting to unload. The authority estimated the cost of the strike at 30 million euros a day, she said.

Shipping line Saltmarsh said it had diverted some vessels to Antwerp and would bring them back next week.`,
    claims: [
      {
        s: 'Dock workers at the port of Rotterdam ended',
        speakers: ['Havenbond', 'union Havenbond', 'the union Havenbond'],
      },
      { s: 'PortWerk, confirmed the agreement.', speakers: ['PortWerk'], optional: true },
      { s: 'They said in a joint statement with the union', speakers: ['PortWerk', 'Havenbond'] },
      { s: '"This is a good result for people who work nights', speakers: ['Mark Bosman'], direct: true },
      { s: '"But it should not have taken a strike to get here."', speakers: ['Mark Bosman'], direct: true },
      {
        s: 'A port authority spokeswoman said about 60 ships',
        speakers: ['port authority spokeswoman', 'A port authority spokeswoman', 'port authority', 'spokeswoman'],
      },
      {
        s: 'The authority estimated the cost of the strike',
        speakers: ['port authority spokeswoman', 'A port authority spokeswoman', 'port authority', 'spokeswoman'],
      },
      { s: 'Shipping line Saltmarsh said it had diverted', speakers: ['Saltmarsh', 'Shipping line Saltmarsh'] },
    ],
  },
  {
    name: 'price caps: the economy minister said, The minister told a news conference, he said, an association president, economists, said X, chief economist at',
    text: `Hungary to cap food prices again as inflation rises

BUDAPEST, Jan 15 (Reuters) - Hungary will reintroduce price caps on six basic foods from February, the economy minister said on Wednesday, as inflation climbed to its highest level in two years.

The minister told a news conference that the caps would last at least three months and would cover flour, sugar, milk, eggs, chicken and cooking oil. Retailers would be fined if they ran out of the capped goods, he said.

The country's biggest retail association criticised the plan. Its president, Gábor Fekete, said shops had lost money on every capped product the last time. "We will obey the law, but someone will pay for this, and it will be the farmers," he said.

Economists said the caps would lower inflation only briefly. "Price caps treat the thermometer, not the fever," said Eszter Varga, chief economist at an investment firm in Budapest.`,
    claims: [
      {
        s: 'Hungary will reintroduce price caps on six basic foods',
        speakers: ['economy minister', 'the economy minister'],
      },
      {
        s: 'The minister told a news conference that the caps',
        speakers: ['economy minister', 'minister', 'The minister'],
      },
      {
        s: 'Retailers would be fined if they ran out',
        speakers: ['economy minister', 'minister', 'The minister'],
      },
      { s: 'retail association criticised the plan', speakers: ['retail association'], optional: true },
      { s: 'Gábor Fekete, said shops had lost money', speakers: ['Gábor Fekete'] },
      { s: '"We will obey the law, but someone will pay for this', speakers: ['Gábor Fekete'], direct: true },
      { s: 'Economists said the caps would lower inflation', speakers: ['Economists'] },
      {
        s: '"Price caps treat the thermometer, not the fever," said Eszter Varga',
        speakers: ['Eszter Varga'],
        direct: true,
      },
    ],
  },
  {
    name: 'election court: declared X the winner (no claim), argued that, the court said in its ruling, a spokesman for a candidate, she told local radio',
    text: `Court confirms mayor's narrow win in Lisbon suburb

LISBON, Nov 28 (Reuters) - Portugal's Constitutional Court on Friday rejected a challenge to the mayoral election in Sintra, confirming the victory of Socialist candidate Helena Marques by 212 votes.

The municipal election committee had declared Marques the winner in October after a recount. Her opponent, Rui Carvalho of the Social Democrats, argued that hundreds of postal ballots had been counted late.

The court said in its ruling that the late ballots had been received before the deadline and had been counted correctly. A spokesman for Carvalho said he accepted the decision and would not appeal.

Marques said she would take office on Monday. "It was a long wait. Now we have work to do," she told local radio.`,
    claims: [
      { s: 'Rui Carvalho of the Social Democrats, argued that', speakers: ['Rui Carvalho'] },
      {
        s: 'The court said in its ruling that',
        speakers: ['Constitutional Court', "Portugal's Constitutional Court", 'court'],
      },
      {
        s: 'A spokesman for Carvalho said he accepted',
        speakers: ['Rui Carvalho', 'A spokesman for Carvalho', 'spokesman for Carvalho'],
      },
      { s: 'Marques said she would take office on Monday.', speakers: ['Helena Marques'] },
      { s: '"It was a long wait.', speakers: ['Helena Marques'], direct: true },
      { s: 'Now we have work to do," she told local radio.', speakers: ['Helena Marques'], direct: true },
    ],
  },
];

/**
 * Written blind on 1 Dec 2026 (twenty-sixth batch), with the twenty-fourth and twenty-fifth and
 * before the detector was run on it: a Wikinews obituary (her publisher said, according to her
 * family, a son, "called her …", an office), chip-factory wire copy (people familiar with the
 * plans, "it said" in an email, a spokeswoman for an office, analysts as "They"), a mountain
 * rescue (police said, according to the police, a captain who led it, "he said" after a paraphrase),
 * a Wikinews lawsuit (the group in a statement, It asked, a quotation of two paragraphs introduced
 * by a colon), and a senator blocking a nominee (the White House called, the senator said).
 */
export const NEWS_CASES_26: NewsCase[] = [
  {
    name: 'Wikinews obituary: her publisher said, according to her family, her son, called her, an office said, once told an interviewer',
    text: `Award-winning Icelandic novelist dies at 81

Sunday, February 9, 2025

Icelandic novelist Sigrún Hallsdóttir, whose books about fishing villages were translated into more than 30 languages, died on Friday in Reykjavík at the age of 81, her publisher said.

According to her family, she had been ill for several months. Her son, Einar Pálsson, said she had finished a last novel in December and had asked for it to be published without changes.

Prime Minister Jóna Berg, who studied Hallsdóttir's books at school, called her "the voice of the coast". The government will hold a memorial in the National Theatre, the prime minister's office said.

Hallsdóttir once told an interviewer that she wrote only in the mornings. "The afternoon belongs to the sea," she said.`,
    claims: [
      { s: 'died on Friday in Reykjavík at the age of 81', speakers: ['her publisher', 'publisher'] },
      { s: 'According to her family', speakers: ['her family', 'family'] },
      { s: 'Einar Pálsson, said she had finished', speakers: ['Einar Pálsson'] },
      { s: 'called her "the voice of the coast"', speakers: ['Jóna Berg'] },
      {
        s: 'The government will hold a memorial',
        speakers: ["prime minister's office", "the prime minister's office"],
      },
      { s: 'Hallsdóttir once told an interviewer', speakers: ['Sigrún Hallsdóttir'] },
      { s: '"The afternoon belongs to the sea," she said.', speakers: ['Sigrún Hallsdóttir'], direct: true },
    ],
  },
  {
    name: 'chip factory: people familiar with the plans, it said in an email, had told officials, a spokeswoman for an office, analysts then They, said X of a broker',
    text: `Chipmaker Quarrin delays new factory in Texas

SAN FRANCISCO, April 22 (Reuters) - Quarrin Semiconductor is delaying the opening of its $12 billion factory near Austin by at least a year, two people familiar with the company's plans said, as demand for its older chips weakens.

The company declined to comment on the timing. In an email, it said it remained "fully committed" to manufacturing in the United States.

Quarrin had told state officials in 2023 that the plant would employ 2,000 people by 2026. A spokeswoman for the Texas governor's office said the state had not been informed of any change.

Analysts were not surprised. They said Quarrin had been cutting spending since its profit warning in January. "Nobody builds a fab into a falling market," said Priya Nair of Bernstein.`,
    claims: [
      {
        s: 'is delaying the opening of its $12 billion factory',
        speakers: [
          "two people familiar with the company's plans",
          "people familiar with the company's plans",
          'two people familiar',
          'people familiar',
        ],
      },
      { s: 'The company declined to comment on the timing.', speakers: [], optional: true },
      { s: 'In an email, it said it remained', speakers: ['Quarrin Semiconductor', 'Quarrin'] },
      { s: 'Quarrin had told state officials in 2023', speakers: ['Quarrin Semiconductor', 'Quarrin'] },
      {
        s: "A spokeswoman for the Texas governor's office said",
        speakers: [
          "Texas governor's office",
          "A spokeswoman for the Texas governor's office",
          "spokeswoman for the Texas governor's office",
          'spokeswoman',
        ],
      },
      { s: 'They said Quarrin had been cutting spending', speakers: ['Analysts'] },
      { s: '"Nobody builds a fab into a falling market," said Priya Nair', speakers: ['Priya Nair'], direct: true },
    ],
  },
  {
    name: 'mountain rescue: police said, according to the police, X, who led the rescue, said, He praised, "…, he said" after a paraphrase, two men in one paragraph',
    text: `Two climbers rescued from Mont Blanc after night in storm

CHAMONIX, France, July 8 (AP) — Two British climbers were rescued from the Mont Blanc massif on Tuesday after spending a night in a snow hole during a storm, French mountain police said.

The men, aged 34 and 41, had set out from the Goûter hut on Monday morning. A helicopter reached them shortly after dawn, when the wind dropped, according to the police.

Captain Julien Morel, who led the rescue, said both climbers were suffering from frostbite but were able to walk to the helicopter. He praised them for digging a shelter rather than trying to descend in the dark.

One of the climbers, Tom Ashby, spoke to the BBC from hospital in Sallanches. His partner had kept him awake through the night by singing, he said. "I owe him my fingers, probably my life," Ashby said.`,
    claims: [
      {
        s: 'Two British climbers were rescued from the Mont Blanc massif',
        speakers: ['French mountain police', 'mountain police', 'police'],
      },
      {
        s: 'A helicopter reached them shortly after dawn',
        speakers: ['police', 'the police', 'French mountain police', 'mountain police'],
      },
      { s: 'Julien Morel, who led the rescue, said both climbers', speakers: ['Julien Morel'] },
      { s: 'He praised them for digging a shelter', speakers: ['Julien Morel'] },
      { s: 'Tom Ashby, spoke to the BBC', speakers: ['Tom Ashby'], optional: true },
      { s: 'His partner had kept him awake through the night', speakers: ['Tom Ashby'] },
      { s: '"I owe him my fingers, probably my life," Ashby said.', speakers: ['Tom Ashby'], direct: true },
    ],
  },
  {
    name: 'Wikinews lawsuit: the group said in a statement, It asked the court, a builder and the company, a lawyer explaining with a colon over two paragraphs',
    text: `Environmental group sues over pipeline permit in Alberta

Thursday, October 2, 2025

The environmental group Boreal Watch filed a lawsuit in the Court of King's Bench of Alberta on Wednesday, asking the court to cancel a permit for a gas pipeline through a wetland north of Edmonton.

In a statement, the group said the provincial energy regulator had ignored evidence that the pipeline would harm caribou habitat. It asked the court to order a new environmental review.

The pipeline's builder, Prairie Link Energy, said the permit had been granted after "the most thorough review in the province's history". The company said construction would continue while the case was heard.

Boreal Watch's lawyer, Amrit Sandhu, explained the group's reasoning to Wikinews: "The regulator had the caribou studies in front of it and did not mention them once.

"We are not asking the court to stop every pipeline. We are asking it to make the regulator read its own files."

The regulator said it would not comment on a case before the courts.`,
    claims: [
      { s: 'filed a lawsuit in the Court', speakers: ['Boreal Watch'], optional: true },
      { s: 'In a statement, the group said', speakers: ['Boreal Watch'] },
      { s: 'It asked the court to order', speakers: ['Boreal Watch'] },
      { s: 'Prairie Link Energy, said the permit', speakers: ['Prairie Link Energy'] },
      { s: 'The company said construction would continue', speakers: ['Prairie Link Energy'] },
      { s: "explained the group's reasoning to Wikinews", speakers: ['Amrit Sandhu'], direct: true },
      { s: '"We are not asking the court to stop every pipeline.', speakers: ['Amrit Sandhu'], direct: true },
      { s: 'We are asking it to make the regulator read', speakers: ['Amrit Sandhu'], direct: true },
      { s: 'The regulator said it would not comment', speakers: ['regulator', 'The regulator'], optional: true },
    ],
  },
  {
    name: 'nominee blocked: X of a state said, the White House called, told reporters, the senator said after a participle, She added, through a spokeswoman',
    text: `Senator blocks nominee over farm subsidies

WASHINGTON, March 3 (Reuters) - Republican Senator Carla Whitcomb of Nebraska said on Monday she would block the confirmation of President Daniel Reyes's nominee for agriculture secretary until the administration restored a subsidy for corn growers.

The White House called the move "a hostage-taking". Press secretary Owen Tully told reporters the nominee, former Iowa governor Brent Haller, had broad support in both parties and deserved a vote.

Whitcomb did not back down. Speaking to reporters outside the Senate chamber, the senator said farmers in her state had lost "real money" when the subsidy was cut. She added that she would meet Haller on Wednesday.

Haller, through a spokeswoman, said he looked forward to the meeting.`,
    claims: [
      { s: 'Carla Whitcomb of Nebraska said on Monday', speakers: ['Carla Whitcomb'] },
      { s: 'The White House called the move', speakers: ['White House', 'The White House'] },
      { s: 'Owen Tully told reporters the nominee', speakers: ['Owen Tully'] },
      { s: 'the senator said farmers in her state', speakers: ['Carla Whitcomb'] },
      { s: 'She added that she would meet Haller', speakers: ['Carla Whitcomb'] },
      { s: 'Haller, through a spokeswoman, said', speakers: ['Brent Haller'] },
    ],
  },
];

/**
 * Written blind on 1 Dec 2026 (twenty-seventh batch), after the fixes for batches 24–26 and before
 * the detector was run on it, as the round's last check: a Wikinews flood report (a ministry, "the
 * minister said", a colon quotation, according to a charity), wire copy with a bank as "it" and
 * economists as "They", and two officials of one sex in one paragraph followed by "he".
 */
export const NEWS_CASES_27: NewsCase[] = [
  {
    name: 'Wikinews floods: a ministry said, the minister said, X, who …, told Wikinews, a colon quotation, according to a charity',
    text: `Floods displace thousands in northern Bolivia

Tuesday, February 18, 2025

Heavy rain has flooded more than forty villages in the Beni department of northern Bolivia, forcing about 9,000 people from their homes, the country's civil defence ministry said on Monday.

The minister said army helicopters were dropping food and water to communities cut off by the water. Roads to the regional capital, Trinidad, remained closed, she said.

Father Tomás Quispe, who runs a parish shelter in Trinidad, told Wikinews the shelter was full. He described the scene in one sentence: "Families are sleeping in the church, in the school and in the street."

According to the charity Save the Children, at least 2,000 of those displaced are children.`,
    claims: [
      {
        s: 'forcing about 9,000 people from their homes',
        speakers: [
          'civil defence ministry',
          "country's civil defence ministry",
          "the country's civil defence ministry",
        ],
      },
      {
        s: 'The minister said army helicopters',
        speakers: ['minister', 'The minister', 'civil defence ministry'],
      },
      {
        s: 'Roads to the regional capital, Trinidad, remained closed, she said.',
        speakers: ['minister', 'The minister', 'civil defence ministry'],
      },
      { s: 'told Wikinews the shelter was full', speakers: ['Tomás Quispe'] },
      { s: 'He described the scene in one sentence:', speakers: ['Tomás Quispe'], direct: true },
      { s: 'According to the charity Save the Children', speakers: ['Save the Children', 'charity Save the Children'] },
    ],
  },
  {
    name: 'rate cut: the bank said, It said, its governor told a news conference, economists then They, said X, an economist at',
    text: `Central bank of Kenya cuts rates for third time

NAIROBI, Oct 8 (Reuters) - The Central Bank of Kenya cut its benchmark lending rate by 75 basis points to 11.25% on Tuesday, saying inflation had fallen below the midpoint of its target range.

It said the shilling had been stable for six months and that credit to the private sector was growing too slowly.

Governor Samuel Otieno told a news conference that further cuts were possible if prices stayed calm. "We are not done, but we will not rush," he said.

Economists had expected a smaller cut. They said the bank was now more worried about growth than about the currency. "This is a clear pivot," said Wanjiru Kamau, an economist at a Nairobi brokerage.`,
    claims: [
      { s: 'saying inflation had fallen below the midpoint', speakers: ['Central Bank of Kenya'] },
      { s: 'It said the shilling had been stable', speakers: ['Central Bank of Kenya'] },
      { s: 'Samuel Otieno told a news conference that', speakers: ['Samuel Otieno'] },
      { s: '"We are not done, but we will not rush," he said.', speakers: ['Samuel Otieno'], direct: true },
      { s: 'Economists had expected a smaller cut.', speakers: ['Economists'], optional: true },
      { s: 'They said the bank was now more worried', speakers: ['Economists'] },
      { s: '"This is a clear pivot," said Wanjiru Kamau', speakers: ['Wanjiru Kamau'], direct: true },
    ],
  },
  {
    name: 'prison escape: two men in one paragraph, then he after a break, a spokesman for the prison service, police said',
    text: `Two inmates escape from prison in northern England

Two men escaped from a prison near Durham early on Sunday by climbing over a wall with a ladder made from bed frames, police said.

Prison governor Mark Ellison said staff had raised the alarm within minutes. Justice Secretary Daniel Frost called the escape "completely unacceptable" and ordered an urgent review of security at the jail.

He said the review would report within two weeks.

A spokesman for the prison service said both men had been serving sentences for robbery. Police said the public should not approach them.`,
    claims: [
      { s: 'Two men escaped from a prison near Durham', speakers: ['police'] },
      { s: 'Mark Ellison said staff had raised the alarm', speakers: ['Mark Ellison'] },
      { s: 'Daniel Frost called the escape', speakers: ['Daniel Frost'] },
      { s: 'He said the review would report within two weeks.', speakers: ['Daniel Frost'] },
      {
        s: 'A spokesman for the prison service said',
        speakers: ['A spokesman for the prison service', 'spokesman for the prison service', 'prison service'],
      },
      { s: 'Police said the public should not approach them.', speakers: ['Police'] },
    ],
  },
];

/**
 * Written blind on 1 Dec 2026 (twenty-eighth batch), before the detector was run on it, aimed at
 * wire copy whose speakers are hard: a Senate race with candidates, a campaign, its spokeswoman
 * and an adviser ("said on Tuesday that", "told reporters", "in an emailed statement", a name
 * and a pronoun inside the quotation), a strike where the union speaks as "it" and its leaders
 * after the quotation ('"…," union leaders added. They said …'), an NYT ''…'' feature with a
 * quotation running over two paragraphs and a woman and a man in turn, and a ministry as "it"
 * with traders as the source.
 */
export const NEWS_CASES_28: NewsCase[] = [
  {
    name: 'Senate race: said on Tuesday that, told reporters, the campaign called, a spokeswoman in an emailed statement, names inside the quotation, vowed, an adviser after the quotation, according to a poll',
    text: `Harmon and Pryce trade attacks over tariffs as Michigan race tightens

DETROIT, Oct 21 (Reuters) - Republican Senate candidate Mike Harmon said on Tuesday that his Democratic rival would "raise prices on every family in Michigan," as a new poll showed the race for the open seat within the margin of error.

Harmon told reporters at a tool-and-die shop in Warren that tariffs on Chinese steel had saved thousands of jobs in the state. He said Democratic Representative Elaine Pryce had voted against them twice.

Pryce's campaign called the charge "a lie dressed up as a fact sheet." Campaign spokeswoman Tasha Greer said in an emailed statement that the congresswoman had voted against a spending bill that included the tariffs, not against the tariffs themselves.

"Mike Harmon knows exactly what that vote was about," Greer said. "He just hopes Michigan voters don't."

Pryce, speaking at a union hall in Flint later in the day, accused Harmon of siding with companies that moved jobs to Mexico. She vowed to protect Medicare and Social Security "with everything I have."

The Harmon campaign dismissed the attack as recycled. "She has been running the same ad since August," said Harmon adviser Ben Stokes.

According to a Detroit News poll released on Monday, Pryce leads Harmon 46% to 44% among likely voters.`,
    claims: [
      { s: 'Mike Harmon said on Tuesday that his Democratic rival', speakers: ['Mike Harmon'] },
      { s: 'Harmon told reporters at a tool-and-die shop', speakers: ['Mike Harmon'] },
      { s: 'He said Democratic Representative Elaine Pryce', speakers: ['Mike Harmon'] },
      { s: "Pryce's campaign called the charge", speakers: ["Pryce's campaign", 'Elaine Pryce'] },
      { s: 'Tasha Greer said in an emailed statement', speakers: ['Tasha Greer'] },
      {
        s: '"Mike Harmon knows exactly what that vote was about," Greer said.',
        speakers: ['Tasha Greer'],
        direct: true,
      },
      { s: `"He just hopes Michigan voters don't."`, speakers: ['Tasha Greer'], direct: true },
      { s: 'accused Harmon of siding with companies', speakers: ['Elaine Pryce'] },
      { s: 'She vowed to protect Medicare', speakers: ['Elaine Pryce'] },
      { s: 'The Harmon campaign dismissed the attack', speakers: ['Harmon campaign', 'Mike Harmon'] },
      { s: '"She has been running the same ad since August," said', speakers: ['Ben Stokes'], direct: true },
      {
        s: 'According to a Detroit News poll',
        speakers: ['Detroit News poll', 'a Detroit News poll released on Monday', 'Detroit News', 'poll'],
      },
    ],
  },
  {
    name: 'parts strike: the union said, said in a statement, It said, "…," union leaders added, They said, a company and the company, an automaker, according to an estimate',
    text: `Axle workers reject contract, extend strike in Ohio

TOLEDO, Ohio, March 4 (Reuters) - Workers at three Corvane Axle plants in Ohio voted on Sunday to reject a proposed four-year contract, extending a strike that has idled two assembly lines at nearby car plants, the United Steelworkers union said.

About 68% of members voted against the deal, the union said in a statement. It said the company's offer had not kept up with inflation and would have cut retiree health benefits.

"Our members have been clear. They want a contract that pays for the work they do," union leaders added. They said they were ready to return to the table "tonight if the company calls."

Corvane Axle said it was disappointed by the vote. The company said in a statement that its offer was "fair and competitive" and that it would keep the plants running with salaried staff.

Ford, whose pickup truck plant in Dearborn relies on the axles, said it was monitoring the situation. A spokesman for the automaker declined to say how many trucks had not been built.

The strike is costing the region about $30 million a week in lost wages, according to an estimate by the University of Toledo's economics department.`,
    claims: [
      {
        s: 'voted on Sunday to reject a proposed four-year contract',
        speakers: ['United Steelworkers union', 'United Steelworkers', 'union'],
      },
      {
        s: 'About 68% of members voted against the deal',
        speakers: ['United Steelworkers union', 'United Steelworkers', 'union'],
      },
      {
        s: "It said the company's offer had not kept up",
        speakers: ['United Steelworkers union', 'United Steelworkers', 'union'],
      },
      { s: '"Our members have been clear.', speakers: ['union leaders'], direct: true },
      {
        s: 'They want a contract that pays for the work they do," union leaders added.',
        speakers: ['union leaders'],
        direct: true,
      },
      { s: 'They said they were ready to return to the table', speakers: ['union leaders'] },
      { s: 'Corvane Axle said it was disappointed', speakers: ['Corvane Axle'] },
      { s: 'The company said in a statement that its offer', speakers: ['Corvane Axle'] },
      { s: 'said it was monitoring the situation', speakers: ['Ford'] },
      { s: 'A spokesman for the automaker declined to say', speakers: [], optional: true },
      {
        s: 'The strike is costing the region about $30 million a week',
        speakers: [
          "University of Toledo's economics department",
          'University of Toledo',
          'economics department',
          "an estimate by the University of Toledo's economics department",
          'estimate',
        ],
      },
    ],
  },
  {
    name: "NYT feature: ''…'' over two paragraphs, a woman and a man in turn, he said inside a sentence, names and pronouns inside quotations, She said that after disagreed",
    text: `In a Swing County, Two Campaign Offices Share a Parking Lot

ERIE, Pa. — The Republican field office and the Democratic field office on Peach Street are 40 yards apart, and on Saturday morning their volunteers arrived within minutes of each other.

''We wave. We bring them coffee sometimes,'' said Linda Sorensen, 71, who runs the Democratic office. ''But I am not going to pretend we want the same thing for this county.

''My husband worked at the locomotive plant for 31 years. When it cut shifts, nobody in Washington called him.''

Across the lot, Gary Pohl, a retired trucker who volunteers for the Republican ticket, said he had knocked on 400 doors since Labor Day. Most people, he said, wanted to talk about gas prices.

''They don't ask me about January 6th,'' Mr. Pohl said. ''They ask me why it costs $70 to fill up.''

Ms. Sorensen disagreed. She said that voters she met were worried about abortion rights and that younger women in particular had registered in large numbers.

He laughed when told of her comment. ''Linda's a good woman,'' he said. ''She's wrong about this county.''`,
    claims: [
      { s: "''We wave.", speakers: ['Linda Sorensen'], direct: true },
      { s: "We bring them coffee sometimes,'' said Linda Sorensen", speakers: ['Linda Sorensen'], direct: true },
      { s: "''But I am not going to pretend", speakers: ['Linda Sorensen'], direct: true },
      { s: "''My husband worked at the locomotive plant", speakers: ['Linda Sorensen'], direct: true },
      { s: "When it cut shifts, nobody in Washington called him.''", speakers: ['Linda Sorensen'], direct: true },
      { s: 'said he had knocked on 400 doors', speakers: ['Gary Pohl'] },
      { s: 'Most people, he said, wanted to talk about gas prices.', speakers: ['Gary Pohl'] },
      { s: "''They don't ask me about January 6th,'' Mr. Pohl said.", speakers: ['Gary Pohl'], direct: true },
      { s: "''They ask me why it costs $70 to fill up.''", speakers: ['Gary Pohl'], direct: true },
      { s: 'Ms. Sorensen disagreed.', speakers: ['Linda Sorensen'], optional: true },
      { s: 'She said that voters she met were worried', speakers: ['Linda Sorensen'] },
      { s: 'He laughed when told of her comment.', speakers: [], optional: true },
      { s: "''Linda's a good woman,'' he said.", speakers: ['Gary Pohl'], direct: true },
      { s: "''She's wrong about this county.''", speakers: ['Gary Pohl'], direct: true },
    ],
  },
  {
    name: 'rice exports: the ministry said on Wednesday, in a notification, It added, said X, president of, He estimated, a foreign ministry said it, traders told Reuters',
    text: `India restricts rice exports to curb domestic prices

NEW DELHI, Aug 9 (Reuters) - India will ban exports of non-basmati white rice with immediate effect, the food ministry said on Wednesday, in a move that traders warned would push up global prices.

The ministry said in a notification that domestic prices had risen 11% in a year and that stocks needed to be protected ahead of the festival season. It added that shipments already loaded onto vessels would be allowed to leave.

"The ban will hurt buyers in Africa the most," said Prakash Menon, president of the Rice Exporters Association. He estimated that about 10 million tonnes of exports a year would be affected.

Thailand's commerce ministry said it expected its own exporters to benefit. Officials there did not say whether Thailand would raise its export target.

Traders in Singapore told Reuters that Asian export prices had jumped by as much as $20 a tonne within hours of the announcement.`,
    claims: [
      { s: 'India will ban exports of non-basmati white rice', speakers: ['food ministry'] },
      { s: 'The ministry said in a notification that', speakers: ['food ministry', 'ministry'] },
      { s: 'It added that shipments already loaded', speakers: ['food ministry', 'ministry'] },
      {
        s: '"The ban will hurt buyers in Africa the most," said Prakash Menon',
        speakers: ['Prakash Menon'],
        direct: true,
      },
      { s: 'He estimated that about 10 million tonnes', speakers: ['Prakash Menon'] },
      {
        s: "Thailand's commerce ministry said it expected",
        speakers: ["Thailand's commerce ministry", 'commerce ministry'],
      },
      { s: 'Officials there did not say whether', speakers: [], optional: true },
      { s: 'Traders in Singapore told Reuters that', speakers: ['Traders in Singapore', 'traders'] },
    ],
  },
];

/**
 * Written blind on 1 Dec 2026 (twenty-ninth batch), with the twenty-eighth and before the detector
 * was run on it, in the style of Wikinews: a council vote with a mayor and a councillor of each
 * sex in turn (told Wikinews, conceded, warned, insisted, a school board "in a letter"), a ski race
 * with a woman, her coach and a rival ("according to" a federation, a first name inside the
 * quotation, denounced, organisers then "They", joked), and a court penalty with a regulator,
 * its chair, an airline as "it", a consumer group and its spokesman, and an unnamed minister.
 */
export const NEWS_CASES_29: NewsCase[] = [
  {
    name: 'Wikinews council vote: told Wikinews, She conceded, He warned then "he said", X insisted, the board said in a letter, the developer praised then It said',
    text: `Mississauga council approves tower next to rail station

Thursday, May 22, 2025

The city council of Mississauga, Ontario, voted 8–4 on Wednesday to approve a 42-storey residential tower next to the Cooksville GO station, ending a two-year dispute over the site.

Mayor Karen Whitlock, who voted in favour, told Wikinews the city could not meet its housing targets "by building townhouses." She conceded that the tower would block afternoon light from a park across the street.

Councillor Peter Basra, whose ward includes the site, voted against. He warned that the local elementary school was already over capacity and that the developer had offered nothing to expand it. "We keep approving towers and then act surprised when the classrooms are full," he said.

Whitlock insisted that the school board had been consulted. The board, however, said in a letter to council last month that it had "no plan and no funding" for a new school in the area.

The developer, Lakeshore Crest Homes, praised the decision. It said construction would begin next spring.`,
    claims: [
      { s: 'Karen Whitlock, who voted in favour, told Wikinews', speakers: ['Karen Whitlock'] },
      { s: 'She conceded that the tower would block', speakers: ['Karen Whitlock'] },
      { s: 'He warned that the local elementary school', speakers: ['Peter Basra'] },
      { s: '"We keep approving towers and then act surprised', speakers: ['Peter Basra'], direct: true },
      { s: 'Whitlock insisted that the school board', speakers: ['Karen Whitlock'] },
      { s: 'The board, however, said in a letter', speakers: ['school board', 'board'] },
      { s: 'Lakeshore Crest Homes, praised the decision.', speakers: ['Lakeshore Crest Homes'] },
      { s: 'It said construction would begin next spring.', speakers: ['Lakeshore Crest Homes'] },
    ],
  },
  {
    name: 'Wikinews ski record: according to a federation, told reporters, her coach then "he said" with her name inside, a rival denounced then She said, organisers then They, joked',
    text: `Norwegian skier sets world record in Lahti

Sunday, March 16, 2025

Norwegian cross-country skier Ingrid Solberg set a world record over 50 kilometres on Saturday in Lahti, Finland, finishing in two hours and five minutes, according to the International Ski and Snowboard Federation.

Solberg, 27, told reporters she had not expected to race so fast on soft snow. Her coach, Erik Hauge, said they had changed her waxing in the morning after a test run.

"Ingrid was strong from the first climb," he said. "At 30 kilometres I knew she could do it."

Finland's Aino Virtanen, who finished second, denounced the conditions as unsafe. She said several skiers had fallen on a descent that should have been closed.

Race organisers rejected the criticism. They said the course had been inspected twice on Saturday morning.

Solberg joked that she would now "sleep for a week". She will race again in Oslo next weekend.`,
    claims: [
      {
        s: 'set a world record over 50 kilometres',
        speakers: ['International Ski and Snowboard Federation'],
      },
      { s: 'Solberg, 27, told reporters she had not expected', speakers: ['Ingrid Solberg'] },
      { s: 'Erik Hauge, said they had changed her waxing', speakers: ['Erik Hauge'] },
      { s: '"Ingrid was strong from the first climb," he said.', speakers: ['Erik Hauge'], direct: true },
      { s: '"At 30 kilometres I knew she could do it."', speakers: ['Erik Hauge'], direct: true },
      { s: 'denounced the conditions as unsafe', speakers: ['Aino Virtanen'] },
      { s: 'She said several skiers had fallen', speakers: ['Aino Virtanen'] },
      { s: 'Race organisers rejected the criticism.', speakers: ['Race organisers', 'organisers'] },
      { s: 'They said the course had been inspected', speakers: ['Race organisers', 'organisers'] },
      { s: 'Solberg joked that she would now', speakers: ['Ingrid Solberg'] },
    ],
  },
  {
    name: 'Wikinews airline penalty: a commission which brought the case said, its chair told reporters, in a statement X said, It said, a consumer group welcomed, a spokesman for the group told Wikinews, the minister said',
    text: `Australian airline fined A$80 million over cancelled flights

Wednesday, August 27, 2025

The Federal Court of Australia on Tuesday ordered Southern Cross Airways to pay a penalty of A$80 million for selling tickets on flights it had already cancelled.

The Australian Competition and Consumer Commission, which brought the case, said more than 70,000 customers had been affected between 2022 and 2023. Its chair, Rebecca Lowe, told reporters in Sydney that the penalty should "send a message to every airline in the country."

In a statement, Southern Cross said it accepted the court's decision and apologised again to its customers. It said it had changed its booking systems so that the problem could not happen again.

The consumer group Choice welcomed the ruling but said the penalty was small compared with the airline's profits. "A$80 million is about two weeks of profit for this company," a spokesman for the group told Wikinews.

The transport minister said the government would introduce a stronger compensation scheme for passengers next year.`,
    claims: [
      {
        s: 'said more than 70,000 customers had been affected',
        speakers: ['Australian Competition and Consumer Commission', 'ACCC'],
      },
      { s: 'Rebecca Lowe, told reporters in Sydney', speakers: ['Rebecca Lowe'] },
      { s: 'In a statement, Southern Cross said it accepted', speakers: ['Southern Cross Airways', 'Southern Cross'] },
      { s: 'It said it had changed its booking systems', speakers: ['Southern Cross Airways', 'Southern Cross'] },
      { s: 'The consumer group Choice welcomed the ruling', speakers: ['Choice', 'consumer group Choice'] },
      {
        s: '"A$80 million is about two weeks of profit',
        speakers: ['Choice', 'a spokesman for the group', 'spokesman for the group', 'spokesman'],
        direct: true,
      },
      { s: 'The transport minister said the government', speakers: ['transport minister'] },
    ],
  },
];

/**
 * Written blind on 1 Dec 2026 (thirtieth batch), after the fixes for batches 28–29 and before the
 * detector was run on it: a governor's race headed for a recount (according to unofficial results,
 * told reporters, insisted, an election director who rejected the claim then "she said" inside the
 * sentence, assured supporters, a running mate, the commission said), a Senate race fought by
 * campaigns ("The campaign of X accused", a campaign manager in a statement, "They …, campaign
 * officials added", wrote in a post on X, a spokeswoman for a commission) and a fisheries
 * regulator as "it" with a company's filing, salmon groups and a ministry.
 */
export const NEWS_CASES_30: NewsCase[] = [
  {
    name: 'recount: according to unofficial results, told reporters, He insisted, rejected that claim then ", she said," assured supporters, a running mate then He said, the commission said',
    text: `Wisconsin governor's race heads for a recount

MADISON, Wis., Nov 6 (Reuters) - The race for Wisconsin governor was headed for a recount on Wednesday after the Democratic incumbent, Gov. Laura Kessling, finished 4,100 votes ahead of Republican challenger Doug Brandt, according to unofficial results from the state elections commission.

Brandt told reporters outside his campaign headquarters in Waukesha that he would ask for a recount "in every county where the law allows it." He insisted that thousands of absentee ballots in Milwaukee had been counted after the deadline.

Milwaukee's election director, Claire Odom, rejected that claim. Every ballot had arrived before polls closed, she said, and the city's count had been observed by both parties.

Kessling assured supporters at a rally in Madison that the result would hold. "We won this race. We will win it again in the recount," she said. "And then we will get back to work."

Brandt's running mate, state Senator Rick Alvarez, struck a different tone. He said the campaign would accept the outcome of a recount, whatever it showed.

The recount would cost about $2.5 million, the commission said. Under state law, a candidate who trails by less than 1% may request one but must pay for it.`,
    claims: [
      {
        s: 'finished 4,100 votes ahead of Republican challenger',
        speakers: [
          'state elections commission',
          'elections commission',
          'unofficial results from the state elections commission',
          'unofficial results',
        ],
      },
      { s: 'Brandt told reporters outside his campaign headquarters', speakers: ['Doug Brandt'] },
      { s: 'He insisted that thousands of absentee ballots', speakers: ['Doug Brandt'] },
      { s: 'Claire Odom, rejected that claim.', speakers: ['Claire Odom'] },
      { s: 'Every ballot had arrived before polls closed, she said', speakers: ['Claire Odom'] },
      { s: 'Kessling assured supporters at a rally', speakers: ['Laura Kessling'] },
      { s: '"We won this race.', speakers: ['Laura Kessling'], direct: true },
      { s: 'We will win it again in the recount," she said.', speakers: ['Laura Kessling'], direct: true },
      { s: '"And then we will get back to work."', speakers: ['Laura Kessling'], direct: true },
      { s: 'He said the campaign would accept the outcome', speakers: ['Rick Alvarez'] },
      {
        s: 'The recount would cost about $2.5 million, the commission said.',
        speakers: ['state elections commission', 'elections commission', 'commission'],
      },
    ],
  },
  {
    name: 'debate dispute: The campaign of X accused, a campaign manager in a statement over two sentences, X\'s campaign said, "They …, campaign officials added", He wrote in a post on X with a name inside the quotation, a spokeswoman for a commission',
    text: `Candidates spar over debate schedule in Arizona Senate race

PHOENIX, Sept 3 (Reuters) - The campaign of Democratic Senate candidate Marisol Vega accused her Republican opponent on Tuesday of "running from voters" after he declined a third televised debate.

"Arizonans deserve to hear from the people who want to represent them," Vega campaign manager Tom Reilly said in a statement. "Two debates is not enough for a six-year term."

Republican Grant Mercer's campaign said two debates were "more than enough" and noted that Vega had skipped a candidate forum in Tucson last month. They are happy to debate on any network that will host them, campaign officials added.

Mercer himself addressed the dispute in a post on X. He wrote that he would "debate Marisol anywhere, anytime, as long as the moderators are fair."

A spokeswoman for the Arizona Clean Elections Commission, which organises one of the debates, said the commission had not received a request for a third one.`,
    claims: [
      {
        s: 'The campaign of Democratic Senate candidate Marisol Vega accused',
        speakers: ['Marisol Vega', 'campaign of Democratic Senate candidate Marisol Vega', 'campaign'],
      },
      { s: '"Arizonans deserve to hear from the people', speakers: ['Tom Reilly'], direct: true },
      { s: '"Two debates is not enough for a six-year term."', speakers: ['Tom Reilly'], direct: true },
      { s: "Grant Mercer's campaign said two debates", speakers: ["Grant Mercer's campaign", 'Grant Mercer'] },
      { s: 'They are happy to debate on any network', speakers: ['campaign officials'] },
      { s: 'He wrote that he would "debate Marisol anywhere', speakers: ['Grant Mercer'] },
      {
        s: 'A spokeswoman for the Arizona Clean Elections Commission',
        speakers: [
          'Arizona Clean Elections Commission',
          'A spokeswoman for the Arizona Clean Elections Commission',
          'spokeswoman for the Arizona Clean Elections Commission',
          'spokeswoman',
        ],
      },
    ],
  },
  {
    name: 'salmon fine: the directorate said, It said, a company in a filing called, groups welcomed but said, X, head of an association, told Reuters, a ministry said it, according to the directorate',
    text: `Norwegian salmon farmer fined over escaped fish

OSLO, June 10 (Reuters) - Norway's Directorate of Fisheries fined salmon farmer Fjordlaks 12 million crowns on Tuesday after about 50,000 fish escaped from one of its pens during a storm in February, the directorate said.

It said the company had failed to repair a damaged net it knew about for weeks. Fjordlaks said in a stock exchange filing that it would appeal the fine, which it called "disproportionate."

Wild salmon groups welcomed the penalty but said it was too small to change the industry's behaviour. "Twelve million crowns is a rounding error for these companies," Torbjørn Lie, head of the Norwegian Salmon Rivers association, told Reuters.

The fisheries ministry said it would propose tougher rules for net inspections this autumn. Escapes have fallen in recent years, according to the directorate, but farmed fish still breed with wild salmon in many rivers.`,
    claims: [
      {
        s: 'fined salmon farmer Fjordlaks 12 million crowns',
        speakers: ["Norway's Directorate of Fisheries", 'Directorate of Fisheries', 'directorate'],
      },
      {
        s: 'It said the company had failed to repair',
        speakers: ["Norway's Directorate of Fisheries", 'Directorate of Fisheries', 'directorate'],
      },
      { s: 'Fjordlaks said in a stock exchange filing', speakers: ['Fjordlaks'] },
      { s: 'Wild salmon groups welcomed the penalty', speakers: ['Wild salmon groups', 'salmon groups'] },
      { s: '"Twelve million crowns is a rounding error', speakers: ['Torbjørn Lie'], direct: true },
      { s: 'The fisheries ministry said it would propose', speakers: ['fisheries ministry'] },
      {
        s: 'Escapes have fallen in recent years, according to the directorate',
        speakers: ["Norway's Directorate of Fisheries", 'Directorate of Fisheries', 'directorate'],
      },
    ],
  },
];

/**
 * Written blind on 1 Dec 2026 (thirty-first batch), with the thirtieth and before the detector was
 * run on it: an NYT feature with ''…'' over two paragraphs, a woman and her male predecessor in
 * turn, "she said" inside a sentence after he spoke, and first names inside the quotations; a
 * Wikinews interview with a candidate quoted over two paragraphs after "was diplomatic"; and
 * carmaker wire copy with a woman chief executive, a male finance chief, a union as "It" and an
 * analyst after the quotation.
 */
export const NEWS_CASES_31: NewsCase[] = [
  {
    name: "NYT feature: ''…'' over two paragraphs after she said on Thursday, a company's statement then It declined, a predecessor with he said, The town, she said, a first name inside the quotation",
    text: `A Small-Town Mayor, a Factory and a Deal That Fell Apart

GREENVILLE, Ohio — For six months, Mayor Denise Harwell believed the battery plant was coming.

''They toured the site three times,'' she said on Thursday, sitting in her office above the hardware store. ''They asked about water, about power, about the schools. You don't ask about the schools unless you're serious.

''Then the phone stopped ringing.''

The company, Voltera Systems, said in a brief statement that it had chosen a site in Georgia ''for logistical reasons.'' It declined to answer further questions.

Ms. Harwell's predecessor, Frank Dobbins, who started the talks, was less surprised. ''Georgia offered them $400 million,'' he said. ''We offered them a handshake and a parking lot.''

She bristled at that. The town, she said, had offered everything state law allowed.

Mr. Dobbins said he did not blame her. ''Denise did what she could,'' he said.`,
    claims: [
      // Left out when the gold was written; a belief with its clause is a claim by cue.verb.belief.
      { s: 'Mayor Denise Harwell believed the battery plant', speakers: ['Denise Harwell'], optional: true },
      { s: "''They toured the site three times,'' she said on Thursday", speakers: ['Denise Harwell'], direct: true },
      { s: "''They asked about water, about power, about the schools.", speakers: ['Denise Harwell'], direct: true },
      { s: "You don't ask about the schools unless you're serious.", speakers: ['Denise Harwell'], direct: true },
      { s: "''Then the phone stopped ringing.''", speakers: ['Denise Harwell'], direct: true },
      { s: 'said in a brief statement that it had chosen a site', speakers: ['Voltera Systems'] },
      { s: "''Georgia offered them $400 million,'' he said.", speakers: ['Frank Dobbins'], direct: true },
      { s: "''We offered them a handshake and a parking lot.''", speakers: ['Frank Dobbins'], direct: true },
      { s: 'The town, she said, had offered everything', speakers: ['Denise Harwell'] },
      { s: 'Mr. Dobbins said he did not blame her.', speakers: ['Frank Dobbins'] },
      { s: "''Denise did what she could,'' he said.", speakers: ['Frank Dobbins'], direct: true },
    ],
  },
  {
    name: 'Wikinews interview: spoke with, told Wikinews, She said that, "was diplomatic" then a quotation over two paragraphs with "He" inside, has said, did not respond',
    text: `Wikinews interviews candidate for mayor of Wellington

Saturday, September 20, 2025

Wikinews spoke with Aroha Ngata, a nurse standing as an independent candidate in next month's election for mayor of Wellington, New Zealand, about housing, transport and the city's water pipes.

Ngata told Wikinews that the city's ageing water network was "the issue nobody wants to own." She said that the council had put off repairs for two decades and that residents were now paying for it.

Asked about the incumbent mayor, Ngata was diplomatic. "He has worked hard. I just think the city needs someone who has spent time on the wards, not in meeting rooms.

"Nurses fix things with what they have. That is what this city needs."

The incumbent, Mayor Paul Whitmore, has said he will stand on his record. His office did not respond to a request for comment.`,
    claims: [
      { s: 'Ngata told Wikinews that the city', speakers: ['Aroha Ngata'] },
      { s: 'She said that the council had put off repairs', speakers: ['Aroha Ngata'] },
      { s: '"He has worked hard.', speakers: ['Aroha Ngata'], direct: true },
      { s: 'I just think the city needs someone', speakers: ['Aroha Ngata'], direct: true },
      { s: '"Nurses fix things with what they have.', speakers: ['Aroha Ngata'], direct: true },
      { s: 'That is what this city needs."', speakers: ['Aroha Ngata'], direct: true },
      { s: 'has said he will stand on his record', speakers: ['Paul Whitmore'] },
      { s: 'His office did not respond', speakers: [], optional: true },
    ],
  },
  {
    name: 'carmaker outlook: blaming, a chief executive told analysts then she said, a finance chief then He added, a union condemned then It said, said X, an analyst at',
    text: `Carmaker Veltro cuts outlook as electric car demand slows

MILAN, July 25 (Reuters) - Italian carmaker Veltro cut its full-year profit forecast on Thursday, blaming weak demand for electric cars in Europe and higher costs for batteries.

Chief Executive Giulia Ferri told analysts on a conference call that the company would delay two new electric models until 2027. "We are not going to build cars that nobody buys," she said.

Finance chief Marco Bellini said the company expected an operating margin of 6% to 7%, down from a previous range of 8% to 9%. He added that Veltro would cut 1,500 jobs in Italy through voluntary departures.

The FIOM metalworkers' union condemned the job cuts. It said it would call a strike if the company tried to make any of them compulsory.

Veltro shares fell 9% in Milan, their biggest one-day drop since 2020. "The guidance cut was bigger than anyone expected," said Elena Russo, an analyst at Banca Akros.`,
    claims: [
      { s: 'cut its full-year profit forecast on Thursday, blaming', speakers: ['Veltro'] },
      { s: 'Giulia Ferri told analysts on a conference call', speakers: ['Giulia Ferri'] },
      { s: '"We are not going to build cars that nobody buys," she said.', speakers: ['Giulia Ferri'], direct: true },
      { s: 'Marco Bellini said the company expected', speakers: ['Marco Bellini'] },
      { s: 'He added that Veltro would cut 1,500 jobs', speakers: ['Marco Bellini'] },
      {
        s: 'union condemned the job cuts',
        speakers: ["FIOM metalworkers' union", 'FIOM', 'FIOM metalworkers union'],
      },
      {
        s: 'It said it would call a strike',
        speakers: ["FIOM metalworkers' union", 'FIOM', 'FIOM metalworkers union'],
      },
      { s: '"The guidance cut was bigger than anyone expected," said', speakers: ['Elena Russo'], direct: true },
    ],
  },
];

/**
 * Written blind on 1 Dec 2026 (thirty-second batch), before the detector was run on it, in the
 * style of Wikinews: formal past-tense reports with a dateline day, a ministry that "confirmed"
 * and a statement "released by the ministry" (according to), a director general with a long title
 * who told reporters then spoke over two sentences, a company that said in a statement then "It
 * did not comment"; a court ruling quoted over three sentences with "wrote in her ruling", a
 * treasury "In a statement" then "It argued", a quotation inside a quotation; an author's
 * interview with the interviewer's questions, a hypothetical answer and a novel's title in
 * quotation marks; a UN agency as "the agency" and "It", scare quotes inside a claim, farmers as
 * "They"; a professor introduced with a colon before a quotation over three paragraphs, a
 * university as "It" and a question that is no claim.
 */
export const NEWS_CASES_32: NewsCase[] = [
  {
    name: 'Wikinews ferry toll: a ministry confirmed, according to a statement released by the ministry, a director general told reporters then two quoted sentences, Santoso said that, the company said in a statement then It did not comment, fishermen told the BBC',
    text: `Indonesian ministry confirms ferry death toll rises to 31

Thursday, March 12, 2026

Indonesia's Ministry of Transportation confirmed on Wednesday that the number of people killed when a passenger ferry capsized off the coast of Sulawesi last week had risen to 31.

According to a statement released by the ministry, rescue teams recovered four more bodies on Tuesday. Eleven passengers remain missing.

The ministry's director general of sea transportation, Budi Santoso, told reporters in Jakarta that the ferry had been carrying almost twice the number of passengers listed on its manifest. "The captain reported 140 passengers. Our teams have now counted more than 250 survivors alone," he said.

Santoso said that the operator, PT Laut Sejahtera, would face an investigation. The company said in a statement that it was cooperating fully with the authorities and that it "deeply regrets" the loss of life. It did not comment on the manifest.

Local fishermen, who were among the first to reach the ferry, told the BBC that they had pulled dozens of people from the water before any official rescue boats arrived.

The disaster is the third major ferry accident in Indonesia this year.`,
    claims: [
      {
        s: 'Ministry of Transportation confirmed on Wednesday',
        speakers: ["Indonesia's Ministry of Transportation", 'Ministry of Transportation', 'ministry'],
      },
      {
        s: 'rescue teams recovered four more bodies',
        speakers: [
          "Indonesia's Ministry of Transportation",
          'Ministry of Transportation',
          'ministry',
          'a statement released by the ministry',
          'statement',
        ],
      },
      { s: 'Budi Santoso, told reporters in Jakarta', speakers: ['Budi Santoso'] },
      { s: '"The captain reported 140 passengers.', speakers: ['Budi Santoso'], direct: true },
      { s: 'Our teams have now counted more than 250 survivors', speakers: ['Budi Santoso'], direct: true },
      { s: 'Santoso said that the operator', speakers: ['Budi Santoso'] },
      { s: 'The company said in a statement that it was cooperating', speakers: ['PT Laut Sejahtera', 'company'] },
      { s: 'It did not comment on the manifest.', speakers: [], optional: true },
      { s: 'told the BBC that they had pulled dozens', speakers: ['Local fishermen', 'fishermen'] },
    ],
  },
  {
    name: "Wikinews court ruling: a justice said with a quoted fragment, ordered that, a ruling quoted over three sentences with wrote in her ruling, In a statement the Treasury said then It argued, a chairman said then a quotation with a minister's words inside, analysts said",
    text: `Kenyan court blocks sale of state power company stake

Saturday, June 6, 2026

The High Court of Kenya on Friday suspended the government's planned sale of a 35 percent stake in Kenya Power, ruling that parliament had not been properly consulted.

Justice Wanjiru Mwangi said the Treasury had "acted as though parliament were a formality." She ordered that no shares be transferred until a full hearing in August.

"The law is clear on this point. A sale of this size requires the approval of the National Assembly, and that approval was never sought," Mwangi wrote in her ruling. "The court cannot pretend otherwise."

In a statement, the National Treasury said it respected the court's decision but would appeal. It argued that the sale had been approved by the cabinet in January and that the law did not require a separate vote.

The petition was brought by the Consumers Federation of Kenya. Its chairman, Peter Otieno, said the ruling was "a victory for every household that pays an electricity bill."

"When the minister stood in parliament last year, he said, 'There will be no sale without your consent.' We are only asking him to keep his word," Otieno said.

Analysts said the delay could cost the government about 40 billion shillings in planned revenue this fiscal year.`,
    claims: [
      {
        s: "suspended the government's planned sale",
        speakers: ['High Court of Kenya', 'High Court'],
        optional: true,
      },
      { s: 'Justice Wanjiru Mwangi said the Treasury had', speakers: ['Wanjiru Mwangi'] },
      { s: 'She ordered that no shares be transferred', speakers: ['Wanjiru Mwangi'], optional: true },
      { s: '"The law is clear on this point.', speakers: ['Wanjiru Mwangi'], direct: true },
      { s: 'A sale of this size requires the approval', speakers: ['Wanjiru Mwangi'], direct: true },
      { s: '"The court cannot pretend otherwise."', speakers: ['Wanjiru Mwangi'], direct: true },
      { s: 'In a statement, the National Treasury said', speakers: ['National Treasury', 'Treasury'] },
      { s: 'It argued that the sale had been approved', speakers: ['National Treasury', 'Treasury'] },
      { s: 'Peter Otieno, said the ruling was', speakers: ['Peter Otieno'] },
      { s: '"When the minister stood in parliament last year', speakers: ['Peter Otieno'], direct: true },
      { s: 'We are only asking him to keep his word," Otieno said.', speakers: ['Peter Otieno'], direct: true },
      { s: 'Analysts said the delay could cost', speakers: ['Analysts'] },
    ],
  },
  {
    name: "Wikinews author interview: a novel's title in quotation marks, said the idea came from, the interviewer's questions, a hypothetical answer, a publisher said, but X said no agreement",
    text: `Wikinews interviews author of novel about Antarctic research station

Monday, January 19, 2026

Wikinews spoke with Norwegian author Sigrid Havland, whose novel "The Quiet Ice" was shortlisted this month for the Nordic Council Literature Prize. The book follows a doctor who spends a winter alone at a research station.

Havland, who worked as a doctor in Tromsø for twelve years, said the idea came from a colleague who had wintered at the Troll station in Queen Maud Land.

((Wikinews)) Did you travel to Antarctica yourself?

Sigrid Havland: No, and I think that helped. If I had gone there, I would have written a travel book.

((Wikinews)) Your narrator never names the station. Why?

Sigrid Havland: Because it could be any place where people are cut off. I wrote most of it during the pandemic.

Her publisher, Gyldendal Norsk Forlag, said the novel had sold 60,000 copies in Norway and would be translated into eleven languages. A film adaptation has been discussed, but Havland said no agreement had been signed.

The prize will be announced in Reykjavík on October 28.`,
    claims: [
      { s: 'said the idea came from a colleague', speakers: ['Sigrid Havland'] },
      { s: 'No, and I think that helped.', speakers: ['Sigrid Havland'], optional: true },
      { s: 'If I had gone there, I would have written', speakers: ['Sigrid Havland'], optional: true },
      { s: 'Because it could be any place where people', speakers: ['Sigrid Havland'], optional: true },
      { s: 'I wrote most of it during the pandemic.', speakers: ['Sigrid Havland'], optional: true },
      { s: 'Gyldendal Norsk Forlag, said the novel had sold', speakers: ['Gyldendal Norsk Forlag'] },
      { s: 'but Havland said no agreement had been signed', speakers: ['Sigrid Havland'] },
    ],
  },
  {
    name: 'Wikinews locusts: an agency warned, According to the agency then It said that, an officer told the BBC with a term in quotation marks then he said over two sentences, a ministry said it, farmers say they then They told local radio with scare quotes',
    text: `UN agency warns of locust swarms in East Africa

Wednesday, February 4, 2026

The Food and Agriculture Organization (FAO) warned on Tuesday that desert locust swarms could reach Ethiopia and Somalia within weeks, threatening crops in a region still recovering from drought.

According to the agency, swarms of up to 80 million locusts per square kilometre have formed along the Red Sea coast of Sudan and Eritrea since December. It said that ground teams had treated about 120,000 hectares but that the area affected was growing.

Tomas Ekwueme, the FAO's senior locust forecasting officer, told the BBC that the next month would decide whether the outbreak became a regional "upsurge". "We have seen this pattern before, in 2019," he said. "The difference now is that we are seeing it early."

Ethiopia's Ministry of Agriculture said it had deployed four aircraft for aerial spraying. Farmers in the Afar region, however, say they have seen no spraying so far. They told local radio that the government's "emergency plan" existed only on paper.

The FAO has asked donors for $38 million.`,
    claims: [
      {
        s: 'warned on Tuesday that desert locust swarms',
        speakers: ['Food and Agriculture Organization', 'FAO'],
      },
      {
        s: 'swarms of up to 80 million locusts',
        speakers: ['Food and Agriculture Organization', 'FAO', 'agency'],
      },
      {
        s: 'It said that ground teams had treated',
        speakers: ['Food and Agriculture Organization', 'FAO', 'agency'],
      },
      { s: 'told the BBC that the next month would decide', speakers: ['Tomas Ekwueme'] },
      { s: '"We have seen this pattern before, in 2019," he said.', speakers: ['Tomas Ekwueme'], direct: true },
      { s: '"The difference now is that we are seeing it early."', speakers: ['Tomas Ekwueme'], direct: true },
      {
        s: 'Ministry of Agriculture said it had deployed',
        speakers: ["Ethiopia's Ministry of Agriculture", 'Ministry of Agriculture'],
      },
      { s: 'say they have seen no spraying so far', speakers: ['Farmers in the Afar region', 'Farmers'] },
      { s: 'They told local radio that', speakers: ['Farmers in the Afar region', 'Farmers'] },
      {
        s: 'The FAO has asked donors',
        speakers: ['Food and Agriculture Organization', 'FAO'],
        optional: true,
      },
    ],
  },
  {
    name: 'Wikinews solar record: researchers announced, a professor explained with a colon before a quotation over three paragraphs, X, the university said then It added, a question then according to an analyst who noted',
    text: `Swiss researchers report record efficiency for perovskite solar cell

Friday, May 15, 2026

Researchers at the École Polytechnique Fédérale de Lausanne (EPFL) announced on Thursday that they had built a perovskite-silicon solar cell that converts 34.1 percent of sunlight into electricity, a record for the technology.

The team's leader, Professor Anja Brunner, explained the result at a press conference in Lausanne: "Silicon alone cannot go much further than 27 percent. By adding a thin perovskite layer on top, we capture the blue light that silicon wastes.

"The hard part was never efficiency. It was stability. Our cells kept 95 percent of their output after 1,000 hours under light and heat.

"We are not yet at the point where you can buy one."

The result has been certified by the Fraunhofer Institute for Solar Energy Systems, the university said. It added that a spin-off company would begin pilot production in 2028.

Would such cells make rooftop panels cheaper? Not immediately, according to Marc Leblanc, an energy analyst at BloombergNEF, who noted that manufacturing costs remained well above those of standard silicon panels.`,
    claims: [
      {
        s: 'announced on Thursday that they had built',
        speakers: [
          'Researchers at the École Polytechnique Fédérale de Lausanne',
          'École Polytechnique Fédérale de Lausanne',
          'EPFL',
          'Researchers',
        ],
      },
      { s: 'explained the result at a press conference', speakers: ['Anja Brunner'], direct: true },
      { s: 'By adding a thin perovskite layer on top', speakers: ['Anja Brunner'], direct: true },
      { s: '"The hard part was never efficiency.', speakers: ['Anja Brunner'], direct: true },
      { s: 'It was stability.', speakers: ['Anja Brunner'], direct: true },
      { s: 'Our cells kept 95 percent of their output', speakers: ['Anja Brunner'], direct: true },
      { s: '"We are not yet at the point where you can buy one."', speakers: ['Anja Brunner'], direct: true },
      {
        s: 'The result has been certified by the Fraunhofer Institute',
        speakers: ['university', 'École Polytechnique Fédérale de Lausanne', 'EPFL'],
      },
      {
        s: 'It added that a spin-off company',
        speakers: ['university', 'École Polytechnique Fédérale de Lausanne', 'EPFL'],
      },
      { s: 'Not immediately, according to Marc Leblanc', speakers: ['Marc Leblanc'] },
    ],
  },
];

/**
 * Written blind on 1 Dec 2026 (thirty-third batch), with the thirty-second and before the detector
 * was run on it, in the style of Wikinews: a minister who told reporters after a vote then spoke
 * over two sentences, an opposition party that said it and added "They will …, the party added",
 * a union spokeswoman with a long title; a police search ("According to police", a superintendent
 * who appealed, a sister named only by her first name, "Asked whether …, police said" then
 * "They said"); an electoral commission's chairperson in reported speech over two sentences,
 * scare quotes in a party's claim, a secretary general who told Wikinews, a hypothetical that is
 * no claim; a regulator "In its decision" then "It said", a director with a long title after
 * "said:", a quotation of call-centre staff inside reported speech; an obituary with a family as
 * "They", a president who "called" her something, titles of books in quotation marks and an old
 * interview quoted after "she told the paper".
 */
export const NEWS_CASES_33: NewsCase[] = [
  {
    name: 'Wikinews pension vote: a minister told reporters with a quoted fragment then two quoted sentences, an opposition party said it would, its deputy chairman accused, "They will …, the party added", a union called a protest, a spokeswoman with a long title said that',
    text: `Czech parliament approves pension reform after all-night session

Saturday, November 14, 2026

The Chamber of Deputies of the Czech Republic approved a reform of the state pension system early on Friday, after opposition parties spent more than 14 hours trying to delay the vote.

The bill raises the retirement age gradually from 65 to 67 by 2040. Labour and Social Affairs Minister Petra Dvořáková told reporters after the vote that the change was "painful but unavoidable."

"Every year we wait, the bill for our children grows," she said. "I would rather be unpopular now than irresponsible."

The opposition ANO party said it would challenge the law at the Constitutional Court. Its deputy chairman, Radek Holub, accused the government of "stealing two years of rest" from people who had worked all their lives. They will collect signatures for a referendum, the party added.

The Czech-Moravian Confederation of Trade Unions, the country's largest union group, has called a protest in Prague for December 3. A spokeswoman for the confederation, Jana Hrubá, said that more than 30,000 people were expected to attend.

The reform still needs the approval of the Senate, where the governing coalition holds a majority.`,
    claims: [
      { s: 'told reporters after the vote that the change', speakers: ['Petra Dvořáková'] },
      { s: '"Every year we wait, the bill for our children grows,"', speakers: ['Petra Dvořáková'], direct: true },
      { s: '"I would rather be unpopular now', speakers: ['Petra Dvořáková'], direct: true },
      { s: 'ANO party said it would challenge', speakers: ['ANO', 'ANO party', 'opposition ANO party'] },
      { s: 'Radek Holub, accused the government', speakers: ['Radek Holub'] },
      {
        s: 'They will collect signatures for a referendum, the party added.',
        speakers: ['ANO', 'ANO party', 'opposition ANO party', 'party'],
      },
      { s: 'Jana Hrubá, said that more than 30,000', speakers: ['Jana Hrubá'] },
    ],
  },
  {
    name: 'Wikinews missing hiker: According to police, a superintendent with a district command said on Monday then She appealed, two quoted sentences with Moore said, a sister named by her first name told a broadcaster then she said, Asked whether …, police said then They said',
    text: `Police in New South Wales search for missing hiker in Blue Mountains

Tuesday, August 4, 2026

Police in New South Wales, Australia, resumed the search on Monday for a 27-year-old hiker who has been missing in the Blue Mountains National Park since Thursday.

According to police, Liam Carter set out alone on the Grand Canyon Track near Blackheath and was last seen by another walker at about 2 pm. His car was found in a car park the next morning.

Superintendent Rachel Moore, commander of the Blue Mountains Police District, said on Monday that more than 60 searchers and a helicopter were taking part. She appealed to anyone who had been in the area on Thursday to contact police.

"Liam is an experienced bushwalker and he was well equipped," Moore said. "We remain hopeful."

Carter's sister, Emma, told the Australian Broadcasting Corporation that the family had travelled from Melbourne to join the search. "He always texts when he gets back to the car. This time he didn't," she said.

Asked whether the weather had hampered the search, police said overnight temperatures had fallen to minus 3 degrees Celsius. They said the search would continue for at least another week.`,
    claims: [
      { s: 'Liam Carter set out alone', speakers: ['police'] },
      { s: 'Rachel Moore, commander of the Blue Mountains Police District, said', speakers: ['Rachel Moore'] },
      { s: 'She appealed to anyone who had been in the area', speakers: ['Rachel Moore'] },
      { s: '"Liam is an experienced bushwalker', speakers: ['Rachel Moore'], direct: true },
      { s: '"We remain hopeful."', speakers: ['Rachel Moore'], direct: true },
      { s: 'told the Australian Broadcasting Corporation that the family', speakers: ['Emma', 'Emma Carter'] },
      { s: '"He always texts when he gets back to the car.', speakers: ['Emma', 'Emma Carter'], direct: true },
      { s: 'This time he didn\'t," she said.', speakers: ['Emma', 'Emma Carter'], direct: true },
      { s: 'police said overnight temperatures had fallen', speakers: ['police'] },
      { s: 'They said the search would continue', speakers: ['police'] },
    ],
  },
  {
    name: 'Wikinews electoral commission: rejected a request, a chairperson said at a press briefing then She said that, a party has claimed with scare quotes, a secretary general told Wikinews then He said, a hypothetical rule that is no claim, observers said in a preliminary report with a quoted fragment and they noted',
    text: `Malawi electoral commission rejects opposition call for recount

Friday, September 25, 2026

The Malawi Electoral Commission (MEC) on Thursday rejected a request from the opposition Malawi Congress Party for a full recount of the presidential election held on September 16.

The commission's chairperson, Justice Ruth Chisale, said at a press briefing in Lilongwe that the commission had reviewed complaints from 14 districts and found no irregularities that would have changed the result. She said that the results forms from every polling centre had been signed by party monitors.

The Malawi Congress Party has claimed that tens of thousands of "ghost voters" were added to the register in the south of the country. Its secretary general, Moses Kapalamula, told Wikinews that the party would take the matter to the Constitutional Court. He said the party had evidence from its own monitors but declined to share it.

Under the constitution, a candidate must win more than half the votes to be elected. If no candidate had crossed that line, a run-off would have been held within 60 days.

Observers from the Southern African Development Community said in a preliminary report that voting had been "peaceful and orderly", although they noted long queues in several urban areas.`,
    claims: [
      {
        s: 'rejected a request from the opposition',
        speakers: ['Malawi Electoral Commission', 'MEC'],
        optional: true,
      },
      { s: 'Ruth Chisale, said at a press briefing in Lilongwe', speakers: ['Ruth Chisale'] },
      { s: 'She said that the results forms', speakers: ['Ruth Chisale'] },
      { s: 'has claimed that tens of thousands', speakers: ['Malawi Congress Party'] },
      { s: 'Moses Kapalamula, told Wikinews', speakers: ['Moses Kapalamula'] },
      { s: 'He said the party had evidence', speakers: ['Moses Kapalamula'] },
      {
        s: 'said in a preliminary report that voting',
        speakers: [
          'Observers from the Southern African Development Community',
          'Observers',
          'Southern African Development Community',
        ],
      },
    ],
  },
  {
    name: 'Wikinews airline fine: In its decision, the commission said that, It said, X said it would appeal, In a statement a director with a long title said: then a quotation over two sentences, a consumer group said, a head of consumer rights said with staff quoted inside, she said',
    text: `Irish regulator fines airline over refund delays

Wednesday, April 22, 2026

Ireland's Commission for Aviation Regulation fined the low-cost airline Skyhop €2.4 million on Tuesday for failing to refund passengers within seven days after cancelling flights last summer.

In its decision, the commission said that the airline had taken an average of 68 days to pay refunds and had "repeatedly misled" passengers about their rights. It said more than 41,000 passengers had been affected.

Skyhop said it would appeal. In a statement, the airline's director of customer experience, Ciarán Doyle, said: "The disruption last summer was caused by air traffic control strikes in France, not by Skyhop. We paid every refund we owed."

The Consumers' Association of Ireland said the fine was too small. Its head of consumer rights, Naomi Price, said passengers had told the association of being told by call centre staff, "You will get your money when we get ours." "That is not how the law works," she said.

The airline's shares fell 2 percent in Dublin.`,
    claims: [
      {
        s: 'In its decision, the commission said that the airline',
        speakers: ['Commission for Aviation Regulation', "Ireland's Commission for Aviation Regulation", 'commission'],
      },
      {
        s: 'It said more than 41,000 passengers',
        speakers: ['Commission for Aviation Regulation', "Ireland's Commission for Aviation Regulation", 'commission'],
      },
      { s: 'Skyhop said it would appeal.', speakers: ['Skyhop'] },
      { s: 'Ciarán Doyle, said: "The disruption last summer', speakers: ['Ciarán Doyle'], direct: true },
      { s: 'We paid every refund we owed."', speakers: ['Ciarán Doyle'], direct: true },
      {
        s: "Consumers' Association of Ireland said the fine",
        speakers: ["Consumers' Association of Ireland", 'Consumers Association of Ireland'],
      },
      { s: 'Naomi Price, said passengers had told', speakers: ['Naomi Price'] },
      { s: '"That is not how the law works," she said.', speakers: ['Naomi Price'], direct: true },
    ],
  },
  {
    name: "Wikinews obituary: a collection's title in quotation marks, her family said in a statement then They asked and said, a president called her with a quoted label, a ministry announced mourning, she said that with a quoted fragment, two quoted sentences from an old interview with she told the paper",
    text: `Chilean poet Elena Araya dies aged 91

Sunday, July 12, 2026

Chilean poet Elena Araya, whose collection "Salt and Copper" won the National Prize for Literature in 1994, died on Saturday at her home in Valparaíso. She was 91.

Her family said in a statement that she had died peacefully, surrounded by her children and grandchildren. They asked for privacy and said a public memorial would be held in Santiago later this month.

President Gabriel Ortiz called Araya "the voice of the miners and the sea" in a message on social media. The Ministry of Cultures, Arts and Heritage announced three days of national mourning.

Araya was known for refusing interviews. In one of the few she gave, to the newspaper El Mercurio in 1998, she said that poetry "should smell of work." "I never wrote for the universities," she told the paper. "I wrote for the people on the night shift."

Her last book, "Letters to the Harbour", was published in 2019.`,
    claims: [
      { s: 'Her family said in a statement that she had died', speakers: ['family', 'Her family'] },
      { s: 'They asked for privacy and said a public memorial', speakers: ['family', 'Her family'] },
      { s: 'President Gabriel Ortiz called Araya', speakers: ['Gabriel Ortiz'] },
      {
        s: 'announced three days of national mourning',
        speakers: ['Ministry of Cultures, Arts and Heritage'],
        optional: true,
      },
      { s: 'she said that poetry "should smell of work."', speakers: ['Elena Araya'] },
      { s: '"I never wrote for the universities," she told the paper.', speakers: ['Elena Araya'], direct: true },
      { s: '"I wrote for the people on the night shift."', speakers: ['Elena Araya'], direct: true },
    ],
  },
];

/**
 * Written blind on 1 Dec 2026 (thirty-fourth batch), with the thirty-second and thirty-third and
 * before the detector was run on it, in wire and election style: a governor's race called
 * "according to projections by Edison Research", a winner who told supporters then promised, a
 * concession reported by a rival's spokesman, a campaign "In a statement", a loser quoted over two
 * paragraphs after "told reporters later"; an exclusive sourced to "people familiar with the
 * matter" then "the people said" and "They said", declines to comment, an old quotation to
 * analysts, "one of the sources said"; a Senate debate with a charge "he called false", "Asked
 * whether she would …, X said she would", "Of course." and a spokeswoman named after the
 * quotation; a study as "It found", authors as "They", a conference title and an exhibition
 * title in quotation marks; a ministry quoted in a fragment, a spokeswoman at a regular briefing
 * then "She said", a commission then "It said", a quotation with a capital's words inside and
 * an industry association that "has long argued".
 */
export const NEWS_CASES_34: NewsCase[] = [
  {
    name: "governor's race: according to projections by, told supporters with a quoted fragment then She promised, X conceded, a spokesman for Y said, In a statement a campaign said, a quotation over two paragraphs after told reporters later, according to Edison, the secretary of state's office said",
    text: `Democrat Rivera wins Nevada governor's race, networks project

LAS VEGAS, Nov 4 (Reuters) - Democrat Sofia Rivera won the race for Nevada governor on Tuesday, defeating Republican incumbent Governor Mark Hadley, according to projections by Edison Research.

Rivera, a former state attorney general, told supporters at a Las Vegas hotel that voters had chosen "a state that works for everybody, not just the people at the top." She promised to raise teacher pay in her first budget.

Hadley conceded in a phone call shortly before midnight, a spokesman for Rivera said. In a statement, Hadley's campaign said the governor had wished Rivera well and would "help make the transition a smooth one."

"We ran a campaign we can be proud of," Hadley told reporters later outside the governor's mansion in Carson City. "Nevada is in a better place than it was four years ago.

"I am not going anywhere."

With 88% of the expected vote counted, Rivera led by 52% to 46%, according to Edison. Turnout was the highest for a midterm election in the state since 1966, the secretary of state's office said.`,
    claims: [
      {
        s: 'Sofia Rivera won the race for Nevada governor',
        speakers: ['Edison Research', 'projections by Edison Research', 'Edison'],
      },
      { s: 'told supporters at a Las Vegas hotel', speakers: ['Sofia Rivera'] },
      { s: 'She promised to raise teacher pay', speakers: ['Sofia Rivera'] },
      {
        s: 'Hadley conceded in a phone call shortly before midnight, a spokesman for Rivera said.',
        speakers: ['a spokesman for Rivera', 'spokesman for Rivera', 'spokesman', 'Sofia Rivera'],
      },
      {
        s: "In a statement, Hadley's campaign said the governor",
        speakers: ["Hadley's campaign", 'Mark Hadley', 'campaign'],
      },
      { s: '"We ran a campaign we can be proud of," Hadley told', speakers: ['Mark Hadley'], direct: true },
      { s: '"Nevada is in a better place', speakers: ['Mark Hadley'], direct: true },
      { s: '"I am not going anywhere."', speakers: ['Mark Hadley'], direct: true },
      { s: 'Rivera led by 52% to 46%, according to Edison', speakers: ['Edison', 'Edison Research'] },
      {
        s: 'Turnout was the highest for a midterm election',
        speakers: ["secretary of state's office", 'secretary of state', "the secretary of state's office"],
      },
    ],
  },
  {
    name: 'exclusive: people familiar with the matter told Reuters, the people said, asking not to be named, They said, declined to comment, did not respond, said in February then an old quotation with he told analysts, according to shipbroker X, one of the sources said',
    text: `Exclusive: Danish shipping group Nordhavn explores sale of tanker unit, sources say

COPENHAGEN, March 9 (Reuters) - Danish shipping group Nordhavn is exploring a sale of its tanker business that could value the unit at about $3 billion, three people familiar with the matter told Reuters.

The company has hired investment bank Lazard to advise on the process and has approached several private equity firms, the people said, asking not to be named because the talks are private. They said a deal was unlikely before the end of the year.

Nordhavn declined to comment. Lazard did not respond to a request for comment.

Nordhavn's chief executive, Henrik Vestergaard, said in February that the company wanted to focus on container shipping and port terminals. "Tankers are a good business, but they are not our business," he told analysts at the time.

Tanker rates have more than doubled since 2021 as sanctions on Russia reshaped global oil flows, according to shipbroker Clarksons. Two of the private equity firms are weighing a joint bid, one of the sources said.`,
    claims: [
      {
        s: 'is exploring a sale of its tanker business',
        speakers: ['three people familiar with the matter', 'people familiar with the matter', 'people'],
      },
      {
        s: 'The company has hired investment bank Lazard',
        speakers: ['people', 'the people', 'three people familiar with the matter', 'people familiar with the matter'],
      },
      {
        s: 'They said a deal was unlikely',
        speakers: ['people', 'the people', 'three people familiar with the matter', 'people familiar with the matter'],
      },
      { s: 'Nordhavn declined to comment.', speakers: [], optional: true },
      { s: 'Lazard did not respond', speakers: [], optional: true },
      { s: 'Henrik Vestergaard, said in February', speakers: ['Henrik Vestergaard'] },
      { s: '"Tankers are a good business', speakers: ['Henrik Vestergaard'], direct: true },
      { s: 'Tanker rates have more than doubled', speakers: ['Clarksons', 'shipbroker Clarksons'] },
      {
        s: 'Two of the private equity firms are weighing',
        speakers: ['one of the sources', 'sources', 'source', 'one'],
      },
    ],
  },
  {
    name: 'Senate debate: X said she would not but accused Y of with a quoted fragment, a charge he called false, "…, and she knows it," Y said, said rising prices were with a fragment, He pointed to, Asked whether she would, X said she would, "Of course." then she said, a campaign spokeswoman named after the quotation, a poll showed',
    text: `Georgia Senate hopefuls clash over abortion in first debate

ATLANTA, Oct 8 (Reuters) - Republican Senate candidate Carla Whitman and Democratic Senator James Okafor traded accusations over abortion rights and inflation on Tuesday in their only scheduled debate before the November 3 election.

Whitman said she would not support a national abortion ban but accused Okafor of backing "abortion up to the moment of birth," a charge he called false. "I have never supported that, and she knows it," Okafor said.

Okafor, who was first elected in 2020, said rising grocery prices were the fault of "corporate greed, not government spending." He pointed to his vote for a bill capping the cost of insulin at $35 a month.

Asked whether she would accept the result of the election if she lost, Whitman said she would. "Of course. Georgia runs good elections," she said. Her answer drew applause from the audience.

"Tonight voters saw a senator who has no answers on the cost of living," Whitman campaign spokeswoman Ashley Grant said in a statement after the debate.

A poll by Emerson College last week showed the race tied.`,
    claims: [
      { s: 'Whitman said she would not support', speakers: ['Carla Whitman'] },
      { s: '"I have never supported that, and she knows it," Okafor said.', speakers: ['James Okafor'], direct: true },
      { s: 'said rising grocery prices were the fault', speakers: ['James Okafor'] },
      { s: 'He pointed to his vote for a bill', speakers: ['James Okafor'], optional: true },
      { s: 'Asked whether she would accept the result', speakers: ['Carla Whitman'] },
      { s: '"Of course.', speakers: ['Carla Whitman'], direct: true },
      { s: 'Georgia runs good elections," she said.', speakers: ['Carla Whitman'], direct: true },
      { s: '"Tonight voters saw a senator', speakers: ['Ashley Grant'], direct: true },
      { s: 'A poll by Emerson College last week showed', speakers: ['Emerson College', 'poll'], optional: true },
    ],
  },
  {
    name: 'Wikinews study: according to a study published in a journal, It found that, two quoted sentences with lead author X said in a press release, The authors wrote then They warned, a conference title in quotation marks inside a claim, fishing groups called science alarmist, an exhibition title that is no claim',
    text: `Study finds ocean heatwaves have doubled since 1980s

Thursday, October 1, 2026

Marine heatwaves now occur twice as often as they did in the early 1980s, according to a study published on Wednesday in the journal Nature Climate Change.

The study, led by researchers at the University of Tasmania, analysed satellite measurements of sea surface temperature from 1982 to 2025. It found that the average number of heatwave days per year had risen from 22 to 51.

"These are not rare events any more," lead author Kirra Walsh said in a press release from the university. "In parts of the Tasman Sea, a heatwave is now the normal state of the ocean."

The authors wrote that the rise could not be explained by natural variability alone. They warned that coral reefs and kelp forests were unlikely to recover between events if the trend continued.

Walsh, who presented the findings at a conference titled "Oceans in Transition" in Hobart last month, said the team would next study heatwaves below the surface.

Some fishing groups have called the so-called "heatwave science" alarmist. The Tasmanian Seafood Industry Council did not respond to a request for comment.

An exhibition of Walsh's underwater photographs, "Blue Heat", opens at the Tasmanian Museum and Art Gallery on Saturday.`,
    claims: [
      {
        s: 'Marine heatwaves now occur twice as often',
        speakers: [
          'study',
          'a study published on Wednesday in the journal Nature Climate Change',
          'Nature Climate Change',
        ],
      },
      { s: 'It found that the average number', speakers: ['study', 'The study'] },
      { s: '"These are not rare events any more," lead author', speakers: ['Kirra Walsh'], direct: true },
      { s: '"In parts of the Tasman Sea', speakers: ['Kirra Walsh'], direct: true },
      { s: 'The authors wrote that the rise', speakers: ['authors', 'The authors'] },
      { s: 'They warned that coral reefs', speakers: ['authors', 'The authors'] },
      { s: 'said the team would next study heatwaves', speakers: ['Kirra Walsh'] },
      { s: 'Some fishing groups have called', speakers: ['Some fishing groups', 'fishing groups'], optional: true },
      { s: 'did not respond to a request for comment', speakers: [], optional: true },
    ],
  },
  {
    name: 'trade dispute: X will take "…" measures, the commerce ministry said, a spokeswoman told a regular news briefing then She said, a commission said in a statement then It said, X, who chairs a committee, said with a fragment then a quotation with a capital\'s words inside and he told Reuters, makers welcomed, an association has long argued',
    text: `China says it will retaliate against new EU tariffs on electric bikes

BEIJING, May 20 (Reuters) - China will take "all necessary measures" to protect its companies after the European Union imposed tariffs of up to 34% on Chinese electric bicycles, the commerce ministry said on Wednesday.

Ministry spokeswoman Liu Wenjing told a regular news briefing in Beijing that the EU decision was "typical protectionism." She said China had offered a price undertaking in March, which Brussels had rejected.

The European Commission said in a statement that the tariffs reflected subsidies found during a 13-month investigation. It said Chinese producers had received cheap land, loans and electricity from local governments.

Valdis Ozols, who chairs the European Parliament's trade committee, said the Commission had "done its homework." "When Beijing says 'protectionism', it means 'please let us keep selling below cost'," he told Reuters.

European bicycle makers welcomed the decision. Their association, the European Bicycle Manufacturers Association, has long argued that Chinese imports were sold below the cost of production.`,
    claims: [
      { s: 'China will take "all necessary measures"', speakers: ['commerce ministry', 'ministry'] },
      { s: 'Liu Wenjing told a regular news briefing', speakers: ['Liu Wenjing'] },
      { s: 'She said China had offered a price undertaking', speakers: ['Liu Wenjing'] },
      { s: 'The European Commission said in a statement', speakers: ['European Commission'] },
      { s: 'It said Chinese producers had received', speakers: ['European Commission'] },
      { s: 'Valdis Ozols, who chairs', speakers: ['Valdis Ozols'] },
      { s: "\"When Beijing says 'protectionism'", speakers: ['Valdis Ozols'], direct: true },
      { s: 'European bicycle makers welcomed the decision.', speakers: ['European bicycle makers'] },
      {
        s: 'has long argued that Chinese imports',
        speakers: ['European Bicycle Manufacturers Association', 'Their association'],
      },
    ],
  },
];

/**
 * Written blind on 1 Dec 2026 (thirty-fifth batch), after all the fixes for batches 32–34 and
 * before the detector was run on it, as the round's last check: a health emergency "according to
 * figures from the Ministry of Health", a ministry as "It" that blamed, a minister quoted over
 * three paragraphs; a Wikinews interview with a mayor, his answers, a documentary's title, a
 * question that is no claim and an inverted source with a possessive and a name in apposition; a
 * space agency "In a statement" then "It said", a project manager in reported speech over two
 * sentences, a quotation inside a quotation, scare quotes, officials as "They"; a primary called
 * "according to a tally by the Associated Press", a colon before a quotation of three sentences,
 * a campaign that called its rival something, a party that said; a gallery theft with police
 * after the clause, "According to the Saxony state police", investigators who believe, a body
 * that appealed, an unnamed watchman quoted over two sentences and a spokeswoman with a long
 * title.
 */
export const NEWS_CASES_35: NewsCase[] = [
  {
    name: 'Wikinews dengue emergency: according to figures from a ministry, The ministry said that then It blamed, a minister told reporters then a quotation over three paragraphs, a regional office said it, a director warned that, doctors have complained, a nurse told Wikinews',
    text: `Peru declares health emergency over dengue outbreak

Tuesday, March 3, 2026

Peru's government declared a 90-day health emergency in eleven regions on Monday after the number of dengue cases this year passed 120,000, according to figures from the Ministry of Health.

The ministry said that 94 people had died of the disease since January, more than in the whole of 2025. It blamed unusually heavy rains in the north of the country, which have left standing water in many towns.

Health Minister Carmen Villanueva told reporters in Lima that the government would send 2,000 additional health workers to the affected regions. "We are not going to wait for the numbers to get worse," she said.

"The first thing people can do is empty every container that holds water. A flower pot, a tyre, a bucket: that is where the mosquito breeds.

"Fumigation alone will not win this."

The Pan American Health Organization, the regional office of the World Health Organization, said it was sending a team of epidemiologists to Piura. Its director of communicable diseases, Rafael Mendes, warned that cases could rise further in April.

Doctors in Piura have complained that hospitals are short of beds. One of them, nurse Lucía Paredes, told Wikinews that patients were being treated in corridors.`,
    claims: [
      {
        s: 'after the number of dengue cases this year passed 120,000',
        speakers: ['Ministry of Health', 'figures from the Ministry of Health', 'figures'],
      },
      { s: 'The ministry said that 94 people had died', speakers: ['Ministry of Health', 'ministry'] },
      { s: 'It blamed unusually heavy rains', speakers: ['Ministry of Health', 'ministry'] },
      { s: 'Carmen Villanueva told reporters in Lima', speakers: ['Carmen Villanueva'] },
      { s: '"We are not going to wait for the numbers', speakers: ['Carmen Villanueva'], direct: true },
      { s: '"The first thing people can do', speakers: ['Carmen Villanueva'], direct: true },
      { s: 'A flower pot, a tyre, a bucket', speakers: ['Carmen Villanueva'], direct: true },
      { s: '"Fumigation alone will not win this."', speakers: ['Carmen Villanueva'], direct: true },
      { s: 'said it was sending a team of epidemiologists', speakers: ['Pan American Health Organization'] },
      { s: 'Rafael Mendes, warned that cases could rise', speakers: ['Rafael Mendes'] },
      { s: 'Doctors in Piura have complained that hospitals', speakers: ['Doctors in Piura', 'Doctors'] },
      { s: 'Lucía Paredes, told Wikinews', speakers: ['Lucía Paredes'] },
    ],
  },
  {
    name: "Wikinews mayor interview: X said the town had received … but that, the interviewer's questions and the mayor's answers, a documentary's title, a question that is no claim, then Probably not, said X's deputy, Y, who …",
    text: `Wikinews interviews mayor of flood-hit Slovenian town

Friday, September 18, 2026

Wikinews spoke with Marko Kovač, mayor of the Slovenian town of Celje, two weeks after the Savinja river burst its banks and flooded more than 400 homes.

Kovač said the town had received 3 million euros in emergency aid from the national government but that repairs would cost at least ten times as much.

((Wikinews)) What do residents need most right now?

Marko Kovač: Dry homes before winter. People are living with relatives, in the sports hall, in caravans. We cannot ask them to do that until spring.

((Wikinews)) Could the flood have been prevented?

Marko Kovač: Not this one. The rain was twice what the engineers planned for. But we could have been better prepared, and I have said that publicly.

A documentary about the flood, "Ten Days of Water", will be shown on Slovenian television next month. Would the town have coped without volunteers? Probably not, said Kovač's deputy, Ana Zupan, who coordinated more than 1,500 of them.`,
    claims: [
      { s: 'Kovač said the town had received', speakers: ['Marko Kovač'] },
      { s: 'Dry homes before winter.', speakers: ['Marko Kovač'], optional: true },
      { s: 'People are living with relatives', speakers: ['Marko Kovač'], optional: true },
      { s: 'We cannot ask them to do that until spring.', speakers: ['Marko Kovač'], optional: true },
      { s: 'Not this one.', speakers: ['Marko Kovač'], optional: true },
      { s: 'The rain was twice what the engineers planned for.', speakers: ['Marko Kovač'], optional: true },
      { s: 'But we could have been better prepared', speakers: ['Marko Kovač'], optional: true },
      { s: 'Probably not, said', speakers: ['Ana Zupan'] },
    ],
  },
  {
    name: 'Wikinews lunar probe: an agency said that it, In a statement the agency said then It said, a project manager told a press conference then He said with a quoted fragment, a quotation with words inside a quotation and Arai said, commentators described with scare quotes, officials rejected then They said',
    text: `Japanese space agency loses contact with lunar probe

Wednesday, May 6, 2026

The Japan Aerospace Exploration Agency (JAXA) said on Tuesday that it had lost contact with its Tsukimi lunar probe, two days before the spacecraft was due to enter orbit around the Moon.

In a statement, the agency said the last signal from the probe had been received at 03:12 Japan time on Monday. It said engineers were trying to restore communication through ground stations in Australia and Spain.

Project manager Kenji Arai told a press conference in Tokyo that the team had not given up. He said the probe's batteries could keep it alive for about three weeks and that there was "a real chance" of hearing from it again.

"When the signal dropped, somebody in the control room said, 'Maybe it is just shy.' We laughed, but we are taking that hope seriously," Arai said.

Some commentators on Japanese television have described the mission as "cursed", after a launch delay of two years. JAXA officials rejected that description. They said every mission of this kind carried risks.`,
    claims: [
      {
        s: 'said on Tuesday that it had lost contact',
        speakers: ['Japan Aerospace Exploration Agency', 'JAXA'],
      },
      {
        s: 'In a statement, the agency said the last signal',
        speakers: ['Japan Aerospace Exploration Agency', 'JAXA', 'agency'],
      },
      {
        s: 'It said engineers were trying to restore',
        speakers: ['Japan Aerospace Exploration Agency', 'JAXA', 'agency'],
      },
      { s: 'Kenji Arai told a press conference', speakers: ['Kenji Arai'] },
      { s: "He said the probe's batteries", speakers: ['Kenji Arai'] },
      { s: '"When the signal dropped', speakers: ['Kenji Arai'], direct: true },
      { s: 'We laughed, but we are taking that hope seriously," Arai said.', speakers: ['Kenji Arai'], direct: true },
      {
        s: 'have described the mission as "cursed"',
        speakers: ['Some commentators on Japanese television', 'commentators', 'Some commentators'],
        optional: true,
      },
      { s: 'JAXA officials rejected that description.', speakers: ['JAXA officials', 'officials'] },
      { s: 'They said every mission of this kind', speakers: ['JAXA officials', 'officials'] },
    ],
  },
  {
    name: 'primary night: according to a tally by the Associated Press, In his victory speech he said: then a quotation of three sentences, X\'s campaign called Y "…" in a statement, a campaign manager said, rivals endorsed, One of them, businessman X, said, a party said, did not release',
    text: `Ohio Republicans pick state senator for governor's race

COLUMBUS, Ohio, May 6 (Reuters) - Ohio Republicans chose state Senator Mark Dolan as their nominee for governor on Tuesday, according to a tally by the Associated Press, setting up a November contest with Democratic former health director Amy Sutton.

Dolan, 58, beat two rivals with about 46% of the vote. In his victory speech in Columbus, he said: "Ohio does not need a manager. It needs a builder. I intend to be one."

Sutton's campaign called Dolan "the most extreme candidate Ohio Republicans have nominated in a generation" in a statement. Her campaign manager, Jess Ruiz, said the race would be decided in the suburbs of Columbus and Cincinnati.

Dolan's defeated rivals both endorsed him within hours. One of them, businessman Greg Tolliver, said he had called Dolan to congratulate him and would campaign for him in the fall.

The Ohio Republican Party said turnout in the primary had been the highest since 2010. Democrats, who held an uncontested primary, did not release turnout figures.`,
    claims: [
      {
        s: 'chose state Senator Mark Dolan as their nominee',
        speakers: ['Associated Press', 'a tally by the Associated Press', 'tally'],
      },
      { s: 'In his victory speech in Columbus, he said', speakers: ['Mark Dolan'], direct: true },
      { s: 'It needs a builder.', speakers: ['Mark Dolan'], direct: true },
      { s: 'I intend to be one."', speakers: ['Mark Dolan'], direct: true },
      { s: "Sutton's campaign called Dolan", speakers: ["Sutton's campaign", 'Amy Sutton', 'campaign'] },
      { s: 'Jess Ruiz, said the race would be decided', speakers: ['Jess Ruiz'] },
      { s: 'both endorsed him within hours', speakers: ["Dolan's defeated rivals", 'rivals'], optional: true },
      { s: 'Greg Tolliver, said he had called Dolan', speakers: ['Greg Tolliver'] },
      { s: 'The Ohio Republican Party said turnout', speakers: ['Ohio Republican Party'] },
      { s: 'did not release turnout figures', speakers: [], optional: true },
    ],
  },
  {
    name: 'Wikinews gallery theft: a theft, police said, a painting\'s title that is no claim, According to the Saxony state police, Investigators believe, a body said in a statement with a quoted word then It appealed, an unnamed watchman told a newspaper then a quotation over two sentences with he said, a spokeswoman for an office said it was too early, newspapers called them "…"',
    text: `Paintings stolen from Dresden gallery in night-time raid

Sunday, February 8, 2026

Thieves stole three paintings from the Weisshaus Gallery in Dresden, Germany early on Saturday, police said. Among them was "Winter Morning on the Elbe", an 1832 landscape by the Romantic painter Johan Hartmann.

According to the Saxony state police, the thieves cut through a window grille on the ground floor and were inside the building for less than four minutes. Investigators believe they had studied the gallery's security system in advance.

The Dresden City Art Collections, which runs the gallery, said in a statement that the paintings were insured but "irreplaceable". It appealed to anyone offered the works to contact police.

A night watchman who asked not to be named told the newspaper Sächsische Zeitung that he had heard glass breaking. "I ran to the hall, but they were already gone. It was like they had never been there," he said.

A spokeswoman for the Federal Criminal Police Office, which has joined the investigation, said it was too early to say whether the raid was linked to a 2019 theft from another museum in the city. Newspapers have called the thieves "professionals".`,
    claims: [
      { s: 'Thieves stole three paintings from the Weisshaus Gallery', speakers: ['police'] },
      {
        s: 'the thieves cut through a window grille',
        speakers: ['Saxony state police', 'state police', 'police'],
      },
      { s: 'Investigators believe they had studied', speakers: ['Investigators'] },
      {
        s: 'said in a statement that the paintings were insured',
        speakers: ['Dresden City Art Collections'],
      },
      { s: 'It appealed to anyone offered the works', speakers: ['Dresden City Art Collections'] },
      {
        s: 'told the newspaper Sächsische Zeitung',
        speakers: ['A night watchman who asked not to be named', 'night watchman', 'A night watchman'],
      },
      {
        s: '"I ran to the hall, but they were already gone.',
        speakers: ['A night watchman who asked not to be named', 'night watchman', 'A night watchman'],
        direct: true,
      },
      {
        s: 'It was like they had never been there," he said.',
        speakers: ['A night watchman who asked not to be named', 'night watchman', 'A night watchman'],
        direct: true,
      },
      {
        s: 'A spokeswoman for the Federal Criminal Police Office',
        speakers: [
          'Federal Criminal Police Office',
          'A spokeswoman for the Federal Criminal Police Office',
          'spokeswoman for the Federal Criminal Police Office',
          'spokeswoman',
        ],
      },
      { s: 'Newspapers have called the thieves', speakers: ['Newspapers'], optional: true },
    ],
  },
];

/**
 * Written blind on 1 Dec 2026 (thirty-sixth batch, claims11), after the fixes for batch 35 and
 * before the detector was run on it: a Wikinews bridge collapse "according to" a civil protection
 * agency, a mayor who "told reporters" then a quotation over two sentences, « » after a colon, an
 * engineer quoted "as saying" by a newspaper; a wire story on a miner whose chief executive "said
 * in a statement", analysts as "They", a denial by a ministry and a partial quotation; a Senate
 * debate with NYT ''…'' quotes, "the senator" and "his opponent", a question that is no claim;
 * a Wikinews interview with a glaciologist in ‘ ’ quotes; a wire diplomacy story with a
 * spokeswoman named by her role and a foreign minister who "denied that".
 */
export const NEWS_CASES_36: NewsCase[] = [
  {
    name: 'Wikinews bridge collapse: according to an agency, a mayor told reporters then a two-sentence quotation with she said, « » after a colon, quoted by a newspaper as saying, It said, nobody would say',
    text: `Road bridge collapses in northern Portugal, two dead

Thursday, October 8, 2026

A road bridge over the Tâmega river near the town of Amarante collapsed on Wednesday evening, killing two people and injuring five, according to Portugal's National Civil Protection Authority.

Amarante mayor Sofia Rebelo told reporters at the scene that three cars had been on the bridge when its central span gave way. "We heard a noise like thunder. Then the lights of the cars were gone," she said.

The authority said divers had recovered the two bodies by midnight. It said the search for a sixth person, reported missing by relatives, would continue on Thursday.

Residents had complained about cracks in the bridge for years. One of them, Joaquim Pires, put it bluntly: «Everyone here knew it was going to fall.»

The newspaper Jornal de Notícias quoted a civil engineer who inspected the bridge in 2023, Rui Antunes, as saying that he had recommended closing it to lorries. The Ministry of Infrastructure said an inquiry would report within 60 days.`,
    claims: [
      {
        s: 'collapsed on Wednesday evening, killing two people',
        speakers: ["Portugal's National Civil Protection Authority", 'National Civil Protection Authority'],
      },
      { s: 'Sofia Rebelo told reporters at the scene', speakers: ['Sofia Rebelo'] },
      { s: '"We heard a noise like thunder.', speakers: ['Sofia Rebelo'], direct: true },
      { s: 'Then the lights of the cars were gone," she said.', speakers: ['Sofia Rebelo'], direct: true },
      {
        s: 'The authority said divers had recovered',
        speakers: [
          'National Civil Protection Authority',
          "Portugal's National Civil Protection Authority",
          'authority',
        ],
      },
      {
        s: 'It said the search for a sixth person',
        speakers: [
          'National Civil Protection Authority',
          "Portugal's National Civil Protection Authority",
          'authority',
        ],
      },
      {
        s: 'Residents had complained about cracks',
        speakers: ['Residents'],
        optional: true,
      },
      { s: 'put it bluntly', speakers: ['Joaquim Pires'], direct: true },
      { s: 'quoted a civil engineer who inspected the bridge', speakers: ['Rui Antunes'] },
      { s: 'The Ministry of Infrastructure said an inquiry', speakers: ['Ministry of Infrastructure'] },
    ],
  },
  {
    name: 'wire miner: said in a statement, a chief executive on a call with analysts then a quotation over two sentences, analysts as They, a ministry denied, a partial quotation inside a sentence, a union official told Reuters',
    text: `Copper miner Andeshill cuts output forecast after Chile landslide

SANTIAGO, Nov 12 (Reuters) - Canadian-listed copper miner Andeshill Resources cut its 2026 production forecast by 8% on Thursday after a landslide shut the main pit at its Pampa Roja mine in northern Chile.

The company said in a statement that no workers had been hurt and that it expected the pit to reopen in January. Its shares fell 11% in Toronto.

Chief executive Martin Keller told analysts on a conference call that the slope had been monitored "around the clock" and that the slide came without warning. "We will not restart until the geotechnical team signs off. Safety comes before tonnes," Keller said.

Analysts at Scotiabank said the cut was bigger than they had expected. They said the company's debt would rise if the pit stayed closed past March.

Chile's Ministry of Mining denied that it had ordered the closure, saying the decision had been Andeshill's alone. A union official at the mine, Ramón Fuentes, told Reuters that workers would be paid in full while the pit was shut.`,
    claims: [
      { s: 'The company said in a statement that no workers', speakers: ['Andeshill Resources', 'Andeshill'] },
      { s: 'Martin Keller told analysts on a conference call', speakers: ['Martin Keller'] },
      { s: '"We will not restart until', speakers: ['Martin Keller'], direct: true },
      { s: 'Safety comes before tonnes," Keller said.', speakers: ['Martin Keller'], direct: true },
      { s: 'Analysts at Scotiabank said the cut', speakers: ['Scotiabank', 'Analysts at Scotiabank', 'Analysts'] },
      { s: "They said the company's debt would rise", speakers: ['Scotiabank', 'Analysts at Scotiabank', 'Analysts'] },
      { s: 'denied that it had ordered the closure', speakers: ['Ministry of Mining', "Chile's Ministry of Mining"] },
      { s: 'Ramón Fuentes, told Reuters', speakers: ['Ramón Fuentes'] },
    ],
  },
  {
    name: "Senate debate with ''…'': the senator said then his opponent, a question he did not answer, ''…,'' Mr. X said over two sentences, she accused him of, a moderator asked, a poll showed",
    text: `Senate Rivals Clash Over Water in Arizona Debate

PHOENIX — Senator Paul Whitcomb and his Democratic challenger, Elena Ruiz, spent much of their only debate on Tuesday arguing over who would protect Arizona's shrinking water supply.

''Nobody in this race has done more for the Colorado River than I have,'' the senator said. ''I wrote the drought bill. I got it passed.''

Ms. Ruiz said the bill had left small farmers without any say over their allocations. She accused him of ''writing the rules for the biggest growers and calling it reform.''

When the moderator asked whether he would support new limits on groundwater pumping, Mr. Whitcomb did not answer directly. Would he back a statewide limit? ''We need to look at every basin on its own,'' he said.

A poll by the Arizona Republic published on Monday showed the race within two points. Ms. Ruiz's campaign said it had raised $4 million in the week before the debate.`,
    claims: [
      { s: "''Nobody in this race has done more", speakers: ['Paul Whitcomb'], direct: true },
      { s: "''I wrote the drought bill.", speakers: ['Paul Whitcomb'], direct: true },
      { s: "I got it passed.''", speakers: ['Paul Whitcomb'], direct: true },
      { s: 'Ms. Ruiz said the bill had left small farmers', speakers: ['Elena Ruiz'] },
      { s: 'She accused him of', speakers: ['Elena Ruiz'] },
      { s: 'When the moderator asked whether he would support', speakers: ['moderator'], optional: true },
      { s: "''We need to look at every basin", speakers: ['Paul Whitcomb'], direct: true },
      {
        s: 'showed the race within two points',
        speakers: ['Arizona Republic', 'A poll by the Arizona Republic', 'poll'],
      },
      { s: "Ms. Ruiz's campaign said it had raised", speakers: ["Ms. Ruiz's campaign", 'Elena Ruiz', 'campaign'] },
    ],
  },
  {
    name: 'Wikinews interview with a glaciologist in ‘ ’: the interviewer asks, her answers after her name, she said in reported speech, ‘…’ she said with a word inside, her university said',
    text: `Wikinews interviews glaciologist on the retreat of Swiss glaciers

Monday, August 24, 2026

Swiss glaciers lost about 3% of their remaining ice volume this summer, according to the Glacier Monitoring Switzerland network. Wikinews spoke with Dr. Annika Brunner, a glaciologist at ETH Zurich who has measured the Rhône Glacier for fifteen years.

Brunner said the loss this year was smaller than in the record summers of 2022 and 2023, but that this was no reason for relief.

((Wikinews)) How fast is the Rhône Glacier retreating?

Annika Brunner: About forty metres a year at the front. When I started, we walked to the ice from the hotel. Now it takes an hour.

((Wikinews)) Can anything slow it down?

Annika Brunner: Locally, very little. The blankets you see in photos help a tourist grotto, not a glacier.

‘People ask me if the glaciers will come back,’ she said. ‘My honest answer is: not in any lifetime that matters to us.’

ETH Zurich said in a press release that the measurements would continue under a new ten-year programme.`,
    claims: [
      {
        s: 'Swiss glaciers lost about 3% of their remaining ice volume',
        speakers: ['Glacier Monitoring Switzerland', 'Glacier Monitoring Switzerland network'],
      },
      { s: 'Brunner said the loss this year was smaller', speakers: ['Annika Brunner'] },
      { s: 'About forty metres a year at the front.', speakers: ['Annika Brunner'], optional: true },
      { s: 'When I started, we walked to the ice', speakers: ['Annika Brunner'], optional: true },
      { s: 'Now it takes an hour.', speakers: ['Annika Brunner'], optional: true },
      { s: 'Locally, very little.', speakers: ['Annika Brunner'], optional: true },
      { s: 'The blankets you see in photos', speakers: ['Annika Brunner'], optional: true },
      { s: '‘People ask me if the glaciers will come back,’ she said.', speakers: ['Annika Brunner'], direct: true },
      { s: '‘My honest answer is', speakers: ['Annika Brunner'], direct: true },
      { s: 'said in a press release that the measurements', speakers: ['ETH Zurich'] },
    ],
  },
  {
    name: 'wire diplomacy: a spokeswoman named by her role, X told reporters, a foreign minister denied that, "…," the ministry said in a statement, officials said on condition of anonymity, a quotation split by its tag',
    text: `Poland summons Belarus envoy over airspace incursion

WARSAW, Sept 3 (Reuters) - Poland summoned Belarus's charge d'affaires on Wednesday after two Belarusian military helicopters crossed into Polish airspace near the border village of Białowieża, the Polish foreign ministry said.

Foreign ministry spokeswoman Agata Nowicka told reporters the incursion had lasted about four minutes. "This was not an accident, and we will not treat it as one," she said.

Belarusian Foreign Minister Viktor Hrytsuk denied that any helicopter had left Belarusian airspace. "Warsaw is inventing incidents," he told the state news agency BelTA, "to justify its military budget."

"We have radar data and photographs," the Polish defence ministry said in a statement. Two Polish officials, speaking on condition of anonymity because they were not authorised to brief the media, said NATO allies had been informed within the hour.`,
    claims: [
      {
        s: 'crossed into Polish airspace near the border village',
        speakers: ['Polish foreign ministry', 'foreign ministry'],
      },
      { s: 'Agata Nowicka told reporters the incursion', speakers: ['Agata Nowicka'] },
      {
        s: '"This was not an accident, and we will not treat it as one," she said.',
        speakers: ['Agata Nowicka'],
        direct: true,
      },
      { s: 'denied that any helicopter had left', speakers: ['Viktor Hrytsuk'] },
      { s: '"Warsaw is inventing incidents," he told', speakers: ['Viktor Hrytsuk'], direct: true },
      {
        s: '"We have radar data and photographs," the Polish defence ministry',
        speakers: ['Polish defence ministry', 'defence ministry'],
        direct: true,
      },
      {
        s: 'said NATO allies had been informed within the hour',
        speakers: ['Two Polish officials', 'Polish officials', 'officials'],
      },
    ],
  },
];

/**
 * Written blind on 1 Dec 2026 (thirty-seventh batch, claims11), with batch 36 and before the
 * detector was run on either: a Wikinews election in Kenya with a commission's chairman by his
 * title, "he added" and a rival who "rejected the results", a quotation over three sentences; a
 * wire earnings story with a bank "quoted as saying" in a newspaper, a finance chief who "told
 * Reuters in an interview", "the bank" and "It"; a governor's race with a campaign spokesman
 * "said in an email", "the governor" and "her Republican opponent", a quotation that opens the
 * paragraph after the tag; a Wikinews court story with a judge's ruling, "the court said" and a
 * lawyer's denial; a wire health story with a regulator, "according to a letter seen by
 * Reuters", doctors as "They".
 */
export const NEWS_CASES_37: NewsCase[] = [
  {
    name: 'Wikinews Kenya county vote: a commission chairman by title, he added, a rival rejected the results, a quotation over three sentences with he said in the middle, observers said',
    text: `Kenyan electoral commission declares winner in disputed county vote

Saturday, June 20, 2026

Kenya's Independent Electoral and Boundaries Commission (IEBC) declared David Mwangi the winner of Thursday's by-election for governor of Nakuru County on Friday night.

Commission chairman Joseph Otieno said Mwangi had won 51.2% of the vote against 46.9% for his main rival, Grace Wanjiku. He added that turnout had been 58%, higher than in the general election.

Wanjiku rejected the results at a press conference in Nakuru town. "We have evidence that ballot boxes were opened before the count," she said. "We will go to court. We will not accept a result written in an office."

The commission said its officers had followed every procedure and that agents of both candidates had signed the tally forms.

Observers from the Elections Observation Group said voting had been largely peaceful but that they had seen delays in the delivery of results from three polling centres.`,
    claims: [
      { s: 'Joseph Otieno said Mwangi had won', speakers: ['Joseph Otieno'] },
      { s: 'He added that turnout had been 58%', speakers: ['Joseph Otieno'] },
      { s: 'Wanjiku rejected the results at a press conference', speakers: ['Grace Wanjiku'] },
      { s: '"We have evidence that ballot boxes', speakers: ['Grace Wanjiku'], direct: true },
      { s: '"We will go to court.', speakers: ['Grace Wanjiku'], direct: true },
      { s: 'We will not accept a result written in an office."', speakers: ['Grace Wanjiku'], direct: true },
      {
        s: 'The commission said its officers had followed',
        speakers: ['Independent Electoral and Boundaries Commission', 'IEBC', 'commission'],
      },
      {
        s: 'said voting had been largely peaceful',
        speakers: ['Elections Observation Group', 'Observers from the Elections Observation Group', 'Observers'],
      },
    ],
  },
  {
    name: 'wire bank earnings: quoted in a newspaper as saying, a finance chief told Reuters in an interview, the bank said, It expects, analysts had expected, a quotation split by its tag, a regulator declined to comment',
    text: `Nordvik Bank profit beats forecasts as lending margins hold up

OSLO, April 28 (Reuters) - Norway's Nordvik Bank reported a 14% rise in first-quarter net profit on Tuesday, beating analysts' forecasts as higher interest rates kept its lending margins wide.

Chief financial officer Ingrid Solberg told Reuters in an interview that loan losses had stayed "remarkably low" despite a slowdown in the housing market. "Customers are paying. The arrears we feared last year have not come," she said.

The bank said net interest income had risen to 6.1 billion crowns. It expects margins to narrow slightly in the second half as the central bank begins to cut rates.

Chief executive Lars Holm was quoted in the business daily Dagens Næringsliv as saying the bank had no plans for acquisitions this year. "We are good at what we do," he told the paper, "and we intend to stay that way."

Norway's Financial Supervisory Authority declined to comment on the bank's capital plans.`,
    claims: [
      { s: 'reported a 14% rise in first-quarter net profit', speakers: ['Nordvik Bank'], optional: true },
      { s: 'Ingrid Solberg told Reuters in an interview', speakers: ['Ingrid Solberg'] },
      { s: '"Customers are paying.', speakers: ['Ingrid Solberg'], direct: true },
      { s: 'The arrears we feared last year have not come," she said.', speakers: ['Ingrid Solberg'], direct: true },
      { s: 'The bank said net interest income', speakers: ['Nordvik Bank', 'bank'] },
      { s: 'It expects margins to narrow slightly', speakers: ['Nordvik Bank', 'bank'] },
      { s: 'was quoted in the business daily', speakers: ['Lars Holm'] },
      { s: '"We are good at what we do," he told the paper', speakers: ['Lars Holm'], direct: true },
      { s: 'declined to comment on the bank', speakers: [], optional: true },
    ],
  },
  {
    name: "governor's race: a campaign spokesman said in an email, the governor, her Republican opponent, a quotation opening the paragraph after its tag, a super PAC said, according to filings",
    text: `Kansas governor, GOP rival trade blame over school funding

TOPEKA, Kan., Oct 14 (Reuters) - Kansas Governor Laura Kessler and her Republican opponent, former state Treasurer Dan Hollis, traded accusations on Monday over a $300 million shortfall in school funding.

The governor told a rally in Wichita that the shortfall was the result of tax cuts Hollis had pushed through as treasurer. "He emptied the drawer and now he wants credit for finding it empty," Kessler said.

Hollis denied that the tax cuts had caused the gap. His campaign spokesman, Trent Coyle, said in an email that the governor had "spent four years blaming everyone but herself."

The Republican told reporters in Overland Park that he would not raise taxes:

"Kansas families are paying enough. The money is there if the state stops wasting it."

A super PAC backing Kessler, Kansans for Public Schools, said it would spend $2 million on television ads in the final three weeks. The group has raised $5.4 million since July, according to filings with the state ethics commission.`,
    claims: [
      { s: 'The governor told a rally in Wichita', speakers: ['Laura Kessler'] },
      { s: '"He emptied the drawer', speakers: ['Laura Kessler'], direct: true },
      { s: 'Hollis denied that the tax cuts', speakers: ['Dan Hollis'] },
      { s: 'Trent Coyle, said in an email', speakers: ['Trent Coyle'] },
      { s: 'The Republican told reporters in Overland Park', speakers: ['Dan Hollis'] },
      { s: '"Kansas families are paying enough.', speakers: ['Dan Hollis'], direct: true },
      { s: 'The money is there if the state stops wasting it."', speakers: ['Dan Hollis'], direct: true },
      { s: 'said it would spend $2 million', speakers: ['Kansans for Public Schools'] },
      {
        s: 'The group has raised $5.4 million since July',
        speakers: ['state ethics commission', 'filings with the state ethics commission', 'filings'],
      },
    ],
  },
  {
    name: 'Wikinews court: a judge ruled that, wrote in her judgment with a quotation, the court said, a lawyer for the company denied, the company said it would appeal, activists welcomed',
    text: `Dutch court orders chemical plant to cut emissions

Wednesday, March 11, 2026

A court in the Netherlands on Tuesday ordered the chemical company Veldhaven Chemie to cut nitrogen emissions from its plant near Rotterdam by half within three years.

Judge Marieke de Groot ruled that the company had exceeded its permit in at least four of the last six years. In her judgment she wrote: "A permit is a limit, not a target."

The District Court of Rotterdam said the company would face fines of 50,000 euros a day if it missed the deadline.

A lawyer for Veldhaven Chemie, Pieter Smit, denied that the plant had harmed nearby nature reserves. The company said it would study the ruling and was likely to appeal.

Environmental group Milieudefensie, which brought the case, welcomed the decision. Its director, Sanne Visser, called it "a turning point for every polluter in the port."`,
    claims: [
      { s: 'Judge Marieke de Groot ruled that', speakers: ['Marieke de Groot'] },
      { s: 'In her judgment she wrote', speakers: ['Marieke de Groot'], direct: true },
      {
        s: 'The District Court of Rotterdam said the company would face fines',
        speakers: ['District Court of Rotterdam'],
      },
      { s: 'Pieter Smit, denied that the plant', speakers: ['Pieter Smit'] },
      { s: 'The company said it would study the ruling', speakers: ['Veldhaven Chemie'] },
      { s: 'welcomed the decision', speakers: ['Milieudefensie'] },
      { s: 'Sanne Visser, called it', speakers: ['Sanne Visser'] },
    ],
  },
  {
    name: 'wire health regulator: according to a letter seen by Reuters, the agency said, doctors said then They said, a patient group said in a statement, "…," said X, who …',
    text: `EU regulator reviews weight-loss drug after reports of eye disorder

AMSTERDAM, July 9 (Reuters) - The European Medicines Agency has opened a safety review of the weight-loss drug Lumetra after reports of a rare eye disorder among patients, according to a letter seen by Reuters.

The agency said on Thursday that it had received 37 reports of the disorder and that it was too early to say whether the drug was the cause. It advised patients not to stop treatment without speaking to a doctor.

Eye doctors in Denmark and Sweden said they had seen a rise in cases since the drug was launched in 2024. They said most patients had recovered their sight within months.

Lumetra's maker, Halvorsen Pharma, said in a statement that it was cooperating fully and that the benefits of the drug outweighed its risks.

"Patients need clear answers, not a long silence," said Karin Lund, who chairs the European Obesity Patients' Alliance.`,
    claims: [
      {
        s: 'has opened a safety review of the weight-loss drug',
        speakers: ['a letter seen by Reuters', 'letter', 'European Medicines Agency'],
      },
      { s: 'The agency said on Thursday that it had received', speakers: ['European Medicines Agency', 'agency'] },
      { s: 'It advised patients not to stop treatment', speakers: ['European Medicines Agency', 'agency'] },
      {
        s: 'Eye doctors in Denmark and Sweden said',
        speakers: ['Eye doctors in Denmark and Sweden', 'Eye doctors', 'doctors'],
      },
      {
        s: 'They said most patients had recovered',
        speakers: ['Eye doctors in Denmark and Sweden', 'Eye doctors', 'doctors'],
      },
      { s: 'said in a statement that it was cooperating', speakers: ['Halvorsen Pharma'] },
      { s: '"Patients need clear answers', speakers: ['Karin Lund'], direct: true },
    ],
  },
];

/**
 * Written blind on 1 Dec 2026 (thirty-eighth batch, claims11), after the fixes for batches 36–37
 * and before the detector was run on it, as the round's honest check (not fixed against): a
 * Wikinews wildfire with a fire service "In a statement", a minister quoted over two paragraphs
 * and residents as "They"; a wire airline story with a union "said on Tuesday", a chief executive
 * quoted by a newspaper "as saying", « » and "the carrier"; a House race with NYT ''…'' quotes,
 * "the congresswoman", a challenger's campaign and a denial; a Wikinews interview with a
 * novelist's answers and a question; a wire court story with prosecutors, a defence lawyer who
 * "told the court" and "according to court documents".
 */
export const NEWS_CASES_38: NewsCase[] = [
  {
    name: 'Wikinews wildfire: In a statement a fire service said then It said, a minister told a radio station then a quotation over two paragraphs, residents said then They said, according to the weather service',
    text: `Wildfire forces evacuation of Greek island villages

Sunday, July 26, 2026

Hundreds of people were evacuated from four villages on the Greek island of Evia on Saturday as a wildfire spread through pine forest, according to the Hellenic Fire Service.

In a statement, the fire service said 240 firefighters, eight aircraft and nine helicopters were fighting the blaze. It said strong winds had made the work of the aircraft difficult.

Civil Protection Minister Nikos Papadakis told the radio station Skai that no one had been hurt. "We moved early, because we learned from 2021," he said.

"Nobody should go back to their homes until we tell them it is safe.

"The wind will turn tonight, and that is the most dangerous moment."

Residents of the village of Kourkouloi said the fire had reached the edge of their gardens within an hour. They said they had been given ten minutes to leave.

The national weather service said temperatures would stay above 40 degrees Celsius until Tuesday.`,
    claims: [
      { s: 'as a wildfire spread through pine forest', speakers: ['Hellenic Fire Service'] },
      {
        s: 'In a statement, the fire service said 240 firefighters',
        speakers: ['Hellenic Fire Service', 'fire service'],
      },
      { s: 'It said strong winds had made', speakers: ['Hellenic Fire Service', 'fire service'] },
      { s: 'Nikos Papadakis told the radio station Skai', speakers: ['Nikos Papadakis'] },
      { s: '"We moved early, because we learned from 2021," he said.', speakers: ['Nikos Papadakis'], direct: true },
      { s: '"Nobody should go back to their homes', speakers: ['Nikos Papadakis'], direct: true },
      { s: '"The wind will turn tonight', speakers: ['Nikos Papadakis'], direct: true },
      {
        s: 'said the fire had reached the edge of their gardens',
        speakers: ['Residents of the village of Kourkouloi', 'Residents'],
      },
      {
        s: 'They said they had been given ten minutes',
        speakers: ['Residents of the village of Kourkouloi', 'Residents'],
      },
      {
        s: 'The national weather service said temperatures',
        speakers: ['national weather service', 'weather service'],
      },
    ],
  },
  {
    name: 'wire airline strike: a union said on Tuesday, a chief executive quoted by a newspaper as saying, « » after a colon, the carrier said, analysts estimated, a ministry urged',
    text: `Pilots at Italy's Aerolinea Sud to strike over pensions

ROME, March 17 (Reuters) - Pilots at Italian carrier Aerolinea Sud will strike for 24 hours on March 28, their union ANPAV said on Tuesday, after talks over changes to their pension scheme broke down.

The union said more than 90% of its members had voted for the walkout. Its secretary general, Franco Melis, put the dispute in stark terms: «They want us to fly longer and retire poorer.»

Chief executive Chiara Rinaldi was quoted by the newspaper Il Sole 24 Ore as saying the company could not afford the scheme "in its current form".

The carrier said it would publish a list of guaranteed flights by the end of the week. It expects about 300 flights to be cancelled.

Analysts at Equita estimated that a one-day strike would cost the airline about 6 million euros. The Ministry of Transport urged both sides to return to talks.`,
    claims: [
      { s: 'Pilots at Italian carrier Aerolinea Sud will strike', speakers: ['ANPAV', 'union ANPAV'] },
      { s: 'The union said more than 90%', speakers: ['ANPAV', 'union ANPAV', 'union'] },
      { s: 'put the dispute in stark terms', speakers: ['Franco Melis'], direct: true },
      { s: 'was quoted by the newspaper Il Sole 24 Ore', speakers: ['Chiara Rinaldi'] },
      { s: 'The carrier said it would publish', speakers: ['Aerolinea Sud', 'carrier'] },
      { s: 'It expects about 300 flights to be cancelled.', speakers: ['Aerolinea Sud', 'carrier'] },
      { s: 'Analysts at Equita estimated', speakers: ['Equita', 'Analysts at Equita', 'Analysts'] },
      { s: 'The Ministry of Transport urged both sides', speakers: ['Ministry of Transport'] },
    ],
  },
  {
    name: "House race with ''…'': the congresswoman said, ''…,'' she said over two sentences, a challenger's campaign accused, he denied, a party official said on condition of anonymity",
    text: `In a Swing District, an Incumbent Runs on Bridges

SCRANTON, Pa. — Representative Carla Dimauro has spent the last month of her campaign standing in front of bridges.

''People do not care which party fixed the bridge,'' the congresswoman said on Friday, at a ribbon-cutting on the Lackawanna River. ''They care that it is open. That is the whole job.''

Her Republican challenger, Rob Kessel, a former county commissioner, has accused her of taking credit for money approved before she took office. Ms. Dimauro's campaign said the claim was false.

Mr. Kessel denied that his campaign was behind a series of anonymous mailers about her voting record. ''I sign everything I send,'' he said.

A Pennsylvania Republican Party official, speaking on condition of anonymity, said the party expected to spend $3 million in the district before Election Day.`,
    claims: [
      { s: "''People do not care which party fixed the bridge,''", speakers: ['Carla Dimauro'], direct: true },
      { s: "''They care that it is open.", speakers: ['Carla Dimauro'], direct: true },
      { s: "That is the whole job.''", speakers: ['Carla Dimauro'], direct: true },
      { s: 'has accused her of taking credit', speakers: ['Rob Kessel'] },
      {
        s: "Ms. Dimauro's campaign said the claim was false",
        speakers: ["Ms. Dimauro's campaign", 'Carla Dimauro', 'campaign'],
      },
      { s: 'Mr. Kessel denied that his campaign', speakers: ['Rob Kessel'] },
      { s: "''I sign everything I send,'' he said.", speakers: ['Rob Kessel'], direct: true },
      {
        s: 'said the party expected to spend',
        speakers: [
          'A Pennsylvania Republican Party official',
          'Pennsylvania Republican Party official',
          'Pennsylvania Republican Party',
          'official',
        ],
      },
    ],
  },
  {
    name: "Wikinews novelist interview: a prize jury said, the novelist's answers, a question, she told Wikinews, her publisher said",
    text: `Wikinews interviews Booker-shortlisted novelist Ruth Okafor

Thursday, September 24, 2026

Nigerian-British novelist Ruth Okafor's third book, "The Salt Road", was shortlisted for the Booker Prize on Tuesday. The prize's jury described it as "a novel of astonishing patience".

Okafor told Wikinews that she had written most of the book in a borrowed flat in Lagos during the pandemic.

((Wikinews)) Why a road?

Ruth Okafor: Because everyone in my family left by one. Roads are how Nigerians talk about leaving.

((Wikinews)) Did you expect the shortlist?

Ruth Okafor: No. I was in a supermarket when my agent called, and I dropped the eggs.

Her publisher, Harrow & Finch, said sales of the book had tripled since the announcement.`,
    claims: [
      { s: 'described it as', speakers: ["The prize's jury", 'jury'] },
      { s: 'Okafor told Wikinews that she had written', speakers: ['Ruth Okafor'] },
      { s: 'Because everyone in my family left by one.', speakers: ['Ruth Okafor'], optional: true },
      { s: 'Roads are how Nigerians talk about leaving.', speakers: ['Ruth Okafor'], optional: true },
      { s: 'No.', speakers: ['Ruth Okafor'], optional: true },
      { s: 'I was in a supermarket when my agent called', speakers: ['Ruth Okafor'], optional: true },
      { s: 'said sales of the book had tripled', speakers: ['Harrow & Finch', 'Harrow'] },
    ],
  },
  {
    name: 'wire court: prosecutors said, according to court documents, a defence lawyer told the court, the judge said, the defendant denied, a quotation split by its tag',
    text: `Former Danish bank executive goes on trial over money laundering

COPENHAGEN, Jan 13 (Reuters) - A former senior executive of Danish lender Kystbank went on trial on Monday charged with failing to stop suspicious payments worth 2.3 billion crowns, prosecutors said.

According to court documents, the payments passed through the bank's branch in Tallinn between 2015 and 2018.

Prosecutor Mette Dahl told the court that the executive, Henrik Bjerre, had ignored at least eleven warnings from the bank's compliance staff. "He saw the red flags," she said, "and he chose to look away."

Bjerre denied the charges. His lawyer, Anders Kolding, told the court that his client had relied on assurances from the branch's managers.

Judge Lise Holm said a verdict was expected in March.`,
    claims: [
      { s: 'went on trial on Monday charged with failing', speakers: ['prosecutors'] },
      { s: 'the payments passed through', speakers: ['court documents'] },
      { s: 'Mette Dahl told the court that the executive', speakers: ['Mette Dahl'] },
      { s: '"He saw the red flags," she said', speakers: ['Mette Dahl'], direct: true },
      { s: 'Bjerre denied the charges.', speakers: ['Henrik Bjerre'] },
      { s: 'Anders Kolding, told the court', speakers: ['Anders Kolding'] },
      { s: 'Judge Lise Holm said a verdict', speakers: ['Lise Holm'] },
    ],
  },
];

/**
 * Batch 39, written blind by claims12 after its fixes and committed before the detector ran on
 * it: a wire earthquake report with "according to" and a health director "told Reuters by
 * telephone" over two sentences; a local council story with a councillor, a finance chair
 * paraphrased after "he said", an anonymous librarian and a petition's organiser; a sports report
 * with ''…'' quotes after which the speaker comes, a manager's praise and "the Spaniard told
 * reporters"; a business trading update with "it said in a trading update", a chief executive
 * paraphrased with "she added", a union's label and analysts; a campaign story with a quotation
 * of three sentences, a campaign's statement, "he said only:" and a poll.
 */
export const NEWS_CASES_39: NewsCase[] = [
  {
    name: 'wire quake: a regional office said at the end, according to an institute, told Reuters by telephone over two sentences, promised that, it said',
    text: `Quake-hit Peruvian province asks for field hospitals

LIMA, May 6 (Reuters) - Authorities in Peru's Ancash province asked the central government on Saturday for field hospitals after an earthquake of magnitude 6.4 damaged three clinics, the regional health office said.

At least 14 people were killed and more than 200 injured, according to the national emergency institute INDECI.

"Our clinics are standing, but nobody can work inside them," regional health director Marisol Quispe told Reuters by telephone. "We need tents, generators and surgeons, in that order."

Prime Minister Andrés Valdivia, who flew over the area on Saturday afternoon, promised that aid would reach every district within 48 hours. He did not say how many troops would be deployed.

The U.S. Geological Survey put the quake's depth at 35 km. Aftershocks are likely to continue for weeks, it said.`,
    claims: [
      {
        s: 'asked the central government on Saturday for field hospitals',
        speakers: ['regional health office', 'health office'],
      },
      {
        s: 'At least 14 people were killed',
        speakers: ['INDECI', 'national emergency institute INDECI', 'national emergency institute'],
      },
      { s: '"Our clinics are standing', speakers: ['Marisol Quispe'], direct: true },
      { s: '"We need tents, generators', speakers: ['Marisol Quispe'], direct: true },
      { s: 'promised that aid would reach every district', speakers: ['Andrés Valdivia'] },
      { s: 'He did not say how many troops', speakers: [], optional: true },
      { s: "put the quake's depth at 35 km", speakers: ['U.S. Geological Survey'], optional: true },
      {
        s: 'Aftershocks are likely to continue for weeks',
        speakers: ['U.S. Geological Survey', 'Geological Survey'],
      },
    ],
  },
  {
    name: 'local council: a council decided, a councillor who voted against said, "he said" after a paraphrase, an anonymous librarian, a petition organiser in apposition',
    text: `Library hours cut as council closes budget gap

Branch libraries in Millbrook will close on Mondays from next month, the town council decided on Tuesday night in a 5-2 vote.

Councillor Priya Nair, who voted against the cuts, said the decision would hit families without internet at home hardest. "For a lot of kids, the library is the only quiet room they have," she said.

The council's finance chair, Gordon Leary, defended the plan. The alternative was raising property taxes by 4 per cent, he said, and residents had made it clear at two public meetings that they would not accept that.

Library staff were told of the changes in an email on Wednesday morning. One librarian, who asked not to be named because she was not authorised to speak to the press, said several colleagues were already looking for other jobs.

A petition against the closures has gathered more than 1,800 signatures, its organiser, retired teacher Alan Brooks, said.`,
    claims: [
      { s: 'the town council decided on Tuesday night', speakers: ['town council', 'council'], optional: true },
      { s: 'Councillor Priya Nair, who voted against the cuts', speakers: ['Priya Nair'] },
      { s: '"For a lot of kids', speakers: ['Priya Nair'], direct: true },
      { s: 'Gordon Leary, defended the plan', speakers: ['Gordon Leary'], optional: true },
      { s: 'The alternative was raising property taxes', speakers: ['Gordon Leary'] },
      { s: 'One librarian, who asked not to be named', speakers: ['librarian', 'One librarian'] },
      { s: 'A petition against the closures has gathered', speakers: ['Alan Brooks'] },
    ],
  },
  {
    name: "sports: ''…'' said the scorer over three sentences, a manager praised and said with a scare quote, a paraphrase then the Spaniard told reporters, adding that",
    text: `Okafor double sends Rovers top

Rovers moved to the top of the table with a 2-0 win over Castlefield on Saturday, Emeka Okafor scoring both goals in the second half.

''I've been waiting for a night like this since I signed,'' said Okafor, 24, who joined from a Belgian club in January. ''The lads kept finding me. I just had to finish.''

Rovers manager Sean Devlin praised his side's patience and said the title race was "far from over".

Castlefield coach Mikel Arrieta was less happy. The referee should have sent off a Rovers defender before half-time, the Spaniard told reporters, adding that he would not complain to the league.

Castlefield have now gone five games without a win.`,
    claims: [
      { s: "''I've been waiting for a night like this", speakers: ['Emeka Okafor'], direct: true },
      { s: "''The lads kept finding me.", speakers: ['Emeka Okafor'], direct: true },
      { s: "I just had to finish.''", speakers: ['Emeka Okafor'], direct: true },
      { s: "Sean Devlin praised his side's patience", speakers: ['Sean Devlin'] },
      { s: 'The referee should have sent off', speakers: ['Mikel Arrieta'] },
    ],
  },
  {
    name: 'business: a plc said it would, the company expects … it said in a trading update, a chief executive said then she added, a union called … and said, analysts at a broker',
    text: `Harlow Foods to shut two bakeries, cut 450 jobs

Harlow Foods plc said on Thursday it would close bakeries in Leeds and Swindon by the end of the year, cutting about 450 jobs, as higher energy and wheat costs squeeze margins.

The company expects annual operating profit of 118 million pounds to 125 million pounds, below the 140 million pounds analysts had forecast, it said in a trading update.

Chief executive Ruth Garner said the decision had been "painful but unavoidable". Production would move to the group's larger sites in Bristol and Doncaster, she added.

The GMB union called the closures "a betrayal of workers who kept the shelves full through the pandemic" and said it would seek talks with management.

Shares in Harlow fell 6.2 percent by midday. Analysts at Peel Hunt said the cuts were overdue and that the group could return to growth in 2027.`,
    claims: [
      { s: 'Harlow Foods plc said on Thursday', speakers: ['Harlow Foods', 'Harlow Foods plc'] },
      {
        s: 'The company expects annual operating profit',
        speakers: ['Harlow Foods', 'Harlow Foods plc', 'company'],
      },
      { s: 'Chief executive Ruth Garner said', speakers: ['Ruth Garner'] },
      { s: "Production would move to the group's larger sites", speakers: ['Ruth Garner'] },
      { s: 'The GMB union called the closures', speakers: ['GMB', 'GMB union'] },
      { s: 'Analysts at Peel Hunt said', speakers: ['Peel Hunt', 'Analysts at Peel Hunt', 'Analysts'] },
    ],
  },
  {
    name: 'campaign: accused … of, told a crowd over three sentences, a campaign said in a statement that, "said little", asked …, he said only: with a quotation of two sentences, according to a poll',
    text: `Senate hopeful Marquez accuses rival of dodging debates

PHOENIX — Democratic Senate candidate Elena Marquez accused her Republican opponent on Wednesday of ducking voters, after his campaign turned down a third televised debate.

"If you want the job, you show up," Marquez told a crowd of about 300 supporters in Tempe. "Arizonans deserve to hear from both of us. Twice is not enough."

The campaign of former sheriff Dale Whitcomb said in a statement that two debates were "more than enough" and that Marquez was trying to distract from her record on border security.

Whitcomb himself has said little about the race this week. Asked about the debates at a diner in Yuma on Tuesday, he said only: "We've debated. People know where I stand."

According to a poll released on Monday by Arizona State University, the two are tied at 44 percent each, with 9 percent undecided.`,
    claims: [
      { s: 'accused her Republican opponent on Wednesday', speakers: ['Elena Marquez'] },
      { s: '"If you want the job, you show up,"', speakers: ['Elena Marquez'], direct: true },
      { s: 'Arizonans deserve to hear from both of us.', speakers: ['Elena Marquez'], direct: true },
      { s: 'Twice is not enough."', speakers: ['Elena Marquez'], direct: true },
      {
        s: 'The campaign of former sheriff Dale Whitcomb said',
        speakers: ['Dale Whitcomb', 'campaign of former sheriff Dale Whitcomb', 'Whitcomb campaign', 'campaign'],
      },
      { s: 'Whitcomb himself has said little', speakers: [], optional: true },
      { s: 'Asked about the debates at a diner in Yuma', speakers: ['Dale Whitcomb'], direct: true },
      { s: 'People know where I stand."', speakers: ['Dale Whitcomb'], direct: true },
      {
        s: 'According to a poll released on Monday',
        speakers: ['Arizona State University', 'poll', 'a poll released on Monday by Arizona State University'],
      },
    ],
  },
];
