# Jämföraren – русский: where providers are (start places, distances, the map and visiting addresses). Review: machine-drafted by the developers, needs a human translator.
# Place names, Saltsjöbanan, Wikipedia, Trafikverket and example values (postcode, coordinates) stay as written.

places-label = Откуда вы отправляетесь?
places-hint = Район коммуны или станция. Тогда у каждого поставщика будет указано, как далеко он находится, и вы сможете показать ближайших первыми.
places-none = Без начальной точки
places-districts = Районы коммуны
places-stops = Станции Saltsjöbanan
places-submit = Показать расстояния

distance-under-one-km = Меньше 1 км от { $place } по прямой
distance-about-km = Около { $km } км от { $place } по прямой
distance-no-address = Адрес для посещения не указан

order-distance = Сначала ближайшие (ваш выбор)
order-distance-explained = Сначала ближайшие к { $place }, как вы выбрали. Поставщики без адреса для посещения идут последними.
order-distance-needs-place = Чтобы показать ближайших первыми, выберите, откуда вы отправляетесь. Пока список в случайном порядке.

map-heading = Где находятся поставщики
map-intro = Jämföraren сам рисует эту карту по координатам адресов. У карты нет подложки, и Jämföraren ничего не отправляет картографическим сервисам. Каждое число — номер поставщика в списке под картой.
map-title = Карта: адреса поставщиков для посещения — пронумерованные кружки, районы коммуны — квадраты; с масштабом и стрелкой на север
map-no-points = Ни один из показанных поставщиков ещё не указал адрес для посещения.
map-providers-heading = Поставщики и их адреса для посещения
map-places-heading = Места на карте
map-start-place = { $place } (ваша начальная точка)
map-scale = { $km } км
map-north = С
map-source = Источники мест: Wikipedia (районы коммуны) и Trafikverket (станции). Расстояния указаны по прямой, а не по маршруту.

profile-addresses-heading = Адреса для посещения
profile-edit-addresses-note = Где вы принимаете клиентов. Укажите и координаты, чтобы карта и расстояния были верными. Коммуна проверяет изменение перед публикацией. Чтобы удалить адрес, очистите все его поля.
profile-address-legend = Адрес для посещения { $number }
field-address-street = Улица и номер дома
field-address-postal_code = Почтовый индекс
field-address-city = Населённый пункт
field-address-coordinates = Координаты (широта, долгота)
field-address-coordinates-hint = Как их показывает картографический сервис, например 59.31000, 18.16389.

error-address-part-required = Адрес для посещения { $number }: заполните все части или оставьте их все пустыми.
error-address-postal-code = Адрес для посещения { $number }: введите почтовый индекс из пяти цифр, например 131 30.
error-coordinates-format = Адрес для посещения { $number }: введите координаты двумя числами, сначала широту, например 59.31000, 18.16389.
error-coordinates-outside = Адрес для посещения { $number }: эти координаты не указывают на место в Швеции. Проверьте, что широта (около 59) стоит первой, а долгота (около 18) — второй.
error-addresses-too-many = Наибольшее число адресов для посещения в профиле: { $max }.

addresses-correct-link = Исправить адреса для посещения: { $provider }
addresses-correct-title = Исправление адресов для посещения: { $provider }
addresses-correct-intro = Исправьте адрес или его координаты, например после проверки на карте. Исправление публикуется сразу и видно в истории профиля.
addresses-correct-none = У поставщика ещё нет опубликованного профиля. Адреса можно будет исправить, когда он появится.
addresses-correct-submit = Опубликовать исправление
done-addresses-corrected = Адреса для посещения исправлены и опубликованы.
