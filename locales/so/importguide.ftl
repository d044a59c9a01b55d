# Jämföraren – Soomaali: hagaha bogga soo raridda ee faylasha soo gelinta (tiir kasta, fayl tusaale ah). Review: machine-drafted by the developers, needs a human translator.
# Column names, codes (K, M, CSV, UTF-8 …) and the date pattern YYYY-MM-DD stay as written in the file.

staff-statistics-file-hint = Safka koowaad waa inuu noqdaa cinwaannada. Tiir kasta waxaa lagu sharaxay foomka hoostiisa, waxaana jira fayl tusaale ah.
import-guide-heading = Sida faylasha loo qoro
import-guide-intro = Faylka u kaydi sida CSV oo ku jira UTF-8, adigoo hakad (,) dhex dhigaya tiirarka. Safka koowaad wuxuu sheegaa magacyada tiirarka, si kasta oo ay u kala horreeyaan, mid walbana hal mar. Saf kasta oo ka dambeeya waa hal diiwaan. Taariikhaha waxaa loo qoraa sidan YYYY-MM-DD.
import-guide-cases-heading = Tiirarka faylka kiisaska
import-guide-survey-heading = Tiirarka faylka sahanka
import-guide-cases-rows = Saf kastaa waa hal go'aan oo ku saabsan barnaamij loogu talagalay hal qof. Haddii kiis mar kale la soo geliyo, waa la cusbooneysiiyaa.
import-guide-survey-rows = Saf kastaa waa hal jawaab oo sahanka macaamiisha ah. Haddii jawaab mar kale la soo geliyo, waa la cusbooneysiiyaa.
import-guide-example = Soo deji fayl tusaale ah ({ $file })
import-guide-example-note = Safafka tusaalaha ma aha xog dhab ah. Wuxuu muujinayaa qaabka faylka; ha u soo gelin sida uu yahay.
import-guide-col-name = Tiir
import-guide-col-required = Waa in la buuxiyaa
import-guide-col-meaning = Waxa ku jira
import-guide-required-yes = Haa
import-guide-required-no = Maya, waa madhnaan karaa
import-guide-values = Qiimayaasha la oggol yahay: { $values }
import-column-cases-case_id = Aqoonsiga (id) kiiska ee nidaamka kiisaska. Id kasta hal mar oo keliya ayuu ku jiraa faylka.
import-column-cases-person_id = Magac-qarsoon (pseudonym) qofka ah, oo isku mid ah dhammaan kiisaska qofkaas. Marnaba ma aha magac ama lambarka shakhsiga (personnummer).
import-column-cases-gender = Jinsiga qofka: K haddii ay tahay haweeney, M haddii uu yahay nin.
import-column-cases-birth_year = Sannadka dhalashada qofka, afar tiro, tusaale ahaan 1990.
import-column-cases-insats = Koodhka barnaamijka, xarfo waaweyn ama yaryar.
import-column-cases-provider_id = Aqoonsiga adeeg-bixiyaha, sida uu ugu qoran yahay diiwaanka adeeg-bixiyeyaasha ee Jämföraren.
import-column-cases-start_date = Maalinta uu barnaamijku bilaabmay.
import-column-cases-planned_end_date = Maalinta la qorsheeyay inuu barnaamijku dhammaado. Kama horreyn karo bilowga.
import-column-cases-end_date = Maalinta uu barnaamijku dhammaaday. Waa madhan inta kiisku socdo. Kama horreyn karo bilowga, kamana dambeyn karo maalinta soo gelinta.
import-column-cases-end_reason = Sababta uu barnaamijku u dhammaaday. Waa madhan marka taariikhda dhammaadku madhan tahay, markaas oo keliya.
import-column-cases-extensions = Inta jeer ee barnaamijka la kordhiyay: 0 ama ka badan.
import-column-survey-response_id = Aqoonsiga (id) jawaabta ee qalabka sahanka. Id kasta hal mar oo keliya ayuu ku jiraa faylka.
import-column-survey-provider_id = Adeeg-bixiyaha uu macmiilku lahaa, sida uu ugu qoran yahay diiwaanka adeeg-bixiyeyaasha ee Jämföraren.
import-column-survey-insats = Koodhka barnaamijka, sida faylka kiisaska.
import-column-survey-period = Sannadka kalandarka ee macaamiishiisa la weydiiyay, afar tiro.
import-column-survey-language = Luqadda looga jawaabay sahanka.
import-column-survey-reception = Jawaabta ku saabsan soo dhaweynta, 1 ilaa 5 (5 ayaa ugu fiican). Waa madhan haddii su'aasha laga booday.
import-column-survey-information = Jawaabta ku saabsan macluumaadka, 1 ilaa 5 (5 ayaa ugu fiican). Waa madhan haddii su'aasha laga booday.
import-column-survey-participation = Jawaabta ku saabsan ka qaybgalka, 1 ilaa 5 (5 ayaa ugu fiican). Waa madhan haddii su'aasha laga booday.
import-column-survey-development = Jawaabta ku saabsan horumarka, 1 ilaa 5 (5 ayaa ugu fiican). Waa madhan haddii su'aasha laga booday. Saf kastaa wuxuu ka jawaabaa ugu yaraan hal su'aal.
