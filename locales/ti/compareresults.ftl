# Jämföraren – ትግርኛ, results in the comparison. Review: machine-drafted by the developers in plain Tigrinya, needs a human translator (least certain of the nine).

compare-results-label = ስታቲስቲክስ ናይ { $level }
compare-nki-value = { $nki } ({ $respondents } መሊሶም)
compare-verdict-label = ምስ ካልኦት ወሃብቲ ኣገልግሎት ናይ { $level } ክነጻጸር ከሎ
compare-no-verdict = ክነጻጸር ኣይከኣልን፦ ውሑዳት ዓማዊል ወይ ካልኦት ወሃብቲ ኣገልግሎት የለዉን።
compare-no-figures = ን{ $level } ዝተሓትመ ኣሃዛት የለን።
compare-no-statistics = ክሳብ ሕጂ ዝተሓትመ ስታቲስቲክስ የለን።
compare-no-survey = ዝተሓትመ መጽናዕቲ ዓማዊል የለን።
