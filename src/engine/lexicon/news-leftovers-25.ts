/**
 * Rows for the weak patterns issue #9 names, eighteenth round (helper ents59b, 7 Dec 2026), each
 * found failing on probe texts of our own (detect/lexicon-gaps-49b.cases.ts, gold committed in
 * 54cc449 before the first run). The rules that apply them are in detect/leftover-rules-25.ts,
 * called by applyNameRules after the leftover-24 rows. (The round also widens older rows where the
 * fault lives: organisation.infinitive-name, person.portfolio-off, organisation.and-join,
 * place.residents-of and organisation.trade-and-tail.)
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);
/** Names of one or more words, separated by commas. */
const names = (s: string) => s.split(',').map((n) => n.trim().replace(/\s+/g, ' '));

export const FOREIGN_BODY_ROW: RuleRow<{ heads: readonly string[]; joins: readonly string[] }> = {
  id: 'organisation.foreign-body',
  value: {
    // Head nouns of bodies in French, German, Spanish, Italian and Portuguese.
    // ("centre", "commission", "office", "service" and "tribunal", English words too, are left out.)
    heads: words(`institut instituto istituto centro gesellschaft stiftung fondation fundación fundação
      fondazione agence agencia agência agenzia bundesamt bundesanstalt ministerio ministère ministero
      ministério université universidad università universidade universität hochschule
      société sociedad società sociedade compagnie compañía conseil consejo consiglio conselho comité
      comisión commissione observatoire observatorio laboratoire laboratorio école escuela
      scuola escola académie academia accademia fédération federación federazione federação asociación
      associazione associação verband oficina servicio servizio autorité autoridad
      autorità tribunale cour corte partido parti partito`),
    // The small words that join such a name's parts: a closed set of function words of those
    // languages (articles, prepositions, "and"), none of them an English word.
    // ("die", "den" and "per", English words too, are left out.)
    joins: words(`de du des la le les en à au aux für der das di del della delle dei degli do da dos y e et und
      pour para zur zum`),
  },
  reason:
    'Bodies named in their own language run long, with small lowercase words between the capitalised ones ("the Institut de Recherche en Sciences de la Santé", "the Deutsche Gesellschaft für Internationale Zusammenarbeit", "the Instituto Nacional de Estadística"); the model, which learnt English names, ends the body at the first lowercase word and reads the rest as a person or a place ("Institut" a body, "Sciences de la Santé" a person). A capitalised head of a body in French, German, Spanish, Italian or Portuguese (institut, instituto, gesellschaft, fundação, université, …), with at most one capitalised word right before it that is no function word ("Deutsche"), then capitalised words and the joining words of those languages (de, la, en, à, für, der, di, y, …) up to its last capitalised word on the line, with at least one joining word before that word, is one organisation. An English word ends it ("… de la Santé in Ouagadougou"), and so does a name reaching past it; a title inside ("Tribunal Judge Ana de Souza") leaves the run (heads that are English words too, as Office, Service or Tribunal, are not heads: "Cabinet Office Minister Marsha de Cordova"). A run nothing was read in needs two capitalised words or more after its head ("the Istituto Nazionale di Statistica"): "the Centro de Salud", "the Escuela de Música" are descriptions written in capitals, and made 3 false bodies a seed on the check folds (totals only; ents60c).',
  examples: [
    {
      text: 'Cabinet Office Minister Marsha de Cordova said the rules would change.',
      expect: 'organization:Cabinet Office | person:Marsha de Cordova',
    },
    {
      text: 'Researchers at the Institut de Recherche en Sciences de la Santé in Ouagadougou ran the trial.',
      expect: 'organization:Institut de Recherche en Sciences de la Santé | place:Ouagadougou',
    },
    {
      text: 'The Deutsche Gesellschaft für Internationale Zusammenarbeit will fund the wells, a spokesman said.',
      expect: 'organization:Deutsche Gesellschaft für Internationale Zusammenarbeit',
    },
  ],
};

export const PUBLISHER_PAIR_ROW: RuleRow<{ after: readonly string[] }> = {
  id: 'organisation.publisher-pair',
  value: {
    // Words a publisher's name follows: "published by", "the publisher", "its imprint".
    after: words('published publisher publishers imprint'),
  },
  reason:
    'Publishers are named after their founders, two surnames joined by "and" ("Faber and Faber", "Hodder and Stoughton", "Simon and Schuster"); the model reads each surname alone, as a person, a body or a place. After "published by", "publisher" or "imprint" (an optional "the" between), one capitalised word, "and" and one capitalised word, neither a given name nor a country or a region the map knows (a town may share a founder\'s name: "Stoughton"), with no capitalised word after them on the line, are one organisation. Two given names ("published by Anna and Maria") and a longer run are left.',
  examples: [
    {
      text: 'Her first novel was published by Faber and Faber in 2019.',
      expect: 'organization:Faber and Faber',
    },
    {
      text: 'The memoir, published by Hodder and Stoughton, sold 40,000 copies in a week.',
      expect: 'organization:Hodder and Stoughton',
    },
  ],
};

export const SAME_HEAD_PAIR_ROW: RuleRow<{ least: number }> = {
  id: 'organisation.same-head-pair',
  value: { least: 2 },
  reason:
    'Two bodies or places of one kind are joined by "and" and end in the same head noun ("Leeds University and Durham University", "Heathrow Airport and Gatwick Airport"); the model, seeing capitalised words on both sides of "and", reads them as one name. The head may also lead both halves ("Bank of Montreal and Bank of Nova Scotia") or lead the first and end the second ("the University of the West of Scotland and Glasgow Caledonian University"). A name the model alone read, capitalised on both sides of "and", whose word before "and" and last word are the same, or whose first word and word after "and" are, or whose first and last words are, each half at least two words, is two names of its type ("Food and Drug Administration", "University of the Highlands and Islands" stay whole).',
  examples: [
    {
      text: 'Researchers from Leeds University and Durham University led the study.',
      expect: 'organization:Leeds University | organization:Durham University',
    },
    {
      text: 'Bank of Montreal and Bank of Nova Scotia both raised their dividends on Tuesday.',
      expect: 'organization:Bank of Montreal | organization:Bank of Nova Scotia',
    },
  ],
};

export const CELTIC_AREA_ROW: RuleRow<{ areas: readonly string[] }> = {
  id: 'place.celtic-area',
  value: {
    // The principal areas of Wales and the Western Isles of Scotland whose names have two words or
    // more, in Welsh, Gaelic or English: a closed set, as the areas are.
    areas: names(`
      Rhondda Cynon Taf, Rhondda Cynon Taff, Ynys Môn, Ynys Mon, Blaenau Gwent, Merthyr Tydfil, Merthyr Tudful,
      Bro Morgannwg, Vale of Glamorgan, Neath Port Talbot, Castell-nedd Port Talbot, Pen-y-bont ar Ogwr,
      Sir Gâr, Sir Benfro, Sir Ddinbych, Sir y Fflint, Sir Fynwy, Na h-Eileanan Siar, Eilean Siar`),
  },
  reason:
    'Welsh principal areas and the Western Isles go by names of two or three words in Welsh or Gaelic ("Rhondda Cynon Taf", "Ynys Môn", "Na h-Eileanan Siar"), which the model, seeing capitalised words it does not know, reads as a person ("Rhondda Cynon Taf had the highest rate", "The MP for Na h-Eileanan Siar"). One of these names (a closed set: the areas), matched whole, unread or read by the model alone as a person or a body, is a place; a longer name that holds it ("Rhondda Cynon Taf Council") is left.',
  examples: [
    {
      text: 'Rhondda Cynon Taf had the highest rate of cases in Wales last week.',
      expect: 'place:Rhondda Cynon Taf | place:Wales',
    },
    {
      text: 'The MP for Na h-Eileanan Siar said ferries to the islands had failed all summer.',
      expect: 'place:Na h-Eileanan Siar',
    },
  ],
};

export const NEWS_LEFTOVER_ROWS_25: readonly RuleRow<unknown>[] = [
  FOREIGN_BODY_ROW,
  PUBLISHER_PAIR_ROW,
  SAME_HEAD_PAIR_ROW,
  CELTIC_AREA_ROW,
];
