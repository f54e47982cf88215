/**
 * Batch 45, written blind by claims14 and committed before the detector ran on it, and kept as a
 * first-sight check: no row is fixed against it. Three long stories aimed at SPEAKERS — layoffs
 * at a chip maker with the chief executive, a union organiser, "the company said", "the
 * 52-year-old engineer", "told Reuters" and people familiar; an election-night TV transcript with
 * two anchors, a correspondent and a campaign manager in "NAME:" turns; a summit where two
 * women foreign ministers are quoted alternately, with spokesmen, "said X" inversion, "X, who …,
 * said", and a quotation over two paragraphs attributed at its end.
 */
import type { NewsCase } from './news.cases';

export const NEWS_CASES_45: NewsCase[] = [
  {
    name: 'long layoffs: the chief executive, the company said, a union organiser, "the 52-year-old engineer", told Reuters, people familiar, he after other men, an analyst inverted',
    text: `Halvorsen Semiconductor to cut 1,800 jobs as chip slump deepens

SAN JOSE, Calif., Feb 12 (Reuters) - Halvorsen Semiconductor will cut about 1,800 jobs, or 12 percent of its workforce, and close a testing plant in Oregon, the company said on Tuesday, as a slump in demand for memory chips showed no sign of ending.

The chipmaker said the cuts would save about $400 million a year and that it would take a charge of up to $150 million in the first quarter, mostly for severance.

Chief Executive Martin Halvorsen, whose grandfather founded the company in 1971, told analysts on a conference call that the decision was "the hardest I have made in this job".

"We have a responsibility to the people who built this company, and we also have a responsibility to make sure it is still here in ten years," he said. "Those two things pulled in different directions this time."

He said the company expected demand to recover in the second half of the year but would not hire back until orders had "clearly turned".

Finance chief Daniel Obi said inventories had fallen for two straight quarters but remained about 40 percent above normal levels. He said prices for the company's main memory products had dropped by about a quarter since October.

The Oregon plant, in Hillsboro, employs about 600 people. Two people familiar with the company's plans said most of the remaining cuts would fall on the design teams in San Jose and Austin, Texas. One of them said the company had also frozen salaries for senior managers.

Halvorsen declined to comment on the details beyond the statement.

At the Hillsboro plant, news of the closure spread by text message before the company's announcement was made public. Workers gathered in the parking lot at the end of the morning shift.

Ken Matsuda, a test engineer who has worked at the plant for 19 years, said he had heard about the closure from his daughter, who saw it on the news.

"I found out from a 16-year-old before I found out from my boss," the 52-year-old engineer said. "That tells you how much they think of us."

He said he had expected cuts but not a closure, because the plant had been expanded only three years ago.

Rosa Delgado, an organiser with the Communications Workers of America, which has been trying to unionise the plant since 2022, told Reuters the closure showed why workers needed a voice.

"They give the shareholders a conference call and the workers a text message," she said.

Delgado said the union would ask the company to extend health insurance for laid-off workers for a year. She said about 40 workers had signed up to a meeting on Thursday evening.

The company said it would offer severance of at least 12 weeks' pay, extended health coverage and help finding new jobs. A spokesman, Eric Lindahl, said Halvorsen was "committed to treating every affected employee with respect".

Oregon Governor Tina Marchetti-Lowe's office said it was in contact with the company and would send a rapid-response team to help workers apply for benefits and retraining.

Shares of Halvorsen rose 4 percent in after-hours trading. Analysts said investors had been expecting cuts since the company's weak forecast in November.

"The market has been waiting for them to take the cost out," said Priya Raman, an analyst at Bernstein. "This is about what we expected, maybe a bit more on the manufacturing side."

Raman said the bigger question was whether the recovery in demand would come as early as management hoped. She noted that two of the company's largest customers had cut their own spending plans last month.

Halvorsen is the latest chipmaker to cut staff. Its larger rival Corvex announced 3,000 job cuts in January, and smaller firms have frozen hiring.

Back in Hillsboro, Matsuda said he planned to stay in the area if he could. His wife works at the local hospital and his daughter is in high school.

"We're not going anywhere," he said. "I just have to figure out what I'm going to do."

Obi told the conference call that the company would not cut its research budget, which he said was "the one thing you never cut in a downturn".

The company will report its first-quarter results in late April.`,
    claims: [
      {
        s: 'Halvorsen Semiconductor will cut about 1,800 jobs',
        speakers: ['Halvorsen Semiconductor', 'Halvorsen', 'company'],
      },
      {
        s: 'The chipmaker said the cuts would save',
        speakers: ['Halvorsen Semiconductor', 'Halvorsen', 'chipmaker'],
      },
      { s: 'Martin Halvorsen, whose grandfather founded the company', speakers: ['Martin Halvorsen'] },
      { s: '"We have a responsibility to the people', speakers: ['Martin Halvorsen'], direct: true },
      { s: '"Those two things pulled in different directions', speakers: ['Martin Halvorsen'], direct: true },
      { s: 'He said the company expected demand to recover', speakers: ['Martin Halvorsen'] },
      { s: 'Finance chief Daniel Obi said inventories', speakers: ['Daniel Obi'] },
      { s: "He said prices for the company's main memory", speakers: ['Daniel Obi'] },
      {
        s: 'Two people familiar with the company',
        speakers: [
          'Two people familiar',
          'people familiar with the company',
          "people familiar with the company's plans",
        ],
      },
      {
        s: 'One of them said the company had also frozen',
        speakers: ['One of them', 'people familiar with the company', "people familiar with the company's plans"],
      },
      { s: 'Halvorsen declined to comment on the details', speakers: [], optional: true },
      { s: 'Ken Matsuda, a test engineer who has worked', speakers: ['Ken Matsuda'] },
      { s: '"I found out from a 16-year-old', speakers: ['Ken Matsuda'], direct: true },
      { s: '"That tells you how much they think of us."', speakers: ['Ken Matsuda'], direct: true },
      { s: 'He said he had expected cuts but not a closure', speakers: ['Ken Matsuda'] },
      { s: 'told Reuters the closure showed why workers', speakers: ['Rosa Delgado'] },
      { s: '"They give the shareholders a conference call', speakers: ['Rosa Delgado'], direct: true },
      { s: 'Delgado said the union would ask the company', speakers: ['Rosa Delgado'] },
      { s: 'She said about 40 workers had signed up', speakers: ['Rosa Delgado'] },
      {
        s: 'The company said it would offer severance',
        speakers: ['Halvorsen Semiconductor', 'Halvorsen', 'company'],
      },
      { s: 'A spokesman, Eric Lindahl, said Halvorsen was', speakers: ['Eric Lindahl'] },
      {
        s: "Tina Marchetti-Lowe's office said it was in contact",
        speakers: [
          "Oregon Governor Tina Marchetti-Lowe's office",
          "Tina Marchetti-Lowe's office",
          'office',
          'Tina Marchetti-Lowe',
        ],
      },
      { s: 'Analysts said investors had been expecting cuts', speakers: ['Analysts'] },
      { s: '"The market has been waiting for them', speakers: ['Priya Raman'], direct: true },
      { s: '"This is about what we expected', speakers: ['Priya Raman'], direct: true },
      { s: 'Raman said the bigger question was whether', speakers: ['Priya Raman'] },
      { s: "She noted that two of the company's largest", speakers: ['Priya Raman'] },
      { s: 'Matsuda said he planned to stay in the area', speakers: ['Ken Matsuda'] },
      { s: '"We\'re not going anywhere," he said.', speakers: ['Ken Matsuda'], direct: true },
      { s: '"I just have to figure out what', speakers: ['Ken Matsuda'], direct: true },
      { s: 'Obi told the conference call that the company', speakers: ['Daniel Obi'] },
    ],
  },
  {
    name: 'long election-night TV transcript: two anchors, a correspondent, a campaign manager, "NAME:" turns with surnames after the first, a projection by the network, a quoted concession',
    text: `Transcript: Election night coverage, 10 p.m. hour

The following is a partial transcript of WKRN's election night coverage of the race for governor. It has been edited for length.

ANCHOR (JAMES TRAN): It is ten o'clock, and the polls have now been closed for two hours across the state. With about 70 percent of precincts reporting, the race for governor is still too close to call. I'm joined at the desk by Maria Ellison. Maria, what are you seeing?

MARIA ELLISON (ANCHOR): James, the story tonight is the suburbs. Lorraine Whitaker is running about six points ahead of where the last Democratic candidate was in the counties around the capital, and that is keeping her in this race even though Bill Hargrove is winning the rural vote by big margins.

TRAN: Let's go to our correspondent at the Hargrove headquarters in Franklin. Denise Cole, what is the mood there?

DENISE COLE (CORRESPONDENT): Cautious, James. An hour ago this room was loud. It has gone quiet as the numbers from the suburbs have come in. I spoke a few minutes ago with Hargrove's campaign manager, Rick Dunmore, and he told me they still expect to win by two or three points once the rural counties finish counting.

TRAN: Does he have a reason to believe that?

COLE: He says about 40,000 votes are still out in counties that Hargrove is winning by more than twenty points. If that's right, the math works for them. But he also admitted that the turnout in the suburbs was higher than the campaign had modelled.

ELLISON: And that is the key. Turnout in Clay County is already above where it was four years ago, and there are still absentee ballots to count there.

TRAN: We have Rick Dunmore with us now. Rick, thank you for joining us.

RICK DUNMORE: Happy to be here, James.

TRAN: Are you worried?

DUNMORE: No. We always knew the suburbs would come in first and look good for her. Our voters are in the places that count slower. When the last rural precincts report, Bill Hargrove will be the next governor of this state.

TRAN: Whitaker's campaign says its own numbers show her winning by a point.

DUNMORE: They can say what they like. We'll see at the end of the night.

ELLISON: Rick, one question. Your candidate said on Monday that he would not accept the result if it depended on late absentee ballots. Is that still his position?

DUNMORE: He said he wanted every legal vote counted and every illegal vote thrown out. That's all he said, and that is still his position.

TRAN: Rick Dunmore, thanks.

TRAN: We now have a projection. WKRN can project that Lorraine Whitaker will win Clay County by about 14 points. That does not decide the race, but it makes the path harder for Bill Hargrove.

ELLISON: A 14-point win in Clay County is larger than any Democrat has managed there since the 1990s. The Whitaker campaign will be very happy with that number.

TRAN: Maria, what happens if this goes to a recount?

ELLISON: Under state law, a recount is automatic if the margin is under half a percentage point. Both campaigns have lawyers on standby. The Hargrove campaign told us this afternoon it had 200 volunteer observers ready to go to county offices.

TRAN: And the Whitaker side?

ELLISON: They say they have more, but they wouldn't give us a number.

TRAN: Denise, back to you in Franklin.

COLE: James, the room heard that projection on the screens here, and there was a groan. One volunteer told me she was going home because she could not watch any more. Mr. Dunmore has gone back into a side room with the candidate. A Hargrove aide told me the candidate will not speak tonight unless the race is called.

EDITOR'S NOTE: Shortly after 1 a.m., Hargrove conceded the race in a short speech in Franklin. "The voters have spoken, and I respect their decision," he said. "I called Lorraine Whitaker a few minutes ago to congratulate her." Whitaker won by 1.8 percentage points, according to unofficial results. Dunmore said in a statement on Wednesday morning that the campaign would not seek a recount and thanked its volunteers.`,
    claims: [
      { s: 'the race for governor is still too close to call', speakers: ['James Tran'], optional: true },
      { s: 'the story tonight is the suburbs', speakers: ['Maria Ellison'], direct: true },
      { s: 'Lorraine Whitaker is running about six points ahead', speakers: ['Maria Ellison'], direct: true },
      { s: 'Cautious, James.', speakers: ['Denise Cole'], direct: true, optional: true },
      { s: 'An hour ago this room was loud.', speakers: ['Denise Cole'], direct: true },
      { s: 'It has gone quiet as the numbers from the suburbs', speakers: ['Denise Cole'], direct: true },
      { s: 'and he told me they still expect to win', speakers: ['Denise Cole', 'Rick Dunmore'], direct: true },
      { s: 'He says about 40,000 votes are still out', speakers: ['Rick Dunmore'], direct: true },
      { s: "If that's right, the math works for them.", speakers: ['Denise Cole'], direct: true },
      { s: 'But he also admitted that the turnout in the suburbs', speakers: ['Rick Dunmore'], direct: true },
      { s: 'And that is the key.', speakers: ['Maria Ellison'], direct: true, optional: true },
      { s: 'Turnout in Clay County is already above', speakers: ['Maria Ellison'], direct: true },
      { s: 'We always knew the suburbs would come in first', speakers: ['Rick Dunmore'], direct: true },
      { s: 'Our voters are in the places that count slower.', speakers: ['Rick Dunmore'], direct: true },
      { s: 'When the last rural precincts report', speakers: ['Rick Dunmore'], direct: true },
      {
        s: "Whitaker's campaign says its own numbers",
        speakers: ["Whitaker's campaign", 'campaign', 'Whitaker campaign'],
        direct: true,
      },
      { s: 'They can say what they like.', speakers: ['Rick Dunmore'], direct: true },
      { s: "We'll see at the end of the night.", speakers: ['Rick Dunmore'], direct: true, optional: true },
      { s: 'Your candidate said on Monday that he would not accept', speakers: ['Bill Hargrove'], direct: true },
      { s: 'He said he wanted every legal vote counted', speakers: ['Bill Hargrove'], direct: true },
      { s: "That's all he said, and that is still his position.", speakers: ['Rick Dunmore'], direct: true },
      { s: 'WKRN can project that Lorraine Whitaker will win', speakers: ['WKRN'], direct: true },
      { s: 'A 14-point win in Clay County is larger', speakers: ['Maria Ellison'], direct: true },
      { s: 'The Whitaker campaign will be very happy', speakers: ['Maria Ellison'], direct: true },
      { s: 'Under state law, a recount is automatic', speakers: ['Maria Ellison'], direct: true },
      { s: 'Both campaigns have lawyers on standby.', speakers: ['Maria Ellison'], direct: true },
      { s: 'The Hargrove campaign told us this afternoon', speakers: ['Hargrove campaign'], direct: true },
      {
        s: 'They say they have more',
        speakers: ['Whitaker campaign', 'Whitaker side', "Whitaker's campaign"],
        direct: true,
      },
      { s: "It is ten o'clock, and the polls", speakers: ['James Tran'], optional: true },
      { s: 'That does not decide the race', speakers: ['James Tran'], direct: true, optional: true },
      { s: 'the room heard that projection on the screens', speakers: ['Denise Cole'], direct: true, optional: true },
      { s: 'Mr. Dunmore has gone back into a side room', speakers: ['Denise Cole'], direct: true, optional: true },
      {
        s: 'A Hargrove aide told me the candidate will not speak',
        speakers: ['A Hargrove aide', 'Hargrove aide', 'aide'],
        direct: true,
      },
      { s: 'One volunteer told me she was going home', speakers: ['One volunteer', 'volunteer'], direct: true },
      { s: 'Shortly after 1 a.m., Hargrove conceded the race', speakers: ['Bill Hargrove'], optional: true },
      { s: '"The voters have spoken, and I respect', speakers: ['Bill Hargrove'], direct: true },
      { s: '"I called Lorraine Whitaker a few minutes ago', speakers: ['Bill Hargrove'], direct: true },
      { s: 'Whitaker won by 1.8 percentage points', speakers: ['unofficial results'] },
      { s: 'Dunmore said in a statement on Wednesday morning', speakers: ['Rick Dunmore'] },
    ],
  },
  {
    name: 'long summit: two women foreign ministers quoted alternately, spokesmen, "said X" inversion, X who … said, a quotation over two paragraphs attributed at its end, the ministry for each country, an EU official',
    text: `Serbia and Kosovo ministers trade barbs as Brussels talks end without deal

BRUSSELS, Sept 19 (Reuters) - Talks between Serbia and Kosovo on normalising relations ended without agreement on Tuesday, with the two foreign ministers blaming each other for the failure in separate news conferences an hour apart.

Serbian Foreign Minister Jelena Marković said Pristina had refused to discuss the rights of Serb communities in northern Kosovo, which she called "the heart of the matter".

"We came with concrete proposals on municipalities, on police, on schools," Marković told reporters. "The other side came with a press release."

Her Kosovo counterpart, Donika Krasniqi, rejected that account. She said Kosovo had offered to discuss the northern municipalities within the framework of its constitution and that Belgrade had walked away when it became clear that recognition was on the table.

"Serbia wants to talk about everything except the one thing that matters, which is that Kosovo exists," Krasniqi said.

Marković, speaking later at the Serbian mission, dismissed the suggestion that recognition had ever been part of the discussion.

"Nobody in that room asked us to recognise anything," she said. "If my colleague heard that, she was listening to a different meeting."

The European Union's envoy for the talks, Klaus Reinholt, who chaired the six hours of meetings, said the two sides had made progress on technical issues, including energy and the mutual recognition of diplomas, but remained far apart on the political questions.

"I will not pretend this was a good day," said Reinholt, a former German diplomat. "But I have seen worse days in this process, and they were followed by better ones."

He said he would invite both ministers back to Brussels in October. His spokeswoman, Anna Feldmann, said the envoy would travel to Belgrade and Pristina next week to prepare the next round.

Diplomats said the failure was a blow to Reinholt, who had spent the summer shuttling between the two capitals. One Western diplomat said the envoy had hoped to announce at least an agreement on reopening the main bridge in Mitrovica. "He had the text ready," the diplomat said. "Neither side wanted to give the other a win this week."

An EU official, speaking on condition of anonymity, said the tone in the room had been "cold but correct" and that neither minister had raised her voice.

Krasniqi, 47, is a former human rights lawyer who became foreign minister last year. Marković, 55, has been Serbia's chief negotiator in the talks since 2019. The two women have met at least seven times.

Asked whether she trusted her Serbian counterpart, Krasniqi paused.

"I trust that she represents her government faithfully," she said. "That is the problem."

The Serbian foreign ministry later issued a statement accusing Kosovo of "provocative rhetoric" and saying Belgrade remained committed to the EU-led process. The Kosovo foreign ministry said in its own statement that it was "ready to sign tomorrow" an agreement based on the framework accepted by both sides last year.

In Belgrade, President Aleksandar Vukić told state television that Serbia would "never accept" a deal that amounted to recognition.

"We want peace and we want normal life for our people," he said. "But there are things no Serbian leader can sign.

"Anyone who expects us to sign them is not serious about these talks, and I think the Europeans understand that very well," Vukić said.

In Pristina, Prime Minister Albin Hoxha said Vukić was "speaking to his voters, not to Brussels". His spokesman, Arben Gashi, said the prime minister would not comment further until Krasniqi had briefed the government on Wednesday.

Analysts said neither side had an incentive to compromise before elections in Serbia next spring.

"The ministers can be as polite or as rude as they like," said Matthias Kessler, a Balkans expert at the University of Graz. "The decisions are made in Belgrade and Pristina, and both capitals are in campaign mode."

Marković left Brussels on Tuesday evening. Before boarding her flight, she said the door remained open. "We will come back in October," she said. "We always come back."

Krasniqi said she would return too, "if there is something to discuss". Her ministry said later that she would brief the Kosovo parliament's foreign affairs committee on Thursday.`,
    claims: [
      { s: 'Talks between Serbia and Kosovo on normalising relations ended', speakers: [], optional: true },
      { s: 'Jelena Marković said Pristina had refused', speakers: ['Jelena Marković'] },
      { s: '"We came with concrete proposals on municipalities', speakers: ['Jelena Marković'], direct: true },
      { s: '"The other side came with a press release."', speakers: ['Jelena Marković'], direct: true },
      { s: 'She said Kosovo had offered to discuss the northern', speakers: ['Donika Krasniqi'] },
      { s: '"Serbia wants to talk about everything except', speakers: ['Donika Krasniqi'], direct: true },
      { s: 'Marković, speaking later at the Serbian mission, dismissed', speakers: ['Jelena Marković'] },
      { s: '"Nobody in that room asked us to recognise', speakers: ['Jelena Marković'], direct: true },
      { s: '"If my colleague heard that', speakers: ['Jelena Marković'], direct: true },
      { s: 'Klaus Reinholt, who chaired the six hours', speakers: ['Klaus Reinholt'] },
      { s: '"I will not pretend this was a good day,"', speakers: ['Klaus Reinholt'], direct: true },
      { s: '"But I have seen worse days in this process', speakers: ['Klaus Reinholt'], direct: true },
      { s: 'He said he would invite both ministers back', speakers: ['Klaus Reinholt'] },
      { s: 'Anna Feldmann, said the envoy would travel', speakers: ['Anna Feldmann'] },
      { s: 'Diplomats said the failure was a blow', speakers: ['Diplomats'] },
      {
        s: 'One Western diplomat said the envoy',
        speakers: ['One Western diplomat', 'Western diplomat', 'diplomat'],
      },
      {
        s: '"He had the text ready," the diplomat said.',
        speakers: ['One Western diplomat', 'Western diplomat', 'diplomat'],
        direct: true,
      },
      {
        s: '"Neither side wanted to give the other a win',
        speakers: ['One Western diplomat', 'Western diplomat', 'diplomat'],
        direct: true,
      },
      {
        s: 'An EU official, speaking on condition of anonymity',
        speakers: ['An EU official', 'EU official', 'official'],
      },
      { s: '"I trust that she represents her government', speakers: ['Donika Krasniqi'], direct: true },
      { s: '"That is the problem."', speakers: ['Donika Krasniqi'], direct: true },
      {
        s: 'The Serbian foreign ministry later issued a statement accusing',
        speakers: ['Serbian foreign ministry', 'foreign ministry', 'ministry'],
      },
      {
        s: 'The Kosovo foreign ministry said in its own statement',
        speakers: ['Kosovo foreign ministry', 'foreign ministry', 'ministry'],
      },
      { s: 'Aleksandar Vukić told state television', speakers: ['Aleksandar Vukić'] },
      { s: '"We want peace and we want normal life', speakers: ['Aleksandar Vukić'], direct: true },
      { s: '"But there are things no Serbian leader can sign.', speakers: ['Aleksandar Vukić'], direct: true },
      { s: '"Anyone who expects us to sign them', speakers: ['Aleksandar Vukić'], direct: true },
      { s: 'Albin Hoxha said Vukić was "speaking', speakers: ['Albin Hoxha'] },
      { s: 'Arben Gashi, said the prime minister would not comment', speakers: ['Arben Gashi'] },
      { s: 'Analysts said neither side had an incentive', speakers: ['Analysts'] },
      { s: '"The ministers can be as polite or as rude', speakers: ['Matthias Kessler'], direct: true },
      { s: '"The decisions are made in Belgrade and Pristina', speakers: ['Matthias Kessler'], direct: true },
      { s: 'she said the door remained open', speakers: ['Jelena Marković'] },
      { s: '"We will come back in October," she said.', speakers: ['Jelena Marković'], direct: true },
      { s: '"We always come back."', speakers: ['Jelena Marković'], direct: true },
      { s: 'Krasniqi said she would return too', speakers: ['Donika Krasniqi'] },
      {
        s: 'Her ministry said later that she would brief',
        speakers: ['Kosovo foreign ministry', 'foreign ministry', 'ministry', 'Her ministry', 'Donika Krasniqi'],
      },
    ],
  },
];
