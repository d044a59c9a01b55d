# Jämföraren – русский: руководство к файлам импорта на странице загрузки (каждый столбец, пример файла). Review: machine-drafted by the developers, needs a human translator.
# Column names and codes (K, M, CSV, UTF-8 …) stay as written in the file; the date pattern is written ГГГГ-ММ-ДД, as in staffstatistics.ftl and accounts.ftl.

staff-statistics-file-hint = Первая строка должна содержать заголовки. Каждый столбец описан под формой, там же есть пример файла.
import-guide-heading = Как составлять файлы
import-guide-intro = Сохраните файл в формате CSV в кодировке UTF-8, с запятой между столбцами. В первой строке — названия столбцов, в любом порядке, каждое по одному разу. Каждая следующая строка — одна запись. Даты пишутся в формате ГГГГ-ММ-ДД.
import-guide-cases-heading = Столбцы файла дел
import-guide-survey-heading = Столбцы файла опроса
import-guide-cases-rows = Каждая строка — одно решение о программе для одного человека. Если импортировать дело повторно, оно обновится.
import-guide-survey-rows = Каждая строка — один ответ на опрос клиентов. Если импортировать ответ повторно, он обновится.
import-guide-example = Скачать пример файла ({ $file })
import-guide-example-note = Строки в примере вымышленные. Пример показывает, как устроен файл; не импортируйте его как есть.
import-guide-col-name = Столбец
import-guide-col-required = Обязательно заполнять
import-guide-col-meaning = Что содержит
import-guide-required-yes = Да
import-guide-required-no = Нет, может быть пустым
import-guide-values = Допустимые значения: { $values }
import-column-cases-case_id = Идентификатор дела в системе учёта дел. Каждый идентификатор встречается в файле только один раз.
import-column-cases-person_id = Псевдоним человека, одинаковый во всех его делах. Никогда не имя и не персональный номер (personnummer).
import-column-cases-gender = Пол человека: K — женщина, M — мужчина.
import-column-cases-birth_year = Год рождения человека, четыре цифры, например 1990.
import-column-cases-insats = Код программы, заглавными или строчными буквами.
import-column-cases-provider_id = Идентификатор поставщика, как в реестре поставщиков портала.
import-column-cases-start_date = День, когда программа началась.
import-column-cases-planned_end_date = День, когда программа должна закончиться по плану. Не раньше начала.
import-column-cases-end_date = День, когда программа закончилась. Пусто, пока дело продолжается. Не раньше начала и не позже дня импорта.
import-column-cases-end_reason = Причина окончания. Пусто тогда и только тогда, когда пуста дата окончания.
import-column-cases-extensions = Сколько раз программу продлевали: 0 или больше.
import-column-survey-response_id = Идентификатор ответа в инструменте опроса. Каждый идентификатор встречается в файле только один раз.
import-column-survey-provider_id = Поставщик, который был у клиента, как в реестре поставщиков портала.
import-column-survey-insats = Код программы, как в файле дел.
import-column-survey-period = Календарный год, клиентов которого опрашивали, четыре цифры.
import-column-survey-language = Язык, на котором отвечали на опрос.
import-column-survey-reception = Ответ об отношении, от 1 до 5 (5 — лучше всего). Пусто, если вопрос пропущен.
import-column-survey-information = Ответ об информации, от 1 до 5 (5 — лучше всего). Пусто, если вопрос пропущен.
import-column-survey-participation = Ответ об участии, от 1 до 5 (5 — лучше всего). Пусто, если вопрос пропущен.
import-column-survey-development = Ответ о развитии, от 1 до 5 (5 — лучше всего). Пусто, если вопрос пропущен. В каждой строке есть ответ хотя бы на один вопрос.
