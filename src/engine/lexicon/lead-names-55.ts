/**
 * Name rows of the lead's reading in stop 55 (issue #9): patterns met in invented news that hold
 * in any news. detect/lead-rules-55.ts applies them; lexicon/rows.test.ts runs the examples.
 */
import type { RuleRow } from './rule-row';

type ListsRow<K extends string> = RuleRow<Readonly<Record<K, readonly string[]>>>;

const words = (s: string) => s.trim().split(/\s+/);

export const COUNTY_OFFICE_ROW: ListsRow<'counties' | 'offices' | 'services'> = {
  id: 'place.county-office-before-name',
  value: {
    counties: ['County', 'Parish'],
    // The words of an elected or appointed county office, capitalised as a title before a name.
    // No "Board" or "Commission": "Cook County Board President …" names a body.
    offices: words(`Recorder Clerk Treasurer Sheriff Assessor Auditor Executive Commissioner Supervisor Judge
      Attorney Prosecutor Coroner Administrator Manager Registrar Controller Comptroller Surveyor Mayor
      District Elections Election Director Chief Deputy Public Defender Health Officer Medical Examiner
      Superintendent`),
    // A town's services whose head is a title before a name ("Springfield Fire Chief Dana Ortiz",
    // ents60b): they stand for "County" when the words before them are a place the map knows.
    services: ['Fire', 'Police'],
  },
  reason:
    'American news names a county\'s office-holder with the county and the office as a title before the name: "Maricopa County Recorder Stephen Richer", "Cook County Clerk Ana Ruiz", "Fulton County District Attorney Fani Willis". The county is a place and the office is no name, but the model read the title as one body ("Maricopa County Recorder"), cut it ("County" alone as a body, "Wayne" as a person) or ran it into the office ("Fulton County District"). One to three capitalised words, "County" or "Parish", one to three office words and then a person (a name the rules read as a person, or two capitalised words) are a place of the words up to "County"; the office words are no name. Not before a possessive ("Harris County Sheriff\'s Office" is a body) nor a board or commission ("Cook County Board President"). A holder\'s name the model ran into the same body ("Harris County Sheriff Ed Gonzalez", one body of 0.99) is the person\'s. A town\'s Fire or Police service stands for "County" when the words before it are a place the map knows: "Springfield Fire Chief Dana Ortiz" (read as the body "Springfield Fire") is a place, an office and a person ("Metropolitan Police Commissioner Mark Rowley" is left).',
  examples: [
    {
      text: 'Cook County Clerk Ana Ruiz said turnout was high. Wayne County Treasurer Eric Sabree declined to comment.',
      expect: 'place:Cook County | person:Ana Ruiz | place:Wayne County | person:Eric Sabree',
    },
    {
      text: 'Fulton County District Attorney Fani Okafor filed charges in Atlanta.',
      expect: 'place:Fulton County | person:Fani Okafor | place:Atlanta',
    },
    {
      text: 'Springfield Fire Chief Dana Ortiz said the blaze started in the kitchen.',
      expect: 'place:Springfield | person:Dana Ortiz',
    },
    {
      text: 'HOUSTON (AP) - Harris County Sheriff Ed Gonzalez said two deputies were hurt.',
      expect: 'place:HOUSTON | organization:AP | place:Harris County | person:Ed Gonzalez',
    },
    // Must leave: a body named after the office, and a board.
    {
      text: "The Harris County Sheriff's Office said two deputies were hurt. Cook County Board President Toni Reyes spoke.",
      expect: "organization:Harris County Sheriff's Office | organization:Cook County Board | person:Toni Reyes",
    },
  ],
};

export const RELATIVE_SUBJECT_ROW: ListsRow<'who' | 'which' | 'verbs' | 'stateVerbs'> = {
  id: 'name.relative-subject-of-speech',
  value: {
    who: ['who'],
    which: ['which'],
    // Verbs only a person or a body does with words, after the aside.
    verbs: words(`said says told added announced confirmed reported warned argued denied admitted insisted
      acknowledged estimated expects expected plans planned declined`),
    // Present verbs a town's aside opens with as often as a body's (review, stop 55).
    stateVerbs: words('has was is lies sits remains hosts borders covers'),
  },
  reason:
    'A sentence may open with a name nobody has introduced, explained in a relative aside, and then speak: "Fraport, which operates the airport, said 700 flights were cancelled", "Okafor, who runs a bakery, said prices had doubled". The model, meeting an unknown capitalised word at a sentence\'s start, read nothing, so the speaker of the claim was named but never marked. One capitalised word opening the sentence, no word of the language, weekday or month (nor written in lowercase elsewhere in the text), unread by the model and the rules, then a comma and "who" (a person) or "which" and a verb of what a body does in the present ("which operates", "which sells": a body; a place the map knows is left to the map, and a town the map does not know has an aside of what happened to it or what it has: "Lahaina, which was destroyed by fire, announced …", "Ruidoso, which has 8,000 residents, said …"), and, after the aside\'s closing comma within the sentence, one of these verbs, is a name of that type.',
  examples: [
    {
      text: 'Flights were cut. Fraport, which operates the airport, said 700 flights were cancelled. Okafor, who runs a bakery, said prices had doubled. GMB, who represent the drivers, said the offer was poor.',
      expect: 'organization:Fraport | person:Okafor | organization:GMB',
    },
    // Must leave: a known place, a town's aside (review, stop 55), no verb of speech after the aside.
    {
      text: 'Fires spread. Lagos, which has 20 million people, said it would grow. Lahaina, which was destroyed by fire, announced a rebuilding plan. Zorvik, which makes boots, is growing.',
      expect: 'place:Lagos',
    },
  ],
};

export const LEAD_NAME_ROWS_55: readonly RuleRow<unknown>[] = [COUNTY_OFFICE_ROW, RELATIVE_SUBJECT_ROW];
