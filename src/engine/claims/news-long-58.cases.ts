/**
 * Batch 58, written blind by claims21 and committed before the detector ran on it (to be fixed
 * against afterwards). Three stories: a Reuters desalination story from Morocco (straight quotes,
 * a ministry said at the end, "a spokeswoman for the ministry, X, told reporters" and a quotation of
 * three sentences, a farmer who recounted and griped, a federation that welcomed and bemoaned and
 * "It urged", an executive who touted and "He said", economists who cautioned in a report); a
 * Wikinews-style dam ruling in Nepal (“…” quotes, according to an investment board, the court said
 * in its ruling, a lawyer who welcomed and "she told a crowd" over four sentences, a ministry and
 * "It nonetheless insisted", did not respond, a farmer who confided, speaking to the crowd …
 * described); an NYT-style
 * oyster-reef story in Louisiana (''…'' quotes, "loves to tell visitors that", Mr./Ms. surnames, a
 * parish president who reaffirmed and "told a meeting" over three sentences, shrimpers say and an
 * association that argues, an ecologist who acknowledged and quipped, "wondered aloud whether").
 */
import type { NewsCase } from './news.cases';

export const NEWS_CASES_58: NewsCase[] = [
  {
    name: 'reuters morocco desalination: a ministry said at the end, a spokeswoman for the ministry, X, told reporters and a three-sentence quotation, a farmer recounted and griped, a federation welcomed and bemoaned and It urged, an executive touted and He said, economists cautioned in a report',
    text: `Morocco to build desalination plant near Casablanca as drought drains dams

RABAT, March 4 (Reuters) - Morocco will build a desalination plant near Casablanca able to supply 300 million cubic metres of drinking water a year, the water ministry said on Tuesday, as a sixth year of drought leaves the kingdom's dams less than a third full.

The plant, to be built by a consortium led by Spanish firm Hidrosal, will cost about 6.5 billion dirhams ($650 million), a spokeswoman for the ministry, Amina Tazi, told reporters in Rabat.

"We are no longer waiting for the rain," Tazi said. "Every coastal city will drink from the sea by 2030. That is not a dream, it is a schedule."

Farmers in the Souss valley, where most of the country's tomatoes are grown, have watched their wells fall by several metres a year. Lahcen Ait Brahim, who grows oranges near Taroudant, recounted how he had dug his well three times deeper since 2019.

"The city gets the sea water and we get the bill," he griped.

The Moroccan Interprofessional Agriculture Federation welcomed the plan but bemoaned the absence of any price guarantee for farmers. It urged the state to cap what growers pay for desalinated water at 2.5 dirhams a cubic metre.

Hidrosal's head of water projects, Manuel Ortega, touted the plant as the most energy-efficient of its size in Africa. He said it would run entirely on power from wind farms in the south of the country.

Economists at Bank Al-Maghrib cautioned in a report last month that the drought had cut growth to 2.7% last year, with farm output down by a tenth.

(Reporting by Ahmed Eljechtimi; Editing by Mark Potter)`,
    claims: [
      { s: 'the water ministry said on Tuesday', speakers: ['water ministry', 'ministry'] },
      { s: 'a spokeswoman for the ministry, Amina Tazi, told reporters', speakers: ['Amina Tazi'] },
      { s: '"We are no longer waiting for the rain," Tazi said.', speakers: ['Amina Tazi'], direct: true },
      { s: '"Every coastal city will drink from the sea', speakers: ['Amina Tazi'], direct: true },
      { s: 'That is not a dream, it is a schedule."', speakers: ['Amina Tazi'], direct: true },
      { s: 'Lahcen Ait Brahim, who grows oranges', speakers: ['Lahcen Ait Brahim'] },
      { s: '"The city gets the sea water', speakers: ['Lahcen Ait Brahim'], direct: true },
      {
        s: 'The Moroccan Interprofessional Agriculture Federation welcomed the plan',
        speakers: ['Moroccan Interprofessional Agriculture Federation'],
      },
      { s: 'It urged the state to cap', speakers: ['Moroccan Interprofessional Agriculture Federation'] },
      { s: 'Manuel Ortega, touted the plant', speakers: ['Manuel Ortega'] },
      { s: 'He said it would run entirely on power', speakers: ['Manuel Ortega'] },
      {
        s: 'Economists at Bank Al-Maghrib cautioned',
        speakers: ['Economists at Bank Al-Maghrib', 'Bank Al-Maghrib', 'Economists'],
      },
    ],
  },
  {
    name: 'wikinews nepal dam ruling: the court said in its ruling, a lawyer welcomed and she told a crowd over four sentences, a ministry and It nonetheless insisted, did not respond, a farmer confided and he said over two sentences, speaking to the audience X described',
    text: `Nepal's Supreme Court halts Arun river dam pending new environmental review

Wednesday, April 15, 2026

The Supreme Court of Nepal on Tuesday ordered work to stop on a 900-megawatt hydropower dam on the Arun River until the government completes a new environmental assessment. Construction began in 2021, and about a fifth of the work has been completed, according to the Investment Board Nepal.

In its ruling, the court said the original assessment, approved in 2019, had not counted the villages downstream that would lose their water during the dry season.

Villagers from Sankhuwasabha district had petitioned the court last year. Their lawyer, Sita Rai, welcomed the ruling outside the court building in Kathmandu.

“This is not a ruling against electricity,” she told a crowd of about a hundred supporters. “It is a ruling for the people who live beside the river. Nobody asked them. Now somebody has to.”

The Ministry of Energy, Water Resources and Irrigation said it would respect the decision. It nonetheless insisted the project was vital to ending power cuts during the winter months, when Nepal buys electricity from India.

The project's developer, a joint venture of two Indian state-owned companies, did not respond to requests for comment.

Bishnu Tamang, a farmer from the village of Num, travelled two days by bus to hear the verdict. He confided that he had not expected to win. “We are poor people from the hills,” he said. “Today the court listened to us.”

Speaking to the crowd later in the afternoon, opposition lawmaker Sarita Gurung described the ruling as a warning to every government that signs deals behind closed doors.`,
    claims: [
      { s: 'according to the Investment Board Nepal', speakers: ['Investment Board Nepal'] },
      {
        s: 'In its ruling, the court said the original assessment',
        speakers: ['Supreme Court of Nepal', 'Supreme Court', 'court'],
      },
      { s: 'Their lawyer, Sita Rai, welcomed the ruling', speakers: ['Sita Rai'] },
      { s: '“This is not a ruling against electricity,”', speakers: ['Sita Rai'], direct: true },
      { s: '“It is a ruling for the people', speakers: ['Sita Rai'], direct: true },
      { s: 'Nobody asked them.', speakers: ['Sita Rai'], direct: true },
      { s: 'Now somebody has to.”', speakers: ['Sita Rai'], direct: true },
      {
        s: 'The Ministry of Energy, Water Resources and Irrigation said',
        speakers: ['Ministry of Energy, Water Resources and Irrigation', 'Ministry of Energy'],
      },
      {
        s: 'It nonetheless insisted the project',
        speakers: ['Ministry of Energy, Water Resources and Irrigation', 'Ministry of Energy'],
      },
      { s: 'did not respond to requests for comment', speakers: [], optional: true },
      { s: 'He confided that he had not expected', speakers: ['Bishnu Tamang'] },
      { s: '“We are poor people from the hills,”', speakers: ['Bishnu Tamang'], direct: true },
      { s: '“Today the court listened to us.”', speakers: ['Bishnu Tamang'], direct: true },
      { s: 'Sarita Gurung described the ruling', speakers: ['Sarita Gurung'] },
    ],
  },
  {
    name: "nyt-style louisiana oyster reef: ''…'' quotes, loves to tell visitors that, Mr./Ms. surnames, a parish president reaffirmed and told a meeting over three sentences, shrimpers say and an association argues, an ecologist acknowledged and quipped, wondered aloud whether",
    text: `A Louisiana Parish Bets on Oysters to Hold Back the Gulf

POINTE-AUX-CHENES, La. — Wilbert Naquin loves to tell visitors that his grandfather could walk to the next island at low tide. Now there is open water where the marsh used to be, and the island is a line of dead oaks.

''We lost it a foot at a time,'' Mr. Naquin said on a recent morning, steering his skiff past the stumps. ''Nobody noticed until it was gone.''

Terrebonne Parish plans to build six miles of oyster reef along the shore this summer, hoping the shells will slow the waves that eat at the marsh. The parish president, Jolene Guidry, reaffirmed on Monday that the $14 million project would go ahead despite a lawsuit from shrimpers.

''The reef is not a wall, and we have never said it was,'' Ms. Guidry told a meeting of the parish council. ''It buys us time. Time is what we don't have.''

The shrimpers say the reef will block the bayous their boats use to reach the Gulf. Their association, the Louisiana Shrimp Alliance, argues that the parish never studied which channels should stay open. About 30 families in the parish still make their living from shrimp, and the lawsuit will be heard in state court in Houma in August.

Marguerite Babin, a coastal ecologist at Nicholls State University who advised the parish, acknowledged that the reef might silt up some channels. ''Oysters don't read maps,'' she quipped.

Mr. Naquin, who is 71, said he would fish the new reef if it was built. He also wondered aloud whether he would live to see the marsh grow back.`,
    claims: [
      { s: 'Wilbert Naquin loves to tell visitors that', speakers: ['Wilbert Naquin'] },
      { s: "''We lost it a foot at a time,''", speakers: ['Wilbert Naquin'], direct: true },
      { s: "''Nobody noticed until it was gone.''", speakers: ['Wilbert Naquin'], direct: true },
      { s: 'Jolene Guidry, reaffirmed on Monday', speakers: ['Jolene Guidry'] },
      { s: "''The reef is not a wall", speakers: ['Jolene Guidry'], direct: true },
      { s: "''It buys us time.", speakers: ['Jolene Guidry'], direct: true },
      { s: "Time is what we don't have.''", speakers: ['Jolene Guidry'], direct: true },
      { s: 'The shrimpers say the reef', speakers: ['shrimpers'] },
      {
        s: 'the Louisiana Shrimp Alliance, argues',
        speakers: ['Louisiana Shrimp Alliance', 'Shrimp Alliance'],
      },
      { s: 'Marguerite Babin, a coastal ecologist', speakers: ['Marguerite Babin'] },
      { s: "''Oysters don't read maps,'' she quipped.", speakers: ['Marguerite Babin'], direct: true },
      { s: 'said he would fish the new reef', speakers: ['Wilbert Naquin'] },
      { s: 'He also wondered aloud whether', speakers: ['Wilbert Naquin'] },
    ],
  },
];
