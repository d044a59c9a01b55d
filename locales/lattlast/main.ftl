# Jämföraren – lättläst svenska. Granskning: utkast skrivet av utvecklare efter riktlinjerna för lättläst, ej granskat av en lättläst-skribent.
# Korta meningar, en tanke per mening, vanliga ord, det viktigaste först.

site-name = Jämföraren
skip-to-content = Gå direkt till texten
language-switcher-label = Välj språk
footer-about = Här väljer du vem som ska ge dig din insats. Den som ger insatsen kallas anordnare. Alla anordnare visas på samma sätt.
demo-notice = Det här är bara ett test. Uppgifterna om anordnarna är påhittade.
back-to-start = Till första sidan
copy-link = Kopiera länken till sidan
copy-link-done = Nu är länken kopierad.
copy-link-failed = Det gick inte att kopiera länken. Kopiera adressen högst upp i webbläsaren.

home-title = Välj anordnare för din insats
home-intro = Din karriärvägledare har bestämt vilken insats du får. Välj din insats här. Då ser du vilka anordnare du kan välja.
home-results-heading = Hur det gick för kunderna
home-results-text = Statistiken visar hur det gick för kunderna hos varje anordnare. Till exempel hur många som fick ett jobb eller började studera.

kundval-FAI-name = FAI – Insatser som förbereder dig för arbete
kundval-FAI-about = För dig som behöver ta reda på vilket arbete du kan göra. Eller för dig som först behöver vara med andra människor.
kundval-AMI-name = AMI – Hjälp att få arbete
kundval-AMI-about = För dig som kan arbeta. Du vill få ett jobb eller börja studera.
kundval-ISA-name = ISA – Lär dig svenska på en arbetsplats
kundval-ISA-about = För dig som är ny i Sverige. Du tränar svenska på en arbetsplats.
kundval-KAA-name = Gamla insatser (till slutet av juni 2024)
kundval-KAA-about = Insatser som fanns före 2024.

level-FAI1-short = FAI 1
level-FAI1-name = Prova att arbeta och se vad du klarar
level-FAI1-for-whom = För dig som inte vet hur mycket du kan arbeta. Insatsen är som längst 3 månader.
level-FAI2-short = FAI 2
level-FAI2-name = Aktiviteter – ett första steg mot arbete
level-FAI2-for-whom = För dig som inte har arbetat eller studerat på länge. Du behöver träffa andra människor. Insatsen är som längst 6 månader.
level-AMI1-short = AMI 1
level-AMI1-name = Hjälp att hitta arbete eller studier
level-AMI1-for-whom = För dig som kan arbeta heltid. Insatsen är som längst 3 månader.
level-AMI2-short = AMI 2
level-AMI2-name = Träna på att arbeta och få hjälp att hitta arbete eller studier
level-AMI2-for-whom = För dig som kan arbeta minst en fjärdedel av heltid. Insatsen är som längst 12 månader.
level-ISA1-short = ISA 1
level-ISA1-name = Träna svenska på en arbetsplats – för dig i etableringsprogrammet
level-ISA1-for-whom = För dig som är med i etableringsprogrammet hos Arbetsförmedlingen. Insatsen är som längst 9 månader.
level-ISA2-short = ISA 2
level-ISA2-name = Träna svenska på en arbetsplats
level-ISA2-for-whom = För dig som är ny i Sverige. Du är inte med i etableringsprogrammet. Insatsen är som längst 12 månader.
level-JPG-short = Jobbpeng grund
level-JPG-name = (gammal insats)
level-JPG-for-whom = Insatsen fanns till slutet av juni 2024.
level-FJP-short = Förstärkt jobbpeng
level-FJP-name = (gammal insats)
level-FJP-for-whom = Insatsen fanns till slutet av juni 2024.
level-SAI-short = SAI
level-SAI-name = Språk- och arbetsintroduktion (gammal insats)
level-SAI-for-whom = Insatsen fanns till slutet av juni 2024.

level-max-months = { $months ->
    [one] Som längst { $months } månad
   *[other] Som längst { $months } månader
}
level-provider-count = { $count ->
    [0] Inga anordnare
    [one] { $count } anordnare
   *[other] { $count } anordnare
}
level-providers-heading = { $count ->
    [0] Det finns inga anordnare att välja
    [one] Det finns { $count } anordnare
   *[other] Du kan välja mellan { $count } anordnare
}
level-no-providers = Just nu finns det inga anordnare för den här insatsen.
level-not-offered = Den här insatsen finns inte längre.

organisation-form-company = Företag
organisation-form-non_profit = Ideell organisation
organisation-form-municipal = Nacka kommun

error-not-found-title = Sidan finns inte
error-not-found = Vi hittar inte sidan. Adressen kan vara fel. Eller så har sidan flyttats.
error-unavailable-title = Jämföraren fungerar inte just nu
error-unavailable = Något är fel hos oss. Försök igen senare.
error-too-large-title = Det du skickade är för stort
error-too-large = Texten eller filen är för stor. Skicka mindre text eller en mindre fil.

## Välja anordnare: lista, filter, profil

default-provider-heading = Om du inte vill välja
default-provider-text = Du måste inte välja själv. Om du inte väljer, får du en anordnare som kommunen bestämmer. Just nu är det { $provider }. Kommunen byter den anordnaren varannan vecka.
default-provider-none = Just nu finns det ingen anordnare som kommunen väljer åt dig.
default-provider-until = Det gäller till och med { $date }.
level-search-heading = Sök och välj
search-label = Sök bland anordnarna
search-hint = Du kan skriva ett namn, ett språk eller en typ av arbete.
filters-submit = Visa anordnare
filters-clear = Ta bort alla val
filter-count = { $label } ({ $count })
order-label = Ordning
order-random = Blandad ordning
order-name = Bokstavsordning A–Ö
order-random-explained = Listan är blandad. Ingen anordnare står alltid först. Ordningen är samma hela tiden du är här. Den är också samma för den som får din länk.
order-name-explained = Listan är i bokstavsordning.
listing-count = Här är { $shown } av { $total } anordnare.
listing-empty = Ingen anordnare passar alla dina val. Ta bort ett val. Eller sök på något annat.
search-shortened = Du skrev för mycket. Vi sökte bara på de första 200 tecknen.
share-list-link = Länk till listan
provider-read-more = Läs mer om { $provider }
provider-city = Finns i { $city }

fact-kind-language = Språk
fact-kind-area = Plats
fact-kind-competence = Kan mycket om
fact-kind-industry = Arbetsplatser som de samarbetar med
fact-kind-meeting_form = Möten
fact-kind-accessibility = Lokalerna
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
fact-area-stockholm = Någon annanstans i Stockholm
fact-competence-npf = NPF, till exempel adhd eller autism
fact-competence-far-from-labour-market = Människor som inte har arbetat på länge
fact-competence-young-adults = Unga vuxna
fact-competence-newcomers = Människor som är nya i Sverige
fact-competence-mental-health = Psykisk ohälsa
fact-competence-physical-disability = Fysisk funktionsnedsättning
fact-industry-retail = Butik och handel
fact-industry-hospitality = Hotell och restaurang
fact-industry-construction = Bygg
fact-industry-care = Vård och omsorg
fact-industry-logistics = Lager
fact-industry-it = Data och IT
fact-industry-cleaning = Städning
fact-industry-transport = Transport
fact-industry-manufacturing = Fabrik och industri
fact-industry-office = Kontor
fact-meeting_form-on_site = Ni träffas på plats
fact-meeting_form-digital = Ni träffas på datorn eller mobilen
fact-accessibility-step_free = Ingång utan trappsteg
fact-accessibility-hearing_loop = Hörslinga
fact-accessibility-accessible_toilet = Toalett för rullstol
fact-accessibility-quiet_room = Ett lugnt rum
fact-coaches-several_before_choice = Du kan träffa flera coacher innan du väljer

profile-facts-heading = Fakta
profile-organisation-form = Typ av verksamhet
profile-employees = Antal anställda
profile-contact-heading = Kontakt
profile-phone = Telefon
profile-email = E-post
profile-website = Webbplats
profile-address = Adress för brev
profile-levels-heading = Insatser hos anordnaren
profile-level-since = sedan { $date }
profile-presentation-heading = Anordnaren berättar
profile-presentation-in-swedish = Anordnaren har inte skrivit på lättläst svenska. Texten är på vanlig svenska.
profile-no-presentation = Anordnaren har inte skrivit något om sig själv.
profile-updated = Uppdaterad { $date }
profile-stale = Uppgifterna är mer än ett år gamla. Fråga anordnaren om något är nytt.
profile-not-stated = Står inte
kundval-default-provider = Om du inte väljer får du just nu: { $provider }

## Jämföra, dela, skriva ut

compare-select = Jämför { $provider }
compare-submit = Jämför de anordnare du har valt
compare-hint = Välj 2, 3 eller 4 anordnare. Då kan du jämföra dem.
compare-title = Jämför anordnare
compare-too-few = Du behöver välja minst 2 anordnare.
compare-too-many = Du kan jämföra högst 4 anordnare. Vi visar de 4 första.
compare-field = Uppgift
share-heading = Dela
share-qr-label = QR-kod med länk till sidan
share-qr-hint = Använd kameran i din mobil. Rikta den mot koden. Då öppnas sidan i mobilen.
print = Skriv ut
profile-updated-label = Senast ändrad

meta-provider = { $provider } i Jämföraren. Här står hur anordnaren arbetar, vilka språk de talar, var de finns och hur du kontaktar dem.
meta-compare = Jämför anordnare. Se hur de arbetar, vilka språk de talar och var de finns.

next-steps-heading = När du har valt
next-steps-tell = Säg till din karriärvägledare vilken anordnare du vill ha. Du kan också säga att du inte vill välja. Då får du den anordnare som kommunen väljer.
next-steps-day-1 = Dag 1: Karriärvägledaren anmäler dig till anordnaren.
next-steps-day-1-2 = Dag 1–2: Anordnaren bestämmer vem som ska hjälpa dig.
next-steps-day-2-3 = Dag 2–3: Karriärvägledaren skickar ditt uppdrag till anordnaren.
next-steps-day-3-14 = Dag 3–14: Anordnaren gör en plan för dig. Kommunen ska godkänna planen.
next-steps-change = Du får byta anordnare senare. Prata med din karriärvägledare om du vill byta.
