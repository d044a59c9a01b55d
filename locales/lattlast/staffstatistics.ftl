# Jämföraren – lättläst svenska: kommunens arbete med statistik (publicera, alla siffror, importera filer). Granskning: utkast skrivet av utvecklare efter riktlinjerna för lättläst, ej granskat av kommunen eller av en lättläst-skribent.
# Korta meningar, en tanke per mening, vanliga ord, det viktigaste först. Kolumnnamn och koder (end_reason, K, M, ÅÅÅÅ-MM-DD) står som i filen.

staff-statistics-title = Statistik för kommunen
staff-statistics-publish-heading = Publicera statistik
staff-statistics-publish-intro = Här räknar du fram nya siffror. Siffrorna kommer från registret över insatser och från enkäten till kunderna. Sedan kan alla se siffrorna. Vi visar inte små siffror. Statistik som du har publicerat förut finns kvar.
staff-statistics-period = Tid
staff-statistics-scope-year = Ett helt år
staff-statistics-scope-range = Från och med ett datum till och med ett datum
staff-statistics-year = År
staff-statistics-year-hint = Skriv fyra siffror. Till exempel 2024.
staff-statistics-publish = Publicera
staff-statistics-publications-heading = Statistik som är publicerad
staff-statistics-shown = Alla kan se den
staff-statistics-superseded = Det finns en nyare
staff-statistics-thresholds = Antal under { $count } visas inte. Procent visas bara när minst { $base } finns med.
staff-statistics-full-link = Alla siffror
staff-statistics-col-period = Tid
staff-statistics-col-published = Publicerad
staff-statistics-col-by = Av
staff-statistics-col-thresholds = Skydd för små siffror
staff-statistics-col-public = Alla kan se
staff-statistics-col-figures = Siffror
staff-statistics-col-file = Fil
staff-statistics-col-kind = Innehåll
staff-statistics-col-started = Startad
staff-statistics-col-state = Hur det går
staff-statistics-upload-heading = Importera en fil
staff-statistics-upload-intro = Datorn läser filen medan du gör annat. Om något är fel importeras ingenting. Då får du se alla fel. Du ser vilken rad och kolumn varje fel finns på.
staff-statistics-upload-kind = Vad finns i filen?
staff-statistics-kind-cases = Ärenden om insatser
staff-statistics-kind-survey = Svar på enkäten till kunderna
staff-statistics-file = CSV-fil
staff-statistics-upload = Ladda upp och importera
staff-statistics-imports-heading = Filer som har importerats senast
staff-statistics-full-warning = Här visas alla siffror. Även små siffror visas. Siffrorna är bara för kommunens personal. Du får inte publicera dem. Du får inte ge dem till någon annan.

import-title = Import av { $file }
import-started = { $kind }. { $who } startade importen { $when }.
import-state-running = Datorn läser filen …
import-state-imported = { $rows ->
    [one] { $rows } rad är importerad.
   *[other] { $rows } rader är importerade.
}
import-state-rejected = Det finns fel i filen. Ingenting är importerat.
import-state-interrupted = Importen stoppades. Servern stängdes av. Ingenting är importerat. Ladda upp filen en gång till.
import-progress-label = Hur långt importen har kommit
import-progress = { $rows ->
    [one] { $rows } rad är klar. Det är { $percent } % av filen.
   *[other] { $rows } rader är klara. Det är { $percent } % av filen.
}
import-look-again = Visa hur det går nu
import-next-publish = Nu kan du publicera statistiken. Då kan alla se de nya siffrorna.
import-problem-count = { $count ->
    [one] Vi hittade ett fel.
   *[other] Vi hittade { $count } fel.
}
import-problems-truncated = Här visas bara de första felen. Rätta dem. Importera sedan filen igen. Då ser du resten av felen.
import-problems-caption = Fel i filen
import-col-line = Rad
import-col-column = Kolumn
import-col-problem = Fel

import-problem-wrong-header = Raden med rubriker är fel. Den ska ha de här kolumnerna: { $expected }. Den har de här: { $found }.
import-problem-empty = Filen är tom. Den måste ha minst en rad med rubriker.
import-problem-field-count = Raden har { $found } fält. Raden med rubriker har { $expected }. Det ska vara lika många.
import-problem-unreadable = Det går inte att läsa raden ({ $value }).
import-problem-missing = Ett värde saknas.
import-problem-control-character = ”{ $value }” har ett styrtecken. Det är ett tecken som inte syns. Ett id får bara ha tecken som syns.
import-problem-gender = Kön är ”{ $value }”. Det ska vara K eller M.
import-problem-birth-year = Födelseår är ”{ $value }”. Det ska vara fyra siffror.
import-problem-unknown-insats = Det finns ingen insats med koden ”{ $value }”. Koderna som finns är { $valid }.
import-problem-unknown-provider = Det finns ingen anordnare med id ”{ $value }”.
import-problem-date = ”{ $value }” är fel. Ett datum ska skrivas så här: ÅÅÅÅ-MM-DD.
import-problem-planned-end-before-start = Insatsen ska sluta { $end }. Det är före starten. Starten är { $start }.
import-problem-end-before-start = Insatsen slutade { $end }. Det är före starten. Starten är { $start }.
import-problem-end-after-import = Insatsen slutade { $end }. Det är efter i dag, { $today }. Det går inte.
import-problem-reason-without-end = Det finns ett skäl till att insatsen slutade (end_reason). Då måste det också finnas ett slutdatum (end_date).
import-problem-end-without-reason = Det finns ett slutdatum (end_date). Då måste det också finnas ett skäl till att insatsen slutade (end_reason).
import-problem-end-reason = Skälet till att insatsen slutade är ”{ $value }”. Det ska vara ett av de här: work, studies, own_business, other_insats, same_insats_other_provider, other_authority, moved, illness eller interrupted_other.
import-problem-extensions = Antal förlängningar är ”{ $value }”. Det ska vara ett heltal. Det kan vara 0 eller mer.
import-problem-chosen = Vald av är ”{ $value }”. Det ska vara customer, default eller tomt.
import-problem-duplicate-id = { $column } ”{ $value }” finns redan på rad { $line }. Det får bara finnas en gång.
import-problem-survey-year = Perioden är ”{ $value }”. Det ska vara året då enkäten gjordes. Året ska ha fyra siffror.
import-problem-language = Språket är ”{ $value }”. Det ska vara ett av de här: { $allowed }.
import-problem-answer = Svaret är ”{ $value }”. Det ska vara ett heltal från 1 till 5. Om personen hoppade över frågan ska det vara tomt.
import-problem-no-answers = Personen har inte svarat på någon fråga. Det måste finnas minst ett svar.
import-problem-failed = Det gick inte att läsa hela filen. Eller så svarade inte databasen. Ingenting är importerat. Försök igen.

done-statistics-published = Statistiken är publicerad. Nu kan alla se den.
error-statistics-year = Skriv ett år med fyra siffror. Året ska vara från 2000 till i år.
error-statistics-date = Skriv datumet så här: ÅÅÅÅ-MM-DD.
error-statistics-period-order = Det sista datumet är före det första datumet. Ändra datumen.
error-statistics-failed = Det gick inte att publicera statistiken just nu. Ingenting har ändrats. Försök igen om en stund.
error-import-busy = En annan import pågår. Vänta tills den är klar. Ladda sedan upp filen igen.
error-import-upload = Vi kunde inte ta emot filen. Försök igen.
error-import-no-file = Välj en fil som du vill ladda upp.
error-import-kind = Välj vad som finns i filen.
