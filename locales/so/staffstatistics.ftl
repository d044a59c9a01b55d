# Jämföraren – Soomaali: shaqada tirakoobka ee degmada (daabacaad, tirooyinka buuxa, soo gelinta faylal). Review: machine-drafted by the developers, needs a human translator.
# Column names, codes (K, M, end_reason …) and the date pattern YYYY-MM-DD stay as written in the file.

staff-statistics-title = Tirakoobka degmada
staff-statistics-publish-heading = Daabac tirakoob
staff-statistics-publish-intro = Tirooyinka hadda ayaa laga xisaabiyaa kaydka xogta ee degmada ee barnaamijyada iyo sahanka macaamiisha, waxaana dadweynaha loo muujiyaa iyadoo la ilaalinayo qarsoodiga. Daabacaadihii hore waa la kaydiyaa.
staff-statistics-period = Muddo
staff-statistics-scope-year = Hal sannad (Janaayo–Diseembar)
staff-statistics-scope-range = Laga bilaabo taariikh – ilaa iyo taariikh
staff-statistics-year = Sannad
staff-statistics-year-hint = Afar tiro, tusaale ahaan 2024.
staff-statistics-publish = Daabac
staff-statistics-publications-heading = Daabacaadaha
staff-statistics-shown = Dadweynaha waa loo muujiyaa
staff-statistics-superseded = Waxaa beddelay daabacaad ka dambeysay
staff-statistics-thresholds = Tirooyinka ka yar { $count } waa la qariyaa, qaybaha waxay u baahan yihiin ugu yaraan { $base }
staff-statistics-full-link = Tirooyinka buuxa
staff-statistics-col-period = Muddada
staff-statistics-col-published = La daabacay
staff-statistics-col-by = Cidda
staff-statistics-col-thresholds = Ilaalinta qarsoodiga
staff-statistics-col-public = Dadweynaha
staff-statistics-col-figures = Tirooyinka
staff-statistics-col-file = Fayl
staff-statistics-col-kind = Nooca
staff-statistics-col-started = La bilaabay
staff-statistics-col-state = Xaaladda
staff-statistics-upload-heading = Soo geli fayl
staff-statistics-upload-intro = Faylka waxaa la akhriyaa gadaal. Haddii wax khalad ah jiraan, waxba lama soo gelinayo, waxaadna arkaysaa dhibaato kasta iyo safka iyo tiirka ay ku jirto.
staff-statistics-upload-kind = Maxaa ku jira faylka?
staff-statistics-kind-cases = Kiisaska (barnaamijyada)
staff-statistics-kind-survey = Jawaabaha sahanka macaamiisha
staff-statistics-file = Fayl CSV
staff-statistics-upload = Soo rar oo soo geli
staff-statistics-imports-heading = Soo gelintii ugu dambeysay
staff-statistics-full-warning = Tirooyin buuxa oo aan qarsoodiga la ilaalin. Shaqaalaha degmada oo keliya – lama daabici karo, cid kalena lama siin karo.

import-title = Soo gelinta { $file }
import-started = { $kind }, waxaa bilaabay { $who } { $when }.
import-state-running = Faylka waa la akhrinayaa …
import-state-imported = { $rows } saf ayaa la soo geliyay.
import-state-rejected = Faylku wuxuu leeyahay dhibaatooyin. Waxba lama soo gelin.
import-state-interrupted = Soo gelinta waa la joojiyay markii server-ku istaagay. Waxba lama soo gelin. Mar kale soo rar faylka.
import-progress-label = Inta ay soo gelintu gaartay
import-progress = { $rows } saf ayaa dhammaaday ({ $percent } % faylka).
import-look-again = Muuji xaaladda hadda
import-next-publish = Daabac tirakoobka si tirooyinka cusub dadweynaha loogu muujiyo.
import-problem-count = { $count ->
    [one] Hal dhibaato ayaa la helay.
   *[other] { $count } dhibaato ayaa la helay.
}
import-problems-truncated = Dhibaatooyinka ugu horreeya oo keliya ayaa la muujiyay. Sax oo mar kale soo geli si aad u aragto inta kale.
import-problems-caption = Dhibaatooyinka faylka
import-col-line = Saf
import-col-column = Tiir
import-col-problem = Dhibaato

import-problem-wrong-header = Safka cinwaannadu waa inuu lahaadaa tiirarkan oo keliya: { $expected }. Wuxuu leeyahay: { $found }.
import-problem-empty = Faylku waa madhan yahay. Wuxuu u baahan yahay ugu yaraan safka cinwaannada.
import-problem-field-count = Safku wuxuu leeyahay { $found } meelood, laakiin safka cinwaannadu wuxuu leeyahay { $expected }.
import-problem-unreadable = Safka lama akhrin karo ({ $value }).
import-problem-missing = Qiime ayaa maqan.
import-problem-control-character = "{ $value }" waxaa ku jira xaraf koontarool. Aqoonsiga (id) waxaa ku jiri kara oo keliya xarfo la daabici karo.
import-problem-gender = Jinsigu waa "{ $value }". Waa inuu noqdaa K ama M.
import-problem-birth-year = Sannadka dhalashadu waa "{ $value }". Waa inuu noqdaa afar tiro.
import-problem-unknown-insats = Ma jiro barnaamij leh koodka "{ $value }". Koodhadhku waa { $valid }.
import-problem-unknown-provider = Ma jiro adeeg-bixiye leh aqoonsiga (id) "{ $value }".
import-problem-date = "{ $value }" ma aha taariikh loo qoray sidan YYYY-MM-DD.
import-problem-planned-end-before-start = Dhammaadka la qorsheeyay { $end } wuxuu ka horreeyaa bilowga { $start }.
import-problem-end-before-start = Dhammaadka { $end } wuxuu ka horreeyaa bilowga { $start }.
import-problem-end-after-import = Dhammaadka { $end } wuxuu ka dambeeyaa maalinta soo gelinta, { $today }. Barnaamij kuma dhammaan karo mustaqbalka.
import-problem-reason-without-end = Sababta dhammaadka (end_reason) waxay u baahan tahay taariikhda dhammaadka (end_date).
import-problem-end-without-reason = Taariikhda dhammaadka (end_date) waxay u baahan tahay sababta dhammaadka (end_reason).
import-problem-end-reason = Sababta dhammaadku waa "{ $value }". Waa inay noqotaa mid ka mid ah work, studies, own_business, other_insats, same_insats_other_provider, other_authority, moved, illness ama interrupted_other.
import-problem-extensions = Kordhintu waa "{ $value }". Waa inay noqotaa tiro dhan, 0 ama ka badan.
import-problem-chosen = Chosen waa "{ $value }". Waa inay noqotaa customer, default ama madhan.
import-problem-duplicate-id = { $column } "{ $value }" wuxuu sidoo kale ku jiraa safka { $line }.
import-problem-survey-year = Muddadu waa "{ $value }". Waa inay noqotaa sannadka sahanka, afar tiro.
import-problem-language = Luqaddu waa "{ $value }". Waa inay noqotaa mid ka mid ah { $allowed }.
import-problem-answer = Jawaabtu waa "{ $value }". Waa inay noqotaa tiro dhan oo u dhexeysa 1 ilaa 5, ama madhan haddii su'aasha laga booday.
import-problem-no-answers = Jawaabtani kama jawaabto wax su'aal ah. Ugu yaraan hal jawaab ayaa loo baahan yahay.
import-problem-failed = Faylka lama akhrin karin ilaa dhammaadkiisa, ama kaydka xogtu ma jawaabin. Waxba lama soo gelin. Mar kale isku day.

done-statistics-published = Tirakoobka waa la daabacay, dadweynahana waa loo muujiyay.
error-statistics-year = Qor sannad afar tiro ah, laga bilaabo 2000 ilaa sannadkan.
error-statistics-date = Taariikhda u qor sidan YYYY-MM-DD (sannad-bil-maalin).
error-statistics-period-order = Muddadu waxay dhammaanaysaa ka hor inta aysan bilaabmin.
error-statistics-failed = Tirakoobka hadda lama daabici karin. Waxba isma beddelin. Mar kale isku day wax yar kadib.
error-import-busy = Soo gelin kale ayaa socota. Sug ilaa ay dhammaato, kadibna mar kale soo rar faylka.
error-import-upload = Faylka lama helin. Mar kale isku day.
error-import-no-file = Dooro fayl aad soo rarto.
error-import-kind = Dooro waxa ku jira faylka.
