/**
 * Blind entity batches 11-13 (helper ents11a, 1 Dec 2026), written and annotated like the batches
 * in news-entities.cases.ts (same markup and conventions) BEFORE the engine was run on them, each
 * committed before its first score. Batch 13 was written after the fixes for batches 10-12 and is
 * not fixed against. They aim at what batches 1-10 left out: firms named after people or towns,
 * team nicknames, events, sentence-opening city names, long names through "for"/"of", places that
 * look like people, non-English names in wire and Wikinews copy.
 */
import type { EntityCase } from './news-entities.cases';

export const BATCH_11: EntityCase[] = [
  {
    name: 'wikinews flores volcano',
    text: `Volcano erupts on [[L Flores]], forcing thousands from their homes

Saturday, August 15, 2026

[[L Mount Lewotobi Laki-laki]] on the island of [[L Flores]] in eastern [[L Indonesia]] erupted on Friday evening, sending a column of ash nine kilometres into the sky and forcing more than 6,000 people to leave villages on its slopes, the country's disaster agency said.

The [[O National Disaster Management Agency]] ([[O BNPB]]) said two people were killed when rocks fell on a house in the village of [[L Nawakote]]. Agency spokesman [[P Abdul Muhari]] told reporters in [[L Jakarta]] that evacuation centres had been set up in [[L Larantuka]], the main town of [[L East Flores Regency]].

The [[O Centre for Volcanology and Geological Hazard Mitigation]] raised the alert to its highest level and widened the exclusion zone to eight kilometres. Its head, [[P Hadi Wijaya]], said further eruptions were likely. Airlines [[O Garuda Indonesia]] and [[O Batik Air]] cancelled flights to [[L Maumere]] and to [[L Labuan Bajo]], the gateway to [[L Komodo National Park]], and the [[O Darwin Volcanic Ash Advisory Centre]] in [[L Australia]] warned pilots of ash drifting south.

President [[P Prabowo Subianto]] ordered the army to send food and tents. [[P Maria Goreti Sogen]], who runs a shelter at a school in [[L Boru]], said families had left "with only the clothes they wore". In November 2024 an eruption of the same volcano killed nine people.

Sources

"[[L Lewotobi]] erupts again, thousands flee" — [[O The Jakarta Post]], August 15, 2026
"Ribuan warga mengungsi dari [[L Lewotobi]]" — [[O Antara]], August 15, 2026`,
  },
  {
    name: 'reuters diamond miner named after its founders',
    text: `[[O De Beers]] cuts rough diamond prices as lab-grown stones bite

[[L GABORONE]], Sept 3 ([[O Reuters]]) - [[O De Beers]] cut prices of its larger rough diamonds by about 10% at this week's sale in [[L Botswana]], two industry sources said on Wednesday, as demand for natural stones stays weak in [[L China]] and the [[L United States]].

The world's biggest diamond producer by value, which [[O Anglo American]] is trying to sell, has struggled as cheaper laboratory-grown diamonds take market share in engagement rings. [[O De Beers]] chief executive [[P Alison Kerr-Dunmore]] said in July that the industry was at "the bottom of the cycle".

The government of [[L Botswana]], which owns 15% of [[O De Beers]] and half of their joint venture [[O Debswana]], has said it wants to raise its stake. President [[P Duma Boko]] told parliament in [[L Gaborone]] last month that the country could not "sit and watch its main export wither".

Rival [[O Alrosa]], under sanctions from the [[O Group of Seven]] since 2023, sells mostly to buyers in [[L India]] and [[L Dubai]]. In [[L Antwerp]], where most of the world's rough stones are traded, the [[O Antwerp World Diamond Centre]] said imports fell 22% in the first half. [[O Signet Jewelers]], the largest jewellery retailer in the [[L United States]], said last week that sales of lab-grown stones had doubled.

"The buyers are simply not buying," said [[P Tobias Achterberg]], an analyst at [[O Berenberg]] in [[L London]].

(Reporting by [[P Felix Njini]] in [[L Johannesburg]]; Additional reporting by [[P Julia Payne]] in [[L Brussels]]; Editing by [[P Jan Harvey]])`,
  },
  {
    name: 'reuters wisconsin court race',
    text: `Liberal wins [[L Wisconsin]] court race as turnout tops 2 million

[[L MILWAUKEE]], April 7 ([[O Reuters]]) - Liberal appeals judge [[P Rachel Osterberg]] won a seat on the [[O Wisconsin Supreme Court]] on Tuesday, defeating conservative [[P Gregory Lindqvist]] in the most expensive judicial election in the state's history, according to projections by [[O Decision Desk HQ]].

[[P Osterberg]] led by about nine percentage points with most votes counted, running up large margins in [[L Dane County]], home to the state capital [[L Madison]], and in [[L Milwaukee County]]. [[P Lindqvist]], a former state attorney general, carried [[L Waukesha County]] and most rural counties but conceded shortly after 10 p.m.

Spending on the race passed $70 million, much of it from [[O America PAC]], a group funded by billionaire [[P Elon Musk]], and from [[O A Better Wisconsin Together]], which backed [[P Osterberg]]. The [[O Democratic Party of Wisconsin]] gave her campaign $8 million, and [[O Wisconsin Manufacturers and Commerce]] spent heavily for [[P Lindqvist]].

Voters also approved a constitutional amendment requiring photo identification at the polls. [[O Wisconsin Elections Commission]] administrator [[P Meagan Wolfe]] said turnout was the highest for a spring election since 1980 and that lines in [[L Green Bay]] and [[L Kenosha]] had cleared by closing time.

Liberals will keep a 4-3 majority on the court, which is expected to rule this year on the state's congressional map.

(Reporting by [[P Brad Brooks]] in [[L Milwaukee]]; Editing by [[P Daniel Wallis]])`,
  },
  {
    name: 'wikinews us open tennis finals',
    text: `[[P Sinner]] beats [[P Alcaraz]] in five sets to win [[X US Open]]

Monday, September 14, 2026

[[P Jannik Sinner]] of [[L Italy]] won the men's singles title at the [[X US Open]] on Sunday, beating [[P Carlos Alcaraz]] of [[L Spain]] 6–4, 3–6, 7–6, 4–6, 6–3 in four hours and 12 minutes at [[L Arthur Ashe Stadium]] in [[L New York]].

It was [[P Sinner]]'s third title at [[L Flushing Meadows]] and his seventh major. [[P Alcaraz]], who beat him in the final of the [[X French Open]] in June, saved two match points in the fourth set. "Every time we play, he makes me find something new," [[P Sinner]] said.

On Saturday [[P Mirra Andreeva]], 19, won the women's title, beating [[P Coco Gauff]] 7–5, 6–2. [[P Andreeva]], who trains in [[L Cannes]] with coach [[P Conchita Martínez]], is the youngest champion in [[L New York]] since [[P Serena Williams]] in 1999. [[P Gauff]] had beaten [[P Iga Świątek]] of [[L Poland]] in the semi-finals.

The [[O United States Tennis Association]] ([[O USTA]]) said a record 1.1 million people attended over the two weeks. Prize money for each singles champion was $5 million. [[P Sinner]] will lead [[O Italy]] in the [[X Davis Cup]] finals in [[L Bologna]] in November.

Sources

"[[P Sinner]] outlasts [[P Alcaraz]] in [[L New York]] epic" — [[O ESPN]], September 13, 2026
"[[P Sinner]], re di [[L New York]]" — [[O Corriere dello Sport]], September 14, 2026`,
  },
  {
    name: 'reuters court orders parts maker to pay diesel owners',
    text: `[[O Bosch]] ordered to pay 94 million euros over diesel software

[[L STUTTGART]], March 12 ([[O Reuters]]) - A [[L Stuttgart]] court on Thursday ordered [[O Bosch]] to pay 94 million euros ($101 million) to 1,800 car owners who said software made by the German supplier let diesel engines cheat emissions tests, the largest ruling yet in the long-running dispute.

Judge [[P Katrin Vollmer]] of the [[O Stuttgart Regional Court]] said [[O Bosch]] had known that carmakers, among them [[O Volkswagen]] and [[O Daimler]], used the software to switch off exhaust cleaning on the road. The company said it would appeal to the [[O Federal Court of Justice]] in [[L Karlsruhe]].

The claims were brought by [[O MyRight]], a platform backed by the [[L U.S.]] law firm [[O Hausfeld]], which said another 12,000 owners in [[L Germany]], [[L Austria]] and the [[L Netherlands]] were waiting for their cases to be heard. "This is the first time a supplier, not just a carmaker, has been held to account," said [[O Hausfeld]] partner [[P Ingrid Schallenberg]].

[[O Bosch]], which is controlled by the charitable [[O Robert Bosch Stiftung]], paid a 90 million euro fine to prosecutors in 2019 without admitting wrongdoing. [[O Volkswagen]] has paid more than 30 billion euros in fines and settlements since the scandal broke in the [[L United States]] in 2015.

(Reporting by [[P Christoph Steitz]] in [[L Frankfurt]]; Editing by [[P Miranda Murray]])`,
  },
];

export const BATCH_12: EntityCase[] = [
  {
    name: 'reuters nfl comeback',
    text: `[[O Cowboys]] rally past [[O Giants]] as [[P Prescott]] throws three touchdowns

[[L ARLINGTON]], [[L Texas]], Nov 23 ([[O Reuters]]) - The [[O Dallas Cowboys]] came back from 14 points down to beat the [[O New York Giants]] 31-28 on Sunday, quarterback [[P Dak Prescott]] throwing three touchdown passes in the second half at [[L AT&T Stadium]].

Wide receiver [[P CeeDee Lamb]] caught the winning score with 47 seconds left. The [[O Cowboys]] (6-5) stay a game behind the [[O Philadelphia Eagles]] in their division. [[O Giants]] rookie [[P Jaxson Dart]] ran for two touchdowns before leaving with a concussion, and the [[O Giants]] have now lost eight of their last nine games.

"We just kept believing in each other," [[O Dallas]] coach [[P Brian Schottenheimer]] told [[O Fox]]. Owner [[P Jerry Jones]] said he had "never doubted this group", though the crowd booed at half-time.

In other games, the [[O Buffalo Bills]] beat the [[O Houston Texans]] 24-20 at [[L Highmark Stadium]] in [[L Orchard Park]], [[L New York]]. [[O Buffalo]] have won five straight. The [[O Detroit Lions]] routed the [[O Chicago Bears]] 38-10, and the [[O Lions]] clinched a playoff place for a third season running.

The [[O Cowboys]] host the [[O Kansas City Chiefs]] on Thursday in the traditional [[X Thanksgiving]] game.

(Reporting by [[P Frank Pingue]] in [[L Toronto]]; Editing by [[P Ken Ferris]])`,
  },
  {
    name: 'wikinews philippines typhoon',
    text: `Typhoon kills at least 40 in central [[L Philippines]]

Thursday, October 8, 2026

At least 40 people were killed and 25 are missing after [[X Typhoon Paolo]] crossed the central [[L Philippines]] on Tuesday and Wednesday, the [[O National Disaster Risk Reduction and Management Council]] ([[O NDRRMC]]) said on Thursday.

Most of the deaths were in [[L Cebu]], where floods swept through towns north of [[L Cebu City]], and in [[L Eastern Samar]], where the storm made landfall near [[L Guiuan]] with winds of 185 kilometres an hour. The weather bureau, [[O PAGASA]], said more than 300 millimetres of rain fell on [[L Leyte]] in a day.

President [[P Ferdinand Marcos]] flew to [[L Tacloban]] on Thursday and promised money to rebuild schools. [[L Cebu]] Governor [[P Pamela Baricuatro]] said about 80,000 people were still in evacuation centres. The [[O Philippine Coast Guard]] rescued 14 fishermen off [[L Bohol]], and the [[O Philippine Red Cross]] said its volunteers were short of drinking water in [[L Ormoc]].

[[O Cebu Pacific]] and [[O Philippine Airlines]] cancelled more than 150 flights. [[O UNICEF]] said a million children had been kept out of school. In [[L Manila]], the [[O Department of Education]] said classes in [[L Central Visayas]] would resume on Monday.

Sources

"Death toll from [[X Typhoon Paolo]] rises to 40" — [[O Philippine Daily Inquirer]], October 8, 2026
"[[X Paolo]] leaves trail of destruction in [[L Visayas]]" — [[O Rappler]], October 8, 2026`,
  },
  {
    name: 'reuters telecoms maker named after its town',
    text: `[[O Nokia]] to cut 2,000 jobs and move research to [[L India]]

[[L ESPOO]], [[L Finland]], Oct 16 ([[O Reuters]]) - [[O Nokia]] said on Thursday it would cut up to 2,000 jobs, most of them in [[L Finland]] and [[L Germany]], and move part of its mobile network research to [[L Chennai]] and [[L Bengaluru]], as telecom operators keep spending on 5G equipment low.

[[O Nokia]], named after the town of [[L Nokia]] in southern [[L Finland]] where it started as a pulp mill in 1865, reported third-quarter operating profit of 435 million euros, above analysts' forecasts. Chief executive [[P Justin Hotard]] said sales of optical equipment to data centres run by [[O Microsoft]] and [[O Amazon]] rose 19%.

[[O Nvidia]], which bought a 2.9% stake in [[O Nokia]] last month, is working with it on radio software. Swedish rival [[O Ericsson]] cut 1,200 jobs in [[L Sweden]] earlier this year, and [[O Huawei]] is still barred from many European networks.

The union [[O Trade Union Pro]] said it would fight the cuts at the [[L Oulu]] research site. "The company is taking its brains abroad," said [[P Jorma Malinen]], the union's chairman.

[[O Nokia]] shares rose 4.1% in [[L Helsinki]]. Analysts at [[O Jefferies]] and [[O Morgan Stanley]] raised their price targets.

(Reporting by [[P Supantha Mukherjee]] in [[L Stockholm]] and [[P Essi Lehto]] in [[L Helsinki]]; Editing by [[P Louise Heavens]])`,
  },
  {
    name: 'reuters ohio redistricting vote',
    text: `[[L Ohio]] voters reject redistricting measure; [[L Cincinnati]] re-elects mayor

[[L COLUMBUS]], [[L Ohio]], Nov 5 ([[O Reuters]]) - [[L Ohio]] voters on Tuesday rejected a ballot measure that would have handed the drawing of legislative and congressional maps to an independent commission, according to unofficial results from the [[L Ohio]] Secretary of State's office.

[[X Issue 2]] failed with 46% of the vote. The campaign for it, [[O Citizens Not Politicians]], was backed by former [[O Ohio Supreme Court]] Chief Justice [[P Maureen O'Connor]] and the [[O League of Women Voters of Ohio]]. The [[O Ohio Republican Party]] spent more than $9 million against it.

In [[L Cincinnati]], Mayor [[P Aftab Pureval]] won a second term, beating Republican [[P Franklin Howe]] by 28 points. [[P Howe]] carried only a handful of precincts on the city's west side. [[L Cleveland]] voters chose a new mayor in a runoff between two Democrats, city council member [[P Tanisha Reyes]] and former state senator [[P Dale Kowalczyk]], which [[P Reyes]] won narrowly.

Turnout across [[L Ohio]] was 41%. In [[L Franklin County]], which includes [[L Columbus]], voters approved a levy for the [[O Columbus Metropolitan Library]], while voters in [[L Hamilton County]] and [[L Cuyahoga County]] backed [[X Issue 2]] by wide margins.

(Reporting by [[P Julia Harte]] in [[L New York]]; Editing by [[P Aurora Ellis]])`,
  },
  {
    name: 'wikinews kenya finance bill protests',
    text: `Police fire tear gas at protesters outside [[L Kenya]]'s parliament

Thursday, June 25, 2026

Police in [[L Kenya]] fired tear gas and water cannon on Wednesday at thousands of protesters gathered outside the [[O National Assembly]] in [[L Nairobi]] as lawmakers debated a finance bill that raises taxes on mobile money and bread.

The [[O Kenya National Commission on Human Rights]] ([[O KNCHR]]) said two people were shot dead in [[L Nairobi]] and one in [[L Kisumu]], and that at least 70 were injured. The [[O Law Society of Kenya]] said 41 people had been arrested, among them three of its members who had gone to the [[L Kilimani]] police station to represent detained students.

President [[P William Ruto]] said in a speech at [[L State House]] that the bill was needed to pay the country's debts. Opposition leader [[P Kalonzo Musyoka]] called on the government to withdraw it, and the [[O Orange Democratic Movement]] said its members would vote against. Interior Minister [[P Kipchumba Murkomen]] said the police had shown "maximum restraint".

Internet monitor [[O NetBlocks]] said connections through [[O Safaricom]], the largest mobile operator, slowed sharply in the afternoon. Protests also took place in [[L Mombasa]], [[L Nakuru]] and [[L Eldoret]].

Sources

"Two shot dead as finance bill protests return" — [[O Daily Nation]], June 24, 2026
"[[L Kenya]] protests: what we know" — [[O BBC News]], June 24, 2026`,
  },
];

export const BATCH_13: EntityCase[] = [
  {
    name: 'reuters russia azerbaijan envoy',
    text: `[[L Russia]] summons [[L Azerbaijan]]'s envoy after arrests of Russian citizens in [[L Baku]]

[[L MOSCOW]], July 2 ([[O Reuters]]) - [[L Russia]] summoned [[L Azerbaijan]]'s ambassador on Wednesday to protest against the arrest of eight Russian citizens in [[L Baku]], the foreign ministry said, as relations between the two former Soviet republics sank to their lowest point in years.

[[L Moscow]] said the arrests, which [[L Azerbaijan]]'s [[O State Security Service]] linked to drug trafficking, were "unfounded and unacceptable". Foreign ministry spokeswoman [[P Maria Zakharova]] told a briefing that ambassador [[P Rahman Mustafayev]] had been handed a note demanding consular access.

[[L Baku]] says two Azerbaijani men died in police custody in the [[L Urals]] city of [[L Yekaterinburg]] last month. President [[P Ilham Aliyev]] cancelled a planned visit to [[L Moscow]], and the state news agency [[O AZERTAC]] said [[L Azerbaijan]] had closed the [[O Russian House]] cultural centre in the capital.

The [[O/L Kremlin]] said President [[P Vladimir Putin]] valued the "strategic partnership" with [[L Baku]]. [[O Sputnik Azerbaijan]], the local branch of the Russian state broadcaster, has suspended its work after two of its editors were detained.

Analysts said the row could complicate the [[X North-South Transport Corridor]], a route linking [[L Russia]] to [[L Iran]] and [[L India]] through [[L Azerbaijan]].

(Reporting by [[P Dmitry Antonov]] in [[L Moscow]] and [[P Nailia Bagirova]] in [[L Baku]]; Editing by [[P Gareth Jones]])`,
  },
  {
    name: 'wikinews cricket test in rawalpindi',
    text: `[[O Pakistan]] beat [[O New Zealand]] by six wickets in [[L Rawalpindi]] Test

Saturday, December 12, 2026

[[O Pakistan]] beat [[O New Zealand]] by six wickets on the fourth day of the second Test at the [[L Rawalpindi Cricket Stadium]] on Friday, levelling the three-match series at 1–1.

Chasing 241, [[O Pakistan]] were 58 for three before captain [[P Shan Masood]] and [[P Saud Shakeel]] added 131 for the fourth wicket. [[P Masood]] finished unbeaten on 97. Spinner [[P Noman Ali]] had taken six wickets as [[O New Zealand]] were bowled out for 188 in their second innings, with only [[P Daryl Mitchell]] passing fifty.

"The pitch turned from the second morning and our spinners were ready," [[P Masood]] said. [[O New Zealand]] captain [[P Tom Latham]] said his side had been "a bit soft" with the bat. The [[O Pakistan Cricket Board]] ([[O PCB]]) said 18,000 people attended on Friday, the largest crowd at the ground this year.

The third Test starts in [[L Karachi]] on Wednesday at the [[L National Bank Stadium]]. The series is part of the [[X World Test Championship]], in which [[O Australia]] and [[O South Africa]] lead the table.

Sources

"[[P Masood]] leads [[O Pakistan]] to series-levelling win" — [[O ESPNcricinfo]], December 11, 2026
"Spin sinks [[O Black Caps]] in [[L Pindi]]" — [[O New Zealand Herald]], December 12, 2026`,
  },
  {
    name: 'reuters train maker named after its founder',
    text: `[[O Alstom]] wins [[L Quebec]] rail order as rival [[O Bombardier]] sticks to jets

[[L MONTREAL]], March 18 ([[O Reuters]]) - [[O Alstom]] won a C$2.3 billion ($1.6 billion) contract to build 60 commuter trains for [[L Montreal]]'s [[O Exo]] network, the [[L Quebec]] government said on Wednesday, work that will be done at the French company's former [[O Bombardier]] plant in [[L La Pocatière]].

[[O Alstom]] bought [[O Bombardier]]'s rail business in 2021. [[O Bombardier]], named after the snowmobile inventor [[P Joseph-Armand Bombardier]], now makes only business jets and said on Tuesday that deliveries of its [[X Global 8000]] would rise this year.

[[L Quebec]] transport minister [[P Jonatan Julien]] said the order would keep 700 jobs in the [[L Bas-Saint-Laurent]] region. The union at the plant, part of [[O Unifor]], welcomed the deal. [[O Siemens Mobility]] and [[O Stadler]] of [[L Switzerland]] had also bid.

[[O Alstom]] shares rose 1.2% in [[L Paris]]. [[O Bombardier]] shares were flat in [[L Toronto]]. Analysts at [[O Desjardins]] said the [[L Montreal]] order was the largest for a Canadian train plant since 2017.

(Reporting by [[P Allison Lampert]] in [[L Montreal]]; Editing by [[P Sonali Paul]])`,
  },
  {
    name: 'reuters virginia governor race',
    text: `Democrat [[P Spanberger]] wins [[L Virginia]] governor's race

[[L RICHMOND]], [[L Va.]], Nov 4 ([[O Reuters]]) - Democrat [[P Abigail Spanberger]] was elected governor of [[L Virginia]] on Tuesday, defeating Republican Lieutenant Governor [[P Winsome Earle-Sears]], [[O Edison Research]] projected, in a race seen as an early test of voters' mood a year after the presidential election.

[[P Spanberger]], a former [[O CIA]] officer and congresswoman, won by large margins in the suburbs of [[L Washington]], carrying [[L Fairfax County]] and [[L Loudoun County]], and held her own in [[L Virginia Beach]]. She will be the first woman to lead the state.

Democrats also kept control of the [[O House of Delegates]], the state's lower chamber. Turnout was about 52%, the [[O Virginia Department of Elections]] said, with long lines reported in [[L Prince William County]] and at a polling place in [[L Fredericksburg]].

Outside groups spent more than $40 million. [[O Virginia Forward]], a political action committee funded by labor unions, ran ads for [[P Spanberger]], while the [[O Republican Governors Association]] backed [[P Earle-Sears]]. Outgoing Governor [[P Glenn Youngkin]], who by law could not seek a second term in a row, congratulated the winner.

(Reporting by [[P Gram Slattery]] in [[L Washington]]; Editing by [[P Howard Goller]])`,
  },
  {
    name: 'wikinews peru earthquake',
    text: `Magnitude 7.1 earthquake strikes southern [[L Peru]]

Monday, April 20, 2026

A magnitude 7.1 earthquake struck southern [[L Peru]] early on Sunday, killing at least 11 people and damaging churches in the colonial city of [[L Arequipa]], according to the [[O National Institute of Civil Defence]] ([[O INDECI]]).

The [[O Geophysical Institute of Peru]] said the quake was centred 40 kilometres south of [[L Camaná]] at a depth of 35 kilometres. It was felt as far away as [[L Lima]] and [[L Arica]] in northern [[L Chile]]. Most of the dead were in the [[L Caylloma]] province, where landslides blocked roads in the [[L Colca Canyon]].

President [[P José Jerí]] flew to [[L Arequipa]] and declared a state of emergency in four provinces. The [[O Archdiocese of Arequipa]] said the towers of the [[L Basilica Cathedral]] on the [[L Plaza de Armas]] had cracked. Mining company [[O Cerro Verde]], which runs one of the world's largest copper mines near the city, said it had stopped work to inspect its plant.

The [[O Pacific Tsunami Warning Center]] said there was no threat of a tsunami. [[L Peru]] sits on the [[L Pacific Ring of Fire]], where one tectonic plate slides under another.

Sources

"Sismo de magnitud 7,1 sacude [[L Arequipa]]" — [[O RPP Noticias]], April 19, 2026
"Deadly quake hits southern [[L Peru]]" — [[O Al Jazeera]], April 19, 2026`,
  },
];
