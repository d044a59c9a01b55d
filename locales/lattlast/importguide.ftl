# Jämföraren – lättläst svenska: hjälp på sidan där du laddar upp filer, om filerna som du importerar (varje kolumn, en exempelfil). Granskning: utkast skrivet av utvecklare efter riktlinjerna för lättläst, ej granskat av kommunen eller av en lättläst-skribent.
# Korta meningar, en tanke per mening, vanliga ord, det viktigaste först. Kolumnnamn och koder (case_id, end_date, K, M, CSV, UTF-8, ÅÅÅÅ-MM-DD) står som i filen.

staff-statistics-file-hint = Första raden i filen ska ha rubrikerna. Under formuläret står vad varje kolumn ska innehålla. Där finns också en exempelfil.
import-guide-heading = Så ska filerna se ut
import-guide-intro = Spara filen som CSV. Välj UTF-8. Sätt ett kommatecken mellan kolumnerna. Första raden ska ha namnen på kolumnerna. Kolumnerna får stå i vilken ordning som helst. Varje kolumn ska bara finnas en gång. Efter första raden kommer en rad för varje ärende eller svar. Skriv datum så här: ÅÅÅÅ-MM-DD. Till exempel 2025-03-14.
import-guide-cases-heading = Kolumner i en fil med ärenden
import-guide-survey-heading = Kolumner i en fil med svar på enkäten
import-guide-cases-rows = Varje rad är ett beslut om en insats för en person. Importerar du samma ärende igen? Då får ärendet de nya uppgifterna.
import-guide-survey-rows = Varje rad är ett svar på enkäten till kunderna. Importerar du samma svar igen? Då får svaret de nya uppgifterna.
import-guide-example = Ladda ner en exempelfil ({ $file })
import-guide-example-note = Raderna i exemplet är påhittade. Exemplet visar hur en fil ska se ut. Importera inte exemplet som det är.
import-guide-col-name = Kolumn
import-guide-col-required = Måste fyllas i
import-guide-col-meaning = Vad som ska stå i kolumnen
import-guide-required-yes = Ja
import-guide-required-no = Nej, den får vara tom
import-guide-values = Det här får stå i kolumnen: { $values }
import-column-cases-case_id = Ärendets id i kommunens system för ärenden. Varje id får bara finnas en gång i filen.
import-column-cases-person_id = Ett påhittat namn eller nummer för personen. Det kallas pseudonym. Personen ska ha samma pseudonym i alla sina ärenden. Skriv aldrig personens namn. Skriv aldrig personnumret.
import-column-cases-gender = Personens kön. Skriv K för kvinna. Skriv M för man.
import-column-cases-birth_year = Året då personen föddes. Skriv fyra siffror. Till exempel 1990.
import-column-cases-insats = Insatsens kod. Du kan skriva med stora eller små bokstäver.
import-column-cases-provider_id = Anordnarens id. Använd samma id som i Jämförarens register över anordnare.
import-column-cases-start_date = Dagen då insatsen började.
import-column-cases-planned_end_date = Dagen då insatsen ska sluta enligt planen. Datumet får inte vara före dagen då insatsen började.
import-column-cases-end_date = Dagen då insatsen slutade. Pågår ärendet fortfarande? Då ska kolumnen vara tom. Datumet får inte vara före dagen då insatsen började. Datumet får inte vara efter dagen då du importerar filen.
import-column-cases-end_reason = Varför insatsen slutade. Är slutdatumet (end_date) tomt? Då ska den här kolumnen också vara tom. Finns det ett slutdatum? Då måste du skriva varför insatsen slutade.
import-column-cases-extensions = Hur många gånger insatsen fick längre tid. Skriv 0 eller ett större tal.
import-column-survey-response_id = Svarets id i programmet för enkäten. Varje id får bara finnas en gång i filen.
import-column-survey-provider_id = Anordnaren som kunden hade. Använd samma id som i Jämförarens register över anordnare.
import-column-survey-insats = Insatsens kod. Samma kod som i filen med ärenden.
import-column-survey-period = Året som enkäten handlar om. Kunderna från det året fick frågorna. Skriv fyra siffror.
import-column-survey-language = Språket som kunden svarade på.
import-column-survey-reception = Svaret om bemötandet. Ett tal från 1 till 5. 5 är bäst. Hoppade kunden över frågan? Då ska kolumnen vara tom.
import-column-survey-information = Svaret om informationen. Ett tal från 1 till 5. 5 är bäst. Hoppade kunden över frågan? Då ska kolumnen vara tom.
import-column-survey-participation = Svaret om att vara med och bestämma. Ett tal från 1 till 5. 5 är bäst. Hoppade kunden över frågan? Då ska kolumnen vara tom.
import-column-survey-development = Svaret om utvecklingen. Ett tal från 1 till 5. 5 är bäst. Hoppade kunden över frågan? Då ska kolumnen vara tom. Varje rad måste ha svar på minst en fråga.
