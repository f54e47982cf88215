/**
 * Rows from the blind entity batches 104 and 105 (6 Dec 2026, helper ents46a; the batches are in
 * detect/news-entities-104.cases.ts). Batch 106 was written with them and is never fixed against
 * (its errors are never printed). Kept in their own file so they merge cleanly with rows added in
 * parallel; the rules that apply them are in detect/blind-rules-35.ts, called by applyNameRules
 * after the rows of batches 101 and 102. Example texts are written for the rows, not taken from a
 * batch: each row has sentences it must decide and sentences it must leave alone.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const NHS_TRUST_ROW: RuleRow<{
  marks: readonly string[];
  heads: readonly string[];
  skip: readonly string[];
  hospitals: readonly string[];
}> = {
  id: 'organisation.nhs-trust',
  value: {
    // The word inside an English health trust's name that says what it is.
    marks: words('NHS'),
    // The last word of the trust's name.
    heads: words('Trust'),
    // Words a run of capitals may open with that are no part of the name ("The", "By").
    skip: words('the a an in at on by for from of to with and or but as'),
    // The last word before "NHS" of a trust named after a hospital (ents64a).
    hospitals: words('hospital hospitals'),
  },
  reason:
    'English hospitals are run by trusts named by their place or hospitals and "NHS Trust" or "NHS Foundation Trust": "Cambridge University Hospitals NHS Foundation Trust", "Barts Health NHS Trust", "Leeds Teaching Hospitals NHS Trust". The model reads "NHS Foundation Trust" as one organisation and the words before it as another ("Cambridge University Hospitals"), or a place. One to five capitalised words on the line right before "NHS", then capitalised words ending in "Trust" with no capital after it, is one organisation, when nothing but the model read its words and the model is not sure (0.9) of a person or a place there. Not "NHS Trust" alone with nothing before it, not a name that goes on past "Trust" ("… Trust Board"), and a possessive ("Guy\'s and St Thomas\'") ends the run. Widened by ents64a (batches 128–129): trusts are often named after two or three towns or founders joined by "and" and commas ("Shrewsbury and Telford Hospital NHS Trust", "Barking, Havering and Redbridge University Hospitals NHS Trust", "Robert Jones and Agnes Hunt Orthopaedic Hospital NHS Foundation Trust"); the model read "[Shrewsbury and Telford Hospital] [NHS]" or "[Robert Jones] and [Agnes Hunt … Trust]". One to three capitalised words on the line before "and" (and more such before commas) join the trust when nothing but the model read them and it is not sure (0.9) of a person or a place; a person however sure, where the words after "and" are three or more ending in Hospital (a hospital named after its founders). "Ann Lee and Barts Health NHS Trust reached a settlement" keeps the person.',
  examples: [
    {
      text: 'Patients at Cambridge University Hospitals NHS Foundation Trust waited longer.',
      expect: 'organization:Cambridge University Hospitals NHS Foundation Trust',
    },
    {
      text: 'Patients of the Shrewsbury and Telford Hospital NHS Trust waited longer.',
      expect: 'organization:Shrewsbury and Telford Hospital NHS Trust',
    },
    {
      text: 'The NHS Trust said beds were full, and the NHS was under strain.',
      expect: 'organization:NHS Trust | organization:NHS',
    },
  ],
};

export const ITS_UNREAD_SITE_ROW: RuleRow<{
  owners: readonly string[];
  kinds: readonly string[];
  sites: readonly string[];
}> = {
  id: 'place.its-unread-site',
  value: {
    // The words of an owner before the site's name.
    owners: words('its their'),
    // Lowercase words that say what the site makes or holds, between its name and the site noun.
    kinds: words(
      'power coal gas oil copper gold silver iron ore nuclear lithium platinum zinc nickel diamond uranium hydro hydroelectric wind solar steel cement export import container',
    ),
    // The site nouns.
    sites: words('mine mines station stations plant plants smelter refinery field fields terminal'),
  },
  reason:
    'A company names its sites by where they stand, with what they make between: "its Huntly power station", "their Kapuni gas plant", "its Escondida copper mine". place.its-facility makes such a name a place where some reading holds it and the site noun follows it at once; where the model read nothing the town stayed unread. After "its" or "their", one to three capitalised words on the line that no name holds, none a common word, a weekday or a month, then one or two of these lowercase words (or none) and a site noun, are a place. A name already read (a firm: "its Toyota car plant") is left to the other rows.',
  examples: [
    {
      text: 'The company said it would burn more coal at its Huntly power station this winter.',
      expect: 'place:Huntly',
    },
    { text: 'The company said its New power station would open in May.', expect: '' },
  ],
};

export const COURT_CHAMBER_ROW: RuleRow<{ heads: readonly string[]; qualifiers: readonly string[] }> = {
  id: 'organisation.court-chamber',
  value: {
    // The words that end a court's formation.
    heads: words('Chamber Bench'),
    // The capitalised words that qualify a court's formation.
    qualifiers: words('Grand Appeals Appeal Trial Petty First Second Third Fourth Fifth Criminal Civil Administrative'),
  },
  reason:
    'Courts outside the United States sit in formations that are named like bodies: the European Court of Human Rights\' "Grand Chamber", the International Criminal Court\'s "Trial Chamber II" and "Appeals Chamber", the Supreme Court of Japan\'s "First Petty Bench" and "Grand Bench". The model reads them as a place or nothing. One to three capitalised words of a formation (these qualifiers) right before "Chamber" or "Bench", with an optional Roman numeral after it, are an organisation when nothing but the model read them and it is not sure (0.9) of a person or a place; not when the name goes on with "of" ("Chamber of Commerce") or another capital.',
  examples: [
    {
      text: "The court's Grand Chamber ruled 15-2, and the First Petty Bench agreed.",
      expect: 'organization:Grand Chamber | organization:First Petty Bench',
    },
    {
      text: 'The Second Chamber of Commerce met, and the Grand Hotel opened.',
      expect: 'organization:Second Chamber of Commerce | place:Grand Hotel',
    },
  ],
};

export const BLIND_NEWS_ROWS_35: readonly RuleRow<unknown>[] = [NHS_TRUST_ROW, ITS_UNREAD_SITE_ROW, COURT_CHAMBER_ROW];
