# Jämföraren – русский. Review: machine-drafted by the developers, needs a human translator.
# The codes FAI, AMI, ISA stay as codes.

site-name = Jämföraren
skip-to-content = Перейти к содержанию
language-switcher-label = Выберите язык
footer-about = Jämföraren помогает выбрать поставщика для программы, которую вам назначила коммуна Накка. Все поставщики представлены одинаково.
demo-notice = Это демонстрационная версия. Сведения о поставщиках выдуманы и не относятся к реальным компаниям.
back-to-start = На главную страницу
copy-link = Скопировать ссылку на страницу
copy-link-done = Ссылка скопирована.
copy-link-failed = Не удалось скопировать. Скопируйте адрес из адресной строки браузера.

home-title = Выберите поставщика для вашей программы
home-intro = Ваш консультант по профориентации назначил вам программу. Выберите программу и уровень, чтобы увидеть, из каких поставщиков вы можете выбирать.
home-results-heading = Как всё сложилось у клиентов
home-results-text = Статистика показывает, что произошло с клиентами каждого поставщика, например сколько из них нашли работу или начали учиться.

kundval-FAI-name = FAI – Подготовительные программы, ориентированные на работу
kundval-FAI-about = Для вас, если вам нужно выяснить, какую работу вы можете выполнять, или сначала стать частью социальной среды.
kundval-AMI-name = AMI – Программы на рынке труда
kundval-AMI-about = Для вас, если вы можете работать и хотите найти работу или начать учиться.
kundval-ISA-name = ISA – Вводные программы: sfi (шведский язык для иммигрантов) и знакомство с работой
kundval-ISA-about = Для вас, если вы недавно в Швеции и хотите практиковать шведский язык на рабочем месте.
kundval-KAA-name = Программы на рынке труда (до конца июня 2024 года)
kundval-KAA-about = Программы, которые действовали до 2024 года.

level-FAI1-short = FAI 1
level-FAI1-name = Пробная работа, чтобы определить вашу трудоспособность
level-FAI1-for-whom = Для вас, если вашу трудоспособность нужно уточнить. Программа длится не более 3 месяцев.
level-FAI2-short = FAI 2
level-FAI2-name = Занятия как первый шаг к работе
level-FAI2-for-whom = Для вас, если вы долгое время были без работы и занятий и вам нужна социальная среда. Программа длится не более 6 месяцев.
level-AMI1-short = AMI 1
level-AMI1-name = Консультирование и подбор работы или учёбы
level-AMI1-for-whom = Для вас, если вы можете работать полный рабочий день. Программа длится не более 3 месяцев.
level-AMI2-short = AMI 2
level-AMI2-name = Трудовая практика и консультирование по поиску работы или учёбы
level-AMI2-for-whom = Для вас, если вы можете работать хотя бы на 25 процентов. Программа длится не более 12 месяцев.
level-ISA1-short = ISA 1
level-ISA1-name = Языковая практика на рабочем месте для участников программы интеграции
level-ISA1-for-whom = Для вас, если вы участвуете в программе интеграции (etableringsprogrammet) службы занятости Arbetsförmedlingen. Программа длится не более 9 месяцев.
level-ISA2-short = ISA 2
level-ISA2-name = Языковая практика на рабочем месте
level-ISA2-for-whom = Для вас, если вы недавно в Швеции и не участвуете в программе интеграции. Программа длится не более 12 месяцев.
level-JPG-short = Jobbpeng grund (базовая премия за работу)
level-JPG-name = (программа до 2024 года)
level-JPG-for-whom = Программа, которая действовала до конца июня 2024 года.
level-FJP-short = Förstärkt jobbpeng (усиленная премия за работу)
level-FJP-name = (программа до 2024 года)
level-FJP-for-whom = Программа, которая действовала до конца июня 2024 года.
level-SAI-short = SAI
level-SAI-name = Språk- och arbetsintroduktion: Знакомство с языком и работой (программа до 2024 года)
level-SAI-for-whom = Программа, которая действовала до конца июня 2024 года.

# "Не более" takes the genitive: 1, 21 месяца; 3, 5, 12 месяцев.
level-max-months = { $months ->
    [one] Не более { $months } месяца
    [few] Не более { $months } месяцев
    [many] Не более { $months } месяцев
   *[other] Не более { $months } месяца
}
level-provider-count = { $count ->
    [0] Нет поставщиков
    [one] { $count } поставщик
    [few] { $count } поставщика
    [many] { $count } поставщиков
   *[other] { $count } поставщика
}
level-providers-heading = { $count ->
    [0] Нет поставщиков на выбор
    [one] { $count } поставщик на выбор
    [few] { $count } поставщика на выбор
    [many] { $count } поставщиков на выбор
   *[other] { $count } поставщика на выбор
}
level-no-providers = Сейчас для этой программы нет поставщиков.
level-not-offered = Эта программа больше не предлагается.

organisation-form-company = Компания
organisation-form-non_profit = Некоммерческая организация
organisation-form-municipal = Собственное подразделение коммуны Накка

error-not-found-title = Страница не найдена
error-not-found = Мы не можем найти страницу, которую вы ищете. Возможно, она перемещена или адрес указан неверно.
error-unavailable-title = Сервис сейчас не работает
error-unavailable = У нас что-то пошло не так. Попробуйте ещё раз немного позже.
error-too-large-title = Отправленное слишком велико
error-too-large = Форма или файл больше, чем мы принимаем. Отправьте меньше текста или файл поменьше.

## Выбор поставщика: список, фильтры, профиль

default-provider-heading = Если вы не хотите выбирать
default-provider-text = Если вы не выберете сами, вам назначат поставщика по умолчанию. Сейчас это { $provider }. Поставщик по умолчанию меняется каждые две недели по списку.
default-provider-none = Сейчас поставщика по умолчанию нет.
default-provider-until = Так будет до { $date } включительно.
level-search-heading = Поиск и фильтры
search-label = Поиск среди поставщиков
search-hint = Например, введите название, язык или отрасль.
filters-submit = Показать поставщиков
filters-clear = Сбросить все фильтры
filter-count = { $label } ({ $count })
order-label = Порядок
order-random = Случайный порядок
order-name = По алфавиту A–Ö
order-random-explained = Список в случайном порядке. Порядок остаётся одинаковым для вас на протяжении всего посещения и для тех, с кем вы поделитесь ссылкой. Ни один поставщик не стоит всегда первым.
order-name-explained = Список в алфавитном порядке.
# Said without a counted noun after the numbers, so no plural forms are needed.
listing-count = Показано поставщиков: { $shown } из { $total }.
listing-empty = Ни один поставщик не подходит под все ваши условия. Уберите фильтр или измените запрос.
search-shortened = Запрос был слишком длинным. Мы искали только по первым 200 символам.
share-list-link = Ссылка на этот список
provider-read-more = Подробнее: { $provider }
provider-city = Местоположение: { $city }

fact-kind-language = Языки
fact-kind-area = Район
fact-kind-competence = Особая компетенция
fact-kind-industry = Отрасли в сети работодателей
fact-kind-meeting_form = Встречи
fact-kind-accessibility = Доступность помещений
fact-kind-coaches = Перед выбором

fact-language-sv = Шведский
fact-language-en = Английский
fact-language-ar = Арабский
fact-language-prs = Дари
fact-language-fa = Персидский (фарси)
fact-language-so = Сомалийский
fact-language-ti = Тигринья
fact-language-ru = Русский
fact-language-uk = Украинский
fact-language-es = Испанский
fact-language-fr = Французский
fact-language-tr = Турецкий
fact-language-pl = Польский
fact-language-ku = Курдский
fact-language-am = Амхарский
fact-area-nacka-sickla = Nacka, Sickla
fact-area-nacka-centrum = Центр Nacka
fact-area-nacka-fisksatra = Nacka, Fisksätra
fact-area-nacka-orminge = Nacka, Orminge
fact-area-nacka-saltsjobaden = Nacka, Saltsjöbaden
fact-area-stockholm = Другое место в Стокгольме
fact-competence-npf = Нарушения нейроразвития и когнитивные трудности (NPF)
fact-competence-far-from-labour-market = Люди, далёкие от рынка труда
fact-competence-young-adults = Молодёжь
fact-competence-newcomers = Недавно приехавшие
fact-competence-mental-health = Проблемы психического здоровья
fact-competence-physical-disability = Физическая инвалидность
fact-industry-retail = Торговля
fact-industry-hospitality = Гостиницы и рестораны
fact-industry-construction = Строительство
fact-industry-care = Здравоохранение и уход
fact-industry-logistics = Склад и логистика
fact-industry-it = IT
fact-industry-cleaning = Уборка и обслуживание зданий
fact-industry-transport = Транспорт
fact-industry-manufacturing = Промышленность и производство
fact-industry-office = Офис и администрирование
fact-meeting_form-on_site = Очные встречи
fact-meeting_form-digital = Онлайн-встречи
fact-accessibility-step_free = Вход без ступенек
fact-accessibility-hearing_loop = Индукционная петля для слабослышащих
fact-accessibility-accessible_toilet = Туалет для людей с инвалидностью
fact-accessibility-quiet_room = Тихая комната
fact-coaches-several_before_choice = Перед выбором можно встретиться с несколькими коучами

profile-facts-heading = Факты
profile-organisation-form = Тип организации
profile-employees = Число сотрудников
profile-contact-heading = Контакты
profile-phone = Телефон
profile-email = Эл. почта
profile-website = Сайт
profile-address = Почтовый адрес
profile-levels-heading = Программы этого поставщика
profile-level-since = с { $date }
profile-presentation-heading = Поставщик о себе
profile-presentation-in-swedish = Поставщик не написал текст на вашем языке. Текст на шведском.
profile-no-presentation = Поставщик ничего не написал о себе.
profile-updated = Обновлено { $date }
profile-stale = Эти сведения не обновлялись больше года. Спросите поставщика, не изменилось ли что-нибудь.
profile-not-stated = Не указано
kundval-default-provider = Поставщик по умолчанию сейчас: { $provider }

## Сравнение, ссылка, печать

compare-select = Сравнить: { $provider }
compare-submit = Сравнить выбранных поставщиков
compare-hint = Выберите от двух до четырёх поставщиков для сравнения.
compare-title = Сравнение поставщиков
compare-too-few = Выберите для сравнения не менее двух поставщиков.
compare-too-many = За один раз можно сравнить не более четырёх поставщиков. Мы показываем первых четырёх.
compare-field = Параметр
share-heading = Поделиться
share-qr-label = QR-код со ссылкой на эту страницу
share-qr-hint = Отсканируйте код камерой телефона, чтобы открыть страницу на телефоне.
print = Распечатать
profile-updated-label = Последнее обновление

meta-provider = { $provider } в Jämföraren: как работает поставщик, на каких языках говорят, где он находится и как с ним связаться. Сравните его с другими поставщиками.
meta-compare = Сравните поставщиков рядом: как они работают, на каких языках говорят, где находятся и каковы их результаты.

next-steps-heading = После того как вы выбрали
next-steps-tell = Скажите своему консультанту по карьере, какого поставщика вы выбрали. Если вы не хотите выбирать, скажите об этом: тогда вам назначат поставщика по умолчанию.
next-steps-day-1 = День 1: консультант записывает вас к поставщику.
next-steps-day-1-2 = День 1–2: поставщик решает, кто будет с вами работать, и сообщает консультанту.
next-steps-day-2-3 = День 2–3: консультант отправляет поставщику задание.
next-steps-day-3-14 = День 3–14: поставщик отправляет в коммуну на утверждение план вашей программы (план выполнения).
next-steps-change = Позже вы можете сменить поставщика. Если хотите сменить, поговорите со своим консультантом по карьере.
