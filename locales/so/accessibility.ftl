# Jämföraren – Soomaali, accessibility statement. Review: machine-drafted by the developers after Digg's model statement, needs a human translator.
# Each line of a multiline message is its own paragraph or list item.

footer-links-label = Wax badan oo ku saabsan Jämföraren
a11y-footer-link = Bayaanka helitaanka
a11y-title = Helitaanka Jämföraren
a11y-intro =
    Degmada Nacka ayaa mas'uul ka ah Jämföraren. Waxaan rabnaa in dad badan intii suurtogal ah ay isticmaali karaan adeegga.
    Halkan waxaan ku sharxaynaa sida Jämföraren u buuxiyo sharciga Iswiidhan ee helitaanka adeegyada dowladda ee dhijitaalka ah, cilladaha aan ognahay iyo sidaad noogu sheegi karto cilladaha.
a11y-demo = Noocan Jämföraren waa tijaabo. Bayaankani wuxuu sharxayaa tijaabada.
a11y-heading-status = Intee in le'eg ayuu adeeggu u furan yahay qof walba?
a11y-status =
    Jämföraren qayb ahaan ayuu u waafaqsan yahay sharciga helitaanka adeegyada dowladda ee dhijitaalka ah.
    Waxaan adeegga ku qiimaynay WCAG 2.2 heerka AA iyo heerka Yurub ee EN 301 549.
    Waxaan ognahay cilladaha hoos ku qoran. Wax walba gacan kuma hubin.
a11y-heading-barriers = Cilladaha aan ognahay
a11y-barriers =
    Turjumaadaha ingiriisiga, carabiga, dariga, faarisiga, soomaaliga, tigrinyada iyo ruushka waa qabyo. Turjumaan ma hubin.
    Qoraallada iswiidhishka fudud, oo ay ku jiraan warqadaha macluumaadka, ma hubin qof ku takhasusay qoraalka fudud.
    Badhanka «Cod ku akhri» wuxuu isticmaalaa codadka biraawsarkaaga. Haddii aysan jirin cod luqaddaada ah, badhanku ma muuqdo. Biraawsaro badan ma laha codad dari, soomaali iyo tigrinya ah. Akhristaha shaashaddaada ayaa weli shaqaynaya.
    Tigrinyada waxaa lagu qoraa far Itoobiyaan ah. Haddii qalabkaagu uusan lahayn far-qoraal (font) tan ah, xarfuhu waxay u muuqan karaan sanduuqyo.
    Adeeg-bixiyeyaasha ayaa qora soo bandhigyadooda. Inta badan waxay ku qoran yihiin iswiidhish oo keliya, mana hubin karno inay fududahay akhriskoodu.
    Macluumaadka adeeg-bixiyeyaasha waa mala-awaal. Adeeggu wuxuu muujiyaa xog tijaabo ah oo keliya.
a11y-heading-alternative = Haddii aadan isticmaali karin adeegga
a11y-alternative =
    Lataliyahaaga shaqada ayaa kuu sheegi kara barnaamijyada iyo adeeg-bixiyeyaasha markaad kulantaan.
    Waxaad heli kartaa turjumaan. Sheeg haddii aad u baahan tahay.
a11y-heading-report = Noo sheeg cilladaha
a11y-report =
    Ma heshay wax aan shaqaynayn, ama wax aynaan halkan ku sharxin? Noo sheeg si aan u saxno.
a11y-email-label = Iimayl:
a11y-demo-contact = Tani waa tijaabo: ciwaanku waa mala-awaal mana qaato iimayl. Adeegga dhabta ah, halkan waxaa ku qoran macluumaadka xiriirka degmada.
a11y-heading-supervision = Kormeer
a11y-supervision =
    Hay'adda Maamulka Dhijitaalka (Digg) ayaa kormeerta sharciga helitaanka adeegyada dowladda ee dhijitaalka ah.
    Ma ku qanacsan tahay sida aan ula dhaqannay faallooyinkaaga? Haddii kale waxaad u sheegi kartaa Digg.
a11y-supervision-link = U sheeg Digg helitaan la'aan
a11y-heading-tested = Sida aan u tijaabinay adeegga
a11y-tested =
    Anaga ayaa adeegga qiimaynay. Cid dibadda ah ma hubin.
    Nooc kasta oo bog ah waxaa si otomaatig ah loogu tijaabiyaa qalabka axe-core iyadoo la raacayo WCAG 2.2 heerarka A iyo AA, dhammaan sagaalka luqadood.
    Tijaabooyinku waxay ka socdaan biraawsarka Chromium, JavaScript la'aan iyo JavaScript la, shaashad telefoon oo yar iyo shaashad weyn.
    Tijaabooyinka otomaatiga ah ma helaan cillad kasta. Weli kuma tijaabin akhristayaasha shaashadda, weynaynta ama amarrada codka, iyo isticmaaleyaal.
a11y-assessed = Qiimaynta ugu dambaysay ee adeegga waxay ahayd { $date }. Bayaanka waxaa la cusboonaysiiyay isla maalintaas.
