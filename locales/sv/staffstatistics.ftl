# Jämföraren – svenska: kommunens statistikarbete (publicera, fullständiga siffror, importera filer). Review: written by the developers in Swedish; needs the municipality's review.

staff-statistics-title = Statistik för kommunen
staff-statistics-publish-heading = Publicera statistik
staff-statistics-publish-intro = Siffrorna räknas fram ur ärendedatabasen och enkäten nu och visas för allmänheten med röjandeskydd. Tidigare publiceringar sparas.
staff-statistics-period = Period
staff-statistics-scope-year = Ett kalenderår
staff-statistics-scope-range = Från och med – till och med ett datum
staff-statistics-year = År
staff-statistics-year-hint = Fyra siffror, till exempel 2024.
staff-statistics-publish = Publicera
staff-statistics-publications-heading = Publiceringar
staff-statistics-shown = Visas för allmänheten
staff-statistics-superseded = Ersatt av en senare publicering
staff-statistics-thresholds = Antal under { $count } döljs, andelar kräver minst { $base }
staff-statistics-full-link = Fullständiga siffror
staff-statistics-col-period = Period
staff-statistics-col-published = Publicerad
staff-statistics-col-by = Av
staff-statistics-col-thresholds = Röjandeskydd
staff-statistics-col-public = Allmänheten
staff-statistics-col-figures = Siffror
staff-statistics-col-file = Fil
staff-statistics-col-kind = Slag
staff-statistics-col-started = Startad
staff-statistics-col-state = Läge
staff-statistics-upload-heading = Importera en fil
staff-statistics-upload-intro = Filen läses i bakgrunden. Om något fel finns importeras ingenting, och du får se varje fel med rad och kolumn.
staff-statistics-upload-kind = Vad innehåller filen?
staff-statistics-kind-cases = Ärenden (insatser)
staff-statistics-kind-survey = Svar på kundenkäten
staff-statistics-file = CSV-fil
staff-statistics-upload = Ladda upp och importera
staff-statistics-imports-heading = Senaste importerna
staff-statistics-full-warning = Fullständiga siffror utan röjandeskydd. Bara för kommunens personal – får inte publiceras eller lämnas ut.

import-title = Import av { $file }
import-started = { $kind }, startad av { $who } { $when }.
import-state-running = Läser filen …
import-state-imported = { $rows ->
    [one] { $rows } rad är importerad.
   *[other] { $rows } rader är importerade.
}
import-state-rejected = Filen har fel. Ingenting är importerat.
import-state-interrupted = Importen avbröts när servern stoppades. Ingenting är importerat. Ladda upp filen igen.
import-progress-label = Hur långt importen har kommit
import-progress = { $rows ->
    [one] { $rows } rad klar ({ $percent } % av filen).
   *[other] { $rows } rader klara ({ $percent } % av filen).
}
import-look-again = Visa läget nu
import-next-publish = Publicera statistiken för att visa de nya siffrorna för allmänheten.
import-problem-count = { $count ->
    [one] Ett fel hittades.
   *[other] { $count } fel hittades.
}
import-problems-truncated = Bara de första felen visas. Rätta dem och importera igen för att se resten.
import-problems-caption = Fel i filen
import-col-line = Rad
import-col-column = Kolumn
import-col-problem = Fel

import-problem-wrong-header = Rubrikraden ska ha exakt kolumnerna { $expected }. Den har { $found }.
import-problem-empty = Filen är tom. Den behöver minst rubrikraden.
import-problem-field-count = Raden har { $found } fält men rubrikraden har { $expected }.
import-problem-unreadable = Raden går inte att läsa ({ $value }).
import-problem-missing = Ett värde saknas.
import-problem-control-character = ”{ $value }” innehåller ett styrtecken. Ett id får bara innehålla skrivbara tecken.
import-problem-gender = Kön är ”{ $value }”. Det ska vara K eller M.
import-problem-birth-year = Födelseår är ”{ $value }”. Det ska vara fyra siffror.
import-problem-unknown-insats = Ingen insats har koden ”{ $value }”. Koderna är { $valid }.
import-problem-unknown-provider = Ingen anordnare har id ”{ $value }”.
import-problem-date = ”{ $value }” är inte ett datum skrivet ÅÅÅÅ-MM-DD.
import-problem-planned-end-before-start = Planerat slut { $end } är före start { $start }.
import-problem-end-before-start = Slutet { $end } är före start { $start }.
import-problem-end-after-import = Slutet { $end } är efter importdagen { $today }. En insats kan inte ha slutat i framtiden.
import-problem-reason-without-end = Ett avslutsskäl (end_reason) kräver ett slutdatum (end_date).
import-problem-end-without-reason = Ett slutdatum (end_date) kräver ett avslutsskäl (end_reason).
import-problem-end-reason = Avslutsskälet är ”{ $value }”. Det ska vara ett av work, studies, own_business, other_insats, same_insats_other_provider, other_authority, moved, illness eller interrupted_other.
import-problem-extensions = Förlängningar är ”{ $value }”. Det ska vara ett heltal, 0 eller mer.
import-problem-chosen = Vald av är ”{ $value }”. Det ska vara customer, default eller tomt.
import-problem-duplicate-id = { $column } ”{ $value }” finns också på rad { $line }.
import-problem-survey-year = Perioden är ”{ $value }”. Det ska vara enkätens år med fyra siffror.
import-problem-language = Språket är ”{ $value }”. Det ska vara ett av { $allowed }.
import-problem-answer = Svaret är ”{ $value }”. Det ska vara ett heltal från 1 till 5, eller tomt om frågan hoppades över.
import-problem-no-answers = Svaret besvarar ingen fråga. Minst ett svar behövs.
import-problem-failed = Filen kunde inte läsas klart, eller databasen svarade inte. Ingenting är importerat. Försök igen.

done-statistics-published = Statistiken är publicerad och visas för allmänheten.
error-statistics-year = Skriv ett år med fyra siffror, från 2000 till i år.
error-statistics-date = Skriv datumet som ÅÅÅÅ-MM-DD.
error-statistics-period-order = Periodens slut är före dess början.
error-statistics-failed = Statistiken kunde inte publiceras just nu. Ingenting har ändrats. Försök igen om en stund.
error-import-busy = En annan import pågår. Vänta tills den är klar och ladda sedan upp filen igen.
error-import-upload = Filen kunde inte tas emot. Försök igen.
error-import-no-file = Välj en fil att ladda upp.
error-import-kind = Välj vad filen innehåller.
