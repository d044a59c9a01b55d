# Jämföraren – русский: the review's comparison and the profiles' history. Review: machine-drafted by the developers, needs a human translator.

diff-removed-start = Удалено:
diff-removed-end = (конец удалённого)
diff-added-start = Добавлено:
diff-added-end = (конец добавленного)
diff-no-text = Текста нет.
diff-published-text = Опубликованный текст
diff-proposed-text = Предложенный текст
diff-previous-version = Предыдущая версия
diff-this-version = Эта версия

history-link-for = История профиля: { $provider }
history-title = История профиля: { $provider }
history-intro = Все версии профиля, сначала самая новая. Выберите версию, чтобы увидеть, что в ней было и что изменилось.
history-empty = У организации пока нет профиля.
history-caption = Версии, сначала самая новая
history-col-submitted = Отправлено
history-col-submitted-by = Кто отправил
history-col-state = Статус
history-col-reviewed = Проверено
history-col-comment = Комментарий проверяющего
history-by-at = { $name }, { $date }
history-state-pending = Ожидает проверки
history-state-superseded = Заменена более новой версией до проверки
history-state-returned = Возвращена
history-state-published = Опубликована
history-state-published-at-once = Опубликована сразу, без проверки
history-version-title = Версия от { $date }: { $provider }
history-review-link = Проверить эту версию
history-changes-heading = Что изменилось
history-compared-with = По сравнению с версией от
history-first-version = Первая версия: всё в ней новое.
history-no-changes = С предыдущей версии ничего не изменилось.
history-content-heading = Что было в этой версии
history-no-content = В версии ничего нет.
