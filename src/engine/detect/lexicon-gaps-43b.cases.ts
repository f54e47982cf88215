/**
 * Known weak patterns of issue #9, twelfth round (helper ents43b, 6 Dec 2026): short news texts of
 * our own, written and annotated like the entity batches (news-entities.cases.ts markup: P person,
 * L place, O organisation, X none) BEFORE the engine was run on them, and committed before their
 * first score. Each group leans on one pattern the eleventh round's closing note named as left:
 * clubs named by one word outside a results line ("Feyenoord fired its manager", "Brøndby fans",
 * "Viking beat Brann on penalties"), cycling teams with a dash ("Visma–Lease a Bike"), cricket and
 * rugby sides ("Royal Challengers Bengaluru", "Sale Sharks", "Leinster"), coalitions and police
 * forces read as people ("Chile Vamos", "Frente Amplio said", "Mossos d'Esquadra"), possessive firm
 * names before a verb ("Moody's said", "S&P Global's unit"), an opening time before a comma and a
 * role ("On Sunday, the agency's director resigned"), two bodies joined by "and", a firm read as a
 * place, a firm and its country ("Renesas Electronics of Japan"), and the edges of older rows
 * (and-split over and-join, one-word museums, "The" opening a town, police-force and league lists).
 * The groups named "keep" are sentences where a fix must not fire.
 * Not a training input: the tagger never trains on it (scripts/train/corpus.ts reads fixtures/ and
 * scripts/train/data only).
 */
import type { EntityCase } from './news-entities.cases';

export const WEAK_PATTERN_CASES_43B: EntityCase[] = [
  // Clubs named by one word outside a results line.
  {
    name: 'club feyenoord fired its manager',
    text: `[[O Feyenoord]] fired its manager on Monday after three straight defeats.`,
  },
  {
    name: 'club crvena zvezda signed a striker',
    text: `[[O Crvena zvezda]] signed a striker from [[O Ferencváros]] for five million euros.`,
  },
  {
    name: 'club brondby fans threw flares',
    text: `[[O Brøndby]] fans threw flares onto the pitch in [[L Copenhagen]].`,
  },
  {
    name: 'club heerenveen goalkeeper',
    text: `[[O Heerenveen]] said its goalkeeper would miss the rest of the season.`,
  },
  {
    name: 'club joined partizan',
    text: `The midfielder joined [[O Partizan]] on a three-year deal.`,
  },
  {
    name: 'club viking beat brann on penalties',
    text: `[[O Viking]] beat [[O Brann]] on penalties to reach the cup final.`,
  },
  {
    name: 'club viking and brann drew',
    text: `[[O Viking]] and [[O Brann]] drew 2-2 in front of 15,000 fans.`,
  },
  {
    name: 'club feyenoord and ajax meet',
    text: `[[O Feyenoord]] and [[O Ajax]] meet in [[L Rotterdam]] on Sunday.`,
  },
  {
    name: 'keep a viking helmet',
    text: `A [[X Viking]] helmet was sold at auction in [[L London]] for 40,000 pounds.`,
  },
  {
    name: 'keep a player who beat another',
    text: `[[P Iga Swiatek]] beat [[P Coco Gauff]] in straight sets in [[L Rome]].`,
  },
  // Cycling teams with a dash.
  {
    name: 'team visma-lease a bike',
    text: `[[P Jonas Vingegaard]] of [[O Visma–Lease a Bike]] finished second on the stage.`,
  },
  {
    name: 'team uae team emirates signed',
    text: `[[O UAE Team Emirates–XRG]] signed two young riders for next season.`,
  },
  {
    name: 'team soudal rider crashed',
    text: `The [[O Soudal–Quick-Step]] rider crashed on the descent to [[L Nice]].`,
  },
  {
    name: 'team groupama-fdj named',
    text: `[[O Groupama–FDJ]] named its squad for the race on Monday.`,
  },
  {
    name: 'keep a train between two cities',
    text: `The [[L London]]–[[L Paris]] train was cancelled because of the strike.`,
  },
  // Cricket and rugby sides.
  {
    name: 'side royal challengers beat',
    text: `[[O Royal Challengers Bengaluru]] beat [[O Chennai Super Kings]] by 27 runs.`,
  },
  {
    name: 'side mumbai indians bought',
    text: `[[O Mumbai Indians]] bought the fast bowler at the auction.`,
  },
  {
    name: 'side sale sharks signed',
    text: `[[O Sale Sharks]] signed the scrum-half from [[O Leinster]] on Thursday.`,
  },
  {
    name: 'side a sale scrum-half',
    text: `A [[O Sale]] scrum-half was banned for three weeks after the match.`,
  },
  {
    name: 'side leinster won the final',
    text: `[[O Leinster]] won the final in [[L Bilbao]] with a late try.`,
  },
  {
    name: 'side munster named a side',
    text: `[[O Munster]] named an unchanged team for the derby against [[O Ulster]].`,
  },
  {
    name: 'keep leinster the province',
    text: `House prices in [[L Leinster]] rose 4% last year, the survey found.`,
  },
  {
    name: 'keep a sale lowercase',
    text: `The winter sale drew large crowds in [[L Leeds]] on Saturday.`,
  },
  // Coalitions and police forces read as people.
  {
    name: 'coalition chile vamos said',
    text: `[[O Chile Vamos]] said it would back the pension bill.`,
  },
  {
    name: 'coalition the frente amplio said',
    text: `The [[O Frente Amplio]] said it would vote against the budget.`,
  },
  {
    name: 'coalition frente amplio won',
    text: `[[O Frente Amplio]] won the election in [[L Uruguay]] on Sunday.`,
  },
  {
    name: 'coalition juntos por el cambio',
    text: `[[O Juntos por el Cambio]] said it would not support the reform.`,
  },
  {
    name: 'force officers of the mossos',
    text: `Officers of the [[O Mossos d'Esquadra]] arrested three men in [[L Girona]].`,
  },
  {
    name: 'force mossos said',
    text: `[[O Mossos d'Esquadra]] said the driver had fled the scene.`,
  },
  {
    name: 'force policia nacional arrested',
    text: `The [[O Policía Nacional]] arrested 20 people in [[L Málaga]] on Friday.`,
  },
  {
    name: 'keep a person named like a word',
    text: `[[P Pedro Frente]] said the team had played well.`,
  },
  // Possessive firm names before a verb.
  {
    name: 'possessive moodys said',
    text: `[[O Moody's]] said the outlook for the banks was stable.`,
  },
  {
    name: 'possessive moodys cut',
    text: `[[O Moody's]] cut [[L Italy]]'s rating by one notch on Friday.`,
  },
  {
    name: 'possessive s&p global unit',
    text: `[[O S&P Global]]'s ratings unit cut 100 jobs in [[L London]].`,
  },
  {
    name: 'possessive mcdonalds said',
    text: `[[O McDonald's]] said sales in [[L France]] rose 3%.`,
  },
  {
    name: 'possessive sainsburys raised',
    text: `[[O Sainsbury's]] raised pay for its shop workers on Tuesday.`,
  },
  {
    name: 'keep a person possessive before a noun',
    text: `[[P Smith]]'s lawyer said the case was weak.`,
  },
  {
    name: 'keep a surname like a firm',
    text: `[[P Tom Moody]] said he would run again next year.`,
  },
  // An opening time, a comma and a role.
  {
    name: 'opening on sunday the agency director',
    text: `On Sunday, the agency's director resigned after the report.`,
  },
  {
    name: 'opening last week the bank chairman',
    text: `Last week, the bank's chairman said rates would fall.`,
  },
  {
    name: 'opening on friday the company founder named',
    text: `On Friday, the company's founder, [[P Ana Costa]], stepped down.`,
  },
  {
    name: 'keep a name before the company founder',
    text: `[[P Wang Lei]], the company's founder, did not attend the meeting.`,
  },
  // Two bodies joined by "and"; a firm read as a place; a firm and its country.
  {
    name: 'and homeland security and ice',
    text: `Agents from [[O Homeland Security]] and [[O Immigration and Customs Enforcement]] raided the plant.`,
  },
  {
    name: 'and department and ice declined',
    text: `The [[O Department of Homeland Security]] and [[O Immigration and Customs Enforcement]] declined to comment.`,
  },
  {
    name: 'firm cap gemini profit',
    text: `[[O Cap Gemini]] said profit rose 5% in the first half.`,
  },
  {
    name: 'firm renesas electronics of japan',
    text: `[[O Renesas Electronics]] of [[L Japan]] agreed to buy the chip designer.`,
  },
  {
    name: 'firm samsung electronics of south korea',
    text: `[[O Samsung Electronics]] of [[L South Korea]] reported record profit.`,
  },
  {
    name: 'keep the bank of japan',
    text: `The [[O Bank of Japan]] raised rates for the first time in a year.`,
  },
  {
    name: 'keep the food and drug administration',
    text: `The [[O Food and Drug Administration]] approved the drug on Monday.`,
  },
  // The edges of older rows: and-split, museums, "The" opening a town, forces and leagues.
  {
    name: 'edge tata motors and mahindra group',
    text: `[[O Tata Motors]] and [[O Mahindra Group]] raised prices by 2%.`,
  },
  {
    name: 'edge kunstmuseum in bern',
    text: `She visited the [[L Kunstmuseum]] in [[L Bern]] last week.`,
  },
  {
    name: 'edge the boston office',
    text: `The [[L Boston]] office will close in May.`,
  },
  {
    name: 'edge guardia civil and policia nacional',
    text: `The [[O Guardia Civil]] and the [[O Policía Nacional]] searched the port.`,
  },
  {
    name: 'edge legia won the ekstraklasa',
    text: `[[O Legia]] won the [[O Ekstraklasa]] title for the 15th time.`,
  },
  {
    name: 'edge psv top of the eredivisie',
    text: `[[O PSV]] finished top of the [[O Eredivisie]] again.`,
  },
  {
    name: 'keep the institute of electronics and information technology',
    text: `The [[O Institute of Electronics and Information Technology]] opened a lab in [[L Pune]].`,
  },
  {
    name: 'keep the hague opening',
    text: `[[L The Hague]] is home to the court.`,
  },
  {
    name: 'keep a list of companies',
    text: `[[O Siemens]], [[O Bosch]] and [[O Continental]] cut jobs in [[L Germany]].`,
  },
  {
    name: 'keep a list of people',
    text: `[[P Olaf Scholz]], [[P Emmanuel Macron]] and [[P Giorgia Meloni]] met in [[L Brussels]].`,
  },
  {
    name: 'keep a list of topics',
    text: `The talks covered energy, migration and defence, officials said.`,
  },
];
