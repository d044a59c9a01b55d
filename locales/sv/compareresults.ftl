# Jämföraren – svenska (standard), resultat i jämförelsen. Granskning: utkast skrivet av utvecklare, ej granskat av språkgranskare.
# Varje jämförd anordnares nyckeltal för nivån (issue 19 §5).

compare-results-label = Statistik för { $level }
compare-nki-value = { $nki } ({ $respondents } svarade)
compare-verdict-label = Jämfört med de andra anordnarna för { $level }
compare-no-verdict = Går inte att jämföra: för få kunder eller inga andra anordnare.
compare-no-figures = Inga publicerade siffror för { $level }.
compare-no-statistics = Ingen statistik är publicerad ännu.
compare-no-survey = Ingen kundenkät publicerad.
