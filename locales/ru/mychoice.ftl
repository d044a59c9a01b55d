# Jämföraren – русский, my choice. Review: machine-drafted by the developers in plain Russian, needs a human translator.
# «Мой выбор»: страница с выбранным поставщиком и следующими шагами.

my-choice-title = Мой выбор: { $level }
meta-my-choice = Ваш выбор поставщика для { $level }: контакты поставщика и что будет дальше — чтобы распечатать и показать консультанту по карьере.
my-choice-swedish-beside = Тот же текст есть на этой странице и на шведском языке — для вашего консультанта по карьере.
my-choice-chosen = Я выбрал(а) { $provider } для { $level }.
my-choice-default = Я хочу поставщика по умолчанию для { $level }.
my-choice-default-today = Сегодня поставщик по умолчанию — { $provider }.
my-choice-default-rotation = Поставщик по умолчанию меняется каждые две недели по списку. Вы получите того, кто будет поставщиком по умолчанию в день, когда консультант запишет вас.
my-choice-date = Дата: { $date }
my-choice-bring = Покажите эту страницу своему консультанту по карьере или скажите ему, что вы выбрали.
my-choice-share-link = Ссылка на эту страницу
my-choice-link = Я выбираю { $provider } для { $level }
my-choice-offer-heading = Вы выбрали этого поставщика?
my-choice-offer-text = Создайте страницу с вашим выбором, контактами поставщика и следующими шагами. Её можно распечатать и показать консультанту по карьере.
my-choice-compare-row = Мой выбор
my-choice-default-link = Я хочу поставщика по умолчанию
