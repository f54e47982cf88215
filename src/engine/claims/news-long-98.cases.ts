/**
 * Batch 98, written by claims38 with its gold committed before the detector ran on it, to be fixed
 * against (not blind): five stories in the styles batches 80–97 have least of (issue #9). A
 * Wikinews-style disaster report (an earthquake: "according to the health ministry", a disaster
 * agency's spokesman in apposition, a provincial governor who "said through an interpreter", a
 * survivor who "told the BBC", the Red Crescent "said in a statement", a seismological survey that
 * "put the magnitude at"); a Reuters earnings-call wire ("Chief Executive X told analysts on a
 * call", "the company said in its quarterly report", "said X, an analyst at Y" after a quotation,
 * a finance chief who "said on the call that", shares that fell "after the company cut its
 * forecast"); a campaign story with a debate and ads ("X said during the debate", "shot back",
 * "an ad from the X campaign says", "X posted on X, formerly Twitter", a spokesman who "said in
 * a statement that"); a court story with a ruling quoted ("the judge wrote in a 40-page opinion",
 * "the panel found that", a dissent, a lawyer who "said the ruling would be appealed", "the
 * attorney general's office said it was reviewing"); and a diplomacy story with a joint statement
 * and unnamed officials ("the two countries said in a joint statement", "a senior official, who
 * spoke on condition of anonymity, said", "a State Department spokesman told reporters", "X called
 * the deal 'a betrayal' and said").
 *
 * As in batches 72–97, a description of a named body counts only resolved ("the company", "the
 * ministry"); a body without a name of its own ("a senior official") keeps its own words.
 *
 * At first sight (claims F1 / speaker / direct): 0.984 (30/30/31) / 0.933 / 0.967. Errors: "After
 * the debate, Calloway posted on X, formerly Twitter, that …" made no claim; "An ad from the
 * Calloway campaign that began airing on Monday says …" went to "began airing"; the first sentence
 * of '"A limit this low does not stop bribery. It stops …," U.S. Circuit Judge Susan Hargrove wrote
 * in a 40-page opinion' went to the panel of the sentence before; "X told reporters the agreement
 * showed that \"neighbours can solve problems together\"" was marked direct.
 */
import type { NewsCase } from './news.cases';

const HEALTH_MINISTRY = ['health ministry', 'the health ministry', "Peru's health ministry", 'ministry'];
const INDECI = ['National Civil Defence Institute', 'INDECI', 'Civil Defence Institute'];
const QUISPE = ['Rubén Quispe', 'Quispe'];
const HUAMAN = ['Elena Huamán', 'Huamán'];
const MAMANI = ['Rosa Mamani', 'Mamani'];
const RED_CROSS = ['Peruvian Red Cross', 'Red Cross'];
const USGS = ['U.S. Geological Survey', 'USGS'];
const LINDQVIST = ['Erik Lindqvist', 'Lindqvist'];
const NORDHAVN = ['Nordhavn Freight', 'Nordhavn', 'company'];
const PATEL = ['Anjali Patel', 'Patel'];
const OKAFOR = ['Chidi Okafor', 'Okafor'];
const CALLOWAY = ['Brent Calloway', 'Calloway'];
const DELGADO = ['Maria Delgado', 'Delgado'];
const CALLOWAY_CAMPAIGN = [
  'Calloway campaign',
  'the Calloway campaign',
  'an ad from the Calloway campaign',
  ...CALLOWAY,
];
const WEBB = ['Tom Webb', 'Webb'];
const HARGROVE = ['Susan Hargrove', 'Hargrove'];
const PANEL = ['panel', 'the panel', 'appeals court', '4th U.S. Circuit Court of Appeals', 'court'];
const MORENO = ['Luis Moreno', 'Moreno'];
const BRANNIGAN = ['Kevin Brannigan', 'Brannigan'];
const AG_OFFICE = ["attorney general's office", "The state attorney general's office", 'attorney general'];
const JOINT = ['Indonesia and Australia', 'two countries', 'the two countries', 'Indonesia', 'Australia'];
const SENIOR_OFFICIAL = ['a senior Indonesian official', 'senior Indonesian official', 'official'];
const STATE_SPOKESMAN = ['A State Department spokesman', 'State Department spokesman', 'spokesman', 'State Department'];
const PRATAMA = ['Budi Pratama', 'Pratama'];
const WALSH = ['Fiona Walsh', 'Walsh'];

export const NEWS_CASES_98: NewsCase[] = [
  {
    name: 'Wikinews earthquake: according to the health ministry, a disaster agency spokesman in apposition, a governor said through an interpreter, a survivor told the BBC, the Red Cross said in a statement, the USGS put the magnitude at',
    text: `Earthquake kills at least 40 in southern Peru

Wednesday, April 9, 2025

A strong earthquake struck southern Peru early on Tuesday, killing at least 40 people and injuring more than 300, according to the health ministry.

The National Civil Defence Institute said about 2,000 homes had been damaged or destroyed in the regions of Arequipa and Moquegua. Its spokesman, Rubén Quispe, said rescue teams were still searching for people trapped under collapsed buildings.

The U.S. Geological Survey put the magnitude at 7.1 and said the quake struck at a depth of about 60 kilometres.

Arequipa's governor, Elena Huamán, said through an interpreter that many of the dead were children who had been asleep when the quake hit. She asked the national government for tents and water.

"The whole house came down in seconds. We got out with nothing," Rosa Mamani, a market trader in the town of Chala, told the BBC.

The Peruvian Red Cross said in a statement that its volunteers had set up three field clinics and that supplies of clean water were running low.

Sources

"Strong quake hits southern Peru" — BBC News, April 8, 2025`,
    claims: [
      { s: 'killing at least 40 people and injuring more than 300', speakers: HEALTH_MINISTRY },
      { s: 'said about 2,000 homes had been damaged', speakers: INDECI },
      { s: 'said rescue teams were still searching', speakers: QUISPE },
      { s: 'put the magnitude at 7.1 and said', speakers: USGS },
      { s: 'said through an interpreter that many of the dead', speakers: HUAMAN },
      { s: 'She asked the national government for tents', speakers: HUAMAN, optional: true },
      { s: '"The whole house came down in seconds.', speakers: MAMANI, direct: true },
      { s: 'We got out with nothing," Rosa Mamani', speakers: MAMANI, direct: true },
      { s: 'said in a statement that its volunteers', speakers: RED_CROSS },
    ],
  },
  {
    name: 'Reuters earnings call: Chief Executive X told analysts on a call, the company said in its quarterly report, said X, an analyst at Y after a quotation, a finance chief said on the call that, shares fell after the company cut its forecast',
    text: `Nordhavn Freight cuts outlook as shipping rates slide

COPENHAGEN, Aug 6 (Reuters) - Danish shipping group Nordhavn Freight cut its full-year profit forecast on Wednesday, blaming falling container rates and weak demand from European importers.

Nordhavn now expects underlying operating profit of $1.2 billion to $1.6 billion this year, down from an earlier range of $2 billion to $2.5 billion, the company said in its quarterly report.

Chief Executive Erik Lindqvist told analysts on a call that the company had "clearly been too optimistic" about a recovery in the second half.

"Rates have fallen faster than we thought, and we see no sign of a turn before the end of the year," he said.

Chief Financial Officer Anjali Patel said on the call that Nordhavn would cut capital spending by about $300 million and had no plans to reduce its dividend.

Shares in Nordhavn fell 9% in Copenhagen after the company cut its forecast, their biggest one-day drop in two years.

"The guidance cut was bigger than the market feared, and the dividend now looks stretched," said Chidi Okafor, an analyst at Jefferies.`,
    claims: [
      { s: 'blaming falling container rates and weak demand', speakers: NORDHAVN, optional: true },
      { s: 'now expects underlying operating profit', speakers: NORDHAVN },
      { s: 'told analysts on a call that the company had', speakers: LINDQVIST },
      { s: '"Rates have fallen faster than we thought', speakers: LINDQVIST, direct: true },
      { s: 'said on the call that Nordhavn would cut', speakers: PATEL },
      { s: '"The guidance cut was bigger', speakers: OKAFOR, direct: true },
    ],
  },
  {
    name: 'campaign debate and ads: X said during the debate, shot back, an ad from the X campaign says, X posted on X, formerly Twitter, a spokesman said in a statement that',
    text: `Calloway and Delgado clash over taxes in only Arizona Senate debate

PHOENIX, Oct 15 (Reuters) - Republican Brent Calloway and Democrat Maria Delgado traded sharp attacks over taxes and immigration on Tuesday in their only debate before next month's U.S. Senate election in Arizona.

Calloway said during the debate that Delgado had voted to raise taxes on small businesses "at least a dozen times" while in the state legislature.

"That is simply not true, and he knows it," Delgado shot back. She said Calloway had spent his career "protecting big donors, not working families".

An ad from the Calloway campaign that began airing on Monday says Delgado "opened the door" to illegal immigration. Delgado's campaign called the ad "a lie" and said it would ask television stations to pull it.

After the debate, Calloway posted on X, formerly Twitter, that he had "won the night".

Delgado's campaign spokesman, Tom Webb, said in a statement that voters had seen "a candidate with no plan".

The race is one of a handful that will decide control of the Senate.`,
    claims: [
      { s: 'said during the debate that Delgado had voted', speakers: CALLOWAY },
      { s: '"That is simply not true, and he knows it," Delgado shot back.', speakers: DELGADO, direct: true },
      { s: 'She said Calloway had spent his career', speakers: DELGADO },
      { s: 'says Delgado "opened the door"', speakers: CALLOWAY_CAMPAIGN },
      {
        s: 'called the ad "a lie" and said it would ask',
        speakers: [...DELGADO, "Delgado's campaign", 'campaign'],
      },
      { s: 'posted on X, formerly Twitter, that he had', speakers: CALLOWAY },
      { s: 'said in a statement that voters had seen', speakers: WEBB },
    ],
  },
  {
    name: 'court ruling quoted: the judge wrote in a 40-page opinion, the panel found that, a dissent, a lawyer said the ruling would be appealed, the attorney general office said it was reviewing',
    text: `Appeals court strikes down Virginia limit on campaign donations

RICHMOND, Virginia, May 20 (Reuters) - A federal appeals court on Tuesday struck down a Virginia law that capped donations to candidates for state office, ruling that the limit violated the free speech rights of donors.

A three-judge panel of the 4th U.S. Circuit Court of Appeals found that the state had offered "no evidence" that the cap prevented corruption.

"A limit this low does not stop bribery. It stops campaigns from being heard," U.S. Circuit Judge Susan Hargrove wrote in a 40-page opinion for the majority.

In a dissent, Judge Luis Moreno wrote that the majority had "ignored decades of precedent" and that the legislature was entitled to protect elections from the appearance of corruption.

Kevin Brannigan, a lawyer for the group that challenged the law, said the ruling was "a victory for every citizen who wants to support a candidate".

The state attorney general's office said it was reviewing the decision and had not decided whether to appeal to the full court.`,
    claims: [
      { s: 'ruling that the limit violated the free speech rights', speakers: PANEL, optional: true },
      { s: 'found that the state had offered "no evidence"', speakers: PANEL },
      { s: '"A limit this low does not stop bribery.', speakers: HARGROVE, direct: true },
      { s: 'It stops campaigns from being heard," U.S. Circuit Judge', speakers: HARGROVE, direct: true },
      { s: 'In a dissent, Judge Luis Moreno wrote that', speakers: MORENO },
      { s: 'said the ruling was "a victory', speakers: BRANNIGAN },
      { s: 'said it was reviewing the decision', speakers: AG_OFFICE },
    ],
  },
  {
    name: "diplomacy: the two countries said in a joint statement, a senior official who spoke on condition of anonymity said, a State Department spokesman told reporters, X called the deal 'a betrayal' and said",
    text: `Indonesia and Australia agree to expand maritime patrols

JAKARTA, March 12 (Reuters) - Indonesia and Australia agreed on Wednesday to expand joint naval patrols in the waters between the two countries, after talks between their foreign ministers in Jakarta.

The patrols will target illegal fishing and people smuggling, the two countries said in a joint statement, and will begin before the end of the year.

A senior Indonesian official, who spoke on condition of anonymity because he was not authorised to talk to the media, said Jakarta had pushed for the patrols to include Australian surveillance aircraft.

Indonesian Foreign Minister Budi Pratama told reporters the agreement showed that "neighbours can solve problems together".

A State Department spokesman told reporters in Washington that the United States welcomed the deal.

Fiona Walsh, the opposition's foreign affairs spokeswoman in Canberra, called the deal "a betrayal of our fishing communities" and said it gave Indonesia too much say over Australian waters.`,
    claims: [
      { s: 'The patrols will target illegal fishing', speakers: JOINT },
      { s: 'said Jakarta had pushed for the patrols', speakers: SENIOR_OFFICIAL },
      { s: 'told reporters the agreement showed', speakers: PRATAMA },
      { s: 'told reporters in Washington that the United States welcomed', speakers: STATE_SPOKESMAN },
      { s: 'called the deal "a betrayal of our fishing communities"', speakers: WALSH },
    ],
  },
];
