# Jämföraren – русский: accounts, providers' profiles and the municipality's administration. Review: machine-drafted by the developers, needs a human translator.
# Example values the user must type (phone, postcode, dates) stay as written.

nav-sign-in = Для поставщиков и сотрудников коммуны: вход
nav-account = Мой аккаунт

sign-in-title = Вход
sign-in-already = Вы вошли как { $name }.
sign-in-submit = Войти
sign-in-who = Вход предназначен только для поставщиков и сотрудников коммуны. Чтобы сравнить и выбрать поставщика, аккаунт не нужен.
field-username = Имя пользователя
field-username-hint = 3–64 символа: буквы a–z, цифры и . _ - @
field-password = Пароль
field-display_name = Ваше имя
field-new_password = Придумайте пароль
field-new_password-hint = Не менее 12 символов. Фраза, которую вы запомните, — хороший пароль.
field-confirm_password = Введите пароль ещё раз

form-error-summary = Сначала исправьте это
error-forbidden-title = У вас нет доступа
error-forbidden = Вашему аккаунту нельзя просматривать или изменять это.
error-form-expired = Срок действия формы истёк. Проверьте данные и отправьте ещё раз.
error-sign-in-failed = Неверное имя пользователя или пароль.
# «Через» takes the accusative: 1, 21 минуту; 2, 3, 4 минуты; 5, 11, 12 минут.
error-sign-in-throttled = { $minutes ->
    [one] Слишком много неудачных попыток. Попробуйте снова через { $minutes } минуту.
    [few] Слишком много неудачных попыток. Попробуйте снова через { $minutes } минуты.
    [many] Слишком много неудачных попыток. Попробуйте снова через { $minutes } минут.
   *[other] Слишком много неудачных попыток. Попробуйте снова через { $minutes } минуты.
}
error-username-format = Имя пользователя должно содержать 3–64 символа: буквы a–z, цифры и . _ - @
error-username-taken = Это имя пользователя уже занято. Выберите другое.
error-display-name = Введите своё имя (не более 100 символов).
error-password-length = Пароль должен содержать от { $min } до { $max } символов.
error-password-mismatch = Пароли не совпадают.
error-too-long = Текст слишком длинный: не более { $max } символов.
error-phone-format = Введите номер телефона из 6–15 цифр, например 08-123 45 67.
error-email-format = Введите адрес электронной почты, например info@exempel.se.
error-website-format = Введите адрес сайта, начинающийся с https://, например https://www.exempel.se.
error-postal-code-format = Введите почтовый индекс из пяти цифр, например 131 30.
error-employee-count = Введите число сотрудников целым числом от 0 до 100 000.
error-presentation-required = Описание на шведском языке обязательно. Другие языки — по желанию.
error-comment-required = Напишите, что поставщику нужно изменить.
error-date-format = Введите дату в формате ГГГГ-ММ-ДД, например 2025-03-14.
error-date-order = Дата окончания не может быть раньше даты начала.
error-provider-unknown = Такого поставщика нет.
error-provider-required = Выберите поставщика, к которому относится аккаунт.
error-level-not-offered = На эту дату программа не предлагается.
error-authorization-overlap = Поставщик уже аккредитован на эту программу на часть этого периода.
error-provider-name = Введите название поставщика (не более 120 символов).
error-organisation-form = Выберите тип организации.
error-organisation-number-format = Введите регистрационный номер организации (organisationsnummer) из десяти цифр, например 212000-0142. Иначе не сходится контрольная цифра.

account-title = Мой аккаунт
account-signed-in-as = Вы вошли как { $name }.
account-never-published = Профиль ещё не опубликован.
account-review-pending = Ваши изменения от { $date } ожидают проверки коммуной.
account-review-returned = Коммуна вернула ваши изменения { $date } с таким комментарием:
account-profile-stale = Профиль не обновлялся двенадцать месяцев. Проверьте, что сведения верны.
account-edit-profile = Редактировать профиль
account-public-profile = Посмотреть опубликованный профиль
account-pending-heading = Изменения на проверку
account-no-pending = Нет изменений, ожидающих проверки.
account-submitted-by = отправил(а) { $name }, { $date }
account-stale-heading = Профили, не обновлявшиеся двенадцать месяцев
account-no-stale = Все профили обновлялись за последний год.
account-admin-heading = Администрирование
sign-out-heading = Выход
sign-out = Выйти
sign-out-everywhere = Выйти на всех устройствах

done-signed-in = Вы вошли в систему.
done-submitted = Спасибо! Изменения отправлены на проверку. Контактные данные публикуются сразу.
done-contact-published = Контактные данные опубликованы.
done-published = Изменения опубликованы и видны в поиске.
done-returned = Изменения возвращены поставщику.
done-authorized = Аккредитация сохранена.
done-deauthorized = Аккредитация прекращена.
done-provider-created = Поставщик добавлен.
done-logged-out-elsewhere = Вы вышли на всех устройствах.
done-account-created = Ваш аккаунт создан, и вы вошли в систему.

profile-edit-title = Редактировать профиль
profile-edit-intro = У всех поставщиков одинаковые поля, чтобы профили можно было сравнивать и переводить. Перед отправкой вы увидите предварительный просмотр.
profile-edit-contact-note = Контактные данные публикуются сразу после отправки.
profile-edit-review-note = Факты и тексты проверяются коммуной перед публикацией.
profile-edit-presentation-note = Текст на шведском обязателен. Пожалуйста, напишите и на других языках: иначе будет показан шведский текст с пометкой.
profile-edit-preview = Предварительный просмотр
field-phone = Телефон
field-phone-hint = Например, 08-123 45 67
field-email = Эл. почта
field-email-hint = Например, info@exempel.se
field-website = Сайт
field-website-hint = Начинается с https://
field-street_address = Почтовый адрес
field-street_address-hint = Улица и номер дома
field-postal_code = Почтовый индекс
field-postal_code-hint = Пять цифр, например 131 30
field-city = Населённый пункт
field-city-hint = Например, Nacka
field-employee_count = Число сотрудников
field-employee_count-hint = Целое число
field-presentation = Описание: { $language }
field-presentation-required = Описание: { $language } (обязательно)

profile-preview-title = Предварительный просмотр
profile-preview-intro = Так профиль увидят все. Контактные данные публикуются сразу после отправки, факты и тексты — после проверки коммуной.
profile-preview-submit = Отправить
profile-preview-edit = Изменить ещё

review-title = Проверка изменений: { $provider }
review-changes-heading = Что меняется
review-legend = Добавленный текст подчёркнут, удалённый — зачёркнут.
review-no-changes = Факты и тексты не изменены.
review-added = Добавлено
review-removed = Удалено
review-decision-heading = Решение
review-publish = Опубликовать
review-comment = Комментарий для поставщика
review-return = Вернуть с комментарием

providers-admin-title = Поставщики и аккредитации
providers-admin-list-heading = Все поставщики
authorize-heading = Аккредитовать поставщика
authorize-submit = Аккредитовать
field-provider = Поставщик
field-level = Программа
field-from = С (включительно)
field-to = По (включительно)
field-to-hint = Оставьте пустым, если аккредитация бессрочная.
field-last-day = Последний день
deauthorize-submit = Прекратить
authorization-open = бессрочно
authorization-end = Прекратить аккредитацию
provider-organisation-number = Регистрационный номер организации { $number }
new-provider-heading = Добавить поставщика
field-provider-name = Название поставщика
field-organisation_number = Регистрационный номер организации
field-organisation_number-hint = Десять цифр, например 212000-0142
new-provider-submit = Добавить

invitations-title = Приглашения
invitation-created = Приглашение создано и действует до { $date }. Скопируйте ссылку и передайте её этому человеку. Ссылка показывается только сейчас.
invitation-link = Ссылка-приглашение
invitation-copy = Скопировать ссылку-приглашение
field-role = Роль
role-provider_editor = Редактор поставщика
role-admin = Администратор коммуны
field-provider-for-editor = Поставщик (для редакторов)
field-provider-none = Выберите поставщика
invitation-submit = Создать приглашение
invitation-list-heading = Созданные приглашения
invitation-created-on = Создано
invitation-expires = Действует до
invitation-status = Статус
invitation-status-open = Активно
invitation-status-accepted = Использовано
invitation-status-expired = Истекло
invitation-accept-title = Создайте аккаунт
invitation-as-editor = Вас пригласили в качестве редактора поставщика { $provider }.
invitation-as-admin = Вас пригласили в качестве администратора коммуны.
invitation-accept-submit = Создать аккаунт
invitation-expired = Срок действия приглашения истёк. Попросите у коммуны новое.
invitation-used = Приглашение уже использовано. Войдите в свой аккаунт.
invitation-unknown = Ссылка не является действительным приглашением. Проверьте, что ссылка скопирована полностью.
error-required = Заполните это поле.

password-title = Сменить пароль
password-intro = Введите текущий пароль и выберите новый. После смены вы выйдете из системы на всех других устройствах.
password-submit = Сменить пароль
field-current_password = Текущий пароль
error-current-password = Текущий пароль введён неверно.
error-password-common = Этот пароль слишком распространён или утёк при взломе. Выберите другой, например предложение, которое вы помните.
done-password-changed = Пароль изменён. Вы вышли из системы на всех других устройствах.
