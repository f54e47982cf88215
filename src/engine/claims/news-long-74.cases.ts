/**
 * Batch 74, written by claims29b with its gold committed before the detector ran on it, to be
 * fixed against (not blind): five stories of set A's kind (issue #9: Wikinews and a newspaper's
 * city desk), each aimed at an error the issue names. A Montenegrin hotel fire (a weekday
 * dateline, "according to the town's fire service", a fire chief who "told reporters" and "She
 * said", a quotation over three sentences split by its tag, an owner whose hotel is the nearest
 * name before "he said", a prosecutor who "insisted", a minister who "praised … and called on",
 * a sources list); a Paraguayan teachers' strike (a union leader who "conceded … but said", a
 * quotation paragraph with no tag after a tagged one, a deputy minister whose ministry is the
 * nearest name before "he said", a party that "denounced", parents' groups that "welcomed", a
 * mother who "called on", a finance minister who "joked" and "assured reporters"); a
 * newspaper's bridge vote quoted in doubled apostrophes (''…'': three-sentence quotations, a
 * commissioner who "conceded", "Ms. X was not persuaded. She said … and called on", a state body
 * "said in a statement", a spokesman in apposition with a partial quotation); an Australian
 * council's cruise-ship limit (a mayor who "praised … and said", a quotation whose second
 * paragraph has no tag, a cruise line's director who "denounced", a woman and a man alternating as
 * "she" and "he", "conceded", "he said" after "the company"); and a half marathon (quotations
 * opening "When I", "I", "On Thursday" that name no speaker, "joked", "assured", "insisted", the
 * organisers).
 *
 * As in batches 72 and 73, a description of a named body counts only resolved; a body without a
 * name of its own ("the town's fire service", "the organisers") keeps its own words.
 *
 * At first sight (claims F1 / speaker / direct): 0.991 (56/56/57) / 0.893 / 1.000. Misses: "Lord
 * Mayor Fiona Ashdown" read as the person "Mayor Fiona Ashdown" (six speakers, and "She" after
 * "Ashdown rejected that." unresolved), and "Parents' groups welcomed the end of the strike." no
 * claim. After claims29b's rows (honorific.noble-office, cue.verb.stance.end-of,
 * speaker.subject.plural-bodies): 1.000 (57/57/57) / 1.000 / 1.000.
 */
import type { NewsCase } from './news.cases';

export const NEWS_CASES_74: NewsCase[] = [
  {
    name: 'wikinews kotor hotel fire: according to the fire service, told reporters and She said, a quotation over three sentences, a hotel nearest before he said, a prosecutor insisted, a minister praised and called on, a sources list',
    text: `Fire at hotel in Montenegrin resort town kills two guests

Saturday, August 16, 2025

A fire broke out early on Friday at the Hotel Škaljari in Kotor, on Montenegro's Adriatic coast, killing two guests and injuring eleven, according to the town's fire service.

Fire chief Milena Radonjić told reporters that the blaze had started in a laundry room on the ground floor shortly after 3 a.m. She said smoke had filled the stairwell before most guests were awake.

"The firefighters went in floor by floor. Some guests had already tied sheets together to climb down from their balconies," Radonjić said. "Without the neighbours who brought ladders, we would be counting many more dead."

The hotel's owner, Dragan Perović, said the Hotel Škaljari had passed a fire inspection in May. The alarms had been serviced two weeks before the fire, he said.

Police arrested the hotel's night manager on Friday afternoon on suspicion of negligence. Prosecutor Jelena Bulatović said the manager had switched off part of the alarm system after repeated false alarms. She insisted that no one else was under suspicion "at this stage".

Interior Minister Vuk Lalević visited the injured in hospital on Friday evening. He praised the firefighters and the neighbours for their courage and called on hotel owners along the coast to check their alarm systems before the end of the season.

Sources

"Požar u hotelu u Kotoru, dvoje mrtvih" — Vijesti, August 15, 2025
"Two killed in Montenegro hotel blaze" — Balkan Insight, August 15, 2025`,
    claims: [
      {
        s: 'killing two guests and injuring eleven, according to',
        speakers: ["the town's fire service", "town's fire service", 'fire service'],
      },
      { s: 'Fire chief Milena Radonjić told reporters', speakers: ['Milena Radonjić'] },
      { s: 'She said smoke had filled the stairwell', speakers: ['Milena Radonjić'] },
      { s: '"The firefighters went in floor by floor.', speakers: ['Milena Radonjić'], direct: true },
      { s: 'Some guests had already tied sheets together', speakers: ['Milena Radonjić'], direct: true },
      { s: '"Without the neighbours who brought ladders', speakers: ['Milena Radonjić'], direct: true },
      { s: 'said the Hotel Škaljari had passed a fire inspection', speakers: ['Dragan Perović'] },
      { s: 'The alarms had been serviced two weeks before', speakers: ['Dragan Perović'] },
      { s: 'Prosecutor Jelena Bulatović said the manager', speakers: ['Jelena Bulatović'] },
      { s: 'She insisted that no one else was under suspicion', speakers: ['Jelena Bulatović'] },
      { s: 'He praised the firefighters and the neighbours', speakers: ['Vuk Lalević'] },
    ],
  },
  {
    name: 'wikinews paraguay teachers strike: a leader conceded but said, a quotation paragraph without a tag, a ministry nearest before he said, a party denounced, parents groups welcomed, a mother called on, a minister joked and assured reporters',
    text: `Paraguayan teachers end three-week strike after pay deal

Tuesday, April 22, 2025

Teachers in Paraguay returned to classrooms on Monday after their largest union accepted a government offer of a 12% pay rise, ending a strike that had closed most public schools for three weeks.

The union's leader, Graciela Ortellado, announced the agreement at a rally in Asunción on Sunday night. She conceded that the deal fell short of the 20% the union had demanded, but said members could not afford to lose more pay.

"We did not win everything. We won enough to go back with our heads up," Ortellado told the crowd.

"And if the government does not keep its word, we will be back on this square in September."

Deputy Education Minister Óscar Villalba said the Ministry of Education and Sciences would pay the rise from July. The money had already been set aside in this year's budget, he said, and no other programme would be cut to pay for it.

The opposition Civic Renewal Party denounced the deal as "an election promise dressed up as a budget".

Parents' groups welcomed the end of the strike. María José Recalde, who leads a parents' association in the city of Encarnación, said children had lost "almost a month of learning". She called on the ministry to extend the school year by two weeks.

Finance Minister Ramón Acosta joked on Monday that he had "never been so popular with teachers". He assured reporters that the rise would not push the deficit above its legal limit of 1.5% of economic output.`,
    claims: [
      { s: 'announced the agreement at a rally', speakers: ['Graciela Ortellado'], optional: true },
      { s: 'She conceded that the deal fell short', speakers: ['Graciela Ortellado'] },
      { s: '"We did not win everything.', speakers: ['Graciela Ortellado'], direct: true },
      { s: 'We won enough to go back with our heads up', speakers: ['Graciela Ortellado'], direct: true },
      { s: '"And if the government does not keep its word', speakers: ['Graciela Ortellado'], direct: true },
      { s: 'Deputy Education Minister Óscar Villalba said', speakers: ['Óscar Villalba'] },
      { s: "The money had already been set aside in this year's budget", speakers: ['Óscar Villalba'] },
      {
        s: 'The opposition Civic Renewal Party denounced the deal',
        speakers: ['Civic Renewal Party', 'opposition Civic Renewal Party'],
      },
      {
        s: "Parents' groups welcomed the end of the strike.",
        speakers: ["Parents' groups", 'Parents groups', 'groups'],
      },
      { s: 'said children had lost "almost a month of learning"', speakers: ['María José Recalde'] },
      { s: 'She called on the ministry to extend the school year', speakers: ['María José Recalde'] },
      { s: 'Finance Minister Ramón Acosta joked on Monday', speakers: ['Ramón Acosta'] },
      { s: 'He assured reporters that the rise would not push', speakers: ['Ramón Acosta'] },
    ],
  },
  {
    name: "city desk bridge vote in doubled apostrophes: three-sentence ''…'' quotations, a commissioner conceded, was not persuaded and She said and called on, a state cabinet said in a statement, a spokesman in apposition with a partial quotation",
    text: `In a River Town, a Vote on a Bridge Splits Neighbors

MARROWBONE, Ky. — The old bridge over the Cumberland River has been closed to trucks since March.

''Every morning I drive 40 minutes the wrong way to get to work,'' said Denise Oakridge, who runs a trucking dispatch office on Depot Street. ''My drivers are losing an hour a day. Some of them have quit.''

The county commission voted 3 to 2 on Thursday to ask the state for $18 million to replace the bridge rather than repair it. Commissioner Walter Haddix, who cast the deciding vote, conceded that the money might take years to arrive.

''I would rather wait for something that lasts,'' Mr. Haddix said. ''We patched it in 1998 and again in 2011. Patching is how we got here.''

Ms. Oakridge was not persuaded. She said the trucking firms on Depot Street could not wait years, and called on the governor to reopen the bridge to lighter trucks in the meantime.

The state's transportation cabinet said in a statement that its engineers would inspect the bridge again in October. A spokesman for the cabinet, Curtis Lamb, said it ''takes the concerns of the town seriously'' but would not reopen the bridge before the inspection.

Mr. Haddix, a retired tobacco farmer, joked that the bridge was ''older than both of my knees and in worse shape.''`,
    claims: [
      { s: "''Every morning I drive 40 minutes", speakers: ['Denise Oakridge'], direct: true },
      { s: "''My drivers are losing an hour a day.", speakers: ['Denise Oakridge'], direct: true },
      { s: "Some of them have quit.''", speakers: ['Denise Oakridge'], direct: true },
      { s: 'Commissioner Walter Haddix, who cast the deciding vote, conceded', speakers: ['Walter Haddix'] },
      { s: "''I would rather wait for something that lasts", speakers: ['Walter Haddix'], direct: true },
      { s: "''We patched it in 1998 and again in 2011.", speakers: ['Walter Haddix'], direct: true },
      { s: "Patching is how we got here.''", speakers: ['Walter Haddix'], direct: true },
      { s: 'She said the trucking firms on Depot Street', speakers: ['Denise Oakridge'] },
      {
        s: "The state's transportation cabinet said in a statement",
        speakers: ["state's transportation cabinet", 'transportation cabinet'],
      },
      { s: 'A spokesman for the cabinet, Curtis Lamb, said', speakers: ['Curtis Lamb'] },
      { s: 'a retired tobacco farmer, joked that the bridge', speakers: ['Walter Haddix'] },
    ],
  },
  {
    name: 'wikinews hobart cruise limit: a mayor praised and said, a quotation paragraph without a tag, a director denounced and He said, a woman and a man alternating, rejected that, conceded, he said after the company, a tourism agency in a statement',
    text: `Hobart council votes to limit cruise ship visits

Thursday, November 6, 2025

The city council of Hobart, in the Australian state of Tasmania, voted on Wednesday to limit cruise ship visits to two a week from 2027, after residents complained of crowding and diesel fumes on the city's waterfront.

Lord Mayor Fiona Ashdown praised councillors for what she called "a brave decision" and said the limit would be reviewed after two seasons.

"People love visitors. What they do not love is three ships on a Saturday and nowhere to walk," Ashdown told reporters after the vote.

"This is not the end of cruising in Hobart. It is the end of cruising without limits."

Brendan Mulcahy, the Australian director of the cruise line Southern Star Voyages, denounced the vote as "a message to the world that Tasmania is closed". He said the company would move some of its calls to Burnie and Devonport, on the island's north coast.

Ashdown rejected that. She said ships had been booking Hobart for next year "faster than ever" since the limit was first proposed.

Mulcahy conceded on Thursday that the line had not yet cancelled any visits. It had 41 calls booked for the coming season, and the company would honour all of them, he said.

Tourism Tasmania, the state's tourism agency, said in a statement it would study the vote's effect on visitor numbers.`,
    claims: [
      { s: 'after residents complained of crowding', speakers: ['residents'], optional: true },
      { s: 'Lord Mayor Fiona Ashdown praised councillors', speakers: ['Fiona Ashdown'] },
      { s: '"People love visitors.', speakers: ['Fiona Ashdown'], direct: true },
      { s: 'What they do not love is three ships', speakers: ['Fiona Ashdown'], direct: true },
      { s: '"This is not the end of cruising in Hobart.', speakers: ['Fiona Ashdown'], direct: true },
      { s: 'It is the end of cruising without limits."', speakers: ['Fiona Ashdown'], direct: true },
      { s: 'denounced the vote as "a message to the world', speakers: ['Brendan Mulcahy'] },
      { s: 'He said the company would move some of its calls', speakers: ['Brendan Mulcahy'] },
      { s: 'Ashdown rejected that.', speakers: ['Fiona Ashdown'], optional: true },
      { s: 'She said ships had been booking Hobart', speakers: ['Fiona Ashdown'] },
      { s: 'Mulcahy conceded on Thursday', speakers: ['Brendan Mulcahy'] },
      { s: 'It had 41 calls booked for the coming season', speakers: ['Brendan Mulcahy'] },
      { s: "Tourism Tasmania, the state's tourism agency, said", speakers: ['Tourism Tasmania'] },
    ],
  },
  {
    name: 'wikinews lisbon half marathon: quotations opening When I, I and On Thursday, joked and said, assured and He said, the organisers had warned, insisted, a quotation over two sentences after he said',
    text: `Ethiopian runner sets course record in Lisbon half marathon

Monday, March 10, 2025

Ethiopian runner Hiwot Dagnachew won the Lisbon half marathon on Sunday in 1:04:51, breaking the women's course record by 38 seconds.

"When I saw the clock at 15 kilometres, I knew the record was possible," Dagnachew told reporters after the race. "I did not tell my pacemaker. I just went."

She joked that the wind off the Tagus had been "on my side for once" and said she would run the London Marathon in April.

Race director Luís Barreiros assured runners that the course would not change next year, despite complaints about a steep climb near the 18th kilometre. He said the climb was "part of the character" of the race.

On Thursday, the organisers had warned that heat could force a later start. "On Thursday we were worried. On Sunday we were lucky," Barreiros said.

The men's race was won by Daniel Ssemakula of Uganda in 59:58. Ssemakula insisted he had not been fully fit after a knee injury in January. "My knee still hurts. I ran with my head, not my legs," he said.`,
    claims: [
      { s: '"When I saw the clock at 15 kilometres', speakers: ['Hiwot Dagnachew'], direct: true },
      { s: '"I did not tell my pacemaker.', speakers: ['Hiwot Dagnachew'], direct: true },
      { s: 'I just went."', speakers: ['Hiwot Dagnachew'], direct: true },
      { s: 'She joked that the wind off the Tagus', speakers: ['Hiwot Dagnachew'] },
      { s: 'Race director Luís Barreiros assured runners', speakers: ['Luís Barreiros'] },
      { s: 'He said the climb was "part of the character"', speakers: ['Luís Barreiros'] },
      { s: 'the organisers had warned that heat', speakers: ['organisers', 'the organisers'] },
      { s: '"On Thursday we were worried.', speakers: ['Luís Barreiros'], direct: true },
      { s: 'On Sunday we were lucky," Barreiros said.', speakers: ['Luís Barreiros'], direct: true },
      { s: 'Ssemakula insisted he had not been fully fit', speakers: ['Daniel Ssemakula'] },
      { s: '"My knee still hurts.', speakers: ['Daniel Ssemakula'], direct: true },
      { s: 'I ran with my head, not my legs," he said.', speakers: ['Daniel Ssemakula'], direct: true },
    ],
  },
];
