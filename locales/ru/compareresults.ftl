# Jämföraren – русский, results in the comparison. Review: machine-drafted by the developers in plain Russian, needs a human translator.

compare-results-label = Статистика для { $level }
compare-nki-value = { $nki } (ответили: { $respondents })
compare-verdict-label = По сравнению с другими поставщиками { $level }
compare-no-verdict = Сравнить нельзя: слишком мало клиентов или нет других поставщиков.
compare-no-figures = Нет опубликованных данных для { $level }.
compare-no-statistics = Статистика ещё не опубликована.
compare-no-survey = Опрос клиентов не опубликован.
