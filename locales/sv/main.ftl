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
