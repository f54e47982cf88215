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
 *
 * Second part (five more stories of the same styles, made harder; gold again committed before the
 * detector ran on them): a central bank wire (a bank closing its lead "citing … and said", "told a
 * news conference", economists "polled by Reuters" who "had expected" (optional), "according to
 * the national statistics bureau", "The … news agency quoted X as saying", an inverted economist,
 * "LSEG data showed" (optional), two anonymous sources "speaking on condition of anonymity", "The
 * bank said"); a feature in the present tense ("says Solvang, 38," inverted after a quotation, "she
 * recalls", "he says", "he adds, laughing", "Solvang says" in the middle of a sentence, "she
 * continues", "A spokesman …, X, says"); a leaked hospital report ("according to an internal
 * report seen by the Guardian", "The report, written by …, says" and "it concludes", "wrote that"
 * in an email, "A copy of the email was seen by" (no claim), "the statement said", "board papers …
 * record" (optional), "according to the coroner's office", a college and "Its regional officer");
 * Prime Minister's Questions ("telling MPs that", a question "asked him how many" (no claim),
 * "Mr X replied" after a quotation, "she told the House", "described the bill as", "Intervening …,
 * X warned that", "Responding for the government, …, said", "according to the House of Lords
 * library"); and a football report quoting both managers ("hailed a 'perfect away day'", "said
 * Pike, whose side", "admitted", "the 29-year-old said", "conceded", "the Swede said", "said he
 * had spoken … but refused", "Asked about the chants, X said: '…'").
 *
 * Second part at first sight: 1.000 (56/56/56) / 0.911 / 1.000 (the whole batch 1.000 (126/126/126)
 * / 0.960 / 1.000). Wrong speakers: "The bank said" after "Kazakhstan's central bank … said" given
 * to a news agency that had quoted a minister; "the statement said" after "The Kettleby Hospitals NHS
 * Trust said in a statement" kept as written; and a man "named Eirik Haugland" whom the tagger made a
 * place, so "he says" and two "he adds" stayed unresolved. After claims32's rows
 * (speaker.description.statement-of-source, speaker.description.organization.unnamed-body-that-spoke,
 * speaker.pronoun.named-introduced, and speaker.people-of-place.at for the first part's "Travellers
 * at Changi Airport", which the scorer did not count): 1.000 (126/126/126) / 1.000 / 1.000.
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
const KAZ_BANK = ["Kazakhstan's central bank", 'central bank', 'Kazakhstan', 'National Bank of Kazakhstan'];
const SADYKOV = ['Yerlan Sadykov', 'Sadykov'];
const SOLVANG = ['Ingrid Solvang', 'Solvang'];
const HAUGLAND = ['Eirik Haugland', 'Haugland'];
const INTERNAL_REPORT = [
  'an internal report seen by the Guardian',
  'an internal report',
  'internal report',
  'report',
  'The report',
  "the trust's own head of midwifery",
  'head of midwifery',
];
const KETTLEBY = ['Kettleby Hospitals NHS Trust', 'Kettleby Hospitals'];
const WHITCOMBE = ['Alan Whitcombe', 'Whitcombe'];
const DUNMORE = ['Rachel Dunmore', 'Dunmore'];
const OKONKWO = ['Sarah Okonkwo', 'Okonkwo'];
const PIKE = ['Gareth Pike', 'Pike'];
const NASH = ['Callum Nash', 'Nash'];
const HOLMQVIST = ['Sven Holmqvist', 'Holmqvist'];

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
  {
    name: 'second part, central bank wire: a bank closing its lead with citing and said, told a news conference, economists polled by Reuters, according to a statistics bureau, a news agency quoted X as saying, an inverted economist, LSEG data showed, two anonymous sources, the bank said',
    text: `Kazakhstan raises base rate to 16.25%, cites inflation and weak tenge

ASTANA, Oct 25 (Reuters) - Kazakhstan's central bank raised its base rate by 100 basis points to 16.25% on Friday, citing faster-than-expected inflation and a weaker tenge, and said further increases could not be ruled out.

Governor Yerlan Sadykov told a news conference that inflation was likely to peak in the first quarter of next year. "We would rather act early than chase prices later," he said.

The move surprised most analysts. Eleven of 14 economists polled by Reuters had expected the rate to stay on hold.

Annual inflation rose to 9.8% in September from 9.1% in August, according to the national statistics bureau.

The Interfax-Kazakhstan news agency quoted Finance Minister Daulet Abenov as saying the government would cut spending next year to help the bank.

"The decision shows the bank is worried about the currency more than anything," said Timur Ospanov, chief economist at Steppe Capital in Almaty.

The tenge, which has lost about 11% against the dollar this year, firmed 0.6% after the decision, LSEG data showed.

Two sources at commercial banks, speaking on condition of anonymity because they were not allowed to talk to the media, said the central bank had sold dollars from its reserves this week to support the tenge. The bank did not respond to a request for comment.

The bank said its next meeting would be on December 6.`,
    claims: [
      { s: 'raised its base rate by 100 basis points', speakers: KAZ_BANK },
      { s: 'Governor Yerlan Sadykov told a news conference', speakers: SADYKOV },
      { s: '"We would rather act early than chase prices later," he said.', speakers: SADYKOV, direct: true },
      {
        s: 'Eleven of 14 economists polled by Reuters had expected',
        speakers: ['Eleven of 14 economists polled by Reuters', 'Eleven of 14 economists', 'economists'],
        optional: true,
      },
      {
        s: 'Annual inflation rose to 9.8% in September',
        speakers: ['national statistics bureau', 'statistics bureau'],
      },
      {
        s: 'quoted Finance Minister Daulet Abenov as saying',
        speakers: ['Daulet Abenov', 'Abenov', 'Interfax-Kazakhstan', 'Interfax-Kazakhstan news agency'],
      },
      { s: '"The decision shows the bank is worried', speakers: ['Timur Ospanov', 'Ospanov'], direct: true },
      { s: 'firmed 0.6% after the decision, LSEG data showed.', speakers: ['LSEG data', 'LSEG'], optional: true },
      {
        s: 'said the central bank had sold dollars from its reserves',
        speakers: ['Two sources at commercial banks', 'Two sources'],
      },
      { s: 'The bank said its next meeting would be', speakers: KAZ_BANK },
    ],
  },
  {
    name: 'second part, feature in the present tense: says X inverted after a quotation, she recalls, he says, he adds, X says in the middle of a sentence, she continues, a spokesman says, three-sentence quotations',
    text: `On the night shift at Tromsø's only all-night bakery

Ingrid Solvang has not seen a sunrise on a weekday in eleven years.

"My friends think I'm a vampire," says Solvang, 38, dusting flour from her apron at 3 a.m. "My children know better. I'm the one who makes their breakfast before I go to sleep."

She took over the bakery from her father in 2013. He had run it for thirty years, she recalls, and never once closed on Christmas Eve.

"He used to say that a town without fresh bread at four in the morning is not a town," she says. "I thought it was a joke. Now I say it myself."

Her only employee, a 23-year-old from Lyngen named Eirik Haugland, joined last winter. The work suits him, he says.

"I'm not a morning person or a night person. I'm a bread person," he adds, laughing.

Business is harder than it was. Flour costs twice what it did in 2020, Solvang says, and the electricity bill for the ovens has tripled.

She has thought about closing. "Every January I do the sums and every January I decide to stay one more year," she continues. "Maybe that's stubbornness. My father would call it loyalty."

The municipality offered small businesses a grant towards energy costs last year. A spokesman for the municipality, Ole-Martin Bakke, says 140 firms applied and 96 received money.

Solvang was one of them. "It paid for two months of electricity," she says. "I'm grateful. But two months is two months."`,
    claims: [
      { s: '"My friends think I\'m a vampire," says Solvang', speakers: SOLVANG, direct: true },
      { s: '"My children know better.', speakers: SOLVANG, direct: true },
      { s: "I'm the one who makes their breakfast", speakers: SOLVANG, direct: true },
      { s: 'He had run it for thirty years, she recalls', speakers: SOLVANG },
      { s: '"He used to say that a town without fresh bread', speakers: SOLVANG, direct: true },
      { s: '"I thought it was a joke.', speakers: SOLVANG, direct: true },
      { s: 'Now I say it myself."', speakers: SOLVANG, direct: true },
      { s: 'The work suits him, he says.', speakers: HAUGLAND },
      { s: '"I\'m not a morning person or a night person.', speakers: HAUGLAND, direct: true },
      { s: 'I\'m a bread person," he adds, laughing.', speakers: HAUGLAND, direct: true },
      { s: 'Flour costs twice what it did in 2020, Solvang says', speakers: SOLVANG },
      { s: '"Every January I do the sums', speakers: SOLVANG, direct: true },
      { s: '"Maybe that\'s stubbornness.', speakers: SOLVANG, direct: true },
      { s: 'My father would call it loyalty."', speakers: SOLVANG, direct: true },
      { s: 'says 140 firms applied and 96 received money', speakers: ['Ole-Martin Bakke', 'Bakke'] },
      { s: '"It paid for two months of electricity," she says.', speakers: SOLVANG, direct: true },
      { s: '"I\'m grateful.', speakers: SOLVANG, direct: true, optional: true },
      { s: 'But two months is two months."', speakers: SOLVANG, direct: true },
    ],
  },
  {
    name: 'second part, documents: according to an internal report seen by a newspaper, the report says and it concludes, wrote in an email, a copy was seen by (no claim), said in a statement and the statement said, board papers record, according to the coroner office, a college and its regional officer, a department could not comment',
    text: `Hospital trust ignored warnings about maternity unit, leaked report says

A hospital trust in the English Midlands was warned at least five times that its maternity unit was short of midwives before two babies died there last year, according to an internal report seen by the Guardian.

The report, written by the trust's own head of midwifery in March, says staffing on night shifts fell below safe levels on 41 occasions in six months. "The unit is operating on goodwill and luck, and neither will last," it concludes.

In an email to the trust's chief executive in April, a consultant obstetrician, Dr Naomi Blake, wrote that she was "no longer able to guarantee the safety of women in our care". A copy of the email was seen by the Guardian.

The Kettleby Hospitals NHS Trust said in a statement that it "accepts the findings in full" and had hired 18 midwives since the summer. "We are deeply sorry for the failings identified," the statement said.

The trust's board papers from May record that the warnings were discussed and that directors agreed to "keep the matter under review".

An inquest into the death of one of the babies, due to open next month, will hear evidence from midwives, according to the coroner's office.

The Royal College of Midwives said the report showed "exactly what our members have been telling us for years". Its regional officer, Joanne Pryce, said staff had been "pushed to breaking point".

The Department of Health said it could not comment while the inquest was pending.`,
    claims: [
      { s: 'was warned at least five times', speakers: INTERNAL_REPORT },
      { s: 'says staffing on night shifts fell below safe levels', speakers: INTERNAL_REPORT },
      { s: '"The unit is operating on goodwill and luck', speakers: INTERNAL_REPORT, direct: true },
      { s: 'Dr Naomi Blake, wrote that she was', speakers: ['Naomi Blake', 'Blake'] },
      { s: 'said in a statement that it "accepts the findings in full"', speakers: KETTLEBY },
      { s: '"We are deeply sorry for the failings identified," the statement said.', speakers: KETTLEBY, direct: true },
      {
        s: "The trust's board papers from May record",
        speakers: ["The trust's board papers from May", 'board papers', ...KETTLEBY],
        optional: true,
      },
      {
        s: 'An inquest into the death of one of the babies',
        speakers: ["coroner's office", "the coroner's office"],
      },
      { s: 'The Royal College of Midwives said the report showed', speakers: ['Royal College of Midwives'] },
      { s: 'Joanne Pryce, said staff had been', speakers: ['Joanne Pryce', 'Pryce'] },
      {
        s: 'The Department of Health said it could not comment',
        speakers: ['Department of Health'],
        optional: true,
      },
    ],
  },
  {
    name: "second part, Prime Minister's Questions: a prime minister telling MPs, the opposition leader asked him (no claim), replied after a quotation, told the House, described the bill as, Intervening a former minister warned that, Responding for the government X said, according to the House of Lords library",
    text: `Prime minister defends asylum bill as Lords vote nears

Prime Minister Alan Whitcombe defended the government's asylum bill in the Commons on Wednesday, telling MPs that the country "cannot keep doing the same thing and expecting a different result".

At Prime Minister's Questions, the Leader of the Opposition, Rachel Dunmore, asked him how many people the scheme had removed since it began.

"The honest answer is not enough, and that is why we are changing the law," Mr Whitcombe replied.

Ms Dunmore said the bill would be "struck down within a year" by the courts. "The prime minister knows it, his lawyers know it, and the country knows it," she told the House.

The Scottish National Party's Westminster leader, Alasdair Munro, described the bill as "cruel and unworkable".

Intervening during a later debate, the Conservative former minister Sir Hugh Partridge warned that the bill risked breaching the European Convention on Human Rights.

Responding for the government, the Home Office minister, Sarah Okonkwo, said she was confident the bill was lawful. "We have taken the best legal advice available," she said. "We will defend it in any court."

The House of Lords will vote on the bill next Tuesday. Peers from all parties have tabled more than 40 amendments, according to the House of Lords library.`,
    claims: [
      { s: 'telling MPs that the country "cannot keep doing', speakers: WHITCOMBE },
      { s: '"The honest answer is not enough', speakers: WHITCOMBE, direct: true },
      { s: 'Ms Dunmore said the bill would be "struck down', speakers: DUNMORE },
      { s: '"The prime minister knows it', speakers: DUNMORE, direct: true },
      { s: 'described the bill as "cruel and unworkable"', speakers: ['Alasdair Munro', 'Munro'] },
      {
        s: 'warned that the bill risked breaching',
        speakers: ['Hugh Partridge', 'Sir Hugh Partridge', 'Partridge'],
      },
      { s: 'Sarah Okonkwo, said she was confident', speakers: OKONKWO },
      { s: '"We have taken the best legal advice available," she said.', speakers: OKONKWO, direct: true },
      { s: '"We will defend it in any court."', speakers: OKONKWO, direct: true },
      {
        s: 'Peers from all parties have tabled more than 40 amendments',
        speakers: ['House of Lords library', 'Lords library'],
      },
    ],
  },
  {
    name: 'second part, football report quoting both managers: hailed a quoted phrase, said X whose side, admitted, the 29-year-old said, conceded, the Swede said, said he had spoken but refused, Asked about X said: and a quotation',
    text: `Rovers boss hails 'perfect away day' as Athletic slump goes on

Castleford Rovers manager Gareth Pike hailed a "perfect away day" after goals from Callum Nash and Ade Bello gave his side a 2-0 win at Wexley Athletic on Saturday.

"We defended like our lives depended on it and we took our chances," said Pike, whose side moved up to fourth. "You can't ask for more than that."

Nash, who scored his first goal since August, admitted he had feared for his place. "The gaffer stuck with me when I wasn't scoring. I owe him that one," the 29-year-old said.

Athletic manager Sven Holmqvist conceded his side had been "second best all over the pitch".

"I have no complaints about the result. We were soft in the first half and we were punished," the Swede said. "That is on me, not the players."

Holmqvist, whose side have now lost four in a row, said he had spoken to the club's owners after the game but refused to say what had been discussed.

Athletic fans booed the team off at full-time, and some chanted for the manager to go.

Asked about the chants, Holmqvist said: "They pay their money, they can say what they want."

Rovers host Dunmore Town on Tuesday.`,
    claims: [
      { s: 'Gareth Pike hailed a "perfect away day"', speakers: PIKE },
      { s: '"We defended like our lives depended on it', speakers: PIKE, direct: true },
      { s: '"You can\'t ask for more than that."', speakers: PIKE, direct: true },
      { s: 'admitted he had feared for his place', speakers: NASH },
      { s: '"The gaffer stuck with me when I wasn\'t scoring.', speakers: NASH, direct: true },
      { s: 'I owe him that one," the 29-year-old said.', speakers: NASH, direct: true },
      { s: 'conceded his side had been "second best', speakers: HOLMQVIST },
      { s: '"I have no complaints about the result.', speakers: HOLMQVIST, direct: true },
      { s: 'We were soft in the first half and we were punished," the Swede said.', speakers: HOLMQVIST, direct: true },
      { s: '"That is on me, not the players."', speakers: HOLMQVIST, direct: true },
      { s: "said he had spoken to the club's owners", speakers: HOLMQVIST },
      { s: 'Asked about the chants, Holmqvist said:', speakers: HOLMQVIST, direct: true },
    ],
  },
];
