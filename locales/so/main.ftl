# Jämföraren – Soomaali. Review: machine-drafted by the developers, needs a human translator.
# The codes FAI, AMI, ISA stay as codes.

site-name = Jämföraren
skip-to-content = U gudub qoraalka bogga
language-switcher-label = Dooro luqadda
footer-about = Jämföraren waxay kaa caawisaa inaad doorato adeeg-bixiyaha barnaamijka ay Degmada Nacka kuu oggolaatay. Dhammaan adeeg-bixiyeyaasha si isku mid ah ayaa loo soo bandhigaa.
demo-notice = Tani waa tijaabo. Xogta adeeg-bixiyeyaasha waa mala-awaal, mana khuseyso shirkado dhab ah.
back-to-start = Ku noqo bogga hore
copy-link = Koobiyee xiriirka boggan
copy-link-done = Xiriirka waa la koobiyeeyay.
copy-link-failed = Koobiyeyntu ma suurtagelin. Ka koobiyee ciwaanka sanduuqa ciwaanka ee browser-ka.

home-title = U dooro adeeg-bixiye barnaamijkaaga
home-intro = Lataliyahaaga shaqadu wuxuu go'aamiyay barnaamijka aad heleyso. Dooro barnaamijka iyo heerka si aad u aragto adeeg-bixiyeyaasha aad ka dooran karto.
home-results-heading = Sidee ay ugu dhacday macaamiisha
home-results-text = Tirakoobku wuxuu muujinayaa waxa ku dhacay macaamiisha adeeg-bixiye kasta, tusaale ahaan inta shaqo heshay ama bilowday waxbarasho.

kundval-FAI-name = FAI – Barnaamijyo kaa diyaarinaya shaqo
kundval-FAI-about = Haddii aad u baahan tahay inaad ogaato shaqada aad qaban karto, ama marka hore aad u baahan tahay inaad dad kale la joogto.
kundval-AMI-name = AMI – Barnaamijyada suuqa shaqada
kundval-AMI-about = Haddii aad shaqayn karto oo aad rabto inaad hesho shaqo ama aad bilowdo waxbarasho.
kundval-ISA-name = ISA – Barnaamijyo hordhac ah: sfi (iswiidhish loogu talagalay soogalootiga) iyo barashada shaqada
kundval-ISA-about = Haddii aad ku cusub tahay Iswiidhan oo aad rabto inaad iswiidhishka ku tababarato goob shaqo.
kundval-KAA-name = Barnaamijyada suuqa shaqada (ilaa dhammaadka Juun 2024)
kundval-KAA-about = Barnaamijyadii jiray ka hor 2024.

level-FAI1-short = FAI 1
level-FAI1-name = Tijaabo shaqo si loo ogaado awooddaada shaqo
level-FAI1-for-whom = Haddii awooddaada shaqo loo baahan yahay in la caddeeyo. Barnaamijku wuxuu socdaa ugu badnaan 3 bilood.
level-FAI2-short = FAI 2
level-FAI2-name = Hawlo ah tallaabada koowaad ee shaqada
level-FAI2-for-whom = Haddii aad muddo dheer shaqo iyo hawl la'aan ahayd oo aad u baahan tahay inaad dad kale la joogto. Barnaamijku wuxuu socdaa ugu badnaan 6 bilood.
level-AMI1-short = AMI 1
level-AMI1-name = Hanuunin iyo isku xirid shaqo ama waxbarasho
level-AMI1-for-whom = Haddii aad shaqayn karto waqti buuxa. Barnaamijku wuxuu socdaa ugu badnaan 3 bilood.
level-AMI2-short = AMI 2
level-AMI2-name = Tababar shaqo iyo hanuunin xagga shaqo ama waxbarasho
level-AMI2-for-whom = Haddii aad shaqayn karto ugu yaraan 25 boqolkiiba. Barnaamijku wuxuu socdaa ugu badnaan 12 bilood.
level-ISA1-short = ISA 1
level-ISA1-name = Tababar luqadeed oo goob shaqo ah, loogu talagalay barnaamijka dejinta
level-ISA1-for-whom = Haddii aad ku jirto barnaamijka dejinta (etableringsprogrammet) ee Arbetsförmedlingen. Barnaamijku wuxuu socdaa ugu badnaan 9 bilood.
level-ISA2-short = ISA 2
level-ISA2-name = Tababar luqadeed oo goob shaqo ah
level-ISA2-for-whom = Haddii aad ku cusub tahay Iswiidhan oo aadan ku jirin barnaamijka dejinta. Barnaamijku wuxuu socdaa ugu badnaan 12 bilood.
level-JPG-short = Jobbpeng grund (lacagta shaqada ee aasaasiga ah)
level-JPG-name = (barnaamij ka horreeyay 2024)
level-JPG-for-whom = Barnaamij jiray ilaa dhammaadka Juun 2024.
level-FJP-short = Förstärkt jobbpeng (lacagta shaqada ee la xoojiyay)
level-FJP-name = (barnaamij ka horreeyay 2024)
level-FJP-for-whom = Barnaamij jiray ilaa dhammaadka Juun 2024.
level-SAI-short = SAI
level-SAI-name = Språk- och arbetsintroduktion: Hordhaca luqadda iyo shaqada (barnaamij ka horreeyay 2024)
level-SAI-for-whom = Barnaamij jiray ilaa dhammaadka Juun 2024.

level-max-months = { $months ->
    [one] Ugu badnaan { $months } bil
   *[other] Ugu badnaan { $months } bilood
}
level-provider-count = { $count ->
    [0] Ma jiro adeeg-bixiye
    [one] { $count } adeeg-bixiye
   *[other] { $count } adeeg-bixiye
}
level-providers-heading = { $count ->
    [0] Ma jiro adeeg-bixiye aad dooran karto
    [one] { $count } adeeg-bixiye oo aad dooran karto
   *[other] { $count } adeeg-bixiye oo aad ka dooran karto
}
level-no-providers = Hadda ma jiro adeeg-bixiye barnaamijkan bixiya.
level-not-offered = Barnaamijkan mar dambe lama bixiyo.

organisation-form-company = Shirkad
organisation-form-non_profit = Urur aan faa'iido doon ahayn
organisation-form-municipal = Qayb ka tirsan Degmada Nacka

error-not-found-title = Boggan lama helin
error-not-found = Ma helin bogga aad raadinayso. Waxaa laga yaabaa in la raray, ama ciwaanku khalad yahay.
error-unavailable-title = Adeeggu hadda ma shaqaynayo
error-unavailable = Cilad ayaa dhinaceenna ka dhacday. Fadlan mar kale isku day wax yar kadib.
error-too-large-title = Waxa aad dirtay aad ayuu u weyn yahay
error-too-large = Foomka ama faylka ayaa ka weyn inta aan aqbalno. Dir qoraal yar ama fayl ka yar.

## Doorashada adeeg-bixiyaha: liiska, shaandhooyinka, bogga adeeg-bixiyaha

default-provider-heading = Haddii aadan rabin inaad doorato
default-provider-text = Haddii aadan adigu dooran, waxaa laguu qoondaynayaa adeeg-bixiyaha caadiga ah. Hadda waa { $provider }. Adeeg-bixiyaha caadiga ah wuxuu isbeddelaa labadii toddobaadba mar, iyadoo la raacayo liis.
default-provider-none = Hadda ma jiro adeeg-bixiye caadi ah.
default-provider-until = Sidaas ayay ahaan doontaa ilaa { $date }.
level-search-heading = Raadi oo shaandhee
search-label = Ka raadi adeeg-bixiyeyaasha
search-hint = Tusaale ahaan qor magac, luqad ama nooc shaqo.
filters-submit = Muuji adeeg-bixiyeyaasha
filters-clear = Ka saar dhammaan shaandhooyinka
filter-count = { $label } ({ $count })
order-label = Kala horreynta
order-random = Kala horreyn nasiib ah
order-name = Sida xarfaha (A–Ö)
order-random-explained = Liisku wuxuu u kala horreeyaa si nasiib ah. Kala horreyntu waa isku mid inta aad booqanayso, iyo sidoo kale qofka aad xiriirka la wadaagto. Ma jiro adeeg-bixiye had iyo jeer ugu horreeya.
order-name-explained = Liisku wuxuu u kala horreeyaa sida xarfaha.
listing-count = Waxaa la muujinayaa { $shown } ka mid ah { $total } adeeg-bixiye.
listing-empty = Ma jiro adeeg-bixiye u dhigma dhammaan doorashooyinkaaga. Ka saar shaandho ama beddel raadinta.
search-shortened = Raadintu aad bay u dheerayd. Waxaan ku raadinnay oo keliya 200-ka xaraf ee ugu horreeya.
share-list-link = Xiriirka liiskan
provider-read-more = Wax badan ka akhri { $provider }
provider-city = Goobta: { $city }

fact-kind-language = Luqadaha
fact-kind-area = Goobta
fact-kind-competence = Aqoon gaar ah
fact-kind-industry = Noocyada shaqo ee shabakadda loo-shaqeeyayaasha
fact-kind-meeting_form = Kulamada
fact-kind-accessibility = Gelitaanka xafiiska
fact-kind-coaches = Ka hor intaadan dooran

fact-language-sv = Iswiidhish
fact-language-en = Ingiriisi
fact-language-ar = Carabi
fact-language-prs = Dari
fact-language-fa = Faarsi
fact-language-so = Soomaali
fact-language-ti = Tigrinya
fact-language-ru = Ruush
fact-language-uk = Yukreeni
fact-language-es = Isbaanish
fact-language-fr = Faransiis
fact-language-tr = Turki
fact-language-pl = Boolish
fact-language-ku = Kurdi
fact-language-am = Amxaari
fact-area-nacka-sickla = Nacka, Sickla
fact-area-nacka-centrum = Bartamaha Nacka
fact-area-nacka-fisksatra = Nacka, Fisksätra
fact-area-nacka-orminge = Nacka, Orminge
fact-area-nacka-saltsjobaden = Nacka, Saltsjöbaden
fact-area-stockholm = Meel kale oo Stockholm ah
fact-competence-npf = NPF iyo dhibaatooyinka garashada
fact-competence-far-from-labour-market = Dadka ka fog suuqa shaqada
fact-competence-young-adults = Dhallinyarada
fact-competence-newcomers = Dadka dalka cusub u yimid
fact-competence-mental-health = Caafimaad-darro maskaxeed
fact-competence-physical-disability = Naafonimo jireed
fact-industry-retail = Ganacsi iyo dukaamo
fact-industry-hospitality = Hoteello iyo maqaayado
fact-industry-construction = Dhismo
fact-industry-care = Daryeel iyo caafimaad
fact-industry-logistics = Bakhaar iyo saad
fact-industry-it = IT
fact-industry-cleaning = Nadaafad iyo adeegga dhismayaasha
fact-industry-transport = Gaadiid
fact-industry-manufacturing = Warshado iyo wax-soo-saar
fact-industry-office = Xafiis iyo maamul
fact-meeting_form-on_site = Kulan fool-ka-fool ah
fact-meeting_form-digital = Kulan online ah
fact-accessibility-step_free = Albaab aan jaranjaro lahayn
fact-accessibility-hearing_loop = Qalabka maqalka (hörslinga)
fact-accessibility-accessible_toilet = Musqul loogu talagalay dadka naafada ah
fact-accessibility-quiet_room = Qol aamusan
fact-coaches-several_before_choice = Waxaad la kulmi kartaa dhowr tababare ka hor intaadan dooran

profile-facts-heading = Xaqiiqooyin
profile-organisation-form = Nooca hay'adda
profile-employees = Tirada shaqaalaha
profile-contact-heading = La xiriir
profile-phone = Telefoon
profile-email = Iimayl
profile-website = Websaydh
profile-address = Cinwaanka boostada
profile-levels-heading = Barnaamijyada uu adeeg-bixiyuhu bixiyo
profile-level-since = laga bilaabo { $date }
profile-presentation-heading = Adeeg-bixiyuhu wuxuu ka warramayaa naftiisa
profile-presentation-in-swedish = Adeeg-bixiyuhu kuma qorin luqaddaada. Qoraalku waa iswiidhish.
profile-no-presentation = Adeeg-bixiyuhu ma qorin wax isbarasho ah.
profile-updated = La cusboonaysiiyay { $date }
profile-stale = Xogtan lama cusboonaysiin in ka badan hal sano. Weydii adeeg-bixiyaha haddii wax isbeddeleen.
profile-not-stated = Lama sheegin
kundval-default-provider = Adeeg-bixiyaha caadiga ah hadda: { $provider }

## Isbarbardhig, la wadaag, daabac

compare-select = Isbarbardhig { $provider }
compare-submit = Isbarbardhig adeeg-bixiyeyaasha aad dooratay
compare-hint = Dooro laba ilaa afar adeeg-bixiye si aad isu barbardhigto.
compare-title = Isbarbardhig adeeg-bixiyeyaasha
compare-too-few = Dooro ugu yaraan laba adeeg-bixiye si aad isu barbardhigto.
compare-too-many = Mar kasta waxaad isbarbardhigi kartaa ugu badnaan afar adeeg-bixiye. Waxaan muujinaynaa afarta ugu horreeya.
compare-field = Xog
share-heading = La wadaag
share-qr-label = Koodh QR oo leh xiriirka boggan
share-qr-hint = Koodhka ku sawir kamarada mobilkaaga si boggu ugu furmo mobilkaaga.
print = Daabac
profile-updated-label = Markii ugu dambeysay ee la cusboonaysiiyay

meta-provider = { $provider } ee Jämföraren: sida adeeg-bixiyuhu u shaqeeyo, luqadaha lagu hadlo, halka uu ku yaal iyo sida loola xiriiro. Barbar dhig adeeg-bixiyayaasha kale.
meta-compare = Barbar dhig adeeg-bixiyayaasha: sida ay u shaqeeyaan, luqadaha lagu hadlo, halka ay ku yaalaan iyo natiijooyinkooda.

next-steps-heading = Kadib markaad doorato
next-steps-tell = U sheeg lataliyahaaga shaqada adeeg-bixiyaha aad dooratay. Haddii aadan rabin inaad doorato, sheeg: markaas waxaa laguu qoondaynayaa adeeg-bixiyaha caadiga ah.
next-steps-day-1 = Maalinta 1: lataliyaha ayaa kaa diiwaangelinaya adeeg-bixiyaha.
next-steps-day-1-2 = Maalinta 1–2: adeeg-bixiyaha ayaa go'aaminaya cidda kula shaqaynaysa, wuxuuna u sheegayaa lataliyaha.
next-steps-day-2-3 = Maalinta 2–3: lataliyaha ayaa hawsha u diraya adeeg-bixiyaha.
next-steps-day-3-14 = Maalinta 3–14: adeeg-bixiyaha ayaa qorshe barnaamijkaaga ah (qorshaha fulinta) u diraya degmada si loo ansixiyo.
next-steps-change = Waxaad beddeli kartaa adeeg-bixiyaha hadhow. La hadal lataliyahaaga shaqada haddii aad rabto inaad beddesho.
