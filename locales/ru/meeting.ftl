# Jämföraren – русский, meeting view. Review: machine-drafted by the developers in plain Russian, needs a human translator.
# Вид для встречи: страница на шведском и на выбранном языке рядом.

meeting-offer = Вид для встречи: шведский рядом с другим языком
meeting-explained = Та же страница в две колонки: шведский рядом с выбранным вами языком. Для встречи с консультантом по трудоустройству.
meeting-title = Вид для встречи
meeting-print = Распечатать на обоих языках
meeting-switch-legend = Показанный язык
meeting-other-languages = Другие языки рядом со шведским
meeting-choose-language = Выберите язык рядом со шведским
meeting-unknown-language = Для вида встречи нужен язык, отличный от шведского, один из предложенных на странице. Страница показана на одном языке.
meeting-not-translated = Поставщик не перевёл этот текст на русский.
