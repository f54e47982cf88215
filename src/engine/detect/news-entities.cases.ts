/**
 * Blind entity batches (issue #9): short invented news reports — Wikinews style (a weekday dateline,
 * many countries, agencies and officials, a sources list) and wire copy — written and annotated
 * BEFORE the engine was run on them, and committed that way, so each batch's first score is an
 * honest figure for unseen news. Nothing here is copied from a publication; people are invented
 * (real countries, agencies and companies appear as they would in any report).
 *
 * Gold is inline, GUM conventions as in scripts/train/data/news/README.md: "[[P …]]" person,
 * "[[L …]]" place, "[[O …]]" organisation, "[[X …]]" a name that is none of them (products,
 * weapons, ships, storms, journals, competitions: neither right nor wrong); "[[O/L …]]" accepts the
 * second type too (a capital or seat of power acting as its government). No titles in a person's
 * span, no lowercase "the", venues and bases are places, clubs and leagues organisations.
 * Scored strictly by news-entities-score.ts; these texts must never become training data.
 */
export interface EntityCase {
  name: string;
  text: string;
}
export interface EntityBatch {
  /** What the batch was written to exercise, and its first-sight score. */
  about: string;
  /** The strict F1 the batch must keep (a little under its score after the fixes). */
  floor: number;
  cases: EntityCase[];
}

const BATCH_1: EntityCase[] = [
  {
    name: 'wikinews latvia defence budget',
    text: `Latvian parliament approves record defence budget

Tuesday, March 4, 2025

The [[O Saeima]], the parliament of [[L Latvia]], on Monday approved a defence budget of 3.1 percent of gross domestic product, the largest since the country regained independence in 1991. The bill passed by 61 votes to 29.

Defence Minister [[P Andris Kalnins]] told reporters in [[L Riga]] that the money would pay for air defence systems and a new brigade based near [[L Daugavpils]]. The opposition party [[O Latvia First]] said the budget left too little for hospitals and schools.

[[O NATO]] welcomed the vote in a statement issued from its headquarters in [[L Brussels]]. Neighbouring [[L Estonia]] and [[L Lithuania]] passed similar budgets last year, citing the war in [[L Ukraine]].

The budget also pays for six [[X HIMARS]] launchers bought from the [[L United States]], which [[O Lockheed Martin]] is to deliver from 2027. The [[O Ministry of Defence]] said the first launchers would be kept at the [[L Adazi]] military base.

Sources

"[[O Saeima]] passes record defence budget" — [[O LSM]], March 3, 2025
"[[L Latvia]] raises military spending to 3.1%" — [[O Baltic News Service]], March 3, 2025`,
  },
  {
    name: 'wikinews ligue 1 match',
    text: `[[O Lille]] climb to third in [[O Ligue 1]] with win over [[O Nantes]]

Sunday, November 9, 2025

[[O Lille]] moved up to third place in [[L France]]'s [[O Ligue 1]] on Saturday with a 3–1 home win over [[O Nantes]] at the [[L Stade Pierre-Mauroy]].

Forward [[P Jonas Weller]] opened the scoring after eleven minutes and added a second before half-time. [[O Nantes]] pulled one back through [[P Moussa Diallo]], but substitute [[P Tiago Ferreira]] sealed the result in stoppage time.

[[O Lille]] coach [[P Paolo Marchetti]] said his side had "answered the questions" after two straight defeats. [[O Nantes]] stay 16th, a point above the relegation places.

Leaders [[O Monaco]] visit [[O Marseille]] on Sunday, while [[O Paris Saint-Germain]] were held 1–1 at [[O Lens]] on Friday.

Sources

"[[O Lille]] see off [[O Nantes]]" — [[O L'Équipe]], November 8, 2025`,
  },
  {
    name: 'wikinews company named after a town',
    text: `Italian chemicals maker [[O Ravenna]] to cut 800 jobs

Thursday, June 12, 2025

[[O Ravenna]], an Italian maker of plastics and fertilisers, said on Wednesday it would cut 800 jobs and close two plants in northern [[L Italy]] as demand from carmakers weakens.

The company, which is based in [[L Milan]] despite its name, will shut its works at [[L Ferrara]] and [[L Mantua]] by the end of 2026. [[O Ravenna]] employs about 9,000 people in [[L Europe]] and [[L Brazil]].

Chief executive [[P Giulia Santoro]] said energy prices in [[L Europe]] were "twice what our competitors in [[L Texas]] pay". [[O Ravenna]] shares fell 4.2 percent in [[L Milan]] trading.

The metalworkers' union [[O FIOM-CGIL]] called a four-hour strike for Friday. Industry Minister [[P Marco Bellandi]] said the government would summon [[O Ravenna]] managers to [[L Rome]] next week.

Sources

"[[O Ravenna]] annuncia 800 esuberi" — [[O Il Sole 24 Ore]], June 11, 2025
"[[L Italy]]'s [[O Ravenna]] to shed jobs as car demand slumps" — [[O Reuters]], June 11, 2025`,
  },
  {
    name: 'wikinews dutch court particles',
    text: `Dutch court orders government to cut nitrogen emissions

Friday, January 24, 2025

A court in [[L Utrecht]] on Thursday ordered the government of the [[L Netherlands]] to halve nitrogen emissions near protected nature areas by 2030, in a case brought by the environmental group [[O Greenpeace Netherlands]].

Judge [[P Marieke van der Linden]] said the state had "failed for years" to meet its own targets. Agriculture Minister [[P Anouk Hoekstra]] said the cabinet would study the ruling before deciding whether to appeal.

The farmers' party [[O BoerBurgerBeweging]] ([[O BBB]]) called the ruling "a disaster for the countryside". Party leader [[P Hendrika van der Meer]] said farmers in [[L Gelderland]] and [[L Overijssel]] could not cut emissions without buying out herds.

[[P Van der Linden]] gave the state until September to present a plan. Lawyer [[P Jan-Willem de Groot]], who represented [[O Greenpeace]], said the group would "go back to court" if the plan fell short. [[P De Groot]] said similar cases were pending in [[L Belgium]] and [[L Germany]].

Sources

"Rechter: staat moet stikstof halveren" — [[O NOS]], January 23, 2025`,
  },
  {
    name: 'wikinews typhoon philippines',
    text: `Typhoon kills at least 14 in northern [[L Philippines]]

Wednesday, September 17, 2025

At least 14 people were killed when [[X Typhoon Marisol]] crossed northern [[L Luzon]] on Tuesday, the [[O National Disaster Risk Reduction and Management Council]] ([[O NDRRMC]]) said.

The storm made landfall near [[L Aparri]] in [[L Cagayan]] province with winds of 185 kilometres per hour, according to the weather agency [[O PAGASA]]. More than 60,000 people were moved to evacuation centres in [[L Isabela]] and [[L Ilocos Norte]].

President [[P Ramon Villareal]] ordered the [[O Department of Social Welfare and Development]] to send food packs to the worst-hit towns. The [[O Philippine Coast Guard]] suspended ferry trips across the [[L Luzon Strait]], and the [[O Philippine Red Cross]] said it had sent rescue teams to [[L Tuguegarao]].

The [[O Japan Meteorological Agency]] said the storm would weaken as it moved towards [[L Taiwan]] on Thursday.

Sources

"[[X Marisol]] death toll rises to 14" — [[O Philippine Daily Inquirer]], September 16, 2025
"[[X Typhoon Marisol]] batters [[L Cagayan]]" — [[O GMA News]], September 16, 2025`,
  },
  {
    name: 'wikinews antarctic science',
    text: `Researchers find microplastics in Antarctic krill

Monday, April 7, 2025

Scientists from the [[O University of Tasmania]] and the [[O British Antarctic Survey]] say they have found microplastic fibres in krill caught in the [[L Weddell Sea]], one of the most remote waters in the world.

The study, published on Thursday in the journal [[X Environmental Science & Technology]], examined 420 krill collected during a 2023 voyage of the research ship [[X RSV Nuyina]]. Lead author [[P Hannah Okafor]] said the fibres probably came from clothing washed in cities thousands of kilometres away. "Krill are the base of the food web here," she said.

Co-author [[P Sebastián Ortiz-Lara]] of the [[O Spanish National Research Council]] ([[O CSIC]]) said the team would return next summer to sample the [[L Ross Sea]]. The research was funded by the [[O Australian Antarctic Division]] and the [[O European Research Council]].

Sources

"Plastic reaches the bottom of the world" — [[O ABC News]], April 4, 2025`,
  },
  {
    name: 'wikinews moldova runoff',
    text: `[[L Moldova]] holds presidential runoff amid claims of vote buying

Sunday, November 2, 2025

Voters in [[L Moldova]] went to the polls on Sunday in a presidential runoff between incumbent [[P Elena Rusu]] and former prime minister [[P Victor Ciobanu]], with officials warning of vote buying on a large scale.

The [[O Central Electoral Commission]] said turnout had passed 40 percent by mid-afternoon. Police said they had detained 23 people in [[L Chisinau]] and [[L Balti]] suspected of paying voters.

Observers from the [[O Organization for Security and Co-operation in Europe]] ([[O OSCE]]) watched polling stations at home and abroad, including some set up for the diaspora in [[L Italy]], [[L Germany]] and [[L Romania]]. The [[O European Commission]] said it was following the vote closely.

[[P Ciobanu]], whose [[O Party of Socialists]] favours closer ties with [[L/O Moscow]], said he would not accept "a result bought in [[L/O Brussels]]". [[P Rusu]] said the police operation showed "the state is working". No polling stations opened in the breakaway region of [[L Transnistria]].

Sources

"Moldovans choose between [[X East]] and [[X West]]" — [[O Deutsche Welle]], November 1, 2025
"[[L Moldova]] runoff marred by vote-buying claims" — [[O Al Jazeera]], November 2, 2025`,
  },
];

export const ENTITY_BATCHES: Record<string, EntityBatch> = {
  'batch 1': {
    about:
      'Wikinews short reports: weekday datelines, sources lists, a club and a company named after towns, name particles, a storm and a ship. First sight 0.819 (104 right of 120 predicted, 134 gold); 0.911 after source.publisher, particle.capitalised and apposition.firm-after-place.',
    floor: 0.88,
    cases: BATCH_1,
  },
};
