/**
 * Batch 101, written by claims39 with its gold committed before the detector ran on it, to be fixed
 * against (not blind): five stories in the styles batches 80–100 have least of (issue #9). A
 * Wikinews-style epidemic report (a cholera outbreak: "according to the country's health ministry",
 * the World Health Organization that "said in a statement on Thursday that", "The agency said", a
 * minister who "told reporters in Lilongwe that", a doctor quoted with "said Dr. X, who runs …",
 * "Preliminary data suggest that"); a Reuters central-bank wire ("Policymakers said in a statement
 * that", a governor who "told a news conference after the decision that", "X said" after a
 * quotation, minutes that "showed that", "wrote X, chief economist at Y, in a note to clients"); a
 * state-legislature story (a governor's veto "saying", "In his veto message, X wrote that", a
 * bill's sponsor, "During floor debate last month, X argued that", a lobbying group that "said in
 * an email to members that", "A lobbyist for X said"); a football report with post-match quotes
 * ("X told reporters after the match", "said United coach X, whose side …" with a second sentence
 * after the tag, "X said she had told her players at half-time that"); and an obituary with
 * tributes ("her family said", "the family said in a statement", "X, a former patient, said in a
 * tribute posted online", "remembered her as", "said in a tribute that").
 *
 * As in batches 72–100, a description of a named body counts only resolved ("the agency"); a body
 * without a name of its own ("a lobbyist for …", "her family") keeps its own words. Data without a
 * named source is a borderline source, optional as in batches 77 and 83.
 *
 * At first sight (claims F1 / speaker / direct): 0.984 (31/31/32) / 1.000 / 1.000. Error: "Former
 * colleague Ian Moss remembered her as blunt in the operating theatre …" (no quotation after "as")
 * made no claim.
 */
import type { NewsCase } from './news.cases';

const HEALTH_MINISTRY = ['health ministry', "the country's health ministry", 'ministry', 'Malawi'];
const WHO = ['World Health Organization', 'WHO', 'agency'];
const BANDA = ['Grace Banda', 'Banda'];
const MWALE = ['Peter Mwale', 'Mwale', 'Dr. Peter Mwale'];
const PRELIMINARY_DATA = ['Preliminary data', 'data'];
const BOK = ['Bank of Korea', 'bank', 'central bank'];
const POLICYMAKERS = ['Policymakers', ...BOK];
const LEE = ['Lee Jae-won', 'Lee'];
const MINUTES = ["Minutes of the bank's August meeting", 'Minutes', "bank's August meeting", ...BOK];
const PARK = ['Park Min-ji', 'Park'];
const WHITAKER = ['Dan Whitaker', 'Whitaker'];
const BRANDT = ['Kyle Brandt', 'Brandt'];
const GREENE = ['Alicia Greene', 'Greene'];
const BUCKEYE = ['Buckeye Firearms Coalition', 'coalition'];
const OEA_LOBBYIST = [
  'A lobbyist for the Ohio Education Association',
  'lobbyist for the Ohio Education Association',
  'lobbyist',
  'Ohio Education Association',
];
const ODUYA = ['Ben Oduya', 'Oduya'];
const VITALE = ['Marco Vitale', 'Vitale'];
const HOLT = ['Jenny Holt', 'Holt'];
const FAMILY = ['her family', 'family', 'the family'];
const CARVER = ['Linda Carver', 'Carver'];
const COLLEGE = ['Royal College of Surgeons', 'Royal College'];
const ASHBY = ['Tom Ashby', 'Ashby'];
const MOSS = ['Ian Moss', 'Moss'];

export const NEWS_CASES_101: NewsCase[] = [
  {
    name: 'Wikinews cholera: according to the health ministry, the WHO said in a statement, the agency said, a minister told reporters, said Dr. X who runs a centre, preliminary data suggest',
    text: `Cholera outbreak kills 38 in southern Malawi

Friday, February 14, 2025

A cholera outbreak in southern Malawi has killed 38 people and sickened more than 1,200 since mid-January, according to the country's health ministry.

The World Health Organization said in a statement on Thursday that the outbreak was spreading faster than last year's and that it had sent 200,000 doses of oral vaccine to the affected districts. The agency said flooding had contaminated wells in at least four districts.

Health Minister Grace Banda told reporters in Lilongwe that schools in the worst-hit district, Nsanje, would stay closed for another two weeks.

"We are seeing whole families arrive at once. Most of them waited too long because the clinic is a day's walk away," said Dr. Peter Mwale, who runs a treatment centre in Nsanje.

Preliminary data suggest that children under five account for about a third of the cases.

Sources

"Malawi battles cholera after floods" — BBC News, February 13, 2025`,
    claims: [
      { s: 'has killed 38 people and sickened more than 1,200', speakers: HEALTH_MINISTRY },
      { s: 'said in a statement on Thursday that the outbreak', speakers: WHO },
      { s: 'The agency said flooding had contaminated wells', speakers: WHO },
      { s: 'told reporters in Lilongwe that schools', speakers: BANDA },
      { s: '"We are seeing whole families arrive at once.', speakers: MWALE, direct: true },
      { s: 'Most of them waited too long', speakers: MWALE, direct: true },
      { s: 'Preliminary data suggest that children under five', speakers: PRELIMINARY_DATA, optional: true },
    ],
  },
  {
    name: 'Reuters central bank: policymakers said in a statement, a governor told a news conference after the decision, X said after a quotation, minutes showed that, wrote X, chief economist at Y, in a note to clients',
    text: `Bank of Korea holds rates, opens door to November cut

SEOUL, Oct 16 (Reuters) - The Bank of Korea kept its benchmark interest rate unchanged at 3.25% on Thursday but signalled it could cut as soon as next month, as export growth slows and household borrowing cools.

Policymakers said in a statement that inflation had "stabilised around the target" and that risks to growth had increased.

Governor Lee Jae-won told a news conference after the decision that four of the six board members saw room for a cut within three months.

"We are not in a hurry, but we are not standing still either," Lee said.

Minutes of the bank's August meeting, released on Tuesday, showed that two members had argued for an immediate cut.

"The door to a November cut is now wide open," wrote Park Min-ji, chief economist at Hana Securities, in a note to clients.

The won weakened 0.4% against the dollar after the decision.`,
    claims: [
      { s: 'but signalled it could cut as soon as next month', speakers: BOK, optional: true },
      { s: 'said in a statement that inflation had "stabilised', speakers: POLICYMAKERS },
      { s: 'told a news conference after the decision that four', speakers: LEE },
      { s: '"We are not in a hurry, but we are not standing still either," Lee said.', speakers: LEE, direct: true },
      { s: 'showed that two members had argued', speakers: MINUTES },
      { s: '"The door to a November cut is now wide open," wrote', speakers: PARK, direct: true },
    ],
  },
  {
    name: "state legislature veto: a governor vetoed a bill saying, in his veto message X wrote that, the bill's sponsor said and told reporters, during floor debate X argued that, a lobby said in an email to members, a lobbyist for X said",
    text: `Ohio governor vetoes bill to arm school staff

COLUMBUS, Ohio, May 22 (Reuters) - Ohio Governor Dan Whitaker on Thursday vetoed a bill that would have let school districts arm teachers and other staff, saying it put "the burden of security on people trained to teach".

In his veto message, Whitaker wrote that districts already had the power to hire armed security officers and that the bill offered no money for training.

The bill's sponsor, state Senator Kyle Brandt, said he would ask colleagues to override the veto when the legislature returns in June. "Rural schools are 30 minutes from the nearest deputy. This bill was about them," Brandt told reporters at the statehouse.

During floor debate last month, Democratic Representative Alicia Greene argued that more guns in schools would make shootings more likely, not less.

The Buckeye Firearms Coalition, which lobbied for the bill, said in an email to members that the veto was "a slap in the face" to rural parents. A lobbyist for the Ohio Education Association, the state's largest teachers' union, said the group would work to keep the veto in place.

Overriding a veto in Ohio requires a three-fifths majority in both chambers.`,
    claims: [
      { s: 'saying it put "the burden of security', speakers: WHITAKER },
      { s: 'In his veto message, Whitaker wrote that districts', speakers: WHITAKER },
      { s: 'said he would ask colleagues to override the veto', speakers: BRANDT },
      { s: '"Rural schools are 30 minutes from the nearest deputy.', speakers: BRANDT, direct: true },
      { s: 'This bill was about them," Brandt told reporters', speakers: BRANDT, direct: true },
      { s: 'argued that more guns in schools', speakers: GREENE },
      { s: 'said in an email to members that the veto', speakers: BUCKEYE },
      { s: 'said the group would work to keep the veto in place', speakers: OEA_LOBBYIST },
    ],
  },
  {
    name: 'football post-match: X told reporters after the match, said United coach X, whose side …, with a second sentence after the tag, X said she had told her players at half-time that, X said a player was doubtful',
    text: `Rovers end leaders' unbeaten run with stoppage-time winner

Harlow Rovers ended Castleford United's 14-match unbeaten run with a 2-1 win on Saturday, Ben Oduya heading in the winner in stoppage time.

"The lads never stopped believing. That's the spirit we've had all season," Oduya told reporters after the match.

Castleford had led through an early penalty from captain Sam Reilly before Rovers equalised midway through the second half.

"We switched off for two minutes and it cost us," said United coach Marco Vitale, whose side still lead the table by four points. "We will look at it on Monday and move on."

Rovers manager Jenny Holt said she had told her players at half-time that United "looked tired" and would fade.

Vitale said Reilly had felt a hamstring problem and was doubtful for next week's cup tie.`,
    claims: [
      { s: '"The lads never stopped believing.', speakers: ODUYA, direct: true },
      { s: "That's the spirit we've had all season,\" Oduya told", speakers: ODUYA, direct: true },
      { s: '"We switched off for two minutes and it cost us," said United coach', speakers: VITALE, direct: true },
      { s: '"We will look at it on Monday and move on."', speakers: VITALE, direct: true },
      { s: 'said she had told her players at half-time', speakers: HOLT },
      { s: 'Vitale said Reilly had felt a hamstring problem', speakers: VITALE },
    ],
  },
  {
    name: 'obituary with tributes: her family said, the family said in a statement, a former patient said in a tribute posted online, a college remembered her as, a minister said in a tribute that, a colleague remembered her as',
    text: `Margaret Owusu, pioneering heart surgeon, dies at 84

LONDON, Jan 9 (Reuters) - Margaret Owusu, who became one of Britain's first Black female heart surgeons and later campaigned for better care in West Africa, has died at the age of 84, her family said on Thursday.

Owusu died peacefully at her home in Bristol after a short illness, the family said in a statement.

Born in Kumasi, Ghana, in 1940, she trained in Edinburgh and performed more than 3,000 operations during a career of almost four decades.

"She operated on my daughter when no one else would. I owe her everything," Linda Carver, a former patient, said in a tribute posted online.

The Royal College of Surgeons remembered her as "a fearless teacher who opened doors for a generation".

Health Secretary Tom Ashby said in a tribute that Owusu had "changed the face of British surgery" and that her work in Ghana had saved thousands of lives.

Former colleague Ian Moss remembered her as blunt in the operating theatre but endlessly patient with students.`,
    claims: [
      { s: 'has died at the age of 84, her family said', speakers: FAMILY },
      { s: 'Owusu died peacefully at her home in Bristol', speakers: FAMILY },
      { s: '"She operated on my daughter when no one else would.', speakers: CARVER, direct: true },
      { s: 'I owe her everything," Linda Carver', speakers: CARVER, direct: true },
      { s: 'remembered her as "a fearless teacher', speakers: COLLEGE },
      { s: 'said in a tribute that Owusu had "changed the face', speakers: ASHBY },
      { s: 'remembered her as blunt in the operating theatre', speakers: MOSS },
    ],
  },
];
