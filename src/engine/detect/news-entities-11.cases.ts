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
