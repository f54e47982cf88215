/**
 * Given names the generated first-name list (compromise's lexicon, mostly US and English names,
 * minus its common words: generated.ts) lacks, for the regions foreign news names most (ents30b,
 * issue #9): Scandinavia, Finland, the Baltic states, West and Southern Africa, East Africa, South
 * and Southeast Asia, Latin America, Ukraine, Poland and Czechia. Each is a given name common in
 * its country, written from the team's knowledge of those naming customs (no name list was
 * imported and none taken from a batch's text). Without them a bare "Eero Virtanen" or "Ngozi Eze"
 * has nothing to say its first word is a given name, and the tagger reads the pair as a place or
 * leaves it out. Left out: words that are English words, places or surnames first (Mats, the
 * plural of mat; Ama, Sher, Yaw, Saga, Ayu, Sen, Van, Lee, Wong, Musa), and Vietnamese given
 * names, written last ("Nguyen Thanh Long") and inside place names ("Ho Chi Minh City").
 * words.ts adds these to FIRST_NAME_SET, so the tagger's `lx=first` feature and every rule that
 * reads given names see them; a word of COMMON_WORDS is never added.
 */
export const WORLD_GIVEN_NAMES = `
linnea sigrid ebba tove alva solveig ragnhild gunnhild sunniva
silje ingvild marit hege trine mette signe katrine helle birgitte lene pernille dorthe
björn kjell sten sverre øystein oystein torbjørn torbjorn håkon haakon søren
mikael aksel morten jesper
eero jukka pekka juha timo ville antti heikki mikko tuomas jari
sanna tiina marja kaisa liisa riikka minna päivi paivi satu tuula hanna-kaisa
toomas jüri juri andrus mart kersti kaja kadri triin tõnis tonis urmas
vytautas gitanas ingrida dalia gintautas algirdas rimantas aušra ausra
krisjanis krišjānis arturs artūrs egils valdis ilze inese laima māris
emeka oluwaseun olusegun babatunde chukwuma ifeoma chiamaka funmilayo yemi
aminu uche obinna nnamdi chidi tunde femi kemi bukola folake
kwame kofi akosua kwesi kojo kwabena adwoa efua
fatou aissatou ousmane cheikh boubacar amadou seydou idrissa aliou sadio
thabo sipho lindiwe nomvula zodwa themba naledi mpho lerato thandiwe bongani
wanjiku njeri otieno odhiambo achieng akinyi kipchoge
vikram lakshmi deepika aishwarya virat sachin nirmala smriti
mamata akhilesh rajiv pooja ganesh venkat srinivas shashi
nawaz bilawal benazir tarique khaleda anura sajith ranil mahinda
dewi budi susilo megawati retno anies prabowo ganjar joko bambang wahyu agus
xóchitl xochitl yamandú yamandu nicolás joaquín
oleksiy oleksii dmytro vitali vitaliy yulia yuliia olena kateryna mykola andriy taras bohdan
serhii
radosław radoslaw jarosław jaroslaw mateusz zuzana katalin péter
`;

/**
 * Given names of the same regions that wait for the next retrain of the tagger: each occurs in a
 * training text (GUM or the team's news), so adding it to FIRST_NAME_SET changes the features the
 * committed model was trained on, and a retrained model moves hundreds of names either way (see
 * src/engine/README.md, "Lexicon gaps that need a retrain"). The names above occur in no training
 * text, so the committed model is exactly what training gives with them. Move these up when the
 * model is retrained for another reason.
 */
export const GIVEN_NAMES_AWAITING_RETRAIN = `
chinedu ngozi adebayo abubakar abena wanjiru wambui priya anjali rohit narendra arvind ramesh imran shehbaz andrés serhiy władysław wladyslaw
`;
