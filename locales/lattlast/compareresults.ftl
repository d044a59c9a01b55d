# Jämföraren – lättläst svenska, resultat i jämförelsen. Granskning: utkast skrivet av utvecklare efter riktlinjerna för lättläst, ej granskat av en lättläst-skribent.

compare-results-label = Siffror för { $level }
compare-nki-value = { $nki } ({ $respondents } svarade)
compare-verdict-label = Jämfört med andra anordnare för { $level }
compare-no-verdict = Det går inte att jämföra. Det finns för få kunder eller inga andra anordnare.
compare-no-figures = Det finns inga siffror för { $level }.
compare-no-statistics = Det finns ingen statistik än.
compare-no-survey = Det finns ingen enkät till kunderna.
