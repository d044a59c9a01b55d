# Jämföraren – русский: работа коммуны со статистикой (публикация, полные цифры, импорт файлов). Review: machine-drafted by the developers, needs a human translator.
# Column names and codes (K, M, end_reason …) stay as written in the file; the date pattern is written ГГГГ-ММ-ДД, as in accounts.ftl and statistics.ftl.

staff-statistics-title = Статистика для коммуны
staff-statistics-publish-heading = Публикация статистики
staff-statistics-publish-intro = Цифры рассчитываются сейчас по базе данных дел коммуны и опросу клиентов и показываются всем с защитой от раскрытия. Прежние публикации сохраняются.
staff-statistics-period = Период
staff-statistics-scope-year = Календарный год
staff-statistics-scope-range = С даты по дату (включительно)
staff-statistics-year = Год
staff-statistics-year-hint = Четыре цифры, например 2024.
staff-statistics-publish = Опубликовать
staff-statistics-publications-heading = Публикации
staff-statistics-shown = Показывается всем
staff-statistics-superseded = Заменена более поздней публикацией
staff-statistics-thresholds = Числа меньше { $count } скрыты, для долей нужно не менее { $base }
staff-statistics-full-link = Полные цифры
staff-statistics-col-period = Период
staff-statistics-col-published = Опубликовано
staff-statistics-col-by = Кем
staff-statistics-col-thresholds = Защита от раскрытия
staff-statistics-col-public = Для всех
staff-statistics-col-figures = Цифры
staff-statistics-col-file = Файл
staff-statistics-col-kind = Вид
staff-statistics-col-started = Начат
staff-statistics-col-state = Состояние
staff-statistics-upload-heading = Импорт файла
staff-statistics-upload-intro = Файл читается в фоновом режиме. Если что-то не так, ничего не импортируется, и вы увидите каждую ошибку с номером строки и столбца.
staff-statistics-upload-kind = Что содержит файл?
staff-statistics-kind-cases = Дела (программы)
staff-statistics-kind-survey = Ответы на опрос клиентов
staff-statistics-file = Файл CSV
staff-statistics-upload = Загрузить и импортировать
staff-statistics-imports-heading = Последние импорты
staff-statistics-full-warning = Полные цифры без защиты от раскрытия. Только для сотрудников коммуны — нельзя публиковать или передавать.

import-title = Импорт файла { $file }
import-started = { $kind }, запущен пользователем { $who } { $when }.
import-state-running = Файл читается …
import-state-imported = Импортировано строк: { $rows }.
import-state-rejected = В файле есть ошибки. Ничего не импортировано.
import-state-interrupted = Импорт прервался, когда сервер остановился. Ничего не импортировано. Загрузите файл ещё раз.
import-progress-label = Ход импорта
import-progress = Обработано строк: { $rows } ({ $percent } % файла).
import-look-again = Показать текущее состояние
import-next-publish = Опубликуйте статистику, чтобы новые цифры увидели все.
import-problem-count = { $count ->
    [one] Найдена { $count } ошибка.
    [few] Найдены { $count } ошибки.
    [many] Найдено { $count } ошибок.
   *[other] Найдено { $count } ошибки.
}
import-problems-truncated = Показаны только первые ошибки. Исправьте их и импортируйте файл снова, чтобы увидеть остальные.
import-problems-caption = Ошибки в файле
import-col-line = Строка
import-col-column = Столбец
import-col-problem = Ошибка

import-problem-wrong-header = Строка заголовков должна содержать ровно эти столбцы: { $expected }. В ней: { $found }.
import-problem-empty = Файл пуст. В нём должна быть хотя бы строка заголовков.
import-problem-field-count = Полей в строке: { $found }, а в строке заголовков: { $expected }.
import-problem-unreadable = Строку не удаётся прочитать ({ $value }).
import-problem-missing = Не хватает значения.
import-problem-control-character = «{ $value }» содержит управляющий символ. Идентификатор может содержать только печатные символы.
import-problem-gender = Пол: «{ $value }». Должно быть K или M.
import-problem-birth-year = Год рождения: «{ $value }». Должно быть четыре цифры.
import-problem-unknown-insats = Программы с кодом «{ $value }» нет. Коды: { $valid }.
import-problem-unknown-provider = Поставщика с id «{ $value }» нет.
import-problem-date = «{ $value }» — не дата в формате ГГГГ-ММ-ДД.
import-problem-planned-end-before-start = Плановое окончание { $end } раньше начала { $start }.
import-problem-end-before-start = Окончание { $end } раньше начала { $start }.
import-problem-end-after-import = Окончание { $end } позже дня импорта, { $today }. Программа не может закончиться в будущем.
import-problem-reason-without-end = Для причины окончания (end_reason) нужна дата окончания (end_date).
import-problem-end-without-reason = Для даты окончания (end_date) нужна причина окончания (end_reason).
import-problem-end-reason = Причина окончания: «{ $value }». Допустимы только work, studies, own_business, other_insats, same_insats_other_provider, other_authority, moved, illness или interrupted_other.
import-problem-extensions = Число продлений: «{ $value }». Должно быть целое число, 0 или больше.
import-problem-chosen = Значение chosen: «{ $value }». Должно быть customer, default или пусто.
import-problem-duplicate-id = Значение «{ $value }» в столбце { $column } уже есть в строке { $line }.
import-problem-survey-year = Период: «{ $value }». Должен быть год опроса, четыре цифры.
import-problem-language = Язык: «{ $value }». Допустимы только: { $allowed }.
import-problem-answer = Ответ: «{ $value }». Должно быть целое число от 1 до 5 или пусто, если вопрос пропущен.
import-problem-no-answers = В анкете нет ответа ни на один вопрос. Нужен хотя бы один ответ.
import-problem-failed = Файл не удалось прочитать до конца, или база данных не ответила. Ничего не импортировано. Попробуйте ещё раз.

done-statistics-published = Статистика опубликована и показывается всем.
error-statistics-year = Введите год из четырёх цифр, от 2000 до текущего года.
error-statistics-date = Введите дату в формате ГГГГ-ММ-ДД.
error-statistics-period-order = Период заканчивается раньше, чем начинается.
error-statistics-failed = Сейчас не удалось опубликовать статистику. Ничего не изменилось. Попробуйте ещё раз чуть позже.
error-import-busy = Уже идёт другой импорт. Дождитесь его окончания и загрузите файл ещё раз.
error-import-upload = Не удалось получить файл. Попробуйте ещё раз.
error-import-no-file = Выберите файл для загрузки.
error-import-kind = Выберите, что содержит файл.
