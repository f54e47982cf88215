/**
 * Rows for the weak patterns issue #9 names, sixteenth round (helper ents57b, 6 Dec 2026), each
 * found failing on probe texts of our own (detect/lexicon-gaps-47b.cases.ts, gold committed in
 * 536b846 before the first run). The rules that apply them are in detect/leftover-rules-23.ts,
 * called by applyNameRules after the leftover-22 rows. (The round's other mends widen older rows
 * where the fault lives: name.time-zone-not-place, organisation.firm-pair-not-joined,
 * sport.town-nickname-bare, organisation.body-of-body-possessive.)
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);
/** Names of one or more words, separated by commas. */
const names = (s: string) => s.split(',').map((n) => n.trim().replace(/\s+/g, ' '));

export const SUBNATIONAL_REGION_ROW: RuleRow<{ regions: readonly string[] }> = {
  id: 'place.european-region',
  value: {
    // The regions and departments of France, the regions of Italy and the autonomous communities
    // of Spain, as news writes them (with English forms where English news uses one): closed sets
    // fixed by law. Left out, names that are mostly something else in news: "Ain", "Cher", "Lot",
    // "Var" (video review), "Lorraine" (a given name), "Lazio" and "Champagne".
    regions: names(`
      Auvergne-Rhône-Alpes, Bourgogne-Franche-Comté, Brittany, Bretagne, Centre-Val de Loire, Corsica, Corse,
      Grand Est, Hauts-de-France, Île-de-France, Normandy, Normandie, Nouvelle-Aquitaine, Occitanie,
      Occitania, Provence-Alpes-Côte d'Azur, Provence, Alsace, Burgundy, Picardy, Aquitaine, Languedoc,
      Languedoc-Roussillon, Aisne, Allier, Alpes-de-Haute-Provence, Hautes-Alpes, Alpes-Maritimes, Ardèche,
      Ardennes, Ariège, Aube, Aude, Aveyron, Bouches-du-Rhône, Calvados, Cantal, Charente, Charente-Maritime,
      Corrèze, Corse-du-Sud, Haute-Corse, Côte-d'Or, Côtes-d'Armor, Creuse, Dordogne, Doubs, Drôme, Eure,
      Eure-et-Loir, Finistère, Gard, Haute-Garonne, Gers, Gironde, Hérault, Ille-et-Vilaine, Indre,
      Indre-et-Loire, Isère, Jura, Landes, Loir-et-Cher, Loire, Haute-Loire, Loire-Atlantique, Loiret,
      Lot-et-Garonne, Lozère, Maine-et-Loire, Manche, Marne, Haute-Marne, Mayenne, Meurthe-et-Moselle, Meuse,
      Morbihan, Moselle, Nièvre, Oise, Orne, Pas-de-Calais, Puy-de-Dôme, Pyrénées-Atlantiques,
      Hautes-Pyrénées, Pyrénées-Orientales, Bas-Rhin, Haut-Rhin, Haute-Saône, Saône-et-Loire, Sarthe, Savoie,
      Haute-Savoie, Seine-Maritime, Seine-et-Marne, Yvelines, Deux-Sèvres, Somme, Tarn, Tarn-et-Garonne,
      Vaucluse, Vendée, Haute-Vienne, Vosges, Yonne, Essonne, Hauts-de-Seine, Seine-Saint-Denis,
      Val-de-Marne, Val-d'Oise, Guadeloupe, Martinique, Mayotte, Abruzzo, Basilicata, Calabria, Campania,
      Emilia-Romagna, Friuli-Venezia Giulia, Liguria, Lombardy, Lombardia, Marche, Molise, Piedmont,
      Piemonte, Puglia, Apulia, Sardinia, Sicily, Tuscany, Toscana, Trentino-Alto Adige, Umbria, Veneto,
      Andalusia, Andalucía, Aragon, Aragón, Asturias, Cantabria, Castilla-La Mancha, Castile-La Mancha,
      Castilla y León, Catalonia, Cataluña, Catalunya, Extremadura, Galicia, Murcia, Navarre, Navarra,
      Castile and León, Basque Country, Balearic Islands, Canary Islands, La Rioja, Aosta Valley,
      Pays de la Loire`),
  },
  reason:
    'French, Italian and Spanish news names regions and departments as often as towns ("Aisne was hit hardest", "Emilia-Romagna has asked Rome for €2bn", "Castilla-La Mancha declared a drought emergency"); the map holds towns and countries, not these, and the model leaves a region opening its sentence unread or reads a hyphened one as a person. One of these names (a closed set fixed by law: France\'s regions and departments, Italy\'s regions, Spain\'s autonomous communities; names of two or more words matched whole: "Castilla-La Mancha", "Friuli-Venezia Giulia"), written with its capitals, unread, or read by the model alone within the name as a person or (below 0.8) a body, is a place. Not inside a longer name (a capitalised word before it other than an article or a function word, or after it: "Aisne Valley Railway", "Somme Battlefield Tours"), and a body reading is left in a sports report or a sentence about sport, where a region may name a side ("Baskonia beat Murcia 80-75").',
  examples: [
    {
      text: 'Floods swept through northern France. Aisne was hit hardest, and Somme lost 40 roads.',
      expect: 'place:France | place:Aisne | place:Somme',
    },
    {
      text: 'Castilla-La Mancha declared a drought emergency on Friday.',
      expect: 'place:Castilla-La Mancha',
    },
    // Must leave: a region inside a firm's name.
    { text: 'Somme Battlefield Tours Ltd cut 20 jobs.', expect: 'organization:Somme Battlefield Tours' },
  ],
};

export const NEXT_GAME_LINE_ROW: RuleRow<{ moves: readonly string[]; days: readonly string[] }> = {
  id: 'sport.next-game-line',
  value: {
    // The word after the side's colon that says where it plays next.
    moves: words('host hosts at visit visits vs vs. face faces play plays'),
    // What follows the opponent on such a line.
    days: words('on this next tonight today tomorrow'),
  },
  reason:
    'Wire sports reports end with a line per side saying whom it plays next: "Pacers: Host Milwaukee on Monday.", "Hawks: At Chicago on Tuesday.", under an "UP NEXT" heading. The model reads the opponent, a city, as a place or a person ("Host Milwaukee") and leaves the side before the colon unread. A line that opens with one to three capitalised words and a colon, then host/at/visit/vs./face/play, then one to three capitalised words (an optional "the" before them) and on/this/next/tonight/today/tomorrow, names two sides, both organisations, unless a rule decided a name there or the label is a person the model reads.',
  examples: [
    {
      text: 'UP NEXT\n\nPacers: Host Milwaukee on Monday.\n\nHawks: At Chicago on Tuesday.',
      expect: 'organization:Pacers | organization:Milwaukee | organization:Hawks | organization:Chicago',
    },
    // Must leave: a town that hosts, not a side's line.
    { text: 'Milwaukee will host the convention in July.', expect: '' },
  ],
};

export const SCORE_LINE_ROW: RuleRow<{ maxScore: number }> = {
  id: 'sport.score-line-sides',
  value: { maxScore: 199 },
  reason:
    'A result is written as two sides each with its score, joined by a comma: "Boston 4, Toronto 2" (a result line, or "it was Dallas 3, Phoenix 1"). The model reads the city with its score as a place ("Boston 4") or the city alone as a place. One to three capitalised words and a whole number up to 199, a comma, then one to three capitalised words and a whole number up to 199, on one line, with no word or "-" joining the numbers, are two sides, organisations, each without its score; not where a rule decided a name there, nor where a number is followed by a word or a point ("Boston 4 times", "Boston 4.5"), nor in brackets or a side of common words only that nothing reads ("(Volume 1, Chapter 1)", a book\'s parts in a study fold).',
  examples: [
    {
      text: 'Boston 4, Toronto 2\n\nKyle Marsh scored twice in the third period.',
      expect: 'organization:Boston | organization:Toronto | person:Kyle Marsh',
    },
    // Must leave: a count of places with no second number.
    { text: 'He visited Boston 4 times, Toronto twice.', expect: 'place:Boston | place:Toronto' },
  ],
};

export const CABINET_TITLE_ROW: RuleRow<{ titles: readonly string[] }> = {
  id: 'name.cabinet-title-not-body',
  value: {
    // The word after "Cabinet" that makes the two one title.
    titles: words('Secretary Secretaries Minister Ministers'),
  },
  reason:
    'Kenyan news titles a minister by portfolio and "Cabinet Secretary" ("Treasury Cabinet Secretary Joseph Kamau", "Interior Cabinet Secretary Grace Wanjiru"); the model reads the portfolio and "Cabinet" as a body ("Treasury Cabinet"), a name no gold holds: the title is no part of a name. A name read by the model alone that ends with "Cabinet" right before "Secretary" or "Minister", written with their capitals, is no name. "The Cabinet Office said" and "the Treasury said" have no title after them.',
  examples: [
    {
      text: 'Treasury Cabinet Secretary Joseph Kamau said the budget would be tabled in June.',
      expect: 'person:Joseph Kamau',
    },
    // Must leave: a body with no title after it.
    { text: 'The Cabinet Office said the rules would change.', expect: 'organization:Cabinet Office' },
  ],
};

export const NEWS_LEFTOVER_ROWS_23: readonly RuleRow<unknown>[] = [
  SUBNATIONAL_REGION_ROW,
  NEXT_GAME_LINE_ROW,
  SCORE_LINE_ROW,
  CABINET_TITLE_ROW,
];
