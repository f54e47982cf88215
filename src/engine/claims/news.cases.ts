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
