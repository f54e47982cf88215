/**
 * Known weak patterns of issue #9, eleventh round (helper ents42b, 6 Dec 2026): short news texts of
 * our own, written and annotated like the entity batches (news-entities.cases.ts markup: P person,
 * L place, O organisation, X none) BEFORE the engine was run on them, and committed before their
 * first score. Each group leans on one pattern the tenth round's closing note named as left: clubs
 * and leagues in sport news ("Viking beat Brann 2-1", one-word leagues such as "Eliteserien",
 * "Feyenoord", "Crvena zvezda", cycling teams with a dash, stadiums "Stade de France"),
 * broadcasters and bodies with digits or signs ("TV 2", "Channel 4", "OPEC+"), bodies known only
 * from their context ("Chile Vamos", "the Carabinieri said", "Guardia Civil officers"), firms and
 * institutions whose names open with a land word ("Cap Gemini", "Mont Blanc pens", "Mount Sinai
 * hospital"), a party word and a title before a name ("Democrat State Sen. Ana Ruiz", "Coach Calle
 * Ruiz"), towns at a sentence's start and a sea named for its country ("The Atlanta and Savannah
 * markets", "the U.S. Gulf of Mexico"), and long names joined or cut ("MGM Resorts International
 * and Caesars Entertainment", "Committee for Medicinal Products for Human Use").
 * The groups named "keep" are sentences where a fix must not fire.
 * Not a training input: the tagger never trains on it (scripts/train/corpus.ts reads fixtures/ and
 * scripts/train/data only).
 */
import type { EntityCase } from './news-entities.cases';

export const WEAK_PATTERN_CASES_42B: EntityCase[] = [
  // Clubs named by one word in a match report.
  {
    name: 'club viking beat brann',
    text: `[[O Viking]] beat [[O Brann]] 2-1 in [[L Stavanger]] on Sunday.`,
  },
  {
    name: 'club molde drew with rosenborg',
    text: `[[O Molde]] drew 1-1 with [[O Rosenborg]] and stayed second in [[O Eliteserien]].`,
  },
  {
    name: 'club hammarby lost to djurgarden',
    text: `[[O Hammarby]] lost 0-2 to [[O Djurgården]], their third defeat in [[O Allsvenskan]] this season.`,
  },
  {
    name: 'club brondby top of superliga',
    text: `[[O Brøndby]] went top of the [[O Superliga]] after a 3-0 win over [[O Randers]].`,
  },
  {
    name: 'club feyenoord coach',
    text: `[[O Feyenoord]] sacked its coach after a 4-0 defeat at [[O PSV]].`,
  },
  {
    name: 'club crvena zvezda won the league',
    text: `[[O Crvena zvezda]] won the Serbian title for the eighth year running.`,
  },
  {
    name: 'club bundesliga unknown side',
    text: `[[O Heidenheim]] stayed in the [[O Bundesliga]] after a late goal against [[O Bochum]].`,
  },
  {
    name: 'keep viking as a word',
    text: `A [[X Viking]] ship was found near [[L Oslo]], the museum said.`,
  },
  {
    name: 'keep a person who beat another',
    text: `[[P Casper Ruud]] beat [[P Holger Rune]] 6-4 6-3 in [[L Madrid]].`,
  },
  // Cycling teams with a dash; stadiums.
  {
    name: 'team uae team emirates-xrg',
    text: `[[P Tadej Pogačar]] of [[O UAE Team Emirates–XRG]] won the stage by a minute.`,
  },
  {
    name: 'team lidl-trek rider',
    text: `The [[O Lidl–Trek]] rider [[P Mads Pedersen]] took the sprint in [[L Lecce]].`,
  },
  {
    name: 'stadium stade de france',
    text: `[[L France]] beat [[L Wales]] 30-12 at the [[L Stade de France]] on Saturday.`,
  },
  {
    name: 'stadium estadio da luz',
    text: `[[O Benfica]] lost 1-2 to [[O Porto]] at the [[L Estádio da Luz]].`,
  },
  {
    name: 'stadium parc des princes',
    text: `The final will be played at the [[L Parc des Princes]] in [[L Paris]].`,
  },
  // Broadcasters and bodies with digits or signs.
  {
    name: 'digits tv 2 reported',
    text: `[[O TV 2]] reported that the minister would resign on Monday.`,
  },
  {
    name: 'digits told channel 4',
    text: `The former minister told [[O Channel 4]] on Monday that he had no regrets.`,
  },
  {
    name: 'digits channel 4 said',
    text: `[[O Channel 4]] said it would cut 200 jobs this year.`,
  },
  {
    name: 'digits opec+ cut output',
    text: `[[O OPEC+]] agreed to cut output by one million barrels a day.`,
  },
  {
    name: 'digits members of opec+',
    text: `Oil rose after members of [[O OPEC+]] met in [[L Vienna]].`,
  },
  {
    name: 'keep a number after a name',
    text: `[[P Johnson]] 2 [[P Smith]] 1 was the count after two rounds of the vote.`,
  },
  // Bodies known only from their context.
  {
    name: 'context chile vamos coalition',
    text: `The right-wing coalition [[O Chile Vamos]] named its candidate on Sunday.`,
  },
  {
    name: 'context the carabinieri arrested',
    text: `The [[O Carabinieri]] arrested 12 people in [[L Palermo]] on Tuesday.`,
  },
  {
    name: 'context guardia civil officers',
    text: `[[O Guardia Civil]] officers found the boat off [[L Almería]].`,
  },
  {
    name: 'context the agriculture cabinet',
    text: `The [[O Agriculture Cabinet]] met in [[L Buenos Aires]] to discuss export taxes.`,
  },
  {
    name: 'context the mossos said',
    text: `The [[O Mossos d'Esquadra]] said two officers were hurt in [[L Barcelona]].`,
  },
  {
    name: 'keep a civil guard lowercase',
    text: `A civil guard officer was hurt, police in [[L Madrid]] said.`,
  },
  // Firms and institutions whose names open with a land word.
  {
    name: 'land-word cap gemini hired',
    text: `[[O Cap Gemini]] hired 2,000 engineers in [[L India]] last year.`,
  },
  {
    name: 'land-word mont blanc pens sold',
    text: `The shop sold [[O Mont Blanc]] pens and watches.`,
  },
  {
    name: 'land-word mount sinai hospital',
    text: `She was treated at [[O Mount Sinai]] hospital in [[L New York]].`,
  },
  {
    name: 'land-word mount sinai researchers',
    text: `Researchers at [[O Mount Sinai]] published the study on Monday.`,
  },
  {
    name: 'keep mount sinai the mountain',
    text: `Pilgrims climbed [[L Mount Sinai]] before dawn.`,
  },
  {
    name: 'keep cap ferret the town',
    text: `Oysters from [[L Cap Ferret]] were sold in [[L Bordeaux]].`,
  },
  // A party word or a title before a name.
  {
    name: 'title democrat state sen',
    text: `Democrat State Sen. [[P Ana Ruiz]] voted against the bill.`,
  },
  {
    name: 'title republican state rep',
    text: `Republican State Rep. [[P Tom Hale]] filed the measure on Monday.`,
  },
  {
    name: 'title coach calle ruiz',
    text: `Coach [[P Calle Ruiz]] said his team had played well.`,
  },
  {
    name: 'title coach calle berg',
    text: `Coach [[P Calle Berg]] left [[O Hammarby]] after the defeat.`,
  },
  {
    name: 'keep calle a street',
    text: `The fire started in a bar on [[L Calle Mayor]] in [[L Madrid]].`,
  },
  {
    name: 'keep state sen without party',
    text: `State Sen. [[P Mark Cole]] said the vote was close.`,
  },
  // Towns at a sentence's start; a sea named with its country.
  {
    name: 'towns the atlanta and savannah markets',
    text: `The [[L Atlanta]] and [[L Savannah]] markets grew fastest in the state.`,
  },
  {
    name: 'towns the dallas and houston offices',
    text: `The [[L Dallas]] and [[L Houston]] offices will close next year.`,
  },
  {
    name: 'sea the us gulf of mexico',
    text: `Output in the [[L U.S.]] [[L Gulf of Mexico]] fell after the storm.`,
  },
  {
    name: 'sea us gulf of mexico platforms',
    text: `Oil firms shut platforms in the [[L U.S.]] [[L Gulf of Mexico]] on Tuesday.`,
  },
  {
    name: 'keep the us said',
    text: `The [[L U.S.]] and [[L Canada]] agreed to share the data.`,
  },
  // Long names joined or cut.
  {
    name: 'long mgm resorts and caesars',
    text: `Shares of [[O MGM Resorts International]] and [[O Caesars Entertainment]] rose 3%.`,
  },
  {
    name: 'long wynn resorts and las vegas sands',
    text: `[[O Wynn Resorts]] and [[O Las Vegas Sands]] reported higher revenue in [[L Macau]].`,
  },
  {
    name: 'long committee for medicinal products',
    text: `The [[O Committee for Medicinal Products for Human Use]] backed the drug on Friday.`,
  },
  {
    name: 'long office for products',
    text: `The agency's [[O Committee for Veterinary Medicinal Products]] met in [[L Amsterdam]].`,
  },
  {
    name: 'keep two firms with and',
    text: `[[O Johnson & Johnson]] and [[O Procter & Gamble]] raised prices.`,
  },
  {
    name: 'keep a firm of two words and',
    text: `[[O Marks and Spencer]] cut 300 jobs in [[L London]].`,
  },
  {
    name: 'keep a list of companies',
    text: `[[O General Motors]], [[O Ford Motor]] and [[O Stellantis]] reported sales on Tuesday.`,
  },
  {
    name: 'keep a list of topics',
    text: `Talks covered trade, energy and security, [[P Ursula von der Leyen]] said.`,
  },
];
