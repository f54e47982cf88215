/**
 * Batch 83, written by claims32 with its gold committed before the detector ran on it, to be fixed
 * against (not blind): five stories in the styles batches 60–82 have least of (issue #9). A
 * Reuters-style wire with many short attributed paraphrases (a company closing the lead, "according
 * to a notice … seen by Reuters", a chief executive who "told reporters" and "he said", a regulator,
 * "said in an emailed statement", "according to LSEG data", "Two analysts, citing …, said", an
 * inverted analyst, "a deal X told reporters in October would be signed", a newspaper that
 * "citing an unnamed airline official, reported", "declined to comment", travellers, a passenger
 * "who gave his name only as"); a long feature where one man talks over many paragraphs ("he said"
 * as a parenthesis, "he went on" twice, a quotation with a nested one, a quotation paragraph with
 * no tag after a sentence about him, his wife by her given name with "she said", "She added that"
 * and "she added", a council's head of transport); a story built on documents and statements
 * ("according to documents filed with", "the filing says", "the statement read", "said in a
 * statement … that it 'strongly rejects'", "A spokesperson for … said in an email", "According to
 * the minutes, …", "wrote" in a letter, "told the BBC", a department that "said it did not
 * comment", "The agency's annual report … found that"); a parliamentary debate (ministers who
 * "insisted" in the lead, "Opening the debate, X told MPs that", a shadow minister who "accused …
 * of" and "he said, to cheers", backbenchers who "voiced concern", a knight who "said he could not
 * support", an intervention that "asked whether" (a reported question, no claim), "replied that",
 * "Winding up for the government, X insisted that", a campaign group "Outside the chamber"); and a
 * basketball report with quotes from both coaches (a coach who "said his side had 'found a way'",
 * quotations of two and three sentences, a player, "which he called …", "told reporters",
 * "questioned a foul call …, saying", "asked about the call, said", a league).
 *
 * As in batches 72–82, a description of a named body counts only resolved ("the airline" → its
 * name); a body or document without a name of its own ("Two analysts", "the filing", "ministers")
 * keeps its own words. A short answer and a rhetorical question are optional, as in batch 80.
 *
 * At first sight (claims F1 / speaker / direct): 1.000 (70/70/70) / 1.000 / 1.000 — no error the
 * scorer counts. Its output still shows errors the scorer does not see: a second claim inside the
 * content of "The agency's annual report … found that water companies in England had reported …"
 * with the speaker "England", and names of places for groups ("Travellers at Changi Airport" →
 * "Changi Airport", "documents filed with the Environment Agency by a campaign group" → "Environment
 * Agency"), right only by the speaker's text.
 */
import type { NewsCase } from './news.cases';

const STRAITS_AIR = ['Straits Air'];
const ROSLI = ['Hamid Rosli', 'Rosli'];
const BRODIE = ['Callum Brodie', 'Brodie'];
const MORAG = ['Morag', 'Morag Brodie'];
const NORTHFELL = ['Northfell Water', 'Northfell'];
const FILING = ['the filing', 'filing', 'Clean Becks', 'a filing by the campaign group Clean Becks'];
const ODUYA = ['Ruth Oduya', 'Oduya'];
const CARRADINE = ['Helen Carradine', 'Carradine'];
const MADDOCK = ['Idris Maddock', 'Maddock'];
const LUSK = ['Peter Lusk', 'Lusk'];
const KOWALCZYK = ['Dean Kowalczyk', 'Kowalczyk'];
const LEUNG = ['Marcus Leung', 'Leung'];
const ROBERTS = ['Shania Roberts', 'Roberts'];

export const NEWS_CASES_83: NewsCase[] = [
  {
    name: 'wire story of short attributed paraphrases: the airline said closing the lead, according to a notice seen by Reuters, told reporters, said in an emailed statement, according to LSEG data, two analysts citing, a newspaper citing an official reported, declined to comment, a passenger who gave his name only as',
    text: `Straits Air grounds nine turboprops after engine-mount cracks found

SINGAPORE, Dec 3 (Reuters) - Regional carrier Straits Air has grounded nine of its turboprop aircraft after inspectors found cracks in their engine mounts, the airline said on Wednesday, cancelling about 60 flights a day until at least next week.

The cracks were found during routine checks at the airline's maintenance base at Seletar, according to a notice sent to travel agents and seen by Reuters.

Chief executive Hamid Rosli told reporters the airline expected to return the first aircraft to service by Monday. "Safety comes before the schedule, always," he said.

The Civil Aviation Authority of Singapore said it was in contact with the airline and with the engine maker, Northway Propulsion. Northway said in an emailed statement that it had not been told of similar cracks at other operators.

Shares of Straits Air's parent, SA Holdings, fell 4.2% in morning trade, their biggest one-day drop since March, according to LSEG data.

Two analysts, citing the airline's reliance on the turboprops for its Malaysian routes, said the groundings could cut fourth-quarter revenue by as much as 8%.

"The timing could not be worse, with the school holidays starting," said Priya Menon, an analyst at Kestrel Securities.

The grounding comes weeks after the airline announced an order for 12 new regional jets, a deal Rosli told reporters in October would be signed by the end of the year.

The Straits Times, citing an unnamed airline official, reported on Tuesday that some of the cracks had been found in June but were judged too small to act on. Straits Air declined to comment on the report.

Travellers at Changi Airport said they had been offered seats on other carriers or refunds. One passenger, who gave his name only as Tan, said he had waited four hours for a rebooked flight to Kuching.

(Reporting by Aditi Rao; Editing by Mark Potter)`,
    claims: [
      { s: 'the airline said on Wednesday, cancelling about 60 flights', speakers: STRAITS_AIR },
      {
        s: 'according to a notice sent to travel agents and seen by Reuters',
        speakers: [
          'a notice sent to travel agents and seen by Reuters',
          'a notice sent to travel agents',
          'notice',
          'a notice',
        ],
      },
      { s: 'Hamid Rosli told reporters the airline expected', speakers: ROSLI },
      { s: '"Safety comes before the schedule, always," he said.', speakers: ROSLI, direct: true },
      {
        s: 'The Civil Aviation Authority of Singapore said it was in contact',
        speakers: ['Civil Aviation Authority of Singapore', 'Civil Aviation Authority'],
      },
      { s: 'Northway said in an emailed statement', speakers: ['Northway Propulsion', 'Northway'] },
      { s: 'fell 4.2% in morning trade', speakers: ['LSEG data', 'LSEG'] },
      { s: 'said the groundings could cut fourth-quarter revenue', speakers: ['Two analysts', 'analysts'] },
      { s: '"The timing could not be worse', speakers: ['Priya Menon', 'Menon'], direct: true },
      { s: 'a deal Rosli told reporters in October', speakers: [...ROSLI, ...STRAITS_AIR] },
      {
        s: 'The Straits Times, citing an unnamed airline official, reported',
        speakers: ['The Straits Times', 'Straits Times', 'an unnamed airline official'],
      },
      { s: 'Straits Air declined to comment on the report.', speakers: [], optional: true },
      {
        s: 'Travellers at Changi Airport said they had been offered',
        speakers: ['Travellers at Changi Airport', 'Travellers'],
      },
      { s: 'said he had waited four hours', speakers: ['Tan', 'One passenger'] },
    ],
  },
  {
    name: 'long feature with one speaker over many paragraphs: he said as a parenthesis, he went on twice, a nested quotation, an untagged quotation after a sentence about him, his wife by her given name, She added that and she added, a head of transport',
    text: `The last ferryman of Loch Arrin

For 41 years, Callum Brodie has carried people, sheep, school children and once a piano across the narrow water between Arrinmore and Kilbride. In March, a bridge will put him out of work.

"People think it's a romantic job," Brodie said, coiling a rope on the jetty. "It's not. It's weather, and it's engines, and it's being polite to folk who are late."

He started at 19, he said, when his uncle's back gave out.

"My uncle told me, 'Never argue with the loch.' I argued with it once, in 1987, and I nearly drowned," he went on. "I haven't argued since."

Lochside Council announced in the spring that the ferry would be replaced by a bridge, after years of complaints about cancelled crossings in winter.

Brodie does not oppose the bridge. "The children on the far side have to leave the house at seven to get to school. A bridge gives them an extra hour in bed. How could I be against that?"

His wife, Morag, is less sure.

"He says he's fine with it, but he's been quiet since the vote," she said. "Forty-one years is a long time to do one thing."

She added that she had already booked them a holiday in Portugal for the week after the last crossing.

"He's never been further than Glasgow," she added. "I'm looking forward to watching him on a plane."

Brodie laughed when he was told of the holiday. "She's right. I'll be terrified," he said.

"What I'll miss is the mornings," he went on, looking out over the water. "Nobody else sees the loch at six o'clock. It belongs to me for an hour."

The council's head of transport, Gillian Rae, said the last crossing would be on March 31 and that the council planned to mark it with a ceremony on the jetty.

Asked what he would do afterwards, Brodie shrugged. "Fish, probably," he said. "From the shore."`,
    claims: [
      { s: '"People think it\'s a romantic job," Brodie said', speakers: BRODIE, direct: true },
      { s: '"It\'s not.', speakers: BRODIE, direct: true, optional: true },
      { s: "It's weather, and it's engines", speakers: BRODIE, direct: true },
      { s: 'He started at 19, he said', speakers: BRODIE },
      { s: "\"My uncle told me, 'Never argue with the loch.'", speakers: BRODIE, direct: true },
      { s: 'I argued with it once, in 1987', speakers: BRODIE, direct: true },
      { s: '"I haven\'t argued since."', speakers: BRODIE, direct: true },
      { s: 'Lochside Council announced in the spring', speakers: ['Lochside Council'] },
      { s: 'Brodie does not oppose the bridge.', speakers: BRODIE, optional: true },
      { s: '"The children on the far side have to leave', speakers: BRODIE, direct: true },
      { s: 'A bridge gives them an extra hour in bed.', speakers: BRODIE, direct: true },
      { s: 'How could I be against that?"', speakers: BRODIE, direct: true, optional: true },
      { s: '"He says he\'s fine with it', speakers: MORAG, direct: true },
      { s: '"Forty-one years is a long time', speakers: MORAG, direct: true },
      { s: 'She added that she had already booked', speakers: MORAG },
      { s: '"He\'s never been further than Glasgow," she added.', speakers: MORAG, direct: true },
      { s: '"I\'m looking forward to watching him', speakers: MORAG, direct: true },
      { s: '"She\'s right.', speakers: BRODIE, direct: true, optional: true },
      { s: 'I\'ll be terrified," he said.', speakers: BRODIE, direct: true },
      { s: '"What I\'ll miss is the mornings," he went on', speakers: BRODIE, direct: true },
      { s: '"Nobody else sees the loch', speakers: BRODIE, direct: true },
      { s: 'It belongs to me for an hour."', speakers: BRODIE, direct: true },
      { s: 'Gillian Rae, said the last crossing would be', speakers: ['Gillian Rae', 'Rae'] },
      { s: '"Fish, probably," he said.', speakers: BRODIE, direct: true, optional: true },
      { s: '"From the shore."', speakers: BRODIE, direct: true, optional: true },
    ],
  },
  {
    name: 'story of documents and statements: according to documents filed with, the filing says, the statement read, said in a statement that it strongly rejects, a spokesperson said in an email, according to the minutes, wrote in a letter, told the BBC, a department said it did not comment, an annual report found that',
    text: `Water company under-reported sewage spills for three years, campaigners allege

A water company in the north of England under-reported sewage discharges into two rivers for at least three years, according to documents filed with the Environment Agency by a campaign group.

Northfell Water told the agency that its treatment works at Kelby had discharged untreated sewage on 14 days in 2021. Readings from the site's own monitors, included in a filing by the campaign group Clean Becks, record discharges on 96 days that year.

"The company knew, and the company chose not to say," the filing says.

In a statement issued on Monday, Northfell said it "strongly rejects" the allegation. "All data was reported in line with the guidance in force at the time," the statement read. "We will cooperate fully with any review."

A spokesperson for the Environment Agency said in an email that it was aware of the filing and would assess it as a priority.

According to the minutes of a Northfell board meeting in March 2022, which form part of the filing, the company's head of compliance, Adrian Pell, told directors that monitor readings did not match the figures sent to the regulator.

In a letter to the agency dated January 9, the chair of Clean Becks, Ruth Oduya, wrote that the group had raised the gap with Northfell twice and received no reply.

"We are not asking for anything unusual," Oduya told the BBC. "We are asking them to count."

The Department for Environment, Food and Rural Affairs said it did not comment on individual cases.

The agency's annual report, published in July, found that water companies in England had reported 3.6 million hours of sewage spills last year, up 54% from the year before.`,
    claims: [
      {
        s: 'under-reported sewage discharges into two rivers for at least three years',
        speakers: [
          'documents filed with the Environment Agency by a campaign group',
          'documents filed with the Environment Agency',
          'documents',
          'Clean Becks',
        ],
      },
      {
        s: 'Northfell Water told the agency that its treatment works',
        speakers: NORTHFELL,
      },
      { s: "Readings from the site's own monitors", speakers: FILING, optional: true },
      { s: '"The company knew, and the company chose not to say," the filing says.', speakers: FILING, direct: true },
      { s: 'Northfell said it "strongly rejects" the allegation.', speakers: NORTHFELL },
      { s: '"All data was reported in line with the guidance', speakers: NORTHFELL, direct: true },
      { s: '"We will cooperate fully with any review."', speakers: NORTHFELL, direct: true },
      {
        s: 'A spokesperson for the Environment Agency said in an email',
        speakers: ['Environment Agency', 'A spokesperson for the Environment Agency'],
      },
      {
        s: 'told directors that monitor readings did not match',
        speakers: ['Adrian Pell', 'Pell', 'minutes', 'the minutes of a Northfell board meeting in March 2022'],
      },
      { s: 'Ruth Oduya, wrote that the group had raised the gap', speakers: ODUYA },
      { s: '"We are not asking for anything unusual," Oduya told the BBC.', speakers: ODUYA, direct: true },
      { s: '"We are asking them to count."', speakers: ODUYA, direct: true },
      {
        s: 'said it did not comment on individual cases',
        speakers: ['Department for Environment, Food and Rural Affairs'],
        optional: true,
      },
      {
        s: "The agency's annual report, published in July, found that",
        speakers: ["The agency's annual report", 'annual report', 'report', 'Environment Agency'],
      },
    ],
  },
  {
    name: 'parliamentary debate report: ministers insisted in the lead, Opening the debate X told MPs that, a shadow minister accused and he said to cheers, backbenchers voiced concern, said he could not support, an intervention asked whether (no claim), replied that, Winding up X insisted that, a campaign group outside the chamber',
    text: `MPs from both sides attack plan to halve rural bus subsidy

The government's plan to halve subsidies for rural bus routes came under attack from both sides of the Commons on Tuesday, as ministers insisted the savings were needed to protect services elsewhere.

Opening the debate, Transport Minister Helen Carradine told MPs that the current scheme paid for "empty buses running empty routes" and that the money would be better spent on buses booked by phone or app.

"This is not a cut. It is a change in how we get people where they need to go," she said.

Her Labour shadow, Idris Maddock, accused the government of abandoning villages that had no other way to reach hospitals and schools.

"The minister talks about empty buses. I invite her to ride the 47 from Llanfor on a Tuesday morning," he said, to cheers from the opposition benches. "She will not find a seat."

Several Conservative backbenchers also voiced concern. Sir Geoffrey Ambler, who represents a rural seat in Shropshire, said he could not support the plan "in its present form".

Intervening, the Liberal Democrat spokeswoman, Fenella Price, asked whether the minister had assessed the plan's effect on older people who no longer drive.

Ms Carradine replied that a full impact assessment would be published before the summer.

Winding up for the government, the roads minister, Peter Lusk, insisted that no village would be left without a service. "We have listened, and we will keep listening," he said.

The plan was approved by 302 votes to 251.

Outside the chamber, the Campaign for Better Transport said the vote was "a dark day for the countryside".`,
    claims: [
      { s: 'as ministers insisted the savings were needed', speakers: ['ministers'] },
      { s: 'Helen Carradine told MPs that the current scheme', speakers: CARRADINE },
      { s: '"This is not a cut.', speakers: CARRADINE, direct: true },
      { s: 'It is a change in how we get people', speakers: CARRADINE, direct: true },
      { s: 'Idris Maddock, accused the government of abandoning', speakers: MADDOCK },
      { s: '"The minister talks about empty buses.', speakers: MADDOCK, direct: true },
      { s: 'I invite her to ride the 47', speakers: MADDOCK, direct: true },
      { s: '"She will not find a seat."', speakers: MADDOCK, direct: true },
      {
        s: 'Several Conservative backbenchers also voiced concern.',
        speakers: ['Several Conservative backbenchers', 'Conservative backbenchers'],
        optional: true,
      },
      { s: 'said he could not support the plan', speakers: ['Geoffrey Ambler', 'Sir Geoffrey Ambler', 'Ambler'] },
      { s: 'Ms Carradine replied that a full impact assessment', speakers: CARRADINE },
      { s: 'insisted that no village would be left', speakers: LUSK },
      { s: '"We have listened, and we will keep listening," he said.', speakers: LUSK, direct: true },
      {
        s: 'the Campaign for Better Transport said the vote was',
        speakers: ['Campaign for Better Transport'],
      },
    ],
  },
  {
    name: 'basketball report with quotes from both coaches: a coach said his side had found a way, quotations of two and three sentences, a player, which he called, told reporters, questioned a foul call saying, asked about the call said, a league',
    text: `Wolves survive Hawks comeback to win in overtime

Melbourne Wolves coach Dean Kowalczyk said his side had "found a way" after they beat the Harbourside Hawks 98-95 in overtime on Sunday, a result that keeps them top of the table.

"We weren't good for three quarters. Let's be honest about that," Kowalczyk said. "But this group doesn't quit, and you saw that tonight."

Guard Shania Roberts scored 31 points, including the three-pointer that forced overtime with 2.4 seconds left.

"I just wanted the ball," Roberts said. "Coach drew it up for someone else, to be fair, but I got open."

Hawks coach Marcus Leung was left to rue 22 turnovers, which he called "unacceptable at this level".

"You can't give a team like that extra possessions and expect to win," Leung told reporters. "We'll look at the tape, we'll own it, and we'll move on."

Leung also questioned a foul call in the final minute of regulation, saying his centre had been "clearly outside the circle".

"I'm not going to get fined over it. Everyone saw it," he said.

Kowalczyk, asked about the call, said he had not seen a replay.

The National Basketball League said on Monday it would review the incident as part of its usual process.

The Hawks host Perth on Friday.`,
    claims: [
      { s: 'coach Dean Kowalczyk said his side had "found a way"', speakers: KOWALCZYK },
      { s: '"We weren\'t good for three quarters.', speakers: KOWALCZYK, direct: true },
      { s: 'Let\'s be honest about that," Kowalczyk said.', speakers: KOWALCZYK, direct: true },
      { s: '"But this group doesn\'t quit', speakers: KOWALCZYK, direct: true },
      { s: '"I just wanted the ball," Roberts said.', speakers: ROBERTS, direct: true },
      { s: '"Coach drew it up for someone else', speakers: ROBERTS, direct: true },
      { s: 'which he called "unacceptable at this level"', speakers: LEUNG, optional: true },
      { s: '"You can\'t give a team like that', speakers: LEUNG, direct: true },
      { s: '"We\'ll look at the tape', speakers: LEUNG, direct: true },
      { s: 'Leung also questioned a foul call', speakers: LEUNG },
      { s: '"I\'m not going to get fined over it.', speakers: LEUNG, direct: true },
      { s: 'Everyone saw it," he said.', speakers: LEUNG, direct: true },
      { s: 'said he had not seen a replay', speakers: KOWALCZYK },
      { s: 'The National Basketball League said on Monday', speakers: ['National Basketball League'] },
    ],
  },
];
