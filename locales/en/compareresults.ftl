# Jämföraren – English, results in the comparison. Review: draft by the developers, not yet reviewed by a translator.

compare-results-label = Statistics for { $level }
compare-nki-value = { $nki } ({ $respondents } answered)
compare-verdict-label = Compared with the other providers of { $level }
compare-no-verdict = Cannot be compared: too few customers or no other providers.
compare-no-figures = No published figures for { $level }.
compare-no-statistics = No statistics have been published yet.
compare-no-survey = No customer survey published.
