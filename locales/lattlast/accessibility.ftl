# Jämföraren – lättläst svenska, tillgänglighetsredogörelse. Granskning: utkast skrivet av utvecklare efter riktlinjerna för lättläst och Diggs mall, ej granskat av en lättläst-skribent eller jurist.
# Korta meningar, en tanke per rad, vanliga ord, det viktigaste först. Varje rad visas som ett eget stycke eller en egen punkt.

footer-links-label = Mer om Jämföraren
a11y-footer-link = Tillgänglighet
a11y-title = Så tillgänglig är Jämföraren
a11y-intro =
    Nacka kommun har gjort Jämföraren.
    Vi vill att alla ska kunna använda Jämföraren.
    Det finns en lag om det. Den heter lagen om tillgänglighet till digital offentlig service.
    Här berättar vi vad som fungerar och vad som inte fungerar.
    Du kan också läsa hur du berättar för oss om något inte fungerar.
a11y-demo = Den här Jämföraren är en demonstration. Texten gäller demonstrationen.
a11y-heading-status = Hur bra fungerar Jämföraren?
a11y-status =
    Jämföraren följer lagen till en del, men inte helt.
    Vi har jämfört med reglerna WCAG 2.2 nivå AA och EN 301 549.
    Vi vet om de brister som står här nedanför.
    Vi har inte kontrollerat allt för hand.
a11y-heading-barriers = Det här fungerar inte helt
a11y-barriers =
    Texterna på andra språk än svenska har ingen översättare kontrollerat.
    Ingen som skriver lättläst har kontrollerat texterna på lättläst svenska.
    Knappen Läs upp använder rösterna i din webbläsare. Om det inte finns någon röst för ditt språk, syns ingen knapp. Din egen skärmläsare fungerar ändå.
    Tigrinja skrivs med en egen skrift. Om din dator eller mobil saknar den skriften, kan det bli rutor i stället för bokstäver.
    Anordnarna skriver sina egna texter. Ofta är de bara på svenska. De kan vara svåra att läsa.
    Uppgifterna om anordnarna är påhittade.
a11y-heading-alternative = Om du inte kan använda Jämföraren
a11y-alternative =
    Din karriärvägledare kan berätta om insatserna och anordnarna när ni träffas.
    Du kan få tolk. Säg till om du behöver tolk.
a11y-heading-report = Berätta för oss
a11y-report =
    Fungerar något inte? Berätta det för oss.
    Då kan vi rätta det.
a11y-email-label = E-post:
a11y-demo-contact = Det här är en demonstration. Adressen är påhittad. Den tar inte emot e-post. I den riktiga Jämföraren står kommunens adress här.
a11y-heading-supervision = Om du inte är nöjd
a11y-supervision =
    En myndighet kontrollerar att lagen följs. Myndigheten heter Digg.
    Är du inte nöjd med vårt svar? Då kan du berätta det för Digg.
a11y-supervision-link = Berätta för Digg
a11y-heading-tested = Så har vi testat
a11y-tested =
    Vi har testat Jämföraren själva.
    Ett datorprogram testar alla sorters sidor på alla nio språk. Programmet heter axe-core.
    Vi testar i webbläsaren Chromium, på en liten skärm och på en stor skärm.
    Ett datorprogram hittar inte alla fel.
    Vi har inte testat med skärmläsare eller med människor som använder Jämföraren.
a11y-assessed = Vi testade senast den { $date }. Den här texten skrevs samma dag.
