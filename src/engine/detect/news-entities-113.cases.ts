/**
 * Blind entity batches 113-115 (helper ents59a, 7 Dec 2026), written and annotated like the batches
 * in news-entities.cases.ts (same markup and conventions) BEFORE the engine was run on them, all
 * three committed before their first score. Batch 115 is the honest first-sight check: the rows of
 * BLIND_NEWS_ROWS_38 are made from batches 113 and 114 only, and batch 115's errors are never
 * printed or read (only its totals). 113 and 114 lean on kinds of news earlier batches used little:
 * agriculture and food (cooperatives, commodity and marketing boards, crop varieties and brands as
 * none); transport (airlines, rail operators, airports, aircraft and trains as none); education
 * (exam bodies, teachers' unions, schools, universities); religion (dioceses, a synod, cathedrals
 * and mosques, a religious order, mass organisations); labour (unions with long names and acronyms,
 * an employers' body, a conciliation commission); local government in Latin America and Africa
 * (states, municipalities, governors, state assemblies, local government areas); defence (units,
 * bases, ships and exercises as none); tech regulation (apps and platforms as none, or bodies when
 * they act; regulators and courts). Batch 115 is an ordinary day's mixed wire. People are invented;
 * countries, agencies and companies appear as they would in any report.
 */
import type { EntityCase } from './news-entities.cases';

export const BATCH_113: EntityCase[] = [
  {
    name: 'reuters kampala coffee exports a coffee authority by long name and acronym cooperative unions named after regions coffee varieties as none a research institute districts exporters and a sign-off',
    text: `[[L KAMPALA]], Feb 9 ([[O Reuters]]) - [[L Uganda]]'s coffee exports rose 18 percent in January from a year earlier as farmers in the east harvested a bigger arabica crop and prices on world markets stayed high, the agriculture ministry said on Monday.

The country shipped 702,000 60-kg bags in the month, worth $268 million, the [[O Ministry of Agriculture, Animal Industry and Fisheries]] said in a monthly report. It took over the work of the [[O Uganda Coffee Development Authority]] ([[O UCDA]]) last year.

[[O Bugisu Cooperative Union]], which buys from about 40,000 smallholders on the slopes of [[L Mount Elgon]], said deliveries to its factory in [[L Mbale]] were the highest in six seasons. Its general manager, [[P Nabifo Wasswa Mukhwana]], said farmers were replacing old trees with [[X SL14]] and [[X KP423]], varieties that resist leaf rust.

In the central region, robusta growers have planted the wilt-resistant clones [[X KR7]] and [[X KR10]], developed by the [[O National Coffee Research Institute]] at [[L Kituza]] in [[L Mukono]] district. "The new clones bear in two years instead of four," said [[P Geoffrey Kasozi]], a farmer in [[L Luweero]].

[[O Ugacof]], the largest exporter, shipped 11 percent of the total, followed by [[O Kyagalanyi Coffee]] and [[O Olam Uganda]]. [[O Ankole Coffee Producers Cooperative Union]], whose members farm around [[L Bushenyi]] and [[L Sheema]], said it had sold its first roasted coffee under the brand [[X Ankole Gold]] to a chain of cafés in [[L Nairobi]].

Exporters worry that the [[O European Union]]'s deforestation rules will require them to map every farm. The [[O Uganda Coffee Federation]] said only about half of its members' suppliers had been mapped.

(Reporting by [[P Elias Biryabarema-Okello]]; Editing by [[P Sofia Christensen-Hale]])`,
  },
  {
    name: 'ap oaxaca state governor and municipal presidents a state congress a municipality with a long name a federal electricity company the national guard a party and an indigenous community assembly',
    text: `[[L OAXACA]], [[L Mexico]] ([[O AP]]) — The governor of the southern Mexican state of [[L Oaxaca]] asked the state congress on Tuesday to remove the mayor of a coastal town after weeks of protests over power cuts and water shortages.

Gov. [[P Adelina Cruz Matus]] said the municipal president of [[L Santa María Huatulco]], [[P Rigoberto Sánchez Olmedo]], had "abandoned his duties" by leaving the town for three weeks while its treatment plant failed. The [[O Congress of Oaxaca]] needs a two-thirds vote to remove him.

[[P Sánchez Olmedo]], who was elected for the [[O Institutional Revolutionary Party]], said through a lawyer that he had been in [[L Mexico City]] asking federal officials for money. His party called the move a political attack by [[O Morena]], which holds the governorship and a majority in the state congress.

Protesters have blocked the coastal highway between [[L Huatulco]] and [[L Pochutla]] since March 2, leaving tourists stuck at hotels in [[L Tangolunda]] bay. The state-owned [[O Federal Electricity Commission]] said a substation had been damaged by a fire and would be replaced within a month.

Members of the [[O National Guard]] cleared one blockade on Sunday, but residents of [[L San Miguel del Puerto]], a Zapotec community about 40 kilometres inland, said they would keep theirs until the water came back. Its community assembly voted last week to stop paying municipal charges.

In [[L Juchitán de Zaragoza]], on the [[L Isthmus of Tehuantepec]], the municipal government said it would send water trucks to the coast. The state's civil protection office said 14,000 households had been without piped water for more than ten days.

[[P Cruz Matus]] said she would travel to [[L Huatulco]] on Thursday with the head of the [[O National Water Commission]], [[P Efraín Villaseñor]].`,
  },
  {
    name: 'nation-style nairobi exam results an examinations council by name and acronym teachers unions with long names a teachers service commission national schools counties and a cabinet secretary',
    text: `[[L NAIROBI]], [[L Kenya]] — Girls outperformed boys in the national secondary school exam for the first time, the [[O Kenya National Examinations Council]] ([[O KNEC]]) said on Friday, as the number of candidates scoring the top grade rose by a third.

Education Cabinet Secretary [[P Julius Ogamba Nyakundi]] released the results of the [[X Kenya Certificate of Secondary Education]] at the council's offices in [[L South C]]. Of the 965,000 candidates, 1,693 scored an A, up from 1,216 last year.

[[O Kenya High School]] and [[O Alliance Girls High School]] had the most top grades, followed by [[O Maranda High School]] in [[L Siaya]] county. The best candidate, [[P Wanjiru Muthoni Kariuki]], from [[O Moi Girls High School]] in [[L Eldoret]], said she wanted to study medicine at the [[O University of Nairobi]].

[[P Nyakundi]] said 42 candidates' results had been cancelled after papers leaked in [[L Kisii]] and [[L Migori]] counties. The [[O Directorate of Criminal Investigations]] had arrested six people, including two teachers and a security officer at a district exam store.

The [[O Kenya National Union of Teachers]] ([[O KNUT]]) said the leak should not be blamed on teachers. Its secretary general, [[P Collins Ouma Otieno]], said the union would defend any member charged.

The [[O Kenya Union of Post Primary Education Teachers]] ([[O KUPPET]]) said results in counties with too few teachers, such as [[L Mandera]], [[L Wajir]] and [[L Garissa]], showed the need to hire 20,000 more. The [[O Teachers Service Commission]] said it would take on 5,000 intern teachers in May.

Candidates who scored C+ and above can apply to universities through the [[O Kenya Universities and Colleges Central Placement Service]].

Parents at [[O Starehe Boys Centre]] in [[L Nairobi]] gathered outside the school's gates on Friday afternoon to wait for the results to be posted.`,
  },
  {
    name: 'wikinews-style irish diocese merging parishes a diocese by long name a bishop a conference of bishops a religious order cathedrals and churches as places the vatican and a sources list',
    text: `Diocese in [[L Ireland]] to merge 60 parishes into 16 as priests age

Wednesday, September 15, 2027

The [[O Diocese of Killaloe]], which covers parts of counties [[L Clare]], [[L Tipperary]] and [[L Offaly]], announced on Sunday that its 58 parishes would be joined into 16 "pastoral areas" over the next three years because it no longer has enough priests.

Bishop [[P Fintan Monahan-Keogh]] read a letter at masses across the diocese saying that only 41 priests were in active ministry, and that half of them were over 70. "We will not close churches simply because we are tired," he wrote.

Mass will still be said every Sunday at [[L St Flannan's Cathedral]] in [[L Killaloe]] and at [[L SS Peter and Paul's Cathedral]] in [[L Ennis]], where the diocese has its offices. Smaller churches, such as [[L St Brendan's Church]] in [[L Birr]], will have a Sunday mass every second week.

The [[O Irish Catholic Bishops' Conference]] said several other dioceses, including the [[O Archdiocese of Tuam]] and the [[O Diocese of Kerry]], were preparing similar plans. Its spokesperson, [[P Aoife Ní Chonaill]], said lay volunteers would lead funerals in some parishes.

The [[O Sisters of Mercy]], who ran schools and hospitals in [[L Ennis]] for 170 years, said their last four sisters in the town would move to a care home in [[L Limerick]] in the spring.

Parishioners in [[L Scariff]] have begun a petition against the plan. "Our grandparents built that church with their own hands," said [[P Tomás Mac Mathúna]], a farmer who has been a sacristan for 30 years.

The [[O/L Vatican]] approved the plan in August, the diocese said.

Sources

"Parishes to merge across [[L Clare]]" — [[O The Clare Champion]], September 13, 2027
"Bishops warn of parish mergers across west" — [[O RTÉ]], September 14, 2027`,
  },
  {
    name: 'reuters johannesburg platinum strike unions with long names and acronyms an employers council a conciliation commission a mining company named after two companies mines named after places and a sign-off',
    text: `[[L JOHANNESBURG]], May 20 ([[O Reuters]]) - About 9,000 workers at [[O Sibanye-Stillwater]]'s platinum mines near [[L Rustenburg]] went on strike on Wednesday after wage talks broke down, the [[O Association of Mineworkers and Construction Union]] ([[O AMCU]]) said.

The union is asking for a minimum monthly wage of 15,000 rand for underground workers, up from about 11,500 rand. The company has offered increases of 6 percent a year for three years.

[[O AMCU]] president [[P Joseph Mahlangu-Khoza]] told about 2,000 strikers at a stadium in [[L Marikana]] that they would not return "until the bosses come down from the hill". The [[O National Union of Mineworkers]] ([[O NUM]]), the second-largest union at the mines, signed the company's offer on Tuesday.

[[O Sibanye-Stillwater]] said in a statement that the strike was costing it about 3,000 ounces of platinum group metals a day, and that the offer was "final and fair". Its shares fell 4.2 percent in [[L Johannesburg]].

The [[O Commission for Conciliation, Mediation and Arbitration]] ([[O CCMA]]), which tried to broker a deal over four weeks, said it would call both sides back on Friday. The [[O Minerals Council South Africa]], which speaks for the mining industry, said the platinum sector had shed 7,000 jobs in the past year as prices fell.

The [[O National Union of Metalworkers of South Africa]] ([[O NUMSA]]) said it would join the strike in solidarity at two smelters in the [[L North West]] province.

Police said they had arrested 11 people after a bus carrying workers who had not joined the strike was stoned near [[L Mooinooi]]. Nobody was hurt.

Analyst [[P Thandeka Nkosi-Brand]] at [[O Nedbank]] said a long strike could lift platinum prices.

(Reporting by [[P Nelson Banya-Dube]]; Editing by [[P Jason Neely-Marsh]])`,
  },
  {
    name: 'afp tallinn nato exercise an exercise and ships and aircraft as none army units by number and name air bases as places a defence forces a ministry and a volunteer league',
    text: `[[L TALLINN]] ([[O AFP]]) - Some 14,000 troops from 12 countries began [[O NATO]]'s largest exercise around the [[L Baltic Sea]] this year on Monday, practising how to defend [[L Estonia]]'s islands from a landing from the sea.

The exercise, [[X Hedgehog 2027]], is led by the [[O Estonian Defence Forces]] and runs for three weeks across the mainland and the islands of [[L Saaremaa]] and [[L Hiiumaa]].

British troops of the [[O 4th Light Brigade]], who are based at [[L Tapa]], will train alongside the Estonian [[O 1st Infantry Brigade]] and a company of the [[O 2nd Cavalry Regiment]] of the [[L United States]]. The [[O Estonian Defence League]], a volunteer force of 30,000 members, has called up 6,000 of them.

American [[X F-35]] jets will fly from [[L Ämari Air Base]] and [[L Šiauliai Air Base]] in [[L Lithuania]]. The [[O Royal Navy]] frigate [[X HMS Iron Duke]] and the Finnish minelayer [[X Hämeenmaa]] will sail with Estonian minehunters off [[L Saaremaa]].

[[P Andrus Merilo-Tamm]], commander of the [[O Estonian Defence Forces]], told reporters at [[L Tapa]] that the exercise had been planned for two years and was "not aimed at anyone". The [[O Ministry of Defence]] said [[X HIMARS]] launchers bought from the [[L United States]] would fire live rockets at a range near [[L Kuusalu]] for the first time.

[[L Moscow]] called the exercise a provocation. [[P Dmitry Pesotsky]], a spokesman for the [[O/L Kremlin]], said [[L Russia]] would "take measures" in the [[L Kaliningrad]] region.

The exercise ends on June 7 with a landing by Finnish marines of the [[O Uusimaa Brigade]] on [[L Saaremaa]], defended by the island's own volunteers.

[[P Liisa Oviir-Kask]], who farms near [[L Kuressaare]], said soldiers had asked to camp in her fields. "We are used to it now," she said. "Every spring the tanks come."`,
  },
];

export const BATCH_114: EntityCase[] = [
  {
    name: 'reuters lagos airline leasing aircraft an airline and its rivals a civil aviation authority by name and acronym airports by long name aircraft types as none a lessor routes and a sign-off',
    text: `[[L LAGOS]], July 3 ([[O Reuters]]) - [[O Air Peace]], [[L Nigeria]]'s largest airline, will start flights from [[L Lagos]] to [[L Johannesburg]] and [[L Nairobi]] in September after leasing four more [[X Embraer 195-E2]] jets, its chief executive said on Thursday.

[[P Allen Onuoha-Eze]] told reporters at [[L Murtala Muhammed International Airport]] that the aircraft would come from the Irish lessor [[O Azorra]] and that the airline was also talking to [[O Boeing]] about six [[X 737 MAX 8]] planes for its routes to [[L London Gatwick]] and [[L Dubai]].

The [[O Nigerian Civil Aviation Authority]] ([[O NCAA]]) must approve the leases. Its director general, [[P Chris Nwosu-Bello]], said the authority had cleared 11 aircraft for Nigerian airlines this year and would inspect the new jets in [[L Abuja]].

Rivals [[O Arik Air]] and [[O United Nigeria Airlines]] have cut flights this year as they struggle to buy dollars to pay for spare parts and fuel. [[O Ibom Air]], owned by the [[L Akwa Ibom]] state government, said it would add flights from [[L Uyo]] to [[L Accra]].

[[O Air Peace]] began flying to [[L Gatwick]] in March last year. [[P Onuoha-Eze]] said the route had been full for most of the year, although [[O British Airways]] and [[O Virgin Atlantic]] cut their fares.

The [[O Federal Airports Authority of Nigeria]] said work on a new terminal at [[L Nnamdi Azikiwe International Airport]] in [[L Abuja]] would finish by December.

Aviation analyst [[P Olumide Ohunayo-Adeyemi]] of [[O Zenith Travels]] said fares between [[L Lagos]] and [[L Abuja]] had doubled in two years. "Nigerians are paying for the naira," he said. [[O Air Peace]] also flies [[X ATR 72]] turboprops to smaller cities such as [[L Owerri]] and [[L Asaba]].

(Reporting by [[P Chijioke Ohuocha-Lawal]]; Editing by [[P Alexandra Hudson-Reid]])`,
  },
  {
    name: 'reuters madrid high-speed rail competition rail operators a state rail infrastructure manager a competition regulator by acronym trains and a route as none stations as places and a rail union',
    text: `[[L MADRID]], Oct 28 ([[O Reuters]]) - [[L Spain]]'s state rail operator [[O Renfe]] lost passengers on the [[L Madrid]]-[[L Barcelona]] high-speed line for a third year in 2026 as its rivals [[O Ouigo]] and [[O Iryo]] cut fares, the markets regulator said on Tuesday.

The [[O National Markets and Competition Commission]] ([[O CNMC]]) said [[O Renfe]]'s share of passengers on the route fell to 54 percent from 61 percent. [[O Ouigo]], owned by the French state railway [[O SNCF]], had 25 percent and [[O Iryo]], whose largest shareholder is [[O Trenitalia]], 21 percent.

Average fares on the 620-km line fell to 49 euros from 71 euros before the market opened in 2021, the regulator said. The number of passengers rose to 16.2 million a year.

[[O Adif]], which manages the tracks, said trains were running close to the line's capacity at rush hour. It plans to open a new platform at [[L Madrid Atocha]] station in 2028 and to widen the tunnel between [[L Atocha]] and [[L Chamartín]].

[[O Renfe]] has ordered 30 [[X Talgo Avril]] trains, but delivery is two years late. [[O Talgo]], which builds them in [[L Las Matas]], near [[L Madrid]], blamed problems with suppliers. [[O Renfe]] said it would use its older [[X AVE S-103]] trains, built by [[O Siemens]], on the route meanwhile.

The rail union [[O SEMAF]], which represents drivers, said [[O Renfe]] drivers would strike on November 14 and 15 over staffing. Transport Minister [[P Óscar Prieto Llorente]] asked the union to call off the strike.

[[P Marta Ruiz-Zorrilla]], an analyst at [[O Bankinter]], said [[O Renfe]] could lose money on the route this year. Shares in [[O Talgo]] rose 3 percent in [[L Madrid]].

(Reporting by [[P Emma Pinedo-Sáenz]]; Editing by [[P Inti Landauro-Gil]])`,
  },
  {
    name: 'ap brasilia data protection fine a data protection authority by name and acronym a supreme federal court and a justice apps and platforms as none a parent company a consumer institute and a federal prosecutor office',
    text: `[[L BRASÍLIA]], [[L Brazil]] ([[O AP]]) — [[L Brazil]]'s data protection regulator fined the maker of a popular ride-hailing app 48 million reais on Monday for sharing drivers' location data with insurers without their consent.

The [[O National Data Protection Authority]] ([[O ANPD]]) said [[O 99 Tecnologia]], which runs the [[X 99]] app and is owned by [[L China]]'s [[O Didi Chuxing]], had sold data on the routes of about 700,000 drivers to three insurance companies in [[L São Paulo]].

It is the largest fine the authority has imposed since it was created in 2020. Its director-president, [[P Rogério Tavares Lins]], said the company had broken the country's data protection law "knowingly and for profit."

[[O 99 Tecnologia]] said it would appeal. In a statement, it said drivers had agreed to the sharing when they signed up.

The ruling comes as the [[O Supreme Federal Court]] weighs whether platforms such as [[X Uber]], [[X iFood]] and [[X 99]] must treat their drivers as employees. Justice [[P Edson Lacerda Moura]] is due to report on the case in November.

The [[O Brazilian Institute for Consumer Protection]] ([[O Idec]]) said the fine was too small. "For a company this size, 48 million is a parking ticket," said [[P Camila Leite Contri]], a lawyer at the institute.

The [[O Federal Public Ministry]] in [[L São Paulo]] said it had opened a separate inquiry into the insurers, [[O Porto Seguro]] among them. [[O Uber]] said it did not sell drivers' data.

Drivers' groups plan a protest on [[L Paulista Avenue]] on Wednesday, their fourth this year. The [[O Association of App Drivers of São Paulo]] said it expected 5,000 cars. Police in [[L São Paulo]] said they would close two lanes.`,
  },
  {
    name: 'premium-times-style kano state governor and house of assembly local government areas as places an emirate council parties by acronym a state water board and a commissioner',
    text: `[[L KANO]], [[L Nigeria]] — The [[O Kano State House of Assembly]] on Tuesday passed a law that splits the state's water board into three regional companies, despite a walkout by opposition members.

Gov. [[P Abba Kabir Yusufari]] is expected to sign the bill this week. His spokesman, [[P Sanusi Bature Dawakin-Tofa]], said the [[O Kano State Water Board]] had failed to supply piped water to more than a third of the state's 44 local government areas.

The new companies will serve [[L Kano]] city and its suburbs, the southern zone around [[L Rano]] and [[L Wudil]], and the northern zone around [[L Gwarzo]] and [[L Bichi]]. Each will be allowed to charge households for the first time.

Lawmakers of the [[O All Progressives Congress]] ([[O APC]]) walked out before the vote. The minority leader, [[P Labaran Abdul Madari]], who represents [[L Warawa]], said poor families in [[L Dala]] and [[L Fagge]] could not afford the new charges. The governor's [[O New Nigeria Peoples Party]] ([[O NNPP]]) holds 26 of the 40 seats.

The [[O Kano Emirate Council]] backed the bill. The Emir of [[L Kano]], [[P Aminu Ado Bayero-Sani]], said in a sermon at the central mosque on Friday that water was "a right that must still be paid for by someone."

Commissioner for Water Resources [[P Ali Haruna Makoda]] said the [[O World Bank]] had lent $150 million to repair pipes from the [[L Tiga Dam]] and the [[L Challawa Gorge Dam]].

Residents of [[L Kurna]] in [[L Dala]] said they buy water from cart pushers for 200 naira a jerrycan. "The pipes have been dry since the rainy season," said [[P Hauwa Garba Kurna]], a mother of five.`,
  },
  {
    name: 'reuters ahmedabad dairy cooperative milk prices a marketing federation by long name and brand a dairy development board district milk unions named after districts brands as none a state and a rival firm',
    text: `[[L AHMEDABAD]], [[L India]], March 11 ([[O Reuters]]) - The cooperative that sells milk under the [[X Amul]] brand will raise the price it pays farmers by 4 percent from April, it said on Wednesday, after a dry winter cut fodder supplies in [[L Gujarat]].

The [[O Gujarat Cooperative Milk Marketing Federation]] ([[O GCMMF]]), owned by 3.6 million farmers in 18,600 village societies, will also raise the price of its [[X Amul Gold]] and [[X Amul Taaza]] packaged milk by 2 rupees a litre in most cities.

Its managing director, [[P Jayen Mehra Patel]], said the federation had collected 31 million litres a day in February, slightly less than a year earlier. "Farmers are selling cattle because they cannot feed them," he said.

The largest of its member unions, [[O Banas Dairy]] in [[L Banaskantha]] district, said collection had fallen 6 percent. [[O Sabar Dairy]], in [[L Sabarkantha]], said it had bought fodder from [[L Punjab]] to sell to members at cost.

The [[O National Dairy Development Board]] ([[O NDDB]]), based in [[L Anand]], said milk output in [[L India]] would grow 3.5 percent this year, the slowest in a decade.

[[O Mother Dairy]], which sells milk in [[L Delhi]] and is owned by the [[O NDDB]], said it was also considering a price rise. The [[O Karnataka Milk Federation]], whose [[X Nandini]] brand is sold in [[L Bengaluru]], raised prices in January.

Private dairies such as [[O Hatsun Agro Product]] have been paying farmers more to win supplies. [[P Ramesh Chandra Sodhi]], an analyst at [[O CRISIL]], said cooperatives had "no choice but to follow." [[O Amul]] said it sold 800 million litres abroad last year, mostly in the [[L United States]].

(Reporting by [[P Rajendra Jadhav-Shah]]; Editing by [[P Savio D'Souza]])`,
  },
  {
    name: 'wikinews-style indonesian mass organisations and the moon sighting a religious affairs ministry islamic organisations by name a council of ulema a mosque as a place an observatory and a sources list',
    text: `[[L Indonesia]]'s Muslims to begin Ramadan on different days

Sunday, February 7, 2027

[[L Indonesia]]'s two largest Islamic organisations will begin the fasting month of Ramadan on different days this year, after the government's moon-sighting meeting on Saturday failed to see the new crescent.

The [[O Ministry of Religious Affairs]] said after the meeting in [[L Jakarta]] that the fast would start on Tuesday. Minister [[P Nasrullah Umar Hasan]] said observers at 120 points from [[L Aceh]] to [[L Papua]] had not seen the moon because of cloud.

[[O Nahdlatul Ulama]], which has about 90 million followers, accepted the ministry's decision. [[O Muhammadiyah]], which sets its calendar by astronomical calculation rather than sighting, had already announced that its members would begin fasting on Monday.

[[P Haedar Rasyid Syamsul]], chairman of [[O Muhammadiyah]], said the two dates were "a difference of method, not of faith". The [[O Indonesian Ulema Council]] asked Muslims to respect both.

Prayers to mark the start of the month will be held at the [[L Istiqlal Mosque]] in [[L Jakarta]], the largest in [[L Southeast Asia]], on Monday night. The mosque's grand imam, [[P Ahmad Fauzi Zarkasyi]], said 150,000 worshippers were expected.

The [[O National Research and Innovation Agency]] ([[O BRIN]]), which runs an observatory at [[L Kupang]], said the crescent had been too low to see anywhere in the country.

In [[L Yogyakarta]], where [[O Muhammadiyah]] was founded in 1912, members gathered for evening prayers at the [[L Gedhe Kauman Mosque]] on Sunday night. Local officials in [[L Aceh]], which applies Islamic law, said restaurants would close during daylight hours from Tuesday.

Sources

"Pemerintah tetapkan awal puasa" — [[O Kompas]], February 6, 2027
"[[O Muhammadiyah]] begins fast a day early" — [[O The Jakarta Post]], February 7, 2027`,
  },
];

export const BATCH_115: EntityCase[] = [
  {
    name: 'reuters santiago copper strike a state copper company and a private miner a mine named after a place a federation of copper workers a labour ministry a port and a sign-off',
    text: `[[L SANTIAGO]], Jan 14 ([[O Reuters]]) - Workers at [[O Codelco]]'s [[L El Teniente]] mine, the world's largest underground copper mine, began a 48-hour strike on Wednesday to demand safety changes after a tunnel collapse killed two contractors last month.

The [[O Federation of Copper Workers]] ([[O FTC]]), which represents about 30,000 employees of the state company, said the stoppage would cost [[O Codelco]] about 2,500 tonnes of output. Its president, [[P Amador Pinto Lira]], said the company had ignored warnings about rock bursts.

[[O Codelco]] chairman [[P Máximo Pereira Rivas]] said the mine was safe and that contractors had been working under the company's own rules. The [[O National Geology and Mining Service]] ([[O Sernageomin]]) said it had ordered part of the mine closed while it investigated.

Labour Minister [[P Giorgio Bertoni Salas]] said he would meet union leaders in [[L Rancagua]] on Friday. Copper prices rose 1.3 percent on the [[O London Metal Exchange]].

[[L Chile]] produced 5.3 million tonnes of copper last year. Output at [[O BHP]]'s [[L Escondida]] mine in the [[L Atacama Desert]] fell 4 percent after a strike in [[L Antofagasta]] in August.

The [[O Confederation of Copper Workers]] ([[O CTC]]), which represents contractors, said its members would join the strike at [[L El Teniente]] on Thursday. Its leader, [[P Cristián Cuevas Zambrano]], said contractors did the most dangerous work for the lowest pay.

The mine, which lies in the [[L Andes]] about 80 kilometres south of [[L Santiago]], produced 356,000 tonnes last year. [[O Codelco]] has spent $5 billion on a new level of tunnels there. [[O Cochilco]], the state copper commission, expects output from the mine to fall this year.

(Reporting by [[P Fabian Cambero-Soto]]; Editing by [[P Lisa Shumaker-Reyes]])`,
  },
  {
    name: 'ap columbus school board closing schools a city school district a teachers association a state board of education a university study neighbourhoods and a mayor',
    text: `[[L COLUMBUS]], [[L Ohio]] ([[O AP]]) — The [[O Columbus City Schools]] board voted 5-2 on Tuesday night to close 11 elementary and middle schools at the end of the year, the largest cut in the district's history.

Superintendent [[P Angela Chapman-Burke]] said enrolment had fallen by 17,000 students since 2000 and that many buildings were more than 80 years old. Closing them would save about $25 million a year.

The [[O Columbus Education Association]], which represents 4,500 teachers, said no teachers would lose their jobs but that classes would grow. Its president, [[P Regina Fuentes-Webb]], said families in [[L Linden]] and on the [[L Near East Side]] would lose schools their children could walk to.

Parents at [[O Colerain Elementary School]], one of those to close, packed the meeting at the district's offices on [[L Front Street]]. "They closed our library, now they close our school," said [[P Darnell Hutchins]], who has two children there.

A study by researchers at [[O Ohio State University]] found that students moved after school closings in [[L Chicago]] and [[L Philadelphia]] did no worse, provided the new school was better. The [[O Ohio Department of Education and Workforce]] rated nine of the 11 schools as below standard.

Mayor [[P Andrew Gillespie-Cole]] said the city would turn two of the buildings into recreation centres.

The two board members who voted against the plan, [[P Tina Pierce-Lowe]] and [[P Michael Cole Ross]], said the district should first ask voters for more money. A levy failed in November. The [[O Ohio Federation of Teachers]] said districts across the state faced the same choice as families move to the suburbs of [[L Delaware County]] and charter schools grow.`,
  },
  {
    name: 'reuters warsaw airline order a flag carrier and its owner aircraft types as none a state treasury a new airport by name an airport company and a sign-off',
    text: `[[L WARSAW]], June 2 ([[O Reuters]]) - [[L Poland]]'s flag carrier [[O LOT Polish Airlines]] said on Tuesday it had chosen [[O Airbus]] over [[O Embraer]] for an order of up to 84 regional jets worth about $3 billion at list prices.

The airline will buy 40 [[X A220-300]] jets and take options on 44 more, chief executive [[P Michał Fabiański-Nowak]] said. They will replace its [[X Embraer 175]] and [[X Embraer 195]] planes from 2027.

[[O LOT]] is owned by the state through the [[O Ministry of State Assets]]. The government has said [[O LOT]] must grow to fill the new [[L Centralny Port Komunikacyjny]] airport, which is being built between [[L Warsaw]] and [[L Łódź]] and is due to open in 2032.

[[O Embraer]] had offered its [[X E195-E2]]. Analysts said [[O Airbus]] had given a large discount. "It is a political choice as much as a commercial one," said [[P Adrian Furgalski-Wrona]] of the consultancy [[O TOR]].

The airline flew 11.5 million passengers last year from its base at [[L Warsaw Chopin Airport]]. Shares in [[O Airbus]] rose 0.8 percent in [[L Paris]].

The pilots' union [[O Związek Zawodowy Pilotów Komunikacyjnych]] said it welcomed the order but wanted talks on pay before the new planes arrive. [[O LOT]] lost its rival [[O Enter Air]]'s charter contracts to [[O Ryanair]]'s Polish arm [[O Buzz]] last year.

The state-owned [[O Polish Airports State Enterprise]], which runs [[L Warsaw Chopin Airport]], said it would add ten stands for regional jets by 2027. Transport Minister [[P Dariusz Klimczak-Wolny]] said the order showed that [[O LOT]] would remain in Polish hands.

(Reporting by [[P Pawel Florkiewicz-Bak]] and [[P Karol Badohal]]; Editing by [[P Jan Harvey-Strand]])`,
  },
  {
    name: 'afp abidjan cocoa board farm-gate price a coffee-cocoa council by french name an agriculture ministry cooperatives and a grinder regions and a port',
    text: `[[L ABIDJAN]] ([[O AFP]]) - [[L Ivory Coast]] raised the price paid to cocoa farmers by 30 percent for the mid-crop on Wednesday, after world prices stayed near record highs and smuggling to neighbouring countries rose.

The [[O Coffee-Cocoa Council]], known by its French name [[O Conseil du Café-Cacao]], said farmers would receive 2,800 CFA francs per kilogramme from April 1, up from 2,200 francs.

Agriculture Minister [[P Kobenan Kouassi Adjoumani-Yao]] said the rise would stop beans leaving for [[L Ghana]] and [[L Guinea]], where traders pay more in cash. Border patrols in the [[L Bounkani]] region seized 300 tonnes last month.

Cooperatives in [[L Soubré]], the largest growing area, welcomed the rise but said many farmers had already sold. "The new price comes after the beans are gone," said [[P Aya Konan Brou]], who runs a cooperative of 1,200 members.

Grinders such as [[O Barry Callebaut]] and [[O Cargill]], which process beans at the port of [[L San-Pédro]], have cut their output because of high prices. Arrivals at the ports of [[L Abidjan]] and [[L San-Pédro]] are down 28 percent this season, exporters said.

The [[O International Cocoa Organization]], which has its headquarters in [[L Abidjan]], expects a third year of global shortage.

The rains in the [[L Nawa]] region came late this year, and swollen shoot disease has killed trees across the west, said [[P Moussa Ouattara-Kone]], a researcher at the [[O National Centre for Agronomic Research]] ([[O CNRA]]) in [[L Divo]]. Farmers in [[L Daloa]] have planted rubber instead.

The government also raised the coffee price to 1,800 francs. [[O Ghana Cocoa Board]] said it would review its own price next month.`,
  },
  {
    name: 'wikinews-style philippine typhoon relief an office of civil defense the armed forces by name and acronym a navy ship as none provinces and islands a diocese caritas and a sources list',
    text: `Typhoon kills 23 in central [[L Philippines]]

Friday, October 22, 2027

Typhoon [[X Kiko]] killed at least 23 people in the central [[L Philippines]] on Thursday, bringing floods and landslides to the islands of [[L Samar]] and [[L Leyte]], the country's disaster agency said.

The [[O Office of Civil Defense]] said 310,000 people had fled to evacuation centres before the storm made landfall near [[L Guiuan]] in [[L Eastern Samar]] province. Most deaths were caused by landslides in [[L Southern Leyte]].

The [[O Armed Forces of the Philippines]] ([[O AFP]]) sent the navy ship [[X BRP Davao del Sur]] with food and water to [[L Tacloban]]. Its spokesman, Colonel [[P Xerxes Trinidad-Roxas]], said two air force helicopters had been grounded by wind.

[[O Caritas Philippines]], the social arm of the [[O Catholic Bishops' Conference of the Philippines]], opened its churches in the [[O Diocese of Borongan]] as shelters. Bishop [[P Crispin Varquez-Lagdameo]] said roofs had been torn off 40 chapels.

President [[P Ramon Villaluz-Cruz]] flew to [[L Tacloban]] on Friday. The [[O Department of Social Welfare and Development]] said it had sent 200,000 food packs.

In [[L Borongan]], the capital of [[L Eastern Samar]], power was expected to be cut for a week. The [[O National Grid Corporation of the Philippines]] said two transmission towers had fallen near [[L Catbalogan]]. The [[O Philippine Atmospheric, Geophysical and Astronomical Services Administration]] said the typhoon was moving west towards [[L Palawan]].

Flights to [[L Daniel Z. Romualdez Airport]] in [[L Tacloban]] were cancelled by [[O Philippine Airlines]] and [[O Cebu Pacific]]. Schools in [[L Leyte]] will stay closed until Monday.

Sources

"[[X Kiko]] death toll rises" — [[O Rappler]], October 21, 2027
"Bagyong [[X Kiko]]" — [[O ABS-CBN News]], October 22, 2027`,
  },
  {
    name: 'reuters seoul data breach fine a personal information protection commission an online retailer and its app a police agency a parent company listed in new york a court and a sign-off',
    text: `[[L SEOUL]], Aug 19 ([[O Reuters]]) - [[L South Korea]]'s privacy regulator fined online retailer [[O Coupang]] 98 billion won on Tuesday for a data breach that exposed the addresses and phone numbers of 12 million customers.

The [[O Personal Information Protection Commission]] ([[O PIPC]]) said [[O Coupang]] had failed to stop a former engineer from copying customer data for six months. Its chairman, [[P Koh Min-jae]], said it was the largest fine ever imposed on a retailer.

The [[O Korean National Police Agency]] said the engineer, a man in his 30s, had been arrested at [[L Incheon International Airport]] in May as he tried to leave for [[L Shanghai]].

[[O Coupang Inc]], which is listed on the [[O New York Stock Exchange]], said it would challenge the fine at the [[O Seoul Administrative Court]]. Its shares fell 2.1 percent.

Shoppers can still use the [[X Coupang]] app, but the regulator ordered the company to tell every customer whose data was taken by the end of the month.

[[O Naver]] and [[O Kakao]], rivals in online shopping, were fined smaller amounts last year.

[[P Kim Eun-jung]], a lawyer at [[O Kim & Chang]] in [[L Seoul]], said the fine was large but the company could pay it. "The bigger cost is trust," she said. Customers have filed a class action at the [[O Seoul Central District Court]] seeking 100,000 won each.

[[O Coupang]] chief executive [[P Park Dae-jun]] apologised in a letter to customers last month. The company employs 80,000 people in [[L South Korea]], many of them at warehouses near [[L Icheon]] and [[L Daegu]]. Its shares have fallen 9 percent this year.

(Reporting by [[P Joyce Lee-Min]]; Editing by [[P Ed Davies-Park]])`,
  },
];
