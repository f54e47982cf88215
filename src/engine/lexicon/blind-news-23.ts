/**
 * Rows from the blind entity batches 68 and 69 (4 Dec 2026, helper ents33a; the batches are in
 * detect/news-entities-68.cases.ts). Batch 70 was written with them and is never fixed against (its
 * errors are never printed). Kept in their own file so they merge cleanly with rows added in
 * parallel (the racing teams of batch 68 are read by sport.sponsor-team, lexicon/news-leftovers-10.ts,
 * since ents34c merged the two rows); the rules that apply them are in detect/blind-rules-23.ts, called by applyNameRules
 * after the last rows. Example texts are written for the rows, not taken from a batch: each row has
 * sentences it must decide and sentences it must leave alone.
 */
import type { RuleRow } from './rule-row';

/** Rows whose value is a few word lists. */
type ListsRow<K extends string> = RuleRow<Readonly<Record<K, readonly string[]>>>;

const words = (s: string) => s.trim().split(/\s+/);

export const LETTER_SALUTATION_ROW: ListsRow<'salutations'> = {
  id: 'none.letter-salutation',
  value: { salutations: words('sir sirs madam') },
  reason:
    'A letters page opens each letter with a salutation to the editor, often in capitals and followed by a dash: "SIR — Your report of March 3 …", "Madam, the council …". In capitals before a dash it looks like a dateline ("LONDON — "), so it is read as a place. The salutation word alone opening a line, before a dash or a comma, names no one: a name read on it is dropped.',
  examples: [
    {
      text: 'SIR — The council plans to charge drivers in Dunfermline.',
      expect: 'place:Dunfermline',
    },
    {
      text: 'PARIS — Sir Keir Starmer met the president in Paris.',
      expect: 'place:PARIS | person:Keir Starmer | place:Paris',
    },
  ],
};

export const LETTER_SIGNATURE_ROW: ListsRow<'titles'> = {
  id: 'person.letter-signature',
  value: { titles: words('dr dr. prof prof. rev rev. mr mr. mrs mrs. ms ms. cllr') },
  reason:
    'A letter, a reader\'s comment or a column closes with the writer\'s signature on a line of its own: the name, a comma and the town ("Ruaridh McIntyre, Oban", "Dr Iain MacLeod, St Andrews"). Unknown surnames and small towns are read as organisations. A line that is only two or three capitalised words (a title such as Dr before them allowed), a comma and one to three capitalised words, none of them a word the language also writes in lowercase (a given name allowed), is a person and a place, unless the first part is a place the map knows or an organisation read with confidence (0.6), or the second part is read as an organisation or a person with confidence ("Jane Doe, Reuters"; "Ann Reid, Colin Shaw", a line of two people, review ents34c).',
  examples: [
    {
      text: 'Ferries fail again.\n\nRuaridh McIntyre, Oban',
      expect: 'person:Ruaridh McIntyre | place:Oban',
    },
    {
      text: 'Downing Street, London\n\nThe talks in Paris went on.',
      expect: 'place:Downing Street | place:London | place:Paris',
    },
  ],
};

export const SEE_OF_PLACE_ROW: ListsRow<'sees' | 'denominations'> = {
  id: 'organisation.see-of-place',
  value: {
    // Not "bishopric": as often the office or an old state ("the Bishopric of Liège was a state", review ents34c).
    sees: words('diocese archdiocese eparchy archeparchy presbytery synod patriarchate'),
    // A church's name before its see is the body's ("the Catholic Diocese of Clogher", ents60b).
    denominations: words('Catholic Anglican Orthodox Lutheran Methodist Episcopal Presbyterian'),
  },
  reason:
    'A church names its districts after their seat: "the Diocese of Chicoutimi", "the Archdiocese of Lagos", "the Eparchy of Toronto", "the Presbytery of Glasgow" (not "bishopric", as often the office or an old state: "the Bishopric of Liège was a state", review ents34c). The district is a body (it closes churches, employs priests, issues statements), and the model reads only the town, or nothing. A capitalised see word (diocese, archdiocese, eparchy, presbytery, synod …) right before "of" and one to three capitalised words on the line, none a weekday, a month or a word the language writes in lowercase, is one organisation to the last word; a capitalised denomination right before the see word (Catholic, Anglican, Orthodox, …) is the body\'s too ("the Catholic Diocese of Clogher", which the model read as "Diocese of Clogher", ents60b).',
  examples: [
    {
      text: 'The Diocese of Chicoutimi will close 14 churches, and the Archdiocese of Lagos will open two.',
      expect: 'organization:Diocese of Chicoutimi | organization:Archdiocese of Lagos',
    },
    {
      text: 'The Catholic Diocese of Clogher apologised to the survivors on Sunday.',
      expect: 'organization:Catholic Diocese of Clogher',
    },
    {
      text: 'The diocese of Chicoutimi met, and the Synod of Bishops in Rome met in October.',
      expect: 'place:Rome',
    },
  ],
};

export const PROVINCE_ABBREVIATION_ROW: ListsRow<'abbreviations'> = {
  id: 'place.province-abbreviation',
  value: {
    abbreviations: words('Que Ont Alta Man Sask Nfld Que. Ont. Alta. Man. Sask. Nfld. B.C. N.S. N.B. P.E.I. N.W.T.'),
  },
  reason:
    'Canadian datelines and addresses follow a town with its province, abbreviated with a full stop: "SAGUENAY, Que. —", "Thunder Bay, Ont.", "Red Deer, Alta.", "Brandon, Man.". The US abbreviations are place.state-code; these are the Canadian ones (the tokenizer splits the full stop off, so the model reads "Que" alone). Right after a comma that closes a place read, such an abbreviation, with its full stop, is the province, a place; "Man." alone is a word, so nothing else is read as one.',
  examples: [
    {
      text: 'SAGUENAY, Que. — The bishop spoke. A plant in Thunder Bay, Ont., was sold.',
      expect: 'place:SAGUENAY | place:Que. | place:Thunder Bay | place:Ont.',
    },
    { text: 'The plan for Que. was read out by the mayor in Winnipeg.', expect: 'place:Winnipeg' },
  ],
};

export const PACIFIC_HONORIFIC_ROW: ListsRow<'honorifics'> = {
  id: 'title.pacific-chiefly',
  value: { honorifics: words('ratu datu hadji hajji') },
  reason:
    'Fijian chiefs carry the title Ratu before the name ("Ratu Isoa Tikoitoga said"), like Sir or Alhaji; it is not part of the name (gold and GUM keep titles out). The model, which does not know the word, takes it into the person. A person that opens with "Ratu" and has two words more starts after it. (The women\'s title Adi is left: it is also a given name, "Adi Godrej".) The Moro chiefly title Datu and the pilgrim\'s Hadji/Hajji are written the same way in the southern Philippines ("Interim Chief Minister Datu Abdulraof Macacua", "Hadji Norhaida Sinsuat-Ampatuan", ents37a); a town named after a datu, with its kind after it ("in Datu Odin Sinsuat town"), is no person and is left.',
  examples: [
    {
      text: 'The chairman, Ratu Isoa Tikoitoga, said the board would meet.',
      expect: 'person:Isoa Tikoitoga',
    },
    { text: 'Ratu Sukuna Park was full on Saturday.', expect: 'place:Ratu Sukuna Park' },
  ],
};

export const HOSPITAL_AT_ROW: ListsRow<'tails' | 'prepositions' | 'staff'> = {
  id: 'place.hospital-at',
  value: {
    tails: words('hospital infirmary'),
    prepositions: words('at to in from outside inside into'),
    // Its staff named right after it make the hospital the body they work for (review ents34c).
    staff: words(
      'managers management bosses chiefs board executives officials staff spokesman spokeswoman director directors',
    ),
  },
  reason:
    'A hospital is a place one is taken to, treated at or discharged from ("was taken to Galway University Hospital", "the ward at Kenema Government Hospital"); the gold of every batch marks it a place, as it marks stadiums and airports. The model, trained on texts where "X Hospital said" is a body, reads the name as an organisation. A name the model read as an organisation (no rule) whose last word is Hospital or Infirmary, right after a preposition of where (at, to, in, from, outside, inside, into), is a place; a hospital that speaks or employs ("the hospital said") is left to the model, and so is one before a noun of its staff ("wrote to Wishaw General Hospital managers", review ents34c).',
  examples: [
    {
      text: 'She was taken to Galway University Hospital after the fall.',
      expect: 'place:Galway University Hospital',
    },
    {
      text: 'Kenema Government Hospital said it had run out of fluids.',
      expect: 'organization:Kenema Government Hospital',
    },
  ],
};

// Moved here from news-leftovers-11.ts (ents34b's row; ents36b): the same frame as place.hospital-at, the head inside.
export const HOSPITAL_BEFORE_TOWN_ROW: RuleRow<{ heads: readonly string[]; prepositions: readonly string[] }> = {
  id: 'place.hospital-before-town',
  // place.hospital-at's heads and prepositions of where (one is taken to, treated at, discharged from).
  value: { heads: HOSPITAL_AT_ROW.value.tails, prepositions: HOSPITAL_AT_ROW.value.prepositions },
  reason:
    'Irish and Scottish hospitals put their town after the head ("University Hospital Galway", "Royal Infirmary of Edinburgh"); place.hospital-at reads a hospital as a place after at/to/in/from only when "Hospital" ends the name. A name the model read as an organisation (no rule), after one of these prepositions, with "Hospital" or "Infirmary" inside it and only a place the map knows (or "of" and one) after it, is the hospital, a place as the batches mark it.',
  examples: [
    {
      text: 'She was taken to University Hospital Galway with head injuries.',
      expect: 'place:University Hospital Galway',
    },
    {
      text: 'University Hospital Galway said it was under pressure.',
      expect: 'organization:University Hospital Galway',
    },
  ],
};

export const BLIND_NEWS_ROWS_23: readonly RuleRow<unknown>[] = [
  LETTER_SALUTATION_ROW,
  LETTER_SIGNATURE_ROW,
  SEE_OF_PLACE_ROW,
  PROVINCE_ABBREVIATION_ROW,
  PACIFIC_HONORIFIC_ROW,
  HOSPITAL_AT_ROW,
  HOSPITAL_BEFORE_TOWN_ROW,
];
