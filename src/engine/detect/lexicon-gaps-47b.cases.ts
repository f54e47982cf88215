/**
 * Known weak patterns of issue #9, sixteenth round (helper ents57b, 6 Dec 2026): short news texts
 * of our own, written and annotated like the entity batches (news-entities.cases.ts markup: P
 * person, L place, O organisation, X none) BEFORE the engine was run on them, and committed before
 * their first score. Each group leans on one pattern earlier stops left: a service, a course or a
 * title word after a body's name read as part of a body ("AP Economics Writer", "Spotify's Premium
 * service", "Treasury Cabinet Secretary"), two firms sharing a tail ("Kia and Hyundai Motors"), a
 * time zone without "time" ("8 p.m. Pacific"), a bill named by its chamber ("House Bill 18"), a
 * party's long name with its short form ("Party for Freedom (PVV)"), a firm whose first word is a
 * common word ("Cap Gemini"), sides named by a town and a nickname in a one-sentence signing story,
 * French, Italian and Spanish regions opening a sentence, a side named by its city beside a caps
 * dateline of that city, AP's "UP NEXT" lines ("Host Milwaukee") and score lines ("Boston 4,
 * Toronto 2"). The groups named "keep" are sentences where a fix must not fire.
 * The gold follows the training documents' conventions: a title word is no part of a name, a side
 * playing a match is an organisation, a dateline's town is a place, bills and products are X.
 * Not a training input: the tagger never trains on it (scripts/train/corpus.ts reads fixtures/ and
 * scripts/train/data only).
 */
import type { EntityCase } from './news-entities.cases';

export const WEAK_PATTERN_CASES_47B: EntityCase[] = [
  // A service, a course or a title word after a body's name.
  {
    name: 'service ap economics writer',
    text: `By [[P Martin Crane]], [[O AP]] Economics Writer\n\n[[L WASHINGTON]] ([[O AP]]) — Employers added 180,000 jobs in May.`,
  },
  {
    name: 'service ap business writer',
    text: `By [[P Dee Ann Moreno]], [[O AP]] Business Writer\n\nShares of carmakers fell on Monday.`,
  },
  {
    name: 'service spotify premium',
    text: `[[O Spotify]]'s Premium Service will cost £1 more a month from July.`,
  },
  {
    name: 'service netflix standard plan',
    text: `Subscribers to [[O Netflix]]'s Standard Plan will see the price rise in March.`,
  },
  {
    name: 'service edge browser',
    text: `[[O Microsoft]] said its [[X Edge]] browser would block the trackers by default.`,
  },
  {
    name: 'service treasury cabinet secretary',
    text: `Treasury Cabinet Secretary [[P Joseph Kamau]] said the budget would be tabled in June.`,
  },
  {
    name: 'service interior cabinet secretary',
    text: `Speaking in [[L Nakuru]], Interior Cabinet Secretary [[P Grace Wanjiru]] said the curfew would stay.`,
  },
  // Two firms sharing a tail.
  {
    name: 'pair kia and hyundai motors',
    text: `[[O Kia]] and [[O Hyundai Motors]] will build a battery plant in [[L Georgia]].`,
  },
  {
    name: 'pair nissan and toyota motor',
    text: `Shares in [[O Nissan]] and [[O Toyota Motor]] rose after the tariff deal.`,
  },
  {
    name: 'pair barclays and lloyds banking group',
    text: `Analysts expect [[O Barclays]] and [[O Lloyds Banking Group]] to raise their dividends.`,
  },
  // A time zone without "time".
  {
    name: 'zone 8 pm pacific',
    text: `The launch is set for 8 p.m. Pacific on Thursday from [[L Vandenberg Space Force Base]].`,
  },
  {
    name: 'zone 9 am eastern',
    text: `Polls close at 9 a.m. Eastern, and results are expected by noon.`,
  },
  {
    name: 'zone noon central',
    text: `The game kicks off at noon Central on Sunday in [[L Kansas City]].`,
  },
  {
    name: 'zone 7 mountain',
    text: `[[P Ruth Daley]] will speak at 7 p.m. Mountain, her campaign said.`,
  },
  // A bill named by its chamber.
  {
    name: 'bill house bill 18',
    text: `The [[O Texas Senate]] passed [[X House Bill 18]] on Tuesday by 19 votes to 12.`,
  },
  {
    name: 'bill senate bill 17 opening',
    text: `[[X Senate Bill 17]] would ban such offices at public universities, [[P Carla Ortiz]] said.`,
  },
  {
    name: 'bill house then the house',
    text: `Under [[X House Bill 1205]], clinics must close by 10 p.m. The [[O House]] passed it last week.`,
  },
  // A party's long name with its short form.
  {
    name: 'party pvv',
    text: `The [[O Party for Freedom]] ([[O PVV]]) won 37 seats in the [[L Netherlands]].`,
  },
  {
    name: 'party nsc after possessive',
    text: `[[P Geert Wilders]]'s [[O Party for Freedom]] ([[O PVV]]) will join the coalition.`,
  },
  {
    name: 'party afd german',
    text: `The [[O Alternative for Germany]] ([[O AfD]]) came second in [[L Thuringia]].`,
  },
  {
    name: 'party list with short forms',
    text: `The [[O Freedom Party]] ([[O FPÖ]]), the [[O People's Party]] ([[O ÖVP]]) and the [[O Greens]] met in [[L Vienna]].`,
  },
  // A firm whose first word is a common word.
  {
    name: 'firm cap gemini said',
    text: `[[O Cap Gemini]] said it would hire 5,000 engineers this year.`,
  },
  {
    name: 'firm shares in cap gemini',
    text: `Shares in [[O Cap Gemini]] fell 4% in [[L Paris]] after the warning.`,
  },
  // Sides named by a town and a nickname in a one-sentence signing story.
  {
    name: 'signing sale sharks',
    text: `[[O Sale Sharks]] have signed the prop from [[O Leicester Tigers]] on a two-year deal.`,
  },
  {
    name: 'signing leicester tigers headline',
    text: `[[O Leicester Tigers]] sign [[O Bath]] lock on three-year deal`,
  },
  {
    name: 'signing worcester warriors',
    text: `The flanker joins [[O Bristol Bears]] from [[O Worcester Warriors]], who went into administration.`,
  },
  {
    name: 'signing newcastle falcons list',
    text: `[[O Newcastle Falcons]], [[O Exeter Chiefs]] and [[O Gloucester]] all want the winger.`,
  },
  // French, Italian and Spanish regions opening a sentence.
  {
    name: 'region aisne opening',
    text: `Floods swept through northern [[L France]]. [[L Aisne]] was hit hardest, officials said.`,
  },
  {
    name: 'region somme opening',
    text: `Rain fell for three days. [[L Somme]] was worst affected, with 40 roads closed.`,
  },
  {
    name: 'region hauts-de-france opening',
    text: `[[L Hauts-de-France]] recorded 120mm of rain in 48 hours.`,
  },
  {
    name: 'region emilia-romagna opening',
    text: `[[L Emilia-Romagna]] has asked [[L Rome]] for €2bn to rebuild its roads.`,
  },
  {
    name: 'region castilla-la mancha opening',
    text: `[[L Castilla-La Mancha]] declared a drought emergency on Friday.`,
  },
  {
    name: 'region pas-de-calais dateline',
    text: `[[L CALAIS]], [[L France]] — [[L Pas-de-Calais]] will get 300 extra police, the minister said.`,
  },
  {
    name: 'region dordogne in a list',
    text: `Fires broke out in [[L Gironde]], [[L Dordogne]] and [[L Landes]] on Tuesday.`,
  },
  // A side named by its city beside a caps dateline of that city.
  {
    name: 'dateline boston beat',
    text: `[[L BOSTON]] ([[O AP]]) — [[P Jaylen Brown]] scored 31 points and [[O Boston]] beat [[O Miami]] 112-98 on Friday night.`,
  },
  {
    name: 'dateline denver opening',
    text: `[[L DENVER]] ([[O AP]]) — [[O Denver]] won its fifth straight game, beating [[O Utah]] 4-1 on Saturday.`,
  },
  {
    name: 'dateline toronto against',
    text: `[[L TORONTO]] ([[O AP]]) — [[P Mitch Corby]] had two goals as [[O Toronto]] beat [[O Ottawa]] 5-2.`,
  },
  // AP's "UP NEXT" lines and score lines.
  {
    name: 'up next host milwaukee',
    text: `UP NEXT\n\n[[O Pacers]]: Host [[O Milwaukee]] on Monday.\n\n[[O Hawks]]: At [[O Chicago]] on Tuesday.`,
  },
  {
    name: 'up next host the knicks',
    text: `UP NEXT\n\n[[O Celtics]]: Host [[O New York]] on Wednesday night.`,
  },
  {
    name: 'score line boston toronto',
    text: `[[O Boston]] 4, [[O Toronto]] 2\n\n[[P Kyle Marsh]] scored twice in the third period.`,
  },
  {
    name: 'score line in a sentence',
    text: `Late on Sunday it was [[O Dallas]] 3, [[O Phoenix]] 1, and the crowd began to leave.`,
  },
  // Keep: sentences where a fix must not fire.
  {
    name: 'keep the pacific ocean',
    text: `The ship sank in the [[L Pacific]] about 300 miles off [[L Hawaii]].`,
  },
  {
    name: 'keep eastern europe',
    text: `Prices rose fastest in [[L Eastern Europe]], the report said.`,
  },
  {
    name: 'keep the house passed',
    text: `The [[O House]] passed the bill by 220 votes to 211 on Friday.`,
  },
  {
    name: 'keep a city as a place',
    text: `[[L BOSTON]] ([[O AP]]) — Snow closed schools across [[L Boston]] on Tuesday.`,
  },
  {
    name: 'keep host as a verb',
    text: `[[L Milwaukee]] will host the convention in July, party officials said.`,
  },
  {
    name: 'keep a cap as a word',
    text: `Cap rates on offices rose for a third quarter, the survey found.`,
  },
  {
    name: 'keep a firm with motors',
    text: `[[O General Motors]] will cut 1,000 jobs in [[L Michigan]].`,
  },
  {
    name: 'keep a person and a short form',
    text: `[[P Anna Smit]] ([[O VVD]]) said she would vote against the plan.`,
  },
  {
    name: 'keep a region in a sentence',
    text: `Wine output in [[L Burgundy]] fell by 10% this year.`,
  },
  {
    name: 'keep a service as a word',
    text: `The premium service costs £12 a month, the company said.`,
  },
  {
    name: 'keep the economics writer lowercase',
    text: `[[P Martin Crane]] is an economics writer for the [[O Associated Press]].`,
  },
];
