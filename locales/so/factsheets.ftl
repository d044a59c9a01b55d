# Jämföraren – Soomaali, fact sheets. Review: machine-drafted by the developers in plain Somali after the Swedish easy-to-read sheets, needs a human translator.
# One thought per line: each line of a multiline message is its own paragraph or list item. The codes FAI, AMI, ISA stay as codes.

## Qaybaha guud

sheet-title = Warqad macluumaad oo ku saabsan { $level }
sheet-link = Akhri warqadda macluumaadka ee { $level }
sheet-back-to-index = Dhammaan warqadaha macluumaadka
sheet-index-title = Warqado macluumaad oo ku saabsan barnaamijyada
sheet-index-intro = Halkan waxaa ku yaal warqad macluumaad barnaamij kasta. Warqadaha waxaa lagu qoray luqad fudud. Waxay ku qoran yihiin dhammaan luqadaha Jämföraren. Waad daabacan kartaa.
sheet-heading-what = Waa maxay?
sheet-heading-who = Yaa loogu talagalay?
sheet-heading-length = Intee in le'eg ayuu socdaa?
sheet-heading-happens = Maxaa dhaca?
sheet-heading-goal = Waa maxay ujeeddadu?
sheet-heading-rights = Xuquuqdaada
sheet-heading-ask = Yaad weydiin kartaa?
sheet-rights =
    Adigu ayaa dooranaya adeeg-bixiyaha aad rabto.
    Adeeg-bixiyuhu wuxuu noqon karaa shirkad, urur aan faa'iido doon ahayn ama degmada.
    Jämföraren waxaad ku arkaysaa dhammaan adeeg-bixiyeyaasha aad dooran karto.
    Waad beddeli kartaa adeeg-bixiyaha.
    Ma rabtid inaad doorato? Markaas waxaa laguu qoondaynayaa adeeg-bixiyaha caadiga ah.
    Adeeg-bixiyaha caadiga ah wuxuu isbeddelaa labadii toddobaadba mar, iyadoo la raacayo liis.
    Waxaad codsan kartaa kulan adiga, adeeg-bixiyaha iyo lataliyahaaga shaqada.
sheet-rights-historical =
    Adigu ayaa doortay adeeg-bixiyaha aad rabtay.
    Waad beddeli kartay adeeg-bixiyaha.
    Barnaamijkan hadda ma jiro.
    Maanta waxaa meeshiisa jira barnaamijyada FAI, AMI iyo ISA.
sheet-ask =
    Weydii lataliyahaaga shaqada ee Degmada Nacka.
    Lataliyaha ayaa go'aamiya barnaamijkaaga, wuxuuna kaa caawiyaa inaad doorato.
    Waxaad sidoo kale weydiin kartaa adeeg-bixiyahaaga.
    Ma u baahan tahay turjumaan? U sheeg lataliyahaaga shaqada.
sheet-historical-note = Barnaamijkan wuxuu jiray ilaa dhammaadka Juun 2024. Warqadda waa la hayaa si loo muujiyo sidii ay ahayd.
sheet-providers-link = Eeg adeeg-bixiyeyaasha aad u dooran karto { $level }
sheet-source = Warqaddan waxay ku salaysan tahay xeerarka Degmada Nacka ee doorashada laga bilaabo 2024.
sheet-source-historical = Warqaddan waxay ku salaysan tahay warbixinta Degmada Nacka ee barnaamijyada 2023.
sheet-read-aloud = Cod ku akhri
sheet-stop-reading = Jooji akhriska
sheet-print = Daabac

## FAI 1

sheet-FAI1-what =
    FAI 1 waa tijaabo shaqo.
    Waxaad isku dayaysaa inaad ka shaqayso goob shaqo.
    Adeeg-bixiye ayaa ku taageeraya waqtiga oo dhan.
    Waxaad wada ogaanaysaan shaqada aad qaban karto.
    Waxaad sidoo kale ogaanaysaan inta aad shaqayn karto.
sheet-FAI1-who =
    FAI 1 waxaa loogu talagalay adiga haddii aadan garanayn inta aad shaqayn karto.
    Awooddaada shaqo waa in ay caddaato.
    Awoodda shaqo waxay ka dhigan tahay shaqada aad qaban karto iyo inta aad shaqayn karto.
sheet-FAI1-length =
    FAI 1 wuxuu socdaa ugu badnaan 3 bilood.
    Inta badan barnaamijka lama kordhin karo.
    Mararka qaarkood waa la kordhin karaa 1 bil mar kasta, ugu badnaan 2 bilood.
sheet-FAI1-happens =
    Markaad doorato adeeg-bixiyaha, barnaamijku wuu bilaabmaa.
    Adeeg-bixiyaha ayaa kula soo xiriira.
    Kulanka koowaad wuxuu dhacaa hal toddobaad gudihiis.
    14 maalmood gudahood waxaad wada samaynaysaan qorshe. Waxaa la yiraahdaa qorshaha fulinta.
    Waxaad isku dayaysaa inaad ka shaqayso goob shaqo.
    Waxaad la xiriirtaa adeeg-bixiyaha ugu yaraan hal mar toddobaadkii.
    Bil kasta waxaad ka hadashaan sida ay wax u socdaan.
    Adeeg-bixiyaha ayaa bil kasta warbixin u qora lataliyahaaga shaqada.
sheet-FAI1-goal =
    Ujeeddadu waa inaad ogaato shaqada aad qaban karto iyo inta aad shaqayn karto.
    Kadib waxaad u gudbi kartaa AMI 2. Taasi waa tababar shaqo.
    Ama waxaad taageero ka helaysaa hay'ad dowladeed oo kale.

## FAI 2

sheet-FAI2-what =
    FAI 2 waa hawlo ah tallaabada koowaad ee shaqada.
    Waxaad hawlo la qabanaysaa dad kale.
    Adeeg-bixiye ayaa ku taageeraya waqtiga oo dhan.
sheet-FAI2-who =
    FAI 2 waxaa loogu talagalay adiga haddii aad muddo dheer la'aan shaqo, waxbarasho ama hawl kale.
    Marka hore waxaad u baahan tahay inaad ka mid noqoto koox dad kale ah.
sheet-FAI2-length =
    FAI 2 wuxuu socdaa ugu badnaan 6 bilood.
    Inta badan barnaamijka lama kordhin karo.
    Mararka qaarkood waa la kordhin karaa 1 bil mar kasta, ugu badnaan 2 bilood.
sheet-FAI2-happens =
    Markaad doorato adeeg-bixiyaha, barnaamijku wuu bilaabmaa.
    Adeeg-bixiyaha ayaa kula soo xiriira.
    Kulanka koowaad wuxuu dhacaa hal toddobaad gudihiis.
    14 maalmood gudahood waxaad wada samaynaysaan qorshe. Waxaa la yiraahdaa qorshaha fulinta.
    Waxaad hawlo la qabanaysaa dad kale.
    Waxaad la xiriirtaa adeeg-bixiyaha ugu yaraan hal mar toddobaadkii.
    Bil kasta waxaad ka hadashaan sida ay wax u socdaan.
    Adeeg-bixiyaha ayaa bil kasta warbixin u qora lataliyahaaga shaqada.
sheet-FAI2-goal =
    Ujeeddadu waa inaad awoodo inaad tijaabiso ka shaqaynta goob shaqo.
    Kadib waxaad u gudbi kartaa FAI 1. Taasi waa tijaabo shaqo.
    Ama waxaad taageero ka helaysaa hay'ad dowladeed oo kale.

## AMI 1

sheet-AMI1-what =
    AMI 1 waa hanuunin iyo caawimaad lagu helo shaqo ama waxbarasho.
    Waxaad baranaysaa sida suuqa shaqadu u shaqeeyo.
    Adeeg-bixiye ayaa kaa caawinaya inaad hesho shaqo ama waxbarasho kugu habboon.
sheet-AMI1-who =
    AMI 1 waxaa loogu talagalay adiga haddii aad shaqayn karto waqti buuxa.
    Waxaad u baahan tahay hanuunin si aad u gaarto shaqo ama waxbarasho.
sheet-AMI1-length =
    AMI 1 wuxuu socdaa ugu badnaan 3 bilood.
    Inta badan barnaamijka lama kordhin karo.
    Mararka qaarkood waa la kordhin karaa 1 bil mar kasta, ugu badnaan 2 bilood.
sheet-AMI1-happens =
    Markaad doorato adeeg-bixiyaha, barnaamijku wuu bilaabmaa.
    Adeeg-bixiyaha ayaa kula soo xiriira.
    Kulanka koowaad wuxuu dhacaa hal toddobaad gudihiis.
    14 maalmood gudahood waxaad wada samaynaysaan qorshe. Waxaa la yiraahdaa qorshaha fulinta.
    Waxaad raadinaysaan shaqo ama waxbarasho kugu habboon.
    Waxaad la xiriirtaa adeeg-bixiyaha ugu yaraan hal mar toddobaadkii.
    Bil kasta waxaad ka hadashaan sida ay wax u socdaan.
    Adeeg-bixiyaha ayaa bil kasta warbixin u qora lataliyahaaga shaqada.
sheet-AMI1-goal =
    Ujeeddadu waa inaad naftaada masruufto.
    Waxaad naftaada ku masruufi kartaa shaqo.
    Waxaad sidoo kale wax ku baran kartaa deeqda waxbarashada ama furan kartaa ganacsi adiga kuu gaar ah.

## AMI 2

sheet-AMI2-what =
    AMI 2 waa tababar shaqo iyo hanuunin.
    Waxaad ku tababaranaysaa ka shaqaynta goob shaqo.
    Waxaad baranaysaa sida suuqa shaqadu u shaqeeyo.
    Adeeg-bixiye ayaa kaa caawinaya inaad u socoto shaqo ama waxbarasho.
sheet-AMI2-who =
    AMI 2 waxaa loogu talagalay adiga haddii aad shaqayn karto ugu yaraan 25 boqolkiiba waqtiga buuxa.
    Taasi waa qiyaastii 10 saacadood toddobaadkii.
    Waxaad u baahan tahay taageero si aad u gaarto shaqo ama waxbarasho.
sheet-AMI2-length =
    AMI 2 wuxuu socdaa ugu badnaan 12 bilood.
    Inta badan barnaamijka lama kordhin karo.
    Mararka qaarkood waa la kordhin karaa 1 bil mar kasta, ugu badnaan 2 bilood.
sheet-AMI2-happens =
    Markaad doorato adeeg-bixiyaha, barnaamijku wuu bilaabmaa.
    Adeeg-bixiyaha ayaa kula soo xiriira.
    Kulanka koowaad wuxuu dhacaa hal toddobaad gudihiis.
    14 maalmood gudahood waxaad wada samaynaysaan qorshe. Waxaa la yiraahdaa qorshaha fulinta.
    Waxaad ku tababaranaysaa ka shaqaynta goob shaqo.
    Waxaad la xiriirtaa adeeg-bixiyaha ugu yaraan hal mar toddobaadkii.
    Bil kasta waxaad ka hadashaan sida ay wax u socdaan.
    Adeeg-bixiyaha ayaa bil kasta warbixin u qora lataliyahaaga shaqada.
sheet-AMI2-goal =
    Ujeeddadu waa inaad naftaada masruufto.
    Waxaad naftaada ku masruufi kartaa shaqo.
    Waxaad sidoo kale wax ku baran kartaa deeqda waxbarashada ama furan kartaa ganacsi adiga kuu gaar ah.

## ISA 1

sheet-ISA1-what =
    ISA 1 waa tababar luqadeed oo goob shaqo ah.
    Waxaad iswiidhishka ku tababaranaysaa goob shaqo oo lagu hadlo iswiidhish.
    Isla markaas waxaad wax ku baranaysaa sfi. Sfi waa iswiidhish loogu talagalay soogalootiga.
    Adeeg-bixiye ayaa ku taageeraya waqtiga oo dhan.
sheet-ISA1-who =
    ISA 1 waxaa loogu talagalay adiga haddii aad ku cusub tahay Iswiidhan.
    Waxaad ku jirtaa barnaamijka dejinta ee Arbetsförmedlingen.
    Ama waxaad xaq u leedahay inaad ku jirto barnaamijkaas.
sheet-ISA1-length =
    ISA 1 wuxuu socdaa ugu badnaan 9 bilood.
    Inta badan barnaamijka lama kordhin karo.
    Mararka qaarkood waa la kordhin karaa 1 bil mar kasta, ugu badnaan 2 bilood.
sheet-ISA1-happens =
    Markaad doorato adeeg-bixiyaha, barnaamijku wuu bilaabmaa.
    Adeeg-bixiyaha ayaa kula soo xiriira.
    Kulanka koowaad wuxuu dhacaa hal toddobaad gudihiis.
    14 maalmood gudahood waxaad wada samaynaysaan qorshe. Waxaa la yiraahdaa qorshaha fulinta.
    Waxaad iswiidhishka ku tababaranaysaa goob shaqo, waxaadna wax ku baranaysaa sfi.
    Waxaad la xiriirtaa adeeg-bixiyaha ugu yaraan hal mar toddobaadkii.
    Bil kasta waxaad ka hadashaan sida ay wax u socdaan.
    Adeeg-bixiyaha ayaa bil kasta warbixin u qora lataliyahaaga shaqada.
sheet-ISA1-goal =
    Ujeeddadu waa inaad si dhakhso ah u gaarto goob shaqo oo aad barato iswiidhish.
    Kadib waxaad taageero ka helaysaa Arbetsförmedlingen.
    Ama waxaad u gudbaysaa barnaamij kale.

## ISA 2

sheet-ISA2-what =
    ISA 2 waa tababar luqadeed oo goob shaqo ah.
    Waxaad iswiidhishka ku tababaranaysaa goob shaqo oo lagu hadlo iswiidhish.
    Isla markaas waxaad wax ku baranaysaa sfi. Sfi waa iswiidhish loogu talagalay soogalootiga.
    Adeeg-bixiye ayaa ku taageeraya waqtiga oo dhan.
sheet-ISA2-who =
    ISA 2 waxaa loogu talagalay adiga haddii aad ku cusub tahay Iswiidhan oo aadan ku jiri karin barnaamijka dejinta ee Arbetsförmedlingen.
    Sidoo kale waa adiga haddii aad ku jirtay barnaamijka dejinta laakiin aadan dhammaysan sfi.
sheet-ISA2-length =
    ISA 2 wuxuu socdaa ugu badnaan 12 bilood.
    Inta badan barnaamijka lama kordhin karo.
    Mararka qaarkood waa la kordhin karaa 1 bil mar kasta, ugu badnaan 2 bilood.
sheet-ISA2-happens =
    Markaad doorato adeeg-bixiyaha, barnaamijku wuu bilaabmaa.
    Adeeg-bixiyaha ayaa kula soo xiriira.
    Kulanka koowaad wuxuu dhacaa hal toddobaad gudihiis.
    14 maalmood gudahood waxaad wada samaynaysaan qorshe. Waxaa la yiraahdaa qorshaha fulinta.
    Waxaad iswiidhishka ku tababaranaysaa goob shaqo, waxaadna wax ku baranaysaa sfi.
    Waxaad la xiriirtaa adeeg-bixiyaha ugu yaraan hal mar toddobaadkii.
    Bil kasta waxaad ka hadashaan sida ay wax u socdaan.
    Adeeg-bixiyaha ayaa bil kasta warbixin u qora lataliyahaaga shaqada.
sheet-ISA2-goal =
    Ujeeddadu waa inaad dhammayso sfi.
    Kadib waxaad u gudbi kartaa barnaamij kale, tusaale ahaan AMI 2.

## Jobbpeng grund (ka hor 2024)

sheet-JPG-what =
    Jobbpeng grund wuxuu ahaa barnaamij lagu helo shaqo.
    Adeeg-bixiye ayaa ku taageeray.
sheet-JPG-who =
    Jobbpeng grund wuxuu ahaa adiga haddii aad hore u shaqaysay.
    Uma baahnayn inaad tijaabiso inta aad shaqayn karto.
sheet-JPG-length =
    Lataliyaha shaqada ayaa go'aamiyay inta barnaamijku socdo.
    Waa la kordhin karay kadib kulan adiga, adeeg-bixiyaha iyo lataliyaha.
sheet-JPG-happens =
    Adiga iyo adeeg-bixiyaha waxaad wada samayseen qorshe.
    Waxaad caawimaad ka heshay CV-gaaga iyo warqadda codsiga.
    Waxaad samayn kartay tababar shaqo oo loo-shaqeeye.
    Adeeg-bixiyaha ayaa bil kasta warbixin u qoray lataliyahaaga shaqada.
    Markii barnaamijku dhammaaday, adeeg-bixiyaha ayaa qoray warbixin kama dambays ah.
sheet-JPG-goal =
    Ujeeddadu waxay ahayd inaad naftaada masruufto.
    Shaqo, waxbarasho ama ganacsi adiga kuu gaar ah.

## Förstärkt jobbpeng (ka hor 2024)

sheet-FJP-what =
    Förstärkt jobbpeng wuxuu ahaa barnaamij leh taageero dheeraad ah oo lagu gaaro shaqo.
    Adeeg-bixiye ayaa ku taageeray.
sheet-FJP-who =
    Förstärkt jobbpeng wuxuu ahaa adiga haddii aadan hore u shaqayn.
    Ama haddii aadan muddo dheer shaqayn.
    Waxaad u baahnayd taageero badan, inta badan dhinacyo badan.
sheet-FJP-length =
    Lataliyaha shaqada ayaa go'aamiyay inta barnaamijku socdo.
    Waa la kordhin karay kadib kulan adiga, adeeg-bixiyaha iyo lataliyaha.
sheet-FJP-happens =
    Adiga iyo adeeg-bixiyaha waxaad wada samayseen qorshe.
    Waxaad heshay hawlo ku habboon baahiyahaaga.
    Waxaad ku tababaran kartay shaqo hal ama dhowr goobood oo shaqo.
    Adeeg-bixiyaha ayaa la shaqeeyay dad kale oo ku taageeray.
    Adeeg-bixiyaha ayaa bil kasta warbixin u qoray lataliyahaaga shaqada.
    Markii barnaamijku dhammaaday, adeeg-bixiyaha ayaa qoray warbixin kama dambays ah.
sheet-FJP-goal =
    Ujeeddadu waxay ahayd inaad naftaada masruufto.
    Shaqo, waxbarasho ama ganacsi adiga kuu gaar ah.

## SAI, hordhaca luqadda iyo shaqada (ka hor 2024)

sheet-SAI-what =
    SAI wuxuu ahaa barnaamij aad ku baratay iswiidhish oo aad ku gashay nolosha shaqada.
    Ugu yaraan kala bar waqtiga waxaad iswiidhish ku tababaranaysay goob shaqo.
    Waqtiga intiisa kale waxaad wax ku baranaysay sfi iyo barashada bulshada.
sheet-SAI-who =
    SAI wuxuu ahaa adiga haddii aad ku noolayd Nacka oo aad ahayd 18 ilaa 65 sano.
    Luqadda iswiidhishka ayaa kaa hor istaagtay inaad hesho shaqo.
sheet-SAI-length =
    Lataliyaha shaqada ayaa go'aamiyay inta barnaamijku socdo.
    Waa la kordhin karay kadib kulan adiga, adeeg-bixiyaha iyo lataliyaha.
sheet-SAI-happens =
    Adiga iyo adeeg-bixiyaha waxaad wada samayseen qorshe.
    Waxaad iswiidhish ku tababaranaysay goob shaqo.
    Waxaad wax ku baranaysay sfi iyo barashada bulshada.
    Adeeg-bixiyaha ayaa bil kasta warbixin u qoray lataliyahaaga shaqada.
    Markii barnaamijku dhammaaday, adeeg-bixiyaha ayaa qoray warbixin kama dambays ah.
sheet-SAI-goal =
    Ujeeddadu waxay ahayd inaad barato iswiidhish.
    Iyo inaad boos joogto ah ka hesho suuqa shaqada.
