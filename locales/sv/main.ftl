# Jämföraren – svenska (standard). Granskning: utkast skrivet av utvecklare, ej granskat av språkgranskare.

site-name = Jämföraren
skip-to-content = Hoppa till innehållet
language-switcher-label = Välj språk
footer-about = Jämföraren hjälper dig att välja anordnare för den insats du har fått beviljad av Nacka kommun. Alla anordnare visas på samma sätt.
demo-notice = Det här är en demonstration. Anordnarnas uppgifter är påhittade och gäller inte verkliga företag.
back-to-start = Till startsidan
copy-link = Kopiera länk till sidan
copy-link-done = Länken är kopierad.
copy-link-failed = Det gick inte att kopiera. Kopiera adressen i webbläsarens adressfält.

home-title = Välj anordnare för din insats
home-intro = Din karriärvägledare har beslutat om en insats. Välj kundval och nivå för att se vilka anordnare du kan välja mellan.
home-results-heading = Hur det gick för kunderna
home-results-text = Statistiken visar vad som hände kunderna hos varje anordnare, till exempel hur många som fick arbete eller började studera.

kundval-FAI-name = FAI – Förberedande arbetsinriktade insatser
kundval-FAI-about = För dig som behöver ta reda på vad du kan arbeta med, eller komma in i ett socialt sammanhang först.
kundval-AMI-name = AMI – Arbetsmarknadsinsatser
kundval-AMI-about = För dig som kan arbeta och vill komma till ett jobb eller till studier.
kundval-ISA-name = ISA – Introduktionsinsatser sfi och arbetsintroduktion
kundval-ISA-about = För dig som är ny i Sverige och vill träna svenska på en arbetsplats.
kundval-KAA-name = Kundval arbetsmarknadsinsatser (till och med juni 2024)
kundval-KAA-about = De insatser som fanns före 2024.

level-FAI1-short = FAI 1
level-FAI1-name = Arbetsprövning för att ta reda på din arbetsförmåga
level-FAI1-for-whom = För dig vars arbetsförmåga behöver klargöras. Insatsen är högst 3 månader.
level-FAI2-short = FAI 2
level-FAI2-name = Aktiviteter som ett första steg mot arbete
level-FAI2-for-whom = För dig som länge har varit utan sysselsättning och behöver ett socialt sammanhang. Insatsen är högst 6 månader.
level-AMI1-short = AMI 1
level-AMI1-name = Vägledning och matchning till arbete eller studier
level-AMI1-for-whom = För dig som kan arbeta heltid. Insatsen är högst 3 månader.
level-AMI2-short = AMI 2
level-AMI2-name = Arbetsträning och vägledning till arbete eller studier
level-AMI2-for-whom = För dig som kan arbeta minst 25 procent. Insatsen är högst 12 månader.
level-ISA1-short = ISA 1
level-ISA1-name = Språkträning på arbetsplats för etableringskunder
level-ISA1-for-whom = För dig som är med i Arbetsförmedlingens etableringsprogram. Insatsen är högst 9 månader.
level-ISA2-short = ISA 2
level-ISA2-name = Språkträning på arbetsplats
level-ISA2-for-whom = För dig som är ny i Sverige och inte är med i etableringsprogrammet. Insatsen är högst 12 månader.
level-JPG-short = Jobbpeng grund
level-JPG-name = (insats före 2024)
level-JPG-for-whom = En insats som fanns till och med juni 2024.
level-FJP-short = Förstärkt jobbpeng
level-FJP-name = (insats före 2024)
level-FJP-for-whom = En insats som fanns till och med juni 2024.
level-SAI-short = SAI
level-SAI-name = Språk- och arbetsintroduktion (insats före 2024)
level-SAI-for-whom = En insats som fanns till och med juni 2024.

level-max-months = Högst { $months } månader
level-provider-count = { $count ->
    [0] Inga anordnare
    [one] { $count } anordnare
   *[other] { $count } anordnare
}
level-providers-heading = { $count ->
    [one] { $count } anordnare att välja mellan
   *[other] { $count } anordnare att välja mellan
}
level-no-providers = Just nu finns det inga anordnare för den här insatsen.
level-not-offered = Den här insatsen erbjuds inte längre.

organisation-form-company = Företag
organisation-form-non_profit = Idéburen organisation
organisation-form-municipal = Nacka kommuns egen verksamhet

error-not-found-title = Sidan finns inte
error-not-found = Vi hittar inte sidan du söker. Den kan ha flyttats, eller så är adressen fel.
error-unavailable-title = Tjänsten fungerar inte just nu
error-unavailable = Något gick fel hos oss. Försök igen om en stund.
error-too-large-title = Det du skickade är för stort
error-too-large = Formuläret eller filen är större än vi tar emot. Skicka mindre text, eller en mindre fil.

## Välja anordnare: lista, filter, profil

default-provider-heading = Om du inte vill välja
default-provider-text = Om du inte väljer själv får du förvalsanordnaren. Just nu är det { $provider }. Förvalsanordnaren byts varannan vecka enligt en lista.
default-provider-none = Just nu finns ingen förvalsanordnare.
default-provider-until = Det gäller till och med { $date }.
level-search-heading = Sök och filtrera
search-label = Sök bland anordnarna
search-hint = Skriv till exempel ett namn, ett språk eller en bransch.
filters-submit = Visa anordnare
filters-clear = Ta bort alla filter
filter-count = { $label } ({ $count })
order-label = Ordning
order-random = Slumpad ordning
order-name = Bokstavsordning A–Ö
order-random-explained = Listan är i slumpad ordning. Ordningen är densamma för dig hela besöket och för den du delar länken med. Ingen anordnare står alltid först.
order-name-explained = Listan är i bokstavsordning.
listing-count = Visar { $shown } av { $total } anordnare.
listing-empty = Ingen anordnare passar alla val. Ta bort ett filter eller ändra sökningen.
search-shortened = Sökningen var för lång. Vi sökte på de första 200 tecknen.
share-list-link = Länk till den här listan
provider-read-more = Läs mer om { $provider }
provider-city = Finns i { $city }

fact-kind-language = Språk
fact-kind-area = Område
fact-kind-competence = Särskild kompetens
fact-kind-industry = Branscher i nätverket av arbetsgivare
fact-kind-meeting_form = Möten
fact-kind-accessibility = Tillgänglighet i lokalerna
fact-kind-coaches = Innan du väljer

fact-language-sv = Svenska
fact-language-en = Engelska
fact-language-ar = Arabiska
fact-language-prs = Dari
fact-language-fa = Persiska
fact-language-so = Somaliska
fact-language-ti = Tigrinja
fact-language-ru = Ryska
fact-language-uk = Ukrainska
fact-language-es = Spanska
fact-language-fr = Franska
fact-language-tr = Turkiska
fact-language-pl = Polska
fact-language-ku = Kurdiska
fact-language-am = Amhariska
fact-area-nacka-sickla = Nacka, Sickla
fact-area-nacka-centrum = Nacka centrum
fact-area-nacka-fisksatra = Nacka, Fisksätra
fact-area-nacka-orminge = Nacka, Orminge
fact-area-nacka-saltsjobaden = Nacka, Saltsjöbaden
fact-area-stockholm = Annan plats i Stockholm
fact-competence-npf = NPF och kognitiva svårigheter
fact-competence-far-from-labour-market = Långt från arbetsmarknaden
fact-competence-young-adults = Unga vuxna
fact-competence-newcomers = Nyanlända
fact-competence-mental-health = Psykisk ohälsa
fact-competence-physical-disability = Fysisk funktionsnedsättning
fact-industry-retail = Handel
fact-industry-hospitality = Hotell och restaurang
fact-industry-construction = Bygg
fact-industry-care = Vård och omsorg
fact-industry-logistics = Lager och logistik
fact-industry-it = IT
fact-industry-cleaning = Städ och fastighetsservice
fact-industry-transport = Transport
fact-industry-manufacturing = Industri och tillverkning
fact-industry-office = Kontor och administration
fact-meeting_form-on_site = Möten på plats
fact-meeting_form-digital = Digitala möten
fact-accessibility-step_free = Ingång utan trappsteg
fact-accessibility-hearing_loop = Hörslinga
fact-accessibility-accessible_toilet = Tillgänglig toalett
fact-accessibility-quiet_room = Lugnt rum
fact-coaches-several_before_choice = Du kan träffa flera coacher innan du väljer

profile-facts-heading = Fakta
profile-organisation-form = Typ av verksamhet
profile-employees = Antal anställda
profile-contact-heading = Kontakt
profile-phone = Telefon
profile-email = E-post
profile-website = Webbplats
profile-address = Postadress
profile-levels-heading = Insatser som anordnaren har
profile-level-since = sedan { $date }
profile-presentation-heading = Anordnaren berättar
profile-presentation-in-swedish = Anordnaren har inte skrivit på ditt språk. Texten är på svenska.
profile-no-presentation = Anordnaren har inte skrivit någon presentation.
profile-updated = Uppdaterad { $date }
profile-stale = Uppgifterna har inte uppdaterats på mer än ett år. Fråga anordnaren om något har ändrats.
profile-not-stated = Inte angivet
kundval-default-provider = Förvalsanordnare just nu: { $provider }
compare-select = Jämför { $provider }
compare-submit = Jämför valda anordnare
compare-hint = Välj två till fyra anordnare att jämföra.
compare-title = Jämför anordnare
compare-too-few = Välj minst två anordnare att jämföra.
compare-too-many = Du kan jämföra högst fyra anordnare åt gången. Vi visar de fyra första.
compare-field = Uppgift
share-heading = Dela
share-qr-label = QR-kod med länk till den här sidan
share-qr-hint = Skanna koden med mobilens kamera för att öppna sidan i din mobil.
print = Skriv ut
profile-updated-label = Senast uppdaterad

meta-provider = { $provider } i Jämföraren: hur anordnaren arbetar, vilka språk som talas, var den finns och hur du kontaktar den. Jämför med de andra anordnarna.
meta-compare = Jämför anordnare sida vid sida: hur de arbetar, vilka språk som talas, var de finns och deras resultat.

next-steps-heading = När du har valt
next-steps-tell = Berätta för din karriärvägledare vilken anordnare du har valt. Om du inte vill välja, säg det: då får du förvalsanordnaren.
next-steps-day-1 = Dag 1: karriärvägledaren anmäler dig till anordnaren.
next-steps-day-1-2 = Dag 1–2: anordnaren bestämmer vem som ska arbeta med dig och meddelar karriärvägledaren.
next-steps-day-2-3 = Dag 2–3: karriärvägledaren skickar uppdraget till anordnaren.
next-steps-day-3-14 = Dag 3–14: anordnaren skickar en plan för din insats (genomförandeplan) till kommunen för godkännande.
next-steps-change = Du får byta anordnare senare. Prata med din karriärvägledare om du vill byta.
