# Jämföraren – svenska (standard), tillgänglighetsredogörelse. Granskning: utkast skrivet av utvecklare efter Diggs mall, ej granskat av språkgranskare eller jurist.
# Lagen (2018:1937) om tillgänglighet till digital offentlig service. Varje rad i ett meddelande med flera rader visas som ett eget stycke eller en egen punkt.

footer-links-label = Mer om Jämföraren
a11y-footer-link = Tillgänglighetsredogörelse
a11y-title = Tillgänglighet för Jämföraren
a11y-intro =
    Nacka kommun står bakom Jämföraren. Vi vill att så många som möjligt ska kunna använda tjänsten.
    Här beskriver vi hur Jämföraren uppfyller lagen om tillgänglighet till digital offentlig service, vilka brister vi känner till och hur du kan meddela oss brister.
a11y-demo = Den här versionen av Jämföraren är en demonstration. Redogörelsen beskriver demonstrationen.
a11y-heading-status = Hur tillgänglig är tjänsten?
a11y-status =
    Jämföraren är delvis förenlig med lagen om tillgänglighet till digital offentlig service.
    Vi har bedömt tjänsten mot WCAG 2.2 nivå AA och den europeiska standarden EN 301 549.
    Vi känner till bristerna nedan. Vi har inte granskat allt för hand.
a11y-heading-barriers = Brister vi känner till
a11y-barriers =
    Översättningarna till engelska, arabiska, dari, persiska, somaliska, tigrinja och ryska är utkast. Ingen översättare har granskat dem.
    Texterna på lättläst svenska, också faktabladen, har inte granskats av någon som skriver lättläst.
    Knappen Läs upp använder rösterna i din webbläsare. Finns ingen röst för ditt språk, visas ingen knapp. Många webbläsare saknar röster på dari, somaliska och tigrinja. Din egen skärmläsare fungerar ändå.
    Tigrinja skrivs med etiopisk skrift. Om din enhet saknar ett typsnitt för den skriften kan tecknen visas som rutor.
    Anordnarna skriver sina presentationer själva. Ofta finns de bara på svenska, och vi kan inte se till att de är lätta att läsa.
    Uppgifterna om anordnarna är påhittade. Tjänsten visar bara demonstrationsdata.
a11y-heading-alternative = Om du inte kan använda tjänsten
a11y-alternative =
    Din karriärvägledare kan berätta om insatserna och anordnarna när ni träffas.
    Du kan få tolk. Säg till om du behöver det.
a11y-heading-report = Berätta om brister
a11y-report =
    Hittar du något som inte fungerar, eller som vi inte har beskrivit här? Berätta det för oss, så att vi kan rätta det.
a11y-email-label = E-post:
a11y-demo-contact = Det här är en demonstration: adressen är påhittad och tar inte emot e-post. I den riktiga tjänsten står kommunens kontaktuppgifter här.
a11y-heading-supervision = Tillsyn
a11y-supervision =
    Myndigheten för digital förvaltning (Digg) har tillsyn över lagen om tillgänglighet till digital offentlig service.
    Är du inte nöjd med hur vi har tagit hand om dina synpunkter? Då kan du anmäla det till Digg.
a11y-supervision-link = Anmäl bristande tillgänglighet till Digg
a11y-heading-tested = Hur vi har testat tjänsten
a11y-tested =
    Vi har bedömt tjänsten själva. Ingen utomstående har granskat den.
    Varje typ av sida testas automatiskt med verktyget axe-core mot WCAG 2.2 nivå A och AA, på alla nio språk.
    Testerna körs i webbläsaren Chromium, med och utan JavaScript, på en liten mobilskärm och på en stor skärm.
    Automatiska tester hittar inte alla brister. Vi har ännu inte testat med skärmläsare, förstoring eller röststyrning, och inte med användare.
a11y-assessed = Vi bedömde tjänsten senast den { $date }. Redogörelsen uppdaterades samma dag.
