# Jämföraren – Soomaali, inta tiro kasta la hubo (baaxadaha, isbarbardhigga) iyo bogga "Sida loo akhriyo tirakoobka". Review: machine-drafted by the developers, needs a human translator.

# The range keeps a WORD JOINER (U+2060) on each side of its dash: a narrow table cell never breaks it.
stats-share-interval = { $percent } ({ $part } ka mid ah { $base }, malaha { $low }⁠–⁠{ $high } %)
stats-how-to-read-link = Sida loo akhriyo tirakoobka
stats-verdict-intro = Marka la barbardhigo adeeg-bixiyeyaasha kale ee adeegga (ka sarreeya ama ka hooseeya kaliya marka farqigu ka weyn yahay mid nasiib ku iman kara):
stats-verdict-higher = { $figure }: { $provider } wuu ka sarreeyaa adeeg-bixiyeyaasha kale ee { $level }.
stats-verdict-lower = { $figure }: { $provider } wuu ka hooseeyaa adeeg-bixiyeyaasha kale ee { $level }.
stats-verdict-same = { $figure }: { $provider } iyo adeeg-bixiyeyaasha kale ee { $level } lama kala saari karo.
open-data-column-ci_low = Qiimaha ugu hooseeya ee xadka kalsoonida 95 % ee qaybta (habka Wilson), boqolkiiba oo tiro dhan ah. Kaliya qaybaha la muujiyo.
open-data-column-ci_high = Qiimaha ugu sarreeya ee xadka kalsoonida 95 % ee qaybta (habka Wilson), boqolkiiba oo tiro dhan ah. Kaliya qaybaha la muujiyo.
open-data-column-n = Inta ay qaybta ama celceliska ka xisaabsan yihiin (saldhigga, n), marka tiradaas la muujiyo. Waa madhan tirooyinka iyo halka saldhigga la qariyo.
read-title = Sida loo akhriyo tirakoobka
read-description = Waxa tirooyinka tirakoobku macnahoodu yahay: n, baaxadda suurtagalka ah, isbarbardhigga adeeg-bixiyeyaasha, "<5" iyo "..", iyo sababta tirooyinka adeeg-bixiyeyaasha yar ay u kala beddelmaan.
read-intro =
    Tirakoobku wuxuu tiriyaa macaamiisha degmada ee adeeg kasta iyo waxa ku dhacay. Waxaa laga sameeyaa kaydka xogta ee degmada ee adeegyada iyo sahanka macaamiisha.
    Tiradu waxay kuu sheegaysaa waxa ku dhacay macaamiishii halkaas joogay. Ma ballan qaadi karto waxa adiga kugu dhici doona.
read-n-heading = n: inta qof ee tiradu ku saabsan tahay
read-n =
    Qayb kasta waxaa lagu qoraa tirooyinka ay ku salaysan tahay, tusaale "37 % (12 ka mid ah 32)": 12 macmiil oo ka mid ah 32. Tirada labaad, 32, waxaa la yiraahdaa n.
    Inta uu n yar yahay, ayay tiradu si badan ugu xiran tahay nasiib. Hal macmiil oo ka badan ama ka yar wuxuu qayb ku salaysan 32 ku beddelaa qiyaastii 3 dhibcood boqolkiiba, qayb ku salaysan 5 na 20 dhibcood.
read-interval-heading = Baaxadda suurtagalka ah
read-interval =
    Qaybta kadib waxaad arkaysaa baaxad suurtagal ah, tusaale "malaha 23–55 %". Waa xadka kalsoonida 95 %, oo lagu xisaabiyay habka Wilson.
    Macnaheedu waa: haddii adeeg-bixiyuhu lahaan lahaa macaamiil aad uga badan oo kuwan oo kale ah, qaybtoodu waxay u badan tahay inay ku jiri lahayd baaxaddan. n yar wuxuu keenaa baaxad ballaaran, n weyn wuxuu keenaa baaxad cidhiidhi ah.
    Jaantusyada, baaxadda waxaa loo sawiraa xariiq madow oo dhammaad kasta ku leh xariiq gaaban.
read-verdict-heading = Ka sarreeya, ka hooseeya ama lama kala saari karo
read-verdict =
    Bogga adeeg-bixiyaha, qaybihiisa waxaa la barbardhigaa qaybaha adeeg-bixiyeyaasha kale ee adeeg isku mid ah.
    Waxaan qornaa "ka sarreeya" ama "ka hooseeya" kaliya marka baaxadda suurtagalka ah ee adeeg-bixiyaha oo dhan ay ka sarreyso ama ka hooseyso qaybta adeeg-bixiyeyaasha kale. Haddii kale waxaan qornaa "lama kala saari karo": farqigu wuxuu noqon karaa nasiib.
    Weligeen ma kala horreysiinno adeeg-bixiyeyaasha, mana bixinno xiddigo ama dhibco guud. Ku dooro waxa adiga kuu muhiim ah.
read-hidden-heading = "<5" iyo ".."
read-hidden =
    Tiro kastaa waa inaysan u suurtagelin qof inuu wax ka ogaado qof gaar ah. Sidaas darteed tirooyinka yar waa la qariyaa.
    "<5" macnaheedu waa in tiradu u dhexeyso 1 iyo 4.
    ".." macnaheedu waa in tirada la qariyay si aan looga xisaabin tirooyin kale oo la qariyay. Waxay noqon kartaa tiro kasta, xitaa mid yar.
    Qayb waxaa la muujiyaa oo keliya marka ay ku salaysan tahay macaamiil ku filan. Haddii kale waxaa ku qoran "lama muujin".
read-swing-heading = Sababta tirooyinka adeeg-bixiye yar ay u kala beddelmaan
read-swing =
    Adeeg-bixiye macaamiil yar leh wuxuu yeelan karaa 20 % hal sano iyo 60 % sannadka xiga, isagoon beddelin sida uu u shaqeeyo. Marka macaamiishu yar yihiin, mid kasta miisaan weyn ayuu leeyahay.
    Eeg baaxadda suurtagalka ah iyo n, oo isbarbardhig dhowr sano ka hor intaadan go'aan gaarin. Yaraanta adeeg-bixiyaha kama dhigayso mid ka xun ama ka fiican.
stats-why-none = Muddadan kuma khuseyso macmiil.
stats-why-fewer = Macaamiil ku filan ma jiraan si loo muujiyo: waxay ka yar yihiin { $count }.
stats-why-small-base = Macaamiil ku filan ma jiraan si loo muujiyo: { $base }, ugu yaraan { $needed } ayaa loo baahan yahay.
stats-why-fewer-part = Lama muujin: waxay khusaysaa macaamiil ka yar { $count }.
stats-why-protected = Lama muujin, si aan tirooyin yar looga xisaabin tirooyinka kale.
