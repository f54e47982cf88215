/**
 * Titles written before a person's name, as named rows. A title is never part of the name's span
 * (GUM and our gold agree: "President Vladimir Putin" → "Vladimir Putin"); it is kept as the
 * person's role. The tagger reads these words as a feature; detect/rules.ts strips one that the
 * model left at the start of a person. Honorifics ("Mr.", "Dr.") are rows in names.ts.
 */
import type { RuleRow } from './rule-row';

const words = (s: string): string[] => s.trim().split(/\s+/);
const strips = (text: string, expect: string) => ({ text, expect });

export const TITLE_ROWS: readonly RuleRow[] = [
  {
    id: 'title.government',
    value: words(`president president-elect vice prime minister premier chancellor secretary ambassador envoy
      governor gov gov. mayor senator sen sen. congressman congresswoman representative rep rep. mp
      councilmember councilman councilwoman councillor councilor alderman alderwoman assemblyman assemblywoman
      mla mpp mha mna mlc speaker whip commissioner administrator adviser advisor director-general
      secretary-general treasurer attorney-general solicitor-general`),
    reason: 'Offices of state precede the holder’s name in news style and are not part of it.',
    examples: [
      strips('Prime Minister Helena Marsh met reporters.', 'person:Helena Marsh'),
      strips('Sen. Tom Reyes objected.', 'person:Tom Reyes'),
    ],
  },
  {
    id: 'title.royal',
    value: words('king queen prince princess crown emperor empress sultan emir sheikh shaikh'),
    reason: 'Royal titles precede a monarch’s name.',
    examples: [strips('Crowds cheered King Harald at the palace.', 'person:Harald')],
  },
  {
    id: 'title.religious',
    value: words('ayatollah pope cardinal archbishop bishop reverend rev rev. father pastor imam rabbi'),
    reason: 'Religious titles precede the cleric’s name.',
    examples: [strips('Archbishop Desmond Tutu spoke.', 'person:Desmond Tutu')],
  },
  {
    id: 'title.military-police',
    value: words(`general gen gen. major lieutenant lt lt. colonel col col. captain capt capt. commander admiral
      sergeant sgt sgt. corporal private marshal brigadier officer detective inspector constable sheriff
      insp insp. supt supt. pc dc ds di dci superintendent`),
    reason: 'Ranks precede the name of the officer holding them.',
    examples: [strips('Gen. Mark Alley briefed the committee.', 'person:Mark Alley')],
  },
  {
    id: 'title.organisation',
    value: words(`chief deputy director chairman chairwoman chair chairperson ceo founder co-founder cofounder
      spokesman spokeswoman spokesperson coach manager editor correspondent anchor head leader ruler
      dictator strongman emeritus`),
    reason: 'Positions in an organisation precede the holder’s name ("Chief Executive Dana Wells").',
    examples: [strips('Chief Executive Dana Wells resigned.', 'person:Dana Wells')],
  },
  {
    id: 'title.legal',
    value: words('judge justice attorney counsel prosecutor barrister advocate'),
    reason: 'Legal offices precede the name ("Judge Maria Ortiz").',
    examples: [strips('Judge Maria Ortiz adjourned the case.', 'person:Maria Ortiz')],
  },
  {
    id: 'title.profession',
    value: words(`conductor composer critic novelist author poet playwright actor actress singer songwriter
      artist economist historian astronaut midfielder striker goalkeeper quarterback`),
    reason: 'Professions used as titles before a name ("novelist Ana Reyes") describe the person.',
    examples: [strips('The book is by novelist Ana Reyes.', 'person:Ana Reyes')],
  },
  {
    id: 'title.south-asian-african',
    value: words('shri sri smt smt. shrimati alhaji alhaja hajiya mallam'),
    reason: 'Honorific titles of South Asian and West African usage precede the name.',
    examples: [strips('Alhaji Musa Bello addressed the rally.', 'person:Musa Bello')],
  },
  {
    id: 'title.courtesy',
    value: words('mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady'),
    reason: 'Courtesy and academic titles (also honorific rows in names.ts) are not part of the name.',
    examples: [strips('Dr. Omar Haddad spoke first.', 'person:Omar Haddad')],
  },
];

/**
 * Rows the name rules read and the tagger does not (TITLE_ROWS are a tagger feature, so a word
 * added there changes what the committed model means).
 */
export const TITLE_PORTFOLIO_ROWS: readonly RuleRow[] = [
  {
    id: 'title.portfolio',
    value: words(`home foreign defence defense interior finance health justice education trade state fire police
      station transport transportation energy environment culture agriculture commerce housing immigration
      treasury economy affairs homeland security`),
    reason:
      'The portfolio of an office is written capitalised before or after the office ("Home Secretary …", "Fire Chief …", "Secretary of State …"); it is part of the role, not an organisation or a place.',
    examples: [
      strips('Home Secretary James Cleverly said the plan was lawful.', 'person:James Cleverly'),
      strips('No one was hurt, Fire Chief Dana Kowalczyk said.', 'person:Dana Kowalczyk'),
      strips('Secretary of State Al Marino said the talks would resume.', 'person:Al Marino'),
    ],
  },
  {
    id: 'title.party-label',
    value: words('democrat republican'),
    reason:
      'US copy writes a politician’s party before the name ("Democrat Ruben Gallego led Republican Kari Lake"); like a title it describes the person and is not part of the name. The plural and "Democratic"/"Republican Party" are the organisation and are left to the model. A label and an office read as one name ("Republican Secretary" in "Republican Secretary of State Ana Ruiz") describe the person after them and are no name (ents36a, blind batch 74).',
    examples: [
      strips(
        'In the race for Senate, Democrat Ruben Gallego led Republican Kari Lake.',
        'organization:Senate | person:Ruben Gallego | person:Kari Lake',
      ),
    ],
  },
];
