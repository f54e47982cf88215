/**
 * Rows for the weak patterns issue #9 names, fifteenth round (helper ents46b, 6 Dec 2026), each
 * found failing on probe texts of our own (detect/lexicon-gaps-46b.cases.ts, gold committed before
 * the first run). The rules that apply them are in detect/leftover-rules-22.ts, called by
 * applyNameRules after the leftover-21 rows. (The round's other mends widen older rows where the
 * fault lives: place.possessive-body-split, place.address-comma, place.unknown-list.)
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const OFFICE_CONTRACTION_ROW: RuleRow<{ shape: RegExp }> = {
  id: 'organisation.office-contraction',
  value: {
    // "Of" + the first letters of a regulated field: "Ofcom", "Ofgem", "Ofsted", "Ofwat", "Ofqual",
    // "Oftel", "Ofreg". A closed set: surnames share the shape ("Mr Oftedal", "Ofstad, the
    // goalkeeper"; review, stop 56).
    shape: /^Of(?:com|gem|sted|wat|qual|tel|reg)$/,
  },
  reason:
    'British regulators are named by contracting "Office of" to "Of" before the first letters of their field ("Ofcom" the Office of Communications, "Ofgem", "Ofsted", "Ofwat", "Ofqual"), one word that acts like a body ("Ofgem fined the supplier", "Ofsted rated the school", "after Ofwat ruled"). The model, meeting a single capitalised word it has not seen, reads a person ("Ofqual warned", "the watchdog, Ofcom, regulates") or nothing ("Ofcom said"). One of these contractions (a closed set: surnames share the shape, "Mr Oftedal", "Ofstad") that is no word of the language, no given name and no place the map knows, unread or read by the model alone as a person or a place over that word only, is an organisation. A longer name that holds it is left as read.',
  examples: [
    {
      text: 'Ofgem fined the supplier £12m, and Ofsted rated the school inadequate.',
      expect: 'organization:Ofgem | organization:Ofsted',
    },
    { text: 'The price cap will fall in April, Ofgem announced on Friday.', expect: 'organization:Ofgem' },
    // Must leave: a place whose name has two "f"s, and a word of the language.
    { text: 'Often the rain stopped in Offaly by noon.', expect: 'place:Offaly' },
    // A surname of the same shape (review, stop 56).
    { text: 'Mr Oftedal said he would appeal.', expect: 'person:Oftedal' },
  ],
};

export const ECONOMICS_FIRM_ROW: RuleRow<{ heads: readonly string[] }> = {
  id: 'organisation.economics-firm',
  value: {
    // The field a forecasting consultancy is named by, written with its capital, as its last word.
    heads: words('Economics Macroeconomics'),
  },
  reason:
    'Forecasting consultancies quoted in business news are named by a word of their own and the field ("Capital Economics", "Oxford Economics", "Pantheon Macroeconomics"); a university\'s school or department names the field after "of" ("the London School of Economics", "the Department of Economics"). The model reads the first word as it would alone: a place ("Capital Economics" and "Oxford Economics" half-read as places), a person ("Pantheon Macroeconomics") or nothing. One or two capitalised words right before the capitalised field word on the line, with no capitalised word after it, are a firm, an organisation: when one of the words is no common word and no adjective of a school of thought (-al, -ic, -ian, -ist, -ary, -ive: "New Institutional Economics", "Behavioural Economics", the headings of a study fold), or the model read a name over the words ("Capital Economics"). Not a demonym or a function word before the field ("Austrian Economics", "the Economics of …"), nor a run after "of" or "in" ("School of Economics", "the Nobel Prize in Economics" hold no word right before the field), nor a longer name that holds the run.',
  examples: [
    {
      text: 'Economists at Capital Economics expect growth of 1% next year.',
      expect: 'organization:Capital Economics',
    },
    {
      text: 'Pantheon Macroeconomics said inflation had peaked.',
      expect: 'organization:Pantheon Macroeconomics',
    },
    // Must leave: the field after "of" in a school's name.
    { text: 'She studied at the London School of Economics.', expect: 'organization:London School of Economics' },
  ],
};

export const BODY_AFTER_POSSESSIVE_ROW: RuleRow<{ heads: readonly string[]; tiers: readonly string[] }> = {
  id: 'organisation.body-of-body-possessive',
  value: {
    // The head of a body's own name, written with its capital, ending the run after the possessive.
    heads: words(`Body Court Council Commission Committee Board Tribunal Panel Agency Office Service
      Fund Programme Assembly Secretariat Authority Parliament Directorate Bureau`),
    // Words that name a paid tier of a firm's product, not a body: "Spotify's Premium Service",
    // "Netflix's Standard Plan" (ents57b).
    tiers: words('Premium Standard Basic Plus Pro Family Student Gold Platinum Ultimate Express Prime'),
  },
  reason:
    'A body that belongs to a larger one is written after the larger one\'s possessive ("the WTO\'s Appellate Body", "the EU\'s General Court", "the BBC\'s World Service"): two names, both organisations. Where the model reads the owner but leaves the capitalised words after the possessive unread ("Appellate Body", a word it has not seen before a head), the body is missed. One to three capitalised words right after the possessive of a name read as an organisation, none of them read, on the line, the last one of these heads and no capitalised word after it, are an organisation. Not when the first of them names a paid tier of a product ("Spotify\'s Premium Service" is a service, no body; ents57b). (The owner and the body read as one name are split by place.possessive-body-split.)',
  examples: [
    {
      text: "The WTO's Appellate Body has not sat since 2019.",
      expect: 'organization:WTO | organization:Appellate Body',
    },
    // Must leave: a tier of a firm's product.
    { text: "Spotify's Premium Service will cost more from July.", expect: 'organization:Spotify' },
    // Must leave: a person after the possessive.
    {
      text: "The IMF's Kristalina Georgieva said growth would slow.",
      expect: 'organization:IMF | person:Kristalina Georgieva',
    },
  ],
};

export const PUT_SIDE_AHEAD_ROW: RuleRow<{
  puts: readonly string[];
  places: readonly string[];
  races: readonly string[];
}> = {
  id: 'sport.put-side-ahead',
  value: {
    puts: words('put puts putting'),
    // Where a goal or a try puts a side: in the lead or level.
    places: words('ahead level'),
    // Words of a race in the sentence: a poll or a count puts a candidate ahead.
    races: words('poll polls polling survey surveys returns ballot ballots vote votes count'),
  },
  reason:
    'Match reports say a scorer or a goal "put" a side ahead or level ("Kyogo Furuhashi put Celtic ahead", "a penalty put Lens level"); the side is an organisation. The model leaves a club named by an adjective or a word it has not seen unread there ("Celtic"). One to three capitalised words, none read, right between put/puts/putting and "ahead" or "level", on the line, none a given name, are a side; not before "in" or "of", nor in a sentence with a poll, a vote or a count, where a candidate is put ahead ("A new poll put Biden ahead in Michigan", "put Netanyahu ahead of Gantz"; review, stop 56). A name already read (a candidate "put Harris ahead in the polls", a country) is left as read.',
  examples: [
    {
      text: 'A header from a corner put Celtic ahead after ten minutes.',
      expect: 'organization:Celtic',
    },
    // A poll puts a candidate ahead: no side (the model leaves the bare surname unread here).
    { text: 'A new poll put Biden ahead in Michigan.', expect: 'place:Michigan' },
    // Must leave: a person the model reads.
    { text: 'The poll put Kamala Harris ahead in Ohio.', expect: 'person:Kamala Harris | place:Ohio' },
  ],
};

export const NEWS_LEFTOVER_ROWS_22: readonly RuleRow<unknown>[] = [
  OFFICE_CONTRACTION_ROW,
  ECONOMICS_FIRM_ROW,
  BODY_AFTER_POSSESSIVE_ROW,
  PUT_SIDE_AHEAD_ROW,
];
