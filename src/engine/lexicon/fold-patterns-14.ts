/**
 * Rows for error classes of the held-out fold documents and of the open news errors (3 Dec 2026,
 * helper ents23b, issue #9): the parts of a Central Asian or East Slavic name, a firm named after
 * its founder as the parent of a unit, and a planet named after a preposition of place. Kept in
 * their own file so they merge cleanly with rows added in parallel; the rule that applies them is
 * in detect/fold-rules-14.ts, called by applyNameRules in its own call (see rules.ts for where).
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const PATRONYMIC_PARTS_ROW: RuleRow<{
  readonly particles: readonly string[];
  readonly suffixes: readonly string[];
}> = {
  id: 'person.patronymic-parts',
  value: {
    // "son of" / "daughter of" written as a lowercase word after the father's name: Kyrgyz,
    // Kazakh, Azerbaijani (with and without the Turkish letters).
    // Azerbaijani "ogly" and Uzbek "ugli"/"kizi" as English news spells them.
    particles: words('uulu kyzy uly qyzy ogly oglu oğlu qizi qızı ugli kizi'),
    // Endings of a Russian, Ukrainian or Belarusian patronymic ("Vladimirovich", "Volodymyrivna"),
    // and of a Kazakh one written as one word ("Abishuly").
    suffixes: words('ovich evich yevich ovych evych ovna evna yevna ivna ichna uly'),
  },
  reason:
    'Names of Central Asia and the former Soviet Union carry the father\'s name: Kyrgyz and Kazakh write it before a lowercase "son of" or "daughter of" ("Adilet Bakyt uulu", "Aijan Toktogul kyzy"), Azerbaijani between the given name and the surname ("Ilham Heydar oglu Aliyev"), Russian and Ukrainian as a word with a patronymic ending between them ("Sadyr Nurgojoevich Japarov", "Yulia Volodymyrivna Tymoshenko"). The model ends the person before the lowercase word or leaves an unknown patronymic out, cutting one person into parts or none. Two or three capitalised words on the line and such a particle (and a capitalised surname right after it) are one person, over names the model read as people or left unread; the father\'s name alone before the particle joins it ("[Bakyt] uulu"). So are a capitalised given name, a word ending like a patronymic and, when written, a surname (not when the name runs on into a longer one), and a person the model read from the patronymic on takes the given name before it ("Deputy Minister Ivan [Petrovich Sokolov]"). A title, a sentence\'s first word or another word the language writes in lowercase opening the run is no given name ("The Adilet Bakyt uulu", "Deputy Petrovna Ivanova"). (One row since 4 Dec: blind-news-14\'s person.patronymic-tail, from blind batches 41–42, read the same names after this one.)',
  examples: [
    {
      text: "Adilet Bakyt uulu, the agency's editor, said it would appeal. Aijan Toktogul kyzy, a lawyer for the journalists, called the case a message.",
      expect: 'person:Adilet Bakyt uulu | person:Aijan Toktogul kyzy',
    },
    {
      text: 'Yulia Volodymyrivna Tymoshenko was jailed in 2011. Roman Abramovich sold the club.',
      expect: 'person:Yulia Volodymyrivna Tymoshenko | person:Roman Abramovich',
    },
    {
      text: 'The contract went to a firm run by Nurbek Asan uulu. Aigerim Nurlanovna Zhaksylykova, who leads the group, said it was unfair.',
      expect: 'person:Nurbek Asan uulu | person:Aigerim Nurlanovna Zhaksylykova',
    },
    {
      text: 'The rouble fell, Deputy Minister Ivan Petrovich Sokolov said on Monday.',
      expect: 'person:Ivan Petrovich Sokolov',
    },
  ],
};

export const UNIT_OF_FIRM_ROW: RuleRow<{ readonly parts: readonly string[] }> = {
  id: 'organisation.unit-of-firm',
  value: { parts: words('unit units subsidiary subsidiaries division affiliate') },
  reason:
    'Only a firm or a body has units, subsidiaries, divisions and affiliates ("Sikorsky, a unit of Lockheed Martin", "a subsidiary of Anheuser-Busch InBev"), yet a firm named after its founders reads like a person, and the model says so. After such a lowercase noun and "of", one to four capitalised words on the line, read as a person or left unread (not a word of the language), are an organisation; not a name in the possessive ("a unit of Warren Buffett\'s Berkshire Hathaway": the person owns the firm), a place ("the division of Cyprus"), or a name that runs on past four words.',
  examples: [
    {
      text: 'Sikorsky, a unit of Lockheed Martin, won the contract on Monday.',
      expect: 'organization:Sikorsky | organization:Lockheed Martin',
    },
    {
      text: "The insurer is a unit of Warren Buffett's Berkshire Hathaway.",
      expect: 'person:Warren Buffett | organization:Berkshire Hathaway',
    },
  ],
};

export const PLANET_ROW: RuleRow<{ readonly planets: readonly string[]; readonly before: readonly string[] }> = {
  id: 'place.planet',
  value: {
    planets: words('Mercury Venus Earth Mars Jupiter Saturn Uranus Neptune Pluto'),
    before: words('on to from orbit orbiting orbited around reach reached reaching planet'),
  },
  reason:
    'A planet is a place where a probe lands, from which samples come back and on which life began ("Perseverance landed on Mars", "samples will come back to Earth", "life on Earth"), as the training documents mark Earth; the model, seeing a capitalised word without a country\'s or a town\'s features, leaves it out or reads a person. A planet\'s name right after one of these words of place is a place, when no capitalised word follows it here or anywhere in the text ("Mars Wrigley", "Venus Williams … lost to Venus": a name\'s word there), the text names no person with it and no rule or sure reading (0.8) made it a person or a firm.',
  examples: [
    {
      text: 'Perseverance landed on Mars in February 2021, and the samples will come back to Earth in the 2030s.',
      expect: 'place:Mars | place:Earth',
    },
    {
      text: 'Serena Williams beat Venus Williams in Miami, then lost to Venus in the final.',
      expect: 'person:Serena Williams | person:Williams | place:Miami',
    },
  ],
};

export const FOLD_PATTERN_ROWS_14: readonly RuleRow<unknown>[] = [PATRONYMIC_PARTS_ROW, UNIT_OF_FIRM_ROW, PLANET_ROW];
