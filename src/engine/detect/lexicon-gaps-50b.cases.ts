/**
 * Known weak patterns of issue #9, nineteenth round (helper ents60b, 7 Dec 2026): short news texts
 * of our own, written and annotated like the entity batches (news-entities.cases.ts markup: P
 * person, L place, O organisation, X none) BEFORE the engine was run on them, and committed before
 * their first score. Each group leans on one pattern earlier stops left: a firm named after two
 * people or a person and a word ("Lockheed Martin", "Taylor Wimpey", "Cap Gemini", "Age UK"), two
 * bodies of one head joined by "and" ("Bank of Montreal and Bank of Nova Scotia"), a body with a
 * place or a descriptor before it ("the Irish Catholic Bishops' Conference", "the Catholic Diocese
 * of Clogher", "the U.S. Centers for Disease Control"), a town's office before a name ("Springfield
 * Fire Chief Dana Ortiz"), charities and campaigns named as a phrase ("One in Four", "Stop the War
 * Coalition"), Irish and Spanish given names with accents ("Seán Kelly", "Máire Ní Bhraonáin"),
 * ", X," after a lowercase body phrase ("the chamber of commerce, Canaco, said"), a nationality
 * word that is also an airline ("Norwegian passengers") in a text that names the airline, the lone
 * surname of a person named in full earlier, and two of our own: a union or body named in full
 * with its initials in brackets after it ("the Communication Workers Union (CWU)") and
 * universities named "of the" a region ("the University of the West of England"). The groups named
 * "keep" are sentences where a fix must not fire ("Martin and Taylor met", two persons).
 * The gold follows the training documents' conventions: a title is no part of a person's name, a
 * demonym or a country before a body is part of its name ("U.S. Senate"), an airline is an
 * organisation and a nationality word before a noun it qualifies is none, a dateline's town is a
 * place.
 * Not a training input: the tagger never trains on it (scripts/train/corpus.ts reads fixtures/ and
 * scripts/train/data only).
 */
import type { EntityCase } from './news-entities.cases';

export const WEAK_PATTERN_CASES_50B: EntityCase[] = [
  // A firm named after two people, or a person and a word read as a person or a place.
  {
    name: 'firm two surnames headline',
    text: `[[O Lockheed Martin]] wins contract for new radar\n\nThe deal is worth $2.1bn, the [[O Pentagon]] said.`,
  },
  {
    name: 'firm two surnames opening said',
    text: `[[O Taylor Wimpey]] said house sales fell 6% in the second half as mortgage rates rose.`,
  },
  {
    name: 'firm two surnames after a possessive',
    text: `[[L Britain]]'s [[O Taylor Wimpey]] and [[O Barratt Developments]] cut their targets on Wednesday.`,
  },
  {
    name: 'firm person and word opening',
    text: `[[O Cap Gemini]] will buy the software arm for 400 million euros, the two firms said.`,
  },
  {
    name: 'firm person and word in a list',
    text: `[[O Accenture]], [[O Cap Gemini]] and [[O Infosys]] bid for the contract, which runs to 2031.`,
  },
  {
    name: 'firm initials and hyphen after a possessive',
    text: `[[L Denmark]]'s [[O A.P. Moller-Maersk]] said freight rates would fall next year.`,
  },
  {
    name: 'firm initials and hyphen in a dateline',
    text: `[[L COPENHAGEN]] ([[O Reuters]]) - [[O A.P. Moller-Maersk]] will route ships around the Cape until the spring.`,
  },
  {
    name: 'charity word and country',
    text: `[[O Age UK]] said 1.4 million older people were often lonely.`,
  },
  {
    name: 'charity word and country in a quote',
    text: `"Nobody should choose between heating and eating," said [[P Caroline Abrahams]], director of [[O Age UK]].`,
  },
  {
    name: 'firm two surnames in a quote',
    text: `"We have never had a busier year," said [[P Rob Perrins]], chief executive of [[O Berkeley Group]], adding that [[O Persimmon]] and [[O Taylor Wimpey]] had seen the same.`,
  },
  // Two bodies of one head joined by "and".
  {
    name: 'same head two banks of a place',
    text: `[[O Bank of Montreal]] and [[O Bank of Nova Scotia]] both raised their dividends on Tuesday.`,
  },
  {
    name: 'same head two airlines',
    text: `[[O Korean Air]] and [[O Asiana Airlines]] will merge their loyalty schemes next year.`,
  },
  {
    name: 'same head two universities of a place in a list',
    text: `Researchers from the [[O University of Toronto]] and the [[O University of Ottawa]] led the study.`,
  },
  {
    name: 'same head two councils headline',
    text: `[[O Leeds City Council]] and [[O Bradford Council]] agree bus deal\n\nThe two councils will share the cost.`,
  },
  // A body with a place or a descriptor before it.
  {
    name: 'descriptor body bishops conference',
    text: `The [[O Irish Catholic Bishops' Conference]] said it would publish the report in full.`,
  },
  {
    name: 'descriptor body diocese of a town',
    text: `The [[O Catholic Diocese of Clogher]] apologised to the survivors on Sunday.`,
  },
  {
    name: 'descriptor body diocese after a possessive',
    text: `A spokeswoman for the [[O Anglican Diocese of Sydney]] said the church would comply.`,
  },
  {
    name: 'country body centers for disease control',
    text: `The [[O U.S. Centers for Disease Control]] said 14 states had reported cases.`,
  },
  {
    name: 'country body in a quote',
    text: `"The risk to the public remains low," the [[O U.S. Centers for Disease Control and Prevention]] said in a statement.`,
  },
  {
    name: 'town office before a name',
    text: `[[L Springfield]] Fire Chief [[P Dana Ortiz]] said the blaze started in the kitchen.`,
  },
  {
    name: 'town office before a name in a dateline',
    text: `[[L HOUSTON]] ([[O AP]]) - [[L Harris County]] Sheriff [[P Ed Gonzalez]] said two deputies were hurt.`,
  },
  // Charities and campaigns named as a phrase.
  {
    name: 'charity phrase after a group noun',
    text: `Survivors' group [[O One in Four]] said the inquiry had come too late.`,
  },
  {
    name: 'charity phrase opening',
    text: `[[O Save the Children]] said 3,000 children had been displaced in a week.`,
  },
  {
    name: 'campaign coalition in a list',
    text: `Marchers from [[O Stop the War Coalition]], [[O CND]] and several unions gathered in [[L London]].`,
  },
  {
    name: 'campaign phrase after a possessive',
    text: `[[O Keep Britain Tidy]]'s chief executive, [[P Allison Ogden-Newton]], said litter had doubled.`,
  },
  {
    name: 'charity phrase headline',
    text: `[[O Save the Children]] warns of famine in [[L Sudan]]\n\nThe charity said aid had not arrived.`,
  },
  // Irish and Spanish given names with accents.
  {
    name: 'accented name opening',
    text: `[[P Seán Kelly]] said the vote in [[L Brussels]] would be close.`,
  },
  {
    name: 'accented name after a title',
    text: `The winning goal came from midfielder [[P Tomás Levente]] in the 88th minute.`,
  },
  {
    name: 'accented irish name in a quote',
    text: `"The language is alive in the schools," said [[P Máire Ní Bhraonáin]], a teacher in [[L Galway]].`,
  },
  {
    name: 'accented names in a list',
    text: `[[P Pádraig Ó Súilleabháin]], [[P Íde Nic Giolla Bhríde]] and [[P Jesús Ramírez]] were named on the board.`,
  },
  {
    name: 'accented spanish name after a possessive',
    text: `[[L Mexico]]'s finance minister, [[P Rogelio Ramírez]], said growth would slow.`,
  },
  // ", X," after a lowercase body phrase.
  {
    name: 'lowercase body then acronym',
    text: `The [[L Culiacán]] chamber of commerce, [[O Canaco]], said 200 shops had closed.`,
  },
  {
    name: 'lowercase body then name',
    text: `[[L Europe]]'s biggest farmers' lobby, [[O Copa-Cogeca]], called for a pause.`,
  },
  {
    name: 'lowercase body then name after a possessive',
    text: `[[L Peru]]'s mining chamber, [[O SNMPE]], said output would rise.`,
  },
  // A nationality word that is also an airline, in a text that names the airline.
  {
    name: 'airline word as adjective passengers',
    text: `[[O Norwegian]] cancelled 40 flights on Monday. Norwegian passengers on other carriers were not affected.`,
  },
  {
    name: 'airline word as adjective fans',
    text: `[[O American Airlines]] added flights to [[L Miami]] for the final. American fans had complained about fares.`,
  },
  {
    name: 'airline named then nationality word before officials',
    text: `[[O Norwegian Air Shuttle]] said it would buy 50 jets. Norwegian officials welcomed the order.`,
  },
  // The lone surname of a person named in full earlier.
  {
    name: 'lone surname in a headline',
    text: `[[P Okonjo]] resigns after audit\n\n[[P Amara Okonjo]], the chief financial officer, left on Friday, the board said. [[P Okonjo]] had led the unit since 2019.`,
  },
  {
    name: 'lone surname after another title',
    text: `[[P Harriet Lindqvist]] met Prime Minister [[P Aziz Rahimov]] on Monday. [[P Rahimov]] told [[P Lindqvist]] the talks would go on.`,
  },
  {
    name: 'lone surname after a title of another person',
    text: `[[P Daniel Okafor]] was questioned for six hours. Detective Inspector [[P Sarah Pym]] said [[P Okafor]] had been released.`,
  },
  // Our own: a body named in full with its initials in brackets after it.
  {
    name: 'union with initials in brackets',
    text: `The [[O Communication Workers Union]] ([[O CWU]]) said its members would strike on Friday.`,
  },
  {
    name: 'body with initials in brackets after a possessive',
    text: `[[L Kenya]]'s [[O National Transport and Safety Authority]] ([[O NTSA]]) suspended 30 bus licences.`,
  },
  {
    name: 'charity with initials in brackets in a quote',
    text: `"This is a crisis," said the [[O Royal College of Nursing]] ([[O RCN]]), which represents 500,000 nurses.`,
  },
  // Our own: universities named "of the" a region.
  {
    name: 'university of the west of a country',
    text: `Researchers at the [[O University of the West of England]] found the river was clean.`,
  },
  {
    name: 'university of the west in a list',
    text: `The [[O University of the West of Scotland]] and [[O Glasgow Caledonian University]] will share the lab.`,
  },
  {
    name: 'university of the highlands after a possessive',
    text: `[[L Scotland]]'s [[O University of the Highlands and Islands]] said 12 courses would close.`,
  },
  // Keep: sentences where a fix must not fire.
  {
    name: 'keep two surnames as two people',
    text: `[[P Martin]] and [[P Taylor]] met in [[L Leeds]] on Monday to sign the deal.`,
  },
  {
    name: 'keep nationality before officials',
    text: `Norwegian officials said the ferry would resume on Friday.`,
  },
  {
    name: 'keep lowercase body then a person',
    text: `The union's leader, [[P Mick Lynch]], said talks had failed.`,
  },
  {
    name: 'keep a bank and a person',
    text: `[[O Bank of England]] Governor [[P Andrew Bailey]] said rates would stay high.`,
  },
  {
    name: 'keep a town and a person',
    text: `[[P Kevin Taylor]] of [[L Springfield]] said the road was closed.`,
  },
];
