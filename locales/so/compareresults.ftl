# Jämföraren – Soomaali, results in the comparison. Review: machine-drafted by the developers in plain Somali, needs a human translator.

compare-results-label = Tirakoobka { $level }
compare-nki-value = { $nki } ({ $respondents } ayaa ka jawaabay)
compare-verdict-label = Marka la barbardhigo adeeg-bixiyayaasha kale ee { $level }
compare-no-verdict = Lama barbardhigi karo: macaamiil aad u yar ama adeeg-bixiyayaal kale ma jiraan.
compare-no-figures = Tirooyin la daabacay uma jiraan { $level }.
compare-no-statistics = Wali tirakoob lama daabicin.
compare-no-survey = Sahan macaamiil lama daabicin.
