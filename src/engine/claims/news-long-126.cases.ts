/**
 * Batch 126, written by claims57 with its gold committed before the detector ran on it, to be fixed
 * against (not blind): five stories in kinds of writing earlier batches had little of (issue #9). A
 * police press conference written as prose ("asked whether …, she said", "declined to say", "told
 * a news conference"); a regional assembly's question time (a first minister who "accepts that", an
 * opposition leader who "dispute that" in the plural, "the first minister replied", a member who
 * "praised"); a union and an employer over a strike ("the union said in a statement", "a
 * spokeswoman for X said", "a spokesman for the hospital, X, said"); a coach quoted with ‘ ’ marks
 * and a player with '' marks, one of them joking; and a mountain rescue leader with a Welsh name,
 * then "the team leader" and "he", beside a woman named once and "she". A quoted imperative is
 * optional.
 *
 * As in batches 72–125, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words. A refusal to say is optional.
 */
import type { NewsCase } from './news.cases';

const HALVORSEN = ['Chief Superintendent Karin Halvorsen', 'Karin Halvorsen', 'Halvorsen'];
const MADOC = ['Eluned Madoc', 'Madoc'];
const PROSSER = ['Owain Prosser', 'Prosser'];
const BRYN = ['Megan Bryn', 'Bryn'];
const UNION = ['the Health Workers Alliance', 'Health Workers Alliance'];
const HOSPITAL = ['St Agnes Hospital'];
const QUIRKE = ['Sinead Quirke', 'Quirke'];
const MARCHETTI = ['Luca Marchetti', 'Marchetti'];
const OYELARAN = ['Femi Oyelaran', 'Oyelaran'];
const GRUFFYDD = ['Rhodri Gruffydd', 'Gruffydd'];
const TALBOT = ['Joanne Talbot', 'Talbot'];

export const NEWS_CASES_126: NewsCase[] = [
  {
    name: 'a police news conference as prose: told a news conference that, asked whether …, she said, declined to say (optional), a quotation then she said, she appealed to anyone who',
    text: `Police name man found dead in canal

Police investigating the death of a man found in the Grand Union Canal on Sunday have named him as Peter Lusk, 52, from Aylesbury.

Chief Superintendent Karin Halvorsen told a news conference on Monday that officers were treating the death as unexplained and had not ruled anything out.

Asked whether Lusk had been seen with anyone on Saturday night, she said detectives were still going through camera footage from the towpath. She declined to say how he had died.

"His family are devastated, and I ask everyone to respect their privacy," she said.

Halvorsen appealed to anyone who had walked along the canal between Saturday evening and Sunday morning to call police.`,
    claims: [
      { s: 'told a news conference on Monday that officers were treating', speakers: HALVORSEN },
      { s: 'she said detectives were still going through camera footage', speakers: HALVORSEN },
      { s: 'She declined to say how he had died.', speakers: HALVORSEN, optional: true },
      {
        s: '"His family are devastated, and I ask everyone to respect their privacy," she said.',
        speakers: HALVORSEN,
        direct: true,
      },
      { s: 'appealed to anyone who had walked along the canal', speakers: HALVORSEN, optional: true },
    ],
  },
  {
    name: 'question time in a regional assembly: the first minister accepts that, opposition members dispute that, X asked (no claim), the first minister replied that, insisted that, a member praised',
    text: `First minister faces questions over ambulance waits

First Minister Eluned Madoc accepts that ambulance waits in rural areas are too long, she told the assembly on Tuesday.

Opposition members dispute that the government's new response targets will make any difference. Their leader, Owain Prosser, said patients in the west were waiting twice as long as those in the cities. "People are lying on kitchen floors for hours. That is the truth of it," he said.

The first minister replied that 60 new paramedics would start work in the spring. She insisted that the targets had been set with the ambulance service, not imposed on it.

Independent member Megan Bryn praised the paramedics and said the debate should not become a row about numbers.`,
    claims: [
      { s: 'accepts that ambulance waits in rural areas are too long', speakers: MADOC },
      {
        s: "Opposition members dispute that the government's new response targets",
        speakers: ['Opposition members', 'members'],
      },
      { s: 'said patients in the west were waiting twice as long', speakers: PROSSER },
      { s: '"People are lying on kitchen floors for hours.', speakers: PROSSER, direct: true },
      { s: 'That is the truth of it," he said.', speakers: PROSSER, direct: true },
      { s: 'The first minister replied that 60 new paramedics', speakers: MADOC },
      { s: 'She insisted that the targets had been set', speakers: MADOC },
      { s: 'praised the paramedics and said the debate', speakers: BRYN },
    ],
  },
  {
    name: 'a hospital strike: the union said in a statement that, a quotation then the statement said, a spokeswoman for the union said, a spokesman for the hospital, X, said, the hospital said it had, a nurse said',
    text: `Cleaners and porters at St Agnes to strike for three days

Cleaners and porters at St Agnes Hospital will strike for three days from next Monday in a dispute over pay, the Health Workers Alliance said in a statement on Friday.

"Our members keep the wards clean and the patients moving. They are paid less than the agency staff who cover for them," the statement said.

A spokeswoman for the union, Sinead Quirke, said talks had broken down after the hospital refused to put its offer in writing.

A spokesman for the hospital, St Agnes Hospital, said planned operations would go ahead and that emergency care would not be affected.

Joanne Talbot, a porter for 14 years, said she had never been on strike before. "I do not want to do this, but they have left us no choice," she said.`,
    claims: [
      { s: 'will strike for three days from next Monday', speakers: UNION },
      { s: '"Our members keep the wards clean', speakers: ['the statement', 'statement', ...UNION], direct: true },
      {
        s: 'They are paid less than the agency staff',
        speakers: ['the statement', 'statement', ...UNION],
        direct: true,
      },
      { s: 'said talks had broken down', speakers: QUIRKE },
      {
        s: 'said planned operations would go ahead',
        speakers: ['A spokesman for the hospital', 'spokesman', ...HOSPITAL],
      },
      { s: 'said she had never been on strike before', speakers: TALBOT },
      {
        s: '"I do not want to do this, but they have left us no choice," she said.',
        speakers: TALBOT,
        direct: true,
      },
    ],
  },
  {
    name: "a cup exit in ‘ ’ and '' marks: a coach's quotation in single curly marks over two sentences, he conceded that, a player joked that, a quotation in doubled apostrophes then said the striker",
    text: `Harwick out of the cup after penalties

Harwick Town's cup run ended on Saturday with a 4-3 defeat on penalties at Selby Park after a goalless draw.

‘We had the better chances. We did not take them, and that is football,’ said coach Luca Marchetti.

Marchetti conceded that his side had tired in extra time. He said he would not blame the players who missed their penalties.

Striker Femi Oyelaran, who hit the post in the second half, joked that the goal had "moved a few inches" when he shot.

''I will be practising penalties until Christmas,'' said the striker.`,
    claims: [
      { s: '‘We had the better chances.', speakers: MARCHETTI, direct: true },
      { s: 'We did not take them, and that is football', speakers: MARCHETTI, direct: true },
      { s: 'Marchetti conceded that his side had tired', speakers: MARCHETTI },
      { s: 'He said he would not blame the players', speakers: MARCHETTI },
      { s: 'joked that the goal had', speakers: OYELARAN },
      { s: "''I will be practising penalties until Christmas,''", speakers: OYELARAN, direct: true },
    ],
  },
  {
    name: 'a mountain rescue: a team leader with a Welsh name named once after his role, then the team leader said, he said, a quotation then he said; a walker named once then she said',
    text: `Walkers rescued from Snowdon ridge in fog

Two walkers were rescued from a ridge on Snowdon on Sunday after they lost their way in thick fog.

Mountain rescue team leader Rhodri Gruffydd said the pair had phoned for help after dark and were found about two hours later.

The team leader said they had been well equipped but had left the path in poor visibility. He said the team had been called out 140 times this year.

"Take a map and a compass, and turn back if the fog comes in," he said.

One of the walkers, Nia Holloway of Chester, said the team had been "kind and calm". She said she would be back in the summer.`,
    claims: [
      { s: 'said the pair had phoned for help after dark', speakers: GRUFFYDD },
      { s: 'The team leader said they had been well equipped', speakers: GRUFFYDD },
      { s: 'He said the team had been called out 140 times', speakers: GRUFFYDD },
      {
        s: '"Take a map and a compass, and turn back if the fog comes in," he said.',
        speakers: GRUFFYDD,
        direct: true,
        optional: true,
      },
      { s: 'said the team had been "kind and calm"', speakers: ['Nia Holloway', 'Holloway'] },
      { s: 'She said she would be back in the summer.', speakers: ['Nia Holloway', 'Holloway'] },
    ],
  },
];
