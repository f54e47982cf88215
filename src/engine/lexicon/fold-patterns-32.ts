/**
 * Fold rows 32 (helper ents61c, issue #9): news-shaped misses of the study folds left by fold rows
 * 31, found in the errors of the study folds (0–2, counted by cause with
 * scripts/train/fold-causes.ts) of the training documents; the check folds (3–4) are read by their
 * totals only. The rules are in detect/fold-rules-32.ts; applyNameRules calls
 * `applyFoldPatternRows32` right after the fold-31 rows. Example texts are written for the rows,
 * not taken from a fold or a batch.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const AND_PARTNER_ROW: RuleRow<Readonly<Record<'joins' | 'notBefore', readonly string[]>>> = {
  id: 'organisation.and-partner',
  value: {
    // The joins between two bodies named together.
    joins: ['and', '&'],
    // Words before the run that make it a list of places or people rather than of bodies: a
    // place's preposition ("farms around Bushenyi and Sheema") or a comma ("two sons, Karim and Ziad"), or a list's "and".
    notBefore: words('in at near around between across outside to into , and &'),
  },
  reason:
    'News names bodies side by side: "the vaccine is made by Merck and GSK", "Unison and the GMB said they would ballot", "activists from 350.org and Greenpeace". The second is a body the model knows; the first, a firm or union it has not seen, is left unread (the study folds: "[Merck] and GSK", "[Unison] and the GMB", "[350.org] and Greenpeace" missed on both seeds). One or two capitalised words (or a web name, "350.org") right before "and" (or "and the"), nothing read on them and no capitalised word before them on the line, with an organisation read right after, are an organisation too; not after a place\'s preposition or a comma ("farms around Bushenyi and Sheema", "two sons, Karim and Ziad": lists of places and people the model may misread as a body), nor an acronym ("SARS and MERS" are diseases; a body\'s acronym the model reads itself), a place the map knows, a word the article reads in a person\'s name, a month or a day, a common word opening the sentence, or a word the article writes in lowercase. A run opening the sentence is left (a surname or a firm\'s first half: "Goldsmith and the Second Circuit say no", "Procter and Gamble rose"), also before a body\'s acronym ("Macron and the EU are at odds": fold rows 33 took it, stop 62\'s review found leaders opening political leads made bodies).',
  examples: [
    {
      text: 'The vaccine is made by Merck and GSK, the regulator said.',
      expect: 'organization:Merck | organization:GSK',
    },
  ],
};

export const PLURAL_BODY_HEAD_ROW: RuleRow = {
  id: 'organisation.plural-head-not-person',
  // Plural head nouns of agencies, units and firms: no person's name ends in one.
  value: words(`Investigations Services Affairs Operations Industries Studies Holdings Systems Technologies
    Communications Networks Partners Resources Solutions Enterprises Airlines Pictures Records Forces Securities
    Laboratories Pharmaceuticals Logistics Programs Programmes`),
  reason:
    'Agencies, units and firms are often named with a plural head: "Homeland Security Investigations", "Child Protective Services", "Veterans Affairs", "Special Operations", "Lockheed Martin Space Systems". No person\'s name ends in such a word, yet the model, meeting an unseen agency of capitalised words, may read it as a person (the study folds: "worked with the FBI and [Homeland Security Investigations]" a person on both seeds). A name of two words or more the model alone read as a person, whose last word is one of these plural heads, is an organisation.',
  examples: [
    {
      text: 'Agents from Homeland Security Investigations arrested two men in Miami.',
      expect: 'organization:Homeland Security Investigations | place:Miami',
    },
  ],
};

export const PARTY_FOR_ROW: RuleRow = {
  id: 'organisation.party-for',
  // Heads of parties and campaigns whose name goes on with "for" and what they stand for.
  value: words('Party Movement Alliance Front Coalition League Union Campaign'),
  reason:
    'Parties and campaigns are often named for what they stand for: "People\'s Party for Freedom and Democracy", "Party for Freedom", "Movement for Democratic Change", "Alliance for Progress", "Campaign for Nuclear Disarmament". The model stops at the head and leaves the rest (the study folds: "The [People\'s Party for Freedom] in the Netherlands" cut to "People\'s Party" on both seeds). An organisation ending in one of these heads, followed by "for" and one to three capitalised words (and "and" with one or two more), is one organisation over them; not when a lowercase word comes first ("Labour Party for the first time") or the words after "for" are already a name.',
  examples: [
    {
      text: "The People's Party for Freedom won the most seats in The Hague.",
      expect: "organization:People's Party for Freedom | place:The Hague",
    },
  ],
};

export const CELTIC_INSTITUTION_ROW: RuleRow<Readonly<Record<'heads' | 'articles', readonly string[]>>> = {
  id: 'organisation.celtic-institution',
  value: {
    // Welsh and Irish words for a school, a college, a university, a hospital, a centre, a museum,
    // a library and a council, written first in the institution's name.
    heads: words(`Ysgol Coleg Prifysgol Ysbyty Canolfan Amgueddfa Llyfrgell Cyngor Scoil Gaelscoil Coláiste
      Ollscoil`),
    // The Welsh and Irish articles that may stand between the head and the name.
    articles: words("y yr 'r an na"),
  },
  reason:
    'Welsh and Irish institutions put their kind first, then the article and the name: "Ysgol y Berwyn" (Berwyn school), "Ysgol Gymraeg Aberystwyth", "Coleg Cambria", "Prifysgol Bangor", "Scoil Mhuire", "Coláiste na Rinne". The whole is one body, and the gold marks it whole, but the model, knowing neither the head nor the article, reads the head alone as a place and the name apart (the study folds: "teaches Welsh at [Ysgol y Berwyn]" cut to "Ysgol" on both seeds). One of these heads, capitalised, followed by one of these articles or none and one to three capitalised words, is an organisation over all of them.',
  examples: [
    {
      text: 'She teaches Welsh at Ysgol y Berwyn in Bala.',
      expect: 'organization:Ysgol y Berwyn | place:Bala',
    },
  ],
};

export const TOWN_ENSEMBLE_ROW: RuleRow<Readonly<Record<'bodies' | 'buildings', readonly string[]>>> = {
  id: 'name.town-before-head',
  value: {
    // Heads of a named musical body: the whole is an organisation.
    bodies: words('Ensemble Orchestra Choir Chorus Consort Quartet Sinfonia Philharmonic Players Singers'),
    // Heads of a building named after its street or town: the whole is read as a place, the
    // model's own type for the part.
    buildings: words('Hospital Infirmary Hospice'),
  },
  reason:
    'A musical body or a hospital is often named by its town or street and its kind: "the Amsterdam Baroque Ensemble", "the Berlin Philharmonic", "Great Ormond Street Hospital", "Leeds General Infirmary". The model reads the town or the street as a place and leaves the head out (the study folds: "founded the [Amsterdam Baroque Ensemble]" cut to "Amsterdam", "Nurses at [Great Ormond Street Hospital]" cut to the street). A place the model alone read, followed on the line by at most two unread capitalised words ending in one of these heads (and no capitalised word after), is one name over them: an organisation for a musical body, a place for a hospital (the training news marks a hospital named after its street a place, as the model reads it).',
  examples: [
    {
      text: 'In 1972 she founded the Amsterdam Baroque Ensemble, which she led for thirty years.',
      expect: 'organization:Amsterdam Baroque Ensemble',
    },
  ],
};

export const PLACE_POSSESSIVE_OFFICE_ROW: RuleRow = {
  id: 'place.possessive-government',
  // What a province, state or country has: its government and its seats of power.
  value: words(`legislature parliament government premier governor assembly capital economy coast border
    legislators lawmakers`),
  reason:
    'A place owns its government: "British Columbia\'s legislature passed the bill", "Ontario\'s premier", "Bavaria\'s government". A place the map knows, of two words or more, is not a person, yet the model may read one as a person in a sentence shaped like a person\'s (the study folds: "VICTORIA — [British Columbia]\'s legislature" a person). A name of two words or more the model alone read as a person, which the map knows as a place, followed by the possessive and one of these words, is a place.',
  examples: [
    {
      text: "VICTORIA — British Columbia's legislature passed the bill on Thursday.",
      expect: 'place:VICTORIA | place:British Columbia',
    },
  ],
};

export const FOLD_PATTERN_ROWS_32: readonly RuleRow<unknown>[] = [
  AND_PARTNER_ROW,
  PLURAL_BODY_HEAD_ROW,
  PARTY_FOR_ROW,
  CELTIC_INSTITUTION_ROW,
  TOWN_ENSEMBLE_ROW,
  PLACE_POSSESSIVE_OFFICE_ROW,
];
